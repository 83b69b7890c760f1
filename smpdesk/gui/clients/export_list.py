"""File → Export client list…: the list exactly as shown, to a workbook or a CSV file.

"As shown" is the search text typed, the filter chosen (active, archived or all
clients) and the column the list is sorted by, in the same order: word-start
matches first, then matches inside names
(:func:`smpdesk.app.client_list_export.export_client_list` reads them the way
the list does, from the same queries).

The file is named first (a Save dialog: the format follows the name, or the
filter chosen when no ending is typed); the clinic's own files are refused at
once, and a name the dialog did not ask about (an ending added here) gets its
own "Replace?".  The export then runs on a worker with its own connection
behind a progress box with Cancel (100,000 clients take a few seconds), and
writes the file atomically: a cancel or a problem leaves no half file.  A
problem is one message box of one sentence (the runner's).

Imported only when the menu entry is used: never at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from smpdesk.app import clinic as clinic_cases
from smpdesk.app.client_list_export import ListExport, export_client_list
from smpdesk.app.clients import Archived
from smpdesk.errors import UserError
from smpdesk.gui.clients.client_list_model import COLUMNS
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.operations import Operation, Progress, runner_for
from smpdesk.gui.widgets.save_files import with_suffix
from smpdesk.infra.safe_output import refuse_protected

if TYPE_CHECKING:
    from smpdesk.gui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("clients.export_list", "Export client list")
XLSX_FILTER = QT_TRANSLATE_NOOP("clients.export_list", "Excel workbook (*.xlsx)")
CSV_FILTER = QT_TRANSLATE_NOOP("clients.export_list", "CSV file, for any spreadsheet (*.csv)")


@dataclass(frozen=True)
class ShownList:
    """What the list shows: its search, its filter and its order."""

    search: str
    archived: Archived
    sort: str
    descending: bool


def shown_list(window: MainWindow) -> ShownList:
    """The window's list as it is now (the sort from the header's arrow, as the model's)."""
    from PySide6.QtCore import Qt

    header = window.table.horizontalHeader()
    section = header.sortIndicatorSection()
    sort, descending = "family", False  # the list's order before any header is clicked
    if window.table.isSortingEnabled() and 0 <= section < len(COLUMNS):
        sort = COLUMNS[section][0]
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    return ShownList(window.model.search_text, window.model.archived_filter, sort, descending)


def suggested_name(shown: ShownList, today: date | None = None) -> str:
    """``clients-2026-05-14.xlsx``, ``archived-clients-…`` or ``all-clients-…``."""
    prefix = {"active": "clients", "archived": "archived-clients", "all": "all-clients"}
    found = "-found" if shown.search.strip() else ""
    return f"{prefix[shown.archived]}{found}-{(today or date.today()).isoformat()}.xlsx"


def _documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home())


def ask_target(window: QWidget, db: clinic_cases.Clinic, suggested: str) -> Path | None:
    """Where to write, after the questions; None when cancelled or refused (said why)."""
    title = translate("clients.export_list", TITLE)
    xlsx_filter, csv_filter = (
        translate("clients.export_list", XLSX_FILTER),
        translate("clients.export_list", CSV_FILTER),
    )
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        window,
        title,
        str(_documents_folder() / suggested),
        f"{xlsx_filter};;{csv_filter}",
        xlsx_filter,
    )
    if not chosen:
        return None
    try:
        # The name as typed first: "clinic.sqlite3" is refused with a sentence, not
        # quietly exported as "clinic.sqlite3.xlsx" beside it.
        refuse_protected(Path(chosen), clinic_cases.protected_files(db=db))
    except UserError as exc:
        QMessageBox.warning(window, title, str(exc))
        return None
    csv_chosen = chosen_filter in (CSV_FILTER, csv_filter)
    endings = (".csv", ".xlsx") if csv_chosen else (".xlsx", ".csv")
    path = with_suffix(chosen, endings)
    if str(path) != chosen and path.exists():  # a name the dialog did not ask about
        answer = QMessageBox.question(
            window,
            translate("clients.export_list", "Replace {name}?").format(name=path.name),
            translate(
                "clients.export_list", "{name} already exists in that folder. Replace it?"
            ).format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return path


def export_shown_list(window: MainWindow) -> Operation | None:
    """Ask where, then write the list as shown there; the operation, or None if not started."""
    shown = shown_list(window)
    db = window.db
    path = ask_target(window, db, suggested_name(shown))
    if path is None:
        return None

    def work(own_db: clinic_cases.Clinic, progress: Progress) -> ListExport:
        return export_client_list(
            own_db,
            path,
            overwrite=True,  # the dialog (or the question above) asked about an existing file
            search=shown.search,
            archived=shown.archived,
            sort=shown.sort,
            descending=shown.descending,
            progress=progress,
        )

    def done(result: ListExport) -> None:
        message = (
            translate("clients.export_list", "{count} client exported to {name} ({folder}).")
            if result.count == 1
            else translate(
                "clients.export_list",
                "{count} clients exported to {name} ({folder}).",
                "",
                result.count,
            )
        ).format(count=f"{result.count:,}", name=result.path.name, folder=result.path.parent)
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 15000)

    return runner_for(window, db).run_with_progress(
        work,
        label=translate("clients.export_list", "Exporting the client list…"),
        title=translate("clients.export_list", TITLE),
        error_title=translate("clients.export_list", TITLE),
        on_done=done,
        cancellable=True,
        parent=window,
    )


__all__ = ["ShownList", "ask_target", "export_shown_list", "shown_list", "suggested_name"]
