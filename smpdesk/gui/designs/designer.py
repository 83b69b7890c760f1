"""The hairline designer: draw the hairline and the pigment zones on the client's photo.

One window over :class:`~smpdesk.gui.designs.canvas.DesignCanvas` (the picture
and the tools) and :class:`~smpdesk.gui.designs.designer_panel.DesignPanel`
(the settings), sharing one :class:`DesignEditor` (the design and its undo
history).  "Preview" swaps the picture for the SMP simulation of the design,
rendered live by the same code as the command line and the PDFs
(:mod:`smpdesk.infra.smp_render`), session by session.

Save stores a new version through :func:`smpdesk.app.designs.save_design` (a
design is never changed once saved) and says so with ``saved(id)``; Cancel
asks before throwing changes away.  Pillow and the renderer are imported when
the window opens, never at the app's start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QImage, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStatusBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import designs as design_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.designs import Design, Point
from smpdesk.errors import UserError
from smpdesk.gui.designs import designer_edits as edits
from smpdesk.gui.designs.canvas import TOOL_HINTS, DesignCanvas, Tool
from smpdesk.gui.designs.canvas_preview import (
    DISPLAY_SIDE,
    PreviewRenderer,
    qimage_from_pil,
    reduced,
)
from smpdesk.gui.designs.designer_panel import DesignPanel
from smpdesk.gui.designs.designer_undo import DesignEditor
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from PIL import Image

TOOL_KEYS: dict[Tool, tuple[str, str]] = {
    Tool.SELECT: (QT_TRANSLATE_NOOP("designs.designer", "Select"), "V"),
    Tool.HAIRLINE: (QT_TRANSLATE_NOOP("designs.designer", "Hairline"), "H"),
    Tool.ZONE: (QT_TRANSLATE_NOOP("designs.designer", "Zone"), "Z"),
    Tool.SCALE: (QT_TRANSLATE_NOOP("designs.designer", "Scale"), "S"),
}


class DesignerWindow(QDialog):
    """Design a hairline and zones for ``client_id`` on ``base``; Save makes a new version.

    ``design`` is where to start (an empty one for a new design, an earlier
    version to edit as a new one, with ``replaces`` naming it); ``base`` is
    the picture it is drawn on (the client's photo or a built-in outline).
    """

    saved = Signal(int)  # the new version's id

    def __init__(
        self,
        clinic: Clinic,
        client_id: int,
        base: Image.Image,
        design: Design,
        *,
        replaces: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("designer_window")
        self.setWindowTitle(
            self.tr("Edit design (saved as a new version)") if replaces else self.tr("New design")
        )
        self._clinic = clinic
        self._client_id = client_id
        self._base = base
        self._replaces = replaces
        self.saved_id: int | None = None
        self._renderer: PreviewRenderer | None = None
        from smpdesk.infra.smp_render import ZONE_COLOURS

        self.editor = DesignEditor(edits.normalise(design), self)
        self.canvas = DesignCanvas(
            self.editor, qimage_from_pil(reduced(base, DISPLAY_SIDE)), dict(ZONE_COLOURS)
        )
        self.panel = DesignPanel(self.editor, lambda: self.canvas.zone_index)
        self.status = QStatusBar()
        self.status.setSizeGripEnabled(False)
        self.hint = QLabel()
        self.hint.setObjectName("tool_hint")
        self.hint.setWordWrap(True)
        self.status.addWidget(self.hint, 1)

        self.layer_box = QComboBox()
        self.layer_box.setObjectName("preview_layer")
        self.layer_box.setToolTip(
            self.tr("Which session the preview shows: session 1 … the finished result")
        )
        self.layer_box.currentIndexChanged.connect(lambda _i: self._update_preview(now=True))
        toolbar = self._toolbar()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([900, 340])

        self.save_button = QPushButton(
            self.tr("Save as new version") if replaces else self.tr("Save design")
        )
        self.save_button.setObjectName("save_design")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_design")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.canvas.message.connect(lambda text: self.status.showMessage(text, 6000))
        self.canvas.zone_closed.connect(self._zone_closed)
        self.canvas.scale_marked.connect(self._scale_marked)
        self.canvas.selection_changed.connect(self._selection_changed)
        self._shown_zone = -1
        self.panel.tool_wanted.connect(lambda name: self.set_tool(Tool(name)))
        self.panel.zone_chosen.connect(self.canvas.select_zone)
        self.editor.changed.connect(self._design_changed)
        self._design_changed()
        h = self.editor.design.hairline
        self.set_tool(Tool.SELECT if h is not None and h.points else Tool.HAIRLINE)
        fit_to_screen(self, 1320, 860)
        self.canvas.setFocus()

    # -- the toolbar -------------------------------------------------------------------
    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("designer_tools")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tool_actions: dict[Tool, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for tool, (label, key) in TOOL_KEYS.items():
            action = QAction(translate("designs.designer", label), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setToolTip(
                self.tr("{hint} ({key})").format(
                    hint=translate("designs.canvas", TOOL_HINTS[tool]), key=key
                )
            )
            action.triggered.connect(lambda _checked=False, t=tool: self.set_tool(t))
            group.addAction(action)
            bar.addAction(action)
            self.tool_actions[tool] = action
        bar.addSeparator()
        stack = self.editor.stack
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: self.undo_action.setToolTip(
                self.tr("Undo {action} (Ctrl+Z)").format(action=self._step_name(text))
            )
        )
        stack.redoTextChanged.connect(
            lambda text: self.redo_action.setToolTip(
                self.tr("Redo {action} (Ctrl+Shift+Z)").format(action=self._step_name(text))
            )
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        zoom_out = QAction(self.tr("Zoom −"), self)
        zoom_out.setShortcuts([QKeySequence("Ctrl+-")])
        zoom_out.triggered.connect(lambda: self.canvas.zoom_by(0.8))
        zoom_in = QAction(self.tr("Zoom +"), self)
        zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        zoom_in.triggered.connect(lambda: self.canvas.zoom_by(1.25))
        fit = QAction(self.tr("Fit"), self)
        fit.setShortcut(QKeySequence("Ctrl+0"))
        fit.setToolTip(self.tr("The whole picture (Ctrl+0); the wheel zooms, space+drag pans"))
        fit.triggered.connect(self.canvas.fit)
        for action in (zoom_out, zoom_in, fit):
            bar.addAction(action)
        bar.addSeparator()
        self.preview_action = QAction(self.tr("Preview"), self)
        self.preview_action.setObjectName("preview_toggle")
        self.preview_action.setCheckable(True)
        self.preview_action.setShortcut(QKeySequence("P"))
        self.preview_action.setToolTip(self.tr("Show the SMP simulation of this design (P)"))
        self.preview_action.toggled.connect(self.set_preview)
        bar.addAction(self.preview_action)
        bar.addWidget(self.layer_box)
        self.guides_action = QAction(self.tr("Guides"), self)
        self.guides_action.setCheckable(True)
        self.guides_action.setChecked(True)
        self.guides_action.setShortcut(QKeySequence("G"))
        self.guides_action.setToolTip(self.tr("Show the lines and zones over the picture (G)"))
        self.guides_action.toggled.connect(self.canvas.set_guides)
        bar.addAction(self.guides_action)
        for action in bar.actions():
            self.addAction(action)  # the shortcuts work wherever the focus is
        return bar

    def _step_name(self, text: str) -> str:
        """An undo step's name inside the Undo/Redo tooltip: lower case in English;
        a translation keeps the capitals its language needs (German nouns)."""
        return text.lower() if self.tr("Undo") == "Undo" else text

    def set_tool(self, tool: Tool) -> None:
        self.canvas.set_tool(tool)
        if tool == Tool.ZONE:
            self.panel.setCurrentWidget(self.panel.zones_tab)
        elif tool in (Tool.HAIRLINE, Tool.SCALE):
            self.panel.setCurrentWidget(self.panel.hairline_tab)
        self.tool_actions[tool].setChecked(True)
        self.hint.setText(translate("designs.canvas", TOOL_HINTS[tool]))
        self.canvas.setFocus()

    def _selection_changed(self) -> None:
        """A zone picked on the picture opens its settings."""
        zone = self.canvas.zone_index
        if zone != self._shown_zone and zone >= 0:
            self.panel.setCurrentWidget(self.panel.zones_tab)
        self._shown_zone = zone
        self.panel.refresh()

    def undo(self) -> None:
        """Undo the last edit (whatever the canvas was in the middle of is dropped first)."""
        self.canvas.cancel()
        self.editor.stack.undo()

    def redo(self) -> None:
        self.canvas.cancel()
        self.editor.stack.redo()

    # -- design changes ----------------------------------------------------------------
    def _design_changed(self) -> None:
        self._fill_layers()
        self._update_preview(now=not self.editor.dragging)

    def _fill_layers(self) -> None:
        """Session 1 … the last session of the design (the finished result)."""
        layers = self.editor.design.layers
        count = self.layer_box.count()
        if count == layers:
            return
        current = self.layer_box.currentData()
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        for layer in range(1, layers + 1):
            label = (
                self.tr("Session {session} (finished)")
                if layer == layers
                else self.tr("Session {session}")
            )
            self.layer_box.addItem(label.format(session=layer), layer)
        # The finished result stays the finished result; an earlier session stays itself.
        keep = current is not None and current < count and current <= layers
        self.layer_box.setCurrentIndex(int(current) - 1 if keep else layers - 1)
        self.layer_box.blockSignals(False)

    def _zone_closed(self, corners: tuple[Point, ...]) -> None:
        try:
            zone = self.panel.new_zone(corners)
            design = edits.add_zone(self.editor.design, zone)
        except (edits.EditRefused, ValueError) as err:
            self.status.showMessage(str(err), 6000)
            return
        self.editor.apply(design, self.tr("Add zone"))
        self.canvas.select(None, len(design.zones) - 1)
        self.status.showMessage(
            self.tr("Zone added: set its density, shade and session on the right."), 6000
        )

    def _scale_marked(self, a: Point, b: Point) -> None:
        try:
            design = edits.set_scale(self.editor.design, a, b, self.panel.scale_cm.value())
        except edits.EditRefused as err:
            self.status.showMessage(str(err), 6000)
            return
        self.editor.apply(design, self.tr("Set scale"))
        self.status.showMessage(
            self.tr("Scale marked: type the real distance between the marks."), 8000
        )
        self.panel.scale_cm.setFocus()
        self.panel.scale_cm.selectAll()

    # -- preview -----------------------------------------------------------------------
    @property
    def previewing(self) -> bool:
        return self.preview_action.isChecked()

    def preview_layer(self) -> int | None:
        data = self.layer_box.currentData()
        return int(data) if data is not None else None

    def set_preview(self, on: bool) -> None:
        if self.preview_action.isChecked() != on:
            self.preview_action.setChecked(on)  # comes back here through toggled
            return
        if on:
            self._update_preview(now=True)
            self.status.showMessage(self.tr("Preview: the simulated result on this picture."), 4000)
        else:
            if self._renderer is not None:
                self._renderer.cancel()
            self.canvas.set_preview(None)

    @property
    def renderer(self) -> PreviewRenderer:
        if self._renderer is None:
            self._renderer = PreviewRenderer(self._base, self)
            self._renderer.ready.connect(self._preview_ready)
            self._renderer.failed.connect(lambda text: self.status.showMessage(text, 8000))
        return self._renderer

    def _update_preview(self, *, now: bool = False) -> None:
        if not self.previewing:
            return
        self.renderer.request(edits.for_saving(self.editor.design), self.preview_layer())
        if now:
            self.renderer.render_now()

    def _preview_ready(self, image: QImage) -> None:
        if self.previewing:
            self.canvas.set_preview(image)

    # -- save, cancel ------------------------------------------------------------------
    def design(self) -> Design:
        """The design as it would be saved now."""
        return edits.for_saving(self.editor.design)

    def save(self) -> bool:
        """Save a new version; True when saved (the window then closes)."""
        self.canvas.cancel()
        self.panel.commit_notes()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            record = design_cases.save_design(
                self._clinic, self._client_id, self.design(), replaces=self._replaces
            )
        except UserError as err:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Design not saved"), str(err))
            return False
        QApplication.restoreOverrideCursor()
        self.saved_id = record.id
        self.editor.initial = self.editor.design  # nothing left to discard
        self.saved.emit(record.id)
        self.accept()
        return True

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: ask before losing changes."""
        self.panel.commit_notes()
        if self.editor.modified:
            answer = QMessageBox.question(
                self,
                self.tr("Discard the changes?"),
                self.tr("Discard the changes?\n\nThe design has not been saved."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        if self._renderer is not None:
            self._renderer.cancel()
        super().reject()


__all__ = ["DesignerWindow"]
