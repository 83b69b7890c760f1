"""Record or edit a treatment session in under a minute.

Most fields repeat from the client's last session (same practitioner, same
pigment and needles), so a new session opens pre-filled and the lot fields
offer what the clinic used before.  The next appointment is proposed from
the clinic's interval for this kind of session.

A new session for a client with a do-not-treat flag, or without a signed
consent or a medical history on file, can still be recorded (the practitioner
may have the doctor's letter or the paper form in hand), but only with a typed
reason, which is stored with the session.  Every open flag is shown, grouped by
level in the review's colours (postpone and needs-clearance do not ask for a
reason: the practitioner judges them); the box sits at the top, outside the
scrolling form, so it is read before anything is typed.

The lot and brand suggestions never take the click meant for the next field
(issue 16): a click outside the suggestion list closes it *and* lands where it
was aimed, so what is typed next goes to that field.  Save with a problem out
of sight scrolls to the field and focuses it.  A next appointment less than
two hours from another client's booking is pointed out before saving.

Dates are typed in the clinic's style (issue 16, item 6), in the same
:class:`~smpdesk.gui.widgets.date_entry.DateEntry` as every other screen; the next
appointment is a date box and a time box (:class:`AppointmentEntry`, also used by
reception's booking), so a UK clinic types "14/03/2027" and "1430" instead of
"2027-03-14 14:30".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent
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
from smpdesk.domain.session_details import (
    AREAS,
    SESSION_TYPES,
    SessionDetails,
    parse_appointment,
    validate_session,
)
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.dates import format_long_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.questionnaires.answers_view import FLAG_COLOURS
from smpdesk.gui.questionnaires.flags_panel import flag_line
from smpdesk.gui.widgets.date_entry import DateEntry
from smpdesk.gui.widgets.form_support import (
    confirm_discard,
    read_value,
    show_problems,
    with_error_label,
    write_value,
)
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label, core_word
from smpdesk.questionnaire.answers import RaisedFlag
from smpdesk.questionnaire.spec import FLAG_WORDS

OVERRIDE_FIELD = "override_reason"
PROPOSED_TIME = time(10, 0)
# Checked here too so that it shows together with the form's own problems.
OVERRIDE_MISSING = session_cases.OVERRIDE_MISSING
# Not on file: a colour of its own (it is no contraindication), as serious as do-not-treat.
MISSING_INK = "#4a2a7a"
LEVEL_HEADINGS = {
    "do-not-treat": QT_TRANSLATE_NOOP("sessions.session_dialog", "Do not treat"),
    "postpone": QT_TRANSLATE_NOOP("sessions.session_dialog", "Postpone"),
    "needs-clearance": QT_TRANSLATE_NOOP("sessions.session_dialog", "Needs medical clearance"),
}

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
        QT_TRANSLATE_NOOP("sessions.session_dialog", "Session"),
        [
            ("session_date", QT_TRANSLATE_NOOP("sessions.session_dialog", "Date *"), ""),
            (
                "session_type",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Kind of session *"),
                "",
            ),
            (
                "start_time",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Start time"),
                "HH:MM",
            ),
            ("end_time", QT_TRANSLATE_NOOP("sessions.session_dialog", "End time"), "HH:MM"),
            ("practitioner", QT_TRANSLATE_NOOP("sessions.session_dialog", "Practitioner"), ""),
            ("areas", QT_TRANSLATE_NOOP("sessions.session_dialog", "Areas treated"), ""),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("sessions.session_dialog", "Pigment and needles"),
        [
            (
                "pigment_brand",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Pigment brand"),
                "",
            ),
            ("pigment_shade", QT_TRANSLATE_NOOP("sessions.session_dialog", "Shade"), ""),
            (
                "dilution",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Dilution"),
                QT_TRANSLATE_NOOP("sessions.session_dialog", "e.g. 1:3"),
            ),
            (
                "pigment_lot",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Pigment lot"),
                QT_TRANSLATE_NOOP("sessions.session_dialog", "as printed on the bottle"),
            ),
            (
                "pigment_expiry",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Pigment expiry"),
                "",
            ),
            ("diluent", QT_TRANSLATE_NOOP("sessions.session_dialog", "Diluent"), ""),
            ("diluent_lot", QT_TRANSLATE_NOOP("sessions.session_dialog", "Diluent lot"), ""),
            (
                "needle_config",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Needle configuration"),
                QT_TRANSLATE_NOOP("sessions.session_dialog", "e.g. 1RL"),
            ),
            (
                "needle_diameter",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Needle diameter (mm)"),
                QT_TRANSLATE_NOOP("sessions.session_dialog", "e.g. 0.25"),
            ),
            (
                "cartridge_lot",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Cartridge lot"),
                "",
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("sessions.session_dialog", "Machine and numbing"),
        [
            ("machine", QT_TRANSLATE_NOOP("sessions.session_dialog", "Machine"), ""),
            (
                "machine_settings",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Machine settings"),
                QT_TRANSLATE_NOOP("sessions.session_dialog", "e.g. 8.5 V, 3.5 mm stroke"),
            ),
            (
                "numbing_product",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Numbing product"),
                "",
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("sessions.session_dialog", "Outcome"),
        [
            (
                "duration_minutes",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Duration (minutes)"),
                "",
            ),
            (
                "skin_reaction",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Skin reaction"),
                str(
                    QT_TRANSLATE_NOOP(
                        "sessions.session_dialog", "e.g. mild redness, pinpoint bleeding"
                    )
                ),
            ),
            (
                "pain_score",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Pain score (0–10)"),
                "",
            ),
            (
                "complications",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Complications"),
                "",
            ),
            ("notes", QT_TRANSLATE_NOOP("sessions.session_dialog", "Notes"), ""),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("sessions.session_dialog", "Next appointment"),
        [
            (
                "next_appointment",
                QT_TRANSLATE_NOOP("sessions.session_dialog", "Next appointment"),
                "",
            )
        ],
    ),
]
# Typed in the clinic's date style; their own sentence replaces the domain's ISO wording.
DATE_FIELDS = ("session_date", "pigment_expiry")
TIME_FORM = "HH:MM"
TIME_EXAMPLE = "for example 14:30"
# 14:30, 14.30, 14h30, 1430, 930, 9, and 2:30 pm (a US clinic's habit); ASCII digits only.
_TYPED_TIME = re.compile(
    r"([0-9]{1,2})(?:\s*[:.h]?\s*([0-9]{2}))?\s*(?:([ap])\.?\s*m\.?)?", re.IGNORECASE
)


def parse_typed_time(text: str) -> time:
    """The time of day someone typed: ``14:30``, ``1430``, ``9.30``, ``9``, ``2:30 pm``.

    The clinic's diary is kept on the 24-hour clock, so that is what is shown back;
    "am"/"pm" are understood because a US receptionist types them by habit.  Raises
    :class:`ValueError` with one plain sentence.
    """
    match = _TYPED_TIME.fullmatch(text.strip())
    if match is None:
        raise ValueError(
            translate(
                "sessions.session_dialog", "Enter the time as {form}, for example 14:30."
            ).format(form=TIME_FORM)
        )
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(
                translate(
                    "sessions.session_dialog",
                    "There is no such time; check the hour (for example 14:30).",
                )
            )
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(
            translate(
                "sessions.session_dialog",
                "There is no such time; use the 24-hour clock, for example 14:30 ({form}).",
            ).format(form=TIME_FORM)
        )
    return time(hour, minute)


class TimeEntry(QLineEdit):
    """A time of day, typed as the clinic likes ("1430"), shown back as ``HH:MM``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_text")
        self.setPlaceholderText(TIME_FORM)
        self.setMaxLength(10)
        self.setToolTip(self.tr("24-hour clock: 14:30 (1430 works too)"))
        self.setMaximumWidth(80)
        self.editingFinished.connect(self._tidy)

    def time(self) -> time | None:
        try:
            return parse_typed_time(self.text()) if self.text().strip() else None
        except ValueError:
            return None

    def problem(self) -> str:
        """The sentence saying why the text is not a time; "" when it is one or is empty."""
        if not self.text().strip():
            return ""
        try:
            parse_typed_time(self.text())
        except ValueError as exc:
            return str(exc)
        return ""

    def _tidy(self) -> None:
        understood = self.time()
        if understood is not None and self.text() != f"{understood:%H:%M}":
            self.setText(f"{understood:%H:%M}")


class AppointmentEntry(QWidget):
    """The day (in the clinic's date style) and the time of an appointment.

    ``value()``/``set_value()`` speak the stored form, ``YYYY-MM-DD HH:MM`` (just the
    day when no time is typed, as before), so :func:`read_value`/:func:`write_value`
    and the domain checks see what they always did; anything not understood is passed
    on as typed, for the checks to refuse, and :meth:`problem` says why in words.
    """

    changed = Signal()

    def __init__(self, date_style: str = "uk", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = DateEntry(date_style)
        self.day.setObjectName("appointment_day")
        self.time = TimeEntry()
        self.time.setObjectName("appointment_time")
        at = QLabel(self.tr("at", "between the day and the time of an appointment"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(at, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.time, 0, Qt.AlignmentFlag.AlignTop)
        at.setFixedHeight(self.time.sizeHint().height())
        self.setFocusProxy(self.day)
        self.day.line.textChanged.connect(self.changed)
        self.time.textChanged.connect(self.changed)

    def value(self) -> str:
        day, moment = self.day.date(), self.time.time()
        typed_time = self.time.text().strip()
        if day is not None and (moment is not None or not typed_time):
            return f"{day.isoformat()} {moment:%H:%M}" if moment else day.isoformat()
        return " ".join(p for p in (self.day.text().strip(), typed_time) if p)

    def set_value(self, value: str) -> None:
        moment = parse_appointment(value) if value.strip() else None
        if moment is None:
            self.day.setText(value.strip())
            self.time.clear()
            return
        self.day.set_date(moment.date())
        self.time.setText(f"{moment:%H:%M}" if len(value.strip()) > 10 else "")

    def set_moment(self, day: date, at: time) -> None:
        self.day.set_date(day)
        self.time.setText(f"{at:%H:%M}")

    def clear(self) -> None:
        self.day.set_date(None)
        self.time.clear()

    def problem(self) -> str:
        """Why the typed day or time is not understood; "" when it is (or both are empty)."""
        if self.day.problem():
            return self.day.problem()
        if self.time.problem():
            return self.time.problem()
        if self.time.text().strip() and not self.day.text().strip():
            return self.tr("Enter the day of the appointment as well as the time.")
        return ""

    def problem_widget(self) -> QLineEdit:
        """Where to put the caret for :meth:`problem`: the box that is wrong."""
        return self.time if self.time.problem() and not self.day.problem() else self.day.line

    def setStyleSheet(self, styleSheet: str) -> None:  # the Qt spelling
        """The red frame of a problem goes round the box at fault, not round every part
        (a bare style on the container would frame the "at", the hint and the button)."""
        self.day.line.setStyleSheet("")
        self.time.setStyleSheet("")
        if styleSheet:
            self.problem_widget().setStyleSheet(styleSheet)


class AreasPicker(QWidget):
    """Tick boxes for the treated areas; value is the stored comma list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(AREAS.items()):
            box = QCheckBox(core_label(label))
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
        settings = load_settings(db)
        self._follow_up_days = settings.follow_up_days
        self._date_style = settings.date_style
        client = client_cases.get_client(db, client_id)
        who = client.full_name if client else ""
        self.setWindowTitle(
            (
                self.tr("Edit session — {name}") if session else self.tr("Record session — {name}")
            ).format(name=who)
        )
        fit_to_screen(self, 680, 760)  # no taller than the screen: Save stays visible

        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        # Issue 17 (H4B): the client's design under "Areas treated"; a click shows its preview.
        from smpdesk.gui.designs.design_tab import DesignLink, design_areas_text

        self.design_link = DesignLink(db)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        for title, rows in SECTIONS:
            box = QGroupBox(translate("sessions.session_dialog", title))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name, label_text, placeholder in rows:
                widget = self._make_input(
                    name, translate("sessions.session_dialog", placeholder) if placeholder else ""
                )
                widget.setObjectName(name)
                self.inputs[name] = widget
                column, self.errors[name] = with_error_label(widget, name)
                if name == "next_appointment":
                    column.addLayout(self._proposal_row())
                if name == "areas":
                    column.addWidget(self.design_link)
                label = QLabel(translate("sessions.session_dialog", label_text))
                label.setBuddy(widget)
                form.addRow(label, column)
            content_layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setObjectName("form_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.form_scroll = scroll

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
            self._add_override_box(self._open_flags(), self._missing_records())
        else:
            stored = session_cases.session_override(db, session.id)
            if stored is not None:
                self._layout.addWidget(self._stored_override_box(*stored))
        self._layout.addWidget(scroll, 1)
        self._layout.addWidget(buttons)

        details = session.details if session else session_cases.new_session_defaults(db, client_id)
        if session is None and not details.areas:  # a first session: the design's zones
            details = replace(details, areas=design_areas_text(db, client_id))
        self.set_details(details)
        # An earlier session shows the design approved by its day, not a later one.
        day_end = f"{session.details.session_date}T23:59:59" if session else None
        self.design_link.show_design(client_id, at=day_end)
        self._initial = self.details()
        session_type = self.inputs["session_type"]
        assert isinstance(session_type, QComboBox)
        session_type.currentIndexChanged.connect(self._update_proposal)
        self.session_date.dateChanged.connect(self._update_proposal)
        self._update_proposal()

    @property
    def session_date(self) -> DateEntry:
        entry = self.inputs["session_date"]
        assert isinstance(entry, DateEntry)
        return entry

    @property
    def next_appointment(self) -> AppointmentEntry:
        entry = self.inputs["next_appointment"]
        assert isinstance(entry, AppointmentEntry)
        return entry

    # -- building -----------------------------------------------------------
    def _make_input(self, name: str, placeholder: str) -> QWidget:
        if name == "session_type":
            combo = QComboBox()
            for key, label in SESSION_TYPES.items():
                combo.addItem(core_label(label), key)
            return combo
        if name == "areas":
            return AreasPicker()
        if name in DATE_FIELDS:
            return DateEntry(self._date_style)
        if name == "next_appointment":
            return AppointmentEntry(self._date_style)
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
            popup = completer.popup()
            if popup is not None:
                popup.installEventFilter(ClickThrough(popup, line, self))
        return line

    def _open_flags(self) -> list[RaisedFlag]:
        try:
            return questionnaire_cases.client_flags(self._db, self._client_id)
        except UserError:
            return []  # record_session checks again and says what went wrong

    def _missing_records(self) -> list[session_cases.MissingRecord]:
        try:
            return session_cases.missing_records(self._db, self._client_id)
        except UserError:
            return []

    @staticmethod
    def _framed(ink: str) -> tuple[QFrame, QVBoxLayout]:
        box = QFrame()
        box.setObjectName("override_box")
        box.setStyleSheet(
            f"#override_box {{ border: 2px solid {ink}; border-radius: 6px; background: #fffafa; }}"
        )
        column = QVBoxLayout(box)
        column.setSpacing(4)
        return box, column

    @staticmethod
    def _groups(flags: list[RaisedFlag], missing: list[session_cases.MissingRecord]) -> QWidget:
        """Each level under its own coloured heading, most serious first; then what is
        not on file."""
        holder = QWidget()
        holder.setObjectName("flag_groups")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        for level, heading in LEVEL_HEADINGS.items():
            shown = [f for f in flags if f.level == level]
            if not shown:
                continue
            ink, _tint = FLAG_COLOURS[level]
            heading = translate("sessions.session_dialog", heading)
            title = QLabel(f"{heading} ({len(shown)})" if len(shown) > 1 else heading)
            title.setObjectName(f"group_{level}")
            title.setStyleSheet(f"color: {ink}; font-weight: bold; margin-top: 2px;")
            column.addWidget(title)
            for flag in shown:
                column.addWidget(flag_line(flag))
        if missing:
            title = QLabel(translate("SessionDialog", "Not on file"))
            title.setObjectName("group_missing")
            title.setStyleSheet(f"color: {MISSING_INK}; font-weight: bold; margin-top: 2px;")
            column.addWidget(title)
            for record in missing:
                line = QLabel(record.message)
                line.setObjectName(f"missing_{record.record}")
                line.setWordWrap(True)
                line.setTextFormat(Qt.TextFormat.PlainText)
                line.setStyleSheet(
                    f"color: {MISSING_INK}; background: #f1ebfa; padding: 3px 6px; "
                    "border-radius: 3px;"
                )
                column.addWidget(line)
        return holder

    def _scrolled(self, inner: QWidget, lines: int) -> QWidget:
        """Many flags scroll inside a box of their own, so the form and Save stay in view."""
        if lines <= 5:
            return inner
        scroll = QScrollArea()
        scroll.setObjectName("flags_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setMaximumHeight(150)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _add_override_box(
        self, flags: list[RaisedFlag], missing: list[session_cases.MissingRecord]
    ) -> None:
        """Every open flag and missing record at the top, where they cannot be scrolled
        past; a reason field when a do-not-treat flag or a missing record asks for one."""
        if self.override_box is not None:  # rebuilt: something changed while it was open
            self._layout.removeWidget(self.override_box)
            self.override_box.hide()
            self.override_box.deleteLater()
            self.override_box = self.override_input = self.override_error = None
        if not flags and not missing:
            return
        blocking = [f for f in flags if f.level == "do-not-treat"]
        needs_reason = bool(blocking or missing)
        top_level = flags[0].level if flags else "do-not-treat"
        ink = FLAG_COLOURS["do-not-treat"][0] if needs_reason else FLAG_COLOURS[top_level][0]
        box, column = self._framed(ink)
        heading = QLabel(_heading(flags, missing))
        heading.setObjectName("override_heading")
        heading.setWordWrap(True)
        heading.setStyleSheet(f"color: {ink}; font-weight: bold;")
        column.addWidget(heading)
        column.addWidget(self._scrolled(self._groups(flags, missing), len(flags) + len(missing)))
        self.override_box = box
        if needs_reason:
            reason = QPlainTextEdit()
            reason.setObjectName(OVERRIDE_FIELD)
            reason.setTabChangesFocus(True)
            reason.setFixedHeight(52)
            reason.setPlaceholderText(
                self.tr("e.g. GP letter dated 3 March seen; paper consent signed today")
            )
            field, self.override_error = with_error_label(reason, OVERRIDE_FIELD)
            label = QLabel(self.tr("Reason to go ahead anyway *"))
            label.setBuddy(reason)
            label.setStyleSheet("font-weight: bold; margin-top: 4px;")
            hint = QLabel(self.tr("Kept with the session and shown on the client's timeline."))
            hint.setStyleSheet("color: #5b6670;")
            column.addWidget(label)
            column.addLayout(field)
            column.addWidget(hint)
            self.override_input = reason
        self._layout.insertWidget(0, box)
        box.show()  # at once, even when added to an open dialog: focus goes there next

    def _stored_override_box(self, reason: str, stored_flags: list) -> QFrame:
        flags = [f for item in stored_flags if (f := RaisedFlag.from_json(item))]
        missing = session_cases.missing_from(stored_flags)
        box, column = self._framed(FLAG_COLOURS["do-not-treat"][0])
        title = QLabel(session_cases.override_words(stored_flags))
        title.setObjectName("override_heading")
        title.setStyleSheet(f"color: {FLAG_COLOURS['do-not-treat'][0]}; font-weight: bold;")
        column.addWidget(title)
        column.addWidget(self._scrolled(self._groups(flags, missing), len(flags) + len(missing)))
        text = QLabel(self.tr("Reason given: {reason}").format(reason=reason))
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
        self.use_proposal = QPushButton(self.tr("Use proposed date"))
        self.use_proposal.clicked.connect(self._apply_proposal)
        row = QHBoxLayout()
        row.addWidget(self.proposal_label, 1)
        row.addWidget(self.use_proposal)
        return row

    def _proposed(self) -> date | None:
        when = self.session_date.date()
        if when is None:
            return None
        kind = read_value(self.inputs["session_type"])
        return session_cases.proposed_next_date(when, kind, self._follow_up_days)

    def _update_proposal(self) -> None:
        proposed = self._proposed()
        self.use_proposal.setEnabled(proposed is not None)
        if proposed is None:
            self.proposal_label.setText(
                self.tr("Enter the session date to see the proposed next date.")
            )
            return
        kind = SESSION_TYPES.get(read_value(self.inputs["session_type"]), "")
        when = self.session_date.date()
        assert when is not None
        gap = (proposed - when).days
        self.proposal_label.setText(
            self.tr("Proposed: {date} ({gap} after a {session})").format(
                date=format_long_date(proposed, self._date_style),
                gap=_describe_gap(gap),
                session=core_word(kind),
            )
        )

    def _apply_proposal(self) -> None:
        """The proposed day at 10:00, the clinic's usual first slot: both boxes filled."""
        proposed = self._proposed()
        if proposed is not None:
            self.next_appointment.set_moment(proposed, PROPOSED_TIME)

    # -- values -------------------------------------------------------------
    def details(self) -> SessionDetails:
        return SessionDetails(**{name: read_value(w) for name, w in self.inputs.items()})

    def set_details(self, details: SessionDetails) -> None:
        for name, value in details.as_dict().items():
            write_value(self.inputs[name], value)

    def override_reason(self) -> str | None:
        return self.override_input.toPlainText() if self.override_input is not None else None

    def _typed_problems(self, problems: dict[str, str]) -> dict[str, str]:
        """A date or time that was not understood is explained in the clinic's style
        ("Enter the date as DD/MM/YYYY…"), not in the stored ISO form the checks use."""
        typed = {"next_appointment": self.next_appointment.problem()}
        for name in DATE_FIELDS:
            entry = self.inputs[name]
            assert isinstance(entry, DateEntry)
            typed[name] = entry.problem()
        return {**problems, **{name: text for name, text in typed.items() if text}}

    def _show_problems(self, problems: dict[str, str]) -> None:
        inputs: dict[str, QWidget] = dict(self.inputs)
        errors = dict(self.errors)
        if self.override_input is not None and self.override_error is not None:
            # First, so focus goes to the top of the dialog like the eye does.
            inputs = {OVERRIDE_FIELD: self.override_input, **inputs}
            errors = {OVERRIDE_FIELD: self.override_error, **errors}
        show_problems(inputs, errors, problems)
        for name in DATE_FIELDS:  # the frame round the typed text only, as for a line
            entry = self.inputs[name]
            assert isinstance(entry, DateEntry)
            entry.line.setStyleSheet(entry.styleSheet())
            entry.setStyleSheet("")
        first = next((w for name, w in inputs.items() if name in problems), None)
        if first is not None and first is not self.override_input:
            # Out of sight, a red field says nothing: bring it into view (issue 16).
            self.form_scroll.ensureWidgetVisible(first, 20, 40)
            error = errors.get(next(n for n in inputs if n in problems))
            if error is not None:
                self.form_scroll.ensureWidgetVisible(error, 20, 40)
            if isinstance(first, AppointmentEntry):
                first = first.problem_widget()  # the time box when only the time is wrong
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reason_missing(self) -> str:
        flags = [f for f in self._open_flags() if f.level == "do-not-treat"]
        return session_cases.override_needed(flags, self._missing_records())

    def _booking_accepted(self, details: SessionDetails) -> bool:
        """A next appointment near another client's booking: go on, or change it (the
        field is focused).  Asked only when the appointment was typed or changed here."""
        when = details.cleaned().next_appointment
        if not when or when == self._initial.cleaned().next_appointment:
            return True
        # "Change the time" puts the caret in the time box.
        return confirm_booking(self, self._db, self._client_id, when, self.next_appointment.time)

    def reject(self) -> None:
        changed = self.details() != self._initial or bool((self.override_reason() or "").strip())
        if confirm_discard(self, changed):
            super().reject()

    def save(self) -> None:
        details = self.details()
        problems = self._typed_problems(validate_session(details.cleaned()))
        reason = self.override_reason()
        if reason is not None and len(" ".join(reason.split())) < session_cases.OVERRIDE_MIN_LENGTH:
            problems = {OVERRIDE_FIELD: self._reason_missing(), **problems}
        self._show_problems(problems)
        if problems:
            return
        if not self._booking_accepted(details):
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
                # A questionnaire was finished (or discarded) while this dialog was open.
                self._add_override_box(self._open_flags(), self._missing_records())
            self._show_problems(exc.fields)
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self.accept()


def _heading(flags: list[RaisedFlag], missing: list[session_cases.MissingRecord]) -> str:
    """ "Before you treat: 1 do-not-treat flag, 1 postpone flag; 1 record not on file"."""
    counts = []
    for level in LEVEL_HEADINGS:
        n = sum(1 for f in flags if f.level == level)
        if n:
            counts.append(_flag_count(level, n))
    words = ", ".join(counts)
    if missing:
        n = len(missing)
        records = (
            translate("sessions.session_dialog", "1 record not on file")
            if n == 1
            else translate("sessions.session_dialog", "%n records not on file", "", n)
        )
        words = f"{words}; {records}" if words else records
    return translate("sessions.session_dialog", "Before you treat: {counts}").format(counts=words)


def _flag_count(level: str, n: int) -> str:
    """ "2 postpone flags": one whole phrase per level, so each language can inflect it."""
    if level == "do-not-treat":
        if n == 1:
            return translate("sessions.session_dialog", "1 do not treat flag")
        return translate("sessions.session_dialog", "%n do not treat flags", "", n)
    if level == "postpone":
        if n == 1:
            return translate("sessions.session_dialog", "1 postpone flag")
        return translate("sessions.session_dialog", "%n postpone flags", "", n)
    if level == "needs-clearance":
        if n == 1:
            return translate("sessions.session_dialog", "1 needs medical clearance flag")
        return translate("sessions.session_dialog", "%n needs medical clearance flags", "", n)
    return f"{n} {FLAG_WORDS.get(level, level).lower()} flag{'s' if n > 1 else ''}"


def confirm_booking(
    parent: QWidget, db: Clinic, client_id: int, when: str, field: QWidget | None = None
) -> bool:
    """Warn when another client is booked less than two hours from ``when``.

    True: nobody near, or the user chose to keep the time.  False: they chose to change
    it (``field``, if given, is focused).  Only names and times are shown, never why
    anyone comes.
    """
    try:
        clashes = session_cases.booking_clashes(db, client_id, when)
    except UserError:
        return True  # the save itself will say what is wrong
    moment = parse_appointment(when)
    if not clashes or moment is None:
        return True
    box = QMessageBox(parent)
    box.setObjectName("booking_clash")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        translate("sessions.session_dialog", "Another client is booked near this time")
    )
    box.setText(
        translate("sessions.session_dialog", "{warning} Keep {time} on {date} anyway?").format(
            warning=session_cases.clash_warning(moment, clashes),
            time=f"{moment:%H:%M}",
            date=format_long_date(moment.date(), load_settings(db).date_style),
        )
    )
    keep = box.addButton(
        translate("sessions.session_dialog", "Keep this time"), QMessageBox.ButtonRole.AcceptRole
    )
    change = box.addButton(
        translate("sessions.session_dialog", "Change the time"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(change)
    box.exec()
    if box.clickedButton() is keep:
        return True
    if field is not None:
        field.setFocus(Qt.FocusReason.OtherFocusReason)
    return False


class ClickThrough(QObject):
    """Keeps a field's suggestion list off the next field, and lets a click outside the list
    land where it was aimed (issue 16, item 3).

    The list used to open *below* the field, right over the next one: a click meant for
    the next field chose a suggestion instead and the focus stayed, so what was typed next
    was appended ("Distilled waterDW-0925", "3RL0.25").  Forms are filled top to bottom,
    so the list now opens *above* the field (below only when there is no room above).  A
    press outside the list, which QCompleter would swallow, closes it and gives the field
    under the pointer the focus and the caret.
    """

    def __init__(self, popup: QWidget, field: QLineEdit, dialog: QWidget) -> None:
        super().__init__(popup)
        self._popup = popup
        self._field = field
        self._dialog = dialog

    def _above(self) -> None:
        top = self._field.mapToGlobal(QPoint(0, 0))
        wanted = QPoint(self._popup.x(), top.y() - self._popup.height())
        screen = self._field.screen()
        if screen is not None and wanted.y() < screen.availableGeometry().top():
            return  # no room above: where QCompleter put it
        if self._popup.pos() != wanted:
            self._popup.move(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.Move):
            self._above()
            return False
        if kind != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent):
            return False
        point = event.globalPosition().toPoint()
        if self._popup.rect().contains(self._popup.mapFromGlobal(point)):
            return False  # a choice in the list: QCompleter's own business
        self._popup.hide()
        # The dialog's own widget there (the list is a window of its own above it).
        focus = self._dialog.childAt(self._dialog.mapFromGlobal(point))
        while focus is not None and focus.focusPolicy() == Qt.FocusPolicy.NoFocus:
            focus = focus.parentWidget()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.MouseFocusReason)
            if isinstance(focus, QLineEdit):
                focus.setCursorPosition(focus.cursorPositionAt(focus.mapFromGlobal(point)))
        return True


def _describe_gap(days: int) -> str:
    if days % 365 == 0 and days >= 365:
        years = days // 365
        if years == 1:
            return translate("sessions.session_dialog", "1 year")
        return translate("sessions.session_dialog", "%n years", "", years)
    if days % 7 == 0 and days >= 14:
        return translate("sessions.session_dialog", "%n weeks", "", days // 7)
    return translate("sessions.session_dialog", "%n days", "", days)


__all__ = [
    "AppointmentEntry",
    "AreasPicker",
    "ClickThrough",
    "SessionDialog",
    "TimeEntry",
    "confirm_booking",
    "parse_typed_time",
]
