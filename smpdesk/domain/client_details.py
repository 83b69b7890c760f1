"""The editable details of a client, and the rules they must meet.

Validation lives here, outside both fronts, so the dialog and the CLI refuse
exactly the same input with exactly the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from smpdesk.domain.form_record import FormRecord, unstorable
from smpdesk.domain.languages import LANGUAGE_CHOICE, language_problem, languages_listed
from smpdesk.domain.text_safety import clean_line, clean_multiline
from smpdesk.domain.textfold import digits
from smpdesk.errors import QT_TRANSLATE_NOOP, Sentence

SEX_CHOICES: dict[str, str] = {
    "": "Not recorded",
    "female": "Female",
    "male": "Male",
    "intersex": "Intersex",
    "other": "Other",
    "undisclosed": "Prefers not to say",
}

MAX_LENGTHS = {
    "given_name": 100,
    "family_name": 100,
    "preferred_name": 100,
    "phone": 40,
    "email": 254,
    "address": 500,
    "notes": 10_000,
}

# Fields typed in a box of several lines; every other field is one line.
MULTILINE_FIELDS = frozenset({"address", "notes"})

OLDEST_AGE = 120
# Only the extended form: date.fromisoformat() also takes "19840327" and
# "1984-W13-2", which would be stored as typed and sort apart from the rest.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^\+?[\d\s\-().]+$")


@dataclass(frozen=True)
class ClientDetails(FormRecord):
    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    date_of_birth: str = ""
    sex: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    # The language the client's own papers (the aftercare sheet) are written in: an
    # ISO 639-1 code from smpdesk.domain.languages, or "" for the clinic's own.
    language: str = ""

    def cleaned(self) -> ClientDetails:
        """Trim stray whitespace and drop characters that act instead of showing.

        Notes and address keep their inner lines; see :mod:`smpdesk.domain.text_safety`.
        """
        values = {
            name: clean_multiline(value) if name in MULTILINE_FIELDS else clean_line(value)
            for name, value in self.stripped().items()
        }
        values["email"] = values["email"].lower()
        # Codes are lower case ("PL" typed or pasted is Polish, not a problem to retype).
        values["language"] = values["language"].lower()
        return replace(self, **values)


def parse_date_of_birth(text: str) -> date:
    """ISO dates only: a clinic's paper habits differ (US vs EU order)."""
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "Enter the date as YYYY-MM-DD, e.g. 1984-03-27.")
        ) from None


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later (negative: earlier); 29 Feb falls back to 28."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def validate(details: ClientDetails, *, today: date | None = None) -> dict[str, str]:
    """Return ``{field: message}`` for every problem; empty means valid."""
    today = today or date.today()
    d = details.cleaned()
    problems: dict[str, str] = unstorable(d.as_dict())
    if not d.given_name and "given_name" not in problems:
        problems["given_name"] = QT_TRANSLATE_NOOP("core", "Enter the client's given name.")
    if not d.family_name and "family_name" not in problems:
        problems["family_name"] = QT_TRANSLATE_NOOP("core", "Enter the client's family name.")
    for name, limit in MAX_LENGTHS.items():
        if name not in problems and len(getattr(d, name)) > limit:
            problems[name] = Sentence(
                QT_TRANSLATE_NOOP("core", "Keep this under {limit} characters."), limit=limit
            )
    if d.date_of_birth:
        try:
            born = parse_date_of_birth(d.date_of_birth)
        except ValueError as exc:
            problems["date_of_birth"] = str(exc)
        else:
            oldest = add_years(today, -OLDEST_AGE)
            if born > today:
                problems["date_of_birth"] = QT_TRANSLATE_NOOP(
                    "core", "The date of birth cannot be in the future."
                )
            elif born < oldest:
                problems["date_of_birth"] = Sentence(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Check the year: a date of birth must be from {oldest} "
                        "({years} years ago) to today.",
                    ),
                    oldest=oldest.isoformat(),
                    years=OLDEST_AGE,
                )
    if d.sex not in SEX_CHOICES:
        problems["sex"] = QT_TRANSLATE_NOOP("core", "Choose one of the listed options.")
    if d.phone and "phone" not in problems:
        if not _PHONE.match(d.phone):
            problems["phone"] = QT_TRANSLATE_NOOP(
                "core", "Use digits, spaces, +, - and brackets only."
            )
        elif not 6 <= len(digits(d.phone)) <= 15:
            problems["phone"] = QT_TRANSLATE_NOOP("core", "A phone number has 6 to 15 digits.")
    if d.email and "email" not in problems and not _EMAIL.match(d.email):
        problems["email"] = QT_TRANSLATE_NOOP(
            "core", "Enter an email address like name@example.com."
        )
    if "language" not in problems and language_problem(d.language):
        problems["language"] = Sentence(LANGUAGE_CHOICE, listed=languages_listed())
    return problems


def age_on(date_of_birth: str | None, today: date | None = None) -> int | None:
    if not date_of_birth:
        return None
    try:
        born = date.fromisoformat(date_of_birth)
    except ValueError:
        return None
    today = today or date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
