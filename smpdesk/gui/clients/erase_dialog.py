"""Erase a client for good (the owner's act): what goes, what stays, a reason, the number typed.

The dialog says exactly what is removed (from :func:`smpdesk.app.erasure.erasure_preview`),
that backups made before now still hold the client until they rotate out (and that
restoring one erases them again), and asks for a reason and the client's number
typed in full.  The erasure itself runs on a worker through the window's runner:
a client with many photos means many pages zeroed and a checkpoint.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import erasure
from smpdesk.app.clinic import Clinic
from smpdesk.errors import UserError
from smpdesk.gui.operations import Operation, runner_for


def _paragraph(text: str, *, name: str = "", muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if name:
        label.setObjectName(name)
    if muted:
        label.setStyleSheet("color: #444;")
    return label


class EraseDialog(QDialog):
    """Raises UserError (refused, or no such client) when built: the caller shows it."""

    def __init__(self, db: Clinic, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.preview = erasure.erasure_preview(db, client_id)  # the owner's, checked here
        self.erased: erasure.Erased | None = None
        self._running: Operation | None = None
        number = html.escape(self.preview.client_number)
        self.setWindowTitle(self.tr("Erase a client"))
        self.setObjectName("erase_dialog")
        self.setMinimumWidth(600)

        heading = _paragraph(
            self.tr("<b>Erase {name} ({number}) for good?</b>").format(
                name=html.escape(self.preview.name), number=number
            ),
            name="erase_heading",
        )
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        items = "".join(
            f"<li>{html.escape(item)}</li>"
            for item in (
                self.tr("their details, and every earlier version of them"),
                *self.preview.records,
                self.tr("their entries in the search index"),
            )
        )
        removed = _paragraph(
            self.tr(
                "This removes everything smpdesk holds about them:<ul>{items}</ul>"
                "<b>It cannot be undone.</b>"
            ).format(items=items),
            name="erase_what",
        )
        kept = _paragraph(
            self.tr(
                "Backups made before now still hold this client until they are rotated out. "
                "If one of them is ever restored, smpdesk erases the client again, from the "
                "erasure register (it keeps the client number, the dates and your reason, "
                "nothing else). The audit log records only that client {number} was erased, "
                "and by whom."
            ).format(number=number),
            name="erase_kept",
            muted=True,
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("erase_reason")
        self.reason.setMaxLength(erasure.REASON_MAX)
        self.reason.setPlaceholderText(
            self.tr("For example: the client asked in writing on 3 March")
        )
        self.reason.setToolTip(
            self.tr("Kept in the erasure register; write no health details here")
        )
        self.confirmation = QLineEdit()
        self.confirmation.setObjectName("erase_confirmation")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(
            self.tr("Type {number} to confirm").format(number=self.preview.client_number),
            self.confirmation,
        )
        hint = QLabel(
            self.tr("The reason is kept in the erasure register: write no health details.")
        )
        hint.setStyleSheet("color: #555;")
        form.addRow("", hint)

        self.problem = QLabel()
        self.problem.setObjectName("erase_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase for good"))
        self.erase_button.setObjectName("erase_button")
        self.erase_button.setStyleSheet(
            "QPushButton:enabled { color: #b00020; font-weight: bold; }"
        )
        self.erase_button.setAutoDefault(False)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(removed)
        layout.addWidget(kept)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self._update()
        self.reason.setFocus()

    def _ready(self) -> bool:
        return bool(self.reason.text().strip()) and erasure.confirms(
            self.confirmation.text(), self.preview.client_number
        )

    def _update(self) -> None:
        self.erase_button.setEnabled(self._ready() and self._running is None)

    def erase(self) -> Operation | None:
        """Erase on a worker; the dialog closes when it is done, or says why not."""
        if not self._ready() or self._running is not None:
            return None
        try:
            reason = erasure.checked_reason(self.reason.text())
        except UserError as exc:
            self._say(str(exc))
            return None
        client_id, typed = self.preview.client_id, self.confirmation.text()
        self.problem.hide()

        def done(result: erasure.Erased) -> None:
            self._running = None
            self.erased = result
            self.accept()

        def failed(_exc: BaseException) -> None:  # the runner has shown the sentence
            self._running = None
            self._update()

        self._running = runner_for(self, self._db).run_with_progress(
            lambda db, _progress: erasure.erase_client(
                db, client_id, confirmation=typed, reason=reason
            ),
            label=self.tr("Erasing client {number}…").format(number=self.preview.client_number),
            title=self.tr("Erase a client"),
            error_title=self.tr("Not erased"),
            on_done=done,
            on_failed=failed,
            parent=self,
        )
        self._update()
        return self._running

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def reject(self) -> None:
        if self._running is None:  # never closed half-way through an erasure
            super().reject()


__all__ = ["EraseDialog"]
