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
judged against the schema of its own age and then migrated forward.  Two kinds
of object are compared by name only, because their SQL is written by a
library rather than by our migrations and can differ between installs without
meaning harm: the shadow tables SQLite's FTS5 makes for each search index,
and sqlite-utils' ``_sqlite_migrations`` table and its index.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils
from sqlite_utils import Migrations

SchemaObject = tuple[str, str, str, str | None]  # (type, name, tbl_name, sql)

_FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
# Written by SQLite itself (ANALYZE, PRAGMA optimize); data only, never run.
_SQLITE_INTERNAL = ("sqlite_stat1", "sqlite_stat4")

ALTERED = (
    "{name} is not a clean smpdesk database: {detail}. It may have been altered to harm "
    "the clinic's records, so it was not used"
)


def schema_objects(conn: sqlite3.Connection) -> set[SchemaObject]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(str(t), str(n), str(tb), s) for t, n, tb, s in rows}


_CACHE: dict[tuple[object, ...], frozenset[SchemaObject]] = {}


def _all_migrations(migration_set: Migrations) -> list[Migrations._Migration]:
    memory = sqlite_utils.Database(memory=True, execute_plugins=False)
    try:
        return migration_set.pending(memory)
    finally:
        memory.conn.close()


def expected_schema(migration_set: Migrations, applied: list[str]) -> frozenset[SchemaObject]:
    """The objects ``migration_set`` creates when exactly ``applied`` have run (cached)."""
    every = _all_migrations(migration_set)
    key = (migration_set.name, tuple((m.name, m.fn) for m in every), tuple(applied))
    if key not in _CACHE:
        memory = sqlite_utils.Database(memory=True, execute_plugins=False)
        try:
            memory.execute("PRAGMA page_size=8192")
            stop = every[len(applied)].name if len(applied) < len(every) else None
            migration_set.apply(memory, stop_before=stop)
            _CACHE[key] = frozenset(schema_objects(memory.conn))
        finally:
            memory.conn.close()
    return _CACHE[key]


def _fts_shadow_names(objects: set[SchemaObject] | frozenset[SchemaObject]) -> set[str]:
    virtual = {
        name
        for kind, name, _tbl, sql in objects
        if kind == "table" and sql and sql.upper().startswith("CREATE VIRTUAL TABLE")
    }
    return {f"{table}{suffix}" for table in virtual for suffix in _FTS_SHADOW_SUFFIXES}


def _loose(obj: SchemaObject, shadow: set[str]) -> bool:
    """Compared by kind and name only (library-written SQL)."""
    kind, name, tbl, _sql = obj
    if tbl == Migrations.migrations_table:
        return True
    return kind == "table" and name in shadow


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
    expected = expected_schema(migration_set, applied)
    found = {obj for obj in schema_objects(conn) if obj[1] not in _SQLITE_INTERNAL}
    shadow = _fts_shadow_names(expected)

    def key(obj: SchemaObject) -> SchemaObject:
        return (obj[0], obj[1], obj[2], None) if _loose(obj, shadow) else obj

    expected_keys = {key(o) for o in expected}
    found_keys = {key(o) for o in found}
    extra = sorted(found_keys - expected_keys, key=lambda o: (o[0], o[1]))
    missing = sorted(expected_keys - found_keys, key=lambda o: (o[0], o[1]))
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


__all__ = ["ALTERED", "expected_schema", "schema_difference", "schema_objects"]
