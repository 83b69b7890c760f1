"""A pad the client signs on with a mouse, a pen (tablet, stylus) or a finger.

The signature is the one part of a consent record that has to survive
unchanged from the consultation desk to the printed PDF, so it is kept as
geometry rather than as screen pixels: every point is stored as a fraction
(0..1) of a fixed 3:1 canvas.  Resizing the window, moving to a screen with
another scale factor or printing never stretches, crops or loses ink; only
the PNG handed to the database is rasterised, always at ``CANVAS`` size.

The on-screen pad shows that canvas letterboxed in the widget (a white
"paper" box), a faint baseline to sign on and a "Sign here" hint while
nothing is drawn.  Neither guide ends up in the PNG.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFont,
    QImage,
    QInputDevice,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPointingDevice,
    QPolygonF,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

#: Logical size the PNG is drawn at, whatever the widget's size on screen.
CANVAS = QSize(900, 300)
INK = QColor("#10202c")
#: Stroke width in canvas pixels: about a fine felt-tip at print size.
PEN_WIDTH = 3.4
#: White space kept around the ink when the PNG is cropped.
MARGIN = 12
#: The PNG claims 254 dpi, so a viewer that honours it shows the canvas 9 cm wide.
_DOTS_PER_METRE = 10_000

_PAPER = QColor("#ffffff")
_BORDER = QColor("#b8c0c6")
_GUIDE = QColor("#d3d9dd")
_HINT = QColor("#7d878e")
_BASELINE_Y = 0.74
_MIN_SCREEN_WIDTH = 1.5
_MIN_STEP_PX = 0.75

_TOUCH_EVENTS = (
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
)


_HANDLED_AT_SOURCE = (
    QInputDevice.DeviceType.TouchScreen,
    QInputDevice.DeviceType.Stylus,
    QInputDevice.DeviceType.Airbrush,
    QInputDevice.DeviceType.Puck,
)


@dataclass
class _Stroke:
    """One pen-down..pen-up: points as (x, y, width factor), x and y in 0..1."""

    points: list[tuple[float, float, float]] = field(default_factory=list)


def _quantise(factor: float) -> float:
    """Round width factors so neighbouring segments share a path (fewer seams)."""
    return round(factor * 20) / 20


def _paint_stroke(painter: QPainter, stroke: _Stroke, target: QRectF, min_width: float) -> None:
    """Draw a stroke smoothed through the midpoints of its samples.

    Mouse and touch samples arrive as a polyline with visible corners;
    quadratic curves through the midpoints (with each sample as control point)
    look like handwriting without lagging behind the pointer.  Consecutive
    pieces of equal width share one polyline, so joins stay seamless; a pen's
    pressure only starts a new one when the width actually changes.

    The curves are flattened here in Python rather than built with one
    ``QPainterPath.quadTo`` per sample, so a stroke costs a couple of Qt
    calls however long it is.  Besides being quicker, that matters because
    PySide6 6.12 on Python 3.11 drops a reference to None on every wrapped
    call that returns nothing: a few thousand of them per long stroke
    (repainted on every pointer move) underflow None and abort the process.
    """
    left, top = target.left(), target.top()
    span_x, span_y = target.width(), target.height()
    scale = span_x / CANVAS.width()
    points = [(left + x * span_x, top + y * span_y, f) for x, y, f in stroke.points]

    def width(factor: float) -> float:
        return max(PEN_WIDTH * factor * scale, min_width)

    xs = [x for x, _, _ in points]
    ys = [y for _, y, _ in points]
    if max(xs) - min(xs) < 0.5 and max(ys) - min(ys) < 0.5:
        # A tap: a zero-length line draws nothing, but a tap should leave a dot.
        radius = width(max(f for _, _, f in points)) * 0.75
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        painter.drawEllipse(QPointF(xs[0], ys[0]), radius, radius)
        return

    runs: list[tuple[float, list[QPointF]]] = []
    start = (xs[0], ys[0])
    for i in range(1, len(points)):
        x, y, factor = points[i]
        if i < len(points) - 1:
            end = ((x + points[i + 1][0]) / 2, (y + points[i + 1][1]) / 2)
            flat = _quadratic(start, (x, y), end)
        else:
            end = (x, y)
            flat = [end]
        if not runs or runs[-1][0] != factor:
            runs.append((factor, [QPointF(*start)]))
        runs[-1][1].extend(QPointF(px, py) for px, py in flat)
        start = end

    painter.setBrush(Qt.BrushStyle.NoBrush)
    for factor, line in runs:
        painter.setPen(
            QPen(
                INK,
                width(factor),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        painter.drawPolyline(QPolygonF(line))


def _quadratic(
    start: tuple[float, float], control: tuple[float, float], end: tuple[float, float]
) -> list[tuple[float, float]]:
    """Points along a quadratic Bézier (excluding its start), about 2.5 px apart."""
    reach = math.dist(start, control) + math.dist(control, end)
    steps = max(1, min(16, math.ceil(reach / 2.5)))
    out = []
    for k in range(1, steps + 1):
        t = k / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        out.append(
            (
                a * start[0] + b * control[0] + c * end[0],
                a * start[1] + b * control[1] + c * end[1],
            )
        )
    return out


def _ink_bounds(gray: QImage) -> QRect | None:
    """The bounding box of every pixel that is not pure white, or None.

    Scanning pixels (rather than adding up stroke geometry) also covers a
    stored image shown underneath, and catches the last antialiased fringe.
    ``bytes.strip`` does the per-row work in C, so a whole canvas takes
    about a millisecond.
    """
    data = bytes(gray.constBits())
    per_line = gray.bytesPerLine()
    width = gray.width()
    left, right, top, bottom = width, -1, -1, -1
    for y in range(gray.height()):
        row = data[y * per_line : y * per_line + width]
        inked = row.rstrip(b"\xff")
        if not inked:
            continue
        if top < 0:
            top = y
        bottom = y
        right = max(right, len(inked) - 1)
        left = min(left, width - len(row.lstrip(b"\xff")))
    if top < 0:
        return None
    return QRect(left, top, right - left + 1, bottom - top + 1)


def _flatten(image: QImage) -> QImage:
    """Grayscale on white: transparent PNGs must not turn black, colour adds nothing."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(_PAPER)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat.convertToFormat(QImage.Format.Format_Grayscale8)


def _from_mouse(event: QMouseEvent) -> bool:
    """False for mouse events made up from touch or pen input.

    Those inputs are handled as themselves; drawing their mouse shadows too
    would put every stroke down twice.
    """
    device = event.pointingDevice()
    return device is None or device.type() not in _HANDLED_AT_SOURCE


class SignatureSurface(QWidget):
    """The drawing area itself; `SignaturePad` adds the Clear button around it.

    Holds the strokes and an optional stored image (from `set_png`) that new
    strokes are drawn on top of.
    """

    #: A stroke was completed (pen, finger or mouse lifted).
    stroke_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_surface")
        self.setAccessibleName(self.tr("Signature"))
        self.setAccessibleDescription(self.tr("Draw your signature with a mouse, pen or finger"))
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(420, 140)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

        self.read_only = False
        self._strokes: list[_Stroke] = []
        self._background: QImage | None = None  # Grayscale8, ink-cropped, <= CANVAS
        self._active: _Stroke | None = None
        self._active_kind = ""  # "mouse", "pen" or "touch": one pointer at a time
        self._touch_id = -1
        self._cache: QPixmap | None = None  # finished ink at the current on-screen size

    # -- sizing ------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Follow the canvas's 3:1 shape, but never grow into a wall of white."""
        return max(self.minimumHeight(), min(width // 3, 300))

    def canvas_rect(self) -> QRectF:
        """Where the canvas sits on screen: as large as fits, centred, never stretched."""
        available = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        aspect = CANVAS.width() / CANVAS.height()
        width = min(available.width(), available.height() * aspect)
        height = width / aspect
        return QRectF(
            available.center().x() - width / 2, available.center().y() - height / 2, width, height
        )

    # -- state -------------------------------------------------------------

    def is_empty(self) -> bool:
        return not self._strokes and self._background is None

    def clear(self) -> None:
        self._strokes.clear()
        self._background = None
        self._active = None
        self._active_kind = ""
        self._invalidate()

    def set_background(self, image: QImage | None) -> None:
        self.clear()
        self._background = image
        self._invalidate()

    def set_read_only(self, read_only: bool) -> None:
        """Past responses are on show only: no ink, no focus stop, no touch grab.

        Not accepting touch while read-only also lets a finger on the pad
        scroll the form it sits in.
        """
        self.read_only = read_only
        if read_only and self._active is not None:
            self._finish()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, not read_only)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self.update()

    def render_canvas(self) -> QImage:
        """The finished signature at canvas size, grayscale on white."""
        image = QImage(CANVAS, QImage.Format.Format_RGB32)
        image.fill(_PAPER)
        painter = QPainter(image)
        self._paint_ink(painter, QRectF(0, 0, CANVAS.width(), CANVAS.height()), 0.0)
        painter.end()
        return image.convertToFormat(QImage.Format.Format_Grayscale8)

    def _paint_ink(self, painter: QPainter, target: QRectF, min_width: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._background is not None:
            scale = target.width() / CANVAS.width()
            size = self._background.size()
            # Whole canvas pixels, so a stored PNG re-saves pixel for pixel.
            left = (CANVAS.width() - size.width()) // 2
            top = (CANVAS.height() - size.height()) // 2
            placed = QRectF(
                target.left() + left * scale,
                target.top() + top * scale,
                size.width() * scale,
                size.height() * scale,
            )
            painter.drawImage(placed, self._background)
        for stroke in self._strokes:
            _paint_stroke(painter, stroke, target, min_width)

    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    # -- drawing -----------------------------------------------------------

    def _normalised(self, position: QPointF) -> tuple[float, float]:
        """Points past the edge of the paper stick to it, like a real pad's frame."""
        rect = self.canvas_rect()
        x = (position.x() - rect.left()) / rect.width()
        y = (position.y() - rect.top()) / rect.height()
        return min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)

    def _begin(self, kind: str, position: QPointF, factor: float) -> None:
        if self._active is not None:
            self._finish()
        x, y = self._normalised(position)
        self._active = _Stroke([(x, y, _quantise(factor))])
        self._active_kind = kind
        self.update()

    def _extend(self, position: QPointF, factor: float) -> None:
        if self._active is None:
            return
        x, y = self._normalised(position)
        last_x, last_y, _ = self._active.points[-1]
        rect = self.canvas_rect()
        step = math.hypot((x - last_x) * rect.width(), (y - last_y) * rect.height())
        if step < _MIN_STEP_PX:
            return  # sub-pixel jitter only adds wobble and points
        self._active.points.append((x, y, _quantise(factor)))
        self.update()

    def _finish(self) -> None:
        stroke, self._active, self._active_kind = self._active, None, ""
        if stroke is None:
            return
        self._strokes.append(stroke)
        self._invalidate()
        self.stroke_finished.emit()

    def _discard(self) -> None:
        self._active, self._active_kind = None, ""
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.read_only or not _from_mouse(event) or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        if self._active_kind not in ("", "mouse"):
            event.accept()  # pen or finger already down
            return
        self._begin("mouse", event.position(), 1.0)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._active_kind == "mouse" and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), 1.0)
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._active_kind == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), 1.0)
            self._finish()
            event.accept()
        else:
            event.ignore()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """Pen input, with a little width from pressure so it feels like ink.

        Accepting the event stops Qt making a mouse event of it as well.
        """
        if self.read_only:
            event.ignore()
            return
        if event.pointerType() == QPointingDevice.PointerType.Eraser:
            event.accept()  # an upturned pen must not write
            return
        device = event.pointingDevice()
        has_pressure = bool(device.capabilities() & QInputDevice.Capability.Pressure)
        factor = 0.75 + 0.5 * min(max(event.pressure(), 0.0), 1.0) if has_pressure else 1.0
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            if event.button() != Qt.MouseButton.LeftButton:
                event.ignore()  # barrel buttons
                return
            if self._active_kind in ("", "mouse", "pen"):
                self._begin("pen", event.position(), factor)
        elif kind == QEvent.Type.TabletMove:
            if self._active_kind == "pen":
                self._extend(event.position(), factor)
        elif kind == QEvent.Type.TabletRelease and self._active_kind == "pen":
            self._extend(event.position(), factor)
            self._finish()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH_EVENTS and isinstance(event, QTouchEvent):
            return self._touch(event)
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> bool:
        """Follow the first finger on a touch screen; further fingers and palms are ignored.

        Touch pads move the cursor and arrive as mouse events, so their touch
        events are left alone.  Accepting TouchBegin is what stops Qt from
        also sending a mouse stroke for the same finger.
        """
        device = event.pointingDevice()
        if self.read_only or device is None or device.type() != QInputDevice.DeviceType.TouchScreen:
            event.ignore()
            return False
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            if self._active_kind == "touch":
                self._discard()
        elif kind == QEvent.Type.TouchBegin:
            if self._active_kind in ("", "touch") and event.points():
                point = event.points()[0]
                self._touch_id = point.id()
                self._begin("touch", point.position(), 1.0)
        elif self._active_kind == "touch":
            for point in event.points():
                if point.id() != self._touch_id:
                    continue
                self._extend(point.position(), 1.0)
                if kind == QEvent.Type.TouchEnd or point.state() == QEventPoint.State.Released:
                    self._finish()
            if kind == QEvent.Type.TouchEnd and self._active_kind == "touch":
                self._finish()
        event.accept()
        return True

    # -- painting ----------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def _ink_pixmap(self) -> QPixmap:
        """Finished strokes rendered once, so a long signature stays fluid to add to."""
        ratio = self.devicePixelRatioF()
        size = QSize(math.ceil(self.width() * ratio), math.ceil(self.height() * ratio))
        cache = self._cache
        if cache is None or cache.size() != size or cache.devicePixelRatio() != ratio:
            cache = QPixmap(size)
            cache.setDevicePixelRatio(ratio)
            cache.fill(Qt.GlobalColor.transparent)
            painter = QPainter(cache)
            self._paint_ink(painter, self.canvas_rect(), _MIN_SCREEN_WIDTH)
            painter.end()
            self._cache = cache
        return cache

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.canvas_rect()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, _PAPER)

        empty = self.is_empty() and self._active is None
        if not self.read_only:
            baseline = rect.top() + rect.height() * _BASELINE_Y
            left = rect.left() + rect.width() * 0.05
            right = rect.right() - rect.width() * 0.05
            painter.setPen(QPen(_GUIDE, 1))
            painter.drawLine(QPointF(left, baseline), QPointF(right, baseline))
            if empty:
                hint_rect = QRectF(left, baseline + 4, right - left, 40)
                self._paint_hint(painter, hint_rect, self.tr("Sign here"))
        elif empty:
            self._paint_hint(painter, rect, self.tr("No signature"), Qt.AlignmentFlag.AlignCenter)

        painter.drawPixmap(0, 0, self._ink_pixmap())
        if self._active is not None:
            _paint_stroke(painter, self._active, rect, _MIN_SCREEN_WIDTH)

        focused = self.hasFocus() and not self.read_only
        frame = self.palette().highlight().color() if focused else _BORDER
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(frame, 2 if focused else 1))
        painter.drawRect(rect)
        painter.end()

    def _paint_hint(
        self,
        painter: QPainter,
        rect: QRectF,
        text: str,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    ) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        painter.setFont(font)
        painter.setPen(_HINT)
        painter.drawText(rect, int(align), text)


class SignaturePad(QWidget):
    """The signature question's input: a drawing surface and a Clear button.

    `set_png` puts a stored signature on the surface (at its stored size,
    shrunk only if it would not fit), and ``is_empty()`` is False afterwards.
    In editable mode new strokes are drawn on top of it, so a resumed draft
    can be added to, and `clear` removes both the image and the strokes.
    Saving a pad that only shows a stored image gives back the same pixels.

    ``changed`` is emitted when a stroke ends and on every `clear`, but not
    by `set_png`, so loading a draft does not make it look edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Signature"))
        self.setAccessibleDescription(self.tr("Draw your signature with a mouse, pen or finger"))
        self.surface = SignatureSurface(self)
        self.surface.stroke_finished.connect(self._ink_changed)
        self.setFocusProxy(self.surface)

        self._clear_button = QPushButton(self.tr("Clear"))
        self._clear_button.setObjectName("signature_clear")
        self._clear_button.setToolTip(self.tr("Remove the signature and start again (Delete)"))
        self._clear_button.clicked.connect(self.clear)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self._clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.surface)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._update_button()

    def is_empty(self) -> bool:
        return self.surface.is_empty()

    def clear(self) -> None:
        self.surface.clear()
        self._ink_changed()

    def png_bytes(self) -> bytes | None:
        """The signature cropped to its ink, as an 8-bit grayscale PNG; None when empty.

        Cropping keeps the stored image small and lets the PDF scale the
        signature itself to its line rather than a mostly empty canvas.
        """
        if self.surface.is_empty():
            return None
        canvas = self.surface.render_canvas()
        bounds = _ink_bounds(canvas)
        if bounds is None:
            return None
        crop = bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(canvas.rect())
        image = canvas.copy(crop)
        image.setDotsPerMeterX(_DOTS_PER_METRE)
        image.setDotsPerMeterY(_DOTS_PER_METRE)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs type the format as bytes, but PySide6 6.12 refuses bytes here and wants str.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    def set_png(self, data: bytes | None) -> None:
        """Show a stored signature; anything unreadable leaves the pad empty.

        A damaged or foreign blob in the database must not stop a form from
        opening, so nothing here raises.  An image with no ink counts as empty.
        """
        image = QImage()
        if isinstance(data, bytes | bytearray | memoryview) and data:
            image = QImage.fromData(bytes(data))
        background: QImage | None = None
        if not image.isNull():
            flat = _flatten(image)
            bounds = _ink_bounds(flat)
            if bounds is not None:
                background = flat.copy(bounds)
                if background.width() > CANVAS.width() or background.height() > CANVAS.height():
                    background = background.scaled(
                        CANVAS,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
        self.surface.set_background(background)
        self._update_button()

    def set_read_only(self, read_only: bool) -> None:
        self.surface.set_read_only(read_only)
        self._clear_button.setVisible(not read_only)

    def is_read_only(self) -> bool:
        return self.surface.read_only

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete or Backspace on the focused pad clears it, for keyboard users.

        The surface ignores keys, so they arrive here.
        """
        keys = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if event.key() in keys and not self.surface.read_only and not self.is_empty():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def _ink_changed(self) -> None:
        self._update_button()
        self.changed.emit()

    def _update_button(self) -> None:
        self._clear_button.setEnabled(not self.is_empty())
