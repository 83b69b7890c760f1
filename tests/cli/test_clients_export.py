"""``smpdesk clients export`` (issue 19): what ``smpdesk clients`` lists, to CSV or .xlsx."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl

from tests.cli.test_cli import assert_user_error, new_clinic, run

HEADERS = [
    "Client number",
    "Given name",
    "Family name",
    "Preferred name",
    "Date of birth",
    "Sex",
    "Phone",
    "Email",
    "Address",
    "Archived",
    "Language",
]


def _add(db: Path, given: str, family: str, *more: str) -> str:
    result = run("clients", "add", "--db", str(db), "--given", given, "--family", family, *more)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _clinic(tmp_path: Path) -> Path:
    db = new_clinic(tmp_path)
    _add(db, "Ola", "Bråthen", "--dob", "1984-03-27", "--phone", "0770 0900123")
    _add(db, "Ada", "Lovelace", "--notes", "keloid history", "--address", "1 St James's Sq")
    _add(db, "=1+2", "Formula")
    return db


def test_csv_of_the_whole_list_and_json_report(tmp_path):
    db = _clinic(tmp_path)
    target = tmp_path / "all.csv"
    result = run("clients", "export", "--db", str(db), "-o", str(target), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"file": str(target), "format": "csv", "clients": 3}
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0] == HEADERS
    assert [r[2] for r in rows[1:]] == ["Bråthen", "Formula", "Lovelace"]  # as `clients` lists
    assert rows[1][4] == "1984-03-27" and rows[3][8] == "1 St James's Sq"
    assert rows[2][1] == "'=1+2"  # no spreadsheet runs it
    assert b"keloid" not in target.read_bytes()


def test_xlsx_with_the_listings_search_option(tmp_path):
    db = _clinic(tmp_path)
    target = tmp_path / "found.xlsx"
    listed = run("clients", "--db", str(db), "--search", "lovelace", "--json")
    result = run("clients", "export", "--db", str(db), "-o", str(target), "--search", "lovelace")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    assert "1 client exported" in result.stderr
    sheet = openpyxl.load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert [row[0] for row in values[1:]] == [c["client_number"] for c in json.loads(listed.stdout)]
    # Given before the subcommand, as `smpdesk clients --search` takes it, it still counts.
    before = tmp_path / "before.xlsx"
    result = run("clients", "--search", "formula", "export", "--db", str(db), "-o", str(before))
    assert result.returncode == 0, result.stderr
    formula = openpyxl.load_workbook(before).active["B2"]
    assert (formula.value, formula.data_type) == ("=1+2", "s")


def test_archived_clients_only_when_asked(tmp_path):
    db = _clinic(tmp_path)
    active = tmp_path / "active.csv"
    assert run("clients", "export", "--db", str(db), "-o", str(active)).returncode == 0
    assert all(row.endswith(",No,") for row in active.read_text("utf-8-sig").splitlines()[1:])
    every = tmp_path / "every.csv"
    result = run(
        "clients", "export", "--db", str(db), "-o", str(every), "--archived", "all", "--json"
    )
    assert json.loads(result.stdout)["clients"] == 3


def test_never_over_the_database_nor_an_existing_file_without_force(tmp_path):
    db = _clinic(tmp_path)
    before = db.read_bytes()
    result = run("clients", "export", "--db", str(db), "-o", str(db), "--force")
    assert_user_error(result, "clinic database")
    assert db.read_bytes() == before
    kept = tmp_path / "kept.xlsx"
    kept.write_text("mine")
    assert_user_error(run("clients", "export", "--db", str(db), "-o", str(kept)), "already exists")
    assert kept.read_text() == "mine"
    assert run("clients", "export", "--db", str(db), "-o", str(kept), "--force").returncode == 0
    assert openpyxl.load_workbook(kept).active["A1"].value == "Client number"
    assert_user_error(
        run("clients", "export", "--db", str(db), "-o", str(tmp_path / "list.ods")),
        ".csv or .xlsx",
    )
