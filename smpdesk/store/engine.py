"""The SQLite library: the one module that knows which one the clinic's files are opened with.

Every connection to a clinic file (the clinic itself, a backup, a copy being
made, a file being checked) is made by :func:`connect`, through SQLCipher's
build of SQLite (``sqlcipher3``), whether the file is encrypted or not: one
library, so one family of exceptions, and one set of file locks.  Two SQLite
libraries in one process do not see each other's locks (POSIX locks belong to
the process, and each library keeps its own table of them), so a clinic file
must never be opened by the standard library's ``sqlite3`` while this module
has it open.

A file is encrypted when a key is given: a raw 32-byte key, used as it is
(no passphrase derivation here; where the key comes from is the caller's
business).  SQLCipher accepts any key without reading the file; a wrong one
shows only at the first read, as "file is not a database", exactly like a
damaged first page: :func:`is_not_a_database` tells the caller to say so.

``sqlcipher3``'s exceptions do not subclass the standard library's, and tests
(and in-memory helpers) still raise those, so an ``except`` clause takes one
of the tuples here: :data:`ERRORS`, :data:`DATABASE_ERRORS`,
:data:`OPERATIONAL_ERRORS`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import cast

from sqlcipher3 import dbapi2 as _cipher

KEY_BYTES = 32
# SQLite's primary result code for "file is not a database" (SQLITE_NOTADB).
_NOTADB = 26

ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, _cipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, _cipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    _cipher.OperationalError,
)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, _cipher.IntegrityError)

SQLITE_VERSION: str = str(_cipher.sqlite_version)


def check_key(key: bytes) -> bytes:
    """``key`` itself if it is a raw 32-byte key; ValueError (a programming error) if not."""
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise ValueError(f"an encryption key is {KEY_BYTES} raw bytes")
    return key


def key_literal(key: bytes) -> str:
    """The SQL literal SQLCipher takes a raw key as: ``"x'<64 hex digits>'"``, quotes included."""
    return f"\"x'{check_key(key).hex()}'\""


def connect(
    target: str | Path,
    *,
    key: bytes | None = None,
    uri: bool = False,
    timeout: float = 5.0,
) -> sqlite3.Connection:
    """A connection to ``target`` (a path, ``:memory:`` or, with ``uri``, a ``file:`` URI).

    With ``key`` the file is read (or created) encrypted with it; the key is
    applied before anything is read or written.  Typed as the standard
    library's connection, whose interface ``sqlcipher3`` shares.
    """
    if key is not None:
        check_key(key)
    conn = _cipher.connect(str(target), uri=uri, timeout=timeout)
    try:
        # SQLCipher logs a wrong key to stderr; the caller says it in one sentence.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            answer = conn.execute(f"PRAGMA key = {key_literal(key)}").fetchall()
            if answer != [("ok",)]:  # an SQLite without SQLCipher ignores the PRAGMA
                raise RuntimeError("the SQLite library in use cannot open encrypted files")
    except BaseException:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def is_error(exc: BaseException, kind: str = "Error") -> bool:
    """Is ``exc`` an SQLite exception of ``kind`` ("Error", "DatabaseError"...), from either?"""
    return any(isinstance(exc, getattr(module, kind)) for module in (sqlite3, _cipher))


def is_not_a_database(exc: BaseException) -> bool:
    """SQLITE_NOTADB: not an SQLite file, a damaged first page, or (encrypted) the wrong key."""
    if not is_error(exc, "DatabaseError"):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == _NOTADB
    return "not a database" in str(exc).lower()


__all__ = [
    "DATABASE_ERRORS",
    "ERRORS",
    "INTEGRITY_ERRORS",
    "KEY_BYTES",
    "OPERATIONAL_ERRORS",
    "SQLITE_VERSION",
    "check_key",
    "connect",
    "is_error",
    "is_not_a_database",
    "key_literal",
]
