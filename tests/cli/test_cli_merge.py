"""``smpdesk clients duplicates`` and ``clients merge``, run as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import assert_user_error, new_clinic, run


def _add(path: Path, *extra: str) -> str:
    result = run("clients", "add", "--db", str(path), *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_duplicates_and_merge(tmp_path: Path) -> None:
    path = new_clinic(tmp_path)
    first = _add(path, "--given", "Ann", "--family", "Smith", "--dob", "1985-03-14")
    # The clinic's date style (uk by default) is read too; ISO keeps working.
    second = _add(path, "--given", "Anne", "--family", "Smith", "--dob", "14/03/1985")
    _add(path, "--given", "Bo", "--family", "Lund")
    listed = run("clients", "duplicates", "--db", str(path), "--json")
    assert listed.returncode == 0, listed.stderr
    pairs = json.loads(listed.stdout)
    assert [(p["first"]["id"], p["second"]["id"], p["reasons"]) for p in pairs] == [
        (int(first), int(second), ["name and date of birth"])
    ]
    assert pairs[0]["second"]["date_of_birth"] == "1985-03-14"

    refused = run("clients", "merge", "--db", str(path), "--keep", first, "--merge", second)
    assert_user_error(refused, "add --yes")
    merged = run(
        "clients",
        "merge",
        "--db",
        str(path),
        "--keep",
        f"C{int(first):05d}",
        "--merge",
        second,
        "--yes",
    )
    assert merged.returncode == 0, merged.stderr
    assert "Merged C00002 into C00001" in merged.stdout
    again = run("clients", "duplicates", "--db", str(path))
    assert again.returncode == 0 and again.stdout.strip() == ""
    twice = run("clients", "merge", "--db", str(path), "--keep", first, "--merge", second, "--yes")
    assert_user_error(twice, "already merged")
    check = run("check", "--db", str(path))
    assert check.returncode == 0, check.stdout + check.stderr
