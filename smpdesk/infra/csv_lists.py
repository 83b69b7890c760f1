"""Lists as CSV files a spreadsheet opens safely: phone lists for follow-ups and recalls.

A clinic opens these in Excel, LibreOffice or Numbers.  A spreadsheet runs a cell
that begins with ``=``, ``+``, ``-`` or ``@`` as a formula, so a client named
``=HYPERLINK("http://…")`` (typed on a tablet form, say) would become a live link or
worse (CSV formula injection).  Such a cell is written with a leading apostrophe,
which spreadsheets show as plain text.  A phone number such as ``+44 7700 900123`` is
left as it is: only digits, spaces and ``()-./+`` cannot make a formula that reaches
outside the sheet, and a clinic must be able to dial what it reads.

UTF-8 with a byte-order mark, so Excel shows "Bråthen" and "Łukasz" rightly, and
CRLF line ends, as RFC 4180 and every spreadsheet expect.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_NUMBER_LIKE = set("0123456789 ()-./+")


def neutralised(value: object) -> str:
    """``value`` as a cell no spreadsheet runs as a formula."""
    text = "" if value is None else str(value)
    if not text.startswith(_FORMULA_START):
        return text
    if text[0] in "+-" and set(text) <= _NUMBER_LIKE:
        return text  # a phone number or a plain number: nothing to run
    return "'" + text


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The header line and the rows as a CSV file's bytes, every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralised(h) for h in headers])
    writer.writerows([neutralised(cell) for cell in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


__all__ = ["csv_bytes", "neutralised"]
