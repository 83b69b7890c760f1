"""Hostile files and arguments: one sentence, exit 1, nothing lost, no hang.

Each test here failed (a traceback, a hang, a wrong sentence or a leftover)
before the fix it guards.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smpdesk.app import backup_files
from smpdesk.app.clinic import open_clinic
from smpdesk.app.demo import populate
from smpdesk.cli import main
from smpdesk.errors import DatabaseWriteError
from smpdesk.infra.filesystems import ABANDONED_AFTER_SECONDS
from smpdesk.store import database

ROOT = Path(__file__).resolve().parents[2]


def one_sentence(err: str) -> None:
    assert err.startswith("smpdesk: ") or err.startswith("usage:"), err
    assert "Traceback" not in err
    assert err.strip().count("\n") <= 1, err


# -- item 8: erased photo bytes do not linger in the -wal ------------------------------


def test_a_deleted_photo_leaves_no_bytes_in_the_file_or_its_wal(db_path, tmp_path):
    from PIL import Image

    from smpdesk import store
    from smpdesk.app import clients as client_cases
    from smpdesk.app import photos
    from smpdesk.domain.client_details import ClientDetails

    db = open_clinic(db_path)
    client = client_cases.add_client(db, ClientDetails(given_name="Erased", family_name="Photo"))
    picture = tmp_path / "scalp.png"
    Image.effect_noise((400, 300), 80).convert("RGB").save(picture)
    [result] = photos.import_photos(db, client.id, [picture])
    stored = store.photo_image(db, result.photo_id)
    marker = stored[len(stored) // 2 : len(stored) // 2 + 64]
    wal = Path(f"{db_path}-wal")
    assert marker in wal.read_bytes() + db_path.read_bytes()
    assert store.delete_photo(db, result.photo_id)
    assert marker not in wal.read_bytes()
    assert marker not in db_path.read_bytes()
    db.conn.close()


# -- item 10: a malformed setting is a warning on stderr, not a crash ---------------------


def test_a_malformed_setting_is_named_on_stderr_once(db_path, capsys):
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO settings (key, value) VALUES ('backup.keep', '[1, 2]')")
    conn.commit()
    conn.close()
    (db_path.parent / "backups").mkdir()
    assert main(["backup", "--db", str(db_path)]) == 0
    err = capsys.readouterr().err
    assert err.count("backup-keeping rule was not readable") == 1


# -- items 11 and 12: names too long, numbers out of range ---------------------------------

LONG = "x" * 300

COMMANDS_WITH_DB = [
    ["clients"],
    ["clients", "add", "--given", "A", "--family", "B"],
    ["sessions", "add", "--client", "1", "--type", "first"],
    ["sessions", "list", "--client", "1"],
    ["lots", "L1"],
    ["due"],
    ["handout", "--blank", "-o", "out.pdf"],
    ["handout", "--client", "1", "-o", "out.pdf"],
    ["backup"],
    ["backups"],
    ["restore", "backup.sqlite3"],
    ["check"],
    ["export-backup", "-o", "out.smpdesk"],
    ["import-backup", "in.smpdesk"],
    ["photos", "import", "--client", "1", "p.jpg"],
    ["photos", "list", "--client", "1"],
    ["photos", "export", "--photo", "1", "-o", "p.jpg"],
    ["responses", "--client", "1"],
    ["record", "--response", "1", "-o", "r.pdf"],
    ["forms", "list"],
    ["init"],
    ["demo", "--clients", "2"],
]


@pytest.mark.parametrize("argv", COMMANDS_WITH_DB, ids=lambda a: " ".join(a[:2]))
def test_a_name_longer_than_the_file_system_allows(tmp_path, argv, capsys, monkeypatch):
    monkeypatch.setenv("SMPDESK_PASSPHRASE", "pass phrase")
    path = tmp_path / LONG / "clinic.sqlite3"
    assert main(["--db", str(path), *argv]) == 1
    err = capsys.readouterr().err
    one_sentence(err)


def _limited() -> None:
    """Child process: 1.5 GB of address space, so a missing range check fails, not the host."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024, 1536 * 1024 * 1024))


@pytest.mark.parametrize(
    "argv",
    [
        ["due", "--days", "2920000"],
        ["due", "--days", "-1"],
        ["demo", "--clients", "1000000000"],
        ["demo", "--clients", "0"],
        ["photos", "export", "--photo", "99999999999999999999999", "-o", "x.jpg"],
        ["handout", "--client", "1", "--session", "1" + "0" * 40, "-o", "x.pdf"],
        ["sessions", "list", "--client", "C" + "9" * 30],
    ],
)
def test_numbers_out_of_range_are_refused_at_once(db_path, argv):
    run = subprocess.run(
        [sys.executable, "-m", "smpdesk", "--db", str(db_path.parent / "new.sqlite3"), *argv],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limited,
    )
    assert run.returncode == 1, run
    assert "Traceback" not in run.stderr
    assert "out of range" in run.stderr or "not a" in run.stderr, run.stderr
    assert not (db_path.parent / "new.sqlite3").exists()


# -- item 13: a FIFO or a device as the database never blocks ---------------------------


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_pipe_or_device_as_the_database_is_refused_without_blocking(tmp_path, kind):
    if kind == "fifo":
        target = tmp_path / "clinic.sqlite3"
        os.mkfifo(target)
    elif kind == "device":
        target = Path("/dev/zero")
    else:
        target = tmp_path
    for argv in (["clients"], ["check"], ["backup"], ["restore", str(target)]):
        run = subprocess.run(
            [sys.executable, "-m", "smpdesk", "--db", str(target), *argv],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert run.returncode == 1, run
        one_sentence(run.stderr)


# -- item 14: a damaged page is one sentence in every command ----------------------------


def test_a_damaged_page_is_one_sentence_not_a_traceback(db_path, capsys):
    db = open_clinic(db_path)
    populate(db, 400)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'clients'").fetchone()[0]
    db.conn.close()
    data = bytearray(db_path.read_bytes())
    page = database.PAGE_SIZE
    # Scribble over the clients table's interior page: its children are unreachable.
    start = (root - 1) * page
    data[start + 8 : start + page] = os.urandom(page - 8)
    db_path.write_bytes(bytes(data))
    for argv in (["clients"], ["clients", "--search", "a"], ["due"]):
        code = main(["--db", str(db_path), *argv])
        err = capsys.readouterr().err
        assert code == 1, argv
        one_sentence(err)
        assert "damaged" in err or "not a readable" in err, err


# -- item 15: a full disk is called a full disk ---------------------------------------------


def test_a_vague_io_error_on_a_full_disk_says_the_disk_is_full(tmp_path, monkeypatch):
    monkeypatch.setattr(database, "disk_is_full", lambda _path: True)
    error = database.translate_error(sqlite3.OperationalError("disk I/O error"), tmp_path / "c")
    assert "disk is full" in str(error)
    monkeypatch.setattr(database, "disk_is_full", lambda _path: False)
    error = database.translate_error(sqlite3.OperationalError("disk I/O error"), tmp_path / "c")
    assert "disk is full" not in str(error)


def test_disk_is_full_reads_the_free_space(tmp_path, monkeypatch):
    import shutil

    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(database.shutil, "disk_usage", lambda _p: usage._replace(free=0))
    assert database.disk_is_full(tmp_path / "missing" / "clinic.sqlite3")


def test_a_full_check_on_a_full_disk_does_not_call_the_clinic_damaged(db_path, monkeypatch):
    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_files, "_check_rows", full)
    with pytest.raises(DatabaseWriteError, match="disk is full") as raised:
        backup_files.check_database(db_path, full=True)
    assert "damaged" not in str(raised.value).replace("says nothing about damage", "")


def test_a_backup_on_a_full_disk_says_so(db, tmp_path, monkeypatch):
    folder = tmp_path / "b"
    folder.mkdir()

    def failing(_path):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backup_files, "_connect_target", failing)
    monkeypatch.setattr(backup_files, "disk_is_full", lambda _path: True)
    with pytest.raises(DatabaseWriteError, match="disk is full"):
        backup_files.make_backup(db, folder)
    assert list(folder.iterdir()) == []


def test_the_window_lock_on_a_full_disk_blames_the_disk(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QLockFile

    from smpdesk.errors import UserError
    from smpdesk.gui import single_instance

    monkeypatch.setattr(QLockFile, "tryLock", lambda self, _timeout=0: False)
    monkeypatch.setattr(QLockFile, "error", lambda self: QLockFile.LockError.UnknownError)
    monkeypatch.setattr(single_instance, "disk_is_full", lambda _path: True)
    with pytest.raises(UserError, match="disk is full"):
        single_instance.acquire(tmp_path / "clinic.sqlite3")


def test_os_errors_get_their_own_sentence(tmp_path):
    full = database.os_error(OSError(errno.ENOSPC, "No space"), tmp_path)
    assert "disk is full" in str(full)
    long = database.os_error(OSError(errno.ENAMETOOLONG, "too long"), tmp_path / LONG)
    assert "longer than the file system allows" in str(long) and len(str(long)) < 400


# -- item 17: a killed backup leaves nothing behind for long ---------------------------------


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_partial_files_of_a_killed_backup_are_swept(db, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    dead = _dead_pid()
    leftovers = [
        folder / f".clinic-2026-12-01_101010-{dead}-abc123.partial",
        folder / f".clinic-2026-12-01_101010-{dead}-abc123.partial-journal",
    ]
    alive = folder / f".clinic-2026-12-01_101010-{os.getpid()}-zz.partial"
    stranger = folder / ".someone-elses-file.partial"
    for path in (*leftovers, alive, stranger):
        path.write_bytes(b"half a clinic")
    made = backup_files.make_backup(db, folder)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([made.path.name, alive.name, stranger.name])
    old = time.time() + ABANDONED_AFTER_SECONDS + 10
    assert backup_files.sweep_partials(folder, now=old) == [alive]


def test_a_backup_killed_for_real_is_swept_by_the_next(db_path, tmp_path):
    db = open_clinic(db_path)
    populate(db, 2000)
    db.conn.close()
    folder = tmp_path / "b"
    folder.mkdir()
    script = (
        "import os, signal, sys\n"
        "from smpdesk.app import backup_files\n"
        "from smpdesk.app.clinic import open_clinic\n"
        "def stop(done, total):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "backup_files.STEP_PAGES = 1\n"
        "backup_files.make_backup(open_clinic(sys.argv[1]),"
        " __import__('pathlib').Path(sys.argv[2]), progress=stop)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(db_path), str(folder)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert run.returncode == -9
    assert any(p.name.endswith(".partial") for p in folder.iterdir())
    db = open_clinic(db_path)
    made = backup_files.make_backup(db, folder)
    db.conn.close()
    assert [p.name for p in folder.iterdir()] == [made.path.name]


# -- item 9: names stored by an older version never drive the terminal ----------------------


def test_stored_escape_sequences_are_shown_not_run(db_path, capsys):
    from smpdesk.app import clients as client_cases
    from smpdesk.domain.client_details import ClientDetails

    db = open_clinic(db_path)
    client = client_cases.add_client(db, ClientDetails(given_name="Plain", family_name="Name"))
    db.execute(
        "UPDATE clients SET given_name = ?, phone = ? WHERE id = ?",
        ["\x1b[2J\x1b]0;pwned\x07Eve", "\u202e123", client.id],
    )
    db.conn.commit()
    db.conn.close()
    assert main(["clients", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Eve" in out
