"""Clients: add, edit, archive and restore them; find and read them.

Both fronts call these and nothing below them, so a rule (validation before
saving, who may do what) is enforced once.  A client's free-text notes may
hold clinical remarks, so reception never loads them: its copy of a client
has empty notes, and its edits keep the stored ones.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from smpdesk import store
from smpdesk.app.access import may, passed_on, use_case
from smpdesk.app.clinic import Clinic
from smpdesk.domain.client_details import ClientDetails, validate
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smpdesk.store import clients as client_store
from smpdesk.store.clients import (
    Archived,
    Client,
    ClientRow,
    ClientVersion,
    ListPlace,
    parse_client_number,
)

# Merging's module (three dataclasses, the duplicate probes) loads when a duplicate is
# looked for or a merge asked: the window's start needs neither.  Its classes are
# still importable from here (see __getattr__ below).
if TYPE_CHECKING:
    from smpdesk.store.merge import Duplicate, DuplicatePair, MergeResult

_MERGE_NAMES = frozenset({"Duplicate", "DuplicatePair", "MergeResult", "NotMergeable"})


def __getattr__(name: str) -> object:
    if name in _MERGE_NAMES:
        from smpdesk.store import merge

        return getattr(merge, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


# Saving over someone else's newer changes, by what was being edited ("client", "session").
CHANGED_ELSEWHERE = {
    "client": QT_TRANSLATE_NOOP(
        "core",
        "Someone else saved changes to this client while you were editing, so yours were "
        "not saved; your typing is still here: note what you need, then cancel and open "
        "the client again.",
    ),
    "session": QT_TRANSLATE_NOOP(
        "core",
        "Someone else saved changes to this session while you were editing, so yours were "
        "not saved; your typing is still here: note what you need, then cancel and open "
        "the session again.",
    ),
}
NO_SUCH_CLIENT = QT_TRANSLATE_NOOP(
    "core", "There is no client with id {client_id}; it may have been removed."
)


# Earlier details, kept by every edit (they include the notes: clinical roles only).
client_versions = passed_on("clients", client_store.client_versions)


def _as_seen(db: Clinic, client: Client) -> Client:
    """The client as the signed-in role may see it: reception never loads the notes."""
    if client.notes and not may(db, "sessions.get_session"):
        return dataclasses.replace(client, notes="")
    return client


def _require(db: Clinic, client_id: int) -> Client:
    client = store.get_client(db, client_id)
    if client is None:
        raise UserError(NO_SUCH_CLIENT, client_id=client_id)
    return _as_seen(db, client)


@use_case
def require_client(db: Clinic, client_id: int) -> Client:
    """The client with ``client_id``; a UserError when there is none (removed meanwhile)."""
    return _require(db, client_id)


@use_case
def get_client(db: Clinic, client_id: int) -> Client | None:
    client = store.get_client(db, client_id)
    return _as_seen(db, client) if client is not None else None


@use_case
def count_clients(db: Clinic, archived: Archived = "active") -> int:
    """How many clients the filter shows (cheap to ask again until something changes)."""
    return store.count_clients(db, archived)


@use_case
def list_rows(db: Clinic, ids: list[int]) -> dict[int, ClientRow]:
    """List columns for ``ids`` (any order); missing ids are skipped."""
    return store.list_rows(db, ids)


@use_case
def search_client_ids(
    db: Clinic,
    text: str = "",
    *,
    archived: Archived = "active",
    sort: str = "family",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """Ids of matching clients in display order; see :func:`smpdesk.store.search_client_ids`."""
    return store.search_client_ids(
        db,
        text,
        archived=archived,
        sort=sort,
        descending=descending,
        limit=limit,
        offset=offset,
    )


@use_case
def prepare_search(
    db: Clinic, *, archived: Archived = "active", sort: str = "family", descending: bool = False
) -> bool:
    """Read ahead a slice of what searching this list needs; True while more remains.

    The list calls it while idle, so the first keystrokes after a change are
    as quick as the rest; see :func:`smpdesk.store.clients.prepare_search`.
    """
    return client_store.prepare_search(db, archived=archived, sort=sort, descending=descending)


@use_case
def locate_client(
    db: Clinic,
    client_id: int,
    text: str = "",
    *,
    archived: Archived = "active",
    sort: str = "family",
    descending: bool = False,
    before: int = 50,
    after: int = 50,
) -> ListPlace | None:
    """The client's row in the list :func:`search_client_ids` gives, and the ids around it.

    Found by the client's sort key, so going back to a long list costs a count,
    not every id before the client; see :func:`smpdesk.store.clients.locate_client`.
    """
    return client_store.locate_client(
        db,
        client_id,
        text,
        archived=archived,
        sort=sort,
        descending=descending,
        before=before,
        after=after,
    )


@use_case
def add_client(db: Clinic, details: ClientDetails) -> Client:
    details = checked(details, validate)
    client_id = store.insert_client(db, details)
    return _require(db, client_id)


@use_case
def update_client(
    db: Clinic,
    client_id: int,
    details: ClientDetails,
    *,
    if_updated_at: str | None = None,
) -> Client:
    stored = store.get_client(db, client_id)
    if stored is None:
        _require(db, client_id)  # says so
    assert stored is not None
    _refuse_tombstone(db, client_id)
    if not may(db, "sessions.get_session"):
        details = dataclasses.replace(details, notes=stored.notes)  # reception never saw them
    details = checked(details, validate)
    try:
        store.update_client(db, client_id, details, if_updated_at=if_updated_at)
    except store.ChangedElsewhere:
        raise UserError(CHANGED_ELSEWHERE["client"]) from None
    return _require(db, client_id)


@use_case
def archive_client(db: Clinic, client_id: int) -> Client:
    """Hide a client from the everyday list; nothing is deleted."""
    _require(db, client_id)
    refuse_merged(db, client_id)
    store.set_archived(db, client_id, True)
    return _require(db, client_id)


@use_case
def restore_client(db: Clinic, client_id: int) -> Client:
    _require(db, client_id)
    _refuse_tombstone(db, client_id)
    store.set_archived(db, client_id, False)
    return _require(db, client_id)


# -- duplicates and merging (issue 16) ----------------------------------------------


def refuse_merged(db: Clinic, client_id: int) -> None:
    """Refuse a write aimed at a merged-away record (a tombstone).

    Every use case that writes under a client id calls this first: the tombstone
    is kept as it was, pointing at the client it became, and anything new filed
    under it would be hidden from that client (one primary-key lookup).
    """
    from smpdesk.store import merge as merge_store

    into = merge_store.merged_into(db, client_id)
    if into is not None:
        number = client_store.format_client_number
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "Client {merged} was merged into client {kept}; open that client instead."
            ),
            merged=number(client_id),
            kept=number(into),
        )


_refuse_tombstone = refuse_merged


def surviving_id(db: Clinic, client_id: int) -> int:
    """The client a record now lives in: itself, or the one it was merged into (one hop:
    a merge re-points earlier tombstones, see :mod:`smpdesk.store.merge`)."""
    from smpdesk.store import merge as merge_store

    into = merge_store.merged_into(db, client_id)
    return into if into is not None else client_id


def filed_under(db: Clinic, client_id: int) -> list[int]:
    """The client and every record merged into them: where their records are filed."""
    from smpdesk.store import merge as merge_store

    return merge_store.client_ids(db, client_id)


@use_case
def merged_into(db: Clinic, client_id: int) -> int | None:
    """The client a merged-away record now lives in; None for an ordinary client."""
    from smpdesk.store import merge as merge_store

    return merge_store.merged_into(db, client_id)


@use_case
def possible_duplicates(
    db: Clinic, details: ClientDetails, client_id: int | None = None
) -> list[Duplicate]:
    """Clients on file who may be the person being saved (``client_id``: the one edited).

    Same family name and date of birth, same phone (its last nine digits) or same
    email; archived clients too, merged-away ones never.  Index probes only.
    """
    from smpdesk.store import merge as merge_store

    return merge_store.possible_duplicates(db, details.cleaned(), exclude_id=client_id)


@use_case
def duplicate_pairs(db: Clinic) -> list[DuplicatePair]:
    """Likely duplicate pairs across the file (see :func:`smpdesk.store.merge.duplicate_pairs`)."""
    from smpdesk.store import merge as merge_store

    return merge_store.duplicate_pairs(db)


@use_case
def merge_clients(
    db: Clinic, keep_id: int, merge_id: int, details: ClientDetails | None = None
) -> MergeResult:
    """Merge ``merge_id`` into ``keep_id``: its records move, it stays as a tombstone.

    ``details`` are the kept client's details as chosen side by side (default: the
    kept client's own).  Checked like any edit; reception's copy lacks the notes, so
    only clinical staff merge (the rule).  See :mod:`smpdesk.store.merge` for what
    moves, why signed responses stay filed under the tombstone, and the audit entries.
    A merge is not undone by the program: restore the backup taken before it.
    """
    from smpdesk.store import merge as merge_store
    from smpdesk.store.merge import NotMergeable

    keep = _require(db, keep_id)
    _require(db, merge_id)
    details = checked(details if details is not None else keep.details(), validate)
    try:
        return merge_store.merge_clients(db, keep_id, merge_id, details)
    except NotMergeable as exc:
        raise UserError(str(exc)) from None


__all__ = [
    "Archived",
    "Client",
    "ClientRow",
    "ClientVersion",
    "Duplicate",
    "DuplicatePair",
    "ListPlace",
    "MergeResult",
    "add_client",
    "archive_client",
    "client_versions",
    "count_clients",
    "duplicate_pairs",
    "get_client",
    "list_rows",
    "locate_client",
    "merge_clients",
    "merged_into",
    "parse_client_number",
    "possible_duplicates",
    "prepare_search",
    "require_client",
    "restore_client",
    "search_client_ids",
    "update_client",
]
