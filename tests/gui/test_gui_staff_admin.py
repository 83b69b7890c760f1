"""The owner's staff accounts and audit trail, and everyone's own password and PIN."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMessageBox

from smpdesk.app import protection, sessions
from smpdesk.app import staff as staff_cases
from smpdesk.app.access import AccessRefused
from smpdesk.app.demo import create_protected_demo_clinic
from smpdesk.domain.staff import Role
from smpdesk.gui.access.staff_admin import (
    PASSWORDS_DIFFER,
    REFUSED_BACKGROUND,
    AddStaffDialog,
    AuditLogDialog,
    EditStaffDialog,
    MySecurityDialog,
    RecoveryKeyDialog,
    SetPasswordDialog,
    StaffDialog,
    action_phrase,
)
from smpdesk.infra import key_file
from tests.gui.helpers import type_text, when_dialog_opens

OWNER_PASSWORD = "demo-owner-2026"
RECEPTION_PASSWORD = "demo-reception-2026"
ONLY_OWNER = "This is the clinic's only owner account; make another account an owner first."


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch):
    """The real cost (~0.4 s a password) is measured in the benchmarks, not paid per test."""
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()


@pytest.fixture
def clinic_path(tmp_path: Path) -> Path:
    path = tmp_path / "protected.sqlite3"
    create_protected_demo_clinic(path, 3)
    return path


@pytest.fixture
def owner(clinic_path: Path):
    clinic = protection.sign_in(clinic_path, "owner", OWNER_PASSWORD)
    yield clinic
    clinic.close()


@pytest.fixture
def staff_dialog(qtbot, owner):
    dialog = StaffDialog(owner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


def table_rows(dialog: StaffDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def ok(form: QDialog) -> None:
    form.ok_button.click()


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(*args, **_kwargs):
        asked.append(args[2])
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_owner_adds_a_practitioner_through_the_form(qtbot, staff_dialog, owner, clinic_path):
    assert table_rows(staff_dialog) == [
        ["Olivia Owner (you)", "owner", "Owner", "Active"],
        ["Priya Practitioner", "practitioner", "Practitioner", "Active"],
        ["Rory Reception", "reception", "Reception", "Active"],
    ]
    seen: list[object] = []

    def fill(form):
        seen.append(type(form))
        type_text(qtbot, form.inputs["display_name"], "Nadia Okafor")
        type_text(qtbot, form.inputs["login"], "nadia")
        form.inputs["role"].setCurrentIndex(form.inputs["role"].findData("practitioner"))
        type_text(qtbot, form.inputs["password"], "violet-harbour-lamp")
        type_text(qtbot, form.inputs["password_again"], "violet-harbour-lamp")
        ok(form)

    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(staff_dialog.add_button, Qt.MouseButton.LeftButton)

    assert seen == [AddStaffDialog]
    assert ["Nadia Okafor", "nadia", "Practitioner", "Active"] in table_rows(staff_dialog)
    assert staff_dialog.selected().login == "nadia"
    assert "Nadia Okafor can now sign in as “nadia”" in staff_dialog.status.text()
    nadia = protection.sign_in(clinic_path, "nadia", "violet-harbour-lamp")
    try:
        assert nadia.staff.role is Role.PRACTITIONER
    finally:
        nadia.close()


def test_the_add_form_shows_each_problem_under_its_field_and_adds_nothing(qtbot, owner):
    form = AddStaffDialog(owner)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.inputs["login"], "Not A Login!")
    type_text(qtbot, form.inputs["password"], "short")
    type_text(qtbot, form.inputs["password_again"], "short")
    form.submit()
    assert form.result() == 0 and form.added is None
    assert form.errors["display_name"].isVisible()
    assert "user name is 1 to 32" in form.errors["login"].text()
    assert form.errors["password"].text() == "A password needs at least 10 characters."
    assert not form.errors["password_again"].isVisible()
    assert form.focusWidget() is form.inputs["display_name"]

    # Passwords that differ are caught here, before the use case runs.
    form.inputs["display_name"].setText("Nadia Okafor")
    form.inputs["login"].setText("nadia")
    form.inputs["password"].setText("violet-harbour-lamp")
    form.inputs["password_again"].setText("violet-harbour-lamb")
    form.submit()
    assert form.errors["password_again"].text() == PASSWORDS_DIFFER
    assert not form.errors["password"].isVisible()

    form.inputs["login"].setText("reception")
    form.inputs["password_again"].setText("violet-harbour-lamp")
    form.submit()
    assert form.errors["login"].text() == "There is already an account with that user name."
    assert form.result() == 0
    assert len(staff_cases.list_staff(owner)) == 3
    form.close()


def test_disable_then_enable_with_a_new_password(
    qtbot, staff_dialog, owner, clinic_path, monkeypatch, screenshot
):
    staff_dialog.select("owner")
    assert not staff_dialog.toggle_button.isEnabled()  # never your own account

    staff_dialog.select("reception")
    assert staff_dialog.toggle_button.text() == "Disable"
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    staff_dialog.toggle_button.click()
    assert "will no longer be able to sign in" in asked[0]
    assert ["Rory Reception", "reception", "Reception", "Disabled"] in table_rows(staff_dialog)
    assert staff_dialog.status.text() == "Rory Reception's account is disabled."
    assert staff_dialog.toggle_button.text() == "Enable…"
    assert not staff_dialog.reset_button.isEnabled()
    with pytest.raises(protection.SignInRefused):
        protection.sign_in(clinic_path, "reception", RECEPTION_PASSWORD)

    seen: list[object] = []

    def set_password(form):
        seen.append(type(form))
        assert "old password stopped working" in form.findChild(object, "intro").text()
        form.inputs["password"].setText("amber-orchard-kettle")
        form.inputs["password_again"].setText("amber-orchard-kettle")
        screenshot(form, "staff_enable")
        ok(form)

    when_dialog_opens(qtbot, set_password)
    staff_dialog.toggle_button.click()
    assert seen == [SetPasswordDialog]
    assert ["Rory Reception", "reception", "Reception", "Active"] in table_rows(staff_dialog)
    assert "enabled with the new password" in staff_dialog.status.text()
    protection._failures.clear()
    with pytest.raises(protection.SignInRefused):
        protection.sign_in(clinic_path, "reception", RECEPTION_PASSWORD)
    rory = protection.sign_in(clinic_path, "reception", "amber-orchard-kettle")
    rory.close()


def test_the_last_owner_cannot_be_demoted(qtbot, staff_dialog, owner, screenshot):
    staff_dialog.select("owner")
    shown: list[str] = []

    def demote(form):
        assert isinstance(form, EditStaffDialog)
        form.inputs["role"].setCurrentIndex(form.inputs["role"].findData("practitioner"))
        ok(form)
        shown.append(form.problem.text() if form.problem.isVisible() else "")
        shown.append(form.isVisible())
        screenshot(form, "staff_edit_refused")
        form.reject()

    when_dialog_opens(qtbot, demote)
    staff_dialog.edit_button.click()
    assert shown == [ONLY_OWNER, True]
    assert table_rows(staff_dialog)[0][2] == "Owner"

    # Renaming goes through, and so does promoting someone else.
    def rename(form):
        form.inputs["display_name"].setText("Priya Nair")
        form.inputs["role"].setCurrentIndex(form.inputs["role"].findData("owner"))
        ok(form)

    staff_dialog.select("practitioner")
    when_dialog_opens(qtbot, rename)
    staff_dialog.edit_button.click()
    assert ["Priya Nair", "practitioner", "Owner", "Active"] in table_rows(staff_dialog)


def test_reset_password_shows_the_rule_under_the_field(qtbot, owner, clinic_path):
    priya = next(s for s in staff_cases.list_staff(owner) if s.login == "practitioner")
    form = SetPasswordDialog(owner, priya)
    qtbot.addWidget(form)
    form.show()
    form.inputs["password"].setText("1234567890")
    form.inputs["password_again"].setText("1234567890")
    form.submit()
    assert "too common" in form.errors["password"].text()
    form.inputs["password"].setText("copper-meadow-signal")
    form.inputs["password_again"].setText("copper-meadow-signal")
    form.submit()
    assert form.result() == QDialog.DialogCode.Accepted
    protection.sign_in(clinic_path, "practitioner", "copper-meadow-signal").close()
    form.close()


def test_a_new_recovery_key_is_shown_once_with_its_sheet(
    qtbot, staff_dialog, owner, clinic_path, tmp_path, monkeypatch, screenshot
):
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    got: dict[str, object] = {}

    def keep(dialog):
        assert isinstance(dialog, RecoveryKeyDialog)
        got["key"] = dialog.key_label.text()
        got["font"] = dialog.key_label.font().pointSizeF()
        screenshot(dialog, "recovery_key")
        got["saved"] = dialog.save_sheet_to(str(tmp_path / "recovery-sheet"))
        got["status"] = dialog.status.text()
        dialog.reject()

    when_dialog_opens(qtbot, keep)
    staff_dialog.recovery_button.click()
    assert "stops working" in asked[0]
    assert len(asked) == 1  # saved, so closing did not ask again
    key = str(got["key"]).replace("\n", "-")
    assert re.fullmatch(r"([0-9A-Z]{5}-){7}[0-9A-Z]{5}", key)
    assert got["font"] > 12
    saved = got["saved"]
    assert saved == tmp_path / "recovery-sheet.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert "Print it" in str(got["status"])
    recovered = protection.recover(clinic_path, key, "owner", "slate-willow-pebble")
    recovered.close()


def test_closing_the_recovery_key_unsaved_asks_first(qtbot, owner, monkeypatch):
    dialog = RecoveryKeyDialog(owner, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH")
    qtbot.addWidget(dialog)
    dialog.show()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    answer(monkeypatch, QMessageBox.StandardButton.Close)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_staff_accounts_screenshot_and_size(qtbot, staff_dialog, screenshot):
    staff_dialog.select("practitioner")
    staff_dialog.say("Priya Practitioner's password is set; tell it to them in person.", ok=True)
    assert staff_dialog.height() <= 680
    screenshot(staff_dialog, "staff_accounts")
    form = AddStaffDialog(staff_dialog._clinic)
    qtbot.addWidget(form)
    form.show()
    form.submit()  # everything empty: the problems shown
    assert form.sizeHint().height() <= 680
    screenshot(form, "staff_add_problems")
    form.close()


def test_reception_is_refused_the_staff_list_with_the_sentence(qtbot, clinic_path):
    rory = protection.sign_in(clinic_path, "reception", RECEPTION_PASSWORD)
    try:
        dialog = StaffDialog(rory)
        qtbot.addWidget(dialog)
        assert dialog.status.text().startswith("A reception account cannot manage staff accounts")
        assert dialog.table.rowCount() == 0
        assert not dialog.add_button.isEnabled()
        assert not dialog.recovery_button.isEnabled()
        dialog.close()
    finally:
        rory.close()


def test_audit_log_lists_sign_ins_adds_and_refusals_in_words(qtbot, owner, clinic_path, screenshot):
    staff_cases.add_staff(owner, "nadia", "Nadia Okafor", "practitioner", "violet-harbour-lamp")
    sessions.client_sessions(owner, 2)
    rory = protection.sign_in(clinic_path, "reception", RECEPTION_PASSWORD)
    try:
        with pytest.raises(AccessRefused):
            sessions.client_sessions(rory, 3)
    finally:
        rory.close()

    dialog = AuditLogDialog(owner)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dialog.visible_rows()
    assert dialog.windowTitle() == "Audit trail"
    # Newest first.
    assert rows[0][1:] == ["Rory Reception", "See treatment details", "C00003", "Refused"]
    assert rows[1][1:] == ["Rory Reception", "Signed in", "", "Done"]
    assert rows[2][1:] == ["Olivia Owner", "See treatment details", "C00002", "Done"]
    assert rows[3][1:] == ["Olivia Owner", "Add a staff account", "", "Done"]
    assert rows[4][1:] == ["Olivia Owner", "Signed in", "", "Done"]
    assert ["Olivia Owner", "Protected the clinic", "", "Done"] in [r[1:] for r in rows]
    assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}", r[0]) for r in rows)
    refused_item = dialog.table.item(0, 2)
    assert refused_item.background().color() == QColor(REFUSED_BACKGROUND)
    assert dialog.table.item(1, 2).background().style() == Qt.BrushStyle.NoBrush

    type_text(qtbot, dialog.filter, "rory")
    assert [r[2] for r in dialog.visible_rows()] == ["See treatment details", "Signed in"]
    assert dialog.count.text().startswith("Showing 2 of")
    dialog.filter.clear()
    dialog.refused_only.setChecked(True)
    assert [r[3] for r in dialog.visible_rows()] == ["C00003"]
    dialog.refused_only.setChecked(False)
    assert dialog.height() <= 680
    screenshot(dialog, "audit_log")

    # Dates: read again from the file for the days chosen (this laptop's days).
    dialog.dated.setChecked(True)
    assert len(dialog.visible_rows()) == len(rows)  # the last 30 days: all of today's
    dialog.date_from.setDate(QDate.currentDate().addDays(-10))
    dialog.date_to.setDate(QDate.currentDate().addDays(-3))
    assert dialog.visible_rows() == []
    assert dialog.count.text() == "0 entries."
    dialog.dated.setChecked(False)
    assert len(dialog.visible_rows()) == len(rows)
    dialog.close()

    one = AuditLogDialog(owner, client_id=2)
    qtbot.addWidget(one)
    assert one.windowTitle() == "Audit trail for client C00002"
    assert [r[1:] for r in one.visible_rows()] == [
        ["Olivia Owner", "See treatment details", "C00002", "Done"]
    ]
    one.close()


def test_action_phrases():
    assert action_phrase("protection.sign_in") == "Signed in"
    assert action_phrase("questionnaires.open_response") == "See medical answers"
    assert action_phrase("staff.reset_password") == "Reset a password"
    assert action_phrase("something.unknown") == "something.unknown"


def test_my_security_changes_the_password_and_sets_a_pin(qtbot, owner, clinic_path, screenshot):
    dialog = MySecurityDialog(owner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Signed in as Olivia Owner" in dialog.findChild(object, "who").text()
    assert dialog.focusWidget() is dialog.password_inputs["current_password"]
    assert dialog.pin_state.text() == "You have no PIN yet."
    assert not dialog.remove_pin_button.isEnabled()

    inputs, errors = dialog.password_inputs, dialog.password_errors
    type_text(qtbot, inputs["current_password"], "not-my-password")
    type_text(qtbot, inputs["password"], "harbour-violet-lamp")
    type_text(qtbot, inputs["password_again"], "harbour-violet-lamb")
    dialog.password_button.click()
    assert errors["password_again"].text() == PASSWORDS_DIFFER
    inputs["password_again"].setText("harbour-violet-lamp")
    qtbot.keyClick(inputs["password_again"], Qt.Key.Key_Return)  # Enter changes it too
    assert errors["current_password"].text() == "That is not your current password."
    assert dialog.isVisible()
    inputs["current_password"].setText(OWNER_PASSWORD)
    dialog.password_button.click()
    assert not any(label.isVisible() for label in errors.values())
    assert "Your password is changed" in dialog.password_status.text()
    assert inputs["password"].text() == ""
    protection.sign_in(clinic_path, "owner", "harbour-violet-lamp").close()

    pins, pin_errors = dialog.pin_inputs, dialog.pin_errors
    type_text(qtbot, pins["pin"], "12ab34")
    assert pins["pin"].text() == "1234"  # digits only
    pins["pin_again"].setText("1234")
    dialog.pin_button.click()
    assert pin_errors["pin"].text() == "That PIN is too easy to guess; choose another."
    pins["pin"].setText("4071")
    pins["pin_again"].setText("4072")
    dialog.pin_button.click()
    assert "not the same" in pin_errors["pin_again"].text()
    pins["pin_again"].setText("4071")
    dialog.pin_button.click()
    assert protection.check_pin(owner, "4071")
    assert dialog.pin_state.text() == "You have a PIN."
    assert dialog.pin_button.text() == "Change PIN"
    assert "Your PIN is set" in dialog.pin_status.text()
    assert dialog.height() <= 680
    screenshot(dialog, "my_security")

    dialog.remove_pin_button.click()
    assert not protection.has_pin(owner)
    assert "removed" in dialog.pin_status.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def tab_chain(dialog) -> list[str]:
    """The widgets Tab visits, in order, by object name (a button by its text)."""
    names = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        takes_tab = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if takes_tab and widget.isVisibleTo(dialog) and widget.isEnabled():
            text = getattr(widget, "text", lambda: "")
            names.append(widget.objectName() or text().replace("&", ""))
        widget = widget.nextInFocusChain()
    return names


def test_tab_goes_through_each_dialog_in_reading_order(qtbot, staff_dialog, owner):
    staff_dialog.select("practitioner")
    assert tab_chain(staff_dialog) == [
        "staff_table",
        "add_staff",
        "edit_staff",
        "toggle_staff",
        "reset_password",
        "new_recovery_key",
        "Close",
    ]
    form = AddStaffDialog(owner)
    qtbot.addWidget(form)
    form.show()
    assert form.focusWidget() is form.inputs["display_name"]
    assert tab_chain(form) == [
        "display_name",
        "login",
        "role",
        "password",
        "password_again",
        "Add account",
        "Cancel",
    ]
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()

    mine = MySecurityDialog(owner)
    qtbot.addWidget(mine)
    mine.show()
    assert tab_chain(mine) == [
        "current_password",
        "password",
        "password_again",
        "change_password",
        "pin",
        "pin_again",
        "set_pin",
        "Close",  # "Remove PIN" is off until there is a PIN
    ]
    mine.close()

    log = AuditLogDialog(owner)
    qtbot.addWidget(log)
    log.show()
    assert tab_chain(log) == [
        "audit_filter",
        "refused_only",
        "audit_dated",  # the dates are off until it is ticked
        "audit_table",
        "audit_export",
        "audit_verify",
        "Close",
    ]
    log.close()


def test_the_audit_screen_checks_the_chain_and_exports_csv(qtbot, tmp_path, monkeypatch):
    from smpdesk.app import protection
    from smpdesk.app.demo import create_protected_demo_clinic
    from smpdesk.gui.access.staff_admin import AuditLogDialog
    from smpdesk.infra import key_file

    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()
    path = tmp_path / "clinic.sqlite3"
    create_protected_demo_clinic(path, 2)
    owner = protection.sign_in(path, "owner", "demo-owner-2026")
    dialog = AuditLogDialog(owner)
    qtbot.addWidget(dialog)
    assert dialog.verify() and "whole" in dialog.verdict.text()
    dialog.filter.setText("signed in")
    saved = dialog.export_csv_to(str(tmp_path / "trail"))
    text = saved.read_text(encoding="utf-8-sig").splitlines()
    assert saved.suffix == ".csv" and text[0].startswith("id,at_utc,staff_id,staff_name")
    assert len(text) - 1 == len(dialog.shown_entries()) >= 1
    assert all("protection.sign_in" in line for line in text[1:])
    dialog.close()
    owner.close()
