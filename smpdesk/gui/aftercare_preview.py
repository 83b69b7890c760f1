"""Preview an aftercare sheet, then print it or save it as a PDF.

Whatever the user does is logged against the session (care-plan version,
printed or saved), because clinics must show which instructions a client got.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QKeySequence
from PySide6.QtPdfWidgets import QPdfView
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

from smpdesk import services
from smpdesk.errors import UserError
from smpdesk.gui.printing import (
    ask_save_instead,
    choose_printer,
    has_printer,
    load_pdf,
    print_pdfs,
)


class AftercarePreview(QDialog):
    def __init__(
        self,
        db: sqlite_utils.Database | None,
        pdf: services.AftercarePdf,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.pdf = pdf
        self.setWindowTitle(title)
        self.resize(760, 900)
        self.document, self._buffer = load_pdf(pdf.data, self)

        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        info = QLabel(
            f"{self.document.pageCount()} page{'s' if self.document.pageCount() != 1 else ''}, "
            f"{pdf.paper} paper, care plan version {pdf.content_version}"
        )
        info.setObjectName("preview_info")
        self.print_button = QPushButton("Print…")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton("Save as PDF…")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(info, 1)
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
        printer = choose_printer(self, "Print aftercare sheet", self.pdf.paper)
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer) -> bool:
        try:
            print_pdfs(printer, [self.pdf.data])
        except OSError as exc:
            QMessageBox.warning(self, "Not printed", f"{exc} Check the printer and try again.")
            return False
        self._log("printed")
        return True

    def save_as(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Save aftercare sheet",
            str(Path(folder or Path.home()) / self.pdf.suggested_name),
            "PDF documents (*.pdf)",
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        try:
            path.write_bytes(self.pdf.data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                "Not saved",
                f"The sheet could not be saved there ({exc.strerror}); choose another folder.",
            )
            return None
        self._log("saved")
        return path

    def _log(self, action: str) -> None:
        if self._db is None:
            return
        try:
            services.record_aftercare_given(self._db, self.pdf, action)
        except UserError as exc:
            QMessageBox.warning(self, "Not recorded", str(exc))
