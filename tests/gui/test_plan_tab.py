"""The Plan tab, the plan editor, acceptance by signature, the quote and the deposit.

Driven as a person would on a copy of the demo clinic: a client whose design was
approved gets a plan drafted from it and the price list, saves it, looks at the
quote, signs for it with the mouse, and pays the deposit the plan asks; the
receipt exists and the Payments tab says what is still due.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QWidget

from smpdesk.app import clients as client_cases
from smpdesk.app import designs as design_cases
from smpdesk.app import payments as payment_cases
from smpdesk.app import plans as plan_cases
from smpdesk.app.clinic import Clinic, load_settings, save_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.money import Money
from smpdesk.domain.price_list import Package, PriceList
from smpdesk.domain.staff import Role
from smpdesk.gui.main_window import MainWindow
from smpdesk.gui.payments.payment_dialog import PaymentDialog, ReceiptPreview
from smpdesk.gui.payments.payments_tab import PaymentsTab
from smpdesk.gui.plans.plan_accept import AcceptPlanDialog
from smpdesk.gui.plans.plan_editor import PlanEditor, amount_or_zero
from smpdesk.gui.plans.plan_tab import PlanTab, QuotePreview
from tests.gui.test_design_tab import (
    LAPTOP,
    _as,
    _design,
    _photo_client,
    _sign,
    _signature_png,
    laptop,
)
from tests.gui.test_fits_screen import SCREENS, off_screen

SHOTS = Path("/tmp/h18")
GBP = "GBP"


def _priced(db: Clinic, *, include_tax: bool = True) -> None:
    prices = PriceList(
        consultation_fee=Money(5000, GBP),
        session_prices={
            "first": Money(80000, GBP),
            "second": Money(60000, GBP),
            "third": Money(40000, GBP),
            "touch-up": Money(25000, GBP),
        },
        packages=(
            Package("Full hairline, 3 sessions", ("first", "second", "third"), Money(150000, GBP)),
        ),
        prices_include_tax=include_tax,
        tax_rate_percent=Decimal(20),
        deposit_rule=("percent", Decimal(10)),
        quote_valid_days=30,
        terms="The deposit secures the first date and is not refundable within 48 hours.",
    )
    save_settings(db, load_settings(db).with_changes(price_list=prices))


def _approved_client(db: Clinic, folder: Path) -> tuple[int, int]:
    cid, front = _photo_client(db, folder)
    saved = design_cases.save_design(db, cid, _design(front))
    design_cases.approve_design(db, saved.id, _signature_png(), "Ola Bråthen")
    return cid, saved.id


def _open_plan_tab(window: MainWindow, cid: int) -> PlanTab:
    window.resize(*LAPTOP)
    window.open_client(cid)
    tab = window.client_page.findChild(PlanTab, "plan_tab")
    assert tab is not None
    window.client_page.tabs.setCurrentWidget(tab)
    return tab


def when_opens(kind: type, action: Callable[[Any], object]) -> None:
    """Run ``action(dialog)`` once a modal dialog of ``kind`` is on screen (exec() blocks)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, act)
            return
        action(dialog)

    QTimer.singleShot(0, act)


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


# -- the whole flow ---------------------------------------------------------------------
def test_design_to_plan_to_signature_to_deposit_receipt(
    qtbot, window, demo_db, tmp_path, monkeypatch
):
    laptop(monkeypatch)
    _priced(demo_db)
    cid, design_id = _approved_client(demo_db, tmp_path / "photos")
    tab = _open_plan_tab(window, cid)
    tabs = [window.client_page.tabs.tabText(i) for i in range(window.client_page.tabs.count())]
    assert tabs.index("Plan") == tabs.index("Design") + 1
    assert tab.empty.isVisible() and not tab.quote_button.isEnabled()
    seen: dict[str, Any] = {}

    # New plan…: drafted from the design (3 layers: 1st-3rd session) and the price list.
    def edit(editor: PlanEditor) -> None:
        kinds = [row.session_type() for row in editor.rows]
        seen["kinds"] = kinds
        seen["prices"] = [row.price.text() for row in editor.rows]
        seen["first_total"] = editor.total_labels["total_value"].text()
        # The practitioner adds a touch-up: next kind after the third, priced, dated later.
        added = editor.add_session()
        seen["added"] = (added.session_type(), added.price.text(), added.day.date())
        seen["total"] = editor.total_labels["total_value"].text()
        seen["deposit"] = editor.deposit.text()
        seen["notes"] = editor.notes.toPlainText()
        qtbot.wait(50)  # the added row is shown on the next turn of the event loop
        assert added.isVisible()
        _shot(editor, "q3_plan_editor")
        seen["editor_size"] = editor.size()
        editor.save_button.click()

    when_opens(PlanEditor, edit)
    record = tab.new_plan()
    assert record is not None and record.version == 1 and record.design_id == design_id
    assert seen["kinds"] == ["first", "second", "third"]
    assert seen["prices"] == ["800.00", "600.00", "400.00"]
    assert seen["first_total"] == "£1,800.00"
    assert seen["added"][:2] == ("touch-up", "250.00")
    assert seen["total"] == "£2,050.00"
    assert seen["deposit"] == "205.00"  # 10 % of the total, the price list's rule
    assert "Hairline" in seen["notes"]  # the design's areas, as a note
    assert seen["editor_size"].height() <= 728 and seen["editor_size"].width() <= 1366
    assert record.plan.total == Money(205000, GBP)
    assert record.plan.deposit == Money(20500, GBP)
    assert tab.list.count() == 1 and "Total £2,050.00" in tab.list.item(0).text()
    assert "Not accepted yet" in tab.list.item(0).text()
    assert "Touch-up" in tab.details.toPlainText()

    # Quote…: the PDF in the preview, with Print and Save.
    def look(preview: QuotePreview) -> None:
        seen["pages"] = preview.document.pageCount()
        seen["quote_title"] = preview.windowTitle()
        qtbot.wait(150)
        _shot(preview, "q3_quote_preview")
        preview.reject()

    when_opens(QuotePreview, look)
    assert tab.quote() is not None
    assert seen["pages"] >= 1 and seen["quote_title"] == "Treatment plan version 1"

    # Accept…: the client signs with the mouse; final.
    def sign(dialog: AcceptPlanDialog) -> None:
        assert dialog.name.text() == "Ola Bråthen"
        assert "£2,050.00" in dialog.statement.text()
        assert not dialog.accept_button.isEnabled()
        _sign(dialog.pad.surface)
        assert dialog.accept_button.isEnabled()
        _shot(dialog, "q3_accept_plan")
        dialog.accept_button.click()

    when_opens(AcceptPlanDialog, sign)
    assert tab.accept_plan()
    accepted = plan_cases.get_plan(demo_db, record.id)
    assert accepted.accepted_at is not None and accepted.accepted_name == "Ola Bråthen"
    assert "Accepted" in tab.list.item(0).text() and not tab.accept_button.isEnabled()
    assert tab.balance.text() == "Accepted plan £2,050.00 · paid £0.00 · due £2,050.00"
    qtbot.wait(50)
    _shot(window, "q3_plan_tab")

    # Take deposit…: the payment dialog opens with the deposit and "deposit" filled in.
    def pay(dialog: PaymentDialog) -> None:
        seen["amount"] = dialog.amount.text()
        seen["kind"] = dialog.kind.currentData()
        dialog.method_buttons["card"].click()

        def close_receipt(preview: ReceiptPreview) -> None:
            seen["receipt"] = preview.windowTitle()
            preview.reject()

        when_opens(ReceiptPreview, close_receipt)
        dialog.take_button.click()

    when_opens(PaymentDialog, pay)
    taken = tab.take_deposit()
    assert (seen["amount"], seen["kind"]) == ("205.00", "deposit")
    assert taken is not None and taken.amount == Money(20500, GBP) and taken.kind == "deposit"
    assert seen["receipt"].startswith("Receipt No. ")
    assert payment_cases.receipt_pdf(demo_db, taken.id).startswith(b"%PDF")
    assert "due £1,845.00" in tab.balance.text()

    # The Payments tab shows the deposit and what the plan still asks.
    payments = window.client_page.findChild(PaymentsTab, "payments_tab")
    window.client_page.tabs.setCurrentWidget(payments)
    qtbot.waitUntil(lambda: payments.table.rowCount() == 1)
    assert payments.plan_due.text() == "Plan £2,050.00 · due £1,845.00"


# -- the editor -----------------------------------------------------------------------------
def _editor(qtbot: Any, db: Clinic, cid: int, **draft: Any) -> PlanEditor:
    plan = plan_cases.draft_for_client(db, cid, **draft)
    editor = PlanEditor(db, cid, plan)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_a_package_brings_its_discount_and_tax_on_top_is_added(qtbot, demo_db):
    _priced(demo_db, include_tax=False)
    cid = client_cases.add_client(demo_db, ClientDetails(given_name="Ann", family_name="Lee")).id
    editor = _editor(qtbot, demo_db, cid, session_types=["first"])
    assert editor.total_labels["total_value"].text() == "£960.00"  # 800 + 20 % VAT
    assert editor.total_labels["tax"].text() == "VAT 20%"
    editor.package.setCurrentIndex(editor.package.findData("Full hairline, 3 sessions"))
    assert [row.session_type() for row in editor.rows] == ["first", "second", "third"]
    assert editor.discount.text() == "300.00"  # 1,800 one by one, 1,500 as a package
    assert editor.total_labels["total_value"].text() == "£1,800.00"  # 1,500 + 300 VAT
    # Changing a session's kind brings its list price.
    editor.rows[2].kind.setCurrentIndex(editor.rows[2].kind.findData("touch-up"))
    assert editor.rows[2].price.text() == "250.00"
    editor.remove_session(editor.rows[0])
    assert len(editor.rows) == 2


def test_bad_input_is_refused_in_words_and_nothing_is_saved(qtbot, demo_db):
    _priced(demo_db)
    cid = client_cases.add_client(demo_db, ClientDetails(given_name="Ann", family_name="Lee")).id
    editor = _editor(qtbot, demo_db, cid)
    editor.rows[0].price.setText("12.345")
    editor.save_button.click()
    assert editor.problem.isVisible() and "Price of 1st session" in editor.problem.text()
    editor.rows[0].price.setText("800")
    editor.discount.setText("5000")  # more than the sessions cost
    editor.save_button.click()
    assert editor.problem.isVisible() and "discount" in editor.problem.text()
    editor.discount.setText("")
    editor.deposit.setText("9999")  # typed by hand: more than the total
    editor.save_button.click()
    assert "deposit" in editor.problem.text()
    assert editor.saved is None and plan_cases.client_plans(demo_db, cid) == []
    editor.deposit.setText("100")
    editor.save_button.click()
    assert editor.saved is not None and editor.saved.plan.deposit == Money(10000, GBP)


def test_a_typed_deposit_is_kept_when_prices_change(qtbot, demo_db):
    _priced(demo_db)
    cid = client_cases.add_client(demo_db, ClientDetails(given_name="Ann", family_name="Lee")).id
    editor = _editor(qtbot, demo_db, cid)
    assert editor.deposit.text() == "180.00"
    editor.rows[0].price.setText("1000")
    assert editor.deposit.text() == "200.00"  # follows the rule
    qtbot.keyClicks(editor.deposit, "0")  # typed: 200.000 → kept as typed from now on
    editor.deposit.setText("150")
    editor.rows[0].price.setText("900")
    assert editor.deposit.text() == "150"


def test_amount_or_zero():
    assert amount_or_zero("", GBP) == Money.zero(GBP)
    assert amount_or_zero("0.00", GBP) == Money.zero(GBP)
    assert amount_or_zero("1,250.5", GBP) == Money(125050, GBP)
    with pytest.raises(ValueError):
        amount_or_zero("-5", GBP)


# -- versions and roles ------------------------------------------------------------------
def test_edit_as_new_version_keeps_the_accepted_one(qtbot, window, demo_db, tmp_path):
    _priced(demo_db)
    cid, _design_id = _approved_client(demo_db, tmp_path / "photos")
    first = plan_cases.save_plan(demo_db, cid, plan_cases.draft_for_client(demo_db, cid))
    plan_cases.accept_plan(demo_db, first.id, _signature_png(), "Ola Bråthen")
    tab = _open_plan_tab(window, cid)
    assert not tab.accept_button.isEnabled() and tab.deposit_button.isEnabled()

    def change(editor: PlanEditor) -> None:
        editor.rows[-1].price.setText("300")
        editor.save_button.click()

    when_opens(PlanEditor, change)
    second = tab.edit_as_new_version()
    assert second is not None and second.version == 2 and second.replaces == first.id
    assert plan_cases.get_plan(demo_db, first.id).plan == first.plan  # unchanged
    assert tab.list.count() == 2 and tab.current().id == second.id  # newest first, selected
    assert tab.accept_button.isEnabled()


def test_reception_has_no_plan_tab_but_sees_what_is_due(qtbot, demo_path, demo_db, tmp_path):
    _priced(demo_db)
    cid, _design_id = _approved_client(demo_db, tmp_path / "photos")
    plan = plan_cases.save_plan(demo_db, cid, plan_cases.draft_for_client(demo_db, cid))
    plan_cases.accept_plan(demo_db, plan.id, _signature_png(), "Ola Bråthen")
    payment_cases.record_payment(demo_db, cid, "180.00", method="cash", kind="deposit")
    desk = _as(demo_path, Role.RECEPTION)
    window = MainWindow(desk, demo_path)
    qtbot.addWidget(window)
    window.show()
    window.open_client(cid)
    assert window.client_page.findChild(PlanTab) is None
    payments = window.client_page.findChild(PaymentsTab, "payments_tab")
    window.client_page.tabs.setCurrentWidget(payments)
    qtbot.waitUntil(lambda: payments.table.rowCount() == 1)
    assert payments.plan_due.text() == "Plan £1,800.00 · due £1,620.00"


def test_valid_until_defaults_to_the_price_lists_days(qtbot, demo_db):
    _priced(demo_db)
    cid = client_cases.add_client(demo_db, ClientDetails(given_name="Ann", family_name="Lee")).id
    editor = _editor(qtbot, demo_db, cid)
    assert editor.valid_until.date() == date.today() + timedelta(days=30)


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_the_plan_windows_fit_the_screen(qtbot, monkeypatch, demo_db, tmp_path, screen):
    area = SCREENS[screen]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    _priced(demo_db)
    cid, _design_id = _approved_client(demo_db, tmp_path / "photos")
    plan = plan_cases.draft_for_client(demo_db, cid)
    record = plan_cases.save_plan(demo_db, cid, plan)
    editor = PlanEditor(demo_db, cid, plan)
    for _ in range(5):
        editor.add_session()  # a long plan scrolls inside the editor
    accept = AcceptPlanDialog(demo_db, record.id)
    for window in (editor, accept):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert off_screen(window, area) == [], type(window).__name__
