"""Import batches: many clients added in one transaction, listed, and undone as one.

A batch's clients are the ids ``first_client_id..last_client_id`` (one
transaction takes them in a row, nothing else can write between).  Undoing
deletes them with their search-index entries, only while nothing was recorded
for any of them since; the batch row stays, marked undone, so its ids are never
given out again (:func:`smpdesk.store.clients.insert_clients`).

Duplicates are found for a whole file in a few indexed queries (a JSON array of
keys joined against the indexes of migration 0016), not three probes per row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.textfold import fold
from smpdesk.store.clients import LIST_COLUMNS, ClientRow, insert_clients
from smpdesk.store.database import write
from smpdesk.store.merge import PHONE_TAIL, phone_key
from smpdesk.store.search_indexes import SEARCH_INDEXES
from smpdesk.store.staff import actor_of

# Never a sign that a client was used: the trail of who looked, and the edit history
# (an edit also moves updated_at, which is checked).
_NOT_RECORDS = frozenset({"audit_log", "erasure_register", "import_batches"})
_ROW_COLUMNS = ", ".join(f"c.{c}" for c in LIST_COLUMNS)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class StoredBatch:
    id: int
    file_name: str
    imported_at: str
    imported_by: str  # the staff member's name, "" when nobody was signed in
    first_client_id: int | None
    last_client_id: int | None
    count: int
    undone_at: str | None
    undone_by: str


def duplicate_keys(details: ClientDetails) -> list[tuple[str, str]]:
    """(reason, key) pairs by which two clients may be one person, as merge.py probes."""
    keys: list[tuple[str, str]] = []
    family = fold(details.family_name)
    if details.date_of_birth and family:
        keys.append(("name and date of birth", f"{details.date_of_birth}\x1f{family}"))
    phone = phone_key(details.phone)
    if len(phone) >= 6:
        keys.append(("phone", phone))
    email = details.email.strip().lower()
    if email:
        keys.append(("email", email))
    return keys


def existing_duplicates(
    db: sqlite_utils.Database, many: Sequence[ClientDetails], *, limit: int = 20
) -> dict[int, list[tuple[ClientRow, tuple[str, ...]]]]:
    """For each position in ``many``, the clients on file (no tombstones) it may be.

    Three queries whatever the number of rows, each an index probe per key.
    """
    by_dob: list[list[object]] = []
    by_phone: list[list[object]] = []
    by_email: list[list[object]] = []
    for position, details in enumerate(many):
        for reason, key in duplicate_keys(details):
            if reason == "phone":
                by_phone.append([position, key])
            elif reason == "email":
                by_email.append([position, key])
            else:
                dob, family = key.split("\x1f")
                by_dob.append([position, dob, family])
    found: dict[int, dict[int, list[str]]] = {}
    probes = (
        (
            "name and date of birth",
            by_dob,
            "c.date_of_birth = k.value ->> 1 AND c.family_key = k.value ->> 2 "
            "AND c.date_of_birth IS NOT NULL",
        ),
        (
            "phone",
            by_phone,
            f"substr(c.phone_digits, -{PHONE_TAIL}) = k.value ->> 1 AND c.phone_digits != ''",
        ),
        ("email", by_email, "c.email = k.value ->> 1 AND c.email != ''"),
    )
    for reason, keys, where in probes:
        if not keys:
            continue
        sql = (
            "SELECT k.value ->> 0, c.id FROM json_each(?) AS k "
            f"JOIN clients AS c INDEXED BY {_INDEX[reason]} ON {where} "
            "WHERE c.merged_into IS NULL"
        )
        for position, client_id in db.execute(sql, [json.dumps(keys)]):
            reasons = found.setdefault(int(position), {}).setdefault(int(client_id), [])
            if reason not in reasons and len(found[int(position)]) <= limit:
                reasons.append(reason)
    ids = sorted({i for matches in found.values() for i in matches})
    rows: dict[int, ClientRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in db.execute(f"SELECT {_ROW_COLUMNS} FROM clients c WHERE id IN ({marks})", chunk):
            rows[row[0]] = ClientRow(*row)
    return {
        position: [(rows[i], tuple(reasons)) for i, reasons in sorted(matches.items()) if reasons]
        for position, matches in found.items()
    }


# Migration 0016's indexes: INDEXED BY makes a query that cannot use one an error, not a scan.
_INDEX = {
    "name and date of birth": "idx_clients_dob_family",
    "phone": "idx_clients_phone_tail",
    "email": "idx_clients_email_key",
}


def add_batch(
    db: sqlite_utils.Database, file_name: str, many: list[ClientDetails]
) -> tuple[int, list[int]]:
    """Insert the clients and their batch row in one transaction: (batch id, client ids)."""
    with write(db):
        ids = insert_clients(db, many)
        cursor = db.execute(
            "INSERT INTO import_batches (file_name, imported_at, imported_by, "
            "first_client_id, last_client_id, count) VALUES (?, ?, ?, ?, ?, ?)",
            [file_name, _now(), actor_of(db), ids[0] if ids else None, ids[-1] if ids else None,
             len(ids)],
        )  # fmt: skip
        batch_id = int(cursor.lastrowid or 0)
    return batch_id, ids


def batches(db: sqlite_utils.Database) -> list[StoredBatch]:
    """Every batch, newest first, with the names of who imported and who undid it."""
    rows = db.execute(
        "SELECT b.id, b.file_name, b.imported_at, coalesce(i.display_name, ''), "
        "b.first_client_id, b.last_client_id, b.count, b.undone_at, "
        "coalesce(u.display_name, '') FROM import_batches b "
        "LEFT JOIN staff i ON i.id = b.imported_by LEFT JOIN staff u ON u.id = b.undone_by "
        "ORDER BY b.id DESC"
    ).fetchall()
    return [StoredBatch(*row) for row in rows]


def get_batch(db: sqlite_utils.Database, batch_id: int) -> StoredBatch | None:
    return next((b for b in batches(db) if b.id == batch_id), None)


def _record_tables(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(table, column) of every table that files rows under a client."""
    found = []
    for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
        if name in _NOT_RECORDS or str(sql or "").upper().startswith("CREATE VIRTUAL"):
            continue
        for column in db.execute(f'PRAGMA table_info("{name}")').fetchall():
            if column[1] == "client_id" or (name == "clients" and column[1] == "merged_into"):
                found.append((str(name), str(column[1])))
    return sorted(found)


class BatchInUse(Exception):
    """A client of the batch has something recorded since, or was changed; args: table."""


def undo_batch(db: sqlite_utils.Database, batch_id: int) -> int:
    """Delete the batch's clients (one transaction); BatchInUse, nothing deleted, if any is used.

    KeyError when there is no such batch; ValueError when it was undone already.
    """
    with write(db):
        row = db.execute(
            "SELECT first_client_id, last_client_id, undone_at FROM import_batches WHERE id = ?",
            [batch_id],
        ).fetchone()
        if row is None:
            raise KeyError(batch_id)
        first, last, undone_at = row
        if undone_at is not None:
            raise ValueError(batch_id)
        if first is not None:
            span = [first, last]
            for table, column in _record_tables(db):
                used = db.execute(
                    f'SELECT 1 FROM "{table}" WHERE "{column}" BETWEEN ? AND ? LIMIT 1', span
                ).fetchone()
                if used:
                    raise BatchInUse(table)
            changed = db.execute(
                "SELECT 1 FROM clients WHERE id BETWEEN ? AND ? AND (updated_at != created_at "
                "OR merged_into IS NOT NULL OR archived_at IS NOT NULL) LIMIT 1",
                span,
            ).fetchone()
            if changed:
                raise BatchInUse("clients")
            columns = ", ".join(column for _table, column, _tokenizer in SEARCH_INDEXES)
            olds = db.execute(
                f"SELECT id, {columns} FROM clients WHERE id BETWEEN ? AND ?", span
            ).fetchall()
            for position, (table, column, _tokenizer) in enumerate(SEARCH_INDEXES):
                db.conn.executemany(
                    f"INSERT INTO {table} ({table}, rowid, {column}) VALUES ('delete', ?, ?)",
                    [(old[0], old[position + 1]) for old in olds],
                )
            db.execute("DELETE FROM clients WHERE id BETWEEN ? AND ?", span)
        removed = len(olds) if first is not None else 0
        db.execute(
            "UPDATE import_batches SET undone_at = ?, undone_by = ? WHERE id = ?",
            [_now(), actor_of(db), batch_id],
        )
    return removed


__all__ = [
    "BatchInUse",
    "StoredBatch",
    "add_batch",
    "batches",
    "duplicate_keys",
    "existing_duplicates",
    "get_batch",
    "undo_batch",
]
