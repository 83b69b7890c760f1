"""A short confirmation in the main window's status bar, for work that needs no OK box.

A box after every save or import has to be clicked away and teaches people to
click without reading; a status-bar line says the same and goes by itself.
Problems still get a message box: they need reading.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget


def show_status(widget: QWidget | None, sentence: str, timeout_ms: int = 15_000) -> bool:
    """``sentence`` in the status bar of the main window ``widget`` sits in (or was opened
    from); False when there is none (a dialog opened on its own, as in a test)."""
    window = widget.window() if widget is not None else None
    while window is not None and not isinstance(window, QMainWindow):
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    if window is None:
        return False
    window.statusBar().showMessage(sentence, timeout_ms)
    return True


__all__ = ["show_status"]
