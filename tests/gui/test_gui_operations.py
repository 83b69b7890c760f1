"""The operation runner and the change hub: slow work off the GUI thread, one way back."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import sessions as session_cases
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import UserError
from smpdesk.gui.changes import Changes
from smpdesk.gui.main_window import MainWindow
from smpdesk.gui.operations import UNEXPECTED, Cancelled, OperationRunner, runner_for
from smpdesk.gui.sessions.session_dialog import SessionDialog
from tests.gui.helpers import type_text, when_dialog_opens
from tests.paper_records import ON_PAPER

GUI_THREAD = threading.get_ident()


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def runner(parent, db):
    return OperationRunner(parent, db)


@pytest.fixture
def window(qtbot, db, db_path):
    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_result_comes_back_on_the_gui_thread(qtbot, runner, db):
    cid = client_cases.add_client(db, ClientDetails(given_name="Zoë", family_name="Brontë")).id
    seen = {}

    def done(name: str) -> None:
        seen["name"], seen["thread"] = name, threading.get_ident()

    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        op = runner.run(
            lambda own: store.get_client(own, cid).full_name, error_title="Test", on_done=done
        )
        assert op.running and runner.busy
    assert finished.args == [op]
    assert seen == {"name": "Zoë Brontë", "thread": GUI_THREAD}
    assert op.result == "Zoë Brontë" and op.error is None and not runner.busy
    assert QApplication.overrideCursor() is None  # the wait cursor went with it


class _Watched:
    """A connection that notes which thread closed it."""

    def __init__(self, conn, closed_on):
        self._conn, self._closed_on = conn, closed_on

    def close(self):
        self._closed_on.append(threading.get_ident())
        self._conn.close()

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_the_worker_has_its_own_thread_and_connection_and_closes_it(qtbot, runner, db, monkeypatch):
    from smpdesk.app.clinic import Clinic

    real_connect, closed_on, seen = Clinic.connect, [], {}

    def watched_connect(handle):
        own = real_connect(handle)
        own.conn = _Watched(own.conn, closed_on)
        return own

    monkeypatch.setattr(Clinic, "connect", watched_connect)

    def fn(own):
        seen["thread"], seen["conn"] = threading.get_ident(), id(own.conn._conn)
        return own.execute("SELECT count(*) FROM clients").fetchone()[0]

    with qtbot.waitSignal(runner.finished, timeout=5000):
        op = runner.run(fn, error_title="Test")
    assert op.result == 0
    assert seen["thread"] != GUI_THREAD
    assert seen["conn"] != id(db.conn)
    assert closed_on == [seen["thread"]]  # closed by the worker, on its own thread


def test_a_user_error_is_one_message_box_with_the_title_given(qtbot, runner, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(a[1:3]))
    done, failed = [], []

    def fn(_db):
        raise UserError("The folder E:/backups does not exist; connect the drive first.")

    with qtbot.waitSignal(runner.finished, timeout=5000):
        op = runner.run(
            fn, error_title="Backup not made", on_done=done.append, on_failed=failed.append
        )
    assert boxes == [
        ("Backup not made", "The folder E:/backups does not exist; connect the drive first.")
    ]
    assert done == [] and failed == [op.error] and isinstance(op.error, UserError)


def test_file_and_database_errors_are_told_as_one_sentence(qtbot, runner, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(a[2]))

    def fn(_db):
        raise sqlite3.OperationalError("database is locked")

    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.run(fn, error_title="Not exported")
    assert len(boxes) == 1 and "in use by another program" in boxes[0]


def test_a_bug_is_logged_and_shown_without_the_clients_data(qtbot, runner, monkeypatch, caplog):
    boxes = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: boxes.append(a[1:3]))

    record = "Zoë Brontë, " + "HIV positive"

    def fn(_db):
        raise KeyError(record)

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(runner.finished, timeout=5000):
        op = runner.run(fn, error_title="Follow-ups")
    assert boxes == [("Follow-ups", UNEXPECTED)]
    assert isinstance(op.error, KeyError)
    assert "KeyError" in caplog.text and "Brontë" not in caplog.text


def test_cancel_stops_a_long_function(qtbot, parent, runner, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail("no box for a cancel"))
    started, steps, cancelled = threading.Event(), [], []

    def long_job(_db, progress):
        for step in range(10_000):
            progress(step, 10_000)
            steps.append(step)
            started.set()
            time.sleep(0.001)
        return "finished"

    op = runner.run_with_progress(
        long_job,
        label="Working…",
        title="Test",
        error_title="Test",
        cancellable=True,
        on_done=lambda _r: pytest.fail("cancelled work is not delivered"),
        on_cancelled=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(started.is_set, timeout=5000)
    dialog = parent.findChild(QProgressDialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    with qtbot.waitSignal(op.finished, timeout=5000):
        dialog.findChild(QPushButton).click()  # the dialog's Cancel
    assert op.cancelled and cancelled == [True] and isinstance(op.error, Cancelled)
    assert len(steps) < 10_000
    assert parent.findChild(QProgressDialog) is None or not dialog.isVisible()


def test_progress_reaches_the_dialog(qtbot, parent, runner):
    release = threading.Event()

    def job(_db, progress):
        progress(3, 10)
        release.wait(5)
        return 10

    op = runner.run_with_progress(job, label="Working…", title="Test", error_title="Test")
    dialog = parent.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() == 3, timeout=5000)
    assert dialog.maximum() == 10
    assert dialog.findChild(QPushButton) is None  # not cancellable: no Cancel button
    with qtbot.waitSignal(op.finished, timeout=5000):
        release.set()
    assert op.result == 10


def test_a_job_that_reports_nothing_still_shows_its_box_soon(qtbot, parent, runner):
    release = threading.Event()
    op = runner.run_with_progress(
        lambda _db, _progress: release.wait(5), label="Writing…", title="Export", error_title="Test"
    )
    dialog = parent.findChild(QProgressDialog)
    assert not dialog.isVisible()  # a quick job never flashes a box
    qtbot.waitUntil(dialog.isVisible, timeout=2000)  # Qt's own default would be 4 s
    with qtbot.waitSignal(op.finished, timeout=5000):
        release.set()


def test_a_widget_in_the_window_finds_the_windows_runner(window, parent, db):
    inner = QWidget(window)
    assert runner_for(inner, db) is window.operations
    own = runner_for(parent, db)
    assert own is not window.operations and runner_for(parent, db) is own


def test_closing_the_window_stops_a_running_operation(qtbot, db, db_path):
    win = MainWindow(db, db_path)
    win.show()
    started = threading.Event()
    delivered = []

    def endless(_db, progress):
        started.set()
        while True:
            progress(0, 1)
            time.sleep(0.005)

    win.operations.run_with_progress(
        endless,
        label="Working…",
        title="Test",
        error_title="Test",
        cancellable=True,
        on_done=delivered.append,
    )
    qtbot.waitUntil(started.is_set, timeout=5000)
    win.close()  # cancels and waits: no thread outlives the window (the fixture checks)
    assert not win.operations.busy and delivered == []
    win.deleteLater()


def test_back_up_now_runs_on_a_worker_and_the_status_bar_follows(
    qtbot, window, db, db_path, monkeypatch
):
    from smpdesk.app import backups as backup_cases

    real_back_up = backup_cases.back_up
    seen = {}

    def spy(own, path, **kwargs):
        seen["thread"], seen["conn"] = threading.get_ident(), id(own.conn)
        seen["progress"] = kwargs.get("progress") is not None
        return real_back_up(own, path, **kwargs)

    monkeypatch.setattr(backup_cases, "back_up", spy)
    assert window.backup_label.text().startswith("No backup yet")
    [action] = [a for a in window.actions() if a.text() == "&Back up now"]
    with qtbot.waitSignal(window.operations.finished, timeout=10_000) as finished:
        action.trigger()
    made = finished.args[0].result.made.path
    assert made.exists() and made.parent == db_path.parent / "backups"
    assert seen == {"thread": seen["thread"], "conn": seen["conn"], "progress": True}
    assert seen["thread"] != GUI_THREAD and seen["conn"] != id(db.conn)
    assert window.statusBar().currentMessage() == f"Backup made and checked: {made.name}"
    assert "within the last hour" in window.backup_label.text()


def test_the_hourly_backup_is_quiet_and_skipped_while_work_runs(qtbot, window, db_path):
    op = window.back_up_if_due()
    assert op is not None
    assert window.findChild(QProgressDialog) is None and QApplication.overrideCursor() is None
    assert window.back_up_if_due() is None  # one at a time
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    assert op.result.made.path.exists()
    assert window.back_up_if_due() is None  # made today: not due


def test_saving_a_session_reloads_the_timeline_through_the_hub(qtbot, window, db):
    cid = client_cases.add_client(db, ClientDetails(given_name="Łukasz", family_name="Żółć")).id
    window.open_client(cid)
    assert window.timeline.tree.topLevelItemCount() == 0
    said = []
    window.changes.sessions_changed.connect(said.append)

    def fill(dialog):
        assert isinstance(dialog, SessionDialog)
        type_text(qtbot, dialog.inputs["pigment_lot"], "UM-2607-A")
        type_text(qtbot, dialog.override_input, ON_PAPER)  # no consent or history on file
        dialog.save()

    when_dialog_opens(qtbot, fill)
    window.timeline.record_session()
    assert said == [cid]
    # The session, and the line saying why it went ahead without consent or history.
    assert window.timeline.tree.topLevelItemCount() == 2
    assert "pigment lot UM-2607-A" in window.timeline.tree.topLevelItem(0).text(2)


def test_the_hub_reloads_only_the_client_shown(qtbot, window, db):
    shown = client_cases.add_client(db, ClientDetails(given_name="Ana", family_name="Shown")).id
    other = client_cases.add_client(db, ClientDetails(given_name="Bo", family_name="Other")).id
    window.open_client(shown)
    session_cases.record_session(
        db, other, SessionDetails(date.today().isoformat(), "first"), override_reason=ON_PAPER
    )
    window.changes.sessions_changed.emit(other)
    assert window.timeline.tree.topLevelItemCount() == 0
    session_cases.record_session(
        db, shown, SessionDetails(date.today().isoformat(), "first"), override_reason=ON_PAPER
    )
    window.changes.photos_changed.emit(shown)  # any change of the client shown reloads it
    assert window.timeline.tree.topLevelItemCount() == 2  # the session and why it went ahead


def test_a_tab_built_alone_has_a_hub_of_its_own(qtbot, db):
    from smpdesk.gui.sessions.timeline_tab import TimelineTab

    tab = TimelineTab(db)
    qtbot.addWidget(tab)
    assert isinstance(tab.changes, Changes)
    assert not hasattr(tab, "changed")  # the old signal nobody listened to is gone


def test_no_event_loop_is_spun_by_hand_in_the_gui():
    import smpdesk.gui

    folder = Path(smpdesk.gui.__file__).parent
    spinning = [p.name for p in folder.rglob("*.py") if "processEvents(" in p.read_text("utf-8")]
    assert spinning == []
