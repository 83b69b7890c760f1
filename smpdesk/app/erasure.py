"""Erasing a client at their request (GDPR Art. 17), and keeping them erased after a restore.

An erasure is the owner's act, confirmed by typing the client's number and
given a reason.  It removes every row of the client's (details and their
earlier versions, sessions and their history, photos and their bytes,
answered and unfinished forms with the signed PDFs, aftercare sheets given,
overrides) and their search-index entries, in one transaction
(:mod:`smpdesk.store.erasure`); the WAL is then checkpointed with TRUNCATE so
no byte of theirs stays in the clinic file or its ``-wal``.  The audit trail
keeps one entry, ``erasure.erase_client`` for client N by the owner; the
reason goes into the erasure register, which holds ids only.

The register is kept twice: in the clinic file and in a file beside it
(:mod:`smpdesk.infra.erasure_register`, also copied into the backups folder).
Restoring a backup replaces the clinic file, register and all, so every
restore and import re-applies the register (:func:`reapply_after_restore`):
a client erased since that backup was made is erased again, matched by id
*and* creation time, so a later client who was given the same id is never
touched.  Existing backups keep the client until they rotate out.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.clinic_settings import backups_folder
from smpdesk.domain.text_safety import clean_line
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.erasure_register import (
    RegisterFileError,
    read_register,
    register_path,
    set_aside_unreadable,
    write_register,
)
from smpdesk.paths import backups_dir_for
from smpdesk.store import audit as audit_store
from smpdesk.store import erasure as erasure_store
from smpdesk.store import get_client, open_database
from smpdesk.store.database import os_error
from smpdesk.store.engine import ERRORS
from smpdesk.store.erasure import RegisterRow

REASON_MAX = 500
NO_REASON = QT_TRANSLATE_NOOP(
    "core",
    "Give the reason for the erasure (for example: the client asked in writing on 3 March); "
    "nothing was erased.",
)
REASON_TOO_LONG = QT_TRANSLATE_NOOP(
    "core", "Keep the reason under {limit} characters; nothing was erased."
)
_NOT_ERASED_AGAIN = QT_TRANSLATE_NOOP(
    "core",
    "The backup was put in place, but clients erased since it was made could not be "
    "removed again ({problem}).",
)
# Tables an erasure empties for the client, in words for the confirmation, in this order.
# Parts of another record (a photo's bytes, a form's signed PDF, a session's override) are
# said with it; every history table is an "earlier version".
_WORDS: tuple[tuple[str, str, str], ...] = (
    ("sessions", "session", "sessions"),
    ("photos", "photo", "photos"),
    (
        "responses",
        "answered form with its signed record",
        "answered forms with their signed records",
    ),
    ("response_drafts", "unfinished form", "unfinished forms"),
    ("handouts_given", "aftercare sheet given", "aftercare sheets given"),
)
_PARTS = frozenset(
    {"clients", "photo_images", "photo_thumbnails", "response_documents", "session_overrides"}
)


def _counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def describe(removed: dict[str, int]) -> tuple[str, ...]:
    """What an erasure removes (or removed), in words: "3 sessions", "12 photos"…"""
    said: list[str] = []
    for table, one, many in _WORDS:
        if removed.get(table):
            said.append(_counted(removed[table], one, many))
    versions = sum(n for t, n in removed.items() if t.endswith("_versions"))
    if versions:
        said.append(_counted(versions, "earlier version", "earlier versions"))
    known = {t for t, _one, _many in _WORDS} | _PARTS
    other = sum(n for t, n in removed.items() if t not in known and not t.endswith("_versions"))
    if other:
        said.append(_counted(other, "other record", "other records"))
    return tuple(said)


@dataclass(frozen=True)
class ErasurePreview:
    """Who would be erased, and what of theirs, for the confirmation (nothing changes)."""

    client_id: int
    client_number: str
    name: str
    records: tuple[str, ...]  # "3 sessions", "12 photos"…


@dataclass(frozen=True)
class Erased:
    """What :func:`erase_client` did."""

    client_id: int
    client_number: str
    removed: tuple[str, ...]
    # Was the WAL emptied (no old frame of the client's left in ``-wal``)?
    journal_emptied: bool
    # Sentences about the register file or the journal; () when all went to plan.
    notes: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        said = f"Client {self.client_number} was erased"
        if self.removed:
            said += f", with {_join(self.removed)}"
        return " ".join([f"{said}.", *self.notes])


def _join(parts: Iterable[str]) -> str:
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _no_client(client_id: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "core", "There is no client with id {client_id}; they may have been erased already."
        ),
        client_id=client_id,
    )


@use_case
def erasure_preview(db: Clinic, client_id: int) -> ErasurePreview:
    """The client's number and name and what an erasure would remove, for the confirmation."""
    client = get_client(db, client_id)
    if client is None:
        raise _no_client(client_id)
    counts = erasure_store.owned_row_counts(db, client_id)
    return ErasurePreview(client.id, client.client_number, client.full_name, describe(counts))


def checked_reason(text: str | None) -> str:
    """The reason as it is kept, one line; UserError when there is none or it is too long."""
    reason = " ".join(clean_line(text or "").split())
    if len(reason) < 2:
        raise UserError(NO_REASON)
    if len(reason) > REASON_MAX:
        raise UserError(REASON_TOO_LONG, limit=REASON_MAX)
    return reason


def confirms(typed: str | None, client_number: str) -> bool:
    """Is ``typed`` the client's number (as shown: "C00044"; letter case and spaces aside)?"""
    return " ".join((typed or "").split()).casefold() == client_number.casefold()


@use_case
def erase_client(db: Clinic, client_id: int, *, confirmation: str, reason: str) -> Erased:
    """Erase the client and everything of theirs, for good (the owner's act).

    ``confirmation`` must be the client's number as shown ("C00044"), and
    ``reason`` a sentence; either missing refuses with one sentence and
    nothing is erased.  The audit entry (client N, by whom) is written by the
    rule; the reason goes into the erasure register.
    """
    client = get_client(db, client_id)
    if client is None:
        raise _no_client(client_id)
    if not confirms(confirmation, client.client_number):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "To erase this client, type their client number {number} exactly; "
                "nothing was erased.",
            ),
            number=client.client_number,
        )
    kept_reason = checked_reason(reason)
    erased = erasure_store.erase_client(db, client_id, reason=kept_reason)
    if erased is None:
        raise _no_client(client_id)
    emptied = erasure_store.checkpoint_after_erasure(db)
    notes = list(save_register(db))
    if not emptied:
        notes.append(
            "Another window or program is still reading the clinic file, so some of the erased "
            "data may stay in its journal (-wal) until every smpdesk window on it is closed."
        )
    return Erased(client_id, client.client_number, describe(erased.removed), emptied, tuple(notes))


def _merged(*sources: Iterable[RegisterRow]) -> list[RegisterRow]:
    """One entry per erasure (id and created_at); the first source's copy wins."""
    seen: dict[tuple[int, str], RegisterRow] = {}
    for source in sources:
        for row in source:
            seen.setdefault(row.key, row)
    return list(seen.values())


def _write_beside(
    db_path: Path, rows: list[RegisterRow], key: bytes | None, unreadable: bool
) -> list[str]:
    """Write the register file beside the clinic; sentences for what went wrong."""
    path = register_path(db_path)
    notes: list[str] = []
    try:
        if unreadable:
            kept = set_aside_unreadable(path)
            if kept is not None:
                notes.append(f"The unreadable register was kept as {kept} and a new one written.")
        write_register(path, rows, key=key)
    except OSError as exc:
        notes.append(
            f"The erasure register file {path} could not be written ({os_error(exc, path)}); "
            "the erasure is recorded inside the clinic file, but until that file is written a "
            "restored older backup would not remove the client again. Check the folder's "
            "permissions and free space."
        )
    return notes


def save_register(db: Clinic) -> tuple[str, ...]:
    """Write the clinic's register to the file beside it and into its backups folder.

    What the file already lists is kept (a restore may have brought an older
    clinic file whose own register knows less).  Returns sentences about any
    problem; the erasure itself is done whatever they say.
    """
    path = register_path(db.path)
    notes: list[str] = []
    unreadable = False
    try:
        existing = read_register(path, key=db.key)
    except RegisterFileError as exc:
        existing, unreadable = [], True
        notes.append(str(exc))
    rows = _merged(erasure_store.register_rows(db), existing)
    notes += _write_beside(db.path, rows, db.key, unreadable)
    # A copy with the backups: a new laptop restoring them from a USB drive gets it too.
    folder = backups_folder(db.path, load_settings(db))
    copy = folder / path.name
    if folder.is_dir() and copy != path:
        with contextlib.suppress(OSError):  # the one beside the clinic is the one that counts
            write_register(copy, _merged(rows, _readable(copy, db.key)), key=db.key)
    return tuple(notes)


def _readable(path: Path, key: bytes | None) -> list[RegisterRow]:
    try:
        return read_register(path, key=key)
    except RegisterFileError:
        return []


@dataclass(frozen=True)
class Reapplied:
    """What re-applying the register to a restored clinic file did."""

    erased: tuple[int, ...] = ()  # client ids erased again
    notes: tuple[str, ...] = field(default=())

    @property
    def message(self) -> str:
        """ "2 clients erased since this backup was made were removed again." (or "")."""
        said: list[str] = []
        n = len(self.erased)
        if n:
            said.append(
                f"{n} client{'s' if n != 1 else ''} erased since this backup was made "
                f"{'were' if n != 1 else 'was'} removed again."
            )
        return " ".join([*said, *self.notes])


def reapply_after_restore(
    db_path: Path,
    *,
    set_aside: Path | None = None,
    backup_folder: Path | None = None,
    key: bytes | None = None,
) -> Reapplied:
    """After a restore or import put an older file in place: erase again whom it brings back.

    The register is gathered from the file beside the clinic, the copies in the
    backups folders (the one beside the clinic and ``backup_folder``, where the
    restored backup came from) and the clinic file the restore set aside; a
    client of the restored file is erased only if both their id and their
    creation time match.  The register rows are copied in, the register file
    is written again, and on a protected clinic (``key``) each erasure done
    again gets its audit entry.  An unreadable register file is one sentence in
    ``notes``, never a reason to erase anyone.
    """
    db_path = Path(db_path)
    beside = register_path(db_path)
    notes: list[str] = []
    unreadable = False
    sources: list[list[RegisterRow]] = []
    try:
        sources.append(read_register(beside, key=key))
    except RegisterFileError as exc:
        unreadable = True
        notes.append(str(exc))
    folders = [backups_dir_for(beside)]
    if backup_folder is not None:
        folders.append(Path(backup_folder))
    for folder in folders:
        copy = folder / beside.name
        if copy == beside:
            continue
        try:
            sources.append(read_register(copy, key=key))
        except RegisterFileError as exc:
            notes.append(str(exc))
    if set_aside is not None:
        sources.append(erasure_store.register_in_file(set_aside, key=key))
    wanted = _merged(*sources)
    try:
        db = open_database(db_path, key=key)
    except UserError as exc:
        # str() now: a refusal given as a value would make the sentence English again.
        raise UserError(_NOT_ERASED_AGAIN, problem=str(exc)) from exc
    try:
        erased = erasure_store.apply_register(db, wanted)
        if erased:
            erasure_store.checkpoint_after_erasure(db)
            if key is not None:  # a protected clinic keeps an audit trail; a plain one does not
                for client_id in erased:
                    audit_store.append(
                        db,
                        staff_id=None,
                        staff_name="",
                        action="erasure.erase_client",
                        client_id=client_id,
                        outcome="done",
                    )
        rows = _merged(erasure_store.register_rows(db), wanted)
    except ERRORS as exc:
        raise UserError(_NOT_ERASED_AGAIN, problem=exc) from exc
    finally:
        db.conn.close()
    if rows or unreadable or beside.exists():
        notes += _write_beside(db_path, rows, key, unreadable)
        copy = folders[0] / beside.name  # the copy kept with the backups beside the clinic
        if rows and folders[0].is_dir():
            with contextlib.suppress(OSError):
                write_register(copy, rows, key=key)
    return Reapplied(tuple(erased), tuple(notes))


__all__ = [
    "REASON_MAX",
    "Erased",
    "ErasurePreview",
    "Reapplied",
    "checked_reason",
    "confirms",
    "describe",
    "erase_client",
    "erasure_preview",
    "reapply_after_restore",
]
