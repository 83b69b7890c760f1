"""Add or edit a client, with each problem shown under its own field.

Checks come from :func:`smpdesk.domain.client_details.validate`, the same rules
the CLI applies.  If saving fails (disk full, database busy) the dialog stays
open with everything typed still in it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app.access import may
from smpdesk.app.clients import Client
from smpdesk.app.clinic import Clinic
from smpdesk.domain.client_details import SEX_CHOICES, ClientDetails, validate
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.widgets.form_support import (
    confirm_discard,
    read_value,
    show_problems,
    with_error_label,
    write_value,
)

LABELS = {
    "given_name": "Given name *",
    "family_name": "Family name *",
    "preferred_name": "Preferred name",
    "date_of_birth": "Date of birth",
    "sex": "Sex",
    "phone": "Phone",
    "email": "Email",
    "address": "Address",
    "notes": "Notes",
}


class ClientDialog(QDialog):
    def __init__(
        self, db: Clinic, client: Client | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._client = client
        self.saved_client: Client | None = None
        self.setWindowTitle("Edit client" if client else "New client")
        self.setMinimumWidth(460)

        self.inputs: dict[str, QLineEdit | QComboBox | QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: dict[str, int] = {}
        for name in ClientDetails.field_names():
            widget = self._make_input(name)
            widget.setObjectName(name)
            self.inputs[name] = widget
            column, self.errors[name] = with_error_label(widget, name)
            label = QLabel(LABELS[name])
            label.setBuddy(widget)
            rows[name] = form.rowCount()
            form.addRow(label, column)

        note = QLabel("* required")
        note.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        # Reception edits contact details; the notes may be clinical, so the use
        # case never gives them to reception and keeps them when it saves.
        if not may(db, "sessions.get_session"):
            form.setRowVisible(rows["notes"], False)

        if client is not None:
            self.set_details(client.details())
        self._initial = self.details()

    def _make_input(self, name: str) -> QLineEdit | QComboBox | QPlainTextEdit:
        if name == "sex":
            combo = QComboBox()
            for key, label in SEX_CHOICES.items():
                combo.addItem(label, key)
            return combo
        if name in ("address", "notes"):
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(64 if name == "address" else 88)
            return text
        line = QLineEdit()
        if name == "date_of_birth":
            line.setPlaceholderText("YYYY-MM-DD")
        elif name == "phone":
            line.setPlaceholderText("e.g. 07700 900123")
        elif name == "email":
            line.setPlaceholderText("name@example.com")
        return line

    # -- values -------------------------------------------------------------
    def details(self) -> ClientDetails:
        return ClientDetails(**{name: read_value(w) for name, w in self.inputs.items()})

    def set_details(self, details: ClientDetails) -> None:
        for name, value in details.as_dict().items():
            write_value(self.inputs[name], value)

    def show_problems(self, problems: dict[str, str]) -> None:
        show_problems(self.inputs, self.errors, problems)

    def reject(self) -> None:
        if confirm_discard(self, self.details() != self._initial):
            super().reject()

    # -- saving -------------------------------------------------------------
    def save(self) -> None:
        details = self.details()
        problems = validate(details.cleaned())
        self.show_problems(problems)
        if problems:
            return
        try:
            if self._client is None:
                self.saved_client = client_cases.add_client(self._db, details)
            else:
                self.saved_client = client_cases.update_client(
                    self._db, self._client.id, details, if_updated_at=self._client.updated_at
                )
        except ValidationError as exc:
            self.show_problems(exc.fields)
            return
        except UserError as exc:
            QMessageBox.warning(self, "Not saved", str(exc))
            return
        self.accept()
