"""One input per question type, all with the same small interface.

Each :class:`QuestionField` shows the question, its help, the input and an
error line, and turns what was typed or clicked into the JSON-ready answer
that :mod:`smpdesk.questionnaire.answers` understands.  Typed text that is
not yet a number or a date reports its own problem instead of an answer, so
the runner can say "enter a number" under the field.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smpdesk.domain.dates import parse_typed_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.questionnaires import core_words
from smpdesk.gui.questionnaires.signature_pad import SignaturePad
from smpdesk.gui.widgets.date_entry import DateEntry
from smpdesk.gui.widgets.form_support import ERROR_STYLE
from smpdesk.questionnaire.answers import (
    format_date_input,
    parse_number,
    signature_png,
    signature_value,
)
from smpdesk.questionnaire.spec import Question

NOTE_STYLE = "background: #eef3f6; border-radius: 6px; padding: 10px;"


def _wrapped(text: str, *, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


# Radio answers: the chosen one is tinted and outlined; one that only has the
# keyboard focus gets a dashed grey outline, so "focused" never passes for
# "chosen".  Every state has a 1 px border and the same padding, so nothing
# changes size (or moves under the pointer) when an answer is chosen.
RADIO_STYLE = (
    "QRadioButton { border: 1px solid transparent; border-radius: 4px; padding: 2px 6px; }"
    "QRadioButton:checked { background: #dff0f3; border: 1px solid #0e5a69; }"
    "QRadioButton:focus:!checked { border: 1px dashed #8a949c; }"
)
HINT_STYLE = "color: #8a4b00;"
UNANSWERED_HINT = str(
    QT_TRANSLATE_NOOP(
        "QuestionField", "Not answered yet: click an answer, or use the arrow keys or Space."
    )
)
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class _Radio(QRadioButton):
    """Tab enters an answered group on the chosen answer; arrows always choose.

    Qt enters a radio group on its first button, so a keyboard user who
    tabbed through and pressed Space would silently change the answer.

    In a group with an answer, Qt's arrow keys move to the next answer and
    choose it.  In a group with no answer yet they only moved the focus, so
    the question looked answered and was saved empty: here the answer the
    arrow lands on is chosen in that case too, as in every other radio group.
    """

    _from_sibling = False
    by_keyboard = False
    _TABBING = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
    focus_changed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        group = self.group()
        unanswered = group is not None and group.checkedButton() is None
        super().keyPressEvent(event)
        if not unanswered or event.key() not in _ARROWS:
            return
        landed = QApplication.focusWidget()
        if isinstance(landed, _Radio) and landed is not self and landed.group() is group:
            landed.click()  # a click, so ``toggled`` and the draft follow as for the mouse

    def focusOutEvent(self, event: QFocusEvent) -> None:
        following = QApplication.focusWidget()
        if isinstance(following, _Radio) and following.group() is self.group():
            following._from_sibling = True
        super().focusOutEvent(event)
        self.focus_changed.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        from_sibling, self._from_sibling = self._from_sibling, False
        group = self.group()
        chosen = group.checkedButton() if group is not None else None
        if (
            not from_sibling
            and chosen is not None
            and chosen is not self
            and event.reason() in self._TABBING
        ):
            chosen.setFocus(event.reason())
            return
        # Only a keyboard arrival (Tab) brings the "not answered yet" hint: the
        # page putting its first question in focus on opening is not a choice.
        self.by_keyboard = event.reason() in self._TABBING
        super().focusInEvent(event)
        self.focus_changed.emit()


class QuestionField(QFrame):
    """A question with its input; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(
        self,
        question: Question,
        *,
        date_style: str = "uk",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.date_style = date_style
        self.setObjectName(f"question_{question.id}")
        self._buttons: dict[str, QAbstractButton] = {}
        self._group: QButtonGroup | None = None
        self.line: QLineEdit | None = None
        self.text_box: QPlainTextEdit | None = None
        self.pad: SignaturePad | None = None
        self.checkbox: QCheckBox | None = None
        self.unanswered_hint: QLabel | None = None  # radio questions only
        self.date_entry: DateEntry | None = None  # date questions only
        self.sealed = False  # covered by a signature in the saved draft: read-only
        self._shown_signature: str | None = None  # a stored signature, shown unchanged

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        if question.type == "note":
            note = _wrapped(question.text.strip(), name=f"note_{question.id}")
            note.setStyleSheet(NOTE_STYLE)
            layout.addWidget(note)
            self.error = QLabel()
            return
        title = question.text.strip() + ("  *" if question.required else "")
        self.title = _wrapped(title, name=f"label_{question.id}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        if question.help:
            help_label = _wrapped(question.help.strip(), name=f"help_{question.id}")
            help_label.setStyleSheet("color: #5b6670;")
            layout.addWidget(help_label)
        layout.addWidget(self._build_input())
        self.error = _wrapped("", name=f"error_{question.id}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)

    # -- building ------------------------------------------------------------

    def _build_input(self) -> QWidget:
        q = self.question
        kind = q.type
        if kind == "date":
            return self._build_date()
        if kind in ("text", "number"):
            self.line = QLineEdit()
            self.line.setObjectName(f"input_{q.id}")
            self.line.setAccessibleName(q.text)
            self.line.textEdited.connect(self.changed)
            if kind == "text":
                if q.max_length:
                    self.line.setMaxLength(q.max_length)
                return self.line
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            self.line.setMaximumWidth(160)
            row.addWidget(self.line)
            if q.unit:
                row.addWidget(QLabel(q.unit))
            row.addStretch(1)
            box = QWidget()
            box.setLayout(row)
            return box
        if kind == "long_text":
            self.text_box = QPlainTextEdit()
            self.text_box.setObjectName(f"input_{q.id}")
            self.text_box.setAccessibleName(q.text)
            self.text_box.setTabChangesFocus(True)  # keyboard users must be able to leave it
            self.text_box.setFixedHeight(84)
            self.text_box.textChanged.connect(self.changed)
            return self.text_box
        if kind == "signature":
            self.pad = SignaturePad()
            self.pad.setObjectName(f"input_{q.id}")
            self.pad.changed.connect(self._pad_changed)
            return self.pad
        if kind == "acknowledgement":
            self.checkbox = QCheckBox(self.tr("I have read this and agree"))
            self.checkbox.setObjectName(f"input_{q.id}")
            self.checkbox.setAccessibleDescription(q.text)
            self.checkbox.toggled.connect(self.changed)
            return self.checkbox
        if kind == "multiple_choice":
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(12, 0, 0, 0)
            for choice in q.choices:
                check = QCheckBox(choice.label)
                check.setObjectName(f"choice_{q.id}_{choice.value}")
                check.toggled.connect(
                    lambda on, c=choice.value, alone=choice.exclusive: self._ticked(c, on, alone)
                )
                self._buttons[choice.value] = check
                column.addWidget(check)
            return box
        # yes_no and single_choice: radio buttons, arrow keys move between them
        options = (
            [("yes", self.tr("Yes")), ("no", self.tr("No"))]
            if kind == "yes_no"
            else [(c.value, c.label) for c in q.choices]
        )
        box = QWidget()
        box.setStyleSheet(RADIO_STYLE)
        outer = QHBoxLayout(box)
        outer.setContentsMargins(12, 0, 0, 0)
        line = QHBoxLayout() if kind == "yes_no" else QVBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        for value, label in options:
            radio = _Radio(label)
            radio.setObjectName(f"choice_{q.id}_{value}")
            self._group.addButton(radio)
            self._buttons[value] = radio
            radio.toggled.connect(self._radio_toggled)
            radio.focus_changed.connect(self._update_unanswered_hint)
            line.addWidget(radio)
        outer.addLayout(line)
        # Beside the answers, and its room kept while hidden: showing it moves nothing.
        self.unanswered_hint = QLabel(translate("QuestionField", UNANSWERED_HINT))
        self.unanswered_hint.setObjectName(f"unanswered_{q.id}")
        self.unanswered_hint.setWordWrap(True)
        self.unanswered_hint.setStyleSheet(HINT_STYLE)
        policy = self.unanswered_hint.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.unanswered_hint.setSizePolicy(policy)
        self.unanswered_hint.hide()
        outer.addSpacing(16)
        outer.addWidget(
            self.unanswered_hint,
            1,
            Qt.AlignmentFlag.AlignTop if kind != "yes_no" else Qt.AlignmentFlag.AlignVCenter,
        )
        return box

    def _build_date(self) -> QWidget:
        """The app's one date box (:class:`DateEntry`): typed the clinic's way, a calendar,
        and the understood day in words beneath, as in the client and session dialogs.

        Problems are said once, in this question's own error line; the box's
        own error line stays quiet.  The box's hint (DD/MM/YYYY), its problems and
        the day in words beneath are in the language the window speaks (the
        client's, in client mode).
        """
        q = self.question
        self.date_entry = DateEntry(self.date_style)
        self.date_entry.setObjectName(f"date_{q.id}")
        self.date_entry.setMaximumWidth(320)
        with suppress(RuntimeError, TypeError, AttributeError):
            self.date_entry.line.editingFinished.disconnect(self.date_entry._left)
        self.date_entry.setPlaceholderText(core_words.date_form(self.date_style))
        self.line = self.date_entry.line
        self.line.setObjectName(f"input_{q.id}")
        self.line.setAccessibleName(q.text)
        self.line.textEdited.connect(self.changed)
        # After the box's own reading of the text (connected first, so called first).
        self.line.textChanged.connect(self._date_in_words)
        # After the box has made and shown its calendar: its month and day names too.
        self.date_entry.calendar_button.clicked.connect(self._calendar_in_language)
        return self.date_entry

    def _calendar_in_language(self) -> None:
        calendar = self.date_entry.calendar if self.date_entry is not None else None
        locale = core_words.qt_locale()
        if calendar is not None and locale is not None:
            calendar.setLocale(locale)

    def _date_in_words(self, _text: str) -> None:
        """The understood day beneath the box, in the window's language."""
        entry = self.date_entry
        day = entry.date() if entry is not None else None
        if entry is not None and day is not None and entry.understood.text():
            entry.understood.setText(core_words.long_date(day, self.date_style))

    def _ticked(self, value: str, on: bool, exclusive: bool) -> None:
        """Ticking "None of these" clears the others, and ticking another clears it."""
        if on:
            for choice in self.question.choices:
                box = self._buttons[choice.value]
                clash = choice.value != value and (exclusive or choice.exclusive)
                if clash and box.isChecked():
                    box.blockSignals(True)
                    box.setChecked(False)
                    box.blockSignals(False)
        self.changed.emit()

    def _pad_changed(self) -> None:
        self._shown_signature = None  # drawn on or cleared: no longer the stored one
        self.changed.emit()

    def _radio_toggled(self, checked: bool) -> None:
        if checked:
            self._update_unanswered_hint()
            self.changed.emit()

    def _update_unanswered_hint(self) -> None:
        """Say "not answered yet" while the keyboard is on a radio question with no answer."""
        if self.unanswered_hint is None or self._group is None:
            return
        focused = any(
            button.hasFocus() and getattr(button, "by_keyboard", False)
            for button in self._buttons.values()
        )
        self.unanswered_hint.setVisible(focused and self._group.checkedButton() is None)

    # -- reading and writing ------------------------------------------------------

    def input_problem(self) -> str:
        """A problem with what was typed that stops it being an answer at all."""
        if self.line is None or not self.line.text().strip():
            return ""
        text = self.line.text()
        if self.question.type == "number" and parse_number(text) is None:
            if self.question.integer:
                return self.tr("Please enter a whole number, like 12.")
            return self.tr("Please enter a number, like 12 or 12.5.")
        if self.date_entry is not None:
            # The box's own sentence, in the window's language.
            return core_words.date_problem(text, self.date_style)
        return ""

    def value(self) -> object:
        q = self.question
        kind = q.type
        if kind == "note":
            return None
        if self.line is not None:
            text = self.line.text().strip()
            if not text:
                return None
            if kind == "number":
                return parse_number(text)
            if self.date_entry is not None:
                # Read from the text, not the box's own date: that follows
                # ``textChanged``, which may come after this edit is reported.
                try:
                    return parse_typed_date(text, self.date_style).isoformat()
                except ValueError:
                    return None
            return text
        if self.text_box is not None:
            text = self.text_box.toPlainText()
            return text if text.strip() else None
        if self.pad is not None:
            if self._shown_signature is not None:
                # Exactly what was stored, not the pad's rendering of it: a signed
                # draft is compared byte for byte, and a re-encoded PNG would differ.
                return self._shown_signature
            png = self.pad.png_bytes()
            return signature_value(png) if png else None
        if self.checkbox is not None:
            return True if self.checkbox.isChecked() else None
        if kind == "multiple_choice":
            chosen = [value for value, box in self._buttons.items() if box.isChecked()]
            return chosen or None
        picked = next((v for v, b in self._buttons.items() if b.isChecked()), None)
        if kind == "yes_no" and picked is not None:
            return picked == "yes"
        return picked

    def set_value(self, value: object) -> None:
        """Show a stored answer (resuming a draft) without emitting ``changed``."""
        self.blockSignals(True)
        try:
            self._set(value)
        finally:
            self.blockSignals(False)

    def _set(self, value: object) -> None:
        kind = self.question.type
        if self.line is not None:
            if kind == "date":
                text = format_date_input(value, self.date_style)
            elif kind == "number" and isinstance(value, int | float):
                text = str(value)  # repr-exact: 1234567.5 stays 1234567.5
            else:
                text = value if isinstance(value, str) else ""
            self.line.setText(text)
        elif self.text_box is not None:
            self.text_box.setPlainText(value if isinstance(value, str) else "")
        elif self.pad is not None:
            self.pad.set_png(signature_png(value))
            self._shown_signature = None
            if isinstance(value, str) and signature_png(value) and not self.pad.is_empty():
                self._shown_signature = value
        elif self.checkbox is not None:
            self.checkbox.setChecked(value is True)
        elif kind == "multiple_choice":
            chosen = value if isinstance(value, list) else []
            for key, box in self._buttons.items():
                box.setChecked(key in chosen)
        elif self._buttons:
            if kind == "yes_no":
                wanted = "yes" if value is True else "no" if value is False else None
            else:
                wanted = value if isinstance(value, str) else None
            button = self._buttons.get(wanted) if wanted else None
            if button is not None:
                button.setChecked(True)

    def set_sealed(self, sealed: bool) -> None:
        """Read-only once a signature covers this answer (signed means sealed).

        Text stays selectable and the signature stays visible; choices and tick
        boxes are greyed out, so nothing looks as if a click could change it.
        """
        self.sealed = sealed
        if self.line is not None:
            self.line.setReadOnly(sealed)
        if self.text_box is not None:
            self.text_box.setReadOnly(sealed)
        if self.pad is not None:
            self.pad.set_read_only(sealed)
        if self.checkbox is not None:
            self.checkbox.setEnabled(not sealed)
        for button in self._buttons.values():
            button.setEnabled(not sealed)
        self.setToolTip(
            self.tr("Sealed by a signature: a change needs a new version") if sealed else ""
        )

    def show_problem(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def focus_input(self) -> None:
        target: QWidget | None = self.line or self.text_box or self.pad or self.checkbox
        if target is None and self._buttons:
            # The chosen answer, as Tab does: on "Yes" when "No" is chosen,
            # Space would silently change the answer.
            chosen = self._group.checkedButton() if self._group is not None else None
            target = chosen or next(iter(self._buttons.values()))
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
