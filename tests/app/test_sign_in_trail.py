"""Sign-in, wrong passwords, locking and signing out all reach the audit trail."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smpdesk.app import protection
from smpdesk.app.demo import create_demo_clinic
from smpdesk.infra import key_file, sign_in_failures
from smpdesk.store import audit as audit_store

PASSWORD = "correct-owner-2026"


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch):
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "clinic.sqlite3"
    create_demo_clinic(path, 3).close()
    protection.protect(path, login="olive", display_name="Olive Owner", password=PASSWORD)
    return path


@pytest.fixture
def clinic_path(template: Path, tmp_path: Path) -> Path:
    for item in template.parent.iterdir():
        if item.is_file():
            shutil.copy(item, tmp_path / item.name)
    return tmp_path / template.name


def _trail(clinic) -> list[tuple[str, str, str, int | None]]:
    return [
        (e.action, e.outcome, e.staff_name, e.staff_id)
        for e in reversed(audit_store.entries(clinic, limit=50))
    ]


def test_wrong_passwords_are_written_into_the_trail_at_the_next_sign_in(clinic_path):
    for login in ("olive", "correct-owner-2026 typed as the name"):
        with pytest.raises(protection.SignInRefused):
            protection.sign_in(clinic_path, login, "not the password")
    noted = sign_in_failures.journal_path(clinic_path)
    # A password typed into the name box is never written down: only "not an account".
    assert b"typed as the name" not in noted.read_bytes()
    assert oct(noted.stat().st_mode & 0o777) == "0o600"
    clinic = protection.sign_in(clinic_path, "olive", PASSWORD)
    owner_id = clinic.staff.id
    trail = _trail(clinic)
    assert trail[-3:] == [
        ("protection.sign_in_failed", "refused", "Olive Owner", owner_id),
        ("protection.sign_in_failed", "refused", "", None),
        ("protection.sign_in", "done", "Olive Owner", owner_id),
    ]
    assert not noted.exists()
    assert audit_store.first_broken_link(clinic) is None
    clinic.close()


def test_a_failure_keeps_the_time_it_happened(clinic_path):
    sign_in_failures.note(clinic_path, "olive", now=datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
    clinic = protection.sign_in(clinic_path, "olive", PASSWORD)
    failed = [e for e in audit_store.entries(clinic) if e.action == "protection.sign_in_failed"]
    assert [e.at for e in failed] == ["2026-12-01T09:30:00.000+00:00"]
    clinic.close()


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff" * 5000,
        b'{"at": "yesterday", "login": "olive"}\n',
        b'{"at": "2026-12-01T09:30:00+00:00", "login": ["olive"]}\n',
        b'{"at": "2026-12-01T09:30:00+00:00"}\n',
        b"[1, 2, 3]\n" + b"x" * 1_000_000,
    ],
    ids=["binary", "bad-date", "bad-login", "missing-field", "huge"],
)
def test_a_crafted_journal_adds_nothing_and_breaks_nothing(clinic_path, content):
    sign_in_failures.journal_path(clinic_path).write_bytes(content)
    clinic = protection.sign_in(clinic_path, "olive", PASSWORD)
    assert [a for a, *_ in _trail(clinic)][-1] == "protection.sign_in"
    assert not any(a == "protection.sign_in_failed" for a, *_ in _trail(clinic))
    clinic.close()


def test_the_journal_is_not_written_through_a_planted_link(clinic_path, tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me\n")
    os.symlink(target, sign_in_failures.journal_path(clinic_path))
    with pytest.raises(protection.SignInRefused):
        protection.sign_in(clinic_path, "olive", "not the password")
    assert target.read_text() == "keep me\n"


def test_the_journal_stays_small(clinic_path):
    for _ in range(2000):
        sign_in_failures.note(clinic_path, "olive")
    assert sign_in_failures.journal_path(clinic_path).stat().st_size <= sign_in_failures.MAX_BYTES
    kept = sign_in_failures.read(clinic_path)
    assert 100 < len(kept) < 2000


def test_lock_unlock_and_sign_out_are_in_the_trail(clinic_path):
    clinic = protection.sign_in(clinic_path, "olive", PASSWORD)
    protection.note_locked(clinic)
    protection.note_wrong_unlock(clinic)
    protection.note_unlocked(clinic)
    protection.sign_out(clinic)
    assert [(a, o) for a, o, *_ in _trail(clinic)][-4:] == [
        ("protection.lock", "done"),
        ("protection.unlock", "refused"),
        ("protection.unlock", "done"),
        ("protection.sign_out", "done"),
    ]
    clinic.close()


def test_a_crafted_time_is_not_carried_into_the_trail(clinic_path):
    journal = sign_in_failures.journal_path(clinic_path)
    journal.write_text(
        '{"at": "9999-12-31T23:59:59+14:00", "login": "olive"}\n'
        '{"at": "2001-01-01", "login": "olive"}\n'
        '{"at": "2026-12-01T10:30:00+01:00", "login": "olive"}\n'
    )
    before = datetime.now(UTC).isoformat(timespec="milliseconds")
    kept = [f.at for f in sign_in_failures.read(clinic_path)]
    assert kept[2] == "2026-12-01T09:30:00.000+00:00"  # in UTC, like every entry
    assert all(before <= at <= datetime.now(UTC).isoformat() for at in kept[:2])
