"""Issue 16 item 12: an imported photo goes to the visit on the day it was taken.

The date is the file's EXIF DateTimeOriginal, read before the metadata is stripped;
the file may be hostile, so a date that is damaged, in the future or from a camera
whose clock was never set is not believed: that photo goes to today's visit.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import photos
from smpdesk.app import sessions as session_cases
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails

TODAY = date.today()
TAKEN = TODAY - timedelta(days=9)


def photo_taken(path: Path, when: str | bytes | None, seed: int = 1) -> Path:
    """A scalp photo whose EXIF says it was taken ``when`` (as the camera wrote it)."""
    image = Image.open(io.BytesIO(synthetic_scalp("front", 1, seed=seed)))
    exif = Image.Exif()
    if when is not None:
        exif.get_ifd(0x8769)[0x9003] = when
    image.save(path, "JPEG", exif=exif)
    return path


@pytest.fixture
def client_id(db) -> int:
    return client_cases.add_client(db, ClientDetails(given_name="Zoë", family_name="Brontë")).id


def exif_date(day: date) -> str:
    return day.strftime("%Y:%m:%d 10:22:31")


def test_each_photo_goes_to_the_day_it_was_taken(db, client_id, tmp_path):
    earlier = photo_taken(tmp_path / "a.jpg", exif_date(TAKEN), seed=1)
    later = photo_taken(tmp_path / "b.jpg", exif_date(TAKEN + timedelta(days=3)), seed=2)
    results = photos.import_photos(db, client_id, [earlier, later], visit_from_photo=True)
    assert all(r.imported for r in results)
    visits = [store.get_photo(db, r.photo_id).visit_date for r in results]
    assert visits == [TAKEN.isoformat(), (TAKEN + timedelta(days=3)).isoformat()]


def test_a_photo_taken_on_a_session_day_joins_that_session(db, client_id, tmp_path):
    session = session_cases.record_session(
        db,
        client_id,
        SessionDetails(TAKEN.isoformat(), "first"),
        override_reason="Consent and history on paper for this test.",
    )
    [result] = photos.import_photos(
        db, client_id, [photo_taken(tmp_path / "a.jpg", exif_date(TAKEN))], visit_from_photo=True
    )
    assert store.get_photo(db, result.photo_id).session_id == session.id


@pytest.mark.parametrize(
    "when",
    [
        None,  # no date at all
        "9999:99:99 99:99:99",  # not a date
        "0000:00:00 00:00:00",  # a camera with no clock
        "1970:01:01 00:00:00",  # a clock never set
        (TODAY + timedelta(days=30)).strftime("%Y:%m:%d 10:00:00"),  # the future
        "'; DROP TABLE photos; --",
        b"\xff\xfe\x00garbage",
        "2026:02:30 10:00:00",  # no such day
    ],
)
def test_a_bad_capture_date_is_ignored_and_the_photo_goes_to_today(db, client_id, tmp_path, when):
    [result] = photos.import_photos(
        db, client_id, [photo_taken(tmp_path / "a.jpg", when)], visit_from_photo=True
    )
    assert result.imported
    assert store.get_photo(db, result.photo_id).visit_date == TODAY.isoformat()


def test_a_visit_typed_or_a_session_given_wins_over_the_photo(db, client_id, tmp_path):
    chosen = TODAY - timedelta(days=2)
    [typed] = photos.import_photos(
        db,
        client_id,
        [photo_taken(tmp_path / "a.jpg", exif_date(TAKEN), seed=3)],
        visit_date=chosen,
        visit_from_photo=True,
    )
    assert store.get_photo(db, typed.photo_id).visit_date == chosen.isoformat()
    # Without asking for it (the command line's default), today's visit as before.
    [plain] = photos.import_photos(
        db, client_id, [photo_taken(tmp_path / "b.jpg", exif_date(TAKEN), seed=4)]
    )
    assert store.get_photo(db, plain.photo_id).visit_date == TODAY.isoformat()


def test_damaged_exif_never_refuses_the_photo(db, client_id, tmp_path):
    image = Image.open(io.BytesIO(synthetic_scalp("front", 1, seed=5)))
    path = tmp_path / "damaged.jpg"
    image.save(path, "JPEG", exif=b"Exif\x00\x00II*\x00\xff\xff\xff\x7fjunk")
    [result] = photos.import_photos(db, client_id, [path], visit_from_photo=True)
    assert result.imported
    assert store.get_photo(db, result.photo_id).visit_date == TODAY.isoformat()
