"""Hairline designs: saved as versions, approved once (migration 0020).

A row is one version of a client's design: the description as JSON (in
normalised coordinates of its base, :mod:`smpdesk.domain.designs`), the SMP
preview and the plan thumbnail as they were rendered when it was saved, who
saved it and when.  Editing a design saves a new row (``replaces`` names the
version it was drawn from; ``version`` is one more than the client's highest);
a trigger refuses any change to a stored version, so what a client signed is
what stays.  The approval (the client's signature PNG, the name they signed
as, the time) is written once, on a row without one; a second trigger refuses
any later change of it.

A merge moves a client's designs with the other rows (``client_id`` is the one
column the triggers let change), numbers as they were: two versions may then
share a number, told apart by id and date.  Reads take the list of ids a
client's records are filed under (:func:`smpdesk.store.merge.client_ids`), so a
row a merge left behind is still found.  An erasure finds the rows through
their foreign key to the client, like every other table.

The list reads never load the JSON or the images: the base, the number of
zones and the approval come from SQLite's JSON functions, guarded by
``json_valid`` (a crafted row must not break the list).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from smpdesk.store.database import inserted_id, write
from smpdesk.store.staff import actor_of

_ROW_COLUMNS = (
    "d.id, d.client_id, d.version, d.replaces, d.base_photo_id, d.data, d.created_by, "
    "d.created_by_name, d.created_at, d.approved_at, d.approved_name"
)
# The list: everything but the JSON and the images, with what the JSON says of the base.
_SUMMARY_COLUMNS = (
    "d.id, d.client_id, d.version, d.replaces, d.base_photo_id, d.created_by_name, "
    "d.created_at, d.approved_at, d.approved_name, "
    "CASE WHEN json_valid(d.data) AND json_type(d.data, '$.zones') = 'array' "
    "THEN json_array_length(d.data, '$.zones') ELSE 0 END, "
    "CASE WHEN json_valid(d.data) THEN json_extract(d.data, '$.base.outline') END, "
    "p.angle, p.visit_date"
)


@dataclass(frozen=True)
class StoredDesign:
    """One version as stored, without its images (``data`` is the design's JSON)."""

    id: int
    client_id: int
    version: int
    replaces: int | None
    base_photo_id: int | None
    data: str
    created_by: int | None
    created_by_name: str
    created_at: str
    approved_at: str | None
    approved_name: str


@dataclass(frozen=True)
class DesignRow:
    """A version in a client's list: what the list shows, read without the JSON or images.

    ``photo_angle`` and ``photo_visit`` are None when the base is an outline, or a
    photo deleted since (``base_photo_id`` still names it).
    """

    id: int
    client_id: int
    version: int
    replaces: int | None
    base_photo_id: int | None
    created_by_name: str
    created_at: str
    approved_at: str | None
    approved_name: str
    zones: int
    outline: str | None
    photo_angle: str | None
    photo_visit: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _marks(ids: Sequence[int]) -> str:
    if not ids:
        raise ValueError("at least one client id")
    return ", ".join("?" for _ in ids)


def insert_design(
    db: sqlite_utils.Database,
    client_id: int,
    *,
    data: str,
    base_photo_id: int | None,
    preview: bytes,
    thumbnail: bytes,
    created_by_name: str,
    replaces: int | None = None,
    filed_under: Sequence[int] = (),
    now: str | None = None,
) -> int:
    """Store a new version; its number is one more than the highest of the client's.

    ``filed_under``: every id the client's records are filed under (the client and
    the records merged into them), so a number is never reused after a merge; the
    client alone when empty.  Numbered inside the write, so two saves at once never
    take the same number.  The checks (whose photo, whose design) are the caller's.
    """
    ids = list(filed_under) or [client_id]
    with write(db):
        cursor = db.execute(
            "INSERT INTO designs (client_id, version, replaces, base_photo_id, data, preview, "
            "thumbnail, created_by, created_by_name, created_at) VALUES (?, "
            "(SELECT coalesce(max(version), 0) + 1 FROM designs "
            f"WHERE client_id IN ({_marks(ids)})), "
            "?, ?, ?, ?, ?, ?, ?, ?)",
            [
                client_id,
                *ids,
                replaces,
                base_photo_id,
                data,
                preview,
                thumbnail,
                actor_of(db),
                created_by_name,
                now or _now(),
            ],
        )
        return inserted_id(cursor)


def get_design(db: sqlite_utils.Database, design_id: int) -> StoredDesign | None:
    row = db.execute(f"SELECT {_ROW_COLUMNS} FROM designs d WHERE d.id = ?", [design_id]).fetchone()
    return StoredDesign(*row) if row else None


def client_designs(db: sqlite_utils.Database, client_ids: Sequence[int]) -> list[DesignRow]:
    """The versions filed under ``client_ids``, newest first (by when they were saved)."""
    rows = db.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM designs d LEFT JOIN photos p ON p.id = d.base_photo_id "
        f"WHERE d.client_id IN ({_marks(client_ids)}) ORDER BY d.created_at DESC, d.id DESC",
        list(client_ids),
    ).fetchall()
    return [
        DesignRow(
            id=row[0],
            client_id=row[1],
            version=row[2],
            replaces=row[3],
            base_photo_id=row[4],
            created_by_name=row[5],
            created_at=row[6],
            approved_at=row[7],
            approved_name=row[8],
            zones=int(row[9] or 0),
            outline=row[10] if isinstance(row[10], str) else None,  # crafted: any JSON value
            photo_angle=row[11],
            photo_visit=row[12],
        )
        for row in rows
    ]


def newest_design(db: sqlite_utils.Database, client_ids: Sequence[int]) -> StoredDesign | None:
    row = db.execute(
        f"SELECT {_ROW_COLUMNS} FROM designs d WHERE d.client_id IN ({_marks(client_ids)}) "
        "ORDER BY d.created_at DESC, d.id DESC LIMIT 1",
        list(client_ids),
    ).fetchone()
    return StoredDesign(*row) if row else None


def approvals(db: sqlite_utils.Database, client_ids: Sequence[int]) -> list[tuple[int, str]]:
    """(design id, approved_at) of every approved version, newest approval first."""
    rows = db.execute(
        f"SELECT id, approved_at FROM designs WHERE client_id IN ({_marks(client_ids)}) "
        "AND approved_at IS NOT NULL ORDER BY approved_at DESC, id DESC",
        list(client_ids),
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


def design_counts(db: sqlite_utils.Database, client_ids: Sequence[int]) -> tuple[int, str | None]:
    """How many versions, and the newest approval time (None if none is approved)."""
    row = db.execute(
        f"SELECT count(*), max(approved_at) FROM designs WHERE client_id IN ({_marks(client_ids)})",
        list(client_ids),
    ).fetchone()
    return int(row[0]), row[1]


def _blob(db: sqlite_utils.Database, column: str, design_id: int) -> bytes | None:
    row = db.execute(f"SELECT {column} FROM designs WHERE id = ?", [design_id]).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def design_preview(db: sqlite_utils.Database, design_id: int) -> bytes | None:
    """The SMP preview JPEG as rendered when the version was saved."""
    return _blob(db, "preview", design_id)


def design_thumbnail(db: sqlite_utils.Database, design_id: int) -> bytes | None:
    """The plan drawing, small, as rendered when the version was saved."""
    return _blob(db, "thumbnail", design_id)


def design_signature(db: sqlite_utils.Database, design_id: int) -> bytes | None:
    """The client's signature PNG of an approved version; None before approval."""
    return _blob(db, "approved_signature", design_id)


def approve(
    db: sqlite_utils.Database,
    design_id: int,
    *,
    signature: bytes,
    signed_name: str,
    now: str | None = None,
) -> bool:
    """Record the client's approval; False when the version is gone or already approved."""
    with write(db):
        cursor = db.execute(
            "UPDATE designs SET approved_at = ?, approved_signature = ?, approved_name = ? "
            "WHERE id = ? AND approved_at IS NULL",
            [now or _now(), signature, signed_name, design_id],
        )
        return cursor.rowcount == 1


__all__ = [
    "DesignRow",
    "StoredDesign",
    "approvals",
    "approve",
    "client_designs",
    "design_counts",
    "design_preview",
    "design_signature",
    "design_thumbnail",
    "get_design",
    "insert_design",
    "newest_design",
]
