"""Dates on screen in the language the window speaks (issue 20).

The same names and arguments as :mod:`smpdesk.domain.dates`, which writes the
English of screens, the CLI and English papers and stays as it is: in English
these are its functions, called straight through.  In Spanish, German or Polish
the month and weekday names and their order come from CLDR through Babel
("sob., 28 lis 2026"), for the language of the moment, so client mode's dates
are the client's.  Typing and reading typed dates is unchanged (numbers).
"""

from __future__ import annotations

from datetime import date, datetime

from smpdesk.domain import dates as english
from smpdesk.domain.dates import (  # typed dates are numbers in every language
    DATE_STYLES,
    format_typed_date,
    parse_typed_date,
    typed_date_form,
)
from smpdesk.domain.languages import DEFAULT_LANGUAGE, babel_locale
from smpdesk.gui.i18n import current_language, translate


def _locale() -> str:
    """The CLDR locale of the window's language, or "" while it speaks English."""
    language = current_language()
    return "" if language == DEFAULT_LANGUAGE else babel_locale(language)


def _skeleton(skeleton: str, when: date | datetime) -> str:
    from babel.dates import format_skeleton

    return str(format_skeleton(skeleton, when, locale=_locale()))


def format_long_date(d: date, style: str = "uk") -> str:
    """``Friday 4 December 2026``; ``piątek, 4 grudnia 2026``."""
    if not _locale():
        return english.format_long_date(d, style)
    from babel.dates import format_date

    return str(format_date(d, "full", locale=_locale()))


def format_short_date(d: date, style: str = "uk", *, with_year: bool = False) -> str:
    """``Fri 4 Dec``; ``pt., 4 gru``."""
    if not _locale():
        return english.format_short_date(d, style, with_year=with_year)
    return _skeleton("yMMMEd" if with_year else "MMMEd", d)


def format_time(t: datetime, style: str = "uk") -> str:
    """``14:30`` (a US clinic's ``2:30 PM`` stays so in English)."""
    if not _locale():
        return english.format_time(t, style)
    from babel.dates import format_time as babel_time

    return str(babel_time(t.time(), "short", locale=_locale()))


def format_appointment(when: datetime, style: str = "uk") -> str:
    """``Friday 4 December 2026 at 14:30``; the time is left out at midnight."""
    if not _locale():
        return english.format_appointment(when, style)
    text = format_long_date(when.date(), style)
    if when.hour or when.minute:
        return translate("dates", "{date} at {time}").format(
            date=text, time=format_time(when, style)
        )
    return text


def format_medium_date(d: date, *, with_year: bool = True) -> str:
    """``3 Nov 2026``; ``3 lis 2026``, ``3. Nov. 2026``."""
    if not _locale():
        return english.format_medium_date(d, with_year=with_year)
    return _skeleton("yMMMd" if with_year else "MMMd", d)


def format_month_year(d: date) -> str:
    """``Nov 2026``; ``lis 2026``."""
    if not _locale():
        return english.format_month_year(d)
    return _skeleton("yMMM", d)


def format_stamp(when: datetime, *, with_year: bool = True, joiner: str = " ") -> str:
    """``3 Nov 2026 14:30``; another language puts its own words between date and time
    where English has ``joiner=" at "``."""
    if not _locale():
        return english.format_stamp(when, with_year=with_year, joiner=joiner)
    day = format_medium_date(when.date(), with_year=with_year)
    clock = f"{when:%H:%M}"
    if joiner.strip():
        return translate("dates", "{date} at {time}").format(date=day, time=clock)
    return f"{day}{joiner}{clock}"


__all__ = [
    "DATE_STYLES",
    "format_appointment",
    "format_long_date",
    "format_medium_date",
    "format_month_year",
    "format_short_date",
    "format_stamp",
    "format_time",
    "format_typed_date",
    "parse_typed_date",
    "typed_date_form",
]
