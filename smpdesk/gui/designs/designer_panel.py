"""The designer's side panel: hairline settings, the scale, and the zones.

Every control edits the design through the :class:`DesignEditor` (one undo
step per change; a slider drag is one step, like a point drag), and the panel
redraws itself from the design after every change, undo included, so it never
shows a value the design does not hold.

Densities come with the realistic range for the zone's kind and where it was
found (:mod:`smpdesk.domain.design_densities`); a value outside it is allowed
(the practitioner decides) but shown in amber.  Areas and impression counts
need a marked scale: without one the panel says so instead of guessing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smpdesk.domain import design_densities as densities
from smpdesk.domain.design_geometry import impression_count, zone_area_cm2
from smpdesk.domain.designs import (
    DENSITY_RANGE,
    DILUTION_RANGE,
    MAX_LAYER,
    MAX_NAME,
    MAX_NOTE,
    SCALE_CM_RANGE,
    SOFTNESS_MM_RANGE,
    ZONE_KINDS,
    Design,
    Point,
    Zone,
)
from smpdesk.domain.text_safety import clean_line, clean_multiline
from smpdesk.gui.designs import designer_edits as edits
from smpdesk.gui.designs.designer_undo import DesignEditor
from smpdesk.gui.i18n import translate
from smpdesk.gui.words.core_labels import core_label

#: What the scale suggests before anything is typed: four fingers above the brow.
DEFAULT_SCALE_CM = 7.0
HINT_STYLE = "color: #5b6670;"
WARN_STYLE = "color: #a35a00;"


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def zone_numbers(zone: Zone, design: Design) -> str:
    """The zone's size ("12.4 cm² · 372 impressions"), or what is missing to know it."""
    area = zone_area_cm2(zone, design)
    count = impression_count(zone, design)
    if area is None or count is None:
        return translate("designs.designer_panel", "set the scale for cm²")
    return translate("designs.designer_panel", "{area} cm² · {count} impressions").format(
        area=f"{area:.1f}", count=f"{count:,}"
    )


def zone_line(index: int, zone: Zone, design: Design) -> str:
    kind = core_label(ZONE_KINDS.get(zone.kind, zone.kind))
    text = (
        translate(
            "designs.designer_panel", "{number}. {kind} “{name}” · session {session}\n    {size}"
        )
        if zone.name
        else translate("designs.designer_panel", "{number}. {kind} · session {session}\n    {size}")
    )
    return text.format(
        number=index + 1,
        kind=kind,
        name=zone.name,
        session=zone.layer,
        size=zone_numbers(zone, design),
    )


def stacked(design: Design, index: int) -> list[int]:
    """The zones laid over the same area as zone ``index`` (its sessions), itself included.

    A realistic density is that of the *finished* area, so a zone planned in
    sessions is judged by the sum of its layers.
    """
    zone = design.zones[index]
    return [
        i
        for i, other in enumerate(design.zones)
        if other.kind == zone.kind and other.points == zone.points
    ]


def density_range_text(kind: str) -> str:
    r = densities.DENSITIES.get(kind)
    if r is None:
        return ""
    return translate("designs.designer_panel", "realistic {low}–{high}, typical {typical}").format(
        low=f"{r.low:g}", high=f"{r.high:g}", typical=f"{r.typical:g}"
    )


def _scrolling(*boxes: QWidget) -> QScrollArea:
    inner = QWidget()
    column = QVBoxLayout(inner)
    for box in boxes:
        column.addWidget(box)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


class DesignPanel(QTabWidget):
    """Hairline, scale and zone settings for the design in ``editor``: two tabs,
    "Hairline" (with the scale) and "Zones", each fitting a laptop screen."""

    tool_wanted = Signal(str)  # "zone" or "scale": the button asks the window for that tool
    zone_chosen = Signal(int)  # a row of the zone list was picked (-1: none)

    def __init__(
        self,
        editor: DesignEditor,
        selected_zone: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("design_panel")
        self.editor = editor
        self.selected_zone = selected_zone
        self._filling = False
        self._slider_from: str | None = None
        self.hairline_tab = _scrolling(self._hairline_box(), self._scale_box(), self._notes_box())
        self.zones_tab = _scrolling(self._zones_box())
        self.addTab(self.hairline_tab, self.tr("Hairline and scale"))
        self.addTab(self.zones_tab, self.tr("Zones"))
        self.setMinimumWidth(340)
        editor.changed.connect(self.refresh)
        self.refresh()

    # -- building ----------------------------------------------------------------------
    def _hairline_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hairline"))
        self.softness = QSlider(Qt.Orientation.Horizontal)
        self.softness.setObjectName("softness")
        lo, hi = SOFTNESS_MM_RANGE
        self.softness.setRange(round(lo * 2), round(hi * 2))  # half millimetres
        self.softness.setPageStep(4)
        self.softness.setToolTip(
            self.tr("How wide the edge fades in front of the line: a soft edge looks natural")
        )
        self.softness_value = QLabel()
        self.irregularity = QSlider(Qt.Orientation.Horizontal)
        self.irregularity.setObjectName("irregularity")
        self.irregularity.setRange(0, 100)
        self.irregularity.setPageStep(10)
        self.irregularity.setToolTip(
            self.tr("Natural micro-variation of the edge: a ruler-straight line looks fake")
        )
        self.irregularity_value = QLabel()
        for slider, value in (
            (self.softness, self.softness_value),
            (self.irregularity, self.irregularity_value),
        ):
            value.setMinimumWidth(44)
            slider.valueChanged.connect(self._slider_changed)
            slider.sliderPressed.connect(self._slider_pressed)
            slider.sliderReleased.connect(self._slider_released)
        self.symmetric = QCheckBox(self.tr("Symmetric"))
        self.symmetric.setObjectName("symmetric")
        self.symmetric.toggled.connect(self._symmetry_toggled)
        form = QFormLayout(box)
        form.addRow(self.tr("Softness"), self._with_value(self.softness, self.softness_value))
        form.addRow(
            self.tr("Irregularity"), self._with_value(self.irregularity, self.irregularity_value)
        )
        form.addRow(self.symmetric)
        form.addRow(
            _hint(
                self.tr(
                    "Symmetric: draw the left side, the right mirrors it about the dashed line "
                    "(drag that line onto the middle of the face)."
                )
            )
        )
        return box

    @staticmethod
    def _with_value(slider: QSlider, value: QLabel) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(slider, 1)
        layout.addWidget(value)
        return row

    def _scale_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scale"))
        self.scale_status = QLabel()
        self.scale_status.setObjectName("scale_status")
        self.scale_status.setWordWrap(True)
        self.scale_cm = QDoubleSpinBox()
        self.scale_cm.setObjectName("scale_cm")
        self.scale_cm.setRange(*SCALE_CM_RANGE)
        self.scale_cm.setDecimals(1)
        self.scale_cm.setSingleStep(0.5)
        self.scale_cm.setSuffix(" cm")
        self.scale_cm.setValue(DEFAULT_SCALE_CM)
        self.scale_cm.setKeyboardTracking(False)
        self.scale_cm.setToolTip(self.tr("The real distance between the two scale marks"))
        self.scale_cm.valueChanged.connect(self._scale_cm_changed)
        self.mark_scale = QPushButton(self.tr("Mark the scale"))
        self.mark_scale.setAutoDefault(False)
        self.mark_scale.setToolTip(self.tr("Click two points a known distance apart (S)"))
        self.mark_scale.clicked.connect(lambda: self.tool_wanted.emit("scale"))
        row = QHBoxLayout()
        row.addWidget(self.mark_scale)
        row.addWidget(self.scale_cm, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.scale_status)
        layout.addLayout(row)
        layout.addWidget(
            _hint(
                self.tr(
                    "Four fingers laid flat above the brow are about 7 cm; a ruler held to the "
                    "head in the photo works too."
                )
            )
        )
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("design_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self.notes.setPlaceholderText(self.tr("e.g. agreed a mature, slightly receded line"))
        self.notes.installEventFilter(self)
        layout = QVBoxLayout(box)
        layout.addWidget(self.notes)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.commit_notes()
        return super().eventFilter(watched, event)

    def commit_notes(self) -> None:
        """The typed notes into the design (when the box is left, and before saving)."""
        text = clean_multiline(self.notes.toPlainText())[:MAX_NOTE].strip()
        if text != self.editor.design.notes:
            self.editor.apply(replace(self.editor.design, notes=text), self.tr("Edit notes"))

    def _zones_box(self) -> QWidget:
        box = QWidget()
        self.new_kind = QComboBox()
        self.new_kind.setObjectName("new_zone_kind")
        for key, label in ZONE_KINDS.items():
            self.new_kind.addItem(core_label(label), key)
        self.new_layer = QSpinBox()
        self.new_layer.setObjectName("new_zone_layer")
        self.new_layer.setRange(1, MAX_LAYER)
        self.new_layer.setPrefix(self.tr("session "))
        self.draw_zone = QPushButton(self.tr("Draw a zone"))
        self.draw_zone.setAutoDefault(False)
        self.draw_zone.setToolTip(self.tr("Click its corners on the picture; Enter closes it (Z)"))
        self.draw_zone.clicked.connect(lambda: self.tool_wanted.emit("zone"))
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_kind, 1)
        new_row.addWidget(self.new_layer)
        self.zone_list = QListWidget()
        self.zone_list.setObjectName("zone_list")
        self.zone_list.setFixedHeight(120)
        self.zone_list.currentRowChanged.connect(self._list_row_changed)
        self.total = QLabel()
        self.total.setObjectName("zones_total")
        self.total.setStyleSheet(HINT_STYLE)

        self.zone_box = QGroupBox(self.tr("Selected zone"))
        self.kind = QComboBox()
        self.kind.setObjectName("zone_kind")
        for key, label in ZONE_KINDS.items():
            self.kind.addItem(core_label(label), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.density = QDoubleSpinBox()
        self.density.setObjectName("zone_density")
        self.density.setRange(*DENSITY_RANGE)
        self.density.setDecimals(0)
        self.density.setSuffix(self.tr(" per cm²"))
        self.density.setKeyboardTracking(False)
        self.density.valueChanged.connect(self._density_changed)
        self.density_range = QLabel()
        self.density_range.setObjectName("zone_density_range")
        # Two lines (the range; the sessions' sum), never squeezed by the scroll area.
        self.density_range.setMinimumHeight(2 * self.density_range.fontMetrics().lineSpacing() + 2)
        self.shade = QComboBox()
        self.shade.setObjectName("zone_shade")
        self.shade.setEditable(True)
        self.shade.addItems(list(densities.SHADES))
        self.shade.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.shade.lineEdit()
        if line is not None:
            line.setMaxLength(MAX_NAME)
            line.editingFinished.connect(self._shade_changed)
        self.shade.activated.connect(lambda _i: self._shade_changed())
        self.dilution = QSpinBox()
        self.dilution.setObjectName("zone_dilution")
        self.dilution.setRange(*DILUTION_RANGE)
        self.dilution.setSuffix(self.tr(" % pigment"))
        self.dilution.setSingleStep(5)
        self.dilution.setKeyboardTracking(False)
        self.dilution.valueChanged.connect(
            lambda v: self._zone_edit(self.tr("Change dilution"), dilution=int(v))
        )
        self.needle = QComboBox()
        self.needle.setObjectName("zone_needle")
        for key, mm in densities.NEEDLES.items():
            self.needle.addItem(
                self.tr("{needle} ({size} mm impressions)").format(needle=key, size=f"{mm:g}"), key
            )
        self.needle.currentIndexChanged.connect(self._needle_changed)
        self.layer = QSpinBox()
        self.layer.setObjectName("zone_layer")
        self.layer.setRange(1, MAX_LAYER)
        self.layer.setToolTip(self.tr("The session that lays this zone: 1 is the first, lightest"))
        self.layer.setKeyboardTracking(False)
        self.layer.valueChanged.connect(
            lambda v: self._zone_edit(self.tr("Change session"), layer=int(v))
        )
        self.name = QLineEdit()
        self.name.setObjectName("zone_name")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("optional, e.g. left temple"))
        self.name.editingFinished.connect(self._name_changed)
        self.numbers = QLabel()
        self.numbers.setObjectName("zone_numbers")
        self.delete_zone = QPushButton(self.tr("Delete zone"))
        self.delete_zone.setObjectName("delete_zone")
        self.delete_zone.setAutoDefault(False)
        self.delete_zone.clicked.connect(self._delete_zone)
        form = QFormLayout(self.zone_box)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Density"), self.density)
        form.addRow("", self.density_range)
        form.addRow(self.tr("Shade"), self.shade)
        form.addRow(self.tr("Dilution"), self.dilution)
        form.addRow(self.tr("Needle"), self.needle)
        form.addRow(self.tr("Session"), self.layer)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Size"), self.numbers)
        form.addRow("", self.delete_zone)

        new_box = QGroupBox(self.tr("New zone"))
        new_layout = QVBoxLayout(new_box)
        new_layout.addLayout(new_row)
        new_layout.addWidget(self.draw_zone)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(new_box)
        layout.addWidget(self.zone_list)
        layout.addWidget(self.total)
        layout.addWidget(self.zone_box)
        return box

    # -- showing the design ------------------------------------------------------------
    def refresh(self) -> None:
        """Show the design's values (signals held back: showing is not editing)."""
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False

    def _fill(self) -> None:
        design = self.editor.design
        h = edits.hairline_of(design)
        if not self.softness.isSliderDown():
            self.softness.setValue(round(h.softness_mm * 2))
        if not self.irregularity.isSliderDown():
            self.irregularity.setValue(round(h.irregularity * 100))
        self.softness_value.setText(f"{h.softness_mm:g} mm")
        self.irregularity_value.setText(f"{round(h.irregularity * 100)} %")
        self.symmetric.setChecked(h.symmetric)
        if not self.notes.hasFocus() and self.notes.toPlainText() != design.notes:
            self.notes.setPlainText(design.notes)

        s = design.scale
        if s is None:
            self.scale_status.setText(
                self.tr(
                    "No scale yet: mark two points a known distance apart to see areas in cm² "
                    "and impression counts."
                )
            )
            self.scale_status.setStyleSheet(WARN_STYLE)
        else:
            self.scale_status.setText(
                self.tr("{distance} cm between the two marks.").format(distance=f"{s.cm:g}")
            )
            self.scale_status.setStyleSheet("")
            if not self.scale_cm.hasFocus():
                self.scale_cm.setValue(s.cm)

        chosen = self.selected_zone()
        self.zone_list.clear()
        for i, zone in enumerate(design.zones):
            self.zone_list.addItem(QListWidgetItem(zone_line(i, zone, design)))
        self.zone_list.setCurrentRow(chosen if 0 <= chosen < len(design.zones) else -1)
        self.total.setText(self._total_text(design))
        self._fill_zone(design, chosen)

    @staticmethod
    def _total_text(design: Design) -> str:
        if not design.zones:
            return translate("DesignPanel", "No zones yet: choose a kind and draw one.")
        counts = [impression_count(z, design) for z in design.zones]
        sessions = design.layers
        if any(c is None for c in counts):
            text = (
                translate(
                    "DesignPanel", "{sessions} sessions; set the scale for impression counts."
                )
                if sessions > 1
                else translate(
                    "DesignPanel", "{sessions} session; set the scale for impression counts."
                )
            )
            return text.format(sessions=sessions)
        total = sum(c or 0 for c in counts)
        text = (
            translate("DesignPanel", "In all: about {total} impressions, {sessions} sessions.")
            if sessions > 1
            else translate("DesignPanel", "In all: about {total} impressions, {sessions} session.")
        )
        return text.format(total=f"{total:,}", sessions=sessions)

    def _fill_zone(self, design: Design, index: int) -> None:
        has = 0 <= index < len(design.zones)
        self.zone_box.setEnabled(has)
        if not has:
            self.zone_box.setTitle(
                self.tr("Selected zone (click one on the picture or in the list)")
            )
            self.numbers.setText("")
            self.density_range.setText("")
            return
        zone = design.zones[index]
        self.zone_box.setTitle(self.tr("Zone {number}").format(number=index + 1))
        self.kind.setCurrentIndex(max(self.kind.findData(zone.kind), 0))
        self.density.setValue(zone.density)
        r = densities.DENSITIES.get(zone.kind)
        layers = stacked(design, index)
        finished = sum(design.zones[i].density for i in layers)
        outside = r is not None and not r.low <= finished <= r.high
        text = density_range_text(zone.kind)
        if len(layers) > 1:  # the ranges are for the finished area, all sessions together
            text = self.tr("{range}\n{sessions} sessions together: {density}").format(
                range=text, sessions=len(layers), density=f"{finished:g}"
            )
        if outside:
            text = self.tr("{range} (outside the range)").format(range=text)
        self.density_range.setText(text)
        self.density_range.setStyleSheet(WARN_STYLE if outside else HINT_STYLE)
        if r is not None:
            self.density_range.setToolTip(
                self.tr(
                    "Impressions per cm² of the finished area (all sessions together).\n"
                    "Sources: {sources}"
                ).format(sources=r.source)
            )
        self.shade.setEditText(zone.shade)
        self.dilution.setValue(zone.dilution)
        found = self.needle.findData(zone.needle)
        if found < 0:
            self.needle.addItem(
                self.tr("{needle} ({size} mm impressions)").format(
                    needle=zone.needle, size=f"{zone.impression_mm:g}"
                ),
                zone.needle,
            )
            found = self.needle.count() - 1
        self.needle.setCurrentIndex(found)
        self.layer.setValue(zone.layer)
        if not self.name.hasFocus():
            self.name.setText(zone.name)
        self.numbers.setText(zone_numbers(zone, design))

    # -- editing -----------------------------------------------------------------------
    def _slider_pressed(self) -> None:
        self._slider_from = "softness" if self.sender() is self.softness else "irregularity"

    def _slider_changed(self) -> None:
        if self._filling:
            return
        design = edits.set_softness(self.editor.design, self.softness.value() / 2)
        design = edits.set_irregularity(design, self.irregularity.value() / 100)
        if self.softness.isSliderDown() or self.irregularity.isSliderDown():
            self.editor.show(design)  # one undo step when the slider is let go
        else:
            which = "softness" if self.sender() is self.softness else "irregularity"
            self.editor.apply(design, self._change_text(which))

    def _slider_released(self) -> None:
        which = self._slider_from or "hairline"
        self._slider_from = None
        self.editor.finish(self._change_text(which))

    def _change_text(self, which: str) -> str:
        """The undo step's name for a slider: "Change softness", "Change irregularity"."""
        if which == "softness":
            return self.tr("Change softness")
        if which == "irregularity":
            return self.tr("Change irregularity")
        return self.tr("Change hairline")

    def _symmetry_toggled(self, on: bool) -> None:
        if not self._filling:
            self.editor.apply(
                edits.set_symmetric(self.editor.design, on),
                self.tr("Symmetry on") if on else self.tr("Symmetry off"),
            )

    def _scale_cm_changed(self, cm: float) -> None:
        if self._filling or self.editor.design.scale is None:
            return
        self.editor.apply(
            edits.set_scale_cm(self.editor.design, cm), self.tr("Change scale distance")
        )

    def _list_row_changed(self, row: int) -> None:
        if not self._filling and row != self.selected_zone():
            self.zone_chosen.emit(row)

    def _current_zone(self) -> tuple[int, Zone] | None:
        index = self.selected_zone()
        zones = self.editor.design.zones
        return (index, zones[index]) if 0 <= index < len(zones) else None

    def _zone_edit(self, text: str, **changes: object) -> None:
        if self._filling:
            return
        current = self._current_zone()
        if current is None:
            return
        index, zone = current
        new = replace(zone, **changes)  # type: ignore[arg-type]
        self.editor.apply(edits.update_zone(self.editor.design, index, new), text)

    def _kind_changed(self) -> None:
        current = self._current_zone()
        if self._filling or current is None:
            return
        _, zone = current
        kind = str(self.kind.currentData())
        density = zone.density
        old, new = densities.DENSITIES.get(zone.kind), densities.DENSITIES.get(kind)
        if old is not None and new is not None and density == old.typical:
            density = new.typical  # still the old kind's default: take the new kind's
        self._zone_edit(self.tr("Change zone kind"), kind=kind, density=density)

    def _density_changed(self, value: float) -> None:
        self._zone_edit(self.tr("Change density"), density=float(value))

    def _shade_changed(self) -> None:
        shade = clean_line(self.shade.currentText()).strip()[:MAX_NAME]
        current = self._current_zone()
        if shade and current is not None and shade != current[1].shade:
            self._zone_edit(self.tr("Change shade"), shade=shade)

    def _needle_changed(self) -> None:
        key = str(self.needle.currentData())
        mm = densities.NEEDLES.get(key)
        if mm is not None:
            self._zone_edit(self.tr("Change needle"), needle=key, impression_mm=mm)

    def _name_changed(self) -> None:
        current = self._current_zone()
        name = clean_line(self.name.text()).strip()[:MAX_NAME]
        if current is not None and name != current[1].name:
            self._zone_edit(self.tr("Rename zone"), name=name)

    def _delete_zone(self) -> None:
        current = self._current_zone()
        if current is not None:
            self.editor.apply(
                edits.delete_zone(self.editor.design, current[0]), self.tr("Delete zone")
            )
            self.zone_chosen.emit(-1)

    def new_zone(self, corners: tuple[Point, ...]) -> Zone:
        """A zone of the kind and session chosen under "New zone", with its defaults."""
        return densities.default_zone(
            str(self.new_kind.currentData()), tuple(corners), self.new_layer.value()
        )


__all__ = ["DEFAULT_SCALE_CM", "DesignPanel", "density_range_text", "zone_line", "zone_numbers"]
