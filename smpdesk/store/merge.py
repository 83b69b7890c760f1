"""Duplicate clients: found by index on every save, and merged into one record.

**Finding.**  A new or edited client may be someone already on file when they
share the family name and date of birth, the phone or the email.  Each is one
probe of an index from migration 0016: ``(date_of_birth, family_key)``, the
phone's last nine digits (``substr(phone_digits, -9)``: +44 7700 900123 and
07700 900123 meet, because a country code or a trunk 0 falls before them; two
different numbers sharing nine final digits are rare and only ever *offered* as
a possible match) and the stored, lower-cased email.  Merged-away clients
(tombstones) are never offered.

**Merging.**  Every row filed under the merged-away client moves to the one
kept, found from the schema (any table with a ``client_id`` column, as erasure
and the client export find them), except:

* signed (sealed) responses stay filed under the tombstone.  Their content hash
  covers the client id, the audit chain vouches for that hash, and a trigger
  (migration 0010) refuses any UPDATE of a sealed row.  Re-sealing under the new
  id would need a second seal entry, which by design vouches for nothing (the
  first one wins), so ``smpdesk check`` would call every moved record changed.
  A narrow trigger exception would have the same problem.  So they stay where
  the seal says they are, and the readers follow ``clients.merged_into``
  (:func:`client_ids`): the questionnaire list, the export and erasure (which
  finds the tombstone through its foreign key) see them under the kept client;
* a draft for a form the kept client also has a draft of stays with the
  tombstone (``UPDATE OR IGNORE``), as does any row a table's own rule refuses
  to move; the result counts them;
* the edit history (``client_versions``) moves, renumbered after the kept
  client's own versions, and the kept client's details before the merge become
  one more version (the ordinary update keeps it);
* payments (issue 18) move like any row: their trigger refuses every change
  but the client column, so the kept client's balance includes the merged one's;
* the audit trail stays as written: its entries name ids and cannot change.
  Two entries record the merge, one under each client, with both ids.

The tombstone keeps its details, is archived, and points at the kept client; a
client merged earlier into the tombstone is re-pointed, so one hop always
reaches the survivor.  A merge is not undone by the program (the rows moved
are not marked one by one); a restore of the backup taken before it is the way
back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.textfold import digits, fold
from smpdesk.store import audit as audit_store
from smpdesk.store.clients import LIST_COLUMNS, ClientRow, update_client
from smpdesk.store.database import write
from smpdesk.store.engine import ERRORS
from smpdesk.store.staff import actor_of

MERGE_ACTION = "clients.merge_clients"
PHONE_TAIL = 9
# Never moved by a merge: the trail and the register speak of ids as they were.
_NOT_MOVED = frozenset({"audit_log", "erasure_register", "clients", "client_versions"})
_LIVE = "merged_into IS NULL"
_ROW_COLUMNS = ", ".join(LIST_COLUMNS)


def phone_key(phone: str) -> str:
    """The part of a phone number two spellings of it share: its last nine digits."""
    return digits(phone)[-PHONE_TAIL:]


@dataclass(frozen=True)
class Duplicate:
    """A client already on file who may be the same person, and why."""

    client: ClientRow
    reasons: tuple[str, ...]  # "name and date of birth", "phone", "email"


def possible_duplicates(
    db: sqlite_utils.Database,
    details: ClientDetails,
    *,
    exclude_id: int | None = None,
    limit: int = 20,
) -> list[Duplicate]:
    """Clients (archived too, never tombstones) sharing name + birth date, phone or email."""
    found: dict[int, list[str]] = {}

    def probe(reason: str, where: str, params: list[object]) -> None:
        rows = db.execute(
            f"SELECT id FROM clients WHERE {where} AND {_LIVE} LIMIT ?", [*params, limit]
        )
        for (client_id,) in rows:
            if client_id != exclude_id:
                found.setdefault(client_id, []).append(reason)

    family = fold(details.family_name)
    if details.date_of_birth and family:
        probe(
            "name and date of birth",
            "date_of_birth = ? AND family_key = ?",
            [details.date_of_birth, family],
        )
    key = phone_key(details.phone)
    if len(key) >= 6:
        probe("phone", f"substr(phone_digits, -{PHONE_TAIL}) = ? AND phone_digits != ''", [key])
    email = details.email.strip().lower()
    if email:
        probe("email", "email = ? AND email != ''", [email])
    if not found:
        return []
    ids = sorted(found)[:limit]
    marks = ", ".join("?" for _ in ids)
    rows = {
        row[0]: ClientRow(*row)
        for row in db.execute(f"SELECT {_ROW_COLUMNS} FROM clients WHERE id IN ({marks})", ids)
    }
    return [Duplicate(rows[i], tuple(found[i])) for i in ids if i in rows]


@dataclass(frozen=True)
class DuplicatePair:
    first: ClientRow
    second: ClientRow
    reasons: tuple[str, ...]


def duplicate_pairs(db: sqlite_utils.Database, *, limit: int = 500) -> list[DuplicatePair]:
    """Likely duplicate pairs in the whole file, each once, lower id first.

    Three grouped index scans (no per-client loop); a group of more than ten
    clients (a clinic's own phone number typed for everyone) is not paired up.
    """
    groups = {
        "name and date of birth": (
            "SELECT group_concat(id) FROM clients WHERE date_of_birth IS NOT NULL "
            f"AND family_key != '' AND {_LIVE} GROUP BY date_of_birth, family_key "
            "HAVING count(*) BETWEEN 2 AND 10"
        ),
        "phone": (
            "SELECT group_concat(id) FROM clients WHERE phone_digits != '' "
            f"AND length(phone_digits) >= 6 AND {_LIVE} "
            f"GROUP BY substr(phone_digits, -{PHONE_TAIL}) HAVING count(*) BETWEEN 2 AND 10"
        ),
        "email": (
            f"SELECT group_concat(id) FROM clients WHERE email != '' AND {_LIVE} "
            "GROUP BY email HAVING count(*) BETWEEN 2 AND 10"
        ),
    }
    reasons: dict[tuple[int, int], list[str]] = {}
    for reason, sql in groups.items():
        for (members,) in db.execute(sql):
            ids = sorted(int(i) for i in str(members).split(","))
            for n, first in enumerate(ids):
                for second in ids[n + 1 :]:
                    reasons.setdefault((first, second), []).append(reason)
    pairs = sorted(reasons)[:limit]
    wanted = sorted({i for pair in pairs for i in pair})
    rows: dict[int, ClientRow] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in db.execute(f"SELECT {_ROW_COLUMNS} FROM clients WHERE id IN ({marks})", chunk):
            rows[row[0]] = ClientRow(*row)
    return [DuplicatePair(rows[a], rows[b], tuple(reasons[(a, b)])) for a, b in pairs]


def merged_into(db: sqlite_utils.Database, client_id: int) -> int | None:
    """The client a tombstone was merged into; None for a live client (or none)."""
    row = db.execute("SELECT merged_into FROM clients WHERE id = ?", [client_id]).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def client_ids(db: sqlite_utils.Database, client_id: int) -> list[int]:
    """The client and every tombstone merged into them: where their records are filed."""
    rows = db.execute(
        "SELECT id FROM clients WHERE merged_into = ? ORDER BY id", [client_id]
    ).fetchall()
    return [client_id, *(int(r[0]) for r in rows)]


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_id: int
    moved: dict[str, int]  # table -> rows now filed under the kept client
    left: dict[str, int]  # table -> rows still filed under the tombstone (followed)


class NotMergeable(Exception):
    """The two ids cannot be merged; the message says why (ids only)."""


def _client_tables(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    tables = []
    for name, sql in rows:
        if name in _NOT_MOVED or str(sql or "").upper().startswith("CREATE VIRTUAL"):
            continue
        columns = {str(c[1]) for c in db.execute(f'PRAGMA table_info("{name}")').fetchall()}
        if "client_id" in columns:
            tables.append(str(name))
    return tables


def merge_clients(
    db: sqlite_utils.Database, keep_id: int, merge_id: int, details: ClientDetails
) -> MergeResult:
    """Merge ``merge_id`` into ``keep_id``, which takes ``details``; one transaction."""
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    moved: dict[str, int] = {}
    left: dict[str, int] = {}
    with write(db):
        states = dict(
            db.execute(
                "SELECT id, merged_into FROM clients WHERE id IN (?, ?)", [keep_id, merge_id]
            ).fetchall()
        )
        if keep_id == merge_id:
            raise NotMergeable("A client cannot be merged with itself; choose another client.")
        for client_id in (keep_id, merge_id):
            if client_id not in states:
                raise NotMergeable(f"There is no client with id {client_id}.")
            if states[client_id] is not None:
                raise NotMergeable(
                    f"Client {client_id} was already merged into client {states[client_id]}; "
                    "merge with that client instead."
                )
        # The kept client's details as chosen (its details before are kept as a version).
        update_client(db, keep_id, details)
        for table in _client_tables(db):
            where = "client_id = ?"
            if table == "responses":
                where += " AND content_sha256 IS NULL"  # sealed: see the module docstring
            try:
                cursor = db.execute(
                    f'UPDATE OR IGNORE "{table}" SET client_id = ? WHERE {where}',
                    [keep_id, merge_id],
                )
                count = cursor.rowcount
            except ERRORS:  # a table's own rule refuses: its rows stay, followed
                count = 0
            if count > 0:
                moved[table] = count
            remaining = db.execute(
                f'SELECT count(*) FROM "{table}" WHERE client_id = ?', [merge_id]
            ).fetchone()[0]
            if remaining:
                left[table] = remaining
        offset = db.execute(
            "SELECT coalesce(max(version), 0) FROM client_versions WHERE client_id = ?",
            [keep_id],
        ).fetchone()[0]
        cursor = db.execute(
            "UPDATE client_versions SET client_id = ?, version = version + ? WHERE client_id = ?",
            [keep_id, offset, merge_id],
        )
        if cursor.rowcount > 0:
            moved["client_versions"] = cursor.rowcount
        # Clients merged earlier into the one merged now: one hop reaches the survivor.
        db.execute("UPDATE clients SET merged_into = ? WHERE merged_into = ?", [keep_id, merge_id])
        db.execute(
            "UPDATE clients SET merged_into = ?, merged_at = ?, "
            "archived_at = coalesce(archived_at, ?), updated_at = ?, changed_by = ? "
            "WHERE id = ?",
            [keep_id, now, now, now, actor_of(db), merge_id],
        )
        staff = getattr(db, "staff", None)
        detail = json.dumps({"merged": merge_id, "into": keep_id}, separators=(",", ":"))
        for client_id in (keep_id, merge_id):
            audit_store.append(
                db,
                staff_id=actor_of(db),
                staff_name=getattr(staff, "display_name", "") or "",
                action=MERGE_ACTION,
                client_id=client_id,
                outcome="done",
                detail=detail,
            )
    return MergeResult(keep_id, merge_id, moved, left)
