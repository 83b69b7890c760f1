"""The file gives deleted records' space back (issue 15): auto_vacuum=INCREMENTAL.

New files have it from their first page; an older file gets it through a
one-time VACUUM (at once while a small file opens, through ``reclaim_space``
for a big one), checked for room first and safe to kill; every copy the app
makes keeps it; photo deletion and erasure give pages back without carrying a
deleted byte anywhere; backups copy live pages only; and every table but the
audit trail renews the change mark a backup at close compares.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections import namedtuple
from pathlib import Path

import pytest

from smpdesk.app import backups, photos
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo import populate
from smpdesk.store import engine, open_database, space
from smpdesk.store import photos as photo_store
from smpdesk.store.database import write
from smpdesk.store.sqlite_files import change_state, decrypt_copy, encrypt_copy

ROOT = Path(__file__).resolve().parents[2]
MARKED_EXEMPT = {"audit_log", "change_mark", "_sqlite_migrations"}


def _pragma(conn, name: str) -> int:
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


def _file_pragmas(path: Path, key: bytes | None = None) -> tuple[int, int]:
    """(auto_vacuum, freelist_count) of a file, read on a connection of its own."""
    conn = engine.connect(path, key=key)
    try:
        return _pragma(conn, "auto_vacuum"), _pragma(conn, "freelist_count")
    finally:
        conn.close()


def _on_disk(path: Path) -> int:
    return sum(os.path.getsize(f"{path}{s}") for s in ("", "-wal") if os.path.exists(f"{path}{s}"))


def _add_photo(db, client_id: int, image: bytes) -> int:
    return photo_store.insert_photo(
        db,
        photo_store.NewPhoto(
            client_id=client_id,
            visit_date="2026-05-01",
            angle="front",
            consent="clinical",
            session_id=None,
            captured_at=None,
            width=10,
            height=10,
            thumb_width=2,
            thumb_height=2,
            content_hash=os.urandom(16).hex(),
            source_name="scalp.jpg",
            source_format="JPEG",
            image=image,
            thumbnail=b"\xff\xd8thumb",
        ),
    )


def _a_client(db) -> int:
    from smpdesk.app import clients
    from smpdesk.domain.client_details import ClientDetails

    return clients.add_client(db, ClientDetails(given_name="Ada", family_name="Lovelace")).id


def _as_before_issue_15(path: Path, key: bytes | None = None) -> None:
    """Turn a clinic file back into one from before auto_vacuum (mode NONE)."""
    conn = engine.connect(path, key=key)
    try:
        conn.execute("PRAGMA auto_vacuum=NONE")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert _pragma(conn, "auto_vacuum") == 0
    finally:
        conn.close()


def _old_clinic(path: Path, *, photos_mb: int, key: bytes | None = None) -> dict[str, int]:
    """A clinic from before issue 15 holding ``photos_mb`` MB of photos (a fifth deleted,
    so it has free pages); returns its row counts."""
    db = open_database(path, create=True, key=key)
    client = _a_client(Clinic(path, db, key=key))
    ids = [_add_photo(db, client, os.urandom(1_000_000)) for _ in range(photos_mb)]
    db.conn.close()
    _as_before_issue_15(path, key)
    conn = engine.connect(path, key=key)
    try:
        with conn:
            conn.execute("PRAGMA foreign_keys=ON")
            for photo_id in ids[: photos_mb // 5]:
                conn.execute("DELETE FROM photos WHERE id = ?", [photo_id])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert _pragma(conn, "freelist_count") > 0
        return _counts(conn)
    finally:
        conn.close()


def _counts(conn) -> dict[str, int]:
    return {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("clients", "photos", "photo_images", "audit_log")
    }


# -- new files ------------------------------------------------------------------------------


def test_a_new_clinic_file_gives_space_back_from_its_first_page(tmp_path, clinic_key):
    path = tmp_path / "clinic.sqlite3"
    open_database(path, create=True, key=clinic_key).conn.close()
    assert _file_pragmas(path, clinic_key) == (space.INCREMENTAL, 0)
    assert backups.space_to_reclaim(path, key=clinic_key) is None


# -- deleting ---------------------------------------------------------------------------------


def test_deleting_a_photo_shrinks_the_file_and_leaves_no_byte_of_it(tmp_path, clinic_key):
    path = tmp_path / "clinic.sqlite3"
    db = Clinic(path, open_database(path, create=True, key=clinic_key), key=clinic_key)
    client = _a_client(db)
    pictures = [os.urandom(400_000) for _ in range(6)]
    ids = [_add_photo(db, client, picture) for picture in pictures]
    before = _on_disk(path)
    assert photos.delete_photo(db, ids[2])
    after = _on_disk(path)
    assert before - after >= 380_000, (before, after)  # the photo's pages went
    assert _pragma(db.conn, "freelist_count") == 0
    if clinic_key is None:  # an encrypted file shows no plain byte of anything anyway
        raw = path.read_bytes() + Path(f"{path}-wal").read_bytes()
        for offset in range(0, 400_000, 50_000):
            assert pictures[2][offset : offset + 48] not in raw
        assert pictures[3][1000:1048] in raw  # and the search would find one still there
    assert photo_store.photo_image(db, ids[3]) == pictures[3]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_giving_back_is_capped_per_call_and_waits_for_a_busy_file(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    db = open_database(path, create=True)
    client = _a_client(Clinic(path, db))
    ids = [_add_photo(db, client, os.urandom(200_000)) for _ in range(5)]
    with write(db):
        db.execute(f"DELETE FROM photos WHERE id IN ({', '.join(map(str, ids))})")
    free = _pragma(db.conn, "freelist_count")
    assert free > 100
    assert space.give_back_free_pages(db.conn, 10) == 10
    other = engine.connect(path)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the file
    db.conn.execute("PRAGMA busy_timeout=50")
    try:
        assert space.give_back_free_pages(db.conn) == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert space.give_back_free_pages(db.conn) == free - 10
    assert _pragma(db.conn, "freelist_count") == 0
    db.conn.close()


def test_erasing_a_client_gives_their_pages_back(db_path):
    from smpdesk.app import erasure

    db = open_clinic(db_path)
    populate(db, 12)
    client = _a_client(db)
    for _ in range(4):
        _add_photo(db, client, os.urandom(300_000))
    number = db.execute("SELECT client_number FROM clients WHERE id = ?", [client]).fetchone()[0]
    before = _on_disk(db_path)
    erasure.erase_client(db, client, confirmation=number, reason="Asked to be forgotten.")
    assert before - _on_disk(db_path) >= 1_100_000
    assert _pragma(db.conn, "freelist_count") == 0
    db.close()


def test_backups_copy_live_pages_only(db_path):
    db = open_clinic(db_path)
    client = _a_client(db)
    ids = [_add_photo(db, client, os.urandom(300_000)) for _ in range(4)]
    with write(db):  # freed but not given back: as a file restored from an old backup
        db.execute(f"DELETE FROM photos WHERE id IN ({', '.join(map(str, ids[:3]))})")
    assert _pragma(db.conn, "freelist_count") > 100
    made = backups.back_up(db, db_path).made
    assert _file_pragmas(made.path) == (space.INCREMENTAL, 0)
    assert made.size < 1_000_000 + 8192 * 200  # one photo and the schema, not four
    assert _pragma(db.conn, "freelist_count") == 0
    db.close()


# -- the one-time conversion ---------------------------------------------------------------


def test_a_small_old_file_is_converted_once_as_it_opens(tmp_path, monkeypatch):
    path = tmp_path / "clinic.sqlite3"
    counts = _old_clinic(path, photos_mb=5)
    vacuums = []
    real = space._vacuum
    monkeypatch.setattr(space, "_vacuum", lambda conn: vacuums.append(1) or real(conn))
    db = open_clinic(path)
    assert _pragma(db.conn, "auto_vacuum") == space.INCREMENTAL
    assert _pragma(db.conn, "freelist_count") == 0
    assert _counts(db.conn) == counts
    db.close()
    open_clinic(path).close()  # the header is the record: never again
    assert vacuums == [1]
    assert _file_pragmas(path) == (space.INCREMENTAL, 0)


def test_a_big_old_file_waits_for_a_front_then_converts_with_progress(tmp_path, monkeypatch):
    path = tmp_path / "clinic.sqlite3"
    counts = _old_clinic(path, photos_mb=10)
    monkeypatch.setattr(space, "INLINE_BYTES", 1_000_000)
    db = open_clinic(path)  # opened as it is: a big file is never converted unasked
    assert _pragma(db.conn, "auto_vacuum") == 0
    plan = backups.space_to_reclaim(path)
    assert plan is not None and plan.problem == ""
    assert plan.live_bytes < plan.file_bytes
    assert "once, after this upgrade" in plan.announce
    seen: list[tuple[int, int]] = []
    sentence = backups.reclaim_space(path, progress=lambda d, t: seen.append((d, t)))
    assert sentence.startswith("The clinic file now gives back the space")
    assert seen[-1] == (space.PROGRESS_TOTAL, space.PROGRESS_TOTAL)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)  # it only ever moves on
    assert _counts(db.conn) == counts  # the window's connection, open meanwhile, reads on
    assert _pragma(db.conn, "auto_vacuum") == space.INCREMENTAL
    db.close()
    assert _file_pragmas(path) == (space.INCREMENTAL, 0)
    assert backups.space_to_reclaim(path) is None
    assert backups.reclaim_space(path) == ""


def test_an_encrypted_old_file_converts_too(tmp_path, monkeypatch):
    key = os.urandom(32)
    path = tmp_path / "clinic.sqlite3"
    counts = _old_clinic(path, photos_mb=5, key=key)
    monkeypatch.setattr(space, "INLINE_BYTES", 1_000_000)
    open_clinic(path, key=key).close()
    assert backups.reclaim_space(path, key=key).startswith("The clinic file now")
    assert _file_pragmas(path, key) == (space.INCREMENTAL, 0)
    conn = engine.connect(path, key=key)
    assert _counts(conn) == counts
    conn.close()


def test_without_room_it_is_skipped_with_a_plain_sentence(tmp_path, monkeypatch):
    path = tmp_path / "clinic.sqlite3"
    _old_clinic(path, photos_mb=5)
    Usage = namedtuple("Usage", "total used free")
    monkeypatch.setattr(space.shutil, "disk_usage", lambda _p: Usage(10**9, 10**9, 5_000_000))
    db = open_clinic(path)  # small, but no room: opened as it is
    assert _pragma(db.conn, "auto_vacuum") == 0
    db.close()
    plan = backups.space_to_reclaim(path)
    assert plan is not None
    assert plan.problem.startswith("The clinic file was not made smaller: that needs")
    assert "MB of free disk space" in plan.problem and "Nothing was changed" in plan.problem
    assert backups.reclaim_space(path) == plan.problem
    assert _file_pragmas(path)[0] == 0
    monkeypatch.undo()
    assert backups.space_to_reclaim(path).problem == ""  # room again: tried at next start


def test_room_counts_both_copies_when_they_share_a_disk(tmp_path, monkeypatch):
    if os.stat(tmp_path).st_dev != os.stat(space.sqlite_temp_folder()).st_dev:
        pytest.skip("the temporary folder is on another disk here")
    state = space.SpaceState(0, 8192, 12_500, 0)  # 102 MB of records
    Usage = namedtuple("Usage", "total used free")
    free = {"bytes": 250_000_000}
    monkeypatch.setattr(space.shutil, "disk_usage", lambda _p: Usage(0, 0, free["bytes"]))
    path = tmp_path / "clinic.sqlite3"
    # One copy would fit; the temporary copy and the log together (2 x 166 MB) do not.
    assert "339 MB of free disk space" in space.room_problem(path, state)
    free["bytes"] = 340_000_000
    assert space.room_problem(path, state) == ""


def test_a_kill_during_the_conversion_loses_nothing(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    counts = _old_clinic(path, photos_mb=60)
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copy(path, pristine)
    child_code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from smpdesk.store import space\n"
        "from smpdesk.store.database import reclaim_space\n"
        "space._POLL_S = 0.002\n"  # a progress line every few ms: a kill lands where aimed
        "reclaim_space(Path(sys.argv[1]), progress=lambda d, t: print(d, flush=True))\n"
        "print('done', flush=True)\n"
    )
    # Killed while copying, while writing the copy back, while folding the log in.
    outcomes = []
    for aim in (1, space._COPY_SHARE + 1, space._COPY_SHARE + space._WRITE_SHARE):
        shutil.copy(pristine, path)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        child = subprocess.Popen(
            [sys.executable, "-c", child_code, str(path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.stdout is not None
        landed = "done"
        for line in child.stdout:
            if line.strip() == "done" or int(line) >= aim:
                landed = line.strip()
                break
        child.send_signal(signal.SIGKILL)
        child.wait()
        conn = engine.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert _counts(conn) == counts  # every record, converted or not
            outcomes.append((aim, landed, _pragma(conn, "auto_vacuum")))
        finally:
            conn.close()
        open_clinic(path).close()  # and it opens as a clinic
    assert {mode for _aim, _landed, mode in outcomes} <= {0, space.INCREMENTAL}
    # The kills did land inside the conversion: before its commit, the file was as it was.
    assert outcomes[0][1] != "done" and outcomes[0][2] == 0, outcomes


# -- copies keep the mode ---------------------------------------------------------------------


def test_every_copy_keeps_giving_space_back(db_path, tmp_path):
    db = open_clinic(db_path)
    populate(db, 8)
    made = backups.back_up(db, db_path).made
    assert _file_pragmas(made.path)[0] == space.INCREMENTAL
    sealed = tmp_path / "export.smpdesk"
    backups.export_encrypted(db, db_path, sealed, "a long passphrase for tests")
    db.close()
    key = os.urandom(32)
    encrypted = tmp_path / "encrypted.sqlite3"
    encrypt_copy(db_path, encrypted, key)
    assert _file_pragmas(encrypted, key)[0] == space.INCREMENTAL
    plain = tmp_path / "plain.sqlite3"
    decrypt_copy(encrypted, plain, key)
    assert _file_pragmas(plain)[0] == space.INCREMENTAL
    backups.restore(db_path, made.path)
    assert _file_pragmas(db_path)[0] == space.INCREMENTAL
    backups.import_encrypted(db_path, sealed, "a long passphrase for tests")
    assert _file_pragmas(db_path)[0] == space.INCREMENTAL


def test_protecting_an_old_clinic_gives_an_encrypted_file_that_gives_space_back(
    tmp_path, monkeypatch
):
    from smpdesk.app import protection
    from smpdesk.infra import key_file

    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    path = tmp_path / "clinic.sqlite3"
    _old_clinic(path, photos_mb=5)
    monkeypatch.setattr(space, "INLINE_BYTES", 0)  # not converted as it opens
    open_clinic(path).close()
    assert _file_pragmas(path)[0] == 0
    done = protection.protect(path, login="olive", display_name="Olive", password="pw-" * 5)
    assert _pragma(done.clinic.conn, "auto_vacuum") == space.INCREMENTAL
    done.clinic.close()


# -- the change mark ------------------------------------------------------------------------


def test_every_table_but_the_audit_trail_renews_the_change_mark(db):
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [n for n, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL")]
    tables = {
        n
        for n, _sql in rows
        if n not in MARKED_EXEMPT and not any(n == v or n.startswith(f"{v}_") for v in virtual)
    }
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    missing = sorted(
        f"change_mark_{t}_{s}"
        for t in tables
        for s in ("ai", "au", "ad")
        if f"change_mark_{t}_{s}" not in triggers
    )
    # A table added by a later migration needs the three triggers m0014 gives every table.
    assert missing == []
    assert {"clients", "sessions", "photos", "settings", "staff"} <= tables


def test_a_write_renews_the_mark_and_an_audit_entry_does_not(db):
    from smpdesk.store import audit as audit_store

    first = change_state(db.conn)
    assert first.mark is not None
    _a_client(db)
    second = change_state(db.conn)
    assert second.mark != first.mark
    audit_store.append(
        db, staff_id=None, staff_name="", action="test.read", client_id=None, outcome="done"
    )
    third = change_state(db.conn)
    assert third.mark == second.mark and third.audit == second.audit + 1
    other = open_clinic(db.path)  # another connection (a worker, the command line)
    _a_client(other)
    other.close()
    assert change_state(db.conn).mark != third.mark


@pytest.mark.skipif(
    not sys.platform.startswith(("linux", "win")), reason="the copy cannot be seen here"
)
def test_the_progress_of_the_copy_is_the_size_of_sqlites_temporary_file():
    folder = space.sqlite_temp_folder()
    assert space._temp_copy_bytes(folder) == 0  # none open now
    conn = engine.connect(":memory:")
    try:  # a temporary table spilled to disk: the same kind of file VACUUM's copy is
        conn.execute("PRAGMA temp_store=FILE")
        conn.execute("PRAGMA temp.cache_size=10")
        conn.execute("CREATE TEMP TABLE t (x)")
        conn.execute(
            "INSERT INTO t SELECT randomblob(100000) FROM (WITH RECURSIVE n(i) AS "
            "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) SELECT i FROM n)"
        )
        assert (space._temp_copy_bytes(folder) or 0) >= 3_500_000
    finally:
        conn.close()
    assert space._temp_copy_bytes(folder) == 0


def test_a_command_converts_a_big_old_file_once_and_says_so(tmp_path, monkeypatch, capsys):
    """The command line is a front too: the first command on the file does the job, with
    a message on stderr (its output stays the scripts' own)."""
    from smpdesk.cli import main

    path = tmp_path / "clinic.sqlite3"
    _old_clinic(path, photos_mb=5)
    monkeypatch.setattr(space, "INLINE_BYTES", 1_000_000)
    assert main(["clients", "--db", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) is not None
    assert "once, after this upgrade" in err
    assert "now gives back the space" in err
    assert _file_pragmas(path) == (space.INCREMENTAL, 0)
    assert main(["clients", "--db", str(path), "--json"]) == 0
    assert capsys.readouterr().err == ""  # never again
