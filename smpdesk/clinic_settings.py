"""Clinic-wide settings: who the clinic is, paper, follow-up intervals, aftercare days.

Stored in the database (see :mod:`smpdesk.store.settings`) so a backup or a
new laptop carries them along.  Validation is here so the settings dialog and
any script refuse the same values.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlite_utils

from smpdesk.errors import ValidationError
from smpdesk.paths import backups_dir_for
from smpdesk.session_details import DEFAULT_FOLLOW_UP_DAYS, SESSION_TYPES
from smpdesk.store.settings import get_setting, set_settings

PAPER_SIZES = ("A4", "Letter")
DATE_STYLES = {"uk": "Friday 4 December 2026", "us": "Friday, December 4, 2026"}
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class ClinicSettings:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None
    paper: str = "A4"
    date_style: str = "uk"
    follow_up_days: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_FOLLOW_UP_DAYS))
    # Overrides of the aftercare day counts, by AftercareDays field name.
    aftercare_days: dict[str, int] = field(default_factory=dict)
    # Backups: a folder of the clinic's choosing ("" = beside the database),
    # when the status bar warns, and how many to keep.
    backup_folder: str = ""
    backup_warn_days: int = 2
    backup_keep: dict[str, int] = field(
        default_factory=lambda: {"daily": 7, "weekly": 4, "monthly": 12}
    )

    def with_changes(self, **changes: object) -> ClinicSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


def load_settings(db: sqlite_utils.Database) -> ClinicSettings:
    defaults = ClinicSettings()
    logo_text = get_setting(db, "clinic.logo")
    logo: bytes | None = None
    if isinstance(logo_text, str) and logo_text:
        try:
            logo = base64.b64decode(logo_text, validate=True)
        except (binascii.Error, ValueError):
            logo = None
    follow = dict(DEFAULT_FOLLOW_UP_DAYS)
    stored_follow = get_setting(db, "follow_up_days", {})
    if isinstance(stored_follow, dict):
        follow.update({k: int(v) for k, v in stored_follow.items() if k in follow and _is_days(v)})
    stored_days = get_setting(db, "aftercare_days", {})
    return ClinicSettings(
        name=str(get_setting(db, "clinic.name", defaults.name)),
        address=str(get_setting(db, "clinic.address", defaults.address)),
        phone=str(get_setting(db, "clinic.phone", defaults.phone)),
        email=str(get_setting(db, "clinic.email", defaults.email)),
        logo=logo,
        paper=str(get_setting(db, "paper", defaults.paper)),
        date_style=str(get_setting(db, "date_style", defaults.date_style)),
        follow_up_days=follow,
        backup_folder=str(get_setting(db, "backup.folder", "")),
        backup_warn_days=_int_setting(get_setting(db, "backup.warn_days", 2), 2),
        backup_keep={
            **defaults.backup_keep,
            **{
                k: int(v)
                for k, v in (get_setting(db, "backup.keep", {}) or {}).items()
                if k in defaults.backup_keep and _is_days(v)
            },
        },
        aftercare_days={str(k): int(v) for k, v in (stored_days or {}).items() if _is_days(v)}
        if isinstance(stored_days, dict)
        else {},
    )


def _int_setting(value: object, default: int) -> int:
    return int(value) if _is_days(value) else default  # type: ignore[call-overload]


def _is_days(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 3650


def validate_settings(settings: ClinicSettings) -> dict[str, str]:
    problems: dict[str, str] = {}
    if len(settings.name) > 120:
        problems["name"] = "Keep the clinic name under 120 characters."
    if len(settings.address) > 400:
        problems["address"] = "Keep the address under 400 characters."
    if len(settings.phone) > 40:
        problems["phone"] = "Keep the phone number under 40 characters."
    if len(settings.email) > 120:
        problems["email"] = "Keep the email address under 120 characters."
    if settings.paper not in PAPER_SIZES:
        problems["paper"] = "Choose A4 or Letter."
    if settings.date_style not in DATE_STYLES:
        problems["date_style"] = "Choose a date style from the list."
    if settings.logo is not None and len(settings.logo) > MAX_LOGO_BYTES:
        problems["logo"] = "The logo is too large; use a picture under 2 MB."
    for kind, days in settings.follow_up_days.items():
        if kind not in SESSION_TYPES or not _is_days(days):
            problems["follow_up_days"] = "Follow-up intervals are whole days from 1 to 3650."
    if not 1 <= settings.backup_warn_days <= 365:
        problems["backup_warn_days"] = "Warn about old backups after 1 to 365 days."
    if any(not 0 < n <= 1000 for n in settings.backup_keep.values()):
        problems["backup_keep"] = "Keep between 1 and 1000 backups of each kind."
    if settings.aftercare_days:
        from smpdesk.aftercare import AftercareDays
        from smpdesk.errors import UserError

        try:
            AftercareDays.from_mapping(settings.aftercare_days)
        except UserError as exc:
            problems["aftercare_days"] = str(exc)
    return problems


def backups_folder(db_path: Path, settings: ClinicSettings) -> Path:
    """Where backups go: the clinic's chosen folder, else beside the database."""
    if settings.backup_folder.strip():
        return Path(settings.backup_folder.strip()).expanduser()
    return backups_dir_for(db_path)


def save_settings(db: sqlite_utils.Database, settings: ClinicSettings) -> None:
    problems = validate_settings(settings)
    if problems:
        raise ValidationError(problems)
    set_settings(
        db,
        {
            "clinic.name": settings.name.strip(),
            "clinic.address": settings.address.strip(),
            "clinic.phone": settings.phone.strip(),
            "clinic.email": settings.email.strip(),
            "clinic.logo": base64.b64encode(settings.logo).decode("ascii") if settings.logo else "",
            "paper": settings.paper,
            "date_style": settings.date_style,
            "follow_up_days": dict(settings.follow_up_days),
            "aftercare_days": dict(settings.aftercare_days),
            "backup.folder": settings.backup_folder.strip(),
            "backup.warn_days": settings.backup_warn_days,
            "backup.keep": dict(settings.backup_keep),
        },
    )
