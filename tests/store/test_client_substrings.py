"""Search inside names (issue 16, item 15): word starts first, then matches inside."""

from __future__ import annotations

from smpdesk.app import client_search, clients
from smpdesk.domain.client_details import ClientDetails


def add(db, given: str, family: str) -> int:
    return clients.add_client(db, ClientDetails(given_name=given, family_name=family)).id


def test_a_word_inside_a_name_is_found_after_the_word_starts(db):
    brathen = add(db, "Ola", "Bråthen")
    athena = add(db, "Athena", "Smith")
    add(db, "Jo", "Lund")
    assert clients.search_client_ids(db, "athen", limit=10) == [athena]
    assert client_search.substring_client_ids(db, "athen", limit=10) == [brathen]
    assert client_search.substring_client_ids(db, "ÅTHEN", limit=10) == [brathen]  # folded
    assert client_search.substring_client_ids(db, "ola athen", limit=10) == [brathen]
    # One- and two-letter words match word starts only; phone numbers have their own index.
    assert client_search.substring_client_ids(db, "th", limit=10) == []
    assert client_search.substring_client_ids(db, "01234 5", limit=10) == []


def test_the_index_follows_edits_archiving_and_erasure(db):
    cid = add(db, "Ola", "Bråthen")
    client = clients.get_client(db, cid)
    details = ClientDetails(given_name="Ola", family_name="Nordmann")
    clients.update_client(db, cid, details, if_updated_at=client.updated_at)
    assert client_search.substring_client_ids(db, "athen", limit=10) == []
    assert client_search.substring_client_ids(db, "rdman", limit=10) == [cid]
    clients.archive_client(db, cid)
    assert client_search.substring_client_ids(db, "rdman", limit=10) == []
    assert client_search.substring_client_ids(db, "rdman", archived="all", limit=10) == [cid]
    rows = db.execute(
        "SELECT rowid FROM clients_trigram_fts WHERE clients_trigram_fts MATCH '\"rdman\"'"
    ).fetchall()
    assert rows == [(cid,)]
