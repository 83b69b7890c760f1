"""Windows that fit the screen they open on, and remember where the user put them.

A clinic laptop is often 1366x768 with a taskbar (about 728 pixels of usable
height), so a dialog sized for a desktop monitor opens with its buttons below
the bottom edge. Three calls cover every window of the app:

* ``fit_to_screen(window, 760, 640)``: a dialog's preferred size, shrunk to the
  *available* geometry of the screen it opens on (the taskbar is respected) and
  centred over its parent (or the screen). Pass ``None`` for a side to take all
  of it: previews use ``fit_to_screen(window, 900)`` (as tall as the screen).
* ``remember_geometry(window, "main_window", 1440, 920)``: the same, but the
  size, position and maximised state the user last left are restored (when they
  still fit one of the current screens) and saved again when the window hides.
* ``available_geometry(window)``: the rectangle the two above work in.

Only geometry is stored (QSettings, keyed by the window's name): never a
client's name, a window title or anything else from the clinic file.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSettings, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room kept for the window manager's title bar and borders before a window is
#: shown (when it is shown, the real frame is measured instead).
FRAME = QMargins(6, 36, 6, 6)

#: Used only when Qt reports no screen at all (never on a real desktop).
FALLBACK_SCREEN = QRect(0, 0, 1024, 700)

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def available_geometry(window: QWidget) -> QRect:
    """The usable part (taskbar and panels excluded) of the screen ``window`` opens on.

    That is its parent's screen for a dialog, the screen under it otherwise.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    return QRect(screen.availableGeometry()) if screen is not None else QRect(FALLBACK_SCREEN)


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize ``window`` to ``width`` x ``height``, no bigger than its screen, and centre it.

    ``None`` for a side means "as much as the screen has" (a preview window).
    Call it where the dialog used to call ``resize``, before ``show``/``exec``.
    """
    area = available_geometry(window)
    frame = _frame_margins(window)
    room_w = max(area.width() - frame.left() - frame.right(), 1)
    room_h = max(area.height() - frame.top() - frame.bottom(), 1)
    window.resize(min(width or room_w, room_w), min(height or room_h, room_h))
    _centre(window, area, frame)


def remember_geometry(
    window: QWidget,
    name: str,
    width: int | None = None,
    height: int | None = None,
    *,
    apply_maximised: bool = True,
) -> bool:
    """Restore the geometry ``window`` had when it was last hidden, else fit it to the screen.

    ``name`` (lower-case letters, digits and ``_``) keys the stored size,
    position and maximised state. A stored geometry is used only when it lies
    inside the available geometry of one of the screens attached now (a
    projector unplugged since must not leave the window off-screen); otherwise
    the window gets ``fit_to_screen(window, width, height)``. From now on the
    geometry is saved each time the window hides or closes.

    Returns whether the window was last left maximised.  ``apply_maximised=False``
    leaves maximising to the caller (``showMaximized()`` instead of ``show()``): setting
    the state here uses ``Qt``'s enums, which the main window's first paint does without
    (see smpdesk.gui.main_window).
    """
    if not _NAME.match(name):
        raise ValueError(f"window name {name!r}: use lower-case letters, digits and _")
    stored = _read(name)
    if stored is None:
        fit_to_screen(window, width, height)
    else:
        rect, maximised = stored
        window.setGeometry(rect)
        if maximised and apply_maximised:
            from PySide6.QtCore import Qt

            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    saver = _GeometrySaver(window, name)
    window.installEventFilter(saver)
    return stored is not None and stored[1]


def forget_geometry(name: str) -> None:
    """Drop what was stored for ``name`` (the next opening fits the screen again)."""
    settings = _settings()
    settings.remove(f"windows/{name}")
    settings.sync()


# -- the pieces ---------------------------------------------------------------
def _frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around ``window``: measured when shown, else :data:`FRAME`."""
    if window.isVisible():
        outer, inner = window.frameGeometry(), window.geometry()
        return QMargins(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
    return QMargins(FRAME)


def _centre(window: QWidget, area: QRect, frame: QMargins) -> None:
    """Centre the framed window over its parent window (or ``area``), kept inside ``area``."""
    outer = QRect(QPoint(0, 0), window.size()).marginsAdded(frame)
    parent = window.parentWidget()
    over = parent.window().frameGeometry() if parent is not None and parent.isVisible() else area
    outer.moveCenter(over.center())
    outer.moveLeft(max(area.left(), min(outer.left(), area.right() + 1 - outer.width())))
    outer.moveTop(max(area.top(), min(outer.top(), area.bottom() + 1 - outer.height())))
    window.move(outer.topLeft())  # a top-level's pos() is its frame's top-left corner


def _settings() -> QSettings:
    """The window-geometry file, in the app's configuration folder.

    An explicit file, because Qt's default QSettings path is fixed the first
    time it is read in a process; this one follows the configuration folder of
    the moment (each test has its own).
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return QSettings(str(Path(folder) / "window-geometry.ini"), QSettings.Format.IniFormat)


def _read(name: str) -> tuple[QRect, bool] | None:
    """The stored geometry for ``name`` if it still fits a current screen, else None."""
    settings = _settings()
    rect = settings.value(f"windows/{name}/geometry")
    if not isinstance(rect, QRect) or rect.width() < 100 or rect.height() < 100:
        return None
    maximised = str(settings.value(f"windows/{name}/maximised", "false")).lower() == "true"
    # The window itself must be inside one screen's usable area, with room above it
    # for its title bar (the stored rectangle is the inside of the frame: a window
    # saved flush with the top would come back with its title bar off the screen, and
    # could then neither be moved nor closed with the mouse).
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry()
        if not area.contains(rect):
            continue
        room = area.adjusted(FRAME.left(), FRAME.top(), -FRAME.right(), -FRAME.bottom())
        if rect.width() > room.width() or rect.height() > room.height():
            return None  # it only fits without its frame: fit it to the screen instead
        rect.moveLeft(max(room.left(), min(rect.left(), room.right() + 1 - rect.width())))
        rect.moveTop(max(room.top(), min(rect.top(), room.bottom() + 1 - rect.height())))
        return rect, maximised
    return None


class _GeometrySaver(QObject):
    """Writes a window's normal geometry and maximised state when it hides or closes."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.window_ = window
        self.name = name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        # At the end of a run Python may have let go of this filter before Qt hides its
        # window: the object Qt then hands back has none of the attributes set here.
        window = getattr(self, "window_", None)
        if window is None:
            return False
        if watched is window and event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            self.save()
        return False

    def save(self) -> None:
        window = self.window_
        rect = window.normalGeometry()
        if not rect.isValid() or rect.width() < 100 or rect.height() < 100:
            return
        settings = _settings()
        settings.setValue(f"windows/{self.name}/geometry", rect)
        maximised = window.isMaximized()
        settings.setValue(f"windows/{self.name}/maximised", maximised)
        settings.sync()
