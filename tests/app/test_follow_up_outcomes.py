"""Follow-up outcomes (issue 16, item 9): a kept history, snoozes, "not returning", exports.

The list must stay one indexed query: the hidden clients leave it inside the query and
the counts, checked here against the list itself, and by the query plans.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.follow_ups import (
    due_counts,
    due_follow_ups,
    due_follow_ups_page,
    follow_ups_csv,
    follow_ups_pdf,
    outcome_history,
    record_outcome,
)
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import UserError
from smpdesk.store import audit as audit_store
from smpdesk.store.database import write

TODAY = date(2026, 11, 22)


def _clients(db, names: list[tuple[str, str]]) -> list[int]:
    """One first session each, 30 to 30+n days ago: all overdue on TODAY."""
    ids = []
    for n, (given, family) in enumerate(names):
        cid = client_cases.add_client(
            db,
            ClientDetails(
                given_name=given,
                family_name=family,
                phone=f"0770090{n:04d}",
                email=f"{given.lower().strip('=')}@example.com",
            ),
        ).id
        day = (TODAY - timedelta(days=30 + n)).isoformat()
        store.insert_session(db, cid, SessionDetails(day, "first"))
        ids.append(cid)
    return ids


def _listed(db, today=TODAY) -> list[int]:
    return [item.client_id for item in due_follow_ups(db, today=today)]


def test_outcomes_are_a_history_and_the_list_shows_the_newest(db):
    ada, bo = _clients(db, [("Ada", "Byron"), ("Bo", "Li")])
    record_outcome(db, ada, "left_message", note="voicemail", today=TODAY)
    record_outcome(db, ada, "called", note="  will   ring back  ", today=TODAY)
    history = outcome_history(db, ada)
    assert [(e.outcome, e.note) for e in history] == [
        ("called", "will ring back"),
        ("left_message", "voicemail"),
    ]
    assert all(e.recorded_at for e in history)
    item = next(i for i in due_follow_ups(db, today=TODAY) if i.client_id == ada)
    assert (item.last_outcome, item.outcome_note) == ("called", "will ring back")
    assert item.outcome_text.startswith("Called (") and item.outcome_text.endswith("will ring back")
    other = next(i for i in due_follow_ups(db, today=TODAY) if i.client_id == bo)
    assert other.last_outcome == "" and other.outcome_text == ""
    # Never overwritten: the store refuses to change a kept outcome.
    with pytest.raises(Exception, match="history"), write(db):
        db.execute("UPDATE follow_up_outcomes SET note = 'changed'")


def test_not_returning_drops_out_until_a_new_session(db):
    ada, bo, cy = _clients(db, [("Ada", "Byron"), ("Bo", "Li"), ("Cy", "Young")])
    before = due_counts(db, today=TODAY)
    record_outcome(db, bo, "not_returning", note="moved abroad", today=TODAY)
    assert _listed(db) == [cid for cid in _listed(db) if cid != bo] and bo not in _listed(db)
    after = due_counts(db, today=TODAY)
    assert after.overdue == before.overdue - 1 == len(_listed(db))
    page = due_follow_ups_page(db, today=TODAY, rows=1)
    assert bo not in [i.client_id for i in page.items]
    # Coming back (a newer session) lists them again, whatever was recorded before.
    store.insert_session(db, bo, SessionDetails((TODAY - timedelta(days=20)).isoformat(), "second"))
    assert bo in _listed(db)
    assert outcome_history(db, bo)[0].outcome == "not_returning"  # the history stays
    assert {ada, cy} <= set(_listed(db))


def test_a_snooze_hides_until_its_date_and_a_newer_outcome_ends_it(db):
    ada, _bo = _clients(db, [("Ada", "Byron"), ("Bo", "Li")])
    until = TODAY + timedelta(days=5)
    entry = record_outcome(db, ada, "snoozed", snooze_until=until, note="on holiday", today=TODAY)
    assert entry.text == f"Snoozed until {until.isoformat()}"
    assert ada not in _listed(db)
    assert due_counts(db, today=TODAY).total == 1
    assert ada not in _listed(db, today=until - timedelta(days=1))
    back = next(i for i in due_follow_ups(db, today=until) if i.client_id == ada)
    assert back.snooze_until == until and back.last_outcome == "snoozed"
    assert due_counts(db, today=until).total == 2
    # A call recorded during the snooze brings the client back at once.
    record_outcome(db, ada, "snoozed", snooze_until=until, today=TODAY)
    record_outcome(db, ada, "called", today=TODAY)
    assert ada in _listed(db)


@pytest.mark.parametrize(
    ("outcome", "until", "message"),
    [
        ("snoozed", None, "Choose the date"),
        ("snoozed", TODAY, "after today"),
        ("snoozed", TODAY + timedelta(days=3000), "two years"),
        ("phoned", None, "Unknown outcome"),
    ],
)
def test_bad_outcomes_are_refused_and_nothing_is_kept(db, outcome, until, message):
    (ada,) = _clients(db, [("Ada", "Byron")])
    with pytest.raises(UserError, match=message):
        record_outcome(db, ada, outcome, snooze_until=until, today=TODAY)
    assert outcome_history(db, ada) == []


def test_an_archived_client_has_no_follow_up_to_mark(db):
    (ada,) = _clients(db, [("Ada", "Byron")])
    client_cases.archive_client(db, ada)
    with pytest.raises(UserError, match="not on the follow-up list"):
        record_outcome(db, ada, "called", today=TODAY)


def test_counts_and_pages_stay_index_queries_with_outcomes(db):
    ids = _clients(db, [(f"C{n}", "X") for n in range(12)])
    for cid in ids[:4]:
        record_outcome(db, cid, "not_returning", today=TODAY)
    record_outcome(db, ids[5], "snoozed", snooze_until=TODAY + timedelta(days=3), today=TODAY)
    pages, after = [], None
    while True:
        page = due_follow_ups_page(db, today=TODAY, after=after, rows=3)
        pages += page.items
        if page.next_after is None:
            break
        after = page.next_after
    assert (
        [i.client_id for i in pages]
        == _listed(db)
        == [cid for cid in reversed(ids) if cid not in ids[:4] and cid != ids[5]]
    )
    assert due_counts(db, today=TODAY).overdue == 7
    sql_plans = []
    for sql in (
        "SELECT 1 FROM sessions s WHERE s.follow_up_due IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM follow_up_latest h WHERE h.session_id = s.id AND h.hidden_until > ?) "
        "AND s.follow_up_due > '' ORDER BY s.follow_up_due",
    ):
        sql_plans.append(
            " | ".join(
                str(r[3]) for r in db.execute(f"EXPLAIN QUERY PLAN {sql}", [TODAY.isoformat()])
            )
        )
    for plan in sql_plans:
        assert "idx_sessions_follow_up" in plan and "TEMP B-TREE" not in plan
        assert "SCAN h" not in plan and "SCAN follow_up_latest" not in plan


def test_csv_has_the_columns_and_neutralises_formulas(db):
    ada, _evil = _clients(db, [("Ada", "Byron"), ('=HYPERLINK("x")', "Evil")])
    record_outcome(db, ada, "called", note="+ring back", today=TODAY)
    data = follow_ups_csv(db, today=TODAY)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:8] == [
        "Client number",
        "Name",
        "Phone",
        "Email",
        "Status",
        "Due date",
        "Appointment",
        "Last outcome",
    ]
    by_name = {row[1]: row for row in rows[1:]}
    assert '\'=HYPERLINK("x") Evil' in by_name
    ada_row = by_name["Ada Byron"]
    assert ada_row[2] == "07700900000" and ada_row[3] == "ada@example.com"
    assert ada_row[4:8] == [
        "overdue",
        (TODAY - timedelta(days=30) + timedelta(days=10)).isoformat(),
        "",
        "Called",
    ]
    assert ada_row[8] == "'+ring back"


def test_the_pdf_lists_everyone_shown(db):
    _clients(db, [("Ada", "Byron"), ("Bo", "Li")])
    pdf = follow_ups_pdf(db, today=TODAY)
    assert pdf.startswith(b"%PDF") and b"Follow-ups to phone" in pdf


def test_outcomes_and_exports_are_in_the_audit_trail(db):
    from smpdesk.domain.staff import Role, Staff

    (ada,) = _clients(db, [("Ada", "Byron")])
    staff_id = store.staff.insert_staff(db, "rec", "Rita Reception", Role.RECEPTION)
    db.staff = Staff(staff_id, "rec", "Rita Reception", Role.RECEPTION)
    try:
        record_outcome(db, ada, "booked", note="Tuesday", today=TODAY)
        follow_ups_csv(db, today=TODAY)
        follow_ups_pdf(db, today=TODAY)
        assert outcome_history(db, ada)[0].recorded_by == "Rita Reception"
        # Reception may phone, but sees no treatment details.
        with pytest.raises(UserError):
            session_cases.client_sessions(db, ada)
    finally:
        db.staff = None
    actions = [(e.action, e.client_id) for e in audit_store.entries(db, limit=10)]
    assert ("follow_ups.record_outcome", ada) in actions
    assert ("follow_ups.follow_ups_csv", None) in actions
    assert ("follow_ups.follow_ups_pdf", None) in actions
