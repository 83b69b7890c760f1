"""Hairline designs (issue 17, H3): versions, the client's photo as base, sign-off, the
approved version at a time, reception's view, and one renderer for every front."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from smpdesk.app import clients, designs, photos
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.designs import (
    Base,
    Design,
    DesignError,
    Hairline,
    Point,
    Scale,
    Zone,
    design_from_json,
)
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError
from smpdesk.store import audit as audit_store
from smpdesk.store import designs as design_store
from smpdesk.store import staff as staff_store

W, H = 2000, 1500


def head_photo(path: Path, seed: int = 0) -> Path:
    """A skin-toned picture with some shading: enough for the renderer to draw on."""
    image = Image.new("RGB", (W, H), (214, 170, 140))
    draw = ImageDraw.Draw(image)
    draw.ellipse((400 + seed, 150, 1600, 1500), fill=(226, 184, 156))
    draw.rectangle((0, 1300, W, H), fill=(90, 90, 96))
    image.save(path, "JPEG", quality=92)
    return path


def add_photo(db: Clinic, client_id: int, tmp_path: Path, name: str = "front") -> int:
    [result] = photos.import_photos(
        db, client_id, [head_photo(tmp_path / f"{name}.jpg", seed=len(name))], angle="front"
    )
    assert result.photo_id is not None, result.reason
    return result.photo_id


TRIANGLE = (Point(0.3, 0.2), Point(0.7, 0.2), Point(0.5, 0.45))
BAND = (Point(0.25, 0.22), Point(0.75, 0.22), Point(0.75, 0.3), Point(0.25, 0.3))


def a_design(photo_id: int | None = None, *, outline: str = "top", aspect: float = W / H) -> Design:
    return Design(
        base=Base(photo_id=photo_id) if photo_id else Base(outline=outline),
        aspect=aspect,
        hairline=Hairline(points=(Point(0.3, 0.25), Point(0.5, 0.22))),
        scale=Scale(Point(0.45, 0.5), Point(0.55, 0.5), 2.0),
        zones=(
            Zone("hairline", BAND, density=40.0, layer=1),
            Zone("crown", TRIANGLE, density=25.0, layer=2),
        ),
    )


def signature(ink: bool = True) -> bytes:
    image = Image.new("RGBA", (600, 160), (255, 255, 255, 0))
    if ink:
        ImageDraw.Draw(image).line(
            [(20, 120), (200, 30), (380, 130), (580, 40)], fill="black", width=4
        )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A PNG header claiming a size, with a tiny (inconsistent) body."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
        + b"\x00" * 64
    )


@pytest.fixture
def client(db):
    return clients.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id


@pytest.fixture
def photo(db, client, tmp_path):
    return add_photo(db, client, tmp_path)


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# -- versions --------------------------------------------------------------------------


def test_a_design_on_the_clients_photo_is_saved_with_its_preview_and_thumbnail(db, client, photo):
    saved = designs.save_design(db, client, a_design(photo))
    assert (saved.version, saved.replaces, saved.base_photo_id) == (1, None, photo)
    assert saved.design == design_from_json(a_design(photo).to_json())  # as stored
    preview = decoded(designs.design_preview(db, saved.id))
    assert preview.format == "JPEG" and preview.size == (1600, 1200)
    assert not preview.info.get("exif") and not preview.getexif()
    thumb = decoded(designs.design_thumbnail(db, saved.id))
    assert max(thumb.size) == designs.THUMB_SIDE
    edited = designs.save_design(
        db, client, a_design(photo).with_zones(a_design(photo).zones[:1]), replaces=saved.id
    )
    assert (edited.version, edited.replaces) == (2, saved.id)
    listed = designs.client_designs(db, client)
    assert [(s.id, s.version, s.zones, s.approved) for s in listed] == [
        (edited.id, 2, 1, False),
        (saved.id, 1, 2, False),
    ]
    assert listed[0].base_label.startswith("Front hairline photo, ")
    assert designs.get_design(db, saved.id).design == saved.design  # unchanged by the edit


def test_a_design_on_a_head_outline(db, client):
    from smpdesk.infra.smp_render import OUTLINE_ASPECT

    saved = designs.save_design(db, client, a_design(outline="top", aspect=OUTLINE_ASPECT["top"]))
    assert saved.base_photo_id is None
    assert designs.client_designs(db, client)[0].base_label == "Top outline"
    assert max(decoded(designs.design_preview(db, saved.id)).size) <= designs.PREVIEW_SIDE
    full = designs.base_image(db, saved.design)
    assert abs(full.width / full.height - OUTLINE_ASPECT["top"]) < 0.02


def test_only_the_clients_own_photo_can_be_the_base(db, client, photo, tmp_path):
    other = clients.add_client(db, ClientDetails(given_name="Ben", family_name="Other")).id
    theirs = add_photo(db, other, tmp_path, "theirs")
    for base in (theirs, 999_999):
        with pytest.raises(UserError, match=f"Photo {base} is not one of this client's photos"):
            designs.save_design(db, client, a_design(base))
    with pytest.raises(UserError, match="another shape"):
        designs.save_design(db, client, a_design(photo, aspect=1.0))
    assert designs.design_exists(db, client) == (0, None)


def test_a_merged_records_photo_is_the_kept_clients_and_the_tombstone_takes_nothing(
    db, client, tmp_path
):
    other = clients.add_client(db, ClientDetails(given_name="Ola", family_name="B")).id
    their_photo = add_photo(db, other, tmp_path, "merged")
    older = designs.save_design(db, other, a_design(their_photo))
    clients.merge_clients(db, client, other)
    with pytest.raises(UserError, match="was merged into"):
        designs.save_design(db, other, a_design(their_photo))
    newer = designs.save_design(db, client, a_design(their_photo), replaces=older.id)
    assert (newer.version, newer.client_id) == (2, client)
    assert [s.id for s in designs.client_designs(db, client)] == [newer.id, older.id]


def test_an_insane_design_or_someone_elses_version_is_refused_and_nothing_is_saved(
    db, client, photo
):
    other = clients.add_client(db, ClientDetails(given_name="Ben", family_name="Other")).id
    theirs = designs.save_design(db, other, a_design(outline="front", aspect=_aspect("front")))
    nan_zone = Zone("crown", TRIANGLE, density=float("nan"))
    with pytest.raises(DesignError, match="density"):
        designs.save_design(db, client, a_design(photo).with_zones([nan_zone]))
    with pytest.raises(UserError, match=f"Design {theirs.id} is not one of this client's"):
        designs.save_design(db, client, a_design(photo), replaces=theirs.id)
    with pytest.raises(UserError, match="There is no client"):
        designs.save_design(db, 999_999, a_design(photo))
    assert designs.client_designs(db, client) == []


def _aspect(view: str) -> float:
    from smpdesk.infra.smp_render import OUTLINE_ASPECT

    return OUTLINE_ASPECT[view]


# -- approval ----------------------------------------------------------------------------


def test_the_client_approves_a_version_once_with_a_real_signature(db, client, photo):
    saved = designs.save_design(db, client, a_design(photo))
    preview = designs.design_preview(db, saved.id)
    for bad, words in (
        (b"", "there is no signature"),
        (signature(ink=False), "blank"),
        (b"\xff\xd8\xff\xe0" + b"0" * 100, "not a PNG"),
        (png_claiming(100_000, 100_000), "signature's size"),
        (png_claiming(600, 160), "damaged"),
        (signature()[:200], "damaged"),
        (signature() + b"\x00" * 3_000_000, "far larger"),
    ):
        with pytest.raises(UserError, match=words):
            designs.approve_design(db, saved.id, bad, "Ola Bråthen")
    with pytest.raises(UserError, match="Type the name"):
        designs.approve_design(db, saved.id, signature(), " \u202e ")
    assert designs.get_design(db, saved.id).approved_at is None
    approved = designs.approve_design(db, saved.id, signature(), "  Ola  Bråthen\n")
    assert approved.approved and approved.approved_name == "Ola Bråthen"
    assert designs.design_signature(db, saved.id) == signature()
    with pytest.raises(UserError, match="already approved"):
        designs.approve_design(db, saved.id, signature(), "Someone else")
    # What was signed is what stays: the preview is the one saved, byte for byte.
    assert designs.design_preview(db, saved.id) == preview
    assert designs.client_designs(db, client)[0].approved


def test_the_approved_design_at_a_time_is_the_newest_signed_by_then(db, client, photo, monkeypatch):
    first = designs.save_design(db, client, a_design(photo))
    second = designs.save_design(db, client, a_design(photo), replaces=first.id)
    unsigned = designs.save_design(db, client, a_design(photo), replaces=second.id)
    t1 = datetime(2025, 3, 1, 10, 0, 0, 400_000, tzinfo=UTC)
    t2 = t1 + timedelta(days=2)
    for design, when in ((first, t1), (second, t2)):
        monkeypatch.setattr(design_store, "_now", lambda when=when: when.isoformat())
        designs.approve_design(db, design.id, signature(), "Ola")
    assert designs.approved_design(db, client, at=(t1 - timedelta(seconds=1)).isoformat()) is None
    # A consent stamped in local time to the second, the same second as the approval.
    same_second = t1.replace(microsecond=0).astimezone(timezone(timedelta(hours=2)))
    assert designs.approved_design(db, client, at=same_second.isoformat()).id == first.id
    between = (t1 + timedelta(days=1)).isoformat()
    assert designs.approved_design(db, client, at=between).id == first.id
    assert designs.approved_design(db, client, at=t2.isoformat()).id == second.id
    assert designs.approved_design(db, client).id == second.id
    assert unsigned.id not in {first.id, second.id}
    assert designs.design_exists(db, client) == (3, t2.isoformat())
    with pytest.raises(UserError, match="not a date and time"):
        designs.approved_design(db, client, at="last Tuesday")


def test_session_areas_come_from_the_approved_version_else_the_newest(db, client, photo):
    assert designs.design_areas(db, client) == []
    both = designs.save_design(db, client, a_design(photo))
    assert designs.design_areas(db, client) == ["hairline", "crown"]
    designs.approve_design(db, both.id, signature(), "Ola")
    crown_only = a_design(photo).with_zones(a_design(photo).zones[1:])
    designs.save_design(db, client, crown_only, replaces=both.id)
    assert designs.design_areas(db, client) == ["hairline", "crown"]  # the signed one


# -- drawing -----------------------------------------------------------------------------


def test_the_stored_preview_is_the_renderers_image_at_that_size(db, client, photo):
    """One renderer for every front: the saved preview, the window's render and the export
    of the same design at the same size are the same pixels (the same JPEG bytes)."""
    saved = designs.save_design(db, client, a_design(photo))
    again = designs.design_jpeg(db, saved.id, preview=True, max_side=designs.PREVIEW_SIDE)
    assert again == designs.design_preview(db, saved.id)
    full = designs.render_design(db, saved.id)
    assert full.size == (W, H) and full.mode == "RGB"
    assert designs.render_design(db, saved.id).tobytes() == full.tobytes()  # deterministic
    session_one = designs.render_design(db, saved.id, layer=1, max_side=800)
    final = designs.render_design(db, saved.id, max_side=800)
    assert session_one.tobytes() != final.tobytes()  # the crown comes in session 2
    assert designs.render_design(db, saved.id, layer=9, max_side=800).tobytes() == final.tobytes()
    plan = designs.render_design(db, saved.id, preview=False, max_side=800)
    assert plan.size == final.size and plan.tobytes() != final.tobytes()
    with pytest.raises(UserError, match="number from 1"):
        designs.render_design(db, saved.id, layer=0)


def test_a_deleted_base_photo_keeps_the_saved_images_and_says_why_it_cannot_redraw(
    db, client, photo
):
    saved = designs.save_design(db, client, a_design(photo))
    assert photos.delete_photo(db, photo)
    assert designs.design_preview(db, saved.id)
    assert designs.client_designs(db, client)[0].base_label == f"photo {photo} (deleted)"
    with pytest.raises(UserError, match=f"Photo {photo}, which this design is drawn on"):
        designs.render_design(db, saved.id)


def test_export_writes_a_jpeg_only_where_allowed(db, client, photo, db_path, tmp_path):
    saved = designs.save_design(db, client, a_design(photo))
    target = designs.export_design(db, saved.id, tmp_path / "plan")
    assert target.name == "plan.jpg" and decoded(target.read_bytes()).size == (W, H)
    with pytest.raises(UserError, match="already exists"):
        designs.export_design(db, saved.id, target, preview=True)
    designs.export_design(db, saved.id, target, preview=True, overwrite=True)
    assert target.read_bytes() == designs.design_jpeg(db, saved.id, preview=True)
    before = db_path.read_bytes()[:100]
    with pytest.raises(UserError, match="nothing was written"):
        designs.export_design(db, saved.id, db_path, overwrite=True)
    assert db_path.read_bytes()[:100] == before


# -- who may -----------------------------------------------------------------------------


@pytest.fixture
def staffed(db_path):
    first = open_clinic(db_path)
    handles = {}
    for role in Role:
        staff_id = staff_store.insert_staff(first, role.value, role.value.title(), role)
        handle = open_clinic(db_path)
        handle.staff = Staff(staff_id, role.value, role.value.title(), role)
        handles[role] = handle
    first.close()
    yield handles
    for handle in handles.values():
        handle.close()


def test_reception_sees_only_that_a_design_exists(staffed, tmp_path):
    practitioner, desk = staffed[Role.PRACTITIONER], staffed[Role.RECEPTION]
    client = clients.add_client(desk, ClientDetails(given_name="Ada", family_name="L")).id
    photo = add_photo(practitioner, client, tmp_path)
    saved = designs.save_design(practitioner, client, a_design(photo))
    designs.approve_design(practitioner, saved.id, signature(), "Ada L")
    count, approved_at = designs.design_exists(desk, client)
    assert count == 1 and approved_at == designs.get_design(practitioner, saved.id).approved_at
    for use_case, args in (
        (designs.client_designs, (client,)),
        (designs.get_design, (saved.id,)),
        (designs.design_preview, (saved.id,)),
        (designs.design_thumbnail, (saved.id,)),
        (designs.render_design, (saved.id,)),
        (designs.approved_design, (client,)),
        (designs.save_design, (client, a_design(photo))),
    ):
        with pytest.raises(AccessRefused, match="A reception account cannot"):
            use_case(desk, *args)
    entries = audit_store.entries(practitioner)
    done = {(e.action, e.client_id) for e in entries if e.outcome == "done"}
    assert ("designs.save_design", client) in done
    # An approval names the design only: its entry is still filed under the client.
    assert ("designs.approve_design", client) in done


def test_a_dark_picture_is_not_taken_for_a_signature(db, client, photo):
    saved = designs.save_design(db, client, a_design(photo))
    for picture in (Image.new("L", (300, 100), 0), Image.new("I;16", (300, 100), 0)):
        out = io.BytesIO()
        picture.save(out, "PNG")
        with pytest.raises(UserError, match="not a signature drawn on the pad"):
            designs.approve_design(db, saved.id, out.getvalue(), "Ola Bråthen")
    assert designs.get_design(db, saved.id).approved_at is None


def test_a_damaged_approval_stamp_is_passed_over_not_a_crash(db, client, photo):
    """A crafted or damaged row must not stop the client's consent being signed."""
    good = designs.save_design(db, client, a_design(photo))
    designs.approve_design(db, good.id, signature(), "Ola Bråthen")
    damaged = designs.save_design(db, client, a_design(photo))
    db.execute(
        "UPDATE designs SET approved_at = 'garbage', approved_signature = x'00' WHERE id = ?",
        [damaged.id],
    )
    db.conn.commit()
    found = designs.approved_design(db, client, at="2999-01-01T00:00:00")
    assert found is not None and found.id == good.id
    assert designs.approved_design(db, client).id == good.id
    assert designs.design_areas(db, client) == designs.get_design(db, good.id).design.areas()
