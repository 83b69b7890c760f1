"""Grey notes and red one-sentence lines under a form, shared by the sign-in, lock,
protect, recovery-sheet and first-run screens (each had its own copy)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from smpdesk.gui.widgets.form_support import ERROR_STYLE

NOTE_STYLE = "color: #555;"


def note_label(text: str = "", name: str = "") -> QLabel:
    """A wrapped grey explanation."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    if name:
        label.setObjectName(name)
    return label


def message_line(name: str) -> QLabel:
    """A red line for a refusal, hidden while it is empty; its sentence can be selected
    (and copied into an e-mail to whoever helps)."""
    from PySide6.QtCore import Qt

    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``, or hide it when there is nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))


__all__ = ["NOTE_STYLE", "message_line", "note_label", "say"]
