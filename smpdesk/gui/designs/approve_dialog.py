"""The client approves one design version by signing for it.

The client looks at the preview, reads the sentence they confirm, checks their
name and signs on the same pad as the consent form
(:class:`~smpdesk.gui.questionnaires.signature_pad.SignaturePad`).  Approval is
final: :func:`smpdesk.app.designs.approve_design` stores the signature once and
an approved version is never changed again (a change is a new version, which is
signed for in its turn).  The consent form's own declaration ("I chose the
hairline, shade and placement, and I am happy with them") then points to a
design the client has actually seen and signed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app import designs as design_cases
from smpdesk.app.clinic import Clinic
from smpdesk.errors import UserError
from smpdesk.gui.designs.preview_window import ScaledPicture
from smpdesk.gui.questionnaires.signature_pad import SignaturePad
from smpdesk.gui.widgets.screen_fit import fit_to_screen

#: What the client confirms, in the consent form's words ("I chose the hairline,
#: shade and placement, and I am happy with them"), tied to the version they see.
STATEMENT = (
    "I have seen this design (version {version}) and its preview. It is the hairline, shade "
    "and placement I chose together with my practitioner, and I am happy with them. I "
    "understand the preview is a simulation: the healed result varies with skin, sun and "
    "aftercare."
)
FINAL_NOTE = (
    "Signing approves this version for good: it cannot be changed afterwards. Any change is "
    "saved as a new version, to be approved again."
)


class ApproveDialog(QDialog):
    """Preview, statement, name and signature; "Approve and sign" stores them (final)."""

    def __init__(self, db: Clinic, design_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approve_design_dialog")
        self._db = db
        self.design_id = design_id
        self.approved: design_cases.DesignRecord | None = None
        self.record = design_cases.get_design(db, design_id)
        self.setWindowTitle(f"Approve design version {self.record.version}")

        self.picture = ScaledPicture()
        self.picture.setObjectName("approve_preview")
        pixmap = QPixmap()
        pixmap.loadFromData(design_cases.design_preview(db, design_id))
        self.picture.set_picture(pixmap)

        heading = QLabel("Your SMP design")
        heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.statement = QLabel(STATEMENT.format(version=self.record.version))
        self.statement.setObjectName("approve_statement")
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        self.statement.setStyleSheet("font-size: 14px;")
        note = QLabel(FINAL_NOTE)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6670;")

        self.name = QLineEdit()
        self.name.setObjectName("approve_name")
        self.name.setMaxLength(120)
        client = client_cases.get_client(db, self.record.client_id)
        if client is not None:
            self.name.setText(client.full_name)
        self.name.textChanged.connect(self._update)
        self.pad = SignaturePad()
        self.pad.setObjectName("approve_signature")
        self.pad.changed.connect(self._update)
        self.problem = QLabel()
        self.problem.setObjectName("approve_problem")
        self.problem.setStyleSheet("color: #a02020;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow("Your name *", self.name)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = buttons.addButton(
            "Approve and sign", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setObjectName("approve_button")
        buttons.accepted.connect(self.approve)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(heading)
        side.addWidget(self.statement)
        side.addSpacing(6)
        side.addLayout(form)
        side.addWidget(QLabel("Sign here *"))
        side.addWidget(self.pad)
        side.addWidget(self.problem)
        side.addWidget(note)
        side.addStretch(1)
        side.addWidget(buttons)
        column = QWidget()
        column.setLayout(side)
        column.setMinimumWidth(440)
        column.setMaximumWidth(520)

        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(column)
        fit_to_screen(self, 1180, 700)
        self._update()

    def _update(self) -> None:
        ready = bool(self.name.text().strip()) and not self.pad.is_empty()
        self.approve_button.setEnabled(ready)
        if ready:
            self.problem.hide()

    def approve(self) -> None:
        png = self.pad.png_bytes()
        name = self.name.text().strip()
        if not name or png is None:
            self.problem.setText("Type your name and sign in the box to approve the design.")
            self.problem.show()
            return
        try:
            self.approved = design_cases.approve_design(self._db, self.design_id, png, name)
        except UserError as exc:
            QMessageBox.warning(self, "Design not approved", str(exc))
            return
        self.accept()


__all__ = ["FINAL_NOTE", "STATEMENT", "ApproveDialog"]
