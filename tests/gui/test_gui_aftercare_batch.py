"""Issue 16 item 11: today's aftercare as ONE PDF, printed or saved, said when done;
saving one sheet says where it went, and its Save dialog keeps the client's name as written."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from smpdesk import store
from smpdesk.app import aftercare as aftercare_cases
from smpdesk.app import clients as client_cases
from smpdesk.app import sessions as session_cases
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.gui.aftercare import aftercare_actions
from smpdesk.gui.aftercare.aftercare_preview import save_title
from smpdesk.gui.aftercare.sheet_preview import SheetPreview
from smpdesk.gui.main_window import MainWindow

PAPER_RECORDS = "Consent and medical history are on paper for this test."
NAMES = ("Zoë Brontë", "Øyvind Løken", "Nguyễn Văn An")


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)
    return printer


@pytest.fixture
def todays(db) -> list[int]:
    ids = []
    for name in NAMES:
        given, family = name.split(" ", 1)
        client = client_cases.add_client(db, ClientDetails(given_name=given, family_name=family))
        details = SessionDetails(date.today().isoformat(), "first")
        ids.append(
            session_cases.record_session(db, client.id, details, override_reason=PAPER_RECORDS).id
        )
    return ids


@pytest.fixture
def window(qtbot, db, db_path):
    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    return win


def given(db, session_id):
    return [h["action"] for h in store.handouts_for_session(db, session_id)]


def test_with_no_printer_the_batch_is_saved_as_one_file(
    qtbot, db, window, todays, tmp_path, monkeypatch
):
    told, titles = [], []
    monkeypatch.setattr(aftercare_actions, "has_printer", lambda: False)
    monkeypatch.setattr(
        QMessageBox,
        "information",
        lambda *a, **k: told.append(a[2]) or QMessageBox.StandardButton.Save,
    )

    def save_dialog(_parent, title, suggested, _filter):
        titles.append((title, Path(suggested).name))
        return str(tmp_path / "today"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    op = aftercare_actions.print_todays(window, db, changes=window.changes)
    with qtbot.waitSignal(op.finished, timeout=30_000):
        pass
    # One question naming what will be saved, one Save dialog for one file, one "Done".
    assert told[0].startswith("No printer is set up on this computer. Save the 3 sheets as one PDF")
    assert titles == [
        ("Save 3 aftercare sheets as one PDF", f"aftercare-{date.today()}-3-sheets.pdf")
    ]
    saved = tmp_path / "today.pdf"
    assert [p.name for p in tmp_path.glob("*.pdf")] == ["today.pdf"]  # one file, not 3
    assert told[1] == f"Done: 3 aftercare sheets saved to {saved}."
    assert window.statusBar().currentMessage() == told[1]
    texts = [page.extract_text() for page in PdfReader(saved).pages]
    firsts = [i for i, t in enumerate(texts) if "Page 1 of" in t]
    assert len(firsts) == 3 and [n for n in NAMES if any(n in texts[i] for i in firsts)] == list(
        NAMES
    )
    assert all(given(db, sid) == ["saved"] for sid in todays)


def test_with_a_printer_the_batch_is_one_print_job(
    qtbot, db, window, todays, tmp_path, monkeypatch
):
    out = tmp_path / "printed.pdf"
    told = []
    monkeypatch.setattr(aftercare_actions, "has_printer", lambda: True)
    monkeypatch.setattr(aftercare_actions, "choose_printer", lambda *a: pdf_printer(out))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    op = aftercare_actions.print_todays(window, db)
    with qtbot.waitSignal(op.finished, timeout=30_000):
        pass
    batch = aftercare_cases.aftercare_pdfs_for_day(db, date.today())
    assert len(PdfReader(out).pages) == batch.total_pages
    assert told == ["Done: 3 aftercare sheets printed."]
    assert all(given(db, sid) == ["printed"] for sid in todays)


def test_a_print_stopped_part_way_logs_only_whole_sheets(qtbot, db, window, todays, tmp_path):
    batch = aftercare_cases.aftercare_pdfs_for_day(db, date.today())
    from PySide6.QtWidgets import QProgressDialog

    stop_after = batch.first_pages[1] - 1  # the first sheet's last page
    original = QProgressDialog.wasCanceled
    QProgressDialog.wasCanceled = lambda self: self.value() >= stop_after  # type: ignore[method-assign]
    try:
        told = []
        from unittest import mock

        with mock.patch.object(QMessageBox, "information", lambda *a, **k: told.append(a[2])):
            printed = aftercare_actions.print_batch(
                window, db, pdf_printer(tmp_path / "p.pdf"), batch
            )
    finally:
        QProgressDialog.wasCanceled = original  # type: ignore[method-assign]
    assert printed == 1
    assert told == ["Printing stopped: 1 of 3 aftercare sheets printed."]
    assert [given(db, sid) for sid in todays] == [["printed"], [], []]


def test_saving_one_sheet_names_the_file_and_keeps_the_clients_name(
    qtbot, db, window, todays, tmp_path, monkeypatch
):
    client_id = store.get_session(db, todays[0]).client_id
    pdf = aftercare_cases.aftercare_pdf(db, client_id, todays[0])
    preview = SheetPreview(db, pdf, "Aftercare sheet — Zoë Brontë", window)
    qtbot.addWidget(preview)
    titles = []
    target = tmp_path / "zoe.pdf"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _p, title, *a: titles.append(title) or (str(target), ""),
    )
    assert preview.save_as() == target
    assert titles == ["Save aftercare sheet — Zoë Brontë"]  # not "zoë brontë"
    assert preview.findChild(QLabel, "preview_info").text() == "Saved to zoe.pdf"
    assert window.statusBar().currentMessage() == f"Aftercare sheet saved to {target}"
    assert PdfReader(io.BytesIO(target.read_bytes())).pages
    assert given(db, todays[0]) == ["saved"]


def test_save_titles():
    assert save_title("Blank aftercare sheet") == "Save blank aftercare sheet"
    assert save_title("Aftercare sheet — ÉLODIE McNEIL") == "Save aftercare sheet — ÉLODIE McNEIL"


def test_the_desk_opens_the_sheet_in_the_preview_that_confirms_saving(
    qtbot, db, window, todays, monkeypatch
):
    opened = []
    monkeypatch.setattr(SheetPreview, "exec", lambda self: opened.append(type(self)) or 0)
    client_id = store.get_session(db, todays[0]).client_id
    assert aftercare_actions.open_aftercare(window, db, client_id, todays[0])
    assert aftercare_actions.open_blank(window, db)
    assert opened == [SheetPreview, SheetPreview]
