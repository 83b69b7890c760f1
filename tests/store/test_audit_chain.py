"""The audit trail is append-only and tamper-evident: a hash chain, triggers, an anchor."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from smpdesk.app.clinic import open_clinic
from smpdesk.store import audit, engine
from smpdesk.store.schema import SCHEMA_VERSION

DATA = Path(__file__).resolve().parents[1] / "data"


def _write(db, n: int = 5) -> None:
    for i in range(n):
        audit.append(
            db, staff_id=1, staff_name="Olive Owner", action=f"act.{i}", client_id=i, outcome="done"
        )


@pytest.fixture
def trail(db):
    _write(db)
    return db


def _raw(db, sql: str, params=()) -> None:
    """What a tamperer with the key and an SQLite tool does: drop the guard, change a row."""
    conn = engine.connect(db.path, key=db.key)
    try:
        for verb in ("update", "delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS audit_log_no_{verb}")
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def test_a_whole_chain_verifies(trail):
    assert audit.first_broken_link(trail) is None
    assert audit.head(trail)[0] == 5


@pytest.mark.parametrize(
    "verb", ["UPDATE audit_log SET outcome = 'refused'", "DELETE FROM audit_log"]
)
def test_update_and_delete_are_refused_by_the_file_itself(trail, verb):
    with pytest.raises(
        engine.OPERATIONAL_ERRORS + engine.INTEGRITY_ERRORS + engine.DATABASE_ERRORS,
        match="append-only",
    ):
        trail.execute(f"{verb} WHERE id = 2")


@pytest.mark.parametrize(
    ("sql", "broken_at", "how"),
    [
        ("DELETE FROM audit_log WHERE id = 3", 3, "missing"),
        ("UPDATE audit_log SET staff_name = 'Someone Else' WHERE id = 2", 2, "changed"),
        (
            "INSERT INTO audit_log (id, at, staff_id, staff_name, action, client_id, outcome, "
            "prev_hash, hash) VALUES (6, '2026-01-01', 1, 'X', 'y', NULL, 'done', 'forged', 'f')",
            6,
            "does not follow",
        ),
    ],
    ids=["deleted", "edited", "inserted"],
)
def test_raw_sql_tampering_is_found_at_the_first_broken_link(db, sql, broken_at, how):
    _write(db)
    _raw(db, sql)
    entry_id, found = audit.first_broken_link(db)
    assert entry_id == broken_at and how in found


def test_cutting_entries_off_the_end_is_caught_by_the_backup_anchor(db, tmp_path):
    _write(db)
    audit.write_anchor(db, tmp_path)
    assert audit.first_broken_link(db, audit.read_anchor(tmp_path)) is None
    _raw(db, "DELETE FROM audit_log WHERE id >= 4")
    assert audit.first_broken_link(db) is None  # the chain alone cannot tell
    entry_id, how = audit.first_broken_link(db, audit.read_anchor(tmp_path))
    assert entry_id == 5 and "gone from the end" in how


def test_dropping_the_guard_triggers_makes_the_file_refused_on_open(db):
    _write(db, 1)
    _raw(db, "SELECT 1")  # drops both triggers
    db.close()
    from smpdesk.errors import AlteredDatabaseError

    with pytest.raises(AlteredDatabaseError):
        open_clinic(db.path)


def test_v6_entries_are_chained_by_the_upgrade(tmp_path):
    path = tmp_path / "v6.sqlite3"
    shutil.copy(DATA / "clinic-schema-v6.sqlite3", path)
    db = open_clinic(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM audit_log WHERE hash = ''").fetchone() == (0,)
    assert audit.first_broken_link(db) is None
    _write(db, 1)
    assert audit.first_broken_link(db) is None and audit.head(db)[0] == 4
    db.close()
