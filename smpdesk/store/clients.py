"""Client rows: insert, update, archive, fetch and search.

The store trusts its input (validation is in :mod:`smpdesk.domain.client_details`)
but derives the search and sort columns itself on every write, so they can
never drift from the visible ones.  Lists work on ids: a search returns ids in
display order and rows are fetched a page at a time, so 20,000 clients cost a
list of ints, not 20,000 row objects.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import sqlite_utils

from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.textfold import digits, fold, looks_like_phone, words
from smpdesk.store.database import write
from smpdesk.store.schema import CLIENT_INDEXES
from smpdesk.store.staff import actor_of

Archived = Literal["active", "archived", "all"]

LIST_COLUMNS = (
    "id",
    "client_number",
    "given_name",
    "family_name",
    "preferred_name",
    "date_of_birth",
    "phone",
    "email",
    "archived_at",
)

SORT_KEYS: dict[str, tuple[str, ...]] = {
    "number": ("client_number",),
    "family": ("family_key", "given_key"),
    "given": ("given_key", "family_key"),
    "dob": ("date_of_birth",),
    "phone": ("phone_digits",),
    "email": ("email",),
}


@dataclass(frozen=True)
class Client:
    id: int
    client_number: str
    given_name: str
    family_name: str
    preferred_name: str
    date_of_birth: str | None
    sex: str
    phone: str
    email: str
    address: str
    notes: str
    archived_at: str | None
    created_at: str
    updated_at: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    def details(self) -> ClientDetails:
        return ClientDetails(
            **{name: getattr(self, name) or "" for name in ClientDetails.field_names()}
        )


@dataclass(frozen=True)
class ClientRow:
    """The columns the client list shows; never the notes or address."""

    id: int
    client_number: str
    given_name: str
    family_name: str
    preferred_name: str
    date_of_birth: str | None
    phone: str
    email: str
    archived_at: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _derived(details: ClientDetails, client_number: str) -> dict[str, str]:
    searchable = " ".join(
        [
            details.given_name,
            details.family_name,
            details.preferred_name,
            details.email,
            client_number,
            digits(client_number),
            digits(client_number).lstrip("0"),
            digits(details.phone),
        ]
    )
    return {
        "phone_digits": digits(details.phone),
        "family_key": fold(details.family_name),
        "given_key": fold(details.given_name),
        "search_text": " ".join(words(searchable)),
    }


def _row_values(details: ClientDetails) -> dict[str, str | None]:
    values: dict[str, str | None] = dict(details.as_dict())
    values["date_of_birth"] = details.date_of_birth or None
    return values


def format_client_number(client_id: int) -> str:
    return f"C{client_id:05d}"


def parse_client_number(text: str) -> int | None:
    """The id behind "C00044", "c44" or "44": people type the number they were shown."""
    digits = text.strip()
    if digits[:1] in ("C", "c"):
        digits = digits[1:]
    if not digits.isascii() or not digits.isdigit() or len(digits) > 9:
        return None
    return int(digits)


def _index_client(db: sqlite_utils.Database, client_id: int, row: Mapping[str, object]) -> None:
    """Add a client's search columns to the search indexes (inside the caller's write)."""
    for table, column, _tokenizer in CLIENT_INDEXES:
        db.execute(f"INSERT INTO {table} (rowid, {column}) VALUES (?, ?)", [client_id, row[column]])


def _unindex_client(db: sqlite_utils.Database, client_id: int, old: Mapping[str, object]) -> None:
    """Remove the values an index holds for a client (external-content FTS5 needs the old text)."""
    for table, column, _tokenizer in CLIENT_INDEXES:
        db.execute(
            f"INSERT INTO {table} ({table}, rowid, {column}) VALUES ('delete', ?, ?)",
            [client_id, old[column]],
        )


def insert_clients(db: sqlite_utils.Database, many: list[ClientDetails]) -> list[int]:
    """Insert clients in one transaction (one fsync, not one per client)."""
    ids: list[int] = []
    with write(db):
        # Never an erased client's id (and so number): the audit trail and any paper
        # or export naming C00044 must not come to mean someone else.
        next_id = db.execute(
            "SELECT max(coalesce((SELECT max(id) FROM clients), 0), "
            "coalesce((SELECT max(client_id) FROM erasure_register), 0)) + 1"
        ).fetchone()[0]
        now = _now()
        for details in many:
            number = format_client_number(next_id)
            row = {
                "id": next_id,
                "client_number": number,
                **_row_values(details),
                **_derived(details, number),
                "created_at": now,
                "updated_at": now,
                "created_by": actor_of(db),
                "changed_by": actor_of(db),
            }
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            db.execute(f"INSERT INTO clients ({columns}) VALUES ({marks})", list(row.values()))
            _index_client(db, next_id, row)
            ids.append(next_id)
            next_id += 1
    return ids


def insert_client(db: sqlite_utils.Database, details: ClientDetails) -> int:
    return insert_clients(db, [details])[0]


class ChangedElsewhere(Exception):
    """The row changed since it was read (another window or a script saved it)."""


@dataclass(frozen=True)
class ClientVersion:
    """A client's details as they were before an edit, and who replaced them when."""

    version: int
    details: ClientDetails
    replaced_at: str
    replaced_by: int | None
    replaced_by_name: str = ""


def _keep_version(db: sqlite_utils.Database, client_id: int) -> None:
    """Copy the client's details as they are into their history, inside the caller's write."""
    client = get_client(db, client_id)
    if client is None:
        return
    version = db.execute(
        "SELECT coalesce(max(version), 0) + 1 FROM client_versions WHERE client_id = ?",
        [client_id],
    ).fetchone()[0]
    db.execute(
        "INSERT INTO client_versions (client_id, version, details, replaced_at, replaced_by) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            client_id,
            version,
            json.dumps(client.details().as_dict(), ensure_ascii=False),
            _now(),
            actor_of(db),
        ],
    )


def client_versions(db: sqlite_utils.Database, client_id: int) -> list[ClientVersion]:
    """Earlier versions of the client's details, oldest first."""
    rows = db.execute(
        "SELECT v.version, v.details, v.replaced_at, v.replaced_by, "
        "coalesce(st.display_name, '') FROM client_versions v "
        "LEFT JOIN staff st ON st.id = v.replaced_by "
        "WHERE v.client_id = ? ORDER BY v.version",
        [client_id],
    )
    versions = []
    for version, text, at, by, name in rows:
        try:
            data = json.loads(text)
        except ValueError:
            data = {}
        fields = ClientDetails.field_names()
        details = ClientDetails(
            **{f: str(data.get(f) or "") for f in fields if isinstance(data, dict)}
        )
        versions.append(ClientVersion(version, details, at, by, name))
    return versions


def update_client(
    db: sqlite_utils.Database,
    client_id: int,
    details: ClientDetails,
    *,
    if_updated_at: str | None = None,
) -> None:
    """Save ``details``; with ``if_updated_at``, only if nobody saved in between."""
    with write(db):
        found = db.execute(
            "SELECT client_number, updated_at, search_text, phone_digits FROM clients WHERE id = ?",
            [client_id],
        ).fetchone()
        if found is None:
            raise KeyError(client_id)
        if if_updated_at is not None and found[1] != if_updated_at:
            raise ChangedElsewhere(client_id)
        _keep_version(db, client_id)
        values = {
            **_row_values(details),
            **_derived(details, found[0]),
            "updated_at": _now(),
            "changed_by": actor_of(db),
        }
        assignments = ", ".join(f"{k} = ?" for k in values)
        db.execute(f"UPDATE clients SET {assignments} WHERE id = ?", [*values.values(), client_id])
        old = {"search_text": found[2], "phone_digits": found[3]}
        if any(old[column] != values[column] for column in old):
            _unindex_client(db, client_id, old)
            _index_client(db, client_id, values)


def set_archived(db: sqlite_utils.Database, client_id: int, archived: bool) -> None:
    with write(db):
        cursor = db.execute(
            "UPDATE clients SET archived_at = ?, updated_at = ?, changed_by = ? WHERE id = ?",
            [_now() if archived else None, _now(), actor_of(db), client_id],
        )
        if cursor.rowcount != 1:
            raise KeyError(client_id)


_CLIENT_COLUMNS = ", ".join(Client.__dataclass_fields__)
_LIST_COLUMNS = ", ".join(LIST_COLUMNS)


def get_client(db: sqlite_utils.Database, client_id: int) -> Client | None:
    row = db.execute(f"SELECT {_CLIENT_COLUMNS} FROM clients WHERE id = ?", [client_id]).fetchone()
    return Client(*row) if row else None


def list_rows(db: sqlite_utils.Database, ids: list[int]) -> dict[int, ClientRow]:
    """Fetch list columns for ``ids`` (any order); missing ids are skipped."""
    result: dict[int, ClientRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in db.execute(f"SELECT {_LIST_COLUMNS} FROM clients WHERE id IN ({marks})", chunk):
            result[row[0]] = ClientRow(*row)
    return result


def fts_query(text: str) -> str | None:
    """Build an FTS5 expression that cannot be a syntax error.

    Each word is folded, reduced to letters and digits, double-quoted and
    given a prefix star; the words are ANDed.  ``"``, ``AND (`` or ``*``
    therefore become either nothing or plain quoted terms.
    """
    terms = [f'"{w}"*' for w in words(text)]
    return " AND ".join(terms) if terms else None


def _archived_clause(archived: Archived) -> str:
    return {
        "active": "archived_at IS NULL",
        "archived": "archived_at IS NOT NULL",
        "all": "1",
    }[archived]


def search_client_ids(
    db: sqlite_utils.Database,
    text: str = "",
    *,
    archived: Archived = "active",
    sort: str = "family",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """Ids of matching clients in display order (``limit``/``offset`` page them).

    Words match names, email and client number by prefix, accents ignored.
    Input that looks like a phone number ("0770 09") also matches any run of
    those digits inside the phone number (a trigram index, not a table scan).
    """
    where = [_archived_clause(archived)]
    params: list[object] = []
    text = (text or "").strip()
    match = fts_query(text)
    if text and looks_like_phone(text):
        where.append(
            "id IN (SELECT rowid FROM clients_phone_fts WHERE clients_phone_fts MATCH ? "
            "UNION SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)"
        )
        params += [f'"{digits(text)}"', f'"{digits(text)}"*']
    elif match:
        where.append("id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)")
        params.append(match)
    direction = "DESC" if descending else "ASC"
    keys = SORT_KEYS.get(sort, SORT_KEYS["family"])
    order = ", ".join(f"{k} {direction}" for k in (*keys, "id"))
    sql = f"SELECT id FROM clients WHERE {' AND '.join(where)} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [row[0] for row in db.execute(sql, params)]


def count_clients(db: sqlite_utils.Database, archived: Archived = "active") -> int:
    return db.execute(
        f"SELECT count(*) FROM clients WHERE {_archived_clause(archived)}"
    ).fetchone()[0]
