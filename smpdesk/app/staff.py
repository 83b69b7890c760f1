"""Staff accounts: the owner adds, renames, disables and re-roles them; everyone their own secrets.

An account lives in two places that must agree: its row in the (encrypted)
clinic file, which is the authority on its name, role and whether it is
disabled; and its wrapped copy of the data key in the key file, which is what
its password opens.  Each change writes the row inside a transaction and
saves the key file before that transaction commits, so a key file that cannot
be written leaves the row as it was.

Accounts are never deleted: the audit trail and every record name them.
Disabling one also replaces its wrapped key with one no password opens, so a
former colleague's old password no longer opens a copy of the files either.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from pathlib import Path
from types import ModuleType

from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic
from smpdesk.domain.staff import (
    Role,
    Staff,
    display_name_problem,
    new_account_problems,
    normal_display_name,
    normal_login,
    password_problem,
    pin_problem,
)
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smpdesk.infra import key_file
from smpdesk.store import audit as audit_store
from smpdesk.store import staff as staff_store
from smpdesk.store.audit import AuditEntry
from smpdesk.store.database import write

# A PIN only unlocks a screen its owner locked, after a full sign-in, and
# five wrong ones ask for the password: a light cost is enough.
PIN_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def _save_key_file(clinic: Clinic, kf: key_file.KeyFile) -> None:
    from smpdesk.app.protection import save_key_file as save

    save(clinic, kf)


def _key_file(clinic: Clinic) -> tuple[ModuleType, Path]:
    if clinic.key is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "This clinic is not protected yet, so it has no staff accounts; "
                "protect it first (Settings → Protect this clinic, or 'smpdesk protect').",
            )
        )
    return key_file, key_file.key_file_path(clinic.path)


def _require_staff(clinic: Clinic, staff_id: int) -> Staff:
    found = staff_store.get_staff(clinic, staff_id)
    if found is None:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "There is no staff account with id {staff_id}."),
            staff_id=staff_id,
        )
    return found


@use_case
def list_staff(clinic: Clinic) -> list[Staff]:
    """Every account, disabled ones included (they are never deleted)."""
    return staff_store.list_staff(clinic)


@use_case
def add_staff(
    clinic: Clinic, login: str, display_name: str, role: Role | str, password: str
) -> Staff:
    """A new account with its own password; ValidationError names every field that is wrong."""
    key_file, path = _key_file(clinic)
    login, display_name = normal_login(login), normal_display_name(display_name)
    problems = new_account_problems(login, display_name, password)
    try:
        role = Role(role)
    except ValueError:
        problems["role"] = QT_TRANSLATE_NOOP("core", "Choose owner, practitioner or reception.")
    if "login" not in problems and staff_store.find_staff(clinic, login) is not None:
        problems["login"] = QT_TRANSLATE_NOOP(
            "core", "There is already an account with that user name."
        )
    if problems:
        raise ValidationError(problems)
    kf = key_file.load(path)
    with write(clinic):
        staff_id = staff_store.insert_staff(clinic, login, display_name, Role(role))
        _save_key_file(
            clinic,
            key_file.with_account(
                kf,
                clinic.key,
                staff_id=staff_id,
                login=login,
                display_name=display_name,
                role_hint=str(role),
                password=password,
            ),
        )
    return _require_staff(clinic, staff_id)


@use_case
def change_staff(
    clinic: Clinic,
    staff_id: int,
    *,
    display_name: str | None = None,
    role: Role | str | None = None,
    disabled: bool | None = None,
) -> Staff:
    """Rename, re-role, disable or enable an account; the clinic always keeps one owner."""
    key_file, path = _key_file(clinic)
    current = _require_staff(clinic, staff_id)
    new_role = Role(role) if role is not None else None
    if display_name is not None:
        display_name = " ".join(display_name.split())
        problem = display_name_problem(display_name)
        if problem:
            raise ValidationError({"display_name": problem})
    me = clinic.staff
    if disabled and me is not None and me.id == staff_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "You cannot disable your own account; sign in as another owner to do it."
            )
        )
    losing_owner = (
        current.role is Role.OWNER
        and not current.disabled
        and ((new_role is not None and new_role is not Role.OWNER) or disabled)
    )
    if losing_owner and staff_store.count_owners(clinic) <= 1:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "This is the clinic's only owner account; make another account an owner first.",
            )
        )
    kf = key_file.load(path)
    with write(clinic):
        staff_store.update_staff(
            clinic, staff_id, display_name=display_name, role=new_role, disabled=disabled
        )
        kf = key_file.with_details(
            kf,
            current.login,
            display_name=display_name,
            role_hint=str(new_role) if new_role is not None else None,
            disabled=disabled,
        )
        if disabled and not current.disabled:
            # Their old password must not open a copy of the key file either.
            kf = key_file.with_password(kf, clinic.key, current.login, secrets.token_urlsafe(32))
        _save_key_file(clinic, kf)
    return _require_staff(clinic, staff_id)


@use_case
def reset_password(clinic: Clinic, staff_id: int, new_password: str) -> Staff:
    """The owner sets a new password for someone who forgot theirs (and re-enables it)."""
    key_file, path = _key_file(clinic)
    target = _require_staff(clinic, staff_id)
    problem = password_problem(new_password, login=target.login, display_name=target.display_name)
    if problem:
        raise ValidationError({"password": problem})
    kf = key_file.load(path)
    _save_key_file(clinic, key_file.with_password(kf, clinic.key, target.login, new_password))
    return target


@use_case
def change_own_password(clinic: Clinic, current_password: str, new_password: str) -> None:
    """Everyone changes their own password, knowing the current one."""
    key_file, path = _key_file(clinic)
    me = clinic.staff
    assert me is not None  # a protected clinic is only opened by signing in
    kf = key_file.load(path)
    if key_file.unwrap_with_password(kf, me.login, current_password) != clinic.key:
        raise ValidationError(
            {"current_password": QT_TRANSLATE_NOOP("core", "That is not your current password.")}
        )
    problem = password_problem(new_password, login=me.login, display_name=me.display_name)
    if problem:
        raise ValidationError({"password": problem})
    _save_key_file(clinic, key_file.with_password(kf, clinic.key, me.login, new_password))


def _pin_hash(pin: str, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    n, r, p = PIN_SCRYPT["n"], PIN_SCRYPT["r"], PIN_SCRYPT["p"]
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return (
        f"scrypt${n}${r}${p}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    )


def pin_matches(stored: str | None, pin: str) -> bool:
    """Does ``pin`` match the stored hash?  False for no PIN or a malformed hash."""
    if not stored:
        return False
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt" or (int(n), int(r), int(p)) != tuple(PIN_SCRYPT.values()):
            return False
        expected = _pin_hash(pin, base64.b64decode(salt, validate=True))
    except ValueError:
        return False
    return hmac.compare_digest(expected.rsplit("$", 1)[1], digest)


@use_case
def set_own_pin(clinic: Clinic, pin: str | None) -> None:
    """Set (or, with None, remove) the PIN that unlocks your locked screen."""
    _key_file(clinic)
    me = clinic.staff
    assert me is not None
    if pin is not None:
        problem = pin_problem(pin)
        if problem:
            raise ValidationError({"pin": problem})
    staff_store.set_pin_hash(clinic, me.id, _pin_hash(pin) if pin is not None else None)


@use_case
def new_recovery_key(clinic: Clinic) -> str:
    """A new recovery key, which replaces the old one at once (a sheet lost or seen)."""
    key_file, path = _key_file(clinic)
    recovery_key = key_file.new_recovery_key()
    _save_key_file(clinic, key_file.with_recovery(key_file.load(path), clinic.key, recovery_key))
    return recovery_key


@use_case
def recovery_sheet_pdf(clinic: Clinic, recovery_key: str) -> bytes:
    """The one-page sheet to keep in the clinic safe (the owner's, right after making the key)."""
    from datetime import date

    from smpdesk.app.clinic import load_settings
    from smpdesk.infra.handouts.layout import clinic_info
    from smpdesk.infra.handouts.recovery_sheet import render_recovery_sheet

    settings = load_settings(clinic)
    return render_recovery_sheet(
        clinic_info(settings),
        recovery_key,
        created=date.today(),
        owner_name=clinic.staff.display_name if clinic.staff is not None else "",
        clinic_file_name=clinic.path.name,
        paper=settings.paper,
        date_style=settings.date_style,
    )


@use_case
def audit_log(
    clinic: Clinic,
    client_id: int | None = None,
    limit: int = 500,
    *,
    staff_name: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[AuditEntry]:
    """Who did what, newest first: the whole clinic's, one client's, one person's, between
    two times."""
    return audit_store.entries(
        clinic, client_id=client_id, staff_name=staff_name, since=since, until=until, limit=limit
    )


@use_case
def verify_audit(clinic: Clinic) -> str:
    """ "" when the audit chain holds (and reaches the newest backup's anchor), else one
    sentence naming the first broken entry."""
    from smpdesk.app.clinic import load_settings
    from smpdesk.domain.clinic_settings import backups_folder

    anchor = audit_store.read_anchor(backups_folder(clinic.path, load_settings(clinic)))
    broken = audit_store.first_broken_link(clinic, anchor)
    if broken is None:
        return ""
    entry_id, how = broken
    return (
        f"The audit trail is broken at entry {entry_id}: {how}. Keep this file as evidence, "
        "and compare it with a backup."
    )


def audit_csv(entries: list[AuditEntry]) -> bytes:
    """The entries as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "at_utc", "staff_id", "staff_name", "action", "client_id", "outcome"])
    for e in entries:
        # A name starting with = + - @ would run as a formula in a spreadsheet.
        name = f"'{e.staff_name}" if e.staff_name[:1] in ("=", "+", "-", "@") else e.staff_name
        writer.writerow([e.id, e.at, e.staff_id, name, e.action, e.client_id, e.outcome])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


__all__ = [
    "AuditEntry",
    "add_staff",
    "audit_csv",
    "audit_log",
    "change_own_password",
    "change_staff",
    "list_staff",
    "new_recovery_key",
    "pin_matches",
    "recovery_sheet_pdf",
    "reset_password",
    "set_own_pin",
    "verify_audit",
]
