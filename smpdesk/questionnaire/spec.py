"""A questionnaire as the loader hands it out: checked, typed, immutable.

Everything downstream (the runner, flags, the consent record, the CLI) works
from these objects and never from raw TOML, so a form that loaded is a form
every part of the app can show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from smpdesk.questionnaire.conditions import Condition

FLAG_LEVELS = ("do-not-treat", "postpone", "needs-clearance")
FLAG_WORDS = {
    "do-not-treat": "Do not treat",
    "postpone": "Postpone",
    "needs-clearance": "Needs medical clearance",
}


def count_levels(levels: Iterable[str]) -> str:
    """ "1 do not treat, 2 postpone": most serious first, in the words used everywhere."""
    counts = Counter(levels)
    order = [*FLAG_LEVELS, *sorted(set(counts) - set(FLAG_LEVELS))]  # unknown: from a newer app
    return ", ".join(
        f"{counts[level]} {FLAG_WORDS.get(level, level).lower()}"
        for level in order
        if counts[level]
    )


QUESTION_TYPES = (
    "text",
    "long_text",
    "number",
    "date",
    "yes_no",
    "single_choice",
    "multiple_choice",
    "note",
    "acknowledgement",
    "signature",
)
CHOICE_TYPES = ("single_choice", "multiple_choice")
# Questions that hold no answer of their own.
INFO_TYPES = ("note",)


@dataclass(frozen=True)
class FlagRule:
    level: str
    message: str
    when: Condition | None = None  # None: raised by the choice it belongs to


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    flag: FlagRule | None = None
    exclusive: bool = False  # "None of these": cannot be ticked with others


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    text: str
    line: int = 1
    help: str = ""
    required: bool = False
    show_if: Condition | None = None
    constraint: Condition | None = None
    constraint_message: str = ""
    choices: tuple[Choice, ...] = ()
    flags: tuple[FlagRule, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""
    integer: bool = False
    not_future: bool = False
    not_past: bool = False
    max_length: int | None = None
    min_selected: int | None = None
    max_selected: int | None = None

    @property
    def answerable(self) -> bool:
        return self.type not in INFO_TYPES

    def choice(self, value: object) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class Page:
    title: str
    questions: tuple[Question, ...]
    intro: str = ""
    show_if: Condition | None = None
    practitioner: bool = False  # never shown in client mode


@dataclass(frozen=True)
class FormSpec:
    id: str
    title: str
    version: str
    pages: tuple[Page, ...]
    source: str  # the file's exact text: stored with every response
    sha256: str
    description: str = ""
    consent_record: bool = False
    # "" for the clinic's own form; an ISO 639-1 code for its translation
    # (``consent.pl.toml``), which answers and records keep for ever (issue 20).
    language: str = ""
    questions: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.questions:
            index = {q.id: q for page in self.pages for q in page.questions}
            object.__setattr__(self, "questions", index)

    def page_of(self, question_id: str) -> int:
        for number, page in enumerate(self.pages):
            if any(q.id == question_id for q in page.questions):
                return number
        raise KeyError(question_id)
