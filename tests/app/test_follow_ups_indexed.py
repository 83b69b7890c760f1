"""Follow-ups from the index (issue 15): the same list as the scan it replaced, in pages.

The reference below is the list as it was computed before migration 0013 (each active
client's latest live session found by a query per client, the due date and status worked
out in Python, then sorted), kept here to hold the indexed list to exactly its answers
after every kind of write that can change it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import erasure as erasure_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import load_settings, save_settings
from smpdesk.app.follow_ups import (
    DueCounts,
    DueItem,
    _intervals,
    due_counts,
    due_follow_ups,
    due_follow_ups_page,
    proposed_next_date,
)
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import DEFAULT_FOLLOW_UP_DAYS, NEXT_TYPE, SessionDetails
from smpdesk.store import sessions as session_store

TODAY = date(2026, 11, 22)
KINDS = ["first", "second", "third", "touch-up", "scar", "correction"]
NAMES = [("Ada", "Byron"), ("ada", "byron"), ("Zoë", "Brontë"), ("Łukasz", "Żółć"), ("Bo", "Li")]
REASON = "Entered for the wrong client by mistake."


def reference_due(db, *, today, days_ahead=14, follow_up_days=None) -> list[DueItem]:
    """The follow-up list as it was computed before the stored due dates."""
    horizon = today + timedelta(days=days_ahead)
    rows = db.execute(
        f"""{session_store._SELECT} WHERE id IN (
              SELECT (SELECT s.id FROM sessions s WHERE s.client_id = c.id
                      AND s.deleted_at IS NULL
                      ORDER BY s.session_date DESC, s.start_time DESC, s.id DESC LIMIT 1)
              FROM clients c WHERE c.archived_at IS NULL)"""
    )
    items = []
    for session in [session_store._from_row(r) for r in rows]:
        client = store.get_client(db, session.client_id)
        appointment = session.next_appointment
        kind = session.details.session_type
        due = (
            appointment.date()
            if appointment
            else proposed_next_date(session.session_date, kind, follow_up_days)
        )
        status = "overdue" if due < today else "today" if due == today else "upcoming"
        item = DueItem(
            client.id,
            client.client_number,
            client.full_name,
            client.phone,
            session.id,
            session.session_date,
            kind,
            NEXT_TYPE.get(kind, "touch-up"),
            due,
            appointment,
            status,
        )
        if item.due_date <= horizon:
            items.append(item)
    order = {"overdue": 0, "today": 1, "upcoming": 2}
    items.sort(
        key=lambda i: (
            order[i.status],
            i.due_date,
            i.appointment.time() if i.appointment else datetime.max.time(),
            i.client_name.casefold(),
        )
    )
    return items


def _all_pages(db, rows: int, **kwargs) -> list[DueItem]:
    items: list[DueItem] = []
    after = None
    for _ in range(10_000):
        page = due_follow_ups_page(db, after=after, rows=rows, **kwargs)
        assert len(page.items) >= rows or page.next_after is None  # full pages until the end
        items += page.items
        if page.next_after is None:
            return items
        assert all(item.due_date <= page.next_after for item in page.items)
        after = page.next_after
    raise AssertionError("the pages never ended")


def _check_everything(db, intervals_now: dict[str, int] | None) -> int:
    """The indexed list, its pages and its counts, against the reference; rows compared."""
    compared = 0
    custom = {**DEFAULT_FOLLOW_UP_DAYS, "first": 13, "scar": 40}
    for today in (TODAY, TODAY - timedelta(days=200), TODAY + timedelta(days=700)):
        for days_ahead in (0, 14, 400):
            for follow_up_days in (None, intervals_now, custom):
                args = {"today": today, "days_ahead": days_ahead, "follow_up_days": follow_up_days}
                expected = reference_due(db, **args)
                assert due_follow_ups(db, **args) == expected, args
                statuses = Counter(item.status for item in expected)
                assert due_counts(db, **args) == DueCounts(
                    statuses["overdue"], statuses["today"], statuses["upcoming"]
                )
                if days_ahead == 14:
                    for rows in (1, 4):
                        assert _all_pages(db, rows, **args) == expected, (rows, args)
                compared += len(expected)
    return compared


def _session(rng: random.Random, start: date) -> SessionDetails:
    return SessionDetails(
        session_date=(start + timedelta(days=rng.randint(0, 900))).isoformat(),
        session_type=rng.choice(KINDS),
        start_time=rng.choice(["", "", "09:30", "14:00"]),
    )


def test_the_indexed_list_is_the_scans_list_after_every_kind_of_change(db):
    rng = random.Random(15)
    start = date(2024, 6, 1)
    ids = [
        client_cases.add_client(
            db, ClientDetails(given_name=given, family_name=family, phone=f"0770 {n:06d}")
        ).id
        for n, (given, family) in enumerate(NAMES * 8)
    ]
    sessions: dict[int, list[int]] = {cid: [] for cid in ids}
    for cid in ids:
        for _ in range(rng.randint(0, 3)):
            sessions[cid].append(store.insert_session(db, cid, _session(rng, start)))
    compared = _check_everything(db, None)

    # Appointments: booked (some at midnight, i.e. without a time), moved, cleared.
    booked = [sid for sids in sessions.values() for sid in sids]
    for sid in rng.sample(booked, k=len(booked) // 2):
        session = store.get_session(db, sid)
        when = datetime.combine(
            session.session_date + timedelta(days=rng.randint(1, 800)),
            rng.choice([time(0, 0), time(9, 30), time(16, 45)]),
        )
        store.set_next_appointment(db, sid, when)
    for sid in rng.sample(booked, k=len(booked) // 6):
        store.set_next_appointment(db, sid, None)
    compared += _check_everything(db, None)

    # Edits: a date moved (the latest may change), a kind changed.
    for sid in rng.sample(booked, k=len(booked) // 3):
        details = store.get_session(db, sid).details
        changed = dataclasses.replace(
            details,
            session_date=_session(rng, start).session_date,
            session_type=rng.choice(KINDS),
            next_appointment="",
        )
        store.update_session(db, sid, changed)
    compared += _check_everything(db, None)

    # Deletions (the one before becomes the latest), archiving and restoring, by the use
    # cases and by a script's UPDATE, and an erasure.
    for sid in rng.sample(booked, k=len(booked) // 5):
        session_cases.delete_session(db, sid, REASON)
    for cid in ids[:6]:
        client_cases.archive_client(db, cid)
    client_cases.restore_client(db, ids[0])
    db.execute("UPDATE clients SET archived_at = '2026-01-01' WHERE id = ?", [ids[7]])
    db.conn.commit()
    gone = store.get_client(db, ids[8])
    erasure_cases.erase_client(
        db, gone.id, confirmation=gone.client_number, reason="Asked to be forgotten."
    )
    compared += _check_everything(db, None)

    # The clinic's intervals change: the stored dates follow, and the index answers again.
    settings = load_settings(db)
    changed = {**settings.follow_up_days, "first": 7, "second": 30, "touch-up": 365}
    save_settings(db, dataclasses.replace(settings, follow_up_days=changed))
    assert session_store.follow_up_intervals(db) == changed
    assert _intervals(db, changed) is None  # the stored dates answer for these
    assert _intervals(db, None) == DEFAULT_FOLLOW_UP_DAYS  # computed anew for others
    compared += _check_everything(db, changed)
    assert compared > 300  # the clinic did list clients at every step


def test_only_the_latest_live_session_of_an_active_client_holds_a_due_date(db):
    cid = client_cases.add_client(db, ClientDetails(given_name="Ada", family_name="Byron")).id
    first = store.insert_session(db, cid, SessionDetails("2026-10-01", "first"))
    second = store.insert_session(db, cid, SessionDetails("2026-10-20", "second"))
    earlier = store.insert_session(db, cid, SessionDetails("2026-09-01", "first"))

    def dues() -> dict[int, str | None]:
        rows = db.execute("SELECT id, follow_up_due FROM sessions WHERE client_id = ?", [cid])
        return dict(rows.fetchall())

    assert dues() == {first: None, second: "2026-11-10", earlier: None}
    store.set_next_appointment(db, second, datetime(2026, 12, 1, 10, 0))
    assert dues()[second] == "2026-12-01"
    session_cases.delete_session(db, second, REASON)
    assert dues() == {first: "2026-10-11", second: None, earlier: None}
    client_cases.archive_client(db, cid)
    assert set(dues().values()) == {None}
    client_cases.restore_client(db, cid)
    assert dues()[first] == "2026-10-11"


def test_a_page_never_splits_the_clients_due_on_one_day(db):
    for n in range(5):
        cid = client_cases.add_client(
            db, ClientDetails(given_name=f"Same{n}", family_name="Day")
        ).id
        store.insert_session(db, cid, SessionDetails("2026-11-01", "first"))  # all due 11-11
    late = client_cases.add_client(db, ClientDetails(given_name="Late", family_name="R")).id
    store.insert_session(db, late, SessionDetails("2026-11-05", "first"))
    page = due_follow_ups_page(db, today=TODAY, rows=2)
    assert [i.client_name for i in page.items] == [f"Same{n} Day" for n in range(5)]
    assert page.next_after == date(2026, 11, 11)
    rest = due_follow_ups_page(db, today=TODAY, rows=2, after=page.next_after)
    assert [i.client_name for i in rest.items] == ["Late R"] and rest.next_after is None


def _plans(db, call) -> list[str]:
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        db.conn.set_trace_callback(None)
    return [
        " | ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {sql}"))
        for sql in statements
        if "follow_up_due" in sql
    ]


def test_the_first_screen_reads_the_index_and_nothing_else(db):
    for n in range(30):
        cid = client_cases.add_client(db, ClientDetails(given_name=f"C{n}", family_name="X")).id
        store.insert_session(db, cid, SessionDetails(f"2026-10-{n % 28 + 1:02d}", "first"))
    days = load_settings(db).follow_up_days
    plans = _plans(db, lambda: due_follow_ups_page(db, today=TODAY, follow_up_days=days, rows=5))
    plans += _plans(db, lambda: due_counts(db, today=TODAY, follow_up_days=days))
    assert len(plans) == 3, plans  # where the page ends, its rows, the counts
    for plan in plans:
        assert "idx_sessions_follow_up" in plan, plan
        scans = plan.replace("SCAN CONSTANT ROW", "")  # the row the three counts make
        assert "SCAN" not in scans and "TEMP B-TREE" not in plan, plan  # no scan, no sort
    # With other intervals than the stored ones it still answers, computing the dates.
    other = {**days, "first": 11}
    assert due_follow_ups_page(db, today=TODAY, follow_up_days=other).items == reference_due(
        db, today=TODAY, follow_up_days=other
    )


def test_due_json_is_the_list_as_before(db, db_path):
    """``smpdesk due --json``: the same fields in the same order, every row."""
    today = date.today()
    for n, (given, family) in enumerate(NAMES):
        cid = client_cases.add_client(db, ClientDetails(given_name=given, family_name=family)).id
        sid = store.insert_session(
            db, cid, SessionDetails((today - timedelta(days=5 * n)).isoformat(), KINDS[n])
        )
        if n % 2:
            store.set_next_appointment(
                db, sid, datetime.combine(today + timedelta(days=n), time(9, 30))
            )
    days = load_settings(db).follow_up_days
    expected = [
        {
            **item.__dict__,
            "last_session_date": item.last_session_date.isoformat(),
            "due_date": item.due_date.isoformat(),
            "appointment": item.appointment.isoformat(sep=" ", timespec="minutes")
            if item.appointment
            else None,
        }
        for item in reference_due(db, today=today, days_ahead=3650, follow_up_days=days)
    ]
    assert len(expected) == len(NAMES)
    done = subprocess.run(
        [sys.executable, "-m", "smpdesk", "due", "--json", "--days", "3650", "--db", str(db_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "SMPDESK_DB": str(db_path)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert listed == expected
    assert [list(row) for row in listed] == [list(row) for row in expected]  # key order too


@pytest.mark.parametrize("days_ahead", [0, 14])
def test_counts_are_the_whole_lists_not_a_pages(db, days_ahead):
    for n in range(12):
        cid = client_cases.add_client(db, ClientDetails(given_name=f"C{n}", family_name="X")).id
        store.insert_session(
            db, cid, SessionDetails((TODAY - timedelta(days=n * 2)).isoformat(), "first")
        )
    counts = due_counts(db, today=TODAY, days_ahead=days_ahead)
    whole = due_follow_ups(db, today=TODAY, days_ahead=days_ahead)
    assert counts.total == len(whole) > len(due_follow_ups_page(db, today=TODAY, rows=2).items)


def test_clients_alike_in_everything_keep_the_scans_order(db):
    """Same due day, same time, names equal but for case: the scan listed them by session."""
    made = []
    for given, family in [("ada", "byron"), ("Ada", "Byron"), ("ADA", "BYRON")] * 2:
        cid = client_cases.add_client(db, ClientDetails(given_name=given, family_name=family)).id
        made.append((cid, store.insert_session(db, cid, SessionDetails("2026-11-01", "first"))))
    # Later sessions of the first clients: their latest session ids come after the others.
    for cid, _sid in made[:3]:
        made.append((cid, store.insert_session(db, cid, SessionDetails("2026-11-01", "first"))))
    expected = reference_due(db, today=TODAY)
    assert len(expected) == 6 and len({i.client_name.casefold() for i in expected}) == 1
    assert due_follow_ups(db, today=TODAY) == expected
    assert _all_pages(db, 1, today=TODAY) == expected
