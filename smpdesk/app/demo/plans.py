"""The demo clinic's treatment plans (issue 18): what the deposits in its books were paid on.

Run after :func:`smpdesk.app.demo.payments.add_demo_payments` and read from its
books, so the two cannot disagree:

* every client who paid a deposit accepted a plan, signed a few minutes before
  the deposit was taken: drawn from their approved design when they have one
  (the consultation client of the design story), else the "Full hairline"
  package when they paid for it, else the standard three-session course; priced
  from the saved price list, so a finished course's payments add up to the
  plan's total and its deposit is the deposit paid;
* one consultation-only client who has not booked got a quote thirty days ago
  and has not signed it yet (it stands until today, so the desk can still have
  it signed in the demo).

Dated, like the payments, never after now: a quote's "valid until" is a stored
date too, so a plan accepted within the last 30 days has its validity ended
today rather than in the future (it was accepted, so the date no longer
matters).  Written through the plans store with the times of the story (the
plan use cases stamp the current time); each plan is checked exactly as
:func:`smpdesk.app.plans.save_plan` checks it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from smpdesk import store
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.app.demo.designs import demo_design_signature
from smpdesk.app.demo.payments import FULL_HAIRLINE, PAYMENT_CLIENTS
from smpdesk.domain.clinic_settings import ClinicSettings
from smpdesk.domain.plans import Plan, areas_note, course_for_design, draft_plan, plan_from_json
from smpdesk.domain.session_details import intervals_in_force
from smpdesk.store import designs as design_store
from smpdesk.store import payments as payment_store
from smpdesk.store import plans as plan_store

# Who drew up a plan when the client has no session yet (one of the demo's practitioners).
CONSULTING = "Aoife Byrne"
# How long before the deposit the plan was saved, and signed.
SAVED_BEFORE = timedelta(minutes=6)
SIGNED_BEFORE = timedelta(minutes=2)
# A booked consultation client's first session is proposed this long after the consultation.
FIRST_SESSION_AFTER = timedelta(days=14)
# The open quote was issued this long ago (the demo price list's validity: it stands today).
QUOTE_ISSUED_DAYS_AGO = 30


def _moment(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    return moment.astimezone() if moment.tzinfo is None else moment


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _draft(
    db: Clinic,
    settings: ClinicSettings,
    client_id: int,
    *,
    issued: date,
    start: date,
    package: str,
    today: date,
) -> tuple[Plan, int | None, str]:
    """(the plan, the approved design it is drawn from or None, its approval time or '')."""
    from smpdesk.domain.designs import DesignError, design_from_json

    kinds: list[str] = [] if package else course_for_design(())
    notes = ""
    design_id: int | None = None
    approved_at = ""
    found = design_store.approvals(db, [client_id])
    if found:
        stored = design_store.get_design(db, found[0][0])
        try:
            design = design_from_json(stored.data) if stored is not None else None
        except DesignError:
            design = None
        if design is not None:
            design_id, approved_at = found[0]
            kinds = course_for_design(design.areas(), design.layers)
            notes = areas_note(design.areas())
    plan = draft_plan(
        settings.price_list,
        session_types=kinds,
        start=start,
        intervals=intervals_in_force(settings.follow_up_days),
        package=package,
        today=issued,
        notes=notes,
    )
    if plan.valid_until > today.isoformat():  # never a date after today in the file
        plan = replace(plan, valid_until=today.isoformat())
    return plan_from_json(plan.to_json()), design_id, approved_at


def _save(
    db: Clinic, client_id: int, plan: Plan, design_id: int | None, by: str, saved: datetime
) -> int:
    return plan_store.insert_plan(
        db,
        client_id,
        data=plan.to_json(),
        currency=plan.currency,
        total_minor=plan.total.minor,
        deposit_minor=plan.deposit.minor,
        valid_until=plan.valid_until,
        created_by_name=by,
        design_id=design_id,
        now=_stamp(saved),
    )


def add_demo_plans(
    db: Clinic, client_ids: list[int], *, now: datetime | None = None
) -> tuple[int, int]:
    """Give the demo's depositors their accepted plans and one client an open quote.

    Returns (accepted plans, open quotes).  Only the clients the payments cover
    (:data:`~smpdesk.app.demo.payments.PAYMENT_CLIENTS`), so a benchmark-sized demo
    stays quick.
    """
    settings = load_settings(db)
    if not settings.price_list.session_prices:
        return 0, 0
    now = (now or datetime.now()).astimezone()
    today = now.date()
    accepted = quoted = 0
    for client_id in client_ids[:PAYMENT_CLIENTS]:
        entries = [e for e in payment_store.client_entries(db, client_id) if not e.voided]
        deposits = [e for e in entries if e.entry == "payment" and e.kind == "deposit"]
        sessions = sorted(
            store.client_sessions(db, client_id), key=lambda s: (s.session_date, s.id)
        )
        if not deposits:
            if quoted or sessions or design_store.approvals(db, [client_id]):
                continue
            issued = datetime.combine(
                today - timedelta(days=QUOTE_ISSUED_DAYS_AGO), time(15, 20)
            ).astimezone()
            plan, design_id, _ = _draft(
                db,
                settings,
                client_id,
                issued=issued.date(),
                start=issued.date() + FIRST_SESSION_AFTER,
                package="",
                today=today,
            )
            _save(db, client_id, plan, design_id, CONSULTING, issued)
            quoted += 1
            continue
        paid_at = _moment(min(deposits, key=lambda e: e.receipt_number).taken_at)
        package = FULL_HAIRLINE if any(e.kind == "package" for e in entries) else ""
        start = sessions[0].session_date if sessions else paid_at.date() + FIRST_SESSION_AFTER
        plan, design_id, approved_at = _draft(
            db,
            settings,
            client_id,
            issued=paid_at.date(),
            start=start,
            package=package,
            today=today,
        )
        saved = paid_at - SAVED_BEFORE
        if approved_at:  # drawn from the design: saved after its approval
            saved = max(saved, _moment(approved_at))
        signed = max(paid_at - SIGNED_BEFORE, saved)
        by = (sessions[0].details.practitioner if sessions else "") or CONSULTING
        plan_id = _save(db, client_id, plan, design_id, by, saved)
        client = store.get_client(db, client_id)
        plan_store.accept(
            db,
            plan_id,
            signature=demo_design_signature(client_id),
            signed_name=client.full_name if client is not None else "Demo client",
            now=_stamp(signed),
        )
        accepted += 1
    return accepted, quoted


__all__ = ["add_demo_plans"]
