"""Follow-up outcomes and the follow-up list that leaves out who should not be phoned.

The list itself is the partial index ``idx_sessions_follow_up`` over
``sessions.follow_up_due`` (migration 0013: one row per active client, their latest
live session).  Migration 0017 adds the outcomes staff record against that session
(``follow_up_outcomes``, a history that is only added to) and, per session, the newest
one (``follow_up_latest``, kept by a trigger) with ``hidden_until``: the snooze date,
or 9999-12-31 for "not returning".  So leaving those clients out is one primary-key
probe per row walked, in the same query, and counting them is a walk of the hidden
ones alone (a partial index): no per-client work in Python however big the clinic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from smpdesk.store.database import inserted_id, write

NEVER = "9999-12-31"  # hidden_until for "not returning": hidden for good


@dataclass(frozen=True)
class ListedRow:
    """A listed client's latest session, what the list shows of the client, and the
    newest outcome recorded for that session (empty strings when none)."""

    session_id: int
    client_id: int
    client_number: str
    given_name: str
    family_name: str
    phone: str
    email: str
    session_date: str
    session_type: str
    next_appointment: str | None
    due: str  # YYYY-MM-DD
    outcome: str
    outcome_note: str
    outcome_at: str
    outcome_by: str
    snooze_until: str


@dataclass(frozen=True)
class OutcomeRow:
    """One recorded outcome, as kept."""

    id: int
    session_id: int
    outcome: str
    note: str
    snooze_until: str | None
    recorded_by_name: str
    recorded_at: str


def _due_sql(intervals: Mapping[str, int] | None) -> tuple[str, str, list[object]]:
    """(a WITH clause, the due-date expression over ``s``, the clause's parameters).

    None: the stored, indexed ``s.follow_up_due``.  Given intervals (that differ from
    the stored ones): the same rule as store.sessions computes it, without the index.
    """
    if intervals is None:
        return "", "s.follow_up_due", []
    pairs = [(str(kind), int(days)) for kind, days in intervals.items()]
    values = ", ".join("(?, ?)" for _ in pairs) or "(NULL, NULL)"
    due = (
        "coalesce(date(substr(s.next_appointment, 1, 10)), date(s.session_date, '+' || "
        "coalesce((SELECT iv.days FROM iv WHERE iv.kind = s.session_type), 21) || ' days'))"
    )
    return (
        f"WITH iv(kind, days) AS (VALUES {values}) ",
        due,
        [value for pair in pairs for value in pair],
    )


# Listed: the latest live session of an active client, not hidden by its newest outcome
# on ``today`` (the one parameter, named).
_SHOWN = (
    "s.follow_up_due IS NOT NULL AND NOT EXISTS (SELECT 1 FROM follow_up_latest h "
    "WHERE h.session_id = s.id AND h.hidden_until > :today)"
)


def listed_rows(
    db: sqlite_utils.Database,
    *,
    today: str,
    after: str | None,
    until: str,
    intervals: Mapping[str, int] | None = None,
) -> list[ListedRow]:
    """The clients listed on ``today`` and due after ``after`` (None: from the start) and
    on or before ``until``, in due-date order, with their newest outcome."""
    with_clause, due, params = _due_sql(intervals)
    named = {f"p{i}": value for i, value in enumerate(params)}
    with_clause = _named(with_clause, len(params))
    rows = db.execute(
        f"""{with_clause}SELECT s.id, c.id, c.client_number, c.given_name, c.family_name,
                   c.phone, c.email, s.session_date, s.session_type, s.next_appointment,
                   {due} AS due, coalesce(o.outcome, ''), coalesce(o.note, ''),
                   coalesce(o.recorded_at, ''), coalesce(o.recorded_by_name, ''),
                   coalesce(o.snooze_until, '')
            FROM sessions s CROSS JOIN clients c ON c.id = s.client_id
            LEFT JOIN follow_up_latest l ON l.session_id = s.id
            LEFT JOIN follow_up_outcomes o ON o.id = l.outcome_id
            WHERE {_SHOWN} AND {due} > :after AND {due} <= :until ORDER BY {due}""",
        {**named, "today": today, "after": after or "", "until": until},
    )
    return [ListedRow(*row) for row in rows]


def _named(with_clause: str, count: int) -> str:
    """The WITH clause's ``?`` marks as ``:p0``, ``:p1``… (the queries use named ones)."""
    for i in range(count):
        with_clause = with_clause.replace("?", f":p{i}", 1)
    return with_clause


def page_end(
    db: sqlite_utils.Database,
    *,
    today: str,
    after: str | None,
    until: str,
    rows: int,
    intervals: Mapping[str, int] | None = None,
) -> str | None:
    """The due date of the ``rows``-th listed client after ``after``, or None when fewer
    are left up to ``until``: where a page ends (hidden clients are not counted)."""
    with_clause, due, params = _due_sql(intervals)
    named = {f"p{i}": value for i, value in enumerate(params)}
    found = db.execute(
        f"""{_named(with_clause, len(params))}SELECT {due} FROM sessions s
            WHERE {_SHOWN} AND {due} > :after AND {due} <= :until ORDER BY {due}
            LIMIT 1 OFFSET :skip""",
        {**named, "today": today, "after": after or "", "until": until, "skip": max(rows, 1) - 1},
    ).fetchone()
    return str(found[0]) if found else None


def listed_counts(
    db: sqlite_utils.Database,
    *,
    today: str,
    until: str,
    intervals: Mapping[str, int] | None = None,
) -> tuple[int, int, int]:
    """How many listed clients are overdue, due ``today``, and due after it up to ``until``,
    in one statement: three range counts over the index, less those hidden on ``today``
    (snoozed, not returning), counted by walking the hidden ones alone (their own small
    partial index), never by probing every listed client."""
    with_clause, due, params = _due_sql(intervals)
    named = {f"p{i}": value for i, value in enumerate(params)}
    count = f"SELECT count(*) FROM sessions s WHERE s.follow_up_due IS NOT NULL AND {due}"
    hidden = f"""SELECT {due} AS d FROM follow_up_latest h
                 CROSS JOIN sessions s ON s.id = h.session_id
                 WHERE h.hidden_until IS NOT NULL AND h.hidden_until > :today
                   AND s.follow_up_due IS NOT NULL"""
    row = db.execute(
        f"""{_named(with_clause, len(params))}SELECT
              ({count} < :today) - (SELECT count(*) FROM ({hidden}) WHERE d < :today),
              ({count} = :today) - (SELECT count(*) FROM ({hidden}) WHERE d = :today),
              ({count} > :today AND {due} <= :until)
                - (SELECT count(*) FROM ({hidden}) WHERE d > :today AND d <= :until)""",
        {**named, "today": today, "until": until},
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def listed_session(db: sqlite_utils.Database, client_id: int) -> int | None:
    """The session a client is (or would be) listed for: their latest live one while
    they are active; None for an archived client or one without sessions."""
    row = db.execute(
        "SELECT id FROM sessions WHERE client_id = ? AND follow_up_due IS NOT NULL",
        [client_id],
    ).fetchone()
    return int(row[0]) if row else None


def add_outcome(
    db: sqlite_utils.Database,
    *,
    session_id: int,
    outcome: str,
    note: str,
    snooze_until: str | None,
    hidden_until: str | None,
    staff_id: int | None,
    staff_name: str,
) -> int:
    """Keep one outcome (never replacing an earlier one); the list follows at once."""
    with write(db):
        cursor = db.execute(
            "INSERT INTO follow_up_outcomes (session_id, outcome, note, snooze_until, "
            "hidden_until, recorded_by, recorded_by_name, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                session_id,
                outcome,
                note,
                snooze_until,
                hidden_until,
                staff_id,
                staff_name,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ],
        )
    return inserted_id(cursor)


def client_outcomes(db: sqlite_utils.Database, client_id: int) -> list[OutcomeRow]:
    """Every outcome recorded for a client's sessions (also earlier ones), newest first."""
    rows = db.execute(
        """SELECT o.id, o.session_id, o.outcome, o.note, o.snooze_until, o.recorded_by_name,
                  o.recorded_at
           FROM sessions s CROSS JOIN follow_up_outcomes o ON o.session_id = s.id
           WHERE s.client_id = ? ORDER BY o.id DESC""",
        [client_id],
    )
    return [OutcomeRow(*row) for row in rows]


__all__ = [
    "NEVER",
    "ListedRow",
    "OutcomeRow",
    "add_outcome",
    "client_outcomes",
    "listed_counts",
    "listed_rows",
    "listed_session",
    "page_end",
]
