"""The Design tab on the client page: every design version, and what to do with one.

Clinical roles see the versions newest first (thumbnail of the drawing,
version, date, who drew it, approved or not) with New design…, Edit as new
version…, Preview…, Approve… and Save image….  Versions are immutable: "Edit"
always saves a new version (``replaces`` the one it started from), and an
approved version is final, so its Approve button is off.

Reception gets :class:`DesignExistsLine` instead: that a design exists, how
many versions and when one was approved; never the picture or its zones.

New design… first asks what to draw on (:class:`BaseChooser`): one of the
client's photos, grouped by angle, or a built-in head outline for a client with
no suitable photo.  The designer (H4's :class:`DesignerWindow`) then opens on an
empty design with the base's aspect ratio.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import designs as design_cases
from smpdesk.app import photos as photo_cases
from smpdesk.app.access import may
from smpdesk.app.clinic import Clinic
from smpdesk.domain.designs import OUTLINE_VIEWS, Base, Design, empty_design
from smpdesk.errors import UserError
from smpdesk.gui.changes import Changes
from smpdesk.gui.designs.preview_window import ScaledPicture, busy, local_day
from smpdesk.gui.i18n import translate
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label

if TYPE_CHECKING:
    from PIL.Image import Image

DESIGN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
APPROVED_ROLE = Qt.ItemDataRole.UserRole + 2
THUMB = 132
CHOOSER_ICON = QSize(144, 108)  # 4:3, the shape of most clinic photos
#: Photo angles offered as a base, in the order a practitioner designs
#: (front hairline first); close-ups and "other" come last.
BASE_ANGLES = ("front", "top", "left", "right", "crown", "back", "close-up", "other")


def describe(summary: design_cases.DesignSummary) -> str:
    """Three lines for the list: version and date, what it is drawn on, approval."""
    made = (
        translate("designs.design_tab", "Version {version} — {date} by {name}")
        if summary.created_by_name
        else translate("designs.design_tab", "Version {version} — {date}")
    ).format(
        version=summary.version,
        date=local_day(summary.created_at),
        name=summary.created_by_name,
    )
    drawn = (
        translate("designs.design_tab", "Drawn on: {base} · {count} zone")
        if summary.zones == 1
        else translate("designs.design_tab", "Drawn on: {base} · {count} zones")
    ).format(base=summary.base_label, count=summary.zones)
    approval = (
        translate("designs.design_tab", "Approved {date}, signed by {name}").format(
            date=local_day(summary.approved_at), name=summary.approved_name
        )
        if summary.approved_at
        else translate("designs.design_tab", "Not approved yet")
    )
    return f"{made}\n{drawn}\n{approval}"


def thumbnail_pixmap(db: Clinic, design_id: int, side: int) -> QPixmap:
    """The stored thumbnail of a version, scaled to ``side`` (empty if unreadable)."""
    pixmap = QPixmap()
    try:
        pixmap.loadFromData(design_cases.design_thumbnail(db, design_id))
    except UserError:
        return QPixmap()
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def open_designer(
    parent: QWidget,
    db: Clinic,
    client_id: int,
    base: Image,
    design: Design,
    *,
    replaces: int | None = None,
) -> int | None:
    """Open the designer modally; the id of the version it saved, or None.

    Imported here, not at the top: the designer (and the renderer behind its
    live preview) load only when someone designs.
    """
    from smpdesk.gui.designs.designer import DesignerWindow

    saved: list[int] = []
    window = DesignerWindow(db, client_id, base, design, replaces=replaces, parent=parent)
    window.saved.connect(saved.append)
    try:
        window.exec()
    finally:
        window.deleteLater()
    return saved[-1] if saved else None


def outline_icon(view: str) -> QPixmap:
    """A small sketch of a built-in outline view, for the chooser.

    Drawn here rather than rendered from the outline itself: rendering the five
    full outlines would keep the chooser from opening for seconds.
    """
    size = CHOOSER_ICON
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#f4f1ee"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#6b5a50"), 2))
    painter.setBrush(QColor("#e3c4ad"))
    w, h = size.width(), size.height()
    cx, cy = w / 2, h / 2 + 2
    if view in ("left", "right"):
        face = -1 if view == "left" else 1
        painter.drawEllipse(QPointF(cx, cy), h * 0.36, h * 0.40)
        nose = QPolygonF(
            [
                QPointF(cx + face * h * 0.33, cy - h * 0.06),
                QPointF(cx + face * h * 0.45, cy + h * 0.08),
                QPointF(cx + face * h * 0.33, cy + h * 0.12),
            ]
        )
        painter.drawPolygon(nose)
        painter.drawEllipse(QPointF(cx - face * h * 0.05, cy + h * 0.02), h * 0.06, h * 0.09)
    elif view == "top":
        painter.drawEllipse(QPointF(cx, cy), h * 0.34, h * 0.42)
        painter.drawLine(QPointF(cx, cy + h * 0.42), QPointF(cx, cy + h * 0.48))
    else:
        painter.drawEllipse(QPointF(cx - h * 0.33, cy + h * 0.05), h * 0.05, h * 0.09)
        painter.drawEllipse(QPointF(cx + h * 0.33, cy + h * 0.05), h * 0.05, h * 0.09)
        painter.drawEllipse(QPointF(cx, cy), h * 0.31, h * 0.42)
        if view == "front":
            for side in (-1, 1):
                painter.drawLine(
                    QPointF(cx + side * h * 0.05, cy + h * 0.06),
                    QPointF(cx + side * h * 0.18, cy + h * 0.04),
                )
    painter.end()
    return pixmap


class BaseChooser(QDialog):
    """Pick what the design is drawn on: a client photo (by angle) or a head outline."""

    def __init__(self, db: Clinic, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("design_base_chooser")
        self.setWindowTitle(self.tr("New design: choose the photo to draw on"))
        self._db = db
        self.chosen: Base | None = None
        self.lists: dict[str, QListWidget] = {}

        inner = QWidget()
        column = QVBoxLayout(inner)
        intro = QLabel(
            self.tr(
                "Choose the picture to draw the hairline and zones on, then Start designing. "
                "A recent front or top photo, taken square-on, gives the client the most "
                "convincing preview."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        photos = photo_cases.client_photos(db, client_id)
        thumbs = photo_cases.photo_thumbnails(db, [p.id for p in photos]) if photos else {}
        for angle in BASE_ANGLES:
            shown = [p for p in photos if p.angle == angle]
            if not shown:
                continue
            items = []
            for photo in shown:
                pixmap = QPixmap()
                pixmap.loadFromData(thumbs.get(photo.id, b""))
                items.append((local_day(photo.visit_date), pixmap, Base(photo_id=photo.id)))
            column.addWidget(self._heading(core_label(photo_cases.ANGLES.get(angle, angle))))
            column.addWidget(self._gallery(f"angle_{angle}", items))
        if not photos:
            empty = QLabel(
                self.tr(
                    "This client has no photos yet. Draw on a head outline, or import photos "
                    "on the Photos tab first (front and top photos make the most convincing "
                    "preview)."
                )
            )
            empty.setWordWrap(True)
            empty.setStyleSheet("color: #5b6670;")
            column.addWidget(empty)
        column.addWidget(self._heading(self.tr("Head outline (no photo)")))
        column.addWidget(
            self._gallery(
                "outlines",
                [
                    (core_label(label), outline_icon(view), Base(outline=view))
                    for view, label in OUTLINE_VIEWS.items()
                ],
            )
        )
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(
            self.tr("Start designing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("start_designing")
        self.start_button.setEnabled(False)
        buttons.accepted.connect(self._accept_choice)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 880, 640)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; margin-top: 6px;")
        return label

    def _gallery(self, name: str, items: list[tuple[str, QPixmap, Base]]) -> QListWidget:
        """One strip of pictures (an angle, or the outlines), scrolling sideways if long."""
        gallery = QListWidget()
        gallery.setObjectName(name)
        gallery.setViewMode(QListView.ViewMode.IconMode)
        gallery.setFlow(QListView.Flow.LeftToRight)
        gallery.setWrapping(False)
        gallery.setMovement(QListView.Movement.Static)
        gallery.setIconSize(CHOOSER_ICON)
        gallery.setSpacing(6)
        gallery.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for text, pixmap, base in items:
            item = QListWidgetItem(text)
            if not pixmap.isNull():
                item.setIcon(QIcon(pixmap))
            item.setData(Qt.ItemDataRole.UserRole, base)
            item.setToolTip(base.label)
            gallery.addItem(item)
        text_height = gallery.fontMetrics().height()
        # Room for a sideways scroll bar only when the strip is likely to need one.
        scrollbar = gallery.horizontalScrollBar().sizeHint().height() if len(items) > 4 else 0
        gallery.setFixedHeight(CHOOSER_ICON.height() + text_height + scrollbar + 22)
        gallery.itemSelectionChanged.connect(lambda g=gallery: self._selected(g))
        gallery.itemActivated.connect(lambda _item: self._accept_choice())
        self.lists[name] = gallery
        return gallery

    def _selected(self, gallery: QListWidget) -> None:
        """One choice across every group: selecting in one clears the others."""
        if not gallery.selectedItems():
            return
        for other in self.lists.values():
            if other is not gallery:
                other.blockSignals(True)
                other.clearSelection()
                other.blockSignals(False)
        self.chosen = gallery.selectedItems()[0].data(Qt.ItemDataRole.UserRole)
        self.start_button.setEnabled(True)

    def choose(self, base: Base) -> None:
        """Select ``base`` (tests and keyboard users): as if its picture was clicked."""
        for gallery in self.lists.values():
            for row in range(gallery.count()):
                if gallery.item(row).data(Qt.ItemDataRole.UserRole) == base:
                    gallery.setCurrentRow(row)
                    return
        raise ValueError(f"{base.label} is not offered")

    def _accept_choice(self) -> None:
        if self.chosen is not None:
            self.accept()


class DesignTab(QWidget):
    """The client's design versions, newest first, and the actions on them (clinical roles)."""

    design_saved = Signal(int)

    def __init__(
        self, db: Clinic, parent: QWidget | None = None, *, changes: Changes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("design_tab")
        self._db = db
        self.client_id: int | None = None
        self._stale = False
        self.summaries: list[design_cases.DesignSummary] = []
        self.changes = changes if changes is not None else Changes(self)
        self.changes.database_replaced.connect(self._mark_stale)
        self.changes.photos_changed.connect(self._photos_changed)

        self.list = QListWidget()
        self.list.setObjectName("designs_list")
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSpacing(3)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self._selection_changed())
        self.list.itemActivated.connect(lambda _item: self.preview())

        self.new_button = QPushButton(self.tr("New design…"))
        self.new_button.setObjectName("new_design")
        self.new_button.setToolTip(
            self.tr("Draw a hairline and zones on one of the client's photos")
        )
        self.new_button.clicked.connect(self.new_design)
        self.edit_button = QPushButton(self.tr("Edit as new version…"))
        self.edit_button.setObjectName("edit_design")
        self.edit_button.setToolTip(
            self.tr(
                "Start from the selected version; it stays as it is and the change is saved "
                "as a new version"
            )
        )
        self.edit_button.clicked.connect(self.edit_as_new_version)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setObjectName("preview_design")
        self.preview_button.setToolTip(self.tr("Before / after on the photo, session by session"))
        self.preview_button.clicked.connect(self.preview)
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setObjectName("approve_design")
        self.approve_button.clicked.connect(self.approve)
        self.save_button = QToolButton()
        self.save_button.setObjectName("save_design_image")
        self.save_button.setText(self.tr("Save image…"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.save_button)
        menu.addAction(
            self.tr("Design drawing (hairline and zones)…"), lambda: self.save_image(False)
        )
        menu.addAction(self.tr("SMP preview (final result)…"), lambda: self.save_image(True))
        self.save_button.setMenu(menu)

        self.empty = QLabel(
            self.tr(
                "No design yet. New design… draws the hairline and zones on one of the "
                "client's photos (or a head outline) and shows the client a preview of the "
                "result."
            )
        )
        self.empty.setObjectName("designs_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5b6670;")

        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.preview_button,
            self.approve_button,
            self.save_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The selected version's saved preview, large: what the client saw (and signs).
        self.picture = ScaledPicture()
        self.picture.setObjectName("design_picture")
        self.picture.setToolTip(self.tr("Double-click for the before / after preview"))
        self.picture_caption = QLabel()
        self.picture_caption.setObjectName("design_picture_caption")
        self.picture_caption.setStyleSheet("color: #5b6670;")
        self.picture_caption.setWordWrap(True)
        shown = QVBoxLayout()
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addWidget(self.picture, 1)
        shown.addWidget(self.picture_caption)
        self.list.setMinimumWidth(360)
        self.list.setMaximumWidth(520)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(shown, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        self.picture.installEventFilter(self)
        self._update_buttons()

    # -- following the client ---------------------------------------------
    def show_client(self, client_id: int) -> None:
        """Remember the client; the versions load when the tab is first looked at.

        Opening a client must stay quick, and most visits to a client page never
        open this tab, so the thumbnails are not read until then.
        """
        self.client_id = client_id
        self.list.clear()
        self.summaries = []
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _photos_changed(self, client_id: int) -> None:
        # A deleted base photo changes how its versions are labelled.
        if client_id == self.client_id:
            self._mark_stale()

    def refresh(self, select: int | None = None) -> None:
        """Read the versions again; ``select``: the version id to select (else the newest)."""
        self._stale = False
        self.list.clear()
        self.summaries = []
        if self.client_id is not None:
            try:
                self.summaries = design_cases.client_designs(self._db, self.client_id)
            except UserError as exc:
                self.empty.setText(
                    self.tr("The designs could not be read: {error}").format(error=exc)
                )
        for summary in self.summaries:
            item = QListWidgetItem(describe(summary))
            item.setData(DESIGN_ID_ROLE, summary.id)
            item.setData(APPROVED_ROLE, summary.approved_at is not None)
            pixmap = thumbnail_pixmap(self._db, summary.id, THUMB)
            if not pixmap.isNull():
                item.setIcon(QIcon(pixmap))
            if summary.approved_at:
                item.setForeground(Qt.GlobalColor.darkGreen)
            self.list.addItem(item)
        self.empty.setVisible(not self.summaries)
        self.list.setVisible(bool(self.summaries))
        if not self.summaries:
            self._show_picture()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # no gap left by the hidden line until the next event loop turn
        if self.summaries:
            ids = [s.id for s in self.summaries]
            self.list.setCurrentRow(ids.index(select) if select in ids else 0)
        self._update_buttons()

    # -- the selection -----------------------------------------------------
    def current(self) -> design_cases.DesignSummary | None:
        row = self.list.currentRow()
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    def _selection_changed(self) -> None:
        self._update_buttons()
        self._show_picture()

    def _show_picture(self) -> None:
        chosen = self.current()
        pixmap = QPixmap()
        if chosen is not None:
            try:
                pixmap.loadFromData(design_cases.design_preview(self._db, chosen.id))
            except UserError:
                pixmap = QPixmap()
        self.picture.set_picture(pixmap)
        self.picture.setVisible(chosen is not None)
        self.picture_caption.setVisible(chosen is not None)
        if chosen is not None:
            self.picture_caption.setText(
                self.tr(
                    "Version {version}: the SMP preview as saved (finished result). "
                    "Preview… shows before / after and each session."
                ).format(version=chosen.version)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """A double-click on the picture opens the preview, like one on the list."""
        if watched is self.picture and event.type() == QEvent.Type.MouseButtonDblClick:
            self.preview()
            return True
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.new_button.setEnabled(self.client_id is not None)
        for button in (self.edit_button, self.preview_button, self.save_button):
            button.setEnabled(chosen is not None)
        approved = chosen is not None and chosen.approved_at is not None
        self.approve_button.setEnabled(chosen is not None and not approved)
        self.approve_button.setToolTip(
            self.tr(
                "Approved {date}: an approved version is final; edit it as a new version to "
                "change it"
            ).format(date=local_day(chosen.approved_at))
            if chosen is not None and approved
            else self.tr("The client looks at the preview and signs for this version")
        )

    # -- actions -----------------------------------------------------------
    def new_design(self) -> int | None:
        """Choose a base, then design on it; the new version's id (None if none was saved)."""
        if self.client_id is None:
            return None
        chooser = BaseChooser(self._db, self.client_id, parent=self)
        try:
            if chooser.exec() != QDialog.DialogCode.Accepted or chooser.chosen is None:
                return None
            base = chooser.chosen
        finally:
            chooser.deleteLater()
        try:
            with busy():
                image = design_cases.base_image(self._db, empty_design(base, 1.0))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Design not started"), str(exc))
            return None
        design = empty_design(base, image.width / image.height)
        return self._design(image, design, replaces=None)

    def edit_as_new_version(self) -> int | None:
        chosen = self.current()
        if chosen is None or self.client_id is None:
            return None
        try:
            record = design_cases.get_design(self._db, chosen.id)
            with busy():
                image = design_cases.base_image(self._db, record.design)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Design not opened"), str(exc))
            return None
        return self._design(image, record.design, replaces=record.id)

    def _design(self, image: Image, design: Design, *, replaces: int | None) -> int | None:
        assert self.client_id is not None
        saved = open_designer(self, self._db, self.client_id, image, design, replaces=replaces)
        if saved is not None:
            self.refresh(select=saved)
            self.design_saved.emit(saved)
        return saved

    def preview(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        from smpdesk.gui.designs.preview_window import show_preview

        show_preview(self, self._db, chosen.id)

    def approve(self) -> bool:
        chosen = self.current()
        if chosen is None or chosen.approved_at is not None:
            return False
        from smpdesk.gui.designs.approve_dialog import ApproveDialog

        dialog = ApproveDialog(self._db, chosen.id, parent=self)
        try:
            done = dialog.exec() == QDialog.DialogCode.Accepted and dialog.approved is not None
        finally:
            dialog.deleteLater()
        if done:
            self.refresh(select=chosen.id)
        return done

    def save_image(self, preview: bool) -> None:
        chosen = self.current()
        if chosen is None:
            return
        kind = "preview" if preview else "drawing"
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the SMP preview") if preview else self.tr("Save the design drawing"),
            f"{start}/smp-design-v{chosen.version}-{kind}.jpg",
            self.tr("JPEG pictures (*.jpg)"),
        )
        if name:
            self.save_image_to(name, preview=preview)

    def save_image_to(self, name: str, *, preview: bool) -> bool:
        """The selected version's drawing (or preview, every session) at full size as JPEG."""
        chosen = self.current()
        if chosen is None:
            return False
        from smpdesk.gui.designs.preview_window import write_design_jpeg

        return write_design_jpeg(self, self._db, chosen.id, name, preview=preview)


class DesignExistsLine(QLabel):
    """Reception's view: whether a design exists and when one was approved; nothing else."""

    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("design_exists")
        self.setStyleSheet("color: #5b6670;")
        self._db = db
        self.hide()

    def show_client(self, client_id: int) -> None:
        try:
            count, approved_at = design_cases.design_exists(self._db, client_id)
        except UserError:
            self.hide()
            return
        self.setText(exists_words(count, approved_at))
        self.show()


def exists_words(count: int, approved_at: str | None) -> str:
    """ "A design exists (2 versions; approved on 3 Nov 2026)." or "No design yet."."""
    if count <= 0:
        return translate("designs.design_tab", "No design yet.")
    if approved_at:
        text = (
            translate(
                "designs.design_tab", "A design exists ({count} version; approved on {date})."
            )
            if count == 1
            else translate(
                "designs.design_tab", "A design exists ({count} versions; approved on {date})."
            )
        )
    else:
        text = (
            translate("designs.design_tab", "A design exists ({count} version; not approved yet).")
            if count == 1
            else translate(
                "designs.design_tab", "A design exists ({count} versions; not approved yet)."
            )
        )
    return text.format(count=count, date=local_day(approved_at))


def design_areas_text(db: Clinic, client_id: int) -> str:
    """The session "areas" (stored comma list) the client's design covers; "" if none.

    A pre-fill only: someone who may not see designs, or a design that cannot
    be read, leaves the areas for the practitioner to tick.
    """
    if not may(db, "designs.design_areas"):
        return ""
    try:
        return ",".join(design_cases.design_areas(db, client_id))
    except UserError:
        return ""


class DesignLink(QToolButton):
    """The design beside a session: its thumbnail; a click opens the preview.

    Shows the approved version (else the newest); hidden when there is none or
    the person signed in may not see designs.
    """

    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_design_link")
        self._db = db
        self.design_id: int | None = None
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(96, 72))
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self.open_preview)
        self.hide()

    def show_design(self, client_id: int, *, at: str | None = None) -> None:
        """The client's design; ``at`` (ISO timestamp): the one approved by then only."""
        self.design_id = None
        self.hide()
        if not may(self._db, "designs.client_designs"):
            return
        try:
            record = design_cases.approved_design(self._db, client_id, at=at)
            if record is not None:
                design_id, version, approved = record.id, record.version, record.approved_at
            elif at is None:
                newest = design_cases.client_designs(self._db, client_id)
                if not newest:
                    return
                design_id, version, approved = newest[0].id, newest[0].version, None
            else:
                return
        except UserError:
            return
        self.design_id = design_id
        pixmap = thumbnail_pixmap(self._db, design_id, 96)
        if not pixmap.isNull():
            self.setIcon(QIcon(pixmap))
        text = (
            self.tr("Design version {version} (approved {date}) — click for the preview")
            if approved
            else self.tr("Design version {version} (not approved yet) — click for the preview")
        )
        self.setText(text.format(version=version, date=local_day(approved)))
        self.setToolTip(self.tr("Open the before / after preview of this design"))
        self.show()

    def open_preview(self) -> None:
        if self.design_id is None:
            return
        from smpdesk.gui.designs.preview_window import show_preview

        show_preview(self, self._db, self.design_id)


__all__ = [
    "BaseChooser",
    "DesignExistsLine",
    "DesignLink",
    "DesignTab",
    "describe",
    "design_areas_text",
    "exists_words",
    "open_designer",
]
