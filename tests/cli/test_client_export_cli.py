"""``smpdesk client-export``: a real subprocess writes a ZIP or a folder, and refuses plainly."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from smpdesk.app.clinic import open_clinic
from smpdesk.cli import main
from smpdesk.infra import key_file
from smpdesk.store import photos as photo_store
from smpdesk.store.sessions import clients_with_sessions
from tests.cli.test_cli import assert_user_error, run


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> tuple[Path, int]:
    """A plain demo clinic, and a client of it with photos and a signed consent record."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    result = run("demo", "--db", str(path), "--clients", "30", "--plain")
    assert result.returncode == 0, result.stderr
    db = open_clinic(path)
    try:
        client_id = clients_with_sessions(db, at_least=2, limit=1)[0]
        assert photo_store.client_photos(db, client_id)
    finally:
        db.close()
    return path, client_id


@pytest.fixture
def demo(demo_template, tmp_path) -> tuple[Path, int]:
    import shutil

    path, client_id = demo_template
    copy = tmp_path / "clinic" / "demo.sqlite3"
    copy.parent.mkdir()
    shutil.copy(path, copy)
    return copy, client_id


def test_a_zip_and_a_folder_with_every_part(demo, tmp_path):
    path, client_id = demo
    target = tmp_path / "out.zip"
    result = run(
        "client-export", "--db", str(path), "--client", f"C{client_id:05d}", "-o", str(target)
    )
    assert result.returncode == 0, result.stderr
    assert f"Client data written to the ZIP file {target}" in result.stdout
    for part in ("summary.pdf", "client.json", "photos/", "consent/"):
        assert part in result.stdout
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        document = json.loads(archive.read("client.json"))
    assert "summary.pdf" in names
    assert any(n.startswith("photos/") and n.endswith(".jpg") for n in names)
    assert any(n.startswith("consent/") and n.endswith(".pdf") for n in names)
    assert document["format"] == "smpdesk-client-export"
    assert [c["id"] for c in document["tables"]["clients"]] == [client_id]

    folder = tmp_path / "out-folder"
    result = run("client-export", "--db", str(path), "--client", str(client_id), "-o", str(folder))
    assert result.returncode == 0, result.stderr
    assert f"Client data written to the folder {folder}" in result.stdout
    assert (folder / "summary.pdf").is_file() and (folder / "client.json").is_file()
    assert sorted(p.name for p in folder.iterdir()) == [
        "client.json",
        "consent",
        "photos",
        "summary.pdf",
    ]


def test_refusals_are_one_sentence_and_change_nothing(demo, tmp_path):
    path, client_id = demo
    before = path.read_bytes()
    for target in (path, Path(f"{path}-wal"), path.parent / "backups" / "x.zip"):
        for force in ([], ["--force"]):
            result = run(
                "client-export", "--db", str(path), "--client", str(client_id), "-o", str(target),
                *force,
            )  # fmt: skip
            assert_user_error(result, "nothing was written there")
    assert path.read_bytes() == before

    existing = tmp_path / "existing.zip"
    existing.write_bytes(b"keep")
    args = ("client-export", "--db", str(path), "--client", str(client_id), "-o", str(existing))
    assert_user_error(run(*args), "already exists")
    assert existing.read_bytes() == b"keep"
    assert run(*args, "--force").returncode == 0
    assert zipfile.is_zipfile(existing)

    folder = tmp_path / "full"
    folder.mkdir()
    (folder / "mine.txt").write_text("mine")
    args = ("client-export", "--db", str(path), "--client", str(client_id), "-o", str(folder))
    assert_user_error(run(*args), "already has files in it")
    assert_user_error(run(*args, "--force"), "not an earlier client export")
    assert [p.name for p in folder.iterdir()] == ["mine.txt"]

    missing = run(
        "client-export", "--db", str(path), "--client", "9999", "-o", str(tmp_path / "n.zip")
    )
    assert_user_error(missing, "There is no client with id 9999")
    assert not (tmp_path / "n.zip").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_reception_is_refused_on_a_protected_clinic(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    path = tmp_path / "protected.sqlite3"
    assert main(["demo", "--db", str(path), "--clients", "12"]) == 0
    capsys.readouterr()
    for login, code in (("reception", 1), ("practitioner", 0)):
        monkeypatch.setenv("SMPDESK_USER", login)
        monkeypatch.setenv("SMPDESK_PASSWORD", f"demo-{login}-2026")
        target = tmp_path / f"{login}.zip"
        args = ["client-export", "--db", str(path), "--client", "1", "-o", str(target)]
        assert main(args) == code
        out = capsys.readouterr()
        if code:
            assert "cannot export a client's data" in out.err
            assert not target.exists()
        else:
            assert target.is_file() and "summary.pdf" in out.out
    monkeypatch.setenv("SMPDESK_USER", "owner")
    monkeypatch.setenv("SMPDESK_PASSWORD", "demo-owner-2026")
    assert main(["audit", "--db", str(path), "--client", "1", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    exports = [
        (e["staff_name"], e["outcome"]) for e in entries if e["action"].startswith("client_export")
    ]
    assert ("Rory Reception", "refused") in exports and ("Priya Practitioner", "done") in exports
