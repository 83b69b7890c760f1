"""The command line, run as a real subprocess (the contract scripts rely on)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from smpdesk import __version__
from smpdesk.store.schema import SCHEMA_VERSION


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    full_env = {**os.environ, **(env or {})}
    full_env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "smpdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=60,
    )


def new_clinic(tmp_path: Path, name: str = "clinic.sqlite3") -> Path:
    path = tmp_path / name
    result = run("init", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


def assert_user_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert fragment in result.stderr
    assert result.stderr.strip().count("\n") <= 1, result.stderr


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"smpdesk {__version__}"


def test_help_lists_every_subcommand():
    result = run("--help")
    assert result.returncode == 0
    for command in ("demo", "clients", "clients add", "--demo", "--db"):
        assert command in result.stdout


def test_demo_creates_then_refuses_to_overwrite(tmp_path):
    path = tmp_path / "demo.sqlite3"
    result = run("demo", "--db", str(path), "--clients", "25", "--plain")
    assert result.returncode == 0, result.stderr
    listed = json.loads(run("clients", "--db", str(path), "--json", "--archived", "all").stdout)
    assert len(listed) == 25
    before = path.read_bytes()
    assert_user_error(run("demo", "--db", str(path)), "already exists")
    assert path.read_bytes() == before


def test_demo_names_span_cultures(tmp_path):
    path = tmp_path / "demo.sqlite3"
    assert run("demo", "--db", str(path), "--clients", "60", "--plain").returncode == 0
    listed = json.loads(run("clients", "--db", str(path), "--json", "--archived", "all").stdout)
    text = " ".join(f"{c['given_name']} {c['family_name']}" for c in listed)
    assert sum(1 for ch in text if ord(ch) > 127) > 20
    assert all(
        c["email"].endswith(("example.com", "example.org", "example.net")) or not c["email"]
        for c in listed
    )


def test_add_then_list_and_search_as_json(tmp_path):
    path = new_clinic(tmp_path)
    added = run(
        "clients",
        "add",
        "--db",
        str(path),
        "--given",
        "Łukasz",
        "--family",
        "Żółć",
        "--phone",
        "+48 600 100 200",
        "--email",
        "lukasz@example.com",
        "--dob",
        "1980-02-29",
    )
    assert added.returncode == 0, added.stderr
    client_id = int(added.stdout.strip())
    found = json.loads(run("clients", "--db", str(path), "--search", "zolc", "--json").stdout)
    assert [c["id"] for c in found] == [client_id]
    assert found[0]["given_name"] == "Łukasz"
    assert {"id", "given_name", "family_name", "phone", "email"} <= set(found[0])
    by_phone = json.loads(run("clients", "--db", str(path), "--search", "100 200", "--json").stdout)
    assert [c["id"] for c in by_phone] == [client_id]


def test_db_from_environment(tmp_path):
    path = new_clinic(tmp_path, "env.sqlite3")
    env = {"SMPDESK_DB": str(path)}
    assert run("clients", "add", "--given", "Aoife", "--family", "Byrne", env=env).returncode == 0
    listed = json.loads(run("clients", "--json", env=env).stdout)
    assert [c["family_name"] for c in listed] == ["Byrne"]


def test_plain_listing(tmp_path):
    path = new_clinic(tmp_path)
    run("clients", "add", "--db", str(path), "--given", "Zoë", "--family", "Brontë")
    result = run("clients", "--db", str(path))
    assert result.returncode == 0
    assert "C00001" in result.stdout and "Brontë, Zoë" in result.stdout


@pytest.mark.parametrize("hostile", ['"', "AND (", "*"])
def test_hostile_search_exits_cleanly(tmp_path, hostile):
    path = new_clinic(tmp_path)
    run("clients", "add", "--db", str(path), "--given", "Andrea", "--family", "Orr")
    result = run("clients", "--db", str(path), "--search", hostile, "--json")
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)


def test_invalid_client_is_refused_with_the_option_named(tmp_path):
    path = new_clinic(tmp_path)
    assert_user_error(
        run(
            "clients",
            "add",
            "--db",
            str(path),
            "--given",
            "Zoë",
            "--family",
            "B",
            "--dob",
            "31/02/1990",  # the clinic style is accepted too, but no such day exists
        ),
        "--dob: Enter the date as YYYY-MM-DD",
    )


def test_a_mistyped_path_never_becomes_a_new_clinic(tmp_path):
    typo = tmp_path / "clinc.sqlite3"
    assert_user_error(
        run("clients", "add", "--db", str(typo), "--given", "Zoë", "--family", "Brontë"),
        "no clinic database",
    )
    assert not typo.exists()


def test_init_refuses_an_existing_file(tmp_path):
    path = new_clinic(tmp_path)
    assert_user_error(run("init", "--db", str(path)), "already exists")


@pytest.mark.parametrize("command", ["init", "demo"])
def test_new_database_path_may_come_before_the_command(tmp_path, command):
    path = tmp_path / f"{command}.sqlite3"
    result = run("--db", str(path), command)
    assert result.returncode == 0, result.stderr
    assert path.exists()


@pytest.mark.parametrize("command", ["init", "demo"])
def test_new_database_needs_a_path(tmp_path, command):
    result = run(command)
    assert result.returncode == 1
    assert "needs --db PATH" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_database_is_a_user_error(tmp_path):
    assert_user_error(run("clients", "--db", str(tmp_path / "nope.sqlite3")), "no clinic database")


def test_newer_database_is_a_user_error(tmp_path):
    path = new_clinic(tmp_path)
    run("clients", "add", "--db", str(path), "--given", "Zoë", "--family", "Brontë")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    assert_user_error(run("clients", "--db", str(path)), "newer version of smpdesk")


def test_locked_database_is_a_user_error(tmp_path):
    path = new_clinic(tmp_path)
    run("clients", "add", "--db", str(path), "--given", "Zoë", "--family", "Brontë")
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run("clients", "add", "--db", str(path), "--given", "Ann", "--family", "Orr")
    finally:
        holder.rollback()
        holder.close()
    assert_user_error(result, "in use by another program")


def test_usage_mistake_exits_1_without_traceback():
    result = run("clients", "--bogus")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "unrecognized arguments" in result.stderr


def test_cli_file_passes_through(tmp_path: Path):
    # A folder given as the database path is refused in one sentence.
    assert_user_error(run("clients", "--db", str(tmp_path)), "is a folder")


def test_undecodable_argument_is_a_user_error(tmp_path):
    path = new_clinic(tmp_path)
    import os

    bad = os.fsdecode(b"\xff")
    assert_user_error(
        run("clients", "add", "--db", str(path), "--given", bad, "--family", "X"),
        "cannot be saved",
    )
    searched = run("clients", "--db", str(path), "--search", bad, "--json")
    assert searched.returncode == 0 and json.loads(searched.stdout) == []


def test_client_number_as_listed_is_accepted(tmp_path):
    path = new_clinic(tmp_path)
    client_id = run(
        "clients", "add", "--db", str(path), "--given", "Ana", "--family", "Lima"
    ).stdout.strip()
    listed = run("clients", "--db", str(path)).stdout
    number = f"C{int(client_id):05d}"
    assert number in listed
    for typed in (number, number.lower(), client_id, f" {client_id} "):
        result = run("sessions", "list", "--db", str(path), "--client", typed)
        assert result.returncode == 0, (typed, result.stderr)
    for wrong in ("X12", "C", "C-1", "1.5", "٣"):
        result = run("sessions", "list", "--db", str(path), "--client", wrong)
        assert result.returncode == 1 and "not a client number" in result.stderr, wrong


def test_sessions_lots_due_and_handouts(tmp_path):
    from pypdf import PdfReader

    path = new_clinic(tmp_path)
    client_id = run(
        "clients",
        "add",
        "--db",
        str(path),
        "--given",
        "Łukasz",
        "--family",
        "Żółć",
        "--phone",
        "07700 900123",
    ).stdout.strip()
    added = run(
        "sessions",
        "add",
        "--db",
        str(path),
        "--client",
        client_id,
        "--type",
        "first",
        "--date",
        "2026-11-20",
        "--pigment-lot",
        "UM-2607-A",
        "--areas",
        "hairline,temples",
        "--next",
        "2026-11-30 10:00",
        "--override-reason",
        "Consent and medical history on paper, filed in the client's folder.",
    )
    assert added.returncode == 0, added.stderr
    session_id = int(added.stdout)
    listed = json.loads(
        run("sessions", "list", "--db", str(path), "--client", client_id, "--json").stdout
    )
    assert [s["id"] for s in listed] == [session_id]
    assert listed[0]["pigment_lot"] == "UM-2607-A"

    recall = json.loads(run("lots", "--db", str(path), "um-2607-a", "--json").stdout)
    assert [(r["client_name"], r["column"]) for r in recall] == [("Łukasz Żółć", "pigment_lot")]

    due = json.loads(run("due", "--db", str(path), "--days", "3650", "--json").stdout)
    assert due[0]["due_date"] == "2026-11-30" and due[0]["appointment"] == "2026-11-30 10:00"

    sheet = tmp_path / "sheet.pdf"
    made = run("handout", "--db", str(path), "--client", client_id, "-o", str(sheet))
    assert made.returncode == 0, made.stderr
    text = "".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert "Łukasz Żółć" in text and "Friday 20 November 2026" in text

    blank = tmp_path / "blank.pdf"
    assert run("handout", "--blank", "-o", str(blank)).returncode == 0
    assert "Day" in PdfReader(blank).pages[0].extract_text()


def test_session_errors_name_the_option(tmp_path):
    path = new_clinic(tmp_path)
    client_id = run("clients", "add", "--db", str(path), "--given", "A", "--family", "B").stdout
    assert_user_error(
        run(
            "sessions",
            "add",
            "--db",
            str(path),
            "--client",
            client_id.strip(),
            "--type",
            "first",
            "--pain",
            "11",
        ),
        "--pain: Enter a pain score from 0 to 10.",
    )
    assert_user_error(
        run("sessions", "add", "--db", str(path), "--client", "999", "--type", "first"),
        "no client with id 999",
    )
    assert_user_error(
        run(
            "handout",
            "--db",
            str(path),
            "--client",
            client_id.strip(),
            "-o",
            str(tmp_path / "x.pdf"),
        ),
        "no recorded session yet",
    )


def test_blank_handout_uses_the_clinics_settings(tmp_path):
    from pypdf import PdfReader

    from smpdesk.app.clinic import open_clinic, save_settings
    from smpdesk.domain.clinic_settings import ClinicSettings

    path = new_clinic(tmp_path)
    db = open_clinic(path)
    save_settings(
        db,
        ClinicSettings(name="Clínica Ñandú", aftercare_days={"keep_dry": 5, "first_wash_day": 6}),
    )
    db.conn.close()
    out = tmp_path / "blank.pdf"
    assert run("handout", "--blank", "-o", str(out), env={"SMPDESK_DB": str(path)}).returncode == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Clínica Ñandú" in text and "days 1–5" in text.lower()
    assert_user_error(
        run("handout", "--blank", "--db", str(tmp_path / "typo.db"), "-o", str(out)),
        "no clinic database",
    )


def test_backup_backups_and_check(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    assert run("demo", "--db", str(path), "--clients", "10", "--plain").returncode == 0
    made = run("backup", "--db", str(path))
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == tmp_path / "backups" and backup.exists()
    listed = run("backups", "--db", str(path))
    assert " ok " in listed.stdout and backup.name in listed.stdout
    checked = run("check", "--db", str(path), "--full")
    assert checked.returncode == 0 and "passed the full check" in checked.stdout
    assert "10 clients" in checked.stdout

    manual = tmp_path / "usb-copy.sqlite3"
    assert run("backup", "--db", str(path), "-o", str(manual)).returncode == 0
    assert_user_error(run("backup", "--db", str(path), "-o", str(manual)), "already exists")

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 8192):  # scribble over every table page
        data[page * 8192 + 100 : page * 8192 + 4100] = b"\xff" * 4000
    damaged.write_bytes(bytes(data))
    before = damaged.read_bytes()
    result = run("check", "--db", str(damaged), "--full")
    assert result.returncode == 1 and "is damaged" in result.stdout
    assert "Traceback" not in result.stderr
    assert damaged.read_bytes() == before


def test_restore_command(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    assert run("demo", "--db", str(path), "--clients", "10", "--plain").returncode == 0
    backup = run("backup", "--db", str(path)).stdout.strip()
    run("clients", "add", "--db", str(path), "--given", "After", "--family", "Backup")
    restored = run("restore", "--db", str(path), backup)
    assert restored.returncode == 0, restored.stderr
    assert "The previous database was kept as" in restored.stdout
    assert "10 clients" in restored.stdout
    assert_user_error(
        run("restore", "--db", str(path), str(tmp_path / "missing.sqlite3")), "no backup file"
    )


def test_export_and_import_backup(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    assert run("demo", "--db", str(path), "--clients", "10", "--plain").returncode == 0
    sealed = tmp_path / "usb" / "clinic.smpdesk"
    sealed.parent.mkdir()
    env = {"SMPDESK_PASSPHRASE": "correct horse battery staple"}
    made = run("export-backup", "--db", str(path), "-o", str(sealed), env=env)
    assert made.returncode == 0, made.stderr
    assert b"SQLite format 3" not in sealed.read_bytes()
    run("clients", "add", "--db", str(path), "--given", "After", "--family", "Export")
    assert_user_error(
        run("import-backup", str(sealed), "--db", str(path), env={"SMPDESK_PASSPHRASE": "nope"}),
        "passphrase is wrong",
    )
    back = run("import-backup", str(sealed), "--db", str(path), env=env)
    assert back.returncode == 0, back.stderr
    assert "10 clients" in back.stdout
