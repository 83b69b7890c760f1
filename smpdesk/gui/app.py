"""Start-up: one QApplication, open the database, show the window.

Kept light on purpose: reportlab and Pillow are never imported here, so cold
start stays close to a bare Qt window.  Nothing before the window reads the
whole clinic file: opening it refuses what is cheap to find (an empty file,
one that is not SQLite, a damaged schema or first pages), and those still get
the newest good backup offered before the window; the full integrity check
runs on a worker once the list has painted (:mod:`smpdesk.gui.integrity_check`),
so start-up takes as long for 100,000 clients as for none.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from smpdesk import gc_pause
from smpdesk.app import clinic, protection, start_up
from smpdesk.errors import NotADatabaseError, UserError
from smpdesk.gui import i18n, single_instance
from smpdesk.gui.dates import format_stamp
from smpdesk.gui.i18n import translate
from smpdesk.gui.main_window import MainWindow
from smpdesk.gui.widgets.first_paint import AfterFirstPaint
from smpdesk.paths import default_db_path, private_dir, resources_dir

if TYPE_CHECKING:
    from smpdesk.gui.integrity_check import StartupCheck


def _backup_cases() -> ModuleType:
    """Backups' use cases: only a damaged or missing file needs them before the window
    (and the work after its first paint), so an ordinary start does not import them."""
    from smpdesk.app import backups

    return backups


def _integrity_check() -> ModuleType:
    from smpdesk.gui import integrity_check

    return integrity_check


def application(*, icon: bool = True) -> QApplication:
    """The one QApplication; ``icon=False`` leaves the window icon to :func:`set_icon`."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("smpdesk")
    app.setOrganizationName("smpdesk")
    if icon:
        set_icon()
    return app


def set_icon() -> None:
    """The window icon.  Reading the SVG loads Qt's SVG plugin (about 5 ms), so
    :func:`run_app` sets it once the window has painted, or before the first
    dialog when one comes first (sign-in, a question about the file)."""
    QApplication.setWindowIcon(QIcon(str(resources_dir() / "icons" / "smpdesk.svg")))


def cannot_start(message: str) -> int:
    """Why no clinic can be opened, found before one is chosen (the remembered clinic
    location unusable or its drive missing): on stderr and in a message box, since
    nobody sees stderr when smpdesk starts from its icon.  The exit status."""
    print(f"smpdesk: {message}", file=sys.stderr, flush=True)
    application()
    QMessageBox.critical(None, translate("app", "smpdesk cannot open the clinic database"), message)
    return 1


def open_main_window(
    db_path: Path,
    *,
    demo: bool = False,
    create: bool = False,
    signed_in: clinic.Clinic | None = None,
) -> MainWindow:
    """Open the clinic database (or take the signed-in one) and build the window.

    The database is created without asking only at the standard location (a
    first run); anywhere else a missing file is more likely a typo or an
    unplugged drive, so the caller must ask first (``create=True``).
    """
    if signed_in is not None:
        return MainWindow(
            signed_in, db_path, demo=demo, auto_backup=not demo, count_after_paint=True
        )
    if db_path == default_db_path():
        private_dir(db_path.parent)
        create = True
    db = clinic.open_clinic(db_path, create=create)
    try:
        return MainWindow(db, db_path, demo=demo, auto_backup=not demo, count_after_paint=True)
    except BaseException:
        db.close()  # a first read failed (damage past the first pages): the file is let go
        raise


def open_or_offer_backup(
    db_path: Path, *, demo: bool, create: bool, signed_in: clinic.Clinic | None
) -> MainWindow | None:
    """The window; or, for a file that opening refuses as damaged, the start-up check's
    diagnosis and its offer of the newest good backup (None: declined, nothing to open).

    Opening refuses cheaply what used to be found by checking the whole file
    first: an empty file, one that is not SQLite, damage in its first pages.
    A file opening finds sound but cannot use (another program's, an altered
    schema) passes the check and is refused again by the second opening, in
    one sentence, as before.
    """
    try:
        return open_main_window(db_path, demo=demo, create=create, signed_in=signed_in)
    except NotADatabaseError as exc:
        if demo or exc.damaged is None:
            raise
    except clinic.SQLITE_ERRORS as exc:  # opened, then the first rows were unreadable
        if demo:
            raise clinic.translate_error(exc, db_path) from exc
    if not healthy_or_restored(db_path, signed_in):
        return None
    try:
        return open_main_window(db_path, demo=demo, create=create, signed_in=signed_in)
    except clinic.SQLITE_ERRORS as exc:
        raise clinic.translate_error(exc, db_path) from exc


def sign_in(db_path: Path, *, demo: bool) -> clinic.Clinic | None:
    """The sign-in screen of a protected clinic, before any client data is read."""
    from smpdesk.gui.access.sign_in import SignInDialog

    gc_pause.resume()  # the dialog waits for a person
    set_icon()
    dialog = SignInDialog(db_path, demo=demo)
    if not dialog.exec():
        return None
    return dialog.clinic


def confirm_new_database(db_path: Path) -> bool:
    set_icon()
    answer = QMessageBox.question(
        None,
        translate("app", "No clinic database there"),
        translate(
            "app",
            "There is no clinic database at {path}.\n\nCreate a new, empty clinic "
            "database there? Choose No if you expected existing records (for example on "
            "a drive that is not plugged in).",
        ).format(path=db_path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def healthy_or_restored(db_path: Path, signed_in: clinic.Clinic | None = None) -> bool:
    """PRAGMA quick_check of a file opening refused as damaged: what is wrong, in one
    sentence, and the newest good backup offered instead (True: restored, or sound after all).

    Only on that path: a file that opens is checked after the window is shown.
    On a protected clinic the person has signed in (``signed_in``): its key
    reads the file and the backups, and its handle is reopened on the
    restored file.
    """
    gc_pause.resume()  # a dialog waits for a person
    key = signed_in.key if signed_in is not None else None
    backup_cases, texts = _backup_cases(), _integrity_check()
    ok, message, _counts = backup_cases.check_database(db_path, key=key)
    if ok:
        return True
    set_icon()
    good = backup_cases.newest_good_backup(db_path, key=key)
    if good is None:
        QMessageBox.critical(
            None,
            translate("app", "The clinic database is damaged"),
            texts.no_backup_text(message),
        )
        return False
    answer = QMessageBox.question(
        None,
        translate("app", "The clinic database is damaged"),
        texts.restore_question(message, good),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if signed_in is not None:
        signed_in.close()
    result = backup_cases.restore(db_path, good.path, key=key)
    if signed_in is not None:
        signed_in.reopen()
    QMessageBox.information(
        None,
        translate("app", "Backup restored"),
        translate(
            "app", "Restored the backup of {when}; the damaged file was kept as {kept}."
        ).format(when=format_stamp(good.taken_at), kept=result.set_aside),
    )
    return True


def settle(db_path: Path) -> None:
    """Finish a restore a crash interrupted (and say so); sweep scratch left by kills.

    Partial backups left in the backups folder are swept after the first paint
    (:class:`AfterPaintWork`): nothing reads them before.
    """
    outcome = start_up.finish_interrupted(db_path)
    if outcome:
        gc_pause.resume()  # the message waits for a person
        set_icon()
        QMessageBox.information(None, translate("app", "An interrupted restore"), outcome)
    start_up.sweep_scratch(db_path)


def missing_clinic_choice(db_path: Path) -> str:
    """``"restored"``, ``"create"`` or ``"cancel"`` for a clinic file that is not there.

    Backups beside a missing file mean this is not a first run: the newest
    good one is offered before a new, empty clinic.  Without backups, only
    the standard location is created without asking (a first run); elsewhere
    a missing file is more likely a typo or an unplugged drive.
    """
    gc_pause.resume()  # dialogs may wait for a person
    backup_cases = _backup_cases()
    good = backup_cases.newest_good_backup(db_path)
    if good is None:
        if db_path == default_db_path():
            return "create"
        return "create" if confirm_new_database(db_path) else "cancel"
    set_icon()
    answer = QMessageBox.question(
        None,
        translate("app", "The clinic database is missing"),
        translate(
            "app",
            "There is no clinic database at {path}, but its backups folder holds a good "
            "backup made {when}.\n\nRestore that backup? Choose No to "
            "start a new, empty clinic instead (the backups stay where they are).",
        ).format(path=db_path, when=format_stamp(good.taken_at, joiner=" at ")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        backup_cases.restore(db_path, good.path)
        return "restored"
    return "create" if confirm_new_database(db_path) else "cancel"


def offer_protection(window: MainWindow) -> None:
    """A new clinic: offer protection before the first client is typed in."""
    answer = QMessageBox.question(
        window,
        translate("app", "Protect this new clinic?"),
        translate(
            "app",
            "Protecting encrypts the clinic file and gives each member of staff their own "
            "sign-in, so a lost laptop or a copied file reveals nothing. It takes a minute; "
            "you can also do it later from the red banner.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.protect_clinic()


def run_app(db_path: Path, *, demo: bool = False) -> int:
    """The window on the clinic at ``db_path`` until it closes (the exit status).

    The cycle collector, paused for start-up by the caller (see smpdesk.gc_pause),
    resumes once the list has painted, before any dialog that waits for a person, and
    at the latest here on the way out.
    """
    try:
        return _run_app(db_path, demo=demo)
    finally:
        gc_pause.resume()


def _run_app(db_path: Path, *, demo: bool) -> int:
    app = application(icon=False)
    # The practitioner's language (issue 20) before the first word is shown.
    i18n.use_language(i18n.interface_language())
    create = False
    lock = None
    try:
        if db_path == default_db_path():
            private_dir(db_path.parent)
        if not demo and db_path.parent.is_dir():
            # Before opening: two copies must not even migrate the file at once.
            lock = single_instance.acquire(db_path)
            if start_up.restore_running(db_path):
                raise UserError(
                    translate(
                        "app",
                        "A restore of this clinic database is running; start smpdesk again "
                        "when it has finished.",
                    )
                )
            settle(db_path)
        if not demo and not db_path.exists() and protection.has_key_file(db_path):
            # A protected clinic's file is gone: its backups are encrypted, and a new empty
            # clinic must never be started in its place.
            raise UserError(
                translate(
                    "app",
                    "The protected clinic file {name} is missing. Restore its newest "
                    "backup with the owner's password: smpdesk restore --db {path} --user "
                    "OWNER BACKUP-FILE (the backups are in the backups folder beside it).",
                ).format(name=db_path.name, path=db_path)
            )
        if not demo and not db_path.exists() and db_path.parent.is_dir():
            choice = missing_clinic_choice(db_path)
            if choice == "cancel":
                if lock is not None:
                    lock.unlock()
                return 1
            if choice == "create" and db_path == default_db_path():
                from smpdesk.gui.first_run import first_run  # no clinic yet: the wizard

                return first_run(db_path, lock)
            create = choice == "create"
        signed_in = None
        if db_path.exists() and protection.is_protected(db_path):
            signed_in = sign_in(db_path, demo=demo)
            if signed_in is None:
                if lock is not None:
                    lock.unlock()
                return 1
        existed = db_path.exists()
        opened = open_or_offer_backup(db_path, demo=demo, create=create, signed_in=signed_in)
        if opened is None:
            if lock is not None:
                lock.unlock()
            return 1
        window = opened
    except (UserError, OSError) as exc:
        if lock is not None:
            lock.unlock()
        message = str(exc) if isinstance(exc, UserError) else f"{exc.strerror}: {db_path}"
        print(f"smpdesk: {message}", file=sys.stderr, flush=True)
        gc_pause.resume()
        set_icon()
        QMessageBox.critical(
            None, translate("app", "smpdesk cannot open the clinic database"), message
        )
        return 1
    window.show()
    after_paint = AfterPaintWork(window)
    # A window started minimised paints only when restored: collect again meanwhile.
    QTimer.singleShot(5000, gc_pause.resume)
    if not demo and not existed:
        offer_protection(window)
    if not demo:
        from smpdesk.infra.filesystems import NETWORK_WARNING, is_network_path

        if is_network_path(db_path):
            QMessageBox.warning(
                window, translate("app", "Database on a network share"), NETWORK_WARNING
            )
    previous = _quit_on_terminal_signals(app)
    try:
        return app.exec()
    finally:
        after_paint.stop()
        if window.close_backup is not None:
            window.close_backup.join()  # the lock is held until the backup is made
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if lock is not None:
            lock.unlock()


class AfterPaintWork:
    """What start-up leaves until the list has painted: the icon and, for a clinic (not
    the demo, made afresh), sweeping partial backups, the one-time space reclaim of an
    upgraded file, and the whole-file check on a worker (which waits for the reclaim,
    as it waits for any work on the file).  None of their modules is imported before.
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.check: StartupCheck | None = None
        self.ended = False
        AfterFirstPaint(window, self.run)

    def run(self) -> None:
        gc_pause.resume(freeze=True)  # start-up's objects live as long as the window
        set_icon()
        if self.window.demo or self.ended:
            return
        from smpdesk.gui.backups.backup_actions import reclaim_space_once

        start_up.sweep_partial_backups(self.window.db_path)
        reclaim_space_once(self.window)
        self.check = _integrity_check().check_after_paint(self.window)
        self.check.start()

    def stop(self) -> None:
        """The event loop has ended: start nothing; no worker outlives it (closing the
        window waits too)."""
        self.ended = True
        if self.check is not None:
            self.check.stop()


def _quit_on_terminal_signals(app: QApplication) -> dict[signal.Signals, Any]:
    """Ctrl+C or a polite kill closes the window normally (and a demo cleans up).

    Python only runs signal handlers between bytecodes, so a slow idle timer
    gives it that chance while Qt's event loop is in C++.
    """

    def quit_app(*_args: object) -> None:
        app.closeAllWindows()
        app.quit()

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in previous:
        signal.signal(sig, quit_app)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)
    return previous
