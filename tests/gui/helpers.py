"""Driving the window as a person would: typing any text, answering modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a keyboard would; QTest.keyClicks aborts on non-ASCII text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def when_dialog_opens(qtbot: Any, action: Callable[[Any], object]) -> None:
    """Run ``action(dialog)`` on the next modal dialog (exec() blocks the test)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        action(dialog)

    QTimer.singleShot(0, act)


def save_shot(widget: Any, name: str) -> None:
    """Save ``widget.grab()`` as DIR/NAME.png when SMPDESK_SCREENSHOTS=DIR (for looking at)."""
    import os
    from pathlib import Path

    folder = os.environ.get("SMPDESK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))
