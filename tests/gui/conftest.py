"""The one window every GUI test shares: the main window on a copy of the demo clinic."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from smpdesk.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_db: sqlite_utils.Database, demo_path: Path) -> MainWindow:
    win = MainWindow(demo_db, demo_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
