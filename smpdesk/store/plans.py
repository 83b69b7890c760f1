"""Treatment plans: saved as versions, accepted once (migration 0023).

A row is one version of a client's plan: the plan as JSON (integer minor units
with the currency, :mod:`smpdesk.domain.plans`), its total and deposit in columns
so lists never read the JSON, who saved it and when.  Editing saves a new row
(``replaces`` names the version it was edited from; ``version`` is one more than
the client's highest, numbered inside the write so two saves at once never share
a number); a trigger refuses any change of a stored version.  Acceptance (the
client's signature PNG, the name signed, the time) is written once; a second
trigger refuses any later change of it.

Like designs, reads take the ids a client's records are filed under
(:func:`smpdesk.store.merge.client_ids`); a merge moves the rows (``client_id`` is
the one column the trigger lets change) and an erasure finds them through their
foreign key to the client.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from smpdesk.store.database import inserted_id, write
from smpdesk.store.staff import actor_of

_ROW_COLUMNS = (
    "id, client_id, version, replaces, design_id, data, currency, total_minor, deposit_minor, "
    "valid_until, created_by_name, created_at, accepted_at, accepted_name"
)
_SUMMARY_COLUMNS = (
    "id, client_id, version, replaces, design_id, currency, total_minor, deposit_minor, "
    "valid_until, created_by_name, created_at, accepted_at, accepted_name"
)


@dataclass(frozen=True)
class StoredPlan:
    """One version as stored (``data`` is the plan's JSON), without the signature."""

    id: int
    client_id: int
    version: int
    replaces: int | None
    design_id: int | None
    data: str
    currency: str
    total_minor: int
    deposit_minor: int
    valid_until: str
    created_by_name: str
    created_at: str
    accepted_at: str | None
    accepted_name: str


@dataclass(frozen=True)
class PlanRow:
    """A version in a client's list, read without the JSON."""

    id: int
    client_id: int
    version: int
    replaces: int | None
    design_id: int | None
    currency: str
    total_minor: int
    deposit_minor: int
    valid_until: str
    created_by_name: str
    created_at: str
    accepted_at: str | None
    accepted_name: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _marks(ids: Sequence[int]) -> str:
    if not ids:
        raise ValueError("at least one client id")
    return ", ".join("?" for _ in ids)


def insert_plan(
    db: sqlite_utils.Database,
    client_id: int,
    *,
    data: str,
    currency: str,
    total_minor: int,
    deposit_minor: int,
    valid_until: str,
    created_by_name: str,
    replaces: int | None = None,
    design_id: int | None = None,
    filed_under: Sequence[int] = (),
    now: str | None = None,
) -> int:
    """Store a new version numbered after the highest of ``filed_under`` (the client
    alone when empty); the checks (whose plan, whose design) are the caller's."""
    ids = list(filed_under) or [client_id]
    with write(db):
        cursor = db.execute(
            "INSERT INTO plans (client_id, version, replaces, design_id, data, currency, "
            "total_minor, deposit_minor, valid_until, created_by, created_by_name, created_at) "
            "VALUES (?, (SELECT coalesce(max(version), 0) + 1 FROM plans "
            f"WHERE client_id IN ({_marks(ids)})), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                client_id,
                *ids,
                replaces,
                design_id,
                data,
                currency,
                total_minor,
                deposit_minor,
                valid_until,
                actor_of(db),
                created_by_name,
                now or _now(),
            ],
        )
        return inserted_id(cursor)


def get_plan(db: sqlite_utils.Database, plan_id: int) -> StoredPlan | None:
    row = db.execute(f"SELECT {_ROW_COLUMNS} FROM plans WHERE id = ?", [plan_id]).fetchone()
    return StoredPlan(*row) if row else None


def client_plans(db: sqlite_utils.Database, client_ids: Sequence[int]) -> list[PlanRow]:
    """The versions filed under ``client_ids``, newest first (by when they were saved)."""
    rows = db.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM plans WHERE client_id IN ({_marks(client_ids)}) "
        "ORDER BY created_at DESC, id DESC",
        list(client_ids),
    ).fetchall()
    return [PlanRow(*row) for row in rows]


def newest_accepted(db: sqlite_utils.Database, client_ids: Sequence[int]) -> StoredPlan | None:
    """The version accepted last (by acceptance time), or None."""
    row = db.execute(
        f"SELECT {_ROW_COLUMNS} FROM plans WHERE client_id IN ({_marks(client_ids)}) "
        "AND accepted_at IS NOT NULL ORDER BY accepted_at DESC, id DESC LIMIT 1",
        list(client_ids),
    ).fetchone()
    return StoredPlan(*row) if row else None


def plan_signature(db: sqlite_utils.Database, plan_id: int) -> bytes | None:
    """The client's signature PNG on an accepted version; None before acceptance."""
    row = db.execute("SELECT accepted_signature FROM plans WHERE id = ?", [plan_id]).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def accept(
    db: sqlite_utils.Database,
    plan_id: int,
    *,
    signature: bytes,
    signed_name: str,
    now: str | None = None,
) -> bool:
    """Record the client's acceptance; False when the version is gone or already accepted."""
    with write(db):
        cursor = db.execute(
            "UPDATE plans SET accepted_at = ?, accepted_signature = ?, accepted_name = ? "
            "WHERE id = ? AND accepted_at IS NULL",
            [now or _now(), signature, signed_name, plan_id],
        )
        return cursor.rowcount == 1


__all__ = [
    "PlanRow",
    "StoredPlan",
    "accept",
    "client_plans",
    "get_plan",
    "insert_plan",
    "newest_accepted",
    "plan_signature",
]
