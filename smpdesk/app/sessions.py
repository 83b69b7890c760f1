"""Treatment sessions: record and edit them, read a client's history, recall a lot.

Also who is due for a follow-up, which is read from each client's sessions.
"""

from __future__ import annotations

from smpdesk.follow_ups import DueItem, due_follow_ups, proposed_next_date
from smpdesk.services import (
    OVERRIDE_MIN_LENGTH,
    OVERRIDE_MISSING,
    new_session_defaults,
    record_session,
    update_session,
)
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
