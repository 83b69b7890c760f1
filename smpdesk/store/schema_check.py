"""Is this file's schema exactly one smpdesk would have created?

A backup is a file somebody handed us.  SQLite stores triggers and views as
SQL that runs inside *our* transactions, so a crafted backup carrying an extra
trigger ("on insert, delete every other client"; "copy names into the clinic
name printed on handouts") would run with the clinic's data the moment it was
restored.  ``trusted_schema=OFF`` blocks functions in such objects, not plain
SQL, so the only safe rule is the one DESIGN.md states: a file is adopted
(opened, restored, imported) only when every schema object is one this
version's migrations would create, with the same SQL, and nothing is missing.

The expected schema is built by running the same migrations on an in-memory
database, up to the ones the file says it has applied, so an older file is
judged against the schema of its own age and then migrated forward.  SQL is
compared with quoting, spacing and case set aside (FTS5 and sqlite-utils
write some of it, and quote names differently between versions); only
SQLite's own statistics tables may be present beyond that, and only exactly.
The in-memory database is made by :mod:`smpdesk.store.engine`, the same
SQLite that writes clinic files, so FTS5 writes its shadow tables the same way.

Running every migration costs about 20 ms, at every start of the window, for
the one case that matters most: a file that is up to date.  That schema is
therefore also kept, generated, in :mod:`smpdesk.store.schema_snapshot`,
together with the migration names and a digest of ``schema.py``'s source.  It
is used only when it is for the very migrations asked about and ``schema.py``
is the one it was made from; anything else (an older file, a migration added
or edited since) is derived as before, so a stale snapshot costs time, never
strictness.  ``python -m smpdesk.store.update_schema_snapshot`` writes it again, and
tests/store/test_schema_snapshot.py fails until someone does.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from smpdesk.errors import QT_TRANSLATE_NOOP
from smpdesk.store import engine

SchemaObject = tuple[str, str, str, str | None]  # (type, name, tbl_name, sql)

# Written by SQLite itself (ANALYZE, PRAGMA optimize): data only, never run.
# Tolerated only as exactly these tables; anything else named sqlite_* is not.
_SQLITE_STATS = {
    ("table", "sqlite_stat1", "sqlite_stat1", "create table sqlite_stat1(tbl,idx,stat)"),
    (
        "table",
        "sqlite_stat4",
        "sqlite_stat4",
        "create table sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    ),
}
_QUOTES = str.maketrans("", "", "\"'`[]")

ALTERED = QT_TRANSLATE_NOOP(
    "core",
    "{name} is not a clean smpdesk database: {detail}. It may have been altered to harm "
    "the clinic's records, so it was not used",
)


def schema_objects(conn: sqlite3.Connection) -> set[SchemaObject]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(str(t), str(n), str(tb), s) for t, n, tb, s in rows}


_CACHE: dict[tuple[object, ...], frozenset[SchemaObject]] = {}


def _memory() -> sqlite_utils.Database:
    return sqlite_utils.Database(engine.connect(":memory:"), execute_plugins=False)


def _all_migrations(migration_set: Migrations) -> list[Migrations._Migration]:
    """Every migration of the set, in order (what ``pending`` gives on an empty database).

    Read from the set itself: an in-memory database to ask would load the whole
    of sqlite-utils, at every start of the window, for a list it already holds.
    """
    return list(migration_set._migrations)


def migration_names(migration_set: Migrations) -> list[str]:
    """The names of every migration of the set, in the order they run."""
    return [m.name for m in _all_migrations(migration_set)]


def schema_source_digest() -> str:
    """The SHA-256 of ``schema.py`` as it is now: what the snapshot was made from, or not."""
    import hashlib  # only when the snapshot is checked or rewritten, not at every start

    from smpdesk.store import schema

    return hashlib.sha256(Path(schema.__file__).read_bytes()).hexdigest()


def _snapshot(migration_set: Migrations, applied: list[str]) -> frozenset[SchemaObject] | None:
    """The stored schema when it is exactly the one asked for, else None (derive it)."""
    from smpdesk.store import schema, schema_snapshot

    if migration_set is not schema.migrations or tuple(applied) != schema_snapshot.MIGRATIONS:
        return None
    if schema_source_digest() != schema_snapshot.SOURCE_SHA256:
        return None  # schema.py changed since: derived below (and the snapshot test fails)
    return frozenset(schema_snapshot.OBJECTS)


def expected_schema(migration_set: Migrations, applied: list[str]) -> frozenset[SchemaObject]:
    """The objects ``migration_set`` creates when exactly ``applied`` have run (cached)."""
    every = _all_migrations(migration_set)
    key = (migration_set.name, tuple((m.name, m.fn) for m in every), tuple(applied))
    if key not in _CACHE and [m.name for m in every] == applied:
        stored = _snapshot(migration_set, applied)
        if stored is not None:
            _CACHE[key] = stored
    if key not in _CACHE:
        _CACHE[key] = derive_schema(migration_set, applied)
    return _CACHE[key]


def derive_schema(migration_set: Migrations, applied: list[str]) -> frozenset[SchemaObject]:
    """The objects ``migration_set`` creates when exactly ``applied`` have run, by running
    them on an empty in-memory database (never from the snapshot)."""
    every = _all_migrations(migration_set)
    memory = _memory()
    try:
        memory.execute("PRAGMA page_size=8192")
        stop = every[len(applied)].name if len(applied) < len(every) else None
        migration_set.apply(memory, stop_before=stop)
        return frozenset(schema_objects(memory.conn))
    finally:
        memory.conn.close()


_STATS_NAMES = frozenset(o[1] for o in _SQLITE_STATS)


def _normal(obj: SchemaObject) -> SchemaObject:
    """Compared with quoting, spacing and letter case set aside, nothing else.

    Library-written SQL (FTS5 shadow tables, sqlite-utils' migrations table)
    may quote names differently between versions; a CHECK, a column, another
    module or a trigger body still changes the text and is caught.
    """
    kind, name, tbl, sql = obj
    text = " ".join(sql.translate(_QUOTES).split()).casefold() if sql is not None else None
    return (kind, name.casefold(), tbl.casefold(), text)


_NORMAL: dict[frozenset[SchemaObject], frozenset[SchemaObject]] = {}


def _normal_set(objects: frozenset[SchemaObject]) -> frozenset[SchemaObject]:
    """``objects`` normalised, once per process (opening checks twice: read-only, then writing)."""
    if objects not in _NORMAL:
        _NORMAL[objects] = frozenset(_normal(o) for o in objects)
    return _NORMAL[objects]


def schema_difference(
    conn: sqlite3.Connection, migration_set: Migrations, applied: list[str]
) -> str:
    """ "" if ``conn``'s schema is exactly what ``applied`` migrations create, else why not.

    ``applied`` must be in the order they ran; a file whose applied list is not
    a prefix of the known migrations (one skipped, or run out of order) was not
    made by smpdesk.
    """
    known = [m.name for m in _all_migrations(migration_set)]
    if applied != known[: len(applied)]:
        return "its list of applied upgrades is not one smpdesk writes"
    raw_expected = expected_schema(migration_set, applied)
    objects = frozenset(schema_objects(conn))
    # The usual case, a file smpdesk's own migrations wrote: the text SQLite keeps is the
    # text they ran, so the sets are equal as they are and nothing needs normalising
    # (about 2 ms of every start).  Any other text goes through the full comparison.
    stats = {o for o in objects if o[1].casefold() in _STATS_NAMES}
    if objects - stats == raw_expected and {_normal(o) for o in stats} <= _SQLITE_STATS:
        return ""
    expected = _normal_set(raw_expected)
    found = {_normal(o) for o in objects} - _SQLITE_STATS
    extra = sorted(found - expected, key=lambda o: (o[0], o[1]))
    missing = sorted(expected - found, key=lambda o: (o[0], o[1]))
    if extra:
        changed = {o[1] for o in missing}
        kind, name = extra[0][0], extra[0][1]
        what = "a changed" if name in changed else "an extra"
        return f"it has {what} {kind} named {_printable(name)}"
    if missing:
        return f"its {missing[0][0]} {_printable(missing[0][1])} is missing"
    return ""


def _printable(name: str) -> str:
    """An object name from a hostile file, safe to show in one sentence."""
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in name)
    return repr(cleaned[:60] + ("..." if len(cleaned) > 60 else ""))


SNAPSHOT_HEADER = '''"""The schema a file has once every migration has run: generated, do not edit.

Written by ``python -m smpdesk.store.update_schema_snapshot`` from the migrations in
``schema.py`` (whose SHA-256 is below); see :mod:`smpdesk.store.schema_check`
for why and when it is used.  tests/store/test_schema_snapshot.py fails when
it no longer matches.
"""

# ruff: noqa: E501
'''


def snapshot_source() -> str:
    """The text of ``schema_snapshot.py`` for the migrations as they are now (derived)."""
    import json

    from smpdesk.store import schema

    every = [m.name for m in _all_migrations(schema.migrations)]
    objects = sorted(derive_schema(schema.migrations, every), key=lambda o: (o[0], o[1]))

    def literal(value: str | None) -> str:
        """A Python literal for ``value``, quoted as ruff format would leave it."""
        if value is None:
            return "None"
        text = json.dumps(value, ensure_ascii=False)
        if '"' in value and "'" not in value:  # fewer escapes in single quotes
            return "'" + text[1:-1].replace('\\"', '"') + "'"
        return text

    lines = [
        SNAPSHOT_HEADER,
        f"SOURCE_SHA256 = {literal(schema_source_digest())}",
        "",
        "MIGRATIONS: tuple[str, ...] = (",
        *(f"    {literal(name)}," for name in every),
        ")",
        "",
        "OBJECTS: tuple[tuple[str, str, str, str | None], ...] = (",
    ]
    for obj in objects:
        lines.append("    (")
        lines.extend(f"        {literal(part)}," for part in obj)
        lines.append("    ),")
    lines.append(")")
    return "\n".join(lines) + "\n"


def snapshot_path() -> Path:
    return Path(__file__).with_name("schema_snapshot.py")


__all__ = [
    "ALTERED",
    "derive_schema",
    "expected_schema",
    "migration_names",
    "schema_difference",
    "schema_objects",
    "schema_source_digest",
    "snapshot_path",
    "snapshot_source",
]
