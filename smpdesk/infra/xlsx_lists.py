"""Lists as ``.xlsx`` workbooks: every cell text, 100,000 rows in a few seconds.

Why every cell is text: a client list is names, numbers and dates a clinic
reads and may import again (smpdesk's own importer, or other software).
Excel would turn a typed ``0770`` into 770 and ``1984-03-27`` into a serial
number shown in the locale's style; as text cells they stay exactly as stored,
so an export re-imports to the same values.

Why a formula can never get in: openpyxl takes a string starting with ``=`` for
a formula (and ``#N/A`` for an error value) unless told otherwise; a client
named ``=HYPERLINK("http://…")`` (typed on a tablet form, say) would become a
live formula in the clinic's spreadsheet.  Here every data cell is an inline
string (``t="inlineStr"``), which no spreadsheet evaluates, with the value
unchanged (unlike a CSV, a workbook says which cells are text, so no
apostrophe is needed and the value round-trips).

How it is made: openpyxl (write-only mode) makes the workbook itself: the
package, styles, the bold header row, the frozen first row and the column
widths.  The data rows are then streamed into that sheet's ``<sheetData>`` as
they come, a chunk at a time, straight into the deflated ZIP.  openpyxl's own
per-cell writer costs about 100 µs a row (10 s for 100,000 clients, with or
without lxml); a row of text cells needs nothing of it.  The finished workbook
is returned as bytes for :func:`smpdesk.infra.safe_output.write_file` (atomic,
owner-only, never over the clinic's files).  openpyxl is imported only here,
when a workbook is made: never when the app starts.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence

# What XML 1.0 cannot hold: control characters (openpyxl's ILLEGAL_CHARACTERS_RE),
# lone surrogates and the two non-characters.  openpyxl refuses them with an error
# quoting the whole value, which could be a client's details: dropped here instead.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_CELL = 32_767  # Excel's longest cell text
MAX_WIDTH = 60  # characters: a long address is cut at the cell's edge, not across the screen
SHEET_PART = "xl/worksheets/sheet1.xml"  # the one sheet openpyxl writes
END_OF_DATA = b"</sheetData>"
CHUNK_ROWS = 1000  # rows joined before each write into the ZIP


def cell_text(value: object) -> str:
    """``value`` as the text a cell holds: no characters XML refuses, within Excel's length."""
    text = "" if value is None else str(value)
    return _ILLEGAL.sub("", text)[:MAX_CELL]


def _escaped(text: str) -> str:
    # A carriage return would read back as a line feed (XML normalises line ends).
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _cell(reference: str, text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{reference}" t="inlineStr"><is><t{space}>{_escaped(text)}</t></is></c>'


def _template(headers: Sequence[str], sheet: str, widths: Sequence[float] | None) -> bytes:
    """The workbook with its header row only, made by openpyxl (write-only mode)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    book.properties.creator = "smpdesk"
    ws = book.create_sheet(title=sheet[:31] or "List")
    # Set before the first row: a write-only sheet writes these ahead of its rows.
    ws.freeze_panes = "A2"
    for column, header in enumerate(headers, 1):
        width = widths[column - 1] if widths and column <= len(widths) else len(header) + 4
        ws.column_dimensions[get_column_letter(column)].width = min(width, MAX_WIDTH)
    bold = Font(bold=True)
    cells = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=cell_text(header))
        cell.data_type = "s"  # text, even for a header that starts with "="
        cell.font = bold
        cells.append(cell)
    ws.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet: str = "List",
    widths: Sequence[float] | None = None,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """A one-sheet workbook: a bold, frozen header row, then ``rows``, every cell text.

    ``widths`` are column widths in characters (default: from each header); an
    empty cell is left out (smaller, and read back as empty).  ``progress(rows)``
    is called after each chunk of rows (a worker's progress bar; it may raise
    to stop, and nothing is returned then).
    """
    from openpyxl.utils import get_column_letter

    template = _template(headers, sheet, widths)
    letters = [get_column_letter(column) for column in range(1, len(headers) + 1)]
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(template)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename != SHEET_PART:
                target.writestr(info, data)
                continue
            head, found, tail = data.rpartition(END_OF_DATA)
            if not found:  # an openpyxl that writes sheets differently: fail, never guess
                raise RuntimeError("the workbook template has no sheet data")
            part = zipfile.ZipInfo(SHEET_PART, info.date_time)
            part.compress_type = zipfile.ZIP_DEFLATED
            with target.open(part, "w") as stream:
                stream.write(head)
                written = 0
                chunk: list[str] = []
                for written, row in enumerate(rows, 1):
                    number = written + 1  # the header is row 1
                    cells = "".join(
                        _cell(f"{letter}{number}", text)
                        for letter, value in zip(letters, row, strict=False)
                        if (text := cell_text(value))
                    )
                    chunk.append(f'<row r="{number}">{cells}</row>')
                    if len(chunk) == CHUNK_ROWS:
                        stream.write("".join(chunk).encode("utf-8"))
                        chunk.clear()
                        if progress is not None:
                            progress(written)
                stream.write("".join(chunk).encode("utf-8"))
                stream.write(END_OF_DATA + tail)
    return out.getvalue()


__all__ = ["MAX_CELL", "cell_text", "xlsx_bytes"]
