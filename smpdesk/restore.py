"""Restoring the clinic database from a backup, without losing anything.

The backup is verified first (a damaged or newer backup is refused), the
current file is set aside rather than overwritten (even a damaged one may
hold the only copy of this morning's records), and the restored file is
opened through the normal path so an older backup is migrated forward.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from smpdesk.backups import check_database, verify_backup
from smpdesk.errors import UserError
from smpdesk.paths import backups_dir_for
from smpdesk.store import open_database


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    set_aside: Path | None
    counts: dict[str, int]


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
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid  # alive, owned by someone else
    return pid


def restore(db_path: Path, backup: Path, *, now: datetime | None = None) -> RestoreResult:
    db_path, backup = Path(db_path), Path(backup)
    if not backup.is_file():
        raise UserError(f"There is no backup file at {backup}; check the path.")
    if db_path.exists() and backup.resolve() == db_path.resolve():
        raise UserError("That is the clinic database itself, not a backup; choose a backup file.")
    if _lock_holder(db_path) is not None:
        raise UserError(
            "smpdesk is open on this clinic database; close its window before restoring."
        )
    ok, problem = verify_backup(backup, full=True)
    if not ok:
        raise UserError(f"{problem} Nothing was changed.")

    # 1. Copy the backup beside the database under a temporary name and check it:
    #    until the final rename, the current file is untouched.
    staged = db_path.with_name(f".{db_path.name}.restoring")
    _remove_with_companions(staged)
    try:
        source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        target = sqlite3.connect(staged)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        ok, problem = verify_backup(staged, full=False)
        if not ok:
            raise UserError(problem)
    except (sqlite3.Error, OSError, UserError) as exc:
        _remove_with_companions(staged)
        raise UserError(f"The restore did not complete ({exc}); nothing was changed.") from exc

    # 2. Keep the current file (never overwritten), then put the copy in place.
    set_aside: Path | None = None
    if db_path.exists():
        set_aside = _free_name(backups_dir_for(db_path), db_path.stem, now or datetime.now())
        try:
            _set_aside(db_path, set_aside)
        except OSError as exc:
            _remove_with_companions(staged)
            raise UserError(
                f"The current database could not be moved aside ({exc.strerror}); "
                "nothing was changed."
            ) from exc
    os.replace(staged, db_path)
    try:
        open_database(db_path).conn.close()  # migrates an older backup forward
    except UserError as exc:
        raise UserError(
            f"The backup was put in place but could not be opened ({exc}); the previous "
            f"database is kept at {set_aside}."
        ) from exc
    _ok, _message, counts = check_database(db_path)
    return RestoreResult(restored_from=backup, set_aside=set_aside, counts=counts)


def _free_name(folder: Path, stem: str, when: datetime) -> Path:
    """A name for the kept copy that no earlier restore has used."""
    folder.mkdir(parents=True, exist_ok=True)
    base = f"{stem}-replaced-{when:%Y-%m-%d_%H%M%S}"
    candidate, number = folder / f"{base}.sqlite3", 2
    while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm")):
        candidate = folder / f"{base}-{number}.sqlite3"
        number += 1
    return candidate


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _set_aside(db_path: Path, target: Path) -> None:
    """Move the current file (and its WAL companions) out of the way, intact.

    A sound database is first checkpointed so the moved file is complete on
    its own; a damaged one is moved as it is, companions included.  If any
    move fails, those already made are undone.
    """
    ok, _message, _counts = check_database(db_path)
    if ok:
        conn = sqlite3.connect(db_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                destination = Path(f"{target}{suffix}")
                shutil.move(str(source), destination)
                moved.append((source, destination))
    except OSError:
        for source, destination in reversed(moved):
            shutil.move(str(destination), source)
        raise
