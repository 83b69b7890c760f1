"""Who is due for their next session: today, upcoming, overdue.

The due date is the appointment when one is set, else the last session's date
plus the clinic's interval for that kind of session.  Only each active
client's latest session counts: once the next session is recorded, the
earlier one stops being "due".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from smpdesk import store
from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic
from smpdesk.domain.session_details import DEFAULT_FOLLOW_UP_DAYS, NEXT_TYPE
from smpdesk.store.sessions import Session, latest_sessions_of_active_clients

Status = Literal["overdue", "today", "upcoming"]


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


def proposed_next_date(
    session_date: date, session_type: str, follow_up_days: dict[str, int] | None = None
) -> date:
    intervals = follow_up_days or DEFAULT_FOLLOW_UP_DAYS
    return session_date + timedelta(days=intervals.get(session_type, 21))


@use_case
def due_follow_ups(
    db: Clinic,
    *,
    today: date | None = None,
    days_ahead: int = 14,
    follow_up_days: dict[str, int] | None = None,
) -> list[DueItem]:
    today = today or date.today()
    horizon = today + timedelta(days=days_ahead)
    items: list[DueItem] = []
    for session in latest_sessions_of_active_clients(db):
        item = _due_item(db, session, today, follow_up_days)
        if item is not None and item.due_date <= horizon:
            items.append(item)
    order = {"overdue": 0, "today": 1, "upcoming": 2}
    items.sort(
        key=lambda i: (
            order[i.status],
            i.due_date,
            i.appointment.time() if i.appointment else datetime.max.time(),
            i.client_name.casefold(),
        )
    )
    return items


def _due_item(
    db: Clinic,
    session: Session,
    today: date,
    follow_up_days: dict[str, int] | None,
) -> DueItem | None:
    client = store.get_client(db, session.client_id)
    if client is None:
        return None
    appointment = session.next_appointment
    kind = session.details.session_type
    due = (
        appointment.date()
        if appointment
        else proposed_next_date(session.session_date, kind, follow_up_days)
    )
    status: Status = "overdue" if due < today else "today" if due == today else "upcoming"
    return DueItem(
        client_id=client.id,
        client_number=client.client_number,
        client_name=client.full_name,
        phone=client.phone,
        session_id=session.id,
        last_session_date=session.session_date,
        last_session_type=kind,
        next_type=NEXT_TYPE.get(kind, "touch-up"),
        due_date=due,
        appointment=appointment,
        status=status,
    )
