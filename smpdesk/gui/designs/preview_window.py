"""Show the client their SMP preview: before / after, a slider wipe, session by session.

The pictures come from :func:`smpdesk.app.designs.render_design`, the same
renderer the CLI and the PDFs use, so what the client sees on screen is what
they take home.  On screen the preview is rendered at the window's size (fast
enough to switch sessions without waiting); "Save full resolution…" renders
again at the base photo's own size.

The wipe is the usual way to compare: a vertical divider over the picture,
"before" on its left and "after" on its right, dragged with the mouse (or the
slider under it, or the arrow keys), so the client looks at one spot of their
head while the pigment appears and disappears.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clinic as clinic_cases
from smpdesk.app import designs as design_cases
from smpdesk.app.clinic import Clinic
from smpdesk.errors import UserError
from smpdesk.gui.dates import format_medium_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.save_files import save_bytes
from smpdesk.gui.widgets.screen_fit import available_geometry, fit_to_screen

if TYPE_CHECKING:
    from PIL.Image import Image

MODES = ("before", "wipe", "after", "drawing")
#: The mode buttons' words (shown through ``translate("designs.preview_window", word)``).
MODE_WORDS = {
    "before": QT_TRANSLATE_NOOP("designs.preview_window", "Before"),
    "wipe": QT_TRANSLATE_NOOP("designs.preview_window", "Wipe"),
    "after": QT_TRANSLATE_NOOP("designs.preview_window", "After"),
    "drawing": QT_TRANSLATE_NOOP("designs.preview_window", "Design drawing"),
}
#: Longest side of the on-screen renders: sharp on a full-HD screen, quick to make.
SCREEN_SIDE_MAX = 1600
_HANDLE = QColor("#ffffff")
_LANCZOS = 1  # PIL.Image.Resampling.LANCZOS, without importing Pillow at start-up
_SHADOW = QColor(0, 0, 0, 110)


def qimage_from_pil(image: Image) -> QImage:
    """A Qt copy of a Pillow picture (RGB), without importing Pillow here.

    ``copy()`` detaches the QImage from the Python bytes it was made over.
    """
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    data = rgb.tobytes()
    width, height = rgb.size
    return QImage(data, width, height, width * 3, QImage.Format.Format_RGB888).copy()


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a picture is decoded or rendered (a second or two at worst)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def local_day(timestamp: str | None) -> str:
    """A stored UTC timestamp (or a plain day) as the day it was here: "3 Nov 2026"."""
    if not timestamp:
        return ""
    try:
        if len(timestamp) == 10:  # a day already (a photo's visit date): no clock to shift
            return format_medium_date(date.fromisoformat(timestamp))
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp[:10]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_medium_date(moment.astimezone().date())


def session_choices(layers: int) -> list[tuple[str, int | None]]:
    """ "Session 1", "Session 2", …, "Final": the layers a client can be shown.

    The last layer is the finished result, so it is called "Final" (``None``:
    every zone) rather than by its number.
    """
    choices: list[tuple[str, int | None]] = [
        (translate("designs.preview_window", "Session {session}").format(session=n), n)
        for n in range(1, layers)
    ]
    final = (
        translate("designs.preview_window", "Final (after session {session})").format(
            session=layers
        )
        if layers > 1
        else translate("designs.preview_window", "Final")
    )
    return [*choices, (final, None)]


class ScaledPicture(QLabel):
    """A picture shown as large as its box allows, never stretched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(240, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("background: #20262b;")
        self._full = QPixmap()

    def set_picture(self, pixmap: QPixmap) -> None:
        self._full = pixmap
        self._rescale()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._full.isNull():
            self.setText(self.tr("No preview"))
            return
        self.setPixmap(
            self._full.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class WipeView(QWidget):
    """Before and after in one frame, split by a divider the user drags.

    ``split`` (0..1 of the picture's width) is where the divider stands: the
    "before" picture shows left of it, the "after" picture right of it.  A
    press anywhere on the picture moves the divider there, so a client need not
    hit a thin line; dragging follows the pointer.  ``mode`` "before", "after"
    or "drawing" shows one picture whole.
    """

    split_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wipe_view")
        self.setAccessibleName(self.tr("Before and after"))
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.before = QImage()
        self.after = QImage()
        self.drawing = QImage()
        self.mode = "wipe"
        self.split = 0.5
        self._dragging = False

    # -- state -------------------------------------------------------------
    def set_images(self, before: QImage, after: QImage, drawing: QImage | None = None) -> None:
        self.before, self.after = before, after
        if drawing is not None:
            self.drawing = drawing
        self.update()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        self.setCursor(
            Qt.CursorShape.SplitHCursor if mode == "wipe" else Qt.CursorShape.ArrowCursor
        )
        self.update()

    def set_split(self, split: float) -> None:
        split = min(max(split, 0.0), 1.0)
        if abs(split - self.split) < 1e-9:
            return
        self.split = split
        self.update()
        self.split_changed.emit(split)

    def image_rect(self) -> QRectF:
        """Where the picture sits: as large as fits, centred, never stretched."""
        shown = self.after if not self.after.isNull() else self.before
        if shown.isNull():
            return QRectF(self.rect())
        area = QRectF(self.rect())
        scale = min(area.width() / shown.width(), area.height() / shown.height())
        width, height = shown.width() * scale, shown.height() * scale
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def divider_x(self) -> float:
        rect = self.image_rect()
        return rect.left() + self.split * rect.width()

    # -- input -------------------------------------------------------------
    def _split_at(self, x: float) -> float:
        rect = self.image_rect()
        return (x - rect.left()) / rect.width() if rect.width() > 0 else 0.5

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.mode != "wipe" or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._dragging = True
        self.set_split(self._split_at(event.position().x()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging and event.buttons() & Qt.MouseButton.LeftButton:
            self.set_split(self._split_at(event.position().x()))
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = False
            self.set_split(self._split_at(event.position().x()))
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left and right move the divider (Shift: in bigger steps)."""
        step = 0.1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.02
        if self.mode == "wipe" and event.key() == Qt.Key.Key_Left:
            self.set_split(self.split - step)
        elif self.mode == "wipe" and event.key() == Qt.Key.Key_Right:
            self.set_split(self.split + step)
        else:
            super().keyPressEvent(event)

    # -- painting ----------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#20262b"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = self.image_rect()
        if self.mode == "before":
            self._draw(painter, self.before, target, target)
            self._label(painter, self.tr("Before"), target, left=True)
        elif self.mode == "after":
            self._draw(painter, self.after, target, target)
            self._label(painter, self.tr("After"), target, left=True)
        elif self.mode == "drawing":
            self._draw(painter, self.drawing, target, target)
        else:
            cut = self.divider_x()
            left = QRectF(target.left(), target.top(), cut - target.left(), target.height())
            right = QRectF(cut, target.top(), target.right() - cut, target.height())
            self._draw(painter, self.before, target, left)
            self._draw(painter, self.after, target, right)
            self._divider(painter, cut, target)
            self._label(painter, self.tr("Before"), target, left=True)
            self._label(painter, self.tr("After"), target, left=False)
        painter.end()

    @staticmethod
    def _draw(painter: QPainter, image: QImage, target: QRectF, clip: QRectF) -> None:
        """The part of ``image`` (scaled to ``target``) that falls inside ``clip``."""
        if image.isNull() or clip.width() <= 0:
            return
        painter.save()
        painter.setClipRect(clip)
        painter.drawImage(target, image)
        painter.restore()

    @staticmethod
    def _divider(painter: QPainter, x: float, target: QRectF) -> None:
        painter.setPen(QPen(_SHADOW, 4))
        painter.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()))
        painter.setPen(QPen(_HANDLE, 2))
        painter.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()))
        centre = QPointF(x, target.center().y())
        painter.setPen(QPen(_SHADOW, 1))
        painter.setBrush(_HANDLE)
        painter.drawEllipse(centre, 14, 14)
        painter.setPen(QPen(QColor("#333b42"), 2))
        for sign in (-1, 1):  # ◀ ▶ arrows on the handle: "drag me sideways"
            tip = QPointF(x + sign * 9, centre.y())
            painter.drawLine(tip, QPointF(x + sign * 4, centre.y() - 5))
            painter.drawLine(tip, QPointF(x + sign * 4, centre.y() + 5))

    @staticmethod
    def _label(painter: QPainter, text: str, target: QRectF, *, left: bool) -> None:
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 8
        x = target.left() + 10 if left else target.right() - 10 - width
        box = QRectF(x, target.top() + 10, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 140))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class PreviewWindow(QDialog):
    """The SMP preview of one design version, for showing the client and exporting."""

    def __init__(
        self,
        db: Clinic,
        design_id: int,
        parent: QWidget | None = None,
        *,
        screen_side: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("design_preview_window")
        self._db = db
        self.design_id = design_id
        self.record = design_cases.get_design(db, design_id)
        self.setWindowTitle(
            self.tr("SMP preview — design version {version}").format(version=self.record.version)
        )
        fit_to_screen(self, 1240, None)
        area = available_geometry(self)
        self._side = screen_side or min(SCREEN_SIDE_MAX, max(area.width(), area.height()))
        self._renders: dict[tuple[int | None, bool], QImage] = {}
        self._before: QImage | None = None

        self.view = WipeView()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("wipe_slider")
        self.slider.setRange(0, 1000)
        self.slider.setValue(500)
        self.slider.setAccessibleName(self.tr("Divider position"))
        self.slider.valueChanged.connect(lambda value: self.view.set_split(value / 1000))
        self.view.split_changed.connect(self._follow_split)

        self.mode_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        modes = QHBoxLayout()
        modes.setSpacing(0)
        for mode in MODES:
            button = QPushButton(translate("designs.preview_window", MODE_WORDS[mode]))
            button.setObjectName(f"mode_{mode}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            group.addButton(button)
            modes.addWidget(button)
            self.mode_buttons[mode] = button
        self.mode_buttons["before"].setToolTip(self.tr("The photo as it is (B)"))
        self.mode_buttons["after"].setToolTip(self.tr("With the SMP simulated (A)"))
        self.mode_buttons["wipe"].setToolTip(
            self.tr("Drag the divider: before on the left, after on the right")
        )
        self.mode_buttons["drawing"].setToolTip(self.tr("The hairline and zones as drawn"))

        self.session_box = QComboBox()
        self.session_box.setObjectName("session_box")
        self.session_box.setAccessibleName(self.tr("Session"))
        for label, layer in session_choices(self.record.design.layers):
            self.session_box.addItem(label, layer)
        self.session_box.setCurrentIndex(self.session_box.count() - 1)
        self.session_box.currentIndexChanged.connect(lambda _i: self._show_layer())

        self.save_button = QPushButton(self.tr("Save full resolution…"))
        self.save_button.setObjectName("save_full_resolution")
        self.save_button.setToolTip(
            self.tr("The preview shown, at the photo's own size, as a JPEG")
        )
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        caption = (
            self.tr(
                "Design version {version}, approved {date} by {name}. A simulation: healed "
                "results vary with skin type, sun and aftercare."
            )
            if self.record.approved_at
            else self.tr(
                "Design version {version}, not approved yet. A simulation: healed results "
                "vary with skin type, sun and aftercare."
            )
        )
        self.caption = QLabel(
            caption.format(
                version=self.record.version,
                date=local_day(self.record.approved_at),
                name=self.record.approved_name,
            )
        )
        self.caption.setObjectName("preview_caption")
        self.caption.setStyleSheet("color: #5b6670;")
        self.caption.setWordWrap(True)

        top = QHBoxLayout()
        top.addLayout(modes)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.session_box)
        top.addStretch(1)
        top.addWidget(self.save_button)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Before")))
        bottom.addWidget(self.slider, 1)
        bottom.addWidget(QLabel(self.tr("After")))
        bottom.addSpacing(16)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        layout.addLayout(bottom)
        self.set_mode("wipe")
        self._show_layer()

    # -- what is shown -----------------------------------------------------
    @property
    def layer(self) -> int | None:
        """The session chosen (None: the final result, every zone)."""
        value = self.session_box.currentData()
        return int(value) if value is not None else None

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)
        self.view.set_mode(mode)
        self.slider.setEnabled(mode == "wipe")
        if mode == "wipe":
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render(self, *, preview: bool) -> QImage:
        key = (self.layer, preview)
        image = self._renders.get(key)
        if image is None:
            rendered = design_cases.render_design(
                self._db, self.design_id, layer=self.layer, preview=preview, max_side=self._side
            )
            image = qimage_from_pil(rendered)
            self._renders[key] = image
        return image

    def _before_image(self, size: QImage) -> QImage:
        """The photo alone, at the size of the render (the wipe lines them up pixel for pixel)."""
        if self._before is None or self._before.size() != size.size():
            base = design_cases.base_image(self._db, self.record.design)
            wanted = (size.width(), size.height())
            if base.size != wanted:
                # Reduced as render_design reduces it (Lanczos, reducing gap 2), so the two
                # sides of the divider differ only by the pigment.
                base = base.resize(wanted, _LANCZOS, reducing_gap=2.0)
            self._before = qimage_from_pil(base)
        return self._before

    def _show_layer(self) -> None:
        try:
            with busy():
                after = self._render(preview=True)
                drawing = self._render(preview=False)
                before = self._before_image(after)
        except UserError as exc:
            # The base photo deleted (or damaged): the saved preview is all there is.
            self._show_saved_only(str(exc))
            return
        self.view.set_images(before, after, drawing)

    def _show_saved_only(self, why: str) -> None:
        saved = QImage.fromData(design_cases.design_preview(self._db, self.design_id))
        self.view.set_images(QImage(), saved, QImage())
        for mode in ("before", "wipe", "drawing"):
            self.mode_buttons[mode].setEnabled(False)
        self.session_box.setEnabled(False)
        self.save_button.setEnabled(False)
        self.set_mode("after")
        self.caption.setText(
            self.tr("{reason} Shown: the preview as saved with version {version}.").format(
                reason=why, version=self.record.version
            )
        )

    def _follow_split(self, split: float) -> None:
        value = round(split * 1000)
        if self.slider.value() != value:
            self.slider.blockSignals(True)
            self.slider.setValue(value)
            self.slider.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """B and A flip to before / after, W back to the wipe: quick while talking."""
        keys = {Qt.Key.Key_B: "before", Qt.Key.Key_A: "after", Qt.Key.Key_W: "wipe"}
        mode = keys.get(Qt.Key(event.key()))
        if mode is not None and not event.modifiers():
            self.set_mode(mode)
            return
        super().keyPressEvent(event)

    # -- export ------------------------------------------------------------
    def suggested_name(self) -> str:
        which = f"session-{self.layer}" if self.layer is not None else "final"
        kind = "drawing" if self.view.mode == "drawing" else "preview"
        return f"smp-design-v{self.record.version}-{kind}-{which}.jpg"

    def save(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the preview"),
            f"{start}/{self.suggested_name()}",
            self.tr("JPEG pictures (*.jpg)"),
        )
        if name:
            self.save_to(name)

    def save_to(self, name: str) -> bool:
        """Render at full resolution and write ``name`` (the clinic's own files refused)."""
        preview = self.view.mode != "drawing"
        return write_design_jpeg(
            self, self._db, self.design_id, name, layer=self.layer, preview=preview
        )


def write_design_jpeg(
    parent: QWidget,
    db: Clinic,
    design_id: int,
    name: str,
    *,
    layer: int | None = None,
    preview: bool,
) -> bool:
    """Write a design's drawing or preview to ``name`` as JPEG: the same file
    `smpdesk design-render` writes; the clinic's own files are refused."""
    try:
        with busy():
            data = design_cases.design_jpeg(db, design_id, layer=layer, preview=preview)
    except UserError as exc:
        QMessageBox.warning(parent, translate("designs.preview_window", "Not saved"), str(exc))
        return False
    written = save_bytes(
        parent,
        name,
        data,
        clinic_cases.protected_files(db=db),
        suffixes=(".jpg", ".jpeg"),
        what="The design picture",
    )
    return written is not None


def show_preview(parent: QWidget, db: Clinic, design_id: int) -> None:
    """The before / after window of a design, or one sentence saying why not."""
    try:
        window = PreviewWindow(db, design_id, parent=parent)
    except UserError as exc:
        QMessageBox.warning(
            parent, translate("designs.preview_window", "Preview not shown"), str(exc)
        )
        return
    try:
        window.exec()
    finally:
        window.deleteLater()


__all__ = [
    "MODES",
    "PreviewWindow",
    "ScaledPicture",
    "WipeView",
    "busy",
    "local_day",
    "qimage_from_pil",
    "session_choices",
    "show_preview",
    "write_design_jpeg",
]
