"""The clinic as a whole: opening its database, its settings, the files no output may touch.

Also the sentences for a file or database error, so a front can report one
the way the rest of the app does.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from smpdesk.clinic_settings import ClinicSettings, backups_folder, load_settings, save_settings
from smpdesk.services import open_clinic, protected_files
from smpdesk.store.database import db_path, disk_is_full, os_error, translate_error


def open_database(path: str | Path, *, create: bool = False) -> sqlite_utils.Database:
    """Another connection to the clinic (a worker thread, a reconnect after a restore).

    The same as :func:`open_clinic`, refusals and all.
    """
    return open_clinic(path, create=create)


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
