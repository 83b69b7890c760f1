"""The plan editor: the sessions, their dates and prices, package, discount, deposit, terms.

It opens on a draft the use cases made (:func:`smpdesk.app.plans.draft_for_client`:
sessions from the approved design, dates from the follow-up intervals, prices
from the price list) or on an earlier version to edit as a new one.  Everything
is editable; the totals (with the tax the price list says) follow every
keystroke, so the practitioner and client see the price while talking.  Save
stores a NEW version (:func:`smpdesk.app.plans.save_plan`): versions are never
changed, like designs.

Tax settings are the owner's (price list) and are shown, not edited here.  The
deposit follows the price list's rule until someone types their own amount.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clinic as clinic_cases
from smpdesk.app import plans as plan_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.money import Money, parse_amount
from smpdesk.domain.plans import Plan, PlanItem
from smpdesk.domain.session_details import (
    NEXT_TYPE,
    SESSION_TYPES,
    UNLISTED_FOLLOW_UP_DAYS,
    intervals_in_force,
)
from smpdesk.errors import UserError
from smpdesk.gui.i18n import translate
from smpdesk.gui.payments.payment_dialog import money_text
from smpdesk.gui.widgets.date_entry import DateEntry
from smpdesk.gui.widgets.form_support import ERROR_STYLE
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label

HINT_STYLE = "color: #5b6670;"
NO_PACKAGE = ""


def amount_or_zero(text: str, currency: str) -> Money:
    """A typed amount where nothing (or 0) means none: a discount, a free session.

    ValueError with one plain sentence for anything else that is not an amount.
    """
    cleaned = text.strip()
    if not cleaned:
        return Money.zero(currency)
    try:
        if Decimal(cleaned.replace(",", "")) == 0:
            return Money.zero(currency)
    except InvalidOperation:
        pass
    return parse_amount(cleaned, currency)


class ItemRow(QWidget):
    """One planned session: kind, what it covers, proposed date, price, remove."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self,
        item: PlanItem,
        *,
        prices: dict[str, Money],
        date_style: str,
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_item_row")
        self._prices = prices
        self.currency = currency
        self.kind = QComboBox()
        self.kind.setObjectName("item_type")
        for key, label in SESSION_TYPES.items():
            self.kind.addItem(core_label(label), key)
        if self.kind.findData(item.session_type) < 0:  # a stored kind this version lacks
            self.kind.addItem(item.session_type, item.session_type)
        self.kind.setCurrentIndex(self.kind.findData(item.session_type))
        self.label = QLineEdit(item.label)
        self.label.setObjectName("item_label")
        self.label.setMaxLength(120)
        self.label.setPlaceholderText(self.tr("what it covers, e.g. hairline and temples"))
        self.day = DateEntry(date_style)
        self.day.setObjectName("item_date")
        self.day.set_value(item.proposed_date)
        self.price = QLineEdit(item.price.amount_text())
        self.price.setObjectName("item_price")
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.price.setMaximumWidth(110)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName("remove_item")
        self.remove.setAutoDefault(False)
        self.remove.setToolTip(self.tr("Take this session out of the plan"))

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind, 2, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 3, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.day, 2, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.price, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.price.textChanged.connect(lambda _t: self.changed.emit())
        self.day.dateChanged.connect(lambda _d: self.changed.emit())
        self.label.textChanged.connect(lambda _t: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._last_kind = item.session_type

    def session_type(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        """A new kind brings its list price and, if the label was the kind's name, its name."""
        new = self.session_type()
        price = self._prices.get(new)
        if price is not None:
            self.price.setText(price.amount_text())
        if self.label.text().strip() in ("", SESSION_TYPES.get(self._last_kind, "")):
            self.label.setText(SESSION_TYPES.get(new, new))
        self._last_kind = new
        self.changed.emit()

    def item(self) -> PlanItem:
        """The row as a PlanItem; ValueError with one sentence naming what is wrong."""
        problem = self.day.problem()
        if problem:
            raise ValueError(self.tr("Proposed date: {problem}").format(problem=problem))
        try:
            price = amount_or_zero(self.price.text(), self.currency)
        except ValueError as exc:
            raise ValueError(
                self.tr("Price of {session}: {problem}").format(
                    session=self.kind.currentText(), problem=exc
                )
            ) from None
        return PlanItem(
            session_type=self.session_type(),
            label=self.label.text().strip(),
            proposed_date=self.day.value(),
            price=price,
        )


class PlanEditor(QDialog):
    """Edit a plan and save it as a new version; ``saved`` is the stored record."""

    def __init__(
        self,
        db: Clinic,
        client_id: int,
        plan: Plan,
        *,
        replaces: int | None = None,
        design_id: int | None = None,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``title``: the window's title (None: "New treatment plan")."""
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self.setWindowTitle(title if title is not None else self.tr("New treatment plan"))
        self._db = db
        self.client_id = client_id
        self.replaces = replaces
        self.design_id = design_id
        self.saved: plan_cases.PlanRecord | None = None
        self.base = plan
        settings = clinic_cases.load_settings(db)
        self.price_list = settings.price_list
        self.money_locale = settings.locale
        self.date_style = settings.date_style
        self.intervals = intervals_in_force(settings.follow_up_days)
        self.currency = plan.currency
        self.prices = {
            k: v for k, v in self.price_list.session_prices.items() if v.currency == self.currency
        }
        self.rows: list[ItemRow] = []
        self._deposit_typed = False

        # -- sessions ----------------------------------------------------------
        heads = QHBoxLayout()
        for text, stretch in (
            (self.tr("Session"), 2),
            (self.tr("Covers"), 3),
            (self.tr("Proposed date"), 2),
            (self.tr("Price"), 1),
        ):
            head = QLabel(text)
            head.setStyleSheet("font-weight: bold;")
            heads.addWidget(head, stretch)
        heads.addSpacing(self.fontMetrics().horizontalAdvance(translate("ItemRow", "Remove")) + 24)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.rows_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("plan_items")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.add_button = QPushButton(self.tr("Add session"))
        self.add_button.setObjectName("add_item")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_session)

        # -- package, discount, deposit, validity ---------------------------------
        self.package = QComboBox()
        self.package.setObjectName("plan_package")
        self.package.addItem(self.tr("No package"), NO_PACKAGE)
        for package in self.price_list.packages:
            if package.price.currency == self.currency:
                self.package.addItem(
                    f"{package.name} — {money_text(package.price, self.money_locale)}",
                    package.name,
                )
        if plan.package and self.package.findData(plan.package) < 0:
            self.package.addItem(plan.package, plan.package)  # no longer on the price list
        self.package.setCurrentIndex(max(0, self.package.findData(plan.package)))
        self.package.setToolTip(self.tr("A package sets its sessions and the discount it gives"))
        self.discount = QLineEdit(plan.discount.amount_text() if plan.discount.minor else "")
        self.discount.setObjectName("plan_discount")
        self.discount.setPlaceholderText(self.tr("none"))
        self.discount.setMaximumWidth(120)
        self.deposit = QLineEdit(plan.deposit.amount_text() if plan.deposit.minor else "")
        self.deposit.setObjectName("plan_deposit")
        self.deposit.setPlaceholderText(self.tr("none"))
        self.deposit.setMaximumWidth(120)
        self.deposit_hint = QLabel()
        self.deposit_hint.setStyleSheet(HINT_STYLE)
        self.valid_until = DateEntry(self.date_style)
        self.valid_until.setObjectName("plan_valid_until")
        self.valid_until.set_value(plan.valid_until)
        self.terms = QPlainTextEdit(plan.terms)
        self.terms.setObjectName("plan_terms")
        self.terms.setTabChangesFocus(True)
        self.terms.setFixedHeight(64)
        self.notes = QPlainTextEdit(plan.notes)
        self.notes.setObjectName("plan_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(48)
        self.notes.setPlaceholderText(self.tr("for the client, printed on the quote"))

        deposit_row = QHBoxLayout()
        deposit_row.addWidget(self.deposit)
        deposit_row.addWidget(self.deposit_hint, 1)
        form = QFormLayout()
        form.addRow(self.tr("Package"), self.package)
        form.addRow(self.tr("Discount"), self.discount)
        form.addRow(self.tr("Deposit"), deposit_row)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow(self.tr("Terms"), self.terms)
        form.addRow(self.tr("Notes"), self.notes)

        # -- totals ------------------------------------------------------------
        self.totals = QGridLayout()
        self.totals.setColumnStretch(0, 1)
        self.total_labels: dict[str, QLabel] = {}
        for row, key in enumerate(("subtotal", "discount", "tax", "total", "deposit")):
            name = QLabel()
            value = QLabel()
            value.setObjectName(f"plan_{key}_value")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            if key == "total":
                for label in (name, value):
                    label.setStyleSheet("font-weight: bold; font-size: 15px;")
            self.totals.addWidget(name, row, 0)
            self.totals.addWidget(value, row, 1)
            self.total_labels[key] = name
            self.total_labels[key + "_value"] = value
        self.tax_note = QLabel(self._tax_words(plan))
        self.tax_note.setStyleSheet(HINT_STYLE)
        self.tax_note.setWordWrap(True)
        totals_box = QVBoxLayout()
        totals_box.addLayout(self.totals)
        totals_box.addWidget(self.tax_note)
        totals_box.addStretch(1)

        self.problem = QLabel()
        self.problem.setObjectName("plan_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_plan")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        lower = QHBoxLayout()
        lower.addLayout(form, 3)
        lower.addSpacing(16)
        lower.addLayout(totals_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(heads)
        layout.addWidget(scroll, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addLayout(lower)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        for item in plan.items:
            self._add_row(item)
        self.package.currentIndexChanged.connect(self._package_changed)
        self.discount.textChanged.connect(lambda _t: self.update_totals())
        self.deposit.textEdited.connect(self._deposit_edited)
        self.valid_until.dateChanged.connect(lambda _d: self.problem.hide())
        self.save_button.setDefault(True)
        fit_to_screen(self, 980, 700)
        self.update_totals()

    # -- rows --------------------------------------------------------------------
    def _add_row(self, item: PlanItem) -> ItemRow:
        row = ItemRow(item, prices=self.prices, date_style=self.date_style, currency=self.currency)
        row.changed.connect(self.update_totals)
        row.remove_requested.connect(self.remove_session)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        return row

    def add_session(self) -> ItemRow:
        """Another session after the last: the kind that usually follows, its interval later."""
        last = self.rows[-1] if self.rows else None
        kind = NEXT_TYPE.get(last.session_type(), "touch-up") if last else "first"
        proposed = ""
        previous: date | None = last.day.date() if last is not None else None
        if last is not None and previous is not None:
            days = self.intervals.get(last.session_type(), UNLISTED_FOLLOW_UP_DAYS)
            proposed = (previous + timedelta(days=days)).isoformat()
        elif last is None:
            proposed = date.today().isoformat()
        row = self._add_row(
            PlanItem(
                session_type=kind,
                label=SESSION_TYPES.get(kind, kind),
                proposed_date=proposed,
                price=self.prices.get(kind, Money.zero(self.currency)),
            )
        )
        row.kind.setFocus()
        self.update_totals()
        return row

    def remove_session(self, row: ItemRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self.rows_box.removeWidget(row)
            row.deleteLater()
            self.update_totals()

    def _package_changed(self) -> None:
        """A package brings its sessions (dated from the first one) and its discount."""
        name = str(self.package.currentData() or "")
        if not name:
            self.discount.setText("")
            return
        package = next((p for p in self.price_list.packages if p.name == name), None)
        if package is None:
            return
        start = self.rows[0].day.date() if self.rows and self.rows[0].day.date() else None
        try:
            draft = plan_cases.draft_for_client(
                self._db,
                self.client_id,
                session_types=list(package.sessions),
                package=name,
                start=start,
            )
        except (UserError, ValueError) as exc:
            self.say(str(exc))
            return
        for row in list(self.rows):
            self.remove_session(row)
        for item in draft.items:
            self._add_row(item)
        self.discount.setText(draft.discount.amount_text() if draft.discount.minor else "")
        self.update_totals()

    def _deposit_edited(self, _text: str) -> None:
        self._deposit_typed = True
        self.update_totals()

    # -- the plan -----------------------------------------------------------------
    def _tax_words(self, plan: Plan) -> str:
        if not plan.tax_rate_percent:
            return self.tr("No tax is added to these prices.")
        rate = f"{plan.tax_rate_percent.normalize():f}%"
        if plan.prices_include_tax:
            return self.tr("Prices include {tax} at {rate} (the clinic's price list).").format(
                tax=plan.tax_name, rate=rate
            )
        return self.tr(
            "{tax} at {rate} is added to these prices (the clinic's price list)."
        ).format(tax=plan.tax_name, rate=rate)

    def plan(self, *, deposit: Money | None = None) -> Plan:
        """The form as a Plan; ValueError with one sentence when something is not right."""
        items = tuple(row.item() for row in self.rows)
        if not items:
            raise ValueError(self.tr("Add at least one session to the plan."))
        try:
            discount = amount_or_zero(self.discount.text(), self.currency)
        except ValueError as exc:
            raise ValueError(self.tr("Discount: {problem}").format(problem=exc)) from None
        if deposit is None:
            try:
                deposit = amount_or_zero(self.deposit.text(), self.currency)
            except ValueError as exc:
                raise ValueError(self.tr("Deposit: {problem}").format(problem=exc)) from None
        problem = self.valid_until.problem()
        if problem or not self.valid_until.date():
            raise ValueError(
                self.tr("Valid until: {problem}").format(problem=problem)
                if problem
                else self.tr("Valid until: enter the date the quote is valid to.")
            )
        return Plan(
            currency=self.currency,
            items=items,
            package=str(self.package.currentData() or ""),
            discount=discount,
            prices_include_tax=self.base.prices_include_tax,
            tax_rate_percent=self.base.tax_rate_percent,
            tax_name=self.base.tax_name,
            deposit=deposit,
            valid_until=self.valid_until.value(),
            terms=self.terms.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def update_totals(self) -> None:
        """Recompute the totals from the form; a half-typed amount leaves them as they were."""
        self.problem.hide()
        try:
            plan = self.plan(deposit=Money.zero(self.currency))
        except ValueError:
            return
        total = plan.total
        if not self._deposit_typed:
            rule = self.price_list.deposit_for(total) if total.minor else total
            self.deposit.setText(rule.amount_text() if rule.minor else "")
            self.deposit_hint.setText(self.tr("from the price list's deposit rule"))
        else:
            self.deposit_hint.setText(self.tr("typed in"))
        text = lambda m: money_text(m, self.money_locale)  # noqa: E731
        words = self.total_labels
        words["subtotal"].setText(self.tr("Sessions"))
        words["subtotal_value"].setText(text(plan.subtotal))
        words["discount"].setText(
            self.tr("Package discount ({package})").format(package=plan.package)
            if plan.package
            else self.tr("Discount")
        )
        words["discount_value"].setText("− " + text(plan.discount) if plan.discount.minor else "—")
        tax_name = f"{plan.tax_name} {plan.tax_rate_percent.normalize():f}%"
        words["tax"].setText(
            self.tr("includes {tax}").format(tax=tax_name) if plan.prices_include_tax else tax_name
        )
        words["tax_value"].setText(text(plan.tax) if plan.tax_rate_percent else "—")
        words["total"].setText(self.tr("Total"))
        words["total_value"].setText(text(total))
        try:
            deposit = amount_or_zero(self.deposit.text(), self.currency)
        except ValueError:
            deposit = None
        words["deposit"].setText(self.tr("Deposit to secure the first date"))
        words["deposit_value"].setText(text(deposit) if deposit is not None else "?")

    def say(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    def save(self) -> None:
        try:
            plan = self.plan()
        except ValueError as exc:
            self.say(str(exc))
            return
        try:
            self.saved = plan_cases.save_plan(
                self._db,
                self.client_id,
                plan,
                replaces=self.replaces,
                design_id=self.design_id,
            )
        except (ValueError, UserError) as exc:
            self.say(str(exc))
            return
        self.accept()


def open_editor(
    parent: QWidget,
    db: Clinic,
    client_id: int,
    plan: Plan,
    *,
    replaces: int | None = None,
    design_id: int | None = None,
    title: str | None = None,
) -> plan_cases.PlanRecord | None:
    """The editor, modal; the saved version or None."""
    editor = PlanEditor(
        db, client_id, plan, replaces=replaces, design_id=design_id, title=title, parent=parent
    )
    try:
        editor.exec()
        return editor.saved
    finally:
        editor.deleteLater()


def warn(parent: QWidget, title: str, exc: Exception) -> None:
    QMessageBox.warning(parent, title, str(exc))


__all__ = ["ItemRow", "PlanEditor", "amount_or_zero", "open_editor"]
