"""A client's photos: import, gallery by visit, tag, view, compare, export, delete.

A photo whose tags were changed since import is marked ✎ ("edited"); *History…*
lists each change (who, when, which tag from what to what).

Thumbnails are decoded only when a visit's gallery first asks for them, and
full-size pictures only inside a viewer, so a client with hundreds of photos
opens quickly and stays light.
"""

from __future__ import annotations

import math
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clinic
from smpdesk.app import photos as photo_cases
from smpdesk.app.clinic import Clinic
from smpdesk.app.photos import ANGLES, CONSENTS
from smpdesk.errors import UserError
from smpdesk.gui.changes import Changes
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.operations import Operation
from smpdesk.gui.photos.photo_align import design_side
from smpdesk.gui.photos.photo_import import start_import
from smpdesk.gui.photos.photo_views import CompareDialog, PhotoViewer, photo_caption
from smpdesk.gui.widgets.date_entry import DateEntry
from smpdesk.gui.widgets.form_support import ERROR_STYLE
from smpdesk.gui.widgets.save_files import save_bytes
from smpdesk.gui.words.core_labels import core_label, core_word, in_sentence

PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB = 150
ModelIndex = QModelIndex | QPersistentModelIndex


EDITED_MARK = " ✎"
DEFAULT_ANGLE = "other"
# The visit box when empty: each photo's own capture date.
DATE_TAKEN = QT_TRANSLATE_NOOP("photos.photos_tab", "date taken")


class ThumbnailModel(QAbstractListModel):
    """One visit's photos; thumbnail bytes are read once, pixmaps made on demand.

    ``edited``: the ids of photos whose tags were changed since import (marked ✎).
    """

    def __init__(
        self, db: Clinic, items: list[photo_cases.Photo], edited: set[int] | None = None
    ) -> None:
        super().__init__()
        self._db = db
        self.items = items
        self.edited = edited or set()
        self._bytes: dict[int, bytes] | None = None
        self._pixmaps: dict[int, QPixmap] = {}

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        photo = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            marker = " ★" if photo.consent == "marketing" else ""
            edited = EDITED_MARK if photo.id in self.edited else ""
            return f"{core_label(ANGLES.get(photo.angle, photo.angle))}{marker}{edited}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(photo.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            edited = (
                "\n" + self.tr("Edited since import: History… lists the changes")
                if (photo.id in self.edited)
                else ""
            )
            consent = core_label(CONSENTS[photo.consent])
            return f"{photo_caption(photo)}\n{consent}\n{photo.source_name}{edited}"
        if role == PHOTO_ID_ROLE:
            return photo.id
        return None

    def _pixmap(self, photo_id: int) -> QPixmap:
        cached = self._pixmaps.get(photo_id)
        if cached is None:
            if self._bytes is None:
                self._bytes = photo_cases.photo_thumbnails(self._db, [p.id for p in self.items])
            full = QPixmap()
            full.loadFromData(self._bytes.get(photo_id, b""))
            # Scaled once to the gallery's box: less to keep, less to paint.
            cached = full.scaled(
                THUMB,
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._pixmaps[photo_id] = cached
        return cached

    @property
    def decoded(self) -> int:
        return len(self._pixmaps)


class VisitGallery(QListView):
    """Thumbnails of one visit, wrapping, as tall as its content."""

    def __init__(self, model: ThumbnailModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 24, THUMB + 34))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListView.Shape.NoFrame)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        per_row = max(1, self.viewport().width() // self.gridSize().width())
        rows = math.ceil(self.model().rowCount() / per_row)
        self.setFixedHeight(rows * self.gridSize().height() + 8)

    def selected_ids(self) -> list[int]:
        return [i.data(PHOTO_ID_ROLE) for i in self.selectionModel().selectedIndexes()]


class PhotosTab(QWidget):
    """Photos added, re-tagged or deleted are said on the hub; this tab and the timeline reload.

    A consent form answered for the client shown moves the import's consent default.
    """

    def __init__(
        self,
        db: Clinic,
        parent: QWidget | None = None,
        *,
        changes: Changes | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.client_id: int | None = None
        self.changes = changes if changes is not None else Changes(self)
        self.changes.photos_changed.connect(self._photos_changed)
        self.changes.responses_changed.connect(self._responses_changed)
        self.changes.database_replaced.connect(self.refresh)
        self.galleries: list[VisitGallery] = []
        self.listed: list[photo_cases.Photo] = []  # as shown: the viewer steps through them
        self._last_folder = ""
        self.current_import: Operation | None = None
        self._selecting = False
        self.setAcceptDrops(True)

        import_files = QPushButton(self.tr("Import photos…"))
        import_files.setObjectName("import_photos")
        import_files.clicked.connect(self.choose_files)
        import_folder = QPushButton(self.tr("Import folder…"))
        import_folder.clicked.connect(self.choose_folder)
        self.new_angle = QComboBox()
        self.new_angle.setObjectName("new_angle")
        self.new_angle.setToolTip(self.tr("Angle given to the photos you import next"))
        for key, label in ANGLES.items():
            self.new_angle.addItem(core_label(label), key)
        self.new_angle.setCurrentIndex(self.new_angle.findData(DEFAULT_ANGLE))
        # Empty: each photo goes to the visit on the day it was taken (its EXIF date).
        self.new_visit = DateEntry(clinic.load_settings(db).date_style)
        self.new_visit.setObjectName("new_visit")
        self.new_visit.setPlaceholderText(translate("photos.photos_tab", DATE_TAKEN))
        self.new_visit.setMinimumWidth(150)
        self.new_visit.setToolTip(
            self.tr(
                "Visit the photos you import next belong to. Left empty, each photo goes to the "
                "day it was taken (from the camera), or today if the file does not say."
            )
        )
        self.new_consent = QComboBox()
        self.new_consent.setObjectName("new_consent")
        for key, label in CONSENTS.items():
            self.new_consent.addItem(core_label(label), key)
        self.new_consent.setToolTip(self.tr("What the client agreed these photos may be used for"))

        self.angle_filter = QComboBox()
        self.angle_filter.setObjectName("angle_filter")
        self.angle_filter.addItem(self.tr("All angles"), "")
        for key, label in ANGLES.items():
            self.angle_filter.addItem(core_label(label), key)
        self.angle_filter.currentIndexChanged.connect(self.refresh)

        self.view_button = QPushButton(self.tr("View"))
        self.view_button.clicked.connect(self.view_selected)
        self.compare_button = QPushButton(self.tr("Compare two"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.first_latest_button = QPushButton(self.tr("First vs latest"))
        self.first_latest_button.setToolTip(
            self.tr("Compare the first and latest photo of the angle shown")
        )
        self.first_latest_button.clicked.connect(self.compare_first_latest)
        # Shown when the client has a design: a photo next to what was agreed.
        self.design_button = QToolButton()
        self.design_button.setObjectName("compare_with_design")
        self.design_button.setText(self.tr("Compare with design"))
        self.design_button.setToolTip(
            self.tr(
                "The selected photo next to the design's preview (the approved version, else "
                "the newest); the arrow chooses another version"
            )
        )
        self.design_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.design_button.clicked.connect(lambda: self.compare_with_design())
        self.design_menu = QMenu(self)
        self.design_menu.aboutToShow.connect(self._fill_design_menu)
        self.design_button.setMenu(self.design_menu)
        self.design_button.hide()
        self.tag_button = QToolButton()
        self.tag_button.setText(self.tr("Tag selected"))
        self.tag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tag_button.setMenu(self._tag_menu())
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("photo_history_button")
        self.history_button.setToolTip(
            self.tr("Every change to the selected photo's tags: who, when, what")
        )
        self.history_button.clicked.connect(self.history_selected)

        top = QHBoxLayout()
        top.addWidget(import_files)
        top.addWidget(import_folder)
        top.addWidget(QLabel(self.tr("as", "import photos as (an angle)")))
        top.addWidget(self.new_angle)
        top.addWidget(QLabel(self.tr("visit", "import photos for (a visit date)")))
        top.addWidget(self.new_visit)
        top.addWidget(self.new_consent)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show", "filter the photos by angle")))
        top.addWidget(self.angle_filter)
        actions = QHBoxLayout()
        for widget in (
            self.view_button,
            self.compare_button,
            self.first_latest_button,
            self.design_button,
            self.tag_button,
            self.history_button,
            self.export_button,
            self.delete_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("photos_summary")
        actions.addWidget(self.summary)

        self.container = QWidget()
        self.container_layout = QVBoxLayout(self.container)
        self.container_layout.setContentsMargins(4, 4, 4, 4)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.container)

        self.consent_note = QLabel()
        self.consent_note.setObjectName("photo_consent_note")
        self.consent_note.setStyleSheet("color: #5b6670;")
        self.withdraw_button = QPushButton(self.tr("Marketing consent withdrawn…"))
        self.withdraw_button.setObjectName("withdraw_marketing")
        self.withdraw_button.setToolTip(
            self.tr(
                "The client told you they withdraw marketing use: every photo becomes clinical only"
            )
        )
        self.withdraw_button.clicked.connect(self.withdraw_marketing)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_note, 1)
        consent_row.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(consent_row)
        layout.addLayout(actions)
        layout.addWidget(self.scroll_area, 1)

    def _tag_menu(self) -> QMenu:
        menu = QMenu(self)
        angles = menu.addMenu(self.tr("Angle"))
        for key, label in ANGLES.items():
            angles.addAction(core_label(label), partial(self.retag, angle=key))
        consent = menu.addMenu(self.tr("Consent"))
        for key, label in CONSENTS.items():
            consent.addAction(core_label(label), partial(self.retag, consent=key))
        menu.addAction(self.tr("Visit date…"), self.choose_visit_date)
        return menu

    # -- content ------------------------------------------------------------
    def show_client(self, client_id: int) -> None:
        """A client's photos; what the next import is tagged with starts afresh for them.

        The angle and visit chosen for one client must not tag the next client's
        photos without anyone noticing.
        """
        if client_id != self.client_id:
            self.new_angle.setCurrentIndex(self.new_angle.findData(DEFAULT_ANGLE))
            self.new_visit.set_date(None)
        self.client_id = client_id
        self._follow_consent_form(client_id)
        self.refresh()

    def _photos_changed(self, client_id: int) -> None:
        if client_id == self.client_id:
            self.refresh()

    def _responses_changed(self, client_id: int) -> None:
        """A consent form was just finished (perhaps withdrawing photo consent)."""
        if client_id == self.client_id:
            self._follow_consent_form(client_id)

    def _follow_consent_form(self, client_id: int) -> None:
        """Default the import's consent to what the client's consent form says."""
        from smpdesk.app.questionnaires import PHOTO_CONSENT_WORDS, photo_consent

        allowed = photo_consent(self._db, client_id)
        if allowed in CONSENTS:
            self.new_consent.setCurrentIndex(self.new_consent.findData(allowed))
        else:
            self.new_consent.setCurrentIndex(self.new_consent.findData("clinical"))
        self.consent_note.setText(core_label(PHOTO_CONSENT_WORDS[allowed]))
        colour = "#8c2318" if allowed == "declined" else "#5b6670"
        self.consent_note.setStyleSheet(f"color: {colour};")

    def refresh(self) -> None:
        for gallery in self.galleries:
            gallery.deleteLater()
        self.galleries = []
        while self.container_layout.count():
            item = self.container_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.listed = []
        if self.client_id is None:
            return
        self._show_design_button()
        angle = self.angle_filter.currentData() or None
        listed = photo_cases.client_photos(self._db, self.client_id, angle=angle)
        self.listed = listed
        edited = photo_cases.edited_photo_ids(self._db, self.client_id)
        by_visit: dict[str, list[photo_cases.Photo]] = {}
        for photo in listed:
            by_visit.setdefault(photo.visit_date, []).append(photo)
        for visit, items in by_visit.items():
            changed = sum(photo.id in edited for photo in items)
            count = self._photo_count(len(items))
            header = QLabel(
                f"<b>{format_date(visit)}</b> &nbsp; {count}"
                + (
                    " &nbsp;<span style='color:#5b6670'>"
                    + self.tr("(%n edited ✎)", "", changed)
                    + "</span>"
                    if changed
                    else ""
                )
            )
            self.container_layout.addWidget(header)
            gallery = VisitGallery(ThumbnailModel(self._db, items, edited))
            gallery.doubleClicked.connect(lambda index: self.view_photo(index.data(PHOTO_ID_ROLE)))
            gallery.selectionModel().selectionChanged.connect(
                lambda *_a, g=gallery: self._single_gallery_selection(g)
            )
            self.galleries.append(gallery)
            self.container_layout.addWidget(gallery)
        if not listed:
            self.container_layout.addWidget(
                QLabel(
                    self.tr("No photos of the {angle} yet.").format(angle=core_word(ANGLES[angle]))
                    if angle
                    else self.tr(
                        "No photos yet. Import them with the buttons above, or drag pictures "
                        "or a folder onto this page."
                    )
                )
            )
        self.container_layout.addStretch(1)
        visits = len(by_visit)
        self.summary.setText(
            self.tr("{photos} in {visits}").format(
                photos=self._photo_count(len(listed)),
                visits=self.tr("1 visit") if visits == 1 else self.tr("%n visits", "", visits),
            )
        )

    def _photo_count(self, count: int) -> str:
        """ "1 photo", "12 photos"."""
        return self.tr("1 photo") if count == 1 else self.tr("%n photos", "", count)

    def _single_gallery_selection(self, changed: VisitGallery) -> None:
        """Selecting in one visit (click, Ctrl+A) clears the others, as in a file
        browser; Ctrl or Shift held keeps them, to pick photos across visits."""
        if self._selecting or not changed.selectionModel().hasSelection():
            return
        modifiers = QApplication.keyboardModifiers()
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            return
        self._selecting = True
        try:
            for gallery in self.galleries:
                if gallery is not changed:
                    gallery.clearSelection()
        finally:
            self._selecting = False

    def selected_ids(self) -> list[int]:
        return [i for gallery in self.galleries for i in gallery.selected_ids()]

    def select_ids(self, ids: set[int]) -> None:
        self._selecting = True
        try:
            self._select_ids(ids)
        finally:
            self._selecting = False

    def _select_ids(self, ids: set[int]) -> None:
        for gallery in self.galleries:
            gallery.clearSelection()
            model = gallery.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                if index.data(PHOTO_ID_ROLE) in ids:
                    gallery.selectionModel().select(
                        index, gallery.selectionModel().SelectionFlag.Select
                    )

    def withdraw_marketing(self) -> int:
        """Every photo of this client marked for marketing becomes clinical only (logged)."""
        from smpdesk.app.questionnaires import withdraw_marketing_consent

        if self.client_id is None:
            return 0
        answer = QMessageBox.question(
            self,
            self.tr("Marketing consent withdrawn"),
            self.tr(
                "The client withdraws permission to use their photos in marketing. Mark every "
                "photo of theirs as clinical record only? Record it on a new consent form too."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        try:
            changed = withdraw_marketing_consent(self._db, self.client_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return 0
        self.changes.photos_changed.emit(self.client_id)
        return changed

    # -- import -------------------------------------------------------------
    def start_folder(self) -> str:
        """Where the file boxes open: the folder used last, else Pictures, else home.

        Always an existing folder: given one that does not exist (a laptop with
        no Pictures folder), Qt's file box types its last part ("Pictures")
        into the file-name field instead of opening it.
        """
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        for folder in (self._last_folder, pictures):
            if folder and Path(folder).is_dir():
                return str(Path(folder))
        return str(Path.home())

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import photos"),
            self.start_folder(),
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.heic *.heif)")
            + ";;"
            + self.tr("All files (*)"),
        )
        if names:
            self._last_folder = str(Path(names[0]).parent)
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import every photo in a folder"), self.start_folder()
        )
        if folder:
            self._last_folder = str(Path(folder).parent)
            self.import_paths(photo_cases.files_in_folder(Path(folder)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.client_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths: list[Path] = []
        for url in event.mimeData().urls():
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                paths += photo_cases.files_in_folder(path) if path.is_dir() else [path]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_running(self) -> bool:
        return self.current_import is not None and self.current_import.running

    def import_paths(self, paths: list[Path]) -> Operation | None:
        if self.client_id is None or not paths:
            return None
        if self.import_running():
            # One batch at a time: decoding is memory-hungry and Pillow's
            # warning filters are process-wide.
            QMessageBox.information(
                self,
                self.tr("Import photos"),
                self.tr("Photos are still being imported; wait for that to finish."),
            )
            return None
        problem = self.new_visit.problem()
        if problem:
            QMessageBox.warning(
                self,
                self.tr("Import photos"),
                self.tr(
                    "{problem} Or leave the visit empty: each photo then goes to the day it "
                    "was taken."
                ).format(problem=problem),
            )
            return None
        visit = self.new_visit.date()
        client_id = self.client_id
        job = start_import(
            self,
            self._db,
            client_id,
            paths,
            visit_date=visit,
            angle=self.new_angle.currentData(),
            consent=self.new_consent.currentData(),
            on_done=lambda _results: self.changes.photos_changed.emit(client_id),
            visit_from_photo=visit is None,
        )
        self.current_import = job
        return job

    # -- actions ------------------------------------------------------------
    def _need(self, count: int, what: str) -> list[int] | None:
        ids = self.selected_ids()
        if (count == 1 and len(ids) != 1) or (count == 2 and len(ids) != 2) or not ids:
            QMessageBox.information(self, self.tr("Photos"), what)
            return None
        return ids

    def view_selected(self) -> None:
        ids = self._need(1, self.tr("Select one photo to view it."))
        if ids:
            self.view_photo(ids[0])

    def view_photo(self, photo_id: int) -> None:
        photo = photo_cases.get_photo(self._db, photo_id)
        if photo is None:
            return
        try:
            viewer = PhotoViewer(self._db, photo, self, photos=self.listed)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Photos"), str(exc))
            return
        viewer.exec()
        viewer.deleteLater()  # the full-size picture goes with it

    def compare_selected(self) -> None:
        ids = self._need(2, self.tr("Select two photos (Ctrl+click the second) to compare them."))
        if ids:
            pair = sorted(
                (photo_cases.get_photo(self._db, i) for i in ids),
                key=lambda p: (p.visit_date, p.id) if p else ("", 0),
            )
            self.open_compare(pair[0], pair[1])

    def first_and_latest(self) -> tuple[photo_cases.Photo, photo_cases.Photo] | None:
        if self.client_id is None:
            return None
        angle = self.angle_filter.currentData() or "front"
        listed = photo_cases.client_photos(self._db, self.client_id, angle=angle)
        if len(listed) < 2 or listed[0].visit_date == listed[-1].visit_date:
            return None
        return listed[-1], listed[0]  # listed newest first

    def compare_first_latest(self) -> None:
        pair = self.first_and_latest()
        if pair is None:
            angle = core_label(ANGLES.get(self.angle_filter.currentData() or "front", ""))
            QMessageBox.information(
                self,
                self.tr("Photos"),
                self.tr(
                    "There are not yet photos of the {angle} from two different visits."
                ).format(angle=in_sentence(angle)),
            )
            return
        self.open_compare(*pair)

    def open_compare(self, left: photo_cases.Photo | None, right: photo_cases.Photo | None) -> None:
        if left is None or right is None:
            return
        try:
            dialog = CompareDialog(self._db, left, right, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Photos"), str(exc))
            return
        dialog.exec()
        dialog.deleteLater()

    # -- against the design ------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_design_button()  # a design may have been saved on its tab meanwhile

    def _show_design_button(self) -> None:
        from smpdesk.app.designs import design_exists

        count = design_exists(self._db, self.client_id)[0] if self.client_id else 0
        self.design_button.setVisible(count > 0)

    def _preferred_design(self) -> int | None:
        """The approved version (what the client signed), else the newest one."""
        from smpdesk.app.designs import approved_design, client_designs

        if self.client_id is None:
            return None
        approved = approved_design(self._db, self.client_id)
        if approved is not None:
            return approved.id
        versions = client_designs(self._db, self.client_id)
        return versions[0].id if versions else None

    def _fill_design_menu(self) -> None:
        from smpdesk.app.designs import client_designs

        self.design_menu.clear()
        if self.client_id is None:
            return
        for summary in client_designs(self._db, self.client_id):
            if summary.approved_at:
                label = self.tr("Version {version} · {base} · approved ✓")
            else:
                label = self.tr("Version {version} · {base}")
            label = label.format(version=summary.version, base=summary.base_label)
            self.design_menu.addAction(label, partial(self.compare_with_design, summary.id))

    def compare_with_design(self, design_id: int | None = None) -> CompareDialog | None:
        """The selected photo (after a session, say) lined up with the design's preview."""
        ids = self._need(
            1, self.tr("Select the photo to compare with the design (one of the same view).")
        )
        if not ids:
            return None
        photo = photo_cases.get_photo(self._db, ids[0])
        chosen = design_id if design_id is not None else self._preferred_design()
        if photo is None or chosen is None:
            return None
        try:
            dialog = CompareDialog(self._db, design_side(self._db, chosen), photo, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Photos"), str(exc))
            return None
        dialog.exec()
        dialog.deleteLater()
        return dialog

    def retag(self, **changes: str) -> int:
        ids = self._need(0, self.tr("Select the photos to tag (Ctrl+A selects a whole visit)."))
        if not ids:
            return 0
        try:
            changed = photo_cases.retag(self._db, ids, **changes)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Photos"), str(exc))
            return 0
        self._announce()  # this tab reloads too, before the selection is put back
        self.select_ids(set(ids))
        return changed

    def history_selected(self) -> None:
        """What changed in the selected photo's tags, who changed it and when."""
        ids = self._need(1, self.tr("Select one photo to see its history."))
        if not ids:
            return
        photo = photo_cases.get_photo(self._db, ids[0])
        if photo is None:  # deleted since it was listed (another window)
            return
        from smpdesk.gui.photos.photo_history import PhotoHistoryDialog

        try:
            dialog = PhotoHistoryDialog(self._db, photo, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Photos"), str(exc))
            return
        dialog.exec()
        dialog.deleteLater()

    def choose_visit_date(self) -> None:
        """Move the selected photos to another visit, the day typed in the clinic's style."""
        if not self._need(0, self.tr("Select the photos to tag (Ctrl+A selects a whole visit).")):
            return
        dialog = VisitDateDialog(clinic.load_settings(self._db).date_style, self)
        try:
            chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
        if chosen is not None:
            self.retag(visit_date=chosen.isoformat())

    def export_selected(self) -> None:
        ids = self._need(1, self.tr("Select one photo to export it."))
        if not ids:
            return
        photo = photo_cases.get_photo(self._db, ids[0])
        if photo is None:  # deleted since it was listed (another window), as in view_photo
            return
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export photo"),
            f"{start}/photo-{photo.visit_date}-{photo.angle}.jpg",
            self.tr("JPEG pictures (*.jpg)"),
        )
        if name:
            try:
                data = photo_cases.photo_jpeg(self._db, ids[0])
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Not exported"), str(exc))
                return
            # Asks again if ".jpg" had to be added to an existing name; the
            # clinic's own files are refused whatever was answered.
            save_bytes(
                self,
                name,
                data,
                clinic.protected_files(db=self._db),
                suffixes=(".jpg", ".jpeg"),
                what="The photo",
            )

    def delete_selected(self) -> int:
        ids = self._need(0, self.tr("Select the photos to delete."))
        if not ids:
            return 0
        if len(ids) == 1:
            question = self.tr(
                "Delete 1 photo for good? The pictures are erased from the clinic database and "
                "cannot be brought back except from a backup."
            )
        else:
            question = self.tr(
                "Delete %n photos for good? The pictures are erased from the clinic database and "
                "cannot be brought back except from a backup.",
                "",
                len(ids),
            )
        answer = QMessageBox.question(self, self.tr("Delete photos"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        deleted = 0
        try:
            for photo_id in ids:
                deleted += photo_cases.delete_photo(self._db, photo_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Photos"), str(exc))
        self._announce()
        return deleted

    def _announce(self) -> None:
        if self.client_id is not None:
            self.changes.photos_changed.emit(self.client_id)


class VisitDateDialog(QDialog):
    """The day of the visit the selected photos belong to (Photos → Tag → Visit date…).

    A day that is not understood, or in the future, keeps the dialog open with what
    was typed and says why underneath.
    """

    def __init__(self, date_style: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visit date"))
        label = QLabel(self.tr("Move the selected photos to the visit on:"))
        self.entry = DateEntry(date_style)
        self.entry.setObjectName("visit_date_entry")
        self.entry.set_date(date.today())
        label.setBuddy(self.entry)
        self.error = QLabel()
        self.error.setObjectName("visit_date_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.entry)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(380, self.sizeHint().height())
        self.entry.setFocus()

    def chosen(self) -> date | None:
        return self.entry.date()

    def accept(self) -> None:
        chosen = self.entry.date()
        if chosen is None:
            problem = self.entry.problem() or self.tr("Enter the day of the visit.")
        elif chosen > date.today():
            problem = self.tr("A visit date cannot be in the future.")
        else:
            super().accept()
            return
        self.error.setText(problem)
        self.error.show()
        layout = self.layout()
        if layout is not None:  # room for the line: grow rather than squeeze the box
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.entry.setFocus()
