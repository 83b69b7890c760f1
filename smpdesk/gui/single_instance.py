"""One smpdesk window per clinic database.

Two windows on one file would each believe their list is current, and the
DESIGN asks for one writer; a QLockFile beside the database (holding the
owner's pid and host) refuses a second copy with a sentence naming the first.
A lock left by a crash is recognised as stale (its process is gone) and
taken over.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile

from smpdesk.app.clinic import disk_is_full
from smpdesk.errors import UserError
from smpdesk.gui.i18n import translate


class AlreadyOpenError(UserError):
    pass


def lock_path(db_path: Path) -> Path:
    """Beside the real file: a window opened through a symlink locks what a restore resolves to."""
    real = Path(os.path.realpath(db_path))
    return real.with_name(real.name + ".lock")


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
            translate(
                "single_instance",
                "smpdesk is already open on this clinic database (process {pid} on {host}); "
                "switch to that window, or close it before opening another.",
            ).format(pid=pid, host=host)
        )
    if disk_is_full(lock_path(db_path).parent):
        raise UserError(
            translate(
                "single_instance",
                "The disk is full, so smpdesk cannot open the clinic database safely; free "
                "some space and start it again.",
            )
        )
    raise UserError(
        translate(
            "single_instance",
            "The lock file beside {name} could not be created; check that you may "
            "write to its folder.",
        ).format(name=db_path.name)
    )
