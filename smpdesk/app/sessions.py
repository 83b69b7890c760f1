"""Treatment sessions: record and edit them, read a client's history, recall a lot.

Also who is due for a follow-up, which is read from each client's sessions
(:mod:`smpdesk.app.follow_ups`).  Deleting a session is the owner's, with a
typed reason, and erases nothing: the session leaves every list and stays in
the client's history (:func:`delete_session`, :func:`deleted_sessions`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from smpdesk import store
from smpdesk.app.access import passed_on, use_case
from smpdesk.app.clients import CHANGED_ELSEWHERE, _require, checked
from smpdesk.app.clinic import Clinic
from smpdesk.app.follow_ups import (
    OUTCOME_TEXT,
    DueCounts,
    DueItem,
    DuePage,
    OutcomeEntry,
    due_counts,
    due_follow_ups,
    due_follow_ups_page,
    follow_ups_csv,
    follow_ups_pdf,
    outcome_history,
    proposed_next_date,
    record_outcome,
)
from smpdesk.domain.dates import format_medium_date
from smpdesk.domain.session_details import (
    NEXT_TYPE,
    SessionDetails,
    parse_appointment,
    validate_session,
)
from smpdesk.domain.text_safety import clean_line
from smpdesk.errors import QT_TRANSLATE_NOOP, Sentence, UserError, ValidationError
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
OVERRIDE_MISSING = QT_TRANSLATE_NOOP(
    "core",
    "This client has a do-not-treat flag: type why the session goes ahead anyway "
    "(at least a short sentence).",
)

# -- records a session needs on file (issue 16) ------------------------------------------
# The forms whose finished response counts as the medical history and the consent (the
# shipped ids, as the client page header's "no medical history" line uses; a clinic form
# marked ``consent_record = true`` counts as a consent too).
MEDICAL_FORM = "medical"
CONSENT_FORM = "consent"
# Stored beside the flags in ``session_overrides.flags``; not a flag level, so every reader
# of flags (RaisedFlag.from_json) passes these entries over and only :func:`missing_from`
# reads them.
MISSING_RECORD = "missing-record"
NO_CONSENT = "No signed consent on file"
NO_MEDICAL = "No medical history on file"


@dataclass(frozen=True)
class MissingRecord:
    """A record the clinic should hold before treating: a signed consent, a medical history."""

    record: str  # CONSENT_FORM or MEDICAL_FORM
    message: str  # one line, no health data: which record is missing, and why it does not count

    def to_json(self) -> dict[str, str]:
        return {"level": MISSING_RECORD, "record": self.record, "message": self.message}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> MissingRecord | None:
        if data.get("level") != MISSING_RECORD:
            return None
        return cls(str(data.get("record", "")), str(data.get("message", "")))


def missing_from(stored_flags: Sequence[object]) -> list[MissingRecord]:
    """The missing-record entries kept with a session's override (see MissingRecord)."""
    found = (MissingRecord.from_json(i) for i in stored_flags if isinstance(i, Mapping))
    return [m for m in found if m is not None]


def override_words(stored_flags: Sequence[object]) -> str:
    """What a session went ahead despite, for the timeline: "Went ahead despite do-not-treat",
    "… despite no signed consent and no medical history", from the entries stored with it."""
    levels = {item.get("level") for item in stored_flags if isinstance(item, Mapping)}
    parts = ["do-not-treat"] if "do-not-treat" in levels or not levels else []
    records = {m.record for m in missing_from(stored_flags)}
    parts += [words for record, words in _RECORD_WORDS.items() if record in records]
    return "Went ahead despite " + " and ".join(parts or ["do-not-treat"])


_RECORD_WORDS = {CONSENT_FORM: "no signed consent", MEDICAL_FORM: "no medical history"}


def override_needed(blocking: Sequence[object], missing: Sequence[MissingRecord]) -> str:
    """The refusal when the reason is missing: what the client has, then what to do."""
    if blocking and not missing:
        return OVERRIDE_MISSING  # the sentence the do-not-treat rule always had
    records = tuple(m.record for m in missing if m.record in _RECORD_WORDS)
    known = _OVERRIDE_NEEDED.get((bool(blocking), records))
    if known is not None:
        return known
    what = ["a do-not-treat flag"] if blocking else []
    what += [f"{_RECORD_WORDS[record]} on file" for record in records]
    listed = ", ".join(what[:-1]) + (" and " if len(what) > 1 else "") + what[-1]
    return (
        f"This client has {listed}: type why the session goes ahead anyway "
        "(at least a short sentence)."
    )


# Whole sentences for the translators (issue 20): each mix of flag and missing records.
_OVERRIDE_NEEDED = {
    (True, ()): OVERRIDE_MISSING,
    (False, (CONSENT_FORM,)): QT_TRANSLATE_NOOP(
        "core",
        "This client has no signed consent on file: type why the session goes ahead anyway "
        "(at least a short sentence).",
    ),
    (False, (MEDICAL_FORM,)): QT_TRANSLATE_NOOP(
        "core",
        "This client has no medical history on file: type why the session goes ahead anyway "
        "(at least a short sentence).",
    ),
    (False, (CONSENT_FORM, MEDICAL_FORM)): QT_TRANSLATE_NOOP(
        "core",
        "This client has no signed consent on file and no medical history on file: type why "
        "the session goes ahead anyway (at least a short sentence).",
    ),
    (True, (CONSENT_FORM,)): QT_TRANSLATE_NOOP(
        "core",
        "This client has a do-not-treat flag and no signed consent on file: type why the "
        "session goes ahead anyway (at least a short sentence).",
    ),
    (True, (MEDICAL_FORM,)): QT_TRANSLATE_NOOP(
        "core",
        "This client has a do-not-treat flag and no medical history on file: type why the "
        "session goes ahead anyway (at least a short sentence).",
    ),
    (True, (CONSENT_FORM, MEDICAL_FORM)): QT_TRANSLATE_NOOP(
        "core",
        "This client has a do-not-treat flag, no signed consent on file and no medical "
        "history on file: type why the session goes ahead anyway (at least a short sentence).",
    ),
}


def _signatures_present(db: Clinic, response: response_store.Response) -> bool:
    """Every signature the form asks for (where shown) is drawn: a consent signed by the
    client but not countersigned is not a signed consent."""
    from smpdesk.app.questionnaires import _stored
    from smpdesk.questionnaire.answers import SIGNATURE_PREFIX, resolve

    if not response.signed:
        return False
    try:
        spec = _stored(db, response.definition_sha256)
    except UserError:
        return True  # the form text is unreadable; the sealed answers do carry a signature
    visible = resolve(spec, response.answers).visible
    return all(
        isinstance(value := response.answers.get(q.id), str) and value.startswith(SIGNATURE_PREFIX)
        for q in spec.questions.values()
        if q.type == "signature" and q.id in visible
    )


def _is_consent(db: Clinic, response: response_store.Response) -> bool:
    from smpdesk.app.questionnaires import _stored

    if response.form_id == CONSENT_FORM:
        return True
    try:
        return _stored(db, response.definition_sha256).consent_record
    except UserError:
        return False


@use_case
def missing_records(db: Clinic, client_id: int) -> list[MissingRecord]:
    """Which of a signed consent and a medical history the client has no finished record of.

    Only finished responses count (a draft, even one the client signed, is not on file);
    a consent counts when every signature it asks for is drawn.  One client's few
    responses are read: no clinic-wide cost.
    """
    finished = response_store.latest_responses(db, client_id)
    drafts = {d.form_id for d in response_store.client_drafts(db, client_id)}
    missing = []
    if not any(_is_consent(db, r) and _signatures_present(db, r) for r in finished):
        started = " (a consent form is started but not finished)" if CONSENT_FORM in drafts else ""
        missing.append(MissingRecord(CONSENT_FORM, NO_CONSENT + started))
    if not any(r.form_id == MEDICAL_FORM for r in finished):
        started = " (the form is started but not finished)" if MEDICAL_FORM in drafts else ""
        missing.append(MissingRecord(MEDICAL_FORM, NO_MEDICAL + started))
    return missing


DELETE_REASON_MIN_LENGTH = 10
DELETE_REASON_MAX_LENGTH = 500
DELETE_REASON_MISSING = Sentence(
    QT_TRANSLATE_NOOP(
        "core",
        "Type why this session is deleted, as a short sentence (at least {count} characters "
        "and two words): it stays in the client's history.",
    ),
    count=DELETE_REASON_MIN_LENGTH,
)
DELETE_REASON_TOO_LONG = Sentence(
    QT_TRANSLATE_NOOP(
        "core",
        "Keep the reason to {count} characters; the details belong in the client's notes.",
    ),
    count=DELETE_REASON_MAX_LENGTH,
)
NO_SUCH_SESSION = QT_TRANSLATE_NOOP(
    "core", "There is no session with id {session_id}; it may have been removed."
)
# A deleted session, whole per case: (deleting it again?, deleted by a named person?).
_DELETED = {
    (False, True): QT_TRANSLATE_NOOP(
        "core",
        "Session {session_id} was deleted on {day} by {name}, so it can no longer be changed.",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "core", "Session {session_id} was deleted on {day}, so it can no longer be changed."
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "core", "Session {session_id} was already deleted on {day} by {name}; nothing was changed."
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "core", "Session {session_id} was already deleted on {day}; nothing was changed."
    ),
}


def _live_session(db: Clinic, session_id: int, *, deleting: bool = False) -> Session:
    """The session, or one sentence: there is none, or it was deleted (when, by whom)."""
    session = session_store.get_session(db, session_id)
    if session is not None:
        return session
    gone = session_store.deletion_of(db, session_id)
    if gone is None:
        raise UserError(NO_SUCH_SESSION, session_id=session_id)
    raise UserError(
        _DELETED[deleting, bool(gone.deleted_by_name)],
        session_id=session_id,
        day=_day(gone.deleted_at),
        name=gone.deleted_by_name,
    )


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


# -- bookings at the same time (issue 16) -------------------------------------------------
# Two clients whose appointments start less than this apart overlap in one chair: an SMP
# session lasts 2–5 hours (DOMAIN.md), so even the shortest one is still running.  The
# app knows no chairs or practitioners for a booking, so this warns and lets the person
# booking go on (a clinic with two chairs does), rather than refusing.
BOOKING_CLASH_MINUTES = 120


@dataclass(frozen=True)
class BookingClash:
    """Another client's booking near the one being made: their name and time only."""

    client_id: int
    client_name: str
    appointment: datetime


@use_case
def booking_clashes(db: Clinic, client_id: int, when: datetime | str) -> list[BookingClash]:
    """Other clients booked to start less than BOOKING_CLASH_MINUTES from ``when``.

    ``when`` as typed (``YYYY-MM-DD HH:MM``) or a datetime; an unreadable one has no
    clashes (the form's own check says what is wrong with it).  The client's own
    bookings never clash.  An index range read: fast at any number of clients.
    """
    moment = parse_appointment(when) if isinstance(when, str) else when
    if moment is None:
        return []
    reach = timedelta(minutes=BOOKING_CLASH_MINUTES - 1)
    found = session_store.bookings_between(
        db, moment - reach, moment + reach, other_than_client=client_id
    )
    clashes = []
    for row in found:
        appointment = parse_appointment(row.next_appointment)
        if appointment is not None:
            name = " ".join(p for p in (row.given_name, row.family_name) if p)
            clashes.append(BookingClash(row.client_id, name, appointment))
    return clashes


def clash_warning(when: datetime, clashes: Sequence[BookingClash]) -> str:
    """One paragraph naming each other booking and how far from ``when`` it starts."""
    lines = []
    for clash in clashes:
        gap = int((clash.appointment - when).total_seconds() // 60)
        if gap == 0:
            apart = "the same time"
        else:
            hours, minutes = divmod(abs(gap), 60)
            span = " ".join(
                part
                for part in (
                    f"{hours} h" if hours else "",
                    f"{minutes} min" if minutes else "",
                )
                if part
            )
            apart = f"{span} {'later' if gap > 0 else 'earlier'}"
        at = f"{clash.appointment:%H:%M} on {format_medium_date(clash.appointment.date())}"
        lines.append(f"{clash.client_name} is booked at {at} ({apart}).")
    return " ".join(lines)


@use_case
def record_session(
    db: Clinic,
    client_id: int,
    details: SessionDetails,
    *,
    override_reason: str | None = None,
) -> Session:
    """Record a session; with an open do-not-treat flag, or without a signed consent or a
    medical history on file, only with a typed reason.

    The reason and what it overrides (the flags, then the missing records) are stored
    with the session, in the same transaction.  Postpone and needs-clearance flags are
    shown by the fronts but do not block: the practitioner judges them.
    """
    from smpdesk.app.clients import refuse_merged
    from smpdesk.app.questionnaires import do_not_treat

    _require(db, client_id)
    refuse_merged(db, client_id)
    details = checked(details, validate_session)
    blocking = do_not_treat(db, client_id)
    missing = missing_records(db, client_id)
    override = None
    if blocking or missing:
        reason = " ".join(clean_line(override_reason or "").split())
        if len(reason) < OVERRIDE_MIN_LENGTH:
            raise ValidationError({"override_reason": override_needed(blocking, missing)})
        entries = [flag.to_json() for flag in blocking] + [m.to_json() for m in missing]
        override = (reason, entries)
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
        raise UserError(CHANGED_ELSEWHERE["session"]) from None
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
    _live_session(db, session_id, deleting=True)
    kept = _deletion_reason(reason)
    try:
        session_store.delete_session(db, session_id, kept)
    except KeyError:  # deleted by someone else a moment ago
        raise UserError(NO_SUCH_SESSION, session_id=session_id) from None
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
    # Passed on from follow_ups (issue 16, H5): OUTCOME_TEXT, OutcomeEntry, follow_ups_csv,
    # follow_ups_pdf, outcome_history, record_outcome (outcomes and the list on paper).
    "BOOKING_CLASH_MINUTES",
    "DELETE_REASON_MAX_LENGTH",
    "DELETE_REASON_MIN_LENGTH",
    "DELETE_REASON_MISSING",
    "OUTCOME_TEXT",
    "OVERRIDE_MIN_LENGTH",
    "OVERRIDE_MISSING",
    "BookingClash",
    "DeletedSession",
    "DueCounts",
    "DueItem",
    "DuePage",
    "LotMatch",
    "MissingRecord",
    "OutcomeEntry",
    "Session",
    "SessionVersion",
    "Visit",
    "book_appointment",
    "booking_clashes",
    "clash_warning",
    "client_sessions",
    "delete_session",
    "deleted_sessions",
    "differences",
    "due_counts",
    "due_follow_ups",
    "due_follow_ups_page",
    "edited_session_ids",
    "follow_ups_csv",
    "follow_ups_pdf",
    "get_session",
    "handouts_for_session",
    "latest_session",
    "missing_from",
    "missing_records",
    "new_session_defaults",
    "outcome_history",
    "override_needed",
    "override_words",
    "proposed_next_date",
    "record_outcome",
    "record_session",
    "session_override",
    "session_versions",
    "sessions_on",
    "sessions_with_lot",
    "update_session",
    "used_values",
    "visits",
]
