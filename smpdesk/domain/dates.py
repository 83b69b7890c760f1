"""Dates and times as a client reads them on paper, in UK or US order.

English names are spelled out here rather than taken from :mod:`locale` or
``strftime``: those follow the laptop's system language, so a clinic laptop set
to Polish would print a Polish weekday inside an English sheet, and setting a
locale is process-wide and not thread-safe.  The style is a clinic setting.
"""

from __future__ import annotations

import re
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


# -- dates as people type them ---------------------------------------------------------
#
# One reading of typed dates for every screen (client, session, questionnaire, photo
# import) so "14/03/1985" means the same thing everywhere, and the clinic's date style
# decides the only ambiguous case: three numbers.  Everything with a month name, or a
# four-digit year first, is unambiguous and read the same way in both styles.
#
# Two-digit years are refused, always.  For a date of birth "14/03/05" may be 1905 or
# 2005 and both are possible clients' ages (OLDEST_AGE is 120), so any century rule
# would silently store a wrong birth date in a health record; for a session or photo
# date the year is typed rarely enough that four digits cost nothing.  One rule for
# every date box is easier to learn than a rule per box.

_TYPED_EXAMPLE = date(1985, 3, 14)
_MONTH_WORDS = {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
_MONTH_WORDS.update({name[:3].lower(): number for number, name in enumerate(MONTHS, start=1)})
_MONTH_WORDS["sept"] = 9
_WEEKDAY_WORDS = {name.lower(): number for number, name in enumerate(WEEKDAYS)}
_WEEKDAY_WORDS.update({name[:3].lower(): number for number, name in enumerate(WEEKDAYS)})
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_SEPARATORS = re.compile(r"[\s/.,\-]+")
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$", re.IGNORECASE)


def _is_number(text: str) -> bool:
    """ASCII digits only: ``int()`` refuses "²" though ``str.isdigit`` accepts it."""
    return text.isascii() and text.isdigit()


def typed_date_form(style: str) -> str:
    """The numeric form a clinic types dates in: ``DD/MM/YYYY`` or ``MM/DD/YYYY``."""
    _check(style)
    return "MM/DD/YYYY" if style == "us" else "DD/MM/YYYY"


def format_typed_date(d: date, style: str) -> str:
    """``14/03/1985`` (uk) or ``03/14/1985`` (us): a date written back into a date box."""
    _check(style)
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year:04d}"
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def parse_typed_date(text: str, date_style: str) -> date:
    """The date someone typed, in the clinic's style or any unambiguous form.

    Accepted (``uk``): ``14/03/1985``, ``14.03.1985``, ``14-03-1985``, ``14 3 1985``;
    (``us``): ``03/14/1985`` and the same separators.  In both styles: ISO
    ``1985-03-14`` (and ``1985/03/14``), a month by name in either order
    (``14 Mar 1985``, ``14th March 1985``, ``March 14, 1985``, ``14-Mar-1985``),
    optionally after the weekday, which must then be right.  The year has four
    digits (see the note above).  Raises :class:`ValueError` with one plain
    sentence naming the expected form; the sentence never repeats the text.
    """
    _check(date_style)
    form = typed_date_form(date_style)
    expected = (
        f"Enter the date as {form}, for example {format_typed_date(_TYPED_EXAMPLE, date_style)}."
    )
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 40:
        raise ValueError(expected)
    parts = [p for p in _SEPARATORS.split(cleaned) if p]
    if "".join(parts) != "".join(_TOKEN.findall(cleaned)) or len(parts) > 5:
        raise ValueError(expected)
    weekday: int | None = None
    if parts and parts[0].lower() in _WEEKDAY_WORDS:
        weekday = _WEEKDAY_WORDS[parts.pop(0).lower()]
    parts = [_ORDINAL.sub(r"\1", p) for p in parts]
    if len(parts) != 3:
        raise ValueError(expected)
    numbers = [_is_number(p) for p in parts]
    named = [i for i, p in enumerate(parts) if not _is_number(p)]
    if len(named) > 1 or (named and parts[named[0]].lower() not in _MONTH_WORDS):
        raise ValueError(expected)
    if named:
        month = _MONTH_WORDS[parts[named[0]].lower()]
        rest = [p for i, p in enumerate(parts) if i != named[0]]
        if named[0] == 0 or (named[0] == 1 and len(rest[0]) <= 2):  # Mar 14 / 14 Mar 1985
            day_text, year_text = rest
        elif named[0] == 1:  # 1985 Mar 14
            year_text, day_text = rest
        else:
            raise ValueError(expected)
        day = int(day_text) if len(day_text) <= 2 else 0
    elif all(numbers) and len(parts[0]) == 4:  # 1985-03-14, 1985/3/14
        year_text = parts[0]
        month, day = int(parts[1]), int(parts[2])
        if len(parts[1]) > 2 or len(parts[2]) > 2:
            raise ValueError(expected)
    else:
        first, second, year_text = parts
        if len(first) > 2 or len(second) > 2:
            raise ValueError(expected)
        day, month = int(first), int(second)
        if date_style == "us":
            day, month = month, day
    if len(year_text) != 4 or not _is_number(year_text):
        if _is_number(year_text) and len(year_text) <= 2:
            raise ValueError(
                f"Type the year in full, for example "
                f"{format_typed_date(_TYPED_EXAMPLE, date_style)}."
            )
        raise ValueError(expected)
    try:
        result = date(int(year_text), month, day)
    except ValueError:
        raise ValueError(f"There is no such date; check the day and the month ({form}).") from None
    if weekday is not None and result.weekday() != weekday:
        raise ValueError(
            f"That date is a {WEEKDAYS[result.weekday()]}, not a {WEEKDAYS[weekday]}; "
            "check the date."
        )
    return result
