"""The remembered clinic location from the command line: an unusable pointer or a clinic on a
missing drive is one sentence naming the pointer file, never the default location instead."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smpdesk import paths


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    env.pop("SMPDESK_DB", None)  # the pointer is under test (tests/conftest.py sets one)
    return subprocess.run(
        [sys.executable, "-m", "smpdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def _one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    return result.stderr


@pytest.mark.parametrize("content", [b"{not json", b'{"db": "clinic.sqlite3"}'])
def test_a_damaged_pointer_is_said_by_every_command_and_kept(content):
    pointer = paths.pointer_path()
    pointer.parent.mkdir(parents=True)
    pointer.write_bytes(content)
    # A clinic at the default location must not be opened in the remembered one's place.
    paths.private_dir(paths.default_db_path().parent)
    assert run("init", "--db", str(paths.default_db_path())).returncode == 0
    said = _one_sentence(run("clients"))
    assert str(pointer) in said and "--db PATH" in said
    assert run("clients", "--db", str(paths.default_db_path())).returncode == 0
    assert pointer.read_bytes() == content


def test_a_clinic_remembered_on_a_missing_drive_is_said_with_the_pointer(tmp_path: Path):
    remembered = tmp_path / "usb" / "SMP" / "clinic.sqlite3"
    paths.remember_db_path(remembered)
    said = _one_sentence(run("backups"))
    assert f"The clinic remembered at {remembered} is missing" in said
    assert "clinic-location.json" in said and "--db PATH" in said
    assert json.loads(paths.pointer_path().read_text()) == {"db": str(remembered)}


def test_the_db_option_says_the_remembered_clinic_is_the_default_after_the_environment():
    text = " ".join(run("clients", "--help").stdout.split())
    assert "$SMPDESK_DB, else the clinic the first-run wizard remembered" in text
