"""One input per question type, all with the same small interface.

Each :class:`QuestionField` shows the question, its help, the input and an
error line, and turns what was typed or clicked into the JSON-ready answer
that :mod:`smpdesk.questionnaire.answers` understands.  Typed text that is
not yet a number or a date reports its own problem instead of an answer, so
the runner can say "enter a number" under the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
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

from smpdesk.gui.questionnaires.signature_pad import SignaturePad
from smpdesk.gui.widgets.form_support import ERROR_STYLE
from smpdesk.questionnaire.answers import (
    date_hint,
    date_input_problem,
    format_date_input,
    parse_date,
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


class _Radio(QRadioButton):
    """Tab enters an answered group on the chosen answer.

    Qt enters a radio group on its first button, so a keyboard user who
    tabbed through and pressed Space would silently change the answer.
    Arrow keys move focus inside the group; that move is left alone.
    """

    _from_sibling = False
    _TABBING = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        following = QApplication.focusWidget()
        if isinstance(following, _Radio) and following.group() is self.group():
            following._from_sibling = True
        super().focusOutEvent(event)

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
        super().focusInEvent(event)


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
        if kind in ("text", "number", "date"):
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
            if kind == "number" and q.unit:
                row.addWidget(QLabel(q.unit))
            if kind == "date":
                self.line.setPlaceholderText(date_hint(self.date_style))
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
            self.checkbox = QCheckBox("I have read this and agree")
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
            [("yes", "Yes"), ("no", "No")]
            if kind == "yes_no"
            else [(c.value, c.label) for c in q.choices]
        )
        box = QWidget()
        line = QHBoxLayout(box) if kind == "yes_no" else QVBoxLayout(box)
        line.setContentsMargins(12, 0, 0, 0)
        self._group = QButtonGroup(self)
        for value, label in options:
            radio = _Radio(label)
            radio.setObjectName(f"choice_{q.id}_{value}")
            self._group.addButton(radio)
            self._buttons[value] = radio
            radio.toggled.connect(self._radio_toggled)
            line.addWidget(radio)
        if kind == "yes_no":
            line.addStretch(1)
        return box

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
            self.changed.emit()

    # -- reading and writing ------------------------------------------------------

    def input_problem(self) -> str:
        """A problem with what was typed that stops it being an answer at all."""
        if self.line is None or not self.line.text().strip():
            return ""
        text = self.line.text()
        if self.question.type == "number" and parse_number(text) is None:
            if self.question.integer:
                return "Please enter a whole number, like 12."
            return "Please enter a number, like 12 or 12.5."
        if self.question.type == "date":
            return date_input_problem(text, self.date_style)
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
            if kind == "date":
                day = parse_date(text, self.date_style)
                return day.isoformat() if day else None
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
        self.setToolTip("Sealed by a signature: a change needs a new version" if sealed else "")

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
