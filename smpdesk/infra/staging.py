"""Private scratch folders for whole-clinic copies (encrypted export and import).

A decrypted import or an unencrypted copy waiting to be sealed is the whole
clinic in plain SQLite.  It is staged inside the clinic's own data folder,
never the system temp folder (shared, often world-listable, and not where the
clinic looks), in a folder only the owner can open.  A process killed half
way leaves its folder behind, so folders whose process is gone are swept the
next time the clinic is opened.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from smpdesk.infra.filesystems import abandoned
from smpdesk.store.database import os_error

PREFIX = ".smpdesk-staging-"
_NAME = re.compile(rf"{re.escape(PREFIX)}(\d+)-[A-Za-z0-9_]+")


@contextlib.contextmanager
def staging_folder(db_path: Path) -> Iterator[Path]:
    """A 0700 folder beside the (real) database, removed with everything in it on exit."""
    parent = Path(os.path.realpath(db_path)).parent
    try:
        folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=parent))
    except OSError as exc:
        raise os_error(exc, parent) from exc
    try:
        yield folder
    finally:
        _zero_files(folder)
        shutil.rmtree(folder, ignore_errors=True)


def _zero_files(folder: Path) -> None:
    """Overwrite what was staged (a whole clinic in plain SQLite) before it is deleted, so
    its bytes do not linger in free disk blocks any longer than the disk itself keeps them."""
    for path in folder.rglob("*"):
        with contextlib.suppress(OSError):
            if path.is_file() and not path.is_symlink():
                with path.open("r+b") as f:
                    size = f.seek(0, os.SEEK_END)
                    f.seek(0)
                    for _ in range(0, size, 1 << 20):
                        f.write(b"\0" * (1 << 20))
                    f.flush()
                    os.fsync(f.fileno())


def sweep_staging(db_path: Path, *, now: float | None = None) -> list[Path]:
    """Remove staging folders left by killed processes; return what was removed."""
    removed: list[Path] = []
    for path in abandoned(Path(os.path.realpath(db_path)).parent, _NAME, now=now):
        if not path.is_dir() or path.is_symlink():
            continue
        with contextlib.suppress(OSError):
            shutil.rmtree(path)
            removed.append(path)
    return removed


__all__ = ["staging_folder", "sweep_staging"]
