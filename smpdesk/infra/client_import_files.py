"""Reading a spreadsheet of clients (CSV, TSV, TXT or .xlsx) as text cells, safely.

Any file may be crafted, so everything is bounded before it is believed: the
file's size, the number of rows, columns and characters in a cell, and for
.xlsx the sizes its zip declares (a "zip bomb" of a few kilobytes that unpacks
to gigabytes is refused before openpyxl opens it, and so is a sheet over 200 MB
or with more than 800 cells in one row, counted by streaming its XML; defusedxml,
which openpyxl uses when installed, refuses XML entity tricks).  A header merged
across columns names at most :data:`MAX_COLUMNS` of them.  Every cell is cleaned by
:mod:`smpdesk.domain.text_safety`, so no escape sequence or bidi control from
a file reaches a screen.

**CSV.**  The encoding is read from a byte-order mark (UTF-8, UTF-16), else
strict UTF-8, else UTF-8 with the odd unreadable byte (more good multi-byte
sequences than bad bytes; the rows holding U+FFFD are refused by the import),
else Windows-1252 (what Excel on Windows saves as "CSV").  A quote left open
(the rest of the file read into one cell) is refused, naming its row.  The
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
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 32_767  # Excel's own limit for a cell
# A real .xlsx packs its XML about 5-20 times; a bomb thousands of times.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
# One part (a sheet, the shared strings): 200,000 rows of 200 short cells fit well
# under this; openpyxl reads a part without lxml, so a bigger one costs minutes.
MAX_PART_BYTES = 200 * 1024 * 1024
# Cells in one <row> of a sheet, counted before openpyxl reads it: openpyxl holds a
# whole row in memory, so a row of millions of empty styled cells costs gigabytes.
MAX_ROW_CELLS = 4 * 200
SCAN_CHUNK = 1024 * 1024
MAX_PACKING_RATIO = 200
MAX_ZIP_MEMBERS = 10_000
SNIFF_CHARS = 64 * 1024
DELIMITERS = (",", ";", "\t")
TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
SAVE_AS = "Save it as CSV or .xlsx in your spreadsheet program, then import that file."


def _name(path: Path) -> str:
    """The file's name as stored and shown: no escape sequence or bidi control of it."""
    return clean_line(path.name)


def read_table(path: Path) -> SourceTable:
    """The file's header and data rows as cleaned text; UserError with one sentence."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UserError(
                QT_TRANSLATE_NOOP("core", "{file} is not a file; choose a CSV or .xlsx file."),
                file=_name(path),
            )
    except OSError:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{file} could not be opened; check that it exists."),
            file=_name(path),
        ) from None
    if size > MAX_FILE_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} is larger than {megabytes} MB; save only the client "
                "columns, or split it into smaller files.",
            ),
            file=_name(path),
            megabytes=MAX_FILE_BYTES // (1024 * 1024),
        )
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{file} could not be read; check that it exists."),
            file=_name(path),
        ) from None
    if suffix in XLSX_SUFFIXES or (suffix in TEXT_SUFFIXES and head.startswith(b"PK\x03\x04")):
        return _read_xlsx(path)
    if suffix in TEXT_SUFFIXES:
        return _read_text(path)
    kind = suffix.lstrip(".").upper() or "this kind of"
    raise UserError(
        QT_TRANSLATE_NOOP(
            "core",
            "{file} is a {kind} file, which cannot be imported. Save it as CSV or "
            ".xlsx in your spreadsheet program, then import that file.",
        ),
        file=_name(path),
        kind=kind,
    )


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
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Row {number} of {file} has more than {columns} columns; save only "
                        "the client columns and try again.",
                    ),
                    number=number,
                    file=_name(path),
                    columns=MAX_COLUMNS,
                )
            raw = raw[:MAX_COLUMNS]
        for cell in raw:
            if len(cell) > MAX_CELL_CHARS:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Row {number} of {file} has a cell longer than {characters} "
                        "characters; shorten it and try again.",
                    ),
                    number=number,
                    file=_name(path),
                    characters=MAX_CELL_CHARS,
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
                QT_TRANSLATE_NOOP(
                    "core",
                    "{file} has more than {rows} rows; split it into smaller files.",
                ),
                file=_name(path),
                rows=f"{MAX_ROWS:,}",
            )
        body.append(tuple(cells))
        numbers.append(number)
        width = max(width, len(cells))
    if header is None:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{file} is empty: there is no row to import."),
            file=_name(path),
        )
    if not body:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} has only a header row: there are no clients below it.",
            ),
            file=_name(path),
        )
    for first, span in (merged or {}).items():
        if header_number and first < len(header) and header[first]:
            # A merge may span to column XFD (16,384): never past the column limit.
            for extra in range(1, min(span, MAX_COLUMNS - first)):
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
        file_name=_name(path),  # stored and shown: no escapes, no bidi tricks
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
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} does not look like a text file. Save it as CSV or .xlsx in "
                "your spreadsheet program, then import that file.",
            ),
            file=_name(path),
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few stray bytes (pasted from elsewhere) is still UTF-8:
    # reading it all as Windows-1252 would garble every accented name silently.  The
    # unreadable characters become U+FFFD, and the rows holding them are refused by
    # the import (smpdesk/app/client_import.py).  Only a file with no multi-byte
    # UTF-8 sequence, or more broken bytes than good sequences, is Windows-1252.
    multibyte = len(_UTF8_MULTIBYTE.findall(data))
    if multibyte:
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") <= multibyte:
            return text, "utf-8"
    return data.decode("cp1252", errors="replace"), "cp1252"


# A valid UTF-8 sequence of two to four bytes (no overlong forms, no surrogates).  In a
# Windows-1252 file these need two or more accented letters or symbols side by side in
# exactly UTF-8's pattern (as in "Ã©"), which names almost never hold.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


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
        raise UserError(
            QT_TRANSLATE_NOOP("core", "{file} could not be read; check that it exists."),
            file=_name(path),
        ) from None
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


# Put after the text: a quote left open at the end swallows it into its cell.
_END = "\ue000smpdesk-end-of-file\ue000"


def _open_quote(path: Path, number: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "core",
            'Row {number} of {file} opens a quote (") that is never closed, so the '
            "rows below it would be read as one cell; close or remove that quote "
            "in your spreadsheet program and try again.",
        ),
        number=number,
        file=_name(path),
    )


def _swallowed_rows(cells: list[str], delimiter: str, columns: int) -> bool:
    """Does a cell hold lines that look like whole rows (a quote opened too early)?

    A line looks like a row of the file (of three columns or more) when it has as
    many delimiters as a row, none followed by a space: spreadsheets write "a,b,c",
    while an address typed over lines reads "Flat 2, High St," (people put a space
    after a comma).  Two such lines in one cell are rows swallowed by a quote.
    """
    if columns < 3:
        return False
    typed = delimiter + " "
    for cell in cells:
        if "\n" in cell and cell.count(delimiter) >= 2 * (columns - 1):
            lines = [
                line
                for line in cell.split("\n")
                if line.count(delimiter) >= columns - 1 and typed not in line
            ]
            if len(lines) >= 2:
                return True
    return False


def _csv_rows(path: Path, text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    end = _END if _END not in text else _END * 2
    if text and not text.endswith(("\n", "\r")):
        text += "\n"
    try:
        reader = csv.reader(io.StringIO(text + end + "\n", newline=""), delimiter=delimiter)
        number = 0
        columns = 0
        for number, row in enumerate(reader, start=1):
            if row == [end]:
                break  # the text ended outside any quote
            if row and end in row[-1]:
                raise _open_quote(path, number)  # the record's row: where the quote opens
            if not columns and any(cell.strip() for cell in row):
                columns = len(row)
            elif _swallowed_rows(row, delimiter, columns):
                raise _open_quote(path, number)
            yield number, row
    except csv.Error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "Row {number} of {file} could not be read (a cell too long, or a quote "
                "left open); check it in your spreadsheet program.",
            ),
            number=number + 1,
            file=_name(path),
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
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} is not a readable .xlsx file. Save it as CSV or .xlsx in your "
                "spreadsheet program, then import that file.",
            ),
            file=_name(path),
        ) from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} holds too many parts to be a spreadsheet; Save it as CSV or "
                ".xlsx in your spreadsheet program, then import that file.",
            ),
            file=_name(path),
        )
    total = sum(m.file_size for m in members)
    bomb = total > MAX_UNPACKED_BYTES or any(
        m.file_size > 1024 * 1024 and m.file_size > MAX_PACKING_RATIO * max(m.compress_size, 1)
        for m in members
    )
    if bomb:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} would unpack to far more than a spreadsheet holds, so it was "
                "not opened; save the sheet again as CSV or .xlsx and import that file.",
            ),
            file=_name(path),
        )
    if any(m.file_size > MAX_PART_BYTES for m in members):
        raise _too_large(path)


def _too_large(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "core",
            "{file} holds a sheet far larger than a list of clients, so it was not "
            "opened; save only the client columns as CSV or .xlsx and import that "
            "file.",
        ),
        file=_name(path),
    )


# The start of a <row> or a <c> (cell) element, with or without a namespace prefix.
_ROW_OR_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,40}:)?(row|c)[\s/>]")
_LONGEST_TAG = 64  # bytes: a match never runs longer, so a chunk's last 64 wait for the next


def _scan_cells(path: Path) -> None:
    """Refuse a workbook with absurdly many cells in a row, or in all, before openpyxl.

    openpyxl (without lxml) keeps a whole row in memory, and reads a whole sheet
    once just to find its size when the sheet does not declare it; a row of millions
    of empty cells with styles packs 70 to 1 into a small file.  So every part is
    streamed a megabyte at a time and its ``<row>`` and ``<c>`` tags counted (every
    part: the workbook may name any part as a sheet).  A part that is no sheet has
    none of these tags, and 20,000 rows of 10 cells take a fraction of a second.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for member in archive.infolist():
                if not member.is_dir():
                    total = _scan_part(path, archive, member.filename, total)
    except UserError:
        raise
    except (KeyError, OSError, zipfile.BadZipFile, EOFError, ValueError, RuntimeError):
        return  # openpyxl then says the file is not readable, in its own sentence


def _scan_part(path: Path, archive: zipfile.ZipFile, name: str, total: int) -> int:
    """Count one part's cells onto ``total``; UserError past a limit."""
    with archive.open(name) as part:
        tail = b""
        in_row = size = 0
        done = False
        while not done:
            chunk = part.read(SCAN_CHUNK)
            size += len(chunk)
            if size > MAX_PART_BYTES:  # more than its zip entry declared: a crafted file
                raise _too_large(path)
            done = not chunk
            data = tail + chunk
            cut = len(data) if done else max(len(data) - _LONGEST_TAG, 0)
            for match in _ROW_OR_CELL.finditer(data):
                if match.start() >= cut:
                    break
                if match.group(1) == b"row":
                    in_row = 0
                    continue
                in_row += 1
                total += 1
                if in_row > MAX_ROW_CELLS:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "A row of {file} has more than {cells} cells, far more than a "
                            "list of clients, so it was not opened; save only the client columns "
                            "and import that file.",
                        ),
                        file=_name(path),
                        cells=MAX_ROW_CELLS,
                    )
            if total > MAX_ROWS * MAX_COLUMNS:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{file} has more than {cells} cells; save only the client columns, "
                        "or split it into smaller files.",
                    ),
                    file=_name(path),
                    cells=f"{MAX_ROWS * MAX_COLUMNS:,}",
                )
            tail = data[cut:]
    return total


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
    _scan_cells(path)
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style", data validation ...
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a broken or foreign file
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} is not a readable .xlsx file. Save it as CSV or .xlsx in your "
                "spreadsheet program, then import that file.",
            ),
            file=_name(path),
        ) from None
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
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{file} is not a readable .xlsx file. Save it as CSV or .xlsx in your "
                "spreadsheet program, then import that file.",
            ),
            file=_name(path),
        ) from None
    finally:
        book.close()
    raise UserError(
        QT_TRANSLATE_NOOP("core", "{file} is empty: there is no row to import."),
        file=_name(path),
    )


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
