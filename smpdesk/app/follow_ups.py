"""Who is due for their next session: today, upcoming, overdue.

The due date is the appointment when one is set, else the last session's date
plus the clinic's interval for that kind of session.  Only each active
client's latest session counts: once the next session is recorded, the
earlier one stops being "due".

The store keeps that due date on each active client's latest session, indexed
(migration 0013), so the list is read in due-date order from the index: the
window asks for one page at a time (:func:`due_follow_ups_page`) and for the
counts (:func:`due_counts`), each a few index entries however big the clinic;
``smpdesk due`` reads it whole (:func:`due_follow_ups`).  Intervals other than
the ones stored (a caller's own, or settings changed outside smpdesk) give the
same list, computed without the index.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic
from smpdesk.domain.session_details import (
    NEXT_TYPE,
    UNLISTED_FOLLOW_UP_DAYS,
    intervals_in_force,
    parse_appointment,
)
from smpdesk.store import sessions as session_store
from smpdesk.store.sessions import FollowUpRow

Status = Literal["overdue", "today", "upcoming"]
STATUS_ORDER: dict[Status, int] = {"overdue": 0, "today": 1, "upcoming": 2}
# Clients read per page: a screenful several times over, a few milliseconds to read.
PAGE_ROWS = 100


@dataclass(frozen=True)
class DueItem:
    client_id: int
    client_number: str
    client_name: str
    phone: str
    session_id: int
    last_session_date: date
    last_session_type: str
    next_type: str
    due_date: date
    appointment: datetime | None
    status: Status


@dataclass(frozen=True)
class DuePage:
    """One page of the list, in its order; ``next_after`` is where the next page starts
    (after that due date), None when the list ends here.

    A page never splits the clients due on one day, so the order within a day (the
    appointment's time, then the name) is the whole list's order.
    """

    items: list[DueItem]
    next_after: date | None


@dataclass(frozen=True)
class DueCounts:
    overdue: int
    today: int
    upcoming: int

    @property
    def total(self) -> int:
        return self.overdue + self.today + self.upcoming


def proposed_next_date(
    session_date: date, session_type: str, follow_up_days: dict[str, int] | None = None
) -> date:
    intervals = intervals_in_force(follow_up_days)
    return session_date + timedelta(days=intervals.get(session_type, UNLISTED_FOLLOW_UP_DAYS))


def _intervals(db: Clinic, follow_up_days: Mapping[str, int] | None) -> dict[str, int] | None:
    """None when the stored due dates were computed with these intervals (the index
    answers); else the intervals, for the store to compute the dates with."""
    wanted = intervals_in_force(dict(follow_up_days) if follow_up_days else None)
    return None if session_store.follow_up_intervals(db) == wanted else wanted


def _horizon(today: date | None, days_ahead: int) -> tuple[date, date]:
    today = today or date.today()
    return today, today + timedelta(days=days_ahead)


@use_case
def due_follow_ups(
    db: Clinic,
    *,
    today: date | None = None,
    days_ahead: int = 14,
    follow_up_days: dict[str, int] | None = None,
) -> list[DueItem]:
    """The whole list: overdue first, then due today, then upcoming up to ``days_ahead``."""
    today, horizon = _horizon(today, days_ahead)
    rows = session_store.follow_up_rows(
        db, after=None, until=horizon.isoformat(), intervals=_intervals(db, follow_up_days)
    )
    return _in_order(rows, today, follow_up_days)


@use_case
def due_follow_ups_page(
    db: Clinic,
    *,
    today: date | None = None,
    days_ahead: int = 14,
    follow_up_days: dict[str, int] | None = None,
    after: date | None = None,
    rows: int = PAGE_ROWS,
) -> DuePage:
    """About ``rows`` clients of the list, from the start or after the due date ``after``
    (a page's ``next_after``); the pages together are :func:`due_follow_ups`."""
    today, horizon = _horizon(today, days_ahead)
    intervals = _intervals(db, follow_up_days)
    start = after.isoformat() if after else None
    end = session_store.follow_up_page_end(
        db, after=start, until=horizon.isoformat(), rows=rows, intervals=intervals
    )
    found = session_store.follow_up_rows(
        db, after=start, until=end or horizon.isoformat(), intervals=intervals
    )
    more = date.fromisoformat(end) if end and end < horizon.isoformat() else None
    return DuePage(_in_order(found, today, follow_up_days), more)


@use_case
def due_counts(
    db: Clinic,
    *,
    today: date | None = None,
    days_ahead: int = 14,
    follow_up_days: dict[str, int] | None = None,
) -> DueCounts:
    """How many are overdue, due today and coming up (range counts over the index)."""
    today, horizon = _horizon(today, days_ahead)
    overdue, due_today, upcoming = session_store.follow_up_counts(
        db,
        today=today.isoformat(),
        until=horizon.isoformat(),
        intervals=_intervals(db, follow_up_days),
    )
    return DueCounts(overdue, due_today, upcoming)


def _in_order(
    rows: list[FollowUpRow], today: date, follow_up_days: dict[str, int] | None
) -> list[DueItem]:
    """The rows as items, in the list's order: status, due date, the appointment's time
    (none last), name; clients alike in all of these by their session's id."""
    items = [(_due_item(row, today, follow_up_days), row.session_id) for row in rows]
    items.sort(
        key=lambda pair: (
            STATUS_ORDER[pair[0].status],
            pair[0].due_date,
            pair[0].appointment.time() if pair[0].appointment else datetime.max.time(),
            pair[0].client_name.casefold(),
            pair[1],
        )
    )
    return [item for item, _ in items]


def _due_item(row: FollowUpRow, today: date, follow_up_days: dict[str, int] | None) -> DueItem:
    appointment = parse_appointment(row.next_appointment or "")
    session_date = date.fromisoformat(row.session_date)
    kind = row.session_type
    due = (
        appointment.date()
        if appointment
        else proposed_next_date(session_date, kind, follow_up_days)
    )
    status: Status = "overdue" if due < today else "today" if due == today else "upcoming"
    return DueItem(
        client_id=row.client_id,
        client_number=row.client_number,
        client_name=f"{row.given_name} {row.family_name}".strip(),
        phone=row.phone,
        session_id=row.session_id,
        last_session_date=session_date,
        last_session_type=kind,
        next_type=NEXT_TYPE.get(kind, "touch-up"),
        due_date=due,
        appointment=appointment,
        status=status,
    )
