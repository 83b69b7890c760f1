"""Clinic-wide settings: who the clinic is, paper, follow-up intervals, aftercare days.

Stored in the database (see :mod:`smpdesk.store.settings`) so a backup or a
new laptop carries them along; :mod:`smpdesk.app.clinic` loads and saves them.
Validation is here so the settings dialog and any script refuse the same values,
and so is the reading of stored rows (:func:`settings_from_stored`), which
checks each one as the dialog would.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from smpdesk.domain.money import CURRENCIES, DEFAULT_CURRENCY, DEFAULT_LOCALE, LOCALES
from smpdesk.domain.price_list import (
    PriceList,
    price_list_from_stored,
    price_list_to_stored,
    validate_price_list,
)
from smpdesk.domain.session_details import DEFAULT_FOLLOW_UP_DAYS, SESSION_TYPES
from smpdesk.errors import QT_TRANSLATE_NOOP, Sentence, ValidationError
from smpdesk.paths import backups_dir_for

PAPER_SIZES = ("A4", "Letter")
DATE_STYLES = {"uk": "Friday 4 December 2026", "us": "Friday, December 4, 2026"}
MAX_LOGO_BYTES = 2_000_000
TEXT_LIMITS = {"name": 120, "address": 400, "phone": 40, "email": 120, "emergency_number": 20}
# The number a client calls in an emergency, printed on the aftercare sheet: "999", "112",
# "000", "+1 911"... digits with spaces, dashes, brackets or a leading +.  No default:
# smpdesk cannot know the clinic's country, and a wrong number is worse than none, so an
# empty setting prints "your local emergency number".
_EMERGENCY_NUMBER = re.compile(r"\+?\(?[0-9][0-9 ()\-]*")
EMERGENCY_NUMBER_HINT = QT_TRANSLATE_NOOP(
    "core", "Write the emergency number in digits, such as 999, 112 or 911."
)
WARN_DAYS_RANGE = (1, 365)
KEEP_RANGE = (1, 1000)
LOCK_MINUTES_RANGE = (1, 60)
# How long a client's records are kept after their last visit.  The right period depends on
# the clinic's country and insurer, which smpdesk cannot know offline: 8 years is a common
# figure for health records of adults, and the clinic changes it in Settings.
RETENTION_YEARS_RANGE = (1, 100)
DEFAULT_RETENTION_YEARS = 8


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
    # A protected clinic locks the screen after this many idle minutes.
    lock_minutes: int = 5
    # The emergency number printed on the aftercare sheet ("" = "your local emergency number").
    emergency_number: str = ""
    # Records are kept this many years after a client's last visit; then the owner's
    # "Clients past retention" list offers them for review and erasure.
    retention_years: int = DEFAULT_RETENTION_YEARS
    # Money (issue 18): the currency the books are kept in (ISO 4217), how amounts are
    # written (a key of money.LOCALES), and the owner's price list in that currency.
    currency: str = DEFAULT_CURRENCY
    locale: str = DEFAULT_LOCALE
    price_list: PriceList = field(default_factory=PriceList)
    # Sentences about saved settings that were unreadable and replaced by
    # their defaults (see settings_from_stored); not part of the settings themselves.
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        # The price list carries the clinic's currency and locale so a quote or receipt
        # needs nothing else.  Keep them in step when that changes no amount: always for
        # the locale, and for the currency while the list has no prices.  A priced list in
        # another currency is left as it is, and validate_settings refuses it.
        prices = self.price_list
        if not isinstance(prices, PriceList):
            return
        if prices.currency != self.currency and not prices.has_amounts():
            prices = replace(prices, currency=self.currency)
        if prices.locale != self.locale:
            prices = replace(prices, locale=self.locale)
        object.__setattr__(self, "price_list", prices)

    def with_changes(self, **changes: object) -> ClinicSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


def settings_from_stored(stored: Mapping[str, object]) -> ClinicSettings:
    """The settings from their stored rows; a value smpdesk would not save gives its default.

    ``stored`` maps each row's key to its JSON value, or to :data:`UNREADABLE`
    when the row is not JSON (:func:`smpdesk.store.settings.stored_settings`).
    The database file may have been edited by a script, a sync tool or another
    version, so every row is checked as the settings dialog would check it.
    Each unreadable setting adds one sentence to ``warnings`` (its plain name
    only, never the stored value) instead of stopping sheets, backups or the
    window.
    """
    defaults = ClinicSettings()
    warnings: list[str] = []

    def read(key: str, check: Callable[[object], object], default: Any) -> Any:
        value = stored.get(key, _MISSING)
        if value is _MISSING:
            return default
        checked = check(value) if value is not UNREADABLE else _BAD
        if checked is _BAD:
            warnings.append(_UNREADABLE_WARNINGS[key])
            return default
        return checked

    # First, because the price list is read in the currency (so their warnings come first).
    currency = read("currency", _one_of(tuple(CURRENCIES)), defaults.currency)
    locale = read("locale", _one_of(tuple(LOCALES)), defaults.locale)
    return ClinicSettings(
        name=read("clinic.name", _text("name"), defaults.name),
        address=read("clinic.address", _text("address"), defaults.address),
        phone=read("clinic.phone", _text("phone"), defaults.phone),
        email=read("clinic.email", _text("email"), defaults.email),
        logo=read("clinic.logo", _logo, defaults.logo),
        paper=read("paper", _one_of(PAPER_SIZES), defaults.paper),
        date_style=read("date_style", _one_of(tuple(DATE_STYLES)), defaults.date_style),
        follow_up_days=read("follow_up_days", _follow_up_days, defaults.follow_up_days),
        aftercare_days=read("aftercare_days", _aftercare_days, defaults.aftercare_days),
        backup_folder=read("backup.folder", _folder, defaults.backup_folder),
        backup_warn_days=read(
            "backup.warn_days", _whole(*WARN_DAYS_RANGE), defaults.backup_warn_days
        ),
        backup_keep=read("backup.keep", _backup_keep, defaults.backup_keep),
        lock_minutes=read("lock.minutes", _whole(*LOCK_MINUTES_RANGE), defaults.lock_minutes),
        emergency_number=read(
            "clinic.emergency_number", _emergency_number, defaults.emergency_number
        ),
        retention_years=read(
            "retention.years", _whole(*RETENTION_YEARS_RANGE), defaults.retention_years
        ),
        currency=currency,
        locale=locale,
        price_list=read("price_list", _price_list(currency, locale), PriceList(currency, locale)),
        warnings=tuple(warnings),
    )


# -- reading stored values ------------------------------------------------------------

_MISSING = object()  # no row: the default, silently
UNREADABLE = object()  # a row that is not JSON
_BAD = object()  # JSON, but not a value smpdesk would have saved

_FIX = "open Settings and save to fix it."
_UNREADABLE_WARNINGS = {
    "clinic.name": f"The saved clinic name was not readable, so it is left blank; {_FIX}",
    "clinic.address": f"The saved clinic address was not readable, so it is left blank; {_FIX}",
    "clinic.phone": (
        f"The saved clinic phone number was not readable, so it is left blank; {_FIX}"
    ),
    "clinic.email": (
        f"The saved clinic email address was not readable, so it is left blank; {_FIX}"
    ),
    "clinic.emergency_number": (
        "The saved emergency number was not readable, so aftercare sheets say "
        f'"your local emergency number"; {_FIX}'
    ),
    "clinic.logo": (
        "The saved clinic logo was not readable, so sheets are printed without it; "
        "open Settings and choose the logo again."
    ),
    "paper": f"The saved paper size was not readable, so A4 is used; {_FIX}",
    "date_style": (
        "The saved date style was not readable, so dates are written like "
        f"{DATE_STYLES['uk']}; {_FIX}"
    ),
    "follow_up_days": (
        "The saved follow-up intervals were not readable, so the standard intervals "
        f"are used; {_FIX}"
    ),
    "aftercare_days": (
        "The saved aftercare day counts were not readable, so the standard day counts "
        f"are used; {_FIX}"
    ),
    "backup.folder": (
        "The saved backup folder was not readable, so backups go to the backups folder "
        f"beside the database; {_FIX}"
    ),
    "lock.minutes": (
        "The saved idle time before the screen locks was not readable, so it locks after "
        f"5 minutes; {_FIX}"
    ),
    "retention.years": (
        "The saved retention period was not readable, so records are kept "
        f"{DEFAULT_RETENTION_YEARS} years after the last visit; {_FIX}"
    ),
    "backup.warn_days": (
        "The saved backup warning age was not readable, so old backups are pointed out "
        f"after 2 days; {_FIX}"
    ),
    "backup.keep": (
        "The saved backup-keeping rule was not readable, so the defaults "
        f"(7 daily, 4 weekly, 12 monthly) are used; {_FIX}"
    ),
    "currency": (
        f"The saved currency was not readable, so {DEFAULT_CURRENCY} is used; "
        "open Settings, choose the clinic's currency and save to fix it."
    ),
    "locale": (
        "The saved way of writing amounts was not readable, so they are written the "
        f"British way (£1,234.50); {_FIX}"
    ),
    "price_list": (
        "The saved price list was not readable, so no prices are set; open Settings "
        "and enter the prices again."
    ),
}


def _is_text(value: object, limit: int) -> bool:
    """A string the settings dialog could have saved: no NUL, no lone surrogate."""
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # JSON may spell "\ud800"; no keyboard types it
        return False
    return True


def _text(name: str) -> Callable[[object], object]:
    return lambda value: value if _is_text(value, TEXT_LIMITS[name]) else _BAD


def is_emergency_number(value: str) -> bool:
    """Digits (with spaces, dashes, brackets, a leading +) that fit the sheet's one line."""
    text = value.strip()
    return len(text) <= TEXT_LIMITS["emergency_number"] and bool(_EMERGENCY_NUMBER.fullmatch(text))


def _emergency_number(value: object) -> object:
    if not isinstance(value, str):
        return _BAD
    return value if value == "" or is_emergency_number(value) else _BAD


def _logo(value: object) -> object:
    if value == "":
        return None
    if not isinstance(value, str) or len(value) > 2 * MAX_LOGO_BYTES:
        return _BAD
    try:
        logo = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return _BAD
    return logo if 0 < len(logo) <= MAX_LOGO_BYTES else _BAD


def _one_of(choices: tuple[str, ...]) -> Callable[[object], object]:
    return lambda value: value if isinstance(value, str) and value in choices else _BAD


def _whole(low: int, high: int) -> Callable[[object], object]:
    def check(value: object) -> object:
        plain = isinstance(value, int) and not isinstance(value, bool)
        return value if plain and low <= value <= high else _BAD  # type: ignore[operator]

    return check


def _follow_up_days(value: object) -> object:
    """Known session types only (a newer smpdesk's extra ones are left out)."""
    if not isinstance(value, dict):
        return _BAD
    known = {k: v for k, v in value.items() if k in DEFAULT_FOLLOW_UP_DAYS}
    if not all(_is_days(v) for v in known.values()):
        return _BAD
    return {**DEFAULT_FOLLOW_UP_DAYS, **known}


def _aftercare_days(value: object) -> object:
    """Overrides that make a valid :class:`AftercareDays`; unknown names are left out."""
    from smpdesk.domain.aftercare import AftercareDays
    from smpdesk.errors import UserError

    if not isinstance(value, dict):
        return _BAD
    known = {f.name for f in fields(AftercareDays)}
    overrides = {k: v for k, v in value.items() if k in known}
    try:
        AftercareDays.from_mapping(overrides)
    except UserError:
        return _BAD
    return overrides


def _price_list(currency: str, locale: str) -> Callable[[object], object]:
    """A stored price list, read in the clinic's currency (see price_list_from_stored)."""

    def check(value: object) -> object:
        prices = price_list_from_stored(value, currency, locale)
        return _BAD if prices is None else prices

    return check


def _folder(value: object) -> object:
    return value if _is_text(value, 4096) else _BAD


def _backup_keep(value: object) -> object:
    defaults = ClinicSettings().backup_keep
    if not isinstance(value, dict):
        return _BAD
    keep = {k: v for k, v in value.items() if k in defaults}
    if any(_whole(*KEEP_RANGE)(v) is _BAD for v in keep.values()):
        return _BAD
    return {**defaults, **keep}


def _is_days(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 3650


def validate_settings(settings: ClinicSettings) -> dict[str, str]:
    problems: dict[str, str] = {}
    if len(settings.name) > TEXT_LIMITS["name"]:
        problems["name"] = QT_TRANSLATE_NOOP("core", "Keep the clinic name under 120 characters.")
    if len(settings.address) > TEXT_LIMITS["address"]:
        problems["address"] = QT_TRANSLATE_NOOP("core", "Keep the address under 400 characters.")
    if len(settings.phone) > TEXT_LIMITS["phone"]:
        problems["phone"] = QT_TRANSLATE_NOOP("core", "Keep the phone number under 40 characters.")
    if len(settings.email) > TEXT_LIMITS["email"]:
        problems["email"] = QT_TRANSLATE_NOOP(
            "core", "Keep the email address under 120 characters."
        )
    if settings.emergency_number.strip() and not is_emergency_number(settings.emergency_number):
        problems["emergency_number"] = EMERGENCY_NUMBER_HINT
    if settings.paper not in PAPER_SIZES:
        problems["paper"] = QT_TRANSLATE_NOOP("core", "Choose A4 or Letter.")
    if settings.date_style not in DATE_STYLES:
        problems["date_style"] = QT_TRANSLATE_NOOP("core", "Choose a date style from the list.")
    if settings.logo is not None and len(settings.logo) > MAX_LOGO_BYTES:
        problems["logo"] = QT_TRANSLATE_NOOP(
            "core", "The logo is too large; use a picture under 2 MB."
        )
    for kind, days in settings.follow_up_days.items():
        if kind not in SESSION_TYPES or not _is_days(days):
            problems["follow_up_days"] = QT_TRANSLATE_NOOP(
                "core", "Follow-up intervals are whole days from 1 to 3650."
            )
    if not WARN_DAYS_RANGE[0] <= settings.backup_warn_days <= WARN_DAYS_RANGE[1]:
        problems["backup_warn_days"] = QT_TRANSLATE_NOOP(
            "core", "Warn about old backups after 1 to 365 days."
        )
    if not LOCK_MINUTES_RANGE[0] <= settings.lock_minutes <= LOCK_MINUTES_RANGE[1]:
        problems["lock_minutes"] = QT_TRANSLATE_NOOP(
            "core", "Lock the screen after 1 to 60 idle minutes."
        )
    low, high = RETENTION_YEARS_RANGE
    plain = isinstance(settings.retention_years, int) and not isinstance(
        settings.retention_years, bool
    )
    if not plain or not low <= settings.retention_years <= high:
        problems["retention_years"] = Sentence(
            QT_TRANSLATE_NOOP(
                "core", "Keep records for {low} to {high} years after the last visit."
            ),
            low=low,
            high=high,
        )
    if any(not KEEP_RANGE[0] <= n <= KEEP_RANGE[1] for n in settings.backup_keep.values()):
        problems["backup_keep"] = QT_TRANSLATE_NOOP(
            "core", "Keep between 1 and 1000 backups of each kind."
        )
    if settings.currency not in CURRENCIES:
        problems["currency"] = QT_TRANSLATE_NOOP(
            "core", "Choose the clinic's currency from the list."
        )
    if settings.locale not in LOCALES:
        problems["locale"] = QT_TRANSLATE_NOOP(
            "core", "Choose how amounts are written from the list."
        )
    if not isinstance(settings.price_list, PriceList):
        problems["price_list"] = QT_TRANSLATE_NOOP(
            "core", "The price list is missing; open the Prices page again."
        )
    elif settings.price_list.currency != settings.currency:
        problems["price_list"] = Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "The prices are in {prices}, not {currency}; enter them again in {currency}.",
            ),
            prices=settings.price_list.currency,
            currency=settings.currency,
        )
    else:
        for name, problem in validate_price_list(settings.price_list).items():
            if name not in ("currency", "locale"):  # said once above
                problems[f"price_list.{name}"] = problem
    if settings.aftercare_days:
        from smpdesk.domain.aftercare import AftercareDays
        from smpdesk.errors import UserError

        try:
            AftercareDays.from_mapping(settings.aftercare_days)
        except UserError as exc:
            problems["aftercare_days"] = (
                Sentence(exc.template, **exc.values) if exc.template else str(exc)
            )
    return problems


def backups_folder(db_path: Path, settings: ClinicSettings) -> Path:
    """Where backups go: the clinic's chosen folder, else beside the database."""
    if settings.backup_folder.strip():
        return Path(settings.backup_folder.strip()).expanduser()
    return backups_dir_for(db_path)


def settings_to_store(settings: ClinicSettings) -> dict[str, Any]:
    """The rows to save, by key; ValidationError naming every value that is wrong."""
    problems = validate_settings(settings)
    if problems:
        raise ValidationError(problems)
    return {
        "clinic.name": settings.name.strip(),
        "clinic.address": settings.address.strip(),
        "clinic.phone": settings.phone.strip(),
        "clinic.email": settings.email.strip(),
        "clinic.emergency_number": " ".join(settings.emergency_number.split()),
        "clinic.logo": base64.b64encode(settings.logo).decode("ascii") if settings.logo else "",
        "paper": settings.paper,
        "date_style": settings.date_style,
        "follow_up_days": dict(settings.follow_up_days),
        "aftercare_days": dict(settings.aftercare_days),
        "backup.folder": settings.backup_folder.strip(),
        "backup.warn_days": settings.backup_warn_days,
        "backup.keep": dict(settings.backup_keep),
        "lock.minutes": settings.lock_minutes,
        "retention.years": settings.retention_years,
        "currency": settings.currency,
        "locale": settings.locale,
        "price_list": price_list_to_stored(settings.price_list),
    }
