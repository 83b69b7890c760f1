"""Payments, refunds, voids, receipts and the day's takings (issue 18, P2)."""

from __future__ import annotations

import io
import itertools
import subprocess
import sys
import textwrap
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from smpdesk.app import clients, erasure, payments
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import open_clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.money import Money
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError
from smpdesk.store import audit as audit_store
from smpdesk.store import payments as payment_store
from smpdesk.store import staff as staff_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def client(db) -> int:
    return clients.add_client(db, ClientDetails(given_name="Ada", family_name="Lovelace")).id


def test_payments_refunds_and_voids_add_up_to_the_balance(db, client):
    deposit = payments.record_payment(db, client, "150.00", method="card", kind="deposit")
    session = payments.record_payment(db, client, Money(8000, "GBP"), method="cash", note=" a  b ")
    assert (deposit.receipt_number, session.receipt_number) == (1, 2)
    assert (deposit.amount, deposit.entry, deposit.kind, deposit.method) == (
        Money(15000, "GBP"), "payment", "deposit", "card",
    )  # fmt: skip
    assert session.note == "a b" and session.kind == "session"
    refund = payments.refund_payment(db, session.id, "30", "unused product")
    assert (refund.entry, refund.amount, refund.refers_to, refund.reason) == (
        "refund", Money(-3000, "GBP"), session.id, "unused product",
    )  # fmt: skip
    void = payments.void_payment(db, deposit.id, "typed twice")
    assert (void.entry, void.amount, void.refers_to, void.receipt_number) == (
        "void", Money(-15000, "GBP"), deposit.id, 4,
    )  # fmt: skip
    assert payments.get_payment(db, deposit.id).voided
    assert payments.client_balance(db, client) == Money(5000, "GBP")
    listed = payments.client_payments(db, client)
    assert [p.receipt_number for p in listed] == [4, 3, 2, 1]
    with pytest.raises(UserError, match=r"Only £50\.00 is left of payment"):
        payments.refund_payment(db, session.id, "50.01", "too much")
    with pytest.raises(UserError, match="already voided"):
        payments.refund_payment(db, deposit.id, "1", "voided")
    with pytest.raises(UserError, match="partly refunded"):
        payments.void_payment(db, session.id, "mistake")
    assert payment_store.receipt_numbers(db) == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("amount", "fragment"),
    [
        ("", "Enter an amount"),
        ("-5", "minus"),
        ("0", "above zero"),
        ("1.234", "at most 2 decimals"),
        ("1e3", "digits"),
        ("NaN", "digits"),
        ("1000000.01", "over 1,000,000"),
    ],
)
def test_bad_amounts_are_refused_and_nothing_is_written(db, client, amount, fragment):
    with pytest.raises(UserError, match=fragment):
        payments.record_payment(db, client, amount, method="cash")
    assert payment_store.receipt_numbers(db) == []


def test_other_bad_input_is_refused_in_words(db, client):
    with pytest.raises(UserError, match="how it was paid"):
        payments.record_payment(db, client, "10", method="bitcoin")
    with pytest.raises(UserError, match="what it is for"):
        payments.record_payment(db, client, "10", method="cash", kind="tip")
    with pytest.raises(UserError, match="No client with id 999"):
        payments.record_payment(db, 999, "10", method="cash")
    with pytest.raises(UserError, match="in EUR"):
        payments.record_payment(db, client, Money(1000, "EUR"), method="cash")
    paid = payments.record_payment(db, client, "10", method="cash")
    with pytest.raises(UserError, match="Give a reason"):
        payments.void_payment(db, paid.id, "   ")
    with pytest.raises(UserError, match="too long"):
        payments.refund_payment(db, paid.id, "1", "x" * 201)
    with pytest.raises(UserError, match="no payment 77"):
        payments.get_payment(db, 77)
    assert payment_store.receipt_numbers(db) == [1]


def test_the_day_is_the_clinics_local_date(db, client, monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Auckland")  # UTC+13 in December
    time.tzset()
    try:
        late = datetime(2026, 12, 6, 12, 30, tzinfo=UTC)  # 01:30 on the 7th in Auckland
        paid = payments.record_payment(db, client, "10", method="cash", now=late)
        assert paid.taken_at.startswith("2026-12-06T12:30") and paid.day == "2026-12-07"
        assert payments.local_day(paid.taken_at) == date(2026, 12, 7)
        assert [p.id for p in payments.payments_on(db, date(2026, 12, 7))] == [paid.id]
        assert payments.payments_on(db, date(2026, 12, 6)) == []
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_takings_against_hand_computed_figures(db, client):
    day = datetime(2026, 3, 14, 10, 0, tzinfo=UTC).astimezone().date()
    at = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)
    a = payments.record_payment(db, client, "150.00", method="card", kind="deposit", now=at)
    b = payments.record_payment(db, client, "80.00", method="cash", now=at)
    c = payments.record_payment(db, client, "45.50", method="cash", kind="product", now=at)
    payments.record_payment(db, client, "20.00", method="voucher", now=at)
    payments.refund_payment(db, b.id, "30.00", "unused", now=at)
    payments.void_payment(db, a.id, "typed twice", now=at)
    payments.record_payment(
        db, client, "999.00", method="card", now=datetime(2026, 3, 20, tzinfo=UTC)
    )
    found = payments.takings(db, day)
    gbp = lambda minor: Money(minor, "GBP")  # noqa: E731
    assert (found.count, found.taken, found.refunds, found.voids, found.net) == (
        4, gbp(29550), gbp(-3000), gbp(-15000), gbp(11550),
    )  # fmt: skip
    rows = {m.method: (m.count, m.taken, m.refunds, m.voids, m.net) for m in found.by_method}
    assert rows == {
        "cash": (2, gbp(12550), gbp(-3000), gbp(0), gbp(9550)),
        "card": (1, gbp(15000), gbp(0), gbp(-15000), gbp(0)),
        "transfer": (0, gbp(0), gbp(0), gbp(0), gbp(0)),
        "voucher": (1, gbp(2000), gbp(0), gbp(0), gbp(2000)),
    }
    assert [e.receipt_number for e in found.entries] == [1, 2, 3, 4, 5, 6]
    assert c.id in {e.id for e in found.entries}
    csv_text = payments.takings_csv(db, day)
    lines = csv_text.removeprefix("\ufeff").splitlines()
    assert lines[0].startswith("day,receipt_number") and len(lines) == 7
    assert ",refund,session,cash,-30.00,GBP,C00001,Ada Lovelace,000002,unused," in lines[5]


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_receipts_and_takings_sheet_say_what_happened(db, client):
    paid = payments.record_payment(db, client, "150.00", method="card", kind="deposit")
    void = payments.void_payment(db, paid.id, "typed twice")
    first = _pdf_text(payments.receipt_pdf(db, paid.id))
    assert "000001" in first and "Ada Lovelace" in first and "£150.00" in first
    assert "VOIDED" in first and "000002" in first  # the reprint names its void
    second = " ".join(_pdf_text(payments.receipt_pdf(db, void.id)).split())
    assert "VOID" in second and "typed twice" in second and "000001" in second
    sheet = " ".join(_pdf_text(payments.takings_pdf(db, date.fromisoformat(paid.day))).split())
    assert "000001" in sheet and "000002" in sheet and "typed twice" in sheet
    # The client is erased: the books, the receipts and the takings stay (no name).
    erasure.erase_client(db, client, confirmation="C00001", reason="The client asked.")
    kept = payments.get_payment(db, paid.id)
    assert kept.client_id is None and kept.amount == Money(15000, "GBP")
    assert "Ada" not in _pdf_text(payments.receipt_pdf(db, paid.id))
    assert payments.takings(db, date.fromisoformat(paid.day)).net == Money(0, "GBP")


def test_the_desk_takes_payments_and_only_the_owner_voids_refunds_and_sees_takings(db_path):
    first = open_clinic(db_path)
    ids = {
        role: staff_store.insert_staff(first, role.value, role.value.title(), role) for role in Role
    }
    first.close()
    handles = {}
    for role in Role:
        handles[role] = open_clinic(db_path)
        handles[role].staff = Staff(ids[role], role.value, role.value.title(), role)
    desk, practitioner, owner = (
        handles[r] for r in (Role.RECEPTION, Role.PRACTITIONER, Role.OWNER)
    )
    try:
        cid = clients.add_client(desk, ClientDetails(given_name="A", family_name="B")).id
        paid = payments.record_payment(desk, cid, "60", method="cash")
        assert paid.taken_by_name == "Reception"
        assert payments.record_payment(practitioner, cid, "10", method="card").receipt_number == 2
        assert payments.receipt_pdf(desk, paid.id).startswith(b"%PDF")
        assert [p.id for p in payments.client_payments(desk, cid)][-1] == paid.id
        today = date.fromisoformat(paid.day)
        for who in (desk, practitioner):
            for refused in (
                lambda h: payments.void_payment(h, paid.id, "no"),
                lambda h: payments.refund_payment(h, paid.id, "1", "no"),
                lambda h: payments.takings(h, today),
                lambda h: payments.takings_pdf(h, today),
                lambda h: payments.takings_csv(h, today),
                lambda h: payments.payments_on(h, today),
            ):
                with pytest.raises(AccessRefused, match="ask the clinic's owner"):
                    refused(who)
        refund = payments.refund_payment(owner, paid.id, "10", "goodwill")
        assert payments.takings(owner, today).net == Money(6000, "GBP")
        actions = [(e.action, e.outcome, e.staff_id) for e in audit_store.entries(owner)]
        assert ("payments.record_payment", "done", ids[Role.RECEPTION]) in actions
        assert ("payments.record_payment", "done", ids[Role.PRACTITIONER]) in actions
        assert ("payments.receipt_pdf", "done", ids[Role.RECEPTION]) in actions
        assert ("payments.refund_payment", "done", ids[Role.OWNER]) in actions
        assert ("payments.void_payment", "refused", ids[Role.RECEPTION]) in actions
        assert payment_store.get_payment(owner, refund.id).taken_by == ids[Role.OWNER]
        # Entries about a payment named by id are filed under its client too.
        for action in (
            "payments.record_payment",
            "payments.refund_payment",
            "payments.receipt_pdf",
        ):
            entry = next(e for e in audit_store.entries(owner) if e.action == action)
            assert entry.client_id == cid, action
    finally:
        for handle in handles.values():
            handle.close()


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from smpdesk.app import payments
    from smpdesk.app.clinic import open_clinic

    path, client, first, ready, go = sys.argv[1:]
    db = open_clinic(Path(path))
    payments.client_balance(db, int(client))  # connected and warmed up
    Path(ready).touch()
    while not Path(go).exists():
        time.sleep(0.002)
    for n in range(50):
        payments.record_payment(db, int(client), f"{int(first) + n}.00", method="cash")
        time.sleep(0.004)  # a desk's pace: the other writer gets its turns in between
    db.close()
    """
)


def test_two_processes_taking_payments_at_once_share_no_number_and_skip_none(
    db, db_path, client, tmp_path
):
    go = tmp_path / "go"
    ready = [tmp_path / f"ready-{n}" for n in range(2)]
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(client), first, str(flag), str(go)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for first, flag in (("1", ready[0]), ("101", ready[1]))
    ]
    deadline = time.monotonic() + 60
    while not all(flag.exists() for flag in ready) and time.monotonic() < deadline:
        time.sleep(0.01)
    go.touch()
    for writer in writers:
        _out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    assert payment_store.receipt_numbers(db) == list(range(1, 101))
    entries = sorted(payments.client_payments(db, client), key=lambda e: e.receipt_number)
    assert len({e.id for e in entries}) == 100
    # Each writer's own payments kept their order, and the two wrote at the same time.
    mine = [[e.amount.minor // 100 for e in entries if (e.amount.minor // 100 > 100) == b]
            for b in (False, True)]  # fmt: skip
    assert mine == [list(range(1, 51)), list(range(101, 151))]
    writer_of = [e.amount.minor // 100 > 100 for e in entries]
    switches = sum(1 for a, b in itertools.pairwise(writer_of) if a != b)
    assert switches > 1, "the writers did not overlap"
    total = sum(range(1, 51)) + sum(range(101, 151))
    assert payments.client_balance(db, client) == Money(total * 100, "GBP")


def _set_tax(db, rate: str, *, include: bool = True, name: str = "VAT") -> None:
    from dataclasses import replace
    from decimal import Decimal

    from smpdesk.app.clinic import load_settings, save_settings

    settings = load_settings(db)
    prices = replace(
        settings.price_list,
        tax_rate_percent=Decimal(rate),
        prices_include_tax=include,
        tax_name=name,
    )
    save_settings(db, replace(settings, price_list=prices))


def test_a_reprinted_receipt_keeps_the_tax_of_the_day_it_was_taken(db, client):
    _set_tax(db, "20")
    paid = payments.record_payment(db, client, "120.00", method="card")
    assert (paid.tax_rate_percent, paid.tax_name) == ("20", "VAT")
    before = " ".join(_pdf_text(payments.receipt_pdf(db, paid.id)).split())
    assert "Includes VAT 20%: £20.00" in before and "£120.00" in before
    _set_tax(db, "5", name="GST")  # the rate changes later
    after = " ".join(_pdf_text(payments.receipt_pdf(db, paid.id)).split())
    assert "Includes VAT 20%: £20.00" in after and "£120.00" in after and "5%" not in after
    refund = payments.refund_payment(db, paid.id, "60", "half back")
    assert (refund.tax_rate_percent, refund.tax_name) == ("20", "VAT")  # the original's
    assert "Includes VAT 20%: £10.00" in " ".join(
        _pdf_text(payments.receipt_pdf(db, refund.id)).split()
    )
    # Prices quoted without tax: the amount taken is still the gross, tax inside it.
    _set_tax(db, "20", include=False)
    added = payments.record_payment(db, client, "60.00", method="cash")
    assert "Includes VAT 20%: £10.00" in " ".join(
        _pdf_text(payments.receipt_pdf(db, added.id)).split()
    )
    # No tax at all: no tax line, and nothing kept.
    _set_tax(db, "0")
    untaxed = payments.record_payment(db, client, "10.00", method="cash")
    assert untaxed.tax_rate_percent == "" and "Includes" not in _pdf_text(
        payments.receipt_pdf(db, untaxed.id)
    )


def test_notes_and_reasons_lose_escape_sequences_and_bidi_overrides(db, client):
    paid = payments.record_payment(
        db, client, "10", method="cash", note="paid \x1b[2J\x1b]0;pwned\x07 by \u202ecard"
    )
    assert paid.note == "paid by card"
    refund = payments.refund_payment(db, paid.id, "1", "oops\u202e \x1b[31mred")
    assert refund.reason == "oops red"


def test_erasing_a_client_leaves_nothing_of_their_free_text_in_the_books(db, db_path, client):
    import csv as csv_module
    import json

    from tests.cli.test_cli import run

    other = clients.add_client(db, ClientDetails(given_name="Bea", family_name="Other")).id
    theirs = payments.record_payment(db, client, "100", method="card", note="Ada 07700 900123")
    payments.refund_payment(db, theirs.id, "10", "Ada 07700 900123 asked")
    second = payments.record_payment(db, client, "50", method="cash", note="call 07700 900123")
    payments.void_payment(db, second.id, "07700 900123 typed twice")
    kept = payments.record_payment(db, other, "30", method="cash", note="Bea's note")
    kept_refund = payments.refund_payment(db, kept.id, "5", "Bea's reason")
    numbers = payment_store.receipt_numbers(db)
    erasure.erase_client(db, client, confirmation="C00001", reason="The client asked.")
    assert payment_store.receipt_numbers(db) == numbers
    rows = db.execute("SELECT * FROM payments").fetchall()
    assert "900123" not in repr(rows) and "Ada" not in repr(rows)
    erased = [r for r in rows if r[0] not in (kept.id, kept_refund.id)]
    assert len(erased) == 4
    day = theirs.day
    at = ["--db", str(db_path)]
    listed = run("payments", "list", *at, "--day", day, "--json")
    assert listed.returncode == 0, listed.stderr
    assert "900123" not in listed.stdout
    by_id = {row["id"]: row for row in json.loads(listed.stdout)}
    for row_id in (theirs.id, theirs.id + 1, second.id, second.id + 1):
        assert by_id[row_id]["client_id"] is None and by_id[row_id]["note"] == ""
    assert by_id[theirs.id + 1]["reason"] == "(erased)"
    assert by_id[kept.id]["note"] == "Bea's note" and by_id[kept.id]["client_id"] == other
    assert by_id[kept_refund.id]["reason"] == "Bea's reason"
    sheet = payments.takings_csv(db, date.fromisoformat(day))
    assert "900123" not in sheet and "Bea's reason" in sheet
    assert len(list(csv_module.reader(io.StringIO(sheet)))) == 7  # header + 6 entries
    assert payments.takings(db, date.fromisoformat(day)).net == Money(11500, "GBP")
    # The trigger still refuses every other change, even the erasure's to another row.
    import sqlite3

    from smpdesk.store.engine import ERRORS

    for change in (
        "note = 'x'",
        "reason = 'changed'",
        "amount_minor = 1",
        "tax_rate_percent = '5'",
        "tax_name = 'GST'",
        "note = '', reason = '(erased)', amount_minor = 1",
        "note = '', reason = '(erased)', client_id = client_id",
    ):
        with pytest.raises((*ERRORS, sqlite3.DatabaseError), match="never edited"):
            db.execute(f"UPDATE payments SET {change} WHERE id = ?", [kept.id])
