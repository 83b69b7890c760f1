"""The demo clinic's money (issue 18): a valid UK price list, deposits and payments booked
through the real use cases, gapless receipts in time order, one refund and one void with
their reasons, and balances that are what the price list says each course costs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time

import pytest

from smpdesk import store
from smpdesk.app import payments
from smpdesk.app.clinic import Clinic, load_settings, save_settings
from smpdesk.app.demo import payments as demo_payments
from smpdesk.app.demo.payments import FULL_HAIRLINE, add_demo_payments, demo_price_list
from smpdesk.domain.money import Money
from smpdesk.domain.price_list import validate_price_list
from smpdesk.store import payments as payment_store

COUNT = 30


def _gbp(pounds: int) -> Money:
    return Money(pounds * 100, "GBP")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Clinic]:
    from smpdesk.app.demo import create_demo_clinic

    db = create_demo_clinic(tmp_path_factory.mktemp("demo-money") / "demo.sqlite3", COUNT)
    yield db
    db.close()


def _entries(db: Clinic) -> list[payment_store.PaymentRow]:
    """Every entry of the books, in receipt order."""
    ids = [row[0] for row in db.execute("SELECT id FROM payments ORDER BY receipt_number")]
    found = [payment_store.get_payment(db, i) for i in ids]
    return [row for row in found if row is not None]


def test_the_demo_price_list_is_a_valid_uk_list_with_vat_in(demo: Clinic) -> None:
    prices = demo_price_list()
    assert validate_price_list(prices) == {}
    assert (prices.currency, prices.locale, prices.tax_name) == ("GBP", "en_GB", "VAT")
    assert prices.prices_include_tax and prices.tax_rate_percent == 20
    assert prices.consultation_fee is None  # free
    assert _gbp(800) <= prices.session_prices["first"] <= _gbp(1000)
    assert _gbp(400) <= prices.session_prices["second"] <= _gbp(600)
    assert _gbp(250) <= prices.session_prices["touch-up"] <= _gbp(350)
    assert "scar" in prices.session_prices
    [package] = [p for p in prices.packages if p.name == FULL_HAIRLINE]
    assert package.sessions == ("first", "second", "third")
    assert _gbp(2000) <= package.price <= _gbp(2600)
    separately = sum((prices.session_prices[s] for s in package.sessions), _gbp(0))
    assert package.price < separately  # a package is worth buying
    assert prices.deposit_amount() == _gbp(200)
    assert prices.quote_valid_days == 30
    assert "VAT" in prices.terms and "48 hours" in prices.terms
    # Saved with the demo's settings and read back the same.
    settings = load_settings(demo)
    assert settings.currency == "GBP"
    assert settings.price_list == prices


def test_receipts_run_gapless_in_time_order_and_never_ahead_of_now(demo: Clinic) -> None:
    entries = _entries(demo)
    assert len(entries) > COUNT  # deposits and session payments for most clients
    assert [e.receipt_number for e in entries] == list(range(1, len(entries) + 1))
    times = [datetime.fromisoformat(e.taken_at) for e in entries]
    assert times == sorted(times)
    assert max(times) <= datetime.now().astimezone()
    assert all(e.currency == "GBP" for e in entries)
    methods = {e.method for e in entries if e.entry == "payment"}
    assert {"card", "cash", "transfer"} <= methods
    transfers = [e for e in entries if e.method == "transfer"]
    assert 2 <= len(transfers) < len(entries) / 3  # a few, not most
    kinds = {e.kind for e in entries}
    assert {"deposit", "session", "package"} <= kinds


def test_one_deposit_refund_and_one_void_of_a_mistyped_amount_with_reasons(
    demo: Clinic,
) -> None:
    entries = _entries(demo)
    [refund] = [e for e in entries if e.entry == "refund"]
    [void] = [e for e in entries if e.entry == "void"]
    deposit = payment_store.get_payment(demo, refund.refers_to or 0)
    assert deposit is not None and deposit.kind == "deposit"
    assert refund.amount_minor == -deposit.amount_minor  # refunded in full
    assert "cancelled" in refund.reason and refund.taken_at > deposit.taken_at
    voided = payment_store.get_payment(demo, void.refers_to or 0)
    assert voided is not None and voided.voided
    assert void.amount_minor == -voided.amount_minor
    assert "Mistyped" in void.reason and "£7,500.00" in void.reason
    # Taken again at the right amount just after the void, for the same client.
    again = [
        e
        for e in entries
        if e.client_id == voided.client_id
        and e.receipt_number > void.receipt_number
        and e.note == voided.note
    ]
    assert again and again[0].amount_minor * 10 == voided.amount_minor
    # The takings of that day count neither the mistyped amount nor the void twice.
    takings = payments.takings(demo, date.fromisoformat(void.day))
    assert takings.voids == Money(void.amount_minor, "GBP")
    assert takings.net == sum((p.amount for p in takings.entries), Money.zero("GBP"))


def test_each_balance_is_what_the_price_list_says_the_course_costs(demo: Clinic) -> None:
    prices = load_settings(demo).price_list
    [package] = [p for p in prices.packages if p.name == FULL_HAIRLINE]
    deposit = prices.deposit_amount()
    assert deposit is not None
    consultation_only = []
    for client_id in range(1, COUNT + 1):
        sessions = store.client_sessions(demo, client_id)
        entries = payments.client_payments(demo, client_id)
        balance = payments.client_balance(demo, client_id)
        if any(e.kind == "package" for e in entries):
            assert balance == package.price, client_id
        elif sessions:
            course = [prices.session_prices[s.details.session_type] for s in sessions]
            assert balance == sum(course, Money.zero("GBP")), client_id
        else:
            assert balance in (Money.zero("GBP"), deposit), client_id
            consultation_only.append((client_id, balance, entries))
        if sessions:
            # The deposit was taken on the consultation day, before the first session.
            [paid] = [e for e in entries if e.kind == "deposit"]
            first = min(s.session_date for s in sessions)
            assert date.fromisoformat(paid.day) < first
    booked = [c for c in consultation_only if c[2]]
    assert len([c for c in booked if c[1] == deposit]) >= 2  # booked, deposit held
    assert len([c for c in booked if c[1].is_zero()]) == 1  # the cancelled booking
    assert any(not c[2] for c in consultation_only)  # and some have not booked


def test_nothing_is_booked_after_now_and_only_the_first_clients_get_books(
    demo_db: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made at 08:00, the sessions later today are paid "just now", not this afternoon."""
    save_settings(demo_db, replace(load_settings(demo_db), price_list=demo_price_list()))
    monkeypatch.setattr(demo_payments, "PAYMENT_CLIENTS", 40)
    ids = list(range(1, 61))
    morning = datetime.combine(date.today(), time(8, 0)).astimezone()
    booked = add_demo_payments(demo_db, ids, now=morning)
    entries = _entries(demo_db)
    assert booked == len(entries) > 40
    times = [datetime.fromisoformat(e.taken_at) for e in entries]
    assert max(times) <= morning and times == sorted(times)
    assert {e.client_id for e in entries} <= set(ids[:40])
