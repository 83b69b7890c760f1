"""The key file: the clinic's data key, wrapped once per staff password and once by a recovery key.

The clinic's SQLite file is encrypted (SQLCipher) with a random 32-byte *data
key* that never changes, so a password change never re-encrypts the database
or invalidates a backup.  What changes is a *wrapped copy*: each staff
password, stretched by scrypt, encrypts the data key with AES-256-GCM, and a
one-time recovery key does the same.  The wrapped copies live in a small JSON
file beside the database (``clinic.sqlite3.keys``, see :func:`key_file_path`)
and a copy travels with the backups.

The file is read before anyone has signed in, so it carries only what the
sign-in screen needs: the names to choose from, and a role *hint* used only
when the database itself is damaged.  Who may do what is decided inside the
encrypted database; nothing here is authority.  Names, roles and the disabled
flag are not authenticated (changing them needs no key), so anyone who can
write the file can change them; the wrapped keys are authenticated and bound to
their account, so an entry cannot be moved to another login or staff id.

Whoever can write this file may also try to make us hang or allocate
gigabytes, so :func:`load` treats it as hostile: an ordinary file only, a size
limit, a strict shape, and scrypt costs within fixed bounds.  Passwords and
key material never appear in a message, a ``repr`` or a log.

``cryptography`` is imported inside the functions that use it, so starting the
app does not pay for it until a key is needed.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NoReturn

from smpdesk.errors import QT_TRANSLATE_NOOP, Sentence, UserError, ValidationError
from smpdesk.infra.filesystems import (
    FileTooLarge,
    NotOrdinaryFile,
    read_ordinary_file,
    sync_folder,
)
from smpdesk.paths import key_file_path  # re-exported: where a clinic's key file lives

FORMAT = "smpdesk-key-file"
VERSION = 1

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
CIPHERTEXT_BYTES = DATA_KEY_BYTES + 16  # the data key and the GCM tag
CLINIC_ID_PATTERN = re.compile(r"[0-9a-f]{32}")
KEY_CHECK_PATTERN = re.compile(r"[0-9a-f]{32}")

MAX_FILE_BYTES = 256 * 1024
MAX_ACCOUNTS = 200
MAX_STAFF_ID = 2**63 - 1  # SQLite's largest rowid

# The cost of each new wrapping (about 0.4 s and 128 MiB here).  Read at call
# time, so tests may lower SCRYPT_N; every entry stores its own parameters, so
# raising them later leaves existing entries readable.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# What a file may ask for.  Beyond these a crafted file could make us allocate
# gigabytes or compute for minutes before saying "wrong password".
SCRYPT_MIN_N, SCRYPT_MAX_N = 2**14, 2**20
SCRYPT_MAX_R = 16
SCRYPT_MAX_P = 4
SCRYPT_MAX_MEMORY = 512 * 1024 * 1024  # 4x today's cost; n=2**20 with r=16 would be 2 GiB

ROLE_HINTS = frozenset({"owner", "practitioner", "reception"})
LOGIN_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,31}")
DISPLAY_NAME_MAX = 80
# Control characters, lone surrogates and line/paragraph separators: a name is one line.
_FORBIDDEN_IN_NAMES = frozenset({"Cc", "Cs", "Zl", "Zp"})

# Crockford's base32: no I, L, O or U, so nothing printed can be misread.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_SIZE = 5
RECOVERY_LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_SIZE
# The last two characters check the other 38 (190 random bits), so a typing
# mistake is told apart from a key that belongs to another clinic.
_RECOVERY_CHECK_LENGTH = 2
_CONFUSABLES = {"O": "0", "I": "1", "L": "1"}
_SEPARATORS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_.")

_AAD_PREFIX = b"smpdesk-key-v1:"
_KEY_CHECK_LABEL = b"smpdesk-key-check-v1:"
_RECOVERY_CHECK_LABEL = b"smpdesk-recovery-check-v1:"
_DUMMY_SALT = bytes(SALT_BYTES)

DAMAGED = QT_TRANSLATE_NOOP(
    "core",
    "The key file {path} is damaged or was not written by smpdesk; copy the one kept in "
    "the backups folder back beside the clinic file (the recovery key works only with a key "
    "file).",
)
MISSING = QT_TRANSLATE_NOOP(
    "core",
    "The key file {path} is missing; copy the one kept in the backups folder back beside "
    "the clinic file (the recovery key works only with a key file).",
)
NEWER = QT_TRANSLATE_NOOP(
    "core",
    "The key file {path} was written by a newer smpdesk; update smpdesk to open this clinic.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "core", "The key file {path} could not be read ({reason}); check the file and try again."
)
UNWRITABLE = QT_TRANSLATE_NOOP(
    "core",
    "The key file {path} could not be written ({reason}); nothing was changed, "
    "so check the drive and try again.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "core",
    "The disk is full, so the key file {path} was not written; free some space and try again.",
)
# For a damaged entry found in memory, where no file name is known.
DAMAGED_IN_MEMORY = QT_TRANSLATE_NOOP(
    "core",
    "The key file is damaged or was not written by smpdesk; copy the one kept in the "
    "backups folder back beside the clinic file (the recovery key works only with a key file).",
)


class KeyFileError(UserError):
    """The key file cannot be read, trusted or written; ``str(err)`` is the sentence to show."""


class KeyFileMissingError(KeyFileError):
    """There is no key file at the path: a separate class so the caller can offer a restore."""


class RecoveryKeyError(UserError):
    """What was typed cannot be a recovery key (wrong length, character or check letters)."""


@dataclass(frozen=True, kw_only=True)
class Wrapped:
    """The data key encrypted under a key scrypt derives from a secret (password or recovery key).

    The scrypt parameters travel with each entry so that a later version can
    raise them without making older entries unreadable.  The bytes are left
    out of ``repr`` so that logging an entry shows no key material.
    """

    n: int
    r: int
    p: int
    salt: bytes = field(repr=False)
    nonce: bytes = field(repr=False)
    ciphertext: bytes = field(repr=False)


@dataclass(frozen=True, kw_only=True)
class AccountKey:
    """One staff account as the sign-in screen sees it, with its wrapped copy of the data key.

    ``staff_id`` and ``login`` are bound into the encryption (an entry moved to
    another account does not open); ``display_name``, ``role_hint`` and
    ``disabled`` are not, since changing them needs no key: the database decides.
    """

    staff_id: int
    login: str
    display_name: str
    role_hint: str
    disabled: bool
    wrapped: Wrapped


@dataclass(frozen=True, kw_only=True)
class KeyFile:
    """The whole key file.

    ``clinic_id`` is random hex naming the clinic, so that another clinic's
    key file is recognised as such.  ``key_check`` is an HMAC of the clinic id
    under the data key: it reveals nothing about the key, but lets every
    function that adds a wrapping refuse a data key that is not this clinic's
    (which would otherwise silently lock a staff member out of the records).
    """

    version: int = VERSION
    clinic_id: str
    key_check: str
    accounts: tuple[AccountKey, ...]
    recovery: Wrapped


# --- keys and secrets ---------------------------------------------------------------------------


def new_data_key() -> bytes:
    """A fresh random data key for a new clinic (it never changes afterwards)."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_key() -> str:
    """A fresh recovery key to show once and print, as ``ABCDE-FGHIJ-...`` (8 groups of 5).

    38 random Crockford base32 characters (190 bits) and 2 check characters.
    """
    body = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH - _RECOVERY_CHECK_LENGTH)
    )
    canonical = body + _recovery_check(body)
    size = RECOVERY_GROUP_SIZE
    return "-".join(canonical[i : i + size] for i in range(0, RECOVERY_LENGTH, size))


def parse_recovery_key(text: str) -> str:
    """The 40 characters of the recovery key typed as ``text``, upper case without dashes.

    Forgiving about what a person copying from paper does (lower case, spaces,
    dashes or none, full-width characters, O for 0, I or L for 1), strict about
    the rest, so that a mistyped key is reported as such without the slow key step.
    """
    cleaned = "".join(
        c for c in unicodedata.normalize("NFKC", text) if not c.isspace() and c not in _SEPARATORS
    ).upper()
    cleaned = "".join(_CONFUSABLES.get(c, c) for c in cleaned)
    for c in cleaned:
        if c not in RECOVERY_ALPHABET:
            shown = c if c.isprintable() else f"U+{ord(c):04X}"
            raise RecoveryKeyError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "A recovery key has only the letters and digits printed on it, "
                    "never “{shown}”; type it again from the printed copy.",
                ),
                shown=shown,
            )
    if len(cleaned) != RECOVERY_LENGTH:
        raise RecoveryKeyError(
            QT_TRANSLATE_NOOP(
                "core",
                "A recovery key is {length} letters and digits in {groups} groups "
                "of {group_size}, but {typed} were typed; "
                "type it again from the printed copy.",
            ),
            length=RECOVERY_LENGTH,
            groups=RECOVERY_GROUPS,
            group_size=RECOVERY_GROUP_SIZE,
            typed=len(cleaned),
        )
    body, check = cleaned[:-_RECOVERY_CHECK_LENGTH], cleaned[-_RECOVERY_CHECK_LENGTH:]
    if not hmac.compare_digest(check, _recovery_check(body)):
        raise RecoveryKeyError(
            QT_TRANSLATE_NOOP(
                "core",
                "The recovery key has a typing mistake; compare each group with the printed copy "
                "and try again.",
            )
        )
    return cleaned


def _recovery_check(body: str) -> str:
    value = int.from_bytes(hashlib.sha256(_RECOVERY_CHECK_LABEL + body.encode()).digest()[:2])
    value >>= 16 - 5 * _RECOVERY_CHECK_LENGTH
    return "".join(
        RECOVERY_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(_RECOVERY_CHECK_LENGTH))
    )


def _password_bytes(password: str) -> bytes:
    """The same bytes however the keyboard composed the characters (NFC, as RFC 8265)."""
    return unicodedata.normalize("NFC", password).encode("utf-8", "surrogatepass")


def _account_aad(staff_id: int, login: str) -> bytes:
    return _AAD_PREFIX + f"account:{staff_id}:{login}".encode()


_RECOVERY_AAD = _AAD_PREFIX + b"recovery:"


def _key_check(data_key: bytes, clinic_id: str) -> str:
    mac = hmac.new(data_key, _KEY_CHECK_LABEL + clinic_id.encode(), hashlib.sha256)
    return mac.hexdigest()[:32]


def _kdf_allowed(n: int, r: int, p: int) -> bool:
    """Is this a cost smpdesk could have written, affordable on a clinic laptop?"""
    ints = all(type(v) is int for v in (n, r, p))
    return (
        ints
        and SCRYPT_MIN_N <= n <= SCRYPT_MAX_N
        and n & (n - 1) == 0
        and 1 <= r <= SCRYPT_MAX_R
        and 1 <= p <= SCRYPT_MAX_P
        and 128 * r * n <= SCRYPT_MAX_MEMORY
    )


def _derive(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    """The key-encryption key; deliberately slow.  Refuses costs outside the bounds first."""
    if not _kdf_allowed(n, r, p) or len(salt) != SALT_BYTES:
        raise KeyFileError(DAMAGED_IN_MEMORY)
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=32, maxmem=128 * r * (n + p + 2))


def _wrap(data_key: bytes, secret: bytes, aad: bytes) -> Wrapped:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    n, r, p = SCRYPT_N, SCRYPT_R, SCRYPT_P
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(_derive(secret, salt, n, r, p)).encrypt(nonce, data_key, aad)
    return Wrapped(n=n, r=r, p=p, salt=salt, nonce=nonce, ciphertext=ciphertext)


def _unwrap(wrapped: Wrapped, secret: bytes, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(wrapped.nonce) != NONCE_BYTES or len(wrapped.ciphertext) != CIPHERTEXT_BYTES:
        raise KeyFileError(DAMAGED_IN_MEMORY)
    kek = _derive(secret, wrapped.salt, wrapped.n, wrapped.r, wrapped.p)
    try:
        data_key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag:
        return None
    return data_key if len(data_key) == DATA_KEY_BYTES else None


def _checked(kf: KeyFile, data_key: bytes | None) -> bytes | None:
    """``data_key`` if it is this clinic's; an entry that opens to another key means damage."""
    if data_key is None:
        return None
    if not hmac.compare_digest(_key_check(data_key, kf.clinic_id), kf.key_check):
        raise KeyFileError(DAMAGED_IN_MEMORY)
    return data_key


def _require_data_key(data_key: bytes, kf: KeyFile | None = None) -> None:
    """A wrong data key here would lock someone out for good, so it is a programming error."""
    if not isinstance(data_key, bytes) or len(data_key) != DATA_KEY_BYTES:
        raise ValueError(f"a data key is {DATA_KEY_BYTES} bytes")
    if kf is not None and not hmac.compare_digest(_key_check(data_key, kf.clinic_id), kf.key_check):
        raise ValueError("this data key does not belong to this key file")


# --- building and changing a key file -----------------------------------------------------------


def _display_name_ok(name: str) -> bool:
    return (
        bool(name.strip())
        and len(name) <= DISPLAY_NAME_MAX
        and not any(unicodedata.category(c) in _FORBIDDEN_IN_NAMES for c in name)
    )


def _check_details(
    *,
    login: str | None = None,
    display_name: str | None = None,
    role_hint: str | None = None,
    password: str | None = None,
) -> None:
    """Refuse, field by field, what :func:`load` would refuse, before any slow key step."""
    problems: dict[str, str] = {}
    if login is not None and not LOGIN_PATTERN.fullmatch(login):
        problems["login"] = QT_TRANSLATE_NOOP(
            "core",
            "A user name is 1 to 32 lower-case letters, digits, dots, dashes or "
            "underscores, starting with a letter or digit.",
        )
    if display_name is not None and not _display_name_ok(display_name):
        problems["display_name"] = Sentence(
            QT_TRANSLATE_NOOP(
                "core", "A name is one line of at most {limit} characters, not blank."
            ),
            limit=DISPLAY_NAME_MAX,
        )
    if role_hint is not None and role_hint not in ROLE_HINTS:
        problems["role_hint"] = QT_TRANSLATE_NOOP(
            "core", "A role is owner, practitioner or reception."
        )
    if password is not None and not password:
        problems["password"] = QT_TRANSLATE_NOOP(
            "core", "Enter a password; an empty one would protect nothing."
        )
    if problems:
        raise ValidationError(problems)


def _new_account(
    data_key: bytes,
    *,
    staff_id: int,
    login: str,
    display_name: str,
    role_hint: str,
    password: str,
) -> AccountKey:
    if type(staff_id) is not int or not 1 <= staff_id <= MAX_STAFF_ID:
        raise ValueError("a staff id is a positive integer (the account's row id)")
    role_hint = str(role_hint)  # a StrEnum member is stored as its plain value
    _check_details(login=login, display_name=display_name, role_hint=role_hint, password=password)
    return AccountKey(
        staff_id=staff_id,
        login=login,
        display_name=display_name,
        role_hint=role_hint,
        disabled=False,
        wrapped=_wrap(data_key, _password_bytes(password), _account_aad(staff_id, login)),
    )


def create(
    data_key: bytes,
    *,
    staff_id: int,
    login: str,
    display_name: str,
    password: str,
    recovery_key: str,
    clinic_id: str | None = None,
) -> KeyFile:
    """A new clinic's key file: the owner's account (role hint ``owner``) and the recovery key.

    ``recovery_key`` is the text shown to the owner (see :func:`new_recovery_key`);
    ``clinic_id`` is made up when not given.
    """
    _require_data_key(data_key)
    clinic_id = secrets.token_hex(16) if clinic_id is None else clinic_id
    if not CLINIC_ID_PATTERN.fullmatch(clinic_id):
        raise ValueError("a clinic id is 32 lower-case hex digits")
    canonical = parse_recovery_key(recovery_key)  # before the slow steps
    owner = _new_account(
        data_key,
        staff_id=staff_id,
        login=login,
        display_name=display_name,
        role_hint="owner",
        password=password,
    )
    return KeyFile(
        clinic_id=clinic_id,
        key_check=_key_check(data_key, clinic_id),
        accounts=(owner,),
        recovery=_wrap(data_key, canonical.encode(), _RECOVERY_AAD),
    )


def with_account(
    kf: KeyFile,
    data_key: bytes,
    *,
    staff_id: int,
    login: str,
    display_name: str,
    role_hint: str,
    password: str,
) -> KeyFile:
    """``kf`` with a new staff account whose password opens the same data key."""
    _require_data_key(data_key, kf)
    if any(a.login == login for a in kf.accounts):
        raise ValidationError(
            {
                "login": Sentence(
                    QT_TRANSLATE_NOOP("core", "There is already an account called {login}."),
                    login=login,
                )
            }
        )
    if any(a.staff_id == staff_id for a in kf.accounts):
        raise ValueError(f"staff id {staff_id} already has an entry in the key file")
    if len(kf.accounts) >= MAX_ACCOUNTS:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "The key file already holds {most} accounts, the most it can, "
                "so no account can be added.",
            ),
            most=MAX_ACCOUNTS,
        )
    account = _new_account(
        data_key,
        staff_id=staff_id,
        login=login,
        display_name=display_name,
        role_hint=role_hint,
        password=password,
    )
    return replace(kf, accounts=(*kf.accounts, account))


def _index(kf: KeyFile, login: str) -> int:
    for i, account in enumerate(kf.accounts):
        if account.login == login:
            return i
    raise KeyFileError(
        QT_TRANSLATE_NOOP("core", "There is no account called {login} in the key file."),
        login=login,
    )


def with_password(kf: KeyFile, data_key: bytes, login: str, new_password: str) -> KeyFile:
    """``kf`` with a new password for ``login``: only that entry changes, never the data key."""
    _require_data_key(data_key, kf)
    i = _index(kf, login)
    _check_details(password=new_password)
    old = kf.accounts[i]
    new = replace(
        old,
        wrapped=_wrap(data_key, _password_bytes(new_password), _account_aad(old.staff_id, login)),
    )
    return replace(kf, accounts=(*kf.accounts[:i], new, *kf.accounts[i + 1 :]))


def with_details(
    kf: KeyFile,
    login: str,
    *,
    display_name: str | None = None,
    role_hint: str | None = None,
    disabled: bool | None = None,
) -> KeyFile:
    """``kf`` with what the sign-in screen shows for ``login`` changed (no key needed)."""
    i = _index(kf, login)
    role_hint = None if role_hint is None else str(role_hint)
    _check_details(display_name=display_name, role_hint=role_hint)
    old = kf.accounts[i]
    new = replace(
        old,
        display_name=old.display_name if display_name is None else display_name,
        role_hint=old.role_hint if role_hint is None else role_hint,
        disabled=old.disabled if disabled is None else bool(disabled),
    )
    return replace(kf, accounts=(*kf.accounts[:i], new, *kf.accounts[i + 1 :]))


def with_recovery(kf: KeyFile, data_key: bytes, recovery_key: str) -> KeyFile:
    """``kf`` with a new recovery key (after the old one was used, lost or seen)."""
    _require_data_key(data_key, kf)
    canonical = parse_recovery_key(recovery_key)
    return replace(kf, recovery=_wrap(data_key, canonical.encode(), _RECOVERY_AAD))


# --- opening ------------------------------------------------------------------------------------


def unwrap_with_password(kf: KeyFile, login: str, password: str) -> bytes | None:
    """The data key, or None for a wrong password or an unknown or disabled login.

    Which of these it was is never said, and an unknown login costs the same
    slow key step as a known one.  Raises :class:`KeyFileError` only when the
    entry opens to a key that is not this clinic's (a damaged or spliced file).
    """
    account = next((a for a in kf.accounts if a.login == login and not a.disabled), None)
    if account is None:
        _derive(_password_bytes(password), _DUMMY_SALT, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        return None
    aad = _account_aad(account.staff_id, account.login)
    return _checked(kf, _unwrap(account.wrapped, _password_bytes(password), aad))


def unwrap_with_recovery(kf: KeyFile, recovery_key_text: str) -> bytes | None:
    """The data key, or None when the recovery key is well formed but not this clinic's.

    A mistyped key (wrong length, character or check letters) raises
    :class:`RecoveryKeyError` with the sentence to show, before the slow key step.
    """
    canonical = parse_recovery_key(recovery_key_text)
    return _checked(kf, _unwrap(kf.recovery, canonical.encode(), _RECOVERY_AAD))


def accounts_for_sign_in(kf: KeyFile) -> list[AccountKey]:
    """The enabled accounts, by display name, for the sign-in screen's list."""
    enabled = [a for a in kf.accounts if not a.disabled]
    return sorted(enabled, key=lambda a: (a.display_name.casefold(), a.login))


# --- the file -----------------------------------------------------------------------------------


class _Bad(Exception):
    """The content is not a key file smpdesk wrote (turned into the sentence by :func:`load`)."""


class _Newer(Exception):
    """The content declares a later format version."""


def _bad() -> NoReturn:
    raise _Bad


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _wrapped_json(w: Wrapped) -> dict[str, Any]:
    return {
        "kdf": "scrypt",
        "n": w.n,
        "r": w.r,
        "p": w.p,
        "salt": _b64(w.salt),
        "nonce": _b64(w.nonce),
        "ciphertext": _b64(w.ciphertext),
    }


def _encode(kf: KeyFile) -> bytes:
    document = {
        "format": FORMAT,
        "version": kf.version,
        "clinic_id": kf.clinic_id,
        "key_check": kf.key_check,
        "accounts": [
            {
                "staff_id": a.staff_id,
                "login": a.login,
                "display_name": a.display_name,
                "role_hint": a.role_hint,
                "disabled": a.disabled,
                "wrapped": _wrapped_json(a.wrapped),
            }
            for a in kf.accounts
        ],
        "recovery": _wrapped_json(kf.recovery),
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        _bad()
    return result


def _no_constants(_name: str) -> NoReturn:
    raise _Bad  # NaN, Infinity


def _fields(value: object, names: frozenset[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or value.keys() != names:
        _bad()
    return value


def _int(value: object, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        _bad()
    return value


def _str(value: object) -> str:
    if type(value) is not str:
        _bad()
    return value


def _bytes(value: object, size: int) -> bytes:
    text = _str(value)
    if len(text) != 4 * ((size + 2) // 3) or not text.isascii():
        _bad()
    try:
        data = base64.b64decode(text, validate=True)
    except ValueError:
        _bad()
    if len(data) != size or _b64(data) != text:
        _bad()
    return data


_WRAPPED_FIELDS = frozenset({"kdf", "n", "r", "p", "salt", "nonce", "ciphertext"})
_ACCOUNT_FIELDS = frozenset(
    {"staff_id", "login", "display_name", "role_hint", "disabled", "wrapped"}
)
_FILE_FIELDS = frozenset({"format", "version", "clinic_id", "key_check", "accounts", "recovery"})


def _wrapped_from(value: object) -> Wrapped:
    fields = _fields(value, _WRAPPED_FIELDS)
    if fields["kdf"] != "scrypt":
        _bad()
    n, r, p = fields["n"], fields["r"], fields["p"]
    if not _kdf_allowed(n, r, p):
        _bad()
    return Wrapped(
        n=n,
        r=r,
        p=p,
        salt=_bytes(fields["salt"], SALT_BYTES),
        nonce=_bytes(fields["nonce"], NONCE_BYTES),
        ciphertext=_bytes(fields["ciphertext"], CIPHERTEXT_BYTES),
    )


def _account_from(value: object) -> AccountKey:
    fields = _fields(value, _ACCOUNT_FIELDS)
    login, name = _str(fields["login"]), _str(fields["display_name"])
    role = _str(fields["role_hint"])
    if not LOGIN_PATTERN.fullmatch(login) or not _display_name_ok(name) or role not in ROLE_HINTS:
        _bad()
    disabled = fields["disabled"]
    if type(disabled) is not bool:
        _bad()
    return AccountKey(
        staff_id=_int(fields["staff_id"], 1, MAX_STAFF_ID),
        login=login,
        display_name=name,
        role_hint=role,
        disabled=disabled,
        wrapped=_wrapped_from(fields["wrapped"]),
    )


def _decode(data: bytes) -> KeyFile:
    """The key file in ``data``, checked field by field; :class:`_Bad` for anything else."""
    try:
        document = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_no_constants,
        )
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        _bad()
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        _bad()
    version = document.get("version")
    if type(version) is int and version > VERSION:
        raise _Newer
    if version != VERSION or type(version) is not int:
        _bad()
    fields = _fields(document, _FILE_FIELDS)
    clinic_id, key_check = _str(fields["clinic_id"]), _str(fields["key_check"])
    if not CLINIC_ID_PATTERN.fullmatch(clinic_id) or not KEY_CHECK_PATTERN.fullmatch(key_check):
        _bad()
    entries = fields["accounts"]
    if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_ACCOUNTS:
        _bad()
    accounts = tuple(_account_from(entry) for entry in entries)
    if len({a.login for a in accounts}) != len(accounts):
        _bad()
    if len({a.staff_id for a in accounts}) != len(accounts):
        _bad()
    return KeyFile(
        version=version,
        clinic_id=clinic_id,
        key_check=key_check,
        accounts=accounts,
        recovery=_wrapped_from(fields["recovery"]),
    )


def _read_limited(path: Path) -> bytes:
    """At most ``MAX_FILE_BYTES`` of ``path``, which must be an ordinary file, not a link to one
    (see :func:`~smpdesk.infra.filesystems.read_ordinary_file`)."""
    try:
        return read_ordinary_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise KeyFileMissingError(MISSING, path=path) from None
    except (NotOrdinaryFile, FileTooLarge):
        raise KeyFileError(DAMAGED, path=path) from None
    except OSError as exc:
        raise KeyFileError(UNREADABLE, path=path, reason=exc.strerror) from None


def load(path: Path) -> KeyFile:
    """The key file at ``path``, read as if an attacker wrote it.

    Every problem is a :class:`KeyFileError` whose message is one sentence
    naming the file and what to do (:class:`KeyFileMissingError` when there is
    no file).  No key step runs here, so a hostile file costs nothing to refuse.
    """
    data = _read_limited(path)
    try:
        return _decode(data)
    except _Newer:
        raise KeyFileError(NEWER, path=path) from None
    except _Bad:
        raise KeyFileError(DAMAGED, path=path) from None


def save(path: Path, kf: KeyFile) -> None:
    """Write ``kf`` to ``path`` atomically and owner-only (0600).

    A temporary file in the same folder is written, flushed to disk and renamed
    over ``path``, then the folder is flushed, so a power cut leaves the old
    file or the new one, never half of either.  What is written is first read
    back with :func:`load`'s checks: smpdesk never writes a file it would refuse.
    """
    data = _encode(kf)
    try:
        if len(data) > MAX_FILE_BYTES or _decode(data) != kf:
            raise _Bad
    except (_Bad, _Newer):
        raise ValueError("refusing to save a key file that smpdesk could not load") from None
    tmp_name = ""
    try:
        # mkstemp creates the file 0600 in the target's folder (so the rename is atomic).
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name[:100]}.", suffix=".part", dir=path.parent
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = ""
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise KeyFileError(DISK_FULL, path=path) from None
        raise KeyFileError(UNWRITABLE, path=path, reason=exc.strerror) from None
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    sync_folder(path.parent)


__all__ = [
    "DAMAGED",
    "FORMAT",
    "MAX_ACCOUNTS",
    "MAX_FILE_BYTES",
    "MISSING",
    "NEWER",
    "ROLE_HINTS",
    "SCRYPT_N",
    "SCRYPT_P",
    "SCRYPT_R",
    "VERSION",
    "AccountKey",
    "KeyFile",
    "KeyFileError",
    "KeyFileMissingError",
    "RecoveryKeyError",
    "Wrapped",
    "accounts_for_sign_in",
    "create",
    "key_file_path",
    "load",
    "new_data_key",
    "new_recovery_key",
    "parse_recovery_key",
    "save",
    "unwrap_with_password",
    "unwrap_with_recovery",
    "with_account",
    "with_details",
    "with_password",
    "with_recovery",
]
