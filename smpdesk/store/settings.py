"""Clinic settings kept in the database, so they travel with its backups.

Values are JSON.  Only clinic-wide facts live here (clinic details, paper,
intervals, aftercare day counts); window state belongs to QSettings.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from smpdesk.store.database import write


def get_setting(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except ValueError:
        return default


def stored_settings(db: sqlite_utils.Database, *, unreadable: object) -> dict[str, object]:
    """Every settings row, parsed; a row that is not JSON maps to ``unreadable``.

    What each value may be is checked by
    :func:`smpdesk.domain.clinic_settings.settings_from_stored`.
    """
    values: dict[str, object] = {}
    for key, text in db.execute("SELECT key, value FROM settings").fetchall():
        try:
            values[str(key)] = json.loads(text)
        except (TypeError, ValueError, RecursionError):  # NULL, not JSON, absurdly deep
            values[str(key)] = unreadable
    return values


def set_settings(db: sqlite_utils.Database, values: dict[str, Any]) -> None:
    with write(db):
        for key, value in values.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value, ensure_ascii=False)],
            )
