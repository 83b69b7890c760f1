"""Writing the files people ask for (PDFs, photos, exports) without hurting the clinic.

Every ``-o FILE`` and every Save dialog ends here.  A typo, a ``..``, a
symlink or a hard link must never let a handout land on the clinic database,
its ``-wal`` (acknowledged writes live there while a window is open), its
lock, or a backup: those are refused whatever ``overwrite`` says.  Any other
existing file is replaced only when the user asked for that (``--force``, or
the Save dialog's own "Replace?" question).

The bytes go to a temporary file in the target's folder, are fsync'd, and
are renamed over the target: a full disk or a crash leaves the old file (or
nothing), never a truncated PDF.  The new file is the owner's alone (0600):
a consent record holds medical answers.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from smpdesk.backups import sync_folder
from smpdesk.errors import DatabaseWriteError, UserError
from smpdesk.paths import backups_dir_for
from smpdesk.store.database import os_error

# Files SQLite and smpdesk keep beside the database.
DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")
PRIVATE_FILE_MODE = 0o600


def _real(path: Path | str) -> Path:
    return Path(os.path.realpath(path))


@dataclass(frozen=True)
class ProtectedFiles:
    """The clinic's own files and folders, which no output may touch."""

    files: frozenset[Path]
    folders: frozenset[Path]
    inodes: frozenset[tuple[int, int]]

    @classmethod
    def around(cls, db_path: Path, extra_folders: Iterable[Path] = ()) -> ProtectedFiles:
        """The database at ``db_path`` (as given and resolved), its companions and backups."""
        db_path = Path(db_path)
        files: set[Path] = set()
        for base in {Path(os.path.abspath(db_path)), _real(db_path)}:
            for suffix in DATABASE_COMPANIONS:
                files.add(Path(f"{base}{suffix}"))
                files.add(_real(f"{base}{suffix}"))
            files.add(base.with_name(f".{base.name}.restoring"))
            files.add(base.with_name(f".{base.name}.restore-pending"))
        folders = {
            _real(folder)
            for folder in (
                backups_dir_for(db_path),
                backups_dir_for(_real(db_path)),
                *extra_folders,
            )
        }
        inodes: set[tuple[int, int]] = set()
        for path in files:
            with contextlib.suppress(OSError, ValueError):
                info = os.stat(path)
                inodes.add((info.st_dev, info.st_ino))
        return cls(frozenset(files), frozenset(folders), frozenset(inodes))

    def refusal(self, target: Path) -> str:
        """Why writing ``target`` would touch the clinic's own files, or ""."""
        real = _real(target)
        name = target.name or str(target)
        if real in self.files or Path(os.path.abspath(target)) in self.files:
            return f"{name} is the clinic database (or one of its working files)"
        # As typed and as resolved: "hard/x/.." resolves to "hard", which stat()
        # of the typed spelling cannot reach.
        for spelling in (target, real):
            with contextlib.suppress(OSError, ValueError):
                info = os.stat(spelling)
                if (info.st_dev, info.st_ino) in self.inodes:
                    return f"{name} is another name for the clinic database (or one of its files)"
        for folder in self.folders:
            if real == folder or folder in real.parents:
                return f"{name} is inside the backups folder {folder}"
        return ""


def refuse_protected(target: Path, protected: ProtectedFiles) -> None:
    """Raise if ``target`` names one of the clinic's own files (before any renaming)."""
    try:
        why = protected.refusal(Path(target))
    except OSError as exc:
        raise os_error(exc, Path(target)) from exc
    if why:
        raise UserError(f"{why}, so nothing was written there; choose another file name or folder.")


def check_target(target: Path, protected: ProtectedFiles, *, overwrite: bool = False) -> Path:
    """The real path to write ``target`` to, or a :class:`UserError` saying why not.

    A symlink is followed: the file it points at is replaced, the link stays.
    """
    target = Path(target)
    refuse_protected(target, protected)
    try:
        real = _real(target)
        if not real.parent.is_dir():
            raise UserError(
                f"The folder {real.parent} does not exist; choose another place to save."
            )
        try:
            info = os.stat(real)
        except FileNotFoundError:
            return real
        if stat.S_ISDIR(info.st_mode):
            raise UserError(
                f"{target} is a folder; give a file name inside it, such as {target / 'sheet.pdf'}."
            )
        if not stat.S_ISREG(info.st_mode):
            raise UserError(f"{target} is not an ordinary file, so nothing was written there.")
        if not overwrite:
            raise UserError(
                f"{target} already exists; choose a new file name, or add --force to replace it."
            )
        return real
    except OSError as exc:
        raise os_error(exc, target) from exc


def write_file(
    target: Path,
    data: bytes,
    protected: ProtectedFiles,
    *,
    overwrite: bool = False,
    what: str = "The file",
) -> Path:
    """Write ``data`` to ``target`` atomically and owner-only; return the path written."""
    real = check_target(target, protected, overwrite=overwrite)
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{real.name[:100]}.", suffix=".part", dir=real.parent
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # The target may have appeared (or become the database's name) meanwhile.
        check_target(target, protected, overwrite=overwrite)
        os.replace(tmp_name, real)
        tmp_name = ""
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DatabaseWriteError(
                f"The disk is full, so {what.lower()} was not written to {target}; "
                "free some space and try again (nothing else was changed)."
            ) from exc
        raise os_error(exc, target) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    sync_folder(real.parent)
    return real


__all__ = ["ProtectedFiles", "check_target", "refuse_protected", "write_file"]
