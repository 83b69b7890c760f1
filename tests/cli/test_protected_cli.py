"""The command line on a protected clinic: demo accounts, --user, roles, staff, protect, recover."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smpdesk.app import protection
from smpdesk.cli import main
from smpdesk.infra import key_file


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch):
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()
    for name in ("SMPDESK_USER", "SMPDESK_PASSWORD", "SMPDESK_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    mp = pytest.MonkeyPatch()
    mp.setattr(key_file, "SCRYPT_N", 2**14)
    try:
        assert main(["demo", "--db", str(path), "--clients", "30"]) == 0
    finally:
        mp.undo()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    shutil.copy(key_file.key_file_path(demo_template), key_file.key_file_path(path))
    return path


def as_user(monkeypatch, login: str) -> None:
    monkeypatch.setenv("SMPDESK_USER", login)
    monkeypatch.setenv("SMPDESK_PASSWORD", f"demo-{login}-2026")


def test_demo_is_protected_and_prints_its_accounts(tmp_path, capsys):
    path = tmp_path / "d.sqlite3"
    assert main(["demo", "--db", str(path), "--clients", "3"]) == 0
    out = capsys.readouterr().out
    for line in ("owner", "demo-owner-2026", "demo-practitioner-2026", "demo-reception-2026"):
        assert line in out
    assert protection.is_protected(path)
    assert main(["demo", "--db", str(tmp_path / "p.sqlite3"), "--clients", "3", "--plain"]) == 0
    assert not protection.is_protected(tmp_path / "p.sqlite3")
    assert main(["clients", "--db", str(tmp_path / "p.sqlite3")]) == 0


def test_a_protected_clinic_needs_a_user_and_a_password(demo, capsys, monkeypatch):
    assert main(["clients", "--db", str(demo)]) == 1
    assert "--user NAME" in capsys.readouterr().err
    assert main(["clients", "--db", str(demo), "--user", "reception"]) == 1
    assert "SMPDESK_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("SMPDESK_PASSWORD", "wrong-password-x")
    assert main(["clients", "--db", str(demo), "--user", "reception"]) == 1
    err = capsys.readouterr().err
    assert "do not match" in err and "Traceback" not in err
    as_user(monkeypatch, "reception")
    assert main(["clients", "--db", str(demo), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 30


def test_reception_cannot_read_medical_answers_from_the_command_line(demo, capsys, monkeypatch):
    as_user(monkeypatch, "reception")
    assert main(["responses", "--db", str(demo), "--client", "1"]) == 1
    assert "A reception account cannot" in capsys.readouterr().err
    as_user(monkeypatch, "practitioner")
    assert main(["responses", "--db", str(demo), "--client", "1"]) == 0


def test_the_owner_manages_staff(demo, capsys, monkeypatch):
    as_user(monkeypatch, "practitioner")
    assert main(["staff", "--db", str(demo)]) == 1
    assert "cannot manage staff accounts" in capsys.readouterr().err
    as_user(monkeypatch, "owner")
    monkeypatch.setenv("SMPDESK_NEW_PASSWORD", "sam-the-new-one-1")
    capsys.readouterr()
    assert (
        main(["staff", "add", "sam", "--db", str(demo), "--name", "Sam", "--role", "reception"])
        == 0
    )
    assert "Added sam (reception)" in capsys.readouterr().out
    assert main(["staff", "--db", str(demo), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {s["login"] for s in listed} == {"owner", "practitioner", "reception", "sam"}
    assert main(["staff", "disable", "sam", "--db", str(demo)]) == 0
    monkeypatch.setenv("SMPDESK_USER", "sam")
    monkeypatch.setenv("SMPDESK_PASSWORD", "sam-the-new-one-1")
    assert main(["clients", "--db", str(demo)]) == 1


def test_protect_a_plain_clinic_from_the_command_line(tmp_path, capsys, monkeypatch):
    path = tmp_path / "clinic.sqlite3"
    assert main(["demo", "--db", str(path), "--clients", "5", "--plain"]) == 0
    sheet = tmp_path / "recovery.pdf"
    monkeypatch.setenv("SMPDESK_PASSWORD", "owner-password-9")
    assert (
        main(
            [
                "protect",
                "--db",
                str(path),
                "--user",
                "ann",
                "--name",
                "Ann Owner",
                "--recovery-sheet",
                str(sheet),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Recovery key" in out and "--erase-plain-copy" in out
    assert sheet.read_bytes().startswith(b"%PDF")
    assert protection.is_protected(path)
    monkeypatch.setenv("SMPDESK_USER", "ann")
    assert main(["protect", "--db", str(path), "--erase-plain-copy"]) == 0
    assert not protection.plain_copy_path(path).exists()
    assert main(["clients", "--db", str(path)]) == 0
    assert main(["recovery-sheet", "--db", str(path), "-o", str(tmp_path / "new.pdf")]) == 0


def test_recover_with_the_recovery_key(tmp_path, capsys, monkeypatch):
    path = tmp_path / "d.sqlite3"
    assert main(["demo", "--db", str(path), "--clients", "2"]) == 0
    recovery = capsys.readouterr().out.split("Recovery key: ")[1].strip()
    monkeypatch.setenv("SMPDESK_RECOVERY_KEY", recovery)
    monkeypatch.setenv("SMPDESK_NEW_PASSWORD", "owner-after-loss-1")
    assert main(["recover", "--db", str(path), "--user", "owner"]) == 0
    monkeypatch.setenv("SMPDESK_USER", "owner")
    monkeypatch.setenv("SMPDESK_PASSWORD", "owner-after-loss-1")
    assert main(["staff", "--db", str(path)]) == 0


def test_the_owner_restores_a_protected_clinic_whose_file_is_gone(demo, capsys, monkeypatch):
    """A backup must be restorable without the live file: the key file's copy with the
    backups and the owner's password are enough."""
    as_user(monkeypatch, "owner")
    assert main(["backup", "--db", str(demo)]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert (backup.parent / key_file.key_file_path(demo).name).is_file()
    demo.unlink()
    key_file.key_file_path(demo).unlink()  # the laptop's copy is gone too
    as_user(monkeypatch, "reception")
    assert main(["restore", "--db", str(demo), str(backup)]) == 1
    assert "Only the clinic's owner" in capsys.readouterr().err
    as_user(monkeypatch, "owner")
    assert main(["restore", "--db", str(demo), str(backup)]) == 0
    assert "Restored from" in capsys.readouterr().out
    assert key_file.key_file_path(demo).is_file()  # put back from the backups folder
    assert main(["clients", "--db", str(demo)]) == 0


def test_audit_lists_who_did_what_and_verify_finds_tampering(demo, capsys, monkeypatch):
    from smpdesk.store import engine

    as_user(monkeypatch, "reception")
    assert main(["clients", "--db", str(demo)]) == 0
    assert main(["audit", "--db", str(demo)]) == 1  # reception may not read it
    assert "cannot read the audit log; ask the clinic's owner" in capsys.readouterr().err
    as_user(monkeypatch, "owner")
    assert main(["audit", "--db", str(demo), "--user", "Rory Reception", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["staff_name"] for r in rows} == {"Rory Reception"}
    assert {"protection.sign_in", "staff.audit_log"} <= {r["action"] for r in rows}
    assert next(r for r in rows if r["action"] == "staff.audit_log")["outcome"] == "refused"
    assert main(["audit", "--db", str(demo), "--since", "not-a-day"]) == 1
    assert main(["audit", "verify", "--db", str(demo)]) == 0
    assert "whole" in capsys.readouterr().out
    signed = protection.sign_in(demo, "owner", "demo-owner-2026")
    conn = engine.connect(demo, key=signed.key)
    signed.close()
    # A careful tamperer puts the guard back, so the schema looks untouched.
    guard = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'"
    ).fetchone()[0]
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET outcome = 'done' WHERE outcome = 'refused'")
    conn.execute(guard)
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["audit", "verify", "--db", str(demo)]) == 1
    out = capsys.readouterr().out
    assert "The audit trail is broken at entry" in out and "changed after it was written" in out
