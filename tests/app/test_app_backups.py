"""The backup use cases the window and the CLI share (smpdesk.app.backups)."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from smpdesk.app import backups as backup_cases
from smpdesk.app.backup_files import list_backups, make_backup, verify_backup
from smpdesk.app.clinic import ClinicSettings, open_clinic, save_settings
from smpdesk.app.demo import populate
from smpdesk.errors import UserError
from smpdesk.infra import sealed_export

NOW = datetime.now().replace(microsecond=0)


@pytest.fixture
def filled(db: sqlite_utils.Database) -> sqlite_utils.Database:
    populate(db, 20)
    return db


@pytest.fixture
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sealed_export, "SCRYPT_N_LOG2", 10)  # real exports use 2**15


def clients(path: Path) -> int:
    db = open_clinic(path)
    try:
        return db["clients"].count
    finally:
        db.conn.close()


def flip_middle(path: Path) -> None:
    """XOR the b-tree page headers of the middle third of the file's pages."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    for page in range(pages // 3, 2 * pages // 3 + 1):
        for i in range(page * page_size, page * page_size + 16):
            data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def test_back_up_creates_the_default_folder_and_rotates(filled, db_path):
    folder = db_path.parent / "backups"
    assert not folder.exists()
    first = backup_cases.back_up(filled, db_path)
    assert first.folder == folder and first.made.path.parent == folder
    assert first.made.ok and verify_backup(first.made.path)[0]
    assert first.removed == []
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    # Old backups beyond the clinic's rules go; the newest is always kept.
    old = [make_backup(filled, folder, when=NOW - timedelta(days=d)) for d in (40, 80, 120)]
    save_settings(filled, ClinicSettings(backup_keep={"daily": 1, "weekly": 1, "monthly": 1}))
    progress: list[tuple[int, int]] = []
    done = backup_cases.back_up(filled, db_path, progress=lambda *step: progress.append(step))
    assert progress and progress[-1][0] == progress[-1][1]
    assert {b.path for b in old} <= set(done.removed)
    assert list_backups(folder, "clinic")[0].path == done.made.path
    assert not any(b.path.exists() for b in old)


def test_back_up_into_a_chosen_folder_that_must_exist(filled, db_path, tmp_path):
    usb = tmp_path / "usb-stick"
    save_settings(filled, ClinicSettings(backup_folder=str(usb)))
    with pytest.raises(UserError) as refused:
        backup_cases.back_up(filled, db_path)
    assert str(refused.value) == (
        f"The backups folder {usb} does not exist; "
        "connect the drive, create the folder or choose another one."
    )
    assert not usb.exists()  # never created under an empty mount point
    assert not (db_path.parent / "backups").exists()  # nor quietly put beside the database
    usb.mkdir()
    done = backup_cases.back_up(filled, db_path)
    assert done.folder == usb and done.made.path.parent == usb
    assert verify_backup(done.made.path)[0]


def test_back_up_to_a_new_file(filled, db_path, tmp_path):
    target = tmp_path / "out" / "copy.sqlite3"
    target.parent.mkdir()
    assert backup_cases.back_up_to_file(filled, db_path, target) == target
    assert verify_backup(target)[0]
    assert clients(target) == 20
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]
    with pytest.raises(UserError, match="already exists; choose a new file name"):
        backup_cases.back_up_to_file(filled, db_path, target)
    with pytest.raises(UserError, match="does not exist"):
        backup_cases.back_up_to_file(filled, db_path, tmp_path / "missing" / "copy.sqlite3")


def test_encrypted_export_then_import_round_trip(filled, db_path, tmp_path, fast_scrypt):
    sealed = tmp_path / "usb" / "clinic.smpdesk"
    with pytest.raises(UserError, match="does not exist; connect the drive first"):
        backup_cases.export_encrypted(filled, db_path, sealed, "correct horse")
    sealed.parent.mkdir()
    assert backup_cases.export_encrypted(filled, db_path, sealed, "correct horse") == sealed
    assert b"SQLite format 3" not in sealed.read_bytes()
    with pytest.raises(UserError, match="already exists"):
        backup_cases.export_encrypted(filled, db_path, sealed, "correct horse")
    backup_cases.export_encrypted(filled, db_path, sealed, "correct horse", overwrite=True)
    with pytest.raises(UserError):
        backup_cases.export_encrypted(filled, db_path, db_path, "x", overwrite=True)
    populate(filled, 5)  # work after the export
    filled.conn.close()
    assert clients(db_path) == 25

    with pytest.raises(UserError, match="passphrase is wrong"):
        backup_cases.import_encrypted(db_path, sealed, "wrong")
    asked = []
    declined = backup_cases.import_encrypted(
        db_path, sealed, "correct horse", confirm=lambda: asked.append(1) or False
    )
    assert declined is None and asked == [1]
    assert clients(db_path) == 25  # a No changes nothing

    result = backup_cases.import_encrypted(db_path, sealed, "correct horse")
    assert result is not None and result.counts["clients"] == 20
    assert result.set_aside is not None and result.set_aside.exists()
    assert clients(db_path) == 20
    # Nothing decrypted is left behind beside the clinic.
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith(".smpdesk-staging-")]


def test_newest_good_backup_looks_in_both_folders_and_skips_damaged_ones(filled, db_path, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    beside = db_path.parent / "backups"
    beside.mkdir()
    save_settings(filled, ClinicSettings(backup_folder=str(usb)))
    oldest = make_backup(filled, beside, when=NOW - timedelta(hours=3))
    chosen = make_backup(filled, usb, when=NOW - timedelta(hours=2))
    damaged = make_backup(filled, beside, when=NOW - timedelta(hours=1))
    flip_middle(damaged.path)
    assert not verify_backup(damaged.path)[0]
    filled.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    roots = filled.execute(
        "SELECT rootpage FROM sqlite_master WHERE name IN ('clients', 'sessions')"
    ).fetchall()
    filled.conn.close()

    # Damage the clients and sessions tables; the settings still say where the stick is.
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for (root,) in roots:
        data[(root - 1) * page_size : (root - 1) * page_size + 200] = b"\xff" * 200
    db_path.write_bytes(bytes(data))
    assert not backup_cases.check_database(db_path)[0]
    before = sorted(p.name for p in db_path.parent.iterdir())
    found = backup_cases.newest_good_backup(db_path)
    assert found is not None and found.path == chosen.path and found.ok
    assert sorted(p.name for p in db_path.parent.iterdir()) == before  # read-only

    # A file that cannot say where the clinic's folder is: only the folder beside it.
    db_path.write_bytes(b"not a database at all" * 100)
    assert backup_cases.newest_good_backup(db_path).path == oldest.path
    db_path.unlink()
    assert backup_cases.newest_good_backup(db_path).path == oldest.path
    shutil.rmtree(beside)
    assert backup_cases.newest_good_backup(db_path) is None


def test_the_window_runs_no_sql_of_its_own():
    gui = Path(backup_cases.__file__).resolve().parent.parent / "gui"
    for path in gui.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "sqlite3.connect" not in text and "SELECT " not in text, path.name
