"""Staff accounts, the audit trail, and everyone's own password and PIN.

Every change goes through the use cases in :mod:`smpdesk.app.staff`, which
check the signed-in role and write the audit entry; a refusal is shown as its
one sentence, under the field it is about when it names one.  Passwords are
typed twice and compared here before anything is asked of the use case.

The owner's windows (:class:`StaffDialog`, :class:`AuditLogDialog`) and
everyone's :class:`MySecurityDialog` all fit a 1366x768 screen and close with Esc.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QRegularExpression, QStandardPaths, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QRegularExpressionValidator,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic as clinic_cases
from smpdesk.app import protection
from smpdesk.app import staff as staff_cases
from smpdesk.app.access import RULES
from smpdesk.app.clinic import Clinic
from smpdesk.app.staff import AuditEntry
from smpdesk.domain.staff import PASSWORD_MIN_LENGTH, PIN_DIGITS, ROLE_NAMES, Role, Staff
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.dates import format_stamp
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.form_support import ERROR_STYLE, Input, show_problems, with_error_label
from smpdesk.gui.widgets.note_lines import NOTE_STYLE
from smpdesk.gui.widgets.save_files import save_bytes
from smpdesk.gui.words.core_labels import core_label, core_word

MAX_HEIGHT = 680  # with the taskbar and title bar, what a 1366x768 screen shows
OK_STYLE = "color: #1b5e20;"
REFUSED_BACKGROUND = "#fdecea"
REFUSED_TEXT = "#b00020"
DISABLED_TEXT = "#777777"

PASSWORDS_DIFFER = str(
    QT_TRANSLATE_NOOP(
        "access.staff_admin",
        "The two passwords are not the same; type the new password in both boxes again.",
    )
)
PINS_DIFFER = str(
    QT_TRANSLATE_NOOP(
        "access.staff_admin", "The two PINs are not the same; type the new PIN in both boxes again."
    )
)
_PASSWORD_HINT = str(
    QT_TRANSLATE_NOOP(
        "access.staff_admin",
        "At least {count} characters. A few unrelated words are easy to remember and hard "
        "to guess.",
    )
)
PASSWORD_HINT = _PASSWORD_HINT.format(count=PASSWORD_MIN_LENGTH)  # the English, for tests
ROLE_HINTS = {
    Role.OWNER: str(
        QT_TRANSLATE_NOOP(
            "access.staff_admin",
            "Everything, including staff accounts, clinic settings, restoring backups "
            "and the audit log.",
        )
    ),
    Role.PRACTITIONER: str(
        QT_TRANSLATE_NOOP("access.staff_admin", "Clients, treatments, photos and medical forms.")
    ),
    Role.RECEPTION: str(
        QT_TRANSLATE_NOOP(
            "access.staff_admin",
            "Bookings, contact details and aftercare sheets; never medical answers, "
            "photos or treatment details.",
        )
    ),
}

# Entries written outside a use case, and use cases whose rule words are too
# broad for a line in the trail ("manage staff accounts" for both of these).
ACTION_PHRASES = {
    "protection.sign_in": QT_TRANSLATE_NOOP("access.staff_admin", "signed in"),
    "protection.sign_in_failed": str(
        QT_TRANSLATE_NOOP("access.staff_admin", "sign in (wrong password)")
    ),
    "protection.sign_out": QT_TRANSLATE_NOOP("access.staff_admin", "signed out"),
    "protection.lock": QT_TRANSLATE_NOOP("access.staff_admin", "locked the screen"),
    "protection.unlock": QT_TRANSLATE_NOOP("access.staff_admin", "unlock the screen"),
    "protection.take_over": str(
        QT_TRANSLATE_NOOP("access.staff_admin", "took the laptop back from a client")
    ),
    "protection.protect": QT_TRANSLATE_NOOP("access.staff_admin", "protected the clinic"),
    "protection.recover": str(
        QT_TRANSLATE_NOOP("access.staff_admin", "reset an owner's password with the recovery key")
    ),
    "staff.add_staff": QT_TRANSLATE_NOOP("access.staff_admin", "add a staff account"),
    "staff.change_staff": QT_TRANSLATE_NOOP("access.staff_admin", "change a staff account"),
}


def action_phrase(action: str) -> str:
    """The audit entry's action in words: "Signed in", "See medical answers"; else as stored."""
    rule = RULES.get(action)
    ours = ACTION_PHRASES.get(action)
    # The use cases' own rule words come from the core and stay as they are.
    phrase = (
        translate("access.staff_admin", ours) if ours else (rule.what if rule is not None else "")
    )
    return phrase[:1].upper() + phrase[1:] if phrase else action


def local_stamp(at: str) -> tuple[str, str]:
    """A stored UTC time as ``3 Nov 2026 14:30`` in this laptop's time, and to the second."""
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return at, at
    local = when.astimezone() if when.tzinfo is not None else when
    return format_stamp(local), local.strftime("%Y-%m-%d %H:%M:%S")


def password_hint() -> str:
    """:data:`PASSWORD_HINT` in the interface's language."""
    return translate("access.staff_admin", _PASSWORD_HINT).format(count=PASSWORD_MIN_LENGTH)


def _label(text: str = "", *, name: str = "", style: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    label.setWordWrap(wrap)
    return label


def _secret(name: str, *, digits: int = 0) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    if digits:
        edit.setMaxLength(digits)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"[0-9]{{0,{digits}}}")))
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    # Enter in a field runs that field's own action, never the first button.
    button.setAutoDefault(False)
    return button


def _close_box(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
    box.rejected.connect(dialog.reject)
    return box


def _say(label: QLabel, text: str, *, ok: bool = False) -> None:
    label.setText(text)
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setVisible(bool(text))
    window = label.window()
    if isinstance(window, QDialog):
        grow_to_fit(window)


def grow_to_fit(dialog: QDialog) -> None:
    """Make the dialog tall enough for its wrapped lines (a window does not ask them itself).

    A problem or a result appearing under a field adds lines; without this the
    lines below it are cut off.  Never taller than fits a 1366x768 screen.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(width, min(needed, MAX_HEIGHT))


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _role_combo(current: Role = Role.PRACTITIONER) -> tuple[QComboBox, QLabel]:
    combo = QComboBox()
    combo.setObjectName("role")
    for role in Role:
        combo.addItem(core_label(ROLE_NAMES[role]), role.value)
    hint = _label(name="role_hint", style=NOTE_STYLE)

    def show_hint() -> None:
        text = ROLE_HINTS.get(Role(combo.currentData()), "")
        hint.setText(translate("access.staff_admin", text) if text else "")

    combo.currentIndexChanged.connect(show_hint)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    show_hint()
    return combo, hint


T = TypeVar("T")


class _FormDialog(QDialog):
    """A small form: fields with their problems beneath, one line for the rest, OK and Cancel."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.inputs: dict[str, Input] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = _label(name="form_problem", style=ERROR_STYLE)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        if intro:
            self._layout.addWidget(_label(intro, name="intro"))
        self._layout.addLayout(self.form)

    def finish(self) -> None:
        """Below the fields: the line for other problems, then the buttons (last in Tab order)."""
        self._layout.addWidget(self.problem)
        self._layout.addStretch(1)
        self._layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: Input) -> None:
        """A field in the form, under the last one (and after it in Tab order)."""
        widget.setObjectName(name)
        first = not self.inputs
        self.inputs[name] = widget
        column, self.errors[name] = with_error_label(widget, name)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, column)
        if first:
            widget.setFocus()

    def add_note(self, text: str, name: str = "") -> QLabel:
        note = _label(text, name=name, style=NOTE_STYLE)
        self.form.addRow("", note)
        return note

    def text(self, name: str) -> str:
        widget = self.inputs[name]
        return widget.text() if isinstance(widget, QLineEdit) else ""

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Each problem under its field; any about no field here on the line below the form."""
        show_problems(
            self.inputs, self.errors, {k: v for k, v in problems.items() if k in self.inputs}
        )
        _say(self.problem, " ".join(v for k, v in problems.items() if k not in self.inputs))
        grow_to_fit(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    def attempt(self, action: Callable[[], T]) -> T | None:
        """Run the use case; its refusal shown on the form (and None), else its result."""
        try:
            return action()
        except ValidationError as exc:
            self.show_problems(exc.fields)
        except UserError as exc:
            self.show_problems({"": str(exc)})
        return None

    def passwords_differ(self, first: str = "password", second: str = "password_again") -> bool:
        if self.text(first) == self.text(second):
            return False
        self.show_problems({second: translate("access.staff_admin", PASSWORDS_DIFFER)})
        return True

    def submit(self) -> None:  # pragma: no cover - every form has its own
        raise NotImplementedError


class AddStaffDialog(_FormDialog):
    """A new account: name, user name, role and a first password (typed twice)."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("AddStaffDialog", "Add a staff account"),
            translate(
                "AddStaffDialog",
                "Give the new person their own account, so the audit trail says who did what. "
                "Tell them the first password in person; they can change it afterwards.",
            ),
            translate("AddStaffDialog", "Add account"),
            parent,
        )
        self._clinic = clinic
        self.added: Staff | None = None
        name = QLineEdit()
        name.setPlaceholderText(self.tr("e.g. Priya Nair"))
        login = QLineEdit()
        login.setPlaceholderText(self.tr("e.g. priya"))
        self.add_field("display_name", self.tr("Name"), name)
        self.add_field("login", self.tr("User name"), login)
        self.add_note(
            self.tr("What they type to sign in: lower-case letters, digits, dots or dashes.")
        )
        role, hint = _role_combo()
        self.add_field("role", self.tr("Role"), role)
        self.form.addRow("", hint)
        self.add_field("password", self.tr("Password"), _secret("password"))
        self.add_field("password_again", self.tr("Password again"), _secret("password_again"))
        self.add_note(password_hint())
        self.finish()

    def submit(self) -> None:
        if self.passwords_differ():
            return
        role = self.inputs["role"]
        assert isinstance(role, QComboBox)
        self.added = self.attempt(
            lambda: staff_cases.add_staff(
                self._clinic,
                self.text("login"),
                self.text("display_name"),
                str(role.currentData()),
                self.text("password"),
            )
        )
        if self.added is not None:
            self.accept()


class EditStaffDialog(_FormDialog):
    """Rename an account or change its role (the user name stays: records name it)."""

    def __init__(self, clinic: Clinic, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("EditStaffDialog", "Change {name}'s account").format(name=staff.display_name),
            translate("EditStaffDialog", "User name: {login} (it cannot be changed).").format(
                login=staff.login
            ),
            translate("EditStaffDialog", "Save"),
            parent,
        )
        self._clinic = clinic
        self._staff = staff
        self.changed: Staff | None = None
        self.add_field("display_name", self.tr("Name"), QLineEdit(staff.display_name))
        role, hint = _role_combo(staff.role)
        self.add_field("role", self.tr("Role"), role)
        self.form.addRow("", hint)
        self.finish()

    def submit(self) -> None:
        role_box = self.inputs["role"]
        assert isinstance(role_box, QComboBox)
        name = self.text("display_name")
        role = Role(role_box.currentData())
        self.changed = self.attempt(
            lambda: staff_cases.change_staff(
                self._clinic,
                self._staff.id,
                display_name=name if name != self._staff.display_name else None,
                role=role if role is not self._staff.role else None,
            )
        )
        if self.changed is not None:
            self.accept()


class SetPasswordDialog(_FormDialog):
    """The owner sets someone's password: a forgotten one, or to enable a disabled account.

    A disabled account's password was destroyed when it was disabled, so
    enabling it always sets a new one first.
    """

    def __init__(
        self, clinic: Clinic, staff: Staff, *, enable: bool = False, parent: QWidget | None = None
    ) -> None:
        name = staff.display_name
        if enable:
            title = translate("SetPasswordDialog", "Enable {name}'s account").format(name=name)
            ok_text = translate("SetPasswordDialog", "Enable account")
            intro = translate(
                "SetPasswordDialog",
                "{name}'s old password stopped working when the account was disabled. "
                "Set a new one to enable it, and tell it to them in person.",
            ).format(name=name)
        else:
            title = translate("SetPasswordDialog", "Reset {name}'s password").format(name=name)
            ok_text = translate("SetPasswordDialog", "Set password")
            intro = translate(
                "SetPasswordDialog",
                "Set a new password for {name} (user name {login}) and tell it to them "
                "in person; they can change it under My password and PIN.",
            ).format(name=name, login=staff.login)
        super().__init__(title, intro, ok_text, parent)
        self._clinic = clinic
        self._staff = staff
        self._enable = enable
        self.done_staff: Staff | None = None
        self.add_field("password", self.tr("New password"), _secret("password"))
        self.add_field("password_again", self.tr("New password again"), _secret("password_again"))
        self.add_note(password_hint())
        self.finish()

    def submit(self) -> None:
        if self.passwords_differ():
            return

        def set_password() -> Staff:
            staff = staff_cases.reset_password(self._clinic, self._staff.id, self.text("password"))
            if self._enable:
                staff = staff_cases.change_staff(self._clinic, self._staff.id, disabled=False)
            return staff

        self.done_staff = self.attempt(set_password)
        if self.done_staff is not None:
            self.accept()


class RecoveryKeyDialog(QDialog):
    """A new recovery key, shown this once, with its sheet to save and print."""

    def __init__(self, clinic: Clinic, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._key = recovery_key
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("New recovery key"))
        self.setMinimumWidth(560)
        intro = _label(
            self.tr(
                "This is the clinic's new recovery key. It opens the clinic when every owner's "
                "password is lost, and it is shown only this once: save the sheet and print it, "
                "or copy the key by hand, and keep it in the clinic safe. The old recovery sheet "
                "no longer works; destroy it."
            ),
            name="intro",
        )
        groups = recovery_key.split("-")
        half = (len(groups) + 1) // 2
        self.key_label = QLabel("\n".join(["-".join(groups[:half]), "-".join(groups[half:])]))
        self.key_label.setObjectName("recovery_key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.8)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(
            "background: white; border: 1px solid #999; border-radius: 4px; padding: 12px;"
        )
        self.save_button = _button(self.tr("Save recovery sheet as PDF…"), "save_sheet")
        self.save_button.clicked.connect(self.save_sheet)
        self.status = _label(name="sheet_status")
        self.status.hide()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(_close_box(self))
        self.save_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    def save_sheet(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery sheet"),
            str(Path(folder or Path.home()) / f"recovery-sheet-{self._clinic.path.stem}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if name:
            self.save_sheet_to(name)

    def save_sheet_to(self, name: str) -> Path | None:
        try:
            data = staff_cases.recovery_sheet_pdf(self._clinic, self._key)
        except UserError as exc:
            _say(self.status, str(exc))
            return None
        path = save_bytes(
            self,
            name,
            data,
            clinic_cases.protected_files(db=self._clinic),
            suffixes=(".pdf",),
            what="The recovery sheet",
        )
        if path is None:
            return None
        self.saved_to = path
        _say(
            self.status,
            self.tr(
                "Saved as {path}. Print it, put the printout in the clinic safe, then delete the "
                "file: with it, anyone can open a copy of the clinic."
            ).format(path=path),
            ok=True,
        )
        return path

    def reject(self) -> None:
        if self.saved_to is None:
            answer = QMessageBox.question(
                self,
                self.tr("Close without the sheet?"),
                self.tr(
                    "The recovery sheet was not saved, and the key is not shown again. "
                    "Close anyway (you copied the key by hand)?"
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                return
        super().reject()


class StaffDialog(QDialog):
    """The owner's "Staff accounts…": add, rename, re-role, disable, enable, reset passwords."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("StaffDialog", "Name"),
        QT_TRANSLATE_NOOP("StaffDialog", "User name"),
        QT_TRANSLATE_NOOP("StaffDialog", "Role"),
        QT_TRANSLATE_NOOP("StaffDialog", "Status"),
    )

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self.accounts: list[Staff] = []
        self.setWindowTitle(self.tr("Staff accounts"))
        self.resize(760, 440)

        intro = _label(
            self.tr(
                "Everyone signs in with their own account, so the audit trail says who did what. "
                "Accounts are never deleted: disable one when someone leaves, and the records "
                "keep their name."
            ),
            name="intro",
        )
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("staff_table")
        self.table.setHorizontalHeaderLabels([translate("StaffDialog", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit())

        self.add_button = _button(self.tr("Add…"), "add_staff")
        self.edit_button = _button(self.tr("Rename / change role…"), "edit_staff")
        self.toggle_button = _button(self.tr("Disable"), "toggle_staff")
        self.reset_button = _button(self.tr("Reset password…"), "reset_password")
        self.recovery_button = _button(self.tr("New recovery key…"), "new_recovery_key")
        self.recovery_button.setToolTip(
            self.tr("Make a new recovery key when the printed sheet is lost or someone saw it.")
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.toggle_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button, self.reset_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.recovery_button)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)

        self.status = _label(name="staff_status")
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(_close_box(self))
        self.refresh()
        self.table.setFocus()

    # -- the list -------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Read the accounts again, keeping (or moving to) the selected one."""
        if select is None and (current := self.selected()) is not None:
            select = current.id
        try:
            self.accounts = staff_cases.list_staff(self._clinic)
        except UserError as exc:
            self.accounts = []
            self.table.setRowCount(0)
            self.say(str(exc))
            for button in (self.add_button, self.recovery_button):
                button.setEnabled(False)
            self._update_buttons()
            return
        me = self._clinic.staff
        self.table.setRowCount(len(self.accounts))
        for row, staff in enumerate(self.accounts):
            name = (
                self.tr("{name} (you)").format(name=staff.display_name)
                if me is not None and me.id == staff.id
                else None
            )
            status = self.tr("Disabled") if staff.disabled else self.tr("Active")
            cells = (
                name or staff.display_name,
                staff.login,
                core_label(ROLE_NAMES[staff.role]),
                status,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if staff.disabled:
                    item.setForeground(QBrush(QColor(DISABLED_TEXT)))
                self.table.setItem(row, column, item)
        rows = [r for r, s in enumerate(self.accounts) if s.id == select]
        if rows:
            self.table.selectRow(rows[0])
        elif self.accounts and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Staff | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        row = min(rows)
        return self.accounts[row] if row < len(self.accounts) else None

    def select(self, login: str) -> Staff:
        """Select the account named ``login`` (for keyboard users and tests)."""
        for row, staff in enumerate(self.accounts):
            if staff.login == login:
                self.table.selectRow(row)
                return staff
        raise LookupError(login)

    def _update_buttons(self) -> None:
        staff = self.selected()
        me = self._clinic.staff
        mine = staff is not None and me is not None and staff.id == me.id
        self.edit_button.setEnabled(staff is not None)
        self.reset_button.setEnabled(staff is not None and not staff.disabled)
        self.reset_button.setToolTip(
            self.tr("A disabled account gets a new password when it is enabled.")
            if staff is not None and staff.disabled
            else ""
        )
        self.toggle_button.setText(
            self.tr("Enable…") if staff is not None and staff.disabled else self.tr("Disable")
        )
        self.toggle_button.setEnabled(staff is not None and not mine)
        self.toggle_button.setToolTip(
            self.tr("You cannot disable your own account; sign in as another owner to do it.")
            if mine
            else ""
        )

    def say(self, text: str, *, ok: bool = False) -> None:
        """The outcome of the last action, or its refusal as one sentence, under the list."""
        _say(self.status, text, ok=ok)

    # -- the actions ----------------------------------------------------------
    def open_form(self, form: QDialog) -> bool:
        """Run a form over this window; True when it was completed."""
        try:
            return form.exec() == QDialog.DialogCode.Accepted
        finally:
            form.deleteLater()

    def add(self) -> None:
        form = AddStaffDialog(self._clinic, self)
        if self.open_form(form) and form.added is not None:
            added = form.added
            self.refresh(select=added.id)
            self.say(
                self.tr("{name} can now sign in as “{login}” ({role}).").format(
                    name=added.display_name,
                    login=added.login,
                    role=core_word(ROLE_NAMES[added.role]),
                ),
                ok=True,
            )

    def edit(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        form = EditStaffDialog(self._clinic, staff, self)
        if self.open_form(form) and form.changed is not None:
            changed = form.changed
            self.refresh(select=changed.id)
            self.say(
                self.tr(
                    "Saved: {name}, {role}. A new role takes effect at their next sign-in."
                ).format(name=changed.display_name, role=core_word(ROLE_NAMES[changed.role])),
                ok=True,
            )

    def reset(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        form = SetPasswordDialog(self._clinic, staff, parent=self)
        if self.open_form(form):
            self.refresh(select=staff.id)
            self.say(
                self.tr("{name}'s password is set; tell it to them in person.").format(
                    name=staff.display_name
                ),
                ok=True,
            )

    def toggle(self) -> None:
        staff = self.selected()
        if staff is None:
            return
        if staff.disabled:
            self.enable(staff)
        else:
            self.disable(staff)

    def enable(self, staff: Staff) -> None:
        form = SetPasswordDialog(self._clinic, staff, enable=True, parent=self)
        if self.open_form(form):
            self.refresh(select=staff.id)
            self.say(
                self.tr("{name}'s account is enabled with the new password.").format(
                    name=staff.display_name
                ),
                ok=True,
            )

    def disable(self, staff: Staff) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Disable {name}?").format(name=staff.display_name),
            self.tr(
                "{name} will no longer be able to sign in, and their password "
                "stops working at once. Their name stays on everything they recorded. "
                "Enabling the account later sets a new password."
            ).format(name=staff.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            staff_cases.change_staff(self._clinic, staff.id, disabled=True)
        except UserError as exc:
            self.say(str(exc))
            return
        self.refresh(select=staff.id)
        self.say(self.tr("{name}'s account is disabled.").format(name=staff.display_name), ok=True)

    def new_recovery_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Make a new recovery key?"),
            self.tr(
                "A new recovery key replaces the old one at once: the printed recovery sheet "
                "you have now stops working. Save and print the new sheet straight away."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            key = staff_cases.new_recovery_key(self._clinic)
        except UserError as exc:
            self.say(str(exc))
            return
        self.say(
            self.tr("A new recovery key was made; the old recovery sheet no longer works."),
            ok=True,
        )
        self.open_form(RecoveryKeyDialog(self._clinic, key, self))


class AuditLogDialog(QDialog):
    """The owner's audit trail: who did what, and what was refused, newest first."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditLogDialog", "When"),
        QT_TRANSLATE_NOOP("AuditLogDialog", "Who"),
        QT_TRANSLATE_NOOP("AuditLogDialog", "What"),
        QT_TRANSLATE_NOOP("AuditLogDialog", "Client"),
        QT_TRANSLATE_NOOP("AuditLogDialog", "Outcome"),
    )
    LIMIT = 500

    def __init__(
        self, clinic: Clinic, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._client_numbers: dict[int, str] = {}
        self.entries: list[AuditEntry] = []
        number = self.client_number(client_id) if client_id is not None else ""
        self.setWindowTitle(
            self.tr("Audit trail for client {number}").format(number=number)
            if number
            else self.tr("Audit trail")
        )
        self.resize(900, 580)

        intro = _label(
            self.tr(
                "Every change, every look at a client's clinical record and every refusal, "
                "newest first. Refused rows are marked in red."
            ),
            name="intro",
        )
        self.filter = QLineEdit()
        self.filter.setObjectName("audit_filter")
        self.filter.setPlaceholderText(self.tr("Filter by person, action or client number…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.refused_only = QCheckBox(self.tr("Refused only"))
        self.refused_only.setObjectName("refused_only")
        self.refused_only.toggled.connect(self.apply_filter)
        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("&Filter"))
        filter_label.setBuddy(self.filter)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.refused_only)
        # Dates: read again from the file (the newest LIMIT entries in the range), so a
        # month long past is reachable, not just the newest rows already loaded.
        self.dated = QCheckBox(self.tr("&Dates from"))
        self.dated.setObjectName("audit_dated")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, "audit_from"), (self.date_to, "audit_to")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMaximumDate(today.addYears(1))
            edit.setEnabled(False)
            edit.dateChanged.connect(self._dates_changed)
        self.dated.toggled.connect(self._dates_toggled)
        filter_row.addSpacing(12)
        filter_row.addWidget(self.dated)
        filter_row.addWidget(self.date_from)
        filter_row.addWidget(QLabel(self.tr("to", "dates from … to …")))
        filter_row.addWidget(self.date_to)
        self._client_id = client_id

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels([translate("AuditLogDialog", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.count = _label(name="audit_count", style=NOTE_STYLE)
        self.problem = _label(name="audit_problem", style=ERROR_STYLE)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("audit_export")
        self.export_button.setToolTip(
            self.tr("Save the rows shown as a CSV file (ids, names, actions)")
        )
        self.export_button.clicked.connect(self.export_csv)
        self.verify_button = QPushButton(self.tr("Check the trail"))
        self.verify_button.setObjectName("audit_verify")
        self.verify_button.setToolTip(
            self.tr("Check that no entry was deleted, changed or slipped in (the hash chain)")
        )
        self.verify_button.clicked.connect(self.verify)
        self.verdict = _label(name="audit_verdict", style=NOTE_STYLE)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.verdict, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
        layout.addWidget(_close_box(self))
        self.load(client_id)
        self.filter.setFocus()

    def shown_entries(self) -> list[AuditEntry]:
        return [e for row, e in enumerate(self.entries) if not self.table.isRowHidden(row)]

    def export_csv(self) -> Path | None:
        """The rows the filter shows, as CSV, through the same safe save as every output."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit trail"),
            str(Path(folder or Path.home()) / "audit-trail.csv"),
            self.tr("CSV files (*.csv)"),
        )
        return self.export_csv_to(name) if name else None

    def export_csv_to(self, name: str) -> Path | None:
        return save_bytes(
            self,
            name,
            staff_cases.audit_csv(self.shown_entries()),
            clinic_cases.protected_files(db=self._clinic),
            suffixes=(".csv",),
            what="The audit trail",
        )

    def verify(self) -> bool:
        try:
            problem = staff_cases.verify_audit(self._clinic)
        except UserError as exc:
            problem = str(exc)
        if problem:
            self.verdict.setStyleSheet(ERROR_STYLE)
            self.verdict.setText(problem)
            return False
        self.verdict.setStyleSheet(NOTE_STYLE)
        self.verdict.setText(self.tr("The trail is whole: every entry follows the one before it."))
        return True

    def client_number(self, client_id: int) -> str:
        if client_id not in self._client_numbers:
            try:
                client = client_cases.get_client(self._clinic, client_id)
            except UserError:
                client = None
            self._client_numbers[client_id] = (
                client.client_number
                if client is not None
                else self.tr("no. {id}").format(id=client_id)
            )
        return self._client_numbers[client_id]

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.load(self._client_id)

    def _dates_changed(self) -> None:
        if self.dated.isChecked():
            self.load(self._client_id)

    def date_range(self) -> tuple[str | None, str | None]:
        """The chosen days, this laptop's midnights, as the stored UTC times compare."""
        if not self.dated.isChecked():
            return None, None
        picked = [
            date(e.date().year(), e.date().month(), e.date().day())
            for e in (self.date_from, self.date_to)
        ]
        first, last = min(picked), max(picked)
        start = datetime.combine(first, time.min).astimezone(UTC)
        end = datetime.combine(last + timedelta(days=1), time.min).astimezone(UTC)
        return start.isoformat(timespec="milliseconds"), end.isoformat(timespec="milliseconds")

    def load(self, client_id: int | None = None) -> None:
        since, until = self.date_range()
        try:
            self.entries = staff_cases.audit_log(
                self._clinic, client_id=client_id, limit=self.LIMIT, since=since, until=until
            )
        except UserError as exc:
            self.entries = []
            _say(self.problem, str(exc))
        self.table.setRowCount(len(self.entries))
        refused_brush = QBrush(QColor(REFUSED_BACKGROUND))
        for row, entry in enumerate(self.entries):
            when, exact = local_stamp(entry.at)
            refused = entry.outcome != "done"
            cells = (
                when,
                entry.staff_name or self.tr("(no account)"),
                action_phrase(entry.action),
                self.client_number(entry.client_id) if entry.client_id is not None else "",
                self.tr("Refused") if refused else self.tr("Done"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(exact)
                elif column == 2:
                    item.setToolTip(entry.action)
                if refused:
                    item.setBackground(refused_brush)
                    if column == 4:
                        item.setForeground(QBrush(QColor(REFUSED_TEXT)))
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(row, column, item)
        self.apply_filter()

    def row_text(self, row: int) -> str:
        entry = self.entries[row]
        cells = [_cell(self.table, row, c) for c in range(self.table.columnCount())]
        return " ".join([*cells, entry.action]).casefold()

    def apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        refused_only = self.refused_only.isChecked()
        shown = 0
        for row, entry in enumerate(self.entries):
            text = self.row_text(row)
            visible = all(word in text for word in words) and (
                not refused_only or entry.outcome != "done"
            )
            self.table.setRowHidden(row, not visible)
            shown += visible
        total = len(self.entries)
        capped = total >= self.LIMIT
        if shown == total and capped:
            text = self.tr("{total} entries (the newest {limit}).")
        elif shown == total:
            text = self.tr("{total} entries.")
        elif capped:
            text = self.tr("Showing {shown} of {total} entries (the newest {limit}).")
        else:
            text = self.tr("Showing {shown} of {total} entries.")
        self.count.setText(text.format(shown=shown, total=total, limit=self.LIMIT))

    def visible_rows(self) -> list[list[str]]:
        """The rows on screen, as text (for tests and for reading aloud)."""
        return [
            [_cell(self.table, row, c) for c in range(self.table.columnCount())]
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]


class MySecurityDialog(QDialog):
    """Everyone's "My password and PIN…": change your password; set, change or remove your PIN."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self.setWindowTitle(self.tr("My password and PIN"))
        self.setMinimumWidth(500)
        me = clinic.staff
        who = _label(
            self.tr("Signed in as {name}: {role} account, user name “{login}”.").format(
                name=me.display_name, role=core_word(ROLE_NAMES[me.role]), login=me.login
            )
            if me is not None
            else self.tr("This clinic is not protected yet, so it has no passwords or PINs."),
            name="who",
        )

        self._captions: list[QLabel] = []
        self.password_inputs: dict[str, Input] = {}
        self.password_errors: dict[str, QLabel] = {}
        password_box = QGroupBox(self.tr("Password"))
        password_form = QFormLayout(password_box)
        password_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, caption in (
            ("current_password", self.tr("Current password")),
            ("password", self.tr("New password")),
            ("password_again", self.tr("New password again")),
        ):
            edit = _secret(name)
            edit.returnPressed.connect(self.change_password)
            self._add(
                password_form, self.password_inputs, self.password_errors, name, caption, edit
            )
        password_form.addRow("", _label(password_hint(), style=NOTE_STYLE))
        self.password_button = _button(self.tr("Change password"), "change_password")
        self.password_button.clicked.connect(self.change_password)
        self.password_status = _label(name="password_status")
        self.password_status.hide()
        password_form.addRow("", self._button_row(self.password_button))
        password_form.addRow(self.password_status)

        low, high = PIN_DIGITS
        self.pin_inputs: dict[str, Input] = {}
        self.pin_errors: dict[str, QLabel] = {}
        pin_box = QGroupBox(self.tr("PIN for unlocking your screen"))
        pin_form = QFormLayout(pin_box)
        pin_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pin_form.addRow(
            _label(
                self.tr(
                    "A PIN of {low} to {high} digits unlocks the screen after you lock it. "
                    "Signing in still needs your password, and five wrong PINs ask for it too."
                ).format(low=low, high=high),
                style=NOTE_STYLE,
            )
        )
        self.pin_state = _label(name="pin_state")
        pin_form.addRow(self.pin_state)
        for name, caption in (
            ("pin", self.tr("New PIN")),
            ("pin_again", self.tr("New PIN again")),
        ):
            edit = _secret(name, digits=high)
            edit.returnPressed.connect(self.set_pin)
            self._add(pin_form, self.pin_inputs, self.pin_errors, name, caption, edit)
        self.pin_button = _button(self.tr("Set PIN"), "set_pin")
        self.pin_button.clicked.connect(self.set_pin)
        self.remove_pin_button = _button(self.tr("Remove PIN"), "remove_pin")
        self.remove_pin_button.clicked.connect(self.remove_pin)
        self.pin_status = _label(name="pin_status")
        self.pin_status.hide()
        pin_form.addRow("", self._button_row(self.pin_button, self.remove_pin_button))
        pin_form.addRow(self.pin_status)

        # One column of captions across both boxes, so the fields line up.
        widest = max(label.sizeHint().width() for label in self._captions)
        for label in self._captions:
            label.setMinimumWidth(widest)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(password_box)
        layout.addWidget(pin_box)
        layout.addStretch(1)
        layout.addWidget(_close_box(self))
        if me is None:
            for box in (password_box, pin_box):
                box.setEnabled(False)
        self._show_pin_state()
        self.password_inputs["current_password"].setFocus()

    def _add(
        self,
        form: QFormLayout,
        inputs: dict[str, Input],
        errors: dict[str, QLabel],
        name: str,
        caption: str,
        edit: QLineEdit,
    ) -> None:
        inputs[name] = edit
        column, errors[name] = with_error_label(edit, name)
        label = QLabel(caption)
        label.setBuddy(edit)
        self._captions.append(label)
        form.addRow(label, column)

    @staticmethod
    def _button_row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    def _problems(
        self, inputs: Mapping[str, Input], errors: Mapping[str, QLabel], problems: Mapping[str, str]
    ) -> None:
        show_problems(inputs, errors, problems)
        grow_to_fit(self)

    def _text(self, inputs: Mapping[str, Input], name: str) -> str:
        widget = inputs[name]
        return widget.text() if isinstance(widget, QLineEdit) else ""

    def _show_pin_state(self) -> None:
        has = protection.has_pin(self._clinic)
        self.pin_state.setText(
            self.tr("You have a PIN.") if has else self.tr("You have no PIN yet.")
        )
        self.pin_button.setText(self.tr("Change PIN") if has else self.tr("Set PIN"))
        self.remove_pin_button.setEnabled(has)

    def change_password(self) -> None:
        inputs, errors = self.password_inputs, self.password_errors
        _say(self.password_status, "")
        if self._text(inputs, "password") != self._text(inputs, "password_again"):
            self._problems(
                inputs,
                errors,
                {"password_again": translate("access.staff_admin", PASSWORDS_DIFFER)},
            )
            return
        try:
            staff_cases.change_own_password(
                self._clinic,
                self._text(inputs, "current_password"),
                self._text(inputs, "password"),
            )
        except ValidationError as exc:
            self._problems(inputs, errors, exc.fields)
            extra = " ".join(v for k, v in exc.fields.items() if k not in inputs)
            _say(self.password_status, extra)
            return
        except UserError as exc:
            self._problems(inputs, errors, {})
            _say(self.password_status, str(exc))
            return
        self._problems(inputs, errors, {})
        for widget in inputs.values():
            if isinstance(widget, QLineEdit):
                widget.clear()
        _say(
            self.password_status,
            self.tr("Your password is changed; use the new one next time you sign in."),
            ok=True,
        )

    def set_pin(self) -> None:
        inputs, errors = self.pin_inputs, self.pin_errors
        _say(self.pin_status, "")
        if self._text(inputs, "pin") != self._text(inputs, "pin_again"):
            self._problems(
                inputs, errors, {"pin_again": translate("access.staff_admin", PINS_DIFFER)}
            )
            return
        had = protection.has_pin(self._clinic)
        if not self._apply_pin(self._text(inputs, "pin")):
            return
        _say(
            self.pin_status,
            self.tr("Your PIN is changed.")
            if had
            else self.tr("Your PIN is set; it unlocks your screen."),
            ok=True,
        )

    def remove_pin(self) -> None:
        if self._apply_pin(None):
            _say(
                self.pin_status,
                self.tr("Your PIN is removed; unlock your screen with your password."),
                ok=True,
            )

    def _apply_pin(self, pin: str | None) -> bool:
        inputs, errors = self.pin_inputs, self.pin_errors
        try:
            staff_cases.set_own_pin(self._clinic, pin)
        except ValidationError as exc:
            self._problems(inputs, errors, exc.fields)
            _say(self.pin_status, " ".join(v for k, v in exc.fields.items() if k not in inputs))
            return False
        except UserError as exc:
            self._problems(inputs, errors, {})
            _say(self.pin_status, str(exc))
            return False
        self._problems(inputs, errors, {})
        for widget in inputs.values():
            if isinstance(widget, QLineEdit):
                widget.clear()
        self._show_pin_state()
        return True


__all__ = [
    "AddStaffDialog",
    "AuditLogDialog",
    "EditStaffDialog",
    "MySecurityDialog",
    "RecoveryKeyDialog",
    "SetPasswordDialog",
    "StaffDialog",
    "action_phrase",
    "local_stamp",
]
