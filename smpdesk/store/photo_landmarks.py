"""The two landmarks marked on a photo, so a before/after pair lines up (issue 17).

One row per photo in ``photo_landmarks`` (migration 0020): the points as JSON in
normalised coordinates of the photo (:mod:`smpdesk.domain.alignment`), who marked
them and when.  Marking again replaces the row; deleting the photo deletes it (a
foreign key with ON DELETE CASCADE), and erasing a client finds it through that
same key.  A row read back is hostile input: one that does not parse reads as "not
marked" (the photo is simply marked again), never as an error that blocks the
compare window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from smpdesk.domain.alignment import (
    AlignmentError,
    Landmarks,
    landmarks_from_json,
    landmarks_to_json,
)
from smpdesk.store.database import write
from smpdesk.store.staff import actor_of


@dataclass(frozen=True)
class PhotoLandmarks:
    photo_id: int
    points: Landmarks
    set_by: int | None
    set_at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def set_photo_landmarks(db: sqlite_utils.Database, photo_id: int, points: Landmarks) -> bool:
    """Store (or replace) the photo's landmarks; False when there is no such photo.

    The points are checked before anything is written (AlignmentError): nothing
    unusable is ever stored.
    """
    text = landmarks_to_json(points)
    with write(db):
        if db.execute("SELECT 1 FROM photos WHERE id = ?", [photo_id]).fetchone() is None:
            return False
        db.execute(
            "INSERT INTO photo_landmarks (photo_id, points, set_by, set_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (photo_id) DO UPDATE SET points = excluded.points, "
            "set_by = excluded.set_by, set_at = excluded.set_at",
            [photo_id, text, actor_of(db), _now()],
        )
    return True


def photo_landmarks(db: sqlite_utils.Database, photo_id: int) -> PhotoLandmarks | None:
    """The photo's landmarks; None when it has none or what is stored is unusable."""
    row = db.execute(
        "SELECT points, set_by, set_at FROM photo_landmarks WHERE photo_id = ?", [photo_id]
    ).fetchone()
    if row is None:
        return None
    text, set_by, set_at = row
    try:
        points = landmarks_from_json(text)
    except AlignmentError:
        return None
    return PhotoLandmarks(
        photo_id,
        points,
        set_by if isinstance(set_by, int) else None,
        set_at if isinstance(set_at, str) else "",
    )


def clear_photo_landmarks(db: sqlite_utils.Database, photo_id: int) -> bool:
    """Forget the photo's landmarks; True if it had any (readable or not)."""
    with write(db):
        cursor = db.execute("DELETE FROM photo_landmarks WHERE photo_id = ?", [photo_id])
    return cursor.rowcount == 1


__all__ = ["PhotoLandmarks", "clear_photo_landmarks", "photo_landmarks", "set_photo_landmarks"]
