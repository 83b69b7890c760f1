"""Staff accounts and their roles: who may do what is decided here, checked in ``app.access``.

A clinic laptop is shared by practitioners and receptionists.  Reception
books, greets and prints; it never needs a client's medical answers, photos
or treatment details, so it never loads them.  The owner is a practitioner
who also runs the clinic: accounts, settings, restore, the audit log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from smpdesk.errors import QT_TRANSLATE_NOOP, Sentence


class Role(StrEnum):
    OWNER = "owner"
    PRACTITIONER = "practitioner"
    RECEPTION = "reception"


ROLE_NAMES = {
    Role.OWNER: "Owner",
    Role.PRACTITIONER: "Practitioner",
    Role.RECEPTION: "Reception",
}
EVERYONE = frozenset(Role)
CLINICAL = frozenset({Role.OWNER, Role.PRACTITIONER})
OWNER_ONLY = frozenset({Role.OWNER})

# The one line reception sees where a practitioner's flag matters to booking.
SEE_A_PRACTITIONER = "See a practitioner before booking."

PASSWORD_MIN_LENGTH = 10
PIN_DIGITS = (4, 8)
LOGIN_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,31}")

# The most common passwords of ten characters or more in public breach lists,
# and the obvious ones for a clinic: a password on this list is refused.
COMMON_PASSWORDS = frozenset(
    {
        "1234567890",
        "0123456789",
        "0987654321",
        "1111111111",
        "0000000000",
        "1q2w3e4r5t",
        "qwertyuiop",
        "1qaz2wsx3edc",
        "password12",
        "password123",
        "password1234",
        "passw0rd123",
        "iloveyou123",
        "qwerty1234",
        "qwerty12345",
        "qwerty123456",
        "abc1234567",
        "abcdefghij",
        "a1b2c3d4e5",
        "123456789a",
        "1234567890a",
        "asdfghjkl1",
        "zaq12wsxcde",
        "letmein123",
        "welcome123",
        "welcome1234",
        "changeme123",
        "administrator",
        "football123",
        "princess123",
        "sunshine123",
        "smpdesk123",
        "smpdesk2026",
        "clinic1234",
        "clinic12345",
        "reception1",
        "reception123",
        "practitioner",
        "practitioner1",
        "scalpclinic",
        "micropigmentation",
    }
)


@dataclass(frozen=True)
class Staff:
    """A signed-in (or listed) staff member.  ``id`` is the account's row in the clinic file."""

    id: int
    login: str
    display_name: str
    role: Role
    disabled: bool = False

    @property
    def clinical(self) -> bool:
        return self.role in CLINICAL


def password_problem(password: str, *, login: str = "", display_name: str = "") -> str:
    """Why ``password`` may not be used, as one sentence; "" when it may."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return Sentence(
            QT_TRANSLATE_NOOP("core", "A password needs at least {count} characters."),
            count=PASSWORD_MIN_LENGTH,
        )
    folded = password.casefold()
    if folded in COMMON_PASSWORDS or len(set(folded)) <= 2:
        return QT_TRANSLATE_NOOP(
            "core", "That password is too common to protect health records; choose another."
        )
    letters = "".join(c for c in folded if c.isalpha())
    for name in (login, display_name, *display_name.split()):
        if letters and letters == "".join(c for c in name.casefold() if c.isalpha()):
            return QT_TRANSLATE_NOOP(
                "core",
                "A password must be more than the account's name and a number; choose another.",
            )
    return ""


def pin_problem(pin: str) -> str:
    """Why ``pin`` may not unlock a screen, as one sentence; "" when it may."""
    low, high = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        return Sentence(
            QT_TRANSLATE_NOOP("core", "A PIN is {low} to {high} digits."), low=low, high=high
        )
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        return QT_TRANSLATE_NOOP("core", "That PIN is too easy to guess; choose another.")
    return ""


def login_problem(login: str) -> str:
    """Why ``login`` cannot name an account; "" when it can."""
    if not LOGIN_PATTERN.fullmatch(login):
        return QT_TRANSLATE_NOOP(
            "core",
            "A user name is 1 to 32 lower-case letters, digits, dots, dashes or "
            "underscores, starting with a letter or digit.",
        )
    return ""


def display_name_problem(name: str) -> str:
    if not name.strip():
        return QT_TRANSLATE_NOOP("core", "Give the staff member's name as it should appear.")
    if len(name) > 80 or any(ord(c) < 32 for c in name):
        return QT_TRANSLATE_NOOP("core", "A name is one line of at most 80 characters.")
    return ""


def new_account_problems(login: str, display_name: str, password: str) -> dict[str, str]:
    """Every field of a new account that is wrong, by field name (login, display_name,
    password); the same rules for the owner made by protecting and for anyone added later."""
    problems = {
        "login": login_problem(login),
        "display_name": display_name_problem(display_name),
        "password": password_problem(password, login=login, display_name=display_name),
    }
    return {field: problem for field, problem in problems.items() if problem}


def normal_login(login: str) -> str:
    return login.strip().lower()


def normal_display_name(name: str) -> str:
    return " ".join(name.split())


__all__ = [
    "CLINICAL",
    "EVERYONE",
    "OWNER_ONLY",
    "ROLE_NAMES",
    "SEE_A_PRACTITIONER",
    "Role",
    "Staff",
    "display_name_problem",
    "login_problem",
    "new_account_problems",
    "normal_display_name",
    "normal_login",
    "password_problem",
    "pin_problem",
]
