"""Photos: import, retag, compare, export and delete them; read a client's photos.

Decoding is :mod:`smpdesk.infra.imaging` (Pillow, imported here lazily so
importing this module does not load it); storage is :mod:`smpdesk.store.photos`.
Each file is either imported whole or refused with one plain reason; the batch
goes on.  A photo's tags keep every earlier version (:func:`photo_versions`,
:func:`tag_differences`).
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from smpdesk import store
from smpdesk.app.access import passed_on, use_case
from smpdesk.app.clinic import Clinic
from smpdesk.domain.alignment import Landmarks
from smpdesk.domain.dates import format_medium_date
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.safe_output import ProtectedFiles, refuse_protected, write_file
from smpdesk.store import photo_landmarks as landmark_store
from smpdesk.store import photos as photo_store
from smpdesk.store.photos import (
    ANGLES,
    CONSENTS,
    MARKETING_WITHDRAWN,
    TAG_NAMES,
    NewPhoto,
    Photo,
    PhotoTags,
    PhotoVersion,
)

if TYPE_CHECKING:
    from smpdesk.infra.imaging import ProcessedPhoto

DEFAULT_LONG_SIDE = 3000
# A capture date before this is a camera whose clock was never set (1970, 1980...), not a
# visit: such a photo goes to today's visit like one without a date.
EARLIEST_CAPTURE = date(1990, 1, 1)
PICTURE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif"}


@dataclass(frozen=True)
class ImportResult:
    path: Path
    photo_id: int | None = None
    reason: str | None = None

    @property
    def imported(self) -> bool:
        return self.photo_id is not None

    def line(self) -> str:
        if self.imported:
            return f"{self.path.name}: imported as id {self.photo_id}"
        return f"{self.path.name}: refused: {self.reason}"


def new_photo(
    processed: ProcessedPhoto,
    *,
    client_id: int,
    visit_date: str,
    angle: str = "other",
    consent: str = "clinical",
    session_id: int | None = None,
    source_name: str = "",
) -> NewPhoto:
    """The row to store for a processed picture."""
    return NewPhoto(
        client_id=client_id,
        visit_date=visit_date,
        angle=angle,
        consent=consent,
        session_id=session_id,
        captured_at=processed.captured_at.isoformat(sep=" ") if processed.captured_at else None,
        width=processed.width,
        height=processed.height,
        thumb_width=processed.thumb_width,
        thumb_height=processed.thumb_height,
        content_hash=processed.content_hash,
        source_name=source_name,
        source_format=processed.source_format,
        image=processed.image,
        thumbnail=processed.thumbnail,
    )


def files_in_folder(folder: Path) -> list[Path]:
    """Picture-looking files in a folder (content is still checked on import).

    Hidden files are skipped, notably macOS's "._IMG_0001.HEIC" companions, and
    so is anything that is not a regular file once links are followed: a FIFO,
    a device, a folder, a link loop or a broken link (none of them is opened).
    """
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in PICTURE_SUFFIXES
        and not p.name.startswith(".")
        and _is_regular_file(p)
    )


def _is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):  # a link loop, no permission, a name the system refuses
        return False


def _short_date(iso: str) -> str:
    moment = datetime.fromisoformat(iso).astimezone()
    return format_medium_date(moment.date())


# Store reads (and the one delete) offered as they are, each behind its rule.
client_photos = passed_on("photos", photo_store.client_photos)
get_photo = passed_on("photos", photo_store.get_photo)
photo_image = passed_on("photos", photo_store.photo_image)
photo_thumbnails = passed_on("photos", photo_store.photo_thumbnails)
delete_photo = passed_on("photos", photo_store.delete_photo)
# Earlier tags of a photo, oldest first (audited), and which photos have any.
photo_versions = passed_on("photos", photo_store.photo_versions)
edited_photo_ids = passed_on("photos", photo_store.edited_photo_ids)


def tag_differences(before: PhotoTags, after: PhotoTags) -> list[tuple[str, str, str]]:
    """(tag, was, became) for each tag a change altered, as stored (keys, ISO dates, ids;
    "" for no session): the fronts put them in words."""
    was, became = before.as_dict(), after.as_dict()

    def text(value: object) -> str:
        return "" if value is None else str(value)

    return [
        (name, text(was[name]), text(became[name]))
        for name in TAG_NAMES
        if was[name] != became[name]
    ]


def tag_history(
    photo: Photo, versions: list[PhotoVersion]
) -> list[tuple[PhotoVersion, list[tuple[str, str, str]]]]:
    """Each change, oldest first: the version it replaced and what it changed (each version
    against the next one, the last against the photo as it is now)."""
    later = [*(v.tags for v in versions[1:]), PhotoTags.of(photo)]
    return [
        (version, tag_differences(version.tags, after))
        for version, after in zip(versions, later, strict=True)
    ]


@use_case
def import_photos(
    db: Clinic,
    client_id: int,
    paths: Sequence[Path],
    *,
    visit_date: date | None = None,
    session_id: int | None = None,
    angle: str = "other",
    consent: str = "clinical",
    long_side: int = DEFAULT_LONG_SIDE,
    progress: Callable[[int, ImportResult], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    visit_from_photo: bool = False,
) -> list[ImportResult]:
    """Import ``paths`` for a client; stops between files when ``cancelled()``.

    Photos already imported stay; the one in hand when cancel comes is not
    written at all.  With ``visit_from_photo`` and neither a visit date nor a
    session given, each photo goes to the visit on the day it was taken (its
    EXIF capture date, read before the metadata is stripped): photos brought
    in days later still land on the right visit.  A photo without a usable
    date (none, damaged, in the future, a camera clock never set) goes to
    today's visit.
    """
    from smpdesk.infra.imaging import PhotoRejected, process_file

    if store.get_client(db, client_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "There is no client with id {client_id}."),
            client_id=client_id,
        )
    from smpdesk.app.clients import refuse_merged

    refuse_merged(db, client_id)
    if angle not in ANGLES:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "Unknown angle {angle}; use one of: {choices}."),
            angle=repr(angle),
            choices=", ".join(ANGLES),
        )
    if consent not in CONSENTS:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "Photo consent must be 'clinical' or 'marketing'.")
        )
    if session_id is not None:
        session = store.get_session(db, session_id)
        if session is None or session.client_id != client_id:
            raise UserError(
                QT_TRANSLATE_NOOP("core", "Session {session_id} does not belong to this client."),
                session_id=session_id,
            )
        if visit_date is not None and visit_date != session.session_date:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Session {session_id} was on {session_day}, not {visit_day}; "
                    "give one or the other.",
                ),
                session_id=session_id,
                session_day=session.session_date.isoformat(),
                visit_day=visit_date.isoformat(),
            )
        visit_date = session.session_date
    if visit_date is not None and visit_date > date.today():
        raise UserError(_FUTURE_VISIT)
    today = date.today()
    fixed_visit = visit_date is not None or session_id is not None or not visit_from_photo
    sessions: dict[str, int | None] = {}

    def visit_of(processed: ProcessedPhoto) -> tuple[str, int | None]:
        """The photo's visit and, when one was recorded that day, its session."""
        if fixed_visit:
            visit = (visit_date or today).isoformat()
        else:
            visit = capture_day(processed, today).isoformat()
        if session_id is not None:
            return visit, session_id
        if visit not in sessions:
            # A photo from the day of a recorded session belongs to that session.
            sessions[visit] = store.session_on(db, client_id, visit)
        return visit, sessions[visit]

    results: list[ImportResult] = []
    for index, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        path = Path(path)
        try:
            processed = process_file(path, long_side=long_side)
        except PhotoRejected as exc:
            result = ImportResult(path, reason=str(exc))
        else:
            earlier = store.find_by_hash(db, client_id, processed.content_hash)
            elsewhere = earlier or store.find_any_by_hash(db, processed.content_hash)
            if earlier is not None:
                result = ImportResult(
                    path, reason=f"already imported on {_short_date(earlier.imported_at)}"
                )
            elif elsewhere is not None:
                other = store.get_client(db, elsewhere.client_id)
                number = other.client_number if other else "another client"
                result = ImportResult(
                    path, reason=f"already imported for another client ({number})"
                )
            elif cancelled is not None and cancelled():
                break
            else:
                visit, visit_session = visit_of(processed)
                photo_id = store.insert_photo(
                    db,
                    new_photo(
                        processed,
                        client_id=client_id,
                        visit_date=visit,
                        angle=angle,
                        consent=consent,
                        session_id=visit_session,
                        source_name=path.name,
                    ),
                )
                result = ImportResult(path, photo_id=photo_id)
        results.append(result)
        if progress is not None:
            progress(index + 1, result)
    return results


def capture_day(processed: ProcessedPhoto, today: date) -> date:
    """The day a photo was taken, from its EXIF; ``today`` when that is missing or absurd.

    EXIF is whatever the file says (it may be hostile or a camera never set), so a date
    in the future or before :data:`EARLIEST_CAPTURE` is not believed.
    """
    taken = processed.captured_at.date() if processed.captured_at is not None else None
    if taken is None or not EARLIEST_CAPTURE <= taken <= today:
        return today
    return taken


_NO_PHOTO = QT_TRANSLATE_NOOP("core", "There is no photo with id {photo_id}.")
_FUTURE_VISIT = QT_TRANSLATE_NOOP("core", "A visit date cannot be in the future.")


@use_case
def photo_jpeg(db: Clinic, photo_id: int) -> bytes:
    """A photo's stored JPEG (EXIF-free, as imported); UserError if there is none."""
    data = store.photo_image(db, photo_id)
    if data is None:
        raise UserError(_NO_PHOTO, photo_id=photo_id)
    return data


@use_case
def export_photo(
    db: Clinic,
    photo_id: int,
    target: Path,
    *,
    protected: ProtectedFiles | None = None,
    overwrite: bool = False,
) -> Path:
    """Write a photo's stored JPEG to ``target`` (``.jpg`` added when missing).

    Written like every other output: atomically, owner-only, never over the
    clinic's own files, and over an existing file only with ``overwrite``.
    """
    data = photo_store.photo_image(db, photo_id)
    if data is None:
        raise UserError(_NO_PHOTO, photo_id=photo_id)
    if protected is None:
        protected = ProtectedFiles.around(db.path)
    refuse_protected(target, protected)  # the name as typed, before .jpg is added
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{target} is a folder; give a file name such as {example}."),
            target=target,
            example=target / "photo.jpg",
        )
    if target.suffix.lower() not in (".jpg", ".jpeg"):
        target = target.with_suffix(".jpg")
    write_file(target, data, protected, overwrite=overwrite, what="The photo")
    return target


@use_case
def retag(
    db: Clinic,
    ids: Iterable[int],
    *,
    angle: str | None = None,
    visit_date: str | None = None,
    consent: str | None = None,
) -> int:
    if angle is not None and angle not in ANGLES:
        raise UserError(QT_TRANSLATE_NOOP("core", "Choose an angle from the list."))
    if consent is not None and consent not in CONSENTS:
        raise UserError(QT_TRANSLATE_NOOP("core", "Choose the photo consent from the list."))
    if visit_date is not None:
        try:
            when = date.fromisoformat(visit_date)
        except ValueError:
            raise UserError(
                QT_TRANSLATE_NOOP("core", "Enter the visit date as YYYY-MM-DD.")
            ) from None
        if when > date.today():
            raise UserError(_FUTURE_VISIT)
    return store.update_photos(db, ids, angle=angle, visit_date=visit_date, consent=consent)


@use_case
def comparison_jpeg(db: Clinic, left_id: int, right_id: int, *, aligned: bool = False) -> bytes:
    """Two photos side by side, each dated underneath, as one JPEG.

    ``aligned``: the right one lined up on the left one by the landmarks marked on both
    (as the compare window's wipe shows them), so the pair matches feature for feature.
    """
    from smpdesk.infra.imaging import render_comparison

    captions, images = [], []
    for photo_id in (left_id, right_id):
        photo = store.get_photo(db, photo_id)
        data = store.photo_image(db, photo_id)
        if photo is None or data is None:
            raise UserError(_NO_PHOTO, photo_id=photo_id)
        when = date.fromisoformat(photo.visit_date)
        captions.append(f"{ANGLES.get(photo.angle, photo.angle)}, {format_medium_date(when)}")
        images.append(data)
    if aligned:
        images[1] = _lined_up(db, (left_id, right_id), images[0], images[1])
    return render_comparison(images[0], images[1], captions[0], captions[1])


def _lined_up(db: Clinic, ids: tuple[int, int], base: bytes, moving: bytes) -> bytes:
    """``moving`` on ``base``'s frame by the two photos' landmarks."""
    from smpdesk.infra.imaging import PhotoRejected
    from smpdesk.infra.photo_warp import line_up

    base_marks, moving_marks = (landmark_store.photo_landmarks(db, i) for i in ids)
    if base_marks is None or moving_marks is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "Mark the two points on both photos first (Compare, then Wipe), or export them "
                "side by side as they are.",
            )
        )
    try:
        return line_up(base, base_marks.points, moving, moving_marks.points)
    except PhotoRejected as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "A photo could not be read ({reason})."), reason=exc.reason
        ) from None


# -- landmarks: two points marked on a photo so a before/after pair lines up (issue 17) --
@use_case
def set_photo_landmarks(db: Clinic, photo_id: int, points: Landmarks) -> None:
    """Save the two landmarks marked on a photo (normalised coordinates, in the order the
    compare window asks for them), replacing any earlier ones.

    Unusable marks (the same point twice, off the picture) are refused with one sentence
    (AlignmentError, a UserError) before anything is written.
    """
    if not landmark_store.set_photo_landmarks(db, photo_id, points):
        raise UserError(_NO_PHOTO, photo_id=photo_id)


@use_case
def photo_landmarks(db: Clinic, photo_id: int) -> Landmarks | None:
    """The photo's landmarks, None when it has none yet (or what is stored is unreadable:
    the photo is then simply marked again)."""
    found = landmark_store.photo_landmarks(db, photo_id)
    return found.points if found is not None else None


@use_case
def clear_photo_landmarks(db: Clinic, photo_id: int) -> bool:
    """Forget a photo's landmarks (True if it had any): the next compare asks for them."""
    return landmark_store.clear_photo_landmarks(db, photo_id)


__all__ = [
    "ANGLES",
    "CONSENTS",
    "DEFAULT_LONG_SIDE",
    "EARLIEST_CAPTURE",
    "MARKETING_WITHDRAWN",
    "PICTURE_SUFFIXES",
    "TAG_NAMES",
    "ImportResult",
    "Photo",
    "PhotoTags",
    "PhotoVersion",
    "capture_day",
    "clear_photo_landmarks",
    "client_photos",
    "comparison_jpeg",
    "delete_photo",
    "edited_photo_ids",
    "export_photo",
    "files_in_folder",
    "get_photo",
    "import_photos",
    "photo_image",
    "photo_jpeg",
    "photo_landmarks",
    "photo_thumbnails",
    "photo_versions",
    "retag",
    "set_photo_landmarks",
    "tag_differences",
    "tag_history",
]
