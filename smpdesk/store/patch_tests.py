"""Patch tests: recorded once, corrected only by a new version (migration 0018).

A row is one version of one patch test.  A later version (the reading added
days after the pigment was applied, or a mistake put right) is a new row whose
``replaces`` names the version before it, with the reason; a trigger refuses
any change to a stored version, so nothing recorded is silently edited.  The
*current* patch tests are the versions nothing replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from smpdesk.store.database import inserted_id, write
from smpdesk.store.staff import actor_of

RESULTS = ("pending", "negative", "positive", "inconclusive")
_COLUMNS = (
    "id, client_id, replaces, applied_on, pigment, lot, area, result, read_on, read_by, "
    "notes, reason, recorded_by, recorded_at"
)


@dataclass(frozen=True)
class PatchTest:
    """One version of a patch test as stored (dates are ISO ``YYYY-MM-DD``)."""

    id: int
    client_id: int
    replaces: int | None
    applied_on: str
    pigment: str
    lot: str
    area: str
    result: str
    read_on: str | None
    read_by: str
    notes: str
    reason: str
    recorded_by: int | None
    recorded_at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def insert_patch_test(
    db: sqlite_utils.Database,
    client_id: int,
    *,
    applied_on: str,
    pigment: str,
    lot: str,
    area: str,
    result: str,
    read_on: str | None,
    read_by: str,
    notes: str,
    replaces: int | None = None,
    reason: str = "",
    now: str | None = None,
) -> int:
    """Store one version; the checks (dates, result, who may) are the caller's."""
    with write(db):
        cursor = db.execute(
            "INSERT INTO patch_tests (client_id, replaces, applied_on, pigment, lot, area, "
            "result, read_on, read_by, notes, reason, recorded_by, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                client_id,
                replaces,
                applied_on,
                pigment,
                lot,
                area,
                result,
                read_on,
                read_by,
                notes,
                reason,
                actor_of(db),
                now or _now(),
            ],
        )
        return inserted_id(cursor)


def get_patch_test(db: sqlite_utils.Database, test_id: int) -> PatchTest | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM patch_tests WHERE id = ?", [test_id]).fetchone()
    return PatchTest(*row) if row else None


def replaced(db: sqlite_utils.Database, test_id: int) -> bool:
    """Has a later version replaced this one?"""
    found = db.execute("SELECT 1 FROM patch_tests WHERE replaces = ?", [test_id]).fetchone()
    return found is not None


def client_patch_tests(db: sqlite_utils.Database, client_id: int) -> list[PatchTest]:
    """The client's current patch tests (versions nothing replaces), newest applied first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM patch_tests AS p WHERE client_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM patch_tests AS later WHERE later.replaces = p.id) "
        "ORDER BY applied_on DESC, id DESC",
        [client_id],
    ).fetchall()
    return [PatchTest(*row) for row in rows]


def versions_of(db: sqlite_utils.Database, test_id: int) -> list[PatchTest]:
    """Every version of the patch test ``test_id`` belongs to, oldest first."""
    first = test_id
    while True:
        row = db.execute("SELECT replaces FROM patch_tests WHERE id = ?", [first]).fetchone()
        if row is None or row[0] is None:
            break
        first = row[0]
    chain: list[PatchTest] = []
    current: int | None = first
    while current is not None:
        test = get_patch_test(db, current)
        if test is None:
            break
        chain.append(test)
        row = db.execute("SELECT id FROM patch_tests WHERE replaces = ?", [current]).fetchone()
        current = row[0] if row else None
    return chain


__all__ = [
    "RESULTS",
    "PatchTest",
    "client_patch_tests",
    "get_patch_test",
    "insert_patch_test",
    "replaced",
    "versions_of",
]
