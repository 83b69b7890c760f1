"""The owner's yearly figures as SQL: one GROUP BY query per figure (issue 18).

Each function answers one table of the reports page for one calendar year
(``start`` inclusive, ``end`` exclusive, both ``YYYY-MM-DD``) and returns plain
rows; the app layer shapes them.  No per-client work happens in Python, so a
100k-client clinic costs one pass over the year's rows per figure:

* sessions: live sessions (``deleted_at IS NULL``) by month and type or practitioner;
* revenue: the signed sum of the books by month and currency (payments positive,
  refunds and voids negative as stored), grouped on ``payments.day`` (indexed);
* conversion: clients whose first consultation in the year (a saved plan, or a
  consultation-fee payment that was not voided) was followed, on or after that day,
  by a live *first* session (probed through ``idx_sessions_client``);
* sources: the ``heard_about`` answer of each client's first intake, for clients
  whose first intake was completed in the year (new clients), probed through
  ``idx_responses_client``;
* touch-ups due: the follow-up due dates (the partial index ``idx_sessions_follow_up``)
  by month, leaving out clients marked as not returning.
"""

from __future__ import annotations

import sqlite_utils

from smpdesk.store.follow_ups import NEVER

HEARD_ABOUT = "heard_about"  # the intake question (forms/intake.toml)
INTAKE = "intake"


def sessions_by(
    db: sqlite_utils.Database, column: str, start: str, end: str
) -> list[tuple[str, str, int]]:
    """(month "MM", value of ``column``, count) of the live sessions in [start, end)."""
    if column not in ("session_type", "practitioner"):
        raise ValueError(f"cannot group sessions by {column!r}")
    rows = db.execute(
        f"""SELECT substr(session_date, 6, 2), trim({column}), count(*) FROM sessions
            WHERE deleted_at IS NULL AND session_date >= ? AND session_date < ?
            GROUP BY 1, 2""",
        [start, end],
    ).fetchall()
    return [(str(m), str(v), int(n)) for m, v, n in rows]


def revenue_by_month(db: sqlite_utils.Database, start: str, end: str) -> list[tuple[str, str, int]]:
    """(month "MM", currency, signed sum of minor units) of the books in [start, end)."""
    rows = db.execute(
        """SELECT substr(day, 6, 2), currency, sum(amount_minor) FROM payments
           WHERE day >= ? AND day < ? GROUP BY 1, 2""",
        [start, end],
    ).fetchall()
    return [(str(m), str(c), int(n)) for m, c, n in rows]


def conversion(db: sqlite_utils.Database, start: str, end: str) -> tuple[int, int]:
    """(clients consulted in [start, end), of whom later had a first session)."""
    row = db.execute(
        """WITH consulted(client_id, first_day) AS (
             SELECT client_id, min(d) FROM (
               SELECT client_id, substr(created_at, 1, 10) AS d FROM plans
               WHERE created_at >= :start AND created_at < :end
               UNION ALL
               SELECT p.client_id, p.day FROM payments p
               WHERE p.day >= :start AND p.day < :end AND p.entry = 'payment'
                 AND p.kind = 'consultation' AND p.client_id IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM payments v
                                 WHERE v.refers_to = p.id AND v.entry = 'void')
                 AND p.amount_minor + coalesce((SELECT sum(r.amount_minor) FROM payments r
                     WHERE r.refers_to = p.id AND r.entry = 'refund'), 0) > 0
             ) GROUP BY client_id)
           SELECT count(*), coalesce(sum(EXISTS (
             SELECT 1 FROM sessions s WHERE s.client_id = c.client_id
               AND s.session_date >= c.first_day AND s.deleted_at IS NULL
               AND s.session_type = 'first')), 0)
           FROM consulted c""",
        {"start": start, "end": end},
    ).fetchone()
    return int(row[0]), int(row[1])


def heard_about(db: sqlite_utils.Database, start: str, end: str) -> list[tuple[str, int]]:
    """(answer code, '' when unanswered; count) over the first intakes done in [start, end).

    First per client, a merged record's intakes counted with the client it was merged
    into (signed responses stay filed under the merged-away record)."""
    rows = db.execute(
        f"""WITH intakes AS (
              SELECT r.answers, r.completed_at, row_number() OVER (
                PARTITION BY coalesce(c.merged_into, r.client_id)
                ORDER BY r.completed_at, r.id) AS nth
              FROM responses r JOIN clients c ON c.id = r.client_id
              WHERE r.form_id = :form)
            SELECT coalesce(json_extract(answers, '$.{HEARD_ABOUT}'), ''), count(*)
            FROM intakes
            WHERE nth = 1 AND completed_at >= :start AND completed_at < :end
              AND json_valid(answers)
            GROUP BY 1""",
        {"form": INTAKE, "start": start, "end": end},
    ).fetchall()
    return [(str(code), int(n)) for code, n in rows]


def follow_ups_due(db: sqlite_utils.Database, start: str, end: str) -> list[tuple[str, int]]:
    """(month "YYYY-MM", count) of follow-ups due in [start, end), not-returning left out."""
    rows = db.execute(
        """SELECT substr(s.follow_up_due, 1, 7), count(*) FROM sessions s
           WHERE s.follow_up_due IS NOT NULL AND s.follow_up_due >= ? AND s.follow_up_due < ?
             AND NOT EXISTS (SELECT 1 FROM follow_up_latest h
                             WHERE h.session_id = s.id AND h.hidden_until = ?)
           GROUP BY 1""",
        [start, end, NEVER],
    ).fetchall()
    return [(str(m), int(n)) for m, n in rows]


__all__ = [
    "HEARD_ABOUT",
    "INTAKE",
    "conversion",
    "follow_ups_due",
    "heard_about",
    "revenue_by_month",
    "sessions_by",
]
