"""``smpdesk import-clients``, ``import-batches`` and ``import-undo``, run as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import assert_user_error, new_clinic, run

CSV = (
    "Apellidos;Nombre;Fecha de nacimiento;Teléfono;Notas\n"
    "Pérez;Ana;27/03/1984;600 100 200;\n"
    "Pérez;Ana;27/03/1984;600 100 200;again\n"
    "García;;01/01/1980;;\n"
    "Núñez;Iñaki;31/02/1980;;\n"
)


def test_dry_run_import_list_and_undo(tmp_path: Path) -> None:
    path = new_clinic(tmp_path)
    source = tmp_path / "clientes.csv"
    source.write_bytes(CSV.encode("cp1252"))
    dry = run("import-clients", str(source), "--db", str(path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report == {
        "dry_run": True,
        "batch": None,
        "added": [{"row": 2, "client_id": None, "client_number": None,
                   "given_name": "Ana", "family_name": "Pérez"}],
        "duplicates": [{"row": 3, "given_name": "Ana", "family_name": "Pérez",
                        "reasons": ["name and date of birth", "phone"], "matches": [],
                        "rows": [2]}],
        "problems": [{"row": 4, "reason": "The given name is missing."},
                     {"row": 5, "reason": "The date of birth is not a date (31/02/1980)."}],
    }  # fmt: skip
    done = run("import-clients", str(source), "--db", str(path), "--map", "Notas=ignore",
               "--map", "3=date_of_birth", "--add-duplicates", "--month-first")  # fmt: skip
    assert done.returncode == 0, done.stderr
    # --month-first overrides what the column shows: 27/03/1984 is then no date.
    assert "0 clients added" in done.stdout
    assert "row 2: The date of birth is not a date (27/03/1984)." in done.stdout
    done = run("import-clients", str(source), "--db", str(path), "--map", "Notas=ignore",
               "--add-duplicates")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 clients added (import 1)" in done.stdout
    assert "row 3: Ana Pérez may be row 2 (same name and date of birth and phone)" in done.stdout
    listed = json.loads(run("clients", "--db", str(path), "--json").stdout)
    assert [(c["client_number"], c["date_of_birth"]) for c in listed] == [
        ("C00001", "1984-03-27"),
        ("C00002", "1984-03-27"),
    ]
    batches = run("import-batches", "--db", str(path), "--json")
    (batch,) = json.loads(batches.stdout)
    assert batch["batch"] == 1 and batch["file_name"] == "clientes.csv"
    assert batch["undone_at"] is None
    undo = run("import-undo", "1", "--db", str(path))
    assert undo.returncode == 0, undo.stderr
    assert "Import 1 undone" in undo.stdout
    assert_user_error(run("import-undo", "1", "--db", str(path)), "undone already")
    assert json.loads(run("clients", "--db", str(path), "--json").stdout) == []


def test_bad_input_is_one_sentence(tmp_path: Path) -> None:
    path = new_clinic(tmp_path)
    source = tmp_path / "list.csv"
    source.write_text("Name,Phone\nBo Lund,07700 900111\n", encoding="utf-8")
    assert_user_error(run("import-clients", str(source), "--db", str(path), "--map", "9=phone"),
                      "no column 9")  # fmt: skip
    assert_user_error(run("import-clients", str(source), "--db", str(path), "--map", "1=shoe"),
                      "is not one of")  # fmt: skip
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    assert_user_error(run("import-clients", str(old), "--db", str(path)), "Save it as CSV")
    assert_user_error(run("import-undo", "5", "--db", str(path)), "no import 5")
