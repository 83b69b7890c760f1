"""Clients past the retention period: whose records the clinic may no longer need to keep.

A clinic keeps a client's records for a number of years after their last
visit (Settings: ``retention_years``, 8 by default, since the right period
depends on the country and cannot be looked up offline).  The owner's list
names everyone whose last visit is older than that, to review and erase
(:mod:`smpdesk.app.erasure`); nothing here deletes anything.

The last visit is the latest session (deleted sessions aside); a client with
no session was last seen at their latest answered form, or when they were
added.  "Older than N years" is strict: on the anniversary itself the record
is still inside the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.store import erasure as erasure_store
from smpdesk.store.erasure import LastSeen


@dataclass(frozen=True)
class PastRetention:
    """A client whose last visit is older than the retention period."""

    client_id: int
    client_number: str
    name: str
    archived: bool
    last_visit: date
    years_since: int


def _day(stamp: str | None) -> date | None:
    """A stored date or moment as a day on this computer's calendar; None if unreadable."""
    if not stamp or not isinstance(stamp, str):
        return None
    text = stamp.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()


def last_visit(seen: LastSeen) -> date | None:
    """The latest session's date; with none, the latest answered form or the day they were
    added, whichever is later.  None when no stored date can be read."""
    session = _day(seen.last_session)
    if session is not None:
        return session
    others = [d for d in (_day(seen.last_response), _day(seen.created_at)) if d is not None]
    return max(others, default=None)


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (or earlier); 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def years_between(earlier: date, later: date) -> int:
    """Whole years from ``earlier`` to ``later`` (an age, counted the way people count)."""
    years = later.year - earlier.year
    if add_years(earlier, years) > later:
        years -= 1
    return max(years, 0)


def is_past(last: date, today: date, years: int) -> bool:
    """Is ``last`` more than ``years`` years before ``today``?"""
    return last < add_years(today, -years)


@use_case
def clients_past_retention(db: Clinic, *, today: date | None = None) -> list[PastRetention]:
    """Every client (archived ones too) whose last visit is older than the clinic's retention
    period, the longest ago first."""
    today = today or date.today()
    years = load_settings(db).retention_years
    found: list[PastRetention] = []
    for seen in erasure_store.last_seen(db):
        last = last_visit(seen)
        if last is None or not is_past(last, today, years):
            continue
        found.append(
            PastRetention(
                seen.client_id,
                seen.client_number,
                f"{seen.given_name} {seen.family_name}".strip(),
                seen.archived,
                last,
                years_between(last, today),
            )
        )
    found.sort(key=lambda p: (p.last_visit, p.client_id))
    return found


__all__ = [
    "PastRetention",
    "add_years",
    "clients_past_retention",
    "is_past",
    "last_visit",
    "years_between",
]
