"""Client photos: metadata in ``photos``, bytes in their own tables.

Listing reads only the metadata table, so a gallery of hundreds of photos
never drags megabytes through SQLite; thumbnails and full images are fetched
by id when shown.  A photo and its bytes are written in one transaction, so
a failure or a cancel never leaves half a photo behind.

A photo's tags (visit date, angle, consent, session) keep every earlier
version: each change (a retag, a marketing withdrawal) copies the tags it
replaces into ``photo_versions`` in the same transaction, with who and when.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import sqlite_utils

from smpdesk.store.database import db_path, erase_checkpoint, inserted_id, sqlite_errors, write
from smpdesk.store.space import GIVE_BACK_PAGES, give_back_free_pages
from smpdesk.store.staff import actor_of

ANGLES: dict[str, str] = {
    "front": "Front hairline",
    "left": "Left temple",
    "right": "Right temple",
    "top": "Top",
    "crown": "Crown",
    "back": "Back / donor area",
    "close-up": "Close-up",
    "other": "Other",
}

CONSENTS: dict[str, str] = {
    "clinical": "Clinical record only",
    "marketing": "Marketing allowed",
}

_COLUMNS = (
    "id",
    "client_id",
    "session_id",
    "visit_date",
    "angle",
    "consent",
    "captured_at",
    "width",
    "height",
    "thumb_width",
    "thumb_height",
    "content_hash",
    "source_name",
    "source_format",
    "imported_at",
)
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM photos"


@dataclass(frozen=True)
class Photo:
    id: int
    client_id: int
    session_id: int | None
    visit_date: str
    angle: str
    consent: str
    captured_at: str | None
    width: int
    height: int
    thumb_width: int
    thumb_height: int
    content_hash: str
    source_name: str
    source_format: str
    imported_at: str


@dataclass(frozen=True)
class NewPhoto:
    client_id: int
    visit_date: str
    angle: str
    consent: str
    session_id: int | None
    captured_at: str | None
    width: int
    height: int
    thumb_width: int
    thumb_height: int
    content_hash: str
    source_name: str
    source_format: str
    image: bytes
    thumbnail: bytes


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class PhotoTags:
    """The tags of a photo a person may change; the picture itself never changes."""

    visit_date: str
    angle: str
    consent: str
    session_id: int | None

    @classmethod
    def of(cls, photo: Photo) -> PhotoTags:
        return cls(photo.visit_date, photo.angle, photo.consent, photo.session_id)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, text: str) -> PhotoTags:
        """Tags as stored in a version; an unreadable one reads as empty, never raises."""
        try:
            data = json.loads(text)
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        session = data.get("session_id")
        return cls(
            str(data.get("visit_date") or ""),
            str(data.get("angle") or ""),
            str(data.get("consent") or ""),
            session if isinstance(session, int) else None,
        )


TAG_NAMES = tuple(PhotoTags.__dataclass_fields__)
# What replaced a version: a change made on the photo, or a consent withdrawn.
EDIT = "edit"
MARKETING_WITHDRAWN = "marketing withdrawn"


@dataclass(frozen=True)
class PhotoVersion:
    """One earlier version of a photo's tags, and who replaced them, when and how."""

    version: int
    tags: PhotoTags
    replaced_at: str
    replaced_by: int | None
    replaced_by_name: str  # the staff member, on a protected clinic
    kind: str  # EDIT or MARKETING_WITHDRAWN


def _tags_of(db: sqlite_utils.Database, ids: list[int]) -> dict[int, tuple[int, PhotoTags]]:
    """Each photo's client and tags, by id."""
    found: dict[int, tuple[int, PhotoTags]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for photo_id, client_id, *tags in db.execute(
            "SELECT id, client_id, visit_date, angle, consent, session_id FROM photos "
            f"WHERE id IN ({marks})",
            chunk,
        ):
            found[photo_id] = (client_id, PhotoTags(*tags))
    return found


def _keep_changed_versions(
    db: sqlite_utils.Database, before: dict[int, tuple[int, PhotoTags]], kind: str
) -> int:
    """Inside the caller's write, after its change: the tags each photo had before, for
    every photo whose tags the change really altered; how many."""
    after = _tags_of(db, list(before))
    now, actor, kept = _now(), actor_of(db), 0
    for photo_id, (client_id, tags) in before.items():
        if photo_id not in after or after[photo_id][1] == tags:
            continue
        db.execute(
            "INSERT INTO photo_versions "
            "(photo_id, client_id, version, details, kind, replaced_at, replaced_by) "
            "VALUES (?, ?, (SELECT coalesce(max(version), 0) + 1 FROM photo_versions "
            "WHERE photo_id = ?), ?, ?, ?, ?)",
            [
                photo_id,
                client_id,
                photo_id,
                json.dumps(tags.as_dict(), ensure_ascii=False),
                kind,
                now,
                actor,
            ],
        )
        kept += 1
    return kept


def photo_versions(db: sqlite_utils.Database, photo_id: int) -> list[PhotoVersion]:
    """Earlier versions of the photo's tags, oldest first (the photo itself is the newest)."""
    rows = db.execute(
        "SELECT v.version, v.details, v.replaced_at, v.replaced_by, "
        "coalesce(st.display_name, ''), v.kind FROM photo_versions v "
        "LEFT JOIN staff st ON st.id = v.replaced_by "
        "WHERE v.photo_id = ? ORDER BY v.version",
        [photo_id],
    )
    return [
        PhotoVersion(version, PhotoTags.from_json(details), at, by, name, kind)
        for version, details, at, by, name, kind in rows
    ]


def edited_photo_ids(db: sqlite_utils.Database, client_id: int) -> set[int]:
    """The client's photos whose tags were changed since import (the gallery marks them)."""
    rows = db.execute(
        "SELECT DISTINCT photo_id FROM photo_versions WHERE client_id = ?", [client_id]
    )
    return {int(r[0]) for r in rows}


def insert_photo(db: sqlite_utils.Database, photo: NewPhoto) -> int:
    meta = {name: getattr(photo, name) for name in _COLUMNS if name not in ("id", "imported_at")}
    meta["imported_at"] = _now()
    meta["created_by"] = meta["changed_by"] = actor_of(db)
    with write(db):
        cursor = db.execute(
            f"INSERT INTO photos ({', '.join(meta)}) VALUES ({', '.join('?' for _ in meta)})",
            list(meta.values()),
        )
        photo_id = inserted_id(cursor)
        db.execute(
            "INSERT INTO photo_images (photo_id, image) VALUES (?, ?)", [photo_id, photo.image]
        )
        db.execute(
            "INSERT INTO photo_thumbnails (photo_id, thumbnail) VALUES (?, ?)",
            [photo_id, photo.thumbnail],
        )
    return photo_id


def find_by_hash(db: sqlite_utils.Database, client_id: int, content_hash: str) -> Photo | None:
    row = db.execute(
        f"{_SELECT} WHERE client_id = ? AND content_hash = ?", [client_id, content_hash]
    ).fetchone()
    return Photo(*row) if row else None


def find_any_by_hash(db: sqlite_utils.Database, content_hash: str) -> Photo | None:
    row = db.execute(f"{_SELECT} WHERE content_hash = ? LIMIT 1", [content_hash]).fetchone()
    return Photo(*row) if row else None


def session_on(db: sqlite_utils.Database, client_id: int, visit_date: str) -> int | None:
    """The client's session on that day, if one was recorded (and not deleted)."""
    row = db.execute(
        "SELECT id FROM sessions WHERE client_id = ? AND session_date = ? "
        "AND deleted_at IS NULL ORDER BY id LIMIT 1",
        [client_id, visit_date],
    ).fetchone()
    return row[0] if row else None


def get_photo(db: sqlite_utils.Database, photo_id: int) -> Photo | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [photo_id]).fetchone()
    return Photo(*row) if row else None


def client_photos(
    db: sqlite_utils.Database, client_id: int, *, angle: str | None = None
) -> list[Photo]:
    """A client's photos, newest visit first, then by angle order and import."""
    sql = f"{_SELECT} WHERE client_id = ?"
    params: list[object] = [client_id]
    if angle:
        sql += " AND angle = ?"
        params.append(angle)
    sql += " ORDER BY visit_date DESC, imported_at, id"
    return [Photo(*r) for r in db.execute(sql, params)]


def photo_image(db: sqlite_utils.Database, photo_id: int) -> bytes | None:
    row = db.execute("SELECT image FROM photo_images WHERE photo_id = ?", [photo_id]).fetchone()
    return bytes(row[0]) if row else None


def photo_thumbnails(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, bytes]:
    ids = list(ids)
    found: dict[int, bytes] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for photo_id, data in db.execute(
            f"SELECT photo_id, thumbnail FROM photo_thumbnails WHERE photo_id IN ({marks})", chunk
        ):
            found[photo_id] = bytes(data)
    return found


def withdraw_marketing(db: sqlite_utils.Database, client_id: int) -> int:
    """Every photo of the client marked for marketing becomes clinical only; how many.

    Each keeps its earlier tags as a version of kind "marketing withdrawn".
    """
    with write(db):
        ids = [
            row[0]
            for row in db.execute(
                "SELECT id FROM photos WHERE client_id = ? AND consent = 'marketing'", [client_id]
            )
        ]
        before = _tags_of(db, ids)
        cursor = db.execute(
            "UPDATE photos SET consent = 'clinical', changed_by = ? "
            "WHERE client_id = ? AND consent = 'marketing'",
            [actor_of(db), client_id],
        )
        _keep_changed_versions(db, before, MARKETING_WITHDRAWN)
        return int(cursor.rowcount)


def update_photos(
    db: sqlite_utils.Database,
    ids: Iterable[int],
    *,
    angle: str | None = None,
    visit_date: str | None = None,
    consent: str | None = None,
    session_id: int | None = None,
) -> int:
    """Change tags on many photos at once; returns how many rows changed.

    Every photo whose tags really change keeps its earlier ones as a version, in
    the same transaction.
    """
    changes: dict[str, object] = {}
    if angle is not None:
        changes["angle"] = angle
    if visit_date is not None:
        changes["visit_date"] = visit_date
        changes["session_id"] = session_id
    if consent is not None:
        changes["consent"] = consent
    ids = list(ids)
    if not changes or not ids:
        return 0
    changes["changed_by"] = actor_of(db)
    assignments = ", ".join(f"{k} = ?" for k in changes)
    marks = ", ".join("?" for _ in ids)
    with write(db):
        before = _tags_of(db, ids)
        cursor = db.execute(
            f"UPDATE photos SET {assignments} WHERE id IN ({marks})", [*changes.values(), *ids]
        )
        if visit_date is not None and session_id is None:
            # Moved onto the day of a recorded session: attach it there.
            db.execute(
                f"""UPDATE photos SET session_id = (
                      SELECT s.id FROM sessions s WHERE s.client_id = photos.client_id
                      AND s.session_date = photos.visit_date AND s.deleted_at IS NULL
                      ORDER BY s.id LIMIT 1)
                    WHERE id IN ({marks})""",
                ids,
            )
        _keep_changed_versions(db, before, EDIT)
    return cursor.rowcount


def delete_photo(db: sqlite_utils.Database, photo_id: int) -> bool:
    """Delete a photo and its bytes so that no copy remains in either file.

    ``secure_delete`` zeroes the freed pages; the incremental vacuum gives
    them back (the file shrinks by the photo's size); the checkpoint then
    copies those zeroes and moves into the database, cuts it short and
    empties the ``-wal``, which would otherwise keep the picture's earlier
    frames until some later checkpoint.  Its tag history goes with it: it
    describes a picture that is no longer there (the audit trail keeps that
    it was deleted, by whom).
    """
    with write(db):
        cursor = db.execute("DELETE FROM photos WHERE id = ?", [photo_id])
        if cursor.rowcount == 1:
            db.execute("DELETE FROM photo_versions WHERE photo_id = ?", [photo_id])
    if cursor.rowcount == 1:
        with sqlite_errors(db_path(db)):
            give_back_free_pages(db.conn, GIVE_BACK_PAGES)
        erase_checkpoint(db)
    return cursor.rowcount == 1
