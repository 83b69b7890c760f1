"""The Prices page of the clinic settings (the owner's): currency, prices, tax, deposit, terms.

Amounts are typed as text and read by the one parser every front uses
(:func:`smpdesk.domain.money.parse_amount`) in the currency chosen on the page,
so changing the currency re-reads every price in it (a JPY list refuses
"150.50" with the same sentence the payment dialog would).  A bad value is one
sentence naming the field; the page keeps everything typed.  The page builds a
:class:`~smpdesk.domain.price_list.PriceList`; the settings dialog saves it with
the other settings (checked again there, by ``validate_settings``).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smpdesk.domain.clinic_settings import ClinicSettings
from smpdesk.domain.money import CURRENCIES, LOCALES, Money, format_money, parse_amount
from smpdesk.domain.price_list import (
    NO_DEPOSIT,
    QUOTE_VALID_DAYS_RANGE,
    DepositRule,
    Package,
    PriceList,
    as_rate,
)
from smpdesk.domain.session_details import SESSION_TYPES
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.words.core_labels import core_label

HINT_STYLE = "color: #555;"
DEPOSIT_CHOICES = {
    "none": QT_TRANSLATE_NOOP("settings.prices_page", "No deposit"),
    "amount": QT_TRANSLATE_NOOP("settings.prices_page", "A fixed amount"),
    "percent": QT_TRANSLATE_NOOP("settings.prices_page", "A percentage"),
}


class PriceProblem(ValueError):
    """One typed value the page cannot use: the sentence, and the box to put the cursor in."""

    def __init__(self, sentence: str, widget: QWidget) -> None:
        super().__init__(sentence)
        self.widget = widget


class SessionsButton(QToolButton):
    """Which session types a package holds: a menu of checkable types, named on the button."""

    def __init__(self, chosen: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self.actions_by_type: dict[str, QAction] = {}
        for key, label in SESSION_TYPES.items():
            action = menu.addAction(core_label(label))
            action.setCheckable(True)
            action.setChecked(key in chosen)
            action.toggled.connect(self._name)
            self.actions_by_type[key] = action
        self.setMenu(menu)
        self._name()

    def sessions(self) -> tuple[str, ...]:
        return tuple(k for k, a in self.actions_by_type.items() if a.isChecked())

    def set_sessions(self, chosen: tuple[str, ...]) -> None:
        for key, action in self.actions_by_type.items():
            action.setChecked(key in chosen)

    def _name(self) -> None:
        chosen = self.sessions()
        self.setText(
            ", ".join(core_label(SESSION_TYPES[k]) for k in chosen)
            if chosen
            else self.tr("Choose…")
        )


def _amount_box(money: Money | None, name: str) -> QLineEdit:
    box = QLineEdit(money.amount_text() if money is not None else "")
    box.setObjectName(name)
    box.setPlaceholderText(translate("settings.prices_page", "not offered"))
    box.setMaximumWidth(160)
    return box


class PricesPage(QScrollArea):
    """The price list as a form; :meth:`chosen` reads it back (PriceProblem if it cannot)."""

    def __init__(self, settings: ClinicSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prices_page")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        prices = settings.price_list
        inner = QWidget()
        form = QFormLayout(inner)

        self.currency = QComboBox()
        self.currency.setObjectName("price_currency")
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(settings.currency)))
        self.locale_box = QComboBox()
        self.locale_box.setObjectName("price_locale")
        for key, label in LOCALES.items():
            self.locale_box.addItem(f"{label} — {key}", key)
        self.locale_box.setCurrentIndex(max(0, self.locale_box.findData(settings.locale)))
        self.example = QLabel()
        self.example.setObjectName("price_example")
        self.example.setStyleSheet(HINT_STYLE)
        self.currency.currentIndexChanged.connect(self._show_example)
        self.locale_box.currentIndexChanged.connect(self._show_example)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Amounts written as"), self.locale_box)
        form.addRow("", self.example)

        self.consultation_fee = _amount_box(prices.consultation_fee, "consultation_fee")
        form.addRow(self.tr("Consultation fee"), self.consultation_fee)
        self.session_prices: dict[str, QLineEdit] = {}
        for key, label in SESSION_TYPES.items():
            box = _amount_box(prices.session_prices.get(key), f"price_{key}")
            self.session_prices[key] = box
            form.addRow(core_label(label), box)

        self.packages = QTableWidget(0, 3)
        self.packages.setObjectName("price_packages")
        self.packages.setHorizontalHeaderLabels(
            [self.tr("Package"), self.tr("Sessions"), self.tr("Price")]
        )
        self.packages.verticalHeader().hide()
        self.packages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.packages.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.packages.setMinimumHeight(110)
        for package in prices.packages:
            self.add_package(package)
        add = QPushButton(self.tr("Add package"))
        add.setObjectName("add_package")
        add.clicked.connect(lambda: self.add_package())
        remove = QPushButton(self.tr("Remove package"))
        remove.setObjectName("remove_package")
        remove.clicked.connect(self.remove_package)
        package_buttons = QHBoxLayout()
        package_buttons.addWidget(add)
        package_buttons.addWidget(remove)
        package_buttons.addStretch(1)
        package_column = QVBoxLayout()
        package_column.addWidget(self.packages)
        package_column.addLayout(package_buttons)
        form.addRow(self.tr("Packages"), package_column)

        self.include_tax = QCheckBox(self.tr("Prices include tax"))
        self.include_tax.setObjectName("prices_include_tax")
        self.include_tax.setChecked(prices.prices_include_tax)
        self.tax_rate = QLineEdit(f"{Decimal(prices.tax_rate_percent).normalize():f}")
        self.tax_rate.setObjectName("tax_rate")
        self.tax_rate.setMaximumWidth(80)
        self.tax_name = QLineEdit(prices.tax_name)
        self.tax_name.setObjectName("tax_name")
        self.tax_name.setMaximumWidth(100)
        tax_row = QHBoxLayout()
        tax_row.addWidget(self.include_tax)
        tax_row.addSpacing(12)
        tax_row.addWidget(QLabel(self.tr("Rate")))
        tax_row.addWidget(self.tax_rate)
        tax_row.addWidget(QLabel(self.tr("%  called", "tax rate in percent, then the tax's name")))
        tax_row.addWidget(self.tax_name)
        tax_row.addStretch(1)
        form.addRow(self.tr("Tax"), tax_row)
        tax_hint = QLabel(
            self.tr("Below the VAT threshold, or not registered: leave the rate at 0.")
        )
        tax_hint.setStyleSheet(HINT_STYLE)
        form.addRow("", tax_hint)

        self.deposit_kind = QComboBox()
        self.deposit_kind.setObjectName("deposit_kind")
        for key, label in DEPOSIT_CHOICES.items():
            self.deposit_kind.addItem(translate("settings.prices_page", label), key)
        self.deposit_value = QLineEdit()
        self.deposit_value.setObjectName("deposit_value")
        self.deposit_value.setMaximumWidth(120)
        self.deposit_unit = QLabel()
        kind, value = prices.deposit_rule
        if kind == "amount" and isinstance(value, Money):
            self._set_deposit("amount", value.amount_text())
        elif kind == "percent" and isinstance(value, Decimal) and value != 0:
            self._set_deposit("percent", f"{value.normalize():f}")
        else:
            self._set_deposit("none", "")
        self.deposit_kind.currentIndexChanged.connect(self._deposit_changed)
        deposit_row = QHBoxLayout()
        deposit_row.addWidget(self.deposit_kind)
        deposit_row.addWidget(self.deposit_value)
        deposit_row.addWidget(self.deposit_unit)
        deposit_row.addStretch(1)
        form.addRow(self.tr("Deposit"), deposit_row)

        low, high = QUOTE_VALID_DAYS_RANGE
        self.quote_days = QSpinBox()
        self.quote_days.setObjectName("quote_valid_days")
        self.quote_days.setRange(low, high)
        self.quote_days.setValue(prices.quote_valid_days)
        self.quote_days.setSuffix(self.tr(" days", "spin box suffix, keep the leading space"))
        form.addRow(self.tr("Quotes stay valid for"), self.quote_days)
        self.terms = QPlainTextEdit(prices.terms)
        self.terms.setObjectName("price_terms")
        self.terms.setTabChangesFocus(True)
        self.terms.setFixedHeight(90)
        self.terms.setPlaceholderText(
            self.tr(
                "e.g. Deposits secure the date and are kept if cancelled with less than 48 "
                "hours' notice."
            )
        )
        form.addRow(self.tr("Terms"), self.terms)
        note = QLabel(
            self.tr(
                "Prices appear as quick picks when taking a payment; the currency is the one "
                "receipts and takings are kept in."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        form.addRow(note)
        self.setWidget(inner)
        self._show_example()
        self._deposit_changed()
        self._start = self.snapshot()

    # -- the pieces -----------------------------------------------------------
    def add_package(self, package: Package | None = None) -> int:
        row = self.packages.rowCount()
        self.packages.insertRow(row)
        name = QTableWidgetItem(package.name if package else "")
        self.packages.setItem(row, 0, name)
        self.packages.setCellWidget(row, 1, SessionsButton(package.sessions if package else ()))
        price = QTableWidgetItem(package.price.amount_text() if package else "")
        price.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.packages.setItem(row, 2, price)
        if package is None:
            self.packages.setCurrentCell(row, 0)
            self.packages.editItem(name)
        return row

    def remove_package(self) -> None:
        row = self.packages.currentRow()
        if row >= 0:
            self.packages.removeRow(row)

    def _set_deposit(self, kind: str, text: str) -> None:
        self.deposit_kind.setCurrentIndex(max(0, self.deposit_kind.findData(kind)))
        self.deposit_value.setText(text)

    def _deposit_changed(self) -> None:
        kind = self.deposit_kind.currentData()
        self.deposit_value.setVisible(kind != "none")
        self.deposit_unit.setText("%" if kind == "percent" else self.currency.currentData())
        self.deposit_unit.setVisible(kind != "none")

    def _show_example(self) -> None:
        code = str(self.currency.currentData())
        digits = CURRENCIES[code]
        example = Money(1234 * 10**digits + (5 * 10 ** (digits - 1) if digits else 0), code)
        try:
            text = format_money(example, str(self.locale_box.currentData()))
        except (ValueError, LookupError):
            text = ""
        self.example.setText(self.tr("For example {amount}").format(amount=text) if text else "")
        self._deposit_changed()

    def snapshot(self) -> tuple[object, ...]:
        """Everything typed, to tell whether the page was changed (even into nonsense)."""
        packages = tuple(
            (
                (self.packages.item(r, 0) or QTableWidgetItem()).text(),
                self._sessions_at(r),
                (self.packages.item(r, 2) or QTableWidgetItem()).text(),
            )
            for r in range(self.packages.rowCount())
        )
        return (
            self.currency.currentData(),
            self.locale_box.currentData(),
            self.consultation_fee.text(),
            tuple(box.text() for box in self.session_prices.values()),
            packages,
            self.include_tax.isChecked(),
            self.tax_rate.text(),
            self.tax_name.text(),
            self.deposit_kind.currentData(),
            self.deposit_value.text(),
            self.quote_days.value(),
            self.terms.toPlainText(),
        )

    def is_modified(self) -> bool:
        return self.snapshot() != self._start

    def _sessions_at(self, row: int) -> tuple[str, ...]:
        button = self.packages.cellWidget(row, 1)
        return button.sessions() if isinstance(button, SessionsButton) else ()

    # -- reading it back --------------------------------------------------------
    def _money(self, text: str, code: str, what: str, widget: QWidget) -> Money:
        try:
            return parse_amount(text, code)
        except ValueError as exc:
            raise PriceProblem(f"{what}: {exc}", widget) from None

    def chosen(self) -> tuple[str, str, PriceList]:
        """(currency, locale, price list) as typed; PriceProblem names the first bad value."""
        code = str(self.currency.currentData())
        locale = str(self.locale_box.currentData())
        fee_text = self.consultation_fee.text().strip()
        fee = (
            self._money(fee_text, code, self.tr("Consultation fee"), self.consultation_fee)
            if fee_text
            else None
        )
        session_prices = {
            key: self._money(box.text(), code, core_label(SESSION_TYPES[key]), box)
            for key, box in self.session_prices.items()
            if box.text().strip()
        }
        packages = []
        for row in range(self.packages.rowCount()):
            name = (self.packages.item(row, 0) or QTableWidgetItem()).text().strip()
            price_text = (self.packages.item(row, 2) or QTableWidgetItem()).text()
            sessions = self._sessions_at(row)
            if not name and not price_text.strip() and not sessions:
                continue  # an empty row added and left: nothing to keep
            if name:
                label = self.tr("Package {name}").format(name=repr(name))
            else:
                label = self.tr("Package {number}").format(number=row + 1)
            if not name:
                raise PriceProblem(
                    self.tr("{package}: give the package a name.").format(package=label),
                    self.packages,
                )
            if not sessions:
                raise PriceProblem(
                    self.tr(
                        "{package}: choose the sessions it holds (the Sessions button)."
                    ).format(package=label),
                    self.packages,
                )
            price = self._money(price_text, code, label, self.packages)
            packages.append(Package(name, sessions, price))
        try:
            rate = as_rate(self.tax_rate.text().strip() or "0")
        except ValueError as exc:
            raise PriceProblem(
                self.tr("Tax rate: {error}").format(error=exc), self.tax_rate
            ) from None
        kind = self.deposit_kind.currentData()
        deposit: DepositRule = NO_DEPOSIT
        if kind == "amount":
            deposit = (
                "amount",
                self._money(
                    self.deposit_value.text(), code, self.tr("Deposit"), self.deposit_value
                ),
            )
        elif kind == "percent":
            try:
                deposit = ("percent", as_rate(self.deposit_value.text().strip()))
            except ValueError:
                raise PriceProblem(
                    self.tr("Deposit: the percentage is a number from 0 to 100, such as 20."),
                    self.deposit_value,
                ) from None
        return (
            code,
            locale,
            PriceList(
                currency=code,
                locale=locale,
                consultation_fee=fee,
                session_prices=session_prices,
                packages=tuple(packages),
                prices_include_tax=self.include_tax.isChecked(),
                tax_rate_percent=rate,
                tax_name=self.tax_name.text().strip(),
                deposit_rule=deposit,
                quote_valid_days=self.quote_days.value(),
                terms=self.terms.toPlainText(),
            ),
        )

    def chosen_or(self, settings: ClinicSettings) -> dict[str, object]:
        """The page's fields for ``ClinicSettings``; ``settings``' own while one is unreadable
        (the dialog's "Discard changes?" then asks through :meth:`is_modified`)."""
        try:
            code, locale, prices = self.chosen()
        except PriceProblem:
            return {
                "currency": settings.currency,
                "locale": settings.locale,
                "price_list": settings.price_list,
            }
        return {"currency": code, "locale": locale, "price_list": prices}


__all__ = ["PriceProblem", "PricesPage", "SessionsButton"]
