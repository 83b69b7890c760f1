"""SQLite files as files: check, copy, checkpoint and count them.

Backups, restores and the database check handle SQLite files that may be
damaged, from a newer smpdesk or from a stranger, while the rules about what
to do with them (which check, what to tell the user, where copies go) belong
to :mod:`smpdesk.app.backup_files` and :mod:`smpdesk.app.restore`.  The SQL
and the ``sqlite3`` calls live here, so the store stays the only layer that
runs SQL.

Every connection this module makes is opened by :func:`connect_read_only` or
:func:`open_writable` and nowhere else: a key for an encrypted database only
has to be given in those two places.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from smpdesk.store.database import connect_read_only

# The first 16 bytes of every SQLite 3 file: a cheaper, clearer refusal of a
# photo or a PDF than SQLite's "file is not a database".
SQLITE_HEADER = b"SQLite format 3\x00"


def has_sqlite_header(path: Path) -> bool:
    """Tell an SQLite file from any other before SQLite is let near it (OSError if unreadable)."""
    with Path(path).open("rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def open_writable(path: Path) -> sqlite3.Connection:
    """A connection that may write ``path``: a copy being made, or a file being set aside.

    ``trusted_schema=OFF`` before anything else, as on every connection the
    app makes: the file may have come from elsewhere, and no function or
    virtual table in its schema should run.
    """
    conn = sqlite3.connect(path)
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


def copy_file(source: Path, dest: Path) -> None:
    """Copy the SQLite file ``source`` into ``dest`` without ever writing to ``source``.

    Through the backup API rather than a byte copy, so what lands in
    ``dest`` is a whole database; ``source`` is opened read-only and
    immutable.  ``dest`` may already exist (created with the permissions the
    caller wants); its contents are replaced.
    """
    conn = connect_read_only(source)
    try:
        target = open_writable(dest)
        try:
            conn.backup(target)
        finally:
            target.close()
    finally:
        conn.close()


def checkpoint_truncate(path: Path) -> None:
    """Fold the file's ``-wal`` into it and empty the WAL, so the file is whole on its own.

    For a sound file about to be moved: once moved, its WAL companions may
    not follow it, and the records only they hold would be lost.
    """
    conn = open_writable(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


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
            with contextlib.suppress(sqlite3.DatabaseError):
                counts[table] = conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    return counts


__all__ = [
    "SQLITE_HEADER",
    "checkpoint_truncate",
    "connect_read_only",
    "copy_file",
    "copy_snapshot",
    "count_rows",
    "has_sqlite_header",
    "integrity_finding",
    "open_writable",
    "user_version",
]
