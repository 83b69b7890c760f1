"""Aftercare sheets: a client's personalised sheet or a blank one, and the log of each given.

reportlab is imported only when a sheet is made, never by importing this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smpdesk import store
from smpdesk.app.access import use_case
from smpdesk.app.clients import require_client
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.clinic_settings import ClinicSettings
from smpdesk.domain.session_details import describe_type
from smpdesk.errors import UserError

if TYPE_CHECKING:
    from smpdesk.domain.aftercare import AftercareDays, CarePlan
    from smpdesk.infra.handouts.aftercare_sheet import SheetRequest
    from smpdesk.infra.handouts.layout import ClinicInfo


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


def _plan_fingerprint(days: AftercareDays, date_style: str) -> tuple[str, str]:
    """sha256 of the care-plan file, and the day counts, as logged with each sheet."""
    import hashlib
    import json

    from smpdesk.domain.aftercare import default_care_plan_path

    try:
        digest = hashlib.sha256(default_care_plan_path().read_bytes()).hexdigest()
    except OSError:
        digest = ""
    counts = json.dumps({**days.as_dict(), "date_style": date_style}, sort_keys=True)
    return digest, counts


def _sheet_basics(settings: ClinicSettings) -> tuple[ClinicInfo, AftercareDays]:
    from smpdesk.domain.aftercare import AftercareDays
    from smpdesk.infra.handouts.layout import clinic_info

    return clinic_info(settings), AftercareDays.from_mapping(settings.aftercare_days)


@use_case
def aftercare_pdf(db: Clinic, client_id: int, session_id: int | None = None) -> AftercarePdf:
    """The personalised sheet for a session (the client's latest when none given)."""
    from smpdesk.domain.aftercare import load_care_plan
    from smpdesk.infra.handouts.aftercare_sheet import SheetRequest, render_aftercare_sheet

    client = require_client(db, client_id)
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
            "The aftercare sheet could not be laid out; check that the clinic details and "
            "names in it are not unusually long."
        ) from exc


def blank_aftercare_pdf(db: Clinic | None = None) -> AftercarePdf:
    """The sheet with day numbers and lines to fill in by hand (no client)."""
    from smpdesk.domain.aftercare import load_care_plan
    from smpdesk.infra.handouts.aftercare_sheet import SheetRequest, render_aftercare_sheet

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
    "AftercarePdf",
    "aftercare_pdf",
    "blank_aftercare_pdf",
    "record_aftercare_given",
]
