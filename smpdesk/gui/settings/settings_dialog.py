"""Clinic settings: details and logo for the sheets, paper, intervals, day counts.

Everything here is stored in the clinic database (it travels with backups);
nothing about clients is ever written to QSettings.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app.clinic import Clinic, ClinicSettings, load_settings, save_settings
from smpdesk.domain.clinic_settings import (
    DATE_STYLES,
    DEFAULT_RETENTION_YEARS,
    MAX_LOGO_BYTES,
    PAPER_SIZES,
    RETENTION_YEARS_RANGE,
    TEXT_LIMITS,
)
from smpdesk.domain.languages import LANGUAGES
from smpdesk.domain.session_details import DEFAULT_FOLLOW_UP_DAYS, SESSION_TYPES
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui import i18n
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.settings.prices_page import PriceProblem, PricesPage
from smpdesk.gui.widgets.form_support import confirm_discard
from smpdesk.gui.words.core_labels import core_label, core_word

DAY_LABELS = {
    "keep_dry": QT_TRANSLATE_NOOP("settings.settings_dialog", "Keep the scalp dry (days)"),
    "first_wash_day": str(
        QT_TRANSLATE_NOOP("settings.settings_dialog", "First gentle wash on day")
    ),
    "no_sweat": QT_TRANSLATE_NOOP("settings.settings_dialog", "No sweating or gym (days)"),
    "full_training_day": str(
        QT_TRANSLATE_NOOP("settings.settings_dialog", "Full training from day")
    ),
    "no_shaving": QT_TRANSLATE_NOOP("settings.settings_dialog", "No shaving (days)"),
    "razor_day": QT_TRANSLATE_NOOP("settings.settings_dialog", "Razor allowed from day"),
    "sun_avoid": QT_TRANSLATE_NOOP("settings.settings_dialog", "Avoid direct sun (days)"),
    "no_swim_sauna": str(
        QT_TRANSLATE_NOOP("settings.settings_dialog", "No pool, sea, sauna, steam or sunbed (days)")
    ),
    "no_moisturiser": QT_TRANSLATE_NOOP("settings.settings_dialog", "No moisturiser (days)"),
    "no_hair_dye": QT_TRANSLATE_NOOP("settings.settings_dialog", "No hair dye (days)"),
}


def _spin(value: int, maximum: int = 3650) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, maximum)
    box.setValue(value)
    return box


class SettingsDialog(QDialog):
    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from smpdesk.domain.aftercare import AftercareDays  # the care plan's own defaults

        self._db = db
        self._days_type = AftercareDays
        self.language_changed = False
        self.settings = load_settings(db)
        self.logo: bytes | None = self.settings.logo
        self.setWindowTitle(self.tr("Clinic settings"))
        self.resize(560, 560)

        tabs = QTabWidget()
        tabs.addTab(self._clinic_tab(), self.tr("Clinic"))
        tabs.addTab(self._printing_tab(), self.tr("Paper and dates"))
        tabs.addTab(self._follow_up_tab(), self.tr("Follow-ups"))
        tabs.addTab(self._days_tab(), self.tr("Aftercare days"))
        tabs.addTab(self._backups_tab(), self.tr("Backups"))
        tabs.addTab(self._records_tab(), self.tr("Records"))
        self.prices = PricesPage(self.settings)  # issue 18 (P4): owner's, like this dialog
        tabs.insertTab(1, self.prices, self.tr("Prices"))  # beside the clinic's details
        self.tabs = tabs
        self.problem = QLabel()
        self.problem.setObjectName("settings_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    # -- tabs ---------------------------------------------------------------
    def _clinic_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit(self.settings.name)
        self.name.setObjectName("clinic_name")
        self.address = QPlainTextEdit(self.settings.address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.phone = QLineEdit(self.settings.phone)
        self.phone.setObjectName("clinic_phone")
        self.email = QLineEdit(self.settings.email)
        self.emergency_number = QLineEdit(self.settings.emergency_number)
        self.emergency_number.setObjectName("emergency_number")
        self.emergency_number.setMaxLength(TEXT_LIMITS["emergency_number"])
        self.emergency_number.setPlaceholderText(self.tr("for example 999, 112 or 911"))
        self.emergency_number.setToolTip(
            self.tr(
                "Printed on every aftercare sheet: whom to call if the face, lips or throat "
                'swell. Left empty, the sheet says "your local emergency number".'
            )
        )
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #ccc; background: white;")
        choose = QPushButton(self.tr("Choose picture…"))
        choose.clicked.connect(self.choose_logo)
        clear = QPushButton(self.tr("Remove"))
        clear.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(clear)
        logo_row.addStretch(1)
        form.addRow(self.tr("Clinic name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Emergency number"), self.emergency_number)
        form.addRow(self.tr("Logo"), logo_row)
        note = QLabel(self.tr("These appear at the top of every aftercare sheet."))
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        self.set_logo(self.logo)
        return page

    def _printing_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for size in PAPER_SIZES:
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(max(0, self.paper.findData(self.settings.paper)))
        self.date_style = QComboBox()
        for key, example in DATE_STYLES.items():
            self.date_style.addItem(core_label(example), key)
        self.date_style.setCurrentIndex(max(0, self.date_style.findData(self.settings.date_style)))
        form.addRow(self.tr("Paper size"), self.paper)
        form.addRow(self.tr("Date style (typing and sheets)"), self.date_style)
        # Issue 20: the window's language, this computer account's (not the clinic's):
        # kept in interface.ini, applied as soon as Settings is saved.
        self.language = QComboBox()
        self.language.setObjectName("interface_language")
        system = LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen_language())))
        form.addRow(self.tr("Language of smpdesk on this computer"), self.language)
        note = QLabel(
            self.tr(
                "A client's own papers and client mode use the client's language, set on "
                "their details."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6670;")
        form.addRow(note)
        return page

    def _follow_up_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(QLabel(self.tr("Days from a session to the proposed next one:")))
        self.follow_up: dict[str, QSpinBox] = {}
        for kind, label in SESSION_TYPES.items():
            box = _spin(self.settings.follow_up_days.get(kind, DEFAULT_FOLLOW_UP_DAYS[kind]))
            box.setObjectName(f"follow_{kind}")
            box.setSuffix(self.tr(" days", "spin box suffix, keep the leading space"))
            self.follow_up[kind] = box
            form.addRow(self.tr("After a {session}").format(session=core_word(label)), box)
        return page

    def _days_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        current = self._days_type.from_mapping(self.settings.aftercare_days)
        defaults = self._days_type()
        self.days: dict[str, QSpinBox] = {}
        for f in fields(self._days_type):
            box = _spin(getattr(current, f.name), 365)
            box.setObjectName(f"days_{f.name}")
            box.setToolTip(self.tr("Default: {value}").format(value=getattr(defaults, f.name)))
            self.days[f.name] = box
            label = DAY_LABELS.get(f.name)
            shown = (
                translate("settings.settings_dialog", label)
                if label
                else f.name.replace("_", " ").capitalize()
            )
            form.addRow(shown, box)
        reset = QPushButton(self.tr("Restore the defaults"))
        reset.clicked.connect(self._reset_days)
        form.addRow(reset)
        return page

    def _backups_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.backup_folder = QLineEdit(self.settings.backup_folder)
        self.backup_folder.setObjectName("backup_folder")
        self.backup_folder.setPlaceholderText(self.tr("beside the clinic database"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_backup_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Backups folder"), row)
        form.addRow(
            QLabel(
                self.tr(
                    "A USB drive or network folder keeps copies off this laptop; it must be "
                    "connected when smpdesk backs up."
                )
            )
        )
        self.lock_minutes = _spin(self.settings.lock_minutes, 60)
        self.lock_minutes.setObjectName("lock_minutes")
        self.lock_minutes.setSuffix(self.tr(" minutes", "spin box suffix, keep the leading space"))
        self.lock_minutes.setToolTip(
            self.tr("A protected clinic locks the screen after this idle time")
        )
        self.backup_warn_days = _spin(self.settings.backup_warn_days, 365)
        self.backup_warn_days.setSuffix(self.tr(" days", "spin box suffix, keep the leading space"))
        form.addRow(self.tr("Warn when the last backup is older than"), self.backup_warn_days)
        form.addRow(self.tr("Lock the screen when idle for"), self.lock_minutes)
        self.backup_keep: dict[str, QSpinBox] = {}
        for key, label in (
            ("daily", self.tr("Daily backups kept")),
            ("weekly", self.tr("Weekly backups kept")),
            ("monthly", self.tr("Monthly backups kept")),
        ):
            box = _spin(self.settings.backup_keep.get(key, 1), 1000)
            self.backup_keep[key] = box
            form.addRow(label, box)
        return page

    def _records_tab(self) -> QWidget:
        """How long a client's records are kept after their last visit (retention)."""
        page = QWidget()
        form = QFormLayout(page)
        low, high = RETENTION_YEARS_RANGE
        self.retention_years = _spin(self.settings.retention_years, high)
        self.retention_years.setMinimum(low)
        self.retention_years.setObjectName("retention_years")
        self.retention_years.setSuffix(self.tr(" years", "spin box suffix, keep the leading space"))
        form.addRow(self.tr("Keep records after the last visit for"), self.retention_years)
        note = QLabel(
            self.tr(
                "How long depends on your country's rules for health records and on your "
                "insurer; smpdesk cannot know them, so it starts at {years} years. "
                "Clinic → Clients past retention lists the clients last seen longer ago than "
                "this, for you to review and erase. Nothing is erased by itself."
            ).format(years=DEFAULT_RETENTION_YEARS)
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        return page

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"))
        if folder:
            self.backup_folder.setText(folder)

    def _reset_days(self) -> None:
        defaults = self._days_type()
        for name, box in self.days.items():
            box.setValue(getattr(defaults, name))

    # -- logo ---------------------------------------------------------------
    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the clinic logo"),
            str(Path.home()),
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.load_logo(Path(name))

    def load_logo(self, path: Path) -> bool:
        from smpdesk.infra.imaging import TOO_LARGE, PhotoRejected, read_regular_file

        try:
            # Only a regular file, and never more than the cap: /dev/zero or a
            # pipe chosen by mistake must not hang the window or fill memory.
            data = read_regular_file(path, MAX_LOGO_BYTES)
        except PhotoRejected as exc:
            if exc.reason == TOO_LARGE:
                QMessageBox.warning(
                    self,
                    self.tr("Logo"),
                    self.tr("The logo is too large; use a picture under 2 MB."),
                )
            else:
                QMessageBox.warning(
                    self,
                    self.tr("Logo"),
                    self.tr("The picture could not be used ({reason}).").format(reason=exc.reason),
                )
            return False
        if QImage.fromData(data).isNull():
            QMessageBox.warning(
                self,
                self.tr("Logo"),
                self.tr("That file is not a picture smpdesk can read; use a PNG or JPEG."),
            )
            return False
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        image = QImage.fromData(data) if data else QImage()
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

    def reject(self) -> None:
        changed = self.chosen() != self.settings or self.prices.is_modified()
        if confirm_discard(self, changed):
            super().reject()

    # -- saving -------------------------------------------------------------
    def chosen(self) -> ClinicSettings:
        defaults = self._days_type()
        return ClinicSettings(
            name=self.name.text(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
            emergency_number=self.emergency_number.text(),
            logo=self.logo,
            paper=self.paper.currentData(),
            date_style=self.date_style.currentData(),
            follow_up_days={k: box.value() for k, box in self.follow_up.items()},
            aftercare_days={
                name: box.value()
                for name, box in self.days.items()
                if box.value() != getattr(defaults, name)
            },
            backup_folder=self.backup_folder.text(),
            backup_warn_days=self.backup_warn_days.value(),
            backup_keep={k: box.value() for k, box in self.backup_keep.items()},
            lock_minutes=self.lock_minutes.value(),
            retention_years=self.retention_years.value(),
            **self.prices.chosen_or(self.settings),  # type: ignore[arg-type]
        )

    def save(self) -> None:
        try:
            self.prices.chosen()  # a bad price: one sentence, on the Prices page
        except PriceProblem as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            self.tabs.setCurrentWidget(self.prices)
            exc.widget.setFocus()
            return
        try:
            save_settings(self._db, self.chosen())
        except ValidationError as exc:
            self.problem.setText(" ".join(exc.fields.values()))
            self.problem.show()
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        chosen = self.language.currentData()
        self.language_changed = chosen != i18n.chosen_language()
        if self.language_changed:
            i18n.choose_language(chosen)
        self.accept()
