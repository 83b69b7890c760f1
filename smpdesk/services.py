"""Use cases shared by the GUI and the CLI.

Both fronts call these and nothing below them for writes, so a rule (such as
validation before saving) is enforced once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlite_utils

from smpdesk import store
from smpdesk.client_details import ClientDetails, validate
from smpdesk.clinic_settings import ClinicSettings, load_settings
from smpdesk.errors import NotADatabaseError, UserError, ValidationError
from smpdesk.paths import resolve_db_path
from smpdesk.safe_output import ProtectedFiles
from smpdesk.session_details import NEXT_TYPE, SessionDetails, describe_type, validate_session
from smpdesk.text_safety import clean_line


def _checked(details, check):
    """Trimmed details, or ValidationError naming every field that is wrong."""
    details = details.cleaned()
    problems = check(details)
    if problems:
        raise ValidationError(problems)
    return details


def open_clinic(path: str | Path, *, create: bool = False) -> sqlite_utils.Database:
    """Open the clinic database; a file gone bad is refused with where its newest good backup is."""
    try:
        return store.open_database(path, create=create)
    except NotADatabaseError as exc:
        if exc.damaged is None:  # a folder, another program's file: nothing to restore
            raise
        from smpdesk.backups import with_backup_advice

        damaged, sentence = exc.damaged
        raise type(exc)(with_backup_advice(damaged, sentence), damaged=exc.damaged) from exc


def protected_files(
    db_path: Path | None = None, db: sqlite_utils.Database | None = None
) -> ProtectedFiles:
    """The clinic's files no output may touch: the database, its companions, its backups.

    With the database open, the clinic's own backups folder (a USB drive, a
    NAS) from its settings is protected as well.  With neither argument: the
    default clinic (``SMPDESK_DB`` or the user-data folder).
    """
    if db_path is None:
        db_path = store.database.db_path(db) if db is not None else resolve_db_path(None)
    extra: list[Path] = []
    if db is not None:
        from smpdesk.clinic_settings import backups_folder

        extra.append(backups_folder(Path(db_path), load_settings(db)))
    return ProtectedFiles.around(Path(db_path), extra)


def add_client(db: sqlite_utils.Database, details: ClientDetails) -> store.Client:
    details = _checked(details, validate)
    client_id = store.insert_client(db, details)
    client = store.get_client(db, client_id)
    assert client is not None
    return client


def _existing(db: sqlite_utils.Database, client_id: int) -> store.Client:
    client = store.get_client(db, client_id)
    if client is None:
        raise UserError(f"There is no client with id {client_id}; it may have been removed.")
    return client


CHANGED_ELSEWHERE = (
    "Someone else saved changes to this {what} while you were editing, so yours were "
    "not saved; your typing is still here: note what you need, then cancel and open "
    "the {what} again."
)


def update_client(
    db: sqlite_utils.Database,
    client_id: int,
    details: ClientDetails,
    *,
    if_updated_at: str | None = None,
) -> store.Client:
    _existing(db, client_id)
    details = _checked(details, validate)
    try:
        store.update_client(db, client_id, details, if_updated_at=if_updated_at)
    except store.ChangedElsewhere:
        raise UserError(CHANGED_ELSEWHERE.format(what="client")) from None
    return _existing(db, client_id)


def archive_client(db: sqlite_utils.Database, client_id: int) -> store.Client:
    """Hide a client from the everyday list; nothing is deleted."""
    _existing(db, client_id)
    store.set_archived(db, client_id, True)
    return _existing(db, client_id)


def restore_client(db: sqlite_utils.Database, client_id: int) -> store.Client:
    _existing(db, client_id)
    store.set_archived(db, client_id, False)
    return _existing(db, client_id)


# -- treatment sessions ------------------------------------------------------


OVERRIDE_MIN_LENGTH = 10
OVERRIDE_MISSING = (
    "This client has a do-not-treat flag: type why the session goes ahead anyway "
    "(at least a short sentence)."
)


def record_session(
    db: sqlite_utils.Database,
    client_id: int,
    details: SessionDetails,
    *,
    override_reason: str | None = None,
) -> store.Session:
    """Record a session; with an open do-not-treat flag, only with a typed reason.

    The reason and the flags it overrides are stored with the session, in the
    same transaction.
    """
    from smpdesk.questionnaires import do_not_treat

    _existing(db, client_id)
    details = _checked(details, validate_session)
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
    db: sqlite_utils.Database,
    session_id: int,
    details: SessionDetails,
    *,
    if_updated_at: str | None = None,
) -> store.Session:
    if store.get_session(db, session_id) is None:
        raise UserError(f"There is no session with id {session_id}; it may have been removed.")
    details = _checked(details, validate_session)
    try:
        store.update_session(db, session_id, details, if_updated_at=if_updated_at)
    except store.ChangedElsewhere:
        raise UserError(CHANGED_ELSEWHERE.format(what="session")) from None
    session = store.get_session(db, session_id)
    assert session is not None
    return session


def new_session_defaults(
    db: sqlite_utils.Database, client_id: int, *, today: date | None = None
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


# -- aftercare sheets --------------------------------------------------------
# reportlab is imported inside these functions: start-up must not pay for it.


@dataclass(frozen=True)
class AftercarePdf:
    data: bytes
    content_version: str
    paper: str
    content_hash: str
    day_counts: str
    client_id: int | None
    session_id: int | None
    suggested_name: str


def _plan_fingerprint(days, date_style: str) -> tuple[str, str]:
    """sha256 of the care-plan file, and the day counts, as logged with each sheet."""
    import hashlib
    import json

    from smpdesk.aftercare import default_care_plan_path

    try:
        digest = hashlib.sha256(default_care_plan_path().read_bytes()).hexdigest()
    except OSError:
        digest = ""
    counts = json.dumps({**days.as_dict(), "date_style": date_style}, sort_keys=True)
    return digest, counts


def _sheet_basics(settings: ClinicSettings):
    from smpdesk.aftercare import AftercareDays
    from smpdesk.handouts.layout import clinic_info

    return clinic_info(settings), AftercareDays.from_mapping(settings.aftercare_days)


def aftercare_pdf(
    db: sqlite_utils.Database, client_id: int, session_id: int | None = None
) -> AftercarePdf:
    """The personalised sheet for a session (the client's latest when none given)."""
    from smpdesk.aftercare import load_care_plan
    from smpdesk.handouts.aftercare_sheet import SheetRequest, render_aftercare_sheet

    client = _existing(db, client_id)
    if session_id is None:
        session = store.latest_session(db, client_id)
        if session is None:
            raise UserError(
                "This client has no recorded session yet; record the session first, "
                "or print a blank aftercare sheet."
            )
    else:
        session = store.get_session(db, session_id)
        if session is None or session.client_id != client_id:
            raise UserError(f"Session {session_id} does not belong to this client.")
    settings = load_settings(db)
    clinic, days = _sheet_basics(settings)
    plan = load_care_plan()
    request = SheetRequest(
        clinic=clinic,
        days=days,
        paper=settings.paper,
        date_style=settings.date_style,
        client_name=client.full_name,
        session_date=session.session_date,
        session_label=describe_type(session.details.session_type),
        practitioner=session.details.practitioner,
        next_appointment=session.next_appointment,
    )
    data = _render(render_aftercare_sheet, request, plan)
    stamp = f"{session.session_date.isoformat()}-s{session.id}"
    digest, counts = _plan_fingerprint(days, settings.date_style)
    return AftercarePdf(
        data=data,
        content_version=plan.version,
        paper=settings.paper,
        content_hash=digest,
        day_counts=counts,
        client_id=client_id,
        session_id=session.id,
        suggested_name=f"aftercare-{client.client_number}-{stamp}.pdf",
    )


def _render(render, request, plan) -> bytes:
    """Any layout failure becomes one sentence, never a traceback."""
    try:
        return render(request, plan)
    except UserError:
        raise
    except Exception as exc:  # reportlab raises ValueError/LayoutError on absurd input
        raise UserError(
            "The aftercare sheet could not be laid out; check that the clinic details and "
            "names in it are not unusually long."
        ) from exc


def blank_aftercare_pdf(db: sqlite_utils.Database | None = None) -> AftercarePdf:
    """The sheet with day numbers and lines to fill in by hand (no client)."""
    from smpdesk.aftercare import load_care_plan
    from smpdesk.handouts.aftercare_sheet import SheetRequest, render_aftercare_sheet

    settings = load_settings(db) if db is not None else ClinicSettings()
    clinic, days = _sheet_basics(settings)
    plan = load_care_plan()
    request = SheetRequest(
        clinic=clinic, days=days, paper=settings.paper, date_style=settings.date_style
    )
    digest, counts = _plan_fingerprint(days, settings.date_style)
    return AftercarePdf(
        data=_render(render_aftercare_sheet, request, plan),
        content_version=plan.version,
        paper=settings.paper,
        content_hash=digest,
        day_counts=counts,
        client_id=None,
        session_id=None,
        suggested_name="aftercare-blank.pdf",
    )


def record_aftercare_given(db: sqlite_utils.Database, pdf: AftercarePdf, action: str) -> None:
    """Log that a sheet was printed or saved, with its care-plan version."""
    store.log_handout(
        db,
        client_id=pdf.client_id,
        session_id=pdf.session_id,
        kind="aftercare",
        content_version=pdf.content_version,
        action=action,
        paper=pdf.paper,
        content_hash=pdf.content_hash,
        day_counts=pdf.day_counts,
    )
