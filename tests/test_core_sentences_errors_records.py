"""The records' refusals (clients, sessions, photos, forms, erasure...) are said in the
window's language (issue 20): each is a marked template whose values are filled in after
translating, while the CLI and the logs keep the English exactly as before."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from smpdesk import errors
from smpdesk.app import (
    client_import,
    client_list_export,
    clients,
    erasure,
    follow_ups,
    lot_recall,
    photos,
    questionnaires,
    reports,
    sessions,
)
from smpdesk.app.clinic import Clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import UserError
from tests.core_sentences import marking, said_both
from tests.paper_records import ON_PAPER


@pytest.fixture
def marked() -> Iterator[None]:
    with marking():
        yield


def _refusal(call: Callable[[], object]) -> UserError:
    with pytest.raises(UserError) as caught:
        call()
    return caught.value


def _both(call: Callable[[], object]) -> tuple[str, str]:
    english, translated, _err = said_both(call)
    return english, translated


def test_a_missing_photo_is_translated_with_its_number(db: Clinic) -> None:
    english, translated = _both(lambda: photos.photo_jpeg(db, 987654))
    assert english == "There is no photo with id 987654."
    assert translated == "<<There is no photo with id 987654.>>"


def test_each_refusal_is_translated_and_its_english_unchanged(db: Clinic, marked: None) -> None:
    client = clients.add_client(db, ClientDetails(given_name="Ada", family_name="Lovelace"))
    cases: list[tuple[Callable[[], object], str]] = [
        (
            lambda: clients.require_client(db, 424242),
            "There is no client with id 424242; it may have been removed.",
        ),
        (
            lambda: photos.retag(db, [1], visit_date="3rd of May"),
            "Enter the visit date as YYYY-MM-DD.",
        ),
        (
            lambda: follow_ups.record_outcome(db, client.id, "maybe"),
            "Unknown outcome 'maybe'; choose one of: ",
        ),
        (lambda: erasure.checked_reason("x" * 600), "Keep the reason under 500 characters;"),
        (
            lambda: erasure.erase_client(db, client.id, confirmation="C1", reason="Asked"),
            f"To erase this client, type their client number {client.client_number} exactly;",
        ),
        (
            lambda: client_list_export.kind_of(Path("clients.txt")),
            "clients.txt does not end in .csv or .xlsx;",
        ),
        (lambda: reports.clinic_reports(db, 1066), "The year must be a whole number from "),
        (lambda: lot_recall.find_lot(db, "A1", match="fuzzy"), "Unknown match 'fuzzy';"),
        (lambda: client_import.undo_import(db, 31337), "There is no import 31337;"),
        (
            lambda: questionnaires.open_response(db, 5150),
            "There is no questionnaire response 5150.",
        ),
    ]
    for call, english_start in cases:
        err = _refusal(call)
        said = str(err)
        assert said.startswith("<<") and said.endswith(">>"), said
        assert "{" not in said, said  # every value filled in after translating
        errors.speak_with(None)
        assert str(err).startswith(english_start), str(err)
        assert str(err) == err.english == err.args[0]
        errors.speak_with(lambda template: "<<" + template + ">>")


def test_a_deleted_session_is_said_in_one_whole_sentence(db: Clinic) -> None:
    client = clients.add_client(db, ClientDetails(given_name="Grace", family_name="Hopper"))
    session = sessions.record_session(
        db,
        client.id,
        SessionDetails(date.today().isoformat(), "first", practitioner="Aoife Byrne"),
        override_reason=ON_PAPER,
    )
    sessions.delete_session(db, session.id, "Recorded for the wrong client by mistake")
    english, translated = _both(
        lambda: sessions.delete_session(db, session.id, "Second try at deleting it")
    )
    assert re.fullmatch(
        rf"Session {session.id} was already deleted on [^;]+; nothing was changed\.", english
    )
    assert translated.startswith(f"<<Session {session.id} was already deleted on ")
    assert translated.endswith("; nothing was changed.>>")


def test_a_broken_seal_says_who_signed_as_the_form_says_it() -> None:
    """One whole sentence per signer and moment, each beginning with what the form itself
    says of that signature (so the two never drift apart)."""
    from smpdesk.questionnaire.sealing import SIGNED_SENTENCES

    sealed = questionnaires._SEALED
    assert set(sealed) == set(SIGNED_SENTENCES)
    for key, signed in SIGNED_SENTENCES.items():
        assert sealed[key] == (
            f"{signed}, so the answers above that signature are sealed: "
            "a change needs a new version of the form, signed again."
        )
