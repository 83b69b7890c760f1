"""The live SMP preview behind the designer's canvas, and Pillow-to-Qt conversion.

The preview is rendered by :func:`smpdesk.infra.smp_render.render_preview`
(the same code the command line and the PDFs use) on a copy of the base at
screen resolution, never on the full photo: a 1280-pixel render is quick
enough to follow a dragged point.  :class:`PreviewRenderer` throttles: however
many changes arrive while a render is pending, at most one render runs per
:data:`INTERVAL_MS`, always of the latest design, so a drag stays smooth and
the picture catches up a moment after the mouse stops.

Pillow is imported inside the functions (it is not on the window's start path).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from smpdesk.domain.designs import Design
from smpdesk.errors import UserError

if TYPE_CHECKING:
    from PIL import Image

#: The longest side of the copy the live preview is rendered on.
PREVIEW_SIDE = 1280
#: The longest side of the copy shown as the canvas's background.
DISPLAY_SIDE = 2400
#: At most one live render per this many milliseconds.
INTERVAL_MS = 40


def qimage_from_pil(image: Image.Image) -> QImage:
    """An RGB ``QImage`` holding its own copy of ``image``'s pixels."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    data = rgb.tobytes()
    width, height = rgb.size
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def reduced(image: Image.Image, longest: int) -> Image.Image:
    """``image`` scaled down (never up) so its longest side is at most ``longest``."""
    from PIL import Image as PILImage

    rgb = image if image.mode == "RGB" else image.convert("RGB")
    width, height = rgb.size
    factor = longest / max(width, height)
    if factor >= 1:
        return rgb.copy()
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    return rgb.resize(size, PILImage.Resampling.LANCZOS, reducing_gap=3.0)


class PreviewRenderer(QObject):
    """Renders the SMP preview of the latest requested design, throttled."""

    ready = Signal(QImage)
    failed = Signal(str)

    def __init__(self, base: Image.Image, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = reduced(base, PREVIEW_SIDE)
        self._pending: tuple[Design, int | None] | None = None
        self.renders = 0  # how many renders ran (the throttle's tests count them)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.render_now)

    def request(self, design: Design, layer: int | None) -> None:
        """Render ``design`` (sessions up to ``layer``; None: all) soon."""
        self._pending = (design, layer)
        if not self._timer.isActive():
            self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._pending = None

    def render_now(self) -> None:
        """Render the pending request at once (the timer calls this)."""
        self._timer.stop()
        pending, self._pending = self._pending, None
        if pending is None:
            return
        from smpdesk.infra.smp_render import render_preview

        design, layer = pending
        try:
            image = render_preview(self.base, design, layer=layer)
        except (UserError, ValueError) as err:
            self.failed.emit(self.tr("The preview could not be drawn: {error}").format(error=err))
            return
        self.renders += 1
        self.ready.emit(qimage_from_pil(image))


__all__ = [
    "DISPLAY_SIDE",
    "INTERVAL_MS",
    "PREVIEW_SIDE",
    "PreviewRenderer",
    "qimage_from_pil",
    "reduced",
]
