"""Clinic → Reports…: the owner's year as tabs of tables and bar charts, Print / PDF / CSV."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QScreen
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton

from smpdesk.app import clients as client_cases
from smpdesk.app import payments as payment_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.domain.staff import Role
from smpdesk.gui.main_window import MainWindow
from smpdesk.gui.reports.reports_window import TABS, BarChart, ReportsWindow, month_label
from smpdesk.gui.sessions import list_output
from tests.gui.helpers import save_shot
from tests.gui.test_fits_screen import off_screen
from tests.gui.test_gui_roles import _as as as_role

YEAR = 2025
REASON = "records are on paper in the filing cabinet"


def _session(db: Clinic, client_id: int, day: str, kind: str, who: str) -> None:
    details = SessionDetails(session_date=day, session_type=kind, practitioner=who)
    session_cases.record_session(db, client_id, details, override_reason=REASON)


def _year_of_work(db: Clinic) -> None:
    """Hand-counted: Mar 2 first (Ana), Mar 20 second (Ana), Jul 5 first (Ben), and one
    session in the year before; £800 in March, £450 in July less a £50 refund."""
    ola = client_cases.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    sam = client_cases.add_client(db, ClientDetails(given_name="Sam", family_name="Lee")).id
    _session(db, ola, f"{YEAR}-03-02", "first", "Ana")
    _session(db, ola, f"{YEAR}-03-20", "second", "Ana")
    _session(db, sam, f"{YEAR}-07-05", "first", "Ben")
    _session(db, sam, f"{YEAR - 1}-12-30", "scar", "Ben")

    def at(month: int, day: int) -> datetime:
        return datetime(YEAR, month, day, 11, 0).astimezone()

    payment_cases.record_payment(db, ola, "800", method="card", now=at(3, 2))
    july = payment_cases.record_payment(db, sam, "450", method="cash", now=at(7, 5))
    payment_cases.refund_payment(db, july.id, "50", "goodwill", now=at(7, 6))


def _row(table, name: str) -> list[str]:
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == name:
            return [table.item(row, c).text() for c in range(table.columnCount())]
    raise AssertionError(f"no row {name!r}")


def test_the_year_shows_sessions_practitioners_and_revenue(qtbot, db):
    _year_of_work(db)
    window = ReportsWindow(db, year=YEAR)
    qtbot.addWidget(window)
    window.show()
    assert window.heading.text().startswith(f"{YEAR}: 3 sessions, revenue £1,200.00")

    sessions = window.pages["sessions"].table
    first = _row(sessions, "1st session")
    assert first[1:] == ["0", "0", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "2"]
    assert _row(sessions, "Total")[3] == "2" and _row(sessions, "Total")[-1] == "3"
    chart = window.pages["sessions"].chart
    assert [bar.value for bar in chart.bars] == [0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0]

    practitioners = window.pages["practitioners"].table
    assert _row(practitioners, "Ana")[-1] == "2" and _row(practitioners, "Ben")[-1] == "1"

    revenue = _row(window.pages["revenue"].table, "Revenue")
    assert revenue[3] == "£800.00"
    assert revenue[7] == "£400.00"  # the refund is taken off
    assert revenue[1] == "£0.00" and revenue[-1] == "£1,200.00"
    assert window.pages["revenue"].chart.bars[6].text == "£400.00"

    window.tabs.setCurrentIndex(0)
    window.resize(1366 - 12, 728 - 42)
    save_shot(window, "r2_reports")


def test_the_year_chooser_reloads_the_figures(qtbot, db):
    _year_of_work(db)
    window = ReportsWindow(db, year=YEAR)
    qtbot.addWidget(window)
    window.show()
    previous = window.findChild(QPushButton, "previous_year")
    qtbot.mouseClick(previous, Qt.MouseButton.LeftButton)
    assert window.year == YEAR - 1 and window.reports is not None
    assert window.reports.year == YEAR - 1
    assert _row(window.pages["sessions"].table, "Scar camouflage")[-1] == "1"
    assert window.heading.text().startswith(f"{YEAR - 1}: 1 session,")
    window.show_year(YEAR - 5)
    assert window.pages["sessions"].table.rowCount() == 0 or all(
        window.pages["sessions"].table.item(r, 14).text() == "0"
        for r in range(window.pages["sessions"].table.rowCount())
    )
    assert sum(bar.value for bar in window.pages["sessions"].chart.bars) == 0


def test_save_csv_of_the_shown_table_pdf_and_print(qtbot, db, tmp_path: Path, monkeypatch):
    _year_of_work(db)
    window = ReportsWindow(db, year=YEAR)
    qtbot.addWidget(window)
    window.show()
    chosen: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        chosen.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.tabs.setCurrentIndex(list(TABS.values()).index("revenue"))
    csv_path = window.save_csv()
    assert chosen[-1] == f"reports-{YEAR}-revenue.csv"
    text = Path(csv_path).read_text("utf-8-sig")
    assert "800.00" in text and "400.00" in text

    window.tabs.setCurrentIndex(list(TABS.values()).index("practitioners"))
    csv_path = window.save_csv()
    assert chosen[-1] == f"reports-{YEAR}-practitioners.csv"
    assert "Ana" in Path(csv_path).read_text("utf-8-sig")

    pdf_path = window.save_pdf()
    assert chosen[-1] == f"reports-{YEAR}.pdf"
    assert Path(pdf_path).read_bytes().startswith(b"%PDF")

    printed = tmp_path / "printed.pdf"

    def printer(_parent, _title, _paper="A4"):
        p = QPrinter()
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(printed))
        return p

    monkeypatch.setattr(list_output, "has_printer", lambda: True)
    monkeypatch.setattr(list_output, "choose_printer", printer)
    assert window.print_reports() == "printed"
    assert printed.stat().st_size > 1000


def test_the_bar_chart_draws_bars_and_says_when_empty(qtbot):
    from smpdesk.gui.reports.reports_window import Bar

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    blank = chart.grab().toImage()
    chart.set_bars([Bar("Jan", 0, "0"), Bar("Feb", 5, "5")])
    drawn = chart.grab().toImage()
    bar_colour = drawn.pixelColor(300, 150).name()  # the middle of February's bar
    assert bar_colour == "#3d7ea6"
    assert blank.pixelColor(300, 150).name() != bar_colour
    assert drawn.pixelColor(100, 150).name() != bar_colour  # January has none


def test_month_labels():
    assert month_label("2026-03") == "Mar 2026"
    assert month_label("odd") == "odd"


def test_only_the_owner_has_the_menu_entry(window):
    action = next(a for a in window.findChildren(QAction) if a.text() == "Rep&orts…")
    assert action.isVisible()  # a clinic nobody signs in to: everything is allowed


def test_others_do_not_see_reports(qtbot, demo_path: Path):
    opened = []
    for role in (Role.PRACTITIONER, Role.RECEPTION, Role.OWNER):
        win = MainWindow(as_role(demo_path, role), demo_path)
        qtbot.addWidget(win)
        win.show()
        opened.append(win)
    for win in opened[:2]:
        hidden = {a.text() for a in win.findChildren(QAction) if not a.isVisible()}
        assert "Rep&orts…" in hidden
    owner = opened[2]
    action = next(a for a in owner.findChildren(QAction) if a.text() == "Rep&orts…")
    assert action.isVisible()


SCREENS = {"1366x768-taskbar": QRect(0, 0, 1366, 728), "1024x700": QRect(0, 0, 1024, 700)}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_window_fits_a_laptop_screen(qtbot, monkeypatch, db, screen):
    area = SCREENS[screen]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    window = ReportsWindow(db, year=date.today().year)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not off_screen(window, area)
