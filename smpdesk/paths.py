"""Where the clinic database and bundled resources live.

The lookup order for the database is the contract the CLI and GUI share:
``--db PATH``, then ``SMPDESK_DB``, then the OS user-data folder.
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
    return default_db_path()


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
