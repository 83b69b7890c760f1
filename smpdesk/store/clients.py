"""Client rows: insert, update, archive, fetch and search.

The store trusts its input (validation is in :mod:`smpdesk.domain.client_details`)
but derives the search and sort columns itself on every write, so they can
never drift from the visible ones.  Lists work on ids: a search returns ids in
display order and rows are fetched a page at a time, so 20,000 clients cost a
list of ints, not 20,000 row objects.
"""

from __future__ import annotations

import heapq
import json
import unicodedata
import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Literal

import sqlite_utils

from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.textfold import digits, fold, looks_like_phone, words
from smpdesk.store.database import write
from smpdesk.store.engine import ERRORS
from smpdesk.store.search_indexes import SEARCH_INDEXES
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
    "language",  # last: ClientRow(*row) everywhere reads these in this order
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
    # Last, with a default: added by migration 0025 (issue 20); "" is the clinic's own.
    language: str = ""

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
    language: str = ""  # the papers' language (issue 20): `clients --json` prints it


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
    for table, column, _tokenizer in SEARCH_INDEXES:
        db.execute(f"INSERT INTO {table} (rowid, {column}) VALUES (?, ?)", [client_id, row[column]])


def _unindex_client(db: sqlite_utils.Database, client_id: int, old: Mapping[str, object]) -> None:
    """Remove the values an index holds for a client (external-content FTS5 needs the old text)."""
    for table, column, _tokenizer in SEARCH_INDEXES:
        db.execute(
            f"INSERT INTO {table} ({table}, rowid, {column}) VALUES ('delete', ?, ?)",
            [client_id, old[column]],
        )


def insert_clients(db: sqlite_utils.Database, many: list[ClientDetails]) -> list[int]:
    """Insert clients in one transaction (one fsync, not one per client), or inside the
    caller's (an import adds its batch row in the same one)."""
    ids: list[int] = []
    with write(db) if not db.conn.in_transaction else nullcontext(db):
        # Never an erased client's id (and so number): the audit trail and any paper
        # or export naming C00044 must not come to mean someone else.  Nor one of an
        # import batch that was undone (migration 0024), for the same reason.
        next_id = db.execute(
            "SELECT max(coalesce((SELECT max(id) FROM clients), 0), "
            "coalesce((SELECT max(client_id) FROM erasure_register), 0), "
            "coalesce((SELECT max(last_client_id) FROM import_batches), 0)) + 1"
        ).fetchone()[0]
        now = _now()
        actor = actor_of(db)
        rows = []
        for details in many:
            number = format_client_number(next_id)
            rows.append(
                {
                    "id": next_id,
                    "client_number": number,
                    **_row_values(details),
                    **_derived(details, number),
                    "created_at": now,
                    "updated_at": now,
                    "created_by": actor,
                    "changed_by": actor,
                }
            )
            ids.append(next_id)
            next_id += 1
        if rows:
            # executemany: an import of 20,000 clients is 4 statements, not 80,000.
            columns = ", ".join(rows[0])
            marks = ", ".join("?" for _ in rows[0])
            db.conn.executemany(
                f"INSERT INTO clients ({columns}) VALUES ({marks})",
                [list(row.values()) for row in rows],
            )
            for table, column, _tokenizer in SEARCH_INDEXES:
                db.conn.executemany(
                    f"INSERT INTO {table} (rowid, {column}) VALUES (?, ?)",
                    [(row["id"], row[column]) for row in rows],
                )
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
    """Save ``details``; with ``if_updated_at``, only if nobody saved in between.

    Inside a transaction already open (a merge, store/merge.py) it joins that one.
    """
    with write(db) if not db.conn.in_transaction else nullcontext(db):
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


def _archived_clause(archived: Archived, table: str = "") -> str:
    """The filter of a list view.  Merged-away records (store/merge.py) are archived
    and never listed: the kept client holds their records (``clients show`` of the old
    number says where they went)."""
    return {
        "active": f"{table}archived_at IS NULL",
        "archived": f"{table}archived_at IS NOT NULL AND {table}merged_into IS NULL",
        "all": f"{table}merged_into IS NULL",
    }[archived]


def _order(keys: tuple[str, ...], descending: bool, table: str = "") -> str:
    direction = "DESC" if descending else "ASC"
    return ", ".join(f"{table}{k} {direction}" for k in (*keys, "id"))


# -- search ------------------------------------------------------------------
#
# A keystroke needs the first screenful of matches in list order, never all of
# them.  Three ways get it without the reference query (the FTS match as a
# subquery of the list query, which sorts every match or walks the whole list
# index looking for a few); all return the same ids, which
# tests/store/test_client_search_speedpaths.py checks against that query:
#
# 1. The top of the list (_from_window): the first rows of the everyday list
#    (active clients by name) with their two search columns, held per
#    connection until anything in the file changes, scanned in Python.  When
#    matches are common ("n", "c", "077") the first screenful sits near the
#    top, and scanning a few thousand held rows costs far less than the FTS
#    index handing over 50,000 matches to be sorted.
# 2. The FTS matches put in order by the everyday list's order, read once and
#    held (_ranked), when there are up to RANKED of them.
# 3. The FTS matches looked up by id and sorted (_looked_up), when there are
#    up to CANDIDATES: for the other orders and filters, and before the list
#    order is worth reading.
#
# 1 (and 2, 3 for several words) decide a match in Python (_Query.matches),
# which is exact only where Python can prove what FTS5 does; wherever it
# cannot, they step aside for the reference query.

RANKED = 10_000  # FTS matches put in order by the held list order, at most
CANDIDATES = 1000  # FTS matches looked up by id and sorted, at most
WINDOW_ROWS = 20_000  # rows of the top of the list held for scanning, at most
WINDOW_FIRST = 512  # rows read by the first scan after a change
WINDOW_STEP = 2048  # rows read at a time as a scan needs them, at most
WINDOW_GRACE = 4096  # rows read for a scan however rare its matches look


@dataclass(frozen=True)
class _Query:
    """What typed text asks for: phone digits, or folded words (prefixes, ANDed)."""

    phone: str
    words: tuple[str, ...]

    @classmethod
    def of(cls, text: str | None) -> _Query:
        text = (text or "").strip()
        if text and looks_like_phone(text):
            return cls(digits(text), ())
        return cls("", tuple(words(text)))

    @property
    def filters(self) -> bool:
        return bool(self.phone or self.words)

    def conditions(self) -> tuple[list[str], list[object]]:
        """The reference SQL: input that looks like a phone number matches a run of
        its digits anywhere in the phone (trigram index) or a word starting with
        them; other input matches words by prefix (all of them)."""
        if self.phone:
            return (
                [
                    "id IN (SELECT rowid FROM clients_phone_fts WHERE "
                    "clients_phone_fts MATCH ? UNION SELECT rowid FROM clients_fts WHERE "
                    "clients_fts MATCH ?)"
                ],
                [f'"{self.phone}"', f'"{self.phone}"*'],
            )
        if self.words:
            return (
                ["id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)"],
                [" AND ".join(f'"{w}"*' for w in self.words)],
            )
        return [], []

    @property
    def decidable(self) -> bool:
        """True when :meth:`matches` can answer: ASCII letters and digits only.

        FTS5 splits a query word at ``_`` or other punctuation into a phrase,
        and folds some letters Python's fold keeps; such searches take the
        reference query.
        """
        if self.phone:
            return self.phone.isascii()
        return bool(self.words) and all(
            w.isascii() and w.isalnum() and w == w.lower() for w in self.words
        )

    @property
    def probe(self) -> str:
        """A string every matching row's ``search_text`` contains (the longest word)."""
        return self.phone or max(self.words, key=len)

    def matches(self, search_text: str, phone_digits: str) -> bool | None:
        """Whether the FTS match would include this row; None when unsure.

        Only for a :attr:`decidable` query and a row that passed :func:`_folded`.
        """
        if self.phone:
            if self.phone in phone_digits:  # a run of the digits: the trigram index's match
                return True
            return _starts_a_token(search_text, self.phone)
        result: bool | None = True
        for word in self.words:
            found = _starts_a_token(search_text, word)
            if found is False:
                return False
            if found is None:
                result = None
        return result


@lru_cache(maxsize=4096)
def _kind(char: str) -> str:
    """How FTS5's unicode61 tokenizer treats a non-ASCII character.

    "token" (letters and numbers), "separator" (punctuation, spaces, symbols)
    or "" when unsure: its tables date from an older Unicode than Python's, so
    only a character of the same class in Unicode 3.2 and today is certain.
    """
    old = unicodedata.ucd_3_2_0.category(char)[0]
    new = unicodedata.category(char)[0]
    if old != new:
        return ""
    return {"L": "token", "N": "token", "P": "separator", "Z": "separator", "S": "separator"}.get(
        new, ""
    )


def _starts_a_token(text: str, prefix: str) -> bool | None:
    """Whether an FTS5 token of ``text`` starts with ``prefix`` (ASCII letters and digits).

    A token starts where the text does or after a separator: in ASCII anything
    but a letter or digit.  The prefix's own characters are all token
    characters, so the token runs at least to its end.
    """
    unsure = False
    at = text.find(prefix)
    while at >= 0:
        if at == 0:
            return True
        before = text[at - 1]
        if before.isascii():
            if not before.isalnum():
                return True
        else:
            kind = _kind(before)
            if kind == "separator":
                return True
            if not kind:
                unsure = True
        at = text.find(prefix, at + 1)
    return None if unsure else False


def _folded(search_text: str) -> bool:
    """True when a row's search text is folded as :func:`_derived` writes it.

    Then FTS5's own folding (case, accents) changes nothing in it, so a token
    starting with an ASCII word means the text holds that word, and
    :meth:`_Query.matches` answers for FTS5.  A text written some other way
    (by hand, by an older version) is left to the FTS index.
    """
    if search_text.isascii():
        return search_text == search_text.lower()
    return search_text == search_text.casefold() and unicodedata.is_normalized("NFKD", search_text)


# FTS5 separates tokens at every ASCII character but letters and digits ("_" too).
_ASCII_SEPARATORS = {c: " " for c in range(128) if not chr(c).isalnum()}


@dataclass
class _Window:
    """The top of the everyday list in one order: ids and search columns.

    The search texts are also held end to end in one string (``blob``: each
    row as a space, its text with ASCII separators as spaces, and a newline; ``starts``
    are the rows' offsets in it), so a scan finds the rows where a word starts
    at the speed of ``str.find`` (a space, then the word) and spends Python
    time only on those, and on the rows with non-ASCII text (``odd``), where a
    word may also start after a letter FTS5 takes for a separator.
    """

    sort: str
    descending: bool
    ids: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    blob: str = ""
    starts: list[int] = field(default_factory=lambda: [0])  # one more than rows: the end
    # Rows a scan checks one by one: text not all ASCII (a word may start after a
    # letter FTS5 takes for a separator), or phone digits not in the text
    # (full-width digits, folded to ASCII in the text).
    odd: list[int] = field(default_factory=list)
    last: list[object] | None = None  # sort key values and id of the last row held
    complete: bool = False  # the whole list is held
    wild: int | None = None  # the first row :func:`_folded` refused

    def load(self, db: sqlite_utils.Database, rows: int) -> None:
        """Hold up to ``rows`` more rows.

        The ids come in list order from the list's covering index; their
        search columns are then read in id order, which touches the table's
        pages in file order (about three times faster than in name order).
        """
        keys = SORT_KEYS[self.sort]
        columns = ", ".join(keys)
        where = "archived_at IS NULL"
        params: list[object] = []
        if self.last is not None:
            marks = ", ".join("?" for _ in self.last)
            where += f" AND ({columns}, id) {'<' if self.descending else '>'} ({marks})"
            params += self.last
        got = db.execute(
            f"SELECT id, {columns} FROM clients WHERE {where} "
            f"ORDER BY {_order(keys, self.descending)} LIMIT ?",
            [*params, rows],
        ).fetchall()
        self.complete = len(got) < rows
        if not got:
            return
        self.last = [*got[-1][1:], got[-1][0]]
        ids = [row[0] for row in got]
        listed = ", ".join(str(int(i)) for i in sorted(ids))
        columns_of = {
            client_id: (text, phone)
            for client_id, text, phone in db.execute(
                f"SELECT id, search_text, phone_digits FROM clients WHERE id IN ({listed})"
            )
        }
        pieces: list[str] = []
        offset = self.starts[-1]
        for client_id in ids:
            text, phone = columns_of.get(client_id, ("", ""))
            if self.wild is None and not _folded(text):
                self.wild = len(self.ids)
            if not text.isascii() or phone not in text:
                self.odd.append(len(self.ids))
            self.ids.append(client_id)
            self.texts.append(text)
            self.phones.append(phone)
            pieces.append(f" {text.translate(_ASCII_SEPARATORS)}\n")
            offset += len(text) + 2
            self.starts.append(offset)
        self.blob += "".join(pieces)

    def scan(self, query: _Query, first: int, end: int, found: list[int], need: int) -> bool:
        """Add the matches among rows ``first`` to ``end`` to ``found``, up to ``need``.

        False when a row cannot be decided (the caller steps aside).
        """
        if self.wild is not None and self.wild < end:
            return False
        # A phone number's digits may match inside the phone, not only where a
        # word starts; each row holding them is a candidate.
        probe = query.probe if query.phone else f" {query.probe}"
        blob, starts, odd, texts = self.blob, self.starts, self.odd, self.texts
        stop = starts[end]
        at = blob.find(probe, starts[first], stop)
        next_odd = bisect_left(odd, first)
        while True:
            row = bisect_right(starts, at) - 1 if at >= 0 else end
            if next_odd < len(odd) and odd[next_odd] < row:
                row = odd[next_odd]  # a non-ASCII row before the next hit: check it first
            if row >= end:
                return True
            if next_odd < len(odd) and odd[next_odd] == row:
                next_odd += 1
            match = query.matches(texts[row], self.phones[row])
            if match is None:
                return False
            if match:
                found.append(self.ids[row])
                if len(found) >= need:
                    return True
            at = blob.find(probe, starts[row + 1], stop)


class _Ranks:
    """The everyday list's ids in order, and each id's row in it."""

    def __init__(self, order: list[int]) -> None:
        self.order = order
        top = max(order, default=0)
        # Ids are handed out in sequence, so an array indexed by id is small; a
        # file with huge ids (written by something else) gets a dict instead.
        self._rows: array[int] | dict[int, int]
        if top <= 4 * len(order) + 100_000:
            rows = array("q", [-1]) * (top + 1)
            for row, client_id in enumerate(order):
                rows[client_id] = row
            self._rows = rows
        else:
            self._rows = {client_id: row for row, client_id in enumerate(order)}

    def rows_of(self, ids: Iterable[int]) -> list[int]:
        """The rows of those of ``ids`` in the list (any order)."""
        rows = self._rows
        if isinstance(rows, dict):
            return [row for row in map(rows.get, ids) if row is not None]
        size = len(rows)
        return [row for client_id in ids if 0 <= client_id < size and (row := rows[client_id]) >= 0]


@dataclass
class _ListCache:
    """What a connection has worked out about the client list, until the file changes."""

    conn: object
    stamp: tuple[object, ...]
    counts: dict[str, int] = field(default_factory=dict)
    window: _Window | None = None
    ranks: dict[str, _Ranks] = field(default_factory=dict)
    # The list order being read a slice at a time (prepare_search): ids, last key.
    reading: dict[str, tuple[list[int], list[object]]] = field(default_factory=dict)

    def read_order(self, db: sqlite_utils.Database, sort: str, rows: int | None) -> None:
        """Read up to ``rows`` more ids of the everyday list's order by ``sort`` (None: the
        rest); once all are read, :attr:`ranks` holds them."""
        if sort in self.ranks:
            return
        keys = SORT_KEYS[sort]
        columns = ", ".join(keys)
        order, last = self.reading.pop(sort, ([], None))
        where = "archived_at IS NULL"
        params: list[object] = []
        if last is not None:
            marks = ", ".join("?" for _ in last)
            where += f" AND ({columns}, id) > ({marks})"
            params += last
        sql = f"SELECT id, {columns} FROM clients WHERE {where} ORDER BY {_order(keys, False)}"
        if rows is None:
            order.extend(row[0] for row in db.execute(sql, params))
        else:
            got = db.execute(f"{sql} LIMIT ?", [*params, rows]).fetchall()
            order.extend(row[0] for row in got)
            if len(got) == rows:
                self.reading[sort] = (order, [*got[-1][1:], got[-1][0]])
                return
        self.ranks[sort] = _Ranks(order)

    def ranks_for(self, db: sqlite_utils.Database, sort: str) -> _Ranks:
        """The everyday list's order by ``sort`` (active clients, going up).

        One read of the list's covering index (about 30 ms for 100,000 clients,
        unless :func:`prepare_search` read it ahead), then held like the rest of
        this cache.
        """
        self.read_order(db, sort, None)
        return self.ranks[sort]

    def window_for(self, sort: str, descending: bool) -> _Window:
        if self.window is None or (self.window.sort, self.window.descending) != (sort, descending):
            self.window = _Window(sort, descending)
        return self.window


_CACHES: weakref.WeakKeyDictionary[sqlite_utils.Database, _ListCache] = weakref.WeakKeyDictionary()


def _list_cache(db: sqlite_utils.Database) -> _ListCache:
    """This handle's cache, emptied whenever a record in the file changed.

    The change mark (migration 0014) moves with every write to any table but the
    audit trail, by this connection or another: opening a client page notes what was
    seen in the trail, and that must not throw the list away.  (A file without the
    mark falls back to ``data_version`` and ``total_changes``: any write at all.)
    """
    stamp: tuple[object, ...]
    try:
        stamp = tuple(db.execute("SELECT mark FROM change_mark WHERE id = 1").fetchone() or ())
    except ERRORS:
        stamp = (db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes)
    cache = _CACHES.get(db)
    if cache is None or cache.conn is not db.conn or cache.stamp != stamp:
        cache = _ListCache(db.conn, stamp)
        _CACHES[db] = cache
    return cache


def _from_window(
    db: sqlite_utils.Database,
    query: _Query,
    sort: str,
    descending: bool,
    need: int,
    worth_reading: Callable[[], bool],
) -> list[int] | None:
    """The first ``need`` matches from the top of the list; None to step aside.

    Rows already held are always scanned (a rare word is skipped at the
    speed of ``str.find``).  More are read while the matches seen so far
    promise to fill the page within :data:`WINDOW_ROWS`; the first
    ``WINDOW_GRACE`` rows are read whatever the rate, as the top of a list
    sorted by name says little about the rest (names cluster by country, and
    so do phone numbers).  Beyond those, rows are read only if
    ``worth_reading()`` says the FTS index has too many matches to look up.
    Steps aside on a row it cannot decide.
    """
    window = _list_cache(db).window_for(sort, descending)
    found: list[int] = []
    scanned = 0
    while True:
        held = len(window.ids)
        if scanned < held:
            if not window.scan(query, scanned, held, found, need):
                return None
            if len(found) >= need:
                return found[:need]
            scanned = held
        if window.complete:
            return found
        if held >= WINDOW_ROWS:
            return None
        if held >= WINDOW_GRACE and (
            (len(found) + 1) * WINDOW_ROWS < need * held or not worth_reading()
        ):
            return None
        # Small reads first (the first page of "n" lies in the top few hundred
        # rows), doubling up to WINDOW_STEP.
        window.load(db, min(WINDOW_STEP, max(WINDOW_FIRST, held), WINDOW_ROWS - held))


def _rowids(db: sqlite_utils.Database, table: str, match: str, most: int) -> list[int] | None:
    """The rowids an FTS match gives, or None when there are more than ``most``."""
    rows = db.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?", [match, most + 1]
    ).fetchall()
    return None if len(rows) > most else [row[0] for row in rows]


def _fts_candidates(
    db: sqlite_utils.Database, query: _Query, most: int
) -> tuple[set[int], bool] | None:
    """The ids the FTS indexes give for the query (None when more than ``most``), and
    whether they still need :meth:`_Query.matches` (a superset)."""
    found: set[int] = set()
    if query.phone:
        for table, match in (
            ("clients_phone_fts", f'"{query.phone}"'),
            ("clients_fts", f'"{query.phone}"*'),
        ):
            ids = _rowids(db, table, match, most)
            if ids is None:
                return None
            found.update(ids)
        return found, False
    # A short word ("o" of "o'brien") matches many and costs FTS5 a long merge;
    # the longest finds fewer, and the other words are checked on its rows.
    verify = query.decidable and len(query.words) > 1
    match = f'"{query.probe}"*' if verify else " AND ".join(f'"{w}"*' for w in query.words)
    ids = _rowids(db, "clients_fts", match, most)
    if ids is None:
        return None
    return set(ids), verify


def _verified(
    db: sqlite_utils.Database, query: _Query, ordered: list[int], need: int | None
) -> list[int] | None:
    """The ids among ``ordered`` (in that order) that match, up to ``need``; None if unsure."""
    result: list[int] = []
    batch = max(need or 0, 100) * 2
    for start in range(0, len(ordered), batch):
        chunk = ordered[start : start + batch]
        listed = ", ".join(str(int(i)) for i in sorted(chunk))
        columns_of = {
            client_id: (text, phone)
            for client_id, text, phone in db.execute(
                f"SELECT id, search_text, phone_digits FROM clients WHERE id IN ({listed})"
            )
        }
        for client_id in chunk:
            text, phone = columns_of.get(client_id, ("", ""))
            if not _folded(text):
                return None
            match = query.matches(text, phone)
            if match is None:
                return None
            if match:
                result.append(client_id)
                if need is not None and len(result) >= need:
                    return result
    return result


def _ranked(
    db: sqlite_utils.Database,
    query: _Query,
    ids: set[int],
    verify: bool,
    sort: str,
    descending: bool,
    need: int,
) -> list[int] | None:
    """The first ``need`` of the FTS matches ``ids``, put in order by the held list order.

    Worth reading the whole list order once (about 30 ms for 100,000
    clients, then held) when the matches are too many to look up one by one.
    """
    ranks = _list_cache(db).ranks_for(db, sort)
    rows = ranks.rows_of(ids)
    if not verify:
        rows = heapq.nlargest(need, rows) if descending else heapq.nsmallest(need, rows)
        return [ranks.order[row] for row in rows]
    rows.sort(reverse=descending)
    return _verified(db, query, [ranks.order[row] for row in rows], need)


def _looked_up(
    db: sqlite_utils.Database,
    query: _Query,
    ids: set[int],
    verify: bool,
    archived: Archived,
    keys: tuple[str, ...],
    descending: bool,
) -> list[int] | None:
    """Every one of the FTS matches ``ids`` in list order, each looked up by id and sorted."""
    ordered = [
        row[0]
        for row in db.execute(
            "SELECT c.id FROM json_each(?) AS j "
            f"CROSS JOIN clients AS c ON c.id = j.value WHERE {_archived_clause(archived, 'c.')} "
            f"ORDER BY {_order(keys, descending, 'c.')}",
            [json.dumps(sorted(ids))],
        )
    ]
    return _verified(db, query, ordered, None) if verify else ordered


def _fast_page(
    db: sqlite_utils.Database,
    query: _Query,
    archived: Archived,
    sort: str,
    descending: bool,
    need: int,
) -> list[int] | None:
    """The first ``need`` matches (or all, if fewer) without the reference query; None
    when no fast path applies."""
    listed = archived == "active" and sort in ("family", "given")
    few: list[tuple[set[int], bool] | None] = []  # the FTS matches if CANDIDATES or fewer

    def too_many_to_look_up() -> bool:
        if not few:
            few.append(_fts_candidates(db, query, CANDIDATES))
        return few[0] is None

    if listed and query.decidable:
        found = _from_window(db, query, sort, descending, need, too_many_to_look_up)
        if found is not None:
            return found
    got = few[0] if few and few[0] is not None else None
    if got is None:  # not read yet, or more than CANDIDATES: read up to RANKED
        got = _fts_candidates(db, query, RANKED if listed else CANDIDATES)
    if got is None:
        return None
    ids, verify = got
    if listed and (len(ids) > CANDIDATES or sort in _list_cache(db).ranks):
        return _ranked(db, query, ids, verify, sort, descending, need)
    return _looked_up(db, query, ids, verify, archived, SORT_KEYS[sort], descending)


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
    A page (``limit``) is found without sorting every match where possible:
    see the comment above :data:`CANDIDATES`.
    """
    query = _Query.of(text)
    if sort not in SORT_KEYS:
        sort = "family"
    keys = SORT_KEYS[sort]
    if limit == 0:
        return []
    if query.filters and limit is not None and limit >= 0 and offset >= 0:
        found = _fast_page(db, query, archived, sort, descending, offset + limit)
        if found is not None:
            return found[offset : offset + limit]
    conditions, params = query.conditions()
    where = [_archived_clause(archived), *conditions]
    sql = f"SELECT id FROM clients WHERE {' AND '.join(where)} ORDER BY {_order(keys, descending)}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [row[0] for row in db.execute(sql, params)]


def count_clients(db: sqlite_utils.Database, archived: Archived = "active") -> int:
    """How many clients the filter shows; counted once until the file changes.

    The list's count label asks on every keystroke; counting 100,000 rows each
    time cost a few milliseconds of the keystroke.
    """
    cache = _list_cache(db)
    count = cache.counts.get(archived)
    if count is None:
        # Merged-away records are archived: counted off through their partial index,
        # so "all" stays a count of the table, not a scan of it.
        shown = (
            "archived_at IS NULL"
            if archived == "active"
            else {"archived": "archived_at IS NOT NULL", "all": "1"}[archived]
        )
        count = db.execute(f"SELECT count(*) FROM clients WHERE {shown}").fetchone()[0]
        if archived != "active":
            count -= db.execute(
                "SELECT count(*) FROM clients WHERE merged_into IS NOT NULL"
            ).fetchone()[0]
        cache.counts[archived] = count
    return count


# Per slice of prepare_search: ids of the list order (its index, read in file order),
# and rows of the top of the list (a lookup each: small, as the disk may be cold).
PREPARE_ROWS = 25_000
PREPARE_WINDOW_ROWS = 512


def prepare_search(
    db: sqlite_utils.Database,
    *,
    archived: Archived = "active",
    sort: str = "family",
    descending: bool = False,
) -> bool:
    """Read ahead, one slice of a few milliseconds at a time, what searching this list
    will need; True while there is more to read.

    The list order (for :func:`_ranked`), then the top rows' search columns
    (for :func:`_from_window`), so the first keystrokes after a change do not
    pay for reading them.  Only the everyday list (active clients by name) has
    anything to read ahead.
    """
    if archived != "active" or sort not in ("family", "given"):
        return False
    cache = _list_cache(db)
    if sort not in cache.ranks:
        cache.read_order(db, sort, PREPARE_ROWS)
        return True
    window = cache.window_for(sort, descending)
    held = len(window.ids)
    if window.complete or held >= WINDOW_ROWS:
        return False
    window.load(db, min(PREPARE_WINDOW_ROWS, WINDOW_ROWS - held))
    return True


# -- a client's place in the list ---------------------------------------------

NULLABLE_KEYS = frozenset({"date_of_birth"})


def _earlier(
    keys: tuple[str, ...], values: list[object], descending: bool, *, earlier: bool = True
) -> tuple[str, list[object]]:
    """SQL true for rows listed before the row whose sort values (and id) are
    ``values`` (with ``earlier=False``: that row and those after it).

    Names are never NULL, so their lists compare row values, which the list
    indexes answer as a range; a date of birth may be NULL (first going up,
    last going down), so its comparison is spelled out.
    """
    columns = [*keys, "id"]
    if not NULLABLE_KEYS.intersection(keys):
        marks = ", ".join("?" for _ in columns)
        operator = {
            (True, False): "<",
            (True, True): ">",
            (False, False): ">=",
            (False, True): "<=",
        }
        comparison = f"(({', '.join(columns)}) {operator[earlier, descending]} ({marks}))"
        return comparison, list(values)
    if not earlier:
        before, before_params = _earlier(keys, values, descending)
        return f"(NOT {before})", before_params
    terms: list[str] = []
    params: list[object] = []
    for at, column in enumerate(columns):
        parts = [f"{c} IS ?" for c in columns[:at]]
        term_params = list(values[:at])
        value = values[at]
        if descending:
            if value is None:
                parts.append(f"{column} IS NOT NULL")
            else:
                parts.append(f"({column} IS NOT NULL AND {column} > ?)")
                term_params.append(value)
        elif value is None:
            parts.append("0")
        else:
            parts.append(f"({column} IS NULL OR {column} < ?)")
            term_params.append(value)
        terms.append("(" + " AND ".join(parts) + ")")
        params += term_params
    return "(" + " OR ".join(terms) + ")", params


@dataclass(frozen=True)
class ListPlace:
    """Where a client stands in a filtered, sorted list, and the ids around it."""

    row: int  # the client's row
    start: int  # the row of ids[0]
    ids: list[int]
    more: bool  # rows follow ids[-1]


def locate_client(
    db: sqlite_utils.Database,
    client_id: int,
    text: str = "",
    *,
    archived: Archived = "active",
    sort: str = "family",
    descending: bool = False,
    before: int = 50,
    after: int = 50,
) -> ListPlace | None:
    """The client's row in the list :func:`search_client_ids` gives, found by key.

    Counts the rows sorted before the client (a range of the list's index for
    the name orders) and reads up to ``before`` ids above it and ``after``
    below it, so returning to the list after the last client costs a count,
    not paging through every id.  None when the client is not in the list.
    """
    if sort not in SORT_KEYS:
        sort = "family"
    keys = SORT_KEYS[sort]
    found = db.execute(
        f"SELECT {', '.join(keys)} FROM clients WHERE id = ?", [client_id]
    ).fetchone()
    if found is None:
        return None
    conditions, params = _Query.of(text).conditions()
    where = " AND ".join([_archived_clause(archived), *conditions])
    if not db.execute(
        f"SELECT 1 FROM clients WHERE id = ? AND {where}", [client_id, *params]
    ).fetchone():
        return None
    earlier, earlier_params = _earlier(keys, [*found, client_id], descending)
    later, later_params = _earlier(keys, [*found, client_id], descending, earlier=False)
    row = db.execute(
        f"SELECT count(*) FROM clients WHERE {where} AND {earlier}", [*params, *earlier_params]
    ).fetchone()[0]
    above = [
        r[0]
        for r in db.execute(
            f"SELECT id FROM clients WHERE {where} AND {earlier} "
            f"ORDER BY {_order(keys, not descending)} LIMIT ?",
            [*params, *earlier_params, max(before, 0)],
        )
    ]
    below = [
        r[0]
        for r in db.execute(
            f"SELECT id FROM clients WHERE {where} AND {later} "
            f"ORDER BY {_order(keys, descending)} LIMIT ?",
            [*params, *later_params, max(after, 0) + 2],  # the client, after, one more
        )
    ]
    more = len(below) > max(after, 0) + 1
    above.reverse()
    return ListPlace(
        row=row, start=row - len(above), ids=[*above, *below[: max(after, 0) + 1]], more=more
    )
