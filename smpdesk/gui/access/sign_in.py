"""Signing in to a protected clinic, resetting a lost owner password, protecting a plain clinic.

* :class:`SignInDialog` lists the names in the clinic's key file (names only:
  who may do what is read from inside the encrypted file once it opens), asks
  for the password and hands back the signed-in :class:`~smpdesk.app.clinic.Clinic`.
  No name is remembered between runs: the list starts with nothing chosen
  (or the only name), so the laptop does not tell a passer-by who works there.
* :class:`RecoverDialog` sets a new owner password with the printed recovery key.
* :class:`ProtectDialog` encrypts a plain clinic and makes the person at the
  laptop its owner, then shows the recovery key once, with its sheet to print.

The key step takes about 0.4 s; it runs on the GUI thread behind a wait
cursor, since nothing else can happen until the person is signed in.
Passwords live only in the password fields: never in QSettings or a log.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import protection
from smpdesk.app.clinic import Clinic
from smpdesk.app.demo import DEMO_ACCOUNTS
from smpdesk.domain.staff import (
    PASSWORD_MIN_LENGTH,
    ROLE_NAMES,
    Role,
    display_name_problem,
    login_problem,
    password_problem,
)
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.access.recovery_sheet_panel import RecoverySheetPanel
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.form_support import ERROR_STYLE, show_problems, with_error_label
from smpdesk.gui.widgets.note_lines import NOTE_STYLE, message_line, note_label, say
from smpdesk.gui.words.core_labels import core_label
from smpdesk.infra.key_file import AccountKey, RecoveryKeyError

_PASSWORD_RULES = str(
    QT_TRANSLATE_NOOP(
        "access.sign_in",
        "At least {count} characters, and not a common password or your own "
        "name. A short sentence is easy to remember and hard to guess.",
    )
)
PASSWORD_RULES = _PASSWORD_RULES.format(count=PASSWORD_MIN_LENGTH)  # the English, for tests
PASSWORDS_DIFFER = str(
    QT_TRANSLATE_NOOP(
        "access.sign_in", "The two passwords are not the same; type the new password twice."
    )
)
MAX_HEIGHT = 680  # fits a 1366x768 laptop screen with its task bar


def password_rules() -> str:
    """:data:`PASSWORD_RULES` in the interface's language."""
    return translate("access.sign_in", _PASSWORD_RULES).format(count=PASSWORD_MIN_LENGTH)


def passwords_differ() -> str:
    """:data:`PASSWORDS_DIFFER` in the interface's language."""
    return translate("access.sign_in", PASSWORDS_DIFFER)


@contextmanager
def _wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


_note = note_label
_message_line = message_line


def fit_height(window: QWidget) -> None:
    """Grow ``window`` to show every line its layout now holds (at most ``MAX_HEIGHT``).

    A top-level layout with word-wrapped labels sets no minimum height, so a
    message shown after the dialog opened would squeeze the fields instead.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    needed = min(needed, MAX_HEIGHT)
    window.setMinimumHeight(needed)
    if window.height() < needed:
        window.resize(window.width(), needed)


def _say(label: QLabel, text: str) -> None:
    say(label, text)
    fit_height(label.window())


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return field


def _wait_sentence(seconds: float) -> str:
    whole = max(1, round(seconds + 0.49))  # never "wait 0 seconds" while still waiting
    if whole == 1:
        return translate(
            "access.sign_in",
            "Too many wrong passwords for this account: wait 1 second and try again.",
        )
    return translate(
        "access.sign_in",
        "Too many wrong passwords for this account: wait %n seconds and try again.",
        "",
        whole,
    )


def _tab_chain(*widgets: QWidget) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


# -- signing in ---------------------------------------------------------------------------------


class SignInDialog(QDialog):
    """Choose your name, type your password; ``clinic`` is the signed-in clinic once accepted."""

    def __init__(
        self,
        db_path: Path,
        *,
        demo: bool = False,
        cancel_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.clinic: Clinic | None = None
        self.setWindowTitle(self.tr("Sign in — smpdesk"))
        self.setMinimumWidth(440)
        self.setMaximumHeight(MAX_HEIGHT)

        title = QLabel(self.tr("Sign in to open the clinic's records"))
        title.setObjectName("sign_in_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        clinic_file = _note(self.tr("Clinic file: {name}").format(name=self.db_path.name))
        clinic_file.setObjectName("clinic_file")
        clinic_file.setToolTip(str(self.db_path))

        self.names = QListWidget()
        self.names.setObjectName("names")
        self.names.setAccessibleName(self.tr("Your name"))
        self.names.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.names.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
        self.names.itemSelectionChanged.connect(self._name_changed)
        self.names.itemActivated.connect(self._name_activated)
        self.names.installEventFilter(self)  # Enter on a name moves on to the password
        names_label = QLabel(self.tr("&Your name"))
        names_label.setBuddy(self.names)

        self.password = _password_field("password")
        self.password.setAccessibleName(self.tr("Password"))
        password_label = QLabel(self.tr("&Password"))
        password_label.setBuddy(self.password)

        self.message = _message_line("sign_in_message")
        self.wait_line = _message_line("wait_message")

        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("sign_in_button")
        self.sign_in_button.setDefault(True)
        if cancel_text is None:
            cancel_text = self.tr("Quit")
        self.cancel_button = buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        self.forgotten_button = QPushButton(self.tr("Forgotten password…"))
        self.forgotten_button.setObjectName("forgotten_button")
        self.forgotten_button.setAutoDefault(False)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.cancel_button.clicked.connect(self.reject)
        self.forgotten_button.clicked.connect(self.recover)

        self._entry_parts: tuple[QWidget, ...] = (
            names_label,
            self.names,
            password_label,
            self.password,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(clinic_file)
        layout.addSpacing(6)
        layout.addWidget(names_label)
        layout.addWidget(self.names)
        layout.addWidget(password_label)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(self.wait_line)
        self.demo_box: QGroupBox | None = None
        self._demo_buttons: list[QPushButton] = []
        if demo:
            self.demo_box = self._demo_hints()
            layout.addWidget(self.demo_box)
        layout.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.forgotten_button)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout.addLayout(bar)

        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.refresh_wait)

        _tab_chain(
            self.names,
            self.password,
            self.sign_in_button,
            self.cancel_button,
            self.forgotten_button,
            *self._demo_buttons,
        )
        self._load_names()

    def _demo_hints(self) -> QGroupBox:
        box = QGroupBox(self.tr("Trying the demo? Sign in as one of these"))
        box.setObjectName("demo_hints")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(14)
        for column, heading in enumerate((self.tr("Name"), self.tr("Role"), self.tr("Password"))):
            label = QLabel(heading)
            label.setStyleSheet(NOTE_STYLE)
            grid.addWidget(label, 0, column)
        for row, (login, name, role, password) in enumerate(DEMO_ACCOUNTS, start=1):
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(QLabel(core_label(ROLE_NAMES[Role(role)])), row, 1)
            shown = QLabel(password)
            shown.setObjectName(f"demo_password_{login}")
            shown.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(shown, row, 2)
            use = QPushButton(self.tr("Use"))
            use.setObjectName(f"demo_use_{login}")
            use.setAutoDefault(False)
            use.setToolTip(self.tr("Choose {name} and fill in the password").format(name=name))
            use.clicked.connect(
                lambda _checked=False, who=login, secret=password: self.use_demo(who, secret)
            )
            grid.addWidget(use, row, 3)
            self._demo_buttons.append(use)
        grid.setColumnStretch(2, 1)
        return box

    def _load_names(self) -> None:
        try:
            accounts: list[AccountKey] = protection.sign_in_names(self.db_path)
        except UserError as exc:  # the key file is missing, damaged or unreadable
            for widget in self._entry_parts:
                widget.hide()
            for widget in (self.names, self.password, self.sign_in_button, self.forgotten_button):
                widget.setEnabled(False)
            _say(self.message, str(exc))
            self.cancel_button.setFocus()
            return
        shown = [a.display_name.casefold() for a in accounts]
        for account in accounts:
            text = account.display_name
            if shown.count(account.display_name.casefold()) > 1:
                text = f"{account.display_name} ({account.login})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, account.login)
            item.setToolTip(self.tr("User name: {login}").format(login=account.login))
            self.names.addItem(item)
        self._fit_names()
        if not accounts:
            _say(
                self.message,
                self.tr(
                    "No staff account can sign in to this clinic; an owner can use the recovery "
                    "key (Forgotten password…)."
                ),
            )
        if len(accounts) == 1:
            self.names.setCurrentRow(0)
            self.password.setFocus()
        else:
            self.names.setCurrentRow(-1)
            self.names.clearSelection()
            self.names.setFocus()
        self.refresh_wait()

    def _fit_names(self) -> None:
        """As tall as three to seven names; a longer list scrolls."""
        rows = min(max(self.names.count(), 3), 7)
        row = self.names.sizeHintForRow(0) if self.names.count() else self.fontMetrics().height()
        self.names.setFixedHeight(rows * max(row, 1) + 2 * self.names.frameWidth() + 2)

    # -- state --------------------------------------------------------------------------------
    def chosen_login(self) -> str:
        items = self.names.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else ""

    def select_login(self, login: str) -> bool:
        for row in range(self.names.count()):
            if self.names.item(row).data(Qt.ItemDataRole.UserRole) == login:
                self.names.setCurrentRow(row)
                return True
        return False

    def use_demo(self, login: str, password: str) -> None:
        if self.select_login(login):
            self.password.setText(password)
            self.sign_in_button.setFocus()

    def _name_activated(self, _item: QListWidgetItem) -> None:
        self.password.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a chosen name goes to the password instead of trying an empty one."""
        if (
            watched is self.names
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.chosen_login()
            and not self.password.text()
        ):
            self.password.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _name_changed(self) -> None:
        _say(self.message, "")
        self.refresh_wait()

    def refresh_wait(self) -> None:
        """Disable Sign in while the chosen account must wait, counting the seconds down."""
        login = self.chosen_login()
        left = protection.wait_seconds(self.db_path, login) if login else 0.0
        if left > 0:
            _say(self.wait_line, _wait_sentence(left))
            self.sign_in_button.setEnabled(False)
            self.sign_in_button.setText(
                self.tr("Sign in ({seconds})").format(seconds=max(1, round(left + 0.49)))
            )
            if not self._timer.isActive():
                self._timer.start()
            return
        self._timer.stop()
        _say(self.wait_line, "")
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setEnabled(self.names.isEnabled())

    # -- actions ------------------------------------------------------------------------------
    def try_sign_in(self) -> None:
        login = self.chosen_login()
        if not login:
            _say(self.message, self.tr("Choose your name in the list first."))
            self.names.setFocus()
            return
        if not self.password.text():
            _say(self.message, self.tr("Type your password, then press Sign in."))
            self.password.setFocus()
            return
        if not self.sign_in_button.isEnabled():
            return  # Enter pressed during a wait
        try:
            with _wait_cursor():
                clinic = protection.sign_in(self.db_path, login, self.password.text())
        except UserError as exc:
            self.password.clear()
            _say(self.message, str(exc))
            self.refresh_wait()
            self.password.setFocus()
            return
        self.password.clear()
        self.clinic = clinic
        self.accept()

    def recover(self) -> None:
        dialog = RecoverDialog(self.db_path, parent=self)
        login = self.chosen_login()
        if login:
            dialog.login.setCurrentText(login)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.clinic is not None:
            self.clinic = dialog.clinic
            self.accept()

    def done(self, result: int) -> None:
        self._timer.stop()
        self.password.clear()
        super().done(result)


# -- the recovery key ---------------------------------------------------------------------------


class RecoverDialog(QDialog):
    """Every owner password lost: the recovery key sets a new one; ``clinic`` once accepted."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.clinic: Clinic | None = None
        self.setWindowTitle(self.tr("Forgotten password"))
        self.setMinimumWidth(520)
        self.setMaximumHeight(MAX_HEIGHT)

        intro = QLabel(
            self.tr(
                "Type the recovery key from the clinic's printed recovery sheet and choose a new "
                "password for an owner account. The other accounts keep their passwords; an "
                "owner can reset theirs once signed in."
            )
        )
        intro.setWordWrap(True)
        other_staff = _note(
            self.tr("Not an owner? Ask the clinic's owner to set you a new password instead.")
        )

        self.login = QComboBox()
        self.login.setObjectName("login")
        self.login.setEditable(True)
        self.login.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.login.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("the owner's user name"))
        try:
            owners = [
                a.login for a in protection.sign_in_names(self.db_path) if a.role_hint == "owner"
            ]
        except UserError:
            owners = []  # said when the recovery is tried
        self.login.addItems(owners)
        self.login.setCurrentIndex(0 if len(owners) == 1 else -1)
        if len(owners) != 1:
            self.login.setEditText("")

        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recovery_key")
        self.recovery_key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.recovery_key.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        self.password = _password_field("new_password")
        self.repeat = _password_field("repeat_password")

        self.inputs: dict[str, QWidget] = {
            "login": self.login,
            "recovery_key": self.recovery_key,
            "password": self.password,
            "repeat": self.repeat,
        }
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, text in (
            ("login", self.tr("Owner's &user name")),
            ("recovery_key", self.tr("&Recovery key")),
            ("password", self.tr("&New password")),
            ("repeat", self.tr("New password &again")),
        ):
            column, self.errors[name] = with_error_label(self.inputs[name], name)
            label = QLabel(text)
            label.setBuddy(self.inputs[name])
            form.addRow(label, column)
        form.addRow("", _note(password_rules()))
        self.message = _message_line("recover_message")

        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Set the password and sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("recover_button")
        self.ok_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.ok_button.clicked.connect(self.try_recover)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(other_staff)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        _tab_chain(
            self.login, self.recovery_key, self.password, self.repeat, self.ok_button, cancel
        )
        (self.recovery_key if self.login.currentText() else self.login).setFocus()

    def try_recover(self) -> None:
        login = self.login.currentText().strip().lower()
        key, password = self.recovery_key.text(), self.password.text()
        problems = {
            "login": self.tr("Type the owner's user name.") if not login else "",
            "recovery_key": (
                self.tr("Type the recovery key from the printed sheet.") if not key else ""
            ),
            "password": password_problem(password, login=login),
            "repeat": passwords_differ() if password != self.repeat.text() else "",
        }
        problems = {k: v for k, v in problems.items() if v}
        _say(self.message, "")
        show_problems(self.inputs, self.errors, problems)
        fit_height(self)
        if problems:
            return
        try:
            with _wait_cursor():
                clinic = protection.recover(self.db_path, key, login, password)
        except RecoveryKeyError as exc:
            show_problems(self.inputs, self.errors, {"recovery_key": str(exc)})
            fit_height(self)
            return
        except ValidationError as exc:
            show_problems(self.inputs, self.errors, exc.fields)
            fit_height(self)
            return
        except UserError as exc:
            _say(self.message, str(exc))
            return
        self.clinic = clinic
        self.accept()

    def done(self, result: int) -> None:
        for field in (self.recovery_key, self.password, self.repeat):
            field.clear()
        super().done(result)


# -- protecting a plain clinic ------------------------------------------------------------------

PROTECT_INTRO = str(
    QT_TRANSLATE_NOOP(
        "access.sign_in",
        "<p>Protecting encrypts the clinic file, so that a lost or stolen laptop, or a copied "
        "backup, shows nothing to anyone else.</p>"
        "<ul style='margin-left: -20px;'>"
        "<li>Everyone signs in with their own user name and password before the records open. "
        "You will be the clinic's owner; you add the other staff afterwards.</li>"
        "<li>A <b>recovery key</b> is shown once, at the end. Print it and keep it in the clinic "
        "safe: it is the only way back in if every owner password is forgotten.</li>"
        "<li>Without a password or the recovery key <b>nobody can read the records</b>, not even "
        "smpdesk's makers.</li>"
        "</ul>",
    )
)


class ProtectDialog(QDialog):
    """The "Protect this clinic" wizard for a plain clinic whose window has closed its connection.

    Page 1 asks for the owner's account; protecting runs when it is accepted
    (a refusal keeps page 1, and nothing has changed); page 2 shows the
    recovery key once.  Once protecting has run, ``protected`` holds the
    result (its clinic signed in as the owner) and the dialog always ends
    accepted: the clinic is protected however the dialog is closed.
    """

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.protected: protection.Protected | None = None
        self.setWindowTitle(self.tr("Protect this clinic"))
        self.setMinimumWidth(560)
        self.setMaximumHeight(MAX_HEIGHT)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._account_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.user_name.setFocus()

    # -- page 1: the owner's account ----------------------------------------------------------
    def _account_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("account_page")
        intro = QLabel(translate("access.sign_in", PROTECT_INTRO))
        intro.setObjectName("protect_intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        self.user_name = QLineEdit()
        self.user_name.setObjectName("login")
        self.user_name.setPlaceholderText(self.tr("e.g. olivia"))
        self.user_name.setMaxLength(32)
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.display_name.setPlaceholderText(self.tr("e.g. Olivia Smith"))
        self.display_name.setMaxLength(80)
        self.new_password = _password_field("password")
        self.repeat_password = _password_field("repeat")
        self.inputs: dict[str, QWidget] = {
            "login": self.user_name,
            "display_name": self.display_name,
            "password": self.new_password,
            "repeat": self.repeat_password,
        }
        self.errors: dict[str, QLabel] = {}
        group = QGroupBox(self.tr("Your owner account"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, text, note in (
            (
                "login",
                self.tr("&User name"),
                self.tr("Lower-case letters, digits, dots or dashes."),
            ),
            (
                "display_name",
                self.tr("Your &name"),
                self.tr("As it appears on screen and in the records."),
            ),
            ("password", self.tr("&Password"), password_rules()),
            ("repeat", self.tr("Password &again"), ""),
        ):
            column, self.errors[name] = with_error_label(self.inputs[name], name)
            if note:
                hint = _note(note)
                hint.setObjectName(f"{name}_hint")
                column.addWidget(hint)
            label = QLabel(text)
            label.setBuddy(self.inputs[name])
            form.addRow(label, column)

        self.working = _note(
            self.tr("Encrypting the clinic file and its backups; this takes a moment…")
        )
        self.working.setObjectName("working")
        self.working.hide()
        self.problem = _message_line("protect_problem")

        buttons = QDialogButtonBox()
        self.protect_button = buttons.addButton(
            self.tr("Protect the clinic"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.protect_button.setObjectName("protect_button")
        self.protect_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.protect_button.clicked.connect(self.protect)
        cancel.clicked.connect(self.reject)
        self._busy_parts: tuple[QWidget, ...] = (group, buttons)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(group)
        layout.addWidget(self.working)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        _tab_chain(
            self.user_name,
            self.display_name,
            self.new_password,
            self.repeat_password,
            self.protect_button,
            cancel,
        )
        return page

    # -- page 2: the recovery key -------------------------------------------------------------
    def _recovery_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("recovery_page")
        heading = QLabel(self.tr("The clinic is protected"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        key_box = QGroupBox(self.tr("Recovery key (shown only this once)"))
        self.recovery_panel = RecoverySheetPanel(
            self.tr(
                "If every owner password is forgotten, this key is the only way back in. "
                "Keep the sheet in the clinic safe, away from this laptop; a saved PDF belongs "
                "on a USB stick kept there too."
            )
        )
        self.recovery_panel.confirmed_changed.connect(self._confirmed_changed)
        self.recovery_panel.status_changed.connect(self._sheet_status_changed)
        # The panel's parts, by the names the dialog has always had.
        self.key_label = self.recovery_panel.key_label
        self.print_button = self.recovery_panel.print_button
        self.save_button = self.recovery_panel.save_button
        self.sheet_status = self.recovery_panel.sheet_status
        self.confirmed = self.recovery_panel.confirmed
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(self.recovery_panel)

        copy_box = QGroupBox(self.tr("The unprotected copy"))
        self.copy_note = QLabel(
            self.tr(
                "The clinic file as it was before protecting is kept beside it, unencrypted, "
                "until you confirm the protected clinic works. It opens without a password, so "
                "erase it once you are happy. If you finish without erasing it, a banner in the "
                "main window offers to erase it until you do."
            )
        )
        self.copy_note.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Erase the unprotected copy now"))
        self.erase_button.setObjectName("erase_copy")
        self.erase_button.setAutoDefault(False)  # never erased by an Enter meant for Finish
        self.erase_button.clicked.connect(self.erase_copy)
        self.erase_status = _note("")
        self.erase_status.setObjectName("erase_status")
        self.erase_status.hide()
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)
        copy_layout = QVBoxLayout(copy_box)
        copy_layout.addWidget(self.copy_note)
        copy_layout.addLayout(erase_row)
        copy_layout.addWidget(self.erase_status)

        buttons = QDialogButtonBox()
        self.finish_button = buttons.addButton(
            self.tr("Finish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.finish_button.setObjectName("finish_button")
        self.finish_button.setEnabled(False)
        self.finish_button.setToolTip(
            self.tr("Tick the box once the recovery sheet is printed or saved")
        )
        self.finish_button.clicked.connect(self.finish)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(key_box)
        layout.addWidget(copy_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        _tab_chain(
            self.print_button,
            self.save_button,
            self.confirmed,
            self.erase_button,
            self.finish_button,
        )
        return page

    # -- protecting ---------------------------------------------------------------------------
    def protect(self) -> None:
        if self.protected is not None:
            return
        login = self.user_name.text().strip().lower()
        name = " ".join(self.display_name.text().split())
        password = self.new_password.text()
        problems = {
            "login": login_problem(login),
            "display_name": display_name_problem(name),
            "password": password_problem(password, login=login, display_name=name),
            "repeat": passwords_differ() if password != self.repeat_password.text() else "",
        }
        problems = {k: v for k, v in problems.items() if v}
        _say(self.problem, "")
        show_problems(self.inputs, self.errors, problems)
        fit_height(self)
        if problems:
            return
        for part in self._busy_parts:
            part.setEnabled(False)
        self.working.show()
        fit_height(self)
        self.working.repaint()  # seen before the slow step starts
        failure: UserError | None = None
        try:
            with _wait_cursor():
                done = protection.protect(
                    self.db_path, login=login, display_name=name, password=password
                )
        except UserError as exc:  # nothing was changed
            failure = exc
        finally:
            self.working.hide()
            for part in self._busy_parts:
                part.setEnabled(True)
        if isinstance(failure, ValidationError):
            show_problems(self.inputs, self.errors, failure.fields)
            fit_height(self)
            return
        if failure is not None:
            _say(self.problem, str(failure))
            self.protect_button.setFocus()
            return
        self.protected = done
        for field in (self.new_password, self.repeat_password):
            field.clear()
        self._show_recovery_key(done)

    def _show_recovery_key(self, done: protection.Protected) -> None:
        self.recovery_panel.show_key(done.clinic, done.recovery_key, self.db_path.stem)
        owner = done.clinic.staff
        sentences = [
            self.tr("{file} is now encrypted, and everyone signs in to open it.").format(
                file=self.db_path.name
            ),
            self.tr("You are signed in as {name} (owner).").format(name=owner.display_name)
            if owner is not None
            else self.tr("You are signed in as the owner."),
        ]
        if done.backups_encrypted == 1:
            sentences.append(self.tr("Its existing backup was encrypted too."))
        elif done.backups_encrypted > 1:
            sentences.append(
                self.tr("Its %n existing backups were encrypted too.", "", done.backups_encrypted)
            )
        self.summary.setText(" ".join(sentences))
        self.pages.setCurrentIndex(1)
        fit_height(self)  # the key page is taller than the account page
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    # -- the recovery sheet (made, printed and saved by the panel) ----------------------------
    def sheet_pdf(self) -> bytes | None:
        """The recovery sheet (made once), or None after saying why it could not be made."""
        return self.recovery_panel.sheet_pdf()

    def print_sheet(self) -> None:
        self.recovery_panel.print_sheet()

    def _sheet_name(self) -> str:
        return self.recovery_panel.sheet_name()

    def save_sheet(self) -> Path | None:
        """Ask where to save the sheet and save it; the path, or None if it was not saved."""
        return self.recovery_panel.save_sheet()

    def _sheet_status_changed(self) -> None:
        fit_height(self)

    def _confirmed_changed(self, ticked: bool) -> None:
        """Enter prints the sheet until the box is ticked; then it finishes."""
        self.finish_button.setEnabled(ticked)
        (self.finish_button if ticked else self.print_button).setDefault(True)

    # -- the unprotected copy -----------------------------------------------------------------
    def erase_copy(self) -> None:
        try:
            with _wait_cursor():
                erased = protection.erase_plain_copy(self.db_path)
        except UserError as exc:
            self.erase_status.setStyleSheet(ERROR_STYLE)
            _say(self.erase_status, str(exc))
            return
        self.erase_status.setStyleSheet(NOTE_STYLE)
        _say(
            self.erase_status,
            self.tr("The unprotected copy is erased.")
            if erased
            else self.tr("There was no unprotected copy left."),
        )
        self.erase_button.setEnabled(False)

    # -- closing ------------------------------------------------------------------------------
    def finish(self) -> None:
        if self.protected is not None and self.confirmed.isChecked():
            self.accept()

    def reject(self) -> None:
        """Cancel before protecting; afterwards the clinic is protected, so the dialog accepts,
        asking first if the recovery sheet is not confirmed."""
        if self.protected is None:
            super().reject()
            return
        if self.recovery_panel.may_close():
            self.accept()

    def done(self, result: int) -> None:
        for field in (self.new_password, self.repeat_password):
            field.clear()
        super().done(result)


__all__ = ["ProtectDialog", "RecoverDialog", "SignInDialog"]
