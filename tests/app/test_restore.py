"""Restore: verified first, the current file kept, the result opened normally."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from smpdesk.app import backup_files
from smpdesk.app import clients as client_cases
from smpdesk.app.clinic import open_clinic
from smpdesk.app.demo import populate
from smpdesk.app.restore import restore
from smpdesk.domain.client_details import ClientDetails
from smpdesk.errors import UserError
from smpdesk.store.schema import SCHEMA_VERSION


def digest(path: Path) -> tuple[dict[str, int], str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT id, given_name, family_name, phone FROM clients ORDER BY id"
        ).fetchall()
        sessions = conn.execute(
            "SELECT id, client_id, pigment_lot FROM sessions ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return {"clients": len(rows), "sessions": len(sessions)}, hashlib.sha256(
        repr((rows, sessions)).encode()
    ).hexdigest()


@pytest.fixture
def clinic(db_path):
    db = open_clinic(db_path)
    populate(db, 25)
    (db_path.parent / "backups").mkdir()
    backup = backup_files.make_backup(db, db_path.parent / "backups").path
    db.conn.close()
    return db_path, backup


def test_restore_round_trip_keeps_the_current_file(clinic):
    db_path, backup = clinic
    original = digest(db_path)
    db = open_clinic(db_path)
    client_cases.add_client(db, ClientDetails(given_name="After", family_name="Backup"))
    db.conn.close()
    result = restore(db_path, backup)
    assert digest(db_path) == original
    assert result.counts["clients"] == 25
    assert result.set_aside is not None and result.set_aside.exists()
    kept = sqlite3.connect(result.set_aside)
    assert kept.execute("SELECT count(*) FROM clients").fetchone()[0] == 26
    kept.close()
    assert not Path(f"{backup}-wal").exists() and not Path(f"{backup}-shm").exists()


def test_damaged_backup_is_refused_and_nothing_changes(clinic):
    db_path, backup = clinic
    data = bytearray(backup.read_bytes())
    for page in range(2, len(data) // 8192):
        data[page * 8192 + 100 : page * 8192 + 4100] = b"\xff" * 4000
    backup.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="Nothing was changed"):
        restore(db_path, backup)
    assert db_path.read_bytes() == before


def test_backup_from_a_newer_smpdesk_is_refused(clinic):
    db_path, backup = clinic
    conn = sqlite3.connect(backup)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(UserError, match="newer"):
        restore(db_path, backup)


def test_restore_is_refused_while_a_window_is_open(clinic):
    import subprocess
    import sys

    db_path, backup = clinic
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        db_path.with_name(db_path.name + ".lock").write_text(f"{window.pid}\nsmpdesk\nhost\n")
        with pytest.raises(UserError, match="close its window"):
            restore(db_path, backup)
    finally:
        window.kill()
        window.wait()
    # Once that process is gone, its lock is stale and the restore goes ahead.
    assert restore(db_path, backup).counts["clients"] == 25


def test_a_damaged_current_database_is_set_aside_as_it_is(clinic):
    db_path, backup = clinic
    data = bytearray(db_path.read_bytes())
    for page in range(2, len(data) // 8192):
        data[page * 8192 + 100 : page * 8192 + 4100] = b"\xff" * 4000
    db_path.write_bytes(bytes(data))
    damaged = db_path.read_bytes()
    result = restore(db_path, backup)
    assert result.set_aside.read_bytes() == damaged
    ok, _message, counts = backup_files.check_database(db_path, full=True)
    assert ok and counts["clients"] == 25


def test_two_restores_in_the_same_second_keep_both_copies(clinic):
    from datetime import datetime

    db_path, backup = clinic
    db = open_clinic(db_path)
    client_cases.add_client(db, ClientDetails(given_name="Later", family_name="Work"))
    db.conn.close()
    when = datetime(2026, 11, 22, 9, 30, 0)
    first = restore(db_path, backup, now=when)
    second = restore(db_path, backup, now=when)
    assert first.set_aside != second.set_aside
    kept = sqlite3.connect(first.set_aside)
    assert kept.execute("SELECT count(*) FROM clients").fetchone()[0] == 26  # "Later" survives
    kept.close()


def test_restoring_the_database_onto_itself_is_refused(clinic):
    db_path, _backup = clinic
    with pytest.raises(UserError, match="database itself"):
        restore(db_path, db_path)
    assert db_path.exists()
