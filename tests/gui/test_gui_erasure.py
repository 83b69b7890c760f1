"""Erasing a client and the retention list from the window (the owner's), and the restore
message that says who was removed again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from smpdesk.app import backups as backup_cases
from smpdesk.app import clients as client_cases
from smpdesk.app import erasure
from smpdesk.app.clinic import Clinic, load_settings, open_clinic
from smpdesk.domain.staff import Role, Staff
from smpdesk.gui.clients.erase_dialog import EraseDialog
from smpdesk.gui.clients.retention_dialog import RetentionDialog
from smpdesk.gui.main_window import MainWindow
from smpdesk.store import staff as staff_store
from tests.gui.helpers import type_text, when_dialog_opens

SCREEN = (1366, 768)


def _action(win: MainWindow, text: str) -> QAction:
    [found] = [a for a in win.findChildren(QAction) if a.text() == text]
    return found


def _fits_the_screen(dialog) -> None:
    hint = dialog.sizeHint()
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - 60
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - 60


def test_the_owner_erases_the_open_client_from_the_menu(qtbot, window, screenshot):
    client_id = 7
    client = client_cases.get_client(window.db, client_id)
    window.open_client(client_id)
    action = _action(window, "&Erase client…")
    assert action.isVisible()
    seen: dict[str, object] = {}

    def fill(dialog: EraseDialog) -> None:
        seen["disabled at first"] = not dialog.erase_button.isEnabled()
        seen["what"] = dialog.findChild(object, "erase_what").text()
        seen["kept"] = dialog.findChild(object, "erase_kept").text()
        type_text(qtbot, dialog.reason, "The client asked in writing on 3 March")
        type_text(qtbot, dialog.confirmation, client.client_number[:-1])
        seen["disabled with a digit missing"] = not dialog.erase_button.isEnabled()
        type_text(qtbot, dialog.confirmation, client.client_number[-1])
        _fits_the_screen(dialog)
        screenshot(dialog, "erase-dialog")
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, fill)
    action.trigger()
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)

    assert seen["disabled at first"] and seen["disabled with a digit missing"]
    assert "cannot be undone" in str(seen["what"]) and "session" in str(seen["what"])
    assert "Backups made before now still hold" in str(seen["kept"])
    assert client_cases.get_client(window.db, client_id) is None
    assert window.stack.currentWidget() is window.list_page  # the page closed
    assert window.client_page.client is None
    assert window.model.row_of(client_id) is None
    assert "was erased" in window.statusBar().currentMessage()
    assert window.count_label.text().startswith("59 ")


def test_a_wrong_number_leaves_the_erase_button_off_and_cancel_erases_nothing(qtbot, window):
    dialog = EraseDialog(window.db, 3, window)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.reason, "asked")
    type_text(qtbot, dialog.confirmation, "C00033")
    assert not dialog.erase_button.isEnabled()
    assert dialog.erase() is None
    dialog.reject()
    assert client_cases.get_client(window.db, 3) is not None


def _as(path: Path, role: Role) -> Clinic:
    handle = open_clinic(path)
    found = staff_store.find_staff(handle, role.value)
    staff_id = found.id if found else staff_store.insert_staff(handle, role.value, "P", role)
    handle.staff = Staff(staff_id, role.value, f"{role.value.title()} Person", role)
    return handle


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.PRACTITIONER])
def test_other_roles_see_neither_menu_item_and_are_refused_if_they_try(
    qtbot, demo_path, monkeypatch, role
):
    win = MainWindow(_as(demo_path, role), demo_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        assert not _action(win, "&Erase client…").isVisible()
        assert not _action(win, "Clients past re&tention…").isVisible()
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
        win.confirm_erasure(2)
        win.show_retention()
        assert len(told) == 2 and all("cannot" in t for t in told)
        assert client_cases.get_client(win.db, 2) is not None
    finally:
        win.close()


def _age_some_clients(db: Clinic) -> list[int]:
    """Three clients (with no forms) last seen long ago; every other visit is recent."""
    old = [
        r[0]
        for r in db.execute(
            "SELECT id FROM clients WHERE id NOT IN (SELECT client_id FROM responses) "
            "ORDER BY id LIMIT 3"
        )
    ]
    db.execute("UPDATE sessions SET session_date = '2026-01-01'")
    db.execute("UPDATE clients SET created_at = '2025-06-01T10:00:00+00:00'")
    for n, client_id in enumerate(old):
        db.execute("DELETE FROM sessions WHERE client_id = ?", [client_id])
        db.execute(
            "INSERT INTO sessions (client_id, session_date, session_type, created_at, "
            "updated_at) VALUES (?, ?, 'first', '', '')",
            [client_id, f"200{n + 1}-05-0{n + 1}"],
        )
    db.conn.commit()
    return old


def test_the_retention_list_reviews_and_erases(qtbot, window, monkeypatch, screenshot):
    old = _age_some_clients(window.db)
    done: dict[str, object] = {}

    def erase_second(dialog: EraseDialog) -> None:
        type_text(qtbot, dialog.reason, "Past the retention period, reviewed")
        type_text(qtbot, dialog.confirmation, dialog.preview.client_number)
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    def review(dialog: RetentionDialog) -> None:
        done["rows"] = dialog.table.rowCount()
        done["first"] = dialog.selected_client_id()
        done["intro"] = dialog.intro.text()
        _fits_the_screen(dialog)
        screenshot(dialog, "retention-dialog")
        dialog.table.selectRow(1)
        when_dialog_opens(qtbot, erase_second)
        dialog.erase_selected()
        qtbot.waitUntil(lambda: not window.operations.busy, timeout=10_000)
        done["rows after"] = dialog.table.rowCount()
        done["summary after"] = dialog.summary.text()
        screenshot(dialog, "retention-dialog-after")
        dialog.accept()

    when_dialog_opens(qtbot, review)
    _action(window, "Clients past re&tention…").trigger()

    assert done["rows"] == 3 and done["first"] == old[0]  # the longest ago first
    assert "8 years after their last visit" in str(done["intro"])
    assert done["rows after"] == 2
    assert "2 clients are past the 8-year retention period" in str(done["summary after"])
    assert client_cases.get_client(window.db, old[1]) is None
    assert window.model.row_of(old[1]) is None


def test_open_client_from_the_retention_list_shows_their_page(qtbot, window):
    old = _age_some_clients(window.db)

    def open_first(dialog: RetentionDialog) -> None:
        dialog.open_button.click()

    when_dialog_opens(qtbot, open_first)
    window.show_retention()
    assert window.stack.currentWidget() is window.client_page
    assert window.client_page.client.id == old[0]


def test_the_settings_dialog_edits_the_retention_period(qtbot, window, screenshot):
    from smpdesk.gui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Records"
    assert dialog.retention_years.value() == 8
    assert (dialog.retention_years.minimum(), dialog.retention_years.maximum()) == (1, 100)
    dialog.show()
    screenshot(dialog, "settings-records")
    dialog.retention_years.setValue(12)
    dialog.save()
    assert load_settings(window.db).retention_years == 12


def test_the_restore_message_says_who_was_removed_again(qtbot, db, db_path, monkeypatch):
    from smpdesk.app.demo import populate
    from smpdesk.gui.backups import backup_actions

    ids = populate(db, 4)
    made = backup_cases.back_up(db, db_path).made.path
    erasure.erase_client(db, ids[1], confirmation=f"C{ids[1]:05d}", reason="asked by email")
    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    assert backup_actions.restore_into(win, made) is not None
    qtbot.waitUntil(lambda: bool(told) and not win.operations.busy, timeout=10_000)
    assert "1 client erased since this backup was made was removed again." in told[-1]
    assert client_cases.get_client(win.db, ids[1]) is None
    assert win.model.row_of(ids[1]) is None
    QApplication.processEvents()
