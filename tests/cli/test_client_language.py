"""``clients add --language`` and the ``language`` field of ``clients --json`` (issue 20, L1).

Run as a real subprocess, as clinics' scripts run it.
"""

from __future__ import annotations

import json

from tests.cli.test_cli import new_clinic, run


def _listed(path) -> dict[str, dict[str, object]]:
    result = run("clients", "--db", str(path), "--json")
    assert result.returncode == 0, result.stderr
    return {row["family_name"]: row for row in json.loads(result.stdout)}


def test_a_client_added_with_a_language_lists_it_in_the_json(tmp_path):
    path = new_clinic(tmp_path)
    added = run(
        "clients", "add", "--db", str(path), "--given", "Łukasz", "--family", "Żółkiewski",
        "--language", "pl",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    plain = run("clients", "add", "--db", str(path), "--given", "Ada", "--family", "Lovelace")
    assert plain.returncode == 0, plain.stderr
    listed = _listed(path)
    assert listed["Żółkiewski"]["language"] == "pl"
    assert listed["Żółkiewski"]["id"] == int(added.stdout)
    assert listed["Lovelace"]["language"] == ""  # the clinic's own
    # Added, never renamed: every field a script read before is still there.
    assert set(listed["Lovelace"]) == {
        "id", "client_number", "given_name", "family_name", "preferred_name",
        "date_of_birth", "phone", "email", "archived", "language",
    }  # fmt: skip


def test_a_language_smpdesk_does_not_write_in_is_refused_and_nothing_is_added(tmp_path):
    path = new_clinic(tmp_path)
    refused = run(
        "clients", "add", "--db", str(path), "--given", "Marie", "--family", "Dupré",
        "--language", "fr",
    )  # fmt: skip
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert "--language" in refused.stderr and "pl" in refused.stderr
    assert _listed(path) == {}


def test_the_help_names_the_choices(tmp_path):
    shown = run("clients", "add", "--help")
    assert shown.returncode == 0
    assert "--language CODE" in shown.stdout
    assert "en, es, de, pl" in " ".join(shown.stdout.split())
