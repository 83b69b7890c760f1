"""The clinic database: the only package that writes SQL."""

from smpdesk.store.clients import (
    Client,
    ClientRow,
    count_clients,
    get_client,
    insert_client,
    insert_clients,
    list_rows,
    search_client_ids,
    set_archived,
    update_client,
)
from smpdesk.store.database import backup_to, open_database, write
from smpdesk.store.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "Client",
    "ClientRow",
    "backup_to",
    "count_clients",
    "get_client",
    "insert_client",
    "insert_clients",
    "list_rows",
    "open_database",
    "search_client_ids",
    "set_archived",
    "update_client",
    "write",
]
