"""Patch tests on the client page: the list, "Record patch test…", and reception's line.

A practitioner records a patch test when the pigment goes on and again (a new
version) when it is read; a negative reading after the medical history closes
the pigment-allergy flag in the header (:mod:`smpdesk.app.patch_tests`).
Nothing is edited in place: "New version…" records the change with its reason.
Reception sees only :class:`PatchTestDatesLine`: that a test exists, and when.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
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

from smpdesk.app import clinic
from smpdesk.app import patch_tests as patch_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.patch_tests import FIELD_LABELS, RESULT_WORDS, RESULTS, PatchTestDetails
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.changes import Changes
from smpdesk.gui.dates import format_medium_date
from smpdesk.gui.i18n import translate
from smpdesk.gui.widgets.date_entry import DateEntry
from smpdesk.gui.widgets.form_support import with_error_label
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label

TEST_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(iso: str | None) -> str:
    return format_medium_date(date.fromisoformat(iso)) if iso else ""


class PatchTestDialog(QDialog):
    """Record a patch test, or a new version of ``earlier`` (its reading, a correction)."""

    def __init__(
        self,
        db: Clinic,
        client_id: int,
        earlier: patch_cases.PatchTest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patch_test_dialog")
        self._db = db
        self._client_id = client_id
        self._earlier = earlier
        self.saved: patch_cases.PatchTest | None = None
        self.setWindowTitle(
            self.tr("New version of a patch test") if earlier else self.tr("Record patch test")
        )
        style = clinic.load_settings(db).date_style
        self.applied = DateEntry(style)
        self.pigment = QLineEdit()
        self.pigment.setPlaceholderText(self.tr("brand and shade, e.g. Brand X Dark Grey"))
        self.lot = QLineEdit()
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("e.g. behind the left ear"))
        self.result_box = QComboBox()
        for key in RESULTS:
            self.result_box.addItem(core_label(RESULT_WORDS[key]), key)
        self.read_on = DateEntry(style)
        self.read_by = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(48)
        self.reason.setPlaceholderText(self.tr("e.g. read today; or: wrong lot typed"))
        self.inputs: dict[str, QWidget] = {
            "applied_on": self.applied,
            "pigment": self.pigment,
            "lot": self.lot,
            "area": self.area,
            "result": self.result_box,
            "read_on": self.read_on,
            "read_by": self.read_by,
            "notes": self.notes,
        }
        if earlier is not None:
            self.inputs["reason"] = self.reason
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, widget in self.inputs.items():
            column, error = with_error_label(widget, name)
            self.errors[name] = error
            required = name in ("applied_on", "pigment", "reason")
            form.addRow(f"{core_label(FIELD_LABELS[name])}{' *' if required else ''}", column)
        self.result_box.currentIndexChanged.connect(self._result_changed)
        self._fill(earlier)

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(form)
        column.addStretch(1)  # spare height below the fields, not between them
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        hint = QLabel(
            self.tr(
                "A negative result read after the client's medical history closes the pigment "
                "allergy flag. A clean patch test does not rule out a later reaction."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6670;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 640)

    def _fill(self, earlier: patch_cases.PatchTest | None) -> None:
        if earlier is None:
            self.applied.set_date(date.today())
        else:
            self.applied.set_date(date.fromisoformat(earlier.applied_on))
            self.pigment.setText(earlier.pigment)
            self.lot.setText(earlier.lot)
            self.area.setText(earlier.area)
            self.result_box.setCurrentIndex(max(self.result_box.findData(earlier.result), 0))
            if earlier.read_on:
                self.read_on.set_date(date.fromisoformat(earlier.read_on))
            self.read_by.setText(earlier.read_by)
            self.notes.setPlainText(earlier.notes)
        self._result_changed()

    def _result_changed(self) -> None:
        """A reading needs a date and a reader: today and who is signed in, to start with."""
        read = self.result_box.currentData() != "pending"
        if read and not self.read_on.text().strip():
            self.read_on.set_date(date.today())
        if read and not self.read_by.text().strip() and self._db.staff is not None:
            self.read_by.setText(self._db.staff.display_name)
        if not read:
            self.read_on.setText("")

    def _date_of(self, entry: DateEntry) -> str:
        day = entry.date()
        if day is None and entry.text().strip():
            return "not a date"  # refused by the check with its own sentence
        return day.isoformat() if day else ""

    def details(self) -> PatchTestDetails:
        return PatchTestDetails(
            applied_on=self._date_of(self.applied),
            pigment=self.pigment.text(),
            lot=self.lot.text(),
            area=self.area.text(),
            result=str(self.result_box.currentData()),
            read_on=self._date_of(self.read_on),
            read_by=self.read_by.text(),
            notes=self.notes.toPlainText(),
        )

    def _save(self) -> None:
        for error in self.errors.values():
            error.hide()
        try:
            self.saved = patch_cases.record_patch_test(
                self._db,
                self._client_id,
                self.details(),
                replaces=self._earlier.id if self._earlier else None,
                reason=self.reason.toPlainText(),
            )
        except ValidationError as err:
            first: QWidget | None = None
            for name, message in err.fields.items():
                label = self.errors.get(name)
                if label is not None:
                    label.setText(message)
                    label.show()
                    first = first or self.inputs[name]
            if first is not None:
                first.setFocus()
            return
        except UserError as err:
            QMessageBox.warning(self, self.tr("Patch test not saved"), str(err))
            return
        self.accept()


class PatchTestsTab(QWidget):
    """The client's patch tests, newest first, with "Record patch test…" (clinical roles)."""

    def __init__(
        self, db: Clinic, parent: QWidget | None = None, *, changes: Changes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patch_tests_tab")
        self._db = db
        self.client_id: int | None = None
        self.changes = changes if changes is not None else Changes(self)
        self.changes.database_replaced.connect(self.refresh)
        self.list = QListWidget()
        self.list.setObjectName("patch_tests_list")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.new_version())
        self.record_button = QPushButton(self.tr("Record patch test…"))
        self.record_button.clicked.connect(self.record)
        self.version_button = QPushButton(self.tr("New version…"))
        self.version_button.setToolTip(
            self.tr("Add the reading, or correct the selected patch test")
        )
        self.version_button.clicked.connect(self.new_version)
        self.empty = QLabel(self.tr("No patch tests recorded."))
        self.empty.setStyleSheet("color: #5b6670;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.version_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)

    def show_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        tests: list[patch_cases.PatchTest] = []
        if self.client_id is not None:
            try:
                tests = patch_cases.client_patch_tests(self._db, self.client_id)
            except UserError as err:
                self.empty.setText(
                    self.tr("Patch tests could not be read: {problem}").format(problem=err)
                )
        for test in tests:
            item = QListWidgetItem(self.describe(test))
            item.setData(TEST_ID_ROLE, test.id)
            self.list.addItem(item)
        self.empty.setVisible(not tests)
        self.version_button.setEnabled(bool(tests))
        if tests:
            self.list.setCurrentRow(0)

    @staticmethod
    def describe(test: patch_cases.PatchTest) -> str:
        lot = (
            ", " + translate("PatchTestsTab", "lot {lot}").format(lot=test.lot) if test.lot else ""
        )
        area = f", {test.area}" if test.area else ""
        first = translate("PatchTestsTab", "Applied {date}: {what}").format(
            date=_day(test.applied_on), what=f"{test.pigment}{lot}{area}"
        )
        if test.read_on:
            second = translate("PatchTestsTab", "{result} — read {date} by {name}").format(
                result=core_label(RESULT_WORDS[test.result]),
                date=_day(test.read_on),
                name=test.read_by,
            )
        else:
            second = translate("PatchTestsTab", "Not read yet")
        notes = f"\n{test.notes}" if test.notes else ""
        changed = (
            "\n" + translate("PatchTestsTab", "New version: {reason}").format(reason=test.reason)
            if test.replaces
            else ""
        )
        return f"{first}\n{second}{notes}{changed}"

    def _current(self) -> patch_cases.PatchTest | None:
        item = self.list.currentItem()
        if item is None or self.client_id is None:
            return None
        wanted = item.data(TEST_ID_ROLE)
        found = [t for t in patch_cases.client_patch_tests(self._db, self.client_id)]
        return next((t for t in found if t.id == wanted), None)

    def record(self) -> None:
        self._open(None)

    def new_version(self) -> None:
        earlier = self._current()
        if earlier is not None:
            self._open(earlier)

    def _open(self, earlier: patch_cases.PatchTest | None) -> None:
        if self.client_id is None:
            return
        dialog = PatchTestDialog(self._db, self.client_id, earlier, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            # The allergy flag follows the patch tests: the header reads them again.
            self.changes.responses_changed.emit(self.client_id)


class PatchTestDatesLine(QLabel):
    """Reception's view: that patch tests exist and when they were applied, no result."""

    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patch_test_dates")
        self.setStyleSheet("color: #5b6670;")
        self._db = db
        self.hide()

    def show_client(self, client_id: int) -> None:
        try:
            dates = patch_cases.patch_test_dates(self._db, client_id)
        except UserError:
            dates = []
        if not dates:
            self.hide()
            return
        days = ", ".join(_day(d.applied_on) for d in dates)
        self.setText(
            self.tr("Patch test on file (applied {dates}); results: ask a practitioner.").format(
                dates=days
            )
        )
        self.show()


__all__ = ["PatchTestDatesLine", "PatchTestDialog", "PatchTestsTab"]
