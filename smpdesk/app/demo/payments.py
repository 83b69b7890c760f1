"""The demo clinic's money: a UK price list, deposits, session payments, a refund, a void.

The story a desk trying smpdesk meets (issue 18):

* a price list in pounds, VAT included (a UK clinic must show consumers prices
  with VAT in, and three practitioners' takings are well over the VAT
  registration threshold, so the demo clinic is VAT registered at 20%): a free
  consultation, a price per session type, two packages, a £200 deposit (one
  figure the desk can say on the phone, rather than 20% of whatever was
  chosen), quotes valid 30 days and short terms;
* clients who went ahead paid the deposit on their consultation day, a week to
  four weeks before their first session, and paid the rest on each session day
  (per session, or the "Full hairline, 3 sessions" package at the first
  session); a few paid by bank transfer the day before;
* consultation-only clients who booked paid a deposit; one cancelled in time
  and got it back (a refund with its reason);
* a payment keyed with an extra zero was voided two minutes later (with its
  reason) and taken again correctly.

Everything goes through the real use cases (:func:`record_payment`,
:func:`refund_payment`, :func:`void_payment`), in the order the money was taken,
so receipt numbers run 1, 2, 3... in time order, and no time is after now.
Amounts come from the price list the clinic saved, so each client's balance is
what the list says their course so far costs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from smpdesk import store
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.app.payments import record_payment, refund_payment, void_payment
from smpdesk.domain.money import Money, format_money
from smpdesk.domain.price_list import Package, PriceList
from smpdesk.domain.session_details import SESSION_TYPES

# Only the first clients get books: a demo of 100,000 clients (benchmarks) would
# otherwise spend minutes taking a quarter of a million payments one by one.
PAYMENT_CLIENTS = 100
# Consultation-only clients who booked their first session and paid the deposit.
BOOKED_CONSULTATIONS = 3
FULL_HAIRLINE = "Full hairline, 3 sessions"

DEMO_TERMS = (
    "Prices include VAT at 20%.\n"
    "A £200 deposit secures your first appointment and is taken off your first session "
    "or package.\n"
    "Cancel or move an appointment at least 48 hours ahead and the deposit is refunded "
    "in full; later cancellations and missed appointments lose it.\n"
    "Quotes are valid for 30 days. Touch-ups after the course are priced separately.\n"
    "Results vary with skin type; some fading between sessions is normal."
)


def _gbp(pounds: int) -> Money:
    return Money(pounds * 100, "GBP")


def demo_price_list() -> PriceList:
    """What a UK SMP clinic charges (late 2026), VAT included."""
    return PriceList(
        currency="GBP",
        locale="en_GB",
        consultation_fee=None,  # free, as most UK SMP clinics offer it
        session_prices={
            "first": _gbp(950),
            "second": _gbp(600),
            "third": _gbp(600),
            "fourth": _gbp(450),
            "touch-up": _gbp(300),
            "scar": _gbp(450),
            # "correction": quoted at the consultation, as it depends on the earlier work
        },
        packages=(
            Package(FULL_HAIRLINE, ("first", "second", "third"), _gbp(2000)),
            Package("Scar camouflage, 2 sessions", ("scar", "scar"), _gbp(800)),
        ),
        prices_include_tax=True,
        tax_rate_percent=Decimal(20),
        tax_name="VAT",
        deposit_rule=("amount", _gbp(200)),
        quote_valid_days=30,
        terms=DEMO_TERMS,
    )


@dataclass(frozen=True)
class _Event:
    """One entry to book: when, and how (given the ids of the entries booked so far)."""

    moment: datetime
    order: int
    key: str
    book: Callable[[dict[str, int], datetime], int]


class _Books:
    """Collects the entries first, then books them in time order, so receipt numbers
    follow the clock."""

    def __init__(self, db: Clinic, now: datetime) -> None:
        self.db = db
        self.now = now
        self.events: list[_Event] = []

    def _add(self, moment: datetime, book: Callable[[dict[str, int], datetime], int]) -> str:
        # Never after now: a session booked for later today is paid as it ends, so
        # a demo made in the morning has it paid "just now".
        key = f"entry-{len(self.events)}"
        self.events.append(_Event(min(moment, self.now), len(self.events), key, book))
        return key

    def pay(
        self, moment: datetime, client_id: int, amount: Money, method: str, kind: str, note: str
    ) -> str:
        return self._add(
            moment,
            lambda _ids, at: (
                record_payment(
                    self.db, client_id, amount, method=method, kind=kind, note=note, now=at
                ).id
            ),
        )

    def refund(self, moment: datetime, payment: str, amount: Money, reason: str) -> str:
        return self._add(
            moment,
            lambda ids, at: refund_payment(self.db, ids[payment], amount, reason, now=at).id,
        )

    def void(self, moment: datetime, payment: str, reason: str) -> str:
        return self._add(
            moment, lambda ids, at: void_payment(self.db, ids[payment], reason, now=at).id
        )

    def book_all(self) -> int:
        """Book every entry in time order (ties in the order they were added)."""
        ids: dict[str, int] = {}
        for event in sorted(self.events, key=lambda e: (e.moment, e.order)):
            ids[event.key] = event.book(ids, event.moment)
        return len(ids)


def _local(day: date, hhmm: str, minutes_after: int = 0) -> datetime:
    hour, minute = (int(part) for part in (hhmm or "12:00").split(":"))
    return datetime.combine(day, time(hour, minute)).astimezone() + timedelta(minutes=minutes_after)


def _method(index: int) -> str:
    """Most pay by card, some cash, a few by bank transfer (the day before)."""
    return {2: "transfer", 4: "cash"}.get(index % 5, "card")


def add_demo_payments(
    db: Clinic,
    client_ids: list[int],
    *,
    consultation_today: int | None = None,
    now: datetime | None = None,
) -> int:
    """Book the demo's deposits, payments, a refund and a void; how many entries.

    ``consultation_today``: the client whose consultation is today (the demo's
    design story); if they booked, their deposit is taken just now.  Uses the price
    list saved in the clinic's settings.
    """
    prices = load_settings(db).price_list
    now = (now or datetime.now()).astimezone()
    books = _Books(db, now)
    package = next((p for p in prices.packages if p.name == FULL_HAIRLINE), None)
    booked = 0
    mistyped_done = False
    paying = 0
    for client_id in client_ids[:PAYMENT_CLIENTS]:
        sessions = sorted(
            store.client_sessions(db, client_id), key=lambda s: (s.session_date, s.id)
        )
        if not sessions:
            if booked >= BOOKED_CONSULTATIONS and client_id != consultation_today:
                continue  # came for a consultation, has not booked
            first_price = prices.price_of("first")
            if first_price is None:
                continue
            deposit = prices.deposit_for(first_price)
            if deposit.is_zero():
                continue
            if client_id == consultation_today:
                consulted = now
            else:
                consulted = _local(now.date() - timedelta(days=3 + 4 * booked), "11:30", 50)
            taken = books.pay(consulted, client_id, deposit, "card", "deposit", "Deposit")
            if booked == 1 and client_id != consultation_today:
                books.refund(
                    consulted + timedelta(days=2, hours=1, minutes=15),
                    taken,
                    deposit,
                    "Booking cancelled more than 48 hours ahead; deposit refunded in full "
                    "as the terms say.",
                )
            booked += client_id != consultation_today
            continue
        method = _method(paying)
        on_package = package is not None and paying % 3 == 1
        paying += 1
        first = sessions[0]
        course_price = package.price if on_package and package else prices.price_of("first")
        if course_price is None:
            continue
        deposit = prices.deposit_for(course_price)
        consulted = _local(
            first.session_date - timedelta(days=(7, 10, 14, 21, 28)[client_id % 5]),
            ("10:00", "11:30", "15:00", "16:30")[client_id % 4],
            50,
        )
        if not deposit.is_zero():
            paid_by = "cash" if method == "cash" else "card"  # a transfer comes later
            books.pay(consulted, client_id, deposit, paid_by, "deposit", "Deposit")
        for number, session in enumerate(sessions):
            details = session.details
            if on_package and package is not None:
                if number:
                    continue  # the package was paid at the first session
                amount = package.price - deposit
                kind, note = "package", f"{package.name}, less deposit"
            else:
                price = prices.price_of(details.session_type)
                if price is None:
                    continue
                amount = price - deposit if number == 0 else price
                label = SESSION_TYPES.get(details.session_type, details.session_type)
                kind, note = "session", label + (", less deposit" if number == 0 else "")
            if amount.minor <= 0:
                continue
            ended = _local(session.session_date, details.end_time, 5)
            if method == "transfer":
                ended = _local(session.session_date - timedelta(days=1), "17:45")
            if not mistyped_done and not on_package and number == 0 and method == "card":
                mistyped_done = True
                _mistyped(books, ended, client_id, amount, note, prices.locale)
                continue
            books.pay(ended, client_id, amount, method, kind, note)
    return books.book_all()


def _mistyped(
    books: _Books, moment: datetime, client_id: int, amount: Money, note: str, locale: str
) -> None:
    """An extra zero keyed on the card terminal's amount: voided, then taken right."""
    wrong = Money(amount.minor * 10, amount.currency)
    keyed = books.pay(moment, client_id, wrong, "card", "session", note)
    books.void(
        moment + timedelta(minutes=2),
        keyed,
        f"Mistyped amount: {format_money(wrong, locale)} entered for "
        f"{format_money(amount, locale)}; taken again at the right amount.",
    )
    books.pay(moment + timedelta(minutes=3), client_id, amount, "card", "session", note)


__all__ = ["DEMO_TERMS", "FULL_HAIRLINE", "add_demo_payments", "demo_price_list"]
