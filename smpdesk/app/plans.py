"""Treatment plans and quotes: draft, save a version, list, accept by signing, the quote PDF.

Who: practitioners (and the owner) make, show and get plans signed; reception
sees a summary only (total, deposit, valid until, accepted or not:
:func:`client_plans`, :func:`accepted_plan`, :func:`plan_balance`), which is what
taking a deposit needs.  The plan's notes may name treated areas, so the record
reception gets from :func:`accepted_plan` leaves them out.

Versions.  A plan is never edited in place: each save is a new version
(``replaces`` names the one it was edited from) and the client accepts one
version, once, by signing; the signature is checked exactly as a design's
approval is (:func:`smpdesk.app.designs._signature_problem`).

A plan is drafted from the approved design when there is one (its zones give the
course: three sessions, a scar camouflage session for a scar zone, the areas as a
note) or as a standard three-session course, priced from the clinic's price list,
dated by its follow-up intervals (:func:`smpdesk.domain.plans.draft_plan`).  Plans
are kept in the clinic's currency; one saved before the clinic changed currency
still prints, but is not set against payments in another currency.

The quote prints in the client's preferred language (issue 20: the client's
``language``, "" for the clinic's own, English), or in the ``language=`` given
for that one print: its own words, the session types and the dates; the price
list's names and the clinic's terms print as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from smpdesk import store
from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.languages import (
    LANGUAGE_CHOICE,
    language_or_default,
    language_problem,
    languages_listed,
)
from smpdesk.domain.money import Money
from smpdesk.domain.plans import (
    Plan,
    PlanError,
    areas_note,
    course_for_design,
    draft_plan,
    plan_from_json,
)
from smpdesk.domain.session_details import SESSION_TYPES, intervals_in_force
from smpdesk.domain.text_safety import clean_line
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.safe_output import ProtectedFiles, refuse_protected, write_file
from smpdesk.store import designs as design_store
from smpdesk.store import merge as merge_store
from smpdesk.store import plans as plan_store

if TYPE_CHECKING:
    from smpdesk.domain.designs import Design
    from smpdesk.infra.handouts.design_page import DesignPage
    from smpdesk.infra.handouts.quote import QuoteRequest
    from smpdesk.infra.handouts.quote_words import QuoteWords

MAX_SIGNED_NAME = 80


# Why a signature is refused (app.designs._signature_problem), said whole.
_NOT_ACCEPTED = {
    "there is no signature": QT_TRANSLATE_NOOP(
        "core",
        "The plan was not accepted: there is no signature; ask the client to sign again.",
    ),
    "the signature image is far larger than a signature": QT_TRANSLATE_NOOP(
        "core",
        "The plan was not accepted: the signature image is far larger than a signature; "
        "ask the client to sign again.",
    ),
    "the signature is not a PNG image": QT_TRANSLATE_NOOP(
        "core",
        "The plan was not accepted: the signature is not a PNG image; "
        "ask the client to sign again.",
    ),
    "the signature image is not of a signature's size": QT_TRANSLATE_NOOP(
        "core",
        "The plan was not accepted: the signature image is not of a signature's size; "
        "ask the client to sign again.",
    ),
    "the signature image is damaged": QT_TRANSLATE_NOOP(
        "core",
        "The plan was not accepted: the signature image is damaged; ask the client to sign again.",
    ),
    "the signature is blank": QT_TRANSLATE_NOOP(
        "core",
        "The plan was not accepted: the signature is blank; ask the client to sign again.",
    ),
    "the signature image is not a signature drawn on the pad": QT_TRANSLATE_NOOP(
        "core",
        "The plan was not accepted: the signature image is not a signature drawn on the pad; "
        "ask the client to sign again.",
    ),
}


@dataclass(frozen=True)
class PlanRecord:
    """One saved version with its plan."""

    id: int
    client_id: int
    version: int
    replaces: int | None
    design_id: int | None
    plan: Plan
    created_at: str
    created_by_name: str
    accepted_at: str | None
    accepted_name: str

    @property
    def accepted(self) -> bool:
        return self.accepted_at is not None


@dataclass(frozen=True)
class PlanSummary:
    """A version in the client's list (read without the plan's JSON): what the desk sees."""

    id: int
    client_id: int
    version: int
    total: Money
    deposit: Money
    valid_until: str
    accepted_at: str | None
    created_at: str
    replaces: int | None = None
    created_by_name: str = ""
    accepted_name: str = ""

    @property
    def accepted(self) -> bool:
        return self.accepted_at is not None


# -- helpers -------------------------------------------------------------------------------


def _require_client(db: Clinic, client_id: int) -> None:
    if store.get_client(db, client_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "There is no client with id {client_id}; check the number and try again."
            ),
            client_id=client_id,
        )


def _filed_under(db: Clinic, client_id: int) -> list[int]:
    return merge_store.client_ids(db, client_id)


def _stored(db: Clinic, plan_id: int) -> plan_store.StoredPlan:
    stored = plan_store.get_plan(db, plan_id)
    if stored is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "There is no plan with id {plan_id}; check the number and try again."
            ),
            plan_id=plan_id,
        )
    return stored


def _record(stored: plan_store.StoredPlan) -> PlanRecord:
    plan = plan_from_json(stored.data)
    # The list and the balance read the columns, the quote the description: a row whose
    # two disagree (crafted or damaged) is refused rather than shown two ways.
    if (
        plan.currency != stored.currency
        or plan.total.minor != stored.total_minor
        or plan.deposit.minor != stored.deposit_minor
        or plan.valid_until != stored.valid_until
    ):
        raise PlanError(
            QT_TRANSLATE_NOOP(
                "core",
                "This treatment plan cannot be used: version {version}'s saved totals "
                "do not match its sessions; save the plan again as a new version.",
            ),
            version=stored.version,
        )
    return PlanRecord(
        id=stored.id,
        client_id=stored.client_id,
        version=stored.version,
        replaces=stored.replaces,
        design_id=stored.design_id,
        plan=plan,
        created_at=stored.created_at,
        created_by_name=stored.created_by_name,
        accepted_at=stored.accepted_at,
        accepted_name=stored.accepted_name,
    )


def _who(db: Clinic) -> str:
    return db.staff.display_name if db.staff is not None else ""


def _local_date(stamp: str | None) -> date | None:
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def _newest_design_id(db: Clinic, client_id: int) -> int | None:
    """The approved design version a plan is drawn from (the newest approval), or None."""
    found = design_store.approvals(db, _filed_under(db, client_id))
    return found[0][0] if found else None


# -- drafting and saving -------------------------------------------------------------------


@use_case
def draft_for_client(
    db: Clinic,
    client_id: int,
    *,
    session_types: list[str] | None = None,
    package: str = "",
    start: date | None = None,
) -> Plan:
    """A first plan for the client, to adjust and save (nothing is saved here).

    ``session_types`` None: from the approved design when there is one (its layers
    and a scar zone, :func:`~smpdesk.domain.plans.course_for_design`; its areas as a
    note), else a package's sessions when ``package`` names one, else the standard
    three-session course.  Priced from the clinic's price list, dated from ``start``
    (default today) by the clinic's follow-up intervals.
    """
    from smpdesk.domain.designs import DesignError, design_from_json

    _require_client(db, client_id)
    settings = load_settings(db)
    notes = ""
    kinds = list(session_types) if session_types is not None else None
    design_id = _newest_design_id(db, client_id)
    if design_id is not None:
        stored = design_store.get_design(db, design_id)
        try:
            design = design_from_json(stored.data) if stored is not None else None
        except DesignError:
            design = None
        if design is not None:
            notes = areas_note(design.areas())
            if kinds is None:
                kinds = course_for_design(design.areas(), design.layers)
    if kinds is None:
        kinds = [] if package.strip() else course_for_design(())
    today = date.today()
    return draft_plan(
        settings.price_list,
        session_types=kinds,
        start=start or today,
        intervals=intervals_in_force(settings.follow_up_days),
        package=package,
        today=today,
        notes=notes,
    )


@use_case
def save_plan(
    db: Clinic,
    client_id: int,
    plan: Plan,
    *,
    replaces: int | None = None,
    design_id: int | None = None,
) -> PlanRecord:
    """Save ``plan`` as the client's next version.

    Checked as if read back from the database (a crafted value from a front is
    refused like a crafted row); in the clinic's currency; ``replaces`` and
    ``design_id`` must be the client's own (a merged-away record's count as theirs).
    """
    from smpdesk.app.clients import refuse_merged

    _require_client(db, client_id)
    refuse_merged(db, client_id)
    data = plan.to_json()  # PlanError naming the problem
    plan = plan_from_json(data)
    currency = load_settings(db).currency
    if plan.currency != currency:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "This plan is in {plan_currency} but the clinic's prices are in {currency}; "
                "draft it again from the price list.",
            ),
            plan_currency=plan.currency,
            currency=currency,
        )
    filed = _filed_under(db, client_id)
    if replaces is not None:
        earlier = plan_store.get_plan(db, replaces)
        if earlier is None or earlier.client_id not in filed:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core", "Plan {plan_id} is not one of this client's; check the number."
                ),
                plan_id=replaces,
            )
    if design_id is not None:
        design = design_store.get_design(db, design_id)
        if design is None or design.client_id not in filed:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core", "Design {design_id} is not one of this client's; check the number."
                ),
                design_id=design_id,
            )
    new_id = plan_store.insert_plan(
        db,
        client_id,
        data=data,
        currency=plan.currency,
        total_minor=plan.total.minor,
        deposit_minor=plan.deposit.minor,
        valid_until=plan.valid_until,
        created_by_name=_who(db),
        replaces=replaces,
        design_id=design_id,
        filed_under=filed,
    )
    return _record(_stored(db, new_id))


# -- reading -------------------------------------------------------------------------------


def _summary(row: plan_store.PlanRow) -> PlanSummary:
    return PlanSummary(
        id=row.id,
        client_id=row.client_id,
        version=row.version,
        total=Money(row.total_minor, row.currency),
        deposit=Money(row.deposit_minor, row.currency),
        valid_until=row.valid_until,
        accepted_at=row.accepted_at,
        created_at=row.created_at,
        replaces=row.replaces,
        created_by_name=row.created_by_name,
        accepted_name=row.accepted_name,
    )


@use_case
def client_plans(db: Clinic, client_id: int) -> list[PlanSummary]:
    """The client's plan versions, newest first: totals and acceptance, no sessions."""
    return [_summary(r) for r in plan_store.client_plans(db, _filed_under(db, client_id))]


@use_case
def get_plan(db: Clinic, plan_id: int) -> PlanRecord:
    """One version; a UserError when there is none or it cannot be read."""
    return _record(_stored(db, plan_id))


@use_case
def plan_signature(db: Clinic, plan_id: int) -> bytes | None:
    """The client's signature (PNG) on an accepted version; None before acceptance."""
    _stored(db, plan_id)
    return plan_store.plan_signature(db, plan_id)


@use_case
def accept_plan(db: Clinic, plan_id: int, signature_png: bytes, signed_name: str) -> PlanRecord:
    """Record the client's acceptance of one version: their signature and name, now.

    Once: an accepted version stays as signed (a change is a new version, signed
    again).  A quote past its validity date is not accepted: its prices no longer
    stand, so a new version is drafted.
    """
    from smpdesk.app.designs import _signature_problem

    stored = _stored(db, plan_id)
    if stored.accepted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "Version {version} of this plan was already accepted; save a new version "
                "for any change and have that one signed.",
            ),
            version=stored.version,
        )
    record = _record(stored)
    if date.fromisoformat(record.plan.valid_until) < date.today():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "This quote was valid until {day}; save it again as a new "
                "version with today's prices, then have that one signed.",
            ),
            day=record.plan.valid_until,
        )
    name = " ".join(clean_line(signed_name).split()) if isinstance(signed_name, str) else ""
    if not name:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "Type the name the client signs as, then ask them to sign again."
            )
        )
    if len(name) > MAX_SIGNED_NAME:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "The name the client signs as is longer than {limit} characters."
            ),
            limit=MAX_SIGNED_NAME,
        )
    problem = _signature_problem(signature_png)
    if problem is not None:
        raise UserError(_NOT_ACCEPTED[problem])
    if not plan_store.accept(db, plan_id, signature=bytes(signature_png), signed_name=name):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "Version {version} was accepted meanwhile (or removed); reopen the client."
            ),
            version=stored.version,
        )
    return _record(_stored(db, plan_id))


@use_case
def accepted_plan(db: Clinic, client_id: int) -> PlanRecord | None:
    """The version the client accepted last, or None.  Clinical roles only: its
    sessions name treatments; reception has :func:`plan_balance` and the summaries."""
    stored = plan_store.newest_accepted(db, _filed_under(db, client_id))
    return None if stored is None else _record(stored)


@use_case
def plan_balance(db: Clinic, client_id: int) -> tuple[Money | None, Money, Money | None]:
    """(the accepted plan's total, what the client has paid, what is still due).

    Paid counts the entries (payments less refunds and voids) in the plan's currency
    from the day the plan was accepted.  No accepted plan: (None, everything paid,
    None).  Due is never below zero (paid more than the plan: nothing due).  Read from
    the columns, so a plan's JSON is not loaded.
    """
    from smpdesk.app.payments import client_payments

    stored = plan_store.newest_accepted(db, _filed_under(db, client_id))
    if stored is None or stored.accepted_at is None:
        from smpdesk.app.payments import client_balance

        return None, client_balance(db, client_id), None
    currency = stored.currency
    entries = client_payments(db, client_id)
    # What was paid towards this plan: entries from the day it was accepted (a deposit
    # is taken then); an earlier course, a consultation fee or a product sold before
    # it are not payments on it.
    since = _local_day(stored.accepted_at)
    paid = sum(
        (e.amount.minor for e in entries if e.day >= since and e.amount.currency == currency),
        0,
    )
    total = Money(stored.total_minor, stored.currency)
    return total, Money(paid, stored.currency), Money(max(0, total.minor - paid), total.currency)


def _local_day(stamp: str) -> str:
    """The local calendar day of an ISO time (as a payment's ``day`` is kept)."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date().isoformat()


# -- the quote -----------------------------------------------------------------------------


def _formatted(iso: str, words: QuoteWords) -> str:
    """A quote's date without the weekday, in the quote's language: "4 December 2026"
    (US: "December 4, 2026"), "4 grudnia 2026"; text that is not a date as it is."""
    from smpdesk.infra.handouts.quote_words import quote_date

    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return quote_date(day, words)


def _quote_language(client: store.Client | None, language: str | None) -> str:
    """``language`` when given (checked: a UserError naming the languages), else the
    client's own; a stored code this smpdesk does not know prints English."""
    if language:
        problem = language_problem(language)
        if problem:
            raise UserError(LANGUAGE_CHOICE, listed=languages_listed())
        return language
    return language_or_default(getattr(client, "language", "") if client is not None else "")


def _base_words(db: Clinic, design: Design, words: QuoteWords) -> str:
    """What the design is drawn on, as the client knows it ("your front photo of 3 Nov 2026")."""
    from smpdesk.domain.designs import OUTLINE_VIEWS
    from smpdesk.infra.handouts.quote_words import quote_medium_date
    from smpdesk.store import photos as photo_store

    if design.base.photo_id is None:
        outline = design.base.outline or ""
        view = (
            words.words.get(f"view_{outline}", OUTLINE_VIEWS[outline].lower())
            if outline in OUTLINE_VIEWS
            else words.words.get("view_head", "head")
        )
        return words.say("base_outline", view=view)
    photo = photo_store.get_photo(db, design.base.photo_id)
    if photo is None:
        return words.say("base_photo")
    # An angle the words file does not name yet prints as smpdesk's own (English) name.
    english = photo_store.ANGLES.get(photo.angle, "").lower()
    angle = words.words.get(f"angle_{photo.angle}", english) if english else ""
    try:
        taken = quote_medium_date(date.fromisoformat(photo.visit_date), words)
    except (TypeError, ValueError):
        taken = str(photo.visit_date or "")
    if angle:
        return words.say("base_angle_photo_of", angle=angle, date=taken)
    return words.say("base_photo_of", date=taken)


def _plan_drawing(db: Clinic, design_id: int) -> bytes:
    """The design's plan drawing as a JPEG, drawn by the one renderer every front uses."""
    from smpdesk.app.designs import design_jpeg

    return design_jpeg(db, design_id, preview=False, max_side=1200)


def _design_page(db: Clinic, design_id: int, words: QuoteWords) -> DesignPage | None:
    """The design page the quote carries: the version the plan was drawn from, as stored."""
    from smpdesk.domain.designs import DesignError, design_from_json
    from smpdesk.infra.handouts.design_page import DesignPage

    stored = design_store.get_design(db, design_id)
    if stored is None:
        return None
    try:
        design = design_from_json(stored.data)
    except DesignError:
        return None
    try:
        plan_image: bytes | None = _plan_drawing(db, design_id)
    except UserError:  # its photo was deleted: the thumbnail saved with it still prints
        plan_image = design_store.design_thumbnail(db, design_id)
    drawn = _local_date(stored.created_at)
    approved = _local_date(stored.approved_at)
    return DesignPage(
        design=design,
        version=stored.version,
        drawn=_formatted(drawn.isoformat(), words) if drawn else "",
        drawn_by=stored.created_by_name,
        base=_base_words(db, design, words),
        plan_image=plan_image,
        preview_image=design_store.design_preview(db, design_id),
        approved=_formatted(approved.isoformat(), words) if approved else "",
        approved_name=stored.approved_name,
        signature_png=design_store.design_signature(db, design_id) if approved else None,
    )


def _own_label(label: str, session_type: str) -> bool:
    """Whether a plan line's label is the clinic's own wording, not the type's name."""
    return bool(label) and label != SESSION_TYPES[session_type]


def quote_request(db: Clinic, plan_id: int, *, language: str | None = None) -> QuoteRequest:
    """Q2's :class:`~smpdesk.infra.handouts.quote.QuoteRequest` for a saved plan, in the
    client's language or ``language`` (a code of ``domain.languages.LANGUAGES``)."""
    from smpdesk.infra.handouts.layout import check_paper_and_dates, clinic_info
    from smpdesk.infra.handouts.quote import QuoteLine, QuoteRequest
    from smpdesk.infra.handouts.quote_words import quote_words

    stored = _stored(db, plan_id)
    record = _record(stored)
    settings = load_settings(db)
    check_paper_and_dates(settings.paper, settings.date_style)
    client = store.get_client(db, record.client_id)
    code = _quote_language(client, language)
    words = quote_words(code, locale=settings.locale, date_style=settings.date_style)
    plan = record.plan
    # A line's label is drafted as its session type's name ("1st session"): that prints
    # in the quote's language.  A label the clinic wrote itself prints as written, with
    # the session type's name, in the quote's language, under it.
    lines = tuple(
        QuoteLine(
            session=(
                item.label
                if _own_label(item.label, item.session_type)
                else words.session_type(item.session_type)
            ),
            proposed_date=_formatted(item.proposed_date, words) if item.proposed_date else "",
            price=item.price,
            detail=(
                words.session_type(item.session_type)
                if _own_label(item.label, item.session_type)
                else ""
            ),
        )
        for item in plan.items
    )
    issued = _local_date(record.created_at)
    accepted = _local_date(record.accepted_at)
    return QuoteRequest(
        clinic=clinic_info(settings),
        client_name=client.full_name if client is not None else "",
        client_number=client.client_number if client is not None else "",
        lines=lines,
        deposit=plan.deposit,
        valid_until=_formatted(plan.valid_until, words),
        issued=_formatted(issued.isoformat(), words) if issued else "",
        plan_id=record.id,
        version=record.version,
        prepared_by=record.created_by_name,
        package=plan.package,
        discount=plan.discount,
        prices_include_tax=plan.prices_include_tax,
        tax_rate_percent=plan.tax_rate_percent,
        tax_name=plan.tax_name,
        total=plan.total,
        terms=plan.terms,
        notes=plan.notes,
        accepted_at=_formatted(accepted.isoformat(), words) if accepted else "",
        accepted_name=record.accepted_name,
        signature_png=plan_store.plan_signature(db, plan_id) if accepted else None,
        design=(
            _design_page(db, record.design_id, words) if record.design_id is not None else None
        ),
        printed=_formatted(date.today().isoformat(), words),
        locale=settings.locale,
        paper=settings.paper,
        language=code,
    )


@use_case
def quote_pdf(db: Clinic, plan_id: int, *, language: str | None = None) -> bytes:
    """The quote ("Your treatment plan") of a saved version as PDF bytes, to print or save:
    in the client's language, or ``language`` for this one print."""
    return _quote_pdf(db, plan_id, language)


def _quote_pdf(db: Clinic, plan_id: int, language: str | None = None) -> bytes:
    from smpdesk.infra.handouts.quote import render_quote

    try:
        return render_quote(quote_request(db, plan_id, language=language))
    except PlanError:
        raise
    except ValueError as exc:  # the plan's lines do not add up: a stored plan was tampered
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "Plan {plan_id} cannot be printed: its amounts do not add up ({reason})."
            ),
            plan_id=plan_id,
            reason=exc,
        ) from None


@use_case
def export_quote(
    db: Clinic,
    plan_id: int,
    path: Path,
    *,
    overwrite: bool = False,
    protected: ProtectedFiles | None = None,
    language: str | None = None,
) -> Path:
    """Write a version's quote to ``path`` (``.pdf`` added when missing): never over the
    clinic's own files, over an existing file only with ``overwrite``, atomically.
    In the client's language, or ``language`` for this one."""
    from smpdesk.infra.safe_output import check_target

    if protected is None:
        protected = ProtectedFiles.around(db.path)
    target = Path(path)
    refuse_protected(target, protected)
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{path} is a folder; give a file name such as {example}."),
            path=target,
            example=target / "quote.pdf",
        )
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    check_target(target, protected, overwrite=overwrite)
    data = _quote_pdf(db, plan_id, language)
    return write_file(target, data, protected, overwrite=overwrite, what="The quote")


__all__ = [
    "PlanRecord",
    "PlanSummary",
    "accept_plan",
    "accepted_plan",
    "client_plans",
    "draft_for_client",
    "export_quote",
    "get_plan",
    "plan_balance",
    "plan_signature",
    "quote_pdf",
    "save_plan",
]
