"""Full-size viewing: one photo with zoom and pan, or two side by side in sync.

Full images are decoded only while a viewer is open; the gallery only ever
holds thumbnails.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clinic
from smpdesk.app import photos as photo_cases
from smpdesk.app.clinic import Clinic
from smpdesk.app.photos import ANGLES
from smpdesk.domain.dates import format_medium_date
from smpdesk.errors import UserError
from smpdesk.gui.widgets.save_files import save_bytes


def photo_caption(photo: photo_cases.Photo) -> str:
    when = date.fromisoformat(photo.visit_date)
    return f"{ANGLES.get(photo.angle, photo.angle)} · {format_medium_date(when)}"


class ZoomView(QGraphicsView):
    """A picture you can zoom (wheel, +, -) and pan (drag)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.black)
        self.zoom = 1.0

    def set_image(self, data: bytes) -> bool:
        image = QImage.fromData(data)
        if image.isNull():
            return False
        self._item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self._item.boundingRect())
        self.fit()
        return True

    def fit(self) -> None:
        self.resetTransform()
        self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom = self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(0.02, min(zoom, 8.0))
        factor = zoom / self.zoom if self.zoom else 1.0
        self.scale(factor, factor)
        self.zoom = zoom

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.set_zoom(self.zoom * (1.25 if event.angleDelta().y() > 0 else 0.8))


def _follow(source: QScrollBar, target: QScrollBar) -> None:
    """Same place in both pictures: by fraction of the range, not by pixels,
    so a portrait next to a landscape stays in step."""
    span = source.maximum() - source.minimum()
    fraction = (source.value() - source.minimum()) / span if span else 0.0
    target.setValue(round(target.minimum() + fraction * (target.maximum() - target.minimum())))


class PhotoViewer(QDialog):
    def __init__(self, db: Clinic, photo: photo_cases.Photo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(photo_caption(photo))
        self.resize(1000, 760)
        self.view = ZoomView()
        data = photo_cases.photo_image(db, photo.id)
        if data is None or not self.view.set_image(data):
            raise UserError("This photo could not be shown; it may have been deleted.")
        hint = QLabel("Scroll or press + / − to zoom, drag to move, 0 to fit.")
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        for keys, step in (("+", 1.25), ("=", 1.25), ("-", 0.8)):
            QShortcut(
                QKeySequence(keys), self, lambda s=step: self.view.set_zoom(self.view.zoom * s)
            )
        QShortcut(QKeySequence("0"), self, self.view.fit)


class CompareDialog(QDialog):
    """Before and after, side by side: zoom and pan move both pictures together."""

    def __init__(
        self,
        db: Clinic,
        left: photo_cases.Photo,
        right: photo_cases.Photo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.left, self.right = left, right
        self.setWindowTitle("Compare photos")
        self.resize(1300, 760)
        self.views = [ZoomView(), ZoomView()]
        grid = QGridLayout()
        for column, (view, photo) in enumerate(zip(self.views, (left, right), strict=True)):
            data = photo_cases.photo_image(db, photo.id)
            if data is None or not view.set_image(data):
                raise UserError("One of these photos could not be shown.")
            caption = QLabel(photo_caption(photo))
            caption.setObjectName(f"caption_{column}")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
            grid.addWidget(view, 0, column)
            grid.addWidget(caption, 1, column)
        self._syncing = False
        a, b = self.views
        pairs = [
            (a.horizontalScrollBar(), b.horizontalScrollBar()),
            (a.verticalScrollBar(), b.verticalScrollBar()),
        ]
        for one, other in pairs:
            for source, target in ((one, other), (other, one)):
                source.valueChanged.connect(
                    lambda _v, s=source, t=target: self._sync(lambda: _follow(s, t))
                )
        for view in self.views:
            view.wheelEvent = self._zoom_both  # type: ignore[method-assign]

        export = QPushButton("Export as one JPEG…")
        export.clicked.connect(self.export)
        fit = QPushButton("Fit both")
        fit.clicked.connect(self.fit_both)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Scroll to zoom both, drag to move both."))
        bar.addStretch(1)
        bar.addWidget(fit)
        bar.addWidget(export)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addLayout(bar)

    def _sync(self, apply: Callable[[], None]) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            apply()
        finally:
            self._syncing = False

    def _zoom_both(self, event: QWheelEvent) -> None:
        step = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.zoom_both(step)

    def zoom_both(self, step: float) -> None:
        for view in self.views:
            view.set_zoom(view.zoom * step)

    def fit_both(self) -> None:
        for view in self.views:
            view.fit()

    def export(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name, _ = QFileDialog.getSaveFileName(
            self, "Export comparison", f"{start}/comparison.jpg", "JPEG pictures (*.jpg)"
        )
        if name:
            self.export_to(name)

    def export_to(self, name: str) -> bool:
        try:
            data = photo_cases.comparison_jpeg(self._db, self.left.id, self.right.id)
        except UserError as exc:
            QMessageBox.warning(self, "Not exported", str(exc))
            return False
        written = save_bytes(
            self,
            name,
            data,
            clinic.protected_files(db=self._db),
            suffixes=(".jpg", ".jpeg"),
            what="The comparison picture",
        )
        return written is not None
