"""Clients: add, edit, archive and restore them; find and read them."""

from __future__ import annotations

import sqlite_utils

from smpdesk.errors import UserError
from smpdesk.services import add_client, archive_client, restore_client, update_client
from smpdesk.store.clients import (
    Archived,
    Client,
    ClientRow,
    count_clients,
    get_client,
    list_rows,
    parse_client_number,
    search_client_ids,
)


def require_client(db: sqlite_utils.Database, client_id: int) -> Client:
    """The client with ``client_id``; a UserError when there is none (removed meanwhile)."""
    client = get_client(db, client_id)
    if client is None:
        raise UserError(f"There is no client with id {client_id}; it may have been removed.")
    return client


__all__ = [
    "Archived",
    "Client",
    "ClientRow",
    "add_client",
    "archive_client",
    "count_clients",
    "get_client",
    "list_rows",
    "parse_client_number",
    "require_client",
    "restore_client",
    "search_client_ids",
    "update_client",
]
