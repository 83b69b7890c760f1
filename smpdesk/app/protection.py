"""A protected clinic: encrypted at rest, opened only by signing in.

*Protecting* a plain clinic makes a random data key, encrypts a copy of the
file with it (SQLCipher), adds the owner's account inside that copy, writes
the key file (the data key wrapped by the owner's password and by a recovery
key shown once), and only then swaps the encrypted copy in.  The plain file
is kept aside (``.<name>.unprotected``) until the owner has checked the clinic
opens and asks for it to be erased; the backups already made are re-encrypted
with the same key, and the key file is copied beside them, so a backup can be
restored on a new laptop without the live files.

A file is protected when it is not a plain SQLite file (its header is then
random); its key file says which passwords open it.  A key file left beside
a plain database (protecting was interrupted before the swap) opens nothing
and is replaced by the next attempt.

*Signing in* unwraps the data key with a password, opens the file with it and
reads the account's role from inside: the key file's names are for the
sign-in list only.  Wrong passwords cost the key derivation (about 0.4 s)
each, and after three in a row the same account waits longer each time.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from smpdesk.app.access import audit
from smpdesk.app.clinic import Clinic, load_settings, open_clinic
from smpdesk.app.restore import window_holds
from smpdesk.domain.clinic_settings import backups_folder
from smpdesk.domain.staff import (
    Role,
    Staff,
    new_account_problems,
    normal_display_name,
    normal_login,
    password_problem,
)
from smpdesk.errors import QT_TRANSLATE_NOOP, Sentence, UserError, ValidationError
from smpdesk.infra.filesystems import sync_folder
from smpdesk.paths import backups_dir_for, key_file_path
from smpdesk.store import sqlite_files
from smpdesk.store import staff as staff_store
from smpdesk.store.database import connect_read_only, os_error
from smpdesk.store.engine import ERRORS as ENGINE_ERRORS

# The key file's module (scrypt, AES-GCM, their hashlib and secrets) and the sign-in
# failure log load only when a key is needed: starting a plain clinic needs neither.
if TYPE_CHECKING:
    from smpdesk.infra import key_file

SIGN_IN_REFUSED = QT_TRANSLATE_NOOP(
    "core",
    "That user name and password do not match; check them (passwords are case-sensitive) "
    "and try again.",
)
DISABLED = QT_TRANSLATE_NOOP("core", "This account is disabled; ask the clinic's owner.")
FREE_TRIES = 3
LONGEST_WAIT_S = 300.0
_SQLITE_HEADER = b"SQLite format 3\x00"


class SignInRefused(UserError):
    """Wrong name or password, a disabled account, or a wait still running; nothing was opened."""


# -- is it protected? ---------------------------------------------------------------


def _key_files(db_path: Path) -> list[Path]:
    """Where the clinic's key file may be: beside it, or the copy in its backups folder."""
    name = key_file_path(db_path).name
    return [db_path.with_name(name), backups_dir_for(db_path) / name]


def is_plain_file(db_path: Path) -> bool:
    """Is there a plain (unencrypted) SQLite file at ``db_path``?"""
    try:
        with Path(db_path).open("rb") as f:
            return f.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def is_protected(db_path: Path) -> bool:
    """Is the clinic file encrypted (so opening it needs a sign-in)?

    Yes when it is a regular file that is not plain SQLite and the clinic
    has a key file; any other file (a FIFO, garbage, another program's) is
    left to ``open_clinic`` to refuse in its own words.
    """
    db_path = Path(db_path)
    try:
        if not stat.S_ISREG(os.stat(db_path).st_mode):
            return False
        with db_path.open("rb") as f:
            head = f.read(len(_SQLITE_HEADER))
    except OSError:
        return False
    encrypted = len(head) == len(_SQLITE_HEADER) and head != _SQLITE_HEADER
    return encrypted and any(path.is_file() for path in _key_files(db_path))


def _load_key_file(db_path: Path) -> key_file.KeyFile:
    """The key file beside the clinic; lost, the copy kept with the backups says so."""
    from smpdesk.infra import key_file

    beside, kept = _key_files(Path(db_path))
    if not beside.exists() and kept.is_file():
        raise key_file.KeyFileMissingError(
            QT_TRANSLATE_NOOP(
                "core",
                "The key file {name} beside the clinic file is missing; copy "
                "{kept} back beside it, then sign in again.",
            ),
            name=beside.name,
            kept=kept,
        )
    return key_file.load(beside)


def sign_in_names(db_path: Path) -> list[key_file.AccountKey]:
    """The enabled accounts to choose from on the sign-in screen (names only)."""
    from smpdesk.infra import key_file

    return key_file.accounts_for_sign_in(_load_key_file(Path(db_path)))


# -- wrong passwords wait -------------------------------------------------------------

_failures: dict[tuple[str, str], tuple[int, float]] = {}
_failures_lock = threading.Lock()


def _who(db_path: Path, login: str) -> tuple[str, str]:
    return (os.path.realpath(db_path), login)


def wait_seconds(db_path: Path, login: str, *, now: float | None = None) -> float:
    """How long this account must wait before the next try (0 once the wait is over)."""
    with _failures_lock:
        count, last = _failures.get(_who(db_path, login), (0, 0.0))
    if count < FREE_TRIES:
        return 0.0
    wait = min(2.0 ** (count - FREE_TRIES + 1), LONGEST_WAIT_S)
    return max(0.0, last + wait - (time.monotonic() if now is None else now))


def _failed(db_path: Path, login: str) -> None:
    with _failures_lock:
        count, _last = _failures.get(_who(db_path, login), (0, 0.0))
        _failures[_who(db_path, login)] = (count + 1, time.monotonic())


def _succeeded(db_path: Path, login: str) -> None:
    with _failures_lock:
        _failures.pop(_who(db_path, login), None)


def _refuse_while_waiting(db_path: Path, login: str) -> None:
    left = wait_seconds(db_path, login)
    if left > 0:
        raise SignInRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "Too many wrong passwords for this account: wait {seconds} seconds and try again.",
            ),
            seconds=max(1, round(left)),
        )


# -- signing in ------------------------------------------------------------------------


def _signed_in(db_path: Path, data_key: bytes, login: str) -> Clinic:
    clinic = open_clinic(db_path, key=data_key)
    try:
        staff = staff_store.find_staff(clinic, login)
        if staff is None or staff.disabled:
            raise SignInRefused(DISABLED)
        clinic.staff = staff
        _move_failures_into_trail(clinic)
        audit(clinic, "protection.sign_in", None, "done")
    except BaseException:
        clinic.close()
        raise
    return clinic


def sign_in(db_path: Path, login: str, password: str) -> Clinic:
    """Open the protected clinic as ``login``; SignInRefused (one sentence) otherwise."""
    from smpdesk.infra import key_file, sign_in_failures

    db_path = Path(db_path)
    login = login.strip().lower()
    _refuse_while_waiting(db_path, login)
    kf = _load_key_file(db_path)
    data_key = key_file.unwrap_with_password(kf, login, password)
    if data_key is None:
        _failed(db_path, login)
        known = any(account.login == login for account in kf.accounts)
        sign_in_failures.note(db_path, login if known else "")
        raise SignInRefused(SIGN_IN_REFUSED)
    _succeeded(db_path, login)
    return _signed_in(db_path, data_key, login)


def _move_failures_into_trail(clinic: Clinic) -> None:
    """Wrong passwords noted beside the file since the last sign-in become entries now,
    at the time each was typed, under the account tried (or nobody, for a name that is
    not an account)."""
    from smpdesk.infra import sign_in_failures

    failures = sign_in_failures.read(clinic.path)
    if not failures:
        return
    accounts = {s.login: s for s in staff_store.list_staff(clinic)}
    for failure in failures:
        tried = accounts.get(failure.login)
        audit(clinic, "protection.sign_in_failed", None, "refused", who=tried, at=failure.at)
    sign_in_failures.clear(clinic.path)


def note_locked(clinic: Clinic) -> None:
    """The screen was locked (idle, *Lock now*, switching user): in the trail."""
    if clinic.staff is not None:
        audit(clinic, "protection.lock", None, "done")


def note_unlocked(clinic: Clinic) -> None:
    """The same person unlocked the screen (another person's sign-in is its own entry)."""
    if clinic.staff is not None:
        audit(clinic, "protection.unlock", None, "done")


def note_wrong_unlock(clinic: Clinic) -> None:
    """A wrong PIN or password on the locked screen of the person signed in."""
    if clinic.staff is not None:
        audit(clinic, "protection.unlock", None, "refused")


def sign_out(clinic: Clinic) -> None:
    """The person signed in leaves: the window closes, or another person signs in.

    Leaving is never stopped by the entry: a full disk or a file gone bad at
    closing time loses this one line, not the window's chance to close.
    """
    if clinic.staff is None:
        return
    with contextlib.suppress(UserError, *ENGINE_ERRORS):
        audit(clinic, "protection.sign_out", None, "done")


def check_password(clinic: Clinic, password: str) -> bool:
    """Is this the signed-in person's password?  (Unlocking a locked screen without a PIN.)"""
    from smpdesk.infra import key_file

    me = clinic.staff
    if me is None or clinic.key is None:
        return False
    _refuse_while_waiting(clinic.path, me.login)
    kf = _load_key_file(clinic.path)
    if key_file.unwrap_with_password(kf, me.login, password) == clinic.key:
        _succeeded(clinic.path, me.login)
        return True
    _failed(clinic.path, me.login)
    return False


def check_pin(clinic: Clinic, pin: str) -> bool:
    """Does ``pin`` unlock the signed-in person's locked screen?  (They must have set one.)"""
    from smpdesk.app.staff import pin_matches

    me = clinic.staff
    return me is not None and pin_matches(staff_store.pin_hash(clinic, me.id), pin)


def has_pin(clinic: Clinic) -> bool:
    me = clinic.staff
    return me is not None and bool(staff_store.pin_hash(clinic, me.id))


def practitioners_with_pins(clinic: Clinic) -> list[Staff]:
    """Enabled practitioners and owners who set an unlock PIN (a client-mode hand-back)."""
    return [
        s
        for s in staff_store.list_staff(clinic)
        if s.clinical and not s.disabled and staff_store.pin_hash(clinic, s.id)
    ]


def practitioner_for_pin(clinic: Clinic, pin: str) -> Staff | None:
    """The practitioner whose PIN this is, taking the laptop back from a client."""
    from smpdesk.app.staff import pin_matches

    for staff in practitioners_with_pins(clinic):
        if pin_matches(staff_store.pin_hash(clinic, staff.id), pin):
            return staff
    return None


def has_key_file(db_path: Path) -> bool:
    """Was this clinic protected (a key file beside it or kept with its backups)?"""
    return any(path.is_file() for path in _key_files(Path(db_path)))


def _owners_in(path: Path, data_key: bytes) -> set[str]:
    """The enabled owner accounts inside an encrypted clinic file or backup (read-only)."""
    conn = connect_read_only(path, immutable=True, key=data_key)
    try:
        rows = conn.execute(
            "SELECT login FROM staff WHERE role = 'owner' AND NOT disabled"
        ).fetchall()
    finally:
        conn.close()
    return {str(row[0]) for row in rows}


def restore_problem(db_path: Path, backup: Path, data_key: bytes) -> str:
    """Why restoring ``backup`` into this protected clinic would lock everyone out ("" if not).

    A backup made before the clinic was protected holds no accounts: restored,
    nobody could sign in.  One whose owners the key file does not know is as bad.
    """
    unreadable: tuple[type[Exception], ...] = (UserError, *ENGINE_ERRORS)
    try:
        owners = _owners_in(Path(backup), data_key)
        logins = {a.login for a in _load_key_file(Path(db_path)).accounts}
    except unreadable:
        return ""  # the backup's own check reports an unreadable file
    if not owners & logins:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} was made before this clinic was protected (it holds no "
                "owner account), so after restoring it nobody could sign in; choose a backup "
                "made after protecting. Nothing was changed.",
            ),
            name=Path(backup).name,
        )
    return ""


def key_for_repair(db_path: Path, login: str, password: str, backup: Path | None = None) -> bytes:
    """The data key when the clinic file itself is missing or damaged: restoring a backup
    must not need the live file.  From the key file (beside it, else the copy kept with the
    backups).  Who may restore is read from ``backup`` itself (the file that will become the
    clinic), never from the key file, which anyone who can write it could edit."""
    from smpdesk.infra import key_file, sign_in_failures

    db_path = Path(db_path)
    login = login.strip().lower()
    _refuse_while_waiting(db_path, login)
    beside, kept = _key_files(db_path)
    kf = key_file.load(beside if beside.is_file() else kept)
    data_key = key_file.unwrap_with_password(kf, login, password)
    if data_key is None:
        _failed(db_path, login)
        known = any(account.login == login for account in kf.accounts)
        sign_in_failures.note(db_path, login if known else "")
        raise SignInRefused(SIGN_IN_REFUSED)
    _succeeded(db_path, login)
    try:
        owner = backup is not None and login in _owners_in(Path(backup), data_key)
    except ENGINE_ERRORS:
        owner = False
    if not owner:
        raise SignInRefused(
            QT_TRANSLATE_NOOP(
                "core",
                "Only the clinic's owner restores a backup while the clinic file cannot be opened.",
            )
        )
    return data_key


def save_key_file(clinic: Clinic, kf: key_file.KeyFile) -> None:
    """Save the key file beside the clinic and refresh every copy kept with its backups, so
    a disabled account's or a replaced recovery key's old copy opens nothing anywhere."""
    from smpdesk.infra import key_file

    key_file.save(key_file.key_file_path(clinic.path), kf)
    name = key_file.key_file_path(clinic.path).name
    for folder in _backup_folders(clinic.path, clinic):
        if (folder / name).exists():
            key_file.save(folder / name, kf)


def put_back_key_file(db_path: Path) -> bool:
    """After restoring on a laptop that lost its key file: put the backups' copy beside the
    clinic, so signing in works again.  True if it did."""
    from smpdesk.infra import key_file

    beside, kept = _key_files(Path(db_path))
    if beside.exists() or not kept.is_file():
        return False
    key_file.save(beside, key_file.load(kept))
    return True


def take_over(clinic: Clinic, staff: Staff) -> None:
    """The practitioner whose PIN ended a client-mode hand-over is the one signed in now."""
    clinic.staff = staff
    audit(clinic, "protection.take_over", None, "done")


def practitioner_for_password(clinic: Clinic, password: str) -> Staff | None:
    """The practitioner (or owner) whose password this is: client mode after five wrong
    PINs.  Each account tried costs the key derivation."""
    from smpdesk.infra import key_file

    kf = _load_key_file(clinic.path)
    for staff in staff_store.list_staff(clinic):
        if not staff.clinical or staff.disabled:
            continue
        if key_file.unwrap_with_password(kf, staff.login, password) == clinic.key:
            return staff
    return None


def recover(db_path: Path, recovery_key: str, login: str, new_password: str) -> Clinic:
    """Every password lost: the recovery key sets a new one for an owner account, who is
    then signed in."""
    from smpdesk.infra import key_file

    db_path = Path(db_path)
    login = login.strip().lower()
    path = key_file.key_file_path(db_path)
    kf = key_file.load(path)
    data_key = key_file.unwrap_with_recovery(kf, recovery_key)
    if data_key is None:
        raise SignInRefused(
            QT_TRANSLATE_NOOP(
                "core", "That recovery key does not open this clinic; check it and try again."
            )
        )
    clinic = open_clinic(db_path, key=data_key)
    try:
        staff = staff_store.find_staff(clinic, login)
        if staff is None or staff.role is not Role.OWNER or staff.disabled:
            raise SignInRefused(
                QT_TRANSLATE_NOOP(
                    "core", "The recovery key resets an owner's password; choose an owner."
                )
            )
        problem = password_problem(new_password, login=login, display_name=staff.display_name)
        if problem:
            raise ValidationError({"password": problem})
        # The clinic file says who is enabled; an entry marked disabled in the key file
        # (by hand, or by a stale copy) must not keep the owner out after recovering.
        kf = key_file.with_details(kf, login, disabled=False)
        clinic.staff = staff
        save_key_file(clinic, key_file.with_password(kf, data_key, login, new_password))
        audit(clinic, "protection.recover", None, "done")
    except BaseException:
        clinic.close()
        raise
    _succeeded(db_path, login)
    return clinic


# -- protecting a plain clinic ---------------------------------------------------------


@dataclass(frozen=True)
class Protected:
    """What protecting did: the key to print once, where the plain file waits to be erased."""

    clinic: Clinic  # signed in as the new owner
    recovery_key: str
    plain_copy: Path
    backups_encrypted: int


def plain_copy_path(db_path: Path) -> Path:
    return Path(db_path).with_name(f".{Path(db_path).name}.unprotected")


def _protecting_path(db_path: Path) -> Path:
    return Path(db_path).with_name(f".{Path(db_path).name}.protecting")


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def erase_file(path: Path) -> None:
    """Overwrite a file with zeros, flush it to the disk, then delete it.

    On a disk that remaps writes (SSDs, some file systems) old blocks may
    survive; the file is still gone from every listing and every backup.
    """
    try:
        with Path(path).open("r+b") as f:
            size = f.seek(0, os.SEEK_END)
            f.seek(0)
            block = b"\0" * (1 << 20)
            for _ in range(0, size, len(block)):
                f.write(block)
            f.flush()
            os.fsync(f.fileno())
    except FileNotFoundError:
        return
    except OSError as exc:
        raise os_error(exc, Path(path)) from exc
    _remove(Path(path))


def _backup_folders(db_path: Path, clinic: Clinic) -> list[Path]:
    folders = [backups_dir_for(db_path)]
    chosen = backups_folder(db_path, load_settings(clinic))
    if chosen not in folders:
        folders.append(chosen)
    return [f for f in folders if f.is_dir()]


def _encrypt_backups(db_path: Path, clinic: Clinic, data_key: bytes) -> int:
    """Re-encrypt every plain backup of this clinic in place; copy the key file beside them."""
    from smpdesk.infra import key_file

    done = 0
    keys = key_file.key_file_path(db_path)
    for folder in _backup_folders(db_path, clinic):
        for backup in sorted(folder.glob(f"{db_path.stem}*.sqlite3")):
            if is_protected(backup) or not backup.is_file() or backup.is_symlink():
                continue
            encrypted = backup.with_name(f".{backup.name}.protecting")
            _remove(encrypted)
            try:
                sqlite_files.encrypt_copy(backup, encrypted, data_key)
            except UserError:
                continue  # a damaged backup stays as it was; the backup check reports it
            plain = backup.with_name(f".{backup.name}.unprotected")
            os.link(backup, plain)  # never a moment without the backup under its name
            os.replace(encrypted, backup)
            erase_file(plain)
            done += 1
        key_file.save(folder / keys.name, key_file.load(keys))
        sync_folder(folder)
    return done


def protect(db_path: Path, *, login: str, display_name: str, password: str) -> Protected:
    """Encrypt a plain clinic and make ``login`` its owner; nothing changes if any step fails.

    The clinic must not be open anywhere else (the window closes its
    connection first).  The plain file is kept at :func:`plain_copy_path`
    until :func:`erase_plain_copy`.
    """
    from smpdesk.infra import key_file

    db_path = Path(db_path)
    login, display_name = normal_login(login), normal_display_name(display_name)
    problems = new_account_problems(login, display_name, password)
    if problems:
        raise ValidationError(problems)
    if is_protected(db_path):
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{name} is protected already."), name=db_path.name
        )
    if window_holds(db_path):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "smpdesk is open on this clinic; close its window first (or protect it from "
                "the window: Clinic → Protect this clinic).",
            )
        )
    if plain_copy_path(db_path).exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "An unprotected copy from an earlier attempt is still beside the clinic file; "
                "erase it first ('smpdesk protect --erase-plain-copy').",
            )
        )
    plain = open_clinic(db_path)  # refuses a damaged or foreign file, upgrades an old one
    plain.close()
    sqlite_files.checkpoint_truncate(db_path)
    data_key = key_file.new_data_key()
    recovery_key = key_file.new_recovery_key()
    staging = _protecting_path(db_path)
    _remove(staging)
    keys = key_file.key_file_path(db_path)
    sqlite_files.encrypt_copy(db_path, staging, data_key)
    swapped = False
    try:
        copy = open_clinic(staging, key=data_key)
        try:
            staff_id = staff_store.insert_staff(copy, login, display_name, Role.OWNER)
            copy.staff = Staff(staff_id, login, display_name, Role.OWNER)
            audit(copy, "protection.protect", None, "done")
            copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            copy.close()
        key_file.save(
            keys,
            key_file.create(
                data_key,
                staff_id=staff_id,
                login=login,
                display_name=display_name,
                password=password,
                recovery_key=recovery_key,
            ),
        )
        aside = plain_copy_path(db_path)
        try:
            os.link(db_path, aside)
            os.replace(staging, db_path)  # the one step that swaps: atomic
            swapped = True
        except OSError as exc:
            with contextlib.suppress(OSError):
                aside.unlink(missing_ok=True)
            raise os_error(exc, db_path) from exc
        for suffix in ("-wal", "-shm"):  # the plain file's, emptied above; never the new one's
            with contextlib.suppress(OSError):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        sync_folder(db_path.parent)
    except BaseException:
        _remove(staging)
        if not swapped:  # the clinic is still plain: a key file beside it would mislead
            with contextlib.suppress(OSError):
                keys.unlink(missing_ok=True)
        raise
    clinic = _signed_in(db_path, data_key, login)
    converted = _encrypt_backups(db_path, clinic, data_key)
    return Protected(clinic, recovery_key, plain_copy_path(db_path), converted)


def erase_plain_copy(db_path: Path) -> bool:
    """Erase the plain file kept by :func:`protect`; False when there was none."""
    aside = plain_copy_path(Path(db_path))
    if not aside.exists():
        return False
    if not is_protected(Path(db_path)):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "The clinic file is not protected, so its unprotected copy was kept; "
                "run 'smpdesk protect' again.",
            )
        )
    erase_file(aside)
    return True


__all__ = [
    "Protected",
    "SignInRefused",
    "check_password",
    "check_pin",
    "erase_file",
    "erase_plain_copy",
    "has_key_file",
    "has_pin",
    "is_plain_file",
    "is_protected",
    "key_for_repair",
    "note_locked",
    "note_unlocked",
    "note_wrong_unlock",
    "plain_copy_path",
    "practitioner_for_password",
    "practitioner_for_pin",
    "practitioners_with_pins",
    "protect",
    "put_back_key_file",
    "recover",
    "restore_problem",
    "save_key_file",
    "sign_in",
    "sign_in_names",
    "sign_out",
    "take_over",
    "wait_seconds",
]
