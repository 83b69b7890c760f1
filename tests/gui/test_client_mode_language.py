"""Issue 20: client mode speaks the client's language, the core's own sentences included.

The Qt-free core writes a few sentences a client reads while filling a form
(what is wrong under a question, the note over signed answers, why a typed date
is not one).  It keeps them in English by key and takes translated words as an
argument; ``smpdesk.gui.questionnaires.core_words`` hands it those words through
Qt's catalogues.  These tests check that no core sentence can miss its entry
and that a Polish client sees Polish.
"""

from __future__ import annotations

import ast
import inspect
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from smpdesk.app import clients as client_cases
from smpdesk.app.demo.forms import fill
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.dates import parse_typed_date
from smpdesk.gui import i18n
from smpdesk.gui.questionnaires import core_words
from smpdesk.gui.questionnaires.form_runner import SIGNED_TIMES_KEY, ClientModeLock
from smpdesk.questionnaire import answers as core_answers
from smpdesk.questionnaire import sealing
from smpdesk.questionnaire.answers import (
    PROBLEM_SENTENCES,
    ProblemWords,
    answer_problem,
    date_hint,
    date_input_problem,
)
from smpdesk.questionnaire.loader import load_form, load_form_text
from tests.gui.test_gui_forms import FORMS, runner_for

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "ts"
SHOTS = Path("/tmp/h20b")
_PLACEHOLDERS = re.compile(r"\{[^{}\s]*\}")


@pytest.fixture
def polish():
    i18n.use_language("pl")
    try:
        yield
    finally:
        i18n.use_language("en")


@pytest.fixture
def client(db):
    return client_cases.add_client(
        db, ClientDetails(given_name="Łukasz", family_name="Żółkiewski", date_of_birth="1990-05-04")
    )


# -- no core sentence without its entry --------------------------------------------------


def test_the_gui_tables_repeat_the_core_english_word_for_word():
    assert core_words.PROBLEMS == PROBLEM_SENTENCES
    assert core_words.SIGNED == sealing.SIGNED_SENTENCES


def _sentences_in(function) -> list[str]:
    """String constants in a function's body that read as a sentence (docstring aside)."""
    tree = ast.parse(inspect.getsource(function).lstrip())
    body = tree.body[0]
    docstring = ast.get_docstring(body, clean=False)
    return [
        node.value
        for node in ast.walk(body)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value != docstring
        and re.search(r"[A-Za-z]{2,} [A-Za-z]{2,}", node.value)
    ]


@pytest.mark.parametrize(
    "function",
    [
        core_answers.problems,
        core_answers.answer_problem,
        core_answers._type_problem,
        core_answers._range_problem,
        core_answers.date_input_problem,
        core_answers.date_hint,
        sealing.signed_words,
    ],
    ids=lambda f: f.__name__,
)
def test_the_core_writes_no_sentence_outside_its_tables(function):
    """A sentence typed into a checking function would reach a client in English."""
    assert _sentences_in(function) == []


CASES = """
form = "every_problem"
title = "Every problem"
version = "1"

[[pages]]
title = "All"

[[pages.questions]]
id = "words"
type = "text"
text = "Words"
required = true
max_length = 3

[[pages.questions]]
id = "ack"
type = "acknowledgement"
text = "I agree"
required = true

[[pages.questions]]
id = "sig"
type = "signature"
text = "Sign"
required = true

[[pages.questions]]
id = "one"
type = "single_choice"
text = "One"
required = true
choices = ["a", "b"]

[[pages.questions]]
id = "many"
type = "multiple_choice"
text = "Many"
required = true
min_selected = 2
max_selected = 2
choices = ["a", "b", "c", { value = "none", label = "None", exclusive = true }]

[[pages.questions]]
id = "yes"
type = "yes_no"
text = "Yes?"
required = true

[[pages.questions]]
id = "born"
type = "date"
text = "Born"
required = true
not_future = true

[[pages.questions]]
id = "next_visit"
type = "date"
text = "Next visit"
not_past = true

[[pages.questions]]
id = "today"
type = "date"
text = "Today"
not_future = true
not_past = true

[[pages.questions]]
id = "weight"
type = "number"
text = "Weight"
required = true
integer = true
min = 1
max = 10
unit = "kg"

[[pages.questions]]
id = "low"
type = "number"
text = "Low"
min = 5

[[pages.questions]]
id = "high"
type = "number"
text = "High"
max = 5
"""

TODAY = date(2026, 11, 22)


def _questions() -> dict:
    spec = load_form_text(CASES, "every_problem.toml")
    return {q.id: q for page in spec.pages for q in page.questions}


BAD = [  # question, answer, the sentence's key
    ("words", None, "answer"),
    ("words", 5, "type_your_answer"),
    ("words", "abcdef", "max_length"),
    ("ack", None, "tick_to_confirm"),
    ("sig", None, "sign"),
    ("sig", "data:image/png;base64,AAAA", "sign_again"),
    ("one", None, "choose_an_answer"),
    ("one", "zzz", "choose_one_of"),
    ("many", None, "choose_at_least_one"),
    ("many", ["zzz"], "choose_from_shown"),
    ("many", ["a", "none"], "not_together"),
    ("many", ["a"], "choose_at_least"),
    ("many", ["a", "b", "c"], "choose_at_most"),
    ("yes", None, "yes_or_no"),
    ("yes", "maybe", "yes_or_no"),
    ("born", None, "enter_a_date"),
    ("born", "soon", "real_date"),
    ("born", "2027-01-01", "not_future"),
    ("next_visit", "2026-01-01", "not_past"),
    ("today", "2026-11-01", "todays_date"),
    ("weight", None, "enter_a_number"),
    ("weight", 1.5, "whole_number"),
    ("weight", 20, "number_from_to"),
    ("low", 1, "number_or_more"),
    ("high", 9, "number_or_less"),
]


def test_every_core_sentence_is_said_through_the_words_given():
    """Marked words in, only marks out: no sentence bypasses the table, and every key
    of the table is one the core really says."""
    questions = _questions()
    marked = ProblemWords({key: f"«{key}»" for key in PROBLEM_SENTENCES})
    said = set()
    for qid, value, key in BAD:
        message = answer_problem(questions[qid], value, {}, TODAY, words=marked)
        assert message == f"«{key}»", (qid, value)
        said.add(key)
    for text, key in (("31/02/2025", "no_such_date"), ("soon", "date_as")):
        assert date_input_problem(text, words=marked) == f"«{key}»"
        said.add(key)
    for style, key in (("uk", "date_form_uk"), ("us", "date_form_us")):
        assert date_hint(style, words=marked) == f"«{key}»"
        said.add(key)
    assert said == set(PROBLEM_SENTENCES)


def test_the_english_is_what_it_always_was():
    questions = _questions()

    def said(qid: str, value: object) -> str:
        return answer_problem(questions[qid], value, {}, TODAY)

    assert said("words", "abcdef") == "Please keep this to 3 characters."
    assert said("weight", 20) == "Please enter a number from 1 to 10 kg."
    assert said("low", 1) == "Please enter a number of 5 or more."
    assert said("high", 9) == "Please enter a number of 5 or less."
    assert said("many", ["a", "none"]) == '"None" cannot be ticked together with other answers.'
    assert said("many", ["a"]) == "Please choose at least 2."
    assert date_input_problem("3/4/25", "us") == "Please enter a date as MM/DD/YYYY."


def _catalogue(code: str) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(TS / f"questionnaires_{code}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _entries() -> list[tuple[str, str]]:
    return [
        *(("AnswerProblems", text) for text in core_words.PROBLEMS.values()),
        *(("SignedWords", text) for text in core_words.SIGNED.values()),
        *(("DateWords", text) for text in core_words.DATE_PROBLEMS.values()),
        *(("AnswerWords", text) for text in ("Yes", "No", "Confirmed", "Signed")),
    ]


@pytest.mark.parametrize("code", ["es", "de", "pl"])
def test_every_core_sentence_is_translated_with_its_placeholders(code):
    catalogue = _catalogue(code)
    for context, source in _entries():
        message = catalogue.get((context, source))
        assert message is not None, f"{context}: {source!r} is not in questionnaires_{code}.ts"
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(_PLACEHOLDERS.findall(text)) == sorted(_PLACEHOLDERS.findall(source)), (
            code,
            source,
            text,
        )


# -- the date box's sentences -----------------------------------------------------------

DATE_CASES = {  # typed text -> which of parse_typed_date's sentences it gets
    "next week": "expected",
    "14/03/85": "year",
    "31/02/2025": "no_such_date",
    "Monday 14 March 1985": "weekday",  # a Thursday
}


def _refusal(text: str, style: str = "uk") -> str:
    with pytest.raises(ValueError) as refused:
        parse_typed_date(text, style)
    return str(refused.value)


@pytest.mark.parametrize(("text", "kind"), DATE_CASES.items())
def test_each_date_refusal_is_recognised_and_unchanged_in_english(qapp, text, kind):
    english = _refusal(text)
    assert core_words._DATE_PATTERNS[kind].fullmatch(english), english
    assert core_words.date_problem(text, "uk") == english


def test_the_date_box_speaks_polish(qapp, polish):
    assert core_words.date_problem("31/02/2025", "uk") == (
        "Taka data nie istnieje; prosimy sprawdzić dzień i miesiąc (DD.MM.RRRR)."
    )
    assert core_words.date_problem("Monday 14 March 1985", "uk") == (
        "Ta data to czwartek, a nie poniedziałek; prosimy sprawdzić datę."
    )
    assert core_words.date_form("uk") == "DD.MM.RRRR"
    assert core_words.long_date(date(1985, 3, 14)) == "czwartek, 14 marca 1985"


def test_the_seal_note_speaks_polish(qapp, polish):
    spec = load_form(FORMS / "consent.pl.toml")
    first = sealing.signature_ids(spec)[0]
    now = datetime.now().astimezone()
    assert core_words.signed_words(spec, first, now.isoformat()) == (
        f"Podpisane przez klienta o {now:%H:%M}"
    )
    earlier = now - timedelta(days=3)
    said = core_words.signed_words(spec, first, earlier.isoformat())
    assert said.startswith("Podpisane przez klienta ") and said.endswith(f" o {earlier:%H:%M}")
    assert str(earlier.year) in said


# -- the form in client mode -------------------------------------------------------------


def test_client_mode_in_polish_says_what_is_missing_in_polish(qtbot, db, client, polish):
    runner = runner_for(qtbot, db, client, "medical.pl", lock=ClientModeLock("2468"))
    assert runner.next_button.text() == "Dalej"
    assert runner.close_button.text() == "Specjalista…"
    assert runner.findChild(QLabel, "required_legend_0").text().startswith("Pytania oznaczone *")

    runner.next_button.click()  # nothing answered yet

    field = runner.fields["age_18_plus"]
    assert runner.current_page == 0
    assert field.error.isVisible()
    assert field.error.text() == "Prosimy odpowiedzieć tak lub nie."
    assert "Please" not in field.error.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    runner.grab().save(str(SHOTS / "client_mode_pl.png"))

    # An answer clears it, and the other required ones still say theirs in Polish.
    field._buttons["yes"].click()
    assert not field.error.isVisible()
    assert runner.fields["pregnant_or_breastfeeding"].error.text() == (
        "Prosimy odpowiedzieć tak lub nie."
    )


def test_client_mode_in_polish_shows_the_seal_in_polish(qtbot, db, client, polish):
    spec = load_form(FORMS / "consent.pl.toml")
    first = sealing.signature_ids(spec)[0]
    answers = fill(spec, {}, seed=3, today=date.today())
    answers.pop("practitioner_signature", None)
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    answers[SIGNED_TIMES_KEY] = {first: stamp}
    runner = runner_for(
        qtbot, db, client, "consent.pl", lock=ClientModeLock("2468"), answers=answers
    )
    notes, _whole = runner.sealed_pages()
    assert notes
    for note in notes.values():
        assert note.startswith("Podpisane przez klienta o ")
        assert note.endswith(" — te odpowiedzi są zablokowane")


def test_english_client_mode_is_unchanged(qtbot, db, client):
    runner = runner_for(qtbot, db, client, "medical", lock=ClientModeLock("2468"))
    runner.next_button.click()
    assert runner.fields["age_18_plus"].error.text() == "Please answer yes or no."


def test_a_date_question_speaks_polish(qtbot, polish):
    from smpdesk.gui.questionnaires.question_widgets import QuestionField

    field = QuestionField(_questions()["born"], date_style="uk")
    qtbot.addWidget(field)
    assert field.line.placeholderText() == "DD.MM.RRRR"
    field.line.setText("14/03/1985")
    assert field.date_entry.understood.text() == "czwartek, 14 marca 1985"
    assert field.input_problem() == ""
    field.line.setText("31/02/2025")
    assert field.input_problem() == (
        "Taka data nie istnieje; prosimy sprawdzić dzień i miesiąc (DD.MM.RRRR)."
    )


def test_a_date_question_in_english_is_unchanged(qtbot):
    from smpdesk.gui.questionnaires.question_widgets import QuestionField

    field = QuestionField(_questions()["born"], date_style="uk")
    qtbot.addWidget(field)
    assert field.line.placeholderText() == "DD/MM/YYYY"
    field.line.setText("14/03/1985")
    assert field.date_entry.understood.text() == "Thursday 14 March 1985"
    field.line.setText("31/02/2025")
    assert field.input_problem() == _refusal("31/02/2025")


# The offscreen platform cannot raise a popup or grab the keyboard; a desktop can.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing", "propagateSize")
def test_the_calendar_speaks_polish(qtbot, polish):
    from PySide6.QtCore import QLocale

    from smpdesk.gui.questionnaires.question_widgets import QuestionField

    field = QuestionField(_questions()["born"], date_style="uk")
    qtbot.addWidget(field)
    field.date_entry.calendar_button.click()
    calendar = field.date_entry.calendar
    assert calendar is not None
    assert calendar.locale().language() == QLocale.Language.Polish
    field.date_entry._menu.close()
