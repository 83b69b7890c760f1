"""A new clinic from the first-run wizard: the file, its settings, its owner, where it lives.

Nothing here is new machinery: the file is made by ``open_clinic(create=True)``,
the settings are saved by ``clinic.save_settings`` and protection is
``protection.protect`` (the same owner-account rules and recovery key as
Clinic → Protect this clinic).  What this module adds is doing them as one
step that leaves nothing behind when any part is refused: a wrong value, a
folder that cannot be written, a file already there.

Not a ``@use_case``: like ``open_clinic`` and ``protect`` it runs before
there is a clinic (or anyone signed in to it) to check a role against.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from smpdesk.app import protection
from smpdesk.app.backups import list_backups
from smpdesk.app.clinic import SQLITE_ERRORS, Clinic, open_clinic, save_settings, translate_error
from smpdesk.domain.clinic_settings import ClinicSettings, validate_settings
from smpdesk.domain.staff import new_account_problems, normal_display_name, normal_login
from smpdesk.errors import QT_TRANSLATE_NOOP, Sentence, UserError, ValidationError, said
from smpdesk.infra import key_file
from smpdesk.paths import (
    DB_FILENAME,
    backups_dir_for,
    default_db_path,
    pointer_path,
    private_dir,
    remember_db_path,
    remembered_db_path,
)

NAME_NEEDED = QT_TRANSLATE_NOOP("core", "Give the clinic's name; it is printed on every sheet.")


@dataclass(frozen=True)
class OwnerAccount:
    """The owner made by protecting the new clinic (the password is never shown or kept)."""

    login: str
    display_name: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class NewClinic:
    """What was made: the open clinic (signed in as its owner when protected)."""

    path: Path
    clinic: Clinic
    recovery_key: str | None = field(default=None, repr=False)

    @property
    def protected(self) -> bool:
        return self.recovery_key is not None


def clinic_path_in(folder: Path) -> Path:
    """The clinic file in a chosen folder: always the standard name."""
    return Path(folder).expanduser().absolute() / DB_FILENAME


def settings_problems(settings: ClinicSettings) -> dict[str, str]:
    """What is wrong with the wizard's settings, by field (the name is required here)."""
    problems = validate_settings(settings)
    if not settings.name.strip():
        problems["name"] = NAME_NEEDED
    return problems


def owner_problems(owner: OwnerAccount) -> dict[str, str]:
    """The same rules as every new account (and as Protect this clinic)."""
    return new_account_problems(
        normal_login(owner.login), normal_display_name(owner.display_name), owner.password
    )


def _companions(path: Path) -> list[Path]:
    """The files SQLite, protecting and restoring leave beside a clinic file."""
    return [
        *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")),
        protection.plain_copy_path(path),
        path.with_name(f".{path.name}.protecting"),
        path.with_name(f".{path.name}.restoring"),
        path.with_name(f".{path.name}.restore-pending"),
    ]


def _write_problem(folder: Path) -> str:
    """Can a file be made in ``folder`` (or, not made yet, the folder holding it)?

    A temporary file is made and removed: the only test every system agrees
    on (permissions, a read-only mount, a full disk, Windows' controlled folders).
    """
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if not probe.is_dir():
        return ""  # a file in the way: said by the caller
    try:
        fd, name = tempfile.mkstemp(prefix=".smpdesk-write-test-", dir=probe)
    except OSError as exc:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core", "smpdesk cannot write in {folder} ({reason}); choose another folder."
            ),
            folder=probe,
            reason=exc.strerror or exc,
        )
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return ""


def place_problem(path: Path) -> str:
    """Why a new clinic cannot be made at ``path``; "" when it can.

    Refused: a clinic file already there, or anything saying a clinic was there
    (its key file, its backups, files SQLite or a restore left behind).  A
    new clinic beside another's backups would have its own backups thin them
    out, and a later "restore the newest good backup" could bring back the
    wrong clinic; a failed attempt would remove files it did not make.
    """
    path = Path(path)
    folder, backups = path.parent, backups_dir_for(path)
    if path.exists() or path.is_symlink():
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "There is already a clinic file at {path}; choose another folder, or close this "
                "window and start smpdesk with that clinic.",
            ),
            path=path,
        )
    if folder.exists() and not folder.is_dir():
        return Sentence(
            QT_TRANSLATE_NOOP("core", "{folder} is a file, not a folder; choose a folder."),
            folder=folder,
        )
    if key_file.key_file_path(path).exists():
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "The folder {folder} holds the key file of a protected clinic; "
                "choose another folder.",
            ),
            folder=folder,
        )
    found = list_backups(backups, path.stem)
    if found:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "The folder {folder} holds backups of a clinic ({count} in its backups "
                "folder); a new clinic there would thin them out. Choose another folder, or "
                "bring that clinic back: start smpdesk with --db {path} and accept its newest "
                "backup, or run 'smpdesk restore --db {path} FILE'.",
            ),
            folder=folder,
            count=len(found),
            path=path,
        )
    if protection.has_key_file(path):
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "The backups folder {backups} holds the key file of a protected clinic; choose "
                "another folder.",
            ),
            backups=backups,
        )
    left = [p.name for p in _companions(path) if os.path.lexists(p)]
    if left:
        return Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "The folder {folder} holds files a clinic left behind ({files}); "
                "choose another folder.",
            ),
            folder=folder,
            files=", ".join(left),
        )
    return _write_problem(folder)


def _created_files(path: Path) -> list[Path]:
    """Every file making the clinic may leave, for clearing away after a refusal."""
    return [path, *_companions(path), key_file.key_file_path(path)]


def create_clinic(
    path: Path, settings: ClinicSettings, owner: OwnerAccount | None = None
) -> NewClinic:
    """Make the clinic at ``path`` with ``settings``; protect it when ``owner`` is given.

    Everything is checked before anything is written (ValidationError naming
    each wrong field; UserError for the place).  If a step then fails the
    files made so far are removed and the pointer is as it was: the wizard
    can simply be tried again.  A clinic outside the user-data folder is
    remembered (:func:`smpdesk.paths.remember_db_path`) so the next start
    finds it.  A new protected clinic's plain copy holds nothing but the
    settings just typed; it is erased at once.
    """
    path = Path(path).expanduser().absolute()
    problems = settings_problems(settings)
    if owner is not None:
        problems.update(owner_problems(owner))
    if problems:
        raise ValidationError(problems)
    problem = place_problem(path)
    if problem:
        template, values = said(problem)
        raise UserError(template, **values)
    previous_pointer = remembered_db_path()  # PointerProblem: never overwritten or deleted
    there_before = {made for made in _created_files(path) if os.path.lexists(made)}
    made_folder = not path.parent.exists()
    db: Clinic | None = None
    try:
        if made_folder:
            private_dir(path.parent)  # a folder chosen by the user keeps its permissions
        db = open_clinic(path, create=True)
        save_settings(db, settings)
        recovery_key = None
        if owner is not None:
            db.close()
            db = None
            done = protection.protect(
                path,
                login=normal_login(owner.login),
                display_name=normal_display_name(owner.display_name),
                password=owner.password,
            )
            db, recovery_key = done.clinic, done.recovery_key
            protection.erase_plain_copy(path)
        try:
            remember_db_path(None if path == default_db_path() else path)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "smpdesk could not note where the clinic is kept: its settings folder "
                    "{folder} cannot be written ({reason}). Nothing was made; check that "
                    "folder's permissions and try again.",
                ),
                folder=pointer_path().parent,
                reason=exc.strerror or exc,
            ) from exc
    except BaseException as exc:
        if db is not None:
            db.close()
        for made in _created_files(path):
            if made not in there_before:  # only what this attempt made
                with contextlib.suppress(OSError):
                    made.unlink(missing_ok=True)
        if made_folder:
            with contextlib.suppress(OSError):
                path.parent.rmdir()  # only if empty: nothing but what was just made
        with contextlib.suppress(OSError):
            remember_db_path(previous_pointer)
        if isinstance(exc, SQLITE_ERRORS):
            raise translate_error(exc, path) from exc
        if isinstance(exc, OSError):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The clinic could not be made in {folder} ({reason}); choose another folder.",
                ),
                folder=path.parent,
                reason=exc.strerror or exc,
            ) from exc
        raise
    return NewClinic(path, db, recovery_key)


__all__ = [
    "NAME_NEEDED",
    "NewClinic",
    "OwnerAccount",
    "clinic_path_in",
    "create_clinic",
    "owner_problems",
    "place_problem",
    "settings_problems",
]
