"""An encrypted clinic file (SQLCipher, a raw 32-byte key) and a plain one, side by side.

Every clinic connection goes through ``smpdesk.store.engine``; with a key the
file, its WAL and its backups hold no readable record, a wrong key is refused
with a sentence about the key, and backups, checks and restores work as they
do on a plain file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlite_utils

from smpdesk import store
from smpdesk.app import backup_files
from smpdesk.app import backups as backup_cases
from smpdesk.app.demo import populate
from smpdesk.app.restore import finish_interrupted, restore
from smpdesk.domain.client_details import ClientDetails
from smpdesk.errors import NotADatabaseError, UserError
from smpdesk.store import engine, sqlite_files
from smpdesk.store.schema import SCHEMA_VERSION

DATA = Path(__file__).resolve().parents[1] / "data"
PLAIN_HEADER = b"SQLite format 3\x00"
# Names no demo data and no SQL keyword contains: found in the bytes only if stored in clear.
SECRET_GIVEN, SECRET_FAMILY = "Quillon", "Zyxwarble"
SECRET_PHONE = "07700 900417"


def add(db: sqlite_utils.Database, given: str, family: str, **extra: str) -> int:
    return store.insert_client(db, ClientDetails(given_name=given, family_name=family, **extra))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def on_disk(path: Path) -> bytes:
    """The file and whatever companions it has, as they are on disk now."""
    return b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal", "-shm", "-journal")
        if Path(f"{path}{suffix}").exists()
    )


def holds_plaintext(path: Path) -> bool:
    data = on_disk(path)
    return any(
        word.encode() in data
        for word in (SECRET_FAMILY, SECRET_GIVEN, SECRET_PHONE, SECRET_FAMILY.lower())
    )


def pragma(db: sqlite_utils.Database | sqlite3.Connection, name: str) -> object:
    return db.execute(f"PRAGMA {name}").fetchone()[0]


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def encrypted(tmp_path: Path, key: bytes) -> Path:
    """A new encrypted clinic with one recognisable client and 20 demo ones, closed."""
    path = tmp_path / "clinic.sqlite3"
    db = store.open_database(path, create=True, key=key)
    add(db, SECRET_GIVEN, SECRET_FAMILY, phone=SECRET_PHONE)
    populate(db, 20)
    db.conn.close()
    return path


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: conn.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0] for n in names}


# -- the file on disk ------------------------------------------------------


def test_an_encrypted_clinic_and_its_wal_hold_no_readable_record(tmp_path, key):
    path = tmp_path / "clinic.sqlite3"
    db = store.open_database(path, create=True, key=key)
    client_id = add(db, SECRET_GIVEN, SECRET_FAMILY, phone=SECRET_PHONE)
    populate(db, 10)
    # While it is open the records are in the -wal as well as (after a checkpoint) the file.
    assert Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size > 0
    assert not holds_plaintext(path)
    db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert not holds_plaintext(path)
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "user_version") == SCHEMA_VERSION
    assert int(str(pragma(db, "page_size"))) == 4096  # SQLCipher's own: see database._configure
    assert store.get_client(db, client_id).family_name == SECRET_FAMILY
    db.conn.close()
    assert not holds_plaintext(path)
    assert path.read_bytes()[:16] != PLAIN_HEADER
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_standard_sqlite3_cannot_read_an_encrypted_clinic(encrypted):
    conn = sqlite3.connect(f"file:{encrypted}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM clients").fetchone()
    finally:
        conn.close()


def test_a_wrong_key_is_refused_with_a_sentence_about_the_key(encrypted):
    before = sha256(encrypted)
    with pytest.raises(UserError, match="could not be opened with this key") as refused:
        store.open_database(encrypted, key=os.urandom(32))
    assert "key" in str(refused.value)
    assert isinstance(refused.value, NotADatabaseError)
    # It may only be the wrong key: no backup is offered in its place.
    assert refused.value.damaged is None
    assert sha256(encrypted) == before
    assert not Path(f"{encrypted}-wal").exists()
    assert not (encrypted.parent / "backups").exists()


def test_no_key_for_an_encrypted_clinic_is_refused_as_unreadable(encrypted):
    before = sha256(encrypted)
    with pytest.raises(NotADatabaseError, match="not a readable smpdesk database"):
        store.open_database(encrypted)
    assert sha256(encrypted) == before


def test_a_key_for_a_plain_clinic_is_refused(db_path, key):
    before = sha256(db_path)
    with pytest.raises(NotADatabaseError, match="not an encrypted clinic database"):
        store.open_database(db_path, key=key)
    ok, sentence, _counts = backup_files.check_database(db_path, key=key)
    assert not ok and "not encrypted" in sentence
    assert sha256(db_path) == before


@pytest.mark.parametrize("bad", [b"short", os.urandom(31), os.urandom(33), "0" * 32])
def test_a_key_is_32_raw_bytes(tmp_path, bad):
    with pytest.raises(ValueError, match="32"):
        store.open_database(tmp_path / "c.sqlite3", create=True, key=bad)
    assert not (tmp_path / "c.sqlite3").exists()


def test_every_connection_is_one_library_and_one_family_of_errors(tmp_path, key):
    conn = engine.connect(tmp_path / "x.sqlite3", key=key)
    try:
        with pytest.raises(engine.OPERATIONAL_ERRORS) as raised:
            conn.execute("SELECT * FROM no_such_table")
        assert engine.is_error(raised.value, "OperationalError")
        assert not isinstance(raised.value, sqlite3.Error)  # why ERRORS has both
    finally:
        conn.close()
    assert engine.is_error(sqlite3.OperationalError("locked"))
    assert engine.is_not_a_database(sqlite3.DatabaseError("file is not a database"))
    assert not engine.is_not_a_database(ValueError("file is not a database"))


def test_translated_errors_are_the_same_sentences_from_either_library(tmp_path, key):
    from sqlcipher3 import dbapi2

    path = tmp_path / "c.sqlite3"
    for message in ("database is locked", "attempt to write a readonly database"):
        plain = store.database.translate_error(sqlite3.OperationalError(message), path)
        cipher = store.database.translate_error(dbapi2.OperationalError(message), path)
        assert (type(plain), str(plain)) == (type(cipher), str(cipher))
    notadb = dbapi2.DatabaseError("file is not a database")
    assert "not a readable smpdesk database" in str(store.database.translate_error(notadb, path))
    keyed = store.database.translate_error(notadb, path, key=key)
    assert "could not be opened with this key" in str(keyed)


# -- the store, plain or encrypted -----------------------------------------


def test_store_round_trip(tmp_path, clinic_key):
    path = tmp_path / "clinic.sqlite3"
    db = store.open_database(path, create=True, key=clinic_key)
    client_id = add(db, "Zoë", SECRET_FAMILY, phone=SECRET_PHONE)
    other = add(db, "Saoirse", "Byrne")
    db.conn.close()
    assert holds_plaintext(path) == (clinic_key is None)

    again = store.open_database(path, key=clinic_key)
    try:
        client = store.get_client(again, client_id)
        assert (client.given_name, client.family_name, client.phone) == (
            "Zoë",
            SECRET_FAMILY,
            SECRET_PHONE,
        )
        # Full-text search (FTS5), by name, by a prefix, by the end of a phone number.
        assert store.search_client_ids(again, SECRET_FAMILY.lower()) == [client_id]
        assert store.search_client_ids(again, "zyxw") == [client_id]
        assert store.search_client_ids(again, "zoe") == [client_id]
        assert store.search_client_ids(again, "900417") == [client_id]
        assert store.search_client_ids(again, "byrne") == [other]
        assert pragma(again, "journal_mode") == "wal"
        assert pragma(again, "foreign_keys") == 1
        assert pragma(again, "trusted_schema") == 0
        assert pragma(again, "user_version") == SCHEMA_VERSION
        assert int(str(pragma(again, "page_size"))) == (4096 if clinic_key else 8192)
    finally:
        again.conn.close()


def test_the_read_only_look_needs_the_key_too(encrypted, key):
    conn = store.database.connect_read_only(encrypted, key=key)
    try:
        assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 21
        with pytest.raises(engine.OPERATIONAL_ERRORS, match="readonly"):
            conn.execute("DELETE FROM clients")
    finally:
        conn.close()
    assert not Path(f"{encrypted}-wal").exists()


def test_locked_encrypted_clinic_gives_the_usual_sentence(encrypted, key):
    from smpdesk.errors import DatabaseLockedError

    db = store.open_database(encrypted, key=key)
    db.execute("PRAGMA busy_timeout = 50")
    other = engine.connect(encrypted, key=key)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError, match="in use by another program"):
            add(db, "Niamh", "Byrne")
    finally:
        other.rollback()
        other.close()
        db.conn.close()


def test_an_encrypted_older_clinic_upgrades_with_an_encrypted_safety_copy(tmp_path, key):
    old = tmp_path / "v4-plain.sqlite3"
    shutil.copy(DATA / "clinic-schema-v4.sqlite3", old)
    path = tmp_path / "v4.sqlite3"
    sqlite_files.encrypt_copy(old, path, key)  # still at v4: checked against its own schema
    db = store.open_database(path, key=key)
    assert pragma(db, "user_version") == SCHEMA_VERSION
    assert store.search_client_ids(db, "")  # the clients came along
    db.conn.close()
    [before] = (tmp_path / "backups").glob("v4-before-upgrade-v4-to-v*.sqlite3")
    assert before.read_bytes()[:16] != PLAIN_HEADER
    assert backup_files.verify_backup(before, key=key) == (True, "")
    assert not backup_files.verify_backup(before)[0]


# -- encrypting and decrypting a copy --------------------------------------


@pytest.fixture
def upgraded_v4(tmp_path: Path) -> Path:
    path = tmp_path / "v4.sqlite3"
    shutil.copy(DATA / "clinic-schema-v4.sqlite3", path)
    store.open_database(path).conn.close()
    return path


def test_encrypt_copy_keeps_every_row_and_passes_the_schema_check(upgraded_v4, tmp_path, key):
    plain = sqlite3.connect(upgraded_v4)
    expected = table_counts(plain)
    plain.close()
    before = sha256(upgraded_v4)
    target = tmp_path / "encrypted.sqlite3"

    sqlite_files.encrypt_copy(upgraded_v4, target, key)

    assert sha256(upgraded_v4) == before  # only read
    assert target.read_bytes()[:16] != PLAIN_HEADER
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    conn = store.database.connect_read_only(target, key=key)
    try:
        assert table_counts(conn) == expected
        assert {"clients_fts", "sessions", "photos"} <= set(expected)
        assert sqlite_files.user_version(conn) == SCHEMA_VERSION
        ours = store.database.applied_migrations(conn)
        assert store.schema_check.schema_difference(conn, store.schema.migrations, ours) == ""
    finally:
        conn.close()
    writable = engine.connect(target, key=key)  # an immutable look always says "delete"
    assert writable.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    writable.close()
    ok, sentence, counts = backup_files.check_database(target, full=True, key=key)
    assert ok, sentence
    assert counts["clients"] == expected["clients"] == 30
    db = store.open_database(target, key=key)  # the full schema check, and FTS5 still finds
    try:
        some = store.list_rows(db, store.search_client_ids(db))
        first = next(iter(some.values()))
        assert first.id in store.search_client_ids(db, first.family_name)
    finally:
        db.conn.close()


def test_decrypt_copy_gives_back_an_ordinary_clinic_file(encrypted, tmp_path, key):
    conn = store.database.connect_read_only(encrypted, key=key)
    expected = table_counts(conn)
    conn.close()
    plain = tmp_path / "plain.sqlite3"

    sqlite_files.decrypt_copy(encrypted, plain, key)

    assert plain.read_bytes()[:16] == PLAIN_HEADER
    assert holds_plaintext(plain)
    check = sqlite3.connect(plain)
    try:
        assert table_counts(check) == expected
        assert pragma(check, "page_size") == 8192
        assert pragma(check, "journal_mode") == "wal"
        assert pragma(check, "user_version") == SCHEMA_VERSION
    finally:
        check.close()
    db = store.open_database(plain)
    assert store.search_client_ids(db, SECRET_FAMILY.lower()) != []
    db.conn.close()


def test_a_copy_never_replaces_a_file(upgraded_v4, tmp_path, key):
    target = tmp_path / "taken.sqlite3"
    target.write_bytes(b"somebody's file")
    with pytest.raises(UserError, match="already exists"):
        sqlite_files.encrypt_copy(upgraded_v4, target, key)
    assert target.read_bytes() == b"somebody's file"


def test_a_failed_copy_leaves_no_partial_file(encrypted, tmp_path, key):
    target = tmp_path / "plain.sqlite3"
    with pytest.raises(UserError, match="key"):
        sqlite_files.decrypt_copy(encrypted, target, os.urandom(32))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic.sqlite3"]

    damaged = tmp_path / "damaged.sqlite3"
    shutil.copy(DATA / "clinic-schema-v4.sqlite3", damaged)
    conn = sqlite3.connect(damaged)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("CREATE TRIGGER sneaky AFTER INSERT ON clients BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="sneaky"):
        sqlite_files.encrypt_copy(damaged, target, key)
    assert not target.exists()
    assert not any(p.name.startswith("plain.sqlite3") for p in tmp_path.iterdir())


# -- backups, checks and restores, encrypted -------------------------------


@pytest.fixture
def backups_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    return folder


def test_backup_verify_check_and_restore_an_encrypted_clinic(encrypted, key, backups_folder):
    db = store.open_database(encrypted, key=key)
    made = backup_files.make_backup(db, backups_folder, key=key)
    add(db, "After", "Backup")
    db.conn.close()

    assert made.ok and made.path.exists()
    assert made.path.read_bytes()[:16] != PLAIN_HEADER
    assert not holds_plaintext(made.path)
    if os.name == "posix":
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert backup_files.verify_backup(made.path, key=key) == (True, "")
    ok, why = backup_files.verify_backup(made.path)
    assert not ok and "not an SQLite file" in why
    ok, why = backup_files.verify_backup(made.path, key=os.urandom(32))
    assert not ok and "could not be opened with this clinic's key" in why
    [listed] = backup_files.list_backups(backups_folder, encrypted.stem, verify=True, key=key)
    assert listed.ok is True
    assert backup_files.last_good_backup(backups_folder, encrypted.stem, key=key).path == made.path
    assert backup_files.last_good_backup(backups_folder, encrypted.stem) is None
    assert backup_cases.newest_good_backup(encrypted, key=key).path == made.path

    ok, sentence, counts = backup_files.check_database(encrypted, full=True, key=key)
    assert ok, sentence
    assert counts["clients"] == 22
    ok, sentence, _counts = backup_files.check_database(encrypted, key=os.urandom(32))
    assert not ok and "could not be opened with this key" in sentence
    ok, sentence, _counts = backup_files.check_database(encrypted)
    assert not ok and "not an SQLite database file" in sentence

    result = restore(encrypted, made.path, key=key)
    assert result.counts["clients"] == 21
    assert result.set_aside is not None and result.set_aside.exists()
    assert not holds_plaintext(encrypted) and not holds_plaintext(result.set_aside)
    kept = store.database.connect_read_only(result.set_aside, key=key)
    assert kept.execute("SELECT count(*) FROM clients").fetchone()[0] == 22
    kept.close()
    db = store.open_database(encrypted, key=key)
    assert store.search_client_ids(db, "backup") == []
    assert len(store.search_client_ids(db, SECRET_FAMILY.lower())) == 1
    db.conn.close()


def test_a_backup_of_an_encrypted_clinic_needs_its_key(encrypted, key, backups_folder):
    """Without the key the copy fails: never a plain copy of an encrypted clinic."""
    db = store.open_database(encrypted, key=key)
    try:
        with pytest.raises(UserError):
            backup_files.make_backup(db, backups_folder)
        assert list(backups_folder.iterdir()) == []
        assert not db.conn.in_transaction
    finally:
        db.conn.close()


def test_an_encrypted_clinic_refuses_a_plain_backup(encrypted, key, db_path, backups_folder):
    plain = store.open_database(db_path)
    made = backup_files.make_backup(plain, backups_folder)
    plain.conn.close()
    before = sha256(encrypted)
    with pytest.raises(UserError, match="not encrypted"):
        restore(encrypted, made.path, key=key)
    assert sha256(encrypted) == before


@pytest.mark.parametrize("full", [False, True])
def test_backup_and_restore_round_trip(tmp_path, clinic_key, backups_folder, full):
    from smpdesk.app.clinic import open_clinic

    path = tmp_path / "clinic.sqlite3"
    db = open_clinic(path, create=True, key=clinic_key)
    first = add(db, SECRET_GIVEN, SECRET_FAMILY, phone=SECRET_PHONE)
    populate(db, 15)
    made = backup_cases.back_up_to_file(db, path, tmp_path / "copy.sqlite3", key=clinic_key)
    result = backup_cases.back_up(db, path, key=clinic_key)
    add(db, "Late", "Addition")
    db.conn.close()

    for backup in (made, result.made.path):
        assert holds_plaintext(backup) == (clinic_key is None)
        assert backup_files.verify_backup(backup, full=full, key=clinic_key) == (True, "")
    restored = backup_cases.restore(path, made, key=clinic_key)
    assert restored.counts["clients"] == 16
    assert holds_plaintext(path) == (clinic_key is None)
    assert finish_interrupted(path, key=clinic_key) is None
    db = store.open_database(path, key=clinic_key)
    try:
        assert store.search_client_ids(db, "late") == []
        assert store.search_client_ids(db, SECRET_FAMILY.lower()) == [first]
    finally:
        db.conn.close()
