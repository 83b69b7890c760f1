"""The aligned before/after: one picture laid exactly over the other (issue 17).

Two landmarks marked once on each photo give a similarity transform
(:mod:`smpdesk.domain.alignment`) taking the second picture's pixels onto the
first's; :class:`AlignedView` draws the first picture and the second one moved
by that transform (a QTransform on its item: nothing is resampled in Python),
either split by a **wipe** divider the user drags, or **blinking** between the
two (every half second, or by hand with Space), which is how a change in a
hairline shows best.

A side of the comparison is a client photo or a design's preview
(:func:`design_side`): the preview is rendered on the design's base photo at
the same proportions, so that photo's landmarks line the preview up too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from smpdesk.app import photos as photo_cases
from smpdesk.app.clinic import Clinic
from smpdesk.app.photos import ANGLES
from smpdesk.domain.alignment import Similarity
from smpdesk.domain.designs import Point
from smpdesk.gui.dates import format_medium_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.zoomable_view import ZoomableView
from smpdesk.gui.words.core_labels import core_label

WIPE, BLINK = "wipe", "blink"
BLINK_MS = 500  # long enough to see each picture, short enough that a change "jumps"
GRAB_PX = 12  # how near the divider a press takes it rather than panning
MARK_COLOURS = ("#ffd400", "#00e5ff")  # the first and second landmark, on any skin tone

# What to click, by the photo's angle: two points far apart that a head keeps between
# visits (SMP changes the hairline, not the brows).  Left and right "of the picture",
# never the client's, so nobody has to mirror in their head.
LANDMARKS: dict[str, tuple[str, str]] = {
    "front": (
        str(
            QT_TRANSLATE_NOOP(
                "photos.photo_align", "the inner end of the brow on the left of the picture"
            )
        ),
        str(
            QT_TRANSLATE_NOOP(
                "photos.photo_align", "the inner end of the brow on the right of the picture"
            )
        ),
    ),
    "left": (
        QT_TRANSLATE_NOOP("photos.photo_align", "the top of the ear, where it meets the head"),
        QT_TRANSLATE_NOOP("photos.photo_align", "the outer corner of the eye"),
    ),
    "right": (
        QT_TRANSLATE_NOOP("photos.photo_align", "the top of the ear, where it meets the head"),
        QT_TRANSLATE_NOOP("photos.photo_align", "the outer corner of the eye"),
    ),
}
ANY_LANDMARKS = (
    str(
        QT_TRANSLATE_NOOP(
            "photos.photo_align",
            "a spot you can find on both photos (a mole, a freckle, the end of a scar)",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "photos.photo_align", "a second such spot, as far from the first as you can"
        )
    ),
)


def landmark_prompts(angle: str) -> tuple[str, str]:
    """What to click first and second on a photo of ``angle``, in the user's language."""
    first, second = LANDMARKS.get(angle, ANY_LANDMARKS)
    return translate("photos.photo_align", first), translate("photos.photo_align", second)


@dataclass(frozen=True)
class CompareSide:
    """One picture of a comparison.

    ``landmarks_of``: the photo whose saved landmarks apply (the photo itself, or a
    design's base photo); None for a design drawn on a built-in outline, whose marks
    last only as long as the window.
    """

    caption: str
    name: str  # "before photo", "after photo", "design": said in the prompts
    image: bytes
    angle: str
    photo: photo_cases.Photo | None = None
    landmarks_of: int | None = None


def photo_caption(photo: photo_cases.Photo) -> str:
    when = date.fromisoformat(photo.visit_date)
    return f"{core_label(ANGLES.get(photo.angle, photo.angle))} · {format_medium_date(when)}"


def photo_side(db: Clinic, photo: photo_cases.Photo, name: str) -> CompareSide | None:
    """A client photo as a side (None when its picture is gone)."""
    data = photo_cases.photo_image(db, photo.id)
    if data is None:
        return None
    return CompareSide(photo_caption(photo), name, data, photo.angle, photo, photo.id)


def design_side(db: Clinic, design_id: int) -> CompareSide:
    """A design's preview as it was saved (what the client agreed to) as a side."""
    from smpdesk.app import designs as design_cases

    record = design_cases.get_design(db, design_id)
    preview = design_cases.design_preview(db, design_id)
    base_id = record.base_photo_id
    base = photo_cases.get_photo(db, base_id) if base_id is not None else None
    angle = base.angle if base is not None else (record.design.base.outline or "other")
    approved = _day(record.approved_at)
    if approved:
        caption = translate("photos.photo_align", "Design, version {version}, approved {date}")
    else:
        caption = translate("photos.photo_align", "Design, version {version}")
    return CompareSide(
        caption.format(version=record.version, date=approved),
        "design",
        preview,
        angle,
        None,
        base.id if base is not None else None,
    )


def _day(stamp: str | None) -> str:
    """An ISO time as the day it was, in words ("" when none or unreadable)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return format_medium_date(moment.date())


def qt_transform(transform: Similarity) -> QTransform:
    """The same similarity in Qt's terms (row vectors: x' = m11·x + m21·y + dx)."""
    m11, m12, m21, m22, dx, dy = transform.as_affine()
    return QTransform(m11, m12, m21, m22, dx, dy)


def marker(number: int, colour: str) -> QGraphicsItem:
    """A numbered cross-hair that keeps its size on screen whatever the zoom."""
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), 9, 9)
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        path.moveTo(dx * 4, dy * 4)
        path.lineTo(dx * 15, dy * 15)
    ring = QGraphicsPathItem(path)
    ring.setPen(QPen(QColor(colour), 2))
    ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    shadow = QGraphicsPathItem(path, ring)
    shadow.setPen(QPen(QColor(0, 0, 0, 160), 4))
    shadow.setZValue(-1)
    shadow.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
    label = QGraphicsSimpleTextItem(str(number), ring)
    font = QFont()
    font.setBold(True)
    font.setPointSize(11)
    label.setFont(font)
    label.setBrush(QColor(colour))
    label.setPen(QPen(QColor(0, 0, 0), 0.6))
    label.setPos(11, -26)
    ring.setZValue(10)
    return ring


class AlignedView(ZoomableView):
    """The first picture with the second laid over it by the alignment: wipe or blink.

    In wipe mode the second picture shows right of the divider (drag it, or move the
    slider below); in blink mode one picture shows at a time.  Both are framed by the
    first picture: what the second shows outside it is cut off, and where it does not
    reach shows black, never the other picture.
    """

    divider_moved = Signal(float)
    flipped = Signal(bool)  # True: the second picture is showing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setBackgroundBrush(Qt.GlobalColor.black)
        self.viewport().setMouseTracking(True)
        self.base = QGraphicsPixmapItem()
        self.base.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        # The second picture, clipped to what the wipe (or the blink) shows of it.
        self.window_item = QGraphicsRectItem()
        self.window_item.setPen(Qt.PenStyle.NoPen)
        self.window_item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        self.backdrop = QGraphicsRectItem(self.window_item)
        self.backdrop.setPen(Qt.PenStyle.NoPen)
        self.backdrop.setBrush(QBrush(Qt.GlobalColor.black))
        self.overlay = QGraphicsPixmapItem(self.window_item)
        self.overlay.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        for item in (self.base, self.window_item):
            self.scene().addItem(item)
        self.captions = ("", "")
        self.mode = WIPE
        self.divider = 0.5
        self.second_showing = False
        self.zoom = 1.0
        self.fitted = True
        self._dragging = False
        self.timer = QTimer(self)
        self.timer.setInterval(BLINK_MS)
        self.timer.timeout.connect(self.flip)

    # -- content -----------------------------------------------------------------
    def set_pictures(
        self,
        first: QPixmap,
        second: QPixmap,
        transform: Similarity,
        captions: tuple[str, str],
    ) -> None:
        """``second`` moved by ``transform`` (its pixels onto ``first``'s) over ``first``."""
        self.base.setPixmap(first)
        self.overlay.setPixmap(second)
        self.overlay.setTransform(qt_transform(transform))
        self.captions = captions
        frame = QRectF(first.rect())
        self.backdrop.setRect(frame)
        self.scene().setSceneRect(frame)
        self._update_window()
        self.fit()

    @property
    def frame(self) -> QRectF:
        return self.scene().sceneRect()

    def fit_target(self) -> QRectF:
        return self.frame

    # -- wipe and blink ------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        if mode != BLINK:
            self.timer.stop()
        self.second_showing = mode == BLINK and self.second_showing
        self._update_window()

    def set_divider(self, fraction: float) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if fraction == self.divider:
            return
        self.divider = fraction
        self._update_window()
        self.divider_moved.emit(fraction)

    def set_blinking(self, on: bool) -> None:
        if on and self.mode == BLINK:
            self.timer.start()
        else:
            self.timer.stop()

    def flip(self) -> None:
        """The other picture (blink mode)."""
        self.show_second(not self.second_showing)

    def show_second(self, second: bool) -> None:
        self.second_showing = second
        self._update_window()
        self.flipped.emit(second)

    def _update_window(self) -> None:
        frame = self.frame
        if self.mode == WIPE:
            x = frame.left() + frame.width() * self.divider
            self.window_item.setRect(QRectF(x, frame.top(), frame.right() - x, frame.height()))
            self.window_item.setVisible(True)
        else:
            self.window_item.setRect(frame)
            self.window_item.setVisible(self.second_showing)
        self.viewport().update()

    # -- the divider -----------------------------------------------------------------
    def divider_x(self) -> float:
        """Where the divider is on screen (viewport x)."""
        frame = self.frame
        scene_x = frame.left() + frame.width() * self.divider
        return self.mapFromScene(QPointF(scene_x, frame.center().y())).x()

    def _near_divider(self, event: QMouseEvent) -> bool:
        return self.mode == WIPE and abs(event.position().x() - self.divider_x()) <= GRAB_PX

    def _divider_to(self, event: QMouseEvent) -> None:
        frame = self.frame
        scene = self.mapToScene(event.position().toPoint())
        if frame.width() > 0:
            self.set_divider((scene.x() - frame.left()) / frame.width())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._near_divider(event):
            self._dragging = True
            self._divider_to(event)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._divider_to(event)
            event.accept()
            return
        super().mouseMoveEvent(event)
        if not event.buttons():
            shape = (
                Qt.CursorShape.SplitHCursor
                if self._near_divider(event)
                else Qt.CursorShape.OpenHandCursor
            )
            self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._dragging = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -0.02, Qt.Key.Key_Right: 0.02}.get(Qt.Key(event.key()))
        if self.mode == WIPE and step is not None:
            big = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.set_divider(self.divider + step * (5 if big else 1))
            return
        super().keyPressEvent(event)

    # -- drawn over the pictures ----------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.save()
        painter.setWorldMatrixEnabled(False)  # from here on: viewport pixels
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = self.viewport().rect()
        top_left = self.mapFromScene(self.frame.topLeft())
        bottom_right = self.mapFromScene(self.frame.bottomRight())
        top = max(view.top(), top_left.y())
        bottom = min(view.bottom(), bottom_right.y())
        if self.mode == WIPE:
            x = self.divider_x()
            painter.setPen(QPen(QColor(0, 0, 0, 140), 4))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            middle = (top + bottom) / 2
            painter.setBrush(QColor("white"))
            painter.setPen(QPen(QColor(0, 0, 0, 160), 1.5))
            painter.drawEllipse(QPointF(x, middle), 14, 14)
            painter.setBrush(QColor(40, 40, 40))
            painter.setPen(Qt.PenStyle.NoPen)
            for direction in (-1, 1):
                tip = x + direction * 9
                painter.drawPolygon(
                    [
                        QPointF(tip, middle),
                        QPointF(x + direction * 3, middle - 5),
                        QPointF(x + direction * 3, middle + 5),
                    ]
                )
            self._caption(painter, self.captions[0], top, left=max(view.left(), top_left.x()))
            self._caption(painter, self.captions[1], top, right=min(view.right(), bottom_right.x()))
        else:
            shown = self.captions[1] if self.second_showing else self.captions[0]
            self._caption(painter, shown, top, left=max(view.left(), top_left.x()))
        painter.restore()

    def _caption(
        self,
        painter: QPainter,
        text: str,
        top: float,
        *,
        left: float | None = None,
        right: float | None = None,
    ) -> None:
        if not text:
            return
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width, height = metrics.horizontalAdvance(text) + 16, metrics.height() + 8
        x = (left + 8) if left is not None else (right or 0) - 8 - width
        box = QRectF(x, top + 8, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def normalised(scene_pos: QPointF, width: int, height: int) -> Point | None:
    """A click on a picture as a landmark (0..1 of its size); None outside the picture."""
    if width <= 0 or height <= 0:
        return None
    x, y = scene_pos.x() / width, scene_pos.y() / height
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        return None
    return Point(x, y)
