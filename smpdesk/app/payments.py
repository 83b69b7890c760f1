"""Payments, refunds and voids; receipts; the day's takings (issue 18).

Who: reception and practitioners take payments and print receipts (the desk's
work); only the owner voids, refunds and sees a day's takings.  Every write and
every receipt or takings file goes to the audit trail (ids only: never an amount
or a name in the trail).

The books never change.  A payment is a new entry with the next receipt number;
a mistake is a *void* (a new entry naming the payment, amount minus the original,
with a reason), money given back a *refund* (a negative entry naming the payment,
with a reason, never more than is left of it).  The store allocates the numbers
and checks what depends on other entries inside one write transaction
(:mod:`smpdesk.store.payments`), so two windows taking money at once can neither
share nor skip a number.

An amount is typed text parsed by :func:`smpdesk.domain.money.parse_amount` in
the clinic's currency (or a :class:`Money`, checked the same way); it is kept as
whole minor units.  The *day* of an entry is the clinic's local date when it was
taken (this computer's time zone), which is what the takings report groups by.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from smpdesk import store
from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.money import KINDS, METHODS, Money, format_money, parse_amount
from smpdesk.domain.price_list import as_rate
from smpdesk.domain.text_safety import clean_line
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.store import payments as payment_store
from smpdesk.store.payments import EntryRefused, PaymentRow, RefundTooLarge

if TYPE_CHECKING:
    from smpdesk.domain.price_list import PriceList
    from smpdesk.infra.handouts.takings import TakingsRequest

MAX_NOTE = 200  # a note or a reason is one line on a receipt
ENTRY_WORDS = {"payment": "Payment", "refund": "Refund", "void": "Void"}


@dataclasses.dataclass(frozen=True)
class Payment:
    """One entry of the books as the fronts see it.

    ``amount`` is negative for a refund or a void; ``refers_to`` names the payment
    a refund or void is about; ``voided``: a void names this payment.
    ``client_id`` is None once the client was erased (the books are kept).
    """

    id: int
    receipt_number: int
    client_id: int | None
    entry: str
    kind: str
    method: str
    amount: Money
    refers_to: int | None
    reason: str
    note: str
    taken_by_name: str
    taken_at: str
    day: str
    voided: bool
    # The tax in force when it was taken (decimal text, '' = none) and its name.
    tax_rate_percent: str = ""
    tax_name: str = ""


@dataclasses.dataclass(frozen=True)
class MethodTotal:
    """One way of paying on one day: what came in, what went back, what is left."""

    method: str
    label: str
    count: int  # payments taken this way
    taken: Money  # payments (positive)
    refunds: Money  # refunds booked this way (negative, as booked)
    voids: Money  # voids booked this way (negative, as booked)
    net: Money  # taken + refunds + voids


@dataclasses.dataclass(frozen=True)
class Takings:
    """A day's takings in the clinic's currency: per method and in all.

    ``entries`` is every entry booked that day in receipt order (payments, refunds
    and voids; a void of an earlier day's payment counts on the day it was made).
    Entries in another currency (the clinic changed its currency) are listed but
    not added up; ``other_currencies`` names them.
    """

    day: date
    currency: str
    entries: tuple[Payment, ...]
    by_method: tuple[MethodTotal, ...]
    count: int
    taken: Money
    refunds: Money
    voids: Money
    net: Money
    other_currencies: tuple[str, ...] = ()


def _payment(row: PaymentRow) -> Payment:
    return Payment(
        id=row.id,
        receipt_number=row.receipt_number,
        client_id=row.client_id,
        entry=row.entry,
        kind=row.kind,
        method=row.method,
        amount=Money(row.amount_minor, row.currency),
        refers_to=row.refers_to,
        reason=row.reason,
        note=row.note,
        taken_by_name=row.taken_by_name,
        taken_at=row.taken_at,
        day=row.day,
        voided=row.voided,
        tax_rate_percent=row.tax_rate_percent,
        tax_name=row.tax_name,
    )


def _currency_and_locale(db: Clinic) -> tuple[str, str]:
    settings = load_settings(db)
    return settings.currency, settings.locale


def _stamp(now: datetime | None) -> tuple[str, str]:
    """When (ISO UTC) and the clinic's local day of that moment (this computer's zone)."""
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time is local time
    taken_at = moment.astimezone(UTC).isoformat(timespec="microseconds")
    return taken_at, moment.astimezone().date().isoformat()


def _local(taken_at: str) -> datetime:
    """A stored ISO time (UTC when it names no zone) in this computer's local time."""
    moment = datetime.fromisoformat(taken_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def local_day(taken_at: str) -> date:
    """The clinic's local date of a stored ``taken_at`` (what the takings group by)."""
    return _local(taken_at).date()


def _who(db: Clinic) -> str:
    return db.staff.display_name if db.staff is not None else ""


_NO_PAYMENT = QT_TRANSLATE_NOOP("core", "There is no payment {payment_id}; check the number.")
_TOO_LONG = {
    "note": QT_TRANSLATE_NOOP("core", "The note is too long; keep it under {limit} characters."),
    "reason": QT_TRANSLATE_NOOP(
        "core", "The reason is too long; keep it under {limit} characters."
    ),
}
_NO_REASON = {
    "void": QT_TRANSLATE_NOOP(
        "core", "Give a reason for the void; it is printed and kept with it."
    ),
    "refund": QT_TRANSLATE_NOOP(
        "core", "Give a reason for the refund; it is printed and kept with it."
    ),
}


def _one_line(text: str, what: str) -> str:
    """A note or reason as one clean line: escape sequences, controls and bidi
    overrides go (they would act in a terminal or reorder a printed receipt)."""
    cleaned = " ".join(clean_line(str(text or "")).split())
    if len(cleaned) > MAX_NOTE:
        raise UserError(_TOO_LONG[what], limit=MAX_NOTE)
    return cleaned


def _amount(amount: str | Money, currency: str) -> Money:
    """A typed amount (or a Money) in ``currency``, checked by the one parser."""
    if isinstance(amount, Money):
        if amount.currency != currency:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The amount is in {amount_currency} but this is booked in {currency}; "
                    "enter it in {currency}.",
                ),
                amount_currency=amount.currency,
                currency=currency,
            )
        return parse_amount(amount.amount_text(), currency)
    return parse_amount(amount, currency)


def _refused(err: EntryRefused) -> UserError:
    return UserError(str(err))


def _saved(db: Clinic, payment_id: int) -> Payment:
    row = payment_store.get_payment(db, payment_id)
    assert row is not None
    return _payment(row)


@use_case
def record_payment(
    db: Clinic,
    client_id: int,
    amount: str | Money,
    *,
    method: str,
    kind: str = "session",
    note: str = "",
    now: datetime | None = None,
) -> Payment:
    """Take a payment from a client, in the clinic's currency; it gets the next receipt number."""
    from smpdesk.app.clients import refuse_merged

    if store.get_client(db, client_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "No client with id {client_id}: check the number and try again."
            ),
            client_id=client_id,
        )
    refuse_merged(db, client_id)
    if method not in METHODS:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "Choose how it was paid: {choices}."),
            choices=", ".join(METHODS),
        )
    if kind not in KINDS:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "Choose what it is for: {choices}."),
            choices=", ".join(KINDS),
        )
    settings = load_settings(db)
    money = _amount(amount, settings.currency)
    rate, tax_name = _tax_now(settings.price_list)
    taken_at, day = _stamp(now)
    new_id = payment_store.insert_payment(
        db,
        client_id,
        kind=kind,
        method=method,
        amount_minor=money.minor,
        currency=money.currency,
        note=_one_line(note, "note"),
        taken_by_name=_who(db),
        taken_at=taken_at,
        day=day,
        tax_rate_percent=rate,
        tax_name=tax_name,
    )
    return _saved(db, new_id)


def _tax_now(prices: PriceList) -> tuple[str, str]:
    """The price list's tax as it is kept with an entry: (rate as decimal text, name).

    ('', '') when the clinic charges none.  The rate is kept whether the price list
    quotes prices with tax in or tax on top: either way the amount taken is the gross
    (tax included), and the receipt prints the tax inside it.
    """
    rate = as_rate(prices.tax_rate_percent)
    if rate <= 0:
        return "", ""
    return format(rate.normalize(), "f"), clean_line(prices.tax_name)


def _stored_rate(text: str) -> Decimal | None:
    """An entry's kept rate as a Decimal; None for none (or a value that is no rate)."""
    if not text:
        return None
    try:
        rate = as_rate(text)
    except ValueError:
        return None
    return rate if rate > 0 else None


def _reason(reason: str, what: str) -> str:
    cleaned = _one_line(reason, "reason")
    if not cleaned:
        raise UserError(_NO_REASON[what])
    return cleaned


@use_case
def void_payment(
    db: Clinic, payment_id: int, reason: str, *, now: datetime | None = None
) -> Payment:
    """Cancel a payment by a void (a new entry, minus the original, with a reason)."""
    reason = _reason(reason, "void")
    taken_at, day = _stamp(now)
    try:
        new_id = payment_store.insert_void(
            db, payment_id, reason=reason, taken_by_name=_who(db), taken_at=taken_at, day=day
        )
    except EntryRefused as err:
        raise _refused(err) from None
    return _saved(db, new_id)


@use_case
def refund_payment(
    db: Clinic,
    payment_id: int,
    amount: str | Money,
    reason: str,
    *,
    now: datetime | None = None,
) -> Payment:
    """Give back part or all of a payment: a negative entry naming it, with a reason.

    Never more than what is left of it after earlier refunds; never of a voided one.
    """
    original = payment_store.get_payment(db, payment_id)
    if original is None:
        raise UserError(_NO_PAYMENT, payment_id=payment_id)
    reason = _reason(reason, "refund")
    money = _amount(amount, original.currency)
    taken_at, day = _stamp(now)
    try:
        new_id = payment_store.insert_refund(
            db,
            payment_id,
            amount_minor=money.minor,
            currency=money.currency,
            reason=reason,
            taken_by_name=_who(db),
            taken_at=taken_at,
            day=day,
        )
    except RefundTooLarge as err:
        _currency, locale = _currency_and_locale(db)
        left = format_money(Money(err.left_minor, original.currency), locale)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "Only {left} is left of payment {payment_id} to refund; enter that or less."
            ),
            left=left,
            payment_id=payment_id,
        ) from None
    except EntryRefused as err:
        raise _refused(err) from None
    return _saved(db, new_id)


@use_case
def client_payments(db: Clinic, client_id: int) -> list[Payment]:
    """A client's entries (payments, refunds, voids), newest first."""
    return [_payment(r) for r in payment_store.client_entries(db, client_id)]


@use_case
def client_balance(db: Clinic, client_id: int) -> Money:
    """What the client has paid in the clinic's currency, less refunds and voids."""
    currency, _locale = _currency_and_locale(db)
    return Money(payment_store.client_totals(db, client_id).get(currency, 0), currency)


@use_case
def get_payment(db: Clinic, payment_id: int) -> Payment:
    """One entry; a UserError when there is none."""
    row = payment_store.get_payment(db, payment_id)
    if row is None:
        raise UserError(_NO_PAYMENT, payment_id=payment_id)
    return _payment(row)


@use_case
def payments_on(db: Clinic, day: date) -> list[Payment]:
    """Every entry booked on ``day`` (the clinic's local date), in receipt order."""
    return [_payment(r) for r in payment_store.entries_on(db, day.isoformat())]


def _takings(db: Clinic, day: date) -> Takings:
    currency, _locale = _currency_and_locale(db)
    entries = tuple(_payment(r) for r in payment_store.entries_on(db, day.isoformat()))
    counted = [e for e in entries if e.amount.currency == currency]
    zero = Money.zero(currency)

    def total(entry: str, method: str | None = None) -> Money:
        return sum(
            (e.amount for e in counted if e.entry == entry and method in (None, e.method)), zero
        )

    methods = list(METHODS) + sorted({e.method for e in counted} - set(METHODS))
    by_method = tuple(
        MethodTotal(
            method=m,
            label=METHODS.get(m, m),
            count=sum(1 for e in counted if e.entry == "payment" and e.method == m),
            taken=total("payment", m),
            refunds=total("refund", m),
            voids=total("void", m),
            net=total("payment", m) + total("refund", m) + total("void", m),
        )
        for m in methods
    )
    taken, refunds, voids = total("payment"), total("refund"), total("void")
    return Takings(
        day=day,
        currency=currency,
        entries=entries,
        by_method=by_method,
        count=sum(1 for e in counted if e.entry == "payment"),
        taken=taken,
        refunds=refunds,
        voids=voids,
        net=taken + refunds + voids,
        other_currencies=tuple(sorted({e.amount.currency for e in entries} - {currency})),
    )


@use_case
def takings(db: Clinic, day: date) -> Takings:
    """The day's takings: per method, refunds, voids, how many payments, net."""
    return _takings(db, day)


def _local_text(taken_at: str, date_style: str) -> str:
    """A stored UTC time as the clinic's local "Saturday 14 March 2026, 15:42"."""
    from smpdesk.domain.dates import format_long_date, format_time

    local = _local(taken_at)
    return f"{format_long_date(local.date(), date_style)}, {format_time(local, date_style)}"


@use_case
def receipt_pdf(db: Clinic, payment_id: int) -> bytes:
    """The receipt of one entry (payment, refund or void) as PDF bytes, to print or save.

    A reprint of a payment voided since is marked VOIDED; a refund or a void names
    the receipt it refers to and the reason.  The tax line uses the rate kept with the
    entry when it was taken (never today's settings, so a reprint says what the
    original said); the amount taken is the gross, tax included, so the line reads
    "Includes VAT 20%" whether the price list quotes prices with or without tax.
    """
    from smpdesk.infra.handouts.layout import check_paper_and_dates, clinic_info
    from smpdesk.infra.handouts.receipt import ReceiptRequest, render_receipt

    row = payment_store.get_payment(db, payment_id)
    if row is None:
        raise UserError(_NO_PAYMENT, payment_id=payment_id)
    settings = load_settings(db)
    check_paper_and_dates(settings.paper, settings.date_style)
    client = store.get_client(db, row.client_id) if row.client_id is not None else None
    original = payment_store.get_payment(db, row.refers_to) if row.refers_to is not None else None
    void = payment_store.void_of(db, row.id) if row.voided else None
    request = ReceiptRequest(
        clinic=clinic_info(settings),
        receipt_number=row.receipt_number,
        entry=row.entry,
        amount=Money(row.amount_minor, row.currency),
        taken_at=_local_text(row.taken_at, settings.date_style),
        kind=row.kind,
        method=row.method,
        client_name=client.full_name if client is not None else "",
        client_number=client.client_number if client is not None else "",
        note=row.note,
        taken_by=row.taken_by_name,
        refers_to_number=original.receipt_number if original is not None else None,
        refers_to_taken_at=(
            _local_text(original.taken_at, settings.date_style) if original is not None else ""
        ),
        refers_to_amount=(
            Money(original.amount_minor, original.currency) if original is not None else None
        ),
        reason=row.reason,
        voided=row.voided,
        voided_by_number=void.receipt_number if void is not None else None,
        tax_rate_percent=_stored_rate(row.tax_rate_percent),
        tax_name=row.tax_name,
        locale=settings.locale,
        paper=settings.paper,
    )
    return render_receipt(request)


def _takings_request(db: Clinic, day: date) -> TakingsRequest:
    """P3's :class:`TakingsRequest` for ``day``: every entry with its client and local time."""
    from smpdesk.domain.dates import format_time
    from smpdesk.infra.handouts.layout import check_paper_and_dates, clinic_info
    from smpdesk.infra.handouts.takings import TakingsEntry, TakingsRequest

    settings = load_settings(db)
    check_paper_and_dates(settings.paper, settings.date_style)
    rows = payment_store.entries_on(db, day.isoformat())
    receipts = {r.id: r.receipt_number for r in rows}
    clients: dict[int, tuple[str, str]] = {}
    for client_id in {r.client_id for r in rows if r.client_id is not None}:
        client = store.get_client(db, client_id)
        if client is not None:
            clients[client_id] = (client.full_name, client.client_number)
    entries = []
    for r in rows:
        name, number = clients.get(r.client_id, ("", "")) if r.client_id is not None else ("", "")
        refers = None
        if r.refers_to is not None:
            refers = receipts.get(r.refers_to)
            if refers is None:  # a refund or void of an earlier day's payment
                original = payment_store.get_payment(db, r.refers_to)
                refers = original.receipt_number if original is not None else None
        entries.append(
            TakingsEntry(
                receipt_number=r.receipt_number,
                time=format_time(_local(r.taken_at), settings.date_style),
                entry=r.entry,
                kind=r.kind,
                method=r.method,
                amount=Money(r.amount_minor, r.currency),
                client_name=name,
                client_number=number,
                taken_by=r.taken_by_name,
                refers_to_number=refers,
                reason=r.reason,
                voided=r.voided,
                note=r.note,
            )
        )
    now = datetime.now(UTC)
    return TakingsRequest(
        clinic=clinic_info(settings),
        day=day,
        currency=settings.currency,
        entries=tuple(entries),
        printed_at=_local_text(now.isoformat(), settings.date_style),
        printed_by=_who(db),
        locale=settings.locale,
        paper=settings.paper,
        date_style=settings.date_style,
    )


@use_case
def takings_pdf(db: Clinic, day: date) -> bytes:
    """The day's takings as a printable PDF: net total, per method, every entry."""
    from smpdesk.infra.handouts.takings import render_takings

    return render_takings(_takings_request(db, day))


@use_case
def takings_csv(db: Clinic, day: date) -> str:
    """The day's entries as CSV text, one row per entry, amounts as signed decimals.

    Text that, encoded as UTF-8, is the file to write (it starts with the byte-order
    mark Excel needs, and cells that a spreadsheet would run are neutralised).
    """
    from smpdesk.infra.handouts.takings import takings_csv as render_csv

    return render_csv(_takings_request(db, day)).decode("utf-8")


def describe(payment: Payment, locale: str = "en_GB") -> str:
    """One line for lists: "Receipt 12  Payment  Deposit  Card  £150.00" (no client details)."""
    marks = " (voided)" if payment.voided else ""
    about = f" of payment {payment.refers_to}" if payment.refers_to is not None else ""
    return (
        f"{ENTRY_WORDS.get(payment.entry, payment.entry)}{about}  "
        f"{KINDS.get(payment.kind, payment.kind)}  {METHODS.get(payment.method, payment.method)}  "
        f"{format_money(payment.amount, locale)}{marks}"
    )


__all__ = [
    "ENTRY_WORDS",
    "MethodTotal",
    "Payment",
    "Takings",
    "client_balance",
    "client_payments",
    "describe",
    "get_payment",
    "local_day",
    "payments_on",
    "receipt_pdf",
    "record_payment",
    "refund_payment",
    "takings",
    "takings_csv",
    "takings_pdf",
    "void_payment",
]
