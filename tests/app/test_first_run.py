"""A new clinic from the first-run wizard, and the remembered clinic location."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from smpdesk import paths
from smpdesk.app import first_run, protection
from smpdesk.app.clinic import load_settings, open_clinic
from smpdesk.domain.clinic_settings import ClinicSettings
from smpdesk.errors import UserError, ValidationError
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
    paths.remember_db_path(pointed)
    assert resolve_db_path() == pointed
    monkeypatch.setenv("SMPDESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_db_path() == tmp_path / "env.sqlite3"
    assert resolve_db_path(tmp_path / "cli.sqlite3") == tmp_path / "cli.sqlite3"
    monkeypatch.delenv("SMPDESK_DB")
    paths.remember_db_path(None)
    assert resolve_db_path() == default_db_path()


@pytest.mark.parametrize(
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
def test_an_unusable_pointer_is_ignored_and_nothing_is_lost(content):
    pointer_path().parent.mkdir(parents=True, exist_ok=True)
    pointer_path().write_bytes(content)
    assert remembered_db_path() is None
    assert resolve_db_path() == default_db_path()
    assert pointer_path().read_bytes() == content


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks to devices are POSIX")
def test_a_pointer_that_is_a_fifo_or_a_folder_never_blocks():
    pointer_path().parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(pointer_path())
    assert remembered_db_path() is None
    pointer_path().unlink()
    pointer_path().mkdir()
    assert remembered_db_path() is None


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
