"""The client page's Payments tab: what the client paid, the balance, "Take payment…".

Every role sees it: taking money and printing receipts is reception's job.  It
shows money only (receipt number, when, what for, how, how much, who took it),
never anything clinical.  Void and refund are the owner's, and hidden from the
others.  Entries are never edited: a voided payment stays in the list, struck
through, beside the void that cancelled it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic as clinic_cases
from smpdesk.app import payments as payment_cases
from smpdesk.app import plans as plan_cases
from smpdesk.app.access import may
from smpdesk.app.clinic import Clinic
from smpdesk.domain.money import KINDS, METHODS, Money
from smpdesk.errors import UserError
from smpdesk.gui.changes import Changes
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.payments.payment_dialog import (
    CorrectionDialog,
    PaymentDialog,
    local_stamp,
    money_text,
    open_receipt,
    receipt_no,
)
from smpdesk.gui.words.core_labels import core_label

PAYMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The table's headings (shown through ``translate("payments.payments_tab", heading)``).
COLUMNS = (
    QT_TRANSLATE_NOOP("payments.payments_tab", "Receipt"),
    QT_TRANSLATE_NOOP("payments.payments_tab", "Taken"),
    QT_TRANSLATE_NOOP("payments.payments_tab", "For"),
    QT_TRANSLATE_NOOP("payments.payments_tab", "Paid by"),
    QT_TRANSLATE_NOOP("payments.payments_tab", "Amount"),
    QT_TRANSLATE_NOOP("payments.payments_tab", "Taken by"),
    QT_TRANSLATE_NOOP("payments.payments_tab", "Notes"),
)
MUTED = QColor("#8a8f94")


def _word(mapping: dict[str, str], key: str) -> str:
    text = core_label(mapping.get(key, key))
    return text[:1].upper() + text[1:]


def marks(payment: payment_cases.Payment, numbers: dict[int, int]) -> str:
    """What the Notes column says: voided, which receipt a void/refund corrects, why."""
    parts: list[str] = []
    if payment.entry == "void":
        parts.append(
            translate("payments.payments_tab", "VOID of {receipt}").format(
                receipt=receipt_no(numbers.get(payment.refers_to or 0, 0))
            )
        )
    elif payment.entry == "refund":
        parts.append(
            translate("payments.payments_tab", "REFUND of {receipt}").format(
                receipt=receipt_no(numbers.get(payment.refers_to or 0, 0))
            )
        )
    if payment.voided:
        parts.append(translate("payments.payments_tab", "VOIDED"))
    if payment.reason:
        parts.append(payment.reason)
    if payment.note:
        parts.append(payment.note)
    return " — ".join(parts)


def refundable(payment: payment_cases.Payment, entries: list[payment_cases.Payment]) -> Money:
    """What is left of ``payment`` after the refunds already given from it."""
    left = payment.amount
    for entry in entries:
        if entry.entry == "refund" and entry.refers_to == payment.id:
            left = left + entry.amount  # refunds are stored negative
    return left


class PaymentsTab(QWidget):
    """The client's entries, newest first, the balance, and the actions their role allows."""

    def __init__(
        self, db: Clinic, parent: QWidget | None = None, *, changes: Changes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("payments_tab")
        self._db = db
        self.client_id: int | None = None
        self._stale = False  # a client was shown while the tab was hidden
        self.entries: list[payment_cases.Payment] = []
        self.changes = changes if changes is not None else Changes(self)
        self.changes.database_replaced.connect(self.refresh)
        self.changes.settings_changed.connect(self.refresh)  # the locale formats the amounts

        self.take_button = QPushButton(self.tr("Take payment…"))
        self.take_button.setObjectName("take_payment_button")
        self.take_button.setToolTip(self.tr("Take a payment from this client"))
        self.take_button.clicked.connect(self.take_payment)
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.receipt_button.setObjectName("receipt_button")
        self.receipt_button.setToolTip(self.tr("Show, print or save the selected entry's receipt"))
        self.receipt_button.clicked.connect(self.show_receipt)
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setObjectName("void_button")
        self.void_button.setToolTip(self.tr("Cancel a payment taken by mistake (owner)"))
        self.void_button.clicked.connect(self.void)
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.refund_button.setObjectName("refund_button")
        self.refund_button.setToolTip(self.tr("Give back money from a payment (owner)"))
        self.refund_button.clicked.connect(self.refund)
        self.balance = QLabel()
        self.balance.setObjectName("payments_balance")
        bold = QFont(self.balance.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.balance.setFont(bold)
        # Issue 18 (Q3): the accepted plan's total and what is still due (every role).
        self.plan_due = QLabel()
        self.plan_due.setObjectName("payments_plan_due")
        self.plan_due.setToolTip(self.tr("The accepted treatment plan's total less what was paid"))

        bar = QHBoxLayout()
        bar.addWidget(self.take_button)
        bar.addWidget(self.receipt_button)
        bar.addWidget(self.void_button)
        bar.addWidget(self.refund_button)
        bar.addStretch(1)
        bar.addWidget(self.plan_due)
        bar.addSpacing(12)
        bar.addWidget(self.balance)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("payments_table")
        self.table.setHorizontalHeaderLabels(
            [translate("payments.payments_tab", c) for c in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.show_receipt())
        self.empty = QLabel(self.tr("No payments recorded for this client yet."))
        self.empty.setObjectName("payments_empty")
        self.empty.setStyleSheet("color: #5b6670;")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._apply_role()

    # -- role ---------------------------------------------------------------
    @property
    def may_correct(self) -> bool:
        """Void and refund: the owner's (everything, on a clinic nobody signs in to)."""
        return may(self._db, "payments.void_payment")

    def _apply_role(self) -> None:
        self.void_button.setVisible(self.may_correct)
        self.refund_button.setVisible(may(self._db, "payments.refund_payment"))

    # -- showing ------------------------------------------------------------
    def show_client(self, client_id: int) -> None:
        """Follow the client page; read the entries only when the tab is shown, so opening
        a client (kept under 100 ms at 100,000 clients) does not wait for them."""
        self.client_id = client_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # the Qt spelling
        super().showEvent(event)
        # Also when not stale: a deposit may have been taken on the Plan tab meanwhile
        # (one client's entries: a few rows, read in a millisecond).
        if self._stale or self.client_id is not None:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._apply_role()
        self.entries = []
        balance: Money | None = None
        if self.client_id is not None:
            try:
                self.entries = payment_cases.client_payments(self._db, self.client_id)
                balance = payment_cases.client_balance(self._db, self.client_id)
            except UserError as exc:
                self.empty.setText(self.tr("Payments could not be read: {error}").format(error=exc))
        locale = clinic_cases.load_settings(self._db).locale
        numbers = {p.id: p.receipt_number for p in self.entries}
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.entries))
        for row, payment in enumerate(self.entries):
            cells = (
                receipt_no(payment.receipt_number),
                local_stamp(payment.taken_at),
                _word(KINDS, payment.kind),
                _word(METHODS, payment.method).split(" on ")[0],
                money_text(payment.amount, locale),
                payment.taken_by_name,
                marks(payment, numbers),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PAYMENT_ID_ROLE, payment.id)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if payment.voided or payment.entry == "void":
                    font = item.font()
                    font.setStrikeOut(payment.voided)
                    font.setItalic(payment.entry == "void")
                    item.setFont(font)
                    item.setForeground(QBrush(MUTED))
                elif payment.entry == "refund":
                    item.setForeground(QBrush(QColor("#8a1c1c")))
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.entries)
        self.table.setVisible(bool(self.entries))
        self.balance.setText(
            self.tr("Paid in total: {amount}").format(amount=money_text(balance, locale))
            if balance is not None
            else ""
        )
        self.balance.setToolTip(self.tr("Payments minus refunds; voided payments do not count."))
        self.plan_due.setText(self._plan_due_text(locale))
        if self.entries:
            self.table.selectRow(0)
        self._selection_changed()

    def _plan_due_text(self, locale: str) -> str:
        """Issue 18 (Q3): "Plan £1,500.00 · due £1,300.00"; "" with no accepted plan."""
        if self.client_id is None:
            return ""
        try:
            total, _paid, due = plan_cases.plan_balance(self._db, self.client_id)
        except UserError:
            return ""
        if total is None or due is None:
            return ""
        return self.tr("Plan {total} · due {due}").format(
            total=money_text(total, locale), due=money_text(due, locale)
        )

    def current(self) -> payment_cases.Payment | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        wanted = item.data(PAYMENT_ID_ROLE) if item is not None else None
        return next((p for p in self.entries if p.id == wanted), None)

    def _selection_changed(self) -> None:
        payment = self.current()
        self.receipt_button.setEnabled(payment is not None)
        correctable = payment is not None and payment.entry == "payment" and not payment.voided
        self.void_button.setEnabled(correctable)
        self.refund_button.setEnabled(
            correctable and payment is not None and not refundable(payment, self.entries).is_zero()
        )

    # -- actions ------------------------------------------------------------
    def _client_name(self) -> str:
        if self.client_id is None:
            return ""
        try:
            client = client_cases.get_client(self._db, self.client_id)
        except UserError:
            return ""
        return client.full_name if client is not None else ""

    def take_payment(self) -> payment_cases.Payment | None:
        """The payment dialog, then the new receipt to print or save."""
        if self.client_id is None:
            return None
        dialog = PaymentDialog(
            self._db,
            self.client_id,
            client_name=self._client_name(),
            first_payment=not any(p.entry == "payment" for p in self.entries),
            parent=self,
        )
        if not dialog.exec() or dialog.taken is None:
            return None
        self.refresh()
        open_receipt(self, self._db, dialog.taken)
        return dialog.taken

    def show_receipt(self) -> None:
        payment = self.current()
        if payment is not None:
            open_receipt(self, self._db, payment)

    def void(self) -> payment_cases.Payment | None:
        return self._correct(refund=False)

    def refund(self) -> payment_cases.Payment | None:
        return self._correct(refund=True)

    def _correct(self, *, refund: bool) -> payment_cases.Payment | None:
        payment = self.current()
        if payment is None or payment.entry != "payment" or payment.voided:
            return None
        dialog = CorrectionDialog(
            self._db,
            payment,
            refund=refund,
            left=refundable(payment, self.entries) if refund else None,
            parent=self,
        )
        if not dialog.exec() or dialog.done_entry is None:
            return None
        self.refresh()
        open_receipt(self, self._db, dialog.done_entry)
        return dialog.done_entry


__all__ = ["PaymentsTab", "marks", "refundable"]
