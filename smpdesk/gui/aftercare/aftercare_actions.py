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
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from smpdesk.app import aftercare as aftercare_cases
from smpdesk.app import clients as client_cases
from smpdesk.app import clinic
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import Clinic
from smpdesk.errors import UserError
from smpdesk.gui.aftercare.printing import ask_save_instead, choose_printer, has_printer, print_pdfs
from smpdesk.gui.changes import Changes
from smpdesk.gui.dates import format_medium_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.operations import Operation, Progress, runner_for
from smpdesk.gui.widgets.save_files import save_bytes
from smpdesk.gui.widgets.status_message import show_status

BATCH_TITLE = QT_TRANSLATE_NOOP("aftercare.aftercare_actions", "Aftercare for today")


def _batch_title() -> str:
    return translate("aftercare.aftercare_actions", BATCH_TITLE)


def open_aftercare(
    parent: QWidget, db: Clinic, client_id: int, session_id: int | None = None
) -> bool:
    """Preview a client's sheet (latest session by default); True if shown."""
    from smpdesk.gui.aftercare.sheet_preview import SheetPreview

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
            translate("aftercare.aftercare_actions", "No aftercare sheet yet"),
            translate(
                "aftercare.aftercare_actions",
                "{error}\n\nOpen a blank sheet to fill in by hand instead?",
            ).format(error=exc),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return open_blank(parent, db)
        return False
    name = client.full_name if client else ""
    title = translate("aftercare.aftercare_actions", "Aftercare sheet — {name}").format(name=name)
    SheetPreview(db, pdf, title, parent).exec()
    return True


def _confirm_old_session(parent: QWidget, session: session_cases.Visit) -> bool:
    """The latest session is not today's: make sure the dates are the ones wanted."""
    days = (date.today() - session.session_date).days
    if days <= 0:
        return True
    when = format_medium_date(session.session_date)
    if days == 1:
        text = translate(
            "aftercare.aftercare_actions",
            "The latest recorded session was on {when}, 1 day "
            "ago, and the sheet's dates count from it. If the client was treated today, record "
            "today's session first.\n\nShow the sheet for that earlier session?",
        )
    else:
        text = translate(
            "aftercare.aftercare_actions",
            "The latest recorded session was on {when}, %n days "
            "ago, and the sheet's dates count from it. If the client was treated today, record "
            "today's session first.\n\nShow the sheet for that earlier session?",
            "",
            days,
        )
    answer = QMessageBox.question(
        parent, translate("aftercare.aftercare_actions", "Aftercare sheet"), text.format(when=when)
    )
    return answer == QMessageBox.StandardButton.Yes


def open_blank(parent: QWidget, db: Clinic) -> bool:
    from smpdesk.gui.aftercare.sheet_preview import SheetPreview

    try:
        with WaitCursor():
            pdf = aftercare_cases.blank_aftercare_pdf(db)
    except UserError as exc:
        QMessageBox.warning(
            parent, translate("aftercare.aftercare_actions", "Aftercare sheet"), str(exc)
        )
        return False
    SheetPreview(
        db, pdf, translate("aftercare.aftercare_actions", "Blank aftercare sheet"), parent
    ).exec()
    return True


def print_todays(
    parent: QWidget,
    db: Clinic,
    today: date | None = None,
    *,
    changes: Changes | None = None,
) -> Operation | None:
    """Every sheet for today's sessions as ONE PDF: printed as one job, or saved as one file.

    The PDF is made on a worker with progress and Cancel; choosing the printer
    (Qt's print dialog) and printing stay on the GUI thread, where the dialog
    and the printer's painter belong.  With no printer, one question offers to
    save the whole batch as one file, and one Save dialog follows.
    """
    day = today or date.today()
    count = len(session_cases.visits_on(db, day))
    if not count:
        QMessageBox.information(
            parent,
            _batch_title(),
            translate(
                "aftercare.aftercare_actions", "No sessions have been recorded for today yet."
            ),
        )
        return None
    printing = has_printer()
    if not printing and not ask_save_instead(parent, _no_printer(count)):
        return None

    def ready(batch: aftercare_cases.AftercareBatch) -> None:
        if printing:
            printer = choose_printer(parent, _print_title(batch.count), batch.paper)
            if printer is not None:
                print_batch(parent, db, printer, batch, changes=changes)
        else:
            save_batch(parent, db, batch, changes=changes)

    return make_batch(parent, db, day, ready)


def save_todays(
    parent: QWidget,
    db: Clinic,
    today: date | None = None,
    *,
    changes: Changes | None = None,
) -> Operation | None:
    """Every sheet for today's sessions saved as one PDF file (one Save dialog)."""
    day = today or date.today()
    if not session_cases.visits_on(db, day):
        QMessageBox.information(
            parent,
            _batch_title(),
            translate(
                "aftercare.aftercare_actions", "No sessions have been recorded for today yet."
            ),
        )
        return None

    def ready(batch: aftercare_cases.AftercareBatch) -> None:
        save_batch(parent, db, batch, changes=changes)

    return make_batch(parent, db, day, ready)


def make_batch(
    parent: QWidget,
    db: Clinic,
    day: date,
    on_ready: Callable[[aftercare_cases.AftercareBatch], None],
) -> Operation:
    """Lay out the day's sheets as one PDF on a worker: a progress box naming the sheet, Cancel.

    ``on_ready(batch)`` runs on the GUI thread once the PDF is made; not after
    Cancel, nor after a failure (one message box says why).
    """

    def render(own_db: Clinic, progress: Progress) -> aftercare_cases.AftercareBatch:
        def report(done: int, total: int) -> None:
            label = translate(
                "aftercare.aftercare_actions", "Preparing aftercare sheet {number} of {total}…"
            ).format(number=min(done + 1, total), total=total)
            progress(done, total, label)  # stops here once Cancel was pressed

        return aftercare_cases.aftercare_pdfs_for_day(own_db, day, progress=report)

    return runner_for(parent, db).run_with_progress(
        render,
        label=translate("aftercare.aftercare_actions", "Preparing aftercare sheets…"),
        title=_batch_title(),
        error_title=_batch_title(),
        cancellable=True,
        on_done=on_ready,
        parent=parent,
    )


def print_batch(
    parent: QWidget,
    db: Clinic,
    printer: QPrinter,
    batch: aftercare_cases.AftercareBatch,
    *,
    changes: Changes | None = None,
) -> int:
    """Print the batch on the GUI thread, page by page behind a progress box; sheets printed.

    The progress box is window-modal, so ``setValue`` itself lets Qt repaint
    it and hear Cancel between pages (Qt documents that of a modal
    QProgressDialog); nothing here runs an event loop by hand.  A sheet counts
    as printed (and is logged) only when all its pages were sent.
    """
    if batch.count == 1:
        printing = translate("aftercare.aftercare_actions", "Printing 1 aftercare sheet…")
    else:
        printing = translate(
            "aftercare.aftercare_actions", "Printing %n aftercare sheets…", "", batch.count
        )
    progress = QProgressDialog(
        printing, translate("aftercare.aftercare_actions", "Cancel"), 0, batch.total_pages, parent
    )
    progress.setWindowTitle(_batch_title())
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    pages_done = 0

    def step(done: int, _pages: int) -> bool:
        nonlocal pages_done
        pages_done = done
        progress.setValue(done)
        sheet = min(batch.sheets_within(done) + 1, batch.count)
        progress.setLabelText(
            translate(
                "aftercare.aftercare_actions", "Printing aftercare sheet {number} of {total}…"
            ).format(number=sheet, total=batch.count)
        )
        return not progress.wasCanceled()

    try:
        print_pdfs(printer, [batch.data], page_progress=step)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("aftercare.aftercare_actions", "Not printed"),
            translate(
                "aftercare.aftercare_actions", "{error} Check the printer and try again."
            ).format(error=exc),
        )
        return 0
    finally:
        progress.setValue(batch.total_pages)
        progress.close()
        progress.deleteLater()
    printed = batch.sheets_within(pages_done)
    given = list(batch.sheets[:printed])
    _log(parent, db, given, "printed")
    _announce(changes, given)
    if printed == batch.count:
        if printed == 1:
            _done(
                parent, translate("aftercare.aftercare_actions", "Done: 1 aftercare sheet printed.")
            )
        else:
            _done(
                parent,
                translate(
                    "aftercare.aftercare_actions", "Done: %n aftercare sheets printed.", "", printed
                ),
            )
    elif batch.count == 1:
        _done(
            parent,
            translate(
                "aftercare.aftercare_actions",
                "Printing stopped: {printed} of 1 aftercare sheet printed.",
            ).format(printed=printed),
        )
    else:
        _done(
            parent,
            translate(
                "aftercare.aftercare_actions",
                "Printing stopped: {printed} of %n aftercare sheets printed.",
                "",
                batch.count,
            ).format(printed=printed),
        )
    return printed


def save_batch(
    parent: QWidget,
    db: Clinic,
    batch: aftercare_cases.AftercareBatch,
    *,
    changes: Changes | None = None,
) -> Path | None:
    """One Save dialog for the one file holding every sheet; says where it went."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        _save_title(batch.count),
        str(Path(start or Path.home()) / batch.suggested_name),
        translate("aftercare.aftercare_actions", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = save_bytes(
        parent,
        chosen,
        batch.data,
        clinic.protected_files(db=db),
        suffixes=(".pdf",),
        what="The aftercare sheets",
    )
    if path is None:
        return None
    _log(parent, db, list(batch.sheets), "saved")
    _announce(changes, list(batch.sheets))
    if batch.count == 1:
        done = translate("aftercare.aftercare_actions", "Done: 1 aftercare sheet saved to {path}.")
    else:
        done = translate(
            "aftercare.aftercare_actions",
            "Done: %n aftercare sheets saved to {path}.",
            "",
            batch.count,
        )
    _done(parent, done.format(path=path))
    return path


def _no_printer(count: int) -> str:
    """No printer: save "the sheet" or "the 18 sheets" as one PDF instead."""
    if count == 1:
        return translate(
            "aftercare.aftercare_actions",
            "No printer is set up on this computer. Save the sheet as one PDF instead and "
            "print it from a computer that has a printer, or ask for one to be installed.",
        )
    return translate(
        "aftercare.aftercare_actions",
        "No printer is set up on this computer. Save the %n sheets as one PDF instead and "
        "print it from a computer that has a printer, or ask for one to be installed.",
        "",
        count,
    )


def _print_title(count: int) -> str:
    if count == 1:
        return translate("aftercare.aftercare_actions", "Print 1 aftercare sheet")
    return translate("aftercare.aftercare_actions", "Print %n aftercare sheets", "", count)


def _save_title(count: int) -> str:
    if count == 1:
        return translate("aftercare.aftercare_actions", "Save 1 aftercare sheet as one PDF")
    return translate(
        "aftercare.aftercare_actions", "Save %n aftercare sheets as one PDF", "", count
    )


def _log(
    parent: QWidget, db: Clinic, given: list[aftercare_cases.AftercarePdf], action: str
) -> None:
    """Each sheet given goes on its client's timeline; a refusal is said once, not per sheet."""
    try:
        for sheet in given:
            aftercare_cases.record_aftercare_given(db, sheet, action)
    except UserError as exc:
        QMessageBox.warning(
            parent, translate("aftercare.aftercare_actions", "Not recorded"), str(exc)
        )


def _done(parent: QWidget, sentence: str) -> None:
    """The end of a batch, plainly: a message box, and the same words in the status bar."""
    show_status(parent, sentence)
    QMessageBox.information(parent, _batch_title(), sentence)


def _announce(changes: Changes | None, given: list[aftercare_cases.AftercarePdf]) -> None:
    """Sheets given show on their clients' timelines."""
    if changes is None:
        return
    for client_id in dict.fromkeys(sheet.client_id for sheet in given):
        if client_id is not None:
            changes.sessions_changed.emit(client_id)


class WaitCursor:
    """Show the wait cursor while something takes a moment."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()
