"""First run: no clinic yet, so a short wizard instead of an empty window.

:func:`first_run` is what :func:`smpdesk.gui.app.run_app` calls when the
clinic file at the standard location is missing and no backups say it ever
existed.  It shows :class:`~smpdesk.gui.first_run.wizard.FirstRunWizard`, then:

* cancelled: nothing was made; smpdesk ends (exit status 1);
* "Try the demo clinic first": the throw-away demo opens as ``smpdesk --demo``
  opens it (made in a temporary folder, removed when it closes); the real
  clinic is not made, so the next start shows the wizard again;
* a clinic made: the window opens on it through ``run_app`` itself (its lock,
  its checks, the sign-in of a protected clinic), and for "Import my clients"
  the import dialog opens over the window once it is on screen.

Imported only on that path: an existing clinic's start never loads it.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from smpdesk.gui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from smpdesk.gui.first_run.wizard import FirstRunWizard


def make_wizard(suggested_folder: Path) -> FirstRunWizard:
    """The wizard (a function, so a test can drive the one ``first_run`` shows)."""
    from smpdesk.gui.first_run.wizard import FirstRunWizard

    return FirstRunWizard(suggested_folder)


def first_run(db_path: Path, lock: QLockFile | None) -> int:
    """The wizard for a missing clinic at ``db_path`` (the standard place); the exit status.

    ``lock`` is ``run_app``'s hold on the standard location (two copies must
    not both run the wizard); it is let go before whatever opens next.
    """
    from smpdesk.gui.app import cannot_start, run_app, set_icon
    from smpdesk.gui.first_run.wizard import START_DEMO, START_IMPORT
    from smpdesk.paths import pointer_problem

    problem = pointer_problem()
    if problem:
        # A clinic was made elsewhere and its pointer is damaged: no new clinic here
        # (the wizard would forget the pointer, the only record of where it is).
        if lock is not None:
            lock.unlock()
        return cannot_start(problem)
    set_icon()
    wizard = make_wizard(db_path.parent)
    try:
        wizard.exec()
        outcome, made = wizard.outcome, wizard.created
    finally:
        if wizard.created is not None:
            wizard.created.clinic.close()  # run_app opens it again (a protected one: sign in)
        wizard.deleteLater()
        if lock is not None:
            lock.unlock()
    if outcome == START_DEMO:
        return run_demo()
    if made is None:
        return 1
    watcher = ImportWhenShown() if outcome == START_IMPORT else None
    try:
        return run_app(made.path)
    finally:
        if watcher is not None:
            watcher.stop()


def run_demo() -> int:
    """The protected demo in a temporary folder, as ``smpdesk --demo`` runs it; then removed."""
    from smpdesk.app.demo import create_protected_demo_clinic
    from smpdesk.gui.app import run_app

    folder = Path(tempfile.mkdtemp(prefix="smpdesk-demo-"))
    try:
        path = folder / "demo-clinic.sqlite3"
        create_protected_demo_clinic(path)
        return run_app(path, demo=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class ImportWhenShown(QObject):
    """Opens the import dialog over the main window once it is shown and nothing modal
    (a sign-in, a warning) stands in front of it."""

    def __init__(self) -> None:
        super().__init__()
        self.opened = False
        self._app = QApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, MainWindow):
            self._remove()
            QTimer.singleShot(0, lambda: self._open(watched))
        return False

    def _open(self, window: object) -> None:
        if self.opened or not isinstance(window, MainWindow) or not window.isVisible():
            return
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(200, lambda: self._open(window))
            return
        self.opened = True
        from smpdesk.gui.clients.import_dialog import open_import_dialog  # H3's dialog

        open_import_dialog(window)

    def _remove(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def stop(self) -> None:
        self._remove()
        self.opened = True  # nothing opens after the event loop has ended


__all__ = ["ImportWhenShown", "first_run", "make_wizard", "run_demo"]
