"""The audit trail as stored: one row per use case done or refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

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


def append(
    db: sqlite_utils.Database,
    *,
    staff_id: int | None,
    staff_name: str,
    action: str,
    client_id: int | None,
    outcome: str,
) -> None:
    """Add one entry in its own transaction (or inside the caller's, if one is open)."""
    values = [
        datetime.now(UTC).isoformat(timespec="milliseconds"),
        staff_id,
        staff_name,
        action,
        client_id,
        outcome,
    ]
    sql = (
        "INSERT INTO audit_log (at, staff_id, staff_name, action, client_id, outcome) "
        "VALUES (?, ?, ?, ?, ?, ?)"
    )
    if db.conn.in_transaction:
        db.execute(sql, values)
        return
    with write(db):
        db.execute(sql, values)


def entries(
    db: sqlite_utils.Database, *, client_id: int | None = None, limit: int = 500
) -> list[AuditEntry]:
    """The newest entries first, for one client or for the whole clinic."""
    where, params = ("WHERE client_id = ?", [client_id]) if client_id is not None else ("", [])
    rows = db.execute(
        "SELECT id, at, staff_id, staff_name, action, client_id, outcome FROM audit_log "
        f"{where} ORDER BY id DESC LIMIT ?",
        [*params, limit],
    )
    return [AuditEntry(*row) for row in rows]


__all__ = ["AuditEntry", "append", "entries"]
