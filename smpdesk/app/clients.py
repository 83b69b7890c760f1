"""Clients: add, edit, archive and restore them; find and read them.

Both fronts call these and nothing below them for writes, so a rule (such as
validation before saving) is enforced once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from smpdesk import store
from smpdesk.app.clinic import Clinic
from smpdesk.domain.client_details import ClientDetails, validate
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import UserError, ValidationError
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

_D = TypeVar("_D", ClientDetails, SessionDetails)


def checked(details: _D, check: Callable[[_D], dict[str, str]]) -> _D:
    """Trimmed details, or ValidationError naming every field that is wrong.

    Shared with :mod:`smpdesk.app.sessions`, as is :data:`CHANGED_ELSEWHERE`.
    """
    details = details.cleaned()
    problems = check(details)
    if problems:
        raise ValidationError(problems)
    return details


CHANGED_ELSEWHERE = (
    "Someone else saved changes to this {what} while you were editing, so yours were "
    "not saved; your typing is still here: note what you need, then cancel and open "
    "the {what} again."
)


def require_client(db: Clinic, client_id: int) -> Client:
    """The client with ``client_id``; a UserError when there is none (removed meanwhile)."""
    client = get_client(db, client_id)
    if client is None:
        raise UserError(f"There is no client with id {client_id}; it may have been removed.")
    return client


def add_client(db: Clinic, details: ClientDetails) -> Client:
    details = checked(details, validate)
    client_id = store.insert_client(db, details)
    client = store.get_client(db, client_id)
    assert client is not None
    return client


def update_client(
    db: Clinic,
    client_id: int,
    details: ClientDetails,
    *,
    if_updated_at: str | None = None,
) -> Client:
    require_client(db, client_id)
    details = checked(details, validate)
    try:
        store.update_client(db, client_id, details, if_updated_at=if_updated_at)
    except store.ChangedElsewhere:
        raise UserError(CHANGED_ELSEWHERE.format(what="client")) from None
    return require_client(db, client_id)


def archive_client(db: Clinic, client_id: int) -> Client:
    """Hide a client from the everyday list; nothing is deleted."""
    require_client(db, client_id)
    store.set_archived(db, client_id, True)
    return require_client(db, client_id)


def restore_client(db: Clinic, client_id: int) -> Client:
    require_client(db, client_id)
    store.set_archived(db, client_id, False)
    return require_client(db, client_id)


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
