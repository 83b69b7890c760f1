"""One smpdesk window per clinic database.

Two windows on one file would each believe their list is current, and the
DESIGN asks for one writer; a QLockFile beside the database (holding the
owner's pid and host) refuses a second copy with a sentence naming the first.
A lock left by a crash is recognised as stale (its process is gone) and
taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from smpdesk.errors import UserError


class AlreadyOpenError(UserError):
    pass


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> QLockFile:
    """Hold the database's lock for as long as the returned object lives."""
    lock = QLockFile(str(lock_path(db_path)))
    # Never stale by age (a desk left open for days is still open); a lock
    # whose process has died is still detected as stale by Qt.
    lock.setStaleLockTime(0)
    if lock.tryLock(100):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        # PySide6 returns (pid, hostname, appname); the C++ bool is folded in.
        pid, host, _app = lock.getLockInfo()[-3:]
        raise AlreadyOpenError(
            f"smpdesk is already open on this clinic database (process {pid} on {host}); "
            "switch to that window, or close it before opening another."
        )
    raise UserError(
        f"The lock file beside {db_path.name} could not be created; check that you may "
        "write to its folder."
    )
