"""Treatment sessions: record and edit them, read a client's history, recall a lot.

Also who is due for a follow-up, which is read from each client's sessions
(:mod:`smpdesk.app.follow_ups`).
"""

from __future__ import annotations

from datetime import date

from smpdesk import store
from smpdesk.app.clients import CHANGED_ELSEWHERE, checked, require_client
from smpdesk.app.clinic import Clinic
from smpdesk.app.follow_ups import DueItem, due_follow_ups, proposed_next_date
from smpdesk.domain.session_details import NEXT_TYPE, SessionDetails, validate_session
from smpdesk.domain.text_safety import clean_line
from smpdesk.errors import UserError, ValidationError
from smpdesk.store.responses import session_override
from smpdesk.store.sessions import (
    LotMatch,
    Session,
    client_sessions,
    get_session,
    handouts_for_session,
    latest_session,
    sessions_on,
    sessions_with_lot,
    used_values,
)

OVERRIDE_MIN_LENGTH = 10
OVERRIDE_MISSING = (
    "This client has a do-not-treat flag: type why the session goes ahead anyway "
    "(at least a short sentence)."
)


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

    require_client(db, client_id)
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


def update_session(
    db: Clinic,
    session_id: int,
    details: SessionDetails,
    *,
    if_updated_at: str | None = None,
) -> Session:
    if store.get_session(db, session_id) is None:
        raise UserError(f"There is no session with id {session_id}; it may have been removed.")
    details = checked(details, validate_session)
    try:
        store.update_session(db, session_id, details, if_updated_at=if_updated_at)
    except store.ChangedElsewhere:
        raise UserError(CHANGED_ELSEWHERE.format(what="session")) from None
    session = store.get_session(db, session_id)
    assert session is not None
    return session


def new_session_defaults(
    db: Clinic, client_id: int, *, today: date | None = None
) -> SessionDetails:
    """A new session form: today, the likely next type, last session's materials."""
    today = today or date.today()
    last = store.latest_session(db, client_id)
    values = store.carried_over(db, client_id)
    values["session_date"] = today.isoformat()
    values["session_type"] = (
        NEXT_TYPE.get(last.details.session_type, "touch-up") if last else ("first")
    )
    return SessionDetails(**values)


__all__ = [
    "OVERRIDE_MIN_LENGTH",
    "OVERRIDE_MISSING",
    "DueItem",
    "LotMatch",
    "Session",
    "client_sessions",
    "due_follow_ups",
    "get_session",
    "handouts_for_session",
    "latest_session",
    "new_session_defaults",
    "proposed_next_date",
    "record_session",
    "session_override",
    "sessions_on",
    "sessions_with_lot",
    "update_session",
    "used_values",
]
