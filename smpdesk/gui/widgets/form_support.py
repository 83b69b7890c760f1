"""Shared pieces for record dialogs: inputs, inline problems, reading values.

Both the client and the session dialog show each validation problem under
its own field, in the same colour, and move focus to the first one.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smpdesk.gui.i18n import translate

ERROR_STYLE = "color: #b00020;"
INVALID_STYLE = "border: 1px solid #b00020;"

Input = QLineEdit | QComboBox | QPlainTextEdit | QWidget


def with_error_label(widget: QWidget, name: str) -> tuple[QVBoxLayout, QLabel]:
    """A column holding ``widget`` and a hidden error line beneath it."""
    error = QLabel()
    error.setObjectName(f"{name}_error")
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return column, error


def show_problems(
    inputs: Mapping[str, Input], errors: Mapping[str, QLabel], problems: Mapping[str, str]
) -> None:
    for name, label in errors.items():
        message = problems.get(name)
        label.setText(message or "")
        label.setVisible(bool(message))
        inputs[name].setStyleSheet(INVALID_STYLE if message else "")
    for name in inputs:
        if name in problems:
            inputs[name].setFocus(Qt.FocusReason.OtherFocusReason)
            break


def read_value(widget: Input) -> str:
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return str(data) if data is not None else widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    value = getattr(widget, "value", None)
    return str(value()) if callable(value) else ""


def write_value(widget: Input, value: str) -> None:
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and widget.isEditable():
            widget.setEditText(value)
        else:
            widget.setCurrentIndex(max(0, index))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    else:
        setter = getattr(widget, "set_value", None)
        if callable(setter):
            setter(value)


def confirm_discard(parent: QWidget, changed: bool) -> bool:
    """Closing a form with unsaved typing asks first (Esc is easy to hit)."""
    if not changed:
        return True
    answer = QMessageBox.question(
        parent,
        translate("widgets.form_support", "Discard changes?"),
        translate(
            "widgets.form_support",
            "You have typed details that are not saved. Close and discard them?",
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
