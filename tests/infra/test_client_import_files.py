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


# -- review findings: hostile workbooks, stray bytes, open quotes, file names ---------


def test_a_header_merged_across_every_column_stops_at_the_column_limit(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Name"
    sheet.merge_cells("A1:XFD1")  # 16,384 columns: padding each row to it costs gigabytes
    sheet.append(["Ann", "Lee"])
    sheet.append(["Bo", "Lund"])
    path = tmp_path / "merged.xlsx"
    book.save(path)
    table = read_table(path)
    assert len(table.headers) == files.MAX_COLUMNS
    assert table.headers[:3] == ("Name", "Name (2)", "Name (3)")
    assert table.headers[-1] == f"Name ({files.MAX_COLUMNS})"
    assert all(len(row) == files.MAX_COLUMNS for row in table.rows)
    assert table.rows[0][:2] == ("Ann", "Lee")


def _with_sheet(tmp_path: Path, sheet_xml: bytes, name: str = "crafted.xlsx") -> Path:
    """A workbook openpyxl saved, its first sheet's XML swapped for ``sheet_xml``."""
    book = openpyxl.Workbook()
    book.active["A1"] = "Name"
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    path = tmp_path / name
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml
            out.writestr(member.filename, data)
    return path


def _sheet_xml(rows: list[str], prefix: str = "") -> bytes:
    p = f"{prefix}:" if prefix else ""
    ns = f"xmlns{':' + prefix if prefix else ''}"
    return (
        f'<{p}worksheet {ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<{p}sheetData>{''.join(rows)}</{p}sheetData></{p}worksheet>"
    ).encode()


def _row(number: int, cells: int, p: str = "") -> str:
    p = f"{p}:" if p else ""
    body = "".join(f'<{p}c r="C{number}" s="{i % 7}"/>' for i in range(cells))
    return f'<{p}row r="{number}">{body}</{p}row>'


NAMES = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Ann Lee</t></is></c></row>'
)


@pytest.mark.parametrize("prefix", ["", "x"])
def test_a_row_of_thousands_of_empty_cells_is_refused_before_openpyxl(
    tmp_path, monkeypatch, prefix
):
    rows = [NAMES.replace("<", f"<{prefix}:").replace(f"<{prefix}:/", f"</{prefix}:")
            if prefix else NAMES, _row(3, files.MAX_ROW_CELLS + 1, prefix)]  # fmt: skip
    path = _with_sheet(tmp_path, _sheet_xml(rows, prefix))
    opened = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: opened.append(a))
    with pytest.raises(
        UserError, match=f"A row of crafted.xlsx has more than {files.MAX_ROW_CELLS}"
    ):
        read_table(path)
    assert opened == []


def test_rows_of_ordinary_width_pass_the_cell_count_but_not_too_many_in_all(tmp_path, monkeypatch):
    rows = [NAMES] + [_row(n, files.MAX_ROW_CELLS, "") for n in range(3, 13)]
    path = _with_sheet(tmp_path, _sheet_xml(rows))
    assert read_table(path).rows == (("Ann Lee",),)  # 800 empty cells a row: read
    monkeypatch.setattr(files, "MAX_ROWS", 20)  # 20 x 200 = 4,000 cells, fewer than the file's
    with pytest.raises(UserError, match="more than 4,000 cells"):
        read_table(path)


def test_a_sheet_part_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    path = _with_sheet(tmp_path, _sheet_xml([NAMES, _row(3, 500, "")]))
    monkeypatch.setattr(files, "MAX_PART_BYTES", 4096)
    with pytest.raises(UserError, match="holds a sheet far larger than a list of clients"):
        read_table(path)


def test_a_part_larger_than_its_zip_entry_says_is_stopped_while_streaming(tmp_path, monkeypatch):
    path = _with_sheet(tmp_path, _sheet_xml([NAMES, _row(3, 500, "")]))
    files._check_zip(path)  # declared sizes are fine
    monkeypatch.setattr(files, "MAX_PART_BYTES", 4096)
    monkeypatch.setattr(files, "_check_zip", lambda path: None)  # as if the entry lied
    with pytest.raises(UserError, match="holds a sheet far larger"):
        read_table(path)


def test_one_stray_byte_in_a_utf8_file_garbles_nothing(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("Given name,Family name\nJosé,Smith\nRenée,Doe\nŁukasz,Żółw\n".encode()
                     .replace("Ren\xc3\xa9e".encode("latin-1"), b"Ren\xe9e"))  # fmt: skip
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert table.rows == (("José", "Smith"), ("Ren\ufffde", "Doe"), ("Łukasz", "Żółw"))


def test_a_windows_1252_file_is_still_read_as_windows_1252(tmp_path):
    path = _write(tmp_path, "kunden.csv", "Name;Ort\nRenée Müller;Köln\nJosé Pérez;Málaga\n",
                  "cp1252")  # fmt: skip
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.rows == (("Renée Müller", "Köln"), ("José Pérez", "Málaga"))


def test_a_quote_left_open_at_the_end_is_refused_naming_its_row(tmp_path):
    path = _write(tmp_path, "quote.csv", 'Given name,Family name\n"Ann,Smith\nBob,Jones\n', "utf-8")
    with pytest.raises(UserError, match=r'Row 2 of quote\.csv opens a quote \(".*never closed'):
        read_table(path)
    no_newline = _write(tmp_path, "q2.csv", 'Name,Phone\nAnn Lee,1\nBo Lund,"2', "utf-8")
    with pytest.raises(UserError, match=r"Row 3 of q2\.csv opens a quote"):
        read_table(no_newline)


def test_a_quote_closed_rows_later_is_refused_too(tmp_path):
    text = 'Given,Family,Phone\nAnn,"Lee,1\nBo,Lund,2\nCy,Park,3\nDi,Vance",4\nEd,Ng,5\n'
    with pytest.raises(UserError, match=r"Row 2 of late\.csv opens a quote"):
        read_table(_write(tmp_path, "late.csv", text, "utf-8"))


def test_multi_line_addresses_with_commas_still_read(tmp_path):
    text = (
        "Name,Address,Phone\n"
        'Ann Lee,"Flat 2, Block B,\n10 High St, Camden,\nLondon, UK",0207\n'
        'Bo Lund,"1 Main St",0208\n'
    )
    table = read_table(_write(tmp_path, "addr.csv", text, "utf-8"))
    assert table.rows == (
        ("Ann Lee", "Flat 2, Block B,\n10 High St, Camden,\nLondon, UK", "0207"),
        ("Bo Lund", "1 Main St", "0208"),
    )


def test_the_file_name_loses_escapes_and_bidi_controls(tmp_path):
    path = _write(tmp_path, "Jane \x1b[31mred\x1b[0m \u202eelif.csv", "Name\nAnn Lee\n", "utf-8")
    assert read_table(path).file_name == "Jane red elif.csv"
    empty = _write(tmp_path, "x\u202e\x1b[2J.csv", "", "utf-8")
    with pytest.raises(UserError) as refused:
        read_table(empty)
    assert "\x1b" not in str(refused.value) and "\u202e" not in str(refused.value)
