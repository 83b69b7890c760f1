"""Reading clients' spreadsheets: encodings, delimiters, .xlsx cells, and hostile files."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import openpyxl
import pytest

from smpdesk.errors import UserError
from smpdesk.infra import client_import_files as files
from smpdesk.infra.client_import_files import read_table


def _write(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


EXCEL_DE = (
    "Nachname;Vorname;Geburtsdatum;Adresse\r\n"
    'Müller;Jürgen;27.03.1984;"Hauptstr. 1, Hinterhaus\r\n10115 Berlin"\r\n'
    "\r\n"
    "Pérez;Ana;02.01.1990;Calle Mayor 3, Madrid\r\n"
)


@pytest.mark.parametrize(
    ("encoding", "expected"), [("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"),
                               ("utf-16", "utf-16"), ("utf-8", "utf-8")],
)  # fmt: skip
def test_excel_csv_with_semicolons_in_any_encoding(tmp_path, encoding, expected):
    table = read_table(_write(tmp_path, "kunden.csv", EXCEL_DE, encoding))
    assert table.encoding == expected
    assert table.delimiter == ";"
    assert table.headers == ("Nachname", "Vorname", "Geburtsdatum", "Adresse")
    assert table.rows == (
        ("Müller", "Jürgen", "27.03.1984", "Hauptstr. 1, Hinterhaus\n10115 Berlin"),
        ("Pérez", "Ana", "02.01.1990", "Calle Mayor 3, Madrid"),
    )
    assert table.row_numbers == (2, 4)  # the blank row 3 is skipped, not renumbered
    assert table.file_name == "kunden.csv" and table.sheet == ""


def test_comma_csv_utf8_polish_and_cleaned_cells(tmp_path):
    text = (
        "Imię,Nazwisko,Telefon\n"
        'Łukasz,Żółkiewski,"+48 600 100 200"\n'
        "Zofia\x1b[2J,Wiśniewska\u202e,\n"
    )
    table = read_table(_write(tmp_path, "klienci.csv", text, "utf-8"))
    assert table.delimiter == ","
    assert table.rows == (
        ("Łukasz", "Żółkiewski", "+48 600 100 200"),
        ("Zofia", "Wiśniewska", ""),
    )


def test_rows_are_padded_and_tab_files_read(tmp_path):
    table = read_table(_write(tmp_path, "list.tsv", "Name\tPhone\nAnn Lee\nBo Lund\t123\textra\n",
                              "utf-8"))  # fmt: skip
    assert table.delimiter == "\t"
    assert table.headers == ("Name", "Phone", "")
    assert table.rows == (("Ann Lee", "", ""), ("Bo Lund", "123", "extra"))


def _xlsx(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    empty = book.active
    empty.title = "Empty"
    sheet = book.create_sheet("Clients")
    sheet["B2"] = "Name"
    sheet.merge_cells("B2:C2")
    sheet["D2"] = "Date of birth"
    sheet["E2"] = "Mobile"
    sheet["F2"] = "Landline"
    sheet.append(
        [None, "Jürgen", "Müller", datetime.datetime(1984, 3, 27), 447700900123, 7700900124]
    )
    sheet["F3"].number_format = "00000000000"
    sheet.append([])
    sheet.append([None, "Ana", "Pérez", datetime.date(1990, 1, 2), 12.5, None])
    path = tmp_path / "clients.xlsx"
    book.save(path)
    return path


def test_xlsx_merged_headers_dates_and_phone_numbers(tmp_path):
    table = read_table(_xlsx(tmp_path))
    assert table.sheet == "Clients" and table.encoding == "xlsx" and table.delimiter == ""
    assert table.headers == ("", "Name", "Name (2)", "Date of birth", "Mobile", "Landline")
    assert table.rows == (
        ("", "Jürgen", "Müller", "1984-03-27", "447700900123", "07700900124"),
        ("", "Ana", "Pérez", "1990-01-02", "12.5", ""),
    )
    assert table.row_numbers == (3, 5)


def test_a_zip_bomb_is_refused_before_openpyxl_opens_it(tmp_path, monkeypatch):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    opened = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: opened.append(a))
    with pytest.raises(UserError, match="would unpack to far more"):
        read_table(path)
    assert opened == []


@pytest.mark.parametrize("name", ["old.xls", "sheet.numbers", "sheet.ods", "notes.docx"])
def test_other_spreadsheets_are_asked_for_as_csv_or_xlsx(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0whatever")
    with pytest.raises(UserError, match=r"Save it as CSV or \.xlsx"):
        read_table(path)


def test_broken_and_binary_files_are_one_sentence(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(UserError, match=r"not a readable \.xlsx"):
        read_table(fake)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"a,b\n\x00\x01\x02")
    with pytest.raises(UserError, match="does not look like a text file"):
        read_table(binary)
    with pytest.raises(UserError, match="could not be opened"):
        read_table(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("\n  \n")
    with pytest.raises(UserError, match="is empty"):
        read_table(empty)
    empty.write_text("Name;Phone\n;\n")
    with pytest.raises(UserError, match="only a header row"):
        read_table(empty)


def test_size_row_and_cell_limits(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_ROWS", 3)
    many = _write(tmp_path, "many.csv", "Name\n" + "Ann Lee\n" * 4, "utf-8")
    with pytest.raises(UserError, match="more than 3 rows"):
        read_table(many)
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 10)
    with pytest.raises(UserError, match="larger than"):
        read_table(many)
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 50 * 1024 * 1024)
    long = _write(tmp_path, "long.csv", "Name\n" + "x" * (files.MAX_CELL_CHARS + 5), "utf-8")
    with pytest.raises(UserError, match=r"could not be read|longer than"):
        read_table(long)
