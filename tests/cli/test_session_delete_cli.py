"""``smpdesk sessions delete`` and ``sessions list --deleted``; ``photos list --json`` says
which photos were edited."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from smpdesk.app import clients, photos, protection, sessions
from smpdesk.app.clinic import open_clinic
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.cli import main
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.infra import key_file
from tests.cli.test_cli import assert_user_error, run
from tests.paper_records import ON_PAPER

REASON = "Recorded for the wrong client by mistake"


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch):
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()
    for name in ("SMPDESK_USER", "SMPDESK_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    mp = pytest.MonkeyPatch()
    mp.setattr(key_file, "SCRYPT_N", 2**14)
    try:
        assert main(["demo", "--db", str(path), "--clients", "6"]) == 0
    finally:
        mp.undo()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    shutil.copy(key_file.key_file_path(demo_template), key_file.key_file_path(path))
    return path


def as_user(monkeypatch, login: str) -> None:
    monkeypatch.setenv("SMPDESK_USER", login)
    monkeypatch.setenv("SMPDESK_PASSWORD", f"demo-{login}-2026")


def _a_session(demo: Path, capsys) -> tuple[int, int]:
    """A client of the demo with a session: (client id, newest session id)."""
    assert main(["sessions", "list", "--db", str(demo), "--client", "1", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed, "the demo's first client has sessions"
    return 1, listed[0]["id"]


def test_only_the_owner_deletes_and_the_session_stays_in_the_history(demo, capsys, monkeypatch):
    as_user(monkeypatch, "practitioner")
    client_id, session_id = _a_session(demo, capsys)
    for login in ("practitioner", "reception"):
        as_user(monkeypatch, login)
        argv = ["sessions", "delete", "--db", str(demo), "--session", str(session_id)]
        assert main([*argv, "--reason", REASON]) == 1
        assert f"A {login} account cannot delete a session" in capsys.readouterr().err

    as_user(monkeypatch, "owner")
    argv = ["sessions", "delete", "--db", str(demo), "--session", str(session_id)]
    assert main([*argv, "--reason", "  "]) == 1
    assert "--reason: Type why this session is deleted" in capsys.readouterr().err
    assert main([*argv, "--reason", REASON]) == 0
    assert f"Session {session_id} (" in capsys.readouterr().out
    assert main([*argv, "--reason", REASON]) == 1
    assert "already deleted" in capsys.readouterr().err
    assert main([*argv[:-1], "999999", "--reason", REASON]) == 1
    assert "There is no session with id 999999" in capsys.readouterr().err

    as_user(monkeypatch, "practitioner")
    listing = ["sessions", "list", "--db", str(demo), "--client", str(client_id)]
    assert main([*listing, "--json"]) == 0
    assert session_id not in [s["id"] for s in json.loads(capsys.readouterr().out)]
    assert main([*listing, "--json", "--deleted"]) == 0
    [gone] = [s for s in json.loads(capsys.readouterr().out) if s["id"] == session_id]
    assert (gone["deleted_by"], gone["deleted_reason"]) == ("Olivia Owner", REASON)
    assert gone["deleted_at"]
    assert main([*listing, "--deleted"]) == 0
    out = capsys.readouterr().out
    assert f"by Olivia Owner: {REASON}" in out

    as_user(monkeypatch, "owner")
    assert main(["audit", "--db", str(demo), "--client", str(client_id), "--json"]) == 0
    actions = [(e["action"], e["outcome"]) for e in json.loads(capsys.readouterr().out)]
    assert ("sessions.delete_session", "done") in actions
    assert ("sessions.delete_session", "refused") in actions


def test_delete_as_a_subprocess_on_a_plain_clinic(tmp_path):
    """Exit codes as a script sees them: 0 deleted, 1 with one sentence otherwise."""
    path = tmp_path / "clinic.sqlite3"
    db = open_clinic(path, create=True)
    client = clients.add_client(db, ClientDetails(given_name="Ada", family_name="Lovelace"))
    session = sessions.record_session(
        db, client.id, SessionDetails("2026-11-01", "first"), override_reason=ON_PAPER
    )
    db.close()
    base = ["sessions", "delete", "--db", str(path), "--session", str(session.id)]
    assert_user_error(run(*base, "--reason", "oops"), "--reason: Type why")
    result = run(*base, "--reason", REASON)
    assert result.returncode == 0, result.stderr
    assert "stays in the client's history" in result.stdout
    assert_user_error(run(*base, "--reason", REASON), "already deleted")
    missing = run("sessions", "delete", "--db", str(path), "--session", "7")
    assert missing.returncode == 1 and "--reason" in missing.stderr
    listed = run("sessions", "list", "--db", str(path), "--client", str(client.id), "--json")
    assert json.loads(listed.stdout) == []


def test_photos_list_json_says_which_photos_were_edited(db, db_path, tmp_path, capsys):
    client = clients.add_client(db, ClientDetails(given_name="Mae", family_name="Jemison"))
    pictures = []
    for seed in (1, 2):
        picture = tmp_path / f"p{seed}.jpg"
        picture.write_bytes(synthetic_scalp("front", seed, seed=seed))
        pictures.append(picture)
    results = photos.import_photos(db, client.id, pictures, angle="front")
    photos.retag(db, [results[0].photo_id], angle="crown")
    assert main(["photos", "list", "--db", str(db_path), "--client", str(client.id), "--json"]) == 0
    listed = {p["id"]: p for p in json.loads(capsys.readouterr().out)}
    assert listed[results[0].photo_id]["edited"] is True
    assert listed[results[1].photo_id]["edited"] is False
    assert listed[results[0].photo_id]["angle"] == "crown"  # the fields as before, plus one
