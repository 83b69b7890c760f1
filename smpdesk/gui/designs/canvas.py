"""The drawing surface of the designer: the base image with the design over it.

:class:`DesignCanvas` is a ``QGraphicsView`` whose scene is the base image at
display size; the design is drawn over it from the :class:`DesignEditor`'s
current design every time that changes (the overlay is a few hundred items at
most, so redrawing it on each mouse move of a drag is cheap and keeps the
picture and the data from ever disagreeing).

The mouse is handled by the view itself rather than by movable items: a press
looks for the nearest handle within a few *screen* pixels (so a handle is as
easy to grab zoomed out as zoomed in), then the active tool decides what a
press elsewhere means.  Points are kept in the design's normalised
coordinates; the scene is ``width x height`` pixels of the displayed image.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from smpdesk.domain.design_geometry import (
    distance_to_polyline,
    effective_hairline_points,
    hairline_curve,
    point_in_polygon,
)
from smpdesk.domain.designs import ZONE_KINDS, Design, Point
from smpdesk.gui.designs import designer_edits as edits
from smpdesk.gui.designs.designer_undo import DesignEditor
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP
from smpdesk.gui.words.core_labels import core_label

#: How near (screen pixels) a press must be to a handle or a line to grab it.
HIT = 9
#: Handle radius on screen, whatever the zoom.
HANDLE_R = 5.5
ZOOM_STEP = 1.25


class Tool(StrEnum):
    SELECT = "select"
    HAIRLINE = "hairline"
    ZONE = "zone"
    SCALE = "scale"


#: The hint the window's status bar shows for each tool (marked for translation: shown
#: through ``translate("designs.canvas", hint)``).
TOOL_HINTS: dict[Tool, str] = {
    Tool.SELECT: QT_TRANSLATE_NOOP(
        "designs.canvas",
        "Select: click a zone or a point; drag a point to move it, arrow keys nudge it "
        "(Shift: 10x), Delete removes it. Drag the picture to move around.",
    ),
    Tool.HAIRLINE: QT_TRANSLATE_NOOP(
        "designs.canvas",
        "Hairline: click to add a point (on the curve to insert one), drag a point to move "
        "it, right-click or Delete removes it. With symmetry, draw the left side.",
    ),
    Tool.ZONE: QT_TRANSLATE_NOOP(
        "designs.canvas",
        "Zone: click the corners of the area; Enter or double-click closes it, "
        "Backspace takes back a corner, Esc cancels.",
    ),
    Tool.SCALE: QT_TRANSLATE_NOOP(
        "designs.canvas",
        "Scale: click two points a known distance apart (e.g. four fingers, about 7 cm, "
        "above the brow), then type the distance in cm.",
    ),
}

HAIRLINE_COLOUR = QColor(255, 196, 0)
MIRROR_COLOUR = QColor(255, 196, 0, 170)
CENTRE_COLOUR = QColor(80, 200, 255)
SCALE_COLOUR = QColor(0, 230, 190)
SELECTED_COLOUR = QColor(255, 60, 60)
DRAFT_COLOUR = QColor(255, 255, 255)


@dataclass(frozen=True)
class Handle:
    """Something the user can grab: a hairline point, a zone corner, the centre line
    or a scale end (``index`` is the point's, ``zone`` the zone's for a corner)."""

    kind: str  # "hairline" | "vertex" | "centre" | "scale"
    index: int = 0
    zone: int = -1


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)  # the same width on screen at any zoom
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class DesignCanvas(QGraphicsView):
    """The base image with the design drawn over it, and the tools that edit it."""

    selection_changed = Signal()
    zone_closed = Signal(object)  # tuple[Point, ...]: a new zone's corners
    scale_marked = Signal(object, object)  # Point, Point: the two scale marks
    message = Signal(str)  # a refusal or a short note for the status bar

    def __init__(
        self,
        editor: DesignEditor,
        base: QImage,
        zone_colours: dict[str, tuple[int, int, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("design_canvas")
        self.editor = editor
        self.zone_colours = zone_colours
        self.setScene(QGraphicsScene(self))
        self.width_px = max(base.width(), 1)
        self.height_px = max(base.height(), 1)
        self.base_item = QGraphicsPixmapItem(QPixmap.fromImage(base))
        self.base_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.base_item)
        self.preview_item = QGraphicsPixmapItem()
        self.preview_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.preview_item.setZValue(1)
        self.preview_item.hide()
        self.scene().addItem(self.preview_item)
        margin = 0.5 * max(self.width_px, self.height_px)  # room to pan an edge to the middle
        self.scene().setSceneRect(
            QRectF(-margin, -margin, self.width_px + 2 * margin, self.height_px + 2 * margin)
        )
        self.setBackgroundBrush(QColor(40, 40, 40))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(self.renderHints().Antialiasing, True)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.tool = Tool.SELECT
        self.selected: Handle | None = None
        self.zone_index = -1
        self.drawing: list[Point] = []  # corners of a zone being drawn
        self.scale_marks: list[Point] = []
        self.guides = True
        self.previewing = False
        self._cursor: Point | None = None
        self._drag: Handle | None = None
        self._drag_text = ""
        self._click_at: QPoint | None = None
        self._pan_from: QPoint | None = None
        self._space = False
        self._auto_fit = True
        self._overlay: list[QGraphicsItem] = []
        editor.changed.connect(self._design_changed)
        self.redraw()

    # -- coordinates -------------------------------------------------------------------
    def to_scene(self, p: Point) -> QPointF:
        return QPointF(p.x * self.width_px, p.y * self.height_px)

    def to_point(self, scene: QPointF) -> Point:
        return Point(scene.x() / self.width_px, scene.y() / self.height_px)

    def to_view(self, p: Point) -> QPoint:
        return self.mapFromScene(self.to_scene(p))

    def point_at(self, view_pos: QPoint) -> Point:
        return self.to_point(self.mapToScene(view_pos))

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def norm_per_pixel(self) -> tuple[float, float]:
        """One screen pixel in normalised x and y at the current zoom."""
        z = self.zoom or 1.0
        return 1.0 / (z * self.width_px), 1.0 / (z * self.height_px)

    # -- tools, selection -----------------------------------------------------------
    def set_tool(self, tool: Tool) -> None:
        if tool != self.tool:
            self.drawing.clear()
            self.scale_marks.clear()
        self.tool = tool
        self.setCursor(
            Qt.CursorShape.ArrowCursor if tool == Tool.SELECT else Qt.CursorShape.CrossCursor
        )
        self.redraw()

    def select(self, handle: Handle | None, zone: int | None = None) -> None:
        self.selected = handle
        if handle is not None and handle.kind == "vertex":
            zone = handle.zone
        if zone is not None:
            self.zone_index = zone
        self.redraw()
        self.selection_changed.emit()

    def select_zone(self, index: int) -> None:
        keep = self.selected if self.selected and self.selected.kind != "vertex" else None
        self.select(keep, index)

    def _design_changed(self) -> None:
        """After any change (undo included) the selection must still name something."""
        design = self.editor.design
        if not -1 <= self.zone_index < len(design.zones):
            self.zone_index = -1
        h = self.selected
        if h is not None and not self._exists(h, design):
            self.selected = None
        self.redraw()
        self.selection_changed.emit()

    @staticmethod
    def _exists(h: Handle, design: Design) -> bool:
        if h.kind == "hairline":
            return h.index < len(edits.hairline_of(design).points)
        if h.kind == "vertex":
            return h.zone < len(design.zones) and h.index < len(design.zones[h.zone].points)
        if h.kind == "scale":
            return design.scale is not None
        return design.hairline is not None

    # -- zoom and pan ------------------------------------------------------------------
    def fit(self) -> None:
        self._auto_fit = True
        self.resetTransform()
        self.fitInView(self.base_item, Qt.AspectRatioMode.KeepAspectRatio)
        self.redraw()

    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False
        target = min(max(self.zoom * factor, 0.02), 40.0)
        factor = target / self.zoom if self.zoom else 1.0
        self.scale(factor, factor)
        self.redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        if self._auto_fit:
            self.resetTransform()
            self.fitInView(self.base_item, Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    # -- preview -----------------------------------------------------------------------
    def set_preview(self, image: QImage | None) -> None:
        """Show ``image`` (the SMP preview, any size) over the base, or the base alone."""
        self.previewing = image is not None
        if image is None:
            self.preview_item.hide()
        else:
            self.preview_item.setPixmap(QPixmap.fromImage(image))
            self.preview_item.setScale(self.width_px / max(image.width(), 1))
            self.preview_item.show()
        self.redraw()

    def set_guides(self, visible: bool) -> None:
        self.guides = visible
        self.redraw()

    # -- hit testing -------------------------------------------------------------------
    def handle_at(self, pos: QPoint) -> Handle | None:
        """The handle within :data:`HIT` screen pixels of ``pos``, the nearest first."""
        design = self.editor.design
        best: tuple[float, Handle] | None = None

        def consider(p: Point, handle: Handle) -> None:
            nonlocal best
            v = self.to_view(p)
            d = math.hypot(v.x() - pos.x(), v.y() - pos.y())
            if d <= HIT and (best is None or d < best[0]):
                best = (d, handle)

        if 0 <= self.zone_index < len(design.zones):
            for i, p in enumerate(design.zones[self.zone_index].points):
                consider(p, Handle("vertex", i, self.zone_index))
        for i, p in enumerate(edits.hairline_of(design).points):
            consider(p, Handle("hairline", i))
        if design.scale is not None:
            consider(design.scale.a, Handle("scale", 0))
            consider(design.scale.b, Handle("scale", 1))
        if best is not None:
            return best[1]
        if self._centre_visible():
            x = self.to_view(Point(edits.hairline_of(design).centre_x, 0.0)).x()
            if abs(x - pos.x()) <= HIT / 2 + 1:
                return Handle("centre")
        return None

    def zone_at(self, p: Point) -> int:
        zones = self.editor.design.zones
        for i in range(len(zones) - 1, -1, -1):
            if point_in_polygon(p, zones[i].points):
                return i
        return -1

    def _near_curve(self, p: Point) -> bool:
        design = self.editor.design
        h = edits.hairline_of(design)
        if len(effective_hairline_points(h)) < 2:
            return False
        curve = hairline_curve(h, design.aspect)
        tolerance = HIT / ((self.zoom or 1.0) * self.height_px)  # in height units
        return distance_to_polyline(p, curve, design.aspect) <= tolerance

    # -- mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        button = event.button()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space
        ):
            self._start_pan(pos)
            return
        if button == Qt.MouseButton.RightButton and self.guides:
            handle = self.handle_at(pos)
            if handle is not None:
                self.remove(handle)
            elif self.drawing:
                self.drawing.pop()
                self.redraw()
            return
        if button != Qt.MouseButton.LeftButton:
            return
        if not self.guides:
            # The guides are hidden (showing the client): the picture only moves.
            self.message.emit(self.tr("The lines are hidden: press G (Guides) to edit again."))
            self._start_pan(pos)
            return
        p = self.point_at(pos)
        handle = self.handle_at(pos)
        if handle is not None and not (self.tool == Tool.ZONE and self.drawing):
            self.select(handle)
            self._drag = handle
            self._drag_text = {
                "hairline": self.tr("Move hairline point"),
                "vertex": self.tr("Move zone corner"),
                "centre": self.tr("Move centre line"),
                "scale": self.tr("Move scale mark"),
            }[handle.kind]
            if handle.kind == "centre" and self.tool == Tool.HAIRLINE:
                self._click_at = pos  # a click (no drag) on the line adds the apex there
            return
        if self.tool == Tool.HAIRLINE:
            self._add_hairline_point(p)
        elif self.tool == Tool.ZONE:
            self._add_corner(p, pos)
        elif self.tool == Tool.SCALE:
            self._mark_scale(p)
        else:
            zone = self.zone_at(p)
            self.select(None, zone)
            if zone < 0:
                self._start_pan(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta = pos - self._pan_from
            self._pan_from = pos
            bar_x, bar_y = self.horizontalScrollBar(), self.verticalScrollBar()
            bar_x.setValue(bar_x.value() - delta.x())
            bar_y.setValue(bar_y.value() - delta.y())
            return
        p = self.point_at(pos)
        if self._click_at is not None:
            if (pos - self._click_at).manhattanLength() < 4:
                return
            self._click_at = None  # it moved: a drag after all
        if self._drag is not None:
            self.editor.show(self._dragged(self._drag, p))
            return
        if self.drawing or self.scale_marks:
            self._cursor = p
            self.redraw()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self._update_cursor()
            return
        if self._click_at is not None:
            self._click_at = None
            self._drag = None
            self._add_hairline_point(self.point_at(event.position().toPoint()))
            self._drag = None  # the button is up: nothing follows the mouse
            return
        if self._drag is not None:
            self._drag = None
            self.editor.finish(self._drag_text)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.tool == Tool.ZONE and self.drawing:
            pos = event.position().toPoint()
            self._add_corner(self.point_at(pos), pos)  # ignored if the press just added it
            self.close_zone()
            return
        # Everything else: the press before this already did what a click does.

    def _start_pan(self, pos: QPoint) -> None:
        self._pan_from = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def _update_cursor(self) -> None:
        if self._space:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif self.tool == Tool.SELECT:
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def _dragged(self, handle: Handle, p: Point) -> Design:
        design = self.editor.design
        if handle.kind == "hairline":
            return edits.move_hairline_point(design, handle.index, p)
        if handle.kind == "vertex":
            return edits.move_zone_vertex(design, handle.zone, handle.index, p)
        if handle.kind == "scale":
            return edits.move_scale_end(design, handle.index, p)
        return edits.move_centre(design, p.x)

    # -- the tools' clicks ---------------------------------------------------------------
    def _add_hairline_point(self, p: Point) -> None:
        snap = self.norm_per_pixel()[0] * HIT
        try:
            design, index = edits.add_hairline_point(self.editor.design, p, snap_centre=snap)
        except edits.EditRefused as err:
            self.message.emit(str(err))
            return
        self.editor.apply(design, self.tr("Add hairline point"))
        self.select(Handle("hairline", index))
        # Keep the button down and drag: the new point follows.
        self._drag, self._drag_text = Handle("hairline", index), self.tr("Move hairline point")

    def _add_corner(self, p: Point, pos: QPoint) -> None:
        if self.drawing:
            last = self.to_view(self.drawing[-1])
            if math.hypot(last.x() - pos.x(), last.y() - pos.y()) <= 3:
                return  # the second press of a double-click
            first = self.to_view(self.drawing[0])
            if (
                len(self.drawing) >= 3
                and math.hypot(first.x() - pos.x(), first.y() - pos.y()) <= HIT
            ):
                self.close_zone()
                return
        self.drawing.append(edits.clamp_point(p))
        self._cursor = p
        self.redraw()

    def close_zone(self) -> bool:
        """Finish the zone being drawn (three corners at least); False if there is none."""
        if len(self.drawing) < 3:
            if self.drawing:
                self.message.emit(self.tr("A zone needs at least three corners."))
            return False
        corners = tuple(self.drawing)
        self.drawing.clear()
        self._cursor = None
        self.zone_closed.emit(corners)
        self.redraw()
        return True

    def _mark_scale(self, p: Point) -> None:
        self.scale_marks.append(edits.clamp_point(p))
        if len(self.scale_marks) == 2:
            a, b = self.scale_marks
            self.scale_marks.clear()
            self._cursor = None
            if a == b:
                self.message.emit(self.tr("Mark two different points for the scale."))
            else:
                self.scale_marked.emit(a, b)
        self.redraw()

    def remove(self, handle: Handle) -> None:
        design = self.editor.design
        try:
            if handle.kind == "hairline":
                self.editor.apply(
                    edits.remove_hairline_point(design, handle.index),
                    self.tr("Remove hairline point"),
                )
            elif handle.kind == "vertex":
                self.editor.apply(
                    edits.remove_zone_vertex(design, handle.zone, handle.index),
                    self.tr("Remove zone corner"),
                )
            elif handle.kind == "scale":
                self.editor.apply(replace(design, scale=None), self.tr("Remove scale"))
            else:
                return
        except edits.EditRefused as err:
            self.message.emit(str(err))
            return
        self.select(None)

    # -- keys --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space = True
                self._update_cursor()
            event.accept()
            return
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows and not mods & ~Qt.KeyboardModifier.ShiftModifier & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            dx, dy = arrows[Qt.Key(key)]
            self.nudge(dx, dy, big=bool(mods & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close_zone()
            event.accept()  # never the dialog's default button from the canvas
            return
        if key == Qt.Key.Key_Backspace and self.drawing:
            self.drawing.pop()
            self.redraw()
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and (self.drawing or self.scale_marks or self._drag):
            self.cancel()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and (self.selected is not None or self.zone_index >= 0):
            self.select(None, -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._update_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def cancel(self) -> None:
        """Drop a zone or scale being marked, or a drag in progress."""
        self.drawing.clear()
        self.scale_marks.clear()
        self._cursor = None
        if self._drag is not None:
            self._drag = None
            self.editor.abandon()
        self.redraw()

    def nudge(self, dx: int, dy: int, *, big: bool = False) -> bool:
        """Move the selected point by one screen pixel (ten with ``big``); one undo step."""
        handle = self.selected
        if handle is None:
            return False
        design = self.editor.design
        current = self._handle_point(handle, design)
        if current is None:
            return False
        step_x, step_y = self.norm_per_pixel()
        factor = 10 if big else 1
        target = Point(current.x + dx * step_x * factor, current.y + dy * step_y * factor)
        self.editor.apply(self._dragged(handle, target), self.tr("Nudge point"))
        return True

    @staticmethod
    def _handle_point(handle: Handle, design: Design) -> Point | None:
        if handle.kind == "hairline":
            points = edits.hairline_of(design).points
            return points[handle.index] if handle.index < len(points) else None
        if handle.kind == "vertex":
            if handle.zone >= len(design.zones):
                return None
            zone_points = design.zones[handle.zone].points
            return zone_points[handle.index] if handle.index < len(zone_points) else None
        if handle.kind == "scale":
            s = design.scale
            return None if s is None else (s.a if handle.index == 0 else s.b)
        return Point(edits.hairline_of(design).centre_x, 0.5)

    def delete_selected(self) -> None:
        """Delete removes the selected point, else the selected zone."""
        if self.selected is not None and self.selected.kind != "centre":
            self.remove(self.selected)
        elif 0 <= self.zone_index < len(self.editor.design.zones):
            index = self.zone_index
            self.editor.apply(edits.delete_zone(self.editor.design, index), self.tr("Delete zone"))
            self.select(None, -1)

    # -- drawing -----------------------------------------------------------------------
    def _centre_visible(self) -> bool:
        h = edits.hairline_of(self.editor.design)
        return h.symmetric and (bool(h.points) or self.tool == Tool.HAIRLINE)

    def _add(self, item: QGraphicsItem, z: float) -> None:
        item.setZValue(z)
        self.scene().addItem(item)
        self._overlay.append(item)

    def _dot(self, p: Point, radius: float, pen: QPen, brush: QBrush, z: float) -> None:
        dot = QGraphicsEllipseItem(-radius, -radius, 2 * radius, 2 * radius)
        dot.setPos(self.to_scene(p))
        dot.setPen(pen)
        dot.setBrush(brush)
        dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._add(dot, z)

    def _label(self, text: str, at: QPointF, colour: QColor, z: float) -> None:
        label = QGraphicsSimpleTextItem(text)
        font = QFont()
        font.setBold(True)
        label.setFont(font)
        label.setBrush(colour)
        label.setPen(_pen(QColor(0, 0, 0, 200), 0.6))
        label.setPos(at)
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._add(label, z)

    def _path(self, points: list[Point], *, closed: bool = False) -> QPainterPath:
        path = QPainterPath()
        if points:
            path.moveTo(self.to_scene(points[0]))
            for p in points[1:]:
                path.lineTo(self.to_scene(p))
            if closed:
                path.closeSubpath()
        return path

    def redraw(self) -> None:
        """Draw the current design over the base (or the preview)."""
        scene = self.scene()
        for item in self._overlay:
            scene.removeItem(item)
        self._overlay.clear()
        design = self.editor.design
        faint = self.previewing
        if self.guides:
            self._draw_zones(design, faint)
            self._draw_hairline(design, faint)
            self._draw_scale(design)
            self._draw_handles(design)
        self._draw_drafts()

    def _draw_zones(self, design: Design, faint: bool) -> None:
        for i, zone in enumerate(design.zones):
            r, g, b = self.zone_colours.get(zone.kind, (255, 255, 255))
            selected = i == self.zone_index
            item = QGraphicsPolygonItem(QPolygonF([self.to_scene(p) for p in zone.points]))
            item.setPen(_pen(QColor(r, g, b, 150 if faint else 255), 3 if selected else 1.6))
            if not faint:
                item.setBrush(QColor(r, g, b, 80 if selected else 45))
            self._add(item, 2 + (0.5 if selected else 0))
            # Sessions laid over one area share one label: "3+4 Mid-scalp · S1-2".
            same = [
                j
                for j, z in enumerate(design.zones)
                if (z.kind, z.points) == (zone.kind, zone.points)
            ]
            if same[-1] != i:
                continue
            xs = [p.x for p in zone.points]
            ys = [p.y for p in zone.points]
            centre = self.to_scene(Point(sum(xs) / len(xs), sum(ys) / len(ys)))
            layers = sorted({design.zones[j].layer for j in same})
            sessions = (
                self.tr("S{session}", "short for session {session}").format(session=layers[0])
                if len(layers) == 1
                else self.tr("S{first}–{last}", "short for sessions {first} to {last}").format(
                    first=layers[0], last=layers[-1]
                )
            )
            numbers = "+".join(str(j + 1) for j in same)
            label = f"{numbers} {core_label(ZONE_KINDS.get(zone.kind, zone.kind))} · {sessions}"
            self._label(label, centre, QColor(255, 255, 255), 6)

    def _draw_hairline(self, design: Design, faint: bool) -> None:
        h = edits.hairline_of(design)
        if self._centre_visible():
            x = h.centre_x * self.width_px
            line = QGraphicsLineItem(x, 0, x, self.height_px)
            line.setPen(_pen(CENTRE_COLOUR, 1.5, Qt.PenStyle.DashLine))
            self._add(line, 3)
        effective = effective_hairline_points(h)
        if len(effective) >= 2:
            path = self._path(hairline_curve(h, design.aspect))
            under = QGraphicsPathItem(path)
            under.setPen(_pen(QColor(0, 0, 0, 120 if faint else 160), 4.5))
            self._add(under, 3)
            over = QGraphicsPathItem(path)
            colour = QColor(HAIRLINE_COLOUR)
            if faint:
                colour.setAlpha(150)
            over.setPen(_pen(colour, 2.2))
            self._add(over, 3.1)
        if h.symmetric:
            drawn = set(h.points)
            for p in effective:
                if p not in drawn:  # a mirror image: drawn, not grabbed
                    none = QBrush(Qt.BrushStyle.NoBrush)
                    self._dot(p, 4.5, _pen(QColor(0, 0, 0, 150), 3.5), none, 4)
                    self._dot(p, 4.5, _pen(MIRROR_COLOUR, 1.8), none, 4.1)

    def _draw_scale(self, design: Design) -> None:
        s = design.scale
        if s is None:
            return
        line = QGraphicsLineItem(
            self.to_scene(s.a).x(),
            self.to_scene(s.a).y(),
            self.to_scene(s.b).x(),
            self.to_scene(s.b).y(),
        )
        line.setPen(_pen(SCALE_COLOUR, 2))
        self._add(line, 3)
        mid = Point((s.a.x + s.b.x) / 2, (s.a.y + s.b.y) / 2)
        self._label(f"{s.cm:g} cm", self.to_scene(mid), SCALE_COLOUR, 6)

    def _draw_handles(self, design: Design) -> None:
        white = _pen(QColor(255, 255, 255), 1.5)

        def handle(p: Point, h: Handle, colour: QColor) -> None:
            chosen = h == self.selected
            fill = SELECTED_COLOUR if chosen else colour
            self._dot(p, HANDLE_R + (1.5 if chosen else 0), white, QBrush(fill), 5)

        if 0 <= self.zone_index < len(design.zones):
            zone = design.zones[self.zone_index]
            r, g, b = self.zone_colours.get(zone.kind, (255, 255, 255))
            for i, p in enumerate(zone.points):
                handle(p, Handle("vertex", i, self.zone_index), QColor(r, g, b))
        for i, p in enumerate(edits.hairline_of(design).points):
            handle(p, Handle("hairline", i), HAIRLINE_COLOUR)
        if design.scale is not None:
            handle(design.scale.a, Handle("scale", 0), SCALE_COLOUR)
            handle(design.scale.b, Handle("scale", 1), SCALE_COLOUR)

    def _draw_drafts(self) -> None:
        draft = _pen(DRAFT_COLOUR, 1.6, Qt.PenStyle.DashLine)
        if self.drawing:
            points = list(self.drawing)
            if self._cursor is not None:
                points.append(self._cursor)
            item = QGraphicsPathItem(self._path(points))
            item.setPen(draft)
            self._add(item, 7)
            for p in self.drawing:
                mark = QGraphicsRectItem(-3.5, -3.5, 7, 7)
                mark.setPos(self.to_scene(p))
                mark.setPen(_pen(QColor(0, 0, 0), 1))
                mark.setBrush(DRAFT_COLOUR)
                mark.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
                self._add(mark, 7.5)
        if self.scale_marks:
            points = list(self.scale_marks)
            if self._cursor is not None:
                points.append(self._cursor)
            item = QGraphicsPathItem(self._path(points))
            item.setPen(_pen(SCALE_COLOUR, 2, Qt.PenStyle.DashLine))
            self._add(item, 7)
            self._dot(self.scale_marks[0], 4, _pen(QColor(0, 0, 0), 1), QBrush(SCALE_COLOUR), 7.5)


__all__ = ["HIT", "TOOL_HINTS", "DesignCanvas", "Handle", "Tool"]
