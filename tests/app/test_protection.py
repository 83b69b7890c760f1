"""Protecting a clinic (encryption at rest), signing in, accounts, PINs and the recovery key."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from smpdesk.app import backups, clients, photos, protection, questionnaires
from smpdesk.app import staff as staff_cases
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import open_clinic
from smpdesk.app.demo import create_demo_clinic
from smpdesk.domain.staff import Role
from smpdesk.errors import UserError, ValidationError
from smpdesk.infra import key_file

OWNER_PASSWORD = "correct-owner-2026"


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch):
    """The real cost (~0.4 s a password) is measured in the benchmarks, not paid per test."""
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "clinic.sqlite3"
    create_demo_clinic(path, 30).close()  # 30: some clients have photos and signed forms
    return path


@pytest.fixture
def plain_clinic(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    shutil.copy(template, path)
    return path


def _protect(path: Path) -> protection.Protected:
    return protection.protect(
        path, login="olive", display_name="Olive Owner", password=OWNER_PASSWORD
    )


def _counts(db) -> dict[str, int]:
    return {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("clients", "sessions", "photos", "responses", "response_documents")
    }


def test_protecting_encrypts_the_file_and_its_backups_and_keeps_every_record(plain_clinic):
    before = open_clinic(plain_clinic)
    counts = _counts(before)
    name = clients.get_client(before, 1).family_name
    backups.back_up(before, plain_clinic)
    before.close()
    assert counts["photos"] > 0 and counts["responses"] > 0

    done = _protect(plain_clinic)
    assert _counts(done.clinic) == counts
    assert done.clinic.staff.role is Role.OWNER
    assert done.backups_encrypted == 1
    assert len(done.recovery_key) == 47
    done.clinic.close()

    assert protection.is_protected(plain_clinic)
    files = [plain_clinic, *plain_clinic.parent.glob("clinic.sqlite3-wal")]
    files += list((plain_clinic.parent / "backups").glob("*.sqlite3"))
    for path in files:
        data = path.read_bytes()
        assert name.encode() not in data, path
        assert b"SQLite format 3" not in data[:16], path
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(plain_clinic).execute("SELECT count(*) FROM clients").fetchone()
    # The key file travels with the backups.
    assert (plain_clinic.parent / "backups" / "clinic.sqlite3.keys").is_file()
    # The plain file waits for the owner's word, then goes.
    assert done.plain_copy.exists()
    assert protection.erase_plain_copy(plain_clinic)
    assert not done.plain_copy.exists()


def test_a_protected_clinic_opens_only_by_signing_in(plain_clinic):
    _protect(plain_clinic).clinic.close()
    with pytest.raises(UserError):
        open_clinic(plain_clinic)  # no key
    with pytest.raises(protection.SignInRefused, match="do not match"):
        protection.sign_in(plain_clinic, "olive", "not-the-password")
    with pytest.raises(protection.SignInRefused, match="do not match"):
        protection.sign_in(plain_clinic, "nobody", OWNER_PASSWORD)
    signed_in = protection.sign_in(plain_clinic, "Olive ", OWNER_PASSWORD)
    assert signed_in.staff.login == "olive"
    assert clients.count_clients(signed_in, "all") == 30
    assert staff_cases.audit_log(signed_in)[0].action == "protection.sign_in"
    signed_in.close()


def test_wrong_passwords_make_the_account_wait_longer_each_time(plain_clinic):
    _protect(plain_clinic).clinic.close()
    for _ in range(protection.FREE_TRIES):
        with pytest.raises(protection.SignInRefused, match="do not match"):
            protection.sign_in(plain_clinic, "olive", "wrong-password-1")
    first_wait = protection.wait_seconds(plain_clinic, "olive")
    assert first_wait > 0
    with pytest.raises(protection.SignInRefused, match="wait"):
        protection.sign_in(plain_clinic, "olive", OWNER_PASSWORD)  # even the right one
    protection._failures[protection._who(plain_clinic, "olive")] = (
        protection.FREE_TRIES + 2,
        0.0,
    )
    assert protection.wait_seconds(plain_clinic, "olive", now=0.0) > first_wait


def test_reception_signs_in_and_is_refused_clinical_work(plain_clinic):
    owner = _protect(plain_clinic).clinic
    staff_cases.add_staff(owner, "rita", "Rita Desk", "reception", "reception-pass-1")
    owner.close()
    desk = protection.sign_in(plain_clinic, "rita", "reception-pass-1")
    assert desk.staff.role is Role.RECEPTION
    assert clients.search_client_ids(desk)
    with pytest.raises(AccessRefused):
        photos.client_photos(desk, 1)
    with pytest.raises(AccessRefused):
        questionnaires.client_responses(desk, 1)
    with pytest.raises(AccessRefused):
        staff_cases.list_staff(desk)
    desk.close()


def test_accounts_are_checked_and_the_clinic_keeps_an_owner(plain_clinic):
    owner = _protect(plain_clinic).clinic
    with pytest.raises(ValidationError) as refused:
        staff_cases.add_staff(owner, "Bad Name!", "", "wizard", "short")
    assert set(refused.value.fields) == {"login", "display_name", "password", "role"}
    with pytest.raises(ValidationError, match="too common"):
        staff_cases.add_staff(owner, "pat", "Pat", "practitioner", "password123")
    with pytest.raises(ValidationError, match="already"):
        staff_cases.add_staff(owner, "olive", "Olive Two", "practitioner", "another-pass-9")
    with pytest.raises(UserError, match="only owner"):
        staff_cases.change_staff(owner, owner.staff.id, role="practitioner")
    with pytest.raises(UserError, match="your own account"):
        staff_cases.change_staff(owner, owner.staff.id, disabled=True)
    staff_cases.add_staff(owner, "pat", "Pat Smith", "practitioner", "practitioner-9")
    assert [s.login for s in staff_cases.list_staff(owner)] == ["olive", "pat"]
    owner.close()


def test_a_disabled_account_is_locked_out_of_the_app_and_of_the_key_file(plain_clinic):
    owner = _protect(plain_clinic).clinic
    pat = staff_cases.add_staff(owner, "pat", "Pat Smith", "practitioner", "practitioner-9")
    staff_cases.change_staff(owner, pat.id, disabled=True)
    kf = key_file.load(key_file.key_file_path(plain_clinic))
    assert key_file.unwrap_with_password(kf, "pat", "practitioner-9") is None
    with pytest.raises(protection.SignInRefused):
        protection.sign_in(plain_clinic, "pat", "practitioner-9")
    staff_cases.reset_password(owner, pat.id, "practitioner-10")
    staff_cases.change_staff(owner, pat.id, disabled=False)
    owner.close()
    protection.sign_in(plain_clinic, "pat", "practitioner-10").close()


def test_own_password_and_pin(plain_clinic):
    owner = _protect(plain_clinic).clinic
    with pytest.raises(ValidationError, match="current password"):
        staff_cases.change_own_password(owner, "wrong-current-1", "brand-new-pass-1")
    staff_cases.change_own_password(owner, OWNER_PASSWORD, "brand-new-pass-1")
    assert not protection.has_pin(owner)
    with pytest.raises(ValidationError, match="too easy"):
        staff_cases.set_own_pin(owner, "1234")
    staff_cases.set_own_pin(owner, "4071")
    assert protection.check_pin(owner, "4071") and not protection.check_pin(owner, "4072")
    assert protection.check_password(owner, "brand-new-pass-1")
    assert not protection.check_password(owner, OWNER_PASSWORD)
    owner.close()
    with pytest.raises(protection.SignInRefused):
        protection.sign_in(plain_clinic, "olive", OWNER_PASSWORD)
    protection.sign_in(plain_clinic, "olive", "brand-new-pass-1").close()


def test_the_recovery_key_sets_a_new_owner_password(plain_clinic):
    done = _protect(plain_clinic)
    done.clinic.close()
    with pytest.raises(protection.SignInRefused, match="recovery key does not open"):
        protection.recover(plain_clinic, key_file.new_recovery_key(), "olive", "after-loss-2026")
    recovered = protection.recover(
        plain_clinic, done.recovery_key.lower(), "olive", "after-loss-2026"
    )
    assert recovered.staff.login == "olive"
    new_key = staff_cases.new_recovery_key(recovered)
    pdf = staff_cases.recovery_sheet_pdf(recovered, new_key)
    assert pdf.startswith(b"%PDF")
    recovered.close()
    protection.sign_in(plain_clinic, "olive", "after-loss-2026").close()
    with pytest.raises(protection.SignInRefused):  # the first key was replaced
        protection.recover(plain_clinic, done.recovery_key, "olive", "after-loss-2027")


def test_protecting_twice_or_a_damaged_file_changes_nothing(plain_clinic, tmp_path):
    _protect(plain_clinic).clinic.close()
    with pytest.raises(UserError, match="protected already"):
        _protect(plain_clinic)
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    with pytest.raises(UserError):
        protection.protect(broken, login="olive", display_name="Olive", password=OWNER_PASSWORD)
    assert not key_file.key_file_path(broken).exists()


def test_an_interrupted_protect_leaves_the_plain_clinic_working(plain_clinic, monkeypatch):
    import os

    real_replace = os.replace

    def fail_the_swap(source, target):
        if str(target) == str(plain_clinic):
            raise OSError(28, "No space left on device")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", fail_the_swap)
    with pytest.raises(UserError):
        _protect(plain_clinic)
    monkeypatch.setattr(os, "replace", real_replace)
    assert not protection.is_protected(plain_clinic)
    assert not protection.plain_copy_path(plain_clinic).exists()
    assert not key_file.key_file_path(plain_clinic).exists()  # it would protect nothing
    assert not plain_clinic.with_name(".clinic.sqlite3.protecting").exists()
    again = open_clinic(plain_clinic)
    assert clients.count_clients(again, "all") == 30
    again.close()
    _protect(plain_clinic).clinic.close()  # and it can be protected afterwards


def test_a_backup_from_before_protecting_is_refused_rather_than_lock_everyone_out(
    plain_clinic,
):
    before = open_clinic(plain_clinic)
    old = backups.back_up(before, plain_clinic).made.path
    before.close()
    done = _protect(plain_clinic)
    key = done.clinic.key
    done.clinic.close()
    with pytest.raises(UserError, match="made before this clinic was protected"):
        backups.restore(plain_clinic, old, key=key)
    protection.sign_in(plain_clinic, "olive", OWNER_PASSWORD).close()  # nothing changed


def test_who_may_restore_a_lost_clinic_is_read_from_the_backup_not_the_key_file(plain_clinic):
    owner = _protect(plain_clinic).clinic
    staff_cases.add_staff(owner, "rita", "Rita Desk", "reception", "reception-pass-1")
    made = backups.back_up(owner, plain_clinic).made.path
    owner.close()
    # A tamperer marks reception as an owner in the key file's hints.
    path = key_file.key_file_path(plain_clinic)
    kf = key_file.load(path)
    key_file.save(path, key_file.with_details(kf, "rita", role_hint="owner"))
    with pytest.raises(protection.SignInRefused, match="Only the clinic's owner"):
        protection.key_for_repair(plain_clinic, "rita", "reception-pass-1", backup=made)
    assert protection.key_for_repair(plain_clinic, "olive", OWNER_PASSWORD, backup=made)


def test_protecting_is_refused_while_a_window_has_the_clinic_open(plain_clinic):
    import os

    lock = plain_clinic.with_name(plain_clinic.name + ".lock")
    lock.write_text(f"{os.getppid()}\n", encoding="utf-8")  # a live process that is not us
    try:
        with pytest.raises(UserError, match="close its window first"):
            _protect(plain_clinic)
    finally:
        lock.unlink()
    assert not protection.is_protected(plain_clinic)
