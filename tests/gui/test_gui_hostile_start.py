"""The window at start-up with an empty file, a missing one, or a restore cut short.

An empty clinic file or a missing one with backups beside it must never be
turned into "0 clients": the window offers the newest good backup.  A
restore a crash interrupted is finished first, and the user is told.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from smpdesk.app import backup_files, restore
from smpdesk.app.clinic import open_clinic
from smpdesk.app.demo import populate
from smpdesk.gui import app
from smpdesk.gui.main_window import MainWindow


@pytest.fixture
def clinic(db_path):
    db = open_clinic(db_path)
    populate(db, 15)
    (db_path.parent / "backups").mkdir()
    good = backup_files.make_backup(db, db_path.parent / "backups").path
    db.conn.close()
    return db_path, good


def _close_windows(path):
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.db_path == path:
            widget.close()
            widget.deleteLater()


def _answer(monkeypatch, answer, asked, told):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)


def test_an_empty_clinic_file_offers_the_backup_not_a_new_clinic(qtbot, clinic, monkeypatch):
    db_path, _good = clinic
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"")
    asked, told = [], []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked, told)
    assert app.run_app(db_path) == 1
    assert "empty" in asked[0] and "Restore the newest good backup" in asked[0]
    assert db_path.read_bytes() == b""

    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked, told)
    assert app.run_app(db_path) == 0
    assert backup_files.check_database(db_path)[2]["clients"] == 15
    _close_windows(db_path)


def test_a_missing_default_clinic_with_backups_offers_them(qtbot, clinic, monkeypatch):
    db_path, _good = clinic
    monkeypatch.setattr(app, "default_db_path", lambda: db_path)
    db_path.unlink()
    asked, told = [], []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes, asked, told)
    assert app.run_app(db_path) == 0
    assert "holds a good backup" in asked[0]
    assert backup_files.check_database(db_path)[2]["clients"] == 15
    _close_windows(db_path)


def test_an_interrupted_restore_is_finished_and_told(qtbot, clinic, monkeypatch):
    db_path, good = clinic
    staged = restore.staged_path(db_path)
    restore._copy_owner_only(good, staged)
    aside = restore._free_name(
        db_path.parent / "backups", db_path.stem, __import__("datetime").datetime.now()
    )
    dead = 2**22 + 12345  # above Linux's pid_max: no such process
    restore._write_journal(db_path, restore._Plan(dead, "swapping", aside, good.name))
    restore._set_aside(db_path, aside)
    assert not db_path.exists()
    asked, told = [], []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked, told)
    assert app.run_app(db_path) == 0
    assert asked == [], "no 'create a new clinic?' question"
    assert any("has now been completed" in t for t in told)
    assert backup_files.check_database(db_path)[2]["clients"] == 15
    _close_windows(db_path)


def test_a_save_dialog_name_that_is_the_database_is_refused_with_a_sentence(
    qtbot, db_path, monkeypatch
):
    from PySide6.QtWidgets import QWidget

    from smpdesk.app import clinic as clinic_cases
    from smpdesk.gui.widgets.save_files import save_bytes

    parent = QWidget()
    qtbot.addWidget(parent)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    protected = clinic_cases.protected_files(db_path)
    spelled = str(db_path.parent / "sub" / ".." / db_path.name)
    (db_path.parent / "sub").mkdir()
    before = db_path.read_bytes()
    # Typed without .pdf: refused as typed, not quietly saved as clinic.sqlite3.pdf.
    assert save_bytes(parent, spelled, b"%PDF-1.4", protected, suffixes=(".pdf",), what="x") is None
    assert "clinic database" in warned[0]
    assert not (db_path.parent / f"{db_path.name}.pdf").exists()
    assert db_path.read_bytes() == before
    fine = save_bytes(
        parent, str(db_path.parent / "sheet"), b"%PDF-1.4", protected, suffixes=(".pdf",), what="x"
    )
    assert fine == db_path.parent / "sheet.pdf" and fine.read_bytes() == b"%PDF-1.4"
