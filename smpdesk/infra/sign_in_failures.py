"""Wrong passwords typed at sign-in, kept beside the clinic until someone signs in.

A wrong password opens nothing, so the attempt cannot be written into the
clinic's (encrypted) audit trail when it happens.  It is noted here instead,
one JSON line per attempt (when, and the account name only if it is one of
the clinic's accounts: a password typed into the name box must never be
written down), and the next successful sign-in moves the notes into the
trail and removes the file.  Deleting the file hides attempts from the trail;
the trail cannot be kept before the key is known, and the file says no more
than that someone tried.

The file may have been crafted: it is read with a size limit, and a line
that is not what we write is skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

MAX_BYTES = 64 * 1024  # about 700 attempts; older ones are dropped first
MAX_LINE = 200


@dataclass(frozen=True)
class FailedSignIn:
    at: str  # UTC, ISO 8601
    login: str  # "" when the name typed is not an account of this clinic


def journal_path(db_path: Path) -> Path:
    """Beside the real file: the window and the CLI may reach it through different links."""
    real = Path(os.path.realpath(db_path))
    return real.with_name(f".{real.name}.failed-sign-ins")


def note(db_path: Path, login: str, *, now: datetime | None = None) -> None:
    """Add one attempt; a folder that cannot be written loses the note, never the sign-in."""
    at = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="milliseconds")
    line = json.dumps({"at": at, "login": login}, ensure_ascii=True) + "\n"
    path = journal_path(Path(db_path))
    with contextlib.suppress(OSError):
        if path.is_symlink():
            return  # never written through a link someone planted
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_size + len(line) > MAX_BYTES:
                _keep_newest(path, MAX_BYTES // 2)
        fd = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0), 0o600
        )
        with os.fdopen(fd, "a", encoding="ascii") as out:
            out.write(line)


def _keep_newest(path: Path, budget: int) -> None:
    lines = path.read_bytes()[-budget:].split(b"\n")[1:]  # the first may be cut
    path.write_bytes(b"\n".join(lines))


def read(db_path: Path) -> list[FailedSignIn]:
    """The attempts noted, oldest first; nothing (never an error) for a missing or odd file."""
    path = journal_path(Path(db_path))
    try:
        if path.is_symlink() or not path.is_file():
            return []
        with path.open("rb") as source:
            data = source.read(MAX_BYTES + 1)[-MAX_BYTES:]
    except OSError:
        return []
    found = []
    now = datetime.now(UTC)
    for raw in data.split(b"\n"):
        if not raw or len(raw) > MAX_LINE:
            continue
        try:
            item = json.loads(raw.decode("ascii"))
            at, login = item["at"], item["login"]
            if not (isinstance(at, str) and isinstance(login, str)):
                continue
            when = datetime.fromisoformat(at)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            continue
        # Stored as every entry's time is (UTC, to the millisecond), so ranges compare it
        # alike; a time without a zone or in the future was not written by us: now instead.
        if when.tzinfo is None or when > now:
            when = now
        found.append(
            FailedSignIn(when.astimezone(UTC).isoformat(timespec="milliseconds"), login[:64])
        )
    return found


def clear(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        journal_path(Path(db_path)).unlink()


__all__ = ["FailedSignIn", "clear", "journal_path", "note", "read"]
