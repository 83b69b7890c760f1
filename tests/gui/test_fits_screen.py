"""Every window and dialog fits a clinic laptop: its buttons are on the screen.

A 1366x768 laptop with a taskbar leaves about 728 pixels of height; a small
netbook or a projector 1024x700. Each window of the app is opened with the
screen's *available* geometry set to those sizes and every button it shows
(a button box's, and any other visible push button not inside a scrolling
area) must lie inside it, without maximising.

The offscreen platform's screen is fixed for the whole process (800x600, or a
``QT_QPA_PLATFORM=offscreen:configfile=…`` JSON given before Qt starts), so the
test sets the size per case by patching ``QScreen.availableGeometry``, which
is what ``smpdesk.gui.widgets.screen_fit`` (and so every window) reads.

Adding a window is one line in ``OPENERS``: a name and how to build it (not shown).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from functools import cached_property
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractScrollArea, QMessageBox, QPushButton, QWidget

from smpdesk.app import aftercare as aftercare_cases
from smpdesk.app import clients as client_cases
from smpdesk.app import clinic as clinic_cases
from smpdesk.app import photos as photo_cases
from smpdesk.app import protection
from smpdesk.app import questionnaires as questionnaire_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app import staff as staff_cases
from smpdesk.app.clinic import Clinic
from smpdesk.app.demo import DEMO_ACCOUNTS, create_protected_demo_clinic
from smpdesk.infra import key_file

#: The available geometry (screen minus taskbar) of the screens every window must fit.
SCREENS = {
    "1366x768-taskbar": QRect(0, 0, 1366, 728),
    "1024x700": QRect(0, 0, 1024, 700),
}

OWNER, _, _, OWNER_PASSWORD = DEMO_ACCOUNTS[0]


class Kit:
    """What the windows are built from: the demo clinic (plain) and a protected one."""

    def __init__(self, db: Clinic, path: Path, protected_path: Path) -> None:
        self.db = db
        self.path = path
        self.protected_path = protected_path
        self._opened: list[Clinic] = []

    @cached_property
    def owner(self) -> Clinic:
        clinic = protection.sign_in(self.protected_path, OWNER, OWNER_PASSWORD)
        self._opened.append(clinic)
        return clinic

    @cached_property
    def treated(self) -> int:
        """A client with a session (the demo treats most)."""
        return next(c for c in range(1, 61) if session_cases.client_sessions(self.db, c))

    @cached_property
    def photos(self) -> list[photo_cases.Photo]:
        """The treated client's photos (the demo's synthetic scalps, added now)."""
        from smpdesk.app.demo.photos import add_demo_photos

        add_demo_photos(self.db, [self.treated])
        return photo_cases.client_photos(self.db, self.treated)

    @cached_property
    def response(self) -> questionnaire_cases.Response:
        """A signed consent, finished now (it has a PDF record)."""
        from smpdesk.app.demo.forms import fill

        spec = questionnaire_cases.find_form(questionnaire_cases.form_entries(self.db), "consent")
        answers = fill(spec, {"photos_marketing": False}, seed=3, today=date.today())
        return questionnaire_cases.finish(self.db, self.treated, spec, answers)

    def form_runner(self, form_id: str, **kwargs: object) -> QWidget:
        from smpdesk.gui.questionnaires.form_runner import FormRunner

        entries = questionnaire_cases.form_entries(self.db)
        spec = questionnaire_cases.find_form(entries, form_id)
        client = client_cases.get_client(self.db, self.treated)
        return FormRunner(self.db, client, spec, **kwargs)  # type: ignore[arg-type]

    def close(self) -> None:
        for clinic in self._opened:
            clinic.close()


# -- the windows: one line each ------------------------------------------------
def _main_window(k: Kit) -> QWidget:
    from smpdesk.gui.main_window import MainWindow

    return MainWindow(k.db, k.path)


def _settings(k: Kit) -> QWidget:
    from smpdesk.gui.settings.settings_dialog import SettingsDialog

    return SettingsDialog(k.db)


def _client(k: Kit) -> QWidget:
    from smpdesk.gui.clients.client_dialog import ClientDialog

    return ClientDialog(k.db, client_cases.get_client(k.db, k.treated))


def _session(k: Kit) -> QWidget:
    from smpdesk.gui.sessions.session_dialog import SessionDialog

    return SessionDialog(k.db, k.treated)


def _booking(k: Kit) -> QWidget:
    from smpdesk.gui.sessions.visits_tab import BookingDialog

    return BookingDialog(k.db, k.treated, session_cases.visits(k.db, k.treated)[0])


def _visit_date(k: Kit) -> QWidget:
    from smpdesk.gui.photos.photos_tab import VisitDateDialog

    return VisitDateDialog("uk")


def _client_mode(k: Kit) -> QWidget:
    from smpdesk.gui.questionnaires.form_runner import ClientModeLock

    return k.form_runner("intake", lock=ClientModeLock("2468"))


def _client_mode_code(k: Kit) -> QWidget:
    from smpdesk.gui.questionnaires.form_runner import ClientModeDialog

    return ClientModeDialog("Saoirse Ó Súilleabháin")


def _answered_form(k: Kit) -> QWidget:
    from smpdesk.gui.questionnaires.questionnaires_tab import ResponseDialog

    return ResponseDialog(k.db, questionnaire_cases.open_response(k.db, k.response.id), "uk")


def _consent_record(k: Kit) -> QWidget:
    from smpdesk.gui.aftercare.aftercare_preview import PdfPreview

    return PdfPreview(
        questionnaire_cases.consent_record(k.db, k.response.id),
        title="Signed consent record",
        paper="A4",
        suggested_name="consent.pdf",
        protected=clinic_cases.protected_files(db=k.db),
    )


def _aftercare(k: Kit) -> QWidget:
    from smpdesk.gui.aftercare.aftercare_preview import AftercarePreview

    return AftercarePreview(k.db, aftercare_cases.aftercare_pdf(k.db, k.treated), "Aftercare")


def _blank_aftercare(k: Kit) -> QWidget:
    from smpdesk.gui.aftercare.aftercare_preview import AftercarePreview

    return AftercarePreview(k.db, aftercare_cases.blank_aftercare_pdf(k.db), "Blank sheet")


def _photo_viewer(k: Kit) -> QWidget:
    from smpdesk.gui.photos.photo_views import PhotoViewer

    return PhotoViewer(k.db, k.photos[0])


def _photo_compare(k: Kit) -> QWidget:
    from smpdesk.gui.photos.photo_views import CompareDialog

    return CompareDialog(k.db, k.photos[0], k.photos[-1])


def _photo_history(k: Kit) -> QWidget:
    from smpdesk.gui.photos.photo_history import PhotoHistoryDialog

    return PhotoHistoryDialog(k.db, k.photos[0])


def _lot_recall(k: Kit) -> QWidget:
    from smpdesk.gui.sessions.lot_recall import LotRecallDialog

    return LotRecallDialog(k.db)


def _delete_session(k: Kit) -> QWidget:
    from smpdesk.gui.sessions.delete_session_dialog import DeleteSessionDialog

    return DeleteSessionDialog(k.db, session_cases.client_sessions(k.db, k.treated)[0])


def _erase(k: Kit) -> QWidget:
    from smpdesk.gui.clients.erase_dialog import EraseDialog

    return EraseDialog(k.db, k.treated)


def _retention(k: Kit) -> QWidget:
    from smpdesk.gui.clients.retention_dialog import RetentionDialog

    return RetentionDialog(k.db)


def _help(k: Kit) -> QWidget:
    from smpdesk.gui.help_window import HelpWindow, help_dir

    return HelpWindow((help_dir() / "help.md").read_text(encoding="utf-8"), help_dir())


def _sign_in(k: Kit) -> QWidget:
    from smpdesk.gui.access.sign_in import SignInDialog

    return SignInDialog(k.protected_path)


def _recover(k: Kit) -> QWidget:
    from smpdesk.gui.access.sign_in import RecoverDialog

    return RecoverDialog(k.protected_path)


def _protect(k: Kit) -> QWidget:
    from smpdesk.gui.access.sign_in import ProtectDialog

    return ProtectDialog(k.path)


def _staff(k: Kit) -> QWidget:
    from smpdesk.gui.access.staff_admin import StaffDialog

    return StaffDialog(k.owner)


def _add_staff(k: Kit) -> QWidget:
    from smpdesk.gui.access.staff_admin import AddStaffDialog

    return AddStaffDialog(k.owner)


def _edit_staff(k: Kit) -> QWidget:
    from smpdesk.gui.access.staff_admin import EditStaffDialog

    return EditStaffDialog(k.owner, staff_cases.list_staff(k.owner)[-1])


def _set_password(k: Kit) -> QWidget:
    from smpdesk.gui.access.staff_admin import SetPasswordDialog

    return SetPasswordDialog(k.owner, staff_cases.list_staff(k.owner)[-1])


def _recovery_key(k: Kit) -> QWidget:
    from smpdesk.gui.access.staff_admin import RecoveryKeyDialog

    return RecoveryKeyDialog(k.owner, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH")


def _audit_log(k: Kit) -> QWidget:
    from smpdesk.gui.access.staff_admin import AuditLogDialog

    return AuditLogDialog(k.owner)


def _my_security(k: Kit) -> QWidget:
    from smpdesk.gui.access.staff_admin import MySecurityDialog

    return MySecurityDialog(k.owner)


#: Every top-level window and dialog, by name: how to build it (it is shown by the test).
OPENERS: dict[str, Callable[[Kit], QWidget]] = {
    "main window": _main_window,
    "settings": _settings,
    "client": _client,
    "session": _session,
    "book next appointment": _booking,
    "photo visit date": _visit_date,
    "form runner": lambda k: k.form_runner("medical"),
    "client mode": _client_mode,
    "client mode code": _client_mode_code,
    "answered form": _answered_form,
    "consent record": _consent_record,
    "aftercare preview": _aftercare,
    "blank aftercare": _blank_aftercare,
    "photo viewer": _photo_viewer,
    "photo compare": _photo_compare,
    "photo history": _photo_history,
    "lot recall": _lot_recall,
    "delete session": _delete_session,
    "erase client": _erase,
    "retention": _retention,
    "help": _help,
    "sign in": _sign_in,
    "forgotten password": _recover,
    "protect": _protect,
    "staff accounts": _staff,
    "add staff": _add_staff,
    "edit staff": _edit_staff,
    "set password": _set_password,
    "recovery key": _recovery_key,
    "audit log": _audit_log,
    "my password and pin": _my_security,
}


# -- the check -----------------------------------------------------------------
def off_screen(window: QWidget, area: QRect) -> list[str]:
    """What of ``window`` lies outside ``area``: the window itself, then each button."""
    problems = []
    if not area.contains(window.geometry()):
        problems.append(f"window {window.geometry().getRect()}")
    for button in window.findChildren(QPushButton):
        if not button.isVisible() or button.width() == 0 or _scrolls(button, window):
            continue
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        if not area.contains(rect):
            problems.append(f"button {button.text()!r} at {rect.getRect()}")
    return problems


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    """Inside a scrolling area: reached by scrolling, not by the screen's size."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture(scope="module")
def protected_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(key_file, "SCRYPT_N", 2**14)  # the real cost is for the benchmarks
        folder = tmp_path_factory.mktemp("protected")
        create_protected_demo_clinic(folder / "protected.sqlite3", 3)
        yield folder


@pytest.fixture
def kit(
    demo_db: Clinic, demo_path: Path, protected_template: Path, tmp_path: Path
) -> Iterator[Kit]:
    protected = tmp_path / "protected"
    shutil.copytree(protected_template, protected)
    kit = Kit(demo_db, demo_path, protected / "protected.sqlite3")
    yield kit
    kit.close()


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("name", list(OPENERS))
def test_every_button_is_on_the_screen(qtbot, monkeypatch, kit, name, screen, request):
    area = SCREENS[screen]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    window = OPENERS[name](kit)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems = off_screen(window, area)
    # Closing may ask (the recovery key: "Close anyway?"): yes.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.close()
    assert not problems, f"{name} on {screen}: off the screen: {problems}"


def test_the_check_sees_a_button_below_the_edge(qtbot):
    """A dialog 900 pixels tall (the old aftercare preview) fails on a 728-pixel screen."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    layout = QVBoxLayout(dialog)
    layout.addStretch(1)
    layout.addWidget(buttons)
    dialog.resize(760, 900)
    dialog.move(0, 0)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = off_screen(dialog, SCREENS["1366x768-taskbar"])
    dialog.close()
    assert problems[0].startswith("window") and "'Close'" in problems[1]
