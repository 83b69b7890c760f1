"""Client mode on a protected clinic: the practitioner takes the laptop back with their PIN."""

from __future__ import annotations

import pytest

from smpdesk.app import protection
from smpdesk.app import staff as staff_cases
from smpdesk.app.demo import create_protected_demo_clinic
from smpdesk.gui.questionnaires.form_runner import StaffUnlock
from smpdesk.infra import key_file


@pytest.fixture
def practitioner(tmp_path, monkeypatch):
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()
    path = tmp_path / "clinic.sqlite3"
    create_protected_demo_clinic(path, 2)
    handle = protection.sign_in(path, "practitioner", "demo-practitioner-2026")
    yield handle
    handle.close()


def test_the_practitioners_pin_or_password_ends_client_mode(practitioner):
    now = [0.0]
    unlock = StaffUnlock(practitioner, clock=lambda: now[0])
    assert not unlock.uses_pin and unlock.prompt == "Your password"
    assert not unlock.attempt("not-my-password")
    assert unlock.attempt("demo-practitioner-2026")
    staff_cases.set_own_pin(practitioner, "4071")
    unlock = StaffUnlock(practitioner, clock=lambda: now[0])
    assert unlock.uses_pin and unlock.prompt == "Your PIN"
    for _ in range(4):  # three free tries, then waits
        assert not unlock.attempt("0000")
    assert unlock.seconds_left() > 0
    assert not unlock.attempt("4071")  # waiting: not even looked at
    now[0] += 60
    assert unlock.attempt("4071")
