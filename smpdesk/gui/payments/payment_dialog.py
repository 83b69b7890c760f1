"""Taking a payment at the desk, voiding or refunding one, and the receipt preview.

The payment dialog is built for reception at speed: the amount box has the
focus and shows the clinic's currency, the price list's prices are one click
away (each also sets what the money is for), how the client paid is four big
buttons, and Enter takes the payment.  A bad amount gets one plain sentence
under the box and the typing stays where it was.  What the payment is for
starts as "deposit" for a client who has paid nothing yet, "session" after.

Voids and refunds are the owner's (the use cases refuse anyone else; the tab
hides the buttons too) and always need a reason: an entry is never edited or
deleted, the correction is a new entry with its own receipt number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clinic as clinic_cases
from smpdesk.app import payments as payment_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.money import KINDS, METHODS, Money, format_money, parse_amount
from smpdesk.domain.session_details import SESSION_TYPES
from smpdesk.errors import UserError
from smpdesk.gui.aftercare.aftercare_preview import PdfPreview
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.form_support import ERROR_STYLE
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label

HINT_STYLE = "color: #5b6670;"

#: Short words for the big method buttons; the full wording is the tooltip (shown
#: through ``translate("payments.payment_dialog", word)``).
METHOD_BUTTONS = {
    "cash": QT_TRANSLATE_NOOP("payments.payment_dialog", "&Cash"),
    "card": QT_TRANSLATE_NOOP("payments.payment_dialog", "C&ard"),
    "transfer": QT_TRANSLATE_NOOP("payments.payment_dialog", "Bank &transfer"),
    "voucher": QT_TRANSLATE_NOOP("payments.payment_dialog", "Gift &voucher"),
}


def receipt_no(number: int) -> str:
    """ "No. 000123", as the printed receipt writes it."""
    return translate("payments.payment_dialog", "No. {number}").format(number=f"{number:06d}")


def money_text(money: Money, locale: str) -> str:
    """``money`` in the clinic's locale; the plain figure and code if the locale fails."""
    try:
        return format_money(money, locale)
    except (ValueError, LookupError):
        return f"{money.amount_text()} {money.currency}"


def currency_symbol(currency: str, locale: str) -> str:
    """ "£" for GBP in en_GB: what the locale prints beside an amount (the code otherwise)."""
    text = money_text(Money(0, currency), locale)
    symbol = re.sub(r"[\d.,'\s\u00a0\u202f\u2009-]", "", text)
    return symbol or currency


def local_stamp(iso_utc: str) -> str:
    """A stored UTC time as the clinic reads it: "3 Nov 2026 14:30" in local time."""
    from smpdesk.gui.dates import format_stamp

    try:
        when = datetime.fromisoformat(iso_utc)
    except ValueError:
        return iso_utc
    if when.tzinfo is not None:
        when = when.astimezone()
    return format_stamp(when)


@dataclass(frozen=True)
class QuickPick:
    """One price-list price offered as a button: what it says, how much, what it is for."""

    label: str
    money: Money
    kind: str


def quick_picks(settings: clinic_cases.ClinicSettings) -> list[QuickPick]:
    """The prices set in the clinic's price list, in the order a desk reaches for them."""
    prices = settings.price_list
    picks: list[QuickPick] = []
    deposit = getattr(prices, "deposit_rule", None)
    if deposit and deposit[0] == "amount" and isinstance(deposit[1], Money):
        picks.append(
            QuickPick(translate("payments.payment_dialog", "Deposit"), deposit[1], "deposit")
        )
    if prices.consultation_fee is not None:
        picks.append(
            QuickPick(
                translate("payments.payment_dialog", "Consultation"),
                prices.consultation_fee,
                "consultation",
            )
        )
    for key, label in SESSION_TYPES.items():
        price = prices.session_prices.get(key)
        if price is not None:
            picks.append(QuickPick(core_label(label), price, "session"))
    for package in prices.packages:
        picks.append(QuickPick(package.name, package.price, "package"))
    return [pick for pick in picks if pick.money.currency == settings.currency]


class PaymentDialog(QDialog):
    """Take a payment from one client; ``taken`` is the new entry once accepted."""

    def __init__(
        self,
        db: Clinic,
        client_id: int,
        *,
        client_name: str = "",
        first_payment: bool | None = None,
        amount: Money | None = None,
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``amount``/``kind`` preset the form (the Plan tab's "Take deposit…"); the desk
        still chooses the method and presses Take."""
        super().__init__(parent)
        self.setObjectName("payment_dialog")
        self._db = db
        self._client_id = client_id
        self.taken: payment_cases.Payment | None = None
        settings = clinic_cases.load_settings(db)
        self.currency = settings.currency
        self.money_locale = settings.locale
        self.setWindowTitle(
            self.tr("Take payment — {name}").format(name=client_name)
            if client_name
            else self.tr("Take payment")
        )

        # -- amount ------------------------------------------------------
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.symbol = QLabel(currency_symbol(self.currency, self.money_locale))
        self.symbol.setObjectName("currency_symbol")
        self.symbol.setFont(big)
        self.symbol.setToolTip(
            self.tr("The clinic's currency: {currency}").format(currency=self.currency)
        )
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setFont(big)
        self.amount.setPlaceholderText("0.00" if _decimals(self.currency) else "0")
        self.amount.setAccessibleName(
            self.tr("Amount in {currency}").format(currency=self.currency)
        )
        self.amount.textEdited.connect(self._amount_typed)
        code = QLabel(self.currency)
        code.setStyleSheet(HINT_STYLE)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.symbol)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(code)
        self.understood = QLabel()
        self.understood.setObjectName("amount_understood")
        self.understood.setStyleSheet(HINT_STYLE)
        self.problem = QLabel()
        self.problem.setObjectName("payment_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()

        # -- quick picks from the price list -------------------------------
        self.picks: list[QPushButton] = []
        picks_box = QGridLayout()
        picks_box.setSpacing(4)
        for index, pick in enumerate(quick_picks(settings)):
            button = QPushButton(f"{pick.label}  {money_text(pick.money, self.money_locale)}")
            button.setObjectName("quick_pick")
            button.setAutoDefault(False)  # Enter takes the payment, never a pick
            button.setToolTip(
                self.tr("Fill in {amount} for {what}").format(
                    amount=money_text(pick.money, self.money_locale), what=pick.label
                )
            )
            button.clicked.connect(lambda _=False, p=pick: self.use_pick(p))
            picks_box.addWidget(button, index // 3, index % 3)
            self.picks.append(button)
        if not self.picks:
            none = QLabel(
                self.tr("Prices set by the owner in Clinic → Settings → Prices appear here.")
            )
            none.setStyleSheet(HINT_STYLE)
            none.setWordWrap(True)
            picks_box.addWidget(none, 0, 0)

        # -- method ---------------------------------------------------------
        self.methods = QButtonGroup(self)
        self.methods.setExclusive(True)
        self.method_buttons: dict[str, QPushButton] = {}
        method_row = QHBoxLayout()
        for key, wording in METHODS.items():
            button = QPushButton(
                translate("payments.payment_dialog", METHOD_BUTTONS[key])
                if key in METHOD_BUTTONS
                else core_label(wording)
            )
            button.setObjectName(f"method_{key}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(44)
            button.setToolTip(core_label(wording))
            button.setStyleSheet(
                "QPushButton:checked { background: #0b3a66; color: white; font-weight: bold; }"
            )
            self.methods.addButton(button)
            self.method_buttons[key] = button
            method_row.addWidget(button)
        self.methods.buttonClicked.connect(lambda _b: self.problem.hide())

        # -- what for, note -----------------------------------------------
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, label in KINDS.items():
            self.kind.addItem(core_label(label), key)
        if first_payment is None:
            first_payment = not payment_cases.client_payments(db, client_id)
        self.set_kind(kind or ("deposit" if first_payment else "session"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("optional: a voucher number, the product sold…"))

        form = QFormLayout()
        form.addRow(self.tr("Amount"), amount_row)
        form.addRow("", self.understood)
        form.addRow(self.tr("Prices"), picks_box)
        form.addRow(self.tr("Paid by"), method_row)
        form.addRow(self.tr("For"), self.kind)
        form.addRow(self.tr("Note"), self.note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take_button = buttons.addButton(
            self.tr("Take payment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_button.setObjectName("take_payment")
        buttons.accepted.connect(self.take)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # Enter = Take payment: set once the button is in the dialog (a button box
        # shown without a default would make Cancel the default).
        self.take_button.setDefault(True)
        fit_to_screen(self, 620, 440)
        if amount is not None and amount.currency == self.currency and not amount.is_zero():
            self.amount.setText(amount.amount_text())
            self._amount_typed(self.amount.text())
        self.amount.setFocus()

    # -- filling ----------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        index = self.kind.findData(kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)

    def set_method(self, method: str) -> None:
        self.method_buttons[method].setChecked(True)

    def use_pick(self, pick: QuickPick) -> None:
        self.amount.setText(pick.money.amount_text())
        self._amount_typed(self.amount.text())
        self.set_kind(pick.kind)
        if not self.note.text().strip() and pick.kind in ("package", "session"):
            self.note.setText(pick.label)
        self.amount.setFocus()

    def method(self) -> str | None:
        checked = self.methods.checkedButton()
        return next((k for k, b in self.method_buttons.items() if b is checked), None)

    def _amount_typed(self, text: str) -> None:
        """Say which amount was understood as it is typed (no complaint until Take)."""
        self.problem.hide()
        try:
            money = parse_amount(text, self.currency)
        except ValueError:
            self.understood.setText("")
            return
        self.understood.setText(money_text(money, self.money_locale))

    # -- taking -----------------------------------------------------------
    def say(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    def take(self) -> None:
        try:
            money = parse_amount(self.amount.text(), self.currency)
        except ValueError as exc:
            self.say(str(exc))
            self.amount.setFocus()
            return
        method = self.method()
        if method is None:
            self.say(
                self.tr("Choose how the client paid: {choices}.").format(choices=_choices(METHODS))
            )
            return
        try:
            self.taken = payment_cases.record_payment(
                self._db,
                self._client_id,
                money,
                method=method,
                kind=str(self.kind.currentData()),
                note=self.note.text().strip(),
            )
        except ValueError as exc:  # the use case's own check of the amount
            self.say(str(exc))
            return
        except UserError as exc:
            self.say(str(exc))
            return
        self.accept()


class CorrectionDialog(QDialog):
    """The owner's void or refund of one payment: the reason always, an amount for a refund."""

    def __init__(
        self,
        db: Clinic,
        payment: payment_cases.Payment,
        *,
        refund: bool,
        left: Money | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refund_dialog" if refund else "void_dialog")
        self._db = db
        self.payment = payment
        self.refund = refund
        self.done_entry: payment_cases.Payment | None = None
        settings = clinic_cases.load_settings(db)
        self.money_locale = settings.locale
        original = money_text(payment.amount, self.money_locale)
        number = receipt_no(payment.receipt_number)
        if refund:
            self.setWindowTitle(self.tr("Refund receipt {number}").format(number=number))
            intro = self.tr(
                "Give back money from receipt {number} ({amount}). The refund is a new "
                "entry with its own receipt number; the payment itself stays as it was."
            ).format(number=number, amount=original)
        else:
            self.setWindowTitle(self.tr("Void receipt {number}").format(number=number))
            intro = self.tr(
                "Cancel receipt {number} ({amount}) because it was a mistake. The void is "
                "a new entry with its own receipt number; nothing is deleted."
            ).format(number=number, amount=original)
        text = QLabel(intro)
        text.setWordWrap(True)
        form = QFormLayout()
        self.amount = QLineEdit()
        self.amount.setObjectName("refund_amount")
        if refund:
            shown = left if left is not None else payment.amount
            self.amount.setText(shown.amount_text())
            row = QHBoxLayout()
            row.addWidget(QLabel(currency_symbol(payment.amount.currency, self.money_locale)))
            row.addWidget(self.amount, 1)
            form.addRow(self.tr("Amount to give back"), row)
            if left is not None:
                most = QLabel(
                    self.tr("At most {amount} is left to refund.").format(
                        amount=money_text(left, self.money_locale)
                    )
                )
                most.setStyleSheet(HINT_STYLE)
                form.addRow("", most)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(
            self.tr("e.g. the client cancelled the booking")
            if refund
            else self.tr("e.g. typed 1500 instead of 150; taken again as a new payment")
        )
        form.addRow(self.tr("Reason *"), self.reason)
        self.problem = QLabel()
        self.problem.setObjectName("correction_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Refund") if refund else self.tr("Void"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("confirm_correction")
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.ok_button.setDefault(True)
        fit_to_screen(self, 500, 320)
        (self.amount if refund else self.reason).setFocus()

    def confirm(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.problem.setText(
                self.tr("Write why, for the books: a void or refund needs a reason.")
            )
            self.problem.show()
            self.reason.setFocus()
            return
        try:
            if self.refund:
                money = parse_amount(self.amount.text(), self.payment.amount.currency)
                self.done_entry = payment_cases.refund_payment(
                    self._db, self.payment.id, money, reason
                )
            else:
                self.done_entry = payment_cases.void_payment(self._db, self.payment.id, reason)
        except (ValueError, UserError) as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.accept()


class ReceiptPreview(PdfPreview):
    """One receipt on screen with Print… and Save as PDF… (Qt's print dialog, A4/Letter)."""

    def __init__(
        self, db: Clinic, payment: payment_cases.Payment, parent: QWidget | None = None
    ) -> None:
        data = payment_cases.receipt_pdf(db, payment.id)
        number = f"{payment.receipt_number:06d}"
        super().__init__(
            data,
            title=translate("ReceiptPreview", "Receipt {number}").format(
                number=receipt_no(payment.receipt_number)
            ),
            paper=clinic_cases.load_settings(db).paper,
            suggested_name=f"receipt-{number}.pdf",
            protected=clinic_cases.protected_files(db=db),
            info=money_text(payment.amount, clinic_cases.load_settings(db).locale),
            parent=parent,
        )
        self.setObjectName("receipt_preview")


def open_receipt(
    parent: QWidget, db: Clinic, payment: payment_cases.Payment, *, modal: bool = True
) -> ReceiptPreview | None:
    """Show ``payment``'s receipt; None (after one sentence) if it could not be made."""
    try:
        preview = ReceiptPreview(db, payment, parent)
    except UserError as exc:
        QMessageBox.warning(parent, translate("payments.payment_dialog", "No receipt"), str(exc))
        return None
    if modal:
        preview.exec()
    return preview


def _decimals(currency: str) -> int:
    from smpdesk.domain.money import CURRENCIES

    return CURRENCIES.get(currency, 2)


def _choices(mapping: dict[str, str]) -> str:
    words = [core_label(v).split(" on ")[0] for v in mapping.values()]
    if len(words) < 2:
        return "".join(words)
    return translate("payments.payment_dialog", "{list} or {last}", "a list of choices").format(
        list=", ".join(words[:-1]), last=words[-1]
    )


__all__ = [
    "CorrectionDialog",
    "PaymentDialog",
    "QuickPick",
    "ReceiptPreview",
    "money_text",
    "open_receipt",
    "quick_picks",
    "receipt_no",
]
