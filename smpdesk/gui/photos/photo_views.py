"""Full-size viewing: one photo with zoom and pan, or two compared.

Compared, two photos show side by side in sync, or lined up one over the other
(a wipe or a blink, :mod:`smpdesk.gui.photos.photo_align`) once two landmarks
are marked on each; the marks are saved with the photos, so a photo is marked
once whatever it is compared with later.

Full images are decoded only while a viewer is open; the gallery only ever
holds thumbnails.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QHideEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollBar,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clinic
from smpdesk.app import photos as photo_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.alignment import (
    AlignmentError,
    Landmarks,
    Similarity,
    alignment,
    check_landmarks,
)
from smpdesk.domain.designs import Point
from smpdesk.errors import UserError
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.photos.photo_align import (
    BLINK,
    LANDMARKS,
    MARK_COLOURS,
    WIPE,
    AlignedView,
    CompareSide,
    landmark_prompts,
    marker,
    normalised,
    photo_caption,
    photo_side,
)
from smpdesk.gui.widgets.save_files import save_bytes
from smpdesk.gui.widgets.screen_fit import remember_geometry
from smpdesk.gui.widgets.zoomable_view import ZoomableView


class ZoomView(ZoomableView):
    """A picture you can zoom (wheel, +, -) and pan (drag).

    With ``marking`` on, a click (a press and release without dragging: a drag still
    pans) says where on the picture it was: ``clicked`` with the point in 0..1 of the
    picture's width and height.
    """

    clicked = Signal(object)  # smpdesk.domain.designs.Point, normalised
    CLICK_SLOP = 4  # pixels a click may wander before it is a drag

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
        self.fitted = True
        self.marking = False
        self._pressed_at: QPoint | None = None
        self._markers: list[QGraphicsItem] = []

    def pixmap(self) -> QPixmap:
        return self._item.pixmap()

    def set_marking(self, on: bool) -> None:
        self.marking = on
        shape = Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor
        self.viewport().setCursor(shape)

    def show_marks(self, points: Sequence[Point]) -> None:
        """Numbered cross-hairs on the picture at ``points`` (normalised)."""
        for item in self._markers:
            self.scene().removeItem(item)
        self._markers = []
        size = self._item.pixmap().size()
        for number, point in enumerate(points, start=1):
            item = marker(number, MARK_COLOURS[(number - 1) % len(MARK_COLOURS)])
            item.setPos(point.x * size.width(), point.y * size.height())
            self.scene().addItem(item)
            self._markers.append(item)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._pressed_at = self._pressed_at, None
        if not self.marking or start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - start).manhattanLength() > self.CLICK_SLOP:
            return  # a drag: it panned
        size = self._item.pixmap().size()
        point = normalised(self.mapToScene(start), size.width(), size.height())
        if point is not None:
            self.clicked.emit(point)
        if self.marking:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def set_image(self, data: bytes) -> bool:
        image = QImage.fromData(data)
        if image.isNull():
            return False
        self._item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self._item.boundingRect())
        self.fit()
        return True

    def fit_target(self) -> QGraphicsItem:
        return self._item


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
        hint = QLabel(
            self.tr("Scroll or press + / − to zoom, drag to move, 0 to fit; ← → for the others.")
        )
        hint.setStyleSheet("color: #555;")
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setObjectName("previous_photo")
        self.previous_button.setToolTip(self.tr("The photo before this one (Left arrow, Page Up)"))
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setObjectName("next_photo")
        self.next_button.setToolTip(self.tr("The photo after this one (Right arrow, Page Down)"))
        self.next_button.clicked.connect(self.show_next)
        self.position = QLabel()
        self.position.setObjectName("photo_position")
        close = QPushButton(self.tr("Close"))
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
                raise UserError(self.tr("This photo could not be shown; it may have been deleted."))
            QMessageBox.warning(
                self,
                self.tr("Photos"),
                self.tr("That photo could not be shown; it may have been deleted."),
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
        self.position.setText(
            self.tr("{number} of {count}").format(number=self.index + 1, count=len(self.photos))
            if several
            else ""
        )


SIDE_BY_SIDE = "side"
MODES = {
    SIDE_BY_SIDE: QT_TRANSLATE_NOOP("photos.photo_views", "Side by side"),
    WIPE: QT_TRANSLATE_NOOP("photos.photo_views", "Wipe"),
    BLINK: QT_TRANSLATE_NOOP("photos.photo_views", "Blink"),
}
HINTS = {
    SIDE_BY_SIDE: str(
        QT_TRANSLATE_NOOP("photos.photo_views", "Scroll to zoom both, drag to move both.")
    ),
    WIPE: str(
        QT_TRANSLATE_NOOP(
            "photos.photo_views",
            "Drag the white line (or press ← →) to wipe from one to the other; scroll to zoom.",
        )
    ),
    BLINK: str(
        QT_TRANSLATE_NOOP(
            "photos.photo_views",
            "Space flips from one to the other by hand; scroll to zoom, drag to move.",
        )
    ),
}
# A side as the prompts name it ("On the before photo (left), click …").
SIDE_WORDS = {
    "before photo": QT_TRANSLATE_NOOP("photos.photo_views", "the before photo"),
    "after photo": QT_TRANSLATE_NOOP("photos.photo_views", "the after photo"),
    "design": QT_TRANSLATE_NOOP("photos.photo_views", "the design"),
}


def side_words(name: str) -> str:
    """ "the before photo": a side's name with its article, in the user's language."""
    words = SIDE_WORDS.get(name)
    return translate("photos.photo_views", words) if words else f"the {name}"


TURNED_DEGREES = 30  # more than this between two photos of a head: probably marks swapped
PROMPT_STYLE = "background: #fff4c2; color: #3d3200; padding: 6px; border-radius: 4px;"


class CompareDialog(QDialog):
    """Before and after: side by side (zoom and pan move both), or lined up one over the
    other, as a wipe or a blink.

    Lining up needs two landmarks on each picture; the first time Wipe or Blink is
    chosen the window asks for them (a prompt says what to click, *Start again*
    clears the clicks), saves them with each photo and opens lined up from then on.
    ``left`` and ``right`` are photos, or sides (a design's preview: :func:`design_side`).
    """

    def __init__(
        self,
        db: Clinic,
        left: photo_cases.Photo | CompareSide,
        right: photo_cases.Photo | CompareSide,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.left = left if isinstance(left, photo_cases.Photo) else left.photo
        self.right = right if isinstance(right, photo_cases.Photo) else right.photo
        self.sides = (self._side(left, "before photo"), self._side(right, "after photo"))
        self.setWindowTitle(
            self.tr("Compare photos") if self.left else self.tr("Compare with the design")
        )
        remember_geometry(self, "photo_compare")  # the whole screen the first time
        # Landmarks per side: saved ones, or None (asked for when lining up).
        self.marks: list[Landmarks | None] = [self._saved_marks(side) for side in self.sides]
        self.transform: Similarity | None = None
        self.problem = ""  # why the marks could not line the pair up, if they could not
        self.mode = SIDE_BY_SIDE
        # Marking: the sides still to mark, the clicks so far on the first of them, and
        # the mode to go on to once done.
        self._to_mark: list[int] = []
        self._marking_sides: list[int] = []
        self._clicks: list[Point] = []
        self._new_marks: dict[int, Landmarks] = {}
        self._then = WIPE

        self.views = [ZoomView(), ZoomView()]
        self.captions: list[QLabel] = []
        grid = QGridLayout()
        for column, (view, side) in enumerate(zip(self.views, self.sides, strict=True)):
            if not view.set_image(side.image):
                raise UserError(self.tr("One of these photos could not be shown."))
            caption = QLabel(side.caption)
            caption.setObjectName(f"caption_{column}")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
            self.captions.append(caption)
            grid.addWidget(view, 0, column)
            grid.addWidget(caption, 1, column)
            view.clicked.connect(lambda point, c=column: self.mark_clicked(c, point))
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
        side_page = QWidget()
        side_page.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)

        # The lined-up pair, with what each mode needs under it.
        self.aligned = AlignedView()
        self.aligned.setObjectName("aligned_view")
        self.divider_slider = QSlider(Qt.Orientation.Horizontal)
        self.divider_slider.setObjectName("divider_slider")
        self.divider_slider.setRange(0, 1000)
        self.divider_slider.setValue(500)
        self.divider_slider.setToolTip(self.tr("Where the one picture gives way to the other"))
        self.divider_slider.valueChanged.connect(lambda v: self.aligned.set_divider(v / 1000))
        self.aligned.divider_moved.connect(self._divider_moved)
        self.auto_blink = QPushButton(self.tr("Blink automatically"))
        self.auto_blink.setObjectName("auto_blink")
        self.auto_blink.setCheckable(True)
        self.auto_blink.setChecked(True)
        self.auto_blink.setToolTip(self.tr("Switch between the two pictures every half second"))
        self.auto_blink.toggled.connect(self.aligned.set_blinking)
        self.flip_button = QPushButton(self.tr("Flip (Space)"))
        self.flip_button.setObjectName("flip_button")
        self.flip_button.setToolTip(self.tr("Show the other picture; stops the automatic blinking"))
        self.flip_button.clicked.connect(self.flip_by_hand)
        self.showing = QLabel()
        self.showing.setObjectName("blink_showing")
        self.aligned.flipped.connect(self._flipped)
        self.wipe_label = QLabel(self.tr("Wipe:"))
        controls = QHBoxLayout()
        controls.addWidget(self.wipe_label)
        controls.addWidget(self.divider_slider, 1)
        controls.addWidget(self.auto_blink)
        controls.addWidget(self.flip_button)
        controls.addWidget(self.showing, 1)
        aligned_page = QWidget()
        aligned_layout = QVBoxLayout(aligned_page)
        aligned_layout.setContentsMargins(0, 0, 0, 0)
        aligned_layout.addWidget(self.aligned, 1)
        aligned_layout.addLayout(controls)
        self.pages = QStackedWidget()
        self.pages.addWidget(side_page)
        self.pages.addWidget(aligned_page)

        # The modes, and the prompt while marking.
        self.mode_buttons: dict[str, QPushButton] = {}
        self.mode_group = QButtonGroup(self)
        modes = QHBoxLayout()
        for key, label in MODES.items():
            button = QPushButton(translate("photos.photo_views", label))
            button.setObjectName(f"mode_{key}")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=key: self.set_mode(k))
            self.mode_group.addButton(button)
            self.mode_buttons[key] = button
            modes.addWidget(button)
        self.mode_buttons[WIPE].setToolTip(
            self.tr("One picture over the other, lined up: drag to wipe")
        )
        self.mode_buttons[BLINK].setToolTip(self.tr("One picture, then the other, lined up"))
        self.prompt = QLabel()
        self.prompt.setObjectName("landmark_prompt")
        self.prompt.setWordWrap(True)
        self.prompt.hide()
        self.restart_button = QPushButton(self.tr("Start again"))
        self.restart_button.setObjectName("restart_marking")
        self.restart_button.setToolTip(
            self.tr("Clear the points clicked so far and mark them again")
        )
        self.restart_button.clicked.connect(self.restart_marking)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_marking")
        self.cancel_button.setToolTip(self.tr("Stop marking; the marks saved before stay"))
        self.cancel_button.clicked.connect(self.cancel_marking)
        modes.addStretch(1)
        modes.addWidget(self.restart_button)
        modes.addWidget(self.cancel_button)

        self.hint = QLabel()
        self.hint.setObjectName("compare_hint")
        self.line_up_button = QPushButton(self.tr("Line up again…"))
        self.line_up_button.setObjectName("line_up_again")
        self.line_up_button.setToolTip(self.tr("Mark the two landmarks on both pictures again"))
        self.line_up_button.clicked.connect(lambda: self.start_marking([0, 1]))
        fit = QPushButton(self.tr("Fit"))
        fit.setToolTip(self.tr("The whole picture in the window"))
        fit.clicked.connect(self.fit_both)
        self.export_button = QPushButton(self.tr("Export as one JPEG…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(self.left is not None and self.right is not None)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.line_up_button)
        bar.addWidget(fit)
        bar.addWidget(self.export_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bar)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter closes; it does not switch modes
        close.setDefault(True)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.flip_by_hand)
        # Marked before (in any comparison): open lined up.
        self.set_mode(WIPE if all(self.marks) and self._line_up() else SIDE_BY_SIDE)

    def _side(self, given: photo_cases.Photo | CompareSide, name: str) -> CompareSide:
        if isinstance(given, CompareSide):
            return given
        side = photo_side(self._db, given, name)
        if side is None:
            raise UserError(self.tr("One of these photos could not be shown."))
        return side

    def _saved_marks(self, side: CompareSide) -> Landmarks | None:
        if side.landmarks_of is None:
            return None
        return photo_cases.photo_landmarks(self._db, side.landmarks_of)

    # -- modes ------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """Show the pair side by side, or lined up as a wipe or a blink (asking for the
        landmarks first when a picture has none)."""
        if self.marking:
            if mode == SIDE_BY_SIDE:
                self.cancel_marking()
            else:
                self._then = mode  # go there when done
                self._check_mode(SIDE_BY_SIDE)
            return
        if mode != SIDE_BY_SIDE and not (all(self.marks) and self._line_up()):
            missing = [i for i, marks in enumerate(self.marks) if not marks]
            self.start_marking(missing or [0, 1], mode, problem=self.problem)
            return
        self.mode = mode
        self._check_mode(mode)
        self._marking_buttons(False)
        self.pages.setCurrentIndex(0 if mode == SIDE_BY_SIDE else 1)
        self.hint.setText(translate("photos.photo_views", HINTS[mode]))
        self.export_button.setText(
            self.tr("Export as one JPEG…")
            if mode == SIDE_BY_SIDE
            else self.tr("Export lined up as one JPEG…")
        )
        if mode == SIDE_BY_SIDE:
            self.aligned.set_blinking(False)
            self._say("")
            return
        self.aligned.set_mode(mode)
        wipe = mode == WIPE
        wipe_controls: list[QWidget] = [self.wipe_label, self.divider_slider]
        blink_controls: list[QWidget] = [self.auto_blink, self.flip_button, self.showing]
        for widget in wipe_controls:
            widget.setVisible(wipe)
        for widget in blink_controls:
            widget.setVisible(not wipe)
        if not wipe:
            self._flipped(self.aligned.second_showing)
            self.aligned.set_blinking(self.auto_blink.isChecked())
        self._say_lined_up()
        self.aligned.setFocus()

    def _check_mode(self, mode: str) -> None:
        """The mode's button pressed, and in bold: a pressed button alone is easy to miss."""
        for key, button in self.mode_buttons.items():
            button.setChecked(key == mode)
            font = button.font()
            font.setBold(key == mode)
            button.setFont(font)

    def _line_up(self) -> bool:
        """Lay the second picture over the first by the marks; False (and ``problem``
        says why) when the marks cannot line them up."""
        self.problem = ""
        first, second = self.marks
        if first is None or second is None:
            return False
        pictures = [view.pixmap() for view in self.views]
        sizes = [(p.width(), p.height()) for p in pictures]
        try:
            transform = alignment(first, sizes[0], second, sizes[1])
        except AlignmentError as exc:
            self.problem = str(exc)
            return False
        if transform != self.transform:
            self.transform = transform
            captions = (self.sides[0].caption, self.sides[1].caption)
            self.aligned.set_pictures(pictures[0], pictures[1], transform, captions)
        return True

    def _say_lined_up(self) -> None:
        turned = self.transform.rotation_degrees if self.transform is not None else 0.0
        if abs(turned) > TURNED_DEGREES:
            self._say(
                self.tr(
                    "The pictures are turned {degrees}° against each other. If that "
                    "looks wrong, the points may have been clicked in the other order: "
                    "Line up again."
                ).format(degrees=f"{abs(turned):.0f}"),
                PROMPT_STYLE,
            )
        else:
            self._say("")

    def _say(self, text: str, style: str = PROMPT_STYLE) -> None:
        """A prompt or a warning above the pictures (none: the row goes)."""
        self.prompt.setText(text)
        self.prompt.setStyleSheet(style)
        self.prompt.setVisible(bool(text))
        self._fit_prompt()

    def _fit_prompt(self) -> None:
        """As tall as its text needs at the width it has: a wrapped prompt (a narrow screen,
        a problem said first) is never cut (a dialog's layout does not grow a wrapping
        label by itself)."""
        if not hasattr(self, "prompt"):
            return  # resized while being built
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        width = self.width() - margins.left() - margins.right()
        needed = self.prompt.heightForWidth(max(width, 200)) if self.prompt.text() else 0
        self.prompt.setMinimumHeight(max(needed, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_prompt()

    def _divider_moved(self, fraction: float) -> None:
        self.divider_slider.blockSignals(True)
        self.divider_slider.setValue(round(fraction * 1000))
        self.divider_slider.blockSignals(False)

    def flip_by_hand(self) -> None:
        """Space: the other picture, and the automatic blinking stops (blink mode only)."""
        if self.mode != BLINK:
            return
        self.auto_blink.setChecked(False)
        self.aligned.flip()

    def _flipped(self, second: bool) -> None:
        self.showing.setText(
            self.tr("Showing: {picture}").format(picture=self.sides[1 if second else 0].caption)
        )

    # -- marking the landmarks -------------------------------------------------------
    @property
    def marking(self) -> bool:
        return bool(self._to_mark)

    def start_marking(self, sides: list[int], then: str | None = None, problem: str = "") -> None:
        """Ask for the two landmarks on ``sides`` (in order), then show ``then``."""
        self._then = then or (self.mode if self.mode != SIDE_BY_SIDE else WIPE)
        self._marking_sides = list(sides) or [0, 1]
        self.aligned.set_blinking(False)
        self.mode = SIDE_BY_SIDE
        self.pages.setCurrentIndex(0)
        self._check_mode(SIDE_BY_SIDE)
        self._marking_buttons(True)
        self.hint.setText(
            self.tr("Click on the picture; drag to move it, scroll to zoom in for a close look.")
        )
        self.restart_marking(problem)

    def restart_marking(self, problem: str = "") -> None:
        """Start again: every side of this round unmarked, the first one asked for."""
        self._to_mark = list(self._marking_sides)
        self._new_marks = {}
        self._clicks = []
        self._show_marking(problem)

    def _marking_buttons(self, marking: bool) -> None:
        self.restart_button.setVisible(marking)
        self.cancel_button.setVisible(marking)

    def cancel_marking(self) -> None:
        """Stop marking; nothing of this round is kept (the marks saved before stay)."""
        self._to_mark = []
        self._clicks = []
        self._new_marks = {}
        for view in self.views:
            view.set_marking(False)
            view.show_marks([])
        self.set_mode(SIDE_BY_SIDE)

    def mark_clicked(self, column: int, point: Point) -> None:
        """A click on a picture while marking: the next landmark of the side asked for."""
        if not self._to_mark or column != self._to_mark[0]:
            return
        self._clicks.append(point)
        if len(self._clicks) < 2:
            self._show_marking()
            return
        try:
            marks = check_landmarks((self._clicks[0], self._clicks[1]))
        except AlignmentError as exc:
            self._clicks = []
            self._show_marking(problem=str(exc))
            return
        self._new_marks[column] = marks
        self._clicks = []
        self._to_mark.pop(0)
        if self._to_mark:
            self._show_marking()
        else:
            self._finish_marking()

    def _finish_marking(self) -> None:
        """Save the round's marks with each photo, then line the pair up."""
        for column, marks in self._new_marks.items():
            photo_id = self.sides[column].landmarks_of
            if photo_id is not None:
                try:
                    photo_cases.set_photo_landmarks(self._db, photo_id, marks)
                except UserError as exc:
                    QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            self.marks[column] = marks
        self._new_marks = {}
        for view in self.views:
            view.set_marking(False)
            view.show_marks([])
        then, self._then = self._then, WIPE
        if all(self.marks) and self._line_up():
            self.set_mode(then)
        else:  # marks that cannot line these two up: both again
            self.start_marking([0, 1], then, problem=self.problem)

    def _show_marking(self, problem: str = "") -> None:
        column = self._to_mark[0]
        for index, view in enumerate(self.views):
            view.set_marking(index == column)
            if index == column:
                view.show_marks(self._clicks)
            else:
                shown = self._new_marks.get(index) or (
                    self.marks[index] if index not in self._marking_sides else None
                )
                view.show_marks(shown or [])
        number = len(self._clicks)
        what = self._prompt_for(column, number)
        side = self.sides[column]
        where = (
            self.tr("left", "the picture on the left")
            if column == 0
            else self.tr("right", "the picture on the right")
        )
        text = self.tr(
            "<b>On {side} ({where}), click {what}.</b> (Point {number} of 2: "
            "two points on each picture line them up, and are kept for next time.)"
        ).format(
            side=html.escape(side_words(side.name), quote=False),
            where=where,
            what=html.escape(what, quote=False),
            number=number + 1,
        )
        if problem:
            text = f"<b>{html.escape(problem)}</b> {text}"
        self._say(text, PROMPT_STYLE)

    def _prompt_for(self, column: int, number: int) -> str:
        """What to click: by the pair's angle (both pictures get the same prompts, or the
        points would not correspond), the spots marked on the other one when no angle
        names any."""
        angle = next((s.angle for s in self.sides if s.angle in LANDMARKS), "other")
        prompts = landmark_prompts(angle)
        other = 1 - column
        generic = angle not in LANDMARKS
        other_marked = self._new_marks.get(other) or (
            self.marks[other] if other not in self._to_mark else None
        )
        if generic and other_marked:
            return self.tr("the spot marked {number} on {side}").format(
                number=number + 1, side=side_words(self.sides[other].name)
            )
        return prompts[number]

    def done(self, result: int) -> None:
        self.aligned.set_blinking(False)
        super().done(result)

    def hideEvent(self, event: QHideEvent) -> None:
        self.aligned.set_blinking(False)
        super().hideEvent(event)

    # -- side by side -----------------------------------------------------------------
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
        self.aligned.fit()

    def export(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export comparison"),
            f"{start}/comparison.jpg",
            self.tr("JPEG pictures (*.jpg)"),
        )
        if name:
            self.export_to(name)

    def export_to(self, name: str) -> bool:
        if self.left is None or self.right is None:
            return False
        aligned = self.mode != SIDE_BY_SIDE  # as shown: lined up in the wipe and the blink
        try:
            data = photo_cases.comparison_jpeg(
                self._db, self.left.id, self.right.id, aligned=aligned
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
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
