"""Backups of the clinic database: make, verify, list, rotate, check.

Years of health records and signed consents live in one SQLite file, so a
backup only counts once it has been read back and found sound.  Copies are
made with SQLite's online backup API (a file copy of a live WAL database can
be torn), written under a temporary name and renamed into place only after
``PRAGMA integrity_check`` passes, so a backup file under its final name is
always complete.  Backups and damaged databases are only ever opened
read-only: checking a file must never change it.

An encrypted clinic (opened with its raw ``key``) gets encrypted backups,
with the same key; every function that opens a backup or the clinic file
takes that ``key``.

Names are ``<database stem>-YYYY-MM-DD_HHMMSS.sqlite3`` in local time: they
sort by age, say when they were taken, and hold no client data.  Headless: the
CLI and the GUI both call these functions.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from smpdesk.app.clinic import Clinic
from smpdesk.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseMissingError,
    DatabaseWriteError,
    NotADatabaseError,
    Sentence,
    Spoken,
    UserError,
)
from smpdesk.infra.filesystems import abandoned, sync_folder
from smpdesk.paths import backups_dir_for
from smpdesk.store.database import (
    applied_migrations,
    db_path,
    disk_is_full,
    file_problem,
    said,
    translate_error,
)
from smpdesk.store.engine import DATABASE_ERRORS, ERRORS, is_error, is_not_a_database
from smpdesk.store.schema import SCHEMA_VERSION, migrations
from smpdesk.store.schema_check import schema_difference
from smpdesk.store.space import give_back_free_pages
from smpdesk.store.sqlite_files import (
    ChangeState,
    change_state,
    connect_read_only,
    copy_snapshot,
    count_rows,
    has_sqlite_header,
    integrity_finding,
    open_writable,
    user_version,
)

if TYPE_CHECKING:
    from smpdesk.store.responses import SealFinding

SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y-%m-%d_%H%M%S"
# Pages copied per backup step: each step reports progress.  8 MiB at smpdesk's
# 8 KiB pages, so even a large file reports every fraction of a second.
STEP_PAGES = 1024
COUNTED_TABLES = ("clients", "sessions", "photos")
_PARTIAL_SUFFIX = ".partial"
# A partial file whose writer may still be alive is left alone this long.
# A file that could not be read or written: the file system's errors and SQLite's.
_FILE_ERRORS: tuple[type[Exception], ...] = (OSError, *ERRORS)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; ``ok`` is None until it has been verified."""

    path: Path
    taken_at: datetime  # local time, read from the file name
    size: int
    ok: bool | None
    problem: str = ""


def backup_name(db_path: Path, when: datetime) -> str:
    """``clinic-2026-11-22_143005.sqlite3``: sortable, and no client data in it."""
    return f"{Path(db_path).stem}-{_local(when).strftime(STAMP_FORMAT)}{SUFFIX}"


def _local(when: datetime) -> datetime:
    """Naive local time; an aware datetime is converted first."""
    if when.tzinfo is not None:
        when = when.astimezone().replace(tzinfo=None)
    return when.replace(microsecond=0)


def _name_pattern(db_stem: str) -> re.Pattern[str]:
    # Strict, so "clinic-before-upgrade-…" copies and partial files never match.
    return re.compile(rf"{re.escape(db_stem)}-(\d{{4}}-\d\d-\d\d_\d{{6}}){re.escape(SUFFIX)}")


def _taken_at(path: Path, db_stem: str) -> datetime | None:
    match = _name_pattern(db_stem).fullmatch(path.name)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP_FORMAT)
    except ValueError:  # e.g. month 13: not one of ours
        return None


def _check_rows(conn: sqlite3.Connection, *, full: bool) -> str:
    """integrity_check (full) or quick_check: "" if sound, else the first finding.

    Cut to 120 characters because it is quoted inside a one-sentence message.
    Both checks go through here, so a test can stand in for SQLite.
    """
    first = integrity_finding(conn, full=full)
    return first if len(first) <= 120 else first[:117] + "..."


DAMAGED_BACKUP = QT_TRANSLATE_NOOP(
    "core", "The backup {name} is damaged ({problem}); use an older backup."
)
# schema_check.ALTERED, for a backup.
ALTERED_BACKUP = QT_TRANSLATE_NOOP(
    "core",
    "{name} is not a clean smpdesk database: {detail}. It may have been altered to harm "
    "the clinic's records, so it was not used; choose another backup.",
)


def verify_backup(path: Path, *, full: bool = True, key: bytes | None = None) -> tuple[bool, str]:
    """Is ``path`` a sound smpdesk backup this version can restore?  ``(ok, sentence)``.

    Read-only and immutable: verifying a backup never writes into it.  With
    ``key`` the backup must be encrypted with it (an encrypted file has no
    SQLite header to look at first).
    """
    path = Path(path)
    name = path.name
    try:
        if not path.is_file():
            return False, Sentence(
                QT_TRANSLATE_NOOP("core", "The backup {name} is missing."), name=name
            )
        plain = has_sqlite_header(path)
        if key is None and not plain:
            return False, Sentence(
                QT_TRANSLATE_NOOP(
                    "core", "{name} is not an SQLite file, so it cannot be restored."
                ),
                name=name,
            )
        if key is not None and plain:
            return False, Sentence(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The backup {name} is not encrypted, so it is not a backup of this encrypted "
                    "clinic; choose another backup.",
                ),
                name=name,
            )
        conn = connect_read_only(path, key=key)
    except _FILE_ERRORS as exc:
        return False, Sentence(
            QT_TRANSLATE_NOOP("core", "The backup {name} could not be read ({reason})."),
            name=name,
            reason=exc,
        )
    try:
        version = user_version(conn)
        if version > SCHEMA_VERSION:
            return False, Sentence(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The backup {name} was made by a newer smpdesk; "
                    "install the newer smpdesk to restore it.",
                ),
                name=name,
            )
        ours = applied_migrations(conn)
        if not ours:
            return False, Sentence(
                QT_TRANSLATE_NOOP("core", "{name} is an SQLite file but not an smpdesk backup."),
                name=name,
            )
        problem = _check_rows(conn, full=full)
        if problem:
            return False, Sentence(DAMAGED_BACKUP, name=name, problem=problem)
        altered = schema_difference(conn, migrations, ours)
        if altered:
            return False, Sentence(ALTERED_BACKUP, name=name, detail=altered)
        return True, ""
    except DATABASE_ERRORS as exc:
        if key is not None and is_not_a_database(exc):
            return False, Sentence(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The backup {name} could not be opened with this clinic's key: it was made "
                    "with another key, or it is damaged; use another backup.",
                ),
                name=name,
            )
        return False, Sentence(DAMAGED_BACKUP, name=name, problem=exc)
    finally:
        conn.close()


def _connect_target(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """The connection the backup is written through (tests swap it to fake a full disk)."""
    return open_writable(path, key=key)


def _failed(exc: BaseException, folder: Path, source: Path) -> UserError:
    """One sentence for a backup that could not be written."""
    text = str(exc).lower()
    if (
        "disk is full" in text
        or "disk full" in text
        or getattr(exc, "errno", None) == errno.ENOSPC
        or (("disk i/o" in text or isinstance(exc, OSError)) and disk_is_full(folder))
    ):
        return DatabaseWriteError(
            QT_TRANSLATE_NOOP(
                "core",
                "The disk is full, so the backup was not made; free some space and try again.",
            )
        )
    if (
        isinstance(exc, PermissionError)
        or "readonly" in text
        or "read-only" in text
        or getattr(exc, "errno", None) in (errno.EACCES, errno.EPERM, errno.EROFS)
    ):
        return DatabaseWriteError(
            QT_TRANSLATE_NOOP(
                "core",
                "The backups folder {folder} cannot be written to; "
                "check its permissions or choose another folder.",
            ),
            folder=folder,
        )
    if is_error(exc):
        return translate_error(exc, source)
    return DatabaseWriteError(
        QT_TRANSLATE_NOOP(
            "core",
            "The backup could not be written to {folder} ({reason}); "
            "try again or choose another folder.",
        ),
        folder=folder,
        reason=exc,
    )


def _remove(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def make_backup(
    db: Clinic,
    folder: Path,
    *,
    when: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    key: bytes | None = None,
) -> BackupInfo:
    """Back the open database up into ``folder`` and verify it; return the new backup.

    ``progress(done_pages, total_pages)`` is called after each step.  The copy
    is one consistent snapshot: a read transaction is held on the source
    connection for the whole backup, so other connections may keep writing
    (WAL) without restarting it.  ``folder`` must exist: it is not created,
    because a missing folder is often an unplugged USB drive or NAS, and a
    backup silently written to the mount point would not be where the clinic
    thinks it is.  The file is created owner-only (0600 on POSIX).  Any
    exception raised by ``progress`` cancels the backup.  ``key``: the
    clinic's, when it is encrypted; the backup is encrypted with it too.
    """
    folder = Path(folder)
    source = db_path(db)
    if not folder.is_dir():
        raise DatabaseWriteError(
            QT_TRANSLATE_NOOP(
                "core",
                "The backups folder {folder} does not exist; "
                "connect the drive, create the folder or choose another one.",
            ),
            folder=folder,
        )
    conn = db.conn
    if conn.in_transaction:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "A change is still being saved, so the backup was not started; try again."
            )
        )
    taken_at = _local(when or datetime.now())
    final = folder / backup_name(source, taken_at)
    while final.exists():  # two backups in one second: never replace the first
        taken_at += timedelta(seconds=1)
        final = folder / backup_name(source, taken_at)
    try:
        # mkstemp creates the file 0600, so health records are never world-readable.
        sweep_partials(folder)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{final.stem}-{os.getpid()}-", suffix=_PARTIAL_SUFFIX, dir=folder
        )
        os.close(fd)
    except OSError as exc:
        raise _failed(exc, folder, source) from exc
    tmp = Path(tmp_name)
    # Free pages at the end of the file are given back first, so the copy holds live
    # pages only.  Best effort: a busy or read-only file is copied as it is.
    with contextlib.suppress(*ERRORS):
        give_back_free_pages(conn)
    try:
        # A plain backup keeps the one-argument call tests stand in for.
        target = _connect_target(tmp) if key is None else _connect_target(tmp, key)
        try:
            copy_snapshot(conn, target, pages=STEP_PAGES, progress=progress)
        finally:
            target.close()
        verified = verify_backup(tmp, full=True) if key is None else verify_backup(tmp, key=key)
        if not verified[0]:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The new backup failed its check and was not kept, so the clinic database "
                    "itself may be damaged; run a full check of it.",
                )
            )
        os.replace(tmp, final)
    except _FILE_ERRORS as exc:
        _remove(tmp)
        raise _failed(exc, folder, source) from exc
    except BaseException:
        _remove(tmp)
        raise
    _remove(tmp)  # only its -journal could be left
    sync_folder(folder)
    return BackupInfo(final, taken_at, final.stat().st_size, ok=True)


# What the newest verified backup in a folder holds (beside it: a name no backup matches),
# so the window's close can tell whether anything changed since.
_RECORD_SUFFIX = "-last-backup.json"
_RECORD_MAX_BYTES = 4096


@dataclass(frozen=True)
class RecordedBackup:
    """The newest verified backup in a folder and the state of the records it holds."""

    name: str
    taken_at: datetime
    state: ChangeState


def _record_path(folder: Path, db_stem: str) -> Path:
    return Path(folder) / f"{db_stem}{_RECORD_SUFFIX}"


def record_backup(
    folder: Path, db_stem: str, made: BackupInfo, *, key: bytes | None = None
) -> RecordedBackup | None:
    """Note beside the backups what the verified backup ``made`` holds (its change state,
    read from the copy itself: exactly what was copied, whatever was written meanwhile).

    Ids, counters and a file name only.  None (and no note) when the copy cannot be read
    back, or the note cannot be written: the next close then backs up again, which is safe.
    """
    try:
        conn = connect_read_only(made.path, key=key)
        try:
            state = change_state(conn)
        finally:
            conn.close()
    except _FILE_ERRORS:
        return None
    recorded = RecordedBackup(made.path.name, made.taken_at, state)
    body = {
        "backup": recorded.name,
        "taken_at": recorded.taken_at.isoformat(),
        "mark": state.mark,
        "schema": state.schema,
        "audit": state.audit,
    }
    target = _record_path(folder, db_stem)
    scratch = target.with_name(f".{target.name}.tmp")
    try:
        scratch.write_text(json.dumps(body), encoding="utf-8")
        scratch.chmod(0o600)
        scratch.replace(target)
    except OSError:
        with contextlib.suppress(OSError):
            scratch.unlink(missing_ok=True)
        return None
    return recorded


def recorded_backup(folder: Path, db_stem: str) -> RecordedBackup | None:
    """What :func:`record_backup` noted last in ``folder``; None if nothing (readable) is."""
    path = _record_path(folder, db_stem)
    try:
        if not path.is_file() or path.stat().st_size > _RECORD_MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        mark = data["mark"]
        if not isinstance(data["backup"], str) or not (mark is None or isinstance(mark, int)):
            return None
        if not isinstance(data["schema"], int) or not isinstance(data["audit"], int):
            return None
        taken_at = datetime.fromisoformat(data["taken_at"])
        return RecordedBackup(
            data["backup"], taken_at, ChangeState(mark, data["schema"], data["audit"])
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None


_PARTIAL = re.compile(r"\..*-\d{4}-\d\d-\d\d_\d{6}-(\d+)-[^/]*\.partial(-journal|-wal|-shm)?")


def sweep_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete what a killed backup left behind (hidden ``.partial`` files and journals).

    Only names this module writes, with the writer's pid in them, and only
    once that writer is gone (see :func:`~smpdesk.infra.filesystems.abandoned`).
    Returns what was removed.
    """
    removed: list[Path] = []
    for path in abandoned(folder, _PARTIAL, now=now):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def list_backups(
    folder: Path, db_stem: str, *, verify: bool = False, key: bytes | None = None
) -> list[BackupInfo]:
    """This database's backups in ``folder``, newest first (quick check when ``verify``).

    Only names this module writes are listed: partial files, other databases'
    backups and "before-upgrade" copies are left out.  No folder, no backups.
    ``key``: the clinic's, to verify encrypted backups with.
    """
    folder = Path(folder)
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        taken_at = _taken_at(path, db_stem)
        if taken_at is None:
            continue
        try:
            if not path.is_file():
                continue
            size = path.stat().st_size
        except OSError:
            continue
        ok: bool | None = None
        problem = ""
        if verify:
            ok, problem = verify_backup(path, full=False, key=key)
        found.append(BackupInfo(path, taken_at, size, ok, problem))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def last_good_backup(folder: Path, db_stem: str, *, key: bytes | None = None) -> BackupInfo | None:
    """The newest backup that passes a quick check; older ones are not opened."""
    for info in list_backups(folder, db_stem):
        ok, _ = verify_backup(info.path, full=False, key=key)
        if ok:
            return BackupInfo(info.path, info.taken_at, info.size, ok=True)
    return None


def with_backup_advice(path: Path, sentence: str, *, key: bytes | None = None) -> str:
    """``sentence`` followed by the newest good backup beside ``path`` and how to restore it."""
    good = last_good_backup(backups_dir_for(path), path.stem, key=key)
    problem = Spoken(sentence, strip=".;")
    if good is None:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "{problem}; nothing was changed. There is no good backup beside it: "
                "copy the file somewhere safe and restore one of your own backups with "
                "'smpdesk restore FILE'.",
            ),
            problem=problem,
        )
    return Sentence(
        QT_TRANSLATE_NOOP(
            "core",
            "{problem}; nothing was changed. The newest good backup is {backup} "
            "(made {made}): restore it with 'smpdesk restore {backup}' or by starting the window.",
        ),
        problem=problem,
        backup=good.path,
        made=f"{good.taken_at:%Y-%m-%d %H:%M}",
    )


def plan_rotation(
    backups: list[BackupInfo],
    *,
    now: datetime,
    daily: int = 7,
    weekly: int = 4,
    monthly: int = 12,
) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """Split ``backups`` into ``(keep, delete)``, each newest first.  No I/O.

    Kept: the newest backup of each of the last ``daily`` days, ``weekly`` ISO
    weeks and ``monthly`` months that have backups (one backup may count for
    several), and always the newest overall.  Counting periods that have
    backups, not calendar periods, means a clinic closed for a month does not
    come back to find its history rotated away.  Backups dated after ``now``
    (a clock that was wrong) are kept and not counted: they cannot be placed.
    ``ok`` is ignored on purpose: a backup from a newer smpdesk fails
    verification here but is still somebody's data.
    """
    now = _local(now)
    ordered = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    keep_ids: set[int] = {id(b) for b in ordered if b.taken_at > now}
    placed = [b for b in ordered if b.taken_at <= now]
    if placed:
        keep_ids.add(id(placed[0]))
    periods: list[tuple[int, Callable[[datetime], object]]] = [
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ]
    for count, period_of in periods:
        seen: set[object] = set()
        for b in placed:  # newest first, so the first of each period is its newest
            if len(seen) >= max(count, 0):
                break
            period = period_of(b.taken_at)
            if period not in seen:
                seen.add(period)
                keep_ids.add(id(b))
    keep = [b for b in ordered if id(b) in keep_ids]
    delete = [b for b in ordered if id(b) not in keep_ids]
    return keep, delete


def rotate(folder: Path, db_stem: str, *, now: datetime | None = None, **keep: int) -> list[Path]:
    """Delete the backups :func:`plan_rotation` does not keep; return what was deleted.

    A file that cannot be deleted is left and not returned: a failed clean-up
    must not turn a successful backup into an error.
    """
    _, delete = plan_rotation(list_backups(folder, db_stem), now=now or datetime.now(), **keep)
    deleted: list[Path] = []
    for info in delete:
        try:
            info.path.unlink()
        except OSError:
            continue
        deleted.append(info.path)
    return deleted


def check_database(
    db_path: Path, *, full: bool = False, key: bytes | None = None, records: bool = False
) -> tuple[bool, str, dict[str, int]]:
    """Check the clinic database without writing to it: ``(ok, sentence, row counts)``.

    Quick check by default, ``integrity_check`` when ``full``.  With ``records``
    (``smpdesk check`` and the window's check) every signed response is also
    checked against the content hash sealed with it: each one whose answers, PDF
    record or form wording changed since is one more sentence (its id and client
    number, never its content) and the check fails.  Counts are for
    clients, sessions and photos (0 for a table that is missing or unreadable).
    With no ``-wal`` beside the file it is opened immutable, so not even
    companion files appear next to a damaged database.  ``key``: the file is
    encrypted with it; one the key does not open fails the check with a
    sentence saying the key may be wrong.
    """
    path = Path(db_path)
    counts = dict.fromkeys(COUNTED_TABLES, 0)
    if not path.exists():
        raise DatabaseMissingError(
            QT_TRANSLATE_NOOP("core", "There is no clinic database at {path}; check the path."),
            path=path,
        )
    unusable = file_problem(path)  # a folder, a pipe, a device: never opened
    if unusable and not unusable.startswith("The clinic database"):
        template, values = said(unusable)
        raise NotADatabaseError(template, **values)
    if unusable:  # empty: nothing to check, everything to restore
        return False, f"{unusable.rstrip('.')}; restore the newest good backup.", counts
    kind = "full" if full else "quick"
    damaged = f"The clinic database {path} is damaged"
    advice = "restore the newest good backup and do not keep working in this file"
    try:
        plain = has_sqlite_header(path)
        if key is None and not plain:
            return False, f"{path} is not an SQLite database file; choose the right file.", counts
        if key is not None and plain:
            return False, f"{path} is not encrypted, so this key cannot open it.", counts
        conn = connect_read_only(path, immutable=not Path(f"{path}-wal").exists(), key=key)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{path} could not be read: {reason}."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    except ERRORS as exc:
        raise translate_error(exc, path, key=key) from exc

    def unreadable(exc: Exception) -> str:
        if key is not None and is_not_a_database(exc):
            return (
                f"The clinic database {path} could not be opened with this key: either the key "
                f"is not this file's or the file is damaged; if the key is right, {advice}."
            )
        return f"{damaged} ({exc}); {advice}."

    try:
        try:
            problem = _check_rows(conn, full=full)
        except DATABASE_ERRORS as exc:
            if _is_full_disk(exc, path):
                full_disk = (
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The disk is full, so the full check of {name} could not run "
                        "(this says nothing about damage); free some space and try again.",
                    )
                    if full
                    else QT_TRANSLATE_NOOP(
                        "core",
                        "The disk is full, so the quick check of {name} could not run "
                        "(this says nothing about damage); free some space and try again.",
                    )
                )
                raise DatabaseWriteError(full_disk, name=path.name) from exc
            return False, unreadable(exc), counts
        counts = count_rows(conn, COUNTED_TABLES)
        if problem:
            return False, f"{damaged} ({problem}); {advice}.", counts
        passed = f"The clinic database {path.name} passed the {kind} check."
        if records:
            # Here, not at import: the questionnaire code it needs is not on the way to
            # the window (a check runs after the list has painted).
            from smpdesk.store.responses import sealed_findings, sealing_in_place

            broken = [_seal_sentence(finding) for finding in sealed_findings(conn)]
            if broken:
                return False, "\n".join([passed, *broken, _SEAL_ADVICE]), counts
            if sealing_in_place(conn):
                passed += " Every signed record matches its content hash."
            else:
                passed += (
                    " Its signed records are not sealed yet (the file is from an older "
                    "smpdesk): they are sealed when the clinic is next opened."
                )
        return True, passed, counts
    except DATABASE_ERRORS as exc:
        return False, unreadable(exc), counts
    finally:
        conn.close()


_SEAL_PROBLEMS = {
    "changed": "no longer matches the content hash sealed when it was signed: its answers or "
    "its PDF record were changed outside smpdesk.",
    "unsealed": "has lost the content hash sealed when it was signed, so its answers or its "
    "PDF record may have been changed outside smpdesk.",
    "wording": "was answered with a form wording that was changed outside smpdesk.",
    "unanchored": "has no seal entry in the audit trail, so its content hash may have been "
    "made outside smpdesk.",
    "missing": "is gone from the file, though the audit trail shows it was signed and sealed "
    "(and its client was not erased on request).",
}
_SEAL_ADVICE = (
    "Keep this file as it is for investigation, and compare those records with a backup made "
    "before the change (smpdesk backups lists them)."
)


def _seal_sentence(finding: SealFinding) -> str:
    """One sentence per record: its id and the client's number, never what it says."""
    return (
        f"Signed response {finding.response_id} of client {finding.client_number} "
        f"{_SEAL_PROBLEMS.get(finding.problem, _SEAL_PROBLEMS['changed'])}"
    )


def _is_full_disk(exc: BaseException, path: Path) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or "disk full" in text or disk_is_full(path)


def backup_due(
    last: BackupInfo | None, *, now: datetime, every: timedelta = timedelta(days=1)
) -> bool:
    """Is a new backup due?  Also yes when the last one is bad or dated in the future."""
    if last is None or last.ok is False:
        return True
    age = _local(now) - last.taken_at
    return age >= every or age < timedelta(0)


__all__ = [
    "BackupInfo",
    "RecordedBackup",
    "backup_due",
    "backup_name",
    "check_database",
    "last_good_backup",
    "list_backups",
    "make_backup",
    "plan_rotation",
    "record_backup",
    "recorded_backup",
    "rotate",
    "sweep_partials",
    "verify_backup",
    "with_backup_advice",
]
