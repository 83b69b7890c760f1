"""Encrypted backups for taking the clinic's records off the laptop.

Format (all integers big-endian)::

    magic "SMPDESK-SEALED\\0" | version 1 | scrypt n_log2, r, p | salt (16)
    | chunk size (4) | nonce prefix (8) | key check (AES-GCM of a fixed text)
    then chunks: length (4) | AES-GCM ciphertext+tag

Each chunk's nonce is the prefix plus its counter, and its associated data
binds the header, the counter and whether it is the last chunk, so a
reordered, altered or truncated file fails authentication, and the key check
tells a wrong passphrase apart from a damaged file.  The key comes from
scrypt (deliberately slow).  The passphrase is never stored anywhere.
"""

from __future__ import annotations

import errno
import os
import stat
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.safe_output import ProtectedFiles, check_target

MAGIC = b"SMPDESK-SEALED\x00"
VERSION = 1
CHUNK = 1 << 20
SCRYPT_N_LOG2, SCRYPT_R, SCRYPT_P = 15, 8, 1
_CHECK_TEXT = b"smpdesk sealed export"
_HEADER = struct.Struct(">15sBBBB16sI8s")

WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "core", "The passphrase is wrong, or this is not an smpdesk export; nothing was changed."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "core",
    "The export file has been changed or damaged, so it cannot be trusted; nothing was changed.",
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "core", "The export file is incomplete (it was cut short); copy it again and retry."
)


class SealedExportError(UserError):
    pass


def _key(passphrase: str, salt: bytes, n_log2: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise SealedExportError(
            QT_TRANSLATE_NOOP(
                "core",
                "Enter a passphrase; an empty one would protect nothing.",
            )
        )
    return Scrypt(salt=salt, length=32, n=1 << n_log2, r=r, p=p).derive(passphrase.encode())


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + struct.pack(">I", counter)


def _aad(header: bytes, counter: int, last: bool) -> bytes:
    return header + struct.pack(">I?", counter, last)


def _chunks(path: Path) -> Iterator[tuple[bytes, bool]]:
    with path.open("rb") as handle:
        current = handle.read(CHUNK)
        while True:
            following = handle.read(CHUNK)
            yield current, not following
            if not following:
                return
            current = following


def _private(path: Path) -> BinaryIO:
    """A new file only the owner can read (0600), never an existing one reused."""
    path.unlink(missing_ok=True)
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def seal(
    source: Path,
    target: Path,
    passphrase: str,
    *,
    protected: ProtectedFiles | None = None,
    overwrite: bool = False,
) -> None:
    """Encrypt ``source`` (a verified backup) into ``target``.

    ``target`` passes the same checks as every other output (never the
    database, its companions or a backup; an existing file only with
    ``overwrite``) when ``protected`` is given.
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if protected is not None:
        target = check_target(target, protected, overwrite=overwrite)

    salt, prefix = os.urandom(16), os.urandom(8)
    key = _key(passphrase, salt, SCRYPT_N_LOG2, SCRYPT_R, SCRYPT_P)
    aes = AESGCM(key)
    header = _HEADER.pack(MAGIC, VERSION, SCRYPT_N_LOG2, SCRYPT_R, SCRYPT_P, salt, CHUNK, prefix)
    check = aes.encrypt(_nonce(prefix, 0xFFFFFFFF), _CHECK_TEXT, header)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with _private(partial) as out:
            out.write(header)
            out.write(check)
            for counter, (chunk, last) in enumerate(_chunks(source)):
                sealed = aes.encrypt(_nonce(prefix, counter), chunk, _aad(header, counter, last))
                out.write(struct.pack(">I", len(sealed)))
                out.write(sealed)
            out.flush()
            os.fsync(out.fileno())
        if protected is not None:
            check_target(target, protected, overwrite=overwrite)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise SealedExportError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The disk is full, so the export was not written to {target}; free "
                    "some space and try again.",
                ),
                target=target,
            ) from exc
        raise SealedExportError(
            QT_TRANSLATE_NOOP(
                "core",
                "The export could not be written to {target} ({reason}); check the "
                "drive and try again.",
            ),
            target=target,
            reason=exc.strerror,
        ) from exc
    except UserError:
        partial.unlink(missing_ok=True)
        raise


def unseal(source: Path, target: Path, passphrase: str) -> None:
    """Decrypt ``source`` into ``target``; any tampering or truncation is refused."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        if not stat.S_ISREG(os.stat(source).st_mode):
            raise SealedExportError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{source} is not an ordinary file; choose the export file.",
                ),
                source=source,
            )
        data = source.open("rb")
    except OSError as exc:
        raise SealedExportError(
            QT_TRANSLATE_NOOP("core", "{source} could not be read ({reason})."),
            source=source,
            reason=exc.strerror,
        ) from exc
    with data:
        header = data.read(_HEADER.size)
        if len(header) < _HEADER.size or not header.startswith(MAGIC):
            raise SealedExportError(WRONG_PASSPHRASE)
        _magic, version, n_log2, r, p, salt, _chunk, prefix = _HEADER.unpack(header)
        if version != VERSION:
            raise SealedExportError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This export was made by a newer smpdesk; update smpdesk.",
                )
            )
        # Only the cost settings smpdesk writes: an edited header must not make
        # the key step take hours or all the memory.
        if not (10 <= n_log2 <= 20 and 1 <= r <= 16 and 1 <= p <= 4 and 0 < _chunk <= CHUNK):
            raise SealedExportError(DAMAGED)
        try:
            aes = AESGCM(_key(passphrase, salt, n_log2, r, p))
        except (ValueError, MemoryError):
            raise SealedExportError(DAMAGED) from None
        check = data.read(len(_CHECK_TEXT) + 16)
        try:
            aes.decrypt(_nonce(prefix, 0xFFFFFFFF), check, header)
        except InvalidTag:
            raise SealedExportError(WRONG_PASSPHRASE) from None
        partial = target.with_name(f".{target.name}.partial")
        try:
            with _private(partial) as out:
                counter, finished = 0, False
                while True:
                    size_bytes = data.read(4)
                    if not size_bytes:
                        break
                    if finished or len(size_bytes) < 4:
                        raise SealedExportError(DAMAGED if finished else TRUNCATED)
                    (size,) = struct.unpack(">I", size_bytes)
                    if size > _chunk + 16:  # a forged length must not read gigabytes
                        raise SealedExportError(DAMAGED)
                    sealed = data.read(size)
                    if len(sealed) < size:
                        raise SealedExportError(TRUNCATED)
                    for last in (True, False):
                        try:
                            plain = aes.decrypt(
                                _nonce(prefix, counter), sealed, _aad(header, counter, last)
                            )
                        except InvalidTag:
                            continue
                        out.write(plain)
                        finished = last
                        break
                    else:
                        raise SealedExportError(DAMAGED)
                    counter += 1
                if not finished:
                    raise SealedExportError(TRUNCATED)
            os.replace(partial, target)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise SealedExportError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The disk is full, so the export could not be opened; free some space "
                        "and try again (nothing was changed).",
                    )
                ) from exc
            raise SealedExportError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The export could not be opened here ({reason}); nothing was changed.",
                ),
                reason=exc.strerror,
            ) from exc
        finally:
            partial.unlink(missing_ok=True)
