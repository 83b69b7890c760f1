"""The recovery key shown once, with its sheet to print or save and the box saying it was.

Used by the first-run wizard's last page and by Clinic → Protect this clinic,
so the key reads the same (two lines of four groups) and the sheet is made,
printed and saved the same way in both.  reportlab and QtPdf are imported
only when the sheet is asked for: the panel itself opens with neither.
Whatever goes wrong is said in the panel's status line, as a UserError's
sentence; the key itself is never logged or put in a message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clinic as clinic_cases
from smpdesk.app.clinic import Clinic
from smpdesk.errors import UserError
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.form_support import ERROR_STYLE
from smpdesk.gui.widgets.note_lines import NOTE_STYLE, note_label
from smpdesk.gui.widgets.save_files import save_bytes
from smpdesk.gui.widgets.screen_fit import fit_to_screen

CONFIRM_TEXT = str(
    QT_TRANSLATE_NOOP(
        "access.recovery_sheet_panel",
        "I have printed or saved the recovery sheet, or written the key down",
    )
)
# Room for both lines from the start: a key cut in half is no key.
_KEY_SHAPE = "XXXXX-XXXXX-XXXXX-XXXXX\nXXXXX-XXXXX-XXXXX-XXXXX"


def key_lines(recovery_key: str) -> str:
    """The key as two lines of groups (8 groups: 4 + 4), which copied as it is still opens
    the clinic: the recovery key reader takes a line break as a group separator."""
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])


_note = note_label


class RecoverySheetPanel(QWidget):
    """The key, "Print recovery sheet…", "Save recovery sheet as PDF…", a status line and
    the confirmation box; ``confirmed_changed`` says when the box is ticked or unticked.

    ``status_changed`` is sent after the status line changed, for a window that has to
    grow to show it.  Nothing can be printed or saved before :meth:`show_key`.
    """

    confirmed_changed = Signal(bool)
    status_changed = Signal()

    def __init__(self, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic: Clinic | None = None
        self._key: str | None = None
        self._stem = "clinic"
        self._sheet: bytes | None = None

        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.8)
        font.setWeight(QFont.Weight.Bold)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(
            "background: #fffbe6; border: 1px solid #d9c77a; padding: 10px;"
        )
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setText(_KEY_SHAPE)
        self.key_label.setMinimumHeight(self.key_label.sizeHint().height())
        self.key_label.clear()

        # Not auto-default: Enter goes to the window's default button (which the protect
        # dialog moves from Print to Finish once the box is ticked), never to a focused one.
        self.print_button = QPushButton(self.tr("Print recovery sheet…"))
        self.print_button.setObjectName("print_sheet")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("Save recovery sheet as PDF…"))
        self.save_button.setObjectName("save_sheet")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_sheet)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.sheet_status = _note("", "sheet_status")
        self.sheet_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_status.hide()
        self.confirmed = QCheckBox(translate("access.recovery_sheet_panel", CONFIRM_TEXT))
        self.confirmed.setObjectName("confirmed")
        self.confirmed.toggled.connect(self.confirmed_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addWidget(_note(note))
        layout.addLayout(row)
        layout.addWidget(self.sheet_status)
        layout.addWidget(self.confirmed)

    def show_key(self, clinic: Clinic, recovery_key: str, file_stem: str) -> None:
        """Show ``recovery_key`` of ``clinic`` (whose file is named ``file_stem``)."""
        self._clinic, self._key, self._stem = clinic, recovery_key, file_stem
        self._sheet = None
        self.key_label.setText(key_lines(recovery_key))

    def sheet_name(self) -> str:
        """The file name offered for the saved sheet."""
        return f"recovery-sheet-{self._stem}.pdf"

    def sheet_pdf(self) -> bytes | None:
        """The recovery sheet (made once), or None after saying why it could not be made."""
        if self._clinic is None or self._key is None:
            return None
        if self._sheet is None:
            from smpdesk.app import staff as staff_cases  # reportlab, only when asked

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._sheet = staff_cases.recovery_sheet_pdf(self._clinic, self._key)
            except UserError as exc:
                self._say(str(exc), error=True)
                return None
            finally:
                QApplication.restoreOverrideCursor()
        return self._sheet

    def print_sheet(self) -> None:
        """Open the sheet in the PDF preview, which prints it (or saves it) from there."""
        data = self.sheet_pdf()
        if data is None or self._clinic is None:
            return
        from smpdesk.gui.aftercare.aftercare_preview import PdfPreview  # QtPdf, only when asked

        try:
            paper = clinic_cases.load_settings(self._clinic).paper
            protected_files = clinic_cases.protected_files(db=self._clinic)
        except UserError as exc:
            self._say(str(exc), error=True)
            return
        preview = PdfPreview(
            data,
            title=self.tr("Recovery sheet"),
            paper=paper,
            suggested_name=self.sheet_name(),
            protected=protected_files,
            info=self.tr("keep it in the clinic safe"),
            parent=self,
        )
        fit_to_screen(preview, 720, 660)
        preview.exec()
        preview.deleteLater()

    def save_sheet(self) -> Path | None:
        """Ask where to save the sheet (once it is made) and save it there."""
        if self.sheet_pdf() is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery sheet"),
            str(Path(folder or Path.home()) / self.sheet_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        return self.save_sheet_to(chosen) if chosen else None

    def save_sheet_to(self, chosen: str) -> Path | None:
        """Save the sheet as ``chosen`` (".pdf" added); never over the clinic's own files."""
        data = self.sheet_pdf()
        if data is None or self._clinic is None:
            return None
        try:
            protected_files = clinic_cases.protected_files(db=self._clinic)
        except UserError as exc:
            self._say(str(exc), error=True)
            return None
        path = save_bytes(
            self, chosen, data, protected_files, suffixes=(".pdf",), what="The recovery sheet"
        )
        if path is not None:
            self._say(
                self.tr("Saved as {path}. Move it to a USB stick kept in the clinic safe.").format(
                    path=path
                )
            )
        return path

    def may_close(self) -> bool:
        """Closing with the box unticked asks first: the key is not shown again."""
        if self.confirmed.isChecked():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Close without the recovery sheet?"),
            self.tr(
                "The recovery key is not shown again. Without it, if every owner password is "
                "forgotten, nobody can read the records. Close anyway?"
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def _say(self, text: str, *, error: bool = False) -> None:
        self.sheet_status.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.sheet_status.setText(text)
        self.sheet_status.setVisible(bool(text))
        self.status_changed.emit()


__all__ = ["CONFIRM_TEXT", "RecoverySheetPanel", "key_lines"]
