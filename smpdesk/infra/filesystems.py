"""The file system and the processes on it: network shares, folder syncs, live processes.

Is the database on a network share?  SQLite's locking (and WAL's shared
memory) is unreliable over NFS and SMB: two machines can corrupt the file.
We cannot forbid it (some clinics keep files on a NAS), but we say so plainly.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import time
from pathlib import Path

NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "sshfs",
    "afs",
    "9p",
    "davfs",
    "fuse.davfs2",
}

NETWORK_WARNING = (
    "The clinic database is on a network share; SQLite cannot lock files safely there, "
    "so keep it on this computer's own disk and put backups on the share instead."
)


def _unescape(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def filesystem_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The filesystem type of the mount holding ``path`` (Linux), else None."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = os.path.realpath(path)
    best, best_type = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fs_type = _unescape(fields[1]), fields[2]
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type


def is_network_path(path: Path) -> bool:
    text = str(path)
    if sys.platform == "win32":
        if text.startswith(("\\\\", "//")):
            return True
        try:
            import ctypes

            drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
        except (AttributeError, OSError):
            return False
    fs_type = filesystem_type(path if path.exists() else path.parent)
    return fs_type in NETWORK_FILESYSTEMS if fs_type else False


def sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows has no dir fsync)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def process_alive(pid: int) -> bool:
    """Is process ``pid`` running (this one included)?  Unknown counts as yes.

    0 and negative numbers name process groups to ``kill``, never one process.
    """
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


# Pids are reused, so something left by a process is also abandoned once it is this old.
ABANDONED_AFTER_SECONDS = 24 * 3600


def abandoned(folder: Path, name: re.Pattern[str], *, now: float | None = None) -> list[Path]:
    """Entries of ``folder`` whose name matches ``name`` and whose writer is gone.

    ``name``'s first group is the writer's pid.  An entry counts as abandoned
    when that process is no longer running, or when the entry is a day old
    (the pid may have been reused).  Entries of any other name are never
    returned, and a folder that cannot be listed has none.
    """
    now = time.time() if now is None else now
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    found: list[Path] = []
    for path in entries:
        match = name.fullmatch(path.name)
        if match is None:
            continue
        try:
            old = now - path.lstat().st_mtime > ABANDONED_AFTER_SECONDS
            if old or not process_alive(int(match.group(1))):
                found.append(path)
        except (OSError, ValueError, OverflowError):
            continue
    return found


class NotOrdinaryFile(OSError):
    """A link, folder, pipe or device where an ordinary file was expected."""


class FileTooLarge(OSError):
    """Larger than anything smpdesk writes there."""


def read_ordinary_file(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of ``path``, which must be an ordinary file, not a link to one.

    For files beside the clinic that anyone may have crafted (the key file, the
    erasure register).  Checked before opening (a FIFO would block the open, a
    device might act on it) and again on what was opened (the name may have been
    replaced in between).  Raises FileNotFoundError, NotOrdinaryFile, FileTooLarge
    or another OSError; callers turn each into their own sentence.
    """
    info = os.lstat(path)
    if not _is_regular(info.st_mode):
        raise NotOrdinaryFile(str(path))
    if info.st_size > limit:
        raise FileTooLarge(str(path))
    flags = os.O_RDONLY
    for name in ("O_NOFOLLOW", "O_NONBLOCK", "O_CLOEXEC", "O_BINARY", "O_NOCTTY"):
        flags |= getattr(os, name, 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):  # replaced by a link meanwhile
            raise NotOrdinaryFile(str(path)) from None
        raise
    try:
        if not _is_regular(os.fstat(fd).st_mode):
            raise NotOrdinaryFile(str(path))
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, limit + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > limit:
        raise FileTooLarge(str(path))
    return b"".join(chunks)


def _is_regular(mode: int) -> bool:
    return stat.S_ISREG(mode)
