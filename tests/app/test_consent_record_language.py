"""Issue 20: a consent answered in the client's language is recorded in that language.

A Polish-speaking client is asked the Polish consent form (their preferred language);
finishing it stores a record whose own words, answers and dates are Polish, and a
new version of it names the record it replaces in Polish.  An English consent's
record is covered, unchanged, by tests/app/test_questionnaires.py.
"""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from babel.dates import format_date
from pypdf import PdfReader

from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires
from smpdesk.app.demo.forms import fill
from smpdesk.domain.client_details import ClientDetails
from smpdesk.infra.handouts.consent_record import record_words

SIGNED_DAY = date(2026, 12, 4)  # a Friday in December: "grudnia" in Polish
ENGLISH_LABELS = (
    "Consent record",
    "Clinic telephone",
    "Date of birth",
    "Date and time signed",
    "Record number",
    "Signed ",
    "This record was printed",
    "Form file SHA-256",
    "The agreed design",
    "Confirmed",
)


@pytest.fixture
def client(db):
    return client_cases.add_client(
        db,
        ClientDetails(
            given_name="Łucja", family_name="Wiśniewska", date_of_birth="1985-03-02", language="pl"
        ),
    )


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


def _polish_consent(db, client):
    spec = questionnaires.find_form(questionnaires.form_entries(db), "consent", client.language)
    assert spec.language == "pl", "the client's preferred language picks the Polish form"
    return spec, fill(spec, {"photos_marketing": False}, seed=3, today=SIGNED_DAY)


def _finish(db, client, spec, answers, minute: int):
    signed = datetime(2026, 12, 4, 11, minute).astimezone()
    return questionnaires.finish(
        db,
        client.id,
        spec,
        answers,
        started_at=datetime(2026, 12, 4, 10, 30).astimezone().isoformat(),
        signed_at=signed.isoformat(),
        now=datetime(2026, 12, 4, 11, minute + 2).astimezone(),
    )


def test_a_polish_clients_consent_record_is_in_polish(db, client):
    spec, answers = _polish_consent(db, client)
    response = _finish(db, client, spec, answers, 5)
    assert questionnaires.answered_in(db, response) == "pl"
    found = _text(questionnaires.consent_record(db, response.id))

    month = format_date(SIGNED_DAY, "long", locale="pl_PL").split()[1]
    assert month == "grudnia"
    signed = format_date(SIGNED_DAY, "full", locale="pl_PL")  # "piątek, 4 grudnia 2026"
    words = record_words("pl")
    for polish in (
        words.say("title", title=" ".join(spec.title.split())),
        words.say("signed_time").upper(),
        words.say("date_of_birth").upper(),
        words.say("record_number").upper(),
        "2 marca 1985",
        f"{signed}, godz. 11:05",
        f"Podpisano: {signed}, godz. 11:05",
        "Ten dokument wydrukowano",
        "SHA-256 pliku formularza:",
        f"Dokument {response.id}",
        "strona 1 z",
    ):
        assert polish in found, polish
    assert f"{SIGNED_DAY.day} {month} {SIGNED_DAY.year}" in found
    # The form's own wording is the Polish form's, and so are the answers the record writes.
    first_ack = next(q for q in spec.questions.values() if q.type == "acknowledgement")
    assert " ".join(first_ack.text.split()[:4]) in found
    printed = {
        item.text: item.answer
        for page in questionnaires.record_pages(
            spec, response.answers, "uk", today=SIGNED_DAY, language="pl"
        )
        for item in page.answers
    }
    for question in spec.questions.values():
        if question.id not in response.answers:
            continue
        value = response.answers[question.id]
        if question.type == "yes_no":
            assert printed[question.text] == ("Tak" if value else "Nie")
        elif question.type == "acknowledgement":
            assert printed[question.text] == ("Potwierdzono" if value else "")
        elif question.type == "date":
            day = date.fromisoformat(value)
            assert printed[question.text] == format_date(day, "full", locale="pl_PL")
            assert printed[question.text] in found
    assert "Tak" in printed.values() or "Nie" in printed.values()
    for english in ENGLISH_LABELS:
        assert english not in found, english
    metadata = PdfReader(io.BytesIO(questionnaires.consent_record(db, response.id))).metadata
    assert metadata is not None and metadata.title.startswith("Potwierdzenie zgody — ")


def test_a_new_version_names_the_record_it_replaces_in_polish(db, client):
    spec, answers = _polish_consent(db, client)
    first = _finish(db, client, spec, answers, 5)
    draft = questionnaires.start_new_version(db, first.id)
    again = questionnaires.resume(db, draft)
    assert again.language == "pl", "a new version keeps the form it was answered on"
    second = _finish(db, client, again, {**answers, "photos_marketing": True}, 20)
    found = _text(questionnaires.consent_record(db, second.id))
    signed = format_date(SIGNED_DAY, "full", locale="pl_PL")
    assert (
        f"To jest nowa wersja: zastępuje dokument {first.id} "
        f"(data wypełnienia: {signed}, godz. 11:07)"
    ) in found
    assert "This is a new version" not in found


def test_the_clinics_own_form_keeps_its_english_record(db, client):
    """A Polish-speaking client asked the clinic's own (English) form gets the record
    of that form: the language is the form's, not the client's."""
    entries = questionnaires.form_entries(db)
    spec = questionnaires.find_form(entries, "consent")
    assert spec.language == ""
    answers = fill(spec, {"photos_marketing": False}, seed=3, today=SIGNED_DAY)
    found = _text(questionnaires.consent_record(db, _finish(db, client, spec, answers, 5).id))
    assert "Consent record — " in found and "Signed Friday 4 December 2026 at 11:05" in found
    assert "grudnia" not in found
