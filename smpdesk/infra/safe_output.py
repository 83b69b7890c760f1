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

from smpdesk.errors import QT_TRANSLATE_NOOP, DatabaseWriteError, UserError
from smpdesk.infra.filesystems import sync_folder
from smpdesk.paths import backups_dir_for
from smpdesk.store.database import os_error

# Files SQLite and smpdesk keep beside the database.
# The file, its SQLite companions, the single-instance lock, the key file and the
# erasure register (which brings erased clients' erasure back after a restore).
DATABASE_COMPANIONS = (
    "",
    "-wal",
    "-shm",
    "-journal",
    ".lock",
    ".keys",
    ".erasures.json",
    ".erasures.json.unreadable",  # a damaged register, kept for the owner to look at
)


def _real(path: Path | str) -> Path:
    return Path(os.path.realpath(path))


def _identity(path: Path | str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino)


@dataclass(frozen=True)
class ProtectedFiles:
    """The clinic's own files and folders, which no output may touch.

    Names are compared as resolved paths, and also by file identity (device,
    inode), so a hard link, a different letter case on a case-insensitive disk
    (macOS, Windows, a FAT USB stick) or a different Unicode spelling of the
    same folder is recognised as well.
    """

    files: frozenset[Path]
    folders: frozenset[Path]
    inodes: frozenset[tuple[int, int]]
    folder_inodes: frozenset[tuple[int, int]]
    # (identity of the database's folder, case-folded companion names)
    companion_names: frozenset[tuple[tuple[int, int], str]]

    @classmethod
    def around(cls, db_path: Path, extra_folders: Iterable[Path] = ()) -> ProtectedFiles:
        """The database at ``db_path`` (as given and resolved), its companions and backups."""
        db_path = Path(db_path)
        files: set[Path] = set()
        names: set[tuple[tuple[int, int], str]] = set()
        for base in {Path(os.path.abspath(db_path)), _real(db_path)}:
            companions = [Path(f"{base}{suffix}") for suffix in DATABASE_COMPANIONS]
            companions += [
                base.with_name(f".{base.name}.restoring"),
                base.with_name(f".{base.name}.restore-pending"),
                # Protecting a clinic: the encrypted copy being made, the plain one kept.
                base.with_name(f".{base.name}.protecting"),
                base.with_name(f".{base.name}.unprotected"),
                # Wrong passwords waiting for the next sign-in to reach the audit trail.
                base.with_name(f".{base.name}.failed-sign-ins"),
            ]
            folder = _identity(base.parent)
            for path in companions:
                files.update((path, _real(path)))
                if folder is not None:
                    names.add((folder, path.name.casefold()))
        folders = {
            _real(folder)
            for folder in (
                backups_dir_for(db_path),
                backups_dir_for(_real(db_path)),
                *extra_folders,
            )
        }
        inodes = {found for path in files if (found := _identity(path)) is not None}
        folder_inodes = {found for path in folders if (found := _identity(path)) is not None}
        return cls(
            frozenset(files),
            frozenset(folders),
            frozenset(inodes),
            frozenset(folder_inodes),
            frozenset(names),
        )

    def refusal(self, target: Path) -> str:
        """Why writing ``target`` would touch the clinic's own files, or ""."""
        found = self._refused(target)
        return "" if found is None else _WHY[found[0]].format(**found[1])

    def _refused(self, target: Path) -> tuple[str, dict[str, object]] | None:
        """Which of :data:`_WHY` forbids writing ``target``, with its values; None: none."""
        real = _real(target)
        name = target.name or str(target)
        if real in self.files or Path(os.path.abspath(target)) in self.files:
            return "database", {"name": name}
        # As typed and as resolved: "hard/x/.." resolves to "hard", which stat()
        # of the typed spelling cannot reach.
        for spelling in (target, real):
            if _identity(spelling) in self.inodes:
                return "another_name", {"name": name}
        parent = _identity(real.parent)
        if parent is not None and (parent, real.name.casefold()) in self.companion_names:
            return "database", {"name": name}
        for folder in self.folders:
            if real == folder or folder in real.parents:
                return "backups", {"name": name, "folder": folder}
        for ancestor in (real, *real.parents):
            if _identity(ancestor) in self.folder_inodes:
                return "backups", {"name": name, "folder": ancestor}
        return None


# Why a name is refused (ProtectedFiles.refusal), and the whole sentence the user reads.
_WHY = {
    "database": "{name} is the clinic database (or one of its working files)",
    "another_name": "{name} is another name for the clinic database (or one of its files)",
    "backups": "{name} is inside the backups folder {folder}",
}
_REFUSED = {
    "database": QT_TRANSLATE_NOOP(
        "core",
        "{name} is the clinic database (or one of its working files), so nothing was written "
        "there; choose another file name or folder.",
    ),
    "another_name": QT_TRANSLATE_NOOP(
        "core",
        "{name} is another name for the clinic database (or one of its files), so nothing was "
        "written there; choose another file name or folder.",
    ),
    "backups": QT_TRANSLATE_NOOP(
        "core",
        "{name} is inside the backups folder {folder}, so nothing was written there; choose "
        "another file name or folder.",
    ),
}


def refuse_protected(target: Path, protected: ProtectedFiles) -> None:
    """Raise if ``target`` names one of the clinic's own files (before any renaming)."""
    try:
        found = protected._refused(Path(target))
    except OSError as exc:
        raise os_error(exc, Path(target)) from exc
    if found is not None:
        kind, values = found
        raise UserError(_REFUSED[kind], **values)


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
                QT_TRANSLATE_NOOP(
                    "core",
                    "The folder {parent} does not exist; choose another place to save.",
                ),
                parent=real.parent,
            )
        try:
            info = os.stat(real)
        except FileNotFoundError:
            return real
        if stat.S_ISDIR(info.st_mode):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{target} is a folder; give a file name inside it, such as {example}.",
                ),
                target=target,
                example=target / "sheet.pdf",
            )
        if not stat.S_ISREG(info.st_mode):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{target} is not an ordinary file, so nothing was written there.",
                ),
                target=target,
            )
        if not overwrite:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{target} already exists; choose a new file name, or add --force to "
                    "replace it.",
                ),
                target=target,
            )
        return real
    except OSError as exc:
        raise os_error(exc, target) from exc


def _place_new(tmp: Path, real: Path) -> None:
    """Rename ``tmp`` to ``real`` only if nothing is there (a link fails if it exists).

    File systems without hard links (FAT, some shares) fall back to a checked
    rename: the window for a race is then the one check_target already had.
    """
    try:
        os.link(tmp, real)
    except FileExistsError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} appeared while it was being written, so it was left alone; "
                "choose a new file name.",
            ),
            name=real.name,
        ) from None
    except OSError as exc:
        if exc.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
        ):
            raise
        os.replace(tmp, real)
        return
    os.unlink(tmp)


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
        if overwrite:
            os.replace(tmp_name, real)
        else:
            _place_new(Path(tmp_name), real)
        tmp_name = ""
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DatabaseWriteError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The disk is full, so {what} was not written to {target}; free some "
                    "space and try again (nothing else was changed).",
                ),
                what=what.lower(),
                target=target,
            ) from exc
        raise os_error(exc, target) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    sync_folder(real.parent)
    return real


__all__ = ["ProtectedFiles", "check_target", "refuse_protected", "write_file"]
