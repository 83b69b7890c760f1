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

Staff record what came of each call (:func:`record_outcome`): called, left a
message, booked, not returning, or snoozed until a date.  Outcomes are a
history, never overwritten (:func:`outcome_history`); the newest one shows in the
list, and "not returning" or a snooze not yet over takes the client off it, in
the same indexed query (:mod:`smpdesk.store.follow_ups`).  The list exports as
CSV and prints as a PDF (:func:`follow_ups_csv`, :func:`follow_ups_pdf`).
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
from smpdesk.domain.text_safety import clean_line
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.store import follow_ups as outcome_store
from smpdesk.store import sessions as session_store
from smpdesk.store.follow_ups import ListedRow

Status = Literal["overdue", "today", "upcoming"]
STATUS_ORDER: dict[Status, int] = {"overdue": 0, "today": 1, "upcoming": 2}
# Clients read per page: a screenful several times over, a few milliseconds to read.
PAGE_ROWS = 100

Outcome = Literal["called", "left_message", "booked", "not_returning", "snoozed"]
# What each outcome is called on screen, on paper and in the CSV, in the buttons' order.
OUTCOME_TEXT: dict[str, str] = {
    "called": "Called",
    "left_message": "Left a message",
    "booked": "Booked",
    "not_returning": "Not returning",
    "snoozed": "Snoozed",
}
NOTE_MAX_LENGTH = 500
SNOOZE_MAX_DAYS = 366 * 2


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
    # Added with follow-up outcomes (issue 16); defaults keep older callers working.
    email: str = ""
    last_outcome: str = ""  # an OUTCOME_TEXT key, "" when none was recorded
    outcome_note: str = ""
    outcome_at: str = ""  # when it was recorded (UTC, ISO)
    outcome_by: str = ""  # who recorded it (display name)
    snooze_until: date | None = None  # for a snooze that is over: when it ended

    @property
    def outcome_text(self) -> str:
        """The newest outcome as one line: "Called 12 Mar: no answer"."""
        if not self.last_outcome:
            return ""
        text = OUTCOME_TEXT.get(self.last_outcome, self.last_outcome)
        from smpdesk.domain.dates import format_medium_date

        if self.last_outcome == "snoozed" and self.snooze_until:
            text += f" until {format_medium_date(self.snooze_until)}"
        if self.outcome_at:
            try:  # stored in UTC; the desk reads the clinic's own day
                day = datetime.fromisoformat(self.outcome_at).astimezone().date()
                text += f" ({format_medium_date(day)})"
            except ValueError:
                text += f" ({self.outcome_at[:10]})"
        return f"{text}: {self.outcome_note}" if self.outcome_note else text


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
    rows = outcome_store.listed_rows(
        db,
        today=today.isoformat(),
        after=None,
        until=horizon.isoformat(),
        intervals=_intervals(db, follow_up_days),
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
    day = today.isoformat()
    end = outcome_store.page_end(
        db, today=day, after=start, until=horizon.isoformat(), rows=rows, intervals=intervals
    )
    found = outcome_store.listed_rows(
        db, today=day, after=start, until=end or horizon.isoformat(), intervals=intervals
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
    """How many are overdue, due today and coming up (range counts over the index, less
    the clients hidden by an outcome, counted from their own small index)."""
    today, horizon = _horizon(today, days_ahead)
    intervals = _intervals(db, follow_up_days)
    overdue, due_today, upcoming = outcome_store.listed_counts(
        db, today=today.isoformat(), until=horizon.isoformat(), intervals=intervals
    )
    return DueCounts(overdue, due_today, upcoming)


def _in_order(
    rows: list[ListedRow], today: date, follow_up_days: dict[str, int] | None
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


def _due_item(row: ListedRow, today: date, follow_up_days: dict[str, int] | None) -> DueItem:
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
        email=row.email,
        last_outcome=row.outcome,
        outcome_note=row.outcome_note,
        outcome_at=row.outcome_at,
        outcome_by=row.outcome_by,
        snooze_until=date.fromisoformat(row.snooze_until) if row.snooze_until else None,
    )


# -- outcomes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OutcomeEntry:
    """One outcome as kept: what, the note, until when (a snooze), who and when."""

    outcome: str
    note: str
    snooze_until: date | None
    recorded_by: str
    recorded_at: str  # UTC, ISO

    @property
    def text(self) -> str:
        what = OUTCOME_TEXT.get(self.outcome, self.outcome)
        if self.snooze_until:
            what += f" until {self.snooze_until.isoformat()}"
        return what


def _hidden_until(outcome: str, snooze_until: date | None, today: date) -> str | None:
    """What the outcome does to the list: hidden until a date, for good, or not at all."""
    if outcome == "not_returning":
        return outcome_store.NEVER
    if outcome != "snoozed":
        return None
    if snooze_until is None:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "Choose the date until which this client is snoozed.")
        )
    if snooze_until <= today:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "A snooze date must be after today; choose a later date.")
        )
    if snooze_until > today + timedelta(days=SNOOZE_MAX_DAYS):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "A snooze can last up to two years; for a client who will not come back, "
                "record 'not returning' instead.",
            )
        )
    return snooze_until.isoformat()


@use_case
def record_outcome(
    db: Clinic,
    client_id: int,
    outcome: str,
    *,
    note: str = "",
    snooze_until: date | None = None,
    today: date | None = None,
) -> OutcomeEntry:
    """Keep what came of a follow-up call for ``client_id`` (never replacing an earlier
    outcome).  "not returning" takes them off the list, "snoozed" until ``snooze_until``;
    a newer session lists them again whatever was recorded."""
    from smpdesk.app.clients import refuse_merged

    refuse_merged(db, client_id)
    if outcome not in OUTCOME_TEXT:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "Unknown outcome {outcome}; choose one of: {choices}."),
            outcome=repr(outcome),
            choices=", ".join(OUTCOME_TEXT),
        )
    note = clean_line(" ".join(note.split()))
    if len(note) > NOTE_MAX_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "Keep the note to {limit} characters."), limit=NOTE_MAX_LENGTH
        )
    day = today or date.today()
    hidden = _hidden_until(outcome, snooze_until, day)
    session_id = outcome_store.listed_session(db, client_id)
    if session_id is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "Client {client_id} is not on the follow-up list (archived, or no session "
                "recorded yet), so nothing was recorded.",
            ),
            client_id=client_id,
        )
    staff = db.staff
    outcome_store.add_outcome(
        db,
        session_id=session_id,
        outcome=outcome,
        note=note,
        snooze_until=snooze_until.isoformat() if outcome == "snoozed" and snooze_until else None,
        hidden_until=hidden,
        staff_id=staff.id if staff is not None else None,
        staff_name=staff.display_name if staff is not None else "",
    )
    return outcome_history(db, client_id)[0]


@use_case
def outcome_history(db: Clinic, client_id: int) -> list[OutcomeEntry]:
    """Every outcome recorded for a client, newest first (also for earlier sessions)."""
    return [
        OutcomeEntry(
            outcome=row.outcome,
            note=row.note,
            snooze_until=date.fromisoformat(row.snooze_until) if row.snooze_until else None,
            recorded_by=row.recorded_by_name,
            recorded_at=row.recorded_at,
        )
        for row in outcome_store.client_outcomes(db, client_id)
    ]


# -- the list on paper and in a spreadsheet -----------------------------------------------

EXPORT_HEADERS = (
    "Client number",
    "Name",
    "Phone",
    "Email",
    "Status",
    "Due date",
    "Appointment",
    "Last outcome",
    "Outcome note",
    "Outcome recorded",
)


def export_row(item: DueItem) -> list[str]:
    """One client as the CSV and the printed list show them (ISO dates: they sort)."""
    return [
        item.client_number,
        item.client_name,
        item.phone,
        item.email,
        item.status,
        item.due_date.isoformat(),
        item.appointment.isoformat(sep=" ", timespec="minutes") if item.appointment else "",
        OUTCOME_TEXT.get(item.last_outcome, item.last_outcome)
        + (f" until {item.snooze_until.isoformat()}" if item.snooze_until else ""),
        item.outcome_note,
        item.outcome_at[:16].replace("T", " "),
    ]


@use_case
def follow_ups_csv(
    db: Clinic,
    *,
    today: date | None = None,
    days_ahead: int = 14,
    follow_up_days: dict[str, int] | None = None,
) -> bytes:
    """The whole list as a CSV file's bytes (the caller writes them through safe_output)."""
    from smpdesk.infra.csv_lists import csv_bytes

    items = due_follow_ups(db, today=today, days_ahead=days_ahead, follow_up_days=follow_up_days)
    return csv_bytes(EXPORT_HEADERS, [export_row(item) for item in items])


@use_case
def follow_ups_pdf(
    db: Clinic,
    *,
    today: date | None = None,
    days_ahead: int = 14,
    follow_up_days: dict[str, int] | None = None,
) -> bytes:
    """The whole list as a printable PDF, on the clinic's paper, with its letterhead."""
    from smpdesk.app.clinic import load_settings
    from smpdesk.domain.dates import format_medium_date
    from smpdesk.infra.handouts.layout import clinic_info
    from smpdesk.infra.handouts.lists import render_list

    day = today or date.today()
    items = due_follow_ups(db, today=day, days_ahead=days_ahead, follow_up_days=follow_up_days)
    settings = load_settings(db)
    counts = {status: sum(1 for i in items if i.status == status) for status in STATUS_ORDER}
    rows = [
        [
            row[1],
            row[2],
            row[3],
            f"{item.status}: {row[5]}",
            row[6],
            row[7] + (f" ({row[9][:10]})" if row[9] else "") + (f": {row[8]}" if row[8] else ""),
        ]
        for item in items
        for row in [export_row(item)]
    ]
    return render_list(
        clinic_info(settings),
        title="Follow-ups to phone",
        subtitle=(
            f"{counts['overdue']} overdue, {counts['today']} due today, {counts['upcoming']} "
            f"coming up in the next {days_ahead} days; clients marked not returning or snoozed "
            "are left out."
        ),
        headers=["Name", "Phone", "Email", "Due", "Appointment", "Last outcome"],
        rows=rows,
        widths=[17, 13, 20, 12, 11, 27],
        paper=settings.paper,
        made=format_medium_date(day),
        empty="Nobody is due for a follow-up.",
    )
