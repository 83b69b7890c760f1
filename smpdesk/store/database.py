"""Opening the clinic database: the one place a connection is made.

Health records must survive a power cut, so every connection uses WAL with
``synchronous=FULL``.  A file written by a newer smpdesk is inspected through
a read-only connection and refused before anything (even the WAL switch) is
written to it.  Before pending migrations run, the file is copied with the
SQLite backup API so an upgrade can always be undone.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import sqlite_utils
from sqlite_utils import Migrations

from smpdesk.errors import (
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseWriteError,
    NewerDatabaseError,
    NotADatabaseError,
    UserError,
)
from smpdesk.paths import backups_dir_for
from smpdesk.store.schema import MIGRATION_SET, count_migrations, migrations

PAGE_SIZE = 8192
BUSY_TIMEOUT_MS = 5000


def _read_only_peek(path: Path) -> tuple[int, set[str], set[str]]:
    """Return ``(user_version, tables, our applied migrations)`` without writing.

    With no ``-wal`` file beside it the file is opened ``immutable``, so not
    even the ``-wal``/``-shm`` companions are created next to a file we are
    about to refuse.
    """
    immutable = "" if Path(f"{path}-wal").exists() else "&immutable=1"
    uri = f"file:{quote(str(path.resolve()))}?mode=ro{immutable}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        ours: set[str] = set()
        if Migrations.migrations_table in tables:
            ours = {
                r[0]
                for r in conn.execute(
                    f"SELECT name FROM {Migrations.migrations_table} WHERE migration_set = ?",
                    [MIGRATION_SET],
                )
            }
        return version, tables, ours
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    finally:
        conn.close()


def translate_error(exc: sqlite3.Error, path: Path) -> UserError:
    """Turn an SQLite error into one sentence a receptionist can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"The clinic database {path} is in use by another program; "
            "close that program (or the other smpdesk window) and try again."
        )
    if "disk is full" in text or "disk full" in text:
        return DatabaseWriteError(
            "The disk is full, so nothing was saved; free some space and try again."
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseWriteError(
            f"The clinic database {path} is read-only, so nothing was saved; "
            "check the file and folder permissions and try again."
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return NotADatabaseError(
            f"{path} is not a readable smpdesk database (it may be damaged or another "
            "kind of file); choose the right file or restore a backup."
        )
    if "unable to open" in text:
        return DatabaseMissingError(
            f"The clinic database {path} could not be opened; check that the folder "
            "exists and that you may write to it."
        )
    return UserError(f"The clinic database {path} could not be used ({exc}); try again.")


@contextlib.contextmanager
def sqlite_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    except OSError as exc:
        raise UserError(f"{path} could not be used: {exc.strerror or exc}.") from exc


def db_path(db: sqlite_utils.Database) -> Path:
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else Path(":memory:")


@contextlib.contextmanager
def write(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction, taken with BEGIN IMMEDIATE.

    A deferred transaction that reads and then writes fails at once with
    SQLITE_BUSY_SNAPSHOT in WAL mode, whatever the busy timeout; IMMEDIATE
    waits for the write lock up front instead.
    """
    path = db_path(db)
    with sqlite_errors(path):
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise


def _configure(conn: sqlite3.Connection, *, new_file: bool) -> None:
    if new_file:
        # Must precede the first table; it cannot change once WAL is on.
        conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise UserError("The clinic database could not switch to safe-write (WAL) mode.")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA secure_delete=ON")


def _owner_only(path: Path) -> None:
    """Health records: readable by the clinic's account only (POSIX).

    SQLite gives the -wal and -shm files the database file's permissions.
    """
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.touch(exist_ok=True)
            path.chmod(0o600)


def backup_to(db: sqlite_utils.Database, dest: Path) -> Path:
    """Copy a live database with the SQLite online backup API and verify it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    _owner_only(dest)
    target = sqlite3.connect(dest)
    try:
        db.conn.backup(target)
        ok = target.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        target.close()
    if ok != "ok":
        dest.unlink(missing_ok=True)
        raise UserError(f"The safety copy {dest} failed its check; nothing was changed.")
    return dest


def open_database(
    path: str | Path,
    *,
    create: bool = False,
    migration_set: Migrations = migrations,
) -> sqlite_utils.Database:
    """Open (and, if allowed, create) the clinic database, migrated to date.

    Raises :class:`~smpdesk.errors.UserError` subclasses for every expected
    problem; the file is left untouched when it is refused.
    """
    path = Path(path)
    target_version = count_migrations(migration_set)
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder; give the path of a database file.")
    exists = path.exists()
    if not exists:
        if not create:
            raise DatabaseMissingError(
                f"There is no clinic database at {path}; check the path "
                "or create one with 'smpdesk demo' or by starting the app."
            )
        if not path.parent.is_dir():
            raise DatabaseMissingError(
                f"The folder {path.parent} does not exist; create it or choose another location."
            )
        version, tables = 0, set()
    else:
        version, tables, ours = _read_only_peek(path)
        if version > target_version:
            raise NewerDatabaseError(
                f"The clinic database {path} was written by a newer version of smpdesk; "
                "install the newer smpdesk to open it (the file was left untouched)."
            )
        if tables and not ours:
            raise NotADatabaseError(
                f"{path} is an SQLite file from another program, not an smpdesk database; "
                "choose a different file."
            )

    with sqlite_errors(path):
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        if not exists:
            _owner_only(path)
        try:
            _configure(conn, new_file=not tables)
            db = sqlite_utils.Database(conn, execute_plugins=False)
            applied = {m.name for m in migration_set.applied(db)}
            known = {
                m.name
                for m in migration_set.pending(
                    sqlite_utils.Database(memory=True, execute_plugins=False)
                )
            }
            if applied - known:
                raise NewerDatabaseError(
                    f"The clinic database {path} has changes from a newer version of "
                    "smpdesk; install the newer smpdesk to open it."
                )
            pending = migration_set.pending(db)
            if pending:
                if tables:
                    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                    backup_to(
                        db,
                        backups_dir_for(path)
                        / f"{path.stem}-before-upgrade-v{version}-to-v{target_version}-{stamp}"
                        f"{path.suffix or '.sqlite3'}",
                    )
                migration_set.apply(db)
            if version != target_version:
                conn.execute(f"PRAGMA user_version={target_version}")
            return db
        except BaseException:
            conn.close()
            raise


__all__ = [
    "MIGRATION_SET",
    "backup_to",
    "db_path",
    "open_database",
    "sqlite_errors",
    "translate_error",
    "write",
]
