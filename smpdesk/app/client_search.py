"""Finding clients by part of a name: the list's second look after the word starts.

``clients.search_client_ids`` matches word starts ("brat" finds Bråthen); the
list then shows, below those, the clients this finds with a typed word inside
a name ("athen" finds Bråthen; see :mod:`smpdesk.store.client_substrings`).
"""

from __future__ import annotations

from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic
from smpdesk.domain.textfold import looks_like_phone
from smpdesk.store import client_substrings
from smpdesk.store.clients import Archived


@use_case
def substring_client_ids(
    db: Clinic,
    text: str,
    *,
    archived: Archived = "active",
    sort: str = "family",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """Ids of clients matching inside a word but not by a word start, in list order."""
    return client_substrings.substring_client_ids(
        db, text, archived=archived, sort=sort, descending=descending, limit=limit, offset=offset
    )


def matches_inside_words(text: str) -> bool:
    """Could ``text`` match inside names at all (a word of three letters or more)?"""
    return client_substrings.substring_terms(text) is not None


def split_typed_name(text: str) -> tuple[str, str]:
    """(given, family) from a name typed in the search box, for a new client.

    The last word is the family name and the words before it the given names
    ("Ola Bråthen" -> "Ola", "Bråthen"); a single word is taken as the family
    name, which is what people search by.  Phone-like or empty text gives nothing.
    """
    parts = text.split()
    if not parts or looks_like_phone(text.strip()):
        return "", ""
    return " ".join(parts[:-1]), parts[-1]


__all__ = ["matches_inside_words", "split_typed_name", "substring_client_ids"]
