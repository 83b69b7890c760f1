"""The signing column shared by the dialogs where a client signs for something final.

Exists so the design approval
(:class:`~smpdesk.gui.designs.approve_dialog.ApproveDialog`) and the plan
acceptance (:class:`~smpdesk.gui.plans.plan_accept.AcceptPlanDialog`) build
the statement, name field, signature pad, final note and buttons once, with one
rule: the sign button is enabled only with a name and ink on the pad.  Each
dialog keeps its own texts and object names (``{prefix}_statement``,
``{prefix}_name``, ``{prefix}_signature``, ``{prefix}_problem``,
``{prefix}_button``) and does the storing itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smpdesk.gui.questionnaires.signature_pad import SignaturePad


class SignOff(QWidget):
    """Heading, statement, name, signature pad, problem line, final note and buttons.

    ``buttons.accepted`` / ``buttons.rejected`` are left for the dialog to connect.
    """

    def __init__(
        self,
        prefix: str,
        heading: str,
        statement: str,
        final_note: str,
        button_text: str,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = QLabel(heading)
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.statement = QLabel(statement)
        self.statement.setObjectName(f"{prefix}_statement")
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        self.statement.setStyleSheet("font-size: 14px;")
        note = QLabel(final_note)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6670;")

        self.name = QLineEdit()
        self.name.setObjectName(f"{prefix}_name")
        self.name.setMaxLength(120)
        self.name.setText(name)
        self.name.textChanged.connect(self._update)
        self.pad = SignaturePad()
        self.pad.setObjectName(f"{prefix}_signature")
        self.pad.changed.connect(self._update)
        self.problem = QLabel()
        self.problem.setObjectName(f"{prefix}_problem")
        self.problem.setStyleSheet("color: #a02020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Your name *"), self.name)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            button_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName(f"{prefix}_button")

        side = QVBoxLayout(self)
        side.addWidget(title)
        side.addWidget(self.statement)
        side.addSpacing(6)
        side.addLayout(form)
        side.addWidget(QLabel(self.tr("Sign here *")))
        side.addWidget(self.pad)
        side.addWidget(self.problem)
        side.addWidget(note)
        side.addStretch(1)
        side.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.setMaximumWidth(520)
        self._update()

    def _update(self) -> None:
        ready = bool(self.name.text().strip()) and not self.pad.is_empty()
        self.sign_button.setEnabled(ready)
        if ready:
            self.problem.hide()

    def signed(self) -> tuple[str, bytes] | None:
        """The typed name and the signature PNG, or ``None`` if either is missing."""
        png = self.pad.png_bytes()
        name = self.name.text().strip()
        if not name or png is None:
            return None
        return name, png

    def complain(self, text: str) -> None:
        """Show why signing did not go through, under the pad."""
        self.problem.setText(text)
        self.problem.show()


__all__ = ["SignOff"]
