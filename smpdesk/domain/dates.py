"""Dates and times as a client reads them on paper, in UK or US order.

English names are spelled out here rather than taken from :mod:`locale` or
``strftime``: those follow the laptop's system language, so a clinic laptop set
to Polish would print a Polish weekday inside an English sheet, and setting a
locale is process-wide and not thread-safe.  The style is a clinic setting.
"""

from __future__ import annotations

from datetime import date, datetime

DATE_STYLES = ("uk", "us")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _check(style: str) -> None:
    if style not in DATE_STYLES:
        raise ValueError(f"unknown date style {style!r}; expected one of {DATE_STYLES}")


def format_long_date(d: date, style: str = "uk") -> str:
    """``Friday 4 December 2026`` (uk) or ``Friday, December 4, 2026`` (us)."""
    _check(style)
    weekday, month = WEEKDAYS[d.weekday()], MONTHS[d.month - 1]
    if style == "us":
        return f"{weekday}, {month} {d.day}, {d.year}"
    return f"{weekday} {d.day} {month} {d.year}"


def format_short_date(d: date, style: str = "uk", *, with_year: bool = False) -> str:
    """``Fri 4 Dec`` (uk) or ``Fri, Dec 4`` (us), for tight columns.

    ``with_year`` appends the year; callers use it when a date falls in a
    different year from the one already printed nearby.
    """
    _check(style)
    weekday, month = WEEKDAYS[d.weekday()][:3], MONTHS[d.month - 1][:3]
    if style == "us":
        text = f"{weekday}, {month} {d.day}"
        return f"{text}, {d.year}" if with_year else text
    text = f"{weekday} {d.day} {month}"
    return f"{text} {d.year}" if with_year else text


def format_time(t: datetime, style: str = "uk") -> str:
    """``14:30`` (uk) or ``2:30 PM`` (us)."""
    _check(style)
    if style == "us":
        hour = t.hour % 12 or 12
        return f"{hour}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    return f"{t.hour:02d}:{t.minute:02d}"


def format_appointment(when: datetime, style: str = "uk") -> str:
    """``Friday 4 December 2026 at 14:30``; the time is left out at midnight.

    An appointment stored without a time comes back as midnight, and
    "at 00:00" on a handout would send a client to a locked door.
    """
    text = format_long_date(when.date(), style)
    if when.hour or when.minute:
        text += f" at {format_time(when, style)}"
    return text


def format_medium_date(d: date, *, with_year: bool = True) -> str:
    """``3 Nov 2026`` (or ``3 Nov``): the month by name, so 03/11 is never misread.

    The one place screens and messages get a day-month date from; never
    ``strftime('%b')``, which follows the laptop's language once Qt starts
    ("3 lis 2026" on a Polish laptop) while the CLI prints English.
    """
    text = f"{d.day} {MONTHS[d.month - 1][:3]}"
    return f"{text} {d.year}" if with_year else text


def format_month_year(d: date) -> str:
    """``Nov 2026``."""
    return f"{MONTHS[d.month - 1][:3]} {d.year}"


def format_stamp(when: datetime, *, with_year: bool = True, joiner: str = " ") -> str:
    """``3 Nov 2026 14:30`` (``joiner=" at "``: ``3 Nov 2026 at 14:30``), 24-hour clock."""
    return f"{format_medium_date(when.date(), with_year=with_year)}{joiner}{when:%H:%M}"
