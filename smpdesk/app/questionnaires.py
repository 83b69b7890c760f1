"""Questionnaires: the clinic's forms, drafts, finished responses, their flags and records."""

from __future__ import annotations

from smpdesk.questionnaires import (
    PHOTO_CONSENT_WORDS,
    OpenedResponse,
    answered_day,
    client_flags,
    client_responses,
    consent_record,
    discard_draft,
    do_not_treat,
    finish,
    form_entries,
    forms_folder,
    open_response,
    photo_consent,
    resume,
    save_draft,
)
from smpdesk.store.responses import (
    Draft,
    Response,
    client_drafts,
    get_draft,
    get_response,
    now_utc,
)

__all__ = [
    "PHOTO_CONSENT_WORDS",
    "Draft",
    "OpenedResponse",
    "Response",
    "answered_day",
    "client_drafts",
    "client_flags",
    "client_responses",
    "consent_record",
    "discard_draft",
    "do_not_treat",
    "finish",
    "form_entries",
    "forms_folder",
    "get_draft",
    "get_response",
    "now_utc",
    "open_response",
    "photo_consent",
    "resume",
    "save_draft",
]
