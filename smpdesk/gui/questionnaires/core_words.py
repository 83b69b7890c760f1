"""The core's own sentences in the language the window speaks (issue 20).

The Qt-free core (:mod:`smpdesk.questionnaire.answers`, :mod:`~smpdesk.questionnaire.sealing`,
:mod:`smpdesk.domain.dates`) writes a few sentences a client reads while filling a
form: what is wrong under a question ("Please choose an answer."), the note over
signed answers ("Signed by the client at 14:05"), why typed text is not a date.
The core keeps them in English, by key, and takes another language's words as an
argument; this module hands it those words, translated by Qt's catalogues like
the rest of the window, so client mode (:func:`smpdesk.gui.i18n.speaking`) says
them in the client's language and the practitioner's window in theirs.

Each table below repeats the core's English exactly, wrapped in
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds it; the tests check every key
the core has is here with the same English, so a new core sentence cannot be
missed.  Dates and numbers in another language come from CLDR through Babel.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from smpdesk.domain.dates import WEEKDAYS, parse_typed_date
from smpdesk.domain.languages import DEFAULT_LANGUAGE, babel_locale
from smpdesk.gui.dates import format_long_date, format_medium_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, current_language, translate
from smpdesk.questionnaire import sealing
from smpdesk.questionnaire.answers import AnswerWords, ProblemWords, fill
from smpdesk.questionnaire.spec import FormSpec

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

# smpdesk.questionnaire.answers.PROBLEM_SENTENCES, word for word.
PROBLEMS: dict[str, str] = {
    "answer": QT_TRANSLATE_NOOP("AnswerProblems", "Please answer this question."),
    "tick_to_confirm": QT_TRANSLATE_NOOP("AnswerProblems", "Please tick the box to confirm."),
    "sign": QT_TRANSLATE_NOOP("AnswerProblems", "Please sign in the box."),
    "choose_an_answer": QT_TRANSLATE_NOOP("AnswerProblems", "Please choose an answer."),
    "choose_at_least_one": QT_TRANSLATE_NOOP(
        "AnswerProblems", "Please choose at least one answer."
    ),
    "yes_or_no": QT_TRANSLATE_NOOP("AnswerProblems", "Please answer yes or no."),
    "enter_a_date": QT_TRANSLATE_NOOP("AnswerProblems", "Please enter a date."),
    "enter_a_number": QT_TRANSLATE_NOOP("AnswerProblems", "Please enter a number."),
    "type_your_answer": QT_TRANSLATE_NOOP("AnswerProblems", "Please type your answer."),
    "max_length": QT_TRANSLATE_NOOP("AnswerProblems", "Please keep this to {count} characters."),
    "whole_number": QT_TRANSLATE_NOOP("AnswerProblems", "Please enter a whole number."),
    "number_from_to": QT_TRANSLATE_NOOP(
        "AnswerProblems", "Please enter a number from {low} to {high}{unit}."
    ),
    "number_or_more": QT_TRANSLATE_NOOP(
        "AnswerProblems", "Please enter a number of {low}{unit} or more."
    ),
    "number_or_less": QT_TRANSLATE_NOOP(
        "AnswerProblems", "Please enter a number of {high}{unit} or less."
    ),
    "real_date": QT_TRANSLATE_NOOP("AnswerProblems", "Please enter a real date."),
    "todays_date": QT_TRANSLATE_NOOP("AnswerProblems", "Please enter today's date."),
    "not_future": QT_TRANSLATE_NOOP("AnswerProblems", "This date cannot be in the future."),
    "not_past": QT_TRANSLATE_NOOP("AnswerProblems", "This date cannot be in the past."),
    "choose_one_of": QT_TRANSLATE_NOOP("AnswerProblems", "Please choose one of the answers."),
    "choose_from_shown": QT_TRANSLATE_NOOP(
        "AnswerProblems", "Please choose from the answers shown."
    ),
    "not_together": QT_TRANSLATE_NOOP(
        "AnswerProblems", '"{answer}" cannot be ticked together with other answers.'
    ),
    "choose_at_least": QT_TRANSLATE_NOOP("AnswerProblems", "Please choose at least {count}."),
    "choose_at_most": QT_TRANSLATE_NOOP("AnswerProblems", "Please choose at most {count}."),
    "sign_again": QT_TRANSLATE_NOOP("AnswerProblems", "Please sign again in the box."),
    "no_such_date": QT_TRANSLATE_NOOP(
        "AnswerProblems", "There is no such date; check the day and the month."
    ),
    "date_as": QT_TRANSLATE_NOOP("AnswerProblems", "Please enter a date as {form}."),
    "date_form_uk": QT_TRANSLATE_NOOP("AnswerProblems", "DD/MM/YYYY"),
    "date_form_us": QT_TRANSLATE_NOOP("AnswerProblems", "MM/DD/YYYY"),
}

# smpdesk.questionnaire.sealing.SIGNED_SENTENCES, word for word.
SIGNED: dict[str, str] = {
    "client": QT_TRANSLATE_NOOP("SignedWords", "Signed by the client"),
    "client_at": QT_TRANSLATE_NOOP("SignedWords", "Signed by the client at {time}"),
    "client_on": QT_TRANSLATE_NOOP("SignedWords", "Signed by the client on {date} at {time}"),
    "practitioner": QT_TRANSLATE_NOOP("SignedWords", "Signed by the practitioner"),
    "practitioner_at": QT_TRANSLATE_NOOP("SignedWords", "Signed by the practitioner at {time}"),
    "practitioner_on": QT_TRANSLATE_NOOP(
        "SignedWords", "Signed by the practitioner on {date} at {time}"
    ),
}

# The sentences smpdesk.domain.dates.parse_typed_date refuses typed text with, word for
# word: recognised in its English and said again in the window's language.
DATE_PROBLEMS: dict[str, str] = {
    "expected": QT_TRANSLATE_NOOP("DateWords", "Enter the date as {form}, for example {example}."),
    "year": QT_TRANSLATE_NOOP("DateWords", "Type the year in full, for example {example}."),
    "no_such_date": QT_TRANSLATE_NOOP(
        "DateWords", "There is no such date; check the day and the month ({form})."
    ),
    "weekday": QT_TRANSLATE_NOOP(
        "DateWords", "That date is a {actual}, not a {typed}; check the date."
    ),
}

_DATE_PATTERNS = {
    key: re.compile(re.sub(r"\\\{([a-z]+)\\\}", r"(?P<\1>.+?)", re.escape(text)))
    for key, text in DATE_PROBLEMS.items()
}
_DATE_FORMS = {"DD/MM/YYYY": "date_form_uk", "MM/DD/YYYY": "date_form_us"}


def _english() -> bool:
    return current_language() == DEFAULT_LANGUAGE


def _locale() -> str:
    return babel_locale(current_language())


def number_text(value: float) -> str:
    """A number the way the window's language writes it: 1.5; 1,5 (never grouped)."""
    if _english():
        return f"{int(value)}" if float(value).is_integer() else f"{value:g}"
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=_locale(), group_separator=False))


def long_date(day: date, date_style: str = "uk") -> str:
    """``Thursday 14 March 1985``; ``czwartek, 14 marca 1985``."""
    return format_long_date(day, date_style)


def medium_date(day: date) -> str:
    """``3 Nov 2026``; ``3 lis 2026``: the day of a signature."""
    return format_medium_date(day)


def qt_locale() -> QLocale | None:
    """Qt's locale for the window's language (a calendar's month names); None in English,
    where Qt's own default stays."""
    if _english():
        return None
    from PySide6.QtCore import QLocale

    return QLocale(_locale())


def problem_words() -> ProblemWords:
    """What :func:`~smpdesk.questionnaire.answers.problems` says, in the window's language."""
    sentences = {key: translate("AnswerProblems", text) for key, text in PROBLEMS.items()}
    return ProblemWords(sentences, number=None if _english() else number_text)


def date_form(date_style: str) -> str:
    """``DD/MM/YYYY`` (``MM/DD/YYYY`` in the US) in the window's letters: ``DD/MM/RRRR``."""
    key = "date_form_us" if date_style == "us" else "date_form_uk"
    return translate("AnswerProblems", PROBLEMS[key])


def signed_words(spec: FormSpec, signature_id: str, stamp: str | None) -> str:
    """ "Signed by the client at 14:05", in the window's language."""
    words = {key: translate("SignedWords", text) for key, text in SIGNED.items()}
    return sealing.signed_words(spec, signature_id, stamp, words=words, day_words=medium_date)


def _weekday(english: str) -> str:
    if english not in WEEKDAYS or _english():
        return english
    from babel.dates import get_day_names

    return str(get_day_names("wide", locale=_locale())[WEEKDAYS.index(english)])


def translate_date_problem(message: str) -> str:
    """One of ``parse_typed_date``'s sentences in the window's language; a sentence it
    does not know stays as it is (English, but never lost)."""
    for key, pattern in _DATE_PATTERNS.items():
        match = pattern.fullmatch(message)
        if match is None:
            continue
        values: dict[str, object] = dict(match.groupdict())
        if "form" in values and values["form"] in _DATE_FORMS:
            values["form"] = translate("AnswerProblems", PROBLEMS[_DATE_FORMS[values["form"]]])
        for name in ("actual", "typed"):
            if name in values:
                values[name] = _weekday(str(values[name]))
        return fill(translate("DateWords", DATE_PROBLEMS[key]), values)
    return message


def date_problem(text: str, date_style: str) -> str:
    """Why typed text is not a date (as the app's date box says it), in the window's
    language; "" when it is a date or empty."""
    if not text.strip():
        return ""
    try:
        parse_typed_date(text, date_style)
    except ValueError as exc:
        return translate_date_problem(str(exc))
    return ""


def answer_words() -> AnswerWords:
    """What :func:`~smpdesk.questionnaire.answers.format_answer` writes itself ("Yes",
    "Confirmed", a date), in the window's language: for a review a client reads."""
    if _english():
        return AnswerWords()
    return AnswerWords(
        yes=translate("AnswerWords", "Yes"),
        no=translate("AnswerWords", "No"),
        confirmed=translate("AnswerWords", "Confirmed"),
        signed=translate("AnswerWords", "Signed"),
        long_date=long_date,
        number=number_text,
    )


__all__ = [
    "DATE_PROBLEMS",
    "PROBLEMS",
    "SIGNED",
    "answer_words",
    "date_form",
    "date_problem",
    "long_date",
    "medium_date",
    "number_text",
    "problem_words",
    "qt_locale",
    "signed_words",
    "translate_date_problem",
]
