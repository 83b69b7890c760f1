"""Backups: consistent under writes, restorable, verified, rotated, failing plainly."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from smpdesk.app import backup_files
from smpdesk.app.backup_files import (
    BackupInfo,
    backup_due,
    backup_name,
    check_database,
    last_good_backup,
    list_backups,
    make_backup,
    plan_rotation,
    rotate,
    verify_backup,
)
from smpdesk.app.clinic import open_clinic
from smpdesk.app.demo import populate
from smpdesk.errors import UserError
from smpdesk.store import SCHEMA_VERSION, engine

WHEN = datetime(2026, 11, 22, 14, 30, 5)


@pytest.fixture
def filled(db: sqlite_utils.Database) -> sqlite_utils.Database:
    populate(db, 30)
    return db


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "backups"
    path.mkdir()
    return path


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in backup_files.COUNTED_TABLES
    }


def digest(db: sqlite_utils.Database) -> str:
    h = hashlib.sha256()
    for table in ("clients", "sessions"):
        for row in db.execute(f"SELECT * FROM {table} ORDER BY id"):
            h.update(repr(row).encode())
    return h.hexdigest()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_middle(path: Path) -> None:
    """XOR the b-tree page headers of the middle third of the file's pages."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    for page in range(pages // 3, 2 * pages // 3 + 1):
        for i in range(page * page_size, page * page_size + 16):
            data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def closed_copy(db: sqlite_utils.Database, dest: Path) -> Path:
    """A checkpointed copy of the database file, as if the app had closed."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(backup_files.db_path(db), dest)
    return dest


def test_backup_name_is_sortable_and_holds_no_client_data():
    assert backup_name(Path("/x/clinic.sqlite3"), WHEN) == "clinic-2026-11-22_143005.sqlite3"
    assert backup_name(Path("clinic.db"), WHEN.replace(microsecond=7)) == (
        "clinic-2026-11-22_143005.sqlite3"
    )


def test_make_backup_verifies_reports_progress_and_is_owner_only(filled, folder, monkeypatch):
    monkeypatch.setattr(backup_files, "STEP_PAGES", 4)
    calls: list[tuple[int, int]] = []
    info = make_backup(filled, folder, when=WHEN, progress=lambda d, t: calls.append((d, t)))
    assert info == BackupInfo(
        folder / "clinic-2026-11-22_143005.sqlite3", WHEN, info.path.stat().st_size, ok=True
    )
    assert len(calls) > 2
    assert calls[-1][0] == calls[-1][1] > 0
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]  # no partial left
    assert verify_backup(info.path) == (True, "")
    if os.name == "posix":
        assert info.path.stat().st_mode & 0o777 == 0o600


def test_backup_while_another_connection_writes_is_one_consistent_snapshot(
    filled, db_path, folder, monkeypatch
):
    monkeypatch.setattr(backup_files, "STEP_PAGES", 2)
    before = counts(filled)
    writer = open_clinic(db_path)
    try:
        seeds = iter(range(100, 200))

        def write_between_steps(_done: int, _total: int) -> None:
            populate(writer, 2, seed=next(seeds))

        info = make_backup(filled, folder, when=WHEN, progress=write_between_steps)
        assert next(seeds) > 102  # several writes really happened mid-backup
    finally:
        writer.conn.close()
    assert verify_backup(info.path) == (True, "")
    ok, _, in_backup = check_database(info.path, full=True)
    assert ok
    assert in_backup == before
    assert counts(filled)["clients"] > before["clients"]


def test_backup_with_a_writer_thread_running(filled, db_path, folder, monkeypatch):
    monkeypatch.setattr(backup_files, "STEP_PAGES", 1)
    stop = threading.Event()
    errors: list[BaseException] = []

    def keep_writing() -> None:
        writer = open_clinic(db_path)
        try:
            seed = 300
            while not stop.is_set() and seed < 340:
                populate(writer, 1, seed=seed)
                seed += 1
        except BaseException as exc:
            errors.append(exc)
        finally:
            writer.conn.close()

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        info = make_backup(filled, folder, when=WHEN)
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert verify_backup(info.path) == (True, "")


def test_restored_backup_equals_the_original(filled, folder, tmp_path):
    info = make_backup(filled, folder, when=WHEN)
    restored_path = tmp_path / "restored.sqlite3"
    shutil.copy(info.path, restored_path)
    restored = open_clinic(restored_path)
    try:
        assert counts(restored) == counts(filled)
        assert counts(filled)["sessions"] > 0
        assert digest(restored) == digest(filled)
    finally:
        restored.conn.close()


def test_corrupted_backup_fails_verification_with_a_sentence(filled, folder):
    info = make_backup(filled, folder, when=WHEN)
    before = sha256(info.path)
    flip_middle(info.path)
    ok, why = verify_backup(info.path)
    assert not ok
    assert why.startswith("The backup clinic-2026-11-22_143005.sqlite3 is damaged")
    assert why.endswith(".")
    assert not verify_backup(info.path, full=False)[0]
    assert sha256(info.path) != before  # sanity: the file really was changed
    assert last_good_backup(folder, "clinic") is None


def test_backup_from_a_newer_smpdesk_is_reported(filled, folder):
    info = make_backup(filled, folder, when=WHEN)
    conn = sqlite3.connect(info.path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    ok, why = verify_backup(info.path)
    assert not ok
    assert "made by a newer smpdesk" in why


def test_non_smpdesk_and_non_sqlite_files_are_refused(tmp_path):
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database at all, just some text in a file")
    assert verify_backup(text) == (
        False,
        "notes.sqlite3 is not an SQLite file, so it cannot be restored.",
    )
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert verify_backup(other) == (
        False,
        "other.sqlite3 is an SQLite file but not an smpdesk backup.",
    )
    assert verify_backup(tmp_path / "gone.sqlite3") == (
        False,
        "The backup gone.sqlite3 is missing.",
    )


def test_list_backups_newest_first_and_only_this_databases(filled, folder):
    older = make_backup(filled, folder, when=WHEN - timedelta(days=1))
    newer = make_backup(filled, folder, when=WHEN)
    for stray in (
        "clinic-before-upgrade-v1-to-v3-20261101-120000.sqlite3",
        "other-2026-11-23_000000.sqlite3",
        ".clinic-2026-11-24_000000-abc.partial",
        "clinic-2026-11-24_000000.sqlite3-journal",
        "clinic-2026-13-01_000000.sqlite3",
        "clinic-2026-11-24_000000.sqlite3.bak",
    ):
        (folder / stray).write_bytes(b"x")
    listed = list_backups(folder, "clinic")
    assert [b.path for b in listed] == [newer.path, older.path]
    assert all(b.ok is None for b in listed)
    assert [b.ok for b in list_backups(folder, "clinic", verify=True)] == [True, True]
    assert list_backups(folder / "missing", "clinic") == []


def test_last_good_backup_skips_damaged_newer_ones(filled, folder):
    good = make_backup(filled, folder, when=WHEN - timedelta(hours=2))
    bad = make_backup(filled, folder, when=WHEN)
    flip_middle(bad.path)
    assert last_good_backup(folder, "clinic") == BackupInfo(
        good.path, good.taken_at, good.size, ok=True
    )
    assert last_good_backup(folder / "missing", "clinic") is None


def fake(taken_at: datetime) -> BackupInfo:
    return BackupInfo(Path(backup_name(Path("clinic"), taken_at)), taken_at, 1, None)


def test_rotation_over_a_year_of_daily_backups():
    now = datetime(2026, 11, 22, 20, 0)  # a Sunday
    year = [fake(datetime(2025, 11, 23, 18, 0) + timedelta(days=i)) for i in range(365)]
    assert year[-1].taken_at.date() == date(2026, 11, 22)
    keep, delete = plan_rotation(year, now=now)
    kept = {b.taken_at.date() for b in keep}
    expected = {
        # daily: the last 7 days
        *(date(2026, 11, d) for d in range(16, 23)),
        # weekly: the Sundays ending ISO weeks 47 (today), 46, 45 and 44
        date(2026, 11, 15),
        date(2026, 11, 8),
        date(2026, 11, 1),
        # monthly: the last day of each of the 11 previous months (November is today)
        date(2026, 10, 31),
        date(2026, 9, 30),
        date(2026, 8, 31),
        date(2026, 7, 31),
        date(2026, 6, 30),
        date(2026, 5, 31),
        date(2026, 4, 30),
        date(2026, 3, 31),
        date(2026, 2, 28),
        date(2026, 1, 31),
        date(2025, 12, 31),
    }
    assert kept == expected
    assert len(keep) == len(expected) == 21 <= 7 + 4 + 12
    assert keep[0] == year[-1]  # the newest is always kept, and lists are newest first
    assert len(keep) + len(delete) == len(year)
    assert not {id(b) for b in keep} & {id(b) for b in delete}
    assert [b.taken_at for b in delete] == sorted((b.taken_at for b in delete), reverse=True)


def test_rotation_keeps_the_newest_of_a_day_and_counts_days_that_have_backups():
    now = datetime(2026, 11, 22, 20, 0)
    morning, evening = fake(datetime(2026, 11, 22, 9, 0)), fake(datetime(2026, 11, 22, 19, 0))
    before_holiday = fake(datetime(2026, 8, 1, 12, 0))  # nothing for months, still kept
    future = fake(datetime(2027, 1, 1, 0, 0))  # a wrong clock: kept, not counted
    keep, delete = plan_rotation(
        [morning, before_holiday, evening, future], now=now, daily=2, weekly=0, monthly=0
    )
    assert keep == [future, evening, before_holiday]
    assert delete == [morning]
    keep, delete = plan_rotation([morning, evening], now=now, daily=0, weekly=0, monthly=0)
    assert keep == [evening]  # always the newest
    assert plan_rotation([], now=now) == ([], [])


def test_rotate_deletes_exactly_the_planned_files(filled, folder):
    now = datetime(2026, 11, 22, 20, 0)  # a Sunday
    for days in range(12):  # 22 November back to 11 November
        make_backup(filled, folder, when=now - timedelta(days=days, hours=1))
    (folder / "other-2026-01-01_000000.sqlite3").write_bytes(b"x")
    rules = {"daily": 3, "weekly": 2, "monthly": 1}
    planned = plan_rotation(list_backups(folder, "clinic"), now=now, **rules)[1]
    deleted = rotate(folder, "clinic", now=now, **rules)
    assert deleted == [b.path for b in planned]
    # Kept: 22, 21, 20 (daily), 15 (newest of the previous ISO week); 22 is also the month's.
    kept = [b.taken_at.day for b in list_backups(folder, "clinic")]
    assert kept == [22, 21, 20, 15]
    assert sorted(datetime.strptime(p.name[7:17], "%Y-%m-%d").day for p in deleted) == [
        11,
        12,
        13,
        14,
        16,
        17,
        18,
        19,
    ]
    assert not any(p.exists() for p in deleted)
    assert (folder / "other-2026-01-01_000000.sqlite3").exists()


def test_backup_into_a_missing_folder_is_a_user_error(filled, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        make_backup(filled, tmp_path / "usb-drive" / "backups")
    assert not (tmp_path / "usb-drive").exists()


def test_backup_into_an_unwritable_folder_is_a_user_error(filled, folder, monkeypatch):
    def refused(**_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(backup_files.tempfile, "mkstemp", refused)  # root ignores chmod
    with pytest.raises(UserError, match="cannot be written to"):
        make_backup(filled, folder)
    assert list(folder.iterdir()) == []


def test_disk_full_during_backup_leaves_no_partial_file(filled, folder, monkeypatch):
    def tiny_disk(path: Path) -> sqlite3.Connection:
        conn = engine.connect(path)  # the store's SQLite: the backup API needs the same one
        conn.execute("PRAGMA max_page_count=2")  # SQLite's own SQLITE_FULL path
        return conn

    monkeypatch.setattr(backup_files, "_connect_target", tiny_disk)
    with pytest.raises(UserError, match="disk is full") as err:
        make_backup(filled, folder, when=WHEN)
    assert str(err.value).count(".") == 1
    assert list(folder.iterdir()) == []
    assert not filled.conn.in_transaction  # the app's connection is left as it was
    counts(filled)


def test_failed_verification_keeps_nothing(filled, folder, monkeypatch):
    monkeypatch.setattr(backup_files, "verify_backup", lambda path, full=True: (False, "broken"))
    with pytest.raises(UserError, match="failed its check"):
        make_backup(filled, folder, when=WHEN)
    assert list(folder.iterdir()) == []


def test_progress_callback_can_cancel(filled, folder, monkeypatch):
    monkeypatch.setattr(backup_files, "STEP_PAGES", 1)

    def cancel(_done: int, _total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        make_backup(filled, folder, when=WHEN, progress=cancel)
    assert list(folder.iterdir()) == []
    assert not filled.conn.in_transaction


def test_check_database_counts_and_never_writes(filled, tmp_path):
    copy = closed_copy(filled, tmp_path / "copy.sqlite3")
    before = sha256(copy)
    ok, message, found = check_database(copy)
    assert ok, message
    assert found == counts(filled)
    assert check_database(copy, full=True)[0]
    assert sha256(copy) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [copy.name]


def test_check_database_reports_a_damaged_file_without_touching_it(filled, tmp_path):
    copy = closed_copy(filled, tmp_path / "damaged.sqlite3")
    flip_middle(copy)
    before = sha256(copy)
    for full in (False, True):
        ok, message, found = check_database(copy, full=full)
        assert not ok
        assert message.startswith(f"The clinic database {copy} is damaged")
        assert set(found) == {"clients", "sessions", "photos"}
    assert sha256(copy) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("damaged")) == [copy.name]


def test_check_database_missing_file_and_tables(tmp_path):
    with pytest.raises(UserError, match="no clinic database"):
        check_database(tmp_path / "nothing.sqlite3")
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"")  # SQLite would call this an empty database; it is not a clinic's
    assert check_database(other)[0] is False
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE clients (id)")
    conn.execute("INSERT INTO clients VALUES (1)")
    conn.commit()
    conn.close()
    assert check_database(other)[2] == {"clients": 1, "sessions": 0, "photos": 0}


def test_backup_due():
    now = datetime(2026, 11, 22, 12, 0)
    last = BackupInfo(Path("x"), now - timedelta(hours=2), 1, ok=True)
    assert backup_due(None, now=now)
    assert not backup_due(last, now=now)
    assert backup_due(last, now=now, every=timedelta(hours=1))
    assert backup_due(BackupInfo(Path("x"), now - timedelta(hours=2), 1, ok=False), now=now)
    assert backup_due(BackupInfo(Path("x"), now + timedelta(days=3), 1, ok=True), now=now)
