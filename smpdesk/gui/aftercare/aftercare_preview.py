"""Preview an aftercare sheet, then print it or save it as a PDF.

Whatever the user does is logged against the session (care-plan version,
printed or saved), because clinics must show which instructions a client got.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import aftercare as aftercare_cases
from smpdesk.app import clinic
from smpdesk.app.clinic import Clinic
from smpdesk.errors import UserError
from smpdesk.gui.aftercare.printing import (
    ask_save_instead,
    choose_printer,
    has_printer,
    load_pdf,
    print_pdfs,
)
from smpdesk.gui.i18n import translate
from smpdesk.gui.widgets.save_files import save_bytes
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.infra.safe_output import ProtectedFiles


def save_title(title: str) -> str:
    """ "Save consent record — Łukasz Żółć": only the first letter is lowered, never the name."""
    if not title:
        return translate("aftercare.aftercare_preview", "Save as PDF")
    # English lowers the title's first letter ("Save blank aftercare sheet"); a language
    # whose nouns keep their capital (German) translates this switch as "keep".
    lowering = translate(
        "aftercare.aftercare_preview",
        "lower",
        "Save {title}: lower the title's first letter? Translate as lower or keep",
    )
    if lowering != "keep":
        title = f"{title[:1].lower()}{title[1:]}"
    return translate("aftercare.aftercare_preview", "Save {title}").format(title=title)


class PdfPreview(QDialog):
    """A PDF on screen with Print… and Save as PDF…; ``done(action)`` after either."""

    def __init__(
        self,
        data: bytes,
        *,
        title: str,
        paper: str,
        suggested_name: str,
        protected: ProtectedFiles,
        info: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.protected = protected
        self.paper = paper
        self.suggested_name = suggested_name
        self.print_title = title
        self.setWindowTitle(title)
        # As tall as the screen allows (taskbar excluded), so Print, Save and
        # Close are never below the bottom edge of a 1366x768 laptop.
        fit_to_screen(self, 860)
        self.document, self._buffer = load_pdf(data, self)

        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        pages = self.document.pageCount()
        if pages == 1:
            summary = self.tr("1 page, {paper} paper").format(paper=paper)
        else:
            summary = self.tr("%n pages, {paper} paper", "", pages).format(paper=paper)
        label = QLabel(f"{summary}, {info}" if info else summary)
        label.setObjectName("preview_info")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(label, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    # -- actions ------------------------------------------------------------
    def print_sheet(self) -> None:
        if not has_printer():
            if ask_save_instead(self):
                self.save_as()
            return
        printer = choose_printer(self, self.print_title, self.paper)
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        try:
            print_pdfs(printer, [self.data])
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not printed"),
                self.tr("{error} Check the printer and try again.").format(error=exc),
            )
            return False
        self.done_action("printed")
        return True

    def save_as(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            save_title(self.print_title),
            str(Path(folder or Path.home()) / self.suggested_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return None
        path = save_bytes(self, name, self.data, self.protected, suffixes=(".pdf",), what="The PDF")
        if path is None:
            return None
        self.done_action("saved")
        return path

    def done_action(self, action: str) -> None:
        """Hook for subclasses that log what was printed or saved."""


class AftercarePreview(PdfPreview):
    """The aftercare sheet; printing or saving it is logged against the session."""

    def __init__(
        self,
        db: Clinic | None,
        pdf: aftercare_cases.AftercarePdf,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        self._db = db
        self.pdf = pdf
        super().__init__(
            pdf.data,
            title=title,
            paper=pdf.paper,
            suggested_name=pdf.suggested_name,
            protected=clinic.protected_files(db=db),
            info=translate("AftercarePreview", "care plan version {version}").format(
                version=pdf.content_version
            ),
            parent=parent,
        )

    def done_action(self, action: str) -> None:
        self._log(action)

    def _log(self, action: str) -> None:
        if self._db is None:
            return
        try:
            aftercare_cases.record_aftercare_given(self._db, self.pdf, action)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not recorded"), str(exc))
