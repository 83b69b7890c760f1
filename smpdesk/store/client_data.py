"""Everything the clinic file holds about one client, found by looking at the schema.

A client's access request (GDPR Art. 15) and a portable copy (Art. 20) must
cover *every* record about them, including tables added after this module was
written (edit histories, sealed responses, deleted sessions...).  So nothing
here lists the tables by hand: :func:`client_data` asks SQLite which tables
have a ``client_id`` column, then which tables are keyed by one of that
client's sessions, photos or responses (``session_id``, ``photo_id``,
``response_id``), and repeats until no new record turns up.

Left out, each for a reason:

* the audit trail, staff accounts and clinic settings: about the clinic and its
  people, not the client (the audit trail holds ids only);
* the erasure register: it records that *someone else* was erased;
* the search indexes (FTS tables and their shadow tables) and the columns
  derived from the visible ones for searching and sorting (``search_text``,
  ``phone_digits``, ``family_key``, ``given_key``): copies of what is exported;
* BLOB columns (photo images, thumbnails, signed PDFs): the export writes the
  images and PDFs as files of their own, so :attr:`ClientData.omitted` says
  which columns were left out of each table.

Form definitions are clinic-wide, so only those the client's responses and
drafts were answered with are included (an answer means nothing without its
question's wording).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlite_utils

from smpdesk.store.database import db_path, sqlite_errors

# Tables that are not the client's data (see the module docstring).
EXCLUDED_TABLES = frozenset({"audit_log", "staff", "settings", "form_definitions"})
EXCLUDED_WORDS = ("erasure",)  # the erasure register, whatever its exact name
# Derived from the visible columns, for search and sort only.
# Worked out from the record itself for search, recall and follow-ups: nothing of the
# client's that the record does not already say.
DERIVED_COLUMNS = frozenset(
    {
        "search_text",
        "phone_digits",
        "family_key",
        "given_key",
        "pigment_lot_key",
        "diluent_lot_key",
        "cartridge_lot_key",
        "follow_up_due",
    }
)
# Records of the client's own that other tables point at: column -> table whose ``id`` it is.
RECORD_KEYS = {"session_id": "sessions", "photo_id": "photos", "response_id": "responses"}
# Shadow tables SQLite's FTS5 (and FTS3/4) keep beside a virtual table.
_FTS_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content", "_segments", "_segdir", "_stat")


@dataclass(frozen=True)
class ClientData:
    """One client's rows, by table, as plain values (str, int, float, None).

    ``tables`` holds only tables with at least one row for the client, in
    name order, each table's rows in primary-key order.  A value SQLite keeps
    as bytes in a column not declared BLOB (never written by smpdesk) is kept
    as ``{"base64": "..."}`` so nothing is silently dropped.
    """

    client_id: int
    tables: dict[str, list[dict[str, object]]]
    # table -> BLOB columns left out (the export writes them as files)
    omitted: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the form definitions the client's responses and drafts used, by sha256
    form_definitions: list[dict[str, object]] = field(default_factory=list)
    # staff ids named in the rows (created_by, replaced_by, ...) -> display name
    staff_names: dict[int, str] = field(default_factory=dict)

    def rows(self, table: str) -> list[dict[str, object]]:
        return self.tables.get(table, [])


@dataclass(frozen=True)
class ClientTable:
    """A table that can hold a client's rows, as PRAGMA table_info describes it."""

    name: str
    columns: tuple[str, ...]  # every column, in order
    blobs: tuple[str, ...]  # declared BLOB
    order: tuple[str, ...]  # primary key columns, in key order

    def key_columns(self) -> list[str]:
        """The columns that tie a row to the client or to one of their records
        (the client's own row is ``clients.id``)."""
        if self.name == "clients":
            return ["id"]
        return [c for c in ("client_id", *RECORD_KEYS) if c in self.columns]


@contextmanager
def snapshot(db: sqlite_utils.Database) -> Iterator[None]:
    """Read everything inside one read transaction: a save in another window while the
    export runs cannot leave a session in the summary without its photos, or the other
    way round.  Inside an open transaction (a caller's), it reads in that one."""
    if db.conn.in_transaction:
        yield
        return
    with sqlite_errors(db_path(db)):
        db.conn.execute("BEGIN")
    try:
        yield
    finally:
        if db.conn.in_transaction:
            db.conn.execute("COMMIT")  # nothing was written: this only ends the read


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _excluded(name: str, virtual: set[str]) -> bool:
    if name in EXCLUDED_TABLES or name.startswith(("sqlite_", "_sqlite")):
        return True
    if any(word in name for word in EXCLUDED_WORDS):
        return True
    if name in virtual:
        return True
    return any(name == f"{v}{suffix}" for v in virtual for suffix in _FTS_SHADOWS)


def client_tables(db: sqlite_utils.Database) -> list[ClientTable]:
    """Every table that can hold a client's rows: one with ``client_id`` or a record key."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    virtual = {name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")}
    found = []
    for name, _sql in rows:
        if _excluded(name, virtual):
            continue
        info = db.execute(f"PRAGMA table_info({_quote(name)})").fetchall()
        # cid, name, type, notnull, default, pk
        columns = tuple(str(column[1]) for column in info)
        table = ClientTable(
            name=name,
            columns=columns,
            blobs=tuple(str(c[1]) for c in info if str(c[2]).strip().upper() == "BLOB"),
            order=tuple(str(c[1]) for c in sorted(info, key=lambda c: c[5]) if c[5]),
        )
        if table.key_columns():
            found.append(table)
    return found


def _value(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _select(
    db: sqlite_utils.Database,
    table: ClientTable,
    client_id: int | list[int],
    ids: dict[str, set[int]],
) -> list[dict[str, object]]:
    """The table's rows that belong to the client or to one of their records."""
    shown = [c for c in table.columns if c not in table.blobs and c not in DERIVED_COLUMNS]
    where: list[str] = []
    params: list[object] = []
    for key in table.key_columns():
        if key in ("client_id", "id"):
            owners = client_id if isinstance(client_id, list) else [client_id]
            where.append(f"{_quote(key)} IN ({', '.join('?' for _ in owners)})")
            params += owners
            continue
        wanted = sorted(ids[key])
        if wanted:
            # Ids are our own integers: bound, a few hundred at most for one client.
            where.append(f"{_quote(key)} IN ({', '.join('?' for _ in wanted)})")
            params += wanted
    if not where or not shown:
        return []
    order = f" ORDER BY {', '.join(_quote(c) for c in table.order)}" if table.order else ""
    sql = (
        f"SELECT {', '.join(_quote(c) for c in shown)} FROM {_quote(table.name)} "
        f"WHERE {' OR '.join(where)}{order}"
    )
    return [
        {column: _value(value) for column, value in zip(shown, row, strict=True)}
        for row in db.execute(sql, params)
    ]


def client_data(db: sqlite_utils.Database, client_id: int) -> ClientData:
    """Every row about the client (see the module docstring); empty if there is no such client.

    Call it inside :func:`snapshot` when the rows must agree with other reads.
    """
    tables = client_tables(db)
    # Clients merged into this one keep their signed responses (store/merge.py): theirs too.
    owners = [client_id] + [
        int(r[0]) for r in db.execute("SELECT id FROM clients WHERE merged_into = ?", [client_id])
    ]
    ids: dict[str, set[int]] = {key: set() for key in RECORD_KEYS}
    found: dict[str, list[dict[str, object]]] = {}
    # Until no new record turns up: a table keyed by a session may name a photo, ...
    for _round in range(len(tables) + 1):
        before = sum(len(v) for v in ids.values())
        for table in tables:
            found[table.name] = _select(db, table, owners, ids)
        for name, rows in found.items():
            for row in rows:
                for key, owner in RECORD_KEYS.items():
                    own_id = row.get("id")
                    if name == owner and isinstance(own_id, int):
                        ids[key].add(own_id)
                    # A record named by one of the client's rows (a photo's session) is
                    # theirs too; a row saying it is another client's never counts.
                    value = row.get(key)
                    if isinstance(value, int) and row.get("client_id", client_id) in owners:
                        ids[key].add(value)
        if sum(len(v) for v in ids.values()) == before:
            break
    if not found.get("clients"):
        return ClientData(client_id, {})
    kept = {name: rows for name, rows in sorted(found.items()) if rows}
    omitted = {t.name: t.blobs for t in tables if t.blobs and t.name in kept}
    return ClientData(
        client_id,
        kept,
        omitted,
        _definitions(db, kept),
        _staff_names(db, kept),
    )


def _definitions(
    db: sqlite_utils.Database, tables: dict[str, list[dict[str, object]]]
) -> list[dict[str, object]]:
    hashes = sorted(
        {
            str(value)
            for rows in tables.values()
            for row in rows
            if isinstance(value := row.get("definition_sha256"), str)
        }
    )
    if not hashes:
        return []
    rows = db.execute(
        "SELECT sha256, form_id, version, title, source, stored_at FROM form_definitions "
        f"WHERE sha256 IN ({', '.join('?' for _ in hashes)}) ORDER BY form_id, stored_at",
        hashes,
    )
    keys = ("sha256", "form_id", "version", "title", "source", "stored_at")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def _staff_names(
    db: sqlite_utils.Database, tables: dict[str, list[dict[str, object]]]
) -> dict[int, str]:
    """Who made or changed the client's records, by the staff ids their rows name."""
    named = {
        value
        for rows in tables.values()
        for row in rows
        for column, value in row.items()
        if column.endswith("_by") and isinstance(value, int)
    }
    if not named:
        return {}
    wanted = sorted(named)
    rows = db.execute(
        f"SELECT id, display_name FROM staff WHERE id IN ({', '.join('?' for _ in wanted)})",
        wanted,
    )
    return {int(staff_id): str(name) for staff_id, name in rows}


__all__ = [
    "DERIVED_COLUMNS",
    "EXCLUDED_TABLES",
    "RECORD_KEYS",
    "ClientData",
    "ClientTable",
    "client_data",
    "client_tables",
    "snapshot",
]
