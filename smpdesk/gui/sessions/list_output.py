"""Print, save as PDF, export as CSV: what the follow-up and recall lists share.

The list's PDF or CSV is made on a worker (a recall list can run to thousands of
rows) by a use case that notes the export in the audit trail; then printing goes
through Qt's print dialog exactly as the aftercare sheets do
(:mod:`smpdesk.gui.aftercare.printing`: no printer means an offer to save the PDF
instead), and saving through :func:`smpdesk.gui.widgets.save_files.save_bytes`
(never over the clinic's own files, written atomically).  ``has_printer``,
``choose_printer`` and ``print_pdfs`` are looked up here at each call, which is the
seam the tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from smpdesk.app import clinic as clinic_cases
from smpdesk.app.clinic import Clinic
from smpdesk.errors import UserError
from smpdesk.gui.aftercare.printing import ask_save_instead, choose_printer, has_printer, print_pdfs
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.operations import Operation, runner_for
from smpdesk.gui.widgets.save_files import save_bytes

# The filter is shown in the file box (translated there); ``what`` goes into the save
# function's own (English, core) sentences, so it stays as it is.
KINDS = {
    "pdf": (
        QT_TRANSLATE_NOOP("sessions.list_output", "PDF documents (*.pdf)"),
        (".pdf",),
        "The PDF",
    ),
    "csv": (
        QT_TRANSLATE_NOOP("sessions.list_output", "CSV spreadsheets (*.csv)"),
        (".csv",),
        "The CSV file",
    ),
}


def _documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home())


def save_data(
    parent: QWidget, db: Clinic, data: bytes, *, kind: str, title: str, suggested: str
) -> Path | None:
    """Ask where, then write ``data`` there; None when cancelled or refused (said why)."""
    filter_text, suffixes, what = KINDS[kind]
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(_documents_folder() / suggested),
        translate("sessions.list_output", filter_text),
    )
    if not name:
        return None
    return save_bytes(
        parent, name, data, clinic_cases.protected_files(db=db), suffixes=suffixes, what=what
    )


def print_data(
    parent: QWidget, db: Clinic, pdf: bytes, *, title: str, suggested: str
) -> str | None:
    """Print the PDF through the print dialog ("printed"), or save it when there is no
    printer and the user agrees ("saved"); None when nothing was done."""
    if not has_printer():
        if ask_save_instead(parent) and save_data(
            parent, db, pdf, kind="pdf", title=title, suggested=suggested
        ):
            return "saved"
        return None
    printer = choose_printer(parent, title)
    if printer is None:
        return None
    print_pdfs(printer, [pdf])
    return "printed"


def make_then(
    parent: QWidget,
    db: Clinic,
    make: Callable[[Clinic], bytes],
    *,
    error_title: str,
    then: Callable[[bytes], object],
) -> Operation:
    """``make(db)`` on a worker with its own connection; ``then(data)`` on the window's
    thread when it is done (a problem is one message box, from the runner)."""
    return runner_for(parent, db).run(make, error_title=error_title, on_done=then, parent=parent)


# -- made on the window's thread (the takings and reports windows) ------------------
# Those windows make their PDF or CSV in place and share the same Print / Save PDF /
# Save CSV handling; these three keep that handling in one place rather than in each.


def made_now(parent: QWidget, error_title: str, make: Callable[[], str | bytes]) -> bytes | None:
    """``make()`` as bytes (text as UTF-8); None after saying why when it is refused."""
    try:
        data = make()
    except UserError as exc:
        QMessageBox.warning(parent, error_title, str(exc))
        return None
    return data.encode("utf-8") if isinstance(data, str) else data


def print_made(
    parent: QWidget, db: Clinic, pdf: bytes | None, *, title: str, suggested: str
) -> str | None:
    """:func:`print_data` for a PDF that may not have been made (None: nothing done);
    a printer failure is one message box rather than an exception."""
    if pdf is None:
        return None
    try:
        return print_data(parent, db, pdf, title=title, suggested=suggested)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("sessions.list_output", "Not printed"),
            translate("sessions.list_output", "{problem} Check the printer and try again.").format(
                problem=exc
            ),
        )
        return None


def save_made(
    parent: QWidget, db: Clinic, data: bytes | None, *, kind: str, title: str, suggested: str
) -> Path | None:
    """:func:`save_data` for data that may not have been made (None: nothing done)."""
    if data is None:
        return None
    return save_data(parent, db, data, kind=kind, title=title, suggested=suggested)


__all__ = [
    "Operation",
    "made_now",
    "make_then",
    "print_data",
    "print_made",
    "save_data",
    "save_made",
]
