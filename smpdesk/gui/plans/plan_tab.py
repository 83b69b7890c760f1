"""The Plan tab on the client page: treatment plan versions and what to do with one.

Clinical roles only (reception sees the accepted plan's total and what is still
due on the Payments tab instead).  Versions newest first with total, deposit,
valid until and whether the client accepted it; the selected version's sessions
below.  New plan… drafts from the approved design and the price list; Edit as
new version… starts from the selected one (versions are never changed);
Quote… shows the PDF with Print / Save as PDF; Accept… takes the client's
signature (final); Take deposit… opens the payment dialog with the plan's
deposit filled in and "deposit" chosen, then the receipt.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic as clinic_cases
from smpdesk.app import designs as design_cases
from smpdesk.app import payments as payment_cases
from smpdesk.app import plans as plan_cases
from smpdesk.app.access import may
from smpdesk.app.clinic import Clinic
from smpdesk.domain.plans import Plan
from smpdesk.errors import UserError
from smpdesk.gui.aftercare.aftercare_preview import PdfPreview
from smpdesk.gui.changes import Changes
from smpdesk.gui.designs.preview_window import busy, local_day
from smpdesk.gui.i18n import translate
from smpdesk.gui.payments.payment_dialog import PaymentDialog, money_text, open_receipt
from smpdesk.gui.plans.plan_accept import AcceptPlanDialog, plan_html
from smpdesk.gui.plans.plan_editor import open_editor

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def describe(summary: plan_cases.PlanSummary, locale: str) -> str:
    """Three lines for the list: version and date, money, acceptance."""
    accepted = (
        translate("plans.plan_tab", "Accepted {date}").format(date=local_day(summary.accepted_at))
        if summary.accepted_at
        else translate("plans.plan_tab", "Not accepted yet · valid until {date}").format(
            date=local_day(summary.valid_until)
        )
    )
    made = translate("plans.plan_tab", "Version {version} — {date}").format(
        version=summary.version, date=local_day(summary.created_at)
    )
    money = translate("plans.plan_tab", "Total {total} · deposit {deposit}").format(
        total=money_text(summary.total, locale), deposit=money_text(summary.deposit, locale)
    )
    return f"{made}\n{money}\n{accepted}"


class QuotePreview(PdfPreview):
    """The quote ("Your treatment plan") on screen with Print… and Save as PDF…."""

    def __init__(self, db: Clinic, summary: plan_cases.PlanSummary, parent: QWidget | None = None):
        with busy():
            data = plan_cases.quote_pdf(db, summary.id)
        settings = clinic_cases.load_settings(db)
        super().__init__(
            data,
            title=translate("QuotePreview", "Treatment plan version {version}").format(
                version=summary.version
            ),
            paper=settings.paper,
            suggested_name=f"treatment-plan-{summary.client_id}-v{summary.version}.pdf",
            protected=clinic_cases.protected_files(db=db),
            info=translate("QuotePreview", "total {total}").format(
                total=money_text(summary.total, settings.locale)
            ),
            parent=parent,
        )
        self.setObjectName("quote_preview")


class PlanTab(QWidget):
    """The client's plan versions, newest first, and the actions on them (clinical roles)."""

    plan_saved = Signal(int)
    deposit_taken = Signal(int)

    def __init__(
        self, db: Clinic, parent: QWidget | None = None, *, changes: Changes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_tab")
        self._db = db
        self.client_id: int | None = None
        self._stale = False
        self.summaries: list[plan_cases.PlanSummary] = []
        self.changes = changes if changes is not None else Changes(self)
        self.changes.database_replaced.connect(self._mark_stale)
        self.changes.settings_changed.connect(self._mark_stale)

        self.list = QListWidget()
        self.list.setObjectName("plans_list")
        self.list.setSpacing(3)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self._selection_changed())
        self.list.itemActivated.connect(lambda _item: self.quote())
        self.details = QTextBrowser()
        self.details.setObjectName("plan_details")
        self.empty = QLabel(
            self.tr(
                "No treatment plan yet. New plan… drafts the sessions from the approved design, "
                "dates from the follow-up intervals and prices from the clinic's price list."
            )
        )
        self.empty.setObjectName("plans_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5b6670;")

        self.new_button = QPushButton(self.tr("New plan…"))
        self.new_button.setObjectName("new_plan")
        self.new_button.setToolTip(
            self.tr("Draft a plan from the approved design and the price list")
        )
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button = QPushButton(self.tr("Edit as new version…"))
        self.edit_button.setObjectName("edit_plan")
        self.edit_button.setToolTip(
            self.tr(
                "Start from the selected version; it stays as it is and the change is saved "
                "as a new version"
            )
        )
        self.edit_button.clicked.connect(self.edit_as_new_version)
        self.quote_button = QPushButton(self.tr("Quote…"))
        self.quote_button.setObjectName("plan_quote")
        self.quote_button.setToolTip(self.tr("The quote PDF for the client: print it or save it"))
        self.quote_button.clicked.connect(self.quote)
        self.accept_button = QPushButton(self.tr("Accept…"))
        self.accept_button.setObjectName("accept_plan")
        self.accept_button.clicked.connect(self.accept_plan)
        self.deposit_button = QPushButton(self.tr("Take deposit…"))
        self.deposit_button.setObjectName("take_deposit")
        self.deposit_button.setToolTip(self.tr("Take the plan's deposit and print the receipt"))
        self.deposit_button.clicked.connect(self.take_deposit)
        self.balance = QLabel()
        self.balance.setObjectName("plan_balance")
        self.balance.setStyleSheet("font-weight: bold;")

        bar = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.quote_button,
            self.accept_button,
            self.deposit_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.details)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.balance)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self._update_buttons()

    # -- showing ----------------------------------------------------------------
    def show_client(self, client_id: int) -> None:
        """Follow the client page; read the plans only when the tab is shown, so opening a
        client (kept under 100 ms at 100,000 clients) does not wait for them."""
        self.client_id = client_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # the Qt spelling
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self._stale = False
        keep = select if select is not None else self._current_id()
        self.summaries = []
        if self.client_id is not None:
            try:
                self.summaries = plan_cases.client_plans(self._db, self.client_id)
            except UserError as exc:
                self.empty.setText(self.tr("Plans could not be read: {error}").format(error=exc))
        locale = clinic_cases.load_settings(self._db).locale
        self.list.blockSignals(True)
        self.list.clear()
        row_to_select = 0
        for row, summary in enumerate(self.summaries):
            item = QListWidgetItem(describe(summary, locale))
            item.setData(PLAN_ID_ROLE, summary.id)
            if summary.accepted_at:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if summary.id == keep:
                row_to_select = row
        self.list.blockSignals(False)
        self.empty.setVisible(not self.summaries)
        if self.summaries:
            self.list.setCurrentRow(row_to_select)
        self._show_balance(locale)
        self._selection_changed()

    def _show_balance(self, locale: str) -> None:
        self.balance.setText("")
        self.balance.hide()
        if self.client_id is None:
            return
        try:
            total, paid, due = plan_cases.plan_balance(self._db, self.client_id)
        except UserError:
            return
        if total is not None and due is not None:
            self.balance.setText(
                self.tr("Accepted plan {total} · paid {paid} · due {due}").format(
                    total=money_text(total, locale),
                    paid=money_text(paid, locale),
                    due=money_text(due, locale),
                )
            )
            self.balance.show()

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(PLAN_ID_ROLE) if item is not None else None

    def current(self) -> plan_cases.PlanSummary | None:
        wanted = self._current_id()
        return next((s for s in self.summaries if s.id == wanted), None)

    def _selection_changed(self) -> None:
        chosen = self.current()
        self.details.clear()
        if chosen is not None:
            try:
                record = plan_cases.get_plan(self._db, chosen.id)
            except UserError as exc:
                self.details.setPlainText(str(exc))
            else:
                locale = clinic_cases.load_settings(self._db).locale
                signed = (
                    self.tr("<b>Accepted {date}</b>, signed by {name}.").format(
                        date=local_day(record.accepted_at), name=html.escape(record.accepted_name)
                    )
                    if record.accepted_at
                    else html.escape(self.tr("Not accepted yet."))
                )
                notes = (
                    "<p>"
                    + self.tr("<i>Notes:</i> {notes}").format(notes=html.escape(record.plan.notes))
                    + "</p>"
                    if record.plan.notes
                    else ""
                )
                heading = (
                    self.tr("<b>Version {version}</b> — {date} by {name}")
                    if record.created_by_name
                    else self.tr("<b>Version {version}</b> — {date}")
                ).format(
                    version=record.version,
                    date=local_day(record.created_at),
                    name=html.escape(record.created_by_name),
                )
                self.details.setHtml(
                    f"<p>{heading}</p>{plan_html(record.plan, locale)}{notes}<p>{signed}</p>"
                )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.new_button.setEnabled(self.client_id is not None)
        for button in (self.edit_button, self.quote_button):
            button.setEnabled(chosen is not None)
        accepted = chosen is not None and chosen.accepted_at is not None
        self.accept_button.setEnabled(chosen is not None and not accepted)
        self.accept_button.setToolTip(
            self.tr(
                "Accepted {date}: an accepted version is final; edit it as a new version to "
                "change it"
            ).format(date=local_day(chosen.accepted_at))
            if chosen is not None and accepted
            else self.tr("The client reads the plan and signs for this version")
        )
        self.deposit_button.setEnabled(
            chosen is not None
            and not chosen.deposit.is_zero()
            and may(self._db, "payments.record_payment")
        )

    # -- actions -----------------------------------------------------------------
    def new_plan(self) -> plan_cases.PlanRecord | None:
        """Draft from the approved design and the price list, then edit; the saved version."""
        if self.client_id is None:
            return None
        try:
            draft = plan_cases.draft_for_client(self._db, self.client_id)
            design = design_cases.approved_design(self._db, self.client_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Plan not started"), str(exc))
            return None
        return self._edit(
            draft,
            replaces=None,
            design_id=design.id if design is not None else None,
            title=self.tr("New treatment plan"),
        )

    def edit_as_new_version(self) -> plan_cases.PlanRecord | None:
        chosen = self.current()
        if chosen is None or self.client_id is None:
            return None
        try:
            record = plan_cases.get_plan(self._db, chosen.id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Plan not opened"), str(exc))
            return None
        return self._edit(
            record.plan,
            replaces=record.id,
            design_id=record.design_id,
            title=self.tr("Treatment plan: new version from version {version}").format(
                version=record.version
            ),
        )

    def _edit(
        self, plan: Plan, *, replaces: int | None, design_id: int | None, title: str
    ) -> plan_cases.PlanRecord | None:
        assert self.client_id is not None
        saved = open_editor(
            self,
            self._db,
            self.client_id,
            plan,
            replaces=replaces,
            design_id=design_id,
            title=title,
        )
        if saved is not None:
            self.refresh(select=saved.id)
            self.plan_saved.emit(saved.id)
        return saved

    def quote(self) -> QuotePreview | None:
        chosen = self.current()
        if chosen is None:
            return None
        try:
            preview = QuotePreview(self._db, chosen, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("No quote"), str(exc))
            return None
        preview.exec()
        return preview

    def accept_plan(self) -> bool:
        chosen = self.current()
        if chosen is None or chosen.accepted_at is not None:
            return False
        try:
            dialog = AcceptPlanDialog(self._db, chosen.id, parent=self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Plan not opened"), str(exc))
            return False
        try:
            done = dialog.exec() == QDialog.DialogCode.Accepted and dialog.signed is not None
        finally:
            dialog.deleteLater()
        if done:
            self.refresh(select=chosen.id)
        return done

    def take_deposit(self) -> payment_cases.Payment | None:
        """The payment dialog with the plan's deposit and "deposit" filled in, then the receipt."""
        chosen = self.current()
        if chosen is None or self.client_id is None or chosen.deposit.is_zero():
            return None
        try:
            client = client_cases.get_client(self._db, self.client_id)
        except UserError:
            client = None
        dialog = PaymentDialog(
            self._db,
            self.client_id,
            client_name=client.full_name if client is not None else "",
            amount=chosen.deposit,
            kind="deposit",
            parent=self,
        )
        try:
            if not dialog.exec() or dialog.taken is None:
                return None
            taken = dialog.taken
        finally:
            dialog.deleteLater()
        self.refresh(select=chosen.id)
        self.deposit_taken.emit(taken.id)
        open_receipt(self, self._db, taken)
        return taken


__all__ = ["PlanTab", "QuotePreview", "describe"]
