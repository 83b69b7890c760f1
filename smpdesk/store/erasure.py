"""Erasing a client (GDPR Art. 17) from the clinic file, and the erasure register.

A client's record is spread over many tables, and other work keeps adding
more (histories, sealed responses, logs).  So nothing here lists them: the
rows to erase are *discovered* from the schema.  Starting from the client's
row, every table that points at a row already found (a foreign key, or by
the convention ``client_id``, ``session_id``, ``photo_id``, ``response_id``
for the history tables that keep no foreign key on purpose) gives up its
matching rows, until nothing new is found.  Two tables are never touched:
``audit_log`` (append-only, hash-chained, ids only) and the register itself;
and the books (``payments``) are kept, their ``client_id`` set to NULL and their
free text (note, reason) cleared, on the entries referring to them too.

The client's search-index entries (external-content FTS5, kept by
:mod:`smpdesk.store.clients`) are deleted and then both indexes are rebuilt
from the remaining clients, so no token of this client (nor of an earlier
version of their name) survives in the index's shadow tables.  Connections
run with ``secure_delete`` on, so freed cells and pages are zeroed; the
caller then checkpoints the WAL with TRUNCATE (:func:`checkpoint_after_erasure`).

The register keeps ids only: the client's id and the erased row's
``created_at`` (ids are reused, so the pair names exactly one client ever),
when, by whom (a staff id) and why.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from smpdesk.store.database import (
    connect_read_only,
    db_path,
    erase_checkpoint,
    sqlite_errors,
    write,
)
from smpdesk.store.engine import ERRORS
from smpdesk.store.search_indexes import SEARCH_INDEXES as CLIENT_INDEXES
from smpdesk.store.space import give_back_free_pages
from smpdesk.store.staff import actor_of

# Never erased from: the audit trail outlives what it speaks of (its entries hold ids only,
# and triggers refuse a DELETE), and the register is the record of the erasure itself.
KEPT_TABLES = frozenset({"audit_log", "erasure_register"})
# Kept, but no longer the client's: the books (issue 18, migration 0021) must still add up
# after an erasure, so a client's payments stay with their column naming the client set
# to NULL (no name, no health data stays).  Never followed as a link, never deleted.
CLEARED_TABLES = {"payments": "client_id"}
# The free text such a row may hold about the client, and what it becomes (migration
# 0022's trigger allows exactly this on payments: a note or a refund's reason may name
# the client or their phone; a refund or void still needs a reason, so it says this).
# Applied to the client's rows and to the rows referring to them (``refers_to``).
CLEARED_TEXT = {"payments": "note = '', reason = '(erased)'"}
# Columns that point at a client's rows by name, for tables that keep no foreign key on
# purpose (a history outlives the row it is the history of).
LINK_COLUMNS = {
    "client_id": "clients",
    "session_id": "sessions",
    "photo_id": "photos",
    "response_id": "responses",
}
_CHUNK = 500
# Another clinic file that cannot be read (damaged, the wrong key, gone): no register in it.
_UNREADABLE: tuple[type[Exception], ...] = (*ERRORS, OSError)


def _q(name: str) -> str:
    """An identifier, quoted (names come from the file's own schema)."""
    return '"' + name.replace('"', '""') + '"'


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _chunks(values: Sequence[object]) -> Iterator[Sequence[object]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


@dataclass(frozen=True)
class Link:
    """Rows of ``table`` whose ``column`` holds a key of a ``parent`` row belong with it.

    ``parent_column`` None: the parent's rowid (its INTEGER PRIMARY KEY).
    """

    table: str
    column: str
    parent: str
    parent_column: str | None


@dataclass(frozen=True)
class _Schema:
    tables: frozenset[str]
    links: tuple[Link, ...]
    columns: dict[str, frozenset[str]]
    without_rowid: frozenset[str]


def _schema(db: sqlite_utils.Database) -> _Schema:
    """The ordinary tables (no virtual tables, no FTS shadow tables) and their links."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = {
        name for name, sql in rows if (sql or "").lstrip().upper().startswith("CREATE VIRTUAL")
    }
    tables = {
        name
        for name, _sql in rows
        if not name.startswith("sqlite_")
        and name not in virtual
        and not any(name.startswith(f"{v}_") for v in virtual)
    }
    without_rowid = {
        name for name, sql in rows if name in tables and "WITHOUT ROWID" in (sql or "").upper()
    }
    columns: dict[str, frozenset[str]] = {}
    pk_alias: dict[str, str | None] = {}
    for table in tables:
        info = db.execute(f"PRAGMA table_info({_q(table)})").fetchall()
        columns[table] = frozenset(str(r[1]) for r in info)
        keys = [r for r in info if r[5]]
        integer_key = len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER"
        alias = str(keys[0][1]) if integer_key and table not in without_rowid else None
        pk_alias[table] = alias
    links: list[Link] = []
    for table in sorted(tables - KEPT_TABLES - set(CLEARED_TABLES)):
        by_key: dict[int, list[tuple[str, str, str | None]]] = {}
        for fk in db.execute(f"PRAGMA foreign_key_list({_q(table)})").fetchall():
            # (id, seq, parent table, from column, to column, on update, on delete, match)
            by_key.setdefault(int(fk[0]), []).append((str(fk[2]), str(fk[3]), fk[4]))
        linked: set[str] = set()
        for parts in by_key.values():
            if len(parts) != 1:
                continue  # a composite key: none in this schema, and not a client's row
            parent, column, to = parts[0]
            if parent not in tables or parent in KEPT_TABLES:
                continue
            to_column = None if to is None or to == pk_alias.get(parent) else str(to)
            links.append(Link(table, column, parent, to_column))
            linked.add(column)
        for column, parent in LINK_COLUMNS.items():
            named = column in columns[table] and column not in linked
            if named and parent in tables and parent != table:
                links.append(Link(table, column, parent, None))
    return _Schema(frozenset(tables), tuple(links), columns, frozenset(without_rowid))


@dataclass
class _Found:
    """The client's rows, table by table (rowids), and the key values each link matched."""

    rows: dict[str, set[int]]
    keys: dict[Link, set[object]]
    owners: tuple[int, ...]


def _values(db: sqlite_utils.Database, link: Link, found: dict[str, set[int]]) -> set[object]:
    owned = sorted(found.get(link.parent, ()))
    if link.parent_column is None:
        return set(owned)
    values: set[object] = set()
    for chunk in _chunks(owned):
        marks = ", ".join("?" for _ in chunk)
        values.update(
            r[0]
            for r in db.execute(
                f"SELECT {_q(link.parent_column)} FROM {_q(link.parent)} WHERE rowid IN ({marks})",
                list(chunk),
            )
            if r[0] is not None
        )
    return values


def _matching(
    db: sqlite_utils.Database,
    schema: _Schema,
    link: Link,
    keys: set[object],
    owners: Sequence[int],
) -> set[int]:
    """Rowids of ``link.table`` pointing at ``keys``; never a row another client owns.

    ``owners``: the client and the records merged into them (store/merge.py), whose
    rows are theirs.
    """
    if link.table in schema.without_rowid or not keys:
        return set()
    guard = ""
    extra: list[object] = []
    if link.column != "client_id" and "client_id" in schema.columns[link.table]:
        # A row that names another client is that client's, whatever else it points at.
        guard = f" AND (client_id IS NULL OR client_id IN ({', '.join('?' for _ in owners)}))"
        extra = list(owners)
    rowids: set[int] = set()
    ordered = sorted(keys, key=repr)
    for chunk in _chunks(ordered):
        marks = ", ".join("?" for _ in chunk)
        rowids.update(
            int(r[0])
            for r in db.execute(
                f"SELECT rowid FROM {_q(link.table)} WHERE {_q(link.column)} IN ({marks}){guard}",
                [*chunk, *extra],
            )
        )
    return rowids


def _owners(db: sqlite_utils.Database, client_id: int) -> tuple[int, ...]:
    """The client and every record merged into them (one hop: store/merge.py re-points)."""
    merged = db.execute("SELECT id FROM clients WHERE merged_into = ?", [client_id]).fetchall()
    return (client_id, *(int(r[0]) for r in merged))


def _find(db: sqlite_utils.Database, schema: _Schema, client_id: int) -> _Found:
    """Every row that belongs to the client, following links until nothing new turns up.

    The records merged into the client (``clients.merged_into``) are theirs too, and
    found by that foreign key like any other row.
    """
    owners = _owners(db, client_id)
    rows: dict[str, set[int]] = {"clients": {client_id}}
    keys: dict[Link, set[object]] = {}
    changed = True
    while changed:
        changed = False
        for link in schema.links:
            if link.parent not in rows:
                continue
            values = _values(db, link, rows)
            keys[link] = keys.get(link, set()) | values
            new = _matching(db, schema, link, values, owners) - rows.get(link.table, set())
            if new:
                rows.setdefault(link.table, set()).update(new)
                changed = True
    return _Found(rows, keys, owners)


def _deletion_order(schema: _Schema, tables: Iterable[str]) -> list[str]:
    """Children before their parents: an ON DELETE RESTRICT is checked at once, not at commit."""
    pending = set(tables)
    order: list[str] = []
    while pending:
        ready = sorted(
            t
            for t in pending
            if not any(
                link.parent == t and link.table in pending and link.table != t
                for link in schema.links
            )
        )
        if not ready:  # a cycle between tables: none in this schema; take them in name order
            ready = sorted(pending)
        order.extend(ready)
        pending.difference_update(ready)
    return order


def _self_linked(schema: _Schema, table: str) -> bool:
    return any(link.table == table and link.parent == table for link in schema.links)


def _pointed_at(
    db: sqlite_utils.Database, schema: _Schema, table: str, rowids: set[int]
) -> set[int]:
    """Those of ``rowids`` another of them points at through a link of the table to itself."""
    pointed: set[int] = set()
    for link in schema.links:
        if link.table != table or link.parent != table:
            continue
        target = _q(link.parent_column) if link.parent_column else "rowid"
        for chunk in _chunks(sorted(rowids)):
            marks = ", ".join("?" for _ in chunk)
            values = {
                r[0]
                for r in db.execute(
                    f"SELECT {_q(link.column)} FROM {_q(table)} WHERE rowid IN ({marks})",
                    list(chunk),
                )
                if r[0] is not None
            }
            for part in _chunks(sorted(values, key=repr)):
                part_marks = ", ".join("?" for _ in part)
                pointed.update(
                    int(r[0])
                    for r in db.execute(
                        f"SELECT rowid FROM {_q(table)} WHERE {target} IN ({part_marks})",
                        list(part),
                    )
                )
    return pointed & rowids


def _delete_rows(db: sqlite_utils.Database, schema: _Schema, table: str, rowids: set[int]) -> int:
    ordered = sorted(rowids, reverse=True)
    deleted = 0
    if _self_linked(schema, table):
        # A row may point at another of the same table (a new version at the one it
        # replaces, a merged-away client at the one kept, whatever their ids): rows no
        # other one points at go first, round by round, newest first within a round.
        remaining = set(rowids)
        while remaining:
            ready = remaining - _pointed_at(db, schema, table, remaining)
            if not ready:  # a cycle: none in this schema; newest first as before
                ready = {max(remaining)}
            for rowid in sorted(ready, reverse=True):
                deleted += db.execute(f"DELETE FROM {_q(table)} WHERE rowid = ?", [rowid]).rowcount
            remaining -= ready
        return deleted
    for chunk in _chunks(ordered):
        marks = ", ".join("?" for _ in chunk)
        deleted += db.execute(
            f"DELETE FROM {_q(table)} WHERE rowid IN ({marks})", list(chunk)
        ).rowcount
    return deleted


def _sweep(db: sqlite_utils.Database, schema: _Schema, found: _Found) -> int:
    """Rows still pointing at the erased keys (a trigger may have written one): gone too."""
    removed = 0
    for link in schema.links:
        keys = found.keys.get(link, set())
        if not keys:
            continue
        if link.table in schema.without_rowid:
            for chunk in _chunks(sorted(keys, key=repr)):
                marks = ", ".join("?" for _ in chunk)
                removed += db.execute(
                    f"DELETE FROM {_q(link.table)} WHERE {_q(link.column)} IN ({marks})",
                    list(chunk),
                ).rowcount
            continue
        left = _matching(db, schema, link, keys, found.owners)
        if left:
            removed += _delete_rows(db, schema, link.table, left)
    return removed


@dataclass(frozen=True)
class ErasedRows:
    """What an erasure removed: rows by table (the client's own row under ``clients``)."""

    client_id: int
    client_created_at: str
    removed: dict[str, int]


def owned_row_counts(db: sqlite_utils.Database, client_id: int) -> dict[str, int]:
    """How many rows of each table an erasure of the client would remove (nothing changes)."""
    schema = _schema(db)
    found = _find(db, schema, client_id)
    return {table: len(rowids) for table, rowids in sorted(found.rows.items()) if rowids}


def _unindex(db: sqlite_utils.Database, client_id: int) -> None:
    """Delete the client's search-index entries, then rebuild both indexes from what is left.

    The 'delete' alone only adds a tombstone: the token stays in an older segment until
    a merge, as do the tokens of every earlier version of the name.  'rebuild' empties
    the index's shadow tables and refills them from the remaining clients.
    """
    columns = ", ".join(column for _table, column, _tokenizer in CLIENT_INDEXES)
    row = db.execute(f"SELECT {columns} FROM clients WHERE id = ?", [client_id]).fetchone()
    for position, (table, column, _tokenizer) in enumerate(CLIENT_INDEXES):
        if row is not None:
            db.execute(
                f"INSERT INTO {table} ({table}, rowid, {column}) VALUES ('delete', ?, ?)",
                [client_id, row[position]],
            )


def _rebuild_indexes(db: sqlite_utils.Database) -> None:
    for table, _column, _tokenizer in CLIENT_INDEXES:
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")


def _erase_one(
    db: sqlite_utils.Database,
    schema: _Schema,
    client_id: int,
    *,
    reason: str,
    erased_at: str,
    erased_by: int | None,
) -> ErasedRows | None:
    """Erase inside the caller's write transaction; None when there is no such client."""
    found_row = db.execute("SELECT created_at FROM clients WHERE id = ?", [client_id]).fetchone()
    if found_row is None:
        return None
    created_at = str(found_row[0])
    found = _find(db, schema, client_id)
    # Records merged into this client (store/merge.py) are found through ``merged_into``
    # and erased with it; each is registered too, so its sealed records are gone on purpose.
    merged = db.execute(
        "SELECT id, created_at FROM clients WHERE merged_into = ?", [client_id]
    ).fetchall()
    for owner in found.owners:
        _unindex(db, owner)
    marks = ", ".join("?" for _ in found.owners)
    for table, column in CLEARED_TABLES.items():
        if table in schema.tables:
            sets = f"{_q(column)} = NULL"
            if table in CLEARED_TEXT:
                sets += f", {CLEARED_TEXT[table]}"
                # First the entries naming the client's (a refund or void of their
                # payment), found while the client's still carry their id.
                db.execute(
                    f"UPDATE {_q(table)} SET {sets} WHERE refers_to IS NOT NULL AND refers_to "
                    f"IN (SELECT id FROM {_q(table)} WHERE {_q(column)} IN ({marks}))",
                    list(found.owners),
                )
            db.execute(
                f"UPDATE {_q(table)} SET {sets} WHERE {_q(column)} IN ({marks})",
                list(found.owners),
            )
    removed: dict[str, int] = {}
    for table in _deletion_order(schema, found.rows):
        count = _delete_rows(db, schema, table, found.rows[table])
        if count:
            removed[table] = count
    swept = _sweep(db, schema, found)
    if swept:
        removed["(written while erasing)"] = swept
    if "import_batches" in schema.tables and found.owners:  # its file name may name them
        db.execute(
            "UPDATE import_batches SET file_name = '' WHERE file_name != '' AND ("
            + " OR ".join("? BETWEEN first_client_id AND last_client_id" for _ in found.owners)
            + ")",
            list(found.owners),
        )
    db.execute(
        "INSERT OR IGNORE INTO erasure_register "
        "(client_id, client_created_at, erased_at, erased_by, reason) VALUES (?, ?, ?, ?, ?)",
        [client_id, created_at, erased_at, erased_by, reason],
    )
    for merged_id, merged_created_at in merged:
        db.execute(
            "INSERT OR IGNORE INTO erasure_register "
            "(client_id, client_created_at, erased_at, erased_by, reason) VALUES (?, ?, ?, ?, ?)",
            [merged_id, str(merged_created_at), erased_at, erased_by, reason],
        )
    return ErasedRows(client_id, created_at, removed)


def erase_client(db: sqlite_utils.Database, client_id: int, *, reason: str) -> ErasedRows | None:
    """Remove the client and every row of theirs, in one transaction, and register it.

    None when there is no such client (nothing changed).  The caller checkpoints
    afterwards (:func:`checkpoint_after_erasure`).
    """
    db.execute("PRAGMA secure_delete=ON")  # on for every connection already; never less here
    with write(db):
        schema = _schema(db)
        erased = _erase_one(
            db, schema, client_id, reason=reason, erased_at=_now(), erased_by=actor_of(db)
        )
        if erased is not None:
            _rebuild_indexes(db)
    return erased


def checkpoint_after_erasure(
    db: sqlite_utils.Database, *, attempts: int = 20, pause: float = 0.1
) -> bool:
    """Copy the WAL into the file (whose freed pages are zeroed) and truncate it to nothing.

    Another connection still reading an older snapshot holds the checkpoint back;
    it is tried again for a little while.  True when it went all the way.  First the
    pages the erasure freed (already zeroed) are given back, so the file shrinks.
    """
    with sqlite_errors(db_path(db)):
        give_back_free_pages(db.conn)
    for attempt in range(attempts):
        if erase_checkpoint(db):
            return True
        if attempt + 1 < attempts:
            time.sleep(pause)
    return False


def secure_delete_on(db: sqlite_utils.Database) -> bool:
    """Does this connection zero what it deletes?"""
    return int(db.execute("PRAGMA secure_delete").fetchone()[0]) == 1


# -- the register ---------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterRow:
    """One erasure: ids and times only, and the reason the owner gave."""

    client_id: int
    client_created_at: str
    erased_at: str
    erased_by: int | None
    reason: str

    @property
    def key(self) -> tuple[int, str]:
        return (self.client_id, self.client_created_at)


_REGISTER_COLUMNS = "client_id, client_created_at, erased_at, erased_by, reason"


def register_rows(db: sqlite_utils.Database) -> list[RegisterRow]:
    """The register, oldest erasure first."""
    rows = db.execute(f"SELECT {_REGISTER_COLUMNS} FROM erasure_register ORDER BY erased_at, id")
    return [RegisterRow(int(r[0]), str(r[1]), str(r[2]), r[3], str(r[4])) for r in rows]


def register_in_file(path: Path, *, key: bytes | None = None) -> list[RegisterRow]:
    """The register of another clinic file (one a restore set aside), read-only.

    A file that cannot be read, or predates the register, has none: [].
    """
    try:
        conn = connect_read_only(Path(path), immutable=True, key=key)
    except _UNREADABLE:
        return []
    try:
        rows = conn.execute(
            f"SELECT {_REGISTER_COLUMNS} FROM erasure_register ORDER BY erased_at, id"
        ).fetchall()
        found = []
        for r in rows:
            if isinstance(r[0], int) and isinstance(r[1], str) and isinstance(r[2], str):
                by = r[3] if isinstance(r[3], int) else None
                found.append(RegisterRow(r[0], r[1], r[2], by, str(r[4] or "")))
        return found
    except _UNREADABLE:
        return []
    finally:
        conn.close()


def apply_register(db: sqlite_utils.Database, rows: Iterable[RegisterRow]) -> list[int]:
    """Erase every client the register names (same id *and* same created_at) and copy the
    register rows in; the ids erased.  One transaction; the caller checkpoints."""
    rows = list(rows)
    erased: list[int] = []
    if not rows:
        return erased
    db.execute("PRAGMA secure_delete=ON")
    with write(db):
        schema = _schema(db)
        for row in rows:
            present = db.execute(
                "SELECT 1 FROM clients WHERE id = ? AND created_at = ?",
                [row.client_id, row.client_created_at],
            ).fetchone()
            if present is not None:
                done = _erase_one(
                    db,
                    schema,
                    row.client_id,
                    reason=row.reason,
                    erased_at=row.erased_at,
                    erased_by=row.erased_by,
                )
                if done is not None:
                    erased.append(row.client_id)
            db.execute(
                "INSERT OR IGNORE INTO erasure_register "
                f"({_REGISTER_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
                [row.client_id, row.client_created_at, row.erased_at, row.erased_by, row.reason],
            )
        if erased:
            _rebuild_indexes(db)
    return erased


# -- retention ------------------------------------------------------------------------


@dataclass(frozen=True)
class LastSeen:
    """A client and the dates their last visit is judged by (as stored)."""

    client_id: int
    client_number: str
    given_name: str
    family_name: str
    archived: bool
    created_at: str
    last_session: str | None
    last_response: str | None


def last_seen(db: sqlite_utils.Database) -> list[LastSeen]:
    """Every client with their latest session date and latest answered form (deleted
    sessions left out: a session deleted as a mistake was no visit)."""
    session_columns = {str(r[1]) for r in db.execute("PRAGMA table_info(sessions)")}
    live = " AND s.deleted_at IS NULL" if "deleted_at" in session_columns else ""
    rows = db.execute(
        f"""SELECT c.id, c.client_number, c.given_name, c.family_name,
                  c.archived_at IS NOT NULL, c.created_at,
                  (SELECT max(s.session_date) FROM sessions s WHERE s.client_id = c.id{live}),
                  (SELECT max(r.completed_at) FROM responses r WHERE r.client_id = c.id)
           FROM clients c ORDER BY c.id"""
    )
    return [
        LastSeen(int(r[0]), str(r[1]), str(r[2]), str(r[3]), bool(r[4]), str(r[5]), r[6], r[7])
        for r in rows
    ]


__all__ = [
    "CLEARED_TABLES",
    "KEPT_TABLES",
    "LINK_COLUMNS",
    "ErasedRows",
    "LastSeen",
    "Link",
    "RegisterRow",
    "apply_register",
    "checkpoint_after_erasure",
    "erase_client",
    "last_seen",
    "owned_row_counts",
    "register_in_file",
    "register_rows",
    "secure_delete_on",
]
