"""Aftercare from anywhere: one client's sheet, a blank sheet, today's batch.

Rendering goes through :mod:`smpdesk.app.aftercare` (reportlab is imported only
then, never at start-up).  Every failure ends in one sentence, never a
traceback; a missing printer offers saving instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from smpdesk.app import aftercare as aftercare_cases
from smpdesk.app import clients as client_cases
from smpdesk.app import clinic
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.dates import format_medium_date
from smpdesk.errors import UserError
from smpdesk.gui.aftercare.printing import ask_save_instead, choose_printer, has_printer, print_pdfs
from smpdesk.gui.changes import Changes
from smpdesk.gui.operations import Operation, Progress, runner_for
from smpdesk.infra.safe_output import write_file


def open_aftercare(
    parent: QWidget, db: Clinic, client_id: int, session_id: int | None = None
) -> bool:
    """Preview a client's sheet (latest session by default); True if shown."""
    from smpdesk.gui.aftercare.aftercare_preview import AftercarePreview

    client = client_cases.get_client(db, client_id)
    if session_id is None:
        # Visits, not sessions: reception prints sheets but never loads treatment details.
        latest = next(iter(session_cases.visits(db, client_id)), None)
        if latest is not None and not _confirm_old_session(parent, latest):
            return False
    try:
        with WaitCursor():
            pdf = aftercare_cases.aftercare_pdf(db, client_id, session_id)
    except UserError as exc:
        answer = QMessageBox.question(
            parent,
            "No aftercare sheet yet",
            f"{exc}\n\nOpen a blank sheet to fill in by hand instead?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            return open_blank(parent, db)
        return False
    name = client.full_name if client else ""
    AftercarePreview(db, pdf, f"Aftercare sheet — {name}", parent).exec()
    return True


def _confirm_old_session(parent: QWidget, session: session_cases.Visit) -> bool:
    """The latest session is not today's: make sure the dates are the ones wanted."""
    days = (date.today() - session.session_date).days
    if days <= 0:
        return True
    when = format_medium_date(session.session_date)
    answer = QMessageBox.question(
        parent,
        "Aftercare sheet",
        f"The latest recorded session was on {when}, {days} day{'s' if days != 1 else ''} "
        "ago, and the sheet's dates count from it. If the client was treated today, record "
        "today's session first.\n\nShow the sheet for that earlier session?",
    )
    return answer == QMessageBox.StandardButton.Yes


def open_blank(parent: QWidget, db: Clinic) -> bool:
    from smpdesk.gui.aftercare.aftercare_preview import AftercarePreview

    try:
        with WaitCursor():
            pdf = aftercare_cases.blank_aftercare_pdf(db)
    except UserError as exc:
        QMessageBox.warning(parent, "Aftercare sheet", str(exc))
        return False
    AftercarePreview(db, pdf, "Blank aftercare sheet", parent).exec()
    return True


def todays_sheets(
    parent: QWidget,
    db: Clinic,
    today: date | None,
    on_ready: Callable[[list[aftercare_cases.AftercarePdf]], None],
) -> Operation | None:
    """Render a sheet for each of today's sessions on a worker, with progress and Cancel.

    ``on_ready(sheets)`` runs on the GUI thread once every sheet is made; not
    after Cancel, nor after a sheet that cannot be made (one message box says
    which).  None if there are no sessions today.
    """
    sessions = session_cases.visits_on(db, today or date.today())
    if not sessions:
        QMessageBox.information(
            parent, "Aftercare for today", "No sessions have been recorded for today yet."
        )
        return None
    wanted = [(session.client_id, session.session_id) for session in sessions]

    def render(own_db: Clinic, progress: Progress) -> list[aftercare_cases.AftercarePdf]:
        sheets = []
        for done, (client_id, session_id) in enumerate(wanted):
            progress(done, len(wanted))  # stops here once Cancel was pressed
            sheets.append(aftercare_cases.aftercare_pdf(own_db, client_id, session_id))
        progress(len(wanted), len(wanted))
        return sheets

    return runner_for(parent, db).run_with_progress(
        render,
        label="Preparing aftercare sheets…",
        title="Aftercare for today",
        error_title="Aftercare for today",
        cancellable=True,
        on_done=on_ready,
        parent=parent,
    )


def print_todays(
    parent: QWidget,
    db: Clinic,
    today: date | None = None,
    *,
    changes: Changes | None = None,
) -> Operation | None:
    """Print every sheet for today's sessions as one job.

    The sheets are made on a worker; choosing the printer and printing stay
    on the GUI thread (Qt's print dialog and painter belong there).
    """
    if not has_printer():
        return save_todays(parent, db, today, changes=changes) if ask_save_instead(parent) else None

    def ready(sheets: list[aftercare_cases.AftercarePdf]) -> None:
        title = f"Print {len(sheets)} aftercare sheets"
        printer = choose_printer(parent, title, sheets[0].paper)
        if printer is not None:
            printed = print_sheets(parent, db, printer, sheets)
            _announce(changes, sheets[:printed])

    return todays_sheets(parent, db, today, ready)


def print_sheets(
    parent: QWidget,
    db: Clinic,
    printer: QPrinter,
    sheets: list[aftercare_cases.AftercarePdf],
) -> int:
    """Print on the GUI thread, where the printer's painter belongs; returns sheets printed.

    The progress box is window-modal, so ``setValue`` itself lets Qt repaint
    it and hear Cancel between sheets (Qt documents that of a modal
    QProgressDialog); nothing here runs an event loop by hand.
    """
    progress = QProgressDialog("Printing aftercare sheets…", "Cancel", 0, len(sheets), parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def step(done: int) -> bool:
        progress.setValue(done)
        return not progress.wasCanceled()

    try:
        printed = print_pdfs(printer, [s.data for s in sheets], step)
    except OSError as exc:
        QMessageBox.warning(parent, "Not printed", f"{exc} Check the printer and try again.")
        return 0
    finally:
        progress.setValue(len(sheets))
        progress.close()
        progress.deleteLater()
    for sheet in sheets[:printed]:
        aftercare_cases.record_aftercare_given(db, sheet, "printed")
    return printed


def save_todays(
    parent: QWidget,
    db: Clinic,
    today: date | None = None,
    *,
    changes: Changes | None = None,
) -> Operation | None:
    """Save every sheet for today's sessions into a folder: made on a worker, saved here."""

    def ready(sheets: list[aftercare_cases.AftercarePdf]) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(parent, "Save today's aftercare sheets in", start)
        if not folder:
            return
        saved: list[aftercare_cases.AftercarePdf] = []
        protected = clinic.protected_files(db=db)
        for sheet in sheets:
            target = _free_name(Path(folder) / sheet.suggested_name)
            try:
                write_file(target, sheet.data, protected, what="The aftercare sheet")
            except UserError as exc:
                QMessageBox.warning(
                    parent, "Not saved", f"Saving stopped after {len(saved)} sheets: {exc}"
                )
                break
            aftercare_cases.record_aftercare_given(db, sheet, "saved")
            saved.append(sheet)
        _announce(changes, saved)

    return todays_sheets(parent, db, today, ready)


def _announce(changes: Changes | None, given: list[aftercare_cases.AftercarePdf]) -> None:
    """Sheets given show on their clients' timelines."""
    if changes is None:
        return
    for client_id in dict.fromkeys(sheet.client_id for sheet in given):
        if client_id is not None:
            changes.sessions_changed.emit(client_id)


def _free_name(path: Path) -> Path:
    """Never overwrite a sheet saved earlier: add (2), (3)… to the name."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate


class WaitCursor:
    """Show the wait cursor while something takes a moment."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()
