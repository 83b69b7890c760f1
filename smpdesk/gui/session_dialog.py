"""Record or edit a treatment session in under a minute.

Most fields repeat from the client's last session (same practitioner, same
pigment and needles), so a new session opens pre-filled and the lot fields
offer what the clinic used before.  The next appointment is proposed from
the clinic's interval for this kind of session.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smpdesk import services, store
from smpdesk.clinic_settings import load_settings
from smpdesk.dates import format_long_date
from smpdesk.errors import UserError, ValidationError
from smpdesk.follow_ups import proposed_next_date
from smpdesk.gui.form_support import (
    confirm_discard,
    read_value,
    show_problems,
    with_error_label,
    write_value,
)
from smpdesk.session_details import AREAS, SESSION_TYPES, SessionDetails, validate_session

COMPLETED_FIELDS = (
    "practitioner",
    "pigment_brand",
    "pigment_shade",
    "dilution",
    "pigment_lot",
    "diluent",
    "diluent_lot",
    "needle_config",
    "needle_diameter",
    "cartridge_lot",
    "machine",
    "machine_settings",
    "numbing_product",
)

SECTIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Session",
        [
            ("session_date", "Date *", "YYYY-MM-DD"),
            ("session_type", "Kind of session *", ""),
            ("start_time", "Start time", "HH:MM"),
            ("end_time", "End time", "HH:MM"),
            ("practitioner", "Practitioner", ""),
            ("areas", "Areas treated", ""),
        ],
    ),
    (
        "Pigment and needles",
        [
            ("pigment_brand", "Pigment brand", ""),
            ("pigment_shade", "Shade", ""),
            ("dilution", "Dilution", "e.g. 1:3"),
            ("pigment_lot", "Pigment lot", "as printed on the bottle"),
            ("pigment_expiry", "Pigment expiry", "YYYY-MM-DD"),
            ("diluent", "Diluent", ""),
            ("diluent_lot", "Diluent lot", ""),
            ("needle_config", "Needle configuration", "e.g. 1RL"),
            ("needle_diameter", "Needle diameter (mm)", "e.g. 0.25"),
            ("cartridge_lot", "Cartridge lot", ""),
        ],
    ),
    (
        "Machine and numbing",
        [
            ("machine", "Machine", ""),
            ("machine_settings", "Machine settings", "e.g. 8.5 V, 3.5 mm stroke"),
            ("numbing_product", "Numbing product", ""),
        ],
    ),
    (
        "Outcome",
        [
            ("duration_minutes", "Duration (minutes)", ""),
            ("skin_reaction", "Skin reaction", "e.g. mild redness, pinpoint bleeding"),
            ("pain_score", "Pain score (0–10)", ""),
            ("complications", "Complications", ""),
            ("notes", "Notes", ""),
        ],
    ),
    ("Next appointment", [("next_appointment", "Next appointment", "YYYY-MM-DD HH:MM")]),
]


class AreasPicker(QWidget):
    """Tick boxes for the treated areas; value is the stored comma list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(AREAS.items()):
            box = QCheckBox(label)
            box.setObjectName(f"area_{key}")
            self.boxes[key] = box
            grid.addWidget(box, i // 4, i % 4)

    def value(self) -> str:
        return ",".join(k for k, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: str) -> None:
        chosen = set(filter(None, value.split(",")))
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)


class SessionDialog(QDialog):
    def __init__(
        self,
        db: sqlite_utils.Database,
        client_id: int,
        session: store.Session | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._client_id = client_id
        self._session = session
        self.saved_session: store.Session | None = None
        self._follow_up_days = load_settings(db).follow_up_days
        client = store.get_client(db, client_id)
        who = client.full_name if client else ""
        self.setWindowTitle(f"{'Edit session' if session else 'Record session'} — {who}")
        self.resize(680, 760)

        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        content = QWidget()
        content_layout = QVBoxLayout(content)
        for title, rows in SECTIONS:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name, label_text, placeholder in rows:
                widget = self._make_input(name, placeholder)
                widget.setObjectName(name)
                self.inputs[name] = widget
                column, self.errors[name] = with_error_label(widget, name)
                if name == "next_appointment":
                    column.addLayout(self._proposal_row())
                label = QLabel(label_text)
                label.setBuddy(widget)
                form.addRow(label, column)
            content_layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        details = session.details if session else services.new_session_defaults(db, client_id)
        self.set_details(details)
        self._initial = self.details()
        self.inputs["session_type"].currentIndexChanged.connect(self._update_proposal)
        self.inputs["session_date"].textChanged.connect(self._update_proposal)
        self._update_proposal()

    # -- building -----------------------------------------------------------
    def _make_input(self, name: str, placeholder: str) -> QWidget:
        if name == "session_type":
            combo = QComboBox()
            for key, label in SESSION_TYPES.items():
                combo.addItem(label, key)
            return combo
        if name == "areas":
            return AreasPicker()
        if name in ("complications", "notes"):
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(60)
            return text
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        if name in COMPLETED_FIELDS:
            completer = QCompleter(store.used_values(self._db, name), line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            line.setCompleter(completer)
        return line

    def _proposal_row(self) -> QHBoxLayout:
        self.proposal_label = QLabel()
        self.proposal_label.setObjectName("proposal_label")
        self.proposal_label.setStyleSheet("color: #444;")
        self.use_proposal = QPushButton("Use proposed date")
        self.use_proposal.clicked.connect(self._apply_proposal)
        row = QHBoxLayout()
        row.addWidget(self.proposal_label, 1)
        row.addWidget(self.use_proposal)
        return row

    def _proposed(self) -> date | None:
        try:
            when = date.fromisoformat(read_value(self.inputs["session_date"]).strip())
        except ValueError:
            return None
        kind = read_value(self.inputs["session_type"])
        return proposed_next_date(when, kind, self._follow_up_days)

    def _update_proposal(self) -> None:
        proposed = self._proposed()
        self.use_proposal.setEnabled(proposed is not None)
        if proposed is None:
            self.proposal_label.setText("Enter the session date to see the proposed next date.")
            return
        kind = SESSION_TYPES.get(read_value(self.inputs["session_type"]), "")
        gap = (proposed - date.fromisoformat(read_value(self.inputs["session_date"]).strip())).days
        self.proposal_label.setText(
            f"Proposed: {format_long_date(proposed)} ({_describe_gap(gap)} after a {kind.lower()})"
        )

    def _apply_proposal(self) -> None:
        proposed = self._proposed()
        if proposed is not None:
            write_value(self.inputs["next_appointment"], f"{proposed.isoformat()} 10:00")

    # -- values -------------------------------------------------------------
    def details(self) -> SessionDetails:
        return SessionDetails(**{name: read_value(w) for name, w in self.inputs.items()})

    def set_details(self, details: SessionDetails) -> None:
        for name, value in details.as_dict().items():
            write_value(self.inputs[name], value)

    def reject(self) -> None:
        if confirm_discard(self, self.details() != self._initial):
            super().reject()

    def save(self) -> None:
        details = self.details()
        problems = validate_session(details.cleaned())
        show_problems(self.inputs, self.errors, problems)
        if problems:
            return
        try:
            if self._session is None:
                self.saved_session = services.record_session(self._db, self._client_id, details)
            else:
                self.saved_session = services.update_session(
                    self._db, self._session.id, details, if_updated_at=self._session.updated_at
                )
        except ValidationError as exc:
            show_problems(self.inputs, self.errors, exc.fields)
            return
        except UserError as exc:
            QMessageBox.warning(self, "Not saved", str(exc))
            return
        self.accept()


def _describe_gap(days: int) -> str:
    if days % 365 == 0 and days >= 365:
        years = days // 365
        return f"{years} year{'s' if years > 1 else ''}"
    if days % 7 == 0 and days >= 14:
        return f"{days // 7} weeks"
    return f"{days} days"


__all__ = ["AreasPicker", "SessionDialog"]
