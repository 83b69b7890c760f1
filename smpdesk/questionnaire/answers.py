"""What a set of answers means for a form: visibility, problems, flags, wording.

Answers are a plain ``{question id: value}`` dict that goes to JSON as is:
text and choices as ``str``, numbers as ``int``/``float``, yes/no and
acknowledgements as ``bool``, dates as ISO ``"YYYY-MM-DD"``, several choices
as a list of values, a signature as a ``data:image/png;base64,`` string.

Visibility is resolved in form order over the answers that are themselves
visible, so hiding a question also hides anything that depended on it: a
stale answer behind a changed "yes" can never keep a follow-up (or a flag)
alive.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from smpdesk.domain.dates import format_long_date
from smpdesk.questionnaire.spec import FLAG_LEVELS, FormSpec, Question

SIGNATURE_PREFIX = "data:image/png;base64,"
MAX_SIGNATURE_BYTES = 2_000_000


def is_answered(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple):
        return bool(value)
    return True


@dataclass(frozen=True)
class Resolved:
    """Which pages and questions show, and the answers that count."""

    pages: tuple[int, ...]
    visible: frozenset[str]
    answers: dict[str, object]


def resolve(spec: FormSpec, answers: Mapping[str, object], today: date | None = None) -> Resolved:
    effective: dict[str, object] = {}
    pages: list[int] = []
    visible: set[str] = set()
    for number, page in enumerate(spec.pages):
        if page.show_if is not None and not page.show_if.evaluate(effective, today=today):
            continue
        pages.append(number)
        for question in page.questions:
            if question.show_if is not None and not question.show_if.evaluate(
                effective, today=today
            ):
                continue
            visible.add(question.id)
            value = answers.get(question.id)
            if question.answerable and is_answered(value):
                effective[question.id] = value
    return Resolved(tuple(pages), frozenset(visible), effective)


def clean(spec: FormSpec, answers: Mapping[str, object], today: date | None = None) -> dict:
    """The answers to store: only visible questions, in form order."""
    return dict(resolve(spec, answers, today).answers)


def problems(
    spec: FormSpec,
    answers: Mapping[str, object],
    *,
    pages: tuple[int, ...] | None = None,
    today: date | None = None,
    earliest: date | None = None,
    words: ProblemWords | None = None,
) -> dict[str, str]:
    """Question id -> what is wrong, for the visible questions of ``pages`` (default all).

    ``earliest`` is the day the answers were given (see
    ``questionnaires.answered_day``): a "today's date" answered then is still
    right when a saved draft is finished after midnight.  ``words``: the
    language to say it in (English by default; see :class:`ProblemWords`).
    """
    today = today or date.today()
    resolved = resolve(spec, answers, today)
    wanted = resolved.pages if pages is None else pages
    found: dict[str, str] = {}
    for number in wanted:
        if number not in resolved.pages:
            continue
        for question in spec.pages[number].questions:
            if question.id not in resolved.visible:
                continue
            message = answer_problem(
                question, answers.get(question.id), resolved.answers, today, earliest, words=words
            )
            if message:
                found[question.id] = message
    return found


def answer_problem(
    question: Question,
    value: object,
    context: Mapping[str, object],
    today: date | None = None,
    earliest: date | None = None,
    *,
    words: ProblemWords | None = None,
) -> str:
    """Why this answer cannot be accepted, or "" (in ``words``' language, English by default).

    A constraint's own message comes from the form, in the form's language.
    """
    if not question.answerable:
        return ""
    words = words or ENGLISH_PROBLEMS
    if not is_answered(value) or (question.type == "acknowledgement" and value is not True):
        if question.required:
            return words.say(_MISSING.get(question.type, "answer"))
        return ""
    today = today or date.today()
    message = _type_problem(question, value, today, min(earliest or today, today), words)
    if message:
        return message
    if question.constraint is not None and not question.constraint.evaluate(
        context, this=value, today=today
    ):
        return question.constraint_message
    return ""


# Every sentence :func:`problems` (and :func:`date_input_problem`) writes itself, by key,
# in English with its {placeholders} (issue 20).  A window speaking another language
# passes them translated (``smpdesk.gui.questionnaires.core_words``, whose test checks
# that every key has its translation); the CLI and the app's refusals stay English.
PROBLEM_SENTENCES: dict[str, str] = {
    "answer": "Please answer this question.",
    "tick_to_confirm": "Please tick the box to confirm.",
    "sign": "Please sign in the box.",
    "choose_an_answer": "Please choose an answer.",
    "choose_at_least_one": "Please choose at least one answer.",
    "yes_or_no": "Please answer yes or no.",
    "enter_a_date": "Please enter a date.",
    "enter_a_number": "Please enter a number.",
    "type_your_answer": "Please type your answer.",
    "max_length": "Please keep this to {count} characters.",
    "whole_number": "Please enter a whole number.",
    # {unit} is "" or the question's unit after a space (" kg").
    "number_from_to": "Please enter a number from {low} to {high}{unit}.",
    "number_or_more": "Please enter a number of {low}{unit} or more.",
    "number_or_less": "Please enter a number of {high}{unit} or less.",
    "real_date": "Please enter a real date.",
    "todays_date": "Please enter today's date.",
    "not_future": "This date cannot be in the future.",
    "not_past": "This date cannot be in the past.",
    "choose_one_of": "Please choose one of the answers.",
    "choose_from_shown": "Please choose from the answers shown.",
    "not_together": '"{answer}" cannot be ticked together with other answers.',
    "choose_at_least": "Please choose at least {count}.",
    "choose_at_most": "Please choose at most {count}.",
    "sign_again": "Please sign again in the box.",
    "no_such_date": "There is no such date; check the day and the month.",
    "date_as": "Please enter a date as {form}.",
    "date_form_uk": "DD/MM/YYYY",
    "date_form_us": "MM/DD/YYYY",
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with each ``{name}`` in ``values`` filled in one pass, so an answer
    that happens to hold "{count}" reads as typed; any other ``{name}`` stays as it is."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _PLACEHOLDER.sub(one, template)


@dataclass(frozen=True)
class ProblemWords:
    """The sentences :func:`problems` writes, in one language (issue 20).

    ``sentences``: :data:`PROBLEM_SENTENCES`' keys with that language's words (a
    key it lacks is said in English); ``number`` writes a limit ("1,5" in Polish),
    by default as 12 or 1.5.  The default is English.
    """

    sentences: Mapping[str, str] = field(default_factory=dict)
    number: Callable[[float], str] | None = None

    def say(self, key: str, **values: object) -> str:
        return fill(self.sentences.get(key) or PROBLEM_SENTENCES[key], values)

    def limit(self, value: float | None) -> str:
        return self.number(value) if self.number and value is not None else _number_text(value)


ENGLISH_PROBLEMS = ProblemWords()

# What a required question says when it has no answer, by type (else "answer").
_MISSING = {
    "acknowledgement": "tick_to_confirm",
    "signature": "sign",
    "single_choice": "choose_an_answer",
    "multiple_choice": "choose_at_least_one",
    "yes_no": "yes_or_no",
    "date": "enter_a_date",
    "number": "enter_a_number",
}


def _type_problem(
    question: Question, value: object, today: date, earliest: date, words: ProblemWords
) -> str:
    kind = question.type
    if kind in ("text", "long_text"):
        if not isinstance(value, str):
            return words.say("type_your_answer")
        if question.max_length is not None and len(value) > question.max_length:
            return words.say("max_length", count=question.max_length)
        return ""
    if kind == "number":
        if not isinstance(value, int | float) or isinstance(value, bool):
            return words.say("enter_a_number")
        if not math.isfinite(value):
            return words.say("enter_a_number")
        if question.integer and value != int(value):
            return words.say("whole_number")
        low, high = question.minimum, question.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            return _range_problem(question, words)
        return ""
    if kind == "date":
        day = _as_date(value)
        if day is None:
            return words.say("real_date")
        if question.not_future and question.not_past and not earliest <= day <= today:
            return words.say("todays_date")
        if question.not_future and day > today:
            return words.say("not_future")
        if question.not_past and day < earliest:
            return words.say("not_past")
        return ""
    if kind in ("yes_no", "acknowledgement"):
        return "" if isinstance(value, bool) else words.say("yes_or_no")
    if kind == "single_choice":
        return "" if question.choice(value) is not None else words.say("choose_one_of")
    if kind == "multiple_choice":
        if not isinstance(value, list) or any(question.choice(v) is None for v in value):
            return words.say("choose_from_shown")
        alone = [c for v in value if (c := question.choice(v)) and c.exclusive]
        if alone and len(value) > 1:
            return words.say("not_together", answer=alone[0].label)
        if question.min_selected is not None and len(value) < question.min_selected:
            return words.say("choose_at_least", count=question.min_selected)
        if question.max_selected is not None and len(value) > question.max_selected:
            return words.say("choose_at_most", count=question.max_selected)
        return ""
    if kind == "signature":
        return "" if signature_png(value) is not None else words.say("sign_again")
    return ""


def _range_problem(question: Question, words: ProblemWords) -> str:
    unit = f" {question.unit}" if question.unit else ""
    low, high = question.minimum, question.maximum
    if low is not None and high is not None:
        return words.say("number_from_to", low=words.limit(low), high=words.limit(high), unit=unit)
    if low is not None:
        return words.say("number_or_more", low=words.limit(low), unit=unit)
    return words.say("number_or_less", high=words.limit(high), unit=unit)


def _number_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _as_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# -- turning typed text into answers ------------------------------------------

_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


def parse_number(text: str) -> int | float | None:
    """A typed number (``12``, ``12.5``, ``12,5``), or None if it is not one.

    ``1,500`` is refused rather than guessed: it is 1.5 in much of Europe and
    1500 in the UK and US.
    """
    text = text.strip().replace(" ", "")
    if not _NUMBER.fullmatch(text) or len(text) > 30 or re.fullmatch(r"\d+,\d{3}", text):
        return None
    if "." not in text and "," not in text:
        return int(text)
    number = float(text.replace(",", "."))
    return number if math.isfinite(number) else None


def parse_date(text: str, style: str = "uk") -> date | None:
    """A typed date: ISO, or day/month/year (UK) or month/day/year (US)."""
    text = text.strip()
    if len(text) == 10 and text[4] == "-":
        return _as_date(text)
    match = _DMY.fullmatch(text)
    if not match:
        return None
    first, second, year = (int(g) for g in match.groups())
    day, month = (second, first) if style == "us" else (first, second)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_input_problem(
    text: str, style: str = "uk", *, words: ProblemWords = ENGLISH_PROBLEMS
) -> str:
    """Why typed text is not a date, in words that point at the fix; "" if it is one."""
    if parse_date(text, style) is not None:
        return ""
    stripped = text.strip()
    if _DMY.fullmatch(stripped) or re.fullmatch(r"\d{4}-\d{2}-\d{2}", stripped):
        return words.say("no_such_date")
    return words.say("date_as", form=date_hint(style, words=words))


def date_hint(style: str, *, words: ProblemWords = ENGLISH_PROBLEMS) -> str:
    """``DD/MM/YYYY`` (``MM/DD/YYYY`` in the US), in ``words``' letters (``DD/MM/RRRR``)."""
    return words.say("date_form_us" if style == "us" else "date_form_uk")


def format_date_input(value: object, style: str = "uk") -> str:
    day = _as_date(value)
    if day is None:
        return ""
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def signature_value(png: bytes) -> str:
    return SIGNATURE_PREFIX + base64.b64encode(png).decode("ascii")


def signature_png(value: object) -> bytes | None:
    """The PNG bytes of a stored signature, or None if it is not one."""
    if not isinstance(value, str) or not value.startswith(SIGNATURE_PREFIX):
        return None
    if len(value) > MAX_SIGNATURE_BYTES * 4 // 3 + 64:
        return None
    try:
        data = base64.b64decode(value[len(SIGNATURE_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if data.startswith(b"\x89PNG\r\n\x1a\n") else None


# -- flags --------------------------------------------------------------------


@dataclass(frozen=True)
class RaisedFlag:
    level: str
    message: str
    question_id: str
    form_id: str = ""
    form_title: str = ""
    draft: bool = False  # raised by answers not yet finished (never stored so)
    closed: str = ""  # "closed by negative patch test on …" (app/patch_tests.py), never stored

    def to_json(self) -> dict[str, str]:
        return {
            "level": self.level,
            "message": self.message,
            "question": self.question_id,
            "form": self.form_id,
            "form_title": self.form_title,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> RaisedFlag | None:
        level = data.get("level")
        if level not in FLAG_LEVELS:
            return None
        return cls(
            level=str(level),
            message=str(data.get("message", "")),
            question_id=str(data.get("question", "")),
            form_id=str(data.get("form", "")),
            form_title=str(data.get("form_title", "")),
        )


def raised_flags(
    spec: FormSpec, answers: Mapping[str, object], today: date | None = None
) -> list[RaisedFlag]:
    """Every flag the visible answers raise, most serious level first, then form order."""
    resolved = resolve(spec, answers, today)
    found: list[RaisedFlag] = []
    for page in spec.pages:
        for question in page.questions:
            if question.id not in resolved.visible:
                continue
            value = resolved.answers.get(question.id)
            selected = value if isinstance(value, list) else [value]
            for choice in question.choices:
                if choice.flag is not None and choice.value in selected:
                    found.append(_raised(spec, question, choice.flag.level, choice.flag.message))
            for rule in question.flags:
                if rule.when is not None and rule.when.evaluate(resolved.answers, today=today):
                    found.append(_raised(spec, question, rule.level, rule.message))
    order = {level: n for n, level in enumerate(FLAG_LEVELS)}
    return sorted(found, key=lambda f: order[f.level])


def _raised(spec: FormSpec, question: Question, level: str, message: str) -> RaisedFlag:
    return RaisedFlag(level, message, question.id, spec.id, spec.title)


# -- wording for people -------------------------------------------------------


@dataclass(frozen=True)
class AnswerWords:
    """The words :func:`format_answer` writes itself, in one language (issue 20).

    The default is the English the review page, the CLI and an English record
    print; a consent record answered in another language passes that language's
    (see ``smpdesk.infra.handouts.consent_record.RecordWords.answer_words``).
    Choice labels need none of this: they come translated from the form itself.
    """

    yes: str = "Yes"
    no: str = "No"
    confirmed: str = "Confirmed"
    signed: str = "Signed"
    long_date: Callable[[date], str] | None = None  # None: the clinic's UK/US date style
    number: Callable[[float], str] | None = None  # None: 12, 1.5


ENGLISH = AnswerWords()


def format_answer(
    question: Question,
    value: object,
    date_style: str = "uk",
    *,
    words: AnswerWords = ENGLISH,
) -> str:
    """An answer as a person reads it on the review page and the record.

    ``words``: the language to write it in (English, the clinic's date style, by default).
    """
    if not is_answered(value):
        return ""
    kind = question.type
    if kind in ("yes_no",):
        return words.yes if value is True else words.no if value is False else str(value)
    if kind == "acknowledgement":
        return words.confirmed if value is True else ""
    if kind == "single_choice":
        choice = question.choice(value)
        return choice.label if choice else str(value)
    if kind == "multiple_choice" and isinstance(value, list):
        labels = [(c.label if (c := question.choice(v)) else str(v)) for v in value]
        return "; ".join(labels)
    if kind == "date":
        day = _as_date(value)
        if day is None:
            return str(value)
        return words.long_date(day) if words.long_date else format_long_date(day, date_style)
    if kind == "number":
        if not isinstance(value, int | float):
            return str(value)
        unit = f" {question.unit}" if question.unit else ""
        number = words.number(value) if words.number else _number_text(value)
        return f"{number}{unit}"
    if kind == "signature":
        return words.signed if signature_png(value) else ""
    return str(value)
