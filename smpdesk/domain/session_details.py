"""A treatment session as the practitioner records it, and its rules.

Field names follow DOMAIN.md's session record.  Validation sits outside both
fronts so the session form and ``smpdesk sessions add`` refuse the same input
with the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from smpdesk.domain.client_details import add_years
from smpdesk.domain.form_record import FormRecord, unstorable
from smpdesk.domain.text_safety import clean_line, clean_multiline
from smpdesk.errors import QT_TRANSLATE_NOOP, Sentence

SESSION_TYPES: dict[str, str] = {
    "first": "1st session",
    "second": "2nd session",
    "third": "3rd session",
    "fourth": "4th+ session",
    "touch-up": "Touch-up",
    "scar": "Scar camouflage",
    "correction": "Correction",
}

# What usually comes after each kind of session (the form proposes it).
NEXT_TYPE: dict[str, str] = {
    "first": "second",
    "second": "third",
    "third": "touch-up",
    "fourth": "touch-up",
    "touch-up": "touch-up",
    "scar": "scar",
    "correction": "touch-up",
}

# Days from a session of this type to the next one (clinic-editable).
DEFAULT_FOLLOW_UP_DAYS: dict[str, int] = {
    "first": 10,
    "second": 21,
    "third": 730,
    "fourth": 730,
    "touch-up": 730,
    "scar": 28,
    "correction": 21,
}
# A kind of session the intervals do not list is followed up after this many days.
UNLISTED_FOLLOW_UP_DAYS = 21


def intervals_in_force(follow_up_days: Mapping[str, int] | None) -> dict[str, int]:
    """The follow-up intervals that apply: the clinic's, or the defaults when none are given
    (an empty set counts as none).  A kind missing from them gets
    :data:`UNLISTED_FOLLOW_UP_DAYS`."""
    return dict(follow_up_days or DEFAULT_FOLLOW_UP_DAYS)


AREAS: dict[str, str] = {
    "hairline": "Hairline",
    "temples": "Temples",
    "mid-scalp": "Mid-scalp",
    "crown": "Crown",
    "donor-scar": "Donor scar",
    "scar": "Other scar",
    "full-scalp": "Full scalp",
}

# Fields a practitioner usually keeps from one session to the next.
CARRIED_OVER = (
    "practitioner",
    "areas",
    "pigment_brand",
    "pigment_shade",
    "dilution",
    "pigment_lot",
    "pigment_expiry",
    "diluent",
    "diluent_lot",
    "needle_config",
    "needle_diameter",
    "machine",
    "machine_settings",
    "numbing_product",
)

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

# Typed in a box of several lines; every other field is one line.
# A session's fields as people read them: the timeline, its history, the client export.
FIELD_LABELS: dict[str, str] = {
    "start_time": "Start",
    "end_time": "End",
    "practitioner": "Practitioner",
    "areas": "Areas",
    "pigment_brand": "Pigment brand",
    "pigment_shade": "Shade",
    "dilution": "Dilution",
    "pigment_lot": "Pigment lot",
    "pigment_expiry": "Pigment expiry",
    "diluent": "Diluent",
    "diluent_lot": "Diluent lot",
    "needle_config": "Needle",
    "needle_diameter": "Diameter (mm)",
    "cartridge_lot": "Cartridge lot",
    "machine": "Machine",
    "machine_settings": "Machine settings",
    "numbing_product": "Numbing",
    "duration_minutes": "Duration (min)",
    "skin_reaction": "Skin reaction",
    "pain_score": "Pain (0–10)",
    "complications": "Complications",
    "notes": "Notes",
    "next_appointment": "Next appointment",
}

MULTILINE_FIELDS = frozenset({"complications", "notes"})

# Plausible ranges.  A session is recorded on the day or back-dated (paper
# records typed in later), never ahead; a year before 1990 is a typing slip.
EARLIEST_SESSION = date(1990, 1, 1)
APPOINTMENT_YEARS_AHEAD = 3
EARLIEST_EXPIRY = date(2000, 1, 1)
EXPIRY_YEARS_AHEAD = 15

# Only the extended form: date.fromisoformat() also takes "20261122" and
# "2026-W47-7", which would be stored as typed and sort apart from the rest.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_APPOINTMENT = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T]([0-9]{1,2}):([0-9]{2}))?")


@dataclass(frozen=True)
class SessionDetails(FormRecord):
    session_date: str = ""
    session_type: str = ""
    start_time: str = ""
    end_time: str = ""
    practitioner: str = ""
    areas: str = ""
    pigment_brand: str = ""
    pigment_shade: str = ""
    dilution: str = ""
    pigment_lot: str = ""
    pigment_expiry: str = ""
    diluent: str = ""
    diluent_lot: str = ""
    needle_config: str = ""
    needle_diameter: str = ""
    cartridge_lot: str = ""
    machine: str = ""
    machine_settings: str = ""
    numbing_product: str = ""
    duration_minutes: str = ""
    skin_reaction: str = ""
    pain_score: str = ""
    complications: str = ""
    notes: str = ""
    next_appointment: str = ""

    def cleaned(self) -> SessionDetails:
        """Trimmed, without acting characters, the appointment as ``YYYY-MM-DD HH:MM``.

        Lots and names are printed by the CLI and on PDFs, so they get the same
        cleaning as a client's name (see :mod:`smpdesk.domain.text_safety`).
        """
        values = {
            name: clean_multiline(value) if name in MULTILINE_FIELDS else clean_line(value)
            for name, value in self.stripped().items()
        }
        values["areas"] = ",".join(a.strip() for a in values["areas"].split(",") if a.strip())
        appointment = parse_appointment(values["next_appointment"])
        if appointment is not None:
            values["next_appointment"] = appointment.isoformat(sep=" ", timespec="minutes")
        return replace(self, **values)

    def area_list(self) -> list[str]:
        return [a for a in self.areas.split(",") if a]


def _iso_date(text: str) -> date | None:
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_appointment(text: str) -> datetime | None:
    """``YYYY-MM-DD HH:MM`` (or just the date) to a datetime; None if not valid.

    ASCII digits only (``strptime`` would take other scripts' digits), a
    ``T`` may stand for the space, and the hour may have one digit.
    """
    match = _APPOINTMENT.fullmatch(text.strip())
    if match is None:
        return None
    day, hour, minute = match.groups()
    try:
        return datetime.combine(date.fromisoformat(day), time(int(hour or 0), int(minute or 0)))
    except ValueError:
        return None


_DIGITS = re.compile(r"[0-9]{1,6}")


def _int_in(text: str, low: int, high: int) -> bool:
    # Not str.isdigit(): it accepts "²", which int() then rejects.
    return bool(_DIGITS.fullmatch(text)) and low <= int(text) <= high


def validate_session(details: SessionDetails, *, today: date | None = None) -> dict[str, str]:
    """Return ``{field: message}`` for every problem; empty means valid."""
    today = today or date.today()
    d = details.cleaned()
    problems: dict[str, str] = unstorable(d.as_dict())
    if problems:
        return problems
    when = _iso_date(d.session_date)
    if not d.session_date:
        problems["session_date"] = QT_TRANSLATE_NOOP("core", "Enter the session date.")
    elif when is None:
        problems["session_date"] = QT_TRANSLATE_NOOP(
            "core", "Enter the date as YYYY-MM-DD, e.g. 2026-11-22."
        )
    elif when > today:
        problems["session_date"] = QT_TRANSLATE_NOOP(
            "core", "A session cannot be recorded for a future date."
        )
    elif when < EARLIEST_SESSION:
        problems["session_date"] = Sentence(
            QT_TRANSLATE_NOOP(
                "core", "Check the year: a session date must be from {earliest} to today."
            ),
            earliest=EARLIEST_SESSION.isoformat(),
        )
    if d.session_type not in SESSION_TYPES:
        problems["session_type"] = QT_TRANSLATE_NOOP("core", "Choose the kind of session.")
    for name in ("start_time", "end_time"):
        if getattr(d, name) and not _TIME.match(getattr(d, name)):
            problems[name] = QT_TRANSLATE_NOOP("core", "Enter the time as HH:MM, e.g. 09:30.")
    if (
        "start_time" not in problems
        and "end_time" not in problems
        and d.start_time
        and d.end_time
        and d.end_time <= d.start_time
    ):
        problems["end_time"] = QT_TRANSLATE_NOOP(
            "core", "The end time must be after the start time."
        )
    unknown = [a for a in d.area_list() if a not in AREAS]
    if unknown:
        problems["areas"] = QT_TRANSLATE_NOOP("core", "Choose areas from the list.")
    expiry = _iso_date(d.pigment_expiry) if d.pigment_expiry else None
    latest_expiry = add_years(today, EXPIRY_YEARS_AHEAD)
    if d.pigment_expiry and expiry is None:
        problems["pigment_expiry"] = QT_TRANSLATE_NOOP(
            "core", "Enter the expiry date as YYYY-MM-DD."
        )
    elif expiry is not None and not EARLIEST_EXPIRY <= expiry <= latest_expiry:
        problems["pigment_expiry"] = Sentence(
            QT_TRANSLATE_NOOP(
                "core", "Check the year: a pigment expiry date must be from {earliest} to {latest}."
            ),
            earliest=EARLIEST_EXPIRY.isoformat(),
            latest=latest_expiry.isoformat(),
        )
    elif expiry is not None and when is not None and expiry < when:
        problems["pigment_expiry"] = QT_TRANSLATE_NOOP(
            "core", "This pigment had expired by the session date; check the lot and its expiry."
        )
    if d.needle_diameter:
        try:
            diameter = float(d.needle_diameter)
        except ValueError:
            diameter = -1.0
        if not 0.1 <= diameter <= 0.5:
            problems["needle_diameter"] = QT_TRANSLATE_NOOP(
                "core", "Enter the diameter in mm, e.g. 0.25."
            )
    if d.duration_minutes and not _int_in(d.duration_minutes, 1, 720):
        problems["duration_minutes"] = QT_TRANSLATE_NOOP(
            "core", "Enter the duration in whole minutes (1 to 720)."
        )
    if d.pain_score and not _int_in(d.pain_score, 0, 10):
        problems["pain_score"] = QT_TRANSLATE_NOOP("core", "Enter a pain score from 0 to 10.")
    latest_appointment = add_years(today, APPOINTMENT_YEARS_AHEAD)
    if d.next_appointment:
        appointment = parse_appointment(d.next_appointment)
        if appointment is None:
            problems["next_appointment"] = QT_TRANSLATE_NOOP(
                "core", "Enter the appointment as YYYY-MM-DD HH:MM."
            )
        elif when is not None and appointment.date() <= when:
            problems["next_appointment"] = QT_TRANSLATE_NOOP(
                "core", "The next appointment must be after this session."
            )
        elif appointment.date() > latest_appointment:
            problems["next_appointment"] = Sentence(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Check the year: the next appointment must be no later than "
                    "{latest} ({years} years ahead).",
                ),
                latest=latest_appointment.isoformat(),
                years=APPOINTMENT_YEARS_AHEAD,
            )
    if len(d.practitioner) > 120 and "practitioner" not in problems:
        problems["practitioner"] = QT_TRANSLATE_NOOP(
            "core", "Keep the practitioner's name under 120 characters."
        )
    for name in SessionDetails.field_names():
        if name not in problems and len(getattr(d, name)) > 2000:
            problems[name] = QT_TRANSLATE_NOOP("core", "Keep this under 2000 characters.")
    return problems


def describe_type(session_type: str) -> str:
    return SESSION_TYPES.get(session_type, session_type)
