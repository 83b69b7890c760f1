"""The first-run wizard: the clinic, its country, where its file lives, its owner, how to start.

Shown instead of an empty window when there is no clinic yet (see
:func:`smpdesk.gui.first_run.first_run`).  Nothing is written until the last
page is accepted: then :func:`smpdesk.app.first_run.create_clinic` makes the
file, saves the settings, protects it and remembers a folder chosen outside
the user-data folder, as one step that leaves nothing behind on a refusal.
A protected clinic's recovery key is then shown once, with its sheet to print
or save, as Clinic → Protect this clinic shows it.

"Try the demo clinic first" makes nothing at all: the wizard ends and the
throw-away demo opens, as ``smpdesk --demo`` does.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from smpdesk.app import first_run as first_run_cases
from smpdesk.domain.clinic_settings import (
    DATE_STYLES,
    EMERGENCY_NUMBER_HINT,
    MAX_LOGO_BYTES,
    TEXT_LIMITS,
    ClinicSettings,
    is_emergency_number,
)
from smpdesk.domain.countries import COUNTRIES, DEFAULT_COUNTRY, Country, country_for_locale
from smpdesk.domain.money import CURRENCIES, LOCALES
from smpdesk.domain.staff import display_name_problem, login_problem, password_problem
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.access.recovery_sheet_panel import RecoverySheetPanel
from smpdesk.gui.access.sign_in import password_rules, passwords_differ
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.form_support import show_problems, with_error_label
from smpdesk.gui.widgets.note_lines import message_line, note_label, say
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label
from smpdesk.infra.cloud_folders import folder_warning
from smpdesk.paths import backups_dir_for

WARNING_STYLE = (
    "background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; padding: 6px; "
    "color: #5a3b00;"
)
NOT_PROTECTED = str(
    QT_TRANSLATE_NOOP(
        "first_run.wizard",
        "Not protected: the clinic file is not encrypted, nobody signs in, and anyone who uses "
        "this computer or copies the file or a backup can read every record. You can protect it "
        "later from Clinic → Protect this clinic.",
    )
)
BROKEN_LOGO = str(
    QT_TRANSLATE_NOOP(
        "first_run.wizard",
        "That file is not a picture smpdesk can read; choose a PNG or JPEG under 2 MB.",
    )
)
START_EMPTY, START_IMPORT, START_DEMO = "empty", "import", "demo"
PAGE_CLINIC, PAGE_COUNTRY, PAGE_PLACE, PAGE_PROTECT, PAGE_START, PAGE_KEY = range(6)


_note = note_label
_problem_line = message_line
_say = say


# Letters NFKD does not take apart: written as their usual plain-letter spelling.
_PLAIN_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)


def suggested_login(name: str) -> str:
    """The user name offered for a display name: its first word, lower-case, plain letters
    ("José" -> "jose", "Żaneta" -> "zaneta"), since user names are ASCII."""
    first = (name.split() or [""])[0].lower().translate(_PLAIN_LETTERS)
    folded = unicodedata.normalize("NFKD", first)
    return "".join(c for c in folded if c.isascii() and c.isalnum())[:32]


# -- 1. the clinic ----------------------------------------------------------------------------


class ClinicPage(QWizardPage):
    """Name (required), address, phone and logo: what every printed sheet carries."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your clinic"))
        self.setSubTitle(
            self.tr(
                "Welcome to smpdesk. A few questions set up your clinic; nothing is saved until "
                "the last page. These details are printed at the top of aftercare sheets, "
                "receipts and quotes, and can be changed later in Settings."
            )
        )
        self.logo: bytes | None = None
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(TEXT_LIMITS["name"])
        self.name.setPlaceholderText(self.tr("e.g. Northside Scalp Clinic"))
        self.name.textChanged.connect(self.completeChanged)
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 14)
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setMaxLength(TEXT_LIMITS["phone"])

        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(160, 72)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #ccc; background: white; color: #777;")
        choose = QPushButton(self.tr("Choose a logo…"))
        choose.setObjectName("choose_logo")
        choose.clicked.connect(self.choose_logo)
        self.clear_logo = QPushButton(self.tr("Remove"))
        self.clear_logo.setObjectName("clear_logo")
        self.clear_logo.clicked.connect(lambda: self.set_logo(None))
        self.clear_logo.setEnabled(False)
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(self.clear_logo)
        buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        self.logo_problem = _problem_line("logo_problem")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Clinic &name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Logo (optional):"), logo_row)
        form.addRow("", self.logo_problem)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def choose_logo(self) -> None:
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the clinic logo"),
            pictures or str(Path.home()),
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.load_logo(Path(name))

    def load_logo(self, path: Path) -> bool:
        """Read and check a logo as the Settings dialog does; a bad file is one sentence."""
        from smpdesk.infra.imaging import PhotoRejected, read_regular_file

        try:
            # Only a regular file, and never more than the cap (a pipe or /dev/zero).
            data = read_regular_file(path, MAX_LOGO_BYTES)
        except PhotoRejected:
            data = b""
        except OSError:
            data = b""
        if not data or QImage.fromData(data).isNull():
            _say(self.logo_problem, translate("first_run.wizard", BROKEN_LOGO))
            return False
        _say(self.logo_problem, "")
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        image = QImage.fromData(data) if data else QImage()
        self.clear_logo.setEnabled(not image.isNull())
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        self.logo_preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.logo_preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


# -- 2. the country ---------------------------------------------------------------------------


class CountryPage(QWizardPage):
    """The country fills paper, dates, the emergency number and money; each stays editable."""

    def __init__(self, system_locale: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Country"))
        self.setSubTitle(
            self.tr(
                "Choosing the country fills in the rest; check each value and change any that "
                "is not right for your clinic."
            )
        )
        self.country = QComboBox()
        self.country.setObjectName("country")
        for row in COUNTRIES:
            self.country.addItem(core_label(row.name), row.code)
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.addItem("A4", "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self.date_style = QComboBox()
        self.date_style.setObjectName("date_style")
        for key, example in DATE_STYLES.items():
            self.date_style.addItem(core_label(example), key)
        self.emergency_number = QLineEdit()
        self.emergency_number.setObjectName("emergency_number")
        self.emergency_number.setMaxLength(TEXT_LIMITS["emergency_number"])
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        for code in sorted(CURRENCIES):
            self.currency.addItem(code, code)
        self.amounts = QComboBox()
        self.amounts.setObjectName("locale")
        for key, label in LOCALES.items():
            self.amounts.addItem(label, key)
        column, self.emergency_error = with_error_label(self.emergency_number, "emergency_number")
        column.addWidget(
            _note(
                self.tr(
                    "Printed on every aftercare sheet: the number a client calls about a bad "
                    "reaction."
                )
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Country:"), self.country)
        filled = _note(self.tr("Filled in from the country:"))
        filled.setContentsMargins(0, 10, 0, 0)
        form.addRow(filled)
        form.addRow(self.tr("&Paper size:"), self.paper)
        form.addRow(self.tr("&Dates written as:"), self.date_style)
        emergency_label = QLabel(self.tr("&Emergency number:"))
        emergency_label.setBuddy(self.emergency_number)
        form.addRow(emergency_label, column)
        form.addRow(self.tr("C&urrency:"), self.currency)
        form.addRow(self.tr("&Amounts written as:"), self.amounts)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

        self.country.currentIndexChanged.connect(self._country_chosen)
        found = country_for_locale(system_locale)
        self.choose_country(found.code if found is not None else DEFAULT_COUNTRY)

    def choose_country(self, code: str) -> None:
        index = self.country.findData(code)
        if index >= 0:
            if index == self.country.currentIndex():
                self._country_chosen(index)
            self.country.setCurrentIndex(index)

    def chosen_country(self) -> Country:
        return next(c for c in COUNTRIES if c.code == self.country.currentData())

    def _country_chosen(self, _index: int) -> None:
        row = self.chosen_country()
        for combo, value in (
            (self.paper, row.paper),
            (self.date_style, row.date_style),
            (self.currency, row.currency),
            (self.amounts, row.locale),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.emergency_number.setText(row.emergency_number)
        show_problems(
            {"emergency_number": self.emergency_number},
            {"emergency_number": self.emergency_error},
            {},
        )

    def validatePage(self) -> bool:
        number = self.emergency_number.text().strip()
        problem = "" if not number or is_emergency_number(number) else EMERGENCY_NUMBER_HINT
        show_problems(
            {"emergency_number": self.emergency_number},
            {"emergency_number": self.emergency_error},
            {"emergency_number": problem} if problem else {},
        )
        return not problem


# -- 3. where the data lives ------------------------------------------------------------------


class PlacePage(QWizardPage):
    """The user-data folder suggested; another folder allowed, with a warning where it is risky."""

    def __init__(self, suggested: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Where your data lives"))
        self.setSubTitle(
            self.tr(
                "The clinic file holds every record. Keep it on this computer's own disk; "
                "backups are made in a folder beside it."
            )
        )
        self.suggested = Path(suggested)
        self.folder = self.suggested
        self.folder_field = QLineEdit()
        self.folder_field.setObjectName("folder")
        self.folder_field.setReadOnly(True)
        choose = QPushButton(self.tr("Choose another folder…"))
        choose.setObjectName("choose_folder")
        choose.clicked.connect(self.browse)
        self.use_suggested = QPushButton(self.tr("Use the suggested folder"))
        self.use_suggested.setObjectName("use_suggested")
        self.use_suggested.clicked.connect(lambda: self.choose_folder(self.suggested))
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(self.use_suggested)
        row.addStretch(1)
        self.suggested_note = _note(name="suggested_note")
        self.backups_note = _note(name="backups_note")
        self.backups_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setObjectName("folder_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.problem = _problem_line("place_problem")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The clinic file will be kept in this folder:")))
        layout.addWidget(self.folder_field)
        layout.addLayout(row)
        layout.addWidget(self.suggested_note)
        layout.addSpacing(6)
        layout.addWidget(self.backups_note)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.choose_folder(self.suggested)

    def db_path(self) -> Path:
        return first_run_cases.clinic_path_in(self.folder)

    def browse(self) -> None:
        start = self.folder if self.folder.is_dir() else Path.home()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where to keep the clinic file"), str(start)
        )
        if chosen:
            self.choose_folder(Path(chosen))

    def choose_folder(self, folder: Path) -> None:
        self.folder = Path(folder).expanduser().absolute()
        self.folder_field.setText(str(self.folder))
        default = self.folder == self.suggested.absolute()
        self.use_suggested.setVisible(not default)
        self.suggested_note.setText(
            self.tr("This is smpdesk's own folder for your account, the one suggested.")
            if default
            else self.tr("smpdesk will remember this folder and open the clinic from it each time.")
        )
        self.backups_note.setText(
            self.tr(
                "Backups are made in {folder}, beside the clinic file. "
                "Copy them to a USB drive or another disk now and then (Settings can send them "
                "to another folder)."
            ).format(folder=backups_dir_for(self.db_path()))
        )
        warning = folder_warning(self.folder)
        self.warning.setText(f"⚠ {warning}" if warning else "")
        self.warning.setVisible(bool(warning))
        # Said at once (a clinic's files there, a folder that cannot be written), not
        # only on Next: the problem goes as soon as another folder is chosen.
        _say(self.problem, first_run_cases.place_problem(self.db_path()))

    def validatePage(self) -> bool:
        problem = first_run_cases.place_problem(self.db_path())
        _say(self.problem, problem)
        return not problem


# -- 4. the owner and protection --------------------------------------------------------------


class ProtectPage(QWizardPage):
    """The owner's account for protecting the clinic (recommended); skipping says what it means."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Protect the clinic"))
        self.setSubTitle(
            self.tr(
                "Protecting encrypts the clinic file, so a lost laptop or a copied backup shows "
                "nothing, and everyone signs in with their own name and password."
            )
        )
        self.protect = QCheckBox(self.tr("Protect the clinic (recommended)"))
        self.protect.setObjectName("protect")
        self.protect.setChecked(True)
        self.protect.toggled.connect(self._toggled)
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.display_name.setPlaceholderText(self.tr("e.g. Olivia Smith"))
        self.display_name.setMaxLength(80)
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.login.setPlaceholderText(self.tr("e.g. olivia"))
        self.login.setMaxLength(32)
        self.password = self._secret("password")
        self.repeat = self._secret("repeat")
        self.inputs: dict[str, QWidget] = {
            "display_name": self.display_name,
            "login": self.login,
            "password": self.password,
            "repeat": self.repeat,
        }
        self.errors: dict[str, QLabel] = {}
        self.account = QGroupBox(self.tr("You, the clinic's owner"))
        form = QFormLayout(self.account)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, text, note in (
            ("display_name", self.tr("Your &name:"), ""),
            (
                "login",
                self.tr("&User name:"),
                self.tr("Lower-case letters, digits, dots or dashes."),
            ),
            ("password", self.tr("&Password:"), password_rules()),
            ("repeat", self.tr("Password &again:"), ""),
        ):
            column, self.errors[name] = with_error_label(self.inputs[name], name)
            if note:
                column.addWidget(_note(note))
            label = QLabel(text)
            label.setBuddy(self.inputs[name])
            form.addRow(label, column)
        self.key_note = _note(
            self.tr(
                "A recovery key is shown once the clinic is made: print it or write it down and "
                "keep it in the clinic safe. It is the only way back in if the password is lost."
            ),
            "key_note",
        )
        self.consequence = QLabel(translate("first_run.wizard", NOT_PROTECTED))
        self.consequence.setObjectName("not_protected")
        self.consequence.setWordWrap(True)
        self.consequence.setStyleSheet(WARNING_STYLE)
        self.consequence.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.protect)
        layout.addWidget(self.account)
        layout.addWidget(self.key_note)
        layout.addWidget(self.consequence)
        layout.addStretch(1)
        self.display_name.textEdited.connect(self._suggest_login)

    @staticmethod
    def _secret(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        return field

    def _suggest_login(self, name: str) -> None:
        """The first name, lower-cased, until the user name is typed by hand."""
        if self.login.isModified():
            return
        self.login.setText(suggested_login(name))

    def _toggled(self, on: bool) -> None:
        self.account.setEnabled(on)
        self.key_note.setVisible(on)
        self.consequence.setVisible(not on)

    def owner(self) -> first_run_cases.OwnerAccount | None:
        if not self.protect.isChecked():
            return None
        return first_run_cases.OwnerAccount(
            self.login.text().strip().lower(),
            " ".join(self.display_name.text().split()),
            self.password.text(),
        )

    def validatePage(self) -> bool:
        owner = self.owner()
        if owner is None:
            show_problems(self.inputs, self.errors, {})
            return True
        problems = {
            "display_name": display_name_problem(owner.display_name),
            "login": login_problem(owner.login),
            "password": password_problem(
                owner.password, login=owner.login, display_name=owner.display_name
            ),
            "repeat": passwords_differ() if owner.password != self.repeat.text() else "",
        }
        problems = {k: v for k, v in problems.items() if v}
        show_problems(self.inputs, self.errors, problems)
        return not problems

    def forget(self) -> None:
        for field in (self.password, self.repeat):
            field.clear()


# -- 5. how to start --------------------------------------------------------------------------


class StartPage(QWizardPage):
    """Empty, import, or the demo; accepting it makes the clinic (not for the demo)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._leaving_for_demo = False
        self.setTitle(self.tr("How to start"))
        self.setSubTitle(
            self.tr("You can import clients or add them one by one at any time later.")
        )
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for key, text, note in (
            (
                START_EMPTY,
                self.tr("Start with an empty clinic"),
                self.tr("Add clients as they come in."),
            ),
            (
                START_IMPORT,
                self.tr("Import my clients from a spreadsheet"),
                self.tr(
                    "A CSV or Excel file from a spreadsheet or your old software: you see the "
                    "columns matched and the rows checked before anything is added."
                ),
            ),
            (
                START_DEMO,
                self.tr("Try the demo clinic first (nothing is saved)"),
                self.tr(
                    "Made-up clients to look around with. Your clinic is not made yet: when you "
                    "close the demo, start smpdesk again to come back here."
                ),
            ),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"start_{key}")
            self.buttons[key] = button
            self.choices.addButton(button)
            layout.addWidget(button)
            hint = _note(note)
            hint.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(hint)
        self.buttons[START_EMPTY].setChecked(True)
        self.choices.buttonToggled.connect(self._changed)
        self.summary = _note(name="summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.working = _note(self.tr("Making the clinic file…"), "working")
        self.working.hide()
        self.problem = _problem_line("create_problem")
        layout.addSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.working)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.setCommitPage(True)

    def choice(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def initializePage(self) -> None:
        self._changed()

    def _changed(self, *_args: object) -> None:
        wizard = self._wizard
        demo = self.choice() == START_DEMO
        text = self.tr("Open the demo") if demo else self.tr("Create the clinic")
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.CommitButton):
            self.setButtonText(which, text)
        if demo:
            self.summary.setText(
                self.tr("Nothing is saved: the demo is made in a temporary folder.")
            )
        elif wizard.protect_page.protect.isChecked():
            self.summary.setText(
                self.tr(
                    "The clinic will be made in {path}, protected, with you as its owner."
                ).format(path=wizard.place_page.db_path())
            )
        else:
            self.summary.setText(
                self.tr("The clinic will be made in {path}, not protected.").format(
                    path=wizard.place_page.db_path()
                )
            )
        _say(self.problem, "")
        self.completeChanged.emit()

    def nextId(self) -> int:
        # Fixed on arriving here (QWizard lays its buttons out only then): a protected
        # clinic's key page follows, even if the demo is chosen (see validatePage).
        return PAGE_KEY if self._wizard.protect_page.protect.isChecked() else -1

    def validatePage(self) -> bool:
        if self.choice() == START_DEMO:
            if self.nextId() == -1 or self._leaving_for_demo:
                return True  # Finish: the wizard closes with the demo chosen
            # "Open the demo" on the commit button: no key page, close instead.
            self._leaving_for_demo = True
            QTimer.singleShot(0, self._wizard.accept)
            return False
        self.working.show()
        self.working.repaint()
        try:
            self._wizard.make_clinic()
        except ValidationError as exc:
            _say(self.problem, " ".join(dict.fromkeys(exc.fields.values())))
            return False
        except UserError as exc:
            _say(self.problem, str(exc))
            return False
        finally:
            self.working.hide()
        return True


# -- 6. the recovery key (a protected clinic, once made) --------------------------------------


class KeyPage(QWizardPage):
    """The recovery key, shown this once; Finish waits until the sheet is printed or saved."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If every owner password is forgotten, this key is the only way back in. It is "
                "shown only this once."
            )
        )
        self.panel = RecoverySheetPanel(
            self.tr(
                "Keep the sheet in the clinic safe, away from this computer; a saved PDF "
                "belongs on a USB stick kept there too. When smpdesk opens, sign in with the "
                "user name and password you just chose."
            )
        )
        self.panel.confirmed_changed.connect(self.completeChanged)
        # The panel's parts, by the names the page has always had.
        self.key_label = self.panel.key_label
        self.status = self.panel.sheet_status
        self.confirmed = self.panel.confirmed
        self.sheet_pdf = self.panel.sheet_pdf
        self.print_sheet = self.panel.print_sheet
        self.sheet_name = self.panel.sheet_name
        self.save_sheet = self.panel.save_sheet
        self.save_sheet_to = self.panel.save_sheet_to
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addStretch(1)

    def initializePage(self) -> None:
        made = self._wizard.created
        if made is not None and made.recovery_key:
            self.panel.show_key(made.clinic, made.recovery_key, made.path.stem)

    def isComplete(self) -> bool:
        return self.confirmed.isChecked()


# -- the wizard -------------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    """The pages in order; ``outcome`` and ``created`` say what happened once it has closed.

    ``outcome`` is "cancel", "demo", "empty" or "import"; ``created`` is the
    new clinic (open, signed in as its owner when protected) for the last two.
    """

    def __init__(
        self,
        suggested_folder: Path,
        *,
        system_locale: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("Welcome to smpdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.outcome = "cancel"
        self.created: first_run_cases.NewClinic | None = None
        locale = QLocale.system().name() if system_locale is None else system_locale
        self.clinic_page = ClinicPage()
        self.country_page = CountryPage(locale)
        self.place_page = PlacePage(suggested_folder)
        self.protect_page = ProtectPage()
        self.start_page = StartPage(self)
        self.key_page = KeyPage(self)
        for page_id, page in (
            (PAGE_CLINIC, self.clinic_page),
            (PAGE_COUNTRY, self.country_page),
            (PAGE_PLACE, self.place_page),
            (PAGE_PROTECT, self.protect_page),
            (PAGE_START, self.start_page),
            (PAGE_KEY, self.key_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PAGE_CLINIC)
        fit_to_screen(self, 720, 640)

    def settings(self) -> ClinicSettings:
        """The settings the pages hold (the rest keep smpdesk's defaults)."""
        clinic, country = self.clinic_page, self.country_page
        return ClinicSettings(
            name=" ".join(clinic.name.text().split()),
            address=clinic.address.toPlainText().strip(),
            phone=clinic.phone.text().strip(),
            logo=clinic.logo,
            paper=country.paper.currentData(),
            date_style=country.date_style.currentData(),
            emergency_number=country.emergency_number.text().strip(),
            currency=country.currency.currentData(),
            locale=country.amounts.currentData(),
        )

    def make_clinic(self) -> None:
        """Make the clinic (once); UserError (nothing made) when anything is refused."""
        if self.created is not None:
            return
        self.setEnabled(False)
        from PySide6.QtWidgets import QApplication

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.created = first_run_cases.create_clinic(
                self.place_page.db_path(), self.settings(), self.protect_page.owner()
            )
        finally:
            QApplication.restoreOverrideCursor()
            self.setEnabled(True)
        self.protect_page.forget()

    def reject(self) -> None:
        """Cancel makes nothing; once the clinic is made, closing asks about the key first."""
        if self.created is None:
            self.outcome = "cancel"
            super().reject()
            return
        if self.key_page.panel.may_close():
            self.accept()

    def done(self, result: int) -> None:
        """Finish runs the last page's check (which makes the clinic) before closing."""
        accepted = result == QDialog.DialogCode.Accepted.value
        if accepted and not self.validateCurrentPage():
            return
        choice = self.start_page.choice()
        made = self.created is not None
        self.outcome = choice if made or (accepted and choice == START_DEMO) else "cancel"
        self.protect_page.forget()
        QDialog.done(self, result)  # not QWizard.done: that would check the page again


__all__ = ["START_DEMO", "START_EMPTY", "START_IMPORT", "FirstRunWizard"]
