"""Shared fixtures.

Qt must run offscreen in CI and on headless machines, and that has to be
decided before anything imports Qt.  Every test gets its own copy of a
template database (migrated once per session) and ``SMPDESK_DB`` points at a
scratch path, so no test can touch a real clinic's data.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlite_utils

from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo import populate
from smpdesk.store import open_database


def _close(db: sqlite_utils.Database) -> None:
    db.conn.close()


@pytest.fixture(scope="session")
def _test_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the run: the window's catalogues compiled once, never into
    the real ~/.cache (smpdesk.gui.i18n_catalogs)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _test_cache: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(_test_cache))
    monkeypatch.setenv("SMPDESK_DB", str(tmp_path / "isolated" / "clinic.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # The interface speaks English in tests whatever the machine's language (issue 20);
    # a test of the language setting removes this.
    monkeypatch.setenv("SMPDESK_LANGUAGE", "en")


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    """A test that switched the interface's language leaves it English for the next."""
    yield
    import sys

    i18n = sys.modules.get("smpdesk.gui.i18n")
    if i18n is not None and i18n.current_language() != "en":
        i18n.use_language("en")


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody planned for fails the test instead of hanging it.

    Tests that expect a dialog patch the QMessageBox function themselves
    (their monkeypatch wins, being applied later).
    """
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args: object, **_kwargs: object) -> None:
        text = next((a for a in args[2:3] if isinstance(a, str)), "")
        raise AssertionError(f"unexpected message box: {text}")

    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture(autouse=True)
def _no_leaked_windows_or_threads(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """A GUI test that leaves a visible window or a running QThread behind fails.

    Leaks like these make later tests flaky (a window answering a signal from
    a test long gone) and hide real ones in the app, as napari's fixtures
    found.  Runs after qtbot has closed the widgets it was given.
    """
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QThread
    from PySide6.QtWidgets import QApplication

    started: list[QThread] = []
    original_start = QThread.start

    def tracked_start(self: QThread, *args: object) -> None:
        started.append(self)
        original_start(self, *args)

    monkeypatch.setattr(QThread, "start", tracked_start)
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    leaked = [
        f"{type(w).__name__} {w.windowTitle()!r}"
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and id(w) not in before
    ]
    running = []
    for thread in started:
        try:
            if thread.isRunning() and not thread.wait(5000):
                running.append(type(thread).__name__)
        except RuntimeError:  # already deleted by Qt: not running
            continue
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and id(widget) not in before:
            widget.close()
            widget.deleteLater()
    assert not leaked, f"windows left open: {leaked}"
    assert not running, f"threads still running: {running}"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "clinic.sqlite3"
    _close(open_database(path, create=True))
    return path


@pytest.fixture(scope="session")
def template_demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template-demo") / "demo.sqlite3"
    db = open_database(path, create=True)
    populate(db, 60)
    _close(db)
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "clinic.sqlite3"
    shutil.copy(template_db, path)
    monkeypatch.setenv("SMPDESK_DB", str(path))
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Clinic]:
    database = open_clinic(db_path)
    yield database
    _close(database)


@pytest.fixture
def demo_path(template_demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(template_demo_db, path)
    return path


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Clinic]:
    database = open_clinic(demo_path)
    yield database
    _close(database)


@pytest.fixture
def screenshot() -> Callable[[object, str], Path | None]:
    """Save ``widget.grab()`` as DIR/NAME.png when SMPDESK_SCREENSHOTS=DIR."""

    def save(widget: object, name: str) -> Path | None:
        folder = os.environ.get("SMPDESK_SCREENSHOTS")
        if not folder:
            return None
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not write {path}"  # type: ignore[attr-defined]
        return path

    return save
