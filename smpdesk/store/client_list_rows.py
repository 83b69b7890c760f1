"""The client list's rows for an export: every column a spreadsheet gets, never the notes.

An export of 100,000 clients must not cost one query per client, nor hold the
whole table twice: the ids come in list order from the list's own search
(:func:`smpdesk.store.clients.search_client_ids`), and their rows are read here
a page at a time (one ``IN`` query per page, by primary key) and handed on in
that same order, so the file is written while the next page is read.

The notes are not among the columns: they may hold clinical remarks, and a
list export is a copy of contact details leaving the app.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import sqlite_utils

# The stored columns of an export row, in the order of the file's columns.
EXPORT_COLUMNS = (
    "client_number",
    "given_name",
    "family_name",
    "preferred_name",
    "date_of_birth",
    "sex",
    "phone",
    "email",
    "address",
    "archived_at",
    "language",  # last: added with issue 20, after the columns files already had
)
PAGE = 500  # ids per query: well under SQLite's limit on bound parameters

ExportRow = tuple[str, str, str, str, str | None, str, str, str, str, str | None, str]


def export_rows(
    db: sqlite_utils.Database, ids: Sequence[int], *, page: int = PAGE
) -> Iterator[ExportRow]:
    """The rows of ``ids`` in the order given, read ``page`` at a time; ids gone are skipped."""
    columns = ", ".join(EXPORT_COLUMNS)
    for start in range(0, len(ids), page):
        chunk = list(ids[start : start + page])
        marks = ", ".join("?" * len(chunk))
        found = {
            row[0]: tuple(row[1:])
            for row in db.execute(f"SELECT id, {columns} FROM clients WHERE id IN ({marks})", chunk)
        }
        for client_id in chunk:
            row = found.get(client_id)
            if row is not None:
                yield row


__all__ = ["EXPORT_COLUMNS", "ExportRow", "export_rows"]
