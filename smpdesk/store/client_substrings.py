"""Clients whose names hold the typed words *inside* them ("athen" in "Bråthen").

:func:`smpdesk.store.clients.search_client_ids` matches words by their start;
this finds the clients it leaves out whose search text holds every typed word
of three or more letters anywhere (the trigram index of migration 0019, over
the same folded text, so accents and Ł/ø fold as they do there).  The list
shows these after the word-start matches: a name that starts with what was
typed is the likelier one.

Trigrams need three characters, so a word of one or two letters ("jo" in "jo
athen") must still start a word; a search made only of such words, or one that
looks like a phone number (its digits already match anywhere), adds nothing.
"""

from __future__ import annotations

import sqlite_utils

from smpdesk.domain.textfold import looks_like_phone, words
from smpdesk.store.clients import SORT_KEYS, Archived, _archived_clause, _order

SHORTEST = 3  # a trigram index cannot match fewer characters


def substring_terms(text: str) -> tuple[list[str], list[str]] | None:
    """(words matched anywhere, words that must start a word), or None when the search
    gains nothing from matching inside names."""
    text = (text or "").strip()
    if not text or looks_like_phone(text):
        return None
    found = words(text)
    inside = [w for w in found if len(w) >= SHORTEST]
    if not inside:
        return None
    return inside, [w for w in found if len(w) < SHORTEST]


def substring_client_ids(
    db: sqlite_utils.Database,
    text: str,
    *,
    archived: Archived = "active",
    sort: str = "family",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """Ids, in list order, of clients matching ``text`` inside a word but not by word starts.

    One query: the trigram matches (less those the word index already gives),
    looked up through the list's order; ``limit``/``offset`` page them.
    """
    terms = substring_terms(text)
    if terms is None or limit == 0:
        return []
    inside, starts = terms
    every = " AND ".join(f'"{w}"*' for w in words(text))
    found = "SELECT rowid FROM clients_trigram_fts WHERE clients_trigram_fts MATCH ?"
    params: list[object] = [" AND ".join(f'"{w}"' for w in inside)]
    if starts:
        found += " INTERSECT SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?"
        params.append(" AND ".join(f'"{w}"*' for w in starts))
    found += " EXCEPT SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?"
    params.append(every)
    keys = SORT_KEYS.get(sort, SORT_KEYS["family"])
    sql = (
        f"SELECT id FROM clients WHERE {_archived_clause(archived)} AND id IN ({found}) "
        f"ORDER BY {_order(keys, descending)}"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, max(offset, 0)]
    return [row[0] for row in db.execute(sql, params)]


__all__ = ["substring_client_ids", "substring_terms"]
