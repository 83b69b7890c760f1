"""Aftercare sheets: a client's personalised sheet or a blank one, and the log of each given.

reportlab (and Babel's dates) are imported only when a sheet is made, never by
importing this module.

A client's sheet is printed in the client's language (issue 20: the client's
``language``, "" for the clinic's own, English), or in the ``language=`` given
for that one sheet.  The care plan is that language's file, and the log records
its version ("2026.2-pl") and the hash of that file, so it is known later
exactly which wording, in which language, the client took home.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from smpdesk import store
from smpdesk.app.access import use_case
from smpdesk.app.clients import require_client
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.clinic_settings import ClinicSettings
from smpdesk.domain.dates import format_medium_date
from smpdesk.domain.languages import DEFAULT_LANGUAGE, language_or_default, language_problem
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from smpdesk.domain.aftercare import AftercareDays, CarePlan
    from smpdesk.infra.handouts.aftercare_sheet import SheetRequest
    from smpdesk.infra.handouts.layout import ClinicInfo
    from smpdesk.store.clients import Client
    from smpdesk.store.sessions import Session


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
    language: str = DEFAULT_LANGUAGE  # the sheet's (a key of languages.LANGUAGES)


@dataclass(frozen=True)
class AftercareBatch:
    """Several clients' sheets in ONE PDF (each starting on a new page): a day's batch.

    ``sheets`` describes each client's sheet for the log (client, session, care-plan
    version...); their ``data`` is empty, the pages being in the batch's own ``data``.
    """

    data: bytes
    paper: str
    sheets: tuple[AftercarePdf, ...]
    suggested_name: str
    first_pages: tuple[int, ...]  # each sheet's first page in ``data``, 1-based
    total_pages: int

    @property
    def count(self) -> int:
        return len(self.sheets)

    def sheets_within(self, pages: int) -> int:
        """How many sheets end within the first ``pages`` pages (a print stopped part-way)."""
        ends = [start - 1 for start in self.first_pages[1:]] + [self.total_pages]
        return sum(1 for end in ends if end <= pages)


def _plan_fingerprint(
    settings: ClinicSettings, days: AftercareDays, language: str = DEFAULT_LANGUAGE
) -> tuple[str, str]:
    """sha256 of the care-plan file in the sheet's language, and the day counts, as
    logged with each sheet.

    The emergency number is logged with the counts: like them it is a setting
    that changes what the sheet says.
    """
    import hashlib
    import json

    from smpdesk.domain.aftercare import care_plan_path

    try:
        digest = hashlib.sha256(care_plan_path(language).read_bytes()).hexdigest()
    except OSError:
        digest = ""
    counts = json.dumps(
        {
            **days.as_dict(),
            "date_style": settings.date_style,
            "emergency_number": settings.emergency_number,
        },
        sort_keys=True,
    )
    return digest, counts


def _sheet_basics(settings: ClinicSettings) -> tuple[ClinicInfo, AftercareDays]:
    from smpdesk.domain.aftercare import AftercareDays
    from smpdesk.infra.handouts.layout import clinic_info

    return clinic_info(settings), AftercareDays.from_mapping(settings.aftercare_days)


def _sheet_language(client: Client | None, language: str | None = None) -> str:
    """The language a sheet is printed in: ``language`` when given (one sheet's
    override), else the client's own, else the clinic's (English).

    A code given here is checked (UserError naming the languages); a client's
    stored code that this smpdesk does not know prints English rather than no sheet.
    """
    if language:
        problem = language_problem(language)
        if problem:
            raise UserError(problem)
        return language
    return language_or_default(getattr(client, "language", "") if client is not None else "")


@use_case
def aftercare_pdf(
    db: Clinic, client_id: int, session_id: int | None = None, *, language: str | None = None
) -> AftercarePdf:
    """The personalised sheet for a session (the client's latest when none given), in
    the client's language or ``language`` (a code of languages.LANGUAGES)."""
    from smpdesk.domain.aftercare import load_care_plan
    from smpdesk.infra.handouts.aftercare_sheet import render_aftercare_sheet

    settings = load_settings(db)
    client, session = _client_and_session(db, client_id, session_id)
    code = _sheet_language(client, language)
    plan = load_care_plan(language=code)
    request = _sheet_request(settings, client, session, code)
    data = _render(render_aftercare_sheet, request, plan)
    return _described(settings, plan, code, client, session, data)


@use_case
def aftercare_pdfs_for_day(
    db: Clinic,
    day: date,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> AftercareBatch:
    """Every sheet for the sessions on ``day``, as one PDF to print or save in one go.

    ``progress(done, total)`` is called as each sheet is laid out; whatever it
    raises (a Cancel) stops the batch and comes out as it is.  UserError when
    there is no session that day.  Each client's sheet is in that client's language.
    """
    from smpdesk.domain.aftercare import load_care_plan
    from smpdesk.infra.handouts.aftercare_sheet import render_aftercare_sheets

    sessions = store.sessions_on(db, day)
    if not sessions:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "No sessions have been recorded for {day}."),
            day=format_medium_date(day),
        )
    settings = load_settings(db)
    pairs = [(require_client(db, s.client_id), s) for s in sessions]
    languages = [_sheet_language(client) for client, _session in pairs]
    plans = {code: load_care_plan(language=code) for code in dict.fromkeys(languages)}
    requests = [
        _sheet_request(settings, client, session, code)
        for (client, session), code in zip(pairs, languages, strict=True)
    ]
    total = len(requests)
    stopped: list[BaseException] = []

    def report(index: int) -> None:
        if progress is None:
            return
        try:
            progress(index, total)
        except BaseException as exc:  # Cancel: raised again below, not turned into words
            stopped.append(exc)
            raise

    first_pages: dict[int, int] = {}
    try:
        data = _render(
            lambda _r, _p: render_aftercare_sheets(
                requests, progress=report, first_pages=first_pages, plans=plans
            ),
            requests[0],
            plans[languages[0]],
        )
    except UserError:
        if stopped:
            raise stopped[0] from None
        raise
    if progress is not None:
        progress(total, total)
    return AftercareBatch(
        data=data,
        paper=settings.paper,
        sheets=tuple(
            _described(settings, plans[code], code, client, session, b"")
            for (client, session), code in zip(pairs, languages, strict=True)
        ),
        suggested_name=f"aftercare-{day.isoformat()}-{total}-sheets.pdf",
        first_pages=tuple(first_pages[i] for i in range(total)),
        total_pages=first_pages[total] - 1,
    )


def _client_and_session(
    db: Clinic, client_id: int, session_id: int | None
) -> tuple[Client, Session]:
    """The client, and the session given (the client's own) or their latest."""
    client = require_client(db, client_id)
    if session_id is None:
        session = store.latest_session(db, client_id)
        if session is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This client has no recorded session yet; record the session first, "
                    "or print a blank aftercare sheet.",
                )
            )
    else:
        session = store.get_session(db, session_id)
        if session is None or session.client_id != client_id:
            raise UserError(
                QT_TRANSLATE_NOOP("core", "Session {session_id} does not belong to this client."),
                session_id=session_id,
            )
    return client, session


def _sheet_request(
    settings: ClinicSettings, client: Client, session: Session, language: str
) -> SheetRequest:
    from smpdesk.infra.handouts.aftercare_sheet import SheetRequest, sheet_words

    clinic, days = _sheet_basics(settings)
    words = sheet_words(language)
    return SheetRequest(
        clinic=clinic,
        days=days,
        paper=settings.paper,
        date_style=settings.date_style,
        client_name=client.full_name,
        session_date=session.session_date,
        session_label=words.session_type(session.details.session_type),
        practitioner=session.details.practitioner,
        next_appointment=session.next_appointment,
        language=language,
        locale=settings.locale,
    )


def _described(
    settings: ClinicSettings,
    plan: CarePlan,
    language: str,
    client: Client,
    session: Session,
    data: bytes,
) -> AftercarePdf:
    """A client's sheet with what is logged when it is given: the version of the care
    plan in ``language`` (the one printed) and the hash of that language's file."""
    _clinic, days = _sheet_basics(settings)
    stamp = f"{session.session_date.isoformat()}-s{session.id}"
    digest, counts = _plan_fingerprint(settings, days, language)
    return AftercarePdf(
        data=data,
        content_version=plan.version,
        paper=settings.paper,
        content_hash=digest,
        day_counts=counts,
        client_id=client.id,
        session_id=session.id,
        suggested_name=f"aftercare-{client.client_number}-{stamp}{_name_tail(language)}.pdf",
        language=language,
    )


def _name_tail(language: str) -> str:
    """ "-pl" in a file name for a sheet not in English; nothing for English (unchanged)."""
    return "" if language == DEFAULT_LANGUAGE else f"-{language}"


def _render(
    render: Callable[[SheetRequest, CarePlan], bytes], request: SheetRequest, plan: CarePlan
) -> bytes:
    """Any layout failure becomes one sentence, never a traceback."""
    try:
        return render(request, plan)
    except UserError:
        raise
    except Exception as exc:  # reportlab raises ValueError/LayoutError on absurd input
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "The aftercare sheet could not be laid out; check that the clinic details and "
                "names in it are not unusually long.",
            )
        ) from exc


def blank_aftercare_pdf(db: Clinic | None = None, *, language: str | None = None) -> AftercarePdf:
    """The sheet with day numbers and lines to fill in by hand (no client), in
    ``language`` (default: the clinic's own, English)."""
    from smpdesk.domain.aftercare import load_care_plan
    from smpdesk.infra.handouts.aftercare_sheet import SheetRequest, render_aftercare_sheet

    code = _sheet_language(None, language)
    settings = load_settings(db) if db is not None else ClinicSettings()
    clinic, days = _sheet_basics(settings)
    plan = load_care_plan(language=code)
    request = SheetRequest(
        clinic=clinic,
        days=days,
        paper=settings.paper,
        date_style=settings.date_style,
        language=code,
        locale=settings.locale,
    )
    digest, counts = _plan_fingerprint(settings, days, code)
    return AftercarePdf(
        data=_render(render_aftercare_sheet, request, plan),
        content_version=plan.version,
        paper=settings.paper,
        content_hash=digest,
        day_counts=counts,
        client_id=None,
        session_id=None,
        suggested_name=f"aftercare-blank{_name_tail(code)}.pdf",
        language=code,
    )


@use_case
def record_aftercare_given(db: Clinic, pdf: AftercarePdf, action: str) -> None:
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


__all__ = [
    "AftercareBatch",
    "AftercarePdf",
    "aftercare_pdf",
    "aftercare_pdfs_for_day",
    "blank_aftercare_pdf",
    "record_aftercare_given",
]
