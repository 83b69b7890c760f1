"""Full-size viewing: one photo with zoom and pan, or two side by side in sync.

Full images are decoded only while a viewer is open; the gallery only ever
holds thumbnails.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPixmap, QShortcut, QWheelEvent
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
from smpdesk.gui.widgets.screen_fit import remember_geometry


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


STEP_KEYS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_PageUp: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_PageDown: 1,
}


class PhotoViewer(QDialog):
    """One photo full size; with ``photos`` (the gallery's order), Previous and Next step
    through them: buttons, the Left/Right arrows and Page Up/Page Down.

    Only the photo shown is decoded; stepping on replaces it.
    """

    def __init__(
        self,
        db: Clinic,
        photo: photo_cases.Photo,
        parent: QWidget | None = None,
        *,
        photos: Sequence[photo_cases.Photo] = (),
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.photos = list(photos) or [photo]
        ids = [p.id for p in self.photos]
        self.index = ids.index(photo.id) if photo.id in ids else 0
        if photo.id not in ids:
            self.photos.insert(0, photo)
        self.setWindowTitle(photo_caption(photo))
        remember_geometry(self, "photo_viewer", 1000, 760)
        self.view = ZoomView()
        self.show_photo(self.index, must=True)
        hint = QLabel("Scroll or press + / − to zoom, drag to move, 0 to fit; ← → for the others.")
        hint.setStyleSheet("color: #555;")
        self.previous_button = QPushButton("◀ Previous")
        self.previous_button.setObjectName("previous_photo")
        self.previous_button.setToolTip("The photo before this one (Left arrow, Page Up)")
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button = QPushButton("Next ▶")
        self.next_button.setObjectName("next_photo")
        self.next_button.setToolTip("The photo after this one (Right arrow, Page Down)")
        self.next_button.clicked.connect(self.show_next)
        self.position = QLabel()
        self.position.setObjectName("photo_position")
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.position)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        for keys, step in (("+", 1.25), ("=", 1.25), ("-", 0.8)):
            QShortcut(
                QKeySequence(keys), self, lambda s=step: self.view.set_zoom(self.view.zoom * s)
            )
        QShortcut(QKeySequence("0"), self, self.view.fit)
        for key in STEP_KEYS:
            QShortcut(QKeySequence(key), self, lambda k=key: self._step(STEP_KEYS[k]))
        # The picture takes arrow keys for scrolling before any shortcut sees them.
        self.view.installEventFilter(self)
        self._update_steps()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # the Qt spelling
        if watched is self.view and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            step = STEP_KEYS.get(Qt.Key(event.key())) if isinstance(event, QKeyEvent) else None
            if step is not None and isinstance(event, QKeyEvent) and not event.modifiers():
                if event.type() == QEvent.Type.KeyPress:
                    self._step(step)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    @property
    def photo(self) -> photo_cases.Photo:
        return self.photos[self.index]

    def show_photo(self, index: int, *, must: bool = False) -> bool:
        """Show ``photos[index]``; False (and the current one stays) if it cannot be shown."""
        photo = self.photos[index]
        data = photo_cases.photo_image(self._db, photo.id)
        if data is None or not self.view.set_image(data):
            if must:
                raise UserError("This photo could not be shown; it may have been deleted.")
            QMessageBox.warning(
                self, "Photos", "That photo could not be shown; it may have been deleted."
            )
            return False
        self.index = index
        self.setWindowTitle(photo_caption(photo))
        return True

    def show_previous(self) -> bool:
        return self._step(-1)

    def show_next(self) -> bool:
        return self._step(1)

    def _step(self, by: int) -> bool:
        target = self.index + by
        if not 0 <= target < len(self.photos):
            return False
        shown = self.show_photo(target)
        self._update_steps()
        return shown

    def _update_steps(self) -> None:
        several = len(self.photos) > 1
        for button in (self.previous_button, self.next_button):
            button.setVisible(several)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.photos) - 1)
        self.position.setText(f"{self.index + 1} of {len(self.photos)}" if several else "")


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
        remember_geometry(self, "photo_compare")  # the whole screen the first time
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
