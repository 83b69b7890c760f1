"""Clinic → Day's takings…: the owner's day, per method, entries, Print / Save PDF / Save CSV."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAction, QScreen
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from smpdesk.app import clients as client_cases
from smpdesk.app import payments as payment_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.dates import format_typed_date
from smpdesk.gui.payments.takings_window import TakingsWindow
from smpdesk.gui.sessions import list_output
from tests.gui.helpers import save_shot, type_text
from tests.gui.test_fits_screen import off_screen

DAY = date(2026, 3, 14)


def _at(hour: int, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 15).astimezone()


def _day_of_money(db: Clinic) -> dict[str, payment_cases.Payment]:
    """Hand-counted: card 800 + 150, cash 50 + 1500 (voided), transfer 300 refunded 100."""
    ola = client_cases.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    sam = client_cases.add_client(db, ClientDetails(given_name="Sam", family_name="Lee")).id
    made = {
        "card1": payment_cases.record_payment(
            db, ola, "800", method="card", kind="session", now=_at(9)
        ),
        "cash1": payment_cases.record_payment(
            db, sam, "50", method="cash", kind="consultation", now=_at(10)
        ),
        "mistake": payment_cases.record_payment(
            db, sam, "1500", method="cash", kind="session", now=_at(11)
        ),
        "transfer": payment_cases.record_payment(
            db, ola, "300", method="transfer", kind="deposit", now=_at(12)
        ),
        "card2": payment_cases.record_payment(
            db, sam, "150", method="card", kind="deposit", now=_at(13)
        ),
        "other_day": payment_cases.record_payment(
            db, sam, "999", method="card", kind="product", now=_at(10, DAY - timedelta(days=1))
        ),
    }
    made["void"] = payment_cases.void_payment(
        db, made["mistake"].id, "typed 1500 for 150", now=_at(14)
    )
    made["refund"] = payment_cases.refund_payment(
        db, made["transfer"].id, "100", "part refund", now=_at(15)
    )
    return made


def _cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_day_shows_totals_per_method_and_every_entry(qtbot, db):
    made = _day_of_money(db)
    window = TakingsWindow(db, day=DAY)
    qtbot.addWidget(window)
    window.show()
    assert "net £1,200.00 from 5 payments" in window.heading.text()
    rows = {_cells(window.totals, r)[0]: _cells(window.totals, r) for r in range(4)}
    assert rows["Card"] == ["Card", "2", "£950.00", "£0.00", "£0.00", "£950.00"]
    assert rows["Cash"] == ["Cash", "2", "£1,550.00", "£0.00", "-£1,500.00", "£50.00"]
    assert rows["Bank transfer"] == [
        "Bank transfer",
        "1",
        "£300.00",
        "-£100.00",
        "£0.00",
        "£200.00",
    ]
    total = _cells(window.totals, window.totals.rowCount() - 1)
    assert total == ["All", "5", "£2,800.00", "-£100.00", "-£1,500.00", "£1,200.00"]

    assert window.entries.rowCount() == 7  # the other day's payment is not here
    receipts = [window.entries.item(r, 0).text() for r in range(7)]
    assert f"No. {made['other_day'].receipt_number:06d}" not in receipts
    void_row = receipts.index(f"No. {made['void'].receipt_number:06d}")
    assert _cells(window.entries, void_row)[3] == (
        f"VOID of No. {made['mistake'].receipt_number:06d}"
    )
    mistake_row = receipts.index(f"No. {made['mistake'].receipt_number:06d}")
    assert _cells(window.entries, mistake_row)[3] == "Payment, voided"
    assert "Sam Lee" in _cells(window.entries, mistake_row)[2]
    window.resize(1366 - 12, 728 - 42)
    save_shot(window, "takings_window")


def test_the_day_chooser_steps_and_reads_typed_dates(qtbot, db):
    _day_of_money(db)
    window = TakingsWindow(db, day=DAY)
    qtbot.addWidget(window)
    window.show()
    window.step(-1)
    assert window.day == DAY - timedelta(days=1)
    assert window.entries.rowCount() == 1 and "from 1 payment" in window.heading.text()
    window.step(2)
    assert window.day == DAY + timedelta(days=1)
    assert window.entries.rowCount() == 0
    assert window.note.text() == "Nothing was taken on this day."
    window.day_entry.line.clear()
    type_text(qtbot, window.day_entry.line, format_typed_date(DAY, "uk"))
    assert window.day == DAY and window.entries.rowCount() == 7


def test_save_csv_pdf_and_print(qtbot, db, tmp_path: Path, monkeypatch):
    _day_of_money(db)
    window = TakingsWindow(db, day=DAY)
    qtbot.addWidget(window)
    window.show()
    chosen: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        chosen.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    csv_path = window.save_csv()
    assert chosen[-1] == "takings-2026-03-14.csv"
    text = Path(csv_path).read_text("utf-8-sig")
    assert len(text.strip().splitlines()) == 1 + 7
    assert "-1500.00" in text and "800.00" in text

    pdf_path = window.save_pdf()
    assert chosen[-1] == "takings-2026-03-14.pdf"
    assert Path(pdf_path).read_bytes().startswith(b"%PDF")

    printed = tmp_path / "printed.pdf"

    def printer(_parent, _title, _paper="A4"):
        p = QPrinter()
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(printed))
        return p

    monkeypatch.setattr(list_output, "has_printer", lambda: True)
    monkeypatch.setattr(list_output, "choose_printer", printer)
    assert window.print_takings() == "printed"
    assert printed.stat().st_size > 1000


def test_only_the_owner_has_the_menu_entry(qtbot, window):
    action = next(a for a in window.findChildren(QAction) if a.text() == "Day's ta&kings…")
    assert action.isVisible()  # a clinic nobody signs in to: everything is allowed


SCREENS = {"1366x768-taskbar": QRect(0, 0, 1366, 728), "1024x700": QRect(0, 0, 1024, 700)}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_window_fits_a_laptop_screen(qtbot, monkeypatch, db, screen):
    area = SCREENS[screen]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    _day_of_money(db)
    window = TakingsWindow(db, day=DAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not off_screen(window, area)
