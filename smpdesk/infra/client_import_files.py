"""Reading a spreadsheet of clients (CSV, TSV, TXT or .xlsx) as text cells, safely.

Any file may be crafted, so everything is bounded before it is believed: the
file's size, the number of rows, columns and characters in a cell, and for
.xlsx the sizes its zip declares (a "zip bomb" of a few kilobytes that unpacks
to gigabytes is refused before openpyxl opens it; defusedxml, which openpyxl
uses when installed, refuses XML entity tricks).  Every cell is cleaned by
:mod:`smpdesk.domain.text_safety`, so no escape sequence or bidi control from
a file reaches a screen.

**CSV.**  The encoding is read from a byte-order mark (UTF-8, UTF-16), else
strict UTF-8, else Windows-1252 (what Excel on Windows saves as "CSV").  The
delimiter is the one of "," ";" and tab that splits the first rows into the
same number of columns most often (Excel in continental Europe writes ";").
Quoted line breaks stay inside their cell.

**.xlsx.**  The first sheet with anything on it; date cells become ISO dates,
whole numbers lose Excel's ".0" (a phone number typed as a number reads
"447700900123", with the leading zeros a "00000000000" format shows), and a
header cell merged over several columns names each of them ("Name",
"Name (2)"), so :func:`smpdesk.domain.client_import.guess_mapping` can read
them as given and family name.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from pathlib import Path

from smpdesk.domain.client_import import SourceTable
from smpdesk.domain.text_safety import clean_line, clean_multiline
from smpdesk.errors import UserError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 32_767  # Excel's own limit for a cell
# A real .xlsx packs its XML about 5-20 times; a bomb thousands of times.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_PACKING_RATIO = 200
MAX_ZIP_MEMBERS = 10_000
SNIFF_CHARS = 64 * 1024
DELIMITERS = (",", ";", "\t")
TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
SAVE_AS = "Save it as CSV or .xlsx in your spreadsheet program, then import that file."


def read_table(path: Path) -> SourceTable:
    """The file's header and data rows as cleaned text; UserError with one sentence."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UserError(f"{path.name} is not a file; choose a CSV or .xlsx file.")
    except OSError:
        raise UserError(f"{path.name} could not be opened; check that it exists.") from None
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
            "save only the client columns, or split it into smaller files."
        )
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        raise UserError(f"{path.name} could not be read; check that it exists.") from None
    if suffix in XLSX_SUFFIXES or (suffix in TEXT_SUFFIXES and head.startswith(b"PK\x03\x04")):
        return _read_xlsx(path)
    if suffix in TEXT_SUFFIXES:
        return _read_text(path)
    kind = suffix.lstrip(".").upper() or "this kind of"
    raise UserError(f"{path.name} is a {kind} file, which cannot be imported. {SAVE_AS}")


# -- the rows, whatever the format ---------------------------------------------------


def _table(
    path: Path,
    rows: Iterable[tuple[int, list[str]]],
    *,
    encoding: str,
    delimiter: str,
    sheet: str,
    merged: dict[int, int] | None = None,
) -> SourceTable:
    """Header (the first row with anything in it) and the data rows below it, cleaned."""
    header: list[str] | None = None
    header_number = 0
    body: list[tuple[str, ...]] = []
    numbers: list[int] = []
    width = 0
    for number, raw in rows:
        if len(raw) > MAX_COLUMNS:
            if any(cell.strip() for cell in raw[MAX_COLUMNS:]):
                raise UserError(
                    f"Row {number} of {path.name} has more than {MAX_COLUMNS} columns; "
                    "save only the client columns and try again."
                )
            raw = raw[:MAX_COLUMNS]
        for cell in raw:
            if len(cell) > MAX_CELL_CHARS:
                raise UserError(
                    f"Row {number} of {path.name} has a cell longer than {MAX_CELL_CHARS} "
                    "characters; shorten it and try again."
                )
        if header is None:
            cells = [clean_line(cell) for cell in raw]
            if any(cells):
                header, header_number = cells, number
            continue
        cells = [clean_multiline(cell) for cell in raw]
        if not any(cells):
            continue
        if len(body) >= MAX_ROWS:
            raise UserError(
                f"{path.name} has more than {MAX_ROWS:,} rows; split it into smaller files."
            )
        body.append(tuple(cells))
        numbers.append(number)
        width = max(width, len(cells))
    if header is None:
        raise UserError(f"{path.name} is empty: there is no row to import.")
    if not body:
        raise UserError(f"{path.name} has only a header row: there are no clients below it.")
    for first, span in (merged or {}).items():
        if header_number and first < len(header) and header[first]:
            for extra in range(1, span):
                column = first + extra
                while len(header) <= column:
                    header.append("")
                if not header[column]:
                    header[column] = f"{header[first]} ({extra + 1})"
    width = max(width, len(header))
    used = [bool(header[i]) if i < len(header) else False for i in range(width)]
    for row_cells in body:
        for index, cell in enumerate(row_cells):
            if cell:
                used[index] = True
    width = max((i + 1 for i, flag in enumerate(used) if flag), default=0)
    headers = tuple((header + [""] * width)[:width])
    padded = tuple(cells[:width] + ("",) * (width - len(cells)) for cells in body)
    return SourceTable(
        file_name=path.name,
        headers=headers,
        rows=padded,
        row_numbers=tuple(numbers),
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
    )


# -- CSV and other text --------------------------------------------------------------


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """(text, encoding name) by the byte-order mark, else UTF-8, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:SNIFF_CHARS]:
        raise UserError(f"{path.name} does not look like a text file. {SAVE_AS}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(sample: str) -> str:
    """The delimiter that gives the most rows of one same column count (over one)."""
    lines = sample.splitlines()
    if len(sample) >= SNIFF_CHARS and len(lines) > 1:
        sample = "\n".join(lines[:-1])  # the last line may be cut in half
    best, best_score = ",", (-1, 0)
    for delimiter in DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
            counts = Counter(len(row) for row in reader if any(cell.strip() for cell in row))
        except csv.Error:
            continue
        if not counts:
            continue
        columns, rows = counts.most_common(1)[0]
        score = (rows if columns > 1 else 0, columns)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(path: Path) -> SourceTable:
    try:
        data = path.read_bytes()
    except OSError:
        raise UserError(f"{path.name} could not be read; check that it exists.") from None
    text, encoding = _decode(path, data)
    text = text.lstrip("\ufeff")
    delimiter = (
        "\t" if path.suffix.lower() in {".tsv", ".tab"} else sniff_delimiter(text[:SNIFF_CHARS])
    )
    return _table(
        path,
        _csv_rows(path, text, delimiter),
        encoding=encoding,
        delimiter=delimiter,
        sheet="",
    )


def _csv_rows(path: Path, text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        number = 0
        for number, row in enumerate(reader, start=1):
            yield number, row
    except csv.Error:
        raise UserError(
            f"Row {number + 1} of {path.name} could not be read (a cell too long, or a quote "
            "left open); check it in your spreadsheet program."
        ) from None
    finally:
        csv.field_size_limit(previous)


# -- .xlsx ---------------------------------------------------------------------------


def _check_zip(path: Path) -> None:
    """Refuse what is no zip, or a zip whose declared contents are absurd, before openpyxl."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UserError(f"{path.name} is not a readable .xlsx file. {SAVE_AS}") from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise UserError(f"{path.name} holds too many parts to be a spreadsheet; {SAVE_AS}")
    total = sum(m.file_size for m in members)
    bomb = total > MAX_UNPACKED_BYTES or any(
        m.file_size > 1024 * 1024 and m.file_size > MAX_PACKING_RATIO * max(m.compress_size, 1)
        for m in members
    )
    if bomb:
        raise UserError(
            f"{path.name} would unpack to far more than a spreadsheet holds, so it was not "
            "opened; save the sheet again as CSV or .xlsx and import that file."
        )


_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + (letter - 64)
    return index - 1


def _merged_in_row(path: Path, sheet_path: str, row: int) -> dict[int, int]:
    """{first column index: columns spanned} of the merges that start on ``row``.

    Read-only openpyxl does not load merges; they sit at the end of the sheet's XML,
    so the part is streamed (bounded, already checked by :func:`_check_zip`).
    """
    found: dict[int, int] = {}
    try:
        with zipfile.ZipFile(path) as archive, archive.open(sheet_path.lstrip("/")) as part:
            tail = b""
            while chunk := part.read(1024 * 1024):
                data = tail + chunk
                for match in _MERGE.finditer(data):
                    first_col, first_row, last_col, _last_row = match.groups()
                    if int(first_row) == row:
                        first = _column_index(first_col)
                        found[first] = _column_index(last_col) - first + 1
                tail = data[-200:]
    except (KeyError, OSError, zipfile.BadZipFile):
        return {}
    return found


def _cell_text(cell: object) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            return repr(value)
        whole = str(int(value))
        number_format = str(getattr(cell, "number_format", "") or "")
        if re.fullmatch(r"0{2,20}", number_format) and len(whole) < len(number_format):
            whole = whole.zfill(len(number_format))  # a phone's leading 0, as Excel shows it
        return whole
    return str(value)


def _read_xlsx(path: Path) -> SourceTable:
    _check_zip(path)
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style", data validation ...
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a broken or foreign file
        raise UserError(f"{path.name} is not a readable .xlsx file. {SAVE_AS}") from None
    try:
        for sheet in book.worksheets:
            if not hasattr(sheet, "iter_rows"):
                continue  # a chart sheet
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()  # a declared size of A1:XFD1048576 pads nothing
            rows = _sheet_rows(sheet)
            first = next(rows, None)
            if first is None:
                continue
            merged = _merged_in_row(path, str(getattr(sheet, "_worksheet_path", "")), first[0])
            return _table(
                path,
                _chain(first, rows),
                encoding="xlsx",
                delimiter="",
                sheet=str(sheet.title),
                merged=merged,
            )
    except UserError:
        raise
    except Exception:
        raise UserError(f"{path.name} is not a readable .xlsx file. {SAVE_AS}") from None
    finally:
        book.close()
    raise UserError(f"{path.name} is empty: there is no row to import.")


def _sheet_rows(sheet: object) -> Iterator[tuple[int, list[str]]]:
    """Rows with anything in them, with their sheet row numbers; blank ones left out."""
    for number, row in enumerate(sheet.iter_rows(), start=1):  # type: ignore[attr-defined]
        if len(row) > MAX_COLUMNS:
            row = (
                row[:MAX_COLUMNS]
                if not any(c.value not in (None, "") for c in row[MAX_COLUMNS:])
                else row
            )
        first_row = getattr(row[0], "row", None) if row else None
        cells = [_cell_text(cell) for cell in row]
        if any(cell.strip() for cell in cells):
            yield (first_row if isinstance(first_row, int) else number), cells


def _chain(
    first: tuple[int, list[str]], rest: Iterator[tuple[int, list[str]]]
) -> Iterator[tuple[int, list[str]]]:
    yield first
    yield from rest


__all__ = ["MAX_FILE_BYTES", "MAX_ROWS", "read_table", "sniff_delimiter"]
