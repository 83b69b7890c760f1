"""The erasure register as a file beside the clinic: ``<clinic file name>.erasures.json``.

The register inside the clinic file is not enough: restoring a backup made
before an erasure replaces the whole file, register and all, and would bring
the client back.  So every erasure is also written here, beside the database
(and into its backups folder), and a restore re-applies it.

The file holds ids only: the client's id and the erased row's ``created_at``
(ids are reused, so only the pair names one client), when, by whom (a staff
id) and why.  On a protected clinic the reason is encrypted with a key derived
from the clinic's data key (AES-GCM, bound to the entry's ids), so the file
beside an encrypted clinic says no more than "client 44 was erased".

It is read as if an attacker wrote it: a link, a pipe, a huge or garbled file
is refused with one sentence (:class:`RegisterFileError`) and never used, and
what it could at worst do is erase a client whose id *and* creation time, to
the microsecond, it names.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import re
import secrets
import tempfile
from collections.abc import Iterable
from pathlib import Path

from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.filesystems import (
    FileTooLarge,
    NotOrdinaryFile,
    read_ordinary_file,
    sync_folder,
)
from smpdesk.store.erasure import RegisterRow

FORMAT = "smpdesk erasure register"
VERSION = 1
SUFFIX = ".erasures.json"
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_ENTRIES = 200_000
MAX_REASON = 2000
NOTE = (
    "Clients erased from this clinic at their request, by id and creation time only. "
    "smpdesk removes them again from any backup that is restored. Do not edit."
)
# A reason this clinic's key cannot open (another clinic's file, or read without the key).
SEALED_UNREADABLE = "(the reason is encrypted with the clinic's key and could not be read here)"
_STAMP = re.compile(r"[\x21-\x7e]{1,64}")
_ENTRY_KEYS = {"client_id", "client_created_at", "erased_at", "erased_by", "reason"}
_SEALED_KEY = "sealed_reason"
_MAX_ID = 2**63 - 1


class RegisterFileError(UserError):
    """The register file cannot be used; the message says which file and why, in one sentence."""


def register_path(db_path: Path) -> Path:
    """Where the register of the clinic at ``db_path`` lives: beside the real file."""
    real = Path(os.path.realpath(db_path))
    return real.with_name(f"{real.name}{SUFFIX}")


def _read_limited(path: Path) -> bytes | None:
    """The file's bytes (None: no file); an ordinary file only, and never more than the cap."""
    try:
        return read_ordinary_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        return None
    except NotOrdinaryFile:
        raise RegisterFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "The erasure register {path} is not an ordinary file (a link, folder or device), "
                "so it was not used; erasures recorded inside the clinic file still apply.",
            ),
            path=path,
        ) from None
    except FileTooLarge:
        raise RegisterFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "The erasure register {path} is larger than any smpdesk writes, so it was not "
                "used; erasures recorded inside the clinic file still apply.",
            ),
            path=path,
        ) from None
    except OSError as exc:
        raise RegisterFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "The erasure register {path} could not be read ({reason}); "
                "erasures recorded inside the clinic file still apply.",
            ),
            path=path,
            reason=exc.strerror,
        ) from None


class _Bad(Exception):
    """Not a register smpdesk wrote."""


class _Newer(Exception):
    """A register from a newer smpdesk."""


def _reason_key(key: bytes) -> bytes:
    """A key for the reasons alone, derived from the clinic's data key (never the key itself)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"smpdesk erasure register v1"
    ).derive(key)


def _bound_to(client_id: int, created_at: str) -> bytes:
    return f"{client_id}\n{created_at}".encode()


def _seal(reason: str, client_id: int, created_at: str, key: bytes) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_reason_key(key)).encrypt(
        nonce, reason.encode("utf-8"), _bound_to(client_id, created_at)
    )
    return base64.b64encode(nonce + sealed).decode("ascii")


def _open_sealed(text: str, client_id: int, created_at: str, key: bytes | None) -> str:
    if key is None:
        return SEALED_UNREADABLE
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.b64decode(text, validate=True)
        if len(raw) < 12 + 16:
            raise _Bad
        plain = AESGCM(_reason_key(key)).decrypt(
            raw[:12], raw[12:], _bound_to(client_id, created_at)
        )
        return plain.decode("utf-8")
    except (InvalidTag, UnicodeDecodeError):
        return SEALED_UNREADABLE
    except (binascii.Error, ValueError):
        raise _Bad from None


def _whole(value: object, *, low: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= _MAX_ID:
        raise _Bad
    return value


def _stamp(value: object) -> str:
    if not isinstance(value, str) or not _STAMP.fullmatch(value):
        raise _Bad
    return value


def _text(value: object, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        raise _Bad
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, spelled in JSON
        raise _Bad from None
    return value


def _entry(item: object, key: bytes | None) -> RegisterRow:
    if not isinstance(item, dict):
        raise _Bad
    names = set(item)
    sealed = _SEALED_KEY in names
    expected = (_ENTRY_KEYS - {"reason"}) | {_SEALED_KEY} if sealed else _ENTRY_KEYS
    if names != expected:
        raise _Bad
    client_id = _whole(item["client_id"], low=1)
    created_at = _stamp(item["client_created_at"])
    erased_at = _stamp(item["erased_at"])
    by = item["erased_by"]
    erased_by = None if by is None else _whole(by, low=1)
    if sealed:
        reason = _open_sealed(_text(item[_SEALED_KEY], 4 * MAX_REASON), client_id, created_at, key)
    else:
        reason = _text(item["reason"], MAX_REASON)
    return RegisterRow(client_id, created_at, erased_at, erased_by, reason)


def _no_constants(name: str) -> object:
    raise _Bad  # NaN, Infinity: not JSON smpdesk writes


def _decode(data: bytes, key: bytes | None) -> list[RegisterRow]:
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _Bad from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _Bad
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Bad
    if version > VERSION:
        raise _Newer
    if set(document) != {"format", "version", "note", "erasures"}:
        raise _Bad
    items = document["erasures"]
    if not isinstance(items, list) or len(items) > MAX_ENTRIES:
        raise _Bad
    entries = [_entry(item, key) for item in items]
    if len({e.key for e in entries}) != len(entries):
        raise _Bad  # smpdesk writes each erasure once
    return entries


def read_register(path: Path, *, key: bytes | None = None) -> list[RegisterRow]:
    """The erasures a register file lists ([] when there is no file).

    ``key``: a protected clinic's data key, which opens the reasons.  Any
    problem is a :class:`RegisterFileError` naming the file, in one sentence.
    """
    path = Path(path)
    data = _read_limited(path)
    if data is None:
        return []
    try:
        return _decode(data, key)
    except _Newer:
        raise RegisterFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "The erasure register {path} was written by a newer smpdesk, so it was not used; "
                "erasures recorded inside the clinic file still apply.",
            ),
            path=path,
        ) from None
    except _Bad:
        raise RegisterFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "The erasure register {path} is damaged or was edited, so it was not used; "
                "erasures recorded inside the clinic file still apply.",
            ),
            path=path,
        ) from None


def _encode(entries: Iterable[RegisterRow], key: bytes | None) -> bytes:
    items = []
    for e in sorted(entries, key=lambda e: (e.erased_at, e.client_id, e.client_created_at)):
        item: dict[str, object] = {
            "client_id": e.client_id,
            "client_created_at": e.client_created_at,
            "erased_at": e.erased_at,
            "erased_by": e.erased_by,
        }
        reason = e.reason[:MAX_REASON]
        if key is not None:
            item[_SEALED_KEY] = _seal(reason, e.client_id, e.client_created_at, key)
        else:
            item["reason"] = reason
        items.append(item)
    document = {"format": FORMAT, "version": VERSION, "note": NOTE, "erasures": items}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_register(path: Path, entries: Iterable[RegisterRow], *, key: bytes | None = None) -> None:
    """Write the register to ``path`` atomically and owner-only (0600).

    A temporary file in the same folder is written, flushed to disk and renamed
    over ``path`` (a link there is replaced, never followed), then the folder is
    flushed.  What is written is read back first: smpdesk never writes a
    register it would refuse.  An OSError is left to the caller to put in words.
    """
    path = Path(path)
    entries = list(entries)
    data = _encode(entries, key)
    try:
        checked = {e.key for e in _decode(data, key)}
    except (_Bad, _Newer):
        raise ValueError("refusing to write an erasure register smpdesk could not read") from None
    if checked != {e.key for e in entries} or len(data) > MAX_FILE_BYTES:
        raise ValueError("refusing to write an erasure register smpdesk could not read")
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name[:100]}.", suffix=".part", dir=path.parent
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = ""
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    sync_folder(path.parent)


def set_aside_unreadable(path: Path) -> Path | None:
    """Move a register that cannot be read out of the way (``….unreadable``), kept for
    whoever wants to look at it, so a fresh one can be written; where it went, or None."""
    target = path.with_name(f"{path.name}.unreadable")
    try:
        os.replace(path, target)
    except FileNotFoundError:
        return None
    return target


__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "SEALED_UNREADABLE",
    "SUFFIX",
    "RegisterFileError",
    "read_register",
    "register_path",
    "set_aside_unreadable",
    "write_register",
]
