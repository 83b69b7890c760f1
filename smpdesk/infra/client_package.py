"""Writing a client's export as a folder or a ZIP file, all at once or not at all.

An export holds a client's medical answers and photos, so it is written like
every other output (:mod:`smpdesk.infra.safe_output`): never onto the clinic's
own files or into its backups folder, never over something that exists unless
asked, owner-only (0600 files, 0700 folders), and atomically.  Everything goes
into a temporary sibling (``.NAME.<random>.part``) that is renamed into place
only once every byte is written and flushed to disk, so a full disk, a pulled
USB stick or a crash leaves no half-written export behind: the temporary
sibling is removed, and the target is as it was.

A folder that already exists is used only if it is empty; ``overwrite``
replaces a folder only when the caller recognises it as an earlier export
(``earlier_export``), never any other folder with files in it: a slip in the
path must not empty someone's Documents folder.

Names inside come from :func:`safe_part`, which keeps only letters, digits,
``.``, ``_`` and ``-`` from whatever the client's data says, so no name can
climb out of the folder or hold a control character.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from smpdesk.errors import QT_TRANSLATE_NOOP, DatabaseWriteError, UserError
from smpdesk.infra.filesystems import sync_folder
from smpdesk.infra.safe_output import ProtectedFiles, check_target, refuse_protected
from smpdesk.store.database import os_error

# Already compressed: storing them again costs time and saves nothing.
_STORED_SUFFIXES = (".jpg", ".jpeg", ".pdf", ".png")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Letters that do not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae"}
)


@dataclass(frozen=True)
class PackageEntry:
    """One file of the package: its name inside (``photos/x.jpg``) and its bytes.

    ``data`` may be a function, called only when the file is written, so a
    client's hundreds of photos are never all in memory at once.
    """

    name: str
    data: bytes | Callable[[], bytes]

    def read(self) -> bytes:
        return self.data() if callable(self.data) else self.data


# (files written so far, files in all, the name just written)
PackageProgress = Callable[[int, int, str], None]


def safe_part(value: object, fallback: str = "x", *, limit: int = 40) -> str:
    """``value`` as one safe piece of a file name: ``2026-11-03``, ``front``, ``consent``.

    Accents are dropped (``Żółć`` -> ``Zolc``), anything else that is not a
    letter, digit, ``.``, ``_`` or ``-`` becomes ``-``, and leading dots and
    dashes go (no hidden files, nothing read as an option).
    """
    text = unicodedata.normalize("NFKD", str(value).translate(_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _UNSAFE.sub("-", text).strip(".-_")[:limit].strip(".-_")
    return text or fallback


def is_zip(target: Path) -> bool:
    """A target ending in ``.zip`` (any case) is written as a ZIP file, anything else as a
    folder."""
    return Path(target).suffix.lower() == ".zip"


def _checked_names(entries: Sequence[PackageEntry]) -> None:
    """Refuse (as a bug, not a user error) a name that could leave the package."""
    seen: set[str] = set()
    for entry in entries:
        path = PurePosixPath(entry.name)
        if (
            path.is_absolute()
            or not path.parts
            or any(part in ("", ".", "..") for part in path.parts)
            or any(safe_part(part, "") != part for part in path.parts)
            or entry.name.casefold() in seen
        ):
            raise ValueError(f"unsafe or repeated name in a package: {entry.name!r}")
        seen.add(entry.name.casefold())


def check_package_target(
    target: Path,
    protected: ProtectedFiles,
    *,
    overwrite: bool = False,
    earlier_export: Callable[[Path], bool] = lambda _folder: False,
) -> Path:
    """The real path the package would be written to, or a :class:`UserError` saying why not.

    Called before any work starts (so a refusal comes at once) and again just
    before the rename.
    """
    target = Path(target)
    if is_zip(target):
        return check_target(target, protected, overwrite=overwrite)
    refuse_protected(target, protected)
    try:
        real = Path(os.path.realpath(target))
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
        if not stat.S_ISDIR(info.st_mode):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{target} is a file, not a folder; give a new folder name, or a name "
                    "ending in .zip for a ZIP file.",
                ),
                target=target,
            )
        if not any(real.iterdir()):
            return real  # an empty folder made for it
        if not overwrite:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The folder {target} already has files in it; choose a new folder "
                    "name, or add --force to replace an earlier export there.",
                ),
                target=target,
            )
        if not earlier_export(real):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The folder {target} has files in it that are not an earlier client "
                    "export, so it was left alone; choose a new folder name.",
                ),
                target=target,
            )
        return real
    except OSError as exc:
        raise os_error(exc, target) from exc


def write_package(
    target: Path,
    entries: Sequence[PackageEntry],
    protected: ProtectedFiles,
    *,
    overwrite: bool = False,
    earlier_export: Callable[[Path], bool] = lambda _folder: False,
    when: datetime | None = None,
    progress: PackageProgress | None = None,
) -> Path:
    """Write ``entries`` as a ZIP (``target`` ends in .zip) or a new folder; the real path.

    ``when`` dates the ZIP's entries (default: now).
    """
    _checked_names(entries)
    real = check_package_target(
        target, protected, overwrite=overwrite, earlier_export=earlier_export
    )
    temporary: Path | None = None
    try:
        # Made first, so whatever goes wrong while writing into it, it is removed.
        prefix = f".{real.name[:100]}."
        if is_zip(target):
            fd, name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=real.parent)
            os.close(fd)
            temporary = Path(name)
            _write_zip(temporary, entries, when or datetime.now(), progress)
        else:
            temporary = Path(tempfile.mkdtemp(prefix=prefix, suffix=".part", dir=real.parent))
            _write_folder(temporary, entries, progress)
        # The target may have appeared (or become one of the clinic's files) meanwhile.
        real = check_package_target(
            target, protected, overwrite=overwrite, earlier_export=earlier_export
        )
        _place(temporary, real, overwrite=overwrite)
        temporary = None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DatabaseWriteError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The disk is full, so the export was not written to {target}; free "
                    "some space and try again (nothing was left behind).",
                ),
                target=target,
            ) from exc
        raise os_error(exc, Path(exc.filename) if exc.filename else Path(target)) from exc
    finally:
        if temporary is not None:
            _remove(temporary)
    sync_folder(real.parent)
    return real


def _write_zip(
    path: Path, entries: Sequence[PackageEntry], when: datetime, progress: PackageProgress | None
) -> None:
    """The ZIP, into the (new, owner-only) temporary file ``path``."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    with open(path, "wb") as handle:
        with zipfile.ZipFile(handle, "w") as archive:
            for done, entry in enumerate(entries, start=1):
                info = zipfile.ZipInfo(entry.name, date_time=stamp)
                info.external_attr = (stat.S_IFREG | 0o600) << 16
                info.compress_type = (
                    zipfile.ZIP_STORED
                    if entry.name.lower().endswith(_STORED_SUFFIXES)
                    else zipfile.ZIP_DEFLATED
                )
                archive.writestr(info, entry.read())
                if progress is not None:
                    progress(done, len(entries), entry.name)
        handle.flush()
        os.fsync(handle.fileno())


def _write_folder(
    folder: Path, entries: Sequence[PackageEntry], progress: PackageProgress | None
) -> None:
    """The files, into the (new, owner-only) temporary folder ``folder``."""
    made = {folder}
    for done, entry in enumerate(entries, start=1):
        path = folder.joinpath(*PurePosixPath(entry.name).parts)
        for parent in reversed(path.relative_to(folder).parents):
            sub = folder / parent
            if sub not in made:
                sub.mkdir(mode=0o700)
                made.add(sub)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(entry.read())
            handle.flush()
            os.fsync(handle.fileno())
        if progress is not None:
            progress(done, len(entries), entry.name)
    for sub in sorted(made, key=lambda p: len(p.parts), reverse=True):
        sync_folder(sub)


def _place(temporary: Path, real: Path, *, overwrite: bool) -> None:
    """Rename the finished package into place; what was there is kept until it is."""
    if temporary.is_file():  # a ZIP
        if overwrite:
            os.replace(temporary, real)
            return
        try:
            os.link(temporary, real)  # fails if something appeared: never clobbered
        except FileExistsError:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} appeared while the export was being written, so it was left "
                    "alone; choose a new file name.",
                ),
                name=real.name,
            ) from None
        except OSError:  # no hard links here (FAT, some shares): the checked rename
            os.replace(temporary, real)
            return
        os.unlink(temporary)
        return
    earlier: Path | None = None
    if real.is_dir():
        if any(real.iterdir()):
            # An earlier export, recognised by check_package_target: moved aside, not deleted,
            # until the new one is in its place.
            earlier = Path(tempfile.mkdtemp(prefix=f".{real.name[:100]}.", dir=real.parent))
            earlier.rmdir()
            os.rename(real, earlier)
        else:
            real.rmdir()
    try:
        os.rename(temporary, real)
    except OSError as exc:
        if earlier is not None:
            with contextlib.suppress(OSError):
                os.rename(earlier, real)
        if exc.errno in (errno.EEXIST, errno.ENOTEMPTY, errno.ENOTDIR):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} appeared while the export was being written, so it was left "
                    "alone; choose a new folder name.",
                ),
                name=real.name,
            ) from None
        raise
    if earlier is not None:
        _remove(earlier)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()


__all__ = [
    "PackageEntry",
    "PackageProgress",
    "check_package_target",
    "is_zip",
    "safe_part",
    "write_package",
]
