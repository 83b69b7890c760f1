"""Treatment sessions: record, list, recall by lot, follow-ups due.

Stored values are text as typed (lots are free text printed on pigment
bottles); numbers that are compared (duration, pain) become integers.
"""

from __future__ import annotations

import json
import unicodedata
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
    return values


_COLUMNS = ("id", "client_id", *SessionDetails.field_names(), "created_at", "updated_at")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM sessions"


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


def _keep_version(db: sqlite_utils.Database, session_id: int) -> None:
    """Copy the session as it is into its history, inside the caller's write."""
    row = db.execute(f"{_SELECT} WHERE id = ?", [session_id]).fetchone()
    if row is None:
        return
    current = _from_row(row)
    version = db.execute(
        "SELECT coalesce(max(version), 0) + 1 FROM session_versions WHERE session_id = ?",
        [session_id],
    ).fetchone()[0]
    db.execute(
        "INSERT INTO session_versions (session_id, version, details, replaced_at, replaced_by) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            session_id,
            version,
            json.dumps(current.details.as_dict(), ensure_ascii=False),
            _now(),
            actor_of(db),
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


def session_versions(db: sqlite_utils.Database, session_id: int) -> list[SessionVersion]:
    """Earlier versions, oldest first (the session itself is the newest)."""
    rows = db.execute(
        "SELECT v.version, v.details, v.replaced_at, v.replaced_by, "
        "coalesce(st.display_name, '') FROM session_versions v "
        "LEFT JOIN staff st ON st.id = v.replaced_by "
        "WHERE v.session_id = ? ORDER BY v.version",
        [session_id],
    )
    return [
        SessionVersion(version, _details_from_json(details), at, by, name)
        for version, details, at, by, name in rows
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
        "ON s.id = v.session_id WHERE s.client_id = ?",
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
    """Save ``details``; with ``if_updated_at``, only if nobody saved in between."""
    from smpdesk.store.clients import ChangedElsewhere

    values = {**_row_values(details), "updated_at": _now(), "changed_by": actor_of(db)}
    with write(db):
        found = db.execute("SELECT updated_at FROM sessions WHERE id = ?", [session_id]).fetchone()
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
    with write(db):
        _keep_version(db, session_id)
        db.execute(
            "UPDATE sessions SET next_appointment = ?, updated_at = ?, changed_by = ? WHERE id = ?",
            [
                when.isoformat(sep=" ", timespec="minutes") if when else None,
                _now(),
                actor_of(db),
                session_id,
            ],
        )


def get_session(db: sqlite_utils.Database, session_id: int) -> Session | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [session_id]).fetchone()
    return _from_row(row) if row else None


def client_sessions(db: sqlite_utils.Database, client_id: int) -> list[Session]:
    """A client's sessions, newest first."""
    rows = db.execute(
        f"{_SELECT} WHERE client_id = ? ORDER BY session_date DESC, start_time DESC, id DESC",
        [client_id],
    )
    return [_from_row(r) for r in rows]


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
    """Every session that used ``lot`` as pigment, diluent or cartridge lot.

    Matching ignores case, spaces and punctuation (see :func:`lot_key`).  A
    full scan through a Python function: recalls are rare, and a scan over
    tens of thousands of sessions takes milliseconds.
    """
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
                WHERE s.{column} != '' AND smpdesk_lot_key(s.{column}) = ?""",
            [key],
        )
        matches += [
            LotMatch(sid, cid, number, name, phone, email, day, kind, column, found)
            for sid, cid, number, name, phone, email, day, kind, found in rows
        ]
    matches += _earlier_lot_matches(db, key, {(m.session_id, m.column) for m in matches})
    matches.sort(key=lambda m: (m.session_date, m.session_id), reverse=True)
    return matches


def _earlier_lot_matches(
    db: sqlite_utils.Database, key: str, found: set[tuple[int, str]]
) -> list[LotMatch]:
    """Sessions whose lot was changed by a later edit: the lot that was really used may be
    the earlier one, so a recall must find it, marked with what it says now."""
    earlier: list[LotMatch] = []
    rows = db.execute(
        f"""SELECT v.details, s.id, c.id, c.client_number, c.given_name || ' ' || c.family_name,
                   c.phone, c.email, s.session_date, s.session_type,
                   {", ".join(f"s.{column}" for column in LOT_COLUMNS)}
            FROM session_versions v JOIN sessions s ON s.id = v.session_id
            JOIN clients c ON c.id = s.client_id"""
    )
    for details, sid, cid, number, name, phone, email, day, kind, *now in rows:
        then = _details_from_json(details).as_dict()
        for column, current in zip(LOT_COLUMNS, now, strict=True):
            lot = then.get(column, "")
            if (sid, column) in found or not lot or lot_key(lot) != key:
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
    """Every session on ``day`` for active clients, in time order."""
    rows = db.execute(
        f"""{_SELECT} WHERE session_date = ? AND client_id IN
              (SELECT id FROM clients WHERE archived_at IS NULL)
            ORDER BY start_time, id""",
        [day.isoformat()],
    )
    return [_from_row(r) for r in rows]


def latest_sessions_of_active_clients(db: sqlite_utils.Database) -> list[Session]:
    rows = db.execute(
        f"""{_SELECT} WHERE id IN (
              SELECT (SELECT s.id FROM sessions s WHERE s.client_id = c.id
                      ORDER BY s.session_date DESC, s.start_time DESC, s.id DESC LIMIT 1)
              FROM clients c WHERE c.archived_at IS NULL)"""
    )
    return [_from_row(r) for r in rows]


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
    rows = db.execute(
        "SELECT kind, content_version, content_hash, day_counts, action, paper, given_at "
        "FROM handouts_given WHERE session_id = ? ORDER BY id",
        [session_id],
    )
    keys = ("kind", "content_version", "content_hash", "day_counts", "action", "paper", "given_at")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def clients_with_sessions(db: sqlite_utils.Database, *, at_least: int, limit: int) -> list[int]:
    """The first ``limit`` clients (by id) with at least ``at_least`` sessions."""
    rows = db.execute(
        "SELECT client_id FROM sessions GROUP BY client_id HAVING count(*) >= ? "
        "ORDER BY client_id LIMIT ?",
        [at_least, limit],
    )
    return [row[0] for row in rows]
