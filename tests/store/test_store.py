"""The database layer: opening, migrating, refusing, searching."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Migrations

from smpdesk import store
from smpdesk.domain.client_details import ClientDetails
from smpdesk.errors import (
    DatabaseLockedError,
    DatabaseMissingError,
    NewerDatabaseError,
    NotADatabaseError,
)
from smpdesk.store import engine
from smpdesk.store.schema import MIGRATION_SET, SCHEMA_VERSION, migrations

DATA = Path(__file__).resolve().parents[1] / "data"


def add(db, given_name, family_name, **extra) -> int:
    return store.insert_client(
        db, ClientDetails(given_name=given_name, family_name=family_name, **extra)
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(db, name):
    return db.execute(f"PRAGMA {name}").fetchone()[0]


# -- opening ---------------------------------------------------------------


def test_new_database_is_configured_for_safe_writes(tmp_path):
    db = store.open_database(tmp_path / "new.sqlite3", create=True)
    assert pragma(db, "page_size") == 8192
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") > 0
    assert pragma(db, "user_version") == SCHEMA_VERSION
    assert {"clients", "clients_fts"} <= set(db.table_names())
    db.conn.close()


def test_reopen_keeps_data(db_path):
    db = store.open_database(db_path)
    client_id = add(db, "Zoë", "Brontë", phone="07700 900123")
    db.conn.close()
    again = store.open_database(db_path)
    client = store.get_client(again, client_id)
    assert client is not None
    assert (client.given_name, client.family_name, client.phone) == (
        "Zoë",
        "Brontë",
        "07700 900123",
    )
    assert store.search_client_ids(again, "bronte") == [client_id]
    again.conn.close()


def test_missing_file_is_not_created_unless_asked(tmp_path):
    with pytest.raises(DatabaseMissingError, match="no clinic database"):
        store.open_database(tmp_path / "absent.sqlite3")
    assert not (tmp_path / "absent.sqlite3").exists()


def test_missing_folder_is_reported(tmp_path):
    with pytest.raises(DatabaseMissingError, match="does not exist"):
        store.open_database(tmp_path / "no" / "such" / "clinic.sqlite3", create=True)


def test_text_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("this is not a database\n" * 100)
    before = sha256(path)
    with pytest.raises(NotADatabaseError, match="not a readable smpdesk database"):
        store.open_database(path)
    assert sha256(path) == before


def test_other_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError, match="another program"):
        store.open_database(path)


def test_other_programs_sqlite_utils_migrations_are_not_ours(tmp_path):
    path = tmp_path / "other.sqlite3"
    other = sqlite_utils.Database(path)
    other_set = Migrations("otherapp")

    @other_set()
    def create_notes(db):
        db["notes"].create({"id": int, "body": str}, pk="id")

    other_set.apply(other)
    other.conn.close()
    before = sha256(path)
    with pytest.raises(NotADatabaseError, match="another program"):
        store.open_database(path)
    assert sha256(path) == before
    assert not (tmp_path / "backups").exists()


def test_newer_wal_database_leaves_no_files_behind(db_path):
    db = store.open_database(db_path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.conn.close()  # the last connection checkpoints and removes -wal/-shm
    check = sqlite3.connect(db_path)
    assert pragma(check, "journal_mode") == "wal"
    check.close()
    before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(NewerDatabaseError):
        store.open_database(db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == before


def test_new_database_is_private_to_its_owner(tmp_path):
    import os
    import stat

    path = tmp_path / "private.sqlite3"
    store.open_database(path, create=True).conn.close()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_reopening_with_nothing_pending_writes_no_backup(db_path):
    store.open_database(db_path).conn.close()
    store.open_database(db_path).conn.close()
    assert not (db_path.parent / "backups").exists()


def test_newer_database_is_refused_and_left_untouched(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = sha256(db_path)
    with pytest.raises(NewerDatabaseError, match="newer version of smpdesk"):
        store.open_database(db_path)
    assert sha256(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def test_locked_database_gives_a_clear_error(db):
    add(db, "Saoirse", "Byrne")
    db.execute("PRAGMA busy_timeout = 50")
    # Through the same SQLite library as the store: two libraries in one process
    # do not see each other's locks (POSIX locks belong to the process).
    other = engine.connect(store.database.db_path(db))
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError, match="in use by another program"):
            add(db, "Niamh", "Byrne")
    finally:
        other.rollback()
        other.close()
    assert store.search_client_ids(db, "byrne") != []
    assert len(store.search_client_ids(db, "byrne")) == 1


# -- migrations ------------------------------------------------------------


def _chain_with(extra_name: str, extra_fn) -> Migrations:
    """The shipped migrations plus one more, as a future release would have."""
    chain = Migrations(MIGRATION_SET)
    for migration in migrations.pending(sqlite_utils.Database(memory=True)):
        chain(name=migration.name)(migration.fn)
    chain(name=extra_name)(extra_fn)
    return chain


def test_frozen_v1_database_upgrades_and_searches(tmp_path):
    path = tmp_path / "v1.sqlite3"
    shutil.copy(DATA / "clinic-schema-v1.sqlite3", path)
    db = store.open_database(path)
    assert store.count_clients(db) == 12
    assert pragma(db, "user_version") == SCHEMA_VERSION
    assert {"sessions", "settings", "handouts_given"} <= set(db.table_names())
    assert len(list((tmp_path / "backups").glob("v1-before-upgrade-v1-to-v*.sqlite3"))) == 1
    assert pragma(db, "page_size") == 8192
    some = store.list_rows(db, store.search_client_ids(db))
    first = next(r for r in some.values() if r.phone)
    assert first.id in store.search_client_ids(db, first.family_name)
    assert first.id in store.search_client_ids(db, first.phone[-5:])
    db.conn.close()


def test_frozen_v2_database_upgrades_with_its_data(tmp_path):
    from smpdesk.app.clinic import load_settings

    path = tmp_path / "v2.sqlite3"
    shutil.copy(DATA / "clinic-schema-v2.sqlite3", path)
    db = store.open_database(path)
    assert pragma(db, "user_version") == SCHEMA_VERSION
    assert len(list((tmp_path / "backups").glob("v2-before-upgrade-v2-to-v*.sqlite3"))) == 1
    assert store.count_clients(db, "all") == 12
    sessions = db.execute("SELECT id, client_id FROM sessions").fetchall()
    assert sessions
    assert store.handouts_for_session(db, sessions[0][0])[0]["action"] == "printed"
    assert load_settings(db).name == "Frozen v2 clinic"
    assert store.sessions_with_lot(db, store.get_session(db, sessions[0][0]).details.pigment_lot)
    db.conn.close()


def test_frozen_v4_database_upgrades_and_its_search_index_keeps_up(tmp_path):
    """v4 -> v5 drops the search-index triggers; the store then keeps the index itself."""
    from smpdesk.app import clients as client_cases
    from smpdesk.app import questionnaires
    from smpdesk.app.clinic import open_clinic
    from smpdesk.domain.client_details import ClientDetails

    path = tmp_path / "v4.sqlite3"
    shutil.copy(DATA / "clinic-schema-v4.sqlite3", path)
    db = open_clinic(path)
    assert pragma(db, "user_version") == SCHEMA_VERSION
    assert len(list((tmp_path / "backups").glob("v4-before-upgrade-v4-to-v*.sqlite3"))) == 1
    triggers = db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    # The search-index triggers are gone; later migrations add guards of their own.
    # (Named by the index: "response_drafts" has "fts" in it too, and a change mark.)
    assert not [t[0] for t in triggers if t[0].startswith(("clients_fts_", "clients_phone_fts_"))]
    assert {"audit_log_no_update", "audit_log_no_delete"} <= {t[0] for t in triggers}
    assert store.count_clients(db, "all") == 30
    assert db.execute("SELECT count(*) FROM photos").fetchone() == (1,)
    signed = db.execute("SELECT min(response_id) FROM response_documents").fetchone()[0]
    assert questionnaires.consent_record(db, signed).startswith(b"%PDF")
    client = store.get_client(db, 3)
    client_cases.update_client(
        db,
        client.id,
        ClientDetails(given_name=client.given_name, family_name="Quernheim", phone="0161 496 0999"),
    )
    assert store.search_client_ids(db, "quernheim") == [client.id]
    assert (
        store.search_client_ids(db, client.family_name) == [] or client.family_name == "Quernheim"
    )
    assert client.id in store.search_client_ids(db, "4960999")
    new = client_cases.add_client(db, ClientDetails(given_name="Wanda", family_name="Zybertowicz"))
    assert store.search_client_ids(db, "zybertowicz") == [new.id]
    db.execute("INSERT INTO clients_fts(clients_fts) VALUES ('integrity-check')")
    db.execute("INSERT INTO clients_phone_fts(clients_phone_fts) VALUES ('integrity-check')")
    db.conn.close()


def test_upgrade_backs_up_first_then_migrates(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    shutil.copy(DATA / "clinic-schema-v1.sqlite3", path)

    def m9999_add_column(db):
        db.execute("ALTER TABLE clients ADD COLUMN referral TEXT")

    chain = _chain_with("9999_referral", m9999_add_column)
    db = store.open_database(path, migration_set=chain)
    assert pragma(db, "user_version") == SCHEMA_VERSION + 1
    assert "referral" in db["clients"].columns_dict
    assert store.count_clients(db) == 12
    db.conn.close()

    backups = list((tmp_path / "backups").glob("clinic-before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1  # the frozen v1 file
    assert "referral" not in {r[1] for r in old.execute("PRAGMA table_info(clients)")}
    assert old.execute("SELECT count(*) FROM clients").fetchone()[0] == 12
    old.close()

    # The current smpdesk now refuses the upgraded file and leaves it alone.
    with pytest.raises(NewerDatabaseError):
        store.open_database(path)


def test_failed_migration_rolls_back_and_keeps_data(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    shutil.copy(DATA / "clinic-schema-v1.sqlite3", path)

    def m9999_broken(db):
        db.execute("ALTER TABLE clients ADD COLUMN half_done TEXT")
        raise RuntimeError("migration bug")

    with pytest.raises(RuntimeError):
        store.open_database(path, migration_set=_chain_with("9999_broken", m9999_broken))
    db = store.open_database(path)
    assert "half_done" not in db["clients"].columns_dict
    assert store.count_clients(db) == 12
    db.conn.close()


def test_new_database_needs_no_backup(tmp_path):
    store.open_database(tmp_path / "fresh.sqlite3", create=True).conn.close()
    assert not (tmp_path / "backups").exists()


# -- clients and search ----------------------------------------------------


def test_insert_numbers_clients_and_derives_search_columns(db):
    first = add(db, "Łukasz", "Żółć", phone="+48 600 100 200")
    second = add(db, "Øyvind", "Sæther")
    assert store.get_client(db, first).client_number == "C00001"
    assert store.get_client(db, second).client_number == "C00002"
    row = db.execute("SELECT phone_digits, family_key FROM clients WHERE id=?", [first]).fetchone()
    assert row == ("48600100200", "zolc")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lukasz", "Łukasz"),
        ("Łukasz", "Łukasz"),
        ("LUK", "Łukasz"),
        ("zolc", "Łukasz"),
        ("oyvind", "Øyvind"),
        ("saeth", "Øyvind"),
        ("zoe", "Zoë"),
        ("zoë", "Zoë"),
        ("nguyen", "Văn"),
        ("dordevic", "Đorđe"),
        ("strassb", "Björn"),
        ("Straß", "Björn"),
        ("zoe.bronte@", "Zoë"),
        ("example.org", "Zoë"),
        ("C00003", "Zoë"),
        ("00003", "Zoë"),
        ("3", "Zoë"),
        ("900 12", "Zoë"),
        ("0012", "Zoë"),
        ("100 200", "Łukasz"),
        ("+48 600", "Łukasz"),
        ("Saoirse", "Saoirse"),
        ("Sao Ó", "Saoirse"),
    ],
)
def test_search_folds_accents_and_matches_prefixes_and_phone_fragments(db, query, expected):
    add(db, "Łukasz", "Żółć", phone="+48 600 100 200")
    add(db, "Øyvind", "Sæther")
    add(db, "Zoë", "Brontë", email="Zoe.Bronte@example.org", phone="07700 900123")
    add(db, "Văn", "Nguyễn")
    add(db, "Đorđe", "Đorđević")
    add(db, "Björn", "Straßburg")
    add(db, "Saoirse", "Ó Súilleabháin")
    ids = store.search_client_ids(db, query)
    names = [r.given_name for r in store.list_rows(db, ids).values()]
    assert names == [expected]


def test_search_stays_in_step_after_edit(db):
    client_id = add(db, "Zoe", "Smith")
    store.update_client(db, client_id, ClientDetails(given_name="Zoë", family_name="Brontë"))
    assert store.search_client_ids(db, "smith") == []
    assert store.search_client_ids(db, "bronte") == [client_id]


@pytest.mark.parametrize(
    "hostile", ['"', "AND (", "*", "NEAR(", "-", "^", "a:b", "'", "\\", '""*"', "OR", "(", ")"]
)
def test_hostile_search_text_never_raises(db, hostile):
    add(db, "Andrea", "Orr")
    store.search_client_ids(db, hostile)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_search_text_is_safe(db, text):
    store.search_client_ids(db, text, archived="all")


def test_archive_hides_without_deleting(db):
    keep = add(db, "Aoife", "Byrne")
    gone = add(db, "Niamh", "Byrne")
    store.set_archived(db, gone, True)
    assert store.search_client_ids(db, "byrne") == [keep]
    assert store.search_client_ids(db, "byrne", archived="archived") == [gone]
    assert sorted(store.search_client_ids(db, "byrne", archived="all")) == [keep, gone]
    assert store.get_client(db, gone).is_archived
    store.set_archived(db, gone, False)
    assert sorted(store.search_client_ids(db, "byrne")) == [keep, gone]
    assert store.count_clients(db) == 2


def test_sorting_by_each_column(db):
    a = add(db, "Ærø", "Østergaard", date_of_birth="1990-01-01", phone="0300 000")
    b = add(db, "Adam", "Nowak", date_of_birth="1980-01-01", phone="0100 000")
    c = add(db, "Zofia", "Ólafsdóttir", date_of_birth="1970-01-01", phone="0200 000")
    assert store.search_client_ids(db, sort="family") == [b, c, a]  # nowak, olafs, oster
    assert store.search_client_ids(db, sort="family", descending=True) == [a, c, b]
    assert store.search_client_ids(db, sort="given") == [b, a, c]  # adam, aero, zofia
    assert store.search_client_ids(db, sort="dob") == [c, b, a]
    assert store.search_client_ids(db, sort="phone") == [b, c, a]
    assert store.search_client_ids(db, sort="number") == [a, b, c]


def test_list_rows_fetches_only_requested_ids(demo_db):
    ids = store.search_client_ids(demo_db)[:7]
    rows = store.list_rows(demo_db, ids)
    assert set(rows) == set(ids)
    assert not hasattr(next(iter(rows.values())), "notes")


def test_search_pages_with_limit_and_offset(demo_db):
    everyone = store.search_client_ids(demo_db, "", sort="given")
    pages = [
        store.search_client_ids(demo_db, "", sort="given", limit=7, offset=start)
        for start in range(0, len(everyone), 7)
    ]
    assert [i for page in pages for i in page] == everyone


def test_backup_copy_is_complete(db, tmp_path):
    add(db, "Priya", "Sharma")
    dest = store.backup_to(db, tmp_path / "copy.sqlite3")
    copy = sqlite3.connect(dest)
    assert copy.execute("SELECT given_name FROM clients").fetchall() == [("Priya",)]
    copy.close()


def test_frozen_v5_database_upgrades_to_staff_and_audit(tmp_path):
    """v5 -> v6 adds staff accounts, the audit trail and who made or changed each record."""
    from smpdesk.app.clinic import open_clinic

    path = tmp_path / "v5.sqlite3"
    shutil.copy(DATA / "clinic-schema-v5.sqlite3", path)
    db = open_clinic(path)
    assert pragma(db, "user_version") == SCHEMA_VERSION
    assert len(list((tmp_path / "backups").glob("v5-before-upgrade-v5-to-v*.sqlite3"))) == 1
    assert {"staff", "audit_log"} <= set(db.table_names())
    assert store.count_clients(db, "all") == 30
    assert db.execute("SELECT count(*) FROM sessions WHERE created_by IS NULL").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM photos").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM responses").fetchone() == (24,)
    db.close()
