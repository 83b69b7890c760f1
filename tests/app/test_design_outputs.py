"""Designs in the papers (issue 17, H5): the consent record names the design approved
before it was signed, the client summary gets a "Your SMP design" page, the demo has
designs on synthetic head photos."""

from __future__ import annotations

import io
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from smpdesk import store
from smpdesk.app import client_export, designs, photos, questionnaires
from smpdesk.app import clients as client_cases
from smpdesk.app.clinic import Clinic
from smpdesk.app.demo.designs import demo_design_signature, front_design
from smpdesk.app.demo.forms import fill
from smpdesk.domain.client_details import ClientDetails
from smpdesk.infra.handouts.consent_record import NO_DESIGN
from smpdesk.infra.synthetic_head import synthetic_head
from smpdesk.paths import shipped_forms_dir
from smpdesk.questionnaire.loader import load_form


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def client_id(db: Clinic) -> int:
    return client_cases.add_client(
        db, ClientDetails(given_name="Ada", family_name="Ó Ceallaigh", date_of_birth="1979-02-11")
    ).id


def _front_photo(db: Clinic, client_id: int, tmp_path: Path) -> tuple[int, float]:
    path = tmp_path / "front.jpg"
    synthetic_head("front", width=800, seed=2).save(path, "JPEG", quality=90)
    [result] = photos.import_photos(db, client_id, [path], angle="front")
    assert result.photo_id is not None, result.reason
    return result.photo_id, 4 / 3


def _approved(db: Clinic, client_id: int, tmp_path: Path) -> designs.DesignRecord:
    photo_id, aspect = _front_photo(db, client_id, tmp_path)
    first = designs.save_design(db, client_id, front_design(photo_id, aspect, lower_cm=0.6))
    second = designs.save_design(db, client_id, front_design(photo_id, aspect), replaces=first.id)
    return designs.approve_design(db, second.id, demo_design_signature(1), "Ada Ó Ceallaigh")


def _consent(db: Clinic, client_id: int, signed: datetime) -> bytes:
    """The consent form finished with the client's signature drawn at ``signed``."""
    spec = load_form(shipped_forms_dir() / "consent.toml")
    answers = fill(spec, {"photos_clinical": True}, seed=7, today=signed.date())
    times = {
        "signature": signed.isoformat(timespec="seconds"),
        "practitioner_signature": (signed + timedelta(minutes=5)).isoformat(timespec="seconds"),
    }
    response = questionnaires.finish(
        db,
        client_id,
        spec,
        answers,
        now=signed + timedelta(minutes=6),
        started_at=(signed - timedelta(minutes=20)).isoformat(timespec="seconds"),
        signed_times=times,
    )
    return questionnaires.consent_record(db, response.id)


def test_the_consent_record_names_the_version_approved_before_signing(
    db: Clinic, client_id: int, tmp_path: Path
) -> None:
    record = _approved(db, client_id, tmp_path)
    pdf = _consent(db, client_id, datetime.now().astimezone().replace(microsecond=0))
    text = _text(pdf)
    assert (
        f"Design version {record.version}, approved by the client (signed as Ada Ó Ceallaigh)"
        in text
    )
    assert record.version == 2  # the approved one, not the newest draft before it
    assert "6 zones over 2 sessions: Hairline, Temples, Mid-scalp." in text
    # The plan drawing and the preview the client approved, besides two signatures.
    assert _images(pdf) == 4


def test_a_consent_signed_before_the_approval_names_no_design(
    db: Clinic, client_id: int, tmp_path: Path
) -> None:
    earlier = datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=2)
    _approved(db, client_id, tmp_path)
    pdf = _consent(db, client_id, earlier)
    assert NO_DESIGN in _text(pdf)
    assert _images(pdf) == 2  # the signatures only


def test_a_consent_without_any_design_says_so(db: Clinic, client_id: int) -> None:
    pdf = _consent(db, client_id, datetime.now().astimezone().replace(microsecond=0))
    assert NO_DESIGN in _text(pdf)


def test_the_client_summary_has_the_design_page_and_lists_every_version(
    db: Clinic, client_id: int, tmp_path: Path
) -> None:
    record = _approved(db, client_id, tmp_path)
    target = tmp_path / "export"
    client_export.export_client(db, client_id, target)
    text = _text((target / "summary.pdf").read_bytes())
    assert f"Your SMP design — version {record.version}" in text
    assert "Approved by the client: version 2" in text and "Signed as Ada Ó Ceallaigh" in text
    assert "Hairline designs (2)" in text and "Not approved" in text
    assert "per cm²" in text and "After session 2 (finished)" in text
    assert "Temples 50/cm² (2 zones)" in text  # left and right: one entry
    assert "Other records: designs" not in text


def test_the_summary_shows_the_newest_version_before_any_approval(
    db: Clinic, client_id: int, tmp_path: Path
) -> None:
    photo_id, aspect = _front_photo(db, client_id, tmp_path)
    designs.save_design(db, client_id, front_design(photo_id, aspect, lower_cm=0.6))
    designs.save_design(db, client_id, front_design(photo_id, aspect))
    target = tmp_path / "export"
    client_export.export_client(db, client_id, target)
    text = _text((target / "summary.pdf").read_bytes())
    assert "Your SMP design — version 2" in text and "Not approved yet" in text


def test_a_design_whose_photo_was_deleted_still_prints(
    db: Clinic, client_id: int, tmp_path: Path
) -> None:
    record = _approved(db, client_id, tmp_path)
    assert record.base_photo_id is not None
    assert store.delete_photo(db, record.base_photo_id)
    pdf = _consent(db, client_id, datetime.now().astimezone().replace(microsecond=0))
    assert "Design version 2" in _text(pdf) and _images(pdf) == 4
    target = tmp_path / "export"
    client_export.export_client(db, client_id, target)
    text = _text((target / "summary.pdf").read_bytes())
    assert "Your SMP design — version 2" in text and "(this image could not be read)" not in text


def test_a_client_without_designs_gets_no_design_page(
    db: Clinic, client_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "export"
    client_export.export_client(db, client_id, target)
    text = _text((target / "summary.pdf").read_bytes())
    assert "Your SMP design" not in text and "Hairline designs" not in text


@pytest.mark.slow
def test_the_demo_has_designs_on_head_photos_one_approved_and_named_by_a_consent(
    tmp_path: Path,
) -> None:
    from smpdesk.app.demo import create_demo_clinic

    started = time.perf_counter()
    db = create_demo_clinic(tmp_path / "demo.sqlite3", count=20)
    elapsed = time.perf_counter() - started
    try:
        found = []
        for client in range(1, 21):
            found += designs.client_designs(db, client)
        assert len(found) == 3
        approved = [d for d in found if d.approved_at]
        assert len(approved) == 1 and approved[0].version == 2
        owner = approved[0].client_id
        # On the client's own photo, tagged with its angle.
        record = designs.get_design(db, approved[0].id)
        assert record.base_photo_id is not None
        photo = store.get_photo(db, record.base_photo_id)
        assert photo is not None and photo.angle == "front" and photo.client_id == owner
        assert {z.kind for z in record.design.zones} == {"hairline", "mid-scalp", "temples"}
        assert record.design.scale is not None
        top = next(d for d in found if d.client_id != owner)
        top_photo = designs.get_design(db, top.id).base_photo_id
        assert top_photo is not None
        assert getattr(store.get_photo(db, top_photo), "angle", None) == "top"
        # The consultation client signed the consent after approving: the record says which.
        consent = next(r for r in store.client_responses(db, owner) if r.form_id == "consent")
        text = _text(questionnaires.consent_record(db, consent.id))
        assert "Design version 2, approved by the client" in text
    finally:
        db.close()
    assert elapsed < 20, f"the demo took {elapsed:.1f} s"


# -- a design whose description cannot be read (issue 17, follow-up F2) --------------------


def _crafted_approved_version(
    db: Clinic, client_id: int, *, preview: bytes, thumbnail: bytes, approved_at: str
) -> int:
    """An approved version written straight into the file, its JSON unreadable ('{}'):
    a damaged or crafted row, as a restore of a tampered backup would bring."""
    from smpdesk.store.database import write

    with write(db):
        cursor = db.execute(
            "INSERT INTO designs (client_id, version, data, preview, thumbnail, created_by_name, "
            "created_at, approved_at, approved_signature, approved_name) "
            "VALUES (?, 3, '{}', ?, ?, 'Crafted', ?, ?, ?, 'Ada Crafted')",
            [client_id, preview, thumbnail, approved_at, approved_at, demo_design_signature(5)],
        )
    return int(cursor.lastrowid or 0)


def test_an_unreadable_approved_design_still_lets_the_consent_be_signed(
    db: Clinic, client_id: int, tmp_path: Path
) -> None:
    from smpdesk.app.questionnaires import UNREADABLE_DESIGN
    from smpdesk.errors import UserError

    good = _approved(db, client_id, tmp_path)  # version 2, approved now
    later = datetime.now().astimezone().replace(microsecond=0) + timedelta(seconds=1)
    _crafted_approved_version(
        db,
        client_id,
        preview=designs.design_preview(db, good.id),
        thumbnail=designs.design_thumbnail(db, good.id),
        approved_at=later.isoformat(),
    )
    with pytest.raises(UserError):  # what used to stop every consent for this client
        designs.approved_design(db, client_id, at=(later + timedelta(minutes=1)).isoformat())
    pdf = _consent(db, client_id, later + timedelta(seconds=1))
    text = _text(pdf)
    # The newest approval before the signature is the crafted version 3: named, with its
    # stored pictures, and one sentence saying its description could not be read.
    assert "Design version 3, approved by the client (signed as Ada Crafted)" in text
    assert " ".join(UNREADABLE_DESIGN.split()) in text
    assert "(design image could not be read)" not in text
    assert _images(pdf) == 4  # the stored plan and preview, and two signatures
    # A consent signed before the crafted approval still names the readable version 2.
    earlier = _text(_consent(db, client_id, later - timedelta(seconds=1)))
    assert "Design version 2, approved by the client" in earlier
    assert UNREADABLE_DESIGN.split(",")[0] not in earlier


def test_an_unreadable_design_with_damaged_pictures_still_lets_the_consent_be_signed(
    db: Clinic, client_id: int
) -> None:
    signed = datetime.now().astimezone().replace(microsecond=0)
    _crafted_approved_version(
        db,
        client_id,
        preview=b"\xff\xd8\xff not a jpeg",
        thumbnail=b"\x00" * 64,
        approved_at=(signed - timedelta(hours=1)).isoformat(),
    )
    pdf = _consent(db, client_id, signed)
    text = _text(pdf)
    assert "Design version 3, approved by the client (signed as Ada Crafted)" in text
    assert "description could not be read" in text
    assert text.count("(design image could not be read)") == 2
    assert _images(pdf) == 2  # the signatures only


# Plans, not records: a booked appointment, when a follow-up falls due, when a pigment expires.
_PLANNED = {("sessions", "next_appointment"), ("sessions", "follow_up_due")}
_PLANNED_DATES = {("sessions", "pigment_expiry")}


def _stored_times(db: Clinic) -> list[tuple[str, str, str]]:
    """(table, column, value) of every date or time stored in the file, JSON values included."""
    import json
    import re

    iso = re.compile(r"\d{4}-\d\d-\d\d([T ]\d\d:\d\d.*)?$")
    found = []
    tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info('{table}')")]
        for column in columns:
            for (value,) in db.execute(f'SELECT "{column}" FROM "{table}"'):
                if not isinstance(value, str):
                    continue
                values = [value]
                if value.startswith("{"):
                    try:
                        values = [v for v in json.loads(value).values() if isinstance(v, str)]
                    except (ValueError, AttributeError):
                        values = []
                found += [(table, column, v) for v in values if iso.match(v)]
    return found


@pytest.mark.slow
def test_no_time_recorded_in_the_demo_is_in_the_future(tmp_path: Path) -> None:
    """The consultation client approves the design, then signs the consent: both at real
    times, never ahead of the clock (a record signed "in 13 minutes" is a false record)."""
    from smpdesk.app.demo import create_demo_clinic

    db = create_demo_clinic(tmp_path / "demo.sqlite3", count=20)
    now = datetime.now().astimezone()
    try:
        found = _stored_times(db)
        ahead = []
        for table, column, value in found:
            if (table, column) in _PLANNED:
                continue
            if len(value) == 10:  # a day
                if (table, column) not in _PLANNED_DATES and value > now.date().isoformat():
                    ahead.append((table, column, value))
                continue
            moment = datetime.fromisoformat(value)
            if (moment.astimezone() if moment.tzinfo is None else moment) > now:
                ahead.append((table, column, value))
        assert not ahead, ahead
        # What the scan covers: the design approval and the consent signed after it.
        columns = {(table, column) for table, column, _value in found}
        assert {("designs", "approved_at"), ("responses", "signed_times")} <= columns
        [approved] = [d for c in range(1, 21) for d in designs.client_designs(db, c) if d.approved]
        consent = next(
            r for r in store.client_responses(db, approved.client_id) if r.form_id == "consent"
        )
        assert approved.approved_at is not None
        assert datetime.fromisoformat(approved.approved_at).replace(microsecond=0) <= (
            datetime.fromisoformat(consent.completed_at)
        )
        text = _text(questionnaires.consent_record(db, consent.id))
        assert "Design version 2, approved by the client" in text
    finally:
        db.close()
