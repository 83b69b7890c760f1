"""The desk as a user drives it: keys, clicks and what appears on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.textfold import fold
from smpdesk.gui.clients.client_dialog import ClientDialog
from smpdesk.gui.clients.client_list_model import ClientListModel
from smpdesk.gui.main_window import MainWindow
from tests.gui.helpers import type_text, when_dialog_opens


def visible_names(win: MainWindow) -> list[str]:
    model = win.model
    return [
        f"{model.index(r, 2).data()} {model.index(r, 1).data()}" for r in range(model.rowCount())
    ]


def test_main_window_lists_demo_clients(window, demo_db, screenshot):
    active = store.count_clients(demo_db)
    assert window.model.rowCount() == active > 40
    assert window.count_label.text() == f"{active} clients"
    screenshot(window, "main_window")


def test_typing_filters_the_list_as_you_type(window, qtbot, demo_db):
    target = store.get_client(demo_db, store.search_client_ids(demo_db)[0])
    window.focus_search()
    type_text(qtbot, window.search_box, target.family_name[:3])
    after_three = window.model.rowCount()
    assert 0 < after_three < store.count_clients(demo_db)
    type_text(qtbot, window.search_box, target.family_name[3:] + " " + target.given_name)
    assert 0 < window.model.rowCount() <= after_three
    assert all(target.family_name in name for name in visible_names(window))
    assert "match" in window.count_label.text()


def test_search_without_accents_finds_accented_demo_names(window, qtbot):
    for plain, accented in [("lukasz", "Łukasz"), ("oyvind", "Øyvind"), ("zoe", "Zoë")]:
        window.search_box.clear()
        type_text(qtbot, window.search_box, plain)
        names = visible_names(window)
        assert names, f"the demo clinic should have a {accented}"
        assert all(accented in n for n in names)


def test_search_by_phone_digits(window, qtbot, demo_db):
    client = client_cases.add_client(
        demo_db, ClientDetails(given_name="Kwame", family_name="Testphone", phone="07700 900 777")
    )
    window.focus_search()
    type_text(qtbot, window.search_box, "900777")
    assert [window.model.client_id(r) for r in range(window.model.rowCount())] == [client.id]


def test_hostile_search_text_keeps_the_window_working(window, qtbot):
    window.focus_search()
    for text in ['"', "AND (", "*", "NEAR("]:
        window.search_box.setText(text)
    window.search_box.clear()
    assert window.model.rowCount() > 0


def test_ctrl_f_focuses_search_and_enter_opens_the_client(window, qtbot, demo_db):
    client = client_cases.add_client(
        demo_db, ClientDetails(given_name="Oisín", family_name="Quinnell")
    )
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    type_text(qtbot, window.search_box, "quinnell")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.client_page
    assert window.client_page.client.id == client.id
    qtbot.keyClick(window.client_page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.list_page


def test_escape_clears_the_search_box(window, qtbot):
    window.focus_search()
    type_text(qtbot, window.search_box, "zoe")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""


def test_returning_from_a_client_keeps_the_place_in_a_long_list(window, qtbot, monkeypatch):
    from smpdesk.gui.clients import client_list_model

    monkeypatch.setattr(client_list_model, "FIRST_IDS", 5)
    monkeypatch.setattr(client_list_model, "MORE_IDS", 5)
    window.model.refresh()
    while window.model.rowCount() < 23:
        window.model.fetchMore(client_list_model.QModelIndex())
    far = window.model.client_id(22)
    window.open_client_at(22)
    qtbot.keyClick(window.client_page, Qt.Key.Key_Escape)
    selected = window.table.selectionModel().selectedRows()
    assert [window.model.client_id(i.row()) for i in selected] == [far]


def test_enter_in_the_table_opens_the_selected_client(window, qtbot):
    window.focus_search()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    expected = window.model.client_id(1)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.client_page
    assert window.client_page.client.id == expected


def test_clicking_a_header_sorts(window, qtbot, demo_db):
    header = window.table.horizontalHeader()

    def click_given_header():
        x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    def given_keys():
        ids = [window.model.client_id(r) for r in range(window.model.rowCount())]
        rows = store.list_rows(demo_db, ids)
        return [fold(rows[i].given_name) for i in ids]

    click_given_header()
    assert header.sortIndicatorSection() == 2
    ascending = given_keys()
    assert ascending == sorted(ascending)
    click_given_header()
    assert given_keys() == sorted(ascending, reverse=True)


def test_ctrl_n_creates_a_client_through_the_dialog(window, qtbot, demo_db, screenshot):
    def fill(dialog):
        assert isinstance(dialog, ClientDialog)
        type_text(qtbot, dialog.inputs["given_name"], "Zoë")
        type_text(qtbot, dialog.inputs["family_name"], "Ó Súilleabháin")
        type_text(qtbot, dialog.inputs["preferred_name"], "Zo")
        type_text(qtbot, dialog.inputs["date_of_birth"], "1984-03-27")
        type_text(qtbot, dialog.inputs["phone"], "07700 900 456")
        type_text(qtbot, dialog.inputs["email"], "zoe@example.org")
        dialog.inputs["sex"].setCurrentIndex(dialog.inputs["sex"].findData("female"))
        dialog.inputs["address"].setPlainText("12 Mill Road\nNorwich")
        screenshot(dialog, "client_dialog")
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    when_dialog_opens(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    page = window.client_page
    assert window.stack.currentWidget() is page
    assert page.client.family_name == "Ó Súilleabháin"
    assert "Zoë Ó Súilleabháin" in page.name_label.text()
    assert "“Zo”" in page.name_label.text()
    assert f"Client no. {page.client.client_number}" in page.facts_label.text()
    assert "years" in page.facts_label.text()
    assert "07700 900 456" in page.contact_label.text()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Details",
        "Timeline",
        "Questionnaires",
        "Photos",
        "Patch tests",
        "Design",
        "Plan",
        "Payments",
    ]
    screenshot(window, "client_page")
    assert store.search_client_ids(demo_db, "suilleabhain zoe") == [page.client.id]


def test_dialog_shows_problems_next_to_fields_and_saves_nothing(qtbot, db, screenshot):
    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.inputs["family_name"], "Brontë")
    type_text(qtbot, dialog.inputs["date_of_birth"], "31/02/1984")  # no such day
    type_text(qtbot, dialog.inputs["email"], "zoe@")
    dialog.save()
    assert dialog.result() == 0
    assert dialog.errors["given_name"].isVisible()
    assert dialog.errors["given_name"].text() == "Enter the client's given name."
    assert "DD/MM/YYYY" in dialog.errors["date_of_birth"].text()
    assert dialog.errors["email"].isVisible()
    assert not dialog.errors["family_name"].isVisible()
    assert dialog.focusWidget() is dialog.inputs["given_name"]
    screenshot(dialog, "client_dialog_errors")
    assert store.count_clients(db, "all") == 0

    type_text(qtbot, dialog.inputs["given_name"], "Zoë")
    dialog.inputs["date_of_birth"].setText("1984-03-27")
    dialog.inputs["email"].setText("zoe@example.org")
    dialog.save()
    assert dialog.result() == ClientDialog.DialogCode.Accepted
    assert store.count_clients(db) == 1


def test_failed_save_keeps_what_was_typed(qtbot, db, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    db.execute("PRAGMA query_only = ON")  # every write now fails, as on a read-only disk
    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.inputs["given_name"], "Zoë")
    type_text(qtbot, dialog.inputs["family_name"], "Brontë")
    dialog.save()
    assert len(warnings) == 1
    assert "read-only, so nothing was saved" in warnings[0]
    assert dialog.result() == 0
    assert dialog.details().given_name == "Zoë"
    db.execute("PRAGMA query_only = OFF")
    dialog.save()  # the user retries once the problem is fixed
    assert dialog.result() == ClientDialog.DialogCode.Accepted
    assert store.count_clients(db) == 1


def test_edit_updates_the_page_and_the_search(window, qtbot, demo_db):
    client = client_cases.add_client(
        demo_db, ClientDetails(given_name="Ana", family_name="Oldname")
    )
    window.open_client(client.id)

    def change(dialog):
        dialog.inputs["family_name"].setText("Newname")
        dialog.save()

    when_dialog_opens(qtbot, change)
    qtbot.mouseClick(window.client_page.edit_button, Qt.MouseButton.LeftButton)
    assert "Ana Newname" in window.client_page.name_label.text()
    assert store.search_client_ids(demo_db, "oldname") == []
    assert store.search_client_ids(demo_db, "newname") == [client.id]


def test_archive_hides_the_client_and_the_filter_shows_them(window, qtbot, demo_db, monkeypatch):
    client = client_cases.add_client(
        demo_db, ClientDetails(given_name="Niamh", family_name="Archer")
    )
    window.model.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.open_client(client.id)
    qtbot.mouseClick(window.client_page.archive_button, Qt.MouseButton.LeftButton)
    assert window.client_page.archived_banner.isVisibleTo(window.client_page)
    assert window.client_page.archive_button.text() == "Restore"
    window.show_list()
    window.search_box.setText("archer")
    assert window.model.rowCount() == 0
    window.archive_filter.setCurrentIndex(window.archive_filter.findData("archived"))
    assert [window.model.client_id(r) for r in range(window.model.rowCount())] == [client.id]
    assert window.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Archived client"
    assert store.get_client(demo_db, client.id) is not None  # nothing deleted


def test_archive_can_be_cancelled(window, qtbot, demo_db, monkeypatch):
    client = client_cases.add_client(demo_db, ClientDetails(given_name="Yaw", family_name="Stay"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    window.open_client(client.id)
    qtbot.mouseClick(window.client_page.archive_button, Qt.MouseButton.LeftButton)
    assert not store.get_client(demo_db, client.id).is_archived


def test_demo_window_says_it_is_a_demo(qtbot, demo_db, demo_path):
    win = MainWindow(demo_db, demo_path, demo=True)
    qtbot.addWidget(win)
    assert "Demo" in win.windowTitle()


def test_client_list_model_passes_qt_model_tester(qtmodeltester, demo_db):
    model = ClientListModel(demo_db)
    model.refresh()
    qtmodeltester.check(model)
    model.set_search("a")
    qtmodeltester.check(model)


def test_first_run_creates_the_database_at_the_standard_place(qtbot, tmp_path, monkeypatch):
    from smpdesk.gui import app

    standard = tmp_path / "data" / "clinic.sqlite3"
    monkeypatch.setattr(app, "default_db_path", lambda: standard)
    win = app.open_main_window(standard)
    qtbot.addWidget(win)
    assert standard.exists()
    assert win.model.rowCount() == 0
    # Counted once the list has painted, not before (start-up waits for nothing else).
    assert win.count_label.text() == ""
    win.show()
    qtbot.waitUntil(lambda: win.count_label.text() == "0 clients")


def test_a_missing_database_elsewhere_is_only_created_when_confirmed(qtbot, tmp_path, monkeypatch):
    from smpdesk.gui import app

    elsewhere = tmp_path / "usb" / "clinic.sqlite3"
    elsewhere.parent.mkdir()
    asked = []

    def say(answer):
        def question(*args, **_kwargs):
            asked.append(args[2])
            if args[1] == "Protect this new clinic?":
                return QMessageBox.StandardButton.No  # offered; later, from the banner
            return answer

        return question

    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.No))
    assert app.run_app(elsewhere) == 1
    assert not elsewhere.exists()
    assert "no clinic database" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app.run_app(elsewhere) == 0
    assert elsewhere.exists()
    assert any("Protecting encrypts the clinic file" in text for text in asked)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.db_path == elsewhere:
            widget.close()
            widget.deleteLater()


def test_model_loads_ids_in_pages_as_the_view_scrolls(qtbot, demo_db, monkeypatch, qtmodeltester):
    from smpdesk.gui.clients import client_list_model

    monkeypatch.setattr(client_list_model, "FIRST_IDS", 10)
    monkeypatch.setattr(client_list_model, "MORE_IDS", 15)
    model = ClientListModel(demo_db)
    model.refresh()
    assert model.rowCount() == 10
    assert model.canFetchMore(client_list_model.QModelIndex())
    model.fetchMore(client_list_model.QModelIndex())
    assert model.rowCount() == 25
    while model.canFetchMore(client_list_model.QModelIndex()):
        model.fetchMore(client_list_model.QModelIndex())
    everyone = store.search_client_ids(demo_db)
    assert [model.client_id(r) for r in range(model.rowCount())] == everyone
    model.refresh()
    qtmodeltester.check(model)


def test_count_label_when_more_match_than_are_loaded(window, monkeypatch):
    from smpdesk.gui.clients import client_list_model

    monkeypatch.setattr(client_list_model, "FIRST_IDS", 5)
    window.search_box.setText("example")  # every demo email is at example.*
    assert window.model.rowCount() == 5
    assert window.count_label.text().startswith("More than 5 of ")
    assert "keep typing" in window.count_label.text()


def test_edit_refuses_to_overwrite_a_change_made_elsewhere(qtbot, db, monkeypatch):
    client = client_cases.add_client(db, ClientDetails(given_name="Ana", family_name="First"))
    dialog = ClientDialog(db, client)
    qtbot.addWidget(dialog)
    # Meanwhile a script (or another window) saves a new phone number.
    client_cases.update_client(
        db, client.id, ClientDetails(given_name="Ana", family_name="First", phone="07700 900111")
    )
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog.inputs["family_name"].setText("Second")
    dialog.save()
    assert dialog.result() == 0
    assert warnings and "Someone else saved changes to this client" in warnings[0]
    assert dialog.details().family_name == "Second"  # the typing is still there
    saved = store.get_client(db, client.id)
    assert (saved.family_name, saved.phone) == ("First", "07700 900111")


def test_escape_with_unsaved_typing_asks_before_discarding(qtbot, db, monkeypatch):
    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Cancel
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    type_text(qtbot, dialog.inputs["given_name"], "Zoë")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()


def test_closing_the_window_leaves_a_verified_backup(qtbot, db, db_path):
    from smpdesk.app import backup_files

    client_cases.add_client(db, ClientDetails(given_name="Zoë", family_name="Brontë"))
    win = MainWindow(db, db_path, auto_backup=True)
    win.show()
    win.close()
    # Made after the window has gone, on a thread of its own (tests/gui/test_gui_close_backup.py).
    assert win.close_backup is not None and win.close_backup.join(60)
    [made] = backup_files.list_backups(db_path.parent / "backups", db_path.stem, verify=True)
    assert made.ok
    win.deleteLater()


def test_demo_windows_make_no_backups(qtbot, demo_db, demo_path):
    win = MainWindow(demo_db, demo_path, demo=True, auto_backup=True)
    win.show()
    win.close()
    assert not (demo_path.parent / "backups").exists()
    win.deleteLater()


def test_a_second_copy_on_the_same_database_is_refused(qtbot, db_path):
    from smpdesk.gui import single_instance

    first = single_instance.acquire(db_path)
    try:
        with pytest.raises(single_instance.AlreadyOpenError, match="already open"):
            single_instance.acquire(db_path)
    finally:
        first.unlock()
    again = single_instance.acquire(db_path)  # free once the first lets go
    again.unlock()


def test_a_lock_left_by_a_crash_is_taken_over(qtbot, db_path):
    import socket
    import subprocess
    import sys

    from smpdesk.gui import single_instance

    # A process that took the lock and died without releasing it.
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(single_instance.lock_path(db_path))!r})\n"
        "assert lock.tryLock(100)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert single_instance.lock_path(db_path).exists()
    assert socket.gethostname()
    taken = single_instance.acquire(db_path)
    taken.unlock()


def test_run_app_refuses_a_second_copy_with_a_sentence(qtbot, db_path, monkeypatch):
    from smpdesk.gui import app, single_instance

    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: told.append(a[2]))
    held = single_instance.acquire(db_path)
    try:
        assert app.run_app(db_path) == 1
    finally:
        held.unlock()
    assert told and told[0].startswith("smpdesk is already open on this clinic database")


def test_status_bar_shows_the_last_backup_and_back_up_now(qtbot, db, db_path, screenshot):
    from datetime import datetime, timedelta

    from smpdesk.app import backup_files

    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.backup_label.text().startswith("No backup yet")
    folder = db_path.parent / "backups"
    folder.mkdir()
    old = backup_files.make_backup(db, folder, when=datetime.now() - timedelta(days=3))
    win.update_backup_label()
    assert "(3 days ago)" in win.backup_label.text()
    assert "#b00020" in win.backup_label.styleSheet()  # older than two days: red
    [action] = [a for a in win.actions() if a.text() == "&Back up now"]
    assert action.shortcut().toString() == "Ctrl+B"
    with qtbot.waitSignal(win.operations.finished, timeout=10_000):  # made on a worker
        action.trigger()
    assert "within the last hour" in win.backup_label.text()
    assert win.backup_label.styleSheet() == ""
    assert len(backup_files.list_backups(folder, db_path.stem)) == 2 and old.path.exists()
    qtbot.wait(20)  # let the status bar lay out the new text
    screenshot(win, "main_window_backup_status")


def _scribble(path):
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 8192):
        data[page * 8192 + 100 : page * 8192 + 4100] = b"\xff" * 4000
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_never_opened_and_a_backup_is_offered(qtbot, db_path, monkeypatch):
    from smpdesk.app import backup_files
    from smpdesk.app.clinic import open_clinic
    from smpdesk.app.demo import populate
    from smpdesk.gui import app

    db = open_clinic(db_path)
    populate(db, 20)
    (db_path.parent / "backups").mkdir()
    backup_files.make_backup(db, db_path.parent / "backups")
    db.conn.close()
    _scribble(db_path)
    damaged = db_path.read_bytes()

    asked, told = [], []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    assert app.run_app(db_path) == 1
    assert "is damaged" in asked[0] and "Restore the newest good backup" in asked[0]
    assert db_path.read_bytes() == damaged  # nothing written into it

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app.run_app(db_path) == 0
    assert "damaged file was kept" in told[0]
    ok, _message, counts = backup_files.check_database(db_path)
    assert ok and counts["clients"] == 20
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.db_path == db_path:
            widget.close()
            widget.deleteLater()


def test_restore_and_encrypted_round_trip_from_the_window(
    qtbot, db, db_path, tmp_path, monkeypatch
):
    from smpdesk.app import backup_files
    from smpdesk.gui.backups import backup_actions

    client_cases.add_client(db, ClientDetails(given_name="Before", family_name="Backup"))
    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    folder = db_path.parent / "backups"
    folder.mkdir()
    made = backup_files.make_backup(db, folder)
    client_cases.add_client(db, ClientDetails(given_name="After", family_name="Backup"))
    win.model.refresh()
    assert win.model.rowCount() == 2

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made.path), ""))
    # Checked on a worker, then (once confirmed) restored on another.
    assert backup_actions.choose_and_restore(win) is not None
    qtbot.waitUntil(lambda: bool(told) and not win.operations.busy, timeout=10_000)
    assert win.model.rowCount() == 1  # the window now shows the restored file
    assert "The previous database was kept" in told[-1]

    sealed = tmp_path / "off-site.smpdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sealed), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("correct horse", True))
    export = backup_actions.export_sealed(win)
    with qtbot.waitSignal(export.finished, timeout=10_000):
        pass
    assert export.result == sealed and sealed.exists()
    assert told[-1].startswith(f"Written to {sealed}")
    client_cases.add_client(db, ClientDetails(given_name="Later", family_name="Still"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sealed), ""))
    imported = backup_actions.import_sealed(win)
    with qtbot.waitSignal(imported.finished, timeout=10_000):
        pass
    assert imported.result is not None
    assert win.model.rowCount() == 1


def test_backups_go_to_the_clinics_chosen_folder(qtbot, db, db_path, tmp_path, monkeypatch):
    from smpdesk.app.clinic import load_settings, save_settings
    from smpdesk.domain.clinic_settings import ClinicSettings

    usb = tmp_path / "usb-stick"
    save_settings(db, ClinicSettings(backup_folder=str(usb), backup_warn_days=5))
    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    with qtbot.waitSignal(win.operations.finished, timeout=10_000) as finished:
        win.back_up_now()
    assert finished.args[0].result is None  # the stick is not plugged in
    assert warnings and "does not exist" in warnings[0]
    assert not usb.exists()  # never created under an empty mount point
    usb.mkdir()
    with qtbot.waitSignal(win.operations.finished, timeout=10_000) as finished:
        win.back_up_now()
    assert finished.args[0].result.made.path.parent == usb
    assert load_settings(db).backup_warn_days == 5


def test_disk_full_while_saving_keeps_the_typing_and_the_data(qtbot, db, monkeypatch):
    from smpdesk.errors import DatabaseWriteError

    first = client_cases.add_client(db, ClientDetails(given_name="Zoë", family_name="Brontë"))
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # a full disk, as SQLite sees it
    with pytest.raises(DatabaseWriteError):  # use up what space is left
        for i in range(10_000):
            client_cases.add_client(
                db, ClientDetails(given_name=f"Filler{i}", family_name="X", notes="n" * 1999)
            )
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.inputs["given_name"], "Øyvind")
    type_text(qtbot, dialog.inputs["family_name"], "Sæther")
    dialog.inputs["notes"].setPlainText("allergic to latex; " * 105)  # as big as a filler
    dialog.save()
    assert warnings == ["The disk is full, so nothing was saved; free some space and try again."]
    assert dialog.result() == 0 and dialog.details().given_name == "Øyvind"
    assert store.get_client(db, first.id).family_name == "Brontë"  # earlier data intact
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    dialog.save()
    assert dialog.result() == ClientDialog.DialogCode.Accepted


def test_the_lists_headers_and_roles_are_qts(window):
    """The list answers Qt with plain ints and a C++ header model (see
    client_list_model's docstring): they must be the values Qt means."""
    from smpdesk.gui.clients import client_list_model as list_model

    roles = Qt.ItemDataRole
    ours = [list_model._DISPLAY, list_model._TOOL_TIP, list_model._FONT, list_model._FOREGROUND]
    ours.append(list_model.CLIENT_ID_ROLE - 1)
    qts = [roles.DisplayRole, roles.ToolTipRole, roles.FontRole, roles.ForegroundRole]
    assert ours == [role.value for role in [*qts, roles.UserRole]]
    header = window.table.horizontalHeader()
    titles = [
        header.model().headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())
    ]
    assert titles == [title for _key, title in list_model.COLUMNS]
    assert header.count() == window.model.columnCount()
    first = window.table.model().index(0, 0)
    assert window.model.data(first, roles.UserRole.value + 1) == window.model.client_id(0)


def test_an_archived_client_is_listed_in_grey_italics(window, demo_db):
    """The looks are made when the first archived row is shown (not at start-up)."""
    archived = client_cases.archive_client(demo_db, window.model.client_id(0))
    window.archive_filter.setCurrentIndex(window.archive_filter.findData("all"))
    rows = {window.model.client_id(r): r for r in range(window.model.rowCount())}
    shown = window.model.index(rows[archived.id], 1)
    roles = Qt.ItemDataRole
    assert window.model.data(shown, roles.FontRole.value).italic()
    assert window.model.data(shown, roles.ForegroundRole.value).name() == "#777777"
    assert window.model.data(shown, roles.ToolTipRole.value) == "Archived client"
    other = next(r for client_id, r in rows.items() if client_id != archived.id)
    active = window.model.index(other, 1)
    assert window.model.data(active, roles.FontRole.value) is None


def test_the_first_screen_reads_a_screenful_of_rows_not_a_page(
    qtbot, demo_db, demo_path, monkeypatch
):
    """Each display row read is a random page of a big file: from a cold disk the first
    screen costs what it reads (ROWS_READ at a time, not the 100 ids of a page)."""
    from smpdesk.gui.clients import client_list_model as list_model

    asked: list[int] = []
    real = client_cases.list_rows

    def counting(db, ids):  # type: ignore[no-untyped-def]
        asked.append(len(ids))
        return real(db, ids)

    monkeypatch.setattr(client_cases, "list_rows", counting)
    window = MainWindow(demo_db, demo_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.table.viewport().grab()  # painted, rows asked for
    assert window.model.rowCount() > list_model.ROWS_READ  # the demo has more
    assert asked and max(asked) <= list_model.ROWS_READ < list_model.PAGE
