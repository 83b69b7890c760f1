"""Add or edit a client, with each problem shown under its own field.

Checks come from :func:`smpdesk.domain.client_details.validate`, the same rules
the CLI applies.  If saving fails (disk full, database busy) the dialog stays
open with everything typed still in it.

The fields scroll and the buttons stay put, so the dialog fits a 1024x700
screen; Save with a problem in a field scrolled out of view scrolls to it,
focuses it and says what is wrong there.  The date of birth is typed in the
clinic's date style (:class:`~smpdesk.gui.widgets.date_entry.DateEntry`).

Before saving, a client who may already be on file (same family name and date of
birth, phone or email) is shown with a choice: open the existing client, or
save this one anyway.  :attr:`open_existing_id` tells the caller which to open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app.access import may
from smpdesk.app.clients import Client, Duplicate
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.client_details import SEX_CHOICES, ClientDetails, validate
from smpdesk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.clients.client_page import papers_in
from smpdesk.gui.dates import format_medium_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.date_entry import DateEntry
from smpdesk.gui.widgets.form_support import (
    confirm_discard,
    read_value,
    show_problems,
    with_error_label,
    write_value,
)
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label

LABELS = {
    "given_name": QT_TRANSLATE_NOOP("clients.client_dialog", "Given name *"),
    "family_name": QT_TRANSLATE_NOOP("clients.client_dialog", "Family name *"),
    "preferred_name": QT_TRANSLATE_NOOP("clients.client_dialog", "Preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("clients.client_dialog", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("clients.client_dialog", "Sex"),
    "phone": QT_TRANSLATE_NOOP("clients.client_dialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("clients.client_dialog", "Email"),
    "address": QT_TRANSLATE_NOOP("clients.client_dialog", "Address"),
    "notes": QT_TRANSLATE_NOOP("clients.client_dialog", "Notes"),
    "language": QT_TRANSLATE_NOOP("clients.client_dialog", "Papers in"),
}
# The rows top to bottom: the papers' language sits with who the client is, before
# how to reach them (ClientDetails lists it last only because it was added last).
ROW_ORDER = (
    "given_name",
    "family_name",
    "preferred_name",
    "date_of_birth",
    "sex",
    "language",
    "phone",
    "email",
    "address",
    "notes",
)

Input = QLineEdit | QComboBox | QPlainTextEdit | DateEntry


class ClientDialog(QDialog):
    def __init__(
        self, db: Clinic, client: Client | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._client = client
        self._date_style = load_settings(db).date_style
        self.saved_client: Client | None = None
        # Set when the person chose "Open the existing client" in the duplicate prompt.
        self.open_existing_id: int | None = None
        self.setWindowTitle(self.tr("Edit client") if client else self.tr("New client"))
        self.setMinimumWidth(460)

        self.inputs: dict[str, Input] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: dict[str, int] = {}
        order = [*ROW_ORDER, *(n for n in ClientDetails.field_names() if n not in ROW_ORDER)]
        for name in order:
            widget = self._make_input(name)
            widget.setObjectName(name)
            self.inputs[name] = widget
            column, self.errors[name] = with_error_label(widget, name)
            label = QLabel(translate("clients.client_dialog", LABELS[name]))
            label.setBuddy(widget)
            rows[name] = form.rowCount()
            form.addRow(label, column)

        note = QLabel(self.tr("* required"))
        note.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        # The fields scroll; the buttons below them never leave the window.
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.addLayout(form)
        fields_layout.addWidget(note)
        fields_layout.addStretch(1)
        self.fields_scroll = QScrollArea()
        self.fields_scroll.setObjectName("client_fields")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields_scroll, 1)
        layout.addWidget(buttons)
        # Reception edits contact details; the notes may be clinical, so the use
        # case never gives them to reception and keeps them when it saves.
        if not may(db, "sessions.get_session"):
            form.setRowVisible(rows["notes"], False)

        if client is not None:
            self.set_details(client.details())
        self._initial = self.details()
        fit_to_screen(self, 520, 640)

    def _make_input(self, name: str) -> Input:
        if name == "sex":
            combo = QComboBox()
            for key, label in SEX_CHOICES.items():
                combo.addItem(core_label(label), key)
            return combo
        if name == "language":
            combo = QComboBox()
            # "" is the clinic's own language (named when the dialog is built: translated).
            combo.addItem(papers_in(""), "")
            for code, own_name in LANGUAGES.items():
                if code != DEFAULT_LANGUAGE:
                    combo.addItem(own_name, code)
            combo.setToolTip(self.tr("The language of the client's aftercare sheet."))
            return combo
        if name in ("address", "notes"):
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(64 if name == "address" else 88)
            return text
        if name == "date_of_birth":
            return DateEntry(self._date_style)
        line = QLineEdit()
        if name == "phone":
            line.setPlaceholderText(self.tr("e.g. 07700 900123"))
        elif name == "email":
            line.setPlaceholderText("name@example.com")
        return line

    @property
    def date_of_birth(self) -> DateEntry:
        entry = self.inputs["date_of_birth"]
        assert isinstance(entry, DateEntry)
        return entry

    # -- values -------------------------------------------------------------
    def details(self) -> ClientDetails:
        return ClientDetails(**{name: read_value(w) for name, w in self.inputs.items()})

    def set_details(self, details: ClientDetails) -> None:
        language = self.inputs["language"]
        if isinstance(language, QComboBox) and language.findData(details.language) < 0:
            # A code the list leaves out ("en" given on the command line) is shown and
            # kept as it is, never quietly turned into the clinic's language on saving.
            language.addItem(papers_in(details.language), details.language)
        for name, value in details.as_dict().items():
            write_value(self.inputs[name], value)

    def problems(self) -> dict[str, str]:
        """Every problem, the date of birth's in the clinic's own date form."""
        problems = validate(self.details().cleaned())
        typed = self.date_of_birth.problem()
        if typed:
            problems["date_of_birth"] = typed
        return problems

    def show_problems(self, problems: dict[str, str]) -> None:
        show_problems(self.inputs, self.errors, problems)
        first = next((name for name in self.inputs if name in problems), None)
        if first is not None:
            # The field may be scrolled out of view: bring it, and its message, into sight.
            widget = self.inputs[first]
            self.fields_scroll.ensureWidgetVisible(widget, 20, 40)
            self.fields_scroll.ensureWidgetVisible(self.errors[first], 20, 20)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if confirm_discard(self, self.details() != self._initial):
            super().reject()

    # -- saving -------------------------------------------------------------
    def save(self) -> None:
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            return
        details = self.details()
        try:
            if details.cleaned() != self._initial.cleaned() or self._client is None:
                duplicates = client_cases.possible_duplicates(
                    self._db, details, self._client.id if self._client else None
                )
                if duplicates:
                    choice = DuplicatePrompt(
                        duplicates, editing=self._client is not None, parent=self
                    )
                    if not choice.exec():
                        return
                    if choice.open_id is not None:
                        self.open_existing_id = choice.open_id
                        QDialog.reject(self)  # nothing saved; the caller opens that client
                        return
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
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self.accept()


def describe(client: client_cases.ClientRow) -> str:
    """One line reception may see: number, name, date of birth, phone."""
    parts = [f"{client.client_number}  {client.given_name} {client.family_name}".strip()]
    if client.date_of_birth:
        try:
            from datetime import date

            born = format_medium_date(date.fromisoformat(client.date_of_birth))
        except ValueError:
            born = client.date_of_birth
        parts.append(translate("clients.client_dialog", "born {date}").format(date=born))
    if client.phone:
        parts.append(client.phone)
    if client.archived_at:
        parts.append(translate("clients.client_dialog", "(archived)"))
    return ", ".join(parts)


class DuplicatePrompt(QDialog):
    """ "This may be a client you already have": open one of them, or save anyway."""

    def __init__(
        self, duplicates: list[Duplicate], *, editing: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.open_id: int | None = None
        many = len(duplicates) > 1
        intro = QLabel(
            self.tr(
                "These clients already on file may be the same person: check before saving, "
                "so one person does not end up with two records."
            )
            if many
            else self.tr(
                "This client already on file may be the same person: check before saving, "
                "so one person does not end up with two records."
            )
        )
        intro.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setObjectName("duplicate_matches")
        for duplicate in duplicates:
            why = " and ".join(duplicate.reasons)
            item = QListWidgetItem(
                self.tr("{client}\n    same {reasons}").format(
                    client=describe(duplicate.client), reasons=why
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, duplicate.client.id)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        self.matches.itemDoubleClicked.connect(lambda _item: self._open())
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("Open the existing client"))
        self.open_button.setObjectName("open_existing")
        self.open_button.setDefault(True)
        self.save_button = QPushButton(
            self.tr("Save anyway") if editing else self.tr("Save as a new client anyway")
        )
        self.save_button.setObjectName("save_anyway")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.matches, 1)
        hint = QLabel(self.tr("Nothing is saved if you open the existing client or cancel."))
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 300)

    def _open(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            return
        self.open_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
