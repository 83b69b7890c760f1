"""Treatment sessions: record and edit them, read a client's history, recall a lot.

Also who is due for a follow-up, which is read from each client's sessions
(:mod:`smpdesk.app.follow_ups`).  Deleting a session is the owner's, with a
typed reason, and erases nothing: the session leaves every list and stays in
the client's history (:func:`delete_session`, :func:`deleted_sessions`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

from smpdesk import store
from smpdesk.app.access import passed_on, use_case
from smpdesk.app.clients import CHANGED_ELSEWHERE, _require, checked
from smpdesk.app.clinic import Clinic
from smpdesk.app.follow_ups import (
    DueCounts,
    DueItem,
    DuePage,
    due_counts,
    due_follow_ups,
    due_follow_ups_page,
    proposed_next_date,
)
from smpdesk.domain.dates import format_medium_date
from smpdesk.domain.session_details import (
    NEXT_TYPE,
    SessionDetails,
    parse_appointment,
    validate_session,
)
from smpdesk.domain.text_safety import clean_line
from smpdesk.errors import UserError, ValidationError
from smpdesk.store import responses as response_store
from smpdesk.store import sessions as session_store
from smpdesk.store.sessions import DeletedSession, LotMatch, Session, SessionVersion

# Store reads offered as they are, each behind its rule in app.access.
session_versions = passed_on("sessions", session_store.session_versions)
edited_session_ids = passed_on("sessions", session_store.edited_session_ids)
client_sessions = passed_on("sessions", session_store.client_sessions)
get_session = passed_on("sessions", session_store.get_session)
latest_session = passed_on("sessions", session_store.latest_session)
sessions_on = passed_on("sessions", session_store.sessions_on)
sessions_with_lot = passed_on("sessions", session_store.sessions_with_lot)
used_values = passed_on("sessions", session_store.used_values)
handouts_for_session = passed_on("sessions", session_store.handouts_for_session)
session_override = passed_on("sessions", response_store.session_override)
# Listed with client_sessions on every timeline load, which writes the audit entry.
deleted_sessions = passed_on("sessions", session_store.deleted_sessions)

OVERRIDE_MIN_LENGTH = 10
OVERRIDE_MISSING = (
    "This client has a do-not-treat flag: type why the session goes ahead anyway "
    "(at least a short sentence)."
)


DELETE_REASON_MIN_LENGTH = 10
DELETE_REASON_MAX_LENGTH = 500
DELETE_REASON_MISSING = (
    "Type why this session is deleted, as a short sentence (at least "
    f"{DELETE_REASON_MIN_LENGTH} characters and two words): it stays in the client's history."
)
DELETE_REASON_TOO_LONG = (
    f"Keep the reason to {DELETE_REASON_MAX_LENGTH} characters; the details belong in the "
    "client's notes."
)
NO_SUCH_SESSION = "There is no session with id {session_id}; it may have been removed."


def _live_session(
    db: Clinic,
    session_id: int,
    *,
    deleted: str = "was deleted on {day}{by}, so it can no longer be changed.",
) -> Session:
    """The session, or one sentence: there is none, or it was deleted (when, by whom)."""
    session = session_store.get_session(db, session_id)
    if session is not None:
        return session
    gone = session_store.deletion_of(db, session_id)
    if gone is None:
        raise UserError(NO_SUCH_SESSION.format(session_id=session_id))
    by = f" by {gone.deleted_by_name}" if gone.deleted_by_name else ""
    raise UserError(f"Session {session_id} " + deleted.format(day=_day(gone.deleted_at), by=by))


def differences(before: SessionDetails, after: SessionDetails) -> list[tuple[str, str, str]]:
    """(field, was, became) for each field an edit changed, in the form's order."""
    was, became = before.as_dict(), after.as_dict()
    return [(name, was[name], became[name]) for name in was if was[name] != became[name]]


@dataclass(frozen=True)
class Visit:
    """A session as reception may see it: when, which kind, the next appointment; no treatment."""

    session_id: int
    session_date: date
    session_type: str
    next_appointment: datetime | None
    client_id: int = 0


def _visit(session: Session) -> Visit:
    return Visit(
        session.id,
        session.session_date,
        session.details.session_type,
        session.next_appointment,
        session.client_id,
    )


@use_case
def visits(db: Clinic, client_id: int) -> list[Visit]:
    """The client's visits, newest first, without pigment, needles, reactions or notes."""
    _require(db, client_id)
    return [_visit(s) for s in session_store.client_sessions(db, client_id)]


@use_case
def visits_on(db: Clinic, day: date) -> list[Visit]:
    """Everyone treated on ``day`` (active clients): today's batch of aftercare sheets."""
    return [_visit(s) for s in session_store.sessions_on(db, day)]


@use_case
def book_appointment(db: Clinic, session_id: int, when: str) -> Visit:
    """Set (or, with "", clear) the next appointment after a session: reception's booking.

    The same rule as the session form: YYYY-MM-DD HH:MM, after that session.
    """
    session = _live_session(db, session_id)
    text = when.strip()
    appointment = parse_appointment(text) if text else None
    if text:
        problems = validate_session(dataclasses.replace(session.details, next_appointment=text))
        if "next_appointment" in problems:
            raise ValidationError({"next_appointment": problems["next_appointment"]})
    session_store.set_next_appointment(db, session_id, appointment)
    return dataclasses.replace(_visit(session), next_appointment=appointment)


@use_case
def record_session(
    db: Clinic,
    client_id: int,
    details: SessionDetails,
    *,
    override_reason: str | None = None,
) -> Session:
    """Record a session; with an open do-not-treat flag, only with a typed reason.

    The reason and the flags it overrides are stored with the session, in the
    same transaction.
    """
    from smpdesk.app.questionnaires import do_not_treat

    _require(db, client_id)
    details = checked(details, validate_session)
    blocking = do_not_treat(db, client_id)
    override = None
    if blocking:
        reason = " ".join(clean_line(override_reason or "").split())
        if len(reason) < OVERRIDE_MIN_LENGTH:
            raise ValidationError({"override_reason": OVERRIDE_MISSING})
        override = (reason, [flag.to_json() for flag in blocking])
    session_id = store.insert_session(db, client_id, details, override=override)
    session = store.get_session(db, session_id)
    assert session is not None
    return session


@use_case
def update_session(
    db: Clinic,
    session_id: int,
    details: SessionDetails,
    *,
    if_updated_at: str | None = None,
) -> Session:
    _live_session(db, session_id)
    details = checked(details, validate_session)
    try:
        store.update_session(db, session_id, details, if_updated_at=if_updated_at)
    except store.ChangedElsewhere:
        raise UserError(CHANGED_ELSEWHERE.format(what="session")) from None
    except KeyError:  # deleted while the form was open
        _live_session(db, session_id)
        raise
    session = store.get_session(db, session_id)
    assert session is not None
    return session


def _deletion_reason(text: str | None) -> str:
    """The reason as it will be kept, or ValidationError: a real sentence, not a shrug."""
    reason = " ".join(clean_line(text or "").split())
    if len(reason) < DELETE_REASON_MIN_LENGTH or len(reason.split()) < 2:
        raise ValidationError({"reason": DELETE_REASON_MISSING})
    if len(reason) > DELETE_REASON_MAX_LENGTH:
        raise ValidationError({"reason": DELETE_REASON_TOO_LONG})
    return reason


@use_case
def delete_session(db: Clinic, session_id: int, reason: str) -> DeletedSession:
    """Delete a session (the owner's act): it leaves the timeline, follow-ups, lot recall,
    visits and new-session defaults, and stays in the client's history with the reason.

    Nothing is erased: the row stays, marked with who deleted it and when, a version
    is kept, and photos and aftercare sheets keep their link.  A session already
    deleted, or unknown, is refused with one sentence (and nothing is changed).
    """
    _live_session(db, session_id, deleted="was already deleted on {day}{by}; nothing was changed.")
    kept = _deletion_reason(reason)
    try:
        session_store.delete_session(db, session_id, kept)
    except KeyError:  # deleted by someone else a moment ago
        raise UserError(NO_SUCH_SESSION.format(session_id=session_id)) from None
    deleted = session_store.deletion_of(db, session_id)
    assert deleted is not None
    return deleted


def _day(stamp: str) -> str:
    """A stored moment as a date on this computer's clock, spelled in English."""
    try:
        return format_medium_date(datetime.fromisoformat(stamp).astimezone().date())
    except ValueError:
        return stamp[:10]


@use_case
def new_session_defaults(
    db: Clinic, client_id: int, *, today: date | None = None
) -> SessionDetails:
    """A new session form: today, the likely next type, last session's materials."""
    today = today or date.today()
    last = store.latest_session(db, client_id)
    values = store.carried_over(db, client_id)
    values["session_date"] = today.isoformat()
    if db.staff is not None and db.staff.clinical:
        # Whoever is signed in is the one about to treat (they may change it).
        values["practitioner"] = db.staff.display_name
    values["session_type"] = (
        NEXT_TYPE.get(last.details.session_type, "touch-up") if last else ("first")
    )
    return SessionDetails(**values)


__all__ = [
    "DELETE_REASON_MAX_LENGTH",
    "DELETE_REASON_MIN_LENGTH",
    "DELETE_REASON_MISSING",
    "OVERRIDE_MIN_LENGTH",
    "OVERRIDE_MISSING",
    "DeletedSession",
    "DueCounts",
    "DueItem",
    "DuePage",
    "LotMatch",
    "Session",
    "SessionVersion",
    "Visit",
    "book_appointment",
    "client_sessions",
    "delete_session",
    "deleted_sessions",
    "differences",
    "due_counts",
    "due_follow_ups",
    "due_follow_ups_page",
    "edited_session_ids",
    "get_session",
    "handouts_for_session",
    "latest_session",
    "new_session_defaults",
    "proposed_next_date",
    "record_session",
    "session_override",
    "session_versions",
    "sessions_on",
    "sessions_with_lot",
    "update_session",
    "used_values",
    "visits",
]
