"""Record or edit a treatment session in under a minute.

Most fields repeat from the client's last session (same practitioner, same
pigment and needles), so a new session opens pre-filled and the lot fields
offer what the clinic used before.  The next appointment is proposed from
the clinic's interval for this kind of session.

A new session for a client with a do-not-treat flag can still be recorded
(the practitioner may have the doctor's letter in hand), but only with a
typed reason, which is stored with the session; the flags sit at the top,
outside the scrolling form, so they are read before anything is typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
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

from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires as questionnaire_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.dates import format_long_date
from smpdesk.domain.session_details import AREAS, SESSION_TYPES, SessionDetails, validate_session
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.questionnaires.answers_view import FLAG_COLOURS
from smpdesk.gui.questionnaires.flags_panel import flag_line
from smpdesk.gui.widgets.form_support import (
    confirm_discard,
    read_value,
    show_problems,
    with_error_label,
    write_value,
)
from smpdesk.questionnaire.answers import RaisedFlag

OVERRIDE_FIELD = "override_reason"
# Checked here too so that it shows together with the form's own problems.
OVERRIDE_MISSING = session_cases.OVERRIDE_MISSING

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
        db: Clinic,
        client_id: int,
        session: session_cases.Session | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._client_id = client_id
        self._session = session
        self.saved_session: session_cases.Session | None = None
        self._follow_up_days = load_settings(db).follow_up_days
        client = client_cases.get_client(db, client_id)
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
        self.override_box: QFrame | None = None
        self.override_input: QPlainTextEdit | None = None
        self.override_error: QLabel | None = None
        self._layout = QVBoxLayout(self)
        if session is None:
            blocking = self._blocking_flags()
            if blocking:
                self._add_override_box(blocking)
        else:
            stored = session_cases.session_override(db, session.id)
            if stored is not None:
                self._layout.addWidget(self._stored_override_box(*stored))
        self._layout.addWidget(scroll, 1)
        self._layout.addWidget(buttons)

        details = session.details if session else session_cases.new_session_defaults(db, client_id)
        self.set_details(details)
        self._initial = self.details()
        session_type, session_date = self.inputs["session_type"], self.inputs["session_date"]
        assert isinstance(session_type, QComboBox) and isinstance(session_date, QLineEdit)
        session_type.currentIndexChanged.connect(self._update_proposal)
        session_date.textChanged.connect(self._update_proposal)
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
            completer = QCompleter(session_cases.used_values(self._db, name), line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            line.setCompleter(completer)
        return line

    def _blocking_flags(self) -> list[RaisedFlag]:
        try:
            return questionnaire_cases.do_not_treat(self._db, self._client_id)
        except UserError:
            return []  # record_session checks again and says what went wrong

    @staticmethod
    def _red_box(heading: str, flags: list[RaisedFlag]) -> tuple[QFrame, QVBoxLayout]:
        ink, _tint = FLAG_COLOURS["do-not-treat"]
        box = QFrame()
        box.setObjectName("override_box")
        box.setStyleSheet(
            f"#override_box {{ border: 2px solid {ink}; border-radius: 6px; background: #fffafa; }}"
        )
        column = QVBoxLayout(box)
        column.setSpacing(4)
        title = QLabel(heading)
        title.setStyleSheet(f"color: {ink}; font-weight: bold;")
        column.addWidget(title)
        for flag in flags:
            column.addWidget(flag_line(flag))
        return box, column

    def _add_override_box(self, flags: list[RaisedFlag]) -> None:
        """The flags and the reason field, at the top where they cannot be scrolled past."""
        count = f"{len(flags)} do-not-treat flags" if len(flags) > 1 else "a do-not-treat flag"
        box, column = self._red_box(f"This client's answers raised {count}", flags)
        reason = QPlainTextEdit()
        reason.setObjectName(OVERRIDE_FIELD)
        reason.setTabChangesFocus(True)
        reason.setFixedHeight(58)
        reason.setPlaceholderText("e.g. GP letter dated 3 March seen: cleared for treatment")
        field, self.override_error = with_error_label(reason, OVERRIDE_FIELD)
        label = QLabel("Reason to go ahead anyway *")
        label.setBuddy(reason)
        label.setStyleSheet("font-weight: bold; margin-top: 4px;")
        hint = QLabel("Kept with the session and shown on the client's timeline.")
        hint.setStyleSheet("color: #5b6670;")
        column.addWidget(label)
        column.addLayout(field)
        column.addWidget(hint)
        self.override_box = box
        self.override_input = reason
        self._layout.insertWidget(0, box)
        box.show()  # at once, even when added to an open dialog: focus goes there next

    def _stored_override_box(self, reason: str, stored_flags: list) -> QFrame:
        flags = [f for item in stored_flags if (f := RaisedFlag.from_json(item))]
        box, column = self._red_box("Went ahead despite do-not-treat", flags)
        text = QLabel(f"Reason given: {reason}")
        text.setObjectName("override_reason_stored")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(text)
        return box

    def _proposal_row(self) -> QHBoxLayout:
        self.proposal_label = QLabel()
        self.proposal_label.setObjectName("proposal_label")
        self.proposal_label.setStyleSheet("color: #444;")
        # Unwrapped, the proposal made the form wider than the dialog (a sideways scrollbar).
        self.proposal_label.setWordWrap(True)
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
        return session_cases.proposed_next_date(when, kind, self._follow_up_days)

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

    def override_reason(self) -> str | None:
        return self.override_input.toPlainText() if self.override_input is not None else None

    def _show_problems(self, problems: dict[str, str]) -> None:
        inputs: dict[str, QWidget] = dict(self.inputs)
        errors = dict(self.errors)
        if self.override_input is not None and self.override_error is not None:
            # First, so focus goes to the top of the dialog like the eye does.
            inputs = {OVERRIDE_FIELD: self.override_input, **inputs}
            errors = {OVERRIDE_FIELD: self.override_error, **errors}
        show_problems(inputs, errors, problems)

    def reject(self) -> None:
        changed = self.details() != self._initial or bool((self.override_reason() or "").strip())
        if confirm_discard(self, changed):
            super().reject()

    def save(self) -> None:
        details = self.details()
        problems = validate_session(details.cleaned())
        reason = self.override_reason()
        if reason is not None and len(" ".join(reason.split())) < session_cases.OVERRIDE_MIN_LENGTH:
            problems = {OVERRIDE_FIELD: OVERRIDE_MISSING, **problems}
        self._show_problems(problems)
        if problems:
            return
        try:
            if self._session is None:
                self.saved_session = session_cases.record_session(
                    self._db, self._client_id, details, override_reason=reason
                )
            else:
                self.saved_session = session_cases.update_session(
                    self._db, self._session.id, details, if_updated_at=self._session.updated_at
                )
        except ValidationError as exc:
            if OVERRIDE_FIELD in exc.fields and self.override_input is None:
                # A questionnaire was finished while this dialog was open.
                self._add_override_box(self._blocking_flags())
            self._show_problems(exc.fields)
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
