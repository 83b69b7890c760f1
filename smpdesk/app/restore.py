"""Restoring the clinic database from a backup, without losing anything.

The backup is verified first (a damaged, newer or altered backup is refused),
the current file is set aside rather than overwritten (even a damaged one may
hold the only copy of this morning's records), and the restored file is
opened through the normal path so an older backup is migrated forward.

The swap itself is two renames, and a crash (power cut, kill) can fall
between them, leaving no database at the path.  So before the first rename a
small journal (``.clinic.sqlite3.restore-pending``) records the plan, and the
next start finishes what it says: the staged copy goes into place if it is
sound, otherwise the set-aside file comes back.  :func:`finish_interrupted`
returns the sentence that tells the user which.

Paths are resolved first: a database reached through a symlink is restored
into the real file (the link stays a link), and the lock a window holds is
looked for on the real file as well as on the name given.

An encrypted clinic is restored with its ``key``: the backup must be
encrypted with it, and every copy made on the way is too.

A client erased since the backup was made must not come back with it: once
the file is in place (and migrated), the erasure register is re-applied
(:func:`smpdesk.app.erasure.reapply_after_restore`) before the journal is
removed, so a crash in between is finished by the next start as well.  The
result says how many were removed again (:attr:`RestoreResult.erasure_message`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from smpdesk.domain.text_safety import terminal_safe
from smpdesk.errors import QT_TRANSLATE_NOOP, Sentence, Spoken, UserError, said
from smpdesk.infra.filesystems import process_alive, sync_folder
from smpdesk.paths import backups_dir_for, private_dir
from smpdesk.store import open_database
from smpdesk.store.database import os_error, translate_error
from smpdesk.store.engine import ERRORS, is_error
from smpdesk.store.sqlite_files import checkpoint_truncate, copy_file, has_sqlite_header

if TYPE_CHECKING:
    from smpdesk.app.erasure import Reapplied

COMPANIONS = ("-wal", "-shm")
_NOT_REAPPLIED: tuple[type[Exception], ...] = (UserError, OSError, *ERRORS)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    set_aside: Path | None
    counts: dict[str, int]
    # The erasure register re-applied to the restored file: who was erased again.
    reapplied: Reapplied = field(default_factory=lambda: _erasure().Reapplied())

    @property
    def erasure_message(self) -> str:
        """ "2 clients erased since this backup was made were removed again." ("" if none)."""
        return self.reapplied.message


def _erasure() -> ModuleType:
    """The erasure register's use cases, imported when a restore runs, not on every
    start (the window asks this module whether a restore is pending before it opens)."""
    from smpdesk.app import erasure

    return erasure


def _backup_files() -> ModuleType:
    """Backup checks, imported when a restore runs (see :func:`_erasure`)."""
    from smpdesk.app import backup_files

    return backup_files


def real_path(db_path: Path) -> Path:
    """The file a path names, symlinks and ``..`` resolved (missing files too)."""
    try:
        return Path(os.path.realpath(db_path))
    except OSError as exc:
        raise os_error(exc, db_path) from exc


def staged_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.restoring")


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.restore-pending")


def _lock_holder(db_path: Path) -> int | None:
    """The pid of a running smpdesk window on this database, if any.

    Reads the QLockFile the window holds (first line: its pid) without Qt.
    """
    lock = db_path.with_name(db_path.name + ".lock")
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").splitlines()[0])
    except (OSError, ValueError, IndexError):
        return None
    if pid == os.getpid():
        return None  # this process holds it: the window is restoring before it opens
    return pid if process_alive(pid) else None


def window_holds(db_path: Path) -> bool:
    """Is a window open on this database, by the name given or by the real file?"""
    return any(_lock_holder(p) is not None for p in {Path(db_path), real_path(db_path)})


class _Plan:
    """What the journal says: whose restore, which phase, where the old file went."""

    def __init__(self, pid: int, phase: str, set_aside: Path | None, backup_name: str) -> None:
        self.pid, self.phase, self.set_aside, self.backup_name = pid, phase, set_aside, backup_name


def restore_running(db_path: Path) -> bool:
    """Is another process restoring this database right now?"""
    db_path = real_path(Path(db_path))
    journal = journal_path(db_path)
    if not journal.exists():
        return False
    plan = _read_journal(journal)
    return plan.pid != os.getpid() and process_alive(plan.pid)


RESTORE_RUNNING = QT_TRANSLATE_NOOP(
    "core", "Another restore of this clinic database is running; wait for it to finish."
)


def restore(
    db_path: Path, backup: Path, *, now: datetime | None = None, key: bytes | None = None
) -> RestoreResult:
    """Put ``backup`` in place of the clinic database at ``db_path``, keeping the current file.

    ``key``: an encrypted clinic's; the backup must be encrypted with it.
    """
    given, backup = Path(db_path), Path(backup)
    if not backup.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("core", "There is no backup file at {backup}; check the path."),
            backup=backup,
        )
    if window_holds(given):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "smpdesk is open on this clinic database; close its window before restoring.",
            )
        )
    db_path = real_path(given)
    if db_path.exists() and (real_path(backup) == db_path or os.path.samefile(backup, db_path)):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "That is the clinic database itself, not a backup; choose a backup file."
            )
        )
    finish_interrupted(db_path, key=key)
    if restore_running(db_path):
        raise UserError(RESTORE_RUNNING)
    ok, problem = _backup_files().verify_backup(backup, full=True, key=key)
    if not ok:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{problem} Nothing was changed."), problem=Spoken(problem)
        )

    # The journal comes first and names this process: another start leaves a
    # live restore alone, and finishes or rolls back a dead one.
    try:
        _write_journal(db_path, _Plan(os.getpid(), "copying", None, backup.name), new=True)
    except FileExistsError:
        raise UserError(RESTORE_RUNNING) from None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "The restore could not start ({reason})"),
            reason=os_error(exc, db_path),
        ) from exc
    try:
        set_aside = _swap(db_path, backup, now or datetime.now(), key)
    except BaseException as exc:
        outcome = _recover(db_path, _read_journal(journal_path(db_path)), key)
        if isinstance(exc, (OSError, *ERRORS, UserError)):
            reason = (
                os_error(exc, db_path)
                if isinstance(exc, OSError)
                else translate_error(exc, db_path, key=key)
                if is_error(exc)
                else exc
            )
            raise UserError(
                QT_TRANSLATE_NOOP("core", "The restore did not complete ({reason}). {outcome}"),
                reason=reason,
                outcome=Spoken(outcome),
            ) from exc
        raise
    try:
        try:
            open_database(db_path, key=key).conn.close()  # migrates an older backup forward
        except UserError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The backup was put in place but could not be opened ({reason}); the "
                    "previous database is kept at {set_aside}.",
                ),
                reason=exc,
                set_aside=set_aside,
            ) from exc
        reapplied = _erasure().reapply_after_restore(
            db_path, set_aside=set_aside, backup_folder=real_path(backup).parent, key=key
        )
    finally:
        # Only now: a restore killed before the register was re-applied is finished
        # (register and all) by the next start, from the journal.
        journal_path(db_path).unlink(missing_ok=True)
        sync_folder(db_path.parent)
    _ok, _message, counts = _backup_files().check_database(db_path, key=key)
    return RestoreResult(
        restored_from=backup, set_aside=set_aside, counts=counts, reapplied=reapplied
    )


def _swap(db_path: Path, backup: Path, when: datetime, key: bytes | None) -> Path | None:
    """Stage, check, set the current file aside, put the copy in place; the journal follows."""
    # 1. Copy the backup beside the database under a temporary name and check it:
    #    until the final rename, the current file is untouched.
    staged = staged_path(db_path)
    _remove_with_companions(staged)
    _copy_owner_only(backup, staged, key)
    ok, problem = _backup_files().verify_backup(staged, full=False, key=key)
    if not ok:
        template, values = said(problem)
        raise UserError(template, **values)
    # 2. Keep the current file (never overwritten), then put the copy in place.
    set_aside: Path | None = None
    if db_path.exists():
        set_aside = _free_name(backups_dir_for(db_path), db_path.stem, when)
    _write_journal(db_path, _Plan(os.getpid(), "swapping", set_aside, backup.name))
    if set_aside is not None:
        _set_aside(db_path, set_aside, key)
    _put_in_place(staged, db_path, set_aside)
    sync_folder(db_path.parent)
    return set_aside  # the journal stays until the erasure register is re-applied


def _copy_owner_only(backup: Path, staged: Path, key: bytes | None = None) -> None:
    """SQLite backup-API copy into a file created 0600 (never the umask's 0644)."""
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    copy_file(backup, staged, key=key)


def _put_in_place(staged: Path, db_path: Path, set_aside: Path | None) -> None:
    """The staged copy becomes the database; stray companions of the old file go with it.

    A -wal left at the path by the previous file would otherwise be replayed
    into the restored one.  It is moved, never deleted: it may hold that
    file's last transactions.
    """
    for suffix in COMPANIONS:
        stray = Path(f"{db_path}{suffix}")
        if stray.exists():
            home = Path(f"{set_aside}{suffix}") if set_aside is not None else None
            if home is None or home.exists():
                home = _free_name(backups_dir_for(db_path), f"{db_path.stem}-stray", datetime.now())
                home = home.with_name(f"{home.name}{suffix}")
            shutil.move(str(stray), home)
    os.replace(staged, db_path)
    with contextlib.suppress(OSError):
        db_path.chmod(0o600)


def _write_journal(db_path: Path, plan: _Plan, *, new: bool = False) -> None:
    """Record ``plan`` durably (created exclusively when ``new``, else replaced atomically)."""
    journal = journal_path(db_path)
    data = json.dumps(
        {
            "pid": plan.pid,
            "phase": plan.phase,
            "set_aside": str(plan.set_aside) if plan.set_aside is not None else None,
            "backup_name": plan.backup_name,
            "written_at": datetime.now().isoformat(timespec="seconds"),
        }
    ).encode("utf-8")
    target = journal if new else journal.with_name(f"{journal.name}.new")
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if new else os.O_TRUNC)
    fd = os.open(target, flags, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    if not new:
        os.replace(target, journal)
    sync_folder(db_path.parent)


def _read_journal(journal: Path) -> _Plan:
    """The plan a journal records; a garbled one plans nothing but "put things back"."""
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        pid, phase = int(plan.get("pid", 0)), str(plan.get("phase", "swapping"))
        aside, name = plan.get("set_aside"), str(plan.get("backup_name") or "the backup")
    except (OSError, ValueError, AttributeError, TypeError):
        return _Plan(0, "swapping", None, "the backup")
    # Only ever a plain file directly inside this database's backups folder:
    # the journal is a file on disk like any other and must not steer a move.
    folder = real_path(backups_dir_for(journal))
    if isinstance(aside, str):
        candidate = Path(aside)
        if (
            candidate.name not in ("", ".", "..")
            and real_path(candidate.parent) == folder
            and not candidate.is_symlink()
        ):
            return _Plan(pid, phase, folder / candidate.name, name[:200])
    return _Plan(pid, phase, None, name[:200])


def finish_interrupted(db_path: Path, *, key: bytes | None = None) -> str | None:
    """Complete or roll back a restore a crash interrupted; say which (None: nothing to do).

    Leaves alone a restore whose process is still running, and a database a
    window holds (it finished this when it opened).  Also removes a staged
    copy left with no journal.  ``key``: an encrypted clinic's; without it an
    encrypted staged copy cannot be checked, so the restore is rolled back.
    """
    db_path = real_path(Path(db_path))
    journal, staged = journal_path(db_path), staged_path(db_path)
    if not journal.exists():
        if staged.exists() and not window_holds(db_path):
            _remove_with_companions(staged)
        return None
    plan = _read_journal(journal)
    if plan.pid != os.getpid() and process_alive(plan.pid):
        return None
    if window_holds(db_path):
        return None
    return _recover(db_path, plan, key)


def _recover(db_path: Path, plan: _Plan, key: bytes | None = None) -> str:
    """Put the database back in one piece according to ``plan``; say what was done."""
    journal, staged = journal_path(db_path), staged_path(db_path)
    set_aside, name = plan.set_aside, terminal_safe(plan.backup_name)
    staged_ok = staged.exists() and _backup_files().verify_backup(staged, full=False, key=key)[0]
    if plan.phase == "copying" or (db_path.exists() and staged.exists()):
        # Stopped before the current file moved: put back any companion that
        # did move, drop the copy.
        _move_back(set_aside, db_path, main=False)
        _remove_with_companions(staged)
        outcome: str = Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "A restore from {name} was stopped before it changed anything; the clinic "
                "database is as it was.",
            ),
            name=name,
        )
    elif db_path.exists():
        outcome = Sentence(
            QT_TRANSLATE_NOOP(
                "core", "A restore from {name} was interrupted at its very end; it is complete."
            ),
            name=name,
        )
        outcome = _with_register(outcome, db_path, set_aside, key)
    elif staged_ok:
        _put_in_place(staged, db_path, set_aside)
        if set_aside:
            outcome = Sentence(
                QT_TRANSLATE_NOOP(
                    "core",
                    "A restore from {name} was interrupted; it has now been completed "
                    "(the previous database is kept as {set_aside}).",
                ),
                name=name,
                set_aside=set_aside,
            )
        else:
            outcome = Sentence(
                QT_TRANSLATE_NOOP(
                    "core", "A restore from {name} was interrupted; it has now been completed."
                ),
                name=name,
            )
        outcome = _with_register(outcome, db_path, set_aside, key)
    elif set_aside is not None and set_aside.exists():
        _move_back(set_aside, db_path, main=True)
        _remove_with_companions(staged)
        outcome = Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "A restore from {name} was interrupted and could not be completed; the clinic "
                "database was put back as it was before the restore.",
            ),
            name=name,
        )
    else:
        _remove_with_companions(staged)
        outcome = Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "A restore from {name} was interrupted and neither copy could be used; "
                "restore a backup again with 'smpdesk restore FILE'.",
            ),
            name=name,
        )
    journal.unlink(missing_ok=True)
    journal.with_name(f"{journal.name}.new").unlink(missing_ok=True)
    sync_folder(db_path.parent)
    return outcome


def _with_register(outcome: str, db_path: Path, set_aside: Path | None, key: bytes | None) -> str:
    """A restore finished after a crash: re-apply the erasure register too, and say so."""
    try:
        if key is None and not has_sqlite_header(db_path):
            # Encrypted, and the key is not known at this point (the start, before signing in).
            return Sentence(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{outcome} Clients erased since that backup was made may be back in it: "
                    "restore it again once signed in to remove them.",
                ),
                outcome=Spoken(outcome),
            )
        reapplied = _erasure().reapply_after_restore(db_path, set_aside=set_aside, key=key)
    except _NOT_REAPPLIED as exc:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "{outcome} Clients erased since that backup was made could not be removed "
                "({reason}).",
            ),
            outcome=Spoken(outcome),
            reason=exc,
        )
    return f"{outcome} {reapplied.message}".strip()


def _move_back(set_aside: Path | None, db_path: Path, *, main: bool) -> None:
    if set_aside is None:
        return
    suffixes = ("", *COMPANIONS) if main else COMPANIONS
    for suffix in suffixes:
        source, destination = Path(f"{set_aside}{suffix}"), Path(f"{db_path}{suffix}")
        if source.exists() and not destination.exists():
            shutil.move(str(source), destination)


def _free_name(folder: Path, stem: str, when: datetime) -> Path:
    """A name for the kept copy that no earlier restore has used."""
    private_dir(folder)
    base = f"{stem}-replaced-{when:%Y-%m-%d_%H%M%S}"
    candidate, number = folder / f"{base}.sqlite3", 2
    while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm")):
        candidate = folder / f"{base}-{number}.sqlite3"
        number += 1
    return candidate


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _set_aside(db_path: Path, target: Path, key: bytes | None = None) -> None:
    """Move the current file (and its WAL companions) out of the way, intact.

    A sound database is first checkpointed so the moved file is complete on
    its own; a damaged one (or, with ``key``, one the key does not open) is
    moved as it is, companions included.  If any move fails, those already
    made are undone.
    """
    ok, _message, _counts = _backup_files().check_database(db_path, key=key)
    if ok:
        checkpoint_truncate(db_path, key=key)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *COMPANIONS):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                destination = Path(f"{target}{suffix}")
                shutil.move(str(source), destination)
                moved.append((source, destination))
    except OSError:
        for source, destination in reversed(moved):
            shutil.move(str(destination), source)
        raise
