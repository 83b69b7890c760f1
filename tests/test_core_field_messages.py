"""A form's field messages are said in the window's language (issue 20).

Each message a ValidationError gives for a field is marked for the translators (a plain
marked sentence, or a :class:`~smpdesk.errors.Sentence` whose values are filled in after
translating): the window reads it in its language, the CLI and the tests in English,
exactly as before.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from smpdesk.app import clients, protection
from smpdesk.app.clinic import Clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails, validate_session
from smpdesk.errors import ValidationError, said
from tests.core_sentences import marking

TS_FOLDER = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "ts"


@cache
def _translated(code: str) -> frozenset[str]:
    """The English of every finished translation in the ``code`` catalogues."""
    found = set()
    for path in TS_FOLDER.glob(f"*_{code}.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            source = message.find("source")
            if translation is not None and translation.get("type") is None and source is not None:
                found.add(source.text or "")
    return frozenset(found)


def _raised(call: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def _assert_said_in_the_window(err: ValidationError) -> dict[str, str]:
    """Every field's message: marked when the window translates, English otherwise,
    and its template in every language's catalogue."""
    english = err.fields
    assert english
    with marking():
        translated = err.fields
    assert err.fields == english
    assert translated.keys() == english.keys()
    for name, message in english.items():
        said_now = translated[name]
        assert said_now.startswith("<<") and said_now.endswith(">>"), (name, said_now)
        assert said_now[2:-2] == message, (name, said_now)  # the values are filled in after
        template, _values = said(err._fields[name])
        for code in ("es", "de", "pl"):
            assert template in _translated(code), (code, template)
    return english


def test_client_details_messages(db: Clinic) -> None:
    err = _raised(
        lambda: clients.add_client(
            db,
            ClientDetails(
                given_name="",
                family_name="",
                preferred_name="x" * 200,
                date_of_birth="1800-01-01",
                phone="abc",
                email="nobody",
                language="xx",
            ),
        )
    )
    english = _assert_said_in_the_window(err)
    assert english["given_name"] == "Enter the client's given name."
    assert english["family_name"] == "Enter the client's family name."
    assert english["preferred_name"].startswith("Keep this under ")
    assert english["date_of_birth"].startswith("Check the year: a date of birth must be from ")
    assert english["phone"] == "Use digits, spaces, +, - and brackets only."
    assert english["email"] == "Enter an email address like name@example.com."
    assert english["language"].startswith("Choose one of the languages smpdesk writes papers in")
    assert str(err) == "Enter the client's given name."


def test_a_badly_typed_date_of_birth(db: Clinic) -> None:
    err = _raised(
        lambda: clients.add_client(
            db, ClientDetails(given_name="Ann", family_name="Lee", date_of_birth="27/03/1984")
        )
    )
    english = _assert_said_in_the_window(err)
    assert english == {"date_of_birth": "Enter the date as YYYY-MM-DD, e.g. 1984-03-27."}


def test_session_details_messages() -> None:
    details = SessionDetails(
        session_date="2020-01-10",
        session_type="nonsense",
        start_time="25:00",
        pigment_expiry="1990-01-01",
        pain_score="11",
        next_appointment="2020-01-09 10:00",
    )
    err = _raised(lambda: _raise(validate_session(details)))
    english = _assert_said_in_the_window(err)
    assert english["session_type"] == "Choose the kind of session."
    assert english["start_time"] == "Enter the time as HH:MM, e.g. 09:30."
    assert english["pain_score"] == "Enter a pain score from 0 to 10."
    assert english["pigment_expiry"].startswith("Check the year: a pigment expiry date must be")
    assert english["next_appointment"] == "The next appointment must be after this session."


def test_staff_account_and_password_messages(db_path: Path) -> None:
    err = _raised(
        lambda: protection.protect(db_path, login="Not A Login!", display_name="", password="abc")
    )
    english = _assert_said_in_the_window(err)
    assert english["login"] == (
        "A user name is 1 to 32 lower-case letters, digits, dots, dashes or "
        "underscores, starting with a letter or digit."
    )
    assert english["display_name"] == "Give the staff member's name as it should appear."
    assert english["password"].startswith("A password needs at least ")
    assert english["password"].endswith(" characters.")


def _raise(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(problems)
