"""Aftercare sheets from the GUI: preview, print, save, today's batch, no printer."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from smpdesk import store
from smpdesk.app import aftercare as aftercare_cases
from smpdesk.app import clients as client_cases
from smpdesk.app import sessions as session_cases
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.gui.aftercare import aftercare_preview
from smpdesk.gui.aftercare.aftercare_preview import AftercarePreview
from smpdesk.gui.main_window import MainWindow
from tests.paper_records import ON_PAPER


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


@pytest.fixture
def treated(db):
    client = client_cases.add_client(db, ClientDetails(given_name="Łukasz", family_name="Żółć"))
    session = session_cases.record_session(
        db,
        client.id,
        SessionDetails(
            session_date=(date.today() - timedelta(days=1)).isoformat(),
            session_type="first",
            practitioner="Aoife Byrne",
        ),
        override_reason=ON_PAPER,
    )
    return client, session


def given(db, session_id):
    return [(h["action"], h["kind"]) for h in store.handouts_for_session(db, session_id)]


def test_preview_shows_the_sheet_and_prints_it(qtbot, db, treated, tmp_path, screenshot):
    client, session = treated
    pdf = aftercare_cases.aftercare_pdf(db, client.id, session.id)
    preview = AftercarePreview(db, pdf, "Aftercare sheet — Łukasz Żółć")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.document.pageCount() in (1, 2)
    from PySide6.QtWidgets import QLabel

    info = preview.findChild(QLabel, "preview_info")
    assert f"care plan version {pdf.content_version}" in info.text()
    qtbot.wait(800)  # QPdfView renders pages in the background
    screenshot(preview, "aftercare_preview")

    out = tmp_path / "printed.pdf"
    assert preview.print_to(pdf_printer(out))
    printed = PdfReader(out)
    assert len(printed.pages) == preview.document.pageCount()
    # Real ink on the page, and at print resolution: the page image is 300 dpi.
    page_image = next(iter(printed.pages[0].images)).image
    assert page_image.width >= 2400  # A4 is 8.27 in wide
    assert min(page_image.convert("L").getextrema()) < 100
    assert given(db, session.id) == [("printed", "aftercare")]


def test_no_printer_offers_save_instead(qtbot, db, treated, tmp_path, monkeypatch):
    client, session = treated
    pdf = aftercare_cases.aftercare_pdf(db, client.id, session.id)
    preview = AftercarePreview(db, pdf, "Aftercare")
    qtbot.addWidget(preview)
    shown = []
    monkeypatch.setattr(aftercare_preview, "has_printer", lambda: False)
    monkeypatch.setattr(
        QMessageBox,
        "information",
        lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Save,
    )
    target = tmp_path / "sheet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview.print_sheet()
    assert shown and shown[0].startswith("No printer is set up on this computer.")
    saved = tmp_path / "sheet.pdf"
    assert saved.read_bytes() == pdf.data
    assert "Łukasz Żółć" in "".join(p.extract_text() for p in PdfReader(saved).pages)
    assert given(db, session.id) == [("saved", "aftercare")]


def test_save_to_an_unwritable_place_says_so(qtbot, db, treated, tmp_path, monkeypatch):
    client, session = treated
    preview = AftercarePreview(db, aftercare_cases.aftercare_pdf(db, client.id), "Aftercare")
    qtbot.addWidget(preview)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    missing = tmp_path / "no-such-folder" / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    assert preview.save_as() is None
    assert warnings and "does not exist" in warnings[0]
    assert given(db, session.id) == []


def test_two_clicks_from_the_client_list(qtbot, db, db_path, treated, monkeypatch):
    client, session = treated
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    opened, asked = [], []
    monkeypatch.setattr(AftercarePreview, "exec", lambda self: opened.append(self.pdf) or 0)
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or answer[0])
    window.table.selectRow(0)  # click 1: the client
    window.aftercare_button.click()  # click 2: their aftercare sheet
    # The session was yesterday, so the dates would count from yesterday: ask.
    assert "1 day ago" in asked[0] and opened == []
    answer[0] = QMessageBox.StandardButton.Yes
    window.aftercare_button.click()
    assert [p.session_id for p in opened] == [session.id]
    assert opened[0].suggested_name.startswith(f"aftercare-{client.client_number}-")


def test_client_without_a_session_is_offered_a_blank_sheet(qtbot, db, db_path, monkeypatch):
    client_cases.add_client(db, ClientDetails(given_name="Saoirse", family_name="Byrne"))
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    asked, opened = [], []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(AftercarePreview, "exec", lambda self: opened.append(self.pdf) or 0)
    window.table.selectRow(0)
    window.aftercare_for_selected()
    assert "no recorded session yet" in asked[0]
    assert [p.client_id for p in opened] == [None]  # the blank sheet


# Today's batch (one PDF for the day's clients): tests/gui/test_gui_aftercare_batch.py
