"""Staff accounts as stored in the clinic file (names, roles, PIN hashes)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import sqlite_utils

from smpdesk.domain.staff import Role, Staff
from smpdesk.store.database import inserted_id, write

_COLUMNS = "id, login, display_name, role, disabled"


def actor_of(db: sqlite_utils.Database) -> int | None:
    """The staff member signed in on this connection, stamped on every row written.

    The clinic handle (``app.clinic.Clinic``) carries it as ``actor_id``; a
    bare database (a script, a migration, the demo) names nobody.
    """
    actor = getattr(db, "actor_id", None)
    return actor if isinstance(actor, int) else None


@contextmanager
def _writing(db: sqlite_utils.Database) -> Iterator[None]:
    """Inside the caller's transaction if one is open (an account's row and its key file
    are saved together), else in one of its own."""
    if db.conn.in_transaction:
        yield
        return
    with write(db):
        yield


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _staff(row: tuple[int, str, str, str, int]) -> Staff:
    return Staff(row[0], row[1], row[2], Role(row[3]), bool(row[4]))


def list_staff(db: sqlite_utils.Database) -> list[Staff]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM staff ORDER BY display_name COLLATE NOCASE, id")
    return [_staff(row) for row in rows]


def get_staff(db: sqlite_utils.Database, staff_id: int) -> Staff | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", [staff_id]).fetchone()
    return _staff(row) if row else None


def find_staff(db: sqlite_utils.Database, login: str) -> Staff | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM staff WHERE login = ?", [login]).fetchone()
    return _staff(row) if row else None


def insert_staff(db: sqlite_utils.Database, login: str, display_name: str, role: Role) -> int:
    now = _now()
    with _writing(db):
        cursor = db.execute(
            "INSERT INTO staff (login, display_name, role, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [login, display_name, str(role), now, now],
        )
        return inserted_id(cursor)


def update_staff(
    db: sqlite_utils.Database,
    staff_id: int,
    *,
    display_name: str | None = None,
    role: Role | None = None,
    disabled: bool | None = None,
) -> None:
    changes: dict[str, object] = {}
    if display_name is not None:
        changes["display_name"] = display_name
    if role is not None:
        changes["role"] = str(role)
    if disabled is not None:
        changes["disabled"] = int(disabled)
    if not changes:
        return
    changes["updated_at"] = _now()
    assignments = ", ".join(f"{column} = ?" for column in changes)
    with _writing(db):
        db.execute(f"UPDATE staff SET {assignments} WHERE id = ?", [*changes.values(), staff_id])


def pin_hash(db: sqlite_utils.Database, staff_id: int) -> str | None:
    row = db.execute("SELECT pin_hash FROM staff WHERE id = ?", [staff_id]).fetchone()
    return row[0] if row else None


def set_pin_hash(db: sqlite_utils.Database, staff_id: int, hashed: str | None) -> None:
    with _writing(db):
        db.execute(
            "UPDATE staff SET pin_hash = ?, updated_at = ? WHERE id = ?",
            [hashed, _now(), staff_id],
        )


def count_owners(db: sqlite_utils.Database) -> int:
    """Enabled owner accounts: the last one may not be disabled or demoted."""
    return int(
        db.execute("SELECT count(*) FROM staff WHERE role = 'owner' AND NOT disabled").fetchone()[0]
    )


__all__ = [
    "actor_of",
    "count_owners",
    "find_staff",
    "get_staff",
    "insert_staff",
    "list_staff",
    "pin_hash",
    "set_pin_hash",
    "update_staff",
]
