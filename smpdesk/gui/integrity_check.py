"""The start-up integrity check: on a worker, once the client list is on screen.

``PRAGMA quick_check`` reads every page of the clinic file.  Run before the
window, as it used to be, it was most of the wait at start and grew with the
clinic: 0.4 s for 100,000 clients with the file in the OS cache, 1.3 s with
it cold, 2.7 s for a 1 GB clinic after a reboot.  So the window opens first
and the check follows:

* What is cheap to find is still refused before the window, by opening the
  file (:func:`smpdesk.app.clinic.open_clinic`): an empty file, one that is not
  SQLite, a wrong key, a schema that is not smpdesk's, damage in the first
  pages.  ``gui/app.py`` then asks the start-up check's question (restore the
  newest good backup?) exactly as before.
* What only reading every page finds is found here, a moment after the list
  has painted: on a worker with its own read-only connection, through the
  window's :class:`~smpdesk.gui.operations.OperationRunner` (so a restore or
  protecting waits for it, and closing the window waits for it to end).
* The result is in the status bar: "Checked: no damage found" for a while.  Damage gets
  the question start-up used to ask, answered through the window's own
  restore; whatever the answer, a red sentence stays in the status bar
  saying not to keep working in the file and what to do instead, until a
  restore replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from smpdesk.app import backups as backup_cases
from smpdesk.app.access import may
from smpdesk.errors import UserError
from smpdesk.gui.dates import format_stamp
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from smpdesk.app.clinic import Clinic
    from smpdesk.gui.main_window import MainWindow
    from smpdesk.gui.operations import Operation

CHECKED = QT_TRANSLATE_NOOP("integrity_check", "Checked: no damage found")
CHECKED_SHOWN_MS = 15_000
# If the list never paints (a window started minimised), start anyway after this long.
FALLBACK_MS = 3_000
DAMAGED_TITLE = QT_TRANSLATE_NOOP("integrity_check", "The clinic database is damaged")
LABEL_NAME = "integrity_label"


def restore_question(message: str, good: backup_cases.BackupInfo) -> str:
    """The offer of the newest good backup, at start or when the check finds damage later."""
    return translate(
        "integrity_check",
        "{message}\n\nRestore the newest good backup, made {when}? "
        "The damaged file is kept aside, not deleted; work entered after that backup is not "
        "in it.",
    ).format(message=message, when=format_stamp(good.taken_at, joiner=" at "))


def no_backup_text(message: str) -> str:
    """Damage with no good backup beside the file: stop and get help."""
    return translate(
        "integrity_check",
        "{message}\n\nThere is no good backup beside it; copy the file somewhere safe "
        "and ask for help before doing anything else with it.",
    ).format(message=message)


@dataclass(frozen=True)
class CheckOutcome:
    """What the worker found: ``ok`` None when the check could not run (``message`` says why)."""

    ok: bool | None
    message: str
    good: backup_cases.BackupInfo | None = None  # looked for only when damaged


def check_clinic_file(db: Clinic) -> CheckOutcome:
    """On the worker: the quick check (read-only, its own connection), and on damage the
    newest good backup, which is verified too and so is no work for the GUI thread."""
    try:
        ok, message, _counts = backup_cases.check_database(db.path, key=db.key)
        if ok:
            return CheckOutcome(True, message)
        return CheckOutcome(False, message, backup_cases.newest_good_backup(db.path, key=db.key))
    except UserError as exc:  # the disk is full, the file went away...: said, not a box
        return CheckOutcome(None, str(exc))


class StartupCheck(QObject):
    """Runs :func:`check_clinic_file` once for ``window``, after its client list has painted.

    ``finished(outcome)`` is emitted on the GUI thread once the result is
    shown (and, on damage, once the question was answered).
    """

    finished = Signal(object)

    def __init__(self, window: MainWindow, *, fallback_ms: int = FALLBACK_MS) -> None:
        super().__init__(window)
        self.setObjectName("startup_check")
        self._window = window
        self._stopped = False
        self._started = False
        self.operation: Operation | None = None
        self.outcome: CheckOutcome | None = None
        self._label: QLabel | None = None
        # Painting the list reads its first page of rows: the check, which reads the
        # whole file, must not compete with that on a cold disk cache.  The window's
        # own first paint starts the pass that paints the list (its viewport is not
        # asked for here: the first call costs Qt some 8 ms).
        self._watched = window
        self._watched.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self.start)
        self._fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            self._watched.removeEventFilter(self)
            # From the event loop, once this paint pass (the list's included) has ended;
            # a zero timer set before the first paint would fire before it.
            QTimer.singleShot(0, self, self.start)
        return False

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def start(self) -> None:
        """Start the check now (at most once), unless stopped or the window is gone."""
        if self._started or self._stopped:
            return
        window = self._window
        if not window.isVisible():
            return
        if QApplication.activeModalWidget() is not None or window.work_running():
            # A dialog or a worker may be replacing the file (protecting, a restore): later.
            self._fallback.start(FALLBACK_MS)
            return
        self._started = True
        self._fallback.stop()
        self._watched.removeEventFilter(self)
        self.operation = window.operations.run(
            check_clinic_file,
            error_title=self.tr("The clinic file was not checked"),
            on_done=self._checked,
            on_failed=self._not_checked,
            quiet=True,
        )

    def stop(self) -> None:
        """Never start; if running, wait for it to end and report nothing (the window closes)."""
        self._stopped = True
        self._fallback.stop()
        if self.operation is not None and self.operation.running:
            self.operation.abandon()

    # -- outcome, on the GUI thread ---------------------------------------------
    def _checked(self, outcome: CheckOutcome) -> None:
        self.outcome = outcome
        try:
            if outcome.ok:
                self._say(translate("integrity_check", CHECKED), "")
                QTimer.singleShot(CHECKED_SHOWN_MS, self, self._forget_label)
            elif outcome.ok is None:
                self._say(
                    self.tr("The clinic file was not checked: {problem}").format(
                        problem=outcome.message
                    ),
                    "#8a4b00",
                )
            else:
                self._damaged(outcome)
        finally:
            self.finished.emit(outcome)

    def _not_checked(self, error: BaseException) -> None:
        """The worker could not even connect (its box has said why)."""
        self.outcome = CheckOutcome(None, str(error) if isinstance(error, UserError) else "")
        self._say(
            self.tr("The clinic file was not checked at start: File → Check the clinic file…")
        )
        self.finished.emit(self.outcome)

    def _damaged(self, outcome: CheckOutcome) -> None:
        """Say it plainly, for as long as the file is in use; offer the newest good backup."""
        window = self._window
        good = outcome.good
        may_restore = may(window.db, "backups.authorize_restore")
        title = translate("integrity_check", DAMAGED_TITLE)
        if good is None:
            self._say(
                self.tr(
                    "This clinic file is damaged and there is no good backup beside it: stop "
                    "working in it, copy it somewhere safe and ask for help."
                )
            )
            QMessageBox.critical(window, title, no_backup_text(outcome.message))
            return
        self._say(
            self.tr(
                "This clinic file is damaged: do not keep working in it. "
                "Restore the newest good backup (File → Restore from a backup…)."
            )
            if may_restore
            else self.tr(
                "This clinic file is damaged: do not keep working in it. "
                "Ask the clinic's owner to restore the newest good backup."
            )
        )
        window.changes.database_replaced.connect(self._replaced)
        if not may_restore:
            QMessageBox.warning(
                window,
                title,
                self.tr(
                    "{problem}\n\nOnly the clinic's owner may restore a backup: ask "
                    "them to, and enter nothing more until then."
                ).format(problem=outcome.message),
            )
            return
        answer = QMessageBox.question(window, title, restore_question(outcome.message, good))
        if answer == QMessageBox.StandardButton.Yes:
            from smpdesk.gui.backups.backup_actions import restore_into

            try:
                restore_into(window, good.path)
            except backup_cases.SQLITE_ERRORS as exc:  # the damaged file refused even a read
                QMessageBox.warning(window, self.tr("Not restored"), str(exc))

    def _replaced(self) -> None:
        """A restore replaced the damaged file (a backup is verified before it is restored)."""
        self._forget_label()

    def _forget_label(self) -> None:
        if self._label is not None:
            self._window.statusBar().removeWidget(self._label)
            self._label.deleteLater()
            self._label = None

    def _say(self, text: str, colour: str = "#b00020") -> None:
        """A sentence in the status bar that nothing hides: not a timed message (it would
        hide the settings warning meanwhile, and the next message would replace it)."""
        if self._label is None:
            self._label = QLabel()
            self._label.setObjectName(LABEL_NAME)
            self._label.setWordWrap(True)
            self._window.statusBar().insertPermanentWidget(0, self._label, 1)
        self._label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self._label.setText(text)


def check_after_paint(window: MainWindow, *, fallback_ms: int = FALLBACK_MS) -> StartupCheck:
    """The start-up check of ``window``'s clinic file, started once its list has painted."""
    return StartupCheck(window, fallback_ms=fallback_ms)


__all__ = [
    "CHECKED",
    "CheckOutcome",
    "StartupCheck",
    "check_after_paint",
    "check_clinic_file",
    "no_backup_text",
    "restore_question",
]
