"""The recovery-key panel shared by the first-run wizard and Clinic → Protect this clinic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from smpdesk.app import staff as staff_cases
from smpdesk.errors import UserError
from smpdesk.gui.access.recovery_sheet_panel import CONFIRM_TEXT, RecoverySheetPanel
from smpdesk.gui.widgets.form_support import ERROR_STYLE
from smpdesk.infra import key_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def panel(qtbot):
    widget = RecoverySheetPanel("Keep the sheet in the clinic safe.")
    qtbot.addWidget(widget)
    widget.resize(560, 300)
    widget.show()
    return widget


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The sentences of the "Not saved" boxes (which would block the test)."""
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text)
    )
    return said


def test_the_key_is_shown_in_two_lines_of_four_groups(panel, db, screenshot):
    recovery_key = key_file.new_recovery_key()
    panel.show_key(db, recovery_key, "clinic")
    first, second = panel.key_label.text().split("\n")
    assert first == "-".join(recovery_key.split("-")[:4])
    assert second == "-".join(recovery_key.split("-")[4:])
    # What is shown, copied as it is, is the key.
    assert key_file.parse_recovery_key(panel.key_label.text()) == key_file.parse_recovery_key(
        recovery_key
    )
    assert panel.key_label.height() >= panel.key_label.fontMetrics().lineSpacing() * 2
    assert panel.confirmed.text() == CONFIRM_TEXT and not panel.confirmed.isChecked()
    assert panel.sheet_name() == "recovery-sheet-clinic.pdf"
    screenshot(panel, "recovery_sheet_panel")


def test_nothing_is_made_or_saved_before_a_key_is_shown(panel, tmp_path, monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a))
    assert panel.sheet_pdf() is None
    assert panel.save_sheet() is None and not asked
    assert panel.save_sheet_to(str(tmp_path / "sheet.pdf")) is None
    assert not (tmp_path / "sheet.pdf").exists()


def test_save_sheet_to_writes_the_sheet_as_a_pdf(panel, db, tmp_path, warnings):
    panel.show_key(db, key_file.new_recovery_key(), "clinic")
    saved = panel.save_sheet_to(str(tmp_path / "recovery"))
    assert saved == tmp_path / "recovery.pdf"
    assert saved.read_bytes().startswith(b"%PDF") and saved.read_bytes() == panel.sheet_pdf()
    assert panel.sheet_status.isVisibleTo(panel)
    assert panel.sheet_status.text() == (
        f"Saved as {saved}. Move it to a USB stick kept in the clinic safe."
    )
    assert panel.sheet_status.styleSheet() != ERROR_STYLE
    assert not warnings


def test_save_sheet_asks_where_offering_the_clinics_name(panel, db, tmp_path, monkeypatch):
    panel.show_key(db, key_file.new_recovery_key(), "northside")
    offered: list[str] = []

    def ask(_parent, _title, suggested, _filter, *a, **k):
        offered.append(suggested)
        return str(tmp_path / "chosen.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert panel.save_sheet() == tmp_path / "chosen.pdf"
    assert Path(offered[0]).name == "recovery-sheet-northside.pdf"


def test_the_clinics_own_file_is_refused_with_a_sentence(panel, db, db_path, warnings):
    before = db_path.read_bytes()
    panel.show_key(db, key_file.new_recovery_key(), "clinic")
    assert panel.save_sheet_to(str(db_path)) is None
    assert db_path.read_bytes() == before
    assert len(warnings) == 1 and "clinic" in warnings[0].lower()
    assert warnings[0].endswith(".") and "\n" not in warnings[0]
    assert not panel.sheet_status.text().startswith("Saved")


def test_a_sheet_that_cannot_be_made_is_said_in_the_status_line(panel, db, tmp_path, monkeypatch):
    def refuse(*_args):
        raise UserError("The recovery sheet could not be made; try again.")

    monkeypatch.setattr(staff_cases, "recovery_sheet_pdf", refuse)
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a))
    panel.show_key(db, key_file.new_recovery_key(), "clinic")
    assert panel.save_sheet() is None
    assert not asked  # no file asked for when there is nothing to save
    assert panel.sheet_status.text() == "The recovery sheet could not be made; try again."
    assert panel.sheet_status.styleSheet() == ERROR_STYLE
    assert panel.sheet_status.isVisibleTo(panel)
    assert QApplication.overrideCursor() is None  # the wait cursor is gone again


def test_ticking_the_box_sends_the_signal(panel, qtbot):
    ticks: list[bool] = []
    panel.confirmed_changed.connect(ticks.append)
    with qtbot.waitSignal(panel.confirmed_changed, timeout=1000) as blocker:
        panel.confirmed.setChecked(True)
    assert blocker.args == [True]
    panel.confirmed.setChecked(False)
    assert ticks == [True, False]


def test_the_panel_opens_without_reportlab_or_qtpdf():
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from smpdesk.gui.access.recovery_sheet_panel import RecoverySheetPanel\n"
        "panel = RecoverySheetPanel('note')\n"
        "panel.show()\n"
        "loaded = {m for m in sys.modules if m.startswith(('reportlab', 'PySide6.QtPdf'))}\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)


def test_closing_asks_first_until_the_box_is_ticked(panel, monkeypatch):
    """The wizard and the protect dialog both close through may_close()."""
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not panel.may_close()
    answer[0] = QMessageBox.StandardButton.Close
    assert panel.may_close()
    assert asked == ["Close without the recovery sheet?"] * 2
    panel.confirmed.setChecked(True)
    assert panel.may_close() and len(asked) == 2
