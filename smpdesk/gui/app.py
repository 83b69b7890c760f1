"""Start-up: one QApplication, open the database, show the window.

Kept light on purpose: reportlab and Pillow are never imported here, so cold
start stays close to a bare Qt window.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from smpdesk import services
from smpdesk.errors import UserError
from smpdesk.gui.main_window import MainWindow
from smpdesk.paths import default_db_path, resources_dir


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("smpdesk")
    app.setOrganizationName("smpdesk")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "smpdesk.svg")))
    return app


def open_main_window(db_path: Path, *, demo: bool = False) -> MainWindow:
    """Open (creating on first run) the clinic database and build the window."""
    if db_path == default_db_path():
        db_path.parent.mkdir(parents=True, exist_ok=True)
    db = services.open_clinic(db_path, create=True)
    return MainWindow(db, db_path, demo=demo)


def run_app(db_path: Path, *, demo: bool = False) -> int:
    app = application()
    try:
        window = open_main_window(db_path, demo=demo)
    except UserError as exc:
        QMessageBox.critical(None, "smpdesk cannot open the clinic database", str(exc))
        print(f"smpdesk: {exc}", file=sys.stderr)
        return 1
    window.show()
    _quit_on_terminal_signals(app)
    return app.exec()


def _quit_on_terminal_signals(app: QApplication) -> None:
    """Ctrl+C or a polite kill closes the window normally (and a demo cleans up).

    Python only runs signal handlers between bytecodes, so a slow idle timer
    gives it that chance while Qt's event loop is in C++.
    """

    def quit_app(*_args: object) -> None:
        app.closeAllWindows()
        app.quit()

    signal.signal(signal.SIGINT, quit_app)
    signal.signal(signal.SIGTERM, quit_app)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)
