"""Treatment sessions: record, list, recall by lot, follow-ups due.

Stored values are text as typed (lots are free text printed on pigment
bottles); numbers that are compared (duration, pain) become integers.

Two things are derived on write and indexed (migration 0013) so the clinic-wide
reads stay index lookups at any size: each lot's recall key (``<lot column>_key``,
:func:`lot_key`), on the session and on each earlier version, written here; and
``follow_up_due``, the date each active client's next visit is due, on their latest
live session only, kept by triggers (see the follow-ups section below).

Nothing recorded is lost: an edit or a booking first copies the session into
``session_versions``, and a deleted session stays, marked with who deleted it,
when and why (:func:`delete_session`).  Every ordinary read here (a client's
sessions, a day's, the latest, follow-ups, lot recall, completers) leaves deleted
sessions out; :func:`deleted_sessions` is the one way to see them again.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import sqlite_utils

from smpdesk.domain.session_details import CARRIED_OVER, SessionDetails, parse_appointment
from smpdesk.store.database import inserted_id, write
from smpdesk.store.staff import actor_of

_INT_FIELDS = ("duration_minutes", "pain_score")
LOT_COLUMNS = ("pigment_lot", "diluent_lot", "cartridge_lot")


@dataclass(frozen=True)
class Session:
    id: int
    client_id: int
    details: SessionDetails
    created_at: str
    updated_at: str

    @property
    def session_date(self) -> date:
        return date.fromisoformat(self.details.session_date)

    @property
    def next_appointment(self) -> datetime | None:
        return parse_appointment(self.details.next_appointment or "")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _row_values(details: SessionDetails) -> dict[str, object]:
    cleaned = details.cleaned().as_dict()
    values: dict[str, object] = dict(cleaned)
    for name in _INT_FIELDS:
        values[name] = int(cleaned[name]) if cleaned[name] else None
    appointment = parse_appointment(cleaned["next_appointment"])
    values["next_appointment"] = (
        appointment.isoformat(sep=" ", timespec="minutes") if (appointment) else None
    )
    values.update(_lot_keys(cleaned))
    return values


def _lot_keys(lots: dict[str, str]) -> dict[str, str | None]:
    """The indexed recall keys of a session's lots (``<column>_key``; NULL for no lot)."""
    return {f"{column}_key": lot_key(lots.get(column)) or None for column in LOT_COLUMNS}


_COLUMNS = ("id", "client_id", *SessionDetails.field_names(), "created_at", "updated_at")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM sessions"
# Not deleted: every ordinary read adds it (as ``s.`` + this where the table is aliased).
LIVE = "deleted_at IS NULL"


def _from_row(row: tuple) -> Session:
    values = dict(zip(_COLUMNS, row, strict=True))
    details = SessionDetails(
        **{
            name: "" if values[name] is None else str(values[name])
            for name in SessionDetails.field_names()
        }
    )
    return Session(
        id=values["id"],
        client_id=values["client_id"],
        details=details,
        created_at=values["created_at"],
        updated_at=values["updated_at"],
    )


def _insert(db: sqlite_utils.Database, client_id: int, details: SessionDetails, now: str) -> int:
    row = {
        "client_id": client_id,
        **_row_values(details),
        "created_at": now,
        "updated_at": now,
        "created_by": actor_of(db),
        "changed_by": actor_of(db),
    }
    cursor = db.execute(
        f"INSERT INTO sessions ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )
    return inserted_id(cursor)


def insert_sessions(db: sqlite_utils.Database, many: list[tuple[int, SessionDetails]]) -> list[int]:
    """Insert sessions in one transaction (one fsync for a whole batch)."""
    now = _now()
    with write(db):
        return [_insert(db, client_id, details, now) for client_id, details in many]


def insert_session(
    db: sqlite_utils.Database,
    client_id: int,
    details: SessionDetails,
    *,
    override: tuple[str, list] | None = None,
) -> int:
    """One session; ``override`` (reason, flags) is stored in the same transaction.

    A session that went ahead despite a do-not-treat flag must never exist
    without the reason, even after a crash between the two writes.
    """
    now = _now()
    with write(db):
        session_id = _insert(db, client_id, details, now)
        if override is not None:
            reason, flags = override
            db.execute(
                "INSERT INTO session_overrides (session_id, reason, flags, created_at) "
                "VALUES (?, ?, ?, ?)",
                [session_id, reason, json.dumps(flags, ensure_ascii=False), now],
            )
    return session_id


def _keep_version(
    db: sqlite_utils.Database, session_id: int, kind: str = "edit", at: str | None = None
) -> None:
    """Copy the session as it is into its history, inside the caller's write.

    ``kind`` is the change about to replace it: "edit" (an edit or a booking) or
    "deleted"; ``at`` its moment (default: now).
    """
    row = db.execute(f"{_SELECT} WHERE id = ?", [session_id]).fetchone()
    if row is None:
        return
    current = _from_row(row)
    version = db.execute(
        "SELECT coalesce(max(version), 0) + 1 FROM session_versions WHERE session_id = ?",
        [session_id],
    ).fetchone()[0]
    keys = _lot_keys(current.details.as_dict())
    db.execute(
        "INSERT INTO session_versions (session_id, version, details, replaced_at, replaced_by, "
        f"kind, {', '.join(keys)}) VALUES (?, ?, ?, ?, ?, ?, {', '.join('?' for _ in keys)})",
        [
            session_id,
            version,
            json.dumps(current.details.as_dict(), ensure_ascii=False),
            at or _now(),
            actor_of(db),
            kind,
            *keys.values(),
        ],
    )


@dataclass(frozen=True)
class SessionVersion:
    """One earlier version of a session: its fields then, and who replaced them when."""

    version: int
    details: SessionDetails
    replaced_at: str
    replaced_by: int | None
    replaced_by_name: str = ""  # the staff member, on a protected clinic
    kind: str = "edit"  # what replaced it: "edit" (an edit or a booking) or "deleted"


def session_versions(db: sqlite_utils.Database, session_id: int) -> list[SessionVersion]:
    """Earlier versions, oldest first (the session itself is the newest)."""
    rows = db.execute(
        "SELECT v.version, v.details, v.replaced_at, v.replaced_by, "
        "coalesce(st.display_name, ''), v.kind FROM session_versions v "
        "LEFT JOIN staff st ON st.id = v.replaced_by "
        "WHERE v.session_id = ? ORDER BY v.version",
        [session_id],
    )
    return [
        SessionVersion(version, _details_from_json(details), at, by, name, kind)
        for version, details, at, by, name, kind in rows
    ]


def _details_from_json(text: str) -> SessionDetails:
    try:
        data = json.loads(text)
    except ValueError:
        data = {}
    names = SessionDetails.field_names()
    return SessionDetails(
        **{name: str(data.get(name) or "") for name in names if isinstance(data, dict)}
    )


def edited_session_ids(db: sqlite_utils.Database, client_id: int) -> set[int]:
    """The client's sessions that have earlier versions (the timeline marks them)."""
    rows = db.execute(
        "SELECT DISTINCT v.session_id FROM session_versions v JOIN sessions s "
        f"ON s.id = v.session_id WHERE s.client_id = ? AND s.{LIVE}",
        [client_id],
    )
    return {int(r[0]) for r in rows}


def update_session(
    db: sqlite_utils.Database,
    session_id: int,
    details: SessionDetails,
    *,
    if_updated_at: str | None = None,
) -> None:
    """Save ``details``; with ``if_updated_at``, only if nobody saved in between.

    KeyError for a session that is not there or was deleted.
    """
    from smpdesk.store.clients import ChangedElsewhere

    values = {**_row_values(details), "updated_at": _now(), "changed_by": actor_of(db)}
    with write(db):
        found = db.execute(
            f"SELECT updated_at FROM sessions WHERE id = ? AND {LIVE}", [session_id]
        ).fetchone()
        if found is None:
            raise KeyError(session_id)
        if if_updated_at is not None and found[0] != if_updated_at:
            raise ChangedElsewhere(session_id)
        _keep_version(db, session_id)
        db.execute(
            f"UPDATE sessions SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
            [*values.values(), session_id],
        )


def set_next_appointment(db: sqlite_utils.Database, session_id: int, when: datetime | None) -> None:
    """Book (or clear) the appointment after a session; a deleted session is left as it is."""
    with write(db):
        if db.execute(f"SELECT 1 FROM sessions WHERE id = ? AND {LIVE}", [session_id]).fetchone():
            _keep_version(db, session_id)
        db.execute(
            "UPDATE sessions SET next_appointment = ?, updated_at = ?, changed_by = ? "
            f"WHERE id = ? AND {LIVE}",
            [
                when.isoformat(sep=" ", timespec="minutes") if when else None,
                _now(),
                actor_of(db),
                session_id,
            ],
        )


@dataclass(frozen=True)
class BookedNear:
    """Another client's booked appointment near a time: who and when, nothing clinical."""

    client_id: int
    given_name: str
    family_name: str
    next_appointment: str  # YYYY-MM-DD HH:MM


def bookings_between(
    db: sqlite_utils.Database, first: datetime, last: datetime, *, other_than_client: int
) -> list[BookedNear]:
    """Other clients' standing bookings from ``first`` to ``last`` (both included), by time.

    A booking stands on a client's latest live session (an earlier session's booking was
    kept or replaced by the visit after it) of a client not archived.  A range walk of
    ``idx_sessions_next``, then each hit's own rows by key: a few rows at any clinic size.
    """
    rows = db.execute(
        f"""SELECT s.client_id, c.given_name, c.family_name, s.next_appointment
            FROM sessions s INDEXED BY idx_sessions_next
            JOIN clients c ON c.id = s.client_id
            WHERE s.next_appointment >= ? AND s.next_appointment <= ?
              AND s.{LIVE} AND s.client_id != ? AND c.archived_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM sessions l WHERE l.client_id = s.client_id
                              AND l.{LIVE} AND l.session_date > s.session_date)
            ORDER BY s.next_appointment, c.family_name, c.given_name LIMIT 20""",
        [
            first.isoformat(sep=" ", timespec="minutes"),
            last.isoformat(sep=" ", timespec="minutes"),
            other_than_client,
        ],
    )
    return [BookedNear(*row) for row in rows]


def get_session(db: sqlite_utils.Database, session_id: int) -> Session | None:
    """The session, or None when there is none or it was deleted."""
    row = db.execute(f"{_SELECT} WHERE id = ? AND {LIVE}", [session_id]).fetchone()
    return _from_row(row) if row else None


def client_sessions(db: sqlite_utils.Database, client_id: int) -> list[Session]:
    """A client's sessions, newest first (not the deleted ones)."""
    rows = db.execute(
        f"{_SELECT} WHERE client_id = ? AND {LIVE} "
        "ORDER BY session_date DESC, start_time DESC, id DESC",
        [client_id],
    )
    return [_from_row(r) for r in rows]


@dataclass(frozen=True)
class DeletedSession:
    """A session an owner deleted: it as it was recorded, who deleted it, when and why."""

    session: Session
    deleted_at: str
    deleted_by: int | None
    deleted_by_name: str  # "" when nobody was signed in (a clinic not protected yet)
    reason: str


_DELETED_SELECT = (
    f"SELECT {', '.join(f's.{c}' for c in _COLUMNS)}, s.deleted_at, s.deleted_by, "
    "coalesce(st.display_name, ''), coalesce(s.deleted_reason, '') FROM sessions s "
    "LEFT JOIN staff st ON st.id = s.deleted_by WHERE s.deleted_at IS NOT NULL"
)


def _deleted_from_row(row: tuple) -> DeletedSession:
    width = len(_COLUMNS)
    at, by, name, reason = row[width:]
    return DeletedSession(_from_row(row[:width]), at, by, name, reason)


def deleted_sessions(db: sqlite_utils.Database, client_id: int) -> list[DeletedSession]:
    """The client's deleted sessions, most recently deleted first (their history)."""
    rows = db.execute(
        f"{_DELETED_SELECT} AND s.client_id = ? ORDER BY s.deleted_at DESC, s.id DESC",
        [client_id],
    )
    return [_deleted_from_row(r) for r in rows]


def deletion_of(db: sqlite_utils.Database, session_id: int) -> DeletedSession | None:
    """The session's deletion, or None when it is not deleted (or not there)."""
    row = db.execute(f"{_DELETED_SELECT} AND s.id = ?", [session_id]).fetchone()
    return _deleted_from_row(row) if row else None


def delete_session(db: sqlite_utils.Database, session_id: int, reason: str) -> None:
    """Mark the session deleted by whoever is signed in, with ``reason``; erase nothing.

    The session as it stood is copied into its history first (kind "deleted"), in
    the same transaction, so the record, every earlier version and the reason stay.
    Photos and aftercare sheets keep their link to it.  KeyError when there is no
    session with that id that is not already deleted.
    """
    now = _now()
    with write(db):
        if not db.execute(
            f"SELECT 1 FROM sessions WHERE id = ? AND {LIVE}", [session_id]
        ).fetchone():
            raise KeyError(session_id)
        _keep_version(db, session_id, kind="deleted", at=now)
        db.execute(
            "UPDATE sessions SET deleted_at = ?, deleted_by = ?, deleted_reason = ?, "
            f"updated_at = ?, changed_by = ? WHERE id = ? AND {LIVE}",
            [now, actor_of(db), reason, now, actor_of(db), session_id],
        )


def latest_session(db: sqlite_utils.Database, client_id: int) -> Session | None:
    sessions = client_sessions(db, client_id)
    return sessions[0] if sessions else None


def carried_over(db: sqlite_utils.Database, client_id: int) -> dict[str, str]:
    """Values to pre-fill from the client's last session."""
    last = latest_session(db, client_id)
    if last is None:
        return {}
    return {name: getattr(last.details, name) for name in CARRIED_OVER}


def used_values(db: sqlite_utils.Database, column: str, limit: int = 50) -> list[str]:
    """Values used before in ``column``, most recent first (for completers)."""
    if column not in SessionDetails.field_names():
        raise ValueError(column)
    rows = db.execute(
        f"SELECT {column}, max(session_date) AS last FROM sessions WHERE {column} != '' "
        f"AND {LIVE} "
        f"GROUP BY {column} ORDER BY last DESC LIMIT ?",
        [limit],
    )
    return [r[0] for r in rows]


@dataclass(frozen=True)
class LotMatch:
    session_id: int
    client_id: int
    client_number: str
    client_name: str
    phone: str
    email: str
    session_date: str
    session_type: str
    column: str
    lot: str
    # Found in an earlier version of the session: what the column says now ("" if it
    # still says this lot).
    changed_later_to: str = ""


def lot_key(lot: str | None) -> str:
    """A lot number reduced to letters and digits, case-folded.

    Lots are copied by hand from bottle labels: "UM-2607-A", "um 2607 a" and
    "UM–2607–A" (en dash) are the same lot and a recall must find all three.
    """
    return "".join(ch for ch in unicodedata.normalize("NFKC", lot or "").casefold() if ch.isalnum())


def sessions_with_lot(db: sqlite_utils.Database, lot: str) -> list[LotMatch]:
    """Every session that used ``lot`` as pigment, diluent or cartridge lot (not deleted ones),
    newest first; also where a later edit changed that lot (marked "changed later to").

    Matching ignores case, spaces and punctuation (see :func:`lot_key`): each lot column's
    key is stored beside it, on the session and on each of its earlier versions, and
    indexed (migration 0013), so a recall is six index probes however big the clinic.
    """
    key = lot_key(lot)
    if not key:
        return []
    matches: list[LotMatch] = []
    for column in LOT_COLUMNS:
        rows = db.execute(
            f"""SELECT s.id, c.id, c.client_number, c.given_name || ' ' || c.family_name,
                       c.phone, c.email, s.session_date, s.session_type, s.{column}
                FROM sessions s CROSS JOIN clients c ON c.id = s.client_id
                WHERE s.{column}_key = ? AND s.{LIVE}""",
            [key],
        )
        matches += [
            LotMatch(sid, cid, number, name, phone, email, day, kind, column, found)
            for sid, cid, number, name, phone, email, day, kind, found in rows
        ]
    matches += _earlier_lot_matches(db, [key], {(m.session_id, m.column) for m in matches})
    matches.sort(key=lambda m: (m.session_date, m.session_id), reverse=True)
    return matches


def _earlier_lot_matches(
    db: sqlite_utils.Database, keys: Sequence[str], found: set[tuple[int, str]]
) -> list[LotMatch]:
    """Sessions whose lot (one of ``keys``) was changed by a later edit: the lot that was
    really used may be the earlier one, so a recall must find it, marked with what it says
    now.

    A lot the session still shows (``found``) is listed once, as it is now; a lot in
    several earlier versions, once, as the oldest of them spelled it.
    """
    wanted = set(keys)
    marks = ", ".join("?" for _ in keys)
    either = " OR ".join(f"v.{column}_key IN ({marks})" for column in LOT_COLUMNS)
    rows = db.execute(
        f"""SELECT v.details, s.id, c.id, c.client_number, c.given_name || ' ' || c.family_name,
                   c.phone, c.email, s.session_date, s.session_type,
                   {", ".join(f"s.{column}" for column in LOT_COLUMNS)}
            FROM session_versions v CROSS JOIN sessions s ON s.id = v.session_id
            CROSS JOIN clients c ON c.id = s.client_id
            WHERE ({either}) AND s.{LIVE} ORDER BY v.id""",
        list(keys) * len(LOT_COLUMNS),
    )
    earlier: list[LotMatch] = []
    for details, sid, cid, number, name, phone, email, day, kind, *now in rows:
        then = _details_from_json(details).as_dict()
        for column, current in zip(LOT_COLUMNS, now, strict=True):
            lot = then.get(column, "")
            if (sid, column) in found or not lot or lot_key(lot) not in wanted:
                continue
            found.add((sid, column))
            earlier.append(
                LotMatch(
                    sid,
                    cid,
                    number,
                    name,
                    phone,
                    email,
                    day,
                    kind,
                    column,
                    lot,
                    changed_later_to=current or "(left empty)",
                )
            )
    return earlier


def sessions_on(db: sqlite_utils.Database, day: date) -> list[Session]:
    """Every session on ``day`` for active clients, in time order (not deleted ones)."""
    rows = db.execute(
        f"""{_SELECT} WHERE session_date = ? AND {LIVE} AND client_id IN
              (SELECT id FROM clients WHERE archived_at IS NULL)
            ORDER BY start_time, id""",
        [day.isoformat()],
    )
    return [_from_row(r) for r in rows]


# -- follow-ups ---------------------------------------------------------------------------
#
# ``sessions.follow_up_due`` is set on each active client's latest live session only (the
# date their next visit is due) and kept by triggers (migration 0013); the partial index
# ``idx_sessions_follow_up`` is therefore the follow-up list in due order.  The intervals
# it was computed with are ``follow_up_intervals``, which :func:`set_follow_up_intervals`
# keeps equal to the clinic's settings.


@dataclass(frozen=True)
class FollowUpRow:
    """An active client's latest session, with what the follow-up list shows of the client."""

    session_id: int
    client_id: int
    client_number: str
    given_name: str
    family_name: str
    phone: str
    session_date: str
    session_type: str
    next_appointment: str | None
    due: str  # YYYY-MM-DD


# The due date as the triggers compute it, from the intervals in ``follow_up_intervals``.
_STORED_DUE = (
    "coalesce(date(substr(sessions.next_appointment, 1, 10)), date(sessions.session_date, "
    "'+' || coalesce((SELECT i.days FROM follow_up_intervals i "
    "WHERE i.session_type = sessions.session_type), 21) || ' days'))"
)


def follow_up_intervals(db: sqlite_utils.Database) -> dict[str, int]:
    """The intervals (days by session kind) the stored due dates were computed with."""
    rows = db.execute("SELECT session_type, days FROM follow_up_intervals")
    return {str(kind): int(days) for kind, days in rows}


def set_follow_up_intervals(db: sqlite_utils.Database, intervals: Mapping[str, int]) -> bool:
    """Make the stored due dates follow ``intervals`` (after the settings changed).

    Rewrites the interval table and, in the same transaction, the stored due dates
    of the kinds of session whose interval changed (only the latest session of each
    active client holds one); nothing is written when they already match.  True if
    anything changed.
    """
    wanted = {str(kind): int(days) for kind, days in intervals.items()}
    with write(db):
        stored = follow_up_intervals(db)
        if stored == wanted:
            return False
        changed = sorted(k for k in {*stored, *wanted} if stored.get(k) != wanted.get(k))
        db.execute("DELETE FROM follow_up_intervals")
        db.conn.executemany(
            "INSERT INTO follow_up_intervals (session_type, days) VALUES (?, ?)",
            list(wanted.items()),
        )
        db.execute(
            f"UPDATE sessions SET follow_up_due = {_STORED_DUE} WHERE follow_up_due IS NOT NULL "
            f"AND session_type IN ({', '.join('?' for _ in changed)})",
            changed,
        )
    return True


def _due_sql(intervals: Mapping[str, int] | None) -> tuple[str, str, list[object]]:
    """(a WITH clause, the due-date expression over ``s``, the clause's parameters).

    None: the stored, indexed ``s.follow_up_due``.  Given intervals (that differ from
    the stored ones): the same rule computed for each listed client, without the index.
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


# Listed: the latest live session of an active client (the only rows with a stored date).
_LISTED = "s.follow_up_due IS NOT NULL"


def follow_up_rows(
    db: sqlite_utils.Database,
    *,
    after: str | None,
    until: str,
    intervals: Mapping[str, int] | None = None,
) -> list[FollowUpRow]:
    """The listed clients due after ``after`` (None: from the start) and on or before
    ``until``, in due-date order (ties in no particular order), with their client columns.

    ``intervals``: see :func:`_due_sql`.  Archived clients and deleted sessions are
    never listed (neither holds a stored due date).
    """
    with_clause, due, params = _due_sql(intervals)
    rows = db.execute(
        f"""{with_clause}SELECT s.id, c.id, c.client_number, c.given_name, c.family_name,
                   c.phone, s.session_date, s.session_type, s.next_appointment, {due} AS due
            FROM sessions s CROSS JOIN clients c ON c.id = s.client_id
            WHERE {_LISTED} AND {due} > ? AND {due} <= ? ORDER BY {due}""",
        [*params, after or "", until],
    )
    return [FollowUpRow(*row) for row in rows]


def follow_up_page_end(
    db: sqlite_utils.Database,
    *,
    after: str | None,
    until: str,
    rows: int,
    intervals: Mapping[str, int] | None = None,
) -> str | None:
    """The due date of the ``rows``-th listed client after ``after`` (a walk of that many
    index entries), or None when fewer are left up to ``until``: where a page ends."""
    with_clause, due, params = _due_sql(intervals)
    found = db.execute(
        f"""{with_clause}SELECT {due} FROM sessions s
            WHERE {_LISTED} AND {due} > ? AND {due} <= ? ORDER BY {due} LIMIT 1 OFFSET ?""",
        [*params, after or "", until, max(rows, 1) - 1],
    ).fetchone()
    return str(found[0]) if found else None


def follow_up_counts(
    db: sqlite_utils.Database,
    *,
    today: str,
    until: str,
    intervals: Mapping[str, int] | None = None,
) -> tuple[int, int, int]:
    """How many listed clients are overdue, due ``today``, and due after it up to ``until``:
    three range counts over the index."""
    with_clause, due, params = _due_sql(intervals)
    count = f"SELECT count(*) FROM sessions s WHERE {_LISTED} AND {due}"
    row = db.execute(
        f"{with_clause}SELECT ({count} < ?), ({count} = ?), ({count} > ? AND {due} <= ?)",
        [*params, today, today, today, until],
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def log_handout(
    db: sqlite_utils.Database,
    *,
    client_id: int | None,
    session_id: int | None,
    kind: str,
    content_version: str,
    action: str,
    paper: str,
    content_hash: str = "",
    day_counts: str = "",
) -> int:
    with write(db):
        cursor = db.execute(
            "INSERT INTO handouts_given (client_id, session_id, kind, content_version, "
            "content_hash, day_counts, action, paper, given_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                client_id,
                session_id,
                kind,
                content_version,
                content_hash,
                day_counts,
                action,
                paper,
                _now(),
            ],
        )
    return inserted_id(cursor)


def handouts_for_session(db: sqlite_utils.Database, session_id: int) -> list[dict[str, object]]:
    """The aftercare sheets given for a session; none listed for a deleted session (the log
    keeps them)."""
    rows = db.execute(
        "SELECT kind, content_version, content_hash, day_counts, action, paper, given_at "
        "FROM handouts_given WHERE session_id = ? "
        f"AND session_id IN (SELECT id FROM sessions WHERE {LIVE}) ORDER BY id",
        [session_id],
    )
    keys = ("kind", "content_version", "content_hash", "day_counts", "action", "paper", "given_at")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def clients_with_sessions(db: sqlite_utils.Database, *, at_least: int, limit: int) -> list[int]:
    """The first ``limit`` clients (by id) with at least ``at_least`` sessions (not deleted)."""
    rows = db.execute(
        f"SELECT client_id FROM sessions WHERE {LIVE} GROUP BY client_id HAVING count(*) >= ? "
        "ORDER BY client_id LIMIT ?",
        [at_least, limit],
    )
    return [row[0] for row in rows]
