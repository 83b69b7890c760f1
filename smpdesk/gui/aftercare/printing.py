"""Printing PDFs through Qt's print dialog.

Pages are rasterised with QtPdf at no more than 300 dpi and drawn onto the
printer: a sharp result on any clinic printer, without the huge spool files
that QPrinter.HighResolution (often 1200 dpi) produces.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate

MAX_DPI = 300

NO_PRINTER = str(
    QT_TRANSLATE_NOOP(
        "aftercare.printing",
        "No printer is set up on this computer. Save the sheet as a PDF instead and "
        "print it from a computer that has a printer, or ask for one to be installed.",
    )
)


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinters())


PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def ask_save_instead(parent: QWidget | None, message: str = "") -> bool:
    """Say there is no printer; True if the user chose to save a PDF instead.

    ``message`` (already translated) says what the Save button then offers, so the
    sentence matches the dialog that follows: one file for one sheet or for a whole
    batch; by default :data:`NO_PRINTER`, one sheet as a PDF.
    """
    answer = QMessageBox.information(
        parent,
        translate("aftercare.printing", "No printer"),
        message or translate("aftercare.printing", NO_PRINTER),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save


def new_printer(paper: str = "A4") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setResolution(MAX_DPI)
    # The sheet's own paper, so it is not shrunk onto the printer's default.
    printer.setPageSize(QPageSize(PAGE_SIZES.get(paper, QPageSize.PageSizeId.A4)))
    return printer


def choose_printer(parent: QWidget | None, title: str, paper: str = "A4") -> QPrinter | None:
    """Ask the user which printer (and copies, pages); None if they cancel."""
    printer = new_printer(paper)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from memory; keep the buffer alive with it."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    return document, buffer


def print_pdfs(
    printer: QPrinter,
    documents: Sequence[bytes],
    progress: Callable[[int], bool] | None = None,
    *,
    page_progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Print each PDF in order as one job; returns how many were printed.

    ``progress(done)`` is called after each document; returning False stops.
    ``page_progress(pages_done, pages_in_document)`` is called after each page
    (a batch is one long document); returning False stops after that page,
    and the document counts as not printed.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("aftercare.printing", "The printer could not be opened."))
    printed = 0
    first_page = True
    try:
        for data in documents:
            document, buffer = load_pdf(data)
            try:
                pages = document.pageCount()
                for page in range(pages):
                    if not first_page:
                        printer.newPage()
                    first_page = False
                    _draw_page(painter, printer, document, page)
                    if page_progress is not None and not page_progress(page + 1, pages):
                        return printed
            finally:
                document.close()
                buffer.close()
            printed += 1
            if progress is not None and not progress(printed):
                break
    finally:
        painter.end()
    return printed


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    target = QRectF(painter.viewport())
    points = document.pagePointSize(page)
    # Always MAX_DPI, whatever printer.resolution() says: on Windows the print
    # engine resets it to the screen's 96 dpi when the dialog is accepted, and
    # text rasterised at 96 dpi prints blurred.
    dpi = MAX_DPI
    pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(page, pixels)
    scaled = QSize(image.size())
    scaled.scale(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
    x = target.x() + (target.width() - scaled.width()) / 2
    y = target.y() + (target.height() - scaled.height()) / 2
    painter.drawImage(QRectF(x, y, scaled.width(), scaled.height()), image)
