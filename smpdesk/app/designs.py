"""Hairline designs: save a version, list them, show them, and record the client's approval.

Who: practitioners (and the owner) design, show and get a design signed;
reception may learn only that a client has a design and when one was last
approved (:func:`design_exists`), never the design itself (DOMAIN.md, "Who may
see what").

Versions.  A design is never edited in place: each save is a new version
(``replaces`` names the one it was drawn from), numbered after the client's
highest, and carries its SMP preview and plan thumbnail as rendered *then*.  The
client signs one version (:func:`approve_design`), once; what they saw is the
stored preview, never a re-render by a later renderer (the consent record uses
:func:`design_preview` of :func:`approved_design`).

The base.  A design is drawn on one of the client's photos (never another
client's, a merged-away record's photos count as theirs) or on a built-in head
outline (:mod:`smpdesk.infra.smp_render`).  Coordinates are normalised to the base,
so the preview on screen, the export at full size and the PDF are one drawing:
:func:`render_design` is what every front and the command line call, so they give
the same pixels for the same design.

Pillow and the renderer are imported inside the functions that need them: the
window must not load them at start-up.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from smpdesk import store
from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic
from smpdesk.domain.dates import format_medium_date
from smpdesk.domain.designs import (
    MAX_NAME,
    OUTLINE_VIEWS,
    Design,
    DesignError,
    design_from_json,
)
from smpdesk.domain.text_safety import clean_line
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.safe_output import ProtectedFiles, refuse_protected, write_file
from smpdesk.store import designs as design_store
from smpdesk.store import merge as merge_store
from smpdesk.store import photos as photo_store
from smpdesk.store.photos import ANGLES

if TYPE_CHECKING:
    from PIL import Image

# The stored preview: what the client sees and signs, and what the consent record prints.
PREVIEW_SIDE = 1600
# The plan drawing in the versions list (drawn larger, then reduced, so it stays crisp).
THUMB_SIDE = 320
_THUMB_DRAWN_SIDE = 640
JPEG_QUALITY = 88
# A base of another shape than the design says: its distances and zones would be wrong.
ASPECT_TOLERANCE = 0.02
# The signature pad's PNG is 900 x 300 at most, cropped to the ink; anything far beyond is
# not one (and is refused before a pixel of it is decoded).
SIGNATURE_MAX_BYTES = 2_000_000
SIGNATURE_MAX_SIDE = 4000
SIGNATURE_MAX_PIXELS = 6_000_000
SIGNATURE_MIN_SIDE = 8
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# Darker than this somewhere, or the "signature" is a blank pad.
_INK_LEVEL = 200

_NO_DESIGN = QT_TRANSLATE_NOOP(
    "core", "There is no design with id {design_id}; check the number and try again."
)
# Why a signature is refused (what _signature_problem returns), said whole when a
# design is not approved (app.plans has the same for a plan not accepted).
_NOT_APPROVED = {
    "there is no signature": QT_TRANSLATE_NOOP(
        "core", "The design was not approved: there is no signature; ask the client to sign again."
    ),
    "the signature image is far larger than a signature": QT_TRANSLATE_NOOP(
        "core",
        "The design was not approved: the signature image is far larger than a signature; "
        "ask the client to sign again.",
    ),
    "the signature is not a PNG image": QT_TRANSLATE_NOOP(
        "core",
        "The design was not approved: the signature is not a PNG image; "
        "ask the client to sign again.",
    ),
    "the signature image is not of a signature's size": QT_TRANSLATE_NOOP(
        "core",
        "The design was not approved: the signature image is not of a signature's size; "
        "ask the client to sign again.",
    ),
    "the signature image is damaged": QT_TRANSLATE_NOOP(
        "core",
        "The design was not approved: the signature image is damaged; "
        "ask the client to sign again.",
    ),
    "the signature is blank": QT_TRANSLATE_NOOP(
        "core",
        "The design was not approved: the signature is blank; ask the client to sign again.",
    ),
    "the signature image is not a signature drawn on the pad": QT_TRANSLATE_NOOP(
        "core",
        "The design was not approved: the signature image is not a signature drawn on the pad; "
        "ask the client to sign again.",
    ),
}


@dataclass(frozen=True)
class DesignRecord:
    """One saved version with its description (the images are read on their own)."""

    id: int
    client_id: int
    version: int
    replaces: int | None
    design: Design
    base_photo_id: int | None
    created_at: str
    created_by_name: str
    approved_at: str | None
    approved_name: str

    @property
    def approved(self) -> bool:
        return self.approved_at is not None


@dataclass(frozen=True)
class DesignSummary:
    """A version in the client's list: no description, no images (they load on demand)."""

    id: int
    client_id: int
    version: int
    created_at: str
    created_by_name: str
    approved_at: str | None
    base_label: str
    zones: int
    replaces: int | None = None
    base_photo_id: int | None = None
    approved_name: str = ""

    @property
    def approved(self) -> bool:
        return self.approved_at is not None


# -- helpers -------------------------------------------------------------------------------


def _require_client(db: Clinic, client_id: int) -> None:
    if store.get_client(db, client_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "There is no client with id {client_id}; check the number and try again."
            ),
            client_id=client_id,
        )


def _filed_under(db: Clinic, client_id: int) -> list[int]:
    """The client and every record merged into them: where their designs and photos are."""
    return merge_store.client_ids(db, client_id)


def _stored(db: Clinic, design_id: int) -> design_store.StoredDesign:
    stored = design_store.get_design(db, design_id)
    if stored is None:
        raise UserError(_NO_DESIGN, design_id=design_id)
    return stored


def _record(stored: design_store.StoredDesign) -> DesignRecord:
    return DesignRecord(
        id=stored.id,
        client_id=stored.client_id,
        version=stored.version,
        replaces=stored.replaces,
        design=design_from_json(stored.data),
        base_photo_id=stored.base_photo_id,
        created_at=stored.created_at,
        created_by_name=stored.created_by_name,
        approved_at=stored.approved_at,
        approved_name=stored.approved_name,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _instant(stamp: str) -> datetime:
    """An ISO time as an aware instant to the second (without an offset it is taken as UTC):
    the stamps compared here come from different clocks and precisions."""
    moment = datetime.fromisoformat(stamp).replace(microsecond=0)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _readable_approvals(db: Clinic, client_ids: list[int]) -> list[tuple[int, datetime]]:
    """(design id, approval instant) of each approved version whose stamp reads as a time;
    a damaged or crafted stamp is passed over rather than stopping a consent sign-off."""
    readable = []
    for design_id, when in design_store.approvals(db, client_ids):
        try:
            readable.append((design_id, _instant(when)))
        except (TypeError, ValueError):
            continue
    return readable


def _day(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        return format_medium_date(datetime.fromisoformat(stamp).date())
    except ValueError:
        return stamp[:10]


def _base_label(row: design_store.DesignRow) -> str:
    if row.base_photo_id is not None:
        if row.photo_angle is None:
            return f"photo {row.base_photo_id} (deleted)"
        angle = ANGLES.get(row.photo_angle, row.photo_angle)
        return f"{angle} photo, {_day(row.photo_visit)}"
    if row.outline in OUTLINE_VIEWS:
        return f"{OUTLINE_VIEWS[row.outline]} outline"
    return "unknown base"


def _check_layer(layer: int | None) -> None:
    if layer is not None and (isinstance(layer, bool) or not isinstance(layer, int) or layer < 1):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "The session to show is a number from 1; leave it out for the finished result.",
            )
        )


def _fit(image: Image.Image, long_side: int | None) -> Image.Image:
    """``image`` with its long side at most ``long_side`` (never enlarged)."""
    from PIL import Image as PILImage

    if long_side is None or max(image.size) <= long_side:
        return image
    scale = long_side / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, PILImage.Resampling.LANCZOS, reducing_gap=2.0)


def _base_pixels(db: Clinic, design: Design, long_side: int | None) -> Image.Image:
    """The base picture, RGB, long side at most ``long_side`` (None: as stored / drawn)."""
    from smpdesk.infra import smp_render

    base = design.base
    if base.photo_id is not None:
        from smpdesk.infra.imaging import LONG_SIDE, PhotoRejected, decode_picture

        data = photo_store.photo_image(db, base.photo_id)
        if data is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Photo {photo_id}, which this design is drawn on, has been deleted, so it "
                    "cannot be drawn again; its saved preview is kept with the design.",
                ),
                photo_id=base.photo_id,
            )
        try:
            return decode_picture(data, long_side=long_side or LONG_SIDE)
        except PhotoRejected as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Photo {photo_id}, which this design is drawn on, cannot be read "
                    "({reason}); run 'smpdesk check' and restore a backup if it is damaged.",
                ),
                photo_id=base.photo_id,
                reason=exc.reason,
            ) from None
    view = base.outline or "front"
    if long_side is None:
        return smp_render.outline_base(view)  # its own full size
    aspect = smp_render.OUTLINE_ASPECT[view]
    return smp_render.outline_base(view, long_side if aspect >= 1 else round(long_side * aspect))


def _check_base(db: Clinic, client_id: int, design: Design) -> None:
    """The base is the client's photo (or an outline) of the shape the design was drawn for."""
    base = design.base
    if base.photo_id is not None:
        photo = photo_store.get_photo(db, base.photo_id)
        if photo is None or photo.client_id not in _filed_under(db, client_id):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Photo {photo_id} is not one of this client's photos; draw the design on "
                    "one of theirs, or on a head outline.",
                ),
                photo_id=base.photo_id,
            )
        shape = photo.width / photo.height
    else:
        from smpdesk.infra.smp_render import OUTLINE_ASPECT

        shape = OUTLINE_ASPECT[base.outline or "front"]
    if abs(design.aspect - shape) > ASPECT_TOLERANCE * shape:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "This design was drawn for a picture of another shape than its base; open the "
                "base again and draw the design on it.",
            )
        )


def _jpeg(image: Image.Image) -> bytes:
    from smpdesk.infra.imaging import encode_jpeg

    return encode_jpeg(image, JPEG_QUALITY)


def _signature_problem(png: bytes) -> str | None:
    """Why ``png`` is not a signature from the pad (None when it is one).

    Checked from the header before anything is decoded (a crafted PNG may claim
    any size), then decoded with the import's checks, and looked at for ink.
    """
    from smpdesk.infra.imaging import PhotoRejected, decode_picture

    if not isinstance(png, bytes | bytearray) or not png:
        return "there is no signature"
    if len(png) > SIGNATURE_MAX_BYTES:
        return "the signature image is far larger than a signature"
    if not png.startswith(_PNG_MAGIC) or png[12:16] != b"IHDR" or len(png) < 33:
        return "the signature is not a PNG image"
    width, height = struct.unpack(">II", png[16:24])
    if (
        not SIGNATURE_MIN_SIDE <= width <= SIGNATURE_MAX_SIDE
        or not SIGNATURE_MIN_SIDE <= height <= SIGNATURE_MAX_SIDE
        or width * height > SIGNATURE_MAX_PIXELS
    ):
        return "the signature image is not of a signature's size"
    try:
        pixels = decode_picture(bytes(png), long_side=SIGNATURE_MAX_SIDE)
    except PhotoRejected:
        return "the signature image is damaged"
    grey = pixels.convert("L")
    darkest, lightest = grey.getextrema()  # of the one band
    if not isinstance(darkest, int | float) or darkest > _INK_LEVEL:
        return "the signature is blank"
    # Ink on a pad: strokes on a light ground, not a dark picture.
    inked = sum(grey.histogram()[: _INK_LEVEL + 1]) / (grey.width * grey.height)
    if not isinstance(lightest, int | float) or lightest <= _INK_LEVEL or inked > 0.6:
        return "the signature image is not a signature drawn on the pad"
    return None


# -- saving and reading versions -----------------------------------------------------------


@use_case
def save_design(
    db: Clinic, client_id: int, design: Design, *, replaces: int | None = None
) -> DesignRecord:
    """Save ``design`` as the client's next version, with its preview and thumbnail.

    The description is checked as if read from a file (a NaN or an out-of-range
    value from a front is refused like a crafted one); the base must be the
    client's photo of the shape the design was drawn for, or a built-in outline;
    ``replaces``, the version it was drawn from, must be the client's.
    """
    from smpdesk.app.clients import refuse_merged
    from smpdesk.infra.smp_render import render_plan, render_preview

    _require_client(db, client_id)
    refuse_merged(db, client_id)
    data = design.to_json()
    design = design_from_json(data)  # a NaN or an out-of-range value: DesignError
    _check_base(db, client_id, design)
    filed = _filed_under(db, client_id)
    if replaces is not None:
        earlier = design_store.get_design(db, replaces)
        if earlier is None or earlier.client_id not in filed:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core", "Design {design_id} is not one of this client's; check the number."
                ),
                design_id=replaces,
            )
    base = _base_pixels(db, design, PREVIEW_SIDE)
    preview = _jpeg(render_preview(base, design))
    thumbnail = _jpeg(_fit(render_plan(_fit(base, _THUMB_DRAWN_SIDE), design), THUMB_SIDE))
    new_id = design_store.insert_design(
        db,
        client_id,
        data=data,
        base_photo_id=design.base.photo_id,
        preview=preview,
        thumbnail=thumbnail,
        created_by_name=db.staff.display_name if db.staff is not None else "",
        replaces=replaces,
        filed_under=filed,
    )
    return _record(_stored(db, new_id))


@use_case
def client_designs(db: Clinic, client_id: int) -> list[DesignSummary]:
    """The client's versions, newest first (those of records merged into them too)."""
    return [
        DesignSummary(
            id=row.id,
            client_id=row.client_id,
            version=row.version,
            created_at=row.created_at,
            created_by_name=row.created_by_name,
            approved_at=row.approved_at,
            base_label=_base_label(row),
            zones=row.zones,
            replaces=row.replaces,
            base_photo_id=row.base_photo_id,
            approved_name=row.approved_name,
        )
        for row in design_store.client_designs(db, _filed_under(db, client_id))
    ]


@use_case
def design_exists(db: Clinic, client_id: int) -> tuple[int, str | None]:
    """How many versions the client has and when one was last approved (None: never).

    All reception may know of a design: nothing of what it shows.
    """
    return design_store.design_counts(db, _filed_under(db, client_id))


@use_case
def get_design(db: Clinic, design_id: int) -> DesignRecord:
    """One version; a UserError when there is none or its description cannot be read."""
    return _record(_stored(db, design_id))


@use_case
def design_thumbnail(db: Clinic, design_id: int) -> bytes:
    """The plan drawing of a version, small (JPEG), as saved."""
    data = design_store.design_thumbnail(db, design_id)
    if data is None:
        raise UserError(_NO_DESIGN, design_id=design_id)
    return data


@use_case
def design_preview(db: Clinic, design_id: int) -> bytes:
    """The SMP preview of a version (JPEG) as saved: what the client saw and signed."""
    data = design_store.design_preview(db, design_id)
    if data is None:
        raise UserError(_NO_DESIGN, design_id=design_id)
    return data


@use_case
def design_signature(db: Clinic, design_id: int) -> bytes | None:
    """The client's signature (PNG) on an approved version; None before approval."""
    _stored(db, design_id)
    return design_store.design_signature(db, design_id)


# -- approval ------------------------------------------------------------------------------


@use_case
def approve_design(
    db: Clinic, design_id: int, signature_png: bytes, signed_name: str
) -> DesignRecord:
    """Record the client's approval of one version: their signature and the name they
    signed as, now.  Once: an approved version stays as signed (a change is a new version,
    approved again)."""
    stored = _stored(db, design_id)
    if stored.approved_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "Version {version} was already approved on {day}; "
                "save a new version for any change and have that one signed.",
            ),
            version=stored.version,
            day=_day(stored.approved_at),
        )
    name = " ".join(clean_line(signed_name).split()) if isinstance(signed_name, str) else ""
    if not name:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "Type the name the client signs as, then ask them to sign again."
            )
        )
    if len(name) > MAX_NAME:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "The name the client signs as is longer than {limit} characters."
            ),
            limit=MAX_NAME,
        )
    problem = _signature_problem(signature_png)
    if problem is not None:
        raise UserError(_NOT_APPROVED[problem])
    if not design_store.approve(db, design_id, signature=bytes(signature_png), signed_name=name):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "Version {version} was approved meanwhile (or removed); reopen the client."
            ),
            version=stored.version,
        )
    return _record(_stored(db, design_id))


@use_case
def approved_version(db: Clinic, client_id: int, *, at: str | None = None) -> int | None:
    """The id of the newest version approved at or before ``at`` (an ISO time; None:
    now), without reading its description: a consent can name a version whose
    description was damaged.  Times are compared as instants, to the second (a consent
    stamped in local time to the second, an approval in UTC); a stamp that does not
    read as a time is passed over."""
    found = _readable_approvals(db, _filed_under(db, client_id))
    if at is not None:
        try:
            limit = _instant(at)
        except (TypeError, ValueError):
            raise UserError(
                QT_TRANSLATE_NOOP("core", "{text} is not a date and time."), text=repr(at)
            ) from None
        found = [(i, when) for i, when in found if when <= limit]
    if not found:
        return None
    return max(found, key=lambda item: (item[1], item[0]))[0]


@use_case
def approved_design(db: Clinic, client_id: int, *, at: str | None = None) -> DesignRecord | None:
    """The newest version approved at or before ``at`` (see :func:`approved_version`), or
    None: what a consent record signed at ``at`` refers to.  A description that cannot
    be read raises :class:`DesignError`."""
    design_id = approved_version(db, client_id, at=at)
    return None if design_id is None else _record(_stored(db, design_id))


@use_case
def design_areas(db: Clinic, client_id: int) -> list[str]:
    """The session "areas" the design's zones cover: the approved version's, else the newest.

    Only a pre-fill for a new session: a description that cannot be read gives none.
    """
    filed = _filed_under(db, client_id)
    approved = approved_version(db, client_id)
    stored = (
        design_store.get_design(db, approved)
        if approved is not None
        else design_store.newest_design(db, filed)
    )
    if stored is None:
        return []
    try:
        return design_from_json(stored.data).areas()
    except DesignError:
        return []


# -- drawing -------------------------------------------------------------------------------


@use_case
def base_image(db: Clinic, design: Design) -> Image.Image:
    """What ``design`` is drawn on, full size: the client's photo as stored, or the outline."""
    return _base_pixels(db, design, None)


@use_case
def render_design(
    db: Clinic,
    design_id: int,
    *,
    layer: int | None = None,
    preview: bool = True,
    max_side: int | None = None,
) -> Image.Image:
    """A version drawn again: the SMP preview (``preview``) or the plan drawing, up to
    session ``layer`` (None: the finished result), the base's full size or at most
    ``max_side``.  The window, the command line and the PDFs call this, so one design gives
    the same pixels everywhere (the renderer is deterministic)."""
    return _render(db, design_id, layer=layer, preview=preview, max_side=max_side)


def _render(
    db: Clinic, design_id: int, *, layer: int | None, preview: bool, max_side: int | None
) -> Image.Image:
    from smpdesk.infra.smp_render import render_plan, render_preview

    _check_layer(layer)
    if max_side is not None and max_side < 16:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "A design image needs at least 16 pixels on its long side.")
        )
    record = _record(_stored(db, design_id))
    base = _base_pixels(db, record.design, max_side)
    if preview:
        return render_preview(base, record.design, layer=layer)
    return render_plan(base, record.design, layer=layer)


@use_case
def design_jpeg(
    db: Clinic,
    design_id: int,
    *,
    layer: int | None = None,
    preview: bool = True,
    max_side: int | None = None,
) -> bytes:
    """:func:`render_design` as a JPEG carrying nothing but its pixels (for Save image…)."""
    return _jpeg(_render(db, design_id, layer=layer, preview=preview, max_side=max_side))


@use_case
def export_design(
    db: Clinic,
    design_id: int,
    target: Path,
    *,
    layer: int | None = None,
    preview: bool = False,
    protected: ProtectedFiles | None = None,
    overwrite: bool = False,
) -> Path:
    """Write a version's plan drawing (or, with ``preview``, its SMP preview) at full size
    to ``target`` as a JPEG (``.jpg`` added when missing).

    Written like every other output: never over the clinic's own files, over an
    existing file only with ``overwrite``, atomically and owner-only.  Checked before
    drawing, so a refused name costs no rendering.
    """
    if protected is None:
        protected = ProtectedFiles.around(db.path)
    target = Path(target)
    refuse_protected(target, protected)  # the name as typed, before .jpg is added
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{path} is a folder; give a file name such as {example}."),
            path=target,
            example=target / "design.jpg",
        )
    if target.suffix.lower() not in (".jpg", ".jpeg"):
        target = target.with_suffix(".jpg")
    from smpdesk.infra.safe_output import check_target

    check_target(target, protected, overwrite=overwrite)
    _check_layer(layer)
    data = _jpeg(_render(db, design_id, layer=layer, preview=preview, max_side=None))
    return write_file(target, data, protected, overwrite=overwrite, what="The design image")


__all__ = [
    "JPEG_QUALITY",
    "PREVIEW_SIDE",
    "THUMB_SIDE",
    "DesignRecord",
    "DesignSummary",
    "approve_design",
    "approved_design",
    "base_image",
    "client_designs",
    "design_areas",
    "design_exists",
    "design_jpeg",
    "design_preview",
    "design_signature",
    "design_thumbnail",
    "export_design",
    "get_design",
    "render_design",
    "save_design",
]
