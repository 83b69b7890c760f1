"""Reception's view of a client: visits and bookings, which forms are done, one caution line.

Reception books the next appointment (warned when another client is booked less than
two hours from it: names and times only), hands out sheets and hands a form to the
client in client mode (a fresh copy; a practitioner's PIN takes the laptop
back and that practitioner reviews and finishes it); it never needs
the treatment details, medical answers or photos, so this tab asks the use
cases only for what reception may know (``sessions.visits``,
``questionnaires.form_statuses``, ``questionnaires.booking_caution``) and the
clinical tabs are not built at all for a reception account.

The booking is typed in a small dialog (:class:`BookingDialog`): the day in the clinic's
date style and the time, as in the session form; when another client is booked near
that time and "Change the time" is chosen, the dialog stays open with what was typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires as questionnaire_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.session_details import describe_type
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.changes import Changes
from smpdesk.gui.dates import format_long_date, format_medium_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.sessions.session_dialog import AppointmentEntry, confirm_booking
from smpdesk.gui.widgets.form_support import ERROR_STYLE
from smpdesk.gui.words.core_labels import core_label, core_word
from smpdesk.questionnaire.spec import FormSpec

if TYPE_CHECKING:
    from smpdesk.gui.questionnaires.form_runner import FormRunner

HEADERS = [
    QT_TRANSLATE_NOOP("sessions.visits_tab", "Visit"),
    QT_TRANSLATE_NOOP("sessions.visits_tab", "Kind"),
    QT_TRANSLATE_NOOP("sessions.visits_tab", "Next appointment"),
]


class CautionBanner(QLabel):
    """The one neutral line reception sees when a practitioner's flag matters to booking."""

    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setObjectName("booking_caution")
        self.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px;")
        self.hide()

    def show_client(self, client_id: int) -> None:
        caution = questionnaire_cases.booking_caution(self._db, client_id)
        self.setText(caution or "")
        self.setVisible(bool(caution))


class BookingDialog(QDialog):
    """The next appointment after one visit: day and time, or Clear to remove it.

    It books on OK itself, so that a refusal (a typo, a day before the visit, another
    client at that time and "Change the time") keeps the dialog open with what was
    typed, instead of starting again from an empty box.
    """

    def __init__(
        self, db: Clinic, client_id: int, visit: session_cases.Visit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._client_id = client_id
        self._visit = visit
        self.booked: session_cases.Visit | None = None
        style = load_settings(db).date_style
        self.setWindowTitle(self.tr("Book next appointment"))
        about = QLabel(
            self.tr("Next appointment after the {session} on {date}:").format(
                session=core_word(describe_type(visit.session_type)),
                date=format_long_date(visit.session_date, style),
            )
        )
        about.setWordWrap(True)
        self.entry = AppointmentEntry(style)
        self.entry.setObjectName("booking_entry")
        self._initial = (
            visit.next_appointment.isoformat(sep=" ", timespec="minutes")
            if visit.next_appointment
            else ""
        )
        self.entry.set_value(self._initial)
        self.error = QLabel()
        self.error.setObjectName("booking_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.clear_button = self.buttons.addButton(
            self.tr("Clear"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.clear_button.setObjectName("booking_clear")
        self.clear_button.setToolTip(self.tr("Empty both boxes; OK then removes the booking"))
        self.clear_button.clicked.connect(self._clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.entry)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.entry.changed.connect(self._update_ok)
        self._update_ok()
        self.resize(440, self.sizeHint().height())
        self.entry.setFocus()

    def _clear(self) -> None:
        self.entry.clear()
        self.entry.setFocus()

    def _update_ok(self) -> None:
        empty = not self.entry.value()
        self.ok_button.setText(
            self.tr("Remove booking") if empty and self._initial else self.tr("Book")
        )
        self.ok_button.setEnabled(not (empty and not self._initial))
        self.error.hide()

    def _say(self, message: str, focus: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        layout = self.layout()
        if layout is not None:  # room for the line: grow rather than squeeze the boxes
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        focus.setFocus()

    def accept(self) -> None:
        problem = self.entry.problem()
        if problem:
            self._say(problem, self.entry.problem_widget())
            return
        when = self.entry.value()
        changed = bool(when) and when != self._initial
        if changed and not confirm_booking(self, self._db, self._client_id, when, self.entry.time):
            return  # another client is booked then: back to the boxes, as typed
        try:
            self.booked = session_cases.book_appointment(self._db, self._visit.session_id, when)
        except ValidationError as exc:
            self._say(next(iter(exc.fields.values()), str(exc)), self.entry.day)
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Book next appointment"), str(exc))
            return
        super().accept()


class VisitsTab(QWidget):
    """Visits newest first, with the next appointment; book one for the selected visit."""

    aftercare_requested = Signal(int, int)  # client id, session id
    handed_back = Signal(object)  # the practitioner (Staff) whose PIN ended client mode

    def __init__(
        self, db: Clinic, parent: QWidget | None = None, *, changes: Changes | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.client_id: int | None = None
        self._visits: dict[int, session_cases.Visit] = {}
        self.changes = changes if changes is not None else Changes(self)
        self.changes.sessions_changed.connect(self._sessions_changed)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("visits_table")
        self.table.setHorizontalHeaderLabels([translate("sessions.visits_tab", h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate([150, 170]):
            self.table.horizontalHeader().resizeSection(column, width)
        self.book_button = QPushButton(self.tr("Book next appointment…"))
        self.book_button.setObjectName("book_appointment")
        self.book_button.clicked.connect(self.book_selected)
        self.aftercare_button = QPushButton(self.tr("Aftercare sheet…"))
        self.aftercare_button.clicked.connect(self._aftercare)
        self.hand_button = QPushButton(self.tr("Hand a form to the client…"))
        self.hand_button.setObjectName("hand_over")
        self.hand_button.setToolTip(
            self.tr("The client fills in a form in client mode; a practitioner's PIN takes it back")
        )
        self.hand_button.clicked.connect(self.hand_over)
        self.forms_label = QLabel()
        self.forms_label.setObjectName("form_statuses")
        self.forms_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.aftercare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hand_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.forms_label)

    def show_client(self, client_id: int) -> None:
        self.client_id = client_id
        visits = session_cases.visits(self._db, client_id)
        self._visits = {visit.session_id: visit for visit in visits}
        self.table.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            values = [
                format_medium_date(visit.session_date),
                core_label(describe_type(visit.session_type)),
                visit.next_appointment.strftime("%H:%M, ")
                + format_medium_date(visit.next_appointment.date())
                if visit.next_appointment
                else self.tr("not booked"),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, visit.session_id)
                self.table.setItem(row, column, cell)
        if visits:
            self.table.selectRow(0)
        self.book_button.setEnabled(bool(visits))
        self.aftercare_button.setEnabled(bool(visits))
        lines = []
        for status in questionnaire_cases.form_statuses(self._db, client_id):
            if status.completed_at:
                state = self.tr("done", "a form")
            elif status.draft:
                state = self.tr("started, not finished", "a form")
            else:
                state = self.tr("not yet", "a form")
            lines.append(f"{status.title}: {state}")
        self.forms_label.setText(
            self.tr("Forms — {statuses}").format(statuses="; ".join(lines)) if lines else ""
        )

    def _selected_session(self) -> int | None:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        return int(cell.data(Qt.ItemDataRole.UserRole)) if cell is not None else None

    def book_selected(self) -> bool:
        """Book (or clear) the next appointment after the selected visit; True if saved."""
        session_id = self._selected_session()
        if session_id is None or self.client_id is None or session_id not in self._visits:
            return False
        dialog = BookingDialog(self._db, self.client_id, self._visits[session_id], self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        self.changes.sessions_changed.emit(self.client_id)
        return True

    def choose_form(self) -> FormSpec | None:
        """Which form to hand over (Intake, Medical history, Consent…)."""
        specs = [e.spec for e in questionnaire_cases.form_entries(self._db) if e.spec is not None]
        if not specs:
            QMessageBox.information(
                self, self.tr("Hand a form to the client"), self.tr("No forms are available.")
            )
            return None
        titles = [spec.title for spec in specs]
        title, ok = QInputDialog.getItem(
            self,
            self.tr("Hand a form to the client"),
            self.tr("Form for the client to fill in:"),
            titles,
            0,
            False,
        )
        return specs[titles.index(title)] if ok and title in titles else None

    def hand_over(self, spec: FormSpec | None = None) -> FormRunner | None:
        """Client mode started by reception: a fresh copy of the form, full screen; the
        client's answers stay a draft for the practitioner whose PIN takes the laptop back."""
        from smpdesk.app import protection
        from smpdesk.app.clinic import load_settings
        from smpdesk.gui.questionnaires.form_runner import FormRunner, PractitionerUnlock

        if self.client_id is None:
            return None
        if not protection.practitioners_with_pins(self._db):
            QMessageBox.information(
                self,
                self.tr("Hand a form to the client"),
                self.tr(
                    "A practitioner must set an unlock PIN first (File → My password and PIN): "
                    "their PIN is what takes the laptop back from the client."
                ),
            )
            return None
        spec = spec or self.choose_form()
        if spec is None:
            return None
        problem = questionnaire_cases.hand_over_problem(self._db, self.client_id, spec.id)
        if problem:
            QMessageBox.information(self, self.tr("Hand a form to the client"), problem)
            return None
        client = client_cases.require_client(self._db, self.client_id)
        lock = PractitionerUnlock(self._db)
        runner = FormRunner(
            self._db,
            client,
            spec,
            date_style=load_settings(self._db).date_style,
            lock=lock,
            hand_over=True,
            parent=self,
        )
        main = self.window()
        runner.setWindowState(Qt.WindowState.WindowFullScreen)
        main.hide()
        try:
            runner.exec()
        finally:
            main.show()
            runner.deleteLater()
        if lock.practitioner is not None:
            self.handed_back.emit(lock.practitioner)
        return runner

    def _aftercare(self) -> None:
        session_id = self._selected_session()
        if session_id is not None and self.client_id is not None:
            self.aftercare_requested.emit(self.client_id, session_id)

    def _sessions_changed(self, client_id: int) -> None:
        if client_id == self.client_id:
            self.show_client(client_id)


__all__ = ["BookingDialog", "CautionBanner", "VisitsTab"]
