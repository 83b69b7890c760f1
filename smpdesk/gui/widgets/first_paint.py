"""Work that may wait until a window has painted for the first time.

Start-up is timed to the client list painted: anything the first screen does not need
(the icon, the clinic's client count, the integrity check) runs after that paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``then()`` once ``widget`` has painted for the first time (from the event
    loop, after that paint pass: a zero timer set before the first paint fires before it)."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False
