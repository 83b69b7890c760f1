"""The books in the store (migration 0021): receipt numbers, no edits, voids and refunds."""

from __future__ import annotations

import pytest

from smpdesk.app import clients
from smpdesk.domain.client_details import ClientDetails
from smpdesk.store import erasure, merge
from smpdesk.store import payments as payment_store
from smpdesk.store.engine import ERRORS

WHEN = {"taken_by_name": "Rae", "taken_at": "2026-03-14T15:42:00+00:00", "day": "2026-03-14"}


def pay(db, client_id: int, minor: int = 15000, method: str = "card") -> int:
    return payment_store.insert_payment(
        db, client_id, kind="session", method=method, amount_minor=minor, currency="GBP",
        note="", **WHEN,
    )  # fmt: skip


@pytest.fixture
def client(db) -> int:
    return clients.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id


def test_every_entry_takes_the_next_receipt_number_and_voids_and_refunds_name_the_payment(
    db, client
):
    first, second = pay(db, client), pay(db, client, 8000, "cash")
    refund = payment_store.insert_refund(
        db, second, amount_minor=3000, currency="GBP", reason="unused product", **WHEN
    )
    void = payment_store.insert_void(db, first, reason="typed twice", **WHEN)
    assert payment_store.receipt_numbers(db) == [1, 2, 3, 4]
    rows = {r.id: r for r in payment_store.client_entries(db, client)}
    assert [r.id for r in payment_store.client_entries(db, client)] == [void, refund, second, first]
    assert (rows[refund].entry, rows[refund].amount_minor, rows[refund].refers_to) == (
        "refund", -3000, second,
    )  # fmt: skip
    assert (rows[refund].method, rows[refund].kind) == ("cash", "session")
    assert (rows[void].entry, rows[void].amount_minor, rows[void].refers_to) == (
        "void", -15000, first,
    )  # fmt: skip
    assert rows[first].voided and not rows[second].voided
    assert payment_store.void_of(db, first).id == void
    assert payment_store.client_totals(db, client) == {"GBP": 8000 - 3000}
    assert payment_store.refunded_minor(db, second) == 3000
    assert [r.id for r in payment_store.entries_on(db, "2026-03-14")] == [
        first,
        second,
        refund,
        void,
    ]
    assert payment_store.entries_on(db, "2026-03-15") == []


def test_an_entry_is_never_edited_or_deleted(db, client):
    paid = pay(db, client)
    for sql in (
        "UPDATE payments SET amount_minor = 1 WHERE id = ?",
        "UPDATE payments SET receipt_number = 9 WHERE id = ?",
        "UPDATE payments SET reason = 'x' WHERE id = ?",
        "DELETE FROM payments WHERE id = ?",
    ):
        with pytest.raises(ERRORS, match="never"):
            db.execute(sql, [paid])
    assert payment_store.get_payment(db, paid).amount_minor == 15000


def test_what_cannot_be_voided_or_refunded_is_refused_and_nothing_is_written(db, client):
    paid, other = pay(db, client, 10000), pay(db, client, 5000)
    payment_store.insert_refund(db, paid, amount_minor=6000, currency="GBP", reason="r", **WHEN)
    with pytest.raises(payment_store.RefundTooLarge) as caught:
        payment_store.insert_refund(db, paid, amount_minor=4001, currency="GBP", reason="r", **WHEN)
    assert caught.value.left_minor == 4000
    with pytest.raises(payment_store.EntryRefused, match="partly refunded"):
        payment_store.insert_void(db, paid, reason="r", **WHEN)
    with pytest.raises(payment_store.EntryRefused, match="refund it in GBP"):
        payment_store.insert_refund(db, other, amount_minor=1, currency="EUR", reason="r", **WHEN)
    payment_store.insert_void(db, other, reason="mistake", **WHEN)
    with pytest.raises(payment_store.EntryRefused, match="already voided"):
        payment_store.insert_void(db, other, reason="again", **WHEN)
    with pytest.raises(payment_store.EntryRefused, match="already voided"):
        payment_store.insert_refund(db, other, amount_minor=1, currency="GBP", reason="r", **WHEN)
    refund_id = payment_store.client_entries(db, client)[-3].id
    with pytest.raises(payment_store.EntryRefused, match="not a payment"):
        payment_store.insert_void(db, refund_id, reason="r", **WHEN)
    with pytest.raises(payment_store.EntryRefused, match="no payment 999"):
        payment_store.insert_void(db, 999, reason="r", **WHEN)
    assert payment_store.receipt_numbers(db) == [1, 2, 3, 4]
    # The table itself refuses a refund or void without a reason, and a second void.
    with pytest.raises(ERRORS):
        db.execute(
            "INSERT INTO payments (receipt_number, client_id, entry, kind, method, amount_minor, "
            "currency, refers_to, reason, taken_at, day) VALUES "
            "(9, ?, 'refund', 'session', 'card', -1, 'GBP', ?, '', 't', 'd')",
            [client, paid],
        )
    with pytest.raises(ERRORS):
        db.execute(
            "INSERT INTO payments (receipt_number, client_id, entry, kind, method, amount_minor, "
            "currency, refers_to, reason, taken_at, day) VALUES "
            "(9, ?, 'void', 'session', 'card', -5000, 'GBP', ?, 'twice', 't', 'd')",
            [client, other],
        )


def test_erasing_a_client_keeps_the_books_without_the_client(db, client):
    kept = clients.add_client(db, ClientDetails(given_name="Kari", family_name="Nordmann")).id
    paid = pay(db, client)
    payment_store.insert_refund(db, paid, amount_minor=500, currency="GBP", reason="r", **WHEN)
    theirs = pay(db, kept, 2000)
    assert "payments" not in erasure.owned_row_counts(db, client)
    erased = erasure.erase_client(db, client, reason="asked")
    assert erased is not None and "payments" not in erased.removed
    assert db.execute("SELECT count(*) FROM clients WHERE id = ?", [client]).fetchone()[0] == 0
    rows = [payment_store.get_payment(db, i) for i in (paid, paid + 1, theirs)]
    assert [(r.client_id, r.amount_minor) for r in rows] == [
        (None, 15000),
        (None, -500),
        (kept, 2000),
    ]
    assert payment_store.receipt_numbers(db) == [1, 2, 3]
    assert pay(db, kept) and payment_store.receipt_numbers(db) == [1, 2, 3, 4]


def test_a_merge_moves_the_payments_to_the_kept_client(db, client):
    other = clients.add_client(db, ClientDetails(given_name="Ola", family_name="Brathen")).id
    paid = pay(db, other, 7000)
    pay(db, client, 1000)
    result = merge.merge_clients(
        db, client, other, ClientDetails(given_name="Ola", family_name="Bråthen")
    )
    assert result.moved.get("payments") == 1 and "payments" not in result.left
    assert payment_store.get_payment(db, paid).client_id == client
    assert payment_store.client_totals(db, client) == {"GBP": 8000}
