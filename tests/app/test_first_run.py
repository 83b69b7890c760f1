"""A new clinic from the first-run wizard, and the remembered clinic location."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from smpdesk import paths
from smpdesk.app import first_run, protection
from smpdesk.app.clinic import load_settings, open_clinic
from smpdesk.domain.clinic_settings import ClinicSettings
from smpdesk.errors import UserError, ValidationError
from smpdesk.infra import key_file
from smpdesk.paths import default_db_path, pointer_path, remembered_db_path, resolve_db_path

OWNER = first_run.OwnerAccount("olivia", "Olivia Smith", "a walk by the river")
SETTINGS = ClinicSettings(
    name="Northside Scalp Clinic",
    address="1 High Street",
    phone="0161 496 0000",
    paper="Letter",
    date_style="us",
    emergency_number="911",
    currency="USD",
    locale="en_US",
)


@pytest.fixture(autouse=True)
def _no_db_env(monkeypatch):
    """The path order is under test: no SMPDESK_DB (tests/conftest sets one)."""
    monkeypatch.delenv("SMPDESK_DB", raising=False)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_plain_clinic_at_the_default_place_has_its_settings_and_no_pointer():
    made = first_run.create_clinic(default_db_path(), SETTINGS)
    try:
        assert made.path == default_db_path() and not made.protected
        saved = load_settings(made.clinic)
        assert (saved.name, saved.address, saved.phone) == (
            "Northside Scalp Clinic",
            "1 High Street",
            "0161 496 0000",
        )
        assert (saved.paper, saved.date_style, saved.emergency_number) == ("Letter", "us", "911")
        assert (saved.currency, saved.locale) == ("USD", "en_US")
    finally:
        made.clinic.close()
    assert not protection.is_protected(made.path)
    assert not pointer_path().exists()
    assert resolve_db_path() == default_db_path()


def test_a_protected_clinic_elsewhere_needs_a_sign_in_and_is_found_again(tmp_path):
    path = tmp_path / "clinic-disk" / "clinic.sqlite3"
    made = first_run.create_clinic(path, SETTINGS, OWNER)
    assert made.protected and made.recovery_key
    assert made.clinic.staff is not None and made.clinic.staff.login == "olivia"
    made.clinic.close()
    assert protection.is_protected(path)
    assert not protection.plain_copy_path(path).exists(), "a new clinic keeps no plain copy"
    with pytest.raises(UserError):
        open_clinic(path)  # encrypted: nothing opens without a sign-in
    signed_in = protection.sign_in(path, "olivia", OWNER.password)
    try:
        assert load_settings(signed_in).name == "Northside Scalp Clinic"
    finally:
        signed_in.close()
    assert json.loads(pointer_path().read_text())["db"] == str(path)
    assert remembered_db_path() == path
    assert resolve_db_path() == path
    assert resolve_db_path("other.sqlite3") == Path("other.sqlite3")


def test_the_order_is_db_option_then_environment_then_pointer_then_default(tmp_path, monkeypatch):
    pointed = tmp_path / "pointed" / "clinic.sqlite3"
    pointed.parent.mkdir()
    open_clinic(pointed, create=True).close()
    paths.remember_db_path(pointed)
    assert resolve_db_path() == pointed
    monkeypatch.setenv("SMPDESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_db_path() == tmp_path / "env.sqlite3"
    assert resolve_db_path(tmp_path / "cli.sqlite3") == tmp_path / "cli.sqlite3"
    monkeypatch.delenv("SMPDESK_DB")
    paths.remember_db_path(None)
    assert resolve_db_path() == default_db_path()


UNUSABLE_POINTERS = pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"\xff\xfe\x00",
        b"[" * 5000,
        b'{"db": "relative/clinic.sqlite3"}',
        b'{"db": 12}',
        b'{"db": "/a\\u0000b"}',
        b'{"db": "/"}',
        b'["/x/clinic.sqlite3"]',
        b'{"db": "/x/clinic.sqlite3", "pad": "' + b"x" * 20_000 + b'"}',
    ],
    ids=["empty", "text", "binary", "deep", "relative", "number", "nul", "root", "list", "huge"],
)


@UNUSABLE_POINTERS
def test_an_unusable_pointer_is_said_with_its_name_and_never_taken_for_none(content):
    pointer_path().parent.mkdir(parents=True, exist_ok=True)
    pointer_path().write_bytes(content)
    with pytest.raises(paths.PointerProblem) as caught:
        remembered_db_path()
    message = str(caught.value)
    assert str(pointer_path()) in message and "--db PATH" in message
    assert "delete" in message
    assert paths.pointer_problem() == message
    with pytest.raises(UserError, match=r"clinic-location\.json"):
        resolve_db_path()  # not the default location: the real clinic may be elsewhere
    assert resolve_db_path("given.sqlite3") == Path("given.sqlite3")  # --db still works
    assert pointer_path().read_bytes() == content


@UNUSABLE_POINTERS
def test_a_new_clinic_never_deletes_an_unusable_pointer(content):
    pointer_path().parent.mkdir(parents=True, exist_ok=True)
    pointer_path().write_bytes(content)
    with pytest.raises(UserError, match=r"clinic-location\.json"):
        first_run.create_clinic(default_db_path(), SETTINGS)
    assert pointer_path().read_bytes() == content
    assert not default_db_path().exists()


def test_no_pointer_is_no_problem():
    assert remembered_db_path() is None
    assert paths.pointer_problem() == ""
    assert resolve_db_path() == default_db_path()


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_pointer_that_is_a_fifo_or_a_folder_never_blocks_and_is_said():
    pointer_path().parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(pointer_path())
    with pytest.raises(paths.PointerProblem, match="not an ordinary file"):
        remembered_db_path()
    pointer_path().unlink()
    pointer_path().mkdir()
    with pytest.raises(paths.PointerProblem, match="is a folder"):
        remembered_db_path()
    with pytest.raises(UserError, match=r"clinic-location\.json"):
        first_run.create_clinic(default_db_path(), SETTINGS)
    assert pointer_path().is_dir()


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_a_dangling_link_for_a_pointer_is_said(tmp_path):
    pointer_path().parent.mkdir(parents=True, exist_ok=True)
    pointer_path().symlink_to(tmp_path / "gone.json")
    assert "cannot be read" in paths.pointer_problem()


def test_a_remembered_clinic_on_a_missing_drive_is_said_with_the_pointer(tmp_path):
    drive = tmp_path / "usb"
    path = drive / "SMP" / "clinic.sqlite3"
    paths.remember_db_path(path)
    with pytest.raises(paths.PointerProblem) as caught:
        resolve_db_path()
    message = str(caught.value)
    assert f"The clinic remembered at {path} is missing" in message
    assert "unplugged" in message and str(pointer_path()) in message
    assert "--db PATH" in message and "delete" in message
    assert pointer_path().exists()
    # Plugged in (the folder, with its backups, is back): found as before.
    (drive / "SMP" / "backups").mkdir(parents=True)
    assert resolve_db_path() == path  # the window offers its newest backup from there
    open_clinic(path, create=True).close()
    assert resolve_db_path() == path


def test_refused_values_make_nothing(tmp_path):
    path = tmp_path / "new" / "clinic.sqlite3"
    with pytest.raises(ValidationError) as caught:
        first_run.create_clinic(
            path,
            SETTINGS.with_changes(name=" ", emergency_number="call us"),
            first_run.OwnerAccount("Olivia!", "", "short"),
        )
    assert set(caught.value.fields) == {
        "name",
        "emergency_number",
        "login",
        "display_name",
        "password",
    }
    assert not path.parent.exists()
    assert not pointer_path().exists()


def test_an_existing_clinic_is_never_overwritten(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    open_clinic(path, create=True).close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="already a clinic file"):
        first_run.create_clinic(path, SETTINGS)
    assert path.read_bytes() == before


def test_a_failure_half_way_leaves_no_file_and_the_old_pointer(tmp_path, monkeypatch):
    earlier = tmp_path / "earlier" / "clinic.sqlite3"
    paths.remember_db_path(earlier)
    path = tmp_path / "new" / "clinic.sqlite3"

    def fail(*_args, **_kwargs):
        raise UserError("The disk is full.")

    monkeypatch.setattr(protection, "erase_plain_copy", fail)
    with pytest.raises(UserError, match="disk is full"):
        first_run.create_clinic(path, SETTINGS, OWNER)
    assert _leftovers(path.parent) == []
    assert remembered_db_path() == earlier


def test_an_unwritable_folder_is_one_sentence(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    problem = first_run.place_problem(blocker / "clinic.sqlite3")
    assert "not a folder" in problem
    with pytest.raises(UserError, match="not a folder"):
        first_run.create_clinic(blocker / "clinic.sqlite3", SETTINGS)


def test_the_clinic_file_in_a_chosen_folder_has_the_standard_name(tmp_path):
    assert first_run.clinic_path_in(tmp_path) == tmp_path / "clinic.sqlite3"


def _old_clinic_with_a_backup(folder: Path) -> Path:
    """A clinic that was in ``folder``, backed up, then its file lost: the backups remain."""
    from smpdesk.app.backup_files import make_backup

    path = folder / "clinic.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    db = open_clinic(path, create=True)
    try:
        make_backup(db, paths.private_dir(paths.backups_dir_for(path)))
    finally:
        db.close()
    path.unlink()
    return path


def test_a_folder_holding_another_clinics_backups_is_refused(tmp_path):
    path = _old_clinic_with_a_backup(tmp_path / "usb")
    backups = sorted(paths.backups_dir_for(path).iterdir())
    problem = first_run.place_problem(path)
    assert "holds backups of a clinic" in problem
    assert f"smpdesk restore --db {path}" in problem and f"--db {path}" in problem
    with pytest.raises(UserError, match="holds backups of a clinic"):
        first_run.create_clinic(path, SETTINGS)
    assert not path.exists()
    assert sorted(paths.backups_dir_for(path).iterdir()) == backups  # nothing thinned out


def test_a_key_file_kept_with_the_backups_is_said_to_be_there(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    backups = paths.backups_dir_for(path)
    backups.mkdir()
    (backups / key_file.key_file_path(path).name).write_text("{}")
    problem = first_run.place_problem(path)
    assert problem.startswith(f"The backups folder {backups} holds the key file")
    (backups / key_file.key_file_path(path).name).unlink()
    key_file.key_file_path(path).write_text("{}")
    assert first_run.place_problem(path).startswith(f"The folder {tmp_path} holds the key file")


@pytest.mark.parametrize(
    "name",
    [
        "clinic.sqlite3-wal",
        "clinic.sqlite3-journal",
        "clinic.sqlite3-shm",
        ".clinic.sqlite3.unprotected",
        ".clinic.sqlite3.protecting",
        ".clinic.sqlite3.restoring",
    ],
)
def test_files_a_clinic_left_behind_are_refused_and_kept(tmp_path, name):
    left = tmp_path / name
    left.write_bytes(b"old")
    problem = first_run.place_problem(tmp_path / "clinic.sqlite3")
    assert "left behind" in problem and name in problem
    with pytest.raises(UserError, match="left behind"):
        first_run.create_clinic(tmp_path / "clinic.sqlite3", SETTINGS)
    assert left.read_bytes() == b"old"


def test_a_failed_attempt_removes_only_what_it_made(tmp_path, monkeypatch):
    """Even if a file appears between the check and the making, it is not ours to delete."""
    journal = tmp_path / ".clinic.sqlite3.unprotected"
    journal.write_bytes(b"someone else's")
    monkeypatch.setattr(first_run, "place_problem", lambda path: "")

    def fail(*_args, **_kwargs):
        raise UserError("The disk is full.")

    monkeypatch.setattr(first_run, "save_settings", fail)
    with pytest.raises(UserError, match="disk is full"):
        first_run.create_clinic(tmp_path / "clinic.sqlite3", SETTINGS)
    assert journal.read_bytes() == b"someone else's"
    assert not (tmp_path / "clinic.sqlite3").exists()


def test_a_settings_folder_that_cannot_be_written_is_named(tmp_path):
    config = paths.user_config_dir()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("a file where the settings folder should be")
    path = tmp_path / "chosen" / "clinic.sqlite3"
    with pytest.raises(UserError) as caught:
        first_run.create_clinic(path, SETTINGS, OWNER)
    message = str(caught.value)
    assert f"settings folder {config}" in message
    assert "could not be made in" not in message and str(path.parent) not in message
    assert _leftovers(path.parent) == []
    assert config.read_text() == "a file where the settings folder should be"


def test_an_sqlite_error_is_one_sentence(tmp_path, monkeypatch):
    def locked(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(first_run, "save_settings", locked)
    path = tmp_path / "clinic.sqlite3"
    with pytest.raises(UserError, match="in use by another program") as caught:
        first_run.create_clinic(path, SETTINGS)
    assert not isinstance(caught.value, sqlite3.Error)
    assert _leftovers(tmp_path) == []


def test_a_folder_that_cannot_be_written_is_found_before_anything_is_made(tmp_path, monkeypatch):
    made = []

    def refuse(*_args, **kwargs):
        made.append(kwargs.get("dir"))
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(first_run.tempfile, "mkstemp", refuse)
    problem = first_run.place_problem(tmp_path / "not-yet" / "clinic.sqlite3")
    assert (
        problem == f"smpdesk cannot write in {tmp_path} (Permission denied); choose another folder."
    )
    assert made == [tmp_path]  # the nearest folder that exists
    monkeypatch.undo()
    assert first_run.place_problem(tmp_path / "not-yet" / "clinic.sqlite3") == ""
    assert _leftovers(tmp_path) == []  # the probe leaves nothing
