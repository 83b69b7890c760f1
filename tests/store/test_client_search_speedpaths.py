"""The client list's fast paths give exactly what the plain query gives (issue 15).

``search_client_ids`` answers a page from the held top of the list, from FTS
matches put in order by the held list order, or from FTS matches looked up by
id and sorted, and only falls back to the plain query (the FTS match as a subquery of
the list query, as before issue 15).  Each test here compares against that
plain query, written out below as :func:`reference`, on clinics with accents,
other scripts, underscores, letters newer than FTS5's tables, non-canonical
search columns, archived clients and all six sort orders.  ``locate_client``
(back to the list by key) is compared against the row in the reference list.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smpdesk import store
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.textfold import digits, looks_like_phone, words
from smpdesk.errors import UserError
from smpdesk.store import clients as client_store
from smpdesk.store.clients import SORT_KEYS, format_client_number

ARCHIVED = ["active", "archived", "all"]
SORTS = [*SORT_KEYS, "no such column"]

GIVEN = [
    "Zoë", "Zoe", "Łukasz", "Øyvind", "Văn", "Maria José", "Aoife", "Niamh", "Saoirse",
    "Björn", "Đorđe", "Иван", "Μαρία", "李", "Aiko", "Jean-Luc", "Anne_Marie", "Chidi",
    "Ng", "Mai", "Ḿarta", "ᏸoe", "İlker", "X Æ A-12", "ǅemal", "ﬁona", "Ｋenji", "Bob",
    "Óscar", "Zoltán", "Siobhán", "Nnamdi", "Priya", "Chloé",
]  # fmt: skip
FAMILY = [
    "Brontë", "Smith", "Nguyễn", "Sæther", "O'Brien", "Ó Súilleabháin", "Straßburg",
    "Żółć", "Müller", "Sharma", "Петров", "Παπαδόπουλος", "王", "Yamamoto", "van der Berg",
    "MacDonald", "Ní Bhriain", "d'Arcy", "Smith-Jones", "Ng", "Zolkiewski", "Kowalska2",
    "Test_Case", "ᏸ0770", "Noor0491", "Ōta", "Ångström",
]  # fmt: skip
PHONES = [
    "07700 900{a}",
    "+44 7700 900{a}",
    "0491 570 {a}",
    "+1 {a}-555-01{b}",
    "",
    "(02) 9{a} {b}{b}",
    "０７７００ ９００{a}",
    "+48 600 100 {a}",
]


def _clients(count: int, seed: int) -> list[ClientDetails]:
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        given_name = rng.choice(GIVEN)
        family_name = rng.choice(FAMILY)
        a, b = f"{rng.randrange(1000):03d}", f"{rng.randrange(100):02d}"
        phone = rng.choice(PHONES).format(a=a, b=b)
        user = "".join(w[:6] for w in words(f"{given_name} {family_name}")) or "someone"
        email = rng.choice(["", f"{user}{rng.randrange(100)}@example.com", f"{a}{user}@mail.net"])
        made.append(
            ClientDetails(
                given_name=given_name,
                family_name=family_name,
                preferred_name=rng.choice(["", "", "", "Zee", "Nan", "Ōki"]),
                date_of_birth=rng.choice(
                    ["", f"19{rng.randrange(40, 99)}-0{rng.randrange(1, 9)}-1{rng.randrange(9)}"]
                ),
                phone=phone,
                email=email,
            )
        )
    return made


CLINIC = _clients(320, seed=15)


def reference(
    db: sqlite_utils.Database,
    text: str = "",
    *,
    archived: str = "active",
    sort: str = "family",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """The list query as it was before issue 15: one SQL statement, FTS as a subquery."""
    where = [
        {"active": "archived_at IS NULL", "archived": "archived_at IS NOT NULL", "all": "1"}[
            archived
        ]
    ]
    params: list[object] = []
    text = (text or "").strip()
    terms = [f'"{w}"*' for w in words(text)]
    if text and looks_like_phone(text):
        where.append(
            "id IN (SELECT rowid FROM clients_phone_fts WHERE clients_phone_fts MATCH ? "
            "UNION SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)"
        )
        params += [f'"{digits(text)}"', f'"{digits(text)}"*']
    elif terms:
        where.append("id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)")
        params.append(" AND ".join(terms))
    direction = "DESC" if descending else "ASC"
    keys = SORT_KEYS.get(sort, SORT_KEYS["family"])
    order = ", ".join(f"{k} {direction}" for k in (*keys, "id"))
    sql = f"SELECT id FROM clients WHERE {' AND '.join(where)} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [row[0] for row in db.execute(sql, params)]


def _fill(db: Clinic, details: list[ClientDetails], seed: int) -> list[int]:
    ids = store.insert_clients(db, details)
    rng = random.Random(seed)
    for client_id in ids:
        if rng.random() < 0.15:
            store.set_archived(db, client_id, True)
    return ids


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Clinic]:
    path = Path(tmp_path_factory.mktemp("speedpaths")) / "clinic.sqlite3"
    db = open_clinic(path, create=True)
    _fill(db, CLINIC, seed=16)
    yield db
    db.conn.close()


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Limits small enough that a clinic of 320 clients takes every path."""
    monkeypatch.setattr(client_store, "WINDOW_ROWS", 64)
    monkeypatch.setattr(client_store, "WINDOW_FIRST", 4)
    monkeypatch.setattr(client_store, "WINDOW_STEP", 8)
    monkeypatch.setattr(client_store, "WINDOW_GRACE", 16)
    monkeypatch.setattr(client_store, "RANKED", 40)
    monkeypatch.setattr(client_store, "CANDIDATES", 25)
    client_store._CACHES.clear()


def _pick(draw: st.DrawFn) -> ClientDetails:
    return CLINIC[draw(st.integers(0, len(CLINIC) - 1))]


def _cut(draw: st.DrawFn, text: str) -> str:
    if not text:
        return text
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text[start:end]


@st.composite
def typed(draw: st.DrawFn) -> str:
    """What a receptionist might type about a client of :data:`CLINIC`, or anything."""
    client = _pick(draw)
    number = format_client_number(draw(st.integers(1, len(CLINIC) + 5)))
    kind = draw(
        st.sampled_from(["name", "two", "phone", "spaced phone", "email", "number", "free"])
    )
    if kind == "name":
        field = draw(
            st.sampled_from([client.given_name, client.family_name, client.preferred_name])
        )
        text = field[: draw(st.integers(1, max(len(field), 1)))]
    elif kind == "two":
        text = f"{client.given_name[: draw(st.integers(1, 4))]} {client.family_name[:3]}"
    elif kind == "phone":
        text = _cut(draw, client.phone) or "0770"
    elif kind == "spaced phone":
        raw = digits(client.phone) or "07700900"
        text = draw(st.sampled_from(["+", "", "("])) + draw(st.sampled_from([" ", "-", ""])).join(
            [raw[i : i + 3] for i in range(0, len(raw), 3)]
        )
        text = text[: draw(st.integers(3, max(len(text), 3)))]
    elif kind == "email":
        text = _cut(draw, client.email) or "@"
    elif kind == "number":
        text = draw(st.sampled_from([number, number.lower(), number[1:], number[3:]]))
    else:
        text = draw(st.text(alphabet=list("abcnoz0179 +-_'.éłİᏸИ李Ｋ"), max_size=8))
    return draw(st.sampled_from([text, text.upper(), f" {text} "]))


PAGES = st.sampled_from([None, 0, 1, 7, 25, 101])
OFFSETS = st.sampled_from([0, 1, 9, 40])


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=typed(),
    archived=st.sampled_from(ARCHIVED),
    sort=st.sampled_from(SORTS),
    descending=st.booleans(),
    limit=PAGES,
    offset=OFFSETS,
)
def test_every_path_gives_the_reference_ids_in_order(
    clinic, small_window, text, archived, sort, descending, limit, offset
):
    kwargs = {
        "archived": archived,
        "sort": sort,
        "descending": descending,
        "limit": limit,
        "offset": offset,
    }
    assert store.search_client_ids(clinic, text, **kwargs) == reference(clinic, text, **kwargs)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=typed(), sort=st.sampled_from(["family", "given"]), descending=st.booleans(), limit=PAGES
)
def test_the_held_list_top_gives_the_reference_ids_with_everyday_limits(
    clinic, text, sort, descending, limit
):
    kwargs = {"sort": sort, "descending": descending, "limit": limit}
    assert store.search_client_ids(clinic, text, **kwargs) == reference(clinic, text, **kwargs)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(st.tuples(st.text(max_size=10), st.text(max_size=10)), min_size=1, max_size=6),
    query=st.text(max_size=6),
    cut=st.integers(1, 8),
    sort=st.sampled_from(["family", "given", "phone"]),
    descending=st.booleans(),
)
def test_any_names_and_any_typing_give_the_reference_ids(
    db, small_window, names, query, cut, sort, descending
):
    """Arbitrary Unicode on both sides: wherever Python cannot prove what FTS5 does,
    the fast paths must step aside, never answer differently."""
    store.insert_clients(
        db,
        [
            ClientDetails(given_name=g, family_name=f, phone=f"{g[:3]} 0770 {f[:2]}")
            for g, f in names
        ],
    )
    for text in (
        query,
        names[0][0][:cut],
        names[-1][1][:cut],
        f"{names[0][0][:cut]} {names[0][1][:2]}",
    ):
        kwargs = {"sort": sort, "descending": descending, "limit": 3}
        assert store.search_client_ids(db, text, **kwargs) == reference(db, text, **kwargs)
        assert store.search_client_ids(db, text, **kwargs, offset=2) == reference(
            db, text, **kwargs, offset=2
        )


def test_each_fast_path_answers_some_searches(clinic, small_window, monkeypatch):
    """The equivalence tests above are only worth something if every path is taken."""
    answered: dict[str, int] = {}
    for name in ("_from_window", "_ranked", "_looked_up"):
        original = getattr(client_store, name)

        def spy(*args, _original=original, _name=name, **kwargs):
            result = _original(*args, **kwargs)
            if result is not None:
                answered[_name] = answered.get(_name, 0) + 1
            return result

        monkeypatch.setattr(client_store, name, spy)
    searches = [
        "n",
        "s",
        "z",
        "07",
        "0770",
        "brontë",
        "sharma",
        "ng ",
        "o'b",
        "zoe bro",
        "C0001",
        "490",
    ]
    for text in searches:
        for sort in ("family", "given", "dob"):
            for archived in ARCHIVED:
                kwargs = {"archived": archived, "sort": sort, "limit": 5}
                assert store.search_client_ids(clinic, text, **kwargs) == reference(
                    clinic, text, **kwargs
                )
    assert set(answered) == {"_from_window", "_ranked", "_looked_up"}, answered


# -- what Python decides for FTS5 ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        ("zoe bronte", "bro", True),
        ("zoe bronte", "zoe", True),
        ("zoe bronte", "ront", False),
        ("anne_marie", "marie", True),  # "_" separates tokens in FTS5, not in Python's \w
        ("ivan0770", "0770", False),
        ("иван0770", "0770", False),  # Cyrillic letters: token characters in any Unicode
        ("ᏸ0770", "0770", None),  # a letter newer than Unicode 3.2: not certain
        ("", "a", False),
    ],
)
def test_a_token_start_is_decided_only_when_certain(text, prefix, expected):
    assert client_store._starts_a_token(text, prefix) is expected


def test_newer_letters_are_checked_against_fts5_itself(db):
    """The case _starts_a_token leaves undecided is answered by the FTS index."""
    weird = store.insert_client(db, ClientDetails(given_name="Aᏸ0770", family_name="Smith"))
    plain = store.insert_client(db, ClientDetails(given_name="Anne_0770", family_name="Smith"))
    for text in ("0770", "smith", "a", "anne"):
        for limit in (None, 1, 5):
            assert store.search_client_ids(db, text, limit=limit) == reference(
                db, text, limit=limit
            )
    assert plain in store.search_client_ids(db, "0770", limit=5)
    assert weird in store.search_client_ids(db, "smith", limit=5)


def test_search_columns_written_by_someone_else_still_match_as_fts_does(db):
    """A row whose search text is not as the store writes it (upper case, accents) is
    matched by FTS5's own folding; the fast paths must not guess."""
    odd = store.insert_client(db, ClientDetails(given_name="Zoe", family_name="Bronte"))
    for _ in range(30):
        store.insert_client(db, ClientDetails(given_name="Zoe", family_name="Smith"))
    with store.write(db):
        old = db.execute(
            "SELECT search_text, phone_digits FROM clients WHERE id = ?", [odd]
        ).fetchone()
        client_store._unindex_client(db, odd, {"search_text": old[0], "phone_digits": old[1]})
        db.execute("UPDATE clients SET search_text = 'ZOË Brontë Öz' WHERE id = ?", [odd])
        client_store._index_client(
            db, odd, {"search_text": "ZOË Brontë Öz", "phone_digits": old[1]}
        )
    for text in ("zoe", "bronte", "oz", "zoe bro"):
        for limit in (1, 5, 40, None):
            assert store.search_client_ids(db, text, limit=limit) == reference(
                db, text, limit=limit
            )
    assert odd in store.search_client_ids(db, "oz", limit=5)


# -- the held rows follow every change ---------------------------------------------


def test_held_rows_and_counts_follow_changes_on_this_and_other_connections(db, db_path):
    ids = store.insert_clients(
        db, [ClientDetails(given_name="Nora", family_name=f"N{i:03d}") for i in range(40)]
    )
    assert store.search_client_ids(db, "nora", limit=5) == ids[:5]
    assert store.count_clients(db) == 40
    store.update_client(db, ids[0], ClientDetails(given_name="Zed", family_name="Zulu"))
    assert store.search_client_ids(db, "nora", limit=5) == ids[1:6]
    assert store.count_clients(db) == 40
    store.set_archived(db, ids[1], True)
    assert store.search_client_ids(db, "nora", limit=5) == ids[2:7]
    assert store.count_clients(db) == 39
    assert store.count_clients(db, "archived") == 1
    other = open_clinic(db_path)
    try:
        [late] = store.insert_clients(other, [ClientDetails(given_name="Nora", family_name="A")])
        store.set_archived(other, ids[2], True)
    finally:
        other.conn.close()
    assert store.search_client_ids(db, "nora", limit=5) == [late, *ids[3:7]]
    assert store.count_clients(db) == 39
    assert store.count_clients(db, "all") == 41


def test_a_rolled_back_write_leaves_searches_right(db):
    ids = store.insert_clients(
        db, [ClientDetails(given_name="Nora", family_name=f"N{i}") for i in range(5)]
    )
    assert store.search_client_ids(db, "nora", limit=3) == ids[:3]
    with pytest.raises(UserError), store.write(db):
        db.execute("UPDATE clients SET archived_at = 'x' WHERE id = ?", [ids[0]])
        db.execute("INSERT INTO clients (id, client_number) VALUES (?, 'C1')", [ids[1]])
    assert store.search_client_ids(db, "nora", limit=3) == ids[:3]
    assert store.count_clients(db) == 5


# -- back to the list: a client's row by key -----------------------------------------


def _placements(clinic: Clinic) -> Iterator[tuple[str, str, bool]]:
    for archived in ARCHIVED:
        for sort in SORTS:
            for descending in (False, True):
                yield archived, sort, descending


@pytest.mark.parametrize("text", ["", "zo", "0770", "+1 3", "smith j", "C00"])
def test_locate_client_gives_the_row_of_the_reference_list(clinic, text):
    rng = random.Random(text)
    for archived, sort, descending in _placements(clinic):
        listed = reference(clinic, text, archived=archived, sort=sort, descending=descending)
        kwargs = {"archived": archived, "sort": sort, "descending": descending}
        if listed:
            middle = listed[len(listed) // 2]
            chosen = {listed[0], listed[-1], middle, *rng.sample(listed, min(4, len(listed)))}
        else:
            chosen = set()
        for client_id in chosen:
            place = store_locate(clinic, client_id, text, before=3, after=4, **kwargs)
            assert place is not None
            row = listed.index(client_id)
            assert place.row == row
            assert place.start == max(0, row - 3)
            assert place.ids == listed[place.start : row + 5]
            assert place.more == (row + 5 < len(listed))
        missing = next((i for i in range(1, len(CLINIC) + 3) if i not in listed), None)
        if missing is not None:
            assert store_locate(clinic, missing, text, **kwargs) is None


def store_locate(db, client_id, text, **kwargs):
    return client_store.locate_client(db, client_id, text, **kwargs)


def test_locate_client_places_clients_without_a_birth_date_where_the_list_does(db):
    """NULL dates sort first going up and last going down; the count by key must agree."""
    ids = store.insert_clients(
        db,
        [
            ClientDetails(given_name="A", family_name="A", date_of_birth=dob)
            for dob in ["", "1990-01-01", "", "1980-05-05", "1990-01-01", ""]
        ],
    )
    for descending in (False, True):
        listed = reference(db, sort="dob", descending=descending)
        for client_id in ids:
            place = store_locate(
                db, client_id, "", sort="dob", descending=descending, before=1, after=1
            )
            assert place.row == listed.index(client_id)
            assert place.ids == listed[max(0, place.row - 1) : place.row + 2]


def test_list_order_by_id_works_for_any_ids():
    """Ids are handed out in sequence; a file with huge ids still works (a dict)."""
    for order in ([5, 2, 9], [5, 10**12, 3]):
        ranks = client_store._Ranks(order)
        assert ranks.rows_of([3, 10**12, 7, 5, 2, -1]) == [
            order.index(i) for i in (3, 10**12, 7, 5, 2, -1) if i in order
        ]


def test_reading_ahead_leaves_searches_as_they_were(clinic, small_window, monkeypatch):
    """prepare_search reads the list order and the top rows a slice at a time; every
    search after it (and after a change that drops what it read) stays exact."""
    monkeypatch.setattr(client_store, "PREPARE_ROWS", 50)
    for sort, descending in (("family", False), ("given", True)):
        slices = 0
        while store_prepare(clinic, sort=sort, descending=descending):
            slices += 1
            assert slices < 100
        assert slices > 3  # the order in slices of 50, then the window
        cache = client_store._CACHES[clinic]
        assert sort in cache.ranks and cache.window is not None
        assert cache.window.complete or len(cache.window.ids) >= client_store.WINDOW_ROWS
        for text in ("n", "zo", "0770", "o'b", "sharma", "C00"):
            kwargs = {"sort": sort, "descending": descending, "limit": 7}
            assert store.search_client_ids(clinic, text, **kwargs) == reference(
                clinic, text, **kwargs
            )
    assert not store_prepare(clinic, sort="dob")
    assert not store_prepare(clinic, archived="all")


def test_reading_ahead_starts_again_after_a_change(db):
    ids = store.insert_clients(
        db, [ClientDetails(given_name="Nora", family_name=f"N{i:02d}") for i in range(30)]
    )
    while store_prepare(db):
        pass
    assert store.search_client_ids(db, "nora", limit=3) == ids[:3]
    [first] = store.insert_clients(db, [ClientDetails(given_name="Nora", family_name="A")])
    assert "family" not in client_store._list_cache(db).ranks
    assert store.search_client_ids(db, "nora", limit=3) == [first, *ids[:2]]


def store_prepare(db, **kwargs):
    return client_store.prepare_search(db, **kwargs)


def test_an_audit_entry_keeps_what_is_held_and_a_record_change_drops_it(db):
    """Opening a client page notes in the audit trail what was seen: the list must not be
    read again for that; a change to any record (here a session) must drop it."""
    from smpdesk.store import audit as audit_store

    store.insert_clients(
        db, [ClientDetails(given_name="Nora", family_name=f"N{i:02d}") for i in range(30)]
    )
    while store_prepare(db):
        pass
    held = client_store._list_cache(db)
    audit_store.append(
        db,
        staff_id=None,
        staff_name="",
        action="sessions.client_sessions",
        client_id=1,
        outcome="done",
        flush=False,
    )
    assert client_store._list_cache(db) is held
    with db.conn:
        db.execute("UPDATE settings SET value = value WHERE 0")  # a no-op: still held
    assert client_store._list_cache(db) is held
    with db.conn:
        db.execute("INSERT INTO settings (key, value) VALUES ('probe', '1')")
    assert client_store._list_cache(db) is not held
