"""The client list, as shown or as searched, to a CSV file or an ``.xlsx`` workbook.

A clinic moving to other software, sending a mailing through its own
spreadsheet, or keeping a copy on paper needs its client list out of the app;
the window's File menu and ``smpdesk clients export`` both come here, so the
same columns, checks and audit entry hold for both.

* **Which clients**: exactly those the list shows for a search text and a filter
  (active, archived, all), in the list's order: the word-start matches, then
  (the window's second look) the matches inside names.  ``smpdesk clients``
  lists only the word-start matches, and its export does the same.
* **Which columns**: the headers smpdesk's own importer recognises, so an export
  imports again; never the notes, which may hold clinical remarks.  Reception
  sees every one of these columns on a client's page (contact details, date of
  birth and address are theirs to book and phone by), so every role gets them.
* **Speed**: the ids come from the list's own query (one query, whatever the
  size), and the rows a page at a time (:mod:`smpdesk.store.client_list_rows`),
  never a query each.  The whole file is built in memory and then written in one
  atomic step (a few tens of MB at 100,000 clients, seconds to build), so a
  cancelled or failed export never leaves half a file behind.
* **Safety**: the file goes through :mod:`smpdesk.infra.safe_output` (never onto
  the clinic's own files or backups, never over a file unless asked, written
  atomically, owner-only); a CSV through :mod:`smpdesk.infra.csv_lists` (no cell a
  spreadsheet runs as a formula), a workbook through
  :mod:`smpdesk.infra.xlsx_lists` (every cell text).
* **Audit**: a bulk copy of personal data leaving the app, so each export is
  noted in the trail with how many clients and the format; never a name.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic, protected_files
from smpdesk.domain.client_details import SEX_CHOICES
from smpdesk.domain.languages import LANGUAGES
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.safe_output import check_target, write_file
from smpdesk.store import audit as audit_store
from smpdesk.store import client_list_rows, client_substrings
from smpdesk.store import clients as client_store
from smpdesk.store.clients import Archived

ACTION = "client_list_export.export_client_list"
# The columns, with the headers smpdesk's importer matches (domain/client_import.py).
HEADERS = (
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
    "Language",  # the papers' language (issue 20), by its own name: "Polski"
)
# Column widths in a workbook, in characters.
WIDTHS = (14, 18, 20, 16, 14, 12, 18, 30, 45, 10, 12)
KINDS = {".csv": "csv", ".xlsx": "xlsx"}
ARCHIVED = ("active", "archived", "all")
PROGRESS_EVERY = 1000  # rows between progress reports


@dataclass(frozen=True)
class ListExport:
    """What was written: where, as what, and how many clients."""

    path: Path
    kind: str  # "csv" or "xlsx"
    count: int


def kind_of(target: Path | str) -> str:
    """``"csv"`` or ``"xlsx"`` from the file's name; a :class:`UserError` for anything else."""
    kind = KINDS.get(Path(target).suffix.lower())
    if kind is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} does not end in .csv or .xlsx; name the file "
                "clients.csv (for any spreadsheet) or clients.xlsx (for Excel).",
            ),
            name=Path(target).name or target,
        )
    return kind


def _cells(row: client_list_rows.ExportRow) -> tuple[str, ...]:
    """An export row as the file's cells: dates ISO, the sex in words, archived yes or
    no, the language by its own name ("" for the clinic's own)."""
    number, given, family, preferred, born, sex, phone, email, address, archived_at, language = row
    return (
        number,
        given,
        family,
        preferred,
        born or "",  # stored ISO (YYYY-MM-DD): read back the same in any country
        SEX_CHOICES.get(sex, sex) if sex else "",
        phone,
        email,
        address,
        "Yes" if archived_at else "No",
        LANGUAGES.get(language, language),
    )


def _listed_ids(
    db: Clinic, search: str, archived: Archived, sort: str, descending: bool, inside_words: bool
) -> list[int]:
    """The ids the list shows, in its order: word starts first, then inside names."""
    ids = client_store.search_client_ids(
        db, search, archived=archived, sort=sort, descending=descending
    )
    if inside_words and search.strip():
        ids += client_substrings.substring_client_ids(
            db, search, archived=archived, sort=sort, descending=descending
        )
    return ids


@use_case
def export_client_list(
    db: Clinic,
    target: Path,
    *,
    overwrite: bool = False,
    search: str = "",
    archived: Archived = "active",
    sort: str = "family",
    descending: bool = False,
    inside_words: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ListExport:
    """Write the clients the list shows for ``search`` and ``archived`` to ``target``.

    The format follows the name (``.csv`` or ``.xlsx``).  The target is checked
    before anything is read, so a refusal (the clinic's own file, an existing
    file without ``overwrite``) costs nothing.  ``progress(done, total)`` is
    called as rows are written; if it raises (Cancel), nothing is written.
    ``inside_words=False`` leaves out the matches inside names, as
    ``smpdesk clients`` does.
    """
    target = Path(target)
    protected = protected_files(db=db)
    check_target(target, protected, overwrite=overwrite)  # the clinic's own files first
    kind = kind_of(target)
    if archived not in ARCHIVED:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "Unknown list {archived}; choose one of: {choices}."),
            archived=repr(archived),
            choices=", ".join(ARCHIVED),
        )
    ids = _listed_ids(db, search or "", archived, sort, descending, inside_words)
    total = len(ids)

    written = 0

    def rows() -> Iterator[tuple[str, ...]]:
        nonlocal written
        for row in client_list_rows.export_rows(db, ids):
            written += 1
            if progress is not None and written % PROGRESS_EVERY == 0:
                progress(written, total)
            yield _cells(row)

    if kind == "csv":
        from smpdesk.infra.csv_lists import csv_bytes

        data = csv_bytes(HEADERS, rows())
    else:
        from smpdesk.infra.xlsx_lists import xlsx_bytes

        data = xlsx_bytes(HEADERS, rows(), sheet="Clients", widths=WIDTHS)
    if progress is not None:
        progress(total, total)
    path = write_file(target, data, protected, overwrite=overwrite, what="The client list")
    _note(db, kind, written)
    return ListExport(path, kind, written)


def _note(db: Clinic, kind: str, count: int) -> None:
    """The audit entry: who exported how many clients as what, never who they were.

    Written here rather than by the rule, so the entry carries the count; like
    every entry, only when someone is signed in.
    """
    staff = db.staff
    if staff is None:
        return
    audit_store.append(
        db,
        staff_id=staff.id,
        staff_name=staff.display_name,
        action=ACTION,
        client_id=None,
        outcome="done",
        detail=json.dumps({"clients": count, "format": kind}, separators=(",", ":")),
    )


__all__ = ["HEADERS", "ListExport", "export_client_list", "kind_of"]
