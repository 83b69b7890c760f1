"""A picture view that fits its picture until zoomed by hand, shared by the photo viewer
and the lined-up compare (one behaviour for the wheel, Fit and resizing)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView


class ZoomableView(QGraphicsView):
    """Subclasses say what is fitted (:meth:`fit_target`) and set ``zoom`` and
    ``fitted`` in their ``__init__``; a view zoomed by hand stays as it is on resize."""

    zoom: float = 1.0
    fitted: bool = True

    def fit_target(self) -> QGraphicsItem | QRectF:
        raise NotImplementedError

    def fit(self) -> None:
        self.resetTransform()
        self.fitInView(self.fit_target(), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom = self.transform().m11()
        self.fitted = True

    def set_zoom(self, zoom: float) -> None:
        zoom = max(0.02, min(zoom, 8.0))
        factor = zoom / self.zoom if self.zoom else 1.0
        self.scale(factor, factor)
        self.zoom = zoom
        self.fitted = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Still fitted (not zoomed by hand): fitted to the new size, as when shown."""
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.set_zoom(self.zoom * (1.25 if event.angleDelta().y() > 0 else 0.8))
