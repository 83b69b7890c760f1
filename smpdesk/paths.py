"""Where the clinic database and bundled resources live.

The lookup order for the database is the contract the CLI and GUI share:
``--db PATH``, then ``SMPDESK_DB``, then the clinic location remembered by the
first-run wizard (a small pointer file in the user-config folder), then the
OS user-data folder.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from smpdesk.errors import QT_TRANSLATE_NOOP, UserError

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
    return _remembered_clinic() or default_db_path()


# -- the remembered clinic location (first run, issue 19) -----------------------------------
# A clinic kept outside the user-data folder is found again through a pointer file in the
# user-config folder: {"db": "/absolute/path/clinic.sqlite3"}.  A path is not health data.
# The file may have been edited or replaced by anything.  One that is there but unusable
# (not a small regular file holding that JSON) is never taken for "no pointer": it is the
# only record of where the real clinic is, so starting on the default location instead
# (and the first-run wizard there, which forgets the pointer) could lose that clinic.
POINTER_FILENAME = "clinic-location.json"
POINTER_MAX_BYTES = 8192


class PointerProblem(UserError):
    """The remembered clinic location cannot be used: the sentence names the pointer file."""


def user_config_dir() -> Path:
    import platformdirs  # only when no path was given; keeps start-up lean

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False))


def pointer_path() -> Path:
    return user_config_dir() / POINTER_FILENAME


# One whole sentence per way the pointer file can be unusable (said in the window's language).
_POINTER_FOLDER = QT_TRANSLATE_NOOP(
    "core",
    "The file {pointer}, which remembers where your clinic file is kept, "
    "is a folder, not a file. Fix or "
    "delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to "
    "open a clinic file directly.",
)
_POINTER_UNREADABLE = QT_TRANSLATE_NOOP(
    "core",
    "The file {pointer}, which remembers where your clinic file is kept, "
    "cannot be read ({reason}). Fix or "
    "delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to "
    "open a clinic file directly.",
)
_POINTER_NOT_ORDINARY = QT_TRANSLATE_NOOP(
    "core",
    "The file {pointer}, which remembers where your clinic file is kept, "
    "is not an ordinary file. Fix or "
    "delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to "
    "open a clinic file directly.",
)
_POINTER_TOO_BIG = QT_TRANSLATE_NOOP(
    "core",
    "The file {pointer}, which remembers where your clinic file is kept, "
    "is far too big to be smpdesk's. Fix or "
    "delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to "
    "open a clinic file directly.",
)
_POINTER_DAMAGED = QT_TRANSLATE_NOOP(
    "core",
    "The file {pointer}, which remembers where your clinic file is kept, "
    "is damaged (it does not hold a clinic file's path). Fix or "
    "delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to "
    "open a clinic file directly.",
)
_POINTER_NO_FULL_PATH = QT_TRANSLATE_NOOP(
    "core",
    "The file {pointer}, which remembers where your clinic file is kept, "
    "does not hold a full path to a clinic file. Fix or "
    "delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to "
    "open a clinic file directly.",
)


def _unusable(pointer: Path, template: str, **values: object) -> PointerProblem:
    return PointerProblem(template, pointer=pointer, **values)


def _read_pointer(pointer: Path) -> Path | None:
    """The path in the pointer file; None when there is none; PointerProblem when unusable."""
    import errno
    import stat

    try:
        fd = os.open(pointer, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not os.path.lexists(pointer):
            return None  # the usual case: no pointer, the clinic is in the user-data folder
        if os.path.isdir(pointer):  # Windows cannot open a folder
            raise _unusable(pointer, _POINTER_FOLDER) from exc
        raise _unusable(pointer, _POINTER_UNREADABLE, reason=exc.strerror or exc) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _unusable(pointer, _POINTER_FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise _unusable(pointer, _POINTER_NOT_ORDINARY)
        if info.st_size > POINTER_MAX_BYTES:
            raise _unusable(pointer, _POINTER_TOO_BIG)
        data = os.read(fd, POINTER_MAX_BYTES + 1)
    except OSError as exc:
        raise _unusable(pointer, _POINTER_UNREADABLE, reason=exc.strerror or exc) from exc
    finally:
        os.close(fd)
    import json

    try:
        value = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        value = None
    text = value.get("db") if isinstance(value, dict) else None
    if not isinstance(text, str) or not 0 < len(text) <= 4096 or "\x00" in text:
        raise _unusable(pointer, _POINTER_DAMAGED)
    path = Path(text)
    if not path.is_absolute() or not path.name:
        raise _unusable(pointer, _POINTER_NO_FULL_PATH)
    return path


def remembered_db_path() -> Path | None:
    """The clinic file the first-run wizard put elsewhere, or None when nothing is remembered.

    PointerProblem (a UserError) when the pointer file is there but unusable:
    never read as "nothing remembered".
    """
    return _read_pointer(pointer_path())


def pointer_problem() -> str:
    """Why the pointer file cannot be used, as one sentence; "" when it can (or is absent)."""
    try:
        remembered_db_path()
    except PointerProblem as exc:
        return str(exc)
    return ""


def _remembered_clinic() -> Path | None:
    """The remembered clinic for :func:`resolve_db_path`; PointerProblem when it cannot be
    used, or when it and its backups are gone (a drive not plugged in): said with the
    pointer's name, rather than offering to make a new clinic where the old one was."""
    path = remembered_db_path()
    if path is None or path.exists() or backups_dir_for(path).is_dir():
        return path
    pointer = pointer_path()
    raise PointerProblem(
        QT_TRANSLATE_NOOP(
            "core",
            "The clinic remembered at {path} is missing (is its drive unplugged?). Plug the "
            "drive in and start smpdesk again; to forget that clinic delete {pointer}, or "
            "start smpdesk with --db PATH to open another clinic file.",
        ),
        path=path,
        pointer=pointer,
    )


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
    try:
        scratch.write_text(json.dumps({"db": str(Path(path).absolute())}), encoding="utf-8")
        os.replace(scratch, pointer)
    except OSError:
        with contextlib.suppress(OSError):
            scratch.unlink(missing_ok=True)
        raise


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
