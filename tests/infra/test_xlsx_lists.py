"""Workbooks of text cells (smpdesk.infra.xlsx_lists): what a spreadsheet reads back."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from smpdesk.infra.xlsx_lists import MAX_CELL, cell_text, xlsx_bytes

HEADERS = ("Name", "Phone", "Date of birth", "Note")
TRICKY = [
    ('=HYPERLINK("http://evil.example","Click")', "+44 7700 900123", "1984-03-27", "#N/A"),
    ("=1+1", "0770 0900123", "2001-01-02", "@SUM(A1)"),
    ("Bråthen & <Łukasz>", "-5", "", "  spaced  "),
    ("Line one\nline two", "007", "1999-12-31", "a\r\nb"),
    ("bell\x07 and \x1b escape", "12", "", "#DIV/0!"),
]


def _read(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_every_value_reads_back_as_the_same_text_never_a_formula():
    sheet = _read(xlsx_bytes(HEADERS, TRICKY, sheet="Clients")).active
    assert sheet.title == "Clients"
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == len(TRICKY)
    for written, row in zip(TRICKY, rows, strict=True):
        for value, cell in zip(written, row, strict=False):
            text = cell_text(value)
            if not text:
                assert cell.value is None
                continue
            # openpyxl would type "=…" as a formula ("f") and "#N/A" as an error ("e").
            assert (cell.data_type, cell.value) == ("s", text)
    assert rows[0][0].value == '=HYPERLINK("http://evil.example","Click")'
    assert rows[1][1].value == "0770 0900123"  # leading zero kept: not a number
    assert rows[0][2].value == "1984-03-27"  # not a date serial
    assert rows[3][3].value == "a\r\nb" and rows[2][3].value == "  spaced  "
    assert rows[4][0].value == "bell and  escape"  # characters XML cannot hold dropped


def test_the_sheet_itself_holds_no_formula_element():
    data = xlsx_bytes(HEADERS, TRICKY)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        sheet = package.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet
    assert 't="e"' not in sheet


def test_header_bold_and_frozen_columns_sized():
    widths = (30, 18, 14, 80)
    sheet = _read(xlsx_bytes(HEADERS, TRICKY, widths=widths)).active
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert all(c.font.b for c in sheet[1])
    assert not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    assert [sheet.column_dimensions[c].width for c in "ABCD"] == [30, 18, 14, 60]  # capped
    default = _read(xlsx_bytes(HEADERS, [])).active
    assert default.column_dimensions["C"].width == len("Date of birth") + 4
    assert default.max_row == 1


def test_read_only_mode_reads_the_same_rows():
    """The importer reads workbooks in openpyxl's read-only (streaming) mode."""
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(HEADERS, TRICKY)), read_only=True)
    values = list(book.active.iter_rows(values_only=True))
    assert values[0] == HEADERS
    assert values[1][0] == '=HYPERLINK("http://evil.example","Click")' and values[1][3] == "#N/A"


def test_long_text_is_cut_at_excels_limit_and_progress_is_reported():
    seen: list[int] = []
    rows = [("x" * (MAX_CELL + 10), str(i)) for i in range(2500)]
    sheet = _read(xlsx_bytes(("A", "B"), rows, progress=seen.append)).active
    assert len(sheet["A2"].value) == MAX_CELL
    assert sheet.max_row == 2501 and sheet["B2501"].value == "2499"
    assert seen == [1000, 2000]


def test_a_raising_progress_stops_the_workbook():
    def stop(_rows: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        xlsx_bytes(("A",), [(str(i),) for i in range(1500)], progress=stop)
