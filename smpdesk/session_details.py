"""A treatment session as the practitioner records it, and its rules.

Field names follow DOMAIN.md's session record.  Validation sits outside both
fronts so the session form and ``smpdesk sessions add`` refuse the same input
with the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from smpdesk.form_record import FormRecord, unstorable

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
        values = self.stripped()
        values["areas"] = ",".join(a.strip() for a in values["areas"].split(",") if a.strip())
        return replace(self, **values)

    def area_list(self) -> list[str]:
        return [a for a in self.areas.split(",") if a]


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_appointment(text: str) -> datetime | None:
    """``YYYY-MM-DD HH:MM`` (or just the date) to a datetime; None if not valid."""
    text = text.strip().replace("T", " ")
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
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
        problems["session_date"] = "Enter the session date."
    elif when is None:
        problems["session_date"] = "Enter the date as YYYY-MM-DD, e.g. 2026-11-22."
    elif when > today:
        problems["session_date"] = "A session cannot be recorded for a future date."
    if d.session_type not in SESSION_TYPES:
        problems["session_type"] = "Choose the kind of session."
    for name in ("start_time", "end_time"):
        if getattr(d, name) and not _TIME.match(getattr(d, name)):
            problems[name] = "Enter the time as HH:MM, e.g. 09:30."
    if (
        "start_time" not in problems
        and "end_time" not in problems
        and d.start_time
        and d.end_time
        and d.end_time <= d.start_time
    ):
        problems["end_time"] = "The end time must be after the start time."
    unknown = [a for a in d.area_list() if a not in AREAS]
    if unknown:
        problems["areas"] = "Choose areas from the list."
    expiry = _iso_date(d.pigment_expiry) if d.pigment_expiry else None
    if d.pigment_expiry and expiry is None:
        problems["pigment_expiry"] = "Enter the expiry date as YYYY-MM-DD."
    elif expiry is not None and when is not None and expiry < when:
        problems["pigment_expiry"] = (
            "This pigment had expired by the session date; check the lot and its expiry."
        )
    if d.needle_diameter:
        try:
            diameter = float(d.needle_diameter)
        except ValueError:
            diameter = -1.0
        if not 0.1 <= diameter <= 0.5:
            problems["needle_diameter"] = "Enter the diameter in mm, e.g. 0.25."
    if d.duration_minutes and not _int_in(d.duration_minutes, 1, 720):
        problems["duration_minutes"] = "Enter the duration in whole minutes (1 to 720)."
    if d.pain_score and not _int_in(d.pain_score, 0, 10):
        problems["pain_score"] = "Enter a pain score from 0 to 10."
    if d.next_appointment:
        appointment = parse_appointment(d.next_appointment)
        if appointment is None:
            problems["next_appointment"] = "Enter the appointment as YYYY-MM-DD HH:MM."
        elif when is not None and appointment.date() <= when:
            problems["next_appointment"] = "The next appointment must be after this session."
    if len(d.practitioner) > 120 and "practitioner" not in problems:
        problems["practitioner"] = "Keep the practitioner's name under 120 characters."
    for name in SessionDetails.field_names():
        if name not in problems and len(getattr(d, name)) > 2000:
            problems[name] = "Keep this under 2000 characters."
    return problems


def describe_type(session_type: str) -> str:
    return SESSION_TYPES.get(session_type, session_type)
