"""The Payments tab and the payment dialog: taking money fast, receipts, owner's voids/refunds."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from smpdesk.app import clients as client_cases
from smpdesk.app import payments as payment_cases
from smpdesk.app.clinic import Clinic, load_settings, open_clinic, save_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.money import Money
from smpdesk.domain.price_list import Package, PriceList
from smpdesk.domain.staff import Role, Staff
from smpdesk.gui.main_window import MainWindow
from smpdesk.gui.payments.payment_dialog import (
    CorrectionDialog,
    PaymentDialog,
    ReceiptPreview,
    quick_picks,
)
from smpdesk.gui.payments.payments_tab import PaymentsTab
from smpdesk.store import staff as staff_store
from tests.gui.helpers import save_shot, type_text, when_dialog_opens
from tests.gui.test_fits_screen import off_screen


def _client(db: Clinic, given: str = "Ola", family: str = "Bråthen") -> int:
    return client_cases.add_client(db, ClientDetails(given_name=given, family_name=family)).id


def _priced(db: Clinic) -> None:
    gbp = "GBP"
    prices = PriceList(
        consultation_fee=Money(5000, gbp),
        session_prices={"first": Money(80000, gbp), "touch-up": Money(25000, gbp)},
        packages=(
            Package("Full hairline, 3 sessions", ("first", "second", "third"), Money(200000, gbp)),
        ),
        tax_rate_percent=Decimal(20),
        deposit_rule=("amount", Money(20000, gbp)),
    )
    save_settings(db, load_settings(db).with_changes(price_list=prices))


def _close_next_preview(qtbot, seen: list[QWidget]) -> None:
    """The receipt preview opens (modal) after taking, voiding or refunding: look, close."""

    def close(dialog: QWidget) -> None:
        seen.append(dialog)
        assert isinstance(dialog, ReceiptPreview)
        dialog.reject()

    when_dialog_opens(qtbot, close)


# -- the dialog -----------------------------------------------------------------------
def test_enter_takes_the_payment_and_the_first_is_a_deposit(qtbot, db):
    cid = _client(db)
    dialog = PaymentDialog(db, cid, client_name="Ola Bråthen")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.currentData() == "deposit"  # no payments yet
    assert dialog.symbol.text() == "£"
    type_text(qtbot, dialog.amount, "150")
    assert dialog.understood.text() == "£150.00"
    dialog.method_buttons["card"].click()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter = Take payment
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.taken is not None
    assert (dialog.taken.amount, dialog.taken.method, dialog.taken.kind) == (
        Money(15000, "GBP"),
        "card",
        "deposit",
    )

    second = PaymentDialog(db, cid)
    qtbot.addWidget(second)
    assert second.kind.currentData() == "session"  # paid before: a session payment


def test_a_bad_amount_gets_one_sentence_and_the_typing_stays(qtbot, db):
    cid = _client(db)
    dialog = PaymentDialog(db, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.method_buttons["cash"].click()
    for typed, words in (
        ("12.345", "at most 2 decimals"),
        ("-20", "minus"),
        ("abc", "digits"),
        ("", "Enter an amount"),
        ("2000000", "over"),
    ):
        dialog.amount.setText(typed)
        dialog.take_button.click()
        assert dialog.isVisible() and dialog.taken is None
        assert dialog.problem.isVisible() and words in dialog.problem.text()
        assert dialog.problem.text().count(".") >= 1 and "\n" not in dialog.problem.text()
        assert dialog.amount.text() == typed  # nothing typed is lost
    assert payment_cases.client_payments(db, cid) == []


def test_no_method_chosen_is_asked_for_not_guessed(qtbot, db):
    cid = _client(db)
    dialog = PaymentDialog(db, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.amount, "80.00")
    dialog.take_button.click()
    assert "Choose how the client paid" in dialog.problem.text()
    assert dialog.amount.text() == "80.00" and payment_cases.client_payments(db, cid) == []
    dialog.method_buttons["voucher"].click()
    assert not dialog.problem.isVisible()
    dialog.take_button.click()
    assert dialog.taken is not None and dialog.taken.method == "voucher"


def test_the_price_list_offers_quick_picks(qtbot, db):
    cid = _client(db)
    _priced(db)
    payment_cases.record_payment(db, cid, "50", method="cash", kind="consultation")
    dialog = PaymentDialog(db, cid)
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.picks]
    assert texts[0] == "Deposit  £200.00"
    assert "Consultation  £50.00" in texts and "Touch-up  £250.00" in texts
    assert "Full hairline, 3 sessions  £2,000.00" in texts
    package = dialog.picks[texts.index("Full hairline, 3 sessions  £2,000.00")]
    package.click()
    assert dialog.amount.text() == "2000.00" and dialog.kind.currentData() == "package"
    assert dialog.understood.text() == "£2,000.00"
    dialog.picks[0].click()
    assert dialog.amount.text() == "200.00" and dialog.kind.currentData() == "deposit"
    # A pick never takes the payment on Enter: only the Take button is a default.
    assert all(not b.autoDefault() for b in dialog.picks)
    assert all(not b.autoDefault() for b in dialog.method_buttons.values())
    assert len(quick_picks(load_settings(db))) == len(dialog.picks)


def test_no_prices_says_where_they_come_from(qtbot, db):
    dialog = PaymentDialog(db, _client(db))
    qtbot.addWidget(dialog)
    assert dialog.picks == []
    assert "Clinic → Settings → Prices" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.understood))
    )


# -- the tab --------------------------------------------------------------------------
def test_the_tab_takes_a_payment_then_shows_the_receipt(qtbot, db):
    cid = _client(db)
    tab = PaymentsTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.show()
    tab.show_client(cid)
    assert tab.empty.isVisible() and not tab.table.isVisible()
    seen: list[QWidget] = []

    def take(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        assert dialog.kind.currentData() == "deposit"
        type_text(qtbot, dialog.amount, "200")
        dialog.method_buttons["cash"].click()
        _close_next_preview(qtbot, seen)
        dialog.take_button.click()

    when_dialog_opens(qtbot, take)
    taken = tab.take_payment()
    assert taken is not None and len(seen) == 1
    preview = seen[0]
    assert isinstance(preview, ReceiptPreview)
    assert preview.document.pageCount() == 1
    assert preview.suggested_name == f"receipt-{taken.receipt_number:06d}.pdf"
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == f"No. {taken.receipt_number:06d}"
    assert tab.table.item(0, 4).text() == "£200.00"
    assert tab.balance.text() == "Paid in total: £200.00"


def test_owner_voids_and_refunds_with_a_reason_and_the_list_marks_them(qtbot, db):
    cid = _client(db)
    first = payment_cases.record_payment(db, cid, "1500", method="card", kind="session")
    second = payment_cases.record_payment(db, cid, "300", method="cash", kind="deposit")
    tab = PaymentsTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.show()
    tab.show_client(cid)
    assert tab.void_button.isVisible() and tab.refund_button.isVisible()  # plain clinic: owner
    assert tab.table.item(0, 0).text().endswith(f"{second.receipt_number:06d}")  # newest first

    tab.table.selectRow(1)  # the £1,500 typed by mistake
    seen: list[QWidget] = []

    def void(dialog: QWidget) -> None:
        assert isinstance(dialog, CorrectionDialog) and not dialog.refund
        dialog.ok_button.click()  # no reason yet
        assert dialog.isVisible() and "needs a reason" in dialog.problem.text()
        type_text(qtbot, dialog.reason, "typed 1500 instead of 150")
        _close_next_preview(qtbot, seen)
        dialog.ok_button.click()

    when_dialog_opens(qtbot, void)
    voided = tab.void()
    assert voided is not None and voided.entry == "void" and voided.refers_to == first.id
    assert len(seen) == 1

    rows = {tab.table.item(r, 0).text(): r for r in range(tab.table.rowCount())}
    void_row = rows[f"No. {voided.receipt_number:06d}"]
    first_row = rows[f"No. {first.receipt_number:06d}"]
    assert (
        tab.table.item(void_row, 6)
        .text()
        .startswith(f"VOID of No. {first.receipt_number:06d} — typed 1500 instead of 150")
    )
    assert "VOIDED" in tab.table.item(first_row, 6).text()
    assert tab.table.item(first_row, 4).font().strikeOut()
    tab.table.selectRow(first_row)
    assert not tab.void_button.isEnabled() and not tab.refund_button.isEnabled()

    tab.table.selectRow(rows[f"No. {second.receipt_number:06d}"])
    assert tab.refund_button.isEnabled()

    def refund(dialog: QWidget) -> None:
        assert isinstance(dialog, CorrectionDialog) and dialog.refund
        assert dialog.amount.text() == "300.00"  # all that is left, to start with
        dialog.amount.setText("400")
        type_text(qtbot, dialog.reason, "booking cancelled")
        dialog.ok_button.click()
        assert dialog.isVisible() and "£300.00" in dialog.problem.text()
        assert dialog.amount.text() == "400"
        dialog.amount.setText("100")
        _close_next_preview(qtbot, seen)
        dialog.ok_button.click()

    when_dialog_opens(qtbot, refund)
    refunded = tab.refund()
    assert refunded is not None and refunded.amount == Money(-10000, "GBP")
    assert len(seen) == 2
    assert tab.balance.text() == "Paid in total: £200.00"  # 300 - 100; the void cancels 1500
    refund_row = next(
        r for r in range(tab.table.rowCount()) if "REFUND of" in tab.table.item(r, 6).text()
    )
    assert tab.table.item(refund_row, 4).text() == "-£100.00"
    save_shot(tab, "payments_tab_marks")


# -- roles and the window ---------------------------------------------------------------
def _as(path: Path, role: Role) -> Clinic:
    handle = open_clinic(path)
    found = staff_store.find_staff(handle, role.value)
    staff_id = (
        found.id if found else staff_store.insert_staff(handle, role.value, role.title(), role)
    )
    handle.staff = Staff(staff_id, role.value, f"{role.value.title()} Person", role)
    return handle


@pytest.fixture
def window_as(qtbot, demo_path: Path):
    opened: list[MainWindow] = []

    def make(role: Role) -> MainWindow:
        win = MainWindow(_as(demo_path, role), demo_path)
        qtbot.addWidget(win)
        win.resize(1366, 728)
        win.show()
        qtbot.waitExposed(win)
        opened.append(win)
        return win

    yield make
    for win in opened:
        win.close()
        win.db.close()


def test_reception_takes_payments_but_cannot_void_and_sees_nothing_clinical(
    qtbot, window_as, demo_path
):
    owner = _as(demo_path, Role.OWNER)
    cid = _client(owner, "Rae", "Moneypenny")
    payment_cases.record_payment(owner, cid, "150", method="card", kind="deposit")
    owner.close()

    win = window_as(Role.RECEPTION)
    win.open_client(cid)
    tabs = [win.client_page.tabs.tabText(i) for i in range(win.client_page.tabs.count())]
    assert tabs == ["Details", "Visits", "Payments"]
    tab = win.payments_tab
    win.client_page.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 1 and tab.take_button.isVisible()
    assert not tab.void_button.isVisible() and not tab.refund_button.isVisible()
    hidden = {a.text() for a in win.findChildren(QAction) if not a.isVisible()}
    assert "Day's ta&kings…" in hidden
    headers = [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]
    assert headers == ["Receipt", "Taken", "For", "Paid by", "Amount", "Taken by", "Notes"]
    save_shot(win, "payments_tab_reception")

    def take(dialog: QWidget) -> None:
        type_text(qtbot, dialog.amount, "650")
        dialog.method_buttons["transfer"].click()
        _close_next_preview(qtbot, [])
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, take)
    taken = tab.take_payment()
    assert taken is not None and taken.taken_by_name == "Reception Person"
    assert tab.table.rowCount() == 2


def test_the_owner_window_has_the_tab_and_the_takings_menu(qtbot, window_as, monkeypatch):
    win = window_as(Role.OWNER)
    cid = _client(win.db, "Tom", "Tally")
    payment_cases.record_payment(win.db, cid, "800", method="card", kind="session")
    payment_cases.record_payment(win.db, cid, "50", method="cash", kind="consultation")
    reads: list[int] = []
    real = payment_cases.client_payments

    def counted(db: Clinic, client_id: int) -> list[payment_cases.Payment]:
        reads.append(client_id)
        return real(db, client_id)

    monkeypatch.setattr(payment_cases, "client_payments", counted)
    win.open_client(cid)
    assert reads == []  # opening a client does not wait for the hidden tab's entries
    tabs = [win.client_page.tabs.tabText(i) for i in range(win.client_page.tabs.count())]
    assert tabs[-1] == "Payments"
    win.client_page.tabs.setCurrentWidget(win.payments_tab)
    assert reads == [cid] and win.payments_tab.table.rowCount() == 2
    assert win.payments_tab.void_button.isVisible()
    takings = next(a for a in win.findChildren(QAction) if a.text() == "Day's ta&kings…")
    assert takings.isVisible()
    qtbot.wait(50)  # the layout follows the entries read as the tab was shown
    assert win.payments_tab.balance.text() == "Paid in total: £850.00"
    assert win.payments_tab.balance.width() >= win.payments_tab.balance.sizeHint().width()
    save_shot(win, "payments_tab")


# -- screenshots and the screen -----------------------------------------------------------
SCREENS = {"1366x768-taskbar": QRect(0, 0, 1366, 728), "1024x700": QRect(0, 0, 1024, 700)}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_dialogs_fit_a_laptop_screen(qtbot, monkeypatch, db, screen):
    area = SCREENS[screen]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    _priced(db)
    cid = _client(db)
    payment = payment_cases.record_payment(db, cid, "2000", method="card", kind="package")
    windows: list[tuple[str, QWidget]] = [
        ("payment_dialog", PaymentDialog(db, cid, client_name="Ola Bråthen")),
        ("void_dialog", CorrectionDialog(db, payment, refund=False)),
        ("refund_dialog", CorrectionDialog(db, payment, refund=True, left=payment.amount)),
        ("receipt_preview", ReceiptPreview(db, payment)),
    ]
    for name, window in windows:
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if screen.startswith("1366"):
            if isinstance(window, PaymentDialog):
                type_text(qtbot, window.amount, "200")
                window.method_buttons["card"].click()
            if isinstance(window, ReceiptPreview):
                qtbot.wait(800)  # QPdfView renders pages in the background
            save_shot(window, name)
        assert not off_screen(window, area), (name, off_screen(window, area))
        window.close()
    QApplication.processEvents()
