"""Use cases shared by the GUI and the CLI.

Both fronts call these and nothing below them for writes, so a rule (such as
validation before saving) is enforced once.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from smpdesk import store
from smpdesk.client_details import ClientDetails, validate
from smpdesk.errors import UserError, ValidationError


def open_clinic(path: str | Path, *, create: bool = False) -> sqlite_utils.Database:
    return store.open_database(path, create=create)


def add_client(db: sqlite_utils.Database, details: ClientDetails) -> store.Client:
    details = details.cleaned()
    problems = validate(details)
    if problems:
        raise ValidationError(problems)
    client_id = store.insert_client(db, details)
    client = store.get_client(db, client_id)
    assert client is not None
    return client


def _existing(db: sqlite_utils.Database, client_id: int) -> store.Client:
    client = store.get_client(db, client_id)
    if client is None:
        raise UserError(f"There is no client with id {client_id}; it may have been removed.")
    return client


def update_client(
    db: sqlite_utils.Database, client_id: int, details: ClientDetails
) -> store.Client:
    _existing(db, client_id)
    details = details.cleaned()
    problems = validate(details)
    if problems:
        raise ValidationError(problems)
    store.update_client(db, client_id, details)
    return _existing(db, client_id)


def archive_client(db: sqlite_utils.Database, client_id: int) -> store.Client:
    """Hide a client from the everyday list; nothing is deleted."""
    _existing(db, client_id)
    store.set_archived(db, client_id, True)
    return _existing(db, client_id)


def restore_client(db: sqlite_utils.Database, client_id: int) -> store.Client:
    _existing(db, client_id)
    store.set_archived(db, client_id, False)
    return _existing(db, client_id)
