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
from collections.abc import Mapping
from dataclasses import dataclass
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
) -> dict[str, str]:
    """Question id -> what is wrong, for the visible questions of ``pages`` (default all).

    ``earliest`` is the day the answers were given (see
    ``questionnaires.answered_day``): a "today's date" answered then is still
    right when a saved draft is finished after midnight.
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
                question, answers.get(question.id), resolved.answers, today, earliest
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
) -> str:
    """Why this answer cannot be accepted, or ""."""
    if not question.answerable:
        return ""
    if not is_answered(value) or (question.type == "acknowledgement" and value is not True):
        if question.required:
            return _MISSING.get(question.type, "Please answer this question.")
        return ""
    today = today or date.today()
    message = _type_problem(question, value, today, min(earliest or today, today))
    if message:
        return message
    if question.constraint is not None and not question.constraint.evaluate(
        context, this=value, today=today
    ):
        return question.constraint_message
    return ""


_MISSING = {
    "acknowledgement": "Please tick the box to confirm.",
    "signature": "Please sign in the box.",
    "single_choice": "Please choose an answer.",
    "multiple_choice": "Please choose at least one answer.",
    "yes_no": "Please answer yes or no.",
    "date": "Please enter a date.",
    "number": "Please enter a number.",
}


def _type_problem(question: Question, value: object, today: date, earliest: date) -> str:
    kind = question.type
    if kind in ("text", "long_text"):
        if not isinstance(value, str):
            return "Please type your answer."
        if question.max_length is not None and len(value) > question.max_length:
            return f"Please keep this to {question.max_length} characters."
        return ""
    if kind == "number":
        if not isinstance(value, int | float) or isinstance(value, bool):
            return "Please enter a number."
        if not math.isfinite(value):
            return "Please enter a number."
        if question.integer and value != int(value):
            return "Please enter a whole number."
        low, high = question.minimum, question.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            return f"Please enter a number {_range_words(question)}."
        return ""
    if kind == "date":
        day = _as_date(value)
        if day is None:
            return "Please enter a real date."
        if question.not_future and question.not_past and not earliest <= day <= today:
            return "Please enter today's date."
        if question.not_future and day > today:
            return "This date cannot be in the future."
        if question.not_past and day < earliest:
            return "This date cannot be in the past."
        return ""
    if kind in ("yes_no", "acknowledgement"):
        return "" if isinstance(value, bool) else "Please answer yes or no."
    if kind == "single_choice":
        return "" if question.choice(value) is not None else "Please choose one of the answers."
    if kind == "multiple_choice":
        if not isinstance(value, list) or any(question.choice(v) is None for v in value):
            return "Please choose from the answers shown."
        alone = [c for v in value if (c := question.choice(v)) and c.exclusive]
        if alone and len(value) > 1:
            return f'"{alone[0].label}" cannot be ticked together with other answers.'
        if question.min_selected is not None and len(value) < question.min_selected:
            return f"Please choose at least {question.min_selected}."
        if question.max_selected is not None and len(value) > question.max_selected:
            return f"Please choose at most {question.max_selected}."
        return ""
    if kind == "signature":
        return "" if signature_png(value) is not None else "Please sign again in the box."
    return ""


def _range_words(question: Question) -> str:
    unit = f" {question.unit}" if question.unit else ""
    low, high = question.minimum, question.maximum
    if low is not None and high is not None:
        return f"from {_number_text(low)} to {_number_text(high)}{unit}"
    if low is not None:
        return f"of {_number_text(low)}{unit} or more"
    return f"of {_number_text(high)}{unit} or less"


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


def date_input_problem(text: str, style: str = "uk") -> str:
    """Why typed text is not a date, in words that point at the fix; "" if it is one."""
    if parse_date(text, style) is not None:
        return ""
    stripped = text.strip()
    if _DMY.fullmatch(stripped) or re.fullmatch(r"\d{4}-\d{2}-\d{2}", stripped):
        return "There is no such date; check the day and the month."
    return f"Please enter a date as {date_hint(style)}."


def date_hint(style: str) -> str:
    return "MM/DD/YYYY" if style == "us" else "DD/MM/YYYY"


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


def format_answer(question: Question, value: object, date_style: str = "uk") -> str:
    """An answer as a person reads it on the review page and the record."""
    if not is_answered(value):
        return ""
    kind = question.type
    if kind in ("yes_no",):
        return "Yes" if value is True else "No" if value is False else str(value)
    if kind == "acknowledgement":
        return "Confirmed" if value is True else ""
    if kind == "single_choice":
        choice = question.choice(value)
        return choice.label if choice else str(value)
    if kind == "multiple_choice" and isinstance(value, list):
        labels = [(c.label if (c := question.choice(v)) else str(v)) for v in value]
        return "; ".join(labels)
    if kind == "date":
        day = _as_date(value)
        return format_long_date(day, date_style) if day else str(value)
    if kind == "number":
        unit = f" {question.unit}" if question.unit else ""
        return f"{_number_text(value)}{unit}" if isinstance(value, int | float) else str(value)
    if kind == "signature":
        return "Signed" if signature_png(value) else ""
    return str(value)
