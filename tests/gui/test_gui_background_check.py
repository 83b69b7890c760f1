"""The start-up integrity check runs after the window is shown, on a worker.

Opening a clinic no longer waits for ``PRAGMA quick_check`` (it read the
whole file before the window showed).  The check starts once the client
list has painted; its result is in the status bar; damage it finds gets the
newest good backup offered, and a red sentence that stays until a restore.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from smpdesk.app import backup_files
from smpdesk.app import backups as backup_cases
from smpdesk.app.clinic import open_clinic
from smpdesk.errors import UserError
from smpdesk.gui import app, integrity_check
from smpdesk.gui.integrity_check import CHECKED, LABEL_NAME, StartupCheck, check_after_paint
from smpdesk.gui.main_window import MainWindow


def _label(win: MainWindow) -> str:
    """The check's sentence in the status bar, "" once gone (taken out, deleted later)."""
    label = win.statusBar().findChild(QLabel, LABEL_NAME)
    return label.text() if label is not None and label.isVisibleTo(win) else ""


def _damage_a_table_the_list_never_reads(path: Path) -> None:
    """Break the root page of one table: the file opens and the list paints, but
    reading every page (quick_check) finds it."""
    db = open_clinic(path)
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'photo_versions'").fetchone()
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()  # the last connection: the WAL is checkpointed into the file
    data = bytearray(path.read_bytes())
    data[(root[0] - 1) * page_size] = 0xFF  # not a b-tree page type
    path.write_bytes(bytes(data))


@pytest.fixture
def backed_up(demo_path: Path) -> Path:
    """The demo clinic with one good backup beside it."""
    db = open_clinic(demo_path)
    (demo_path.parent / "backups").mkdir()
    backup_files.make_backup(db, demo_path.parent / "backups")
    db.close()
    return demo_path


@pytest.fixture
def make_window(qtbot):
    """``make_window(path, **options)``: a window on ``path`` (not shown yet) and its check."""
    made = []

    def make(path: Path, **options) -> tuple[MainWindow, StartupCheck]:
        win = MainWindow(open_clinic(path), path)
        qtbot.addWidget(win)
        made.append(win)
        return win, check_after_paint(win, **options)

    yield make
    for win in made:
        win.close()
        win.db.close()


def test_the_check_starts_only_once_the_list_has_painted(qtbot, make_window, demo_path, screenshot):
    win, check = make_window(demo_path)
    qtbot.wait(50)  # events, but no paint: the window is not shown yet
    assert check.operation is None and not win.work_running()
    painted = []
    win.table.viewport().installEventFilter(
        filter_ := _PaintSpy(lambda: painted.append(check.operation is None))
    )
    with qtbot.waitSignal(check.finished, timeout=10_000) as finished:
        win.show()
    assert painted and painted[0], "the list painted before the check started"
    outcome = finished.args[0]
    assert outcome.ok is True and "passed the quick check" in outcome.message
    assert _label(win) == CHECKED
    assert not win.work_running()
    win.table.viewport().removeEventFilter(filter_)
    screenshot(win, "startup_check_passed")


def test_a_window_never_shown_is_never_checked(qtbot, make_window, demo_path):
    _win, check = make_window(demo_path, fallback_ms=10)
    qtbot.wait(100)
    assert check.operation is None


def test_damage_found_after_start_is_said_and_the_newest_backup_restored(
    qtbot, make_window, backed_up, monkeypatch, screenshot
):
    _damage_a_table_the_list_never_reads(backed_up)
    asked, told = [], []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    win, check = make_window(backed_up)
    with qtbot.waitSignal(check.finished, timeout=10_000) as finished:
        win.show()
    outcome = finished.args[0]
    assert outcome.ok is False and "is damaged" in outcome.message
    assert outcome.good is not None
    assert "is damaged" in asked[0] and "Restore the newest good backup" in asked[0]
    # The window's own restore runs on a worker; the sentence goes once it is done.
    qtbot.waitUntil(lambda: bool(told) and not win.work_running(), timeout=20_000)
    assert "Restored" in told[0] and "previous database was kept" in told[0]
    assert _label(win) == ""
    ok, _message, counts = backup_files.check_database(backed_up)
    assert ok and counts["clients"] == win.model.rowCount() == 60
    screenshot(win, "startup_check_restored")


def test_damage_declined_leaves_a_red_sentence_saying_what_to_do(
    qtbot, make_window, backed_up, monkeypatch, screenshot
):
    _damage_a_table_the_list_never_reads(backed_up)
    damaged = backed_up.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    win, check = make_window(backed_up)
    with qtbot.waitSignal(check.finished, timeout=10_000):
        win.show()
    text = _label(win)
    assert "damaged" in text and "do not keep working in it" in text
    assert "File → Restore from a backup…" in text
    label = win.statusBar().findChild(QLabel, LABEL_NAME)
    assert "#b00020" in label.styleSheet() and label.isVisible()
    win.statusBar().showMessage("Saved.", 5000)  # a timed message does not hide it
    assert label.isVisible()
    assert backed_up.read_bytes() == damaged  # the check wrote nothing
    qtbot.wait(20)
    screenshot(win, "startup_check_damaged")


def test_damage_with_no_backup_says_to_stop_and_get_help(
    qtbot, make_window, demo_path, monkeypatch
):
    _damage_a_table_the_list_never_reads(demo_path)
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: told.append(a[2]))
    win, check = make_window(demo_path)
    with qtbot.waitSignal(check.finished, timeout=10_000):
        win.show()
    assert "is damaged" in told[0] and "no good backup beside it" in told[0]
    assert "ask for help" in _label(win)


def test_a_check_that_cannot_run_is_said_not_boxed(qtbot, make_window, demo_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise UserError("The disk is full, so the quick check could not run.")

    monkeypatch.setattr(backup_cases, "check_database", refuse)
    win, check = make_window(demo_path)
    with qtbot.waitSignal(check.finished, timeout=10_000) as finished:
        win.show()
    assert finished.args[0].ok is None
    assert _label(win).startswith("The clinic file was not checked: The disk is full")


def test_closing_the_window_while_checking_waits_for_the_worker(
    qtbot, make_window, demo_path, monkeypatch
):
    release = threading.Event()
    entered = threading.Event()
    real = backup_cases.check_database

    def slow(*args, **kwargs):
        entered.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_cases, "check_database", slow)
    win, check = make_window(demo_path)
    win.show()
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    assert win.work_running()  # a restore or protecting would wait for it
    threading.Timer(0.2, release.set).start()
    win.close()  # waits for the worker; reports nothing afterwards
    assert not check.running and check.outcome is None
    check.start()  # at most once
    assert not check.running and check.outcome is None


def test_run_app_checks_the_file_only_after_the_window_is_shown(qtbot, demo_path, monkeypatch):
    state = {"in_exec": False}
    calls = []
    real = backup_cases.check_database

    def spy(*args, **kwargs):
        calls.append((state["in_exec"], threading.current_thread() is threading.main_thread()))
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_cases, "check_database", spy)
    seen = []

    def event_loop(_app):
        state["in_exec"] = True
        [win] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.db_path == demo_path
        ]
        assert win.isVisible()
        assert win.findChild(StartupCheck) is None, "nothing of the check before the paint"
        qtbot.waitUntil(lambda: win.findChild(StartupCheck) is not None, timeout=10_000)
        check = win.findChild(StartupCheck)
        qtbot.waitUntil(lambda: check.outcome is not None, timeout=10_000)
        seen.append(_label(win))
        win.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app.run_app(demo_path) == 0
    assert calls == [(True, False)], "checked once, on a worker, after the window was shown"
    assert seen == [CHECKED]


def test_run_app_leaves_no_check_behind_when_the_loop_ends_at_once(qtbot, demo_path, monkeypatch):
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    assert app.run_app(demo_path) == 0
    [win] = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.db_path == demo_path
    ]
    qtbot.wait(50)  # the window paints now, after run_app ended its event loop
    assert win.findChild(StartupCheck) is None, "no check starts once the loop has ended"
    win.close()
    win.deleteLater()


def test_a_first_read_that_fails_after_opening_gets_the_start_up_offer(
    qtbot, backed_up, monkeypatch
):
    """Damage that opening misses but the window's first query meets: as before the
    window existed, the check says what is wrong and the newest good backup is offered."""
    _damage_a_table_the_list_never_reads(backed_up)
    real, handles = app.MainWindow, []

    def first_read_fails(db, *args, **kwargs):
        handles.append(db)
        if len(handles) == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(db, *args, **kwargs)

    asked, told = [], []
    monkeypatch.setattr(app, "MainWindow", first_read_fails)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    assert app.run_app(backed_up) == 0
    assert "is damaged" in asked[0] and "Restore the newest good backup" in asked[0]
    assert "damaged file was kept" in told[0]
    with pytest.raises(backup_cases.SQLITE_ERRORS):  # the first handle was let go
        handles[0].conn.execute("SELECT 1")
    ok, _message, counts = backup_files.check_database(backed_up)
    assert ok and counts["clients"] == 60
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.db_path == backed_up:
            widget.close()
            widget.deleteLater()


def test_the_restore_question_is_the_one_start_up_always_asked():
    good = backup_files.BackupInfo(Path("b.sqlite3"), datetime(2025, 3, 4, 9, 5), 1, True)
    text = integrity_check.restore_question("The clinic database X is damaged.", good)
    assert text.startswith("The clinic database X is damaged.\n\nRestore the newest good backup")
    assert "The damaged file is kept aside, not deleted" in text


class _PaintSpy(QObject):
    """An event filter calling ``seen()`` at each paint of what it watches."""

    def __init__(self, seen) -> None:
        super().__init__()
        self._seen = seen

    def eventFilter(self, _watched, event) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Paint:
            self._seen()
        return False
