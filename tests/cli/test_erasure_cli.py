"""``smpdesk client-erase`` and ``smpdesk retention`` as a script and a person would run them."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smpdesk.app import protection
from smpdesk.cli import main
from smpdesk.infra import key_file
from tests.cli.test_cli import assert_user_error, run


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    result = run("demo", "--db", str(path), "--clients", "6", "--plain")
    assert result.returncode == 0, result.stderr
    return path


def _clients(path: Path) -> set[int]:
    listed = run("clients", "--db", str(path), "--json", "--archived", "all")
    return {c["id"] for c in json.loads(listed.stdout)}


def test_yes_erases_at_once_and_says_what_went(demo):
    result = run(
        "client-erase", "--db", str(demo), "--client", "C00002", "--reason", "asked by email",
        "--yes",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Client C00002 was erased")
    assert _clients(demo) == {1, 3, 4, 5, 6}
    assert Path(f"{demo}.erasures.json").is_file()


def test_without_yes_and_without_a_terminal_nothing_is_erased(demo):
    result = run("client-erase", "--db", str(demo), "--client", "2", "--reason", "asked by email")
    assert_user_error(result, "add --yes")
    assert _clients(demo) == {1, 2, 3, 4, 5, 6}


def test_a_missing_reason_or_client_is_one_sentence(demo):
    assert_user_error(
        run("client-erase", "--db", str(demo), "--client", "2", "--reason", " ", "--yes"),
        "Give the reason",
    )
    assert_user_error(
        run("client-erase", "--db", str(demo), "--client", "99", "--reason", "asked", "--yes"),
        "no client with id 99",
    )
    assert run("client-erase", "--db", str(demo), "--client", "2").returncode != 0  # no reason
    assert _clients(demo) == {1, 2, 3, 4, 5, 6}


def _at_terminal(args: list[str], typed: str) -> tuple[int, str]:
    """Run the command with a terminal as its stdin and type ``typed`` at the question."""
    controller, terminal = pty.openpty()
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "smpdesk", *args],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        close_fds=True,
    )
    os.close(terminal)
    seen = b""
    deadline = time.monotonic() + 60
    sent = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(controller, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        if not sent and b"to erase:" in seen:
            os.write(controller, typed.encode() + b"\n")
            sent = True
        if process.poll() is not None and not ready:
            break
    code = process.wait(timeout=60)
    os.close(controller)
    return code, seen.decode("utf-8", "replace")


def test_at_a_terminal_it_asks_for_the_client_number(demo):
    args = ["client-erase", "--db", str(demo), "--client", "3", "--reason", "asked by letter"]
    code, shown = _at_terminal(args, "C00004")  # the wrong number
    assert code == 1 and "nothing was erased" in shown
    assert 3 in _clients(demo)
    code, shown = _at_terminal(args, "c00003")
    assert code == 0, shown
    assert "for good" in shown and "Client C00003 was erased" in shown
    assert 3 not in _clients(demo)


def test_retention_lists_clients_last_seen_too_long_ago(demo):
    import sqlite3

    conn = sqlite3.connect(demo)
    with conn:
        conn.execute("UPDATE sessions SET session_date = '2009-04-01' WHERE client_id = 2")
        conn.execute("DELETE FROM sessions WHERE client_id = 5")
        conn.execute("UPDATE clients SET created_at = '2012-07-01T09:00:00+00:00' WHERE id = 5")
    conn.close()
    listed = run("retention", "--db", str(demo), "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["last_visit"]) for r in rows] == [(2, "2009-04-01"), (5, "2012-07-01")]
    assert rows[0]["client_number"] == "C00002" and rows[0]["years_since"] >= 16
    plain = run("retention", "--db", str(demo))
    assert "C00002" in plain.stdout and "1 Apr 2009" in plain.stdout
    assert "2 clients last seen more than 8 years ago" in plain.stderr


@pytest.fixture
def protected_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    protection._failures.clear()
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--clients", "4"]) == 0
    return path


@pytest.mark.parametrize("role", ["reception", "practitioner"])
def test_only_the_owner_may_erase_or_list(protected_demo, capsys, monkeypatch, role):
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**14)
    capsys.readouterr()
    monkeypatch.setenv("SMPDESK_USER", role)
    monkeypatch.setenv("SMPDESK_PASSWORD", f"demo-{role}-2026")
    args = ["client-erase", "--db", str(protected_demo), "--client", "1", "--reason", "x y"]
    assert main([*args, "--yes"]) == 1
    assert f"A {role} account cannot erase a client" in capsys.readouterr().err
    assert main(["retention", "--db", str(protected_demo)]) == 1
    assert "cannot see the clients past the retention period" in capsys.readouterr().err
    monkeypatch.setenv("SMPDESK_USER", "owner")
    monkeypatch.setenv("SMPDESK_PASSWORD", "demo-owner-2026")
    assert main([*args, "--yes"]) == 0
    assert "Client C00001 was erased" in capsys.readouterr().out
