"""Hostile text: names and lots that would act on a terminal instead of showing.

A client's name, phone or a pigment lot is printed by the CLI and drawn in
PDFs; escape sequences, bidi overrides and zero-width characters are dropped
on save, and names in every script survive exactly as typed.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smpdesk.cli import main
from smpdesk.domain.client_details import ClientDetails, validate
from smpdesk.domain.session_details import SessionDetails, validate_session
from smpdesk.domain.text_safety import (
    BIDI_CONTROLS,
    PLACEHOLDER,
    ZWJ,
    ZWNJ,
    clean_line,
    clean_multiline,
    terminal_safe,
)
from tests.paper_records import ON_PAPER

TODAY = date(2026, 11, 22)
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def cleaned_name(given_name: str) -> str:
    return ClientDetails(given_name=given_name, family_name="X").cleaned().given_name


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("\x1b[2JBob", "Bob"),
        ("Bob\x1b[31m Smith\x1b[0m", "Bob Smith"),
        ("\x1b]0;title\x07Bob", "Bob"),
        ("\x1b]0;title\x1b\\Bob", "Bob"),
        ("\x9b2JBob", "Bob"),
        ("Bob\x00\x07\x08\x7f", "Bob"),
        ("\u202eboB\u202c", "boB"),
        ("\u2066Bob\u2069 \u200eSmith\u200f\u061c", "Bob Smith"),
        ("\u202a\u202b\u202d", ""),
        ("B\u200bo\u2060b\ufeff", "Bob"),
        ("\u200dBob\u200c", "Bob"),
        ("Bob\tSmith\r\nJr", "Bob Smith Jr"),
        ("Bob\u2028Smith", "Bob Smith"),
    ],
)
def test_acting_characters_are_dropped_from_a_name(typed, stored):
    assert cleaned_name(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        ZERO_WIDTH,
        "\u200b",
        "\u200d\u200c",
        "\x1b]0;title\x07",
        "\x1b[2J",
        "\u202e\u202c",
        " \ufeff ",
        "\u3164",  # Hangul filler: a letter that draws nothing
    ],
)
def test_a_name_with_nothing_visible_is_refused_like_an_empty_one(typed):
    problems = validate(ClientDetails(given_name=typed, family_name=typed), today=TODAY)
    assert problems == {
        "given_name": "Enter the client's given name.",
        "family_name": "Enter the client's family name.",
    }


LEGITIMATE = [
    "Łukasz Żółć",
    unicodedata.normalize("NFD", "José"),
    unicodedata.normalize("NFD", "Nguyễn Thị Ánh"),
    "محمد عبد الله",
    "देवनागरी",
    "क्\u200dष",  # ZWJ: Devanagari half form
    "می\u200cخواهم",  # ZWNJ: Persian
    "김민준",
    unicodedata.normalize("NFD", "한지민"),  # conjoining jamo
    "สมชาย ใจดี",
    "O'Brien-Smith",
    "Zoë ❤️\u200d🔥",  # emoji ZWJ sequence
]


@pytest.mark.parametrize("name", LEGITIMATE)
def test_names_in_every_script_survive_unchanged(name):
    assert cleaned_name(name) == name
    assert validate(ClientDetails(given_name=name, family_name=name), today=TODAY) == {}
    assert terminal_safe(name) == name


def test_phone_and_email_are_cleaned_too():
    details = ClientDetails(
        "Zoë",
        "Brontë",
        phone="\x1b[31m+44 7700\u200b 900123\u202e",
        email="\u202eZoe@Example.com\u200b",
    ).cleaned()
    assert details.phone == "+44 7700 900123"
    assert details.email == "zoe@example.com"
    assert validate(details, today=TODAY) == {}


def test_address_and_notes_keep_lines_and_tabs_but_lose_controls_and_bidi():
    details = ClientDetails(
        "Zoë",
        "Brontë",
        address="1 High St\r\nFlat 2\tBlock B\rLondon\x1b[2J\u202e",
        notes="Allergic\x00 to\x07 latex\u2066!\u2069\nSee\u200dnote",
    ).cleaned()
    assert details.address == "1 High St\nFlat 2\tBlock B\nLondon"
    assert details.notes == "Allergic to latex!\nSee\u200dnote"


def test_undecodable_bytes_are_still_reported_not_silently_dropped():
    problems = validate(ClientDetails(given_name="\udce9", family_name="X"), today=TODAY)
    assert problems == {"given_name": "This contains characters that cannot be saved; retype it."}


def test_session_text_fields_are_cleaned():
    details = SessionDetails(
        "2026-11-20",
        "first",
        practitioner="\u202eAnna\u202c",
        pigment_lot="\x1b]0;pwned\x07PL-7\u200b",
        diluent_lot="\x1b[2JDL-1",
        machine_settings="9V\x1b[1A",
        complications="none\r\nbut\x1b[31m red\u202e",
        notes="line 1\n\tline 2\x00",
    ).cleaned()
    assert details.practitioner == "Anna"
    assert details.pigment_lot == "PL-7"
    assert details.diluent_lot == "DL-1"
    assert details.machine_settings == "9V"
    assert details.complications == "none\nbut red"
    assert details.notes == "line 1\n\tline 2"
    assert validate_session(details, today=TODAY) == {}


def test_terminal_safe_shows_what_an_older_version_stored():
    assert terminal_safe("\x1b[2JBob") == f"{PLACEHOLDER}[2JBob"
    assert terminal_safe("\x1b]0;title\x07") == f"{PLACEHOLDER}]0;title{PLACEHOLDER}"
    assert terminal_safe("\u202eboB") == f"{PLACEHOLDER}boB"
    assert terminal_safe("\u200b") == PLACEHOLDER
    assert terminal_safe("a\nb\tc") == f"a{PLACEHOLDER}b{PLACEHOLDER}c"
    assert terminal_safe("a\nb\tc\x1b", multiline=True) == f"a\nb\tc{PLACEHOLDER}"
    assert terminal_safe("Zo\udce9") == f"Zo{PLACEHOLDER}"


# -- properties ------------------------------------------------------------------

HOSTILE = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(
            [*BIDI_CONTROLS, *ZERO_WIDTH, "\x1b", "[", "]", "\x07", "\x9b", "\n", "\r", "\t"]
        ),
    ),
    max_size=40,
)


def _acting(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in BIDI_CONTROLS


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_a_cleaned_name_holds_nothing_that_acts(text):
    name = cleaned_name(text)
    assert not any(_acting(ch) for ch in name)
    for ch in name:
        if unicodedata.category(ch) == "Cf" and ch not in (ZWJ, ZWNJ):
            assert ch in "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
    assert not name.startswith((ZWJ, ZWNJ)) and not name.endswith((ZWJ, ZWNJ))
    assert name == name.strip()
    assert cleaned_name(name) == name
    assert not any(_acting(ch) for ch in terminal_safe(text))


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_a_cleaned_note_holds_only_lines_and_tabs(text):
    note = clean_multiline(text)
    assert not any(_acting(ch) and ch not in "\n\t" for ch in note)
    assert clean_multiline(note) == note


LETTERS = st.characters(
    categories=["Lu", "Ll", "Lt", "Lm", "Lo"], exclude_characters="\u115f\u1160\u3164\uffa0"
)
MARKS = st.characters(categories=["Mn", "Mc", "Me"])


@settings(max_examples=300, deadline=None)
@given(LETTERS, st.text(st.one_of(LETTERS, MARKS, st.just(" ")), max_size=30), LETTERS)
def test_letters_and_marks_are_never_changed(first, middle, last):
    name = first + middle + last
    assert cleaned_name(name) == name
    assert clean_line(name) == name
    assert clean_multiline(name) == name
    assert terminal_safe(name) == name


# -- through the command line --------------------------------------------------


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    assert main(["init", "--db", str(path)]) == 0
    return path


def test_cli_stores_a_name_without_its_escape_sequence(clinic, capsys):
    argv = ["--db", str(clinic), "clients", "add", "--given", "\x1b[2JBob", "--family", "X"]
    assert main([*argv, "--phone", "\u202e+44 7700 900123"]) == 0
    client_id = capsys.readouterr().out.strip()
    assert main(["--db", str(clinic), "clients", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["given_name"], listed["phone"]) == ("Bob", "+44 7700 900123")

    sessions = ["--db", str(clinic), "sessions"]
    lot = "\x1b]0;pwned\x07PL-7\u202e"
    add = [*sessions, "add", "--client", client_id, "--type", "first", "--pigment-lot", lot]
    assert main([*add, "--override-reason", ON_PAPER]) == 0
    assert main([*sessions, "list", "--client", client_id]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert "lot PL-7" in out


@pytest.mark.parametrize("given_name", [ZERO_WIDTH, "\x1b]0;title\x07", "\u202e"])
def test_cli_refuses_an_invisible_name(clinic, capsys, given_name):
    argv = ["--db", str(clinic), "clients", "add", "--given", given_name, "--family", "X"]
    assert main(argv) == 1
    assert capsys.readouterr().err.strip() == "smpdesk: --given: Enter the client's given name."


def test_an_override_reason_is_stored_without_control_characters(db, monkeypatch):
    from smpdesk import store
    from smpdesk.app import clients as client_cases
    from smpdesk.app import questionnaires
    from smpdesk.app import sessions as session_cases
    from smpdesk.domain.client_details import ClientDetails
    from smpdesk.domain.session_details import SessionDetails

    class Flag:
        def to_json(self) -> dict[str, str]:
            return {"level": "do_not_treat", "message": "test"}

    monkeypatch.setattr(questionnaires, "do_not_treat", lambda _db, _id: [Flag()])
    client = client_cases.add_client(db, ClientDetails(given_name="Ann", family_name="Reason"))
    session = session_cases.record_session(
        db,
        client.id,
        SessionDetails(session_date="2026-12-01", session_type="first"),
        override_reason="\x1b[2JDoctor cleared it\u202e in writing today",
    )
    reason, _flags = store.session_override(db, session.id)
    assert "\x1b" not in reason and "\u202e" not in reason
    assert reason.startswith("Doctor cleared it")


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_the_ascii_fast_paths_clean_as_the_full_rules_do(text):
    """clean_line and clean_multiline skip the per-character rules for printable ASCII
    (an import cleans every cell): for any ASCII text they give what the rules give."""
    from smpdesk.domain import text_safety

    assert text_safety.clean_line(text) == text_safety._clean_line_fully(text)
    assert text_safety.clean_multiline(text) == text_safety._clean_multiline_fully(text)
