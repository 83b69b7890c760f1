"""The clinic as a whole: opening its database, its settings, the files no output may touch.

Also the sentences for a file or database error, so a front can report one
the way the rest of the app does.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, cast

import sqlite_utils

from smpdesk import store
from smpdesk.app.access import use_case
from smpdesk.domain.clinic_settings import (
    UNREADABLE,
    ClinicSettings,
    backups_folder,
    settings_from_stored,
    settings_to_store,
)
from smpdesk.domain.session_details import intervals_in_force
from smpdesk.domain.staff import Staff
from smpdesk.errors import NotADatabaseError
from smpdesk.infra.safe_output import ProtectedFiles
from smpdesk.paths import resolve_db_path
from smpdesk.store.database import db_path, disk_is_full, os_error, translate_error
from smpdesk.store.engine import ERRORS as SQLITE_ERRORS
from smpdesk.store.settings import set_settings, stored_settings

if TYPE_CHECKING:
    _ClinicBase = sqlite_utils.Database
else:
    # At run time the library is loaded at the handle's first use of it, not to start
    # the window (smpdesk/store/lazy_database.py); the handle is the same to its users.
    from smpdesk.store.lazy_database import LazyDatabase as _ClinicBase


class Clinic(_ClinicBase):
    """An open clinic: one connection to its file, the file's path, and who is signed in.

    It is the handle every use case takes (after Anki's ``Collection``): a
    use case never has to recover the path from the connection, a worker
    thread asks for :meth:`connect` and gets its own connection for the same
    person, and a restore swaps the file underneath through :meth:`reopen`,
    so every screen holding this handle sees the restored records.

    It is an ``sqlite_utils.Database`` so that the store's functions take it
    as they are; only ``store/`` runs SQL on it.  (At run time that database is
    made at its first use: see :mod:`smpdesk.store.lazy_database`.)
    """

    def __init__(
        self,
        path: Path,
        opened: sqlite_utils.Database | sqlite3.Connection,
        *,
        staff: Staff | None = None,
        key: bytes | None = None,
    ) -> None:
        # A Database's connection, or a connection (no isinstance: that would load sqlite-utils).
        conn = cast("sqlite3.Connection", getattr(opened, "conn", opened))
        super().__init__(conn, execute_plugins=False)
        self.path = Path(path)
        # Who is signed in (None: a clinic not protected yet, where anyone at
        # the laptop may do everything, as before accounts existed).
        self.staff = staff
        # The data key of a protected clinic; None for a plain file.
        self.key = key
        # Reads noted in the audit trail lately: (staff, use case, client) -> when
        # (time.monotonic).  The same read again within a minute adds nothing.
        self.recent_reads: dict[tuple[int, str, int | None], float] = {}

    @property
    def actor_id(self) -> int | None:
        """Whom the store stamps on the rows it writes (``created_by``, ``changed_by``)."""
        return self.staff.id if self.staff is not None else None

    def connect(self) -> Clinic:
        """Another connection to the same clinic, for a worker thread (open it on that thread).

        It carries the same person, so the worker's use cases are checked and
        audited as theirs.
        """
        other = open_clinic(self.path, key=self.key)
        other.staff = self.staff
        return other

    def reopen(self) -> None:
        """Open the file again after it was replaced (a restore), dropping the old connection.

        Raises the same refusals as :func:`open_clinic`; the handle is then
        left closed, and the caller says so and stops.
        """
        self.close()
        self.conn = open_clinic(self.path, key=self.key).conn
        if self.staff is not None:
            # The restored file says who this person is now (a role changed, an account
            # that did not exist yet): never carry the old role over.
            from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
            from smpdesk.store.staff import find_staff

            now = find_staff(self, self.staff.login)
            if now is None or now.disabled:
                self.close()
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Your account is not in the restored clinic file; start smpdesk again "
                        "and sign in as its owner.",
                    )
                )
            self.staff = now

    def close(self) -> None:
        """Close the connection (before the file is replaced, or when the window closes)."""
        self.conn.close()

    def adopt(self, other: Clinic) -> None:
        """Take over ``other``'s connection, key and signed-in person (the file was just
        protected: same path, now encrypted); ``other`` must not be used afterwards."""
        self.conn = other.conn
        self.key = other.key
        self.staff = other.staff


def open_clinic(path: str | Path, *, create: bool = False, key: bytes | None = None) -> Clinic:
    """Open the clinic database; a file gone bad is refused with where its newest good backup is.

    A protected clinic needs its data key (``app.protection.sign_in`` finds
    it from a password); nobody is signed in on the handle this returns.
    """
    try:
        conn = store.database.open_connection(path, create=create, key=key)
        return Clinic(Path(path), conn, key=key)
    except NotADatabaseError as exc:
        if exc.damaged is None:  # a folder, another program's file: nothing to restore
            raise
        from smpdesk.app.backup_files import with_backup_advice

        damaged, sentence = exc.damaged
        template, values = store.database.said(with_backup_advice(damaged, sentence))
        raise type(exc)(template, damaged=exc.damaged, **values) from exc


def open_database(path: str | Path, *, create: bool = False, key: bytes | None = None) -> Clinic:
    """Another connection to the clinic (a worker thread, a reconnect after a restore).

    The same as :func:`open_clinic`, refusals and all.
    """
    return open_clinic(path, create=create, key=key)


def load_settings(db: sqlite_utils.Database) -> ClinicSettings:
    """The saved settings, each checked; an unreadable one gives its default and a warning.

    See :func:`smpdesk.domain.clinic_settings.settings_from_stored`.
    """
    return settings_from_stored(stored_settings(db, unreadable=UNREADABLE))


@use_case
def save_settings(db: Clinic, settings: ClinicSettings) -> None:
    """Save the settings; ValidationError (nothing saved) when any value is wrong.

    The follow-up list's stored due dates are then recomputed if the intervals changed
    (a second transaction: until it is done, the list is computed without its index).
    """
    from smpdesk.store.sessions import set_follow_up_intervals  # not on the way to the window

    set_settings(db, settings_to_store(settings))
    set_follow_up_intervals(db, intervals_in_force(load_settings(db).follow_up_days))


def protected_files(db_path: Path | None = None, db: Clinic | None = None) -> ProtectedFiles:
    """The clinic's files no output may touch: the database, its companions, its backups.

    With the database open, the clinic's own backups folder (a USB drive, a
    NAS) from its settings is protected as well.  With neither argument: the
    default clinic (``SMPDESK_DB`` or the user-data folder).
    """
    if db_path is None:
        db_path = store.database.db_path(db) if db is not None else resolve_db_path(None)
    extra: list[Path] = []
    if db is not None:
        extra.append(backups_folder(Path(db_path), load_settings(db)))
    return ProtectedFiles.around(Path(db_path), extra)


__all__ = [
    "SQLITE_ERRORS",
    "Clinic",
    "ClinicSettings",
    "backups_folder",
    "db_path",
    "disk_is_full",
    "load_settings",
    "open_clinic",
    "open_database",
    "os_error",
    "protected_files",
    "save_settings",
    "translate_error",
]
