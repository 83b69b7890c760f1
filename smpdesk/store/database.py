"""Opening the clinic database: the one place a connection is made.

Health records must survive a power cut, so every connection uses WAL with
``synchronous=FULL``.  A file written by a newer smpdesk is inspected through
a read-only connection and refused before anything (even the WAL switch) is
written to it.  Before pending migrations run, the file is copied with the
SQLite backup API so an upgrade can always be undone.

An encrypted clinic is opened with its raw key (``key=``); the connection is
made by :mod:`smpdesk.store.engine`, the module that knows the SQLite library.
SQLCipher cannot tell a wrong key from a damaged first page, so with a key
that refusal says both.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import sqlite_utils
from sqlite_utils import Migrations

from smpdesk.errors import (
    QT_TRANSLATE_NOOP,
    AlteredDatabaseError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseWriteError,
    EmptyDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    Sentence,
    UserError,
    said,
)
from smpdesk.paths import backups_dir_for, private_dir
from smpdesk.store import engine, space
from smpdesk.store.schema import MIGRATION_SET, count_migrations, migrations
from smpdesk.store.schema_check import ALTERED, migration_names, schema_difference

PAGE_SIZE = 8192  # plain files only: an encrypted one keeps SQLCipher's own (4096)
BUSY_TIMEOUT_MS = 5000
# Below this much free space a vague SQLite I/O error is reported as a full disk.
LOW_DISK_BYTES = 1024 * 1024
_SQLITE_HEADER = b"SQLite format 3\x00"
DISK_FULL = QT_TRANSLATE_NOOP(
    "core", "The disk is full, so nothing was saved; free some space and try again."
)
NOT_READABLE = QT_TRANSLATE_NOOP(
    "core",
    "{path} is not a readable smpdesk database (it may be damaged or another kind of file); "
    "choose the right file or restore a backup.",
)
# The part of NOT_READABLE a damaged clinic file's refusal keeps (before its backup advice).
NOT_READABLE_CLAUSE = QT_TRANSLATE_NOOP(
    "core", "{path} is not a readable smpdesk database (it may be damaged or another kind of file)"
)


def connect_read_only(
    path: Path, *, immutable: bool = True, key: bytes | None = None
) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (``immutable``: no -wal/-shm either).

    ``trusted_schema=OFF`` before anything is read: the file may be a stranger's.
    ``key``: the file is encrypted with it.
    """
    flags = "&immutable=1" if immutable else ""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro{flags}"
    conn = engine.connect(uri, uri=True, key=key, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
    except BaseException:
        conn.close()
        raise
    return conn


def applied_migrations(
    conn: sqlite3.Connection, migration_set_name: str = MIGRATION_SET
) -> list[str]:
    """Our migrations recorded in the file, in the order they ran ([] if none)."""
    table = Migrations.migrations_table
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone():
        return []
    rows = conn.execute(
        f"SELECT name FROM {table} WHERE migration_set = ? ORDER BY rowid", [migration_set_name]
    )
    return [str(r[0]) for r in rows]


def _read_only_peek(
    path: Path, migration_set: Migrations, *, key: bytes | None = None
) -> tuple[int, set[str], list[str], str]:
    """Return ``(user_version, tables, applied migrations, schema problem)`` without writing.

    With no ``-wal`` file beside it the file is opened ``immutable``, so not
    even the ``-wal``/``-shm`` companions are created next to a file we are
    about to refuse.
    """
    try:
        conn = connect_read_only(path, immutable=not has_journal(path), key=key)
    except engine.ERRORS as exc:
        raise translate_error(exc, path, key=key) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        ours = applied_migrations(conn, migration_set.name)
        problem = ""
        if ours:
            problem = schema_difference(conn, migration_set, ours)
        return version, tables, ours, problem
    except engine.ERRORS as exc:
        raise translate_error(exc, path, key=key) from exc
    finally:
        conn.close()


def has_journal(path: Path) -> bool:
    """A -wal or -journal beside the *real* file (where SQLite looks, through symlinks)."""
    real = os.path.realpath(path)
    return any(Path(f"{real}{suffix}").exists() for suffix in ("-wal", "-journal"))


def file_problem(path: Path, *, key: bytes | None = None) -> str:
    """Why ``path`` cannot be a clinic database at all, or "" (no SQL, no writes).

    Only a regular file is opened: a FIFO would block for ever and a device
    (``/dev/zero``) never ends.  An empty file is not "a new clinic": it is a
    clinic that lost its contents (a crash, a full disk, a bad copy).  With a
    ``key`` the file must be encrypted: it has no "SQLite format 3" header
    (which is not a problem), and a file that has one is a plain database,
    which no key opens.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return ""
    except OSError as exc:
        raise os_error(exc, path) from exc
    if stat.S_ISDIR(info.st_mode):
        return Sentence(
            QT_TRANSLATE_NOOP("core", "{path} is a folder; give the path of a database file."),
            path=path,
        )
    if not stat.S_ISREG(info.st_mode):
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} is not an ordinary file (it is a device, pipe or socket), so it cannot "
                "be a clinic database; give the path of the clinic's .sqlite3 file.",
            ),
            path=path,
        )
    if info.st_size == 0:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core", "The clinic database {path} is empty (0 bytes): its records were lost."
            ),
            path=path,
        )
    if key is not None and _plain_header(path):
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} is not an encrypted clinic database, so it cannot be opened with a key; "
                "choose the clinic's encrypted file.",
            ),
            path=path,
        )
    return ""


def _plain_header(path: Path) -> bool:
    """Does ``path`` start like an unencrypted SQLite file?"""
    try:
        with Path(path).open("rb") as f:
            return f.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError as exc:
        raise os_error(exc, path) from exc


def os_error(exc: OSError, path: Path) -> UserError:
    """One sentence for a file-system error on ``path`` (too long a name, full disk...)."""
    if exc.errno == errno.ENAMETOOLONG:
        return UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "A name in the path {path} is longer than the file system allows; "
                "choose a shorter file or folder name.",
            ),
            path=_short(path),
        )
    if exc.errno == errno.ENOSPC:
        return DatabaseWriteError(DISK_FULL)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DatabaseWriteError(
            QT_TRANSLATE_NOOP(
                "core",
                "{path} cannot be used: permission denied; check the file and folder permissions.",
            ),
            path=_short(path),
        )
    if exc.errno == errno.ELOOP:
        return UserError(
            QT_TRANSLATE_NOOP("core", "{path} is a loop of links; give the real file's path."),
            path=_short(path),
        )
    return UserError(
        QT_TRANSLATE_NOOP("core", "{path} could not be used: {reason}."),
        path=_short(path),
        reason=exc.strerror or exc,
    )


def _short(path: Path | str) -> str:
    """A path for a message: a 4000-character path helps nobody."""
    text = str(path)
    return text if len(text) <= 160 else f"{text[:80]}...{text[-60:]}"


def disk_is_full(path: Path) -> bool:
    """Is the disk holding ``path`` (all but) full?  SQLite often says only "disk I/O error"."""
    folder = Path(path)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < LOW_DISK_BYTES
    except OSError:
        return False


def translate_error(exc: BaseException, path: Path, *, key: bytes | None = None) -> UserError:
    """Turn an SQLite error (either library's) into one sentence a receptionist can act on.

    With a ``key``, "not a database" may be the wrong key as well as damage:
    SQLCipher cannot tell them apart, so the sentence says both.
    """
    text = str(exc).lower()
    if key is not None and engine.is_not_a_database(exc):
        return NotADatabaseError(WRONG_KEY, path=path)
    if ("disk i/o" in text or "unable to open" in text) and disk_is_full(path):
        return DatabaseWriteError(DISK_FULL)
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            QT_TRANSLATE_NOOP(
                "core",
                "The clinic database {path} is in use by another program; "
                "close that program (or the other smpdesk window) and try again.",
            ),
            path=path,
        )
    if "disk is full" in text or "disk full" in text:
        return DatabaseWriteError(DISK_FULL)
    if "readonly" in text or "read-only" in text:
        return DatabaseWriteError(
            QT_TRANSLATE_NOOP(
                "core",
                "The clinic database {path} is read-only, so nothing was saved; "
                "check the file and folder permissions and try again.",
            ),
            path=path,
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return NotADatabaseError(NOT_READABLE, path=path)
    if "unable to open" in text:
        return DatabaseMissingError(
            QT_TRANSLATE_NOOP(
                "core",
                "The clinic database {path} could not be opened; check that the folder "
                "exists and that you may write to it.",
            ),
            path=path,
        )
    return UserError(
        QT_TRANSLATE_NOOP(
            "core", "The clinic database {path} could not be used ({reason}); try again."
        ),
        path=path,
        reason=exc,
    )


# The refusal of a file a key did not open: wrong key, or a damaged first page.
WRONG_KEY = QT_TRANSLATE_NOOP(
    "core",
    "{path} could not be opened with this key: either the key is not this file's or "
    "the file is damaged; nothing was changed. Check that this is the right clinic "
    "and key, and if it is, restore a backup.",
)


def wrong_key_sentence(path: Path | str) -> str:
    """The refusal of a file a key did not open: wrong key, or a damaged first page."""
    return Sentence(WRONG_KEY, path=path)


@contextlib.contextmanager
def sqlite_errors(path: Path, *, key: bytes | None = None) -> Iterator[None]:
    try:
        yield
    except engine.ERRORS as exc:
        raise translate_error(exc, path, key=key) from exc
    except OSError as exc:
        raise os_error(exc, path) from exc


def db_path(db: sqlite_utils.Database) -> Path:
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else Path(":memory:")


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid of the row an INSERT on ``cursor`` just made.

    sqlite3 types ``lastrowid`` as optional; it is None only before any INSERT.
    """
    rowid = cursor.lastrowid
    if rowid is None:
        raise RuntimeError("the statement inserted no row")
    return rowid


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


def erase_checkpoint(db: sqlite_utils.Database) -> bool:
    """Copy the WAL into the file and truncate it to nothing; True if it fully did.

    After deleting health data: with ``secure_delete`` on, the freed pages
    are zeroed, and this makes sure the old frames do not linger in ``-wal``.
    Another connection still reading an old snapshot can hold it back (then
    False); the next checkpoint finishes the job.
    """
    with sqlite_errors(db_path(db)):
        busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


def _configure(conn: sqlite3.Connection, *, new_file: bool, keyed: bool = False) -> None:
    if new_file and not keyed:
        # Not on an encrypted file: SQLCipher's page size must stay its own,
        # or copies made with the backup API come out unreadable.
        # Must precede the first table; it cannot change once WAL is on.
        conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
    if new_file:
        # Freed pages can be given back (store/space.py); only before the first
        # table does this cost nothing: later it takes a VACUUM of the whole file.
        conn.execute(f"PRAGMA auto_vacuum={space.INCREMENTAL}")
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "The clinic database could not switch to safe-write (WAL) mode."
            )
        )
    conn.execute("PRAGMA synchronous=FULL")
    # Functions and virtual tables may not run from a schema object (trigger,
    # view): a file that slipped past the schema check still cannot use them.
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA secure_delete=ON")


def _owner_only(path: Path) -> None:
    """Health records: readable by the clinic's account only (POSIX).

    SQLite gives new -wal and -shm files the database file's permissions;
    existing ones (and a file restored or copied in with 0644) are fixed here.
    """
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.touch(exist_ok=True)
            path.chmod(0o600)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{path}{suffix}").chmod(0o600)


def backup_to(db: sqlite_utils.Database, dest: Path, *, key: bytes | None = None) -> Path:
    """Copy a live database with the SQLite online backup API and verify it.

    ``key``: the database's own; the copy is encrypted with it too.
    """
    private_dir(dest.parent)
    _owner_only(dest)
    target = engine.connect(dest, key=key)
    try:
        db.conn.backup(target)
        ok = target.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        target.close()
    if ok != "ok":
        dest.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "The safety copy {dest} failed its check; nothing was changed."
            ),
            dest=dest,
        )
    return dest


def reclaim_space(
    path: Path,
    *,
    key: bytes | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> space.Reclaimed:
    """The one-time VACUUM that lets a file from before auto_vacuum give space back.

    On a connection of its own, set up like every other; the caller has
    checked the room (:func:`smpdesk.store.space.room_problem`).  See
    :func:`smpdesk.store.space.make_incremental`.
    """
    path = Path(path)
    keyed = key is not None
    with sqlite_errors(path, key=key):
        return space.make_incremental(
            path,
            key=key,
            configure=lambda conn: _configure(conn, new_file=False, keyed=keyed),
            progress=progress,
        )


def open_database(
    path: str | Path,
    *,
    create: bool = False,
    migration_set: Migrations = migrations,
    key: bytes | None = None,
) -> sqlite_utils.Database:
    """Open (and, if allowed, create) the clinic database, migrated to date.

    Raises :class:`~smpdesk.errors.UserError` subclasses for every expected
    problem; the file is left untouched when it is refused.  With ``key`` (a
    raw 32-byte key) the file is encrypted with it, and so is a new one; the
    copy made before an upgrade too.
    """
    conn = open_connection(path, create=create, migration_set=migration_set, key=key)
    return sqlite_utils.Database(conn, execute_plugins=False)


def open_connection(
    path: str | Path,
    *,
    create: bool = False,
    migration_set: Migrations = migrations,
    key: bytes | None = None,
) -> sqlite3.Connection:
    """:func:`open_database`'s connection, refusals and all.

    Loads sqlite-utils only to run pending migrations: an up-to-date file is
    checked and opened with the connection alone (start-up does not pay for
    the library, see :mod:`smpdesk.store.lazy_database`).
    """
    path = Path(path)
    if key is not None:
        engine.check_key(key)
    target_version = count_migrations(migration_set)
    problem = file_problem(path, key=key)
    if problem:
        template, values = said(problem)
        if problem.startswith("The clinic database"):  # empty: the caller says where backups are
            raise EmptyDatabaseError(template, damaged=(path, problem), **values)
        raise NotADatabaseError(template, **values)
    exists = path.exists()
    if not exists:
        if not create:
            raise DatabaseMissingError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "There is no clinic database at {path}; check the path "
                    "or create one with 'smpdesk demo' or by starting the app.",
                ),
                path=path,
            )
        if not path.parent.is_dir():
            raise DatabaseMissingError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The folder {folder} does not exist; create it or choose another location.",
                ),
                folder=path.parent,
            )
        version, tables = 0, set[str]()
    else:
        try:
            version, tables, ours, altered = _read_only_peek(path, migration_set, key=key)
        except NotADatabaseError as exc:
            if key is not None and engine.is_not_a_database(exc.__cause__ or exc):
                # Maybe only the wrong key: not offered a backup (made with the same key).
                raise
            clause: str = str(exc).split(";")[0]
            if exc.template == NOT_READABLE:
                clause = Sentence(NOT_READABLE_CLAUSE, **exc.values)
            raise NotADatabaseError(exc.template, damaged=(path, clause), **exc.values) from exc
        if version > target_version:
            raise NewerDatabaseError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The clinic database {path} was written by a newer version of smpdesk; "
                    "install the newer smpdesk to open it (the file was left untouched).",
                ),
                path=path,
            )
        if not tables:
            # An existing file is never turned into a new clinic: only 'init',
            # 'demo' and the first run create one, where no file exists.
            empty = Sentence(
                QT_TRANSLATE_NOOP("core", "The clinic database {path} holds no records at all."),
                path=path,
            )
            raise EmptyDatabaseError(empty.template, damaged=(path, empty), **empty.values)
        if not ours:
            raise NotADatabaseError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{path} is an SQLite file from another program, not an smpdesk database; "
                    "choose a different file.",
                ),
                path=path,
            )
        # Upgrades this version does not know, in a file that does not say it is
        # newer (user_version), were not written by smpdesk: the schema check says so.
        if altered:
            changed = Sentence(ALTERED, name=path, detail=altered)
            raise AlteredDatabaseError(ALTERED, damaged=(path, changed), **changed.values)

    with sqlite_errors(path, key=key):
        conn = engine.connect(path, key=key, timeout=BUSY_TIMEOUT_MS / 1000)
        _owner_only(path)
        try:
            _configure(conn, new_file=not tables, keyed=key is not None)
            if tables:
                # Again on the writing connection: opening it may have rolled
                # back a hot journal or read a WAL the read-only look did not
                # see, and what counts is what this connection will run.
                altered = schema_difference(
                    conn, migration_set, applied_migrations(conn, migration_set.name)
                )
                if altered:
                    changed = Sentence(ALTERED, name=path, detail=altered)
                    raise AlteredDatabaseError(ALTERED, damaged=(path, changed), **changed.values)
            done = set(applied_migrations(conn, migration_set.name)) if tables else set()
            pending = [name for name in migration_names(migration_set) if name not in done]
            if pending:
                db = sqlite_utils.Database(conn, execute_plugins=False)
                if tables:
                    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                    backup_to(
                        db,
                        backups_dir_for(path)
                        / f"{path.stem}-before-upgrade-v{version}-to-v{target_version}-{stamp}"
                        f"{path.suffix or '.sqlite3'}",
                        key=key,
                    )
                migration_set.apply(db)
            if version != target_version:
                conn.execute(f"PRAGMA user_version={target_version}")
            if tables:
                # A file from before auto_vacuum (or restored from such a backup): a
                # small one is converted now; a big one waits for reclaim_space.
                space.convert_small_file(conn, path)
            return conn
        except BaseException:
            conn.close()
            raise


__all__ = [
    "MIGRATION_SET",
    "applied_migrations",
    "backup_to",
    "connect_read_only",
    "db_path",
    "disk_is_full",
    "erase_checkpoint",
    "file_problem",
    "has_journal",
    "open_connection",
    "open_database",
    "os_error",
    "reclaim_space",
    "sqlite_errors",
    "translate_error",
    "write",
    "wrong_key_sentence",
]
