"""Backups of the clinic as use cases: back up now, to a file, encrypted, and find a good one.

The window and the CLI both call these functions (and import every other
backup and restore name they need from here), so each use case exists once:
which folder a backup goes to, when it may be created, how an encrypted copy
is staged, which backup is offered for a damaged file.  The fronts only ask
for paths and passphrases and show the results.

The work itself is done by :mod:`smpdesk.app.backup_files` (make, verify, list,
rotate), :mod:`smpdesk.app.restore` (the safe swap), :mod:`smpdesk.infra.sealed_export`
(the encryption) and :mod:`smpdesk.infra.staging` (private scratch folders).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils

from smpdesk.app import restore as restore_module
from smpdesk.app.access import use_case
from smpdesk.app.backup_files import (
    BackupInfo,
    backup_due,
    check_database,
    last_good_backup,
    list_backups,
    make_backup,
    record_backup,
    recorded_backup,
    rotate,
    sweep_partials,
    verify_backup,
)
from smpdesk.app.clinic import Clinic, load_settings, os_error, protected_files, translate_error
from smpdesk.app.restore import RestoreResult, finish_interrupted, restore_running, window_holds
from smpdesk.domain.clinic_settings import ClinicSettings, backups_folder
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError, said
from smpdesk.infra.safe_output import check_target
from smpdesk.infra.staging import staging_folder, sweep_staging
from smpdesk.paths import backups_dir_for, private_dir
from smpdesk.store import audit as audit_store
from smpdesk.store import space
from smpdesk.store.database import connect_read_only, has_journal
from smpdesk.store.database import reclaim_space as store_reclaim
from smpdesk.store.engine import ERRORS
from smpdesk.store.sqlite_files import change_state, decrypt_copy, encrypt_copy

log = logging.getLogger(__name__)

# Every exception the SQLite library may raise (the standard library's and
# SQLCipher's, which are not related): for a front's last-resort ``except``,
# turned into one sentence by ``smpdesk.app.clinic.translate_error``.
SQLITE_ERRORS = ERRORS
# A damaged file that cannot be opened, or whose settings cannot be read.
_UNOPENED: tuple[type[Exception], ...] = (OSError, *SQLITE_ERRORS, ValueError)
_UNREADABLE: tuple[type[Exception], ...] = (*SQLITE_ERRORS, ValueError, TypeError, RecursionError)


@dataclass(frozen=True)
class BackupResult:
    """What :func:`back_up` did: the new backup, the files rotation removed, the folder."""

    made: BackupInfo
    removed: list[Path]
    folder: Path


def _key_of(db: Clinic, key: bytes | None) -> bytes | None:
    return key if key is not None else db.key


def _keep_key_file_with(db: Clinic, folder: Path) -> None:
    """A protected clinic's backups are useless without its key file: keep a copy beside them
    (refreshed at each backup, so a changed password or a new account is in it)."""
    if db.key is None:
        return
    from smpdesk.infra import key_file

    source = key_file.key_file_path(db.path)
    if source.is_file():
        key_file.save(folder / source.name, key_file.load(source))


@use_case
def back_up(
    db: Clinic,
    db_path: Path,
    *,
    settings: ClinicSettings | None = None,
    progress: Callable[[int, int], None] | None = None,
    key: bytes | None = None,
) -> BackupResult:
    """Back up into the clinic's backups folder, verified, then rotate by the clinic's rules.

    Only the default folder beside the database is created (owner-only); a
    folder the clinic chose (a USB drive, a NAS) must already be there, or
    the backup would land on the laptop's disk under the drive's empty mount
    point, so a missing one is refused with a sentence saying so.
    ``settings`` are loaded from ``db`` unless given (a front that has just
    loaded them to show their warnings); ``progress(done, total)`` is
    passed to :func:`smpdesk.app.backup_files.make_backup`.  ``key``: an
    encrypted clinic's, which its backups are encrypted with.
    """
    db_path = Path(db_path)
    if settings is None:
        settings = load_settings(db)
    folder = backups_folder(db_path, settings)
    if folder == backups_dir_for(db_path):
        private_dir(folder)
    made = make_backup(db, folder, progress=progress, key=_key_of(db, key))
    _keep_key_file_with(db, folder)
    audit_store.write_anchor(db, folder)  # the audit chain's end, kept outside the file
    # What the copy holds, so a close with nothing new makes no backup; and a close
    # backup that failed earlier is no longer news.
    record_backup(folder, db_path.stem, made, key=_key_of(db, key))
    _forget_close_failure(db_path)
    removed = rotate(folder, db_path.stem, now=datetime.now(), **settings.backup_keep)
    return BackupResult(made, removed, folder)


# -- the backup at close ----------------------------------------------------------------

# The audit trail alone grew (sign-ins and -outs, records viewed): backed up at a close
# only once the last backup is this old.  See backup_due_at_close.
AUDIT_ONLY_EVERY = timedelta(days=1)
_FAILURE_SUFFIX = "-close-backup-failed.json"
_FAILURE_MAX_BYTES = 8192
# What a backup at close expects may go wrong: one sentence each, kept for the next start.
_CLOSE_ERRORS: tuple[type[Exception], ...] = (UserError, OSError, *SQLITE_ERRORS)
_CLOSE_UNEXPECTED = (
    "The backup when smpdesk closed stopped on an error smpdesk did not expect; "
    "back up now (File → Back up now) and check the backups folder."
)


@use_case
def backup_due_at_close(db: Clinic, db_path: Path, *, now: datetime | None = None) -> bool:
    """Has anything changed since the newest verified backup?  (A close backs up only then.)

    Yes when the clinic's change mark (renewed by every write to a record, from any
    process: this window, a worker, the command line) or its schema version differs
    from what that backup holds, or there is no noted backup or its file is gone
    (deleted, another folder chosen, a drive unplugged).

    Audit entries alone (every sign-in and sign-out writes one, every record viewed
    too) do not count until the last backup is a day old: otherwise every close
    of a protected clinic would copy the whole file, and rotation would keep twenty
    copies of one day's records instead of weeks of them.  Nothing is lost
    meanwhile: the trail only grows, so the next backup holds every entry, and
    the chain's anchor is renewed with it.  A day bounds what a lost disk could
    take of the trail.  Cheap (a small file and three lookups): it runs on the
    GUI thread as the window closes.
    """
    db_path = Path(db_path)
    folder = backups_folder(db_path, load_settings(db))
    recorded = recorded_backup(folder, db_path.stem)
    if recorded is None or not (folder / recorded.name).is_file():
        return True
    current = change_state(db.conn)
    if current.mark is None or (current.mark, current.schema) != (
        recorded.state.mark,
        recorded.state.schema,
    ):
        return True
    if current.audit == recorded.state.audit:
        return False
    age = (now or datetime.now()) - recorded.taken_at
    return age >= AUDIT_ONLY_EVERY or age < timedelta(0)


def _failure_path(db_path: Path) -> Path:
    """Beside the clinic, in its own backups folder: there even when the chosen one is not."""
    return backups_dir_for(Path(db_path)) / f"{Path(db_path).stem}{_FAILURE_SUFFIX}"


def _note_close_failure(db_path: Path, sentence: str) -> None:
    """Keep why the close backup failed, for the window to say at the next start."""
    target = _failure_path(db_path)
    body = {"at": datetime.now().isoformat(timespec="seconds"), "problem": sentence}
    with contextlib.suppress(OSError):
        private_dir(target.parent)
        scratch = target.with_name(f".{target.name}.tmp")
        scratch.write_text(json.dumps(body), encoding="utf-8")
        scratch.chmod(0o600)
        scratch.replace(target)


def _forget_close_failure(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        _failure_path(db_path).unlink(missing_ok=True)


def close_backup_failure(db_path: Path) -> tuple[datetime, str] | None:
    """When and why the backup at the last close failed; None if it did not (or was made
    since).  The sentence names files and folders, never a record."""
    path = _failure_path(Path(db_path))
    try:
        if not path.is_file() or path.stat().st_size > _FAILURE_MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("problem"), str):
            return None
        return datetime.fromisoformat(str(data.get("at"))), data["problem"]
    except (OSError, ValueError, TypeError):
        return None


class CloseBackup:
    """The backup at close, on a thread of its own, after the window has gone.

    A plain thread, not one of the window's workers: it must outlive the window
    and the event loop (File → Quit, logging out, Ctrl+C all end the loop at
    once), and the interpreter waits for it before the process ends (it is not
    a daemon).  It opens its own connection from the clinic's handle (same file,
    key and person), makes the usual verified backup (:func:`back_up`: rotation,
    key file, audit anchor, the note of what it holds) and closes it.  A failure
    is kept for the next start (:func:`close_backup_failure`); there is no
    window left to show it in.
    """

    def __init__(self, clinic: Clinic, db_path: Path) -> None:
        self._clinic = clinic
        self.db_path = Path(db_path)
        self.result: BackupResult | None = None
        self.problem = ""
        self._thread = threading.Thread(
            target=self._run, name="smpdesk-backup-at-close", daemon=False
        )

    def start(self) -> CloseBackup:
        self._thread.start()
        return self

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the backup (at most ``timeout`` seconds); True once it has finished."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            db = self._clinic.connect()
            try:
                self.result = back_up(db, self.db_path)
            finally:
                db.close()
        except _CLOSE_ERRORS as exc:
            self.problem = _sentence(exc, self.db_path)
        except BaseException as exc:  # a bug: its type only (a message may quote a record)
            log.error("backup at close failed: %s", type(exc).__name__)
            self.problem = _CLOSE_UNEXPECTED
        if self.problem:
            _note_close_failure(self.db_path, self.problem)


def _sentence(exc: BaseException, db_path: Path) -> str:
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, OSError):
        return str(os_error(exc, Path(exc.filename) if exc.filename else db_path))
    return str(translate_error(exc, db_path))


# -- the one-time VACUUM after the upgrade ---------------------------------------------------


@dataclass(frozen=True)
class ReclaimPlan:
    """A clinic file that cannot give space back yet (from before auto_vacuum), and what the
    one-time conversion takes; ``problem`` says why it cannot run now (no room)."""

    file_bytes: int
    live_bytes: int
    seconds: int
    problem: str

    @property
    def announce(self) -> str:
        """What the front says before it starts (the CLI on stderr, the window's progress box)."""
        return (
            "Reorganising the clinic file so that deleted records give their space back: "
            f"once, after this upgrade ({self.live_bytes / 1e6:,.0f} MB, about {self.seconds} s)."
        )


def space_to_reclaim(db_path: Path, *, key: bytes | None = None) -> ReclaimPlan | None:
    """None if the clinic file already gives freed space back (every new file does);
    else the plan for :func:`reclaim_space`.  Read-only: a few PRAGMAs."""
    db_path = Path(db_path)
    try:
        conn = connect_read_only(db_path, immutable=not has_journal(db_path), key=key)
    except _UNOPENED:
        return None
    try:
        state = space.space_state(conn)
    except SQLITE_ERRORS:
        return None
    finally:
        conn.close()
    if state.incremental:
        return None
    seconds = space.wait_seconds(state)
    return ReclaimPlan(
        state.file_bytes, state.live_bytes, seconds, space.room_problem(db_path, state)
    )


def reclaim_space(
    db_path: Path,
    *,
    key: bytes | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """The one-time VACUUM that turns the clinic file to giving freed space back.

    One sentence to show: what it did, or why it did not run (too little free
    disk space: nothing changed, and the next start tries again); "" when there
    was nothing to do.  ``progress(done, total)`` as for a backup.  VACUUM is
    one transaction: interrupted (a kill, a power cut), the file is as it was.
    The clinic may be open meanwhile (the window's idle connection); a change
    made then waits for it (a write elsewhere makes it fail: try later).
    """
    plan = space_to_reclaim(db_path, key=key)
    if plan is None:
        return ""
    if plan.problem:
        return plan.problem
    done = store_reclaim(Path(db_path), key=key, progress=progress)
    return (
        "The clinic file now gives back the space of deleted records "
        f"({done.bytes_before / 1e6:,.0f} MB before, {done.bytes_after / 1e6:,.0f} MB now)."
    )


@use_case
def back_up_to_file(db: Clinic, db_path: Path, target: Path, *, key: bytes | None = None) -> Path:
    """Write a verified backup to the new file ``target`` (``backup -o``); return ``target``.

    An existing file is never replaced, nor is any of the clinic's own files
    (the database, its companions, its backups).  The backup is made in the
    target's folder and renamed into place only once it has passed its check.
    ``key``: an encrypted clinic's; the backup is encrypted with it.
    """
    target = Path(target)
    if target.exists():
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{target} already exists; choose a new file name."),
            target=target,
        )
    real = check_target(target, protected_files(db_path, db))
    made = make_backup(db, real.parent, key=_key_of(db, key))
    check_target(target, protected_files(db_path, db))  # still free after the copy
    os.replace(made.path, real)
    return target


def check_export_target(
    db_path: Path,
    target: Path,
    *,
    overwrite: bool = False,
    db: Clinic | None = None,
) -> None:
    """Refuse ``target`` for an encrypted export before a passphrase is asked for.

    Its folder must exist (an unplugged drive is the likely cause), and it
    may be none of the clinic's own files; an existing file only with
    ``overwrite``.
    """
    target = Path(target)
    if not Path(os.path.realpath(target)).parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "The folder {folder} does not exist; connect the drive first."
            ),
            folder=target.parent,
        )
    check_target(target, protected_files(db_path, db), overwrite=overwrite)


@use_case
def export_encrypted(
    db: Clinic,
    db_path: Path,
    target: Path,
    passphrase: str,
    *,
    overwrite: bool = False,
    key: bytes | None = None,
) -> Path:
    """Write an encrypted, verified backup of the clinic to ``target``; return ``target``.

    The plain backup that is encrypted is staged beside the clinic in a
    folder only its owner can open (never the shared temp folder) and
    removed afterwards.  The passphrase is never stored.  A protected
    clinic's copy is decrypted inside that folder before it is sealed: the
    export opens with its passphrase alone, wherever it is taken, and an
    import encrypts it again with that clinic's key.
    """
    from smpdesk.infra.sealed_export import seal

    target = Path(target)
    key = _key_of(db, key)
    check_export_target(db_path, target, overwrite=overwrite, db=db)
    with staging_folder(Path(db_path)) as scratch:
        made = make_backup(db, scratch, key=key)
        sealed_source = made.path
        if key is not None:
            sealed_source = scratch / "plain.sqlite3"
            decrypt_copy(made.path, sealed_source, key)
        seal(
            sealed_source,
            target,
            passphrase,
            protected=protected_files(db_path, db),
            overwrite=overwrite,
        )
    return target


def import_encrypted(
    db_path: Path,
    source: Path,
    passphrase: str,
    *,
    confirm: Callable[[], bool] | None = None,
    key: bytes | None = None,
) -> RestoreResult | None:
    """Decrypt ``source`` (written by :func:`export_encrypted`) and restore it over the clinic.

    The decrypted copy is staged beside the real database in a folder only
    its owner can open, and removed afterwards; the current database is kept
    aside, as by every restore.  ``confirm`` (the window's question) is
    called once the passphrase has opened the file and before anything
    changes: a false answer leaves everything as it was and returns None.
    Without ``confirm`` the result is always a :class:`RestoreResult`.
    ``key``: a protected clinic's; the (plain) export is encrypted with it
    before it replaces the clinic.
    """
    from smpdesk.infra.sealed_export import unseal

    db_path = Path(db_path)
    with staging_folder(Path(os.path.realpath(db_path))) as scratch:
        plain = scratch / "imported.sqlite3"
        unseal(Path(source), plain, passphrase)
        if confirm is not None and not confirm():
            return None
        if key is None:
            return restore(db_path, plain)
        encrypted = scratch / "imported-encrypted.sqlite3"
        encrypt_copy(plain, encrypted, key)
        return restore(db_path, encrypted, key=key)


def restore(
    db_path: Path, backup: Path, *, now: datetime | None = None, key: bytes | None = None
) -> RestoreResult:
    """Put ``backup`` in place of the clinic (see :func:`smpdesk.app.restore.restore`).

    On a protected clinic (``key``), a backup whose owner accounts the key file
    does not know is refused first: restored, it would lock everyone out.  Every
    restore and import (:func:`import_encrypted` comes here too) re-applies the
    erasure register, so a client erased since the backup was made stays erased;
    ``result.erasure_message`` says how many were removed again.
    """
    if key is not None:
        from smpdesk.app.protection import restore_problem

        problem = restore_problem(Path(db_path), Path(backup), key)
        if problem:
            template, values = said(problem)
            raise UserError(template, **values)
    return restore_module.restore(db_path, backup, now=now, key=key)


@use_case
def note_restored(db: Clinic) -> None:
    """After a restore or import: its audit entry, in the trail of the file now in use (the
    entry authorize_restore wrote went into the file that was replaced)."""


@use_case
def authorize_restore(db: Clinic) -> None:
    """Before a restore or an import replaces the file: only the owner may (refused and
    logged otherwise).  The replacing itself works on the file, with no connection open."""


def _chosen_folder(db_path: Path, key: bytes | None = None) -> Path | None:
    """The backups folder the clinic chose, read without writing from a (damaged) file."""
    try:
        if not db_path.is_file():
            return None
        conn = connect_read_only(db_path, immutable=True, key=key)
    except _UNOPENED:
        return None
    try:
        db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        settings = load_settings(db)
    except _UNREADABLE:
        return None
    finally:
        conn.close()
    if not settings.backup_folder.strip():
        return None
    return backups_folder(db_path, settings)


def newest_good_backup(db_path: Path, *, key: bytes | None = None) -> BackupInfo | None:
    """The newest backup that passes a quick check, or None.

    Looked for in the backups folder beside the database and in the folder
    the clinic chose, when the file (damaged or not) can still say which;
    the file is only ever opened read-only.  Within each folder, older
    backups are not opened once a good one is found.  ``key``: an encrypted
    clinic's, which the file and its backups are opened with.
    """
    db_path = Path(db_path)
    folders = [backups_dir_for(db_path)]
    chosen = _chosen_folder(db_path, key)
    if chosen is not None and chosen not in folders:
        folders.append(chosen)
    found = [
        good for folder in folders if (good := last_good_backup(folder, db_path.stem, key=key))
    ]
    return max(found, key=lambda b: b.taken_at, default=None)


__all__ = [
    "SQLITE_ERRORS",
    "BackupInfo",
    "BackupResult",
    "CloseBackup",
    "ReclaimPlan",
    "RestoreResult",
    "authorize_restore",
    "back_up",
    "back_up_to_file",
    "backup_due",
    "backup_due_at_close",
    "check_database",
    "check_export_target",
    "close_backup_failure",
    "export_encrypted",
    "finish_interrupted",
    "import_encrypted",
    "list_backups",
    "newest_good_backup",
    "note_restored",
    "reclaim_space",
    "restore",
    "restore_running",
    "space_to_reclaim",
    "sweep_partials",
    "sweep_staging",
    "verify_backup",
    "window_holds",
]
