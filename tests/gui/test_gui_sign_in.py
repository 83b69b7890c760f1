"""Signing in to a protected clinic, the recovery key, and the "Protect this clinic" wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QGroupBox, QLabel, QMessageBox, QWidget

from smpdesk.app import protection
from smpdesk.app.demo import DEMO_ACCOUNTS, create_demo_clinic, create_protected_demo_clinic
from smpdesk.domain.staff import Role
from smpdesk.gui.access.sign_in import ProtectDialog, RecoverDialog, SignInDialog
from smpdesk.infra import key_file
from tests.gui.helpers import when_dialog_opens

PASSWORDS = {login: password for login, _name, _role, password in DEMO_ACCOUNTS}
OWNER_PASSWORD = "a long owner password"
SCREEN_HEIGHT = 680


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real cost (~0.4 s a password) is measured in the benchmarks, not paid per test."""
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()


@pytest.fixture
def protected_path(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "protected" / "clinic.sqlite3"
    path.parent.mkdir()
    return path, create_protected_demo_clinic(path, 3)


@pytest.fixture
def plain_path(tmp_path: Path) -> Path:
    path = tmp_path / "plain" / "clinic.sqlite3"
    path.parent.mkdir()
    create_demo_clinic(path, 3).close()
    return path


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= SCREEN_HEIGHT, dialog.height()
    return dialog


def names_listed(dialog: SignInDialog) -> list[str]:
    return [dialog.names.item(row).text() for row in range(dialog.names.count())]


def sign_in_with(qtbot, dialog: SignInDialog, login: str, password: str) -> None:
    assert dialog.select_login(login)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter signs in


# -- signing in ---------------------------------------------------------------------------------


def test_wrong_then_right_password(qtbot, protected_path, screenshot):
    path, _key = protected_path
    dialog = shown(qtbot, SignInDialog(path))
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert "clinic.sqlite3" in dialog.findChild(QLabel, "clinic_file").text()
    assert names_listed(dialog) == ["Olivia Owner", "Priya Practitioner", "Rory Reception"]
    assert dialog.chosen_login() == ""  # nobody pre-selected: no name is remembered
    assert dialog.demo_box is None and dialog.findChild(QGroupBox, "demo_hints") is None
    assert dialog.sign_in_button.isDefault()
    screenshot(dialog, "sign_in")

    dialog.try_sign_in()
    assert dialog.message.text() == "Choose your name in the list first."

    sign_in_with(qtbot, dialog, "practitioner", "not the password")
    assert dialog.isVisible() and dialog.clinic is None
    assert dialog.message.isVisible()
    assert dialog.message.text() == protection.SIGN_IN_REFUSED
    assert dialog.password.text() == ""  # typed again, not edited

    sign_in_with(qtbot, dialog, "practitioner", PASSWORDS["practitioner"])
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    clinic = dialog.clinic
    assert clinic is not None and clinic.staff is not None
    try:
        assert clinic.staff.login == "practitioner"
        assert clinic.staff.role is Role.PRACTITIONER
        assert clinic.key is not None
    finally:
        clinic.close()


def test_an_empty_password_is_not_a_try_and_escape_quits(qtbot, protected_path):
    path, _key = protected_path
    dialog = shown(qtbot, SignInDialog(path))
    dialog.select_login("owner")
    qtbot.keyClick(dialog.names, Qt.Key.Key_Return)  # Enter on a name: on to the password
    assert dialog.focusWidget() is dialog.password
    assert not dialog.message.isVisible()
    dialog.try_sign_in()
    assert dialog.message.text() == "Type your password, then press Sign in."
    assert protection._failures == {}
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.clinic is None


def test_the_only_name_is_chosen(qtbot, protected_path):
    path, _key = protected_path
    kf = key_file.load(key_file.key_file_path(path))
    for login in ("practitioner", "reception"):
        kf = key_file.with_details(kf, login, disabled=True)
    key_file.save(key_file.key_file_path(path), kf)
    dialog = shown(qtbot, SignInDialog(path))
    assert names_listed(dialog) == ["Olivia Owner"]
    assert dialog.chosen_login() == "owner"


def test_repeated_wrong_passwords_make_the_account_wait(qtbot, protected_path, screenshot):
    path, _key = protected_path
    dialog = shown(qtbot, SignInDialog(path))
    for _ in range(protection.FREE_TRIES):
        assert dialog.sign_in_button.isEnabled()
        sign_in_with(qtbot, dialog, "owner", "wrong password!")
    assert dialog.message.text() == protection.SIGN_IN_REFUSED
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.wait_line.isVisible()
    assert dialog.wait_line.text() == (
        "Too many wrong passwords for this account: wait 2 seconds and try again."
    )
    assert dialog.sign_in_button.text() == "Sign in (2)"
    screenshot(dialog, "sign_in_wait")

    # Enter during the wait tries nothing.
    dialog.password.setText(PASSWORDS["owner"])
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.clinic is None

    # The wait is the account's, not the laptop's.
    dialog.select_login("reception")
    assert dialog.sign_in_button.isEnabled() and not dialog.wait_line.isVisible()
    dialog.select_login("owner")
    assert not dialog.sign_in_button.isEnabled()

    who = protection._who(path, "owner")
    count, last = protection._failures[who]
    protection._failures[who] = (count, last - 60)  # the wait is over
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=2000)
    assert dialog.sign_in_button.text() == "Sign in"
    assert not dialog.wait_line.isVisible()
    sign_in_with(qtbot, dialog, "owner", PASSWORDS["owner"])
    assert dialog.clinic is not None
    dialog.clinic.close()


def test_demo_hints_only_for_the_demo(qtbot, protected_path, screenshot):
    path, _key = protected_path
    plain = shown(qtbot, SignInDialog(path))
    assert plain.findChild(QGroupBox, "demo_hints") is None
    assert all(plain.findChild(QLabel, f"demo_password_{login}") is None for login in PASSWORDS)

    dialog = shown(qtbot, SignInDialog(path, demo=True))
    assert dialog.demo_box is not None and dialog.demo_box.isVisible()
    for login, password in PASSWORDS.items():
        assert dialog.findChild(QLabel, f"demo_password_{login}").text() == password
    assert "demo" in dialog.demo_box.title().lower()
    screenshot(dialog, "sign_in_demo")

    dialog._demo_buttons[2].click()  # Rory Reception: "Use"
    assert dialog.chosen_login() == "reception"
    assert dialog.password.text() == PASSWORDS["reception"]
    dialog.sign_in_button.click()
    assert dialog.clinic is not None and dialog.clinic.staff is not None
    try:
        assert dialog.clinic.staff.role is Role.RECEPTION
    finally:
        dialog.clinic.close()


@pytest.mark.parametrize("damage", ["damaged", "missing"])
def test_a_damaged_or_missing_key_file_is_one_sentence(qtbot, protected_path, damage, screenshot):
    path, _key = protected_path
    keys = key_file.key_file_path(path)
    if damage == "damaged":
        keys.write_text('{"format": "smpdesk-key-file", "version": 1}', encoding="utf-8")
        expected = key_file.DAMAGED.format(path=keys)
    else:
        keys.unlink()
        expected = key_file.MISSING.format(path=keys)
    dialog = shown(qtbot, SignInDialog(path))
    assert dialog.message.isVisible()
    assert dialog.message.text() == expected
    assert dialog.names.count() == 0
    assert not dialog.sign_in_button.isEnabled()
    assert not dialog.forgotten_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    screenshot(dialog, f"sign_in_key_file_{damage}")


def test_a_key_file_damaged_after_opening_the_dialog(qtbot, protected_path):
    path, _key = protected_path
    dialog = shown(qtbot, SignInDialog(path))
    key_file.key_file_path(path).write_bytes(b"\x00garbage")
    sign_in_with(qtbot, dialog, "owner", PASSWORDS["owner"])
    assert dialog.clinic is None and dialog.isVisible()
    assert dialog.message.text() == key_file.DAMAGED.format(path=key_file.key_file_path(path))


# -- the recovery key ---------------------------------------------------------------------------


def test_recover_with_the_recovery_key(qtbot, protected_path, screenshot):
    path, recovery_key = protected_path
    dialog = shown(qtbot, RecoverDialog(path))
    assert dialog.login.currentText() == "owner"  # the only owner is offered
    assert dialog.ok_button.isDefault()
    new_password = "a brand new owner password"

    dialog.recovery_key.setText(recovery_key[:-1] + ("0" if recovery_key[-1] != "0" else "1"))
    dialog.password.setText(new_password)
    dialog.repeat.setText(new_password + "x")
    dialog.ok_button.click()
    assert dialog.errors["repeat"].isVisible()
    assert dialog.errors["repeat"].text().startswith("The two passwords are not the same")

    dialog.repeat.setText(new_password)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.clinic is None
    assert "typing mistake" in dialog.errors["recovery_key"].text()
    screenshot(dialog, "recover")

    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.recovery_key.setText(recovery_key.replace("-", " ").lower())  # as copied from paper
    dialog.ok_button.click()
    assert dialog.errors["password"].text() == "A password needs at least 10 characters."

    dialog.login.setCurrentText("reception")
    dialog.password.setText(new_password)
    dialog.repeat.setText(new_password)
    dialog.ok_button.click()
    assert dialog.message.text() == (
        "The recovery key resets an owner's password; choose an owner."
    )

    dialog.login.setCurrentText("Owner")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.clinic is not None and dialog.clinic.staff is not None
    assert dialog.clinic.staff.login == "owner"
    dialog.clinic.close()
    assert dialog.password.text() == "" and dialog.recovery_key.text() == ""

    protection.sign_in(path, "owner", new_password).close()
    with pytest.raises(protection.SignInRefused):
        protection.sign_in(path, "owner", PASSWORDS["owner"])


def test_forgotten_password_signs_in_through_the_recovery_dialog(qtbot, protected_path):
    path, recovery_key = protected_path
    dialog = shown(qtbot, SignInDialog(path))
    dialog.select_login("owner")
    seen: list[str] = []

    def recover(box: RecoverDialog) -> None:
        assert isinstance(box, RecoverDialog)
        assert box.height() <= SCREEN_HEIGHT
        seen.append(box.login.currentText())
        box.recovery_key.setText(recovery_key)
        box.password.setText("recovered owner password")
        box.repeat.setText("recovered owner password")
        box.ok_button.click()

    when_dialog_opens(qtbot, recover)
    dialog.forgotten_button.click()
    assert seen == ["owner"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.clinic is not None and dialog.clinic.staff is not None
    assert dialog.clinic.staff.role is Role.OWNER
    dialog.clinic.close()


# -- protecting a plain clinic ------------------------------------------------------------------


def fill_owner(dialog: ProtectDialog, password: str = OWNER_PASSWORD, repeat: str = "") -> None:
    dialog.user_name.setText("olivia")
    dialog.display_name.setText("Olivia  Smith")
    dialog.new_password.setText(password)
    dialog.repeat_password.setText(repeat or password)


def test_protect_wizard_end_to_end(qtbot, plain_path, tmp_path, monkeypatch, screenshot):
    dialog = shown(qtbot, ProtectDialog(plain_path))
    assert dialog.pages.currentIndex() == 0
    intro = dialog.findChild(QLabel, "protect_intro").text()
    assert "recovery key" in intro and "nobody can read the records" in intro
    assert "at least 10 characters" in dialog.findChild(QLabel, "password_hint").text().lower()
    assert dialog.new_password.echoMode() == dialog.new_password.EchoMode.Password
    screenshot(dialog, "protect_step1")

    fill_owner(dialog, repeat="something else entirely")
    dialog.protect_button.click()
    assert dialog.errors["repeat"].isVisible()
    fill_owner(dialog, password="password123")
    dialog.protect_button.click()
    assert "too common" in dialog.errors["password"].text()
    assert dialog.protected is None and not protection.is_protected(plain_path)

    fill_owner(dialog)
    qtbot.keyClick(dialog.repeat_password, Qt.Key.Key_Return)  # Enter protects
    done = dialog.protected
    assert done is not None
    try:
        assert protection.is_protected(plain_path)
        assert dialog.pages.currentIndex() == 1
        assert done.clinic.staff is not None and done.clinic.staff.role is Role.OWNER
        assert done.clinic.staff.display_name == "Olivia Smith"
        shown_key = dialog.key_label.text()
        assert shown_key.replace("\n", "-") == done.recovery_key
        # What is shown, copied as it is, opens the clinic.
        assert key_file.parse_recovery_key(shown_key) == key_file.parse_recovery_key(
            done.recovery_key
        )
        assert dialog.key_label.font().fixedPitch() or dialog.key_label.font().styleHint() == (
            dialog.key_label.font().StyleHint.Monospace
        )
        assert "You are signed in as Olivia Smith (owner)" in dialog.summary.text()
        assert dialog.new_password.text() == ""
        assert dialog.height() <= SCREEN_HEIGHT
        screenshot(dialog, "protect_recovery_key")

        # Save the sheet as a PDF.
        target = tmp_path / "recovery"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        saved = dialog.save_sheet()
        assert saved == tmp_path / "recovery.pdf"
        assert saved.read_bytes().startswith(b"%PDF")
        assert "Saved as" in dialog.sheet_status.text()

        # Print it: the PDF preview opens on the same sheet (Enter prints until the box is ticked).
        assert dialog.print_button.isDefault() and not dialog.finish_button.isEnabled()
        previews: list[tuple[str, int, int]] = []

        def look(preview: QDialog) -> None:
            previews.append(
                (type(preview).__name__, preview.document.pageCount(), preview.height())
            )
            preview.reject()

        when_dialog_opens(qtbot, look)
        qtbot.keyClick(dialog.confirmed, Qt.Key.Key_Return)
        assert previews and previews[0][0] == "PdfPreview"
        assert previews[0][1] >= 1 and previews[0][2] <= SCREEN_HEIGHT
        assert dialog.isVisible()

        # Closing before the tick asks first.
        asked: list[str] = []

        def cancel(_parent, title, *_args, **_kwargs):
            asked.append(title)
            return QMessageBox.StandardButton.Cancel

        monkeypatch.setattr(QMessageBox, "question", cancel)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert asked == ["Close without the recovery sheet?"]
        assert dialog.isVisible()

        # Erase the unprotected copy.
        assert done.plain_copy.exists()
        dialog.erase_button.click()
        assert not done.plain_copy.exists()
        assert dialog.erase_status.text() == "The unprotected copy is erased."
        assert not dialog.erase_button.isEnabled()
        dialog.confirmed.setChecked(True)
        screenshot(dialog, "protect_done")
        dialog.confirmed.setChecked(False)

        dialog.confirmed.setChecked(True)
        assert dialog.finish_button.isEnabled() and dialog.finish_button.isDefault()
        assert not dialog.print_button.isDefault()
        qtbot.keyClick(dialog.confirmed, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert not dialog.isVisible()
    finally:
        done.clinic.close()

    # The protected clinic now opens through the sign-in dialog.
    sign_in = shown(qtbot, SignInDialog(plain_path))
    assert names_listed(sign_in) == ["Olivia Smith"]
    sign_in_with(qtbot, sign_in, "olivia", OWNER_PASSWORD)
    assert sign_in.clinic is not None
    sign_in.clinic.close()


def test_finishing_without_erasing_keeps_the_copy(qtbot, plain_path):
    dialog = shown(qtbot, ProtectDialog(plain_path))
    fill_owner(dialog)
    dialog.protect_button.click()
    done = dialog.protected
    assert done is not None
    try:
        assert "a banner in the main window offers to erase it" in dialog.copy_note.text()
        dialog.confirmed.setChecked(True)
        dialog.finish_button.click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert done.plain_copy.exists()
    finally:
        done.clinic.close()


def test_a_refused_protect_stays_on_step_one_and_changes_nothing(qtbot, plain_path, screenshot):
    protection.plain_copy_path(plain_path).write_bytes(b"left from an earlier attempt")
    before = plain_path.read_bytes()
    dialog = shown(qtbot, ProtectDialog(plain_path))
    fill_owner(dialog)
    dialog.protect_button.click()
    assert dialog.protected is None
    assert dialog.pages.currentIndex() == 0
    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith("An unprotected copy from an earlier attempt")
    assert dialog.protect_button.isEnabled() and dialog.user_name.isEnabled()
    assert not protection.is_protected(plain_path)
    assert plain_path.read_bytes() == before
    assert not key_file.key_file_path(plain_path).exists()
    screenshot(dialog, "protect_refused")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing done yet: Esc just cancels
    assert dialog.result() == QDialog.DialogCode.Rejected


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget`` (as QWidget.focusNextPrevChild walks the chain)."""
    following = widget.nextInFocusChain()
    while not (
        following.focusPolicy() & Qt.FocusPolicy.TabFocus
        and following.isVisible()
        and following.isEnabled()
    ):
        following = following.nextInFocusChain()
    return following


def test_tab_goes_from_name_to_password_to_sign_in(qtbot, protected_path):
    path, _key = protected_path
    dialog = shown(qtbot, SignInDialog(path))
    assert dialog.focusWidget() is dialog.names  # several names: choose first
    order = [dialog.names]
    for _ in range(4):
        order.append(next_tab_stop(order[-1]))
    assert order[1:] == [
        dialog.password,
        dialog.sign_in_button,
        dialog.cancel_button,
        dialog.forgotten_button,
    ]


def test_protect_tab_order(qtbot, plain_path):
    dialog = shown(qtbot, ProtectDialog(plain_path))
    assert dialog.focusWidget() is dialog.user_name
    order = [dialog.user_name]
    for _ in range(4):
        order.append(next_tab_stop(order[-1]))
    assert order[1:] == [
        dialog.display_name,
        dialog.new_password,
        dialog.repeat_password,
        dialog.protect_button,
    ]
