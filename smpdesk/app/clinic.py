"""The clinic as a whole: opening its database, its settings, the files no output may touch.

Also the sentences for a file or database error, so a front can report one
the way the rest of the app does.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from smpdesk import store
from smpdesk.domain.clinic_settings import (
    UNREADABLE,
    ClinicSettings,
    backups_folder,
    settings_from_stored,
    settings_to_store,
)
from smpdesk.errors import NotADatabaseError
from smpdesk.infra.safe_output import ProtectedFiles
from smpdesk.paths import resolve_db_path
from smpdesk.store.database import db_path, disk_is_full, os_error, translate_error
from smpdesk.store.settings import set_settings, stored_settings


def open_clinic(path: str | Path, *, create: bool = False) -> sqlite_utils.Database:
    """Open the clinic database; a file gone bad is refused with where its newest good backup is."""
    try:
        return store.open_database(path, create=create)
    except NotADatabaseError as exc:
        if exc.damaged is None:  # a folder, another program's file: nothing to restore
            raise
        from smpdesk.app.backup_files import with_backup_advice

        damaged, sentence = exc.damaged
        raise type(exc)(with_backup_advice(damaged, sentence), damaged=exc.damaged) from exc


def open_database(path: str | Path, *, create: bool = False) -> sqlite_utils.Database:
    """Another connection to the clinic (a worker thread, a reconnect after a restore).

    The same as :func:`open_clinic`, refusals and all.
    """
    return open_clinic(path, create=create)


def load_settings(db: sqlite_utils.Database) -> ClinicSettings:
    """The saved settings, each checked; an unreadable one gives its default and a warning.

    See :func:`smpdesk.domain.clinic_settings.settings_from_stored`.
    """
    return settings_from_stored(stored_settings(db, unreadable=UNREADABLE))


def save_settings(db: sqlite_utils.Database, settings: ClinicSettings) -> None:
    """Save the settings; ValidationError (nothing saved) when any value is wrong."""
    set_settings(db, settings_to_store(settings))


def protected_files(
    db_path: Path | None = None, db: sqlite_utils.Database | None = None
) -> ProtectedFiles:
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
