"""Where the clinic database and bundled resources live.

The lookup order for the database is the contract the CLI and GUI share:
``--db PATH``, then ``SMPDESK_DB``, then the clinic location remembered by the
first-run wizard (a small pointer file in the user-config folder), then the
OS user-data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "smpdesk"
DB_FILENAME = "clinic.sqlite3"
DB_ENV = "SMPDESK_DB"


def user_data_dir() -> Path:
    import platformdirs  # only needed when no path was given; keeps start-up lean

    # Not the roaming profile: on Windows that can be synced to a server, and
    # this folder holds health records.
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return user_data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return remembered_db_path() or default_db_path()


# -- the remembered clinic location (first run, issue 19) -----------------------------------
# A clinic kept outside the user-data folder is found again through a pointer file in the
# user-config folder: {"db": "/absolute/path/clinic.sqlite3"}.  A path is not health data.
# The file may have been edited or replaced by anything: one that is not a small regular
# file holding that JSON is ignored (the default location is used; nothing is lost).
POINTER_FILENAME = "clinic-location.json"
POINTER_MAX_BYTES = 8192


def user_config_dir() -> Path:
    import platformdirs  # only when no path was given; keeps start-up lean

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False))


def pointer_path() -> Path:
    return user_config_dir() / POINTER_FILENAME


def remembered_db_path() -> Path | None:
    """The clinic file the first-run wizard put elsewhere, or None (none, or unusable)."""
    import stat

    try:
        fd = os.open(pointer_path(), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None  # the usual case: no pointer, the clinic is in the user-data folder
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > POINTER_MAX_BYTES:
            return None
        data = os.read(fd, POINTER_MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    import json

    try:
        value = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    text = value.get("db") if isinstance(value, dict) else None
    if not isinstance(text, str) or not 0 < len(text) <= 4096 or "\x00" in text:
        return None
    path = Path(text)
    return path if path.is_absolute() and path.name else None


def remember_db_path(path: Path | None) -> None:
    """Remember where the clinic file is (None: forget, the default location is used).

    Written to a temporary file and renamed, so a crash leaves the old pointer or
    the new one, never half of one.  OSError when the config folder is not writable.
    """
    import json

    pointer = pointer_path()
    if path is None:
        pointer.unlink(missing_ok=True)
        return
    private_dir(pointer.parent)
    scratch = pointer.with_name(f".{POINTER_FILENAME}.new")
    scratch.write_text(json.dumps({"db": str(Path(path).absolute())}), encoding="utf-8")
    os.replace(scratch, pointer)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; make it the owner's alone (0700, POSIX).

    Folders of health records must not be listable by other accounts on a
    shared laptop.  On Windows the folder inherits the user profile's ACL.
    A folder owned by someone else (a shared mount) is left as it is.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
                path.chmod(0o700)
        except OSError:
            pass
    return path


def key_file_path(db_path: Path) -> Path:
    """Where the key file of the database ``db_path`` lives: beside it, ``<name>.keys``.

    Here rather than in :mod:`smpdesk.infra.key_file` (which re-exports it): asking
    whether a clinic is protected, at every start, needs only this path."""
    return db_path.with_name(db_path.name + ".keys")


def backups_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database so they move with it."""
    return db_path.parent / "backups"


def resources_dir() -> Path:
    """Bundled resources: inside the wheel when installed, else the checkout."""
    installed = Path(__file__).parent / "_data" / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


FORMS_ENV = "SMPDESK_FORMS"


def shipped_forms_dir() -> Path:
    """The forms that come with smpdesk: inside the wheel when installed, else the checkout."""
    installed = Path(__file__).parent / "_data" / "forms"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "forms"


def forms_dir_for(db_path: Path) -> Path:
    """The clinic's own, editable forms: ``SMPDESK_FORMS``, else ``forms`` beside the database."""
    env = os.environ.get(FORMS_ENV)
    if env:
        return Path(env).expanduser()
    return db_path.parent / "forms"
