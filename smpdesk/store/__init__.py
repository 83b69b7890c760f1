"""The clinic database: the only package that writes SQL.

Its names are read from their modules at their first use (PEP 562): starting
the window imports only the modules the client list needs, not the photos,
questionnaire answers or sessions code (tests/test_start_path.py holds it).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smpdesk.store.clients import (
        ChangedElsewhere,
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
    from smpdesk.store.photos import (
        ANGLES,
        CONSENTS,
        NewPhoto,
        Photo,
        client_photos,
        delete_photo,
        find_any_by_hash,
        find_by_hash,
        get_photo,
        insert_photo,
        photo_image,
        photo_thumbnails,
        session_on,
        update_photos,
    )
    from smpdesk.store.responses import (
        Draft,
        NewResponse,
        Response,
        client_drafts,
        client_responses,
        definition_source,
        delete_draft,
        get_draft,
        get_response,
        insert_response,
        latest_responses,
        response_document,
        save_draft,
        session_override,
    )
    from smpdesk.store.schema import SCHEMA_VERSION
    from smpdesk.store.sessions import (
        LotMatch,
        Session,
        carried_over,
        client_sessions,
        get_session,
        handouts_for_session,
        insert_session,
        insert_sessions,
        latest_session,
        log_handout,
        sessions_on,
        sessions_with_lot,
        set_next_appointment,
        update_session,
        used_values,
    )

# Where each name above lives (the same lists: tests/store/test_store_package.py).
_HOMES: dict[str, tuple[str, ...]] = {
    "clients": (
        "ChangedElsewhere",
        "Client",
        "ClientRow",
        "count_clients",
        "get_client",
        "insert_client",
        "insert_clients",
        "list_rows",
        "search_client_ids",
        "set_archived",
        "update_client",
    ),
    "database": (
        "backup_to",
        "open_database",
        "write",
    ),
    "photos": (
        "ANGLES",
        "CONSENTS",
        "NewPhoto",
        "Photo",
        "client_photos",
        "delete_photo",
        "find_any_by_hash",
        "find_by_hash",
        "get_photo",
        "insert_photo",
        "photo_image",
        "photo_thumbnails",
        "session_on",
        "update_photos",
    ),
    "responses": (
        "Draft",
        "NewResponse",
        "Response",
        "client_drafts",
        "client_responses",
        "definition_source",
        "delete_draft",
        "get_draft",
        "get_response",
        "insert_response",
        "latest_responses",
        "response_document",
        "save_draft",
        "session_override",
    ),
    "schema": ("SCHEMA_VERSION",),
    "sessions": (
        "LotMatch",
        "Session",
        "carried_over",
        "client_sessions",
        "get_session",
        "handouts_for_session",
        "insert_session",
        "insert_sessions",
        "latest_session",
        "log_handout",
        "sessions_on",
        "sessions_with_lot",
        "set_next_appointment",
        "update_session",
        "used_values",
    ),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> object:
    """A name of the package's own, or one of its modules, imported at its first use."""
    home = _MODULE_OF.get(name)
    if home is not None:
        value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    elif name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    else:
        try:
            value = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value


__all__ = [
    "ANGLES",
    "CONSENTS",
    "SCHEMA_VERSION",
    "ChangedElsewhere",
    "Client",
    "ClientRow",
    "Draft",
    "LotMatch",
    "NewPhoto",
    "NewResponse",
    "Photo",
    "Response",
    "Session",
    "backup_to",
    "carried_over",
    "client_drafts",
    "client_photos",
    "client_responses",
    "client_sessions",
    "count_clients",
    "definition_source",
    "delete_draft",
    "delete_photo",
    "find_any_by_hash",
    "find_by_hash",
    "get_client",
    "get_draft",
    "get_photo",
    "get_response",
    "get_session",
    "handouts_for_session",
    "insert_client",
    "insert_clients",
    "insert_photo",
    "insert_response",
    "insert_session",
    "insert_sessions",
    "latest_responses",
    "latest_session",
    "list_rows",
    "log_handout",
    "open_database",
    "photo_image",
    "photo_thumbnails",
    "response_document",
    "save_draft",
    "search_client_ids",
    "session_on",
    "session_override",
    "sessions_on",
    "sessions_with_lot",
    "set_archived",
    "set_next_appointment",
    "update_client",
    "update_photos",
    "update_session",
    "used_values",
    "write",
]
