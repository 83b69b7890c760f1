"""The first-run wizard: no clinic yet, so a few questions instead of an empty window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QPoint, QRect
from PySide6.QtGui import QColor, QImage, QScreen
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget, QWizard

from smpdesk.app import protection
from smpdesk.app.clinic import load_settings, open_clinic
from smpdesk.gui import app
from smpdesk.gui import first_run as first_run_gui
from smpdesk.gui.first_run.wizard import (
    NOT_PROTECTED,
    PAGE_COUNTRY,
    PAGE_KEY,
    PAGE_PLACE,
    PAGE_PROTECT,
    PAGE_START,
    START_DEMO,
    START_IMPORT,
    FirstRunWizard,
)
from smpdesk.gui.main_window import MainWindow
from smpdesk.paths import default_db_path, pointer_path, remembered_db_path, resolve_db_path
from tests.gui.helpers import save_shot

PASSWORD = "a walk by the river"


@pytest.fixture(autouse=True)
def _fresh_laptop(tmp_path, monkeypatch):
    """No SMPDESK_DB, and a home folder of its own (the user-data and config folders are the
    tests' own through XDG_*, set by tests/conftest.py)."""
    monkeypatch.delenv("SMPDESK_DB", raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def wizard(qtbot):
    wiz = FirstRunWizard(default_db_path().parent, system_locale="en_US")
    qtbot.addWidget(wiz)
    wiz.show()
    yield wiz
    if wiz.created is not None:
        wiz.created.clinic.close()


def _png() -> bytes:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _old_clinic_folder(folder: Path) -> Path:
    """A folder that held a clinic: its file is gone, its backups remain."""
    from smpdesk.app.backup_files import make_backup
    from smpdesk.paths import backups_dir_for, private_dir

    path = folder / "clinic.sqlite3"
    private_dir(folder)
    db = open_clinic(path, create=True)
    try:
        make_backup(db, private_dir(backups_dir_for(path)))
    finally:
        db.close()
    path.unlink()
    return folder


def fill(
    wiz: FirstRunWizard,
    *,
    folder: Path | None = None,
    protect: bool = True,
    start: str = "empty",
    country: str = "IE",
) -> None:
    """Walk the pages as a person would, up to the last one."""
    wiz.clinic_page.name.setText("Northside Scalp Clinic")
    wiz.clinic_page.address.setPlainText("1 Quay Street\nGalway")
    wiz.clinic_page.phone.setText("091 000 000")
    wiz.next()
    assert wiz.currentId() == PAGE_COUNTRY
    wiz.country_page.choose_country(country)
    wiz.next()
    assert wiz.currentId() == PAGE_PLACE
    if folder is not None:
        wiz.place_page.choose_folder(folder)
    wiz.next()
    assert wiz.currentId() == PAGE_PROTECT
    page = wiz.protect_page
    page.protect.setChecked(protect)
    if protect:
        page.display_name.setText("Olivia Smith")
        page.login.setText("olivia")
        page.password.setText(PASSWORD)
        page.repeat.setText(PASSWORD)
    wiz.next()
    assert wiz.currentId() == PAGE_START
    wiz.start_page.buttons[start].setChecked(True)


def test_walking_the_pages_makes_a_protected_clinic_with_its_settings(wizard, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    assert wizard.clinic_page.load_logo(logo)
    folder = tmp_path / "clinic-disk"
    fill(wizard, folder=folder)
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Create the clinic"
    wizard.next()  # commits: the clinic is made now
    assert wizard.currentId() == PAGE_KEY
    made = wizard.created
    assert made is not None and made.path == folder / "clinic.sqlite3"
    assert made.recovery_key.replace("-", "")[:5] in wizard.key_page.key_label.text().replace(
        "-", ""
    )
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.key_page.confirmed.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.outcome == "empty" and not wizard.isVisible()

    settings = load_settings(made.clinic)
    assert (settings.name, settings.address, settings.phone) == (
        "Northside Scalp Clinic",
        "1 Quay Street\nGalway",
        "091 000 000",
    )
    assert settings.logo == logo.read_bytes()
    assert (settings.paper, settings.date_style, settings.emergency_number) == ("A4", "uk", "112")
    assert (settings.currency, settings.locale) == ("EUR", "en_IE")
    assert protection.is_protected(made.path)  # a sign-in is needed from now on
    assert [a.login for a in protection.sign_in_names(made.path)] == ["olivia"]
    assert remembered_db_path() == made.path and resolve_db_path() == made.path
    assert wizard.protect_page.password.text() == ""  # the password is not kept


def test_an_unprotected_clinic_at_the_suggested_place_finishes_on_the_last_page(wizard):
    fill(wizard, protect=False, country="US")
    assert wizard.protect_page.consequence.text() == NOT_PROTECTED
    assert wizard.start_page.nextId() == -1
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Create the clinic"
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.outcome == "empty"
    path = default_db_path()
    assert path.exists() and not protection.is_protected(path)
    db = open_clinic(path)
    try:
        settings = load_settings(db)
        assert (settings.paper, settings.date_style, settings.emergency_number) == (
            "Letter",
            "us",
            "911",
        )
    finally:
        db.close()
    assert not pointer_path().exists()


@pytest.mark.parametrize("page", range(5))
def test_cancel_at_any_page_makes_nothing(wizard, page, tmp_path):
    fill(wizard, folder=tmp_path / "elsewhere")
    while wizard.currentId() > page:
        wizard.back()
    wizard.reject()
    assert wizard.outcome == "cancel" and wizard.created is None
    assert not default_db_path().exists()
    assert not (tmp_path / "elsewhere").exists()
    assert not pointer_path().exists()


@pytest.mark.parametrize("protect", [True, False])
def test_the_demo_choice_makes_nothing(qtbot, wizard, protect):
    fill(wizard, start=START_DEMO, protect=protect)
    which = "FinishButton" if not protect else "CommitButton"
    button = wizard.button(getattr(QWizard.WizardButton, which))
    assert button.isVisible() and button.text() == "Open the demo"
    button.click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.outcome == START_DEMO and wizard.created is None
    assert not default_db_path().exists()


def test_the_country_comes_from_the_system_and_fills_what_follows(qtbot):
    wiz = FirstRunWizard(default_db_path().parent, system_locale="de_AT.UTF-8")
    qtbot.addWidget(wiz)
    page = wiz.country_page
    assert page.country.currentData() == "AT"
    assert (page.currency.currentData(), page.amounts.currentData()) == ("EUR", "de_AT")
    page.choose_country("NZ")
    assert page.emergency_number.text() == "111"
    assert (page.paper.currentData(), page.currency.currentData()) == ("A4", "NZD")
    page.paper.setCurrentIndex(page.paper.findData("Letter"))  # editable after
    page.emergency_number.setText("call the clinic")
    assert not page.validatePage()
    assert "digits" in page.emergency_error.text()
    page.emergency_number.setText("111")
    assert page.validatePage()
    unknown = FirstRunWizard(default_db_path().parent, system_locale="C")
    qtbot.addWidget(unknown)
    assert unknown.country_page.country.currentData() == "GB"


def test_the_name_is_needed_and_a_broken_logo_is_one_sentence(wizard, tmp_path):
    assert not wizard.clinic_page.isComplete()
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    assert not wizard.clinic_page.load_logo(broken)
    assert "not a picture" in wizard.clinic_page.logo_problem.text()
    assert wizard.clinic_page.logo_problem.isVisible() and wizard.clinic_page.logo is None
    assert not wizard.clinic_page.load_logo(tmp_path / "missing.png")
    wizard.clinic_page.name.setText("Northside")
    assert wizard.clinic_page.isComplete()


def test_a_dropbox_folder_is_warned_about_and_still_allowed(wizard, _fresh_laptop):
    fill(wizard)
    wizard.back()
    wizard.back()
    assert wizard.currentId() == PAGE_PLACE
    page = wizard.place_page
    assert page.warning.isHidden()
    page.choose_folder(Path("~/Dropbox/clinic").expanduser())
    assert page.warning.isVisible() and "Dropbox" in page.warning.text()
    assert "health records" in page.warning.text()
    assert str(_fresh_laptop / "Dropbox" / "clinic" / "backups") in page.backups_note.text()
    assert page.validatePage()  # a warning, not a refusal
    save_shot(wizard, "first_run_dropbox")


def test_an_existing_clinic_in_the_chosen_folder_is_refused_on_that_page(wizard, tmp_path):
    open_clinic(tmp_path / "clinic.sqlite3", create=True).close()
    fill(wizard)
    wizard.back()
    wizard.back()
    wizard.place_page.choose_folder(tmp_path)
    assert not wizard.place_page.validatePage()
    assert "already a clinic file" in wizard.place_page.problem.text()


def test_the_owner_account_follows_the_protection_rules(wizard):
    fill(wizard)
    wizard.back()
    page = wizard.protect_page
    page.password.setText("password123")
    page.repeat.setText("password124")
    page.login.setText("Olivia Smith")
    assert not page.validatePage()
    assert "too common" in page.errors["password"].text()
    assert "not the same" in page.errors["repeat"].text()
    assert "lower-case" in page.errors["login"].text()


def _assert_page_fits(wiz: FirstRunWizard, area: QRect) -> None:
    """The current page, laid out in the shown wizard: inside it, not squeezed below its
    minimum, and each of its visible widgets inside the wizard (so on the screen)."""
    QApplication.processEvents()
    page = wiz.currentPage()
    inside = wiz.rect()
    where = QRect(page.mapTo(wiz, QPoint(0, 0)), page.size())
    assert inside.contains(where), (wiz.currentId(), where, inside)
    assert page.minimumSizeHint().height() <= page.height(), wiz.currentId()
    for child in page.findChildren(QWidget):
        if child.isVisible() and child.width() > 0:
            rect = QRect(child.mapTo(wiz, QPoint(0, 0)), child.size())
            assert inside.contains(rect), (wiz.currentId(), child.objectName(), rect)
    assert area.contains(wiz.frameGeometry()), (wiz.frameGeometry(), area)


@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 700)])
def test_every_page_fits_a_laptop_screen(qtbot, monkeypatch, screen, tmp_path):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(screen))
    wiz = FirstRunWizard(default_db_path().parent, system_locale="en_GB")
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    wiz.clinic_page.name.setText("Northside Scalp Clinic")
    wiz.clinic_page.logo_problem.setText("x " * 40)  # the page at its longest
    wiz.clinic_page.logo_problem.show()
    _assert_page_fits(wiz, screen)
    wiz.next()
    _assert_page_fits(wiz, screen)
    wiz.next()
    place = wiz.place_page
    # The longest the place page gets: a cloud warning and a refusal, both shown.
    place.choose_folder(_old_clinic_folder(tmp_path / "home" / "Dropbox" / "clinic"))
    assert place.warning.isVisible() and place.problem.isVisible()
    _assert_page_fits(wiz, screen)
    place.choose_folder(tmp_path / "clinic-disk")
    wiz.next()
    page = wiz.protect_page
    page.protect.setChecked(False)
    _assert_page_fits(wiz, screen)  # the "not protected" consequence shown
    page.protect.setChecked(True)
    page.display_name.setText("Olivia Smith")
    page.login.setText("olivia")
    page.password.setText("short")
    page.repeat.setText("other")
    assert not page.validatePage()
    _assert_page_fits(wiz, screen)  # every field with its error line
    page.password.setText(PASSWORD)
    page.repeat.setText(PASSWORD)
    wiz.next()
    _assert_page_fits(wiz, screen)
    wiz.next()
    assert wiz.currentId() == PAGE_KEY
    _assert_page_fits(wiz, screen)
    for button in wiz.findChildren(QPushButton):
        if button.isVisible():
            corner = button.mapToGlobal(button.rect().bottomRight())
            assert screen.contains(corner), button.text()
    wiz.created.clinic.close()
    wiz.key_page.confirmed.setChecked(True)
    wiz.accept()


# -- the hook in run_app ------------------------------------------------------------------


def _close_windows():
    """Close the windows run_app left open (its event loop is stubbed out), once the
    work they started on threads (the first backup, the file check) has ended, and
    wait for the backup at close that closing starts: run_app, which waits for it in
    the app, has already returned, and a copy still running into the next test
    crashed the run once."""
    import time

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            deadline = time.monotonic() + 30
            while widget.work_running() and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.01)
            widget.close()
            if widget.close_backup is not None:
                # run_app has returned, so nothing else waits for the backup at close.
                widget.close_backup.join(60)
            widget.deleteLater()
    QApplication.processEvents()


def _drive(monkeypatch, **choices):
    """The wizard's exec walks the pages with ``choices`` and finishes (or cancels)."""
    shown = []

    def exec_(self):
        shown.append(self)
        self.show()
        if choices.get("cancel"):
            self.reject()
            return 0
        fill(self, **{k: v for k, v in choices.items() if k != "cancel"})
        if self.start_page.nextId() != -1:
            self.button(QWizard.WizardButton.CommitButton).click()
        if self.currentId() == PAGE_KEY:
            self.key_page.confirmed.setChecked(True)
        if self.isVisible():
            self.button(QWizard.WizardButton.FinishButton).click()
        for _ in range(50):  # "Open the demo" on the commit button closes on the next turn
            if not self.isVisible():
                break
            QApplication.processEvents()
        return self.result()

    monkeypatch.setattr(FirstRunWizard, "exec", exec_)
    return shown


def test_a_first_start_shows_the_wizard_then_the_window_on_the_new_clinic(qtbot, monkeypatch):
    shown = _drive(monkeypatch, protect=False)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert not default_db_path().exists()
    assert app.run_app(default_db_path()) == 0
    assert len(shown) == 1
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert [w.db_path for w in windows if w.isVisible()] == [default_db_path()]
    assert load_settings(windows[0].db).name == "Northside Scalp Clinic"
    _close_windows()

    # The next start opens the clinic: no wizard, no question.
    assert app.run_app(default_db_path()) == 0
    assert len(shown) == 1
    _close_windows()


def test_a_protected_first_start_asks_for_the_sign_in_afterwards(qtbot, monkeypatch, tmp_path):
    shown = _drive(monkeypatch, folder=tmp_path / "clinic-disk")
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    asked = []
    monkeypatch.setattr(app, "sign_in", lambda path, demo: asked.append(path))
    assert app.run_app(default_db_path()) == 1  # the sign-in was not completed
    made = tmp_path / "clinic-disk" / "clinic.sqlite3"
    assert len(shown) == 1 and asked == [made]
    assert protection.is_protected(made) and not default_db_path().exists()
    assert resolve_db_path() == made


def test_cancelling_the_first_run_ends_smpdesk_and_makes_nothing(qtbot, monkeypatch):
    _drive(monkeypatch, cancel=True)
    assert app.run_app(default_db_path()) == 1
    assert not default_db_path().exists()
    assert not pointer_path().exists()


def test_the_demo_choice_runs_the_demo_and_makes_no_clinic(qtbot, monkeypatch):
    _drive(monkeypatch, start=START_DEMO)
    ran = []
    monkeypatch.setattr(first_run_gui, "run_demo", lambda: ran.append(1) or 0)
    assert app.run_app(default_db_path()) == 0
    assert ran == [1]
    assert not default_db_path().exists()


def test_the_import_choice_opens_the_import_dialog_over_the_window(qtbot, monkeypatch):
    _drive(monkeypatch, protect=False, start=START_IMPORT)
    from smpdesk.gui.clients import import_dialog

    opened = []
    monkeypatch.setattr(import_dialog, "open_import_dialog", lambda window: opened.append(window))

    def event_loop(self):
        qtbot.waitUntil(lambda: len(opened) == 1)
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app.run_app(default_db_path()) == 0
    assert isinstance(opened[0], MainWindow) and opened[0].db_path == default_db_path()
    _close_windows()


def test_an_existing_clinic_never_sees_the_wizard(qtbot, monkeypatch, tmp_path):
    def no_wizard(*_args, **_kwargs):
        raise AssertionError("the first-run wizard was shown")

    monkeypatch.setattr(first_run_gui, "make_wizard", no_wizard)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    default_db_path().parent.mkdir(parents=True)
    open_clinic(default_db_path(), create=True).close()
    assert app.run_app(default_db_path()) == 0
    _close_windows()
    elsewhere = tmp_path / "usb" / "clinic.sqlite3"
    elsewhere.parent.mkdir()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert app.run_app(elsewhere) == 1  # a missing file elsewhere is asked about, as before


def test_the_suggested_user_name_is_plain_letters(wizard):
    page = wizard.protect_page
    for typed, login in (("José García", "jose"), ("Żaneta Nowak", "zaneta"), ("Łukasz", "lukasz")):
        page.display_name.textEdited.emit(typed)
        assert page.login.text() == login
    page.login.setText("ann")
    page.login.setModified(True)  # typed by hand: left alone
    page.display_name.textEdited.emit("Søren")
    assert page.login.text() == "ann"


def test_a_folder_with_another_clinics_backups_is_refused_as_soon_as_it_is_chosen(wizard, tmp_path):
    fill(wizard)
    wizard.back()
    wizard.back()
    page = wizard.place_page
    page.choose_folder(_old_clinic_folder(tmp_path / "usb"))
    assert page.problem.isVisible() and "holds backups of a clinic" in page.problem.text()
    assert "smpdesk restore --db" in page.problem.text()
    save_shot(wizard, "first_run_old_backups")
    assert not page.validatePage()
    page.choose_folder(tmp_path / "new-place")
    assert page.problem.isHidden()
    assert page.validatePage()


def test_a_folder_that_cannot_be_written_is_said_on_the_place_page(wizard, tmp_path, monkeypatch):
    from smpdesk.app import first_run as first_run_cases

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    fill(wizard)
    wizard.back()
    wizard.back()
    monkeypatch.setattr(first_run_cases.tempfile, "mkstemp", refuse)
    wizard.place_page.choose_folder(tmp_path / "locked")
    text = wizard.place_page.problem.text()
    assert text == f"smpdesk cannot write in {tmp_path} (Permission denied); choose another folder."
    assert not wizard.place_page.validatePage()


# -- the remembered clinic location at start-up ----------------------------------------------


def _boxes(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a, **k: said.append(text)
    )
    return said


def test_a_damaged_pointer_never_shows_the_wizard_and_is_kept(qtbot, monkeypatch):
    def no_wizard(*_args, **_kwargs):
        raise AssertionError("the first-run wizard was shown")

    monkeypatch.setattr(first_run_gui, "make_wizard", no_wizard)
    said = _boxes(monkeypatch)
    pointer_path().parent.mkdir(parents=True)
    pointer_path().write_text('{"db": "relative/clinic.sqlite3"}')
    # Started on the standard location (as with --db naming it): no wizard, one sentence.
    assert app.run_app(default_db_path()) == 1
    assert len(said) == 1 and str(pointer_path()) in said[0] and "--db PATH" in said[0]
    assert pointer_path().read_text() == '{"db": "relative/clinic.sqlite3"}'
    assert not default_db_path().exists()


@pytest.mark.parametrize("case", ["damaged", "folder", "missing drive"])
def test_the_window_says_what_is_wrong_with_the_remembered_clinic(
    qtbot, monkeypatch, tmp_path, case
):
    """`smpdesk` with no --db: the sentence in a window (nobody reads stderr from an icon)."""
    from smpdesk.cli import entry

    def no_window(*_args, **_kwargs):
        raise AssertionError("a clinic was opened")

    monkeypatch.setattr(app, "run_app", no_window)
    said = _boxes(monkeypatch)
    pointer_path().parent.mkdir(parents=True)
    if case == "damaged":
        pointer_path().write_bytes(b"\x00garbage")
    elif case == "folder":
        pointer_path().mkdir()
    else:
        remembered = tmp_path / "usb" / "SMP" / "clinic.sqlite3"
        pointer_path().write_text(json.dumps({"db": str(remembered)}))
    assert entry.main([]) == 1
    assert len(said) == 1 and str(pointer_path()) in said[0] and "--db PATH" in said[0]
    if case == "missing drive":
        assert f"The clinic remembered at {remembered} is missing" in said[0]
    assert pointer_path().exists()
    assert not default_db_path().exists()
