"""Giving the space of deleted records back: ``auto_vacuum=INCREMENTAL`` and its one-time VACUUM.

SQLite keeps the pages a delete frees inside the file, for later rows; until
issue 15 nothing ever gave them back, so deleting a fifth of a clinic's photos
left the file (and every backup of it) exactly as big.  A clinic file now
runs with ``auto_vacuum=INCREMENTAL``: the store calls
:func:`give_back_free_pages` (``PRAGMA incremental_vacuum``) after deleting a
photo, erasing a client and before every backup, and the pages at the end of
the file are moved into the holes and the file is cut short.  With
``secure_delete`` on (every connection), a page is zeroed when it is freed,
before any of this: the vacuum never carries deleted bytes anywhere.

A new file gets the mode before its first table (:mod:`smpdesk.store.database`).
An existing one can only change it with a full VACUUM, which cannot run inside
a migration's transaction, so it is a one-time step after the migrations:
:func:`make_incremental`.  The file's own header is the record that it was
done (``PRAGMA auto_vacuum`` reads 2), so it runs once whichever front,
process or copy of the file gets there first, and a file restored from an
older backup simply has it done again.  VACUUM is one transaction: killed
half-way, the file is as it was.  It needs room for two copies of the live
records (SQLite's temporary copy and the write-ahead log it writes the result
into), which :func:`room_problem` checks first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from smpdesk.store import engine

INCREMENTAL = 2  # PRAGMA auto_vacuum: 0 none, 1 full, 2 incremental
# A file with no more live records than this is converted while it opens, unasked:
# a fraction of a second.  A bigger one waits for a front to do it with a progress box.
INLINE_BYTES = 32 * 1024 * 1024
# Pages given back after one delete, at most: a photo is a few hundred, so this bounds only
# a file that came with many free pages (an old backup restored); the next backup takes the rest.
GIVE_BACK_PAGES = 4096
# Beyond the copies VACUUM writes: SQLite's journals, the file system's own blocks.
MARGIN_BYTES = 64 * 1024 * 1024
# Progress while VACUUM copies the records: the size of SQLite's temporary copy
# (its files are named so); where it cannot be seen, SQLite's steps, a tick every this
# many, at roughly this many per live page (50 to 120 measured: a poor clock, since
# the steps come early and the photos' bytes late).
_TEMP_PREFIX = "etilqs_"
_STEPS_PER_TICK = 1000
_STEPS_PER_PAGE = 100
_WAL_FRAME_HEADER = 24
PROGRESS_TOTAL = 1000
# Shares of the bar: copying the records, writing them back, folding the log into the file.
_COPY_SHARE, _WRITE_SHARE = 400, 500
_POLL_S = 0.1


@dataclass(frozen=True)
class SpaceState:
    """How a clinic file uses its pages (read through a connection, so the WAL counts)."""

    auto_vacuum: int
    page_size: int
    page_count: int
    free_pages: int

    @property
    def incremental(self) -> bool:
        return self.auto_vacuum == INCREMENTAL

    @property
    def file_bytes(self) -> int:
        return self.page_count * self.page_size

    @property
    def live_bytes(self) -> int:
        """The pages holding records: what the file shrinks to, and what a VACUUM copies."""
        return (self.page_count - self.free_pages) * self.page_size


def space_state(conn: sqlite3.Connection) -> SpaceState:
    """The file's auto_vacuum mode and its page counts (four PRAGMAs, no scan)."""
    values = [
        int(conn.execute(f"PRAGMA {name}").fetchone()[0])
        for name in ("auto_vacuum", "page_size", "page_count", "freelist_count")
    ]
    return SpaceState(*values)


def give_back_free_pages(conn: sqlite3.Connection, max_pages: int | None = None) -> int:
    """Cut the file short by up to ``max_pages`` free pages (all of them with None).

    ``PRAGMA incremental_vacuum``: the live pages at the end of the file move
    into the free ones and the end is released (in WAL mode, at the next
    checkpoint).  Fast: a page moved is a page written.  It is its own
    transaction (autocommit), so call it after the delete has committed.
    A file without incremental auto_vacuum is left as it is; another
    connection writing just then (busy, locked) leaves it for the next call.
    Returns how many pages went.
    """
    before = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    if before == 0 or conn.in_transaction:
        return 0
    count = before if max_pages is None else max(0, min(before, max_pages))
    if count == 0:
        return 0
    try:
        # One result row per page freed: the statement runs only as far as it is read.
        conn.execute(f"PRAGMA incremental_vacuum({count})").fetchall()
    except engine.OPERATIONAL_ERRORS as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return 0
        raise
    return before - int(conn.execute("PRAGMA freelist_count").fetchone()[0])


def sqlite_temp_folder() -> Path:
    """Where SQLite puts a VACUUM's temporary copy (its own search order; Windows: TEMP)."""
    if os.name != "posix":
        import tempfile

        return Path(tempfile.gettempdir())
    candidates = [os.environ.get("SQLITE_TMPDIR"), os.environ.get("TMPDIR")]
    candidates += ["/var/tmp", "/usr/tmp", "/tmp", "."]
    for candidate in candidates:
        if candidate and os.path.isdir(candidate) and os.access(candidate, os.W_OK | os.X_OK):
            return Path(candidate)
    return Path(".")


def _megabytes(count: int) -> str:
    return f"{count / 1e6:,.0f} MB"


def room_problem(path: Path, state: SpaceState) -> str:
    """Why there is no room for the one-time VACUUM of ``path`` now, or "".

    VACUUM writes the records twice before it gives anything back: a
    temporary copy (in SQLite's temporary folder) and the write-ahead log
    beside the file; the file itself shrinks only at the end.
    """
    need = state.live_bytes + MARGIN_BYTES
    folder = Path(os.path.realpath(path)).parent
    temp = sqlite_temp_folder()
    try:
        beside = shutil.disk_usage(folder).free
        same_disk = os.stat(folder).st_dev == os.stat(temp).st_dev
        elsewhere = beside if same_disk else shutil.disk_usage(temp).free
    except OSError:
        return ""  # cannot tell: SQLite says so itself if it runs out (and changes nothing)
    if same_disk:
        shortfall = (2 * need, beside, str(folder))
    elif beside < need:
        shortfall = (need, beside, str(folder))
    else:
        shortfall = (need, elsewhere, str(temp))
    wanted, free, where = shortfall
    if free >= wanted:
        return ""
    return (
        f"The clinic file was not made smaller: that needs {_megabytes(wanted)} of free disk "
        f"space in {where} for a while and there is {_megabytes(free)}. Nothing was changed; "
        "smpdesk tries again at its next start, once some space is freed."
    )


def _vacuum(conn: sqlite3.Connection) -> None:
    """The VACUUM itself, turning the file to incremental auto_vacuum (one transaction).

    The temporary copy goes to disk rather than memory (this SQLite keeps
    temporary data in memory by default, and a 1 GB clinic would need 1 GB of
    it); the connection has no temporary tables that the switch could drop.
    """
    conn.execute("PRAGMA temp_store=FILE")
    try:
        conn.execute(f"PRAGMA auto_vacuum={INCREMENTAL}")
        conn.execute("VACUUM")
    finally:
        conn.execute("PRAGMA temp_store=DEFAULT")


def _fold_log(conn: sqlite3.Connection) -> None:
    """Copy the log VACUUM wrote into the file and empty it; a reader elsewhere may hold
    it back, and then the next checkpoint (the last connection's close) finishes."""
    with contextlib.suppress(*engine.OPERATIONAL_ERRORS):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def convert_small_file(conn: sqlite3.Connection, path: Path) -> bool:
    """At open: convert a small file at once (True if done), else leave it to a front.

    A busy file, a full disk or anything SQLite refuses leaves the file as it
    was (VACUUM is one transaction) and it is tried again at the next open.
    """
    state = space_state(conn)
    if state.incremental or state.live_bytes > INLINE_BYTES or conn.in_transaction:
        return False
    if room_problem(path, state):
        return False
    try:
        _vacuum(conn)
    except engine.OPERATIONAL_ERRORS:
        return False
    _fold_log(conn)
    return True


@dataclass(frozen=True)
class Reclaimed:
    """What :func:`make_incremental` did: the file (and its log) before and after, in bytes."""

    bytes_before: int
    bytes_after: int
    converted: bool


def _temp_copy_bytes(temp_folder: Path) -> int | None:
    """How big SQLite's temporary copy is now (the largest of its temporary files this
    process has open); None where that cannot be seen.

    On Linux the file is unlinked as soon as it is opened, so it is found through
    ``/proc/self/fd``; elsewhere (Windows deletes on close) it is in the temp folder.
    """
    found: int | None = None
    fds = Path("/proc/self/fd")
    try:
        if fds.is_dir():
            found = 0
            for entry in os.scandir(fds):
                with contextlib.suppress(OSError):
                    if _TEMP_PREFIX in os.readlink(entry.path):
                        found = max(found, os.stat(entry.path).st_size)
        elif os.name == "nt":
            found = 0
            for path in temp_folder.glob(f"{_TEMP_PREFIX}*"):
                with contextlib.suppress(OSError):
                    found = max(found, path.stat().st_size)
    except OSError:
        return None
    return found


def _log_bytes(path: Path) -> int:
    try:
        return os.stat(f"{path}-wal").st_size
    except OSError:
        return 0


def _on_disk(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += os.stat(f"{path}{suffix}").st_size
    return total


def make_incremental(
    path: Path,
    *,
    key: bytes | None = None,
    configure: Callable[[sqlite3.Connection], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Reclaimed:
    """The one-time VACUUM of ``path`` to incremental auto_vacuum, with progress.

    Runs on a connection of its own, on a thread of its own, while the
    calling thread reports ``progress(done, PROGRESS_TOTAL)`` every tenth of
    a second: copying the records is measured by the size of SQLite's
    temporary copy (by its steps where that file cannot be seen), writing
    them back by the growth of the write-ahead log, and the last tenth is
    folding the log into the file.  An exception from ``progress`` (a
    Cancel) interrupts the copy, which then changes nothing; once the
    records are being written back it is let finish.  ``configure`` sets
    the connection up as every clinic connection is (busy timeout,
    ``secure_delete``...).  The caller checks :func:`room_problem` first.
    """
    path = Path(path)
    ticks = [0]
    stop = threading.Event()
    outcome: list[SpaceState] = []
    failure: list[BaseException] = []
    before_on_disk = _on_disk(path)
    temp_folder = sqlite_temp_folder()
    started = threading.Event()
    written_back = threading.Event()
    live = [0, 1]  # live pages, page size: known once the worker has looked
    log_at_start = [0]  # a log another reader kept from being emptied: growth counts

    def tick() -> int:
        ticks[0] += 1
        return 1 if stop.is_set() else 0

    def work() -> None:
        try:
            conn = engine.connect(path, key=key, timeout=5.0)
        except BaseException as exc:
            failure.append(exc)
            started.set()
            return
        try:
            if configure is not None:
                configure(conn)
            state = space_state(conn)
            live[:] = [state.page_count - state.free_pages, state.page_size]
            _fold_log(conn)  # from an empty log, its growth is the write-back
            log_at_start[0] = _log_bytes(path)
            started.set()
            if not state.incremental:
                conn.set_progress_handler(tick, _STEPS_PER_TICK)
                try:
                    _vacuum(conn)
                finally:
                    conn.set_progress_handler(None, 0)
                written_back.set()  # the rest is folding the log into the file
            _fold_log(conn)
            outcome.append(space_state(conn))
        except BaseException as exc:
            failure.append(exc)
        finally:
            started.set()
            conn.close()

    def done_so_far() -> int:
        pages, page_size = live
        if written_back.is_set():
            return _COPY_SHARE + _WRITE_SHARE
        written = _log_bytes(path) - log_at_start[0]
        if written > 0:
            share = written / max(1, pages * (page_size + _WAL_FRAME_HEADER))
            return _COPY_SHARE + int(min(share, 0.99) * _WRITE_SHARE)
        copied = _temp_copy_bytes(temp_folder)
        if copied is not None:
            share = copied / max(1, pages * page_size)
        else:
            share = ticks[0] * _STEPS_PER_TICK / max(1, pages * _STEPS_PER_PAGE)
        return int(min(share, 0.99) * _COPY_SHARE)

    worker = threading.Thread(target=work, name="smpdesk-reclaim", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(_POLL_S)
            if progress is not None and started.is_set() and worker.is_alive():
                progress(done_so_far(), PROGRESS_TOTAL)
    except BaseException:
        stop.set()  # the copy stops at its next step; a write-back finishes
        worker.join()
        raise
    if failure:
        raise failure[0]
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    converted = bool(outcome) and outcome[0].incremental
    return Reclaimed(before_on_disk, _on_disk(path), converted)


def wait_seconds(state: SpaceState) -> int:
    """A generous guess at how long the one-time VACUUM takes: for the message before it."""
    return max(1, round(state.live_bytes / 40e6))


__all__ = [
    "GIVE_BACK_PAGES",
    "INCREMENTAL",
    "INLINE_BYTES",
    "PROGRESS_TOTAL",
    "Reclaimed",
    "SpaceState",
    "convert_small_file",
    "give_back_free_pages",
    "make_incremental",
    "room_problem",
    "space_state",
    "sqlite_temp_folder",
    "wait_seconds",
]
