"""SQLite files as files: check, copy, checkpoint and count them.

Backups, restores and the database check handle SQLite files that may be
damaged, from a newer smpdesk or from a stranger, while the rules about what
to do with them (which check, what to tell the user, where copies go) belong
to :mod:`smpdesk.app.backup_files` and :mod:`smpdesk.app.restore`.  The SQL
and the ``sqlite3`` calls live here, so the store stays the only layer that
runs SQL.

Every connection this module makes is opened by :func:`connect_read_only` or
:func:`open_writable` and nowhere else, each through
:func:`smpdesk.store.engine.connect`; the ``key`` of an encrypted database
is given to both.  An encrypted file's copy (backup, restore) is encrypted
with the same key; :func:`encrypt_copy` and :func:`decrypt_copy` turn a
plain clinic file into an encrypted one and back.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.store import engine
from smpdesk.store.database import (
    PAGE_SIZE,
    applied_migrations,
    connect_read_only,
    has_journal,
    sqlite_errors,
)
from smpdesk.store.schema import migrations
from smpdesk.store.schema_check import schema_difference
from smpdesk.store.space import INCREMENTAL

# The first 16 bytes of every SQLite 3 file: a cheaper, clearer refusal of a
# photo or a PDF than SQLite's "file is not a database".
SQLITE_HEADER = b"SQLite format 3\x00"


def has_sqlite_header(path: Path) -> bool:
    """Tell an SQLite file from any other before SQLite is let near it (OSError if unreadable)."""
    with Path(path).open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def open_writable(path: Path, *, key: bytes | None = None) -> sqlite3.Connection:
    """A connection that may write ``path``: a copy being made, or a file being set aside.

    ``trusted_schema=OFF`` before anything else, as on every connection the
    app makes: the file may have come from elsewhere, and no function or
    virtual table in its schema should run.  ``key``: the file is (or, new,
    will be) encrypted with it.
    """
    conn = engine.connect(path, key=key)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
    except BaseException:
        conn.close()
        raise
    return conn


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version the file claims, so a file from a newer smpdesk is refused first."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def integrity_finding(conn: sqlite3.Connection, *, full: bool) -> str:
    """Empty if the file is sound, else SQLite's first finding, on one line.

    ``full`` runs ``integrity_check`` (also compares indexes with their
    tables, slow on a large file); otherwise ``quick_check``.  SQLite's report
    starts with a "*** in database main ***" banner and spans lines, and a
    message to the user has room for one finding.
    """
    pragma = "integrity_check" if full else "quick_check"
    rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    if [r[0] for r in rows] == ["ok"]:
        return ""
    findings = [
        line.strip()
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return findings[0] if findings else "no result"


def copy_snapshot(
    source: sqlite3.Connection,
    target: sqlite3.Connection,
    *,
    pages: int = -1,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy what ``source`` sees into ``target``'s file, as one consistent snapshot.

    A read transaction is held on ``source`` for the whole copy: without it
    the backup API restarts whenever another connection writes (WAL), and a
    busy clinic might never finish a backup.  ``pages`` per step, with
    ``progress(done_pages, total_pages)`` after each; any exception it raises
    stops the copy.  ``source`` is left out of any transaction, as it was.
    """

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    source.execute("BEGIN")
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # pin the snapshot
        source.backup(target, pages=pages, progress=report)
    finally:
        if source.in_transaction:
            source.execute("ROLLBACK")


def copy_file(source: Path, dest: Path, *, key: bytes | None = None) -> None:
    """Copy the SQLite file ``source`` into ``dest`` without ever writing to ``source``.

    Through the backup API rather than a byte copy, so what lands in
    ``dest`` is a whole database; ``source`` is opened read-only and
    immutable.  ``dest`` may already exist (created with the permissions the
    caller wants); its contents are replaced.  ``key``: ``source`` is
    encrypted with it, and ``dest`` will be too.
    """
    conn = connect_read_only(source, key=key)
    try:
        target = open_writable(dest, key=key)
        try:
            conn.backup(target)
        finally:
            target.close()
    finally:
        conn.close()


def checkpoint_truncate(path: Path, *, key: bytes | None = None) -> None:
    """Fold the file's ``-wal`` into it and empty the WAL, so the file is whole on its own.

    For a sound file about to be moved: once moved, its WAL companions may
    not follow it, and the records only they hold would be lost.
    """
    conn = open_writable(path, key=key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@dataclass(frozen=True)
class ChangeState:
    """What tells one state of a clinic file's records from another, cheaply.

    ``mark`` is the change mark every write but an audit entry renews (migration 0014;
    None in a file from before it), ``schema`` the schema version, ``audit`` the
    newest audit entry's id (0: none).  Read from a backup, it is what that backup
    holds; read from the clinic, what the clinic holds now.
    """

    mark: int | None
    schema: int
    audit: int


def change_state(conn: sqlite3.Connection) -> ChangeState:
    """The :class:`ChangeState` of the file ``conn`` reads (three lookups, no scan)."""
    present = {
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name IN ('change_mark', 'audit_log')"
        )
    }
    mark = None
    if "change_mark" in present:
        row = conn.execute("SELECT mark FROM change_mark WHERE id = 1").fetchone()
        mark = int(row[0]) if row is not None else None
    audit = 0
    if "audit_log" in present:
        audit = int(conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0])
    return ChangeState(mark, user_version(conn), audit)


def count_rows(conn: sqlite3.Connection, tables: Sequence[str]) -> dict[str, int]:
    """Rows in each of ``tables``: 0 for one that is missing or cannot be read.

    Meant for a file that may be damaged or old: one unreadable table must
    not hide the counts of the others.  An error reading the list of tables
    is raised: then nothing about the file can be counted.
    """
    counts = dict.fromkeys(tables, 0)
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in tables:
        if table in present:
            with contextlib.suppress(*engine.DATABASE_ERRORS):
                counts[table] = conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    return counts


def encrypt_copy(plain_path: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain clinic file ``plain_path`` to the new file ``target``.

    ``plain_path`` is only read.  The copy is made by SQLCipher's
    ``sqlcipher_export`` (the backup API cannot change a file's encryption),
    then given the schema version, which the export leaves out, and WAL mode,
    like every clinic file; it is created owner-only.  It is checked
    (``quick_check``, the schema check, the same rows in every table) before
    this returns; a copy that fails, or any error, leaves no ``target``.  The
    source should not be written meanwhile: a change between the count and
    the export fails the comparison (safely: nothing is kept).
    """
    _convert(Path(plain_path), None, Path(target), engine.check_key(key))


def decrypt_copy(encrypted_path: Path, target: Path, key: bytes) -> None:
    """Write a plain copy of the clinic file ``encrypted_path`` (encrypted with ``key``).

    The reverse of :func:`encrypt_copy`, checked the same way; the plain copy
    gets smpdesk's usual page size.
    """
    _convert(Path(encrypted_path), engine.check_key(key), Path(target), None)


def _convert(
    source: Path, source_key: bytes | None, target: Path, target_key: bytes | None
) -> None:
    """Export ``source`` into the new file ``target``, each with its own key (None: plain)."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{target} already exists; choose a new file name."),
            target=target,
        ) from None
    os.close(fd)
    try:
        with sqlite_errors(source, key=source_key):
            conn = connect_read_only(source, immutable=not has_journal(source), key=source_key)
            try:
                counts, version = _sound_counts(conn, source, None)
                literal = "''" if target_key is None else engine.key_literal(target_key)
                conn.execute(f"ATTACH DATABASE ? AS converted KEY {literal}", [str(target)])
                try:  # detached before close, so its file is whole when checked below
                    if target_key is None:  # before the first table: smpdesk's page size
                        conn.execute(f"PRAGMA converted.page_size={PAGE_SIZE}")
                    # And freed pages given back, as in every clinic file (store/space.py).
                    conn.execute(f"PRAGMA converted.auto_vacuum={INCREMENTAL}")
                    conn.execute("SELECT sqlcipher_export('converted')").fetchall()
                finally:
                    conn.execute("DETACH DATABASE converted")
            finally:
                conn.close()
        with sqlite_errors(target, key=target_key):
            conn = open_writable(target, key=target_key)
            try:
                # What the export leaves out: the schema version and WAL mode.
                conn.execute(f"PRAGMA user_version={version}")
                if str(conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower() != "wal":
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "core", "{target} could not be switched to safe-write (WAL) mode."
                        ),
                        target=target,
                    )
                copied, _version = _sound_counts(conn, target, source)
            finally:
                conn.close()
        if copied != counts:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The copy of {source} does not hold the same records, so it was not kept; "
                    "nothing was changed.",
                ),
                source=source,
            )
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
        raise


def _sound_counts(
    conn: sqlite3.Connection, path: Path, copy_of: Path | None
) -> tuple[dict[str, int], int]:
    """Rows in every table (FTS shadow tables included) and the schema version of a sound file.

    A file that fails ``quick_check`` or the schema check is refused with a
    sentence naming ``path`` (or, for a copy, the file ``copy_of`` it is a copy of).
    """
    problem = integrity_finding(conn, full=False)
    ours = applied_migrations(conn)
    if not problem and not ours:
        if copy_of is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The copy of {source} failed its check (it is not an smpdesk database), "
                    "so it was not kept.",
                ),
                source=copy_of,
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} is not a sound clinic database (it is not an smpdesk database); "
                "nothing was copied.",
            ),
            path=path,
        )
    if not problem:
        problem = schema_difference(conn, migrations, ours)
    if problem:
        if copy_of is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core", "The copy of {source} failed its check ({problem}), so it was not kept."
                ),
                source=copy_of,
                problem=problem,
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "{path} is not a sound clinic database ({problem}); nothing was copied."
            ),
            path=path,
            problem=problem,
        )
    names = [
        str(r[0])
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    counts = {n: int(conn.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0]) for n in names}
    return counts, user_version(conn)


__all__ = [
    "SQLITE_HEADER",
    "ChangeState",
    "change_state",
    "checkpoint_truncate",
    "connect_read_only",
    "copy_file",
    "copy_snapshot",
    "count_rows",
    "decrypt_copy",
    "encrypt_copy",
    "has_sqlite_header",
    "integrity_finding",
    "open_writable",
    "user_version",
]
