"""Hostile and broken clinic files: crafted backups, empty files, crashes mid-restore.

A backup is a file somebody handed us: one carrying a trigger, a view, an
extra table or a missing one is refused by restore, import-backup and the
first open alike, and left untouched.  An empty or unreadable clinic is never
adopted as a new one.  A restore killed between its two renames is finished
(or rolled back) by the next command, which says which.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from smpdesk.app import backup_files, restore
from smpdesk.app.clinic import open_clinic
from smpdesk.app.demo import populate
from smpdesk.cli import main
from smpdesk.errors import AlteredDatabaseError, EmptyDatabaseError, UserError

ROOT = Path(__file__).resolve().parents[2]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_clients(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM clients").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def clinic(db_path: Path) -> tuple[Path, Path]:
    """A clinic of 12 clients and a good backup of it in ``backups/``."""
    db = open_clinic(db_path)
    populate(db, 12)
    folder = db_path.parent / "backups"
    folder.mkdir()
    good = backup_files.make_backup(db, folder).path
    db.conn.close()
    return db_path, good


def hostile_copy(good: Path, folder: Path, *statements: str, name: str = "hostile") -> Path:
    """A copy of a good backup with ``statements`` run on it (what an attacker would do)."""
    target = folder / f"{name}.sqlite3"
    shutil.copy(good, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=DELETE")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return target


HOSTILE = {
    "trigger that deletes every other client": (
        "CREATE TRIGGER wipe AFTER INSERT ON clients BEGIN "
        "DELETE FROM clients WHERE id != new.id; END",
    ),
    "trigger that copies names into the clinic name": (
        "CREATE TRIGGER leak AFTER UPDATE ON clients BEGIN "
        "UPDATE settings SET value = json_quote(new.given_name) WHERE key = 'clinic.name'; END",
    ),
    "extra view": ("CREATE VIEW everyone AS SELECT given_name, phone FROM clients",),
    "extra table": ("CREATE TABLE exfil (x)",),
    "dropped table": ("DROP TABLE photo_thumbnails",),
    "changed table": ("ALTER TABLE clients ADD COLUMN referral TEXT",),
    "extra index": ("CREATE INDEX sneaky ON clients (phone)",),
    "trigger on a shadow table": (
        "CREATE TRIGGER t2 AFTER INSERT ON clients_fts_data BEGIN SELECT 1; END",
    ),
    "forged migration list": ("UPDATE _sqlite_migrations SET name = 'x' WHERE rowid = 2",),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_restore_refuses_a_crafted_backup_and_changes_nothing(clinic, tmp_path, kind, capsys):
    db_path, good = clinic
    bad = hostile_copy(good, tmp_path, *HOSTILE[kind])
    before_db, before_bad = sha(db_path), sha(bad)
    ok, problem = backup_files.verify_backup(bad)
    assert not ok
    assert "not a clean smpdesk database" in problem or "not an smpdesk" in problem
    with pytest.raises(UserError, match="Nothing was changed"):
        restore.restore(db_path, bad)
    assert main(["restore", "--db", str(db_path), str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert sha(db_path) == before_db and sha(bad) == before_bad
    assert not list(tmp_path.glob("*-wal"))
    assert not list((db_path.parent / "backups").glob("*replaced*"))


@pytest.mark.parametrize("kind", ["trigger that deletes every other client", "extra view"])
def test_a_crafted_file_is_not_opened_either(clinic, tmp_path, kind, capsys):
    _db_path, good = clinic
    bad = hostile_copy(good, tmp_path, *HOSTILE[kind])
    before = sha(bad)
    with pytest.raises(AlteredDatabaseError, match="not a clean smpdesk database"):
        open_clinic(bad)
    assert main(["clients", "add", "--db", str(bad), "--given", "A", "--family", "B"]) == 1
    assert "not a clean smpdesk database" in capsys.readouterr().err
    assert sha(bad) == before
    assert not Path(f"{bad}-wal").exists()


def test_import_backup_refuses_a_sealed_crafted_file(clinic, tmp_path, monkeypatch, capsys):
    from smpdesk.infra.sealed_export import seal

    db_path, good = clinic
    bad = hostile_copy(good, tmp_path, *HOSTILE["trigger that deletes every other client"])
    sealed = tmp_path / "from-a-stranger.smpdesk"
    seal(bad, sealed, "pass phrase")
    monkeypatch.setenv("SMPDESK_PASSPHRASE", "pass phrase")
    before = sha(db_path)
    assert main(["import-backup", "--db", str(db_path), str(sealed)]) == 1
    assert "not a clean smpdesk database" in capsys.readouterr().err
    assert sha(db_path) == before


def test_every_connection_distrusts_the_schema(db):
    assert db.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_the_search_index_still_follows_edits_without_triggers(db):
    from smpdesk import store
    from smpdesk.app import clients as client_cases
    from smpdesk.domain.client_details import ClientDetails

    client = client_cases.add_client(db, ClientDetails(given_name="Ana", family_name="Quell"))
    assert store.search_client_ids(db, "quell") == [client.id]
    client_cases.update_client(db, client.id, ClientDetails(given_name="Ana", family_name="Zorn"))
    assert store.search_client_ids(db, "quell") == []
    assert store.search_client_ids(db, "zorn") == [client.id]
    # No trigger touches the clients or their search indexes (only the guards of the audit
    # trail and of sealed records remain, and the change mark every table renews, which
    # writes nothing but change_mark: store/schema.py m0014; and the follow-up due dates,
    # which write nothing but sessions.follow_up_due: m0013; the guards of follow-up
    # outcomes and patch tests, and the newest-outcome row, m0017 and m0018; the guards of
    # design versions and their approval, m0020; the guards of the books, m0021/m0022,
    # and of plans, m0023).
    assert db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name NOT IN "
        "('audit_log', 'responses', 'response_documents', 'form_definitions', "
        "'follow_up_outcomes', 'patch_tests', 'designs', 'payments', 'plans') "
        "AND name NOT LIKE 'change\\_mark\\_%' ESCAPE '\\' AND name NOT IN "
        "('sessions_follow_up_insert', 'sessions_follow_up_update', "
        "'sessions_follow_up_delete', 'clients_follow_up_archive')"
    ).fetchone() == (0,)
    assert db.execute("INSERT INTO clients_fts(clients_fts) VALUES ('integrity-check')")


# -- item 3: empty, truncated and table-less files are never adopted -------------------


@pytest.mark.parametrize("damage", ["empty", "truncated", "no tables", "garbage"])
def test_a_broken_clinic_file_is_an_error_that_names_the_backup(clinic, damage, capsys):
    db_path, good = clinic
    data = db_path.read_bytes()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    if damage == "empty":
        db_path.write_bytes(b"")
    elif damage == "truncated":
        db_path.write_bytes(data[:5000])
    elif damage == "garbage":
        db_path.write_bytes(b"\0" * 20000)
    else:
        db_path.unlink()
        sqlite3.connect(db_path).execute("VACUUM").connection.close()
    before = db_path.read_bytes()
    for argv in (
        ["clients", "add", "--given", "New", "--family", "Client"],
        ["clients"],
        ["sessions", "add", "--client", "1", "--type", "first"],
    ):
        assert main(["--db", str(db_path), *argv]) == 1
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert str(good) in err and "smpdesk restore" in err, err
    assert db_path.read_bytes() == before
    with pytest.raises(UserError):
        open_clinic(db_path, create=True)
    assert db_path.read_bytes() == before


def test_an_empty_file_without_backups_still_is_not_a_new_clinic(tmp_path, capsys):
    path = tmp_path / "clinic.sqlite3"
    path.write_bytes(b"")
    assert main(["clients", "add", "--db", str(path), "--given", "A", "--family", "B"]) == 1
    assert "empty" in capsys.readouterr().err
    assert path.read_bytes() == b""
    with pytest.raises(EmptyDatabaseError):
        open_clinic(path, create=True)


def test_init_and_demo_never_take_an_existing_file(tmp_path, capsys):
    path = tmp_path / "clinic.sqlite3"
    path.write_bytes(b"")
    assert main(["init", "--db", str(path)]) == 1
    assert main(["demo", "--db", str(path), "--clients", "2"]) == 1
    assert path.read_bytes() == b""


# -- item 4: a restore killed at the swap is finished at the next start ---------------

KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from smpdesk.app import restore as r

    point = sys.argv[3]
    real_move, real_put = r.shutil.move, r._put_in_place

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    if point == "before swap":
        r._put_in_place = lambda *a: die()
    elif point == "after set-aside of the main file":
        def move(src, dst):
            real_move(src, dst)
            die()
        r.shutil.move = move
    elif point == "before set-aside":
        r._set_aside = lambda *a: die()
    r.restore(Path(sys.argv[1]), Path(sys.argv[2]))
    """
)


def _killed_restore(db_path: Path, backup: Path, point: str) -> None:
    child = subprocess.run(
        [sys.executable, "-c", KILLER, str(db_path), str(backup), point],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr


@pytest.mark.parametrize(
    ("point", "expected", "clients"),
    [
        ("before swap", "has now been completed", 12),
        ("after set-aside of the main file", "has now been completed", 12),
        ("before set-aside", "before it changed anything", 13),
    ],
)
def test_restore_killed_at_the_swap_is_finished_by_the_next_command(
    clinic, point, expected, clients, capsys
):
    db_path, good = clinic
    db = open_clinic(db_path)
    from smpdesk.app import clients as client_cases
    from smpdesk.domain.client_details import ClientDetails

    client_cases.add_client(db, ClientDetails(given_name="After", family_name="Backup"))
    db.conn.close()
    _killed_restore(db_path, good, point)
    assert restore.journal_path(db_path).exists()
    if point != "before set-aside":
        assert not db_path.exists()  # the hole the crash left
    # Not even 'init' may fill the hole with a new clinic.
    assert main(["init", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert expected in err
    assert count_clients(db_path) == clients
    assert not restore.journal_path(db_path).exists()
    assert not restore.staged_path(db_path).exists()
    assert main(["check", "--db", str(db_path), "--full"]) == 0
    kept = list((db_path.parent / "backups").glob("*-replaced-*.sqlite3"))
    if clients == 12:
        assert len(kept) == 1 and count_clients(kept[0]) == 13
    else:
        assert kept == []


def test_an_unusable_staged_copy_rolls_back(clinic, capsys):
    db_path, good = clinic
    _killed_restore(db_path, good, "after set-aside of the main file")
    restore.staged_path(db_path).write_bytes(b"not a database")
    assert main(["clients", "--db", str(db_path)]) == 0
    assert "put back as it was" in capsys.readouterr().err
    assert count_clients(db_path) == 12


def test_a_forged_journal_cannot_move_files_elsewhere(clinic, tmp_path):
    db_path, _good = clinic
    victim = tmp_path / "elsewhere.sqlite3"
    victim.write_bytes(b"keep me")
    restore.journal_path(db_path).write_text(f'{{"set_aside": "{victim}"}}')
    db_path.rename(tmp_path / "gone.sqlite3")
    outcome = restore.finish_interrupted(db_path)
    assert outcome and "neither copy" in outcome
    assert victim.read_bytes() == b"keep me" and not db_path.exists()


def test_random_kills_during_restore_never_lose_the_clinic(clinic):
    """The crash harness for restore: SIGKILL at random moments, then the next start."""
    import random
    import time

    db_path, good = clinic
    rng = random.Random(11)
    for _ in range(int(os.environ.get("SMPDESK_CRASH_KILLS", "6"))):
        child = subprocess.Popen(
            [sys.executable, "-m", "smpdesk", "restore", "--db", str(db_path), str(good)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        restore.finish_interrupted(db_path)
        assert db_path.exists()
        assert backup_files.check_database(db_path)[0]
        assert count_clients(db_path) == 12


# -- item 5: a symlinked database ------------------------------------------------------


def test_restore_through_a_symlink_restores_the_real_file(clinic, tmp_path):
    db_path, good = clinic
    link = tmp_path / "shortcut.sqlite3"
    link.symlink_to(db_path)
    result = restore.restore(link, good)
    assert link.is_symlink() and Path(os.readlink(link)) == db_path
    assert db_path.is_file() and not db_path.is_symlink()
    assert result.set_aside is not None
    assert result.set_aside.is_file() and not result.set_aside.is_symlink()
    assert result.set_aside.parent == db_path.parent / "backups"
    assert count_clients(link) == 12


def test_the_window_lock_on_the_real_file_stops_a_restore_through_a_link(clinic, tmp_path):
    db_path, good = clinic
    link = tmp_path / "shortcut.sqlite3"
    link.symlink_to(db_path)
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        Path(f"{db_path}.lock").write_text(f"{window.pid}\nhost\nsmpdesk\n")
        before = sha(db_path)
        with pytest.raises(UserError, match="close its window"):
            restore.restore(link, good)
        assert sha(db_path) == before
    finally:
        window.kill()
        window.wait()


# -- items 6 and 7: no plaintext in the temp folder; owner-only files ---------------------


def test_killed_import_leaves_no_plaintext_in_temp_and_is_swept(clinic, tmp_path, monkeypatch):
    from smpdesk.infra.sealed_export import seal

    db_path, good = clinic
    sealed = tmp_path / "clinic.smpdesk"
    seal(good, sealed, "pass phrase")
    temp = tmp_path / "system-temp"
    temp.mkdir()
    script = textwrap.dedent(
        """
        import os, signal, sys
        import smpdesk.app.restore as r
        r.restore = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
        import smpdesk.cli as cli
        import smpdesk.cli.backups as cli_backups
        cli_backups.restore = r.restore
        sys.exit(cli.main(sys.argv[1:]))
        """
    )
    child = subprocess.run(
        [sys.executable, "-c", script, "import-backup", "--db", str(db_path), str(sealed)],
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "SMPDESK_PASSPHRASE": "pass phrase",
            "TMPDIR": str(temp),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert list(temp.iterdir()) == []
    left = [p for p in db_path.parent.iterdir() if p.name.startswith(".smpdesk-staging-")]
    assert len(left) == 1 and stat.S_IMODE(left[0].stat().st_mode) == 0o700
    assert main(["clients", "--db", str(db_path)]) == 0
    assert not left[0].exists()


def test_files_and_folders_are_the_owners_alone(clinic, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SMPDESK_PASSPHRASE", "pass phrase")
    old = os.umask(0o022)
    try:
        db_path, kept_good = clinic
        # A copy: the backup below may rotate the kept one away (a later second, same day).
        good = tmp_path / "good-copy.sqlite3"
        shutil.copyfile(kept_good, good)
        (db_path.parent / "backups").chmod(0o755)
        db_path.chmod(0o644)
        assert main(["backup", "--db", str(db_path)]) == 0
        assert stat.S_IMODE((db_path.parent / "backups").stat().st_mode) == 0o700
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
        assert main(["restore", "--db", str(db_path), str(good)]) == 0
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
        sealed = tmp_path / "out.smpdesk"
        assert main(["export-backup", "--db", str(db_path), "-o", str(sealed)]) == 0
        assert stat.S_IMODE(sealed.stat().st_mode) == 0o600
        assert main(["import-backup", "--db", str(db_path), str(sealed)]) == 0
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
        kept = list((db_path.parent / "backups").glob("*.sqlite3"))
        assert kept and all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in kept)
        out = tmp_path / "sheet.pdf"
        assert main(["handout", "--db", str(db_path), "--blank", "-o", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_the_default_data_folder_is_private(tmp_path, monkeypatch):
    from smpdesk.paths import default_db_path, private_dir

    monkeypatch.delenv("SMPDESK_DB")
    folder = default_db_path().parent
    assert str(folder).startswith(str(tmp_path))
    private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    folder.chmod(0o755)
    private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_temp_folder_untouched_by_export(clinic, tmp_path, monkeypatch):
    monkeypatch.setenv("SMPDESK_PASSPHRASE", "pass phrase")
    temp = tmp_path / "system-temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    db_path, _good = clinic
    assert main(["export-backup", "--db", str(db_path), "-o", str(tmp_path / "x.smpdesk")]) == 0
    assert list(temp.iterdir()) == []


def test_a_trigger_hidden_in_the_wal_of_a_symlinked_file_is_refused(clinic, tmp_path):
    """What counts is what the writing connection sees: the -wal beside the real file."""
    _db_path, good = clinic
    source = tmp_path / "work" / "evil.sqlite3"
    source.parent.mkdir()
    shutil.copy(good, source)
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute(HOSTILE["trigger that deletes every other client"][0])
    writer.commit()
    real = tmp_path / "real" / "clinic.sqlite3"
    real.parent.mkdir()
    shutil.copy(source, real)
    shutil.copy(f"{source}-wal", f"{real}-wal")
    writer.close()
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    with pytest.raises(AlteredDatabaseError):
        open_clinic(link)
    with pytest.raises(AlteredDatabaseError):
        open_clinic(real)


def test_a_stats_named_trigger_is_not_waved_through(clinic, tmp_path):
    _db_path, good = clinic
    bad = tmp_path / "stat.sqlite3"
    shutil.copy(good, bad)
    conn = sqlite3.connect(bad)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
        "('trigger', 'sqlite_stat1', 'clients', 0, 'CREATE TRIGGER sqlite_stat1 AFTER INSERT "
        "ON clients BEGIN DELETE FROM clients WHERE id <> new.id; END')"
    )
    conn.commit()
    conn.close()
    assert not backup_files.verify_backup(bad)[0]
    with pytest.raises(AlteredDatabaseError):
        open_clinic(bad)


def test_a_shadow_table_with_a_check_is_refused(clinic, tmp_path):
    _db_path, good = clinic
    bad = tmp_path / "shadow.sqlite3"
    shutil.copy(good, bad)
    conn = sqlite3.connect(bad)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE TABLE ''clients_fts_docsize''(id INTEGER "
        "PRIMARY KEY, sz BLOB, CHECK(sz IS NULL))' WHERE name = 'clients_fts_docsize'"
    )
    conn.commit()
    conn.close()
    ok, problem = backup_files.verify_backup(bad)
    assert not ok and "clients_fts_docsize" in problem


def test_analyze_statistics_do_not_make_a_file_unusable(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    open_clinic(db_path).conn.close()
    assert backup_files.check_database(db_path)[0]


def test_a_running_restore_is_left_alone_and_a_second_one_refused(clinic):
    db_path, good = clinic
    runner = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        plan = restore._Plan(runner.pid, "swapping", None, good.name)
        restore._write_journal(db_path, plan, new=True)
        restore.staged_path(db_path).write_bytes(b"being copied")
        assert restore.finish_interrupted(db_path) is None
        assert restore.staged_path(db_path).exists() and restore.journal_path(db_path).exists()
        with pytest.raises(UserError, match="Another restore"):
            restore.restore(db_path, good)
    finally:
        runner.kill()
        runner.wait()
    assert "stopped before it changed anything" in restore.finish_interrupted(db_path)
    assert count_clients(db_path) == 12


def test_a_restore_failing_midway_is_one_sentence_and_changes_nothing(clinic, capsys):
    db_path, good = clinic
    copy = db_path.parent / "good-copy.sqlite3"
    shutil.copy(good, copy)
    shutil.rmtree(db_path.parent / "backups")
    (db_path.parent / "backups").write_text("a file where the backups folder should be")
    before = sha(db_path)
    assert main(["restore", "--db", str(db_path), str(copy)]) == 1
    err = capsys.readouterr().err
    one_line = err.strip().splitlines()
    assert len(one_line) == 1 and "did not complete" in err and "as it was" in err, err
    assert sha(db_path) == before
    assert not restore.staged_path(db_path).exists()
    assert not restore.journal_path(db_path).exists()
