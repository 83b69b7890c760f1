"""The demo clinic's treatment plans (issue 18): every deposit was paid on an accepted plan
whose figures agree with the books, one consultation client holds an open quote, and no
plan time lies after now."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from smpdesk import store
from smpdesk.app import plans
from smpdesk.app.clinic import Clinic
from smpdesk.app.demo.designs import demo_design_signature
from smpdesk.app.demo.payments import FULL_HAIRLINE
from smpdesk.store import designs as design_store
from smpdesk.store import payments as payment_store

COUNT = 30


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Clinic]:
    from smpdesk.app.demo import create_demo_clinic

    db = create_demo_clinic(tmp_path_factory.mktemp("demo-plans") / "demo.sqlite3", COUNT)
    yield db
    db.close()


def _moment(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    return moment.astimezone() if moment.tzinfo is None else moment


def _deposits(db: Clinic, client_id: int) -> list[payment_store.PaymentRow]:
    return [
        e
        for e in payment_store.client_entries(db, client_id)
        if e.entry == "payment" and e.kind == "deposit" and not e.voided
    ]


def test_every_deposit_was_paid_on_an_accepted_plan_that_agrees_with_the_books(
    demo: Clinic,
) -> None:
    depositors = [c for c in range(1, COUNT + 1) if _deposits(demo, c)]
    assert len(depositors) >= 10
    finished = 0
    for client_id in depositors:
        record = plans.accepted_plan(demo, client_id)
        assert record is not None, client_id
        [deposit] = _deposits(demo, client_id)
        assert record.plan.deposit.minor == deposit.amount_minor
        # Signed before the deposit was taken, saved before it was signed.
        assert record.accepted_at is not None
        assert _moment(record.created_at) <= _moment(record.accepted_at)
        assert _moment(record.accepted_at) <= _moment(deposit.taken_at)
        assert plans.plan_signature(demo, record.id)
        entries = payment_store.client_entries(demo, client_id)
        package = any(e.kind == "package" and not e.voided for e in entries)
        assert (record.plan.package == FULL_HAIRLINE) == package
        total, paid, due = plans.plan_balance(demo, client_id)
        assert total == record.plan.total and due is not None
        refunded = any(e.entry == "refund" for e in entries)
        sessions = store.client_sessions(demo, client_id)
        if not refunded and (package or len(sessions) == len(record.plan.items)):
            # A package is paid in full at the first session.
            finished += 1
            assert due.is_zero() and paid == total, client_id  # a finished course is paid up
        else:
            assert paid.minor < total.minor
    assert finished >= 3


def test_the_design_client_plan_is_drawn_from_the_approved_design(demo: Clinic) -> None:
    [(client_id, design_id)] = [
        (c, found[0][0])
        for c in range(1, COUNT + 1)
        if (found := design_store.approvals(demo, [c]))
    ]
    record = plans.accepted_plan(demo, client_id)
    assert record is not None and record.design_id == design_id
    assert record.plan.notes.startswith("Areas: ")
    [(_, approved_at)] = design_store.approvals(demo, [client_id])
    assert _moment(approved_at) <= _moment(record.created_at)


def test_one_consultation_client_has_an_open_quote_that_can_still_be_signed(
    demo: Clinic,
) -> None:
    open_quotes = [
        s for c in range(1, COUNT + 1) for s in plans.client_plans(demo, c) if not s.accepted
    ]
    [quote] = open_quotes
    assert not store.client_sessions(demo, quote.client_id)
    assert not payment_store.client_entries(demo, quote.client_id)
    assert quote.valid_until == date.today().isoformat()
    assert plans.plan_balance(demo, quote.client_id)[0] is None
    signed = plans.accept_plan(demo, quote.id, demo_design_signature(1), "Demo Client")
    assert signed.accepted


def test_no_plan_time_or_date_is_after_now(demo: Clinic) -> None:
    now = datetime.now().astimezone()
    rows = demo.execute("SELECT created_at, accepted_at, valid_until FROM plans").fetchall()
    assert rows
    for created_at, accepted_at, valid_until in rows:
        assert _moment(created_at) <= now
        assert accepted_at is None or _moment(accepted_at) <= now
        assert valid_until <= now.date().isoformat()
