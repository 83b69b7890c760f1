"""Closing the window (issue 15): nobody waits for the backup, which is made only when
something changed, after the window has gone; a failure is shown at the next start.
And the one-time conversion of a big clinic file, behind a progress box."""

from __future__ import annotations

import dataclasses
import os
import threading
from pathlib import Path

from PySide6.QtWidgets import QProgressDialog

from smpdesk.app import backup_files, backups, clients
from smpdesk.app.clinic import Clinic, load_settings, open_clinic, save_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.backups.backup_actions import reclaim_space_once
from smpdesk.gui.main_window import MainWindow
from smpdesk.store import engine, space
from tests.gui.helpers import save_shot


def _window(qtbot, db: Clinic, db_path: Path) -> MainWindow:
    win = MainWindow(db, db_path, auto_backup=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _backups(db_path: Path) -> list[backup_files.BackupInfo]:
    return backup_files.list_backups(db_path.parent / "backups", db_path.stem)


def test_closing_after_a_change_goes_at_once_and_backs_up_after(qtbot, db, db_path, monkeypatch):
    clients.add_client(db, ClientDetails(given_name="Zoë", family_name="Brontë"))
    win = _window(qtbot, db, db_path)
    release = threading.Event()
    real = backups.back_up

    def slow_back_up(*args, **kwargs):
        assert release.wait(30)  # the copy and its full check take their time...
        return real(*args, **kwargs)

    monkeypatch.setattr(backups, "back_up", slow_back_up)
    win.close()  # ...and close() has returned meanwhile, the window gone
    assert not win.isVisible()
    assert win.close_backup is not None and win.close_backup.running
    assert _backups(db_path) == []
    release.set()
    assert win.close_backup.join(60)
    [made] = _backups(db_path)
    assert backup_files.verify_backup(made.path)[0]
    conn = engine.connect(made.path)
    try:  # live pages only
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        conn.close()


def test_closing_with_nothing_changed_since_the_last_backup_makes_none(qtbot, db, db_path):
    clients.add_client(db, ClientDetails(given_name="Zoë", family_name="Brontë"))
    backups.back_up(db, db_path)  # Back up now, or the last close
    win = _window(qtbot, db, db_path)
    win.close()
    assert win.close_backup is None
    assert len(_backups(db_path)) == 1


def test_a_failed_close_backup_is_shown_at_the_next_start_until_a_backup(
    qtbot, db, db_path, tmp_path
):
    gone = tmp_path / "usb-drive"
    settings = load_settings(db)
    save_settings(db, dataclasses.replace(settings, backup_folder=str(gone)))
    win = _window(qtbot, db, db_path)
    win.close()
    assert win.close_backup is not None and win.close_backup.join(60)
    assert "does not exist" in win.close_backup.problem

    again = _window(qtbot, open_clinic(db_path), db_path)
    label = again.backup_label
    assert label.text().startswith("Backup at close failed (")
    assert "back up now" in label.text() and "does not exist" in label.toolTip()
    assert "b00020" in label.styleSheet()
    assert (
        again.statusBar()
        .currentMessage()
        .startswith("The backup when smpdesk last closed was not made: The backups folder")
    )
    again.resize(1100, 700)
    qtbot.wait(200)  # laid out, so the message is painted
    save_shot(again, "h9_close_backup_failed")
    gone.mkdir()
    op = again.back_up_now()
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert label.text().startswith("Last backup:")
    again.auto_backup = False  # nothing more to test at this close
    again.close()
    again.db.close()


def test_a_protected_clinics_sign_out_alone_makes_no_backup(qtbot, tmp_path, monkeypatch):
    """Every close of a protected clinic writes a sign-out entry: a write, but not a record."""
    from smpdesk.app import protection
    from smpdesk.infra import key_file

    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    path = tmp_path / "clinic.sqlite3"
    open_clinic(path, create=True).close()
    done = protection.protect(path, login="olive", display_name="Olive", password="pw-" * 5)
    clinic = done.clinic
    clients.add_client(clinic, ClientDetails(given_name="Zoë", family_name="Brontë"))
    backups.back_up(clinic, path)
    before = len(backup_files.list_backups(path.parent / "backups", path.stem))
    win = _window(qtbot, clinic, path)
    win.close()  # signs out (an audit entry), and finds no record changed
    assert win.close_backup is None
    assert len(backup_files.list_backups(path.parent / "backups", path.stem)) == before


def _old_big_clinic(path: Path) -> None:
    """A clinic file from before issue 15 (no auto_vacuum), with some photos' worth of bytes."""
    db = open_clinic(path, create=True)
    client = clients.add_client(db, ClientDetails(given_name="Ada", family_name="Lovelace"))
    with db.conn:
        db.conn.execute(
            "INSERT INTO photos (client_id, visit_date, angle, consent, width, height, "
            "thumb_width, thumb_height, content_hash, source_name, source_format, imported_at) "
            "VALUES (?, '2026-05-01', 'front', 'clinical', 1, 1, 1, 1, 'h', 'a.jpg', 'JPEG', "
            "'2026-05-01T10:00:00')",
            [client.id],
        )
        photo = db.conn.execute("SELECT max(id) FROM photos").fetchone()[0]
        db.conn.execute(
            "INSERT INTO photo_images (photo_id, image) VALUES (?, ?)", [photo, os.urandom(3 << 20)]
        )
    db.close()
    conn = engine.connect(path)
    conn.execute("PRAGMA auto_vacuum=NONE")
    conn.execute("VACUUM")
    conn.close()


def test_a_big_old_clinic_file_is_converted_once_behind_a_progress_box(
    qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "clinic.sqlite3"
    _old_big_clinic(path)
    monkeypatch.setattr(space, "INLINE_BYTES", 1 << 20)  # "big": not converted as it opens
    win = _window(qtbot, open_clinic(path), path)
    release = threading.Event()
    real = backups.reclaim_space

    def held(db_path, *, key=None, progress=None):
        progress(450, 1000)  # for the picture: the box as the user sees it, half-way
        assert release.wait(30)
        return real(db_path, key=key, progress=progress)

    monkeypatch.setattr(backups, "reclaim_space", held)
    op = reclaim_space_once(win)
    assert op is not None
    [box] = [d for d in win.findChildren(QProgressDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: box.progress_bar.value() == 450, timeout=5000)
    assert "once, after this upgrade" in box.labelText()
    save_shot(box, "h9_reclaim_progress")
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=60000)
    assert win.statusBar().currentMessage().startswith("The clinic file now gives back")
    conn = engine.connect(path)
    try:
        assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == space.INCREMENTAL
    finally:
        conn.close()
    assert reclaim_space_once(win) is None  # once
    win.auto_backup = False
    win.close()
    win.db.close()


def test_without_room_for_the_conversion_the_status_bar_says_so(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "clinic.sqlite3"
    _old_big_clinic(path)
    monkeypatch.setattr(space, "INLINE_BYTES", 1 << 20)
    win = _window(qtbot, open_clinic(path), path)
    plan = backups.space_to_reclaim(path)
    assert plan is not None
    monkeypatch.setattr(
        backups,
        "space_to_reclaim",
        lambda *_a, **_k: dataclasses.replace(
            plan, problem="The clinic file was not made smaller."
        ),
    )
    assert reclaim_space_once(win) is None
    assert win.statusBar().currentMessage() == "The clinic file was not made smaller."
    win.auto_backup = False
    win.close()
    win.db.close()


def test_the_process_ends_only_once_the_backup_at_close_is_made(db_path, tmp_path):
    """As smpdesk runs: the event loop ends when the window closes, and the interpreter
    waits for the backup's thread before the process exits (nothing cuts it short)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    script = tmp_path / "run_and_close.py"
    script.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from smpdesk.app import backups, clients\n"
        "from smpdesk.app.clinic import open_clinic\n"
        "from smpdesk.domain.client_details import ClientDetails\n"
        "from smpdesk.gui.main_window import MainWindow\n"
        "path = Path(sys.argv[1])\n"
        "real = backups.back_up\n"
        "def slow(*a, **k):\n"
        "    import time; time.sleep(1.0)  # a big clinic's copy and check\n"
        "    return real(*a, **k)\n"
        "backups.back_up = slow\n"
        "app = QApplication([])\n"
        "db = open_clinic(path)\n"
        "clients.add_client(db, ClientDetails(given_name='Zoë', family_name='Brontë'))\n"
        "window = MainWindow(db, path, auto_backup=True)\n"
        "window.show()\n"
        "QTimer.singleShot(100, window.close)\n"
        "code = app.exec()\n"
        "print('loop ended', flush=True)\n"
        "sys.exit(code)\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script), str(db_path)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "loop ended" in done.stdout
    [made] = _backups(db_path)
    assert backup_files.verify_backup(made.path)[0]
    assert backups.close_backup_failure(db_path) is None
