"""The lock screen: every window covered, nothing typed lost, only the right person back in.

A plain QMainWindow with a line edit stands in for the main window, with a
half-filled dialog beside it (shown, or running ``exec()``).  A dialog that
runs ``exec()`` blocks the test, so what happens inside it is driven by
timers (:func:`when`) and checked afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import protection
from smpdesk.app import staff as staff_cases
from smpdesk.app.clinic import Clinic
from smpdesk.app.demo import create_protected_demo_clinic
from smpdesk.gui.access.lock import (
    LOCKED_TITLE,
    NOT_YOUR_PASSWORD,
    PIN_TRIES,
    PIN_TRIES_USED,
    LockController,
    UnlockDialog,
)
from smpdesk.infra import key_file
from tests.gui.helpers import type_text, when_dialog_opens

PASSWORD = "demo-practitioner-2026"
RECEPTION_PASSWORD = "demo-reception-2026"
PIN = "2580"
MAIN_TITLE = "smpdesk — Zoë Okafor"
NOTES_TITLE = "Record session — Zoë Okafor"
MAIN_TYPING = "Norwood 4, crown thin"
NOTES_TYPING = "Half-typed: pigment 2 shades light"


@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()
    yield
    protection._failures.clear()


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    path = tmp_path / "protected.sqlite3"
    create_protected_demo_clinic(path, 3)
    signed_in = protection.sign_in(path, "practitioner", PASSWORD)
    yield signed_in
    signed_in.close()


def _form(parent: QWidget, name: str) -> QLineEdit:
    """A line edit at the top of ``parent``, clear of the cover's centred "Locked"."""
    edit = QLineEdit()
    edit.setObjectName(name)
    layout = QVBoxLayout(parent)
    layout.addWidget(edit)
    layout.addStretch(1)
    return edit


@pytest.fixture
def main(qtbot: Any) -> tuple[QMainWindow, QLineEdit]:
    win = QMainWindow()
    win.setWindowTitle(MAIN_TITLE)
    central = QWidget()
    edit = _form(central, "main_edit")
    win.setCentralWidget(central)
    win.menuBar().addMenu("&Clinic")
    win.statusBar().showMessage("Zoë Okafor — 3 sessions")
    win.resize(720, 460)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, edit


def _notes_dialog(parent: QWidget, title: str = NOTES_TITLE) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = _form(dialog, "notes_edit")
    dialog.resize(420, 260)
    return dialog, edit


@pytest.fixture
def make_lock(qtbot: Any) -> Iterator[Callable[[Clinic, QWidget], LockController]]:
    made: list[LockController] = []

    def make(clinic: Clinic, win: QWidget) -> LockController:
        controller = LockController(clinic, idle_minutes=5, parent=win)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        if controller.locked:  # a failed test: do not leave its dialog open
            controller._finish()
        controller.stop()


def when(condition: Callable[[], bool], action: Callable[[], object], tries: int = 400) -> None:
    """Run ``action`` once ``condition`` holds, polling from the event loop (no blocking)."""

    def poll(left: int) -> None:
        if condition():
            action()
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))


def unlock_with(qtbot: Any, dialog: UnlockDialog, secret: str) -> None:
    dialog.secret.clear()
    type_text(qtbot, dialog.secret, secret)
    dialog.unlock_button.click()


def covered_blank(window: QWidget, widget: QWidget) -> bool:
    """``widget``'s place in a grab of ``window`` is one flat colour (no text, no frame)."""
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    top_left = widget.mapTo(window, QPoint(0, 0))
    first = image.pixelColor(int(top_left.x() * ratio), int(top_left.y() * ratio))
    for y in range(top_left.y(), top_left.y() + widget.height()):
        for x in range(top_left.x(), top_left.x() + widget.width(), 2):
            if image.pixelColor(int(x * ratio), int(y * ratio)) != first:
                return False
    return True


def assert_covered(controller: LockController, window: QWidget, edit: QLineEdit) -> None:
    cover = window.findChild(QWidget, "lock_cover")
    assert cover is not None and cover.isVisible()
    assert cover.geometry() == window.rect()
    assert window in controller.covered_windows()
    assert window.isVisible()  # covered, never hidden
    assert window.windowTitle() == LOCKED_TITLE  # a title may name a client
    assert covered_blank(window, edit)


def assert_uncovered(window: QWidget) -> None:
    covers = [c for c in window.findChildren(QWidget, "lock_cover") if c.isVisible()]
    assert not covers


class _LockScreen:
    """The locked window with the unlock dialog drawn where it sits over it."""

    def __init__(self, window: QWidget, dialog: QWidget) -> None:
        self.window, self.dialog = window, dialog

    def grab(self) -> QPixmap:
        pixmap = self.window.grab()
        painter = QPainter(pixmap)
        at = self.dialog.geometry().topLeft() - self.window.geometry().topLeft()
        front = self.dialog.grab()
        painter.drawPixmap(at, front)
        painter.setPen(QColor("#777777"))
        painter.drawRect(at.x() - 1, at.y() - 1, front.width() + 1, front.height() + 1)
        painter.end()
        return pixmap


# -- locking when idle -----------------------------------------------------------------------


def test_idle_lock_covers_every_window_and_keeps_the_typing(
    qtbot, clinic, main, make_lock, screenshot
):
    staff_cases.set_own_pin(clinic, PIN)
    win, main_edit = main
    notes, notes_edit = _notes_dialog(win)
    notes.show()
    qtbot.waitExposed(notes)
    type_text(qtbot, notes_edit, NOTES_TYPING)
    win.activateWindow()
    main_edit.setFocus()
    type_text(qtbot, main_edit, MAIN_TYPING)
    assert not covered_blank(win, main_edit)  # the check sees text when it is there

    controller = make_lock(clinic, win)
    controller.idle_watch.set_timeout_ms(200)
    qtbot.waitUntil(lambda: controller.locked, timeout=3000)

    assert_covered(controller, win, main_edit)
    assert_covered(controller, notes, notes_edit)
    assert controller.idle_watch.paused
    dialog = controller.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    assert dialog.heading.text() == "Locked — Priya Practitioner"
    assert "PIN" in dialog.prompt.text()
    # The covers take the keyboard: a key on a window goes nowhere.
    qtbot.keyClicks(win.findChild(QWidget, "lock_cover"), "zz")
    assert main_edit.text() == MAIN_TYPING
    # Escape leaves it locked.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and controller.locked
    screenshot(_LockScreen(win, dialog), "lock_screen")

    unlocked: list[bool] = []
    controller.unlocked.connect(lambda: unlocked.append(True))
    type_text(qtbot, dialog.secret, PIN)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)

    assert unlocked == [True] and not controller.locked
    assert not dialog.isVisible()
    for window in (win, notes):
        assert_uncovered(window)
    assert win.windowTitle() == MAIN_TITLE and notes.windowTitle() == NOTES_TITLE
    assert main_edit.text() == MAIN_TYPING and notes_edit.text() == NOTES_TYPING
    assert not covered_blank(win, main_edit)
    assert win.focusWidget() is main_edit
    assert not controller.idle_watch.paused
    notes.close()


def test_a_dialog_running_exec_is_covered_and_runs_on_after_the_unlock(
    qtbot, clinic, main, make_lock
):
    staff_cases.set_own_pin(clinic, PIN)
    win, _main_edit = main
    modal, modal_edit = _notes_dialog(win)
    controller = make_lock(clinic, win)
    seen: dict[str, Any] = {}

    def typing() -> None:
        modal_edit.setFocus()
        type_text(qtbot, modal_edit, NOTES_TYPING)
        controller.idle_watch.set_timeout_ms(200)  # then nobody touches anything

    def locked() -> None:
        dialog = controller.dialog
        assert dialog is not None
        seen["covered"] = set(controller.covered_windows()) == {win, modal}
        seen["blank"] = covered_blank(modal, modal_edit)
        seen["still_running"] = modal.isVisible()
        seen["on_top"] = QApplication.activeModalWidget() is dialog
        unlock_with(qtbot, dialog, PIN)
        QTimer.singleShot(50, after_unlock)

    def after_unlock() -> None:
        seen["unlocked"] = not controller.locked
        seen["typing"] = modal_edit.text()
        seen["focus"] = modal.focusWidget() is modal_edit
        seen["uncovered"] = not [
            c for c in modal.findChildren(QWidget, "lock_cover") if c.isVisible()
        ]
        modal.accept()

    def run() -> None:
        when(modal.isVisible, typing)
        when(lambda: controller.locked and controller.dialog is not None, locked)
        seen["result"] = modal.exec()

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(modal.reject)  # never hang the run on a broken lock
    guard.start(15000)
    QTimer.singleShot(0, run)
    qtbot.waitUntil(lambda: "result" in seen, timeout=20000)
    guard.stop()

    assert seen == {
        "covered": True,
        "blank": True,
        "still_running": True,
        "on_top": True,
        "unlocked": True,
        "typing": NOTES_TYPING,
        "focus": True,
        "uncovered": True,
        "result": QDialog.DialogCode.Accepted,
    }


def test_typing_keeps_the_screen_unlocked(qtbot, clinic, main, make_lock):
    win, main_edit = main
    controller = make_lock(clinic, win)
    controller.idle_watch.set_timeout_ms(400)
    for _ in range(10):  # a second of typing, a key every 100 ms
        qtbot.keyClicks(main_edit, "a")
        qtbot.wait(100)
        assert not controller.locked
    qtbot.waitUntil(lambda: controller.locked, timeout=3000)
    assert main_edit.text() == "a" * 10
    assert controller.dialog is not None and "password" in controller.dialog.prompt.text()
    unlock_with(qtbot, controller.dialog, PASSWORD)
    assert not controller.locked


# -- the unlock dialog -----------------------------------------------------------------------


def test_five_wrong_pins_leave_only_the_password(qtbot, clinic, main, make_lock, screenshot):
    staff_cases.set_own_pin(clinic, PIN)
    win, _edit = main
    controller = make_lock(clinic, win)
    controller.lock()
    dialog = controller.dialog
    assert dialog is not None

    for n in range(1, PIN_TRIES + 1):
        unlock_with(qtbot, dialog, "9137")
        assert controller.locked
        if n < PIN_TRIES:
            assert dialog.message.text().startswith("That is not your PIN")
    assert dialog.message.text() == PIN_TRIES_USED
    assert "password" in dialog.prompt.text()
    assert not dialog.use_password_button.isVisible()
    screenshot(dialog, "lock_screen_password_only")

    unlock_with(qtbot, dialog, PIN)  # the right PIN, too late
    assert controller.locked
    assert dialog.message.text() == NOT_YOUR_PASSWORD

    unlock_with(qtbot, dialog, PASSWORD)
    assert not controller.locked
    controller.lock()  # the password reset the count
    assert controller.dialog is not None and "PIN" in controller.dialog.prompt.text()
    unlock_with(qtbot, controller.dialog, PIN)
    assert not controller.locked
    from smpdesk.store import audit as audit_store

    outcomes = [
        e.outcome for e in audit_store.entries(clinic, limit=50) if e.action == "protection.unlock"
    ]
    assert outcomes.count("refused") == PIN_TRIES + 1 and outcomes.count("done") == 2


def test_wrong_passwords_wait_like_signing_in(qtbot, clinic, main, make_lock):
    win, _edit = main
    controller = make_lock(clinic, win)
    controller.lock()
    dialog = controller.dialog
    assert dialog is not None
    for _ in range(protection.FREE_TRIES):
        unlock_with(qtbot, dialog, "not-my-password-at-all")
        assert dialog.message.text() == NOT_YOUR_PASSWORD
    unlock_with(qtbot, dialog, PASSWORD)  # right, but the wait is still running
    assert controller.locked
    assert dialog.message.text().startswith("Too many wrong passwords for this account: wait")
    protection._failures.clear()  # the wait is over
    unlock_with(qtbot, dialog, PASSWORD)
    assert not controller.locked


def test_the_lock_never_stacks_and_follows_the_app_being_suspended(qtbot, clinic, main, make_lock):
    win, _edit = main
    controller = make_lock(clinic, win)
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert controller.locked
    first = controller.dialog
    controller.lock()
    controller.idle_watch.idle.emit()
    assert controller.dialog is first
    assert len(win.findChildren(QWidget, "lock_cover")) == 1
    when_dialog_opens(qtbot, lambda d: unlock_with(qtbot, d, PASSWORD))
    qtbot.waitUntil(lambda: not controller.locked)


def test_a_window_opened_while_locked_is_covered_and_the_unlock_stays_on_top(
    qtbot, clinic, main, make_lock
):
    win, _edit = main
    controller = make_lock(clinic, win)
    controller.lock()
    box = QMessageBox(
        QMessageBox.Icon.Information, "Backup", "Backup made: protected-2026-03-01.sqlite3"
    )
    box.setParent(win, box.windowFlags())
    seen: dict[str, Any] = {}

    def opened() -> None:
        dialog = controller.dialog
        assert dialog is not None
        seen["covered"] = box in controller.covered_windows()
        seen["on_top"] = QApplication.activeModalWidget() is dialog
        unlock_with(qtbot, dialog, PASSWORD)
        seen["box_still_open"] = box.isVisible()
        seen["box_uncovered"] = not [
            c for c in box.findChildren(QWidget, "lock_cover") if c.isVisible()
        ]
        box.accept()

    def run() -> None:
        when(
            lambda: box.isVisible() and QApplication.activeModalWidget() is controller.dialog,
            opened,
        )
        seen["result"] = box.exec()

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(box.reject)
    guard.start(15000)
    QTimer.singleShot(0, run)
    qtbot.waitUntil(lambda: "result" in seen, timeout=20000)
    guard.stop()
    assert seen["covered"] and seen["on_top"]
    assert seen["box_still_open"] and seen["box_uncovered"]
    assert not controller.locked
    box.deleteLater()


def test_a_window_destroyed_while_locked_loses_its_cover(qtbot, clinic, main, make_lock):
    win, _edit = main
    viewer, _viewer_edit = _notes_dialog(win, "Photo — Zoë Okafor")
    viewer.show()
    qtbot.waitExposed(viewer)
    controller = make_lock(clinic, win)
    controller.lock()
    assert viewer in controller.covered_windows()
    viewer.close()
    viewer.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert controller.covered_windows() == [win]
    assert controller.dialog is not None
    unlock_with(qtbot, controller.dialog, PASSWORD)
    assert not controller.locked
    assert_uncovered(win)


# -- someone else signs in -------------------------------------------------------------------


def _sign_in_as_reception(qtbot: Any, dialog: UnlockDialog) -> None:
    dialog.other_button.click()
    assert dialog.other_page.isVisible() and not dialog.unlock_page.isVisible()
    names = [dialog.names.itemText(i) for i in range(dialog.names.count())]
    assert "Priya Practitioner" not in names  # someone else
    dialog.names.setCurrentIndex(dialog.names.findData("reception"))
    type_text(qtbot, dialog.other_password, RECEPTION_PASSWORD)
    dialog.sign_in_button.click()


def test_switching_to_reception_closes_the_other_windows_when_asked(
    qtbot, clinic, main, make_lock, monkeypatch, screenshot
):
    win, main_edit = main
    notes, notes_edit = _notes_dialog(win)
    notes.show()
    qtbot.waitExposed(notes)
    type_text(qtbot, notes_edit, NOTES_TYPING)
    controller = make_lock(clinic, win)
    events: list[tuple[str, Any]] = []
    controller.switching.connect(
        lambda s: events.append(("switching", (s.login, len(controller.covered_windows()))))
    )
    controller.user_changed.connect(lambda s: events.append(("user_changed", s.login)))
    controller.unlocked.connect(lambda: events.append(("unlocked", None)))
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str, *_args: object) -> Any:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    controller.lock()
    dialog = controller.dialog
    assert dialog is not None

    # A wrong password for reception is refused like any sign-in.
    dialog.other_button.click()
    dialog.names.setCurrentIndex(dialog.names.findData("reception"))
    type_text(qtbot, dialog.other_password, "not-rorys-password")
    dialog.sign_in_button.click()
    assert dialog.other_message.text() == protection.SIGN_IN_REFUSED
    screenshot(dialog, "lock_screen_someone_else")
    dialog.back_button.click()

    # No: still locked, still Priya's, her dialog still open under its cover.
    _sign_in_as_reception(qtbot, dialog)
    assert asked == [
        "Close Priya Practitioner's open windows? Unsaved typing in them is lost; "
        "form drafts are kept."
    ]
    assert controller.locked and clinic.staff is not None
    assert clinic.staff.login == "practitioner"
    assert notes.isVisible() and notes in controller.covered_windows()
    assert "stay open" in dialog.other_message.text()

    # Yes: her windows close, Rory is signed in, the main window is uncovered.
    dialog.other_password.clear()
    _sign_in_as_reception(qtbot, dialog)
    assert len(asked) == 2
    assert not controller.locked
    assert not notes.isVisible()
    assert clinic.staff is not None and clinic.staff.login == "reception"
    assert clinic.key is not None  # the window's handle is still open with its key
    assert [kind for kind, _ in events] == ["switching", "switching", "user_changed", "unlocked"]
    assert events[0][1] == ("reception", 2)  # told while both windows were covered
    assert events[2][1] == "reception"
    assert_uncovered(win)
    assert win.windowTitle() == MAIN_TITLE
    assert main_edit.text() == ""
    # The trail: Priya locked, Rory's wrong password (written when he signed in),
    # Rory's sign-in while her windows stayed open, his second one, then Priya out.
    from smpdesk.store import audit as audit_store

    trail = [(e.action, e.outcome, e.staff_name) for e in audit_store.entries(clinic, limit=5)]
    assert list(reversed(trail)) == [
        ("protection.lock", "done", "Priya Practitioner"),
        ("protection.sign_in_failed", "refused", "Rory Reception"),
        ("protection.sign_in", "done", "Rory Reception"),
        ("protection.sign_in", "done", "Rory Reception"),
        ("protection.sign_out", "done", "Priya Practitioner"),
    ]


def test_signing_in_as_yourself_just_unlocks(qtbot, clinic, main, make_lock):
    win, _edit = main
    controller = make_lock(clinic, win)
    changed: list[object] = []
    controller.user_changed.connect(changed.append)
    controller.lock()
    dialog = controller.dialog
    assert dialog is not None
    dialog.other_button.click()
    # Priya is not on the list; a colleague who knows only their own name is.
    assert dialog.names.findData("practitioner") == -1
    assert controller.try_sign_in("practitioner", PASSWORD) is None
    assert not controller.locked and not changed
    assert clinic.staff is not None and clinic.staff.login == "practitioner"


def test_an_idle_lock_keeps_a_half_typed_session_dialog_in_the_real_window(
    qtbot, tmp_path, monkeypatch
):
    """The issue's case: a practitioner half-way through recording a session walks away."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    from smpdesk.app import clients as client_cases
    from smpdesk.app.demo import create_protected_demo_clinic
    from smpdesk.domain.client_details import ClientDetails
    from smpdesk.gui.main_window import MainWindow
    from smpdesk.gui.sessions.session_dialog import SessionDialog

    path = tmp_path / "clinic.sqlite3"
    create_protected_demo_clinic(path, 1)
    clinic = protection.sign_in(path, "practitioner", "demo-practitioner-2026")
    client = client_cases.add_client(clinic, ClientDetails(given_name="Ivo", family_name="Nel"))
    window = MainWindow(clinic, path)
    qtbot.addWidget(window)
    window.show()
    window.open_client(client.id)
    seen = {}

    def walk_away_and_come_back() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SessionDialog):
            QTimer.singleShot(20, walk_away_and_come_back)
            return
        try:
            lot = dialog.inputs["pigment_lot"]
            editor = lot if isinstance(lot, QLineEdit) else lot.lineEdit()
            before = editor.text()
            editor.setText("UM-2607")  # typed (without the completer's popup)
            window.lock.lock()
            seen["covered"] = dialog in window.lock.covered_windows()
            seen["title while locked"] = dialog.windowTitle()
            seen["refused"] = window.lock.try_unlock("not-the-password")
            seen["unlocked"] = window.lock.try_unlock("demo-practitioner-2026") is None
            seen["kept"] = editor.text()
            editor.setText(before)  # as it was: cancelling asks nothing
        except Exception as exc:
            seen["error"] = repr(exc)
        finally:
            dialog.done(0)

    QTimer.singleShot(0, walk_away_and_come_back)
    window.timeline.record_session()
    assert "error" not in seen, seen.get("error")
    assert seen["covered"] and "Locked" in seen["title while locked"]
    assert seen["refused"] and seen["unlocked"] and seen["kept"] == "UM-2607"
    window.close()
    clinic.close()
