"""Money taken (migration 0021): payments, refunds and voids, each with its receipt number.

The books are append-only.  An entry is never edited or deleted (the table's
triggers refuse both); a mistake is put right by a *void*, a new entry naming the
payment it cancels (amount: minus the original), and money given back is a
*refund*, a negative entry naming the payment it returns.  Both carry a reason.

Receipt numbers never repeat or skip: every entry takes the largest number so far
plus one, read and written inside the same ``BEGIN IMMEDIATE`` transaction
(:func:`smpdesk.store.database.write`), so two windows or scripts writing at once
are serialised by SQLite and each sees the other's number; the column is UNIQUE as
a last guard.  The checks that depend on other entries (not voided twice, no more
refunded than was paid) run inside that same transaction for the same reason.

This module stores and reads; what may be written (amounts, methods, who) is the
caller's (:mod:`smpdesk.app.payments`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from smpdesk.errors import QT_TRANSLATE_NOOP
from smpdesk.store.database import inserted_id, write
from smpdesk.store.staff import actor_of

ENTRIES = ("payment", "refund", "void")
_COLUMNS = (
    "p.id, p.receipt_number, p.client_id, p.entry, p.kind, p.method, p.amount_minor, "
    "p.currency, p.refers_to, p.reason, p.note, p.taken_by, p.taken_by_name, p.taken_at, "
    "p.day, EXISTS (SELECT 1 FROM payments AS v WHERE v.entry = 'void' AND v.refers_to = p.id), "
    "p.tax_rate_percent, p.tax_name"
)
# What an erased client's entries keep of their free text (migration 0022's trigger
# allows exactly this change, with ``client_id`` NULL): the note blank, the reason this.
ERASED_REASON = "(erased)"


@dataclass(frozen=True)
class PaymentRow:
    """One entry as stored; ``voided``: a void names it."""

    id: int
    receipt_number: int
    client_id: int | None
    entry: str
    kind: str
    method: str
    amount_minor: int
    currency: str
    refers_to: int | None
    reason: str
    note: str
    taken_by: int | None
    taken_by_name: str
    taken_at: str
    day: str
    voided: bool
    # The tax in force when the entry was taken (migration 0022): the rate as decimal
    # text ('' = none) and its name; a refund or a void copies its payment's.
    tax_rate_percent: str = ""
    tax_name: str = ""


class EntryRefused(Exception):
    """The entry cannot be written as asked; the message says why (ids only).

    Given as a template and its values, as a UserError is: ``template`` and ``values``
    let the use case raise it in the window's language (issue 20).
    """

    def __init__(self, message: str, /, **values: object) -> None:
        super().__init__(message.format(**values) if values else message)
        self.template = message
        self.values = values


class RefundTooLarge(EntryRefused):
    """More than is left of the payment; ``left_minor`` is what is left."""

    def __init__(self, payment_id: int, left_minor: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("core", "The refund is more than is left of payment {payment_id}."),
            payment_id=payment_id,
        )
        self.payment_id = payment_id
        self.left_minor = left_minor


def _row(v: Sequence[Any]) -> PaymentRow:
    """A row of ``_COLUMNS`` (the last one: whether a void names it)."""
    return PaymentRow(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
        v[14], bool(v[15]), str(v[16]), str(v[17]),
    )  # fmt: skip


def next_receipt_number(db: sqlite_utils.Database) -> int:
    """The number the next entry takes; call inside the write transaction that inserts it."""
    return int(
        db.execute("SELECT coalesce(max(receipt_number), 0) + 1 FROM payments").fetchone()[0]
    )


def _insert(
    db: sqlite_utils.Database,
    *,
    client_id: int | None,
    entry: str,
    kind: str,
    method: str,
    amount_minor: int,
    currency: str,
    refers_to: int | None,
    reason: str,
    note: str,
    taken_by_name: str,
    taken_at: str,
    day: str,
    tax_rate_percent: str,
    tax_name: str,
) -> int:
    """Insert one entry with the next receipt number (inside the caller's transaction)."""
    cursor = db.execute(
        "INSERT INTO payments (receipt_number, client_id, entry, kind, method, amount_minor, "
        "currency, refers_to, reason, note, taken_by, taken_by_name, taken_at, day, "
        "tax_rate_percent, tax_name) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            next_receipt_number(db),
            client_id,
            entry,
            kind,
            method,
            amount_minor,
            currency,
            refers_to,
            reason,
            note,
            actor_of(db),
            taken_by_name,
            taken_at,
            day,
            tax_rate_percent,
            tax_name,
        ],
    )
    return inserted_id(cursor)


def insert_payment(
    db: sqlite_utils.Database,
    client_id: int,
    *,
    kind: str,
    method: str,
    amount_minor: int,
    currency: str,
    note: str,
    taken_by_name: str,
    taken_at: str,
    day: str,
    tax_rate_percent: str = "",
    tax_name: str = "",
) -> int:
    """Store a payment (``amount_minor`` > 0) and return its id.

    ``tax_rate_percent`` (decimal text, '' = none) and ``tax_name``: the clinic's tax
    at this moment, kept so a reprinted receipt never follows later settings.
    """
    with write(db):
        return _insert(
            db,
            client_id=client_id,
            entry="payment",
            kind=kind,
            method=method,
            amount_minor=amount_minor,
            currency=currency,
            refers_to=None,
            reason="",
            note=note,
            taken_by_name=taken_by_name,
            taken_at=taken_at,
            day=day,
            tax_rate_percent=tax_rate_percent,
            tax_name=tax_name,
        )


def _original(db: sqlite_utils.Database, payment_id: int) -> PaymentRow:
    """The payment a void or refund names; refused when it is none, or not a payment."""
    found = get_payment(db, payment_id)
    if found is None:
        raise EntryRefused(
            QT_TRANSLATE_NOOP("core", "There is no payment {payment_id}; check the number."),
            payment_id=payment_id,
        )
    if found.entry == "refund":
        raise EntryRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "Entry {payment_id} is a refund, not a payment; "
                "only a payment can be voided or refunded.",
            ),
            payment_id=payment_id,
        )
    if found.entry != "payment":  # a void (the schema allows nothing else)
        raise EntryRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "Entry {payment_id} is a void, not a payment; "
                "only a payment can be voided or refunded.",
            ),
            payment_id=payment_id,
        )
    if found.voided:
        raise EntryRefused(
            QT_TRANSLATE_NOOP("core", "Payment {payment_id} is already voided."),
            payment_id=payment_id,
        )
    return found


def refunded_minor(db: sqlite_utils.Database, payment_id: int) -> int:
    """How much has been refunded of a payment so far (a positive number of minor units)."""
    row = db.execute(
        "SELECT coalesce(sum(amount_minor), 0) FROM payments WHERE refers_to = ? "
        "AND entry = 'refund'",
        [payment_id],
    ).fetchone()
    return -int(row[0])


def insert_void(
    db: sqlite_utils.Database,
    payment_id: int,
    *,
    reason: str,
    taken_by_name: str,
    taken_at: str,
    day: str,
) -> int:
    """Cancel a payment with a void (amount: minus the original); its id.

    Refused for an entry that is no payment, one already voided, and a payment with
    refunds (voiding it too would take the refunded part off twice: refund the rest).
    """
    with write(db):
        original = _original(db, payment_id)
        if refunded_minor(db, payment_id):
            raise EntryRefused(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Payment {payment_id} has been partly refunded, so it cannot be voided; "
                    "refund what is left of it instead.",
                ),
                payment_id=payment_id,
            )
        return _answer(
            db, original, "void", -original.amount_minor, reason, taken_by_name, taken_at, day
        )


def _answer(
    db: sqlite_utils.Database,
    original: PaymentRow,
    entry: str,
    amount_minor: int,
    reason: str,
    taken_by_name: str,
    taken_at: str,
    day: str,
) -> int:
    """A void or refund of ``original``: its client, kind, method, currency and the tax
    of its day, so the answering receipt reads like the one it answers."""
    return _insert(
        db,
        client_id=original.client_id,
        entry=entry,
        kind=original.kind,
        method=original.method,
        amount_minor=amount_minor,
        currency=original.currency,
        refers_to=original.id,
        reason=reason,
        note="",
        taken_by_name=taken_by_name,
        taken_at=taken_at,
        day=day,
        tax_rate_percent=original.tax_rate_percent,
        tax_name=original.tax_name,
    )


def insert_refund(
    db: sqlite_utils.Database,
    payment_id: int,
    *,
    amount_minor: int,
    currency: str,
    reason: str,
    taken_by_name: str,
    taken_at: str,
    day: str,
) -> int:
    """Give back ``amount_minor`` (> 0) of a payment, stored negative; its id.

    Never more than what is left of the payment after earlier refunds, and never of a
    voided payment: checked inside the transaction, so two refunds at once cannot
    together exceed it.
    """
    if amount_minor <= 0:
        raise EntryRefused(QT_TRANSLATE_NOOP("core", "A refund must be more than nothing."))
    with write(db):
        original = _original(db, payment_id)
        if currency != original.currency:
            raise EntryRefused(
                QT_TRANSLATE_NOOP(
                    "core", "Payment {payment_id} was taken in {currency}; refund it in {currency}."
                ),
                payment_id=payment_id,
                currency=original.currency,
            )
        left = original.amount_minor - refunded_minor(db, payment_id)
        if amount_minor > left:
            raise RefundTooLarge(payment_id, left)
        return _answer(db, original, "refund", -amount_minor, reason, taken_by_name, taken_at, day)


def get_payment(db: sqlite_utils.Database, payment_id: int) -> PaymentRow | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM payments AS p WHERE p.id = ?", [payment_id]
    ).fetchone()
    return _row(row) if row else None


def void_of(db: sqlite_utils.Database, payment_id: int) -> PaymentRow | None:
    """The void that cancels a payment, if one does (one at most: a unique index)."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM payments AS p WHERE p.refers_to = ? AND p.entry = 'void'",
        [payment_id],
    ).fetchone()
    return _row(row) if row else None


def client_entries(db: sqlite_utils.Database, client_id: int) -> list[PaymentRow]:
    """A client's entries, newest first (by the client index)."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM payments AS p WHERE p.client_id = ? ORDER BY p.id DESC",
        [client_id],
    ).fetchall()
    return [_row(r) for r in rows]


def client_totals(db: sqlite_utils.Database, client_id: int) -> dict[str, int]:
    """Currency -> the sum of the client's entries (payments less refunds and voids)."""
    rows = db.execute(
        "SELECT currency, sum(amount_minor) FROM payments WHERE client_id = ? GROUP BY currency",
        [client_id],
    ).fetchall()
    return {str(currency): int(total) for currency, total in rows}


def entries_on(db: sqlite_utils.Database, day: str) -> list[PaymentRow]:
    """Every entry of a day (the clinic's local date, ``YYYY-MM-DD``), in receipt order."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM payments AS p WHERE p.day = ? ORDER BY p.id", [day]
    ).fetchall()
    return [_row(r) for r in rows]


def receipt_numbers(db: sqlite_utils.Database) -> list[int]:
    """Every receipt number, in order (for checks: they run 1, 2, 3... without a gap)."""
    return [int(r[0]) for r in db.execute("SELECT receipt_number FROM payments ORDER BY 1")]


__all__ = [
    "ENTRIES",
    "ERASED_REASON",
    "EntryRefused",
    "PaymentRow",
    "RefundTooLarge",
    "client_entries",
    "client_totals",
    "entries_on",
    "get_payment",
    "insert_payment",
    "insert_refund",
    "insert_void",
    "next_receipt_number",
    "receipt_numbers",
    "refunded_minor",
    "void_of",
]
