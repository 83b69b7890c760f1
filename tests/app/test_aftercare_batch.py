"""Issue 16 items 11 and 17: a day's aftercare sheets as ONE PDF; the clinic's emergency number.

Read back with pypdf as a reader (or a printer) would see the file.
"""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from smpdesk import store
from smpdesk.app import aftercare as aftercare_cases
from smpdesk.app import clients as client_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import load_settings, save_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.clinic_settings import ClinicSettings, settings_from_stored
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import UserError, ValidationError

DAY = date.today()
PAPER_RECORDS = "Consent and medical history are on paper for this test."
NAMES = ("Zoë Brontë", "Øyvind Løken", "Nguyễn Văn An", "Łukasz Żółć", "Saoirse Byrne")


def treat(db, full_name: str, day: date = DAY) -> tuple[int, int]:
    given, family = full_name.split(" ", 1)
    client = client_cases.add_client(db, ClientDetails(given_name=given, family_name=family))
    session = session_cases.record_session(
        db, client.id, SessionDetails(day.isoformat(), "first"), override_reason=PAPER_RECORDS
    )
    return client.id, session.id


def pages_text(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


def test_the_days_sheets_are_one_pdf_each_sheet_starting_on_its_own_page(db):
    treated = [treat(db, name) for name in NAMES]
    treat(db, "Old Visit", DAY - timedelta(days=1))  # not today's: not in the batch
    batch = aftercare_cases.aftercare_pdfs_for_day(db, DAY)

    assert batch.count == len(NAMES)
    assert [s.session_id for s in batch.sheets] == [sid for _cid, sid in treated]
    texts = pages_text(batch.data)
    singles = [aftercare_cases.aftercare_pdf(db, cid, sid) for cid, sid in treated]
    assert len(texts) == batch.total_pages == sum(len(pages_text(s.data)) for s in singles)
    assert batch.first_pages[0] == 1
    for name, first, single in zip(NAMES, batch.first_pages, singles, strict=True):
        pages = len(pages_text(single.data))
        sheet = texts[first - 1 : first - 1 + pages]
        # Each sheet is whole: the client's name on its first page, numbered on its own.
        assert name in sheet[0] and "Page 1 of" in sheet[0]
        assert all(f"For {name}" in page for page in sheet)
        assert f"Page {pages} of {pages}" in sheet[-1]
    assert not any("Old Visit" in t for t in texts)
    assert batch.suggested_name == f"aftercare-{DAY.isoformat()}-5-sheets.pdf"
    assert batch.sheets_within(batch.total_pages) == 5
    assert batch.sheets_within(batch.first_pages[2] - 1) == 2
    assert batch.sheets_within(0) == 0


def test_progress_names_each_sheet_and_a_cancel_comes_out_as_it_is(db):
    for name in NAMES[:3]:
        treat(db, name)
    seen: list[tuple[int, int]] = []
    aftercare_cases.aftercare_pdfs_for_day(db, DAY, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]

    class Stop(Exception):
        pass

    def cancel_at_second(done: int, _total: int) -> None:
        if done == 1:
            raise Stop

    with pytest.raises(Stop):  # not "could not be laid out"
        aftercare_cases.aftercare_pdfs_for_day(db, DAY, progress=cancel_at_second)


def test_a_day_without_sessions_is_said_in_a_sentence(db):
    with pytest.raises(UserError, match="No sessions have been recorded"):
        aftercare_cases.aftercare_pdfs_for_day(db, DAY)


def test_each_sheet_of_the_batch_is_logged_like_a_single_sheet(db):
    _cid, sid = treat(db, NAMES[0])
    batch = aftercare_cases.aftercare_pdfs_for_day(db, DAY)
    aftercare_cases.record_aftercare_given(db, batch.sheets[0], "saved")
    [logged] = store.handouts_for_session(db, sid)
    assert logged["action"] == "saved" and len(logged["content_hash"]) == 64


# -- the emergency number (item 17) ---------------------------------------------------


def sheet_text(db) -> str:
    cid, sid = treat(db, NAMES[0], DAY - timedelta(days=2))
    return " ".join(pages_text(aftercare_cases.aftercare_pdf(db, cid, sid).data))


def test_the_sheet_prints_the_clinics_own_emergency_number(db):
    save_settings(db, ClinicSettings(emergency_number=" 112 "))
    assert load_settings(db).emergency_number == "112"
    text = sheet_text(db)
    assert "Call 112 at once if your face, lips or throat swell" in text
    assert "999" not in text and "911" not in text and "{emergency" not in text


def test_without_a_number_the_sheet_says_your_local_emergency_number(db):
    text = sheet_text(db)
    assert "Call your local emergency number at once" in text
    assert "999" not in text and "911" not in text
    blank = " ".join(pages_text(aftercare_cases.blank_aftercare_pdf(db).data))
    assert "Call your local emergency number at once" in blank


def test_the_number_is_logged_with_the_day_counts(db):
    save_settings(db, ClinicSettings(emergency_number="000"))
    cid, sid = treat(db, NAMES[1])
    aftercare_cases.record_aftercare_given(db, aftercare_cases.aftercare_pdf(db, cid, sid), "saved")
    [logged] = store.handouts_for_session(db, sid)
    assert json.loads(logged["day_counts"])["emergency_number"] == "000"


@pytest.mark.parametrize("number", ["999", "112", "+1 911", "(0) 112", "1-1-2"])
def test_emergency_numbers_a_clinic_may_set(db, number):
    save_settings(db, ClinicSettings(emergency_number=number))
    assert load_settings(db).emergency_number == number


@pytest.mark.parametrize("bad", ["call 999", "999<b>", "+", "1" * 21, "999\n112", "٩٩٩"])
def test_a_bad_emergency_number_is_refused_with_a_sentence(db, bad):
    with pytest.raises(ValidationError) as caught:
        save_settings(db, ClinicSettings(emergency_number=bad))
    assert caught.value.fields["emergency_number"].startswith("Write the emergency number")


def test_stored_settings_without_the_number_still_load():
    settings = settings_from_stored({"clinic.name": "Northern Lines", "paper": "Letter"})
    assert settings.emergency_number == "" and settings.paper == "Letter"
    assert settings.warnings == ()


@pytest.mark.parametrize("stored", [999, "call 999", None, ["999"], "9" * 50])
def test_an_unreadable_stored_number_prints_the_words_instead(stored):
    settings = settings_from_stored({"clinic.emergency_number": stored})
    assert settings.emergency_number == ""
    assert len(settings.warnings) == 1 and "emergency number" in settings.warnings[0]
    assert str(stored) not in settings.warnings[0]
