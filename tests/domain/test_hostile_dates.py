"""Hostile dates: every date has a plausible range and one stored form.

``date.fromisoformat`` takes "20260101" and "2026-W01-4" on Python 3.11, and
any year from 1 to 9999, so each date field names its own range and accepts
only YYYY-MM-DD.  A form file's ``max = 1e309`` (infinity to TOML) gets a
sentence that makes sense.
"""

from __future__ import annotations

import json
import textwrap
from datetime import date
from pathlib import Path

import pytest

from smpdesk import cli
from smpdesk.cli import main
from smpdesk.domain.client_details import ClientDetails, validate
from smpdesk.domain.session_details import SessionDetails, parse_appointment, validate_session
from smpdesk.questionnaire.loader import FormError, load_form_text
from tests.paper_records import ON_PAPER

TODAY = date(2026, 11, 22)


def client_problems(**values: str) -> dict[str, str]:
    base = {"given_name": "Zoë", "family_name": "Brontë"}
    return validate(ClientDetails(**{**base, **values}), today=TODAY)


def session_problems(**values: str) -> dict[str, str]:
    base = {"session_date": "2026-11-20", "session_type": "first"}
    return validate_session(SessionDetails(**{**base, **values}), today=TODAY)


# -- date of birth -------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["20260101", "19840327", "1984-W13-2", "1984-3-27", "１９８４-03-27"]
)
def test_date_of_birth_accepts_only_the_extended_iso_form(typed):
    assert client_problems(date_of_birth=typed) == {
        "date_of_birth": "Enter the date as YYYY-MM-DD, e.g. 1984-03-27."
    }


@pytest.mark.parametrize("typed", ["0001-01-01", "1906-11-21"])
def test_date_of_birth_more_than_120_years_ago_is_refused(typed):
    assert client_problems(date_of_birth=typed) == {
        "date_of_birth": (
            "Check the year: a date of birth must be from 1906-11-22 (120 years ago) to today."
        )
    }


@pytest.mark.parametrize("typed", ["1906-11-22", "2026-11-22", "1984-02-29"])
def test_date_of_birth_range_edges_are_accepted(typed):
    assert client_problems(date_of_birth=typed) == {}


def test_date_of_birth_in_the_future_is_refused():
    assert client_problems(date_of_birth="9999-12-31") == {
        "date_of_birth": "The date of birth cannot be in the future."
    }


def test_date_of_birth_is_stored_trimmed_as_typed():
    details = ClientDetails("Zoë", "Brontë", date_of_birth="  1984-03-27 ").cleaned()
    assert details.date_of_birth == "1984-03-27"


# -- session date --------------------------------------------------------------


@pytest.mark.parametrize("typed", ["0001-01-01", "1989-12-31"])
def test_session_date_before_1990_is_refused(typed):
    assert session_problems(session_date=typed) == {
        "session_date": "Check the year: a session date must be from 1990-01-01 to today."
    }


@pytest.mark.parametrize("typed", ["20261120", "2026-W47-5", "２０２６-11-20"])
def test_session_date_accepts_only_the_extended_iso_form(typed):
    assert session_problems(session_date=typed) == {
        "session_date": "Enter the date as YYYY-MM-DD, e.g. 2026-11-22."
    }


def test_session_date_1990_and_today_are_accepted():
    assert session_problems(session_date="1990-01-01") == {}
    assert session_problems(session_date="2026-11-22") == {}


def test_session_date_in_the_future_is_still_refused():
    assert "future" in session_problems(session_date="9999-12-31")["session_date"]


# -- next appointment ----------------------------------------------------------


@pytest.mark.parametrize("typed", ["9999-12-31 10:00", "2029-11-23 09:00", "2029-11-23"])
def test_next_appointment_more_than_three_years_ahead_is_refused(typed):
    assert session_problems(next_appointment=typed) == {
        "next_appointment": (
            "Check the year: the next appointment must be no later than 2029-11-22 (3 years ahead)."
        )
    }


def test_next_appointment_three_years_ahead_is_accepted():
    assert session_problems(next_appointment="2029-11-22 17:30") == {}


@pytest.mark.parametrize(
    "typed", ["20261201 10:00", "2026-W49-2 10:00", "２０２６-12-01 10:00", "2026-12-01 10:00:00"]
)
def test_next_appointment_accepts_only_iso_dates(typed):
    assert parse_appointment(typed) is None
    assert session_problems(next_appointment=typed) == {
        "next_appointment": "Enter the appointment as YYYY-MM-DD HH:MM."
    }


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-12-01 10:00", "2026-12-01 10:00"),
        ("2026-12-01T10:00", "2026-12-01 10:00"),
        ("2026-12-01 9:05", "2026-12-01 09:05"),
        (" 2026-12-01 ", "2026-12-01 00:00"),
    ],
)
def test_next_appointment_is_stored_in_one_form(typed, stored):
    details = SessionDetails("2026-11-20", "first", next_appointment=typed).cleaned()
    assert details.next_appointment == stored
    assert details.cleaned() == details
    assert validate_session(details, today=TODAY) == {}


def test_next_appointment_before_the_session_keeps_its_rule():
    problems = session_problems(next_appointment="0001-01-01 10:00")
    assert problems == {"next_appointment": "The next appointment must be after this session."}


# -- pigment expiry ------------------------------------------------------------


@pytest.mark.parametrize("typed", ["9999-12-31", "2041-11-23", "1999-12-31", "0001-01-01"])
def test_pigment_expiry_outside_its_range_is_refused(typed):
    assert session_problems(pigment_expiry=typed) == {
        "pigment_expiry": (
            "Check the year: a pigment expiry date must be from 2000-01-01 to 2041-11-22."
        )
    }


def test_pigment_expiry_edges_are_accepted():
    assert session_problems(pigment_expiry="2041-11-22") == {}
    assert session_problems(session_date="2000-01-01", pigment_expiry="2000-01-01") == {}


@pytest.mark.parametrize("typed", ["20270101", "2027-W01-1"])
def test_pigment_expiry_accepts_only_the_extended_iso_form(typed):
    assert session_problems(pigment_expiry=typed) == {
        "pigment_expiry": "Enter the expiry date as YYYY-MM-DD."
    }


# -- through the command line --------------------------------------------------


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    assert main(["init", "--db", str(path)]) == 0
    return path


def add_client(clinic: Path, capsys, *extra: str) -> int:
    argv = ["--db", str(clinic), "clients", "add", "--given", "Zoë", "--family", "B", *extra]
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


def test_cli_refuses_a_basic_format_date_of_birth(clinic, capsys):
    capsys.readouterr()
    argv = ["--db", str(clinic), "clients", "add", "--given", "Zoë", "--family", "B"]
    code = main([*argv, "--dob", "20260101"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == "smpdesk: --dob: Enter the date as YYYY-MM-DD, e.g. 1984-03-27."


@pytest.mark.parametrize(
    ("option", "value", "fragment"),
    [
        ("--date", "0001-01-01", "from 1990-01-01 to today"),
        ("--next", "9999-12-31 10:00", "no later than"),
        ("--pigment-expiry", "9999-12-31", "from 2000-01-01 to"),
    ],
)
def test_cli_refuses_implausible_session_dates(clinic, capsys, option, value, fragment):
    client_id = add_client(clinic, capsys)
    argv = ["--db", str(clinic), "sessions", "add", "--client", str(client_id)]
    code = main([*argv, "--type", "first", option, value])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(f"smpdesk: {option}: Check the year:")
    assert fragment in err


def test_cli_stores_the_appointment_in_one_form(clinic, capsys):
    client_id = add_client(clinic, capsys)
    today = date.today()
    soon = today.replace(year=today.year + 1, day=1).isoformat()
    argv = ["--db", str(clinic), "sessions", "add", "--client", str(client_id)]
    typed = ["--type", "first", "--next", f"{soon}T9:05", "--override-reason", ON_PAPER]
    assert main([*argv, *typed]) == 0
    capsys.readouterr()
    listing = ["--db", str(clinic), "sessions", "list", "--client", str(client_id)]
    assert main([*listing, "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["next_appointment"] == f"{soon} 09:05"


# -- a form file with max = 1e309 ------------------------------------------------

NUMBER_FORM = textwrap.dedent(
    """\
    form = "tiny"
    title = "Tiny"
    version = 1

    [[pages]]
    title = "Only page"

    [[pages.questions]]
    id = "age"
    type = "number"
    text = "Age"
    {setting}
    """
)


INFINITE = "must be a number, and this one is infinite (too large to use)"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("max = 1e309", f'"max" of question "age" {INFINITE}'),
        ("max = inf", f'"max" of question "age" {INFINITE}'),
        ("min = -inf", f'"min" of question "age" {INFINITE}'),
        ("min = nan", '"min" of question "age" must be a number, not nan'),
    ],
)
def test_an_infinite_or_nan_bound_is_named_on_its_line(setting, message):
    with pytest.raises(FormError) as info:
        load_form_text(NUMBER_FORM.format(setting=setting), "f.toml")
    [problem] = info.value.problems
    assert str(problem).startswith(f"f.toml:12: {message}")
    assert "not a number" not in problem.message


def test_an_infinite_version_is_not_called_a_number():
    source = NUMBER_FORM.format(setting="").replace("version = 1", "version = inf")
    with pytest.raises(FormError) as info:
        load_form_text(source, "f.toml")
    [problem] = info.value.problems
    assert str(problem) == 'f.toml:3: "version" must be text or a number, not an infinite number'


def test_forms_check_reports_1e309_with_file_and_line(tmp_path: Path, capsys):
    folder = tmp_path / "forms"
    folder.mkdir()
    path = folder / "tiny.toml"
    path.write_text(NUMBER_FORM.format(setting="max = 1e309"), encoding="utf-8")
    assert cli.main(["forms", "check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f'{path}:12: "max" of question "age" must be a number, and this one is infinite' in out
    assert "not a number" not in out
