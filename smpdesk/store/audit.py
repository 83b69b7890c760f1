"""The audit trail as stored: one row per use case done or refused, in a hash chain.

Each entry's ``hash`` is SHA-256 over its own fields and the previous entry's
hash, so removing, editing or inserting a row anywhere but at the end breaks
the chain at that row; triggers (migration 0007) refuse UPDATE and DELETE, and
dropping them changes the schema, which the schema check refuses on open.  The
end of the chain is anchored outside the file: every backup writes the newest
entry's id and hash beside it (``audit-anchor.json``), so cutting entries off
the end is caught too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from smpdesk.store.database import write


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str  # UTC, ISO 8601
    staff_id: int | None
    staff_name: str
    action: str
    client_id: int | None
    outcome: str
    detail: str = ""  # ids and hashes an entry vouches for (a seal), never a record's values


def entry_hash(
    entry_id: int,
    at: str,
    staff_id: int | None,
    staff_name: str,
    action: str,
    client_id: int | None,
    outcome: str,
    prev_hash: str,
    detail: str = "",
) -> str:
    """The chain link: JSON of the fields (unambiguous, unlike joining with a separator).

    ``detail`` joins the fields only when there is one, so every entry written
    before it existed (migration 0015) keeps the hash it was chained with.
    """
    fields = [entry_id, at, staff_id, staff_name, action, client_id, outcome, prev_hash]
    if detail:
        fields.append(detail)
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def append(
    db: sqlite_utils.Database,
    *,
    staff_id: int | None,
    staff_name: str,
    action: str,
    client_id: int | None,
    outcome: str,
    at: str | None = None,
    flush: bool = True,
    detail: str = "",
) -> None:
    """Add one entry in its own transaction (or inside the caller's, if one is open).

    ``at`` is now, unless the entry records something that happened before it
    could be written (a wrong password, noted outside the file until a sign-in).

    ``flush=False`` is for an entry that records a read (a practitioner opening a
    client writes three): it is committed without waiting for the disk (WAL with
    ``synchronous=NORMAL``), which costs a fifth of a flushed commit.  A crash of
    the app loses nothing; a power cut can lose only the reads noted since the
    last flushed commit (the next change, or checkpoint, flushes them with it:
    the log is written in order).  Changes and refusals are always flushed.
    """
    at = at or datetime.now(UTC).isoformat(timespec="milliseconds")

    def insert() -> None:
        last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        entry_id, previous = (last[0] + 1, last[1]) if last else (1, "")
        digest = entry_hash(
            entry_id, at, staff_id, staff_name, action, client_id, outcome, previous, detail
        )
        columns = "id, at, staff_id, staff_name, action, client_id, outcome, prev_hash, hash"
        values = [entry_id, at, staff_id, staff_name, action, client_id, outcome, previous, digest]
        if detail:
            columns += ", detail"
            values.append(detail)
        db.execute(
            f"INSERT INTO audit_log ({columns}) VALUES ({', '.join('?' * len(values))})", values
        )

    if db.conn.in_transaction:
        insert()
        return
    if flush:
        with write(db):  # BEGIN IMMEDIATE: two connections never chain onto the same entry
            insert()
        return
    db.execute("PRAGMA synchronous=NORMAL")
    try:
        with write(db):
            insert()
    finally:
        db.execute("PRAGMA synchronous=FULL")


def entries(
    db: sqlite_utils.Database,
    *,
    client_id: int | None = None,
    staff_name: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 500,
) -> list[AuditEntry]:
    """The newest entries first, for one client, one person, between two times (UTC ISO:
    ``since`` included, ``until`` not), or all of them."""
    clauses: list[str] = []
    params: list[object] = []
    if client_id is not None:
        clauses.append("client_id = ?")
        params.append(client_id)
    if staff_name is not None:
        clauses.append("staff_name = ?")
        params.append(staff_name)
    if since is not None:
        clauses.append("at >= ?")
        params.append(since)
    if until is not None:
        clauses.append("at < ?")
        params.append(until)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = db.execute(
        "SELECT id, at, staff_id, staff_name, action, client_id, outcome FROM audit_log "
        f"{where} ORDER BY id DESC LIMIT ?",
        [*params, limit],
    )
    return [AuditEntry(*row) for row in rows]


def _has_detail(db: sqlite_utils.Database | Any) -> bool:
    """Does this file's trail have the ``detail`` column (migration 0015)?  A backup or an
    older file checked read-only may not."""
    return any(row[1] == "detail" for row in db.execute("PRAGMA table_info(audit_log)"))


SEAL_ACTION = "questionnaires.seal"


def seal_detail(response_id: int, sha256: str) -> str:
    """What a seal entry vouches for: the response and the hash sealed with it."""
    return json.dumps({"response": response_id, "sha256": sha256}, separators=(",", ":"))


def seal_anchors(db: sqlite_utils.Database | Any) -> dict[int, tuple[str, int | None]]:
    """Response id -> (the hash its FIRST seal entry vouches for, its client id).

    The first one only: an entry appended later for the same response (someone
    re-sealing a record they changed) vouches for nothing.  Empty for a file
    whose trail has no ``detail`` column yet.
    """
    if not _has_detail(db):
        return {}
    anchors: dict[int, tuple[str, int | None]] = {}
    rows = db.execute(
        "SELECT detail, client_id FROM audit_log WHERE action = ? ORDER BY id", [SEAL_ACTION]
    )
    for detail, client_id in rows:
        try:
            item = json.loads(detail)
            response_id, digest = int(item["response"]), str(item["sha256"])
        except (TypeError, ValueError, KeyError):
            continue
        anchors.setdefault(response_id, (digest, client_id))
    return anchors


_CLIENT_COLUMN = {
    "sessions": "client_id",
    "photos": "client_id",
    "responses": "client_id",
    "designs": "client_id",
    "payments": "client_id",
    "plans": "client_id",
}


def client_of_record(db: sqlite_utils.Database, table: str, record_id: int) -> int | None:
    """The client a session, photo, response, design, payment or plan belongs to, for its
    audit entry."""
    if table not in _CLIENT_COLUMN:
        raise ValueError(table)
    row = db.execute(
        f"SELECT {_CLIENT_COLUMN[table]} FROM {table} WHERE id = ?", [record_id]
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def head(db: sqlite_utils.Database) -> tuple[int, str] | None:
    """The newest entry's id and hash: what a backup anchors."""
    row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def first_broken_link(
    db: sqlite_utils.Database, anchor: tuple[int, str] | None = None
) -> tuple[int, str] | None:
    """None when the chain holds; else the first entry id where it breaks, and how.

    ``anchor`` (an id and hash recorded outside the file, by a backup) must
    still be in the chain: entries cut off the end are caught that way.
    """
    previous, expected_id = "", 1
    found_anchor = anchor is None
    detail = "detail" if _has_detail(db) else "''"
    rows = db.execute(
        "SELECT id, at, staff_id, staff_name, action, client_id, outcome, prev_hash, hash, "
        f"{detail} FROM audit_log ORDER BY id"
    )
    for row in rows:
        entry_id, prev, digest = row[0], row[7], row[8]
        if entry_id != expected_id:
            return expected_id, "an entry is missing"
        if prev != previous:
            return entry_id, "it does not follow the entry before it"
        at, staff_id, staff_name, action, client_id, outcome = row[1:7]
        fields = (entry_id, at, staff_id, staff_name, action, client_id, outcome, prev)
        if entry_hash(*fields, detail=row[9] or "") != digest:
            return entry_id, "it was changed after it was written"
        if anchor is not None and entry_id == anchor[0]:
            if digest != anchor[1]:
                return entry_id, "it differs from the copy anchored by a backup"
            found_anchor = True
        previous, expected_id = digest, entry_id + 1
    if not found_anchor and anchor is not None:
        return anchor[0], "entries recorded by a backup are gone from the end of the trail"
    return None


ANCHOR_NAME = "audit-anchor.json"


def write_anchor(db: sqlite_utils.Database, folder: Path) -> None:
    """Record the chain's newest link beside the backups (replaced at every backup)."""
    newest = head(db)
    if newest is None:
        return
    target = Path(folder) / ANCHOR_NAME
    scratch = target.with_name(f".{ANCHOR_NAME}.tmp")
    scratch.write_text(json.dumps({"id": newest[0], "hash": newest[1]}), encoding="utf-8")
    scratch.chmod(0o600)
    scratch.replace(target)


def read_anchor(folder: Path) -> tuple[int, str] | None:
    """The anchor a backup left, or None (none yet, or not readable as one)."""
    path = Path(folder) / ANCHOR_NAME
    try:
        if not path.is_file() or path.stat().st_size > 4096:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (
        isinstance(data, dict)
        and isinstance(data.get("id"), int)
        and isinstance(data.get("hash"), str)
    ):
        return data["id"], data["hash"]
    return None


__all__ = [
    "ANCHOR_NAME",
    "AuditEntry",
    "append",
    "client_of_record",
    "entries",
    "entry_hash",
    "first_broken_link",
    "head",
    "read_anchor",
    "seal_anchors",
    "seal_detail",
    "write_anchor",
]
