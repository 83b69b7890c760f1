"""The client accepts one plan version by signing for it (final).

The same pad as the consent form and the design approval
(:class:`~smpdesk.gui.questionnaires.signature_pad.SignaturePad`); the
signature is checked and stored once by :func:`smpdesk.app.plans.accept_plan`.
An accepted version is never changed: a change is a new version, signed again.
The left side repeats what is being accepted (sessions, total, deposit), so the
client signs for what they read, not for a number said aloud.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QTextBrowser,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic as clinic_cases
from smpdesk.app import plans as plan_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.plans import Plan
from smpdesk.domain.session_details import SESSION_TYPES
from smpdesk.errors import UserError
from smpdesk.gui.designs.preview_window import local_day
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.payments.payment_dialog import money_text
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.widgets.sign_off import SignOff
from smpdesk.gui.words.core_labels import core_label

STATEMENT = QT_TRANSLATE_NOOP(
    "plans.plan_accept",
    "I have read this treatment plan (version {version}): the sessions, their proposed dates "
    "and prices, the total of {total} and the deposit of {deposit}. I accept it and the "
    "clinic's terms. Proposed dates may move with healing and the diary.",
)
FINAL_NOTE = QT_TRANSLATE_NOOP(
    "plans.plan_accept",
    "Signing accepts this version for good: it cannot be changed afterwards. Any change is "
    "saved as a new version, to be accepted again.",
)


def plan_html(plan: Plan, locale: str) -> str:
    """The plan as a small table (sessions, dates, prices, totals) for reading before signing."""
    cell = 'style="padding: 2px 8px;"'
    right = 'style="padding: 2px 8px; text-align: right;"'
    rows = []
    for item in plan.items:
        when = (
            local_day(item.proposed_date)
            if item.proposed_date
            else translate("plans.plan_accept", "to be booked")
        )
        english = SESSION_TYPES.get(item.session_type, item.session_type)
        kind = core_label(english)
        label = f"{kind} — {item.label}" if item.label not in ("", kind, english) else kind
        rows.append(
            f"<tr><td {cell}>{html.escape(label)}</td><td {cell}>{html.escape(when)}</td>"
            f"<td {right}>{html.escape(money_text(item.price, locale))}</td></tr>"
        )
    totals = [(translate("plans.plan_accept", "Sessions"), money_text(plan.subtotal, locale))]
    if plan.discount.minor:
        what = (
            translate("plans.plan_accept", "Package discount ({package})").format(
                package=plan.package
            )
            if plan.package
            else translate("plans.plan_accept", "Discount")
        )
        totals.append((what, "− " + money_text(plan.discount, locale)))
    if plan.tax_rate_percent:
        rate = f"{plan.tax_name} {plan.tax_rate_percent.normalize():f}%"
        totals.append(
            (
                translate("plans.plan_accept", "includes {tax}").format(tax=rate)
                if plan.prices_include_tax
                else rate,
                money_text(plan.tax, locale),
            )
        )
    total_word = html.escape(translate("plans.plan_accept", "Total"))
    totals.append((f"<b>{total_word}</b>", f"<b>{html.escape(money_text(plan.total, locale))}</b>"))
    totals.append((translate("plans.plan_accept", "Deposit"), money_text(plan.deposit, locale)))
    for name, value in totals:
        shown = value if value.startswith("<b>") else html.escape(value)
        rows.append(f"<tr><td {cell} colspan=2>{name}</td><td {right}>{shown}</td></tr>")
    valid_text = translate("plans.plan_accept", "Valid until {date}.").format(
        date=local_day(plan.valid_until)
    )
    valid = f"<p>{html.escape(valid_text)}</p>"
    terms = f"<p style='color:#5b6670'>{html.escape(plan.terms)}</p>" if plan.terms else ""
    return f"<table width='100%'>{''.join(rows)}</table>{valid}{terms}"


class AcceptPlanDialog(QDialog):
    """The plan, statement, name and signature; "Accept and sign" stores them (final)."""

    def __init__(self, db: Clinic, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accept_plan_dialog")
        self._db = db
        self.plan_id = plan_id
        self.signed: plan_cases.PlanRecord | None = None
        self.record = plan_cases.get_plan(db, plan_id)
        locale = clinic_cases.load_settings(db).locale
        plan = self.record.plan
        self.setWindowTitle(
            self.tr("Accept treatment plan version {version}").format(version=self.record.version)
        )

        self.summary = QTextBrowser()
        self.summary.setObjectName("accept_plan_summary")
        self.summary.setHtml(plan_html(plan, locale))

        client = client_cases.get_client(db, self.record.client_id)
        self.sign_off = SignOff(
            "accept_plan",
            self.tr("Your treatment plan"),
            translate("plans.plan_accept", STATEMENT).format(
                version=self.record.version,
                total=money_text(plan.total, locale),
                deposit=money_text(plan.deposit, locale),
            ),
            translate("plans.plan_accept", FINAL_NOTE),
            self.tr("Accept and sign"),
            name=client.full_name if client is not None else "",
        )
        self.statement = self.sign_off.statement
        self.name = self.sign_off.name
        self.pad = self.sign_off.pad
        self.problem = self.sign_off.problem
        self.accept_button = self.sign_off.sign_button
        self.sign_off.buttons.accepted.connect(self.sign)
        self.sign_off.buttons.rejected.connect(self.reject)
        layout = QHBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.sign_off)
        fit_to_screen(self, 1100, 680)

    def sign(self) -> None:
        signed = self.sign_off.signed()
        if signed is None:
            self.sign_off.complain(
                self.tr("Type your name and sign in the box to accept the plan.")
            )
            return
        name, png = signed
        try:
            self.signed = plan_cases.accept_plan(self._db, self.plan_id, png, name)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Plan not accepted"), str(exc))
            return
        self.accept()


__all__ = ["FINAL_NOTE", "STATEMENT", "AcceptPlanDialog", "plan_html"]
