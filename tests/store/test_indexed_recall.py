"""Lot recall by index (issue 15): the same matches as the full scan it replaced, by index.

The reference below is the recall as it was before migration 0013 (every session's
lots normalised in Python through an SQL function, and every earlier version parsed),
kept here to hold the indexed recall to exactly the same answers.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta

import pytest
import sqlite_utils
from sqlite_utils import Migrations

from smpdesk import store
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.store import open_database
from smpdesk.store import sessions as session_store
from smpdesk.store.schema import migrations
from smpdesk.store.sessions import LOT_COLUMNS, LotMatch, lot_key, sessions_with_lot

# Spellings of a few lots as they are copied by hand from labels, and lots that are
# nothing once normalised.
SPELLINGS = {
    "gr2610a": ["GR-2610-A", "gr-2610 a", "GR2610A", "GR–2610–A", " gr 2610-a "],
    "gr2610b": ["GR-2610-B", "gr2610b"],
    "gr26": ["GR-26"],
    "um2607a": ["UM-2607-A", "um 2607 a"],
    "ünï1": ["Ünï-1", "ÜNÏ 1"],
    "dw2610": ["DW-2610", "dw 2610"],
    "": ["", "--", "  "],
}
ALL_SPELLINGS = [lot for lots in SPELLINGS.values() for lot in lots]


def reference_recall(db, lot: str) -> list[LotMatch]:
    """The recall before the key columns: a full scan, the key computed per row."""
    key = lot_key(lot)
    if not key:
        return []
    db.conn.create_function("smpdesk_lot_key", 1, lot_key, deterministic=True)
    matches: list[LotMatch] = []
    for column in LOT_COLUMNS:
        rows = db.execute(
            f"""SELECT s.id, c.id, c.client_number, c.given_name || ' ' || c.family_name,
                       c.phone, c.email, s.session_date, s.session_type, s.{column}
                FROM sessions s JOIN clients c ON c.id = s.client_id
                WHERE s.{column} != '' AND s.deleted_at IS NULL
                  AND smpdesk_lot_key(s.{column}) = ?""",
            [key],
        )
        matches += [LotMatch(*row[:8], column, row[8]) for row in rows]
    found = {(m.session_id, m.column) for m in matches}
    rows = db.execute(
        f"""SELECT v.details, s.id, c.id, c.client_number, c.given_name || ' ' || c.family_name,
                   c.phone, c.email, s.session_date, s.session_type,
                   {", ".join(f"s.{column}" for column in LOT_COLUMNS)}
            FROM session_versions v JOIN sessions s ON s.id = v.session_id
            JOIN clients c ON c.id = s.client_id WHERE s.deleted_at IS NULL ORDER BY v.id"""
    )
    for details, sid, cid, number, name, phone, email, day, kind, *now in rows:
        then = session_store._details_from_json(details).as_dict()
        for column, current in zip(LOT_COLUMNS, now, strict=True):
            lot_then = then.get(column, "")
            if (sid, column) in found or not lot_then or lot_key(lot_then) != key:
                continue
            found.add((sid, column))
            matches.append(
                LotMatch(
                    sid, cid, number, name, phone, email, day, kind, column, lot_then,
                    changed_later_to=current or "(left empty)",
                )
            )  # fmt: skip
    matches.sort(key=lambda m: (m.session_date, m.session_id), reverse=True)
    return matches


def _generated_clinic(db, rng: random.Random, clients: int = 40) -> None:
    """Clients with sessions using every spelling, some edited (lots changed, emptied,
    changed back), some booked, some deleted, one client archived."""
    ids = store.insert_clients(
        db,
        [ClientDetails(given_name=f"Given{i}", family_name=f"Family{i}") for i in range(clients)],
    )
    start = date(2025, 1, 1)
    sessions = []
    for client_id in ids:
        for _ in range(rng.randint(0, 4)):
            day = start + timedelta(days=rng.randint(0, 600))
            details = SessionDetails(
                session_date=day.isoformat(),
                session_type=rng.choice(["first", "second", "touch-up"]),
                start_time=rng.choice(["", "09:30", "14:00"]),
                pigment_lot=rng.choice(ALL_SPELLINGS),
                diluent_lot=rng.choice(ALL_SPELLINGS),
                cartridge_lot=rng.choice(ALL_SPELLINGS),
            )
            sessions.append((client_id, details, store.insert_session(db, client_id, details)))
    for _client_id, details, session_id in rng.sample(sessions, k=len(sessions) // 3):
        current = details
        for _ in range(rng.randint(1, 3)):
            column = rng.choice(LOT_COLUMNS)
            current = dataclasses.replace(current, **{column: rng.choice(ALL_SPELLINGS)})
            store.update_session(db, session_id, current)
        if rng.random() < 0.3:
            store.set_next_appointment(db, session_id, None)  # a booking keeps a version too
    for _client_id, _details, session_id in rng.sample(sessions, k=len(sessions) // 8):
        session_store.delete_session(db, session_id, "Entered for the wrong client.")
    store.set_archived(db, ids[0], True)  # recall still finds archived clients


def test_indexed_recall_gives_exactly_the_full_scans_answers(db):
    rng = random.Random(15)
    _generated_clinic(db, rng)
    edited = db.execute("SELECT count(DISTINCT session_id) FROM session_versions").fetchone()[0]
    deleted = db.execute("SELECT count(*) FROM sessions WHERE deleted_at IS NOT NULL").fetchone()
    assert edited > 5 and deleted[0] > 2
    changed_later = 0
    for typed in [*ALL_SPELLINGS, "GR2610", "gr-2610-ab", "x"]:
        expected = reference_recall(db, typed)
        assert sessions_with_lot(db, typed) == expected, typed
        changed_later += sum(1 for m in expected if m.changed_later_to)
    assert changed_later > 0  # the generated clinic did exercise "changed later to"
    # Every spelling of one lot finds the same sessions.
    for key, spellings in SPELLINGS.items():
        if key:
            answers = {tuple(sessions_with_lot(db, typed)) for typed in spellings}
            assert len(answers) == 1 and next(iter(answers)), key


def test_a_deleted_session_is_not_recalled_by_its_lot_or_an_earlier_one(db):
    [cid] = store.insert_clients(db, [ClientDetails(given_name="Ada", family_name="Byron")])
    sid = store.insert_session(
        db, cid, SessionDetails("2026-10-01", "first", pigment_lot="GR-2610-A")
    )
    store.update_session(db, sid, SessionDetails("2026-10-01", "first", pigment_lot="GR-2610-B"))
    [match] = sessions_with_lot(db, "gr2610a")
    assert (match.lot, match.changed_later_to) == ("GR-2610-A", "GR-2610-B")
    session_store.delete_session(db, sid, "Entered for the wrong client.")
    assert sessions_with_lot(db, "gr2610a") == sessions_with_lot(db, "gr2610b") == []


def test_the_keys_are_written_with_every_session_and_version(db):
    [cid] = store.insert_clients(db, [ClientDetails(given_name="Ada", family_name="Byron")])
    sid = store.insert_session(
        db, cid, SessionDetails("2026-10-01", "first", pigment_lot="GR–2610–A", diluent_lot="--")
    )
    row = db.execute(
        "SELECT pigment_lot_key, diluent_lot_key, cartridge_lot_key FROM sessions WHERE id = ?",
        [sid],
    ).fetchone()
    assert row == ("gr2610a", None, None)  # nothing left of "--": no key, not indexed
    store.update_session(db, sid, SessionDetails("2026-10-01", "first", cartridge_lot="CT 7"))
    assert db.execute(
        "SELECT pigment_lot_key, cartridge_lot_key FROM sessions WHERE id = ?", [sid]
    ).fetchone() == (None, "ct7")
    assert db.execute(
        "SELECT pigment_lot_key, cartridge_lot_key FROM session_versions WHERE session_id = ?",
        [sid],
    ).fetchall() == [("gr2610a", None)]


def _plans(db, call) -> list[str]:
    """The query plan of every statement ``call`` runs on ``db`` (traced, then explained)."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        db.conn.set_trace_callback(None)
    plans = []
    for sql in statements:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            plans.append(" | ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {sql}")))
    return plans


def test_recall_reads_only_through_the_key_indexes(db):
    _generated_clinic(db, random.Random(7), clients=10)
    plans = _plans(db, lambda: sessions_with_lot(db, "gr 2610 a"))
    assert len(plans) == 4, plans
    for plan in plans:
        assert "SCAN" not in plan, plan  # no table or index read from end to end
    used = " ".join(plans)
    for column in LOT_COLUMNS:
        assert f"idx_sessions_{column}_key" in used
        assert f"idx_session_versions_{column}_key" in used


@pytest.mark.parametrize("table", ["sessions", "session_versions"])
def test_a_prefix_of_a_key_is_a_range_on_the_same_index(db, table):
    """Issue 16 will find "GR-2610" in "GR-2610-A": the key column is made for it."""
    _generated_clinic(db, random.Random(3), clients=15)
    low = lot_key("GR-2610")
    high = low + "\U0010ffff"  # above every key starting with it (no key holds U+10FFFF)
    sql = (
        f"SELECT DISTINCT pigment_lot_key FROM {table} "
        "WHERE pigment_lot_key >= ? AND pigment_lot_key < ?"
    )
    plan = " ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {sql}", [low, high]))
    assert f"USING COVERING INDEX idx_{table}_pigment_lot_key (pigment_lot_key>? AND" in plan
    found = {row[0] for row in db.execute(sql, [low, high])}
    assert found and found <= {"gr2610a", "gr2610b"}


def test_the_migration_fills_the_keys_of_an_existing_clinic(tmp_path):
    """A clinic from before migration 0013, written as that version wrote it, recalls the
    same after the upgrade, earlier versions included."""
    path = tmp_path / "v12.sqlite3"
    db = open_database(path, create=True, migration_set=_until("0013_lot_keys_and_due_dates"))
    now = "2026-01-01T00:00:00+00:00"
    db.execute(
        "INSERT INTO clients (id, client_number, given_name, family_name, created_at, updated_at)"
        " VALUES (1, 'C00001', 'Ada', 'Byron', ?, ?)",
        [now, now],
    )
    for sid, lot in ((1, "GR-2610-B"), (2, "gr 2610 a"), (3, "")):
        db.execute(
            "INSERT INTO sessions (id, client_id, session_date, session_type, pigment_lot, "
            "created_at, updated_at) VALUES (?, 1, ?, 'first', ?, ?, ?)",
            [sid, f"2026-0{sid}-01", lot, now, now],
        )
    db.execute(
        "INSERT INTO session_versions (session_id, version, details, replaced_at) "
        "VALUES (1, 1, ?, ?)",
        ['{"pigment_lot": "GR–2610–A", "diluent_lot": 7}', now],
    )
    db.conn.commit()
    db.conn.close()
    db = open_database(path)
    try:
        found = [
            (m.session_id, m.lot, m.changed_later_to) for m in sessions_with_lot(db, "GR2610A")
        ]
        assert found == [(2, "gr 2610 a", ""), (1, "GR–2610–A", "GR-2610-B")]
        assert found == [
            (m.session_id, m.lot, m.changed_later_to) for m in reference_recall(db, "GR2610A")
        ]
        assert (
            db.execute("SELECT count(*) FROM sessions WHERE pigment_lot_key IS NULL").fetchone()[0]
            == 1
        )
    finally:
        db.conn.close()


def _until(name: str) -> Migrations:
    """The clinic's migrations before ``name``, as a set of their own (an older release)."""
    partial = Migrations(migrations.name)
    for migration in migrations.pending(sqlite_utils.Database(memory=True)):
        if migration.name == name:
            break
        partial(name=migration.name)(migration.fn)
    return partial
