"""The hairline designer, driven with the mouse and keyboard on a real clinic.

Points are clicked and dragged on the canvas's viewport with QTest (as a
person would), and what is saved is read back through the app layer, so a
test passes only if the click reached the design and the design reached the
clinic file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from smpdesk.app import clients as client_cases
from smpdesk.app import designs as design_cases
from smpdesk.app import photos as photo_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain import design_densities
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.design_geometry import effective_hairline_points, mirror
from smpdesk.domain.designs import Base, Design, Hairline, Point, Scale, Zone
from smpdesk.gui.designs import designer_edits as edits
from smpdesk.gui.designs.canvas import Handle, Tool
from smpdesk.gui.designs.designer import DesignerWindow

LEFT = Qt.MouseButton.LeftButton


# -- fixtures ------------------------------------------------------------------------
@pytest.fixture
def client(db: Clinic) -> int:
    return client_cases.add_client(db, ClientDetails(given_name="Tomasz", family_name="Wójcik")).id


@pytest.fixture
def head_photo(db: Clinic, client: int, tmp_path: Path) -> int:
    """A realistic synthetic front photo imported for the client (the real import path)."""
    from smpdesk.infra.synthetic_head import synthetic_head

    path = tmp_path / "front.png"
    synthetic_head("front", width=1200, seed=3).save(path)
    [result] = photo_cases.import_photos(db, client, [path], angle="front")
    assert result.photo_id is not None, result.reason
    return result.photo_id


def photo_design(db: Clinic, client: int, photo_id: int) -> Design:
    """An empty design on the client's photo ``photo_id``."""
    photo = next(p for p in photo_cases.client_photos(db, client) if p.id == photo_id)
    return Design(base=Base(photo_id=photo_id), aspect=photo.width / photo.height)


@pytest.fixture
def open_designer(qtbot, db: Clinic, client: int) -> Iterator[Callable[..., DesignerWindow]]:
    """Open a designer on the front outline (or on ``design``/``base`` given)."""
    opened: list[DesignerWindow] = []

    def make(design: Design | None = None, **kwargs: object) -> DesignerWindow:
        if design is None:
            design = Design(base=Base(outline="front"), aspect=outline_aspect())
        base = design_cases.base_image(db, design)
        window = DesignerWindow(db, client, base, design, **kwargs)  # type: ignore[arg-type]
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # keyboard shortcuts and focus need the active window
        qtbot.waitUntil(window.isActiveWindow)
        window.canvas.fit()
        opened.append(window)
        return window

    yield make
    for window in opened:  # nothing to ask about when the test has finished, passed or not
        window.editor.initial = window.editor.design
        window.close()
        window.deleteLater()


def outline_aspect(view: str = "front") -> float:
    from smpdesk.infra.smp_render import OUTLINE_ASPECT

    return OUTLINE_ASPECT[view]


def view_pos(window: DesignerWindow, x: float, y: float) -> QPoint:
    return window.canvas.to_view(Point(x, y))


def click(window: DesignerWindow, x: float, y: float, button: Qt.MouseButton = LEFT) -> None:
    QTest.mouseClick(window.canvas.viewport(), button, pos=view_pos(window, x, y))


def drag(window: DesignerWindow, start: Point, end: Point, steps: int = 6) -> None:
    viewport = window.canvas.viewport()
    a, b = window.canvas.to_view(start), window.canvas.to_view(end)
    QTest.mousePress(viewport, LEFT, pos=a)
    for i in range(1, steps + 1):
        t = i / steps
        QTest.mouseMove(
            viewport, QPoint(round(a.x() + (b.x() - a.x()) * t), round(a.y() + (b.y() - a.y()) * t))
        )
    QTest.mouseRelease(viewport, LEFT, pos=b)


def key(
    window: DesignerWindow, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(window.canvas, k, mods)


def close_to(p: Point, q: Point, tol: float = 0.004) -> bool:
    return abs(p.x - q.x) <= tol and abs(p.y - q.y) <= tol


# -- the hairline --------------------------------------------------------------------
def test_clicks_draw_a_hairline_a_drag_moves_a_point_and_save_stores_it(
    db, client, head_photo, open_designer
):
    window = open_designer(photo_design(db, client, head_photo))
    assert window.canvas.tool == Tool.HAIRLINE  # a new design starts with the hairline
    window.panel.symmetric.setChecked(False)
    for x, y in [(0.30, 0.42), (0.40, 0.33), (0.50, 0.31), (0.60, 0.33), (0.70, 0.42)]:
        click(window, x, y)
    h = window.editor.design.hairline
    assert h is not None and len(h.points) == 5
    assert [round(p.x, 2) for p in h.points] == [0.3, 0.4, 0.5, 0.6, 0.7]  # left to right

    drag(window, Point(0.50, 0.31), Point(0.50, 0.27))
    h = window.editor.design.hairline
    assert h is not None and len(h.points) == 5  # a drag moves, it does not add
    assert close_to(h.points[2], Point(0.50, 0.27))
    assert window.editor.stack.count() == 7  # symmetry off, 5 points, 1 drag

    saved: list[int] = []
    window.saved.connect(saved.append)
    assert window.save()
    assert not window.isVisible()
    [design_id] = saved
    record = design_cases.get_design(db, design_id)
    stored = json.loads(record.design.to_json())
    assert stored["base"]["photo_id"] == head_photo
    moved = stored["hairline"]["points"][2]
    assert abs(moved[0] - 0.50) < 0.004 and abs(moved[1] - 0.27) < 0.004
    assert [s.id for s in design_cases.client_designs(db, client)] == [design_id]


def test_a_click_on_the_curve_inserts_a_point_between_its_neighbours(open_designer):
    window = open_designer()
    window.panel.symmetric.setChecked(False)
    for x, y in [(0.30, 0.40), (0.70, 0.40)]:
        click(window, x, y)
    click(window, 0.50, 0.40)  # on the straight curve between them
    h = window.editor.design.hairline
    assert h is not None and [round(p.x, 2) for p in h.points] == [0.3, 0.5, 0.7]
    click(window, 0.15, 0.55)  # beyond the left end: the line grows there
    assert [round(p.x, 2) for p in window.editor.design.hairline.points] == [0.15, 0.3, 0.5, 0.7]


def test_right_click_and_delete_remove_points(open_designer):
    window = open_designer()
    window.panel.symmetric.setChecked(False)
    for x, y in [(0.30, 0.40), (0.45, 0.35), (0.60, 0.35), (0.75, 0.40)]:
        click(window, x, y)
    click(window, 0.45, 0.35, Qt.MouseButton.RightButton)
    assert [round(p.x, 2) for p in window.editor.design.hairline.points] == [0.3, 0.6, 0.75]
    click(window, 0.60, 0.35)  # grabs (selects) the point, adds nothing
    assert window.canvas.selected == Handle("hairline", 1)
    key(window, Qt.Key.Key_Delete)
    assert [round(p.x, 2) for p in window.editor.design.hairline.points] == [0.3, 0.75]


def test_symmetry_mirrors_the_left_side_about_a_movable_centre_line(open_designer, screenshot):
    window = open_designer()
    assert window.panel.symmetric.isChecked()  # a new hairline is symmetric
    click(window, 0.30, 0.42)
    click(window, 0.60, 0.33)  # right of the centre: its mirror is drawn on the left
    h = window.editor.design.hairline
    assert h is not None
    assert all(p.x < 0.5 for p in h.points)  # only left points are handles
    assert close_to(h.points[1], Point(0.40, 0.33))
    effective = effective_hairline_points(h)
    assert len(effective) == 4
    assert close_to(effective[2], Point(0.60, 0.33)) and close_to(effective[3], Point(0.70, 0.42))
    # The mirrored points are drawn but cannot be grabbed.
    assert window.canvas.handle_at(view_pos(window, 0.70, 0.42)) is None
    assert window.canvas.handle_at(view_pos(window, 0.30, 0.42)) == Handle("hairline", 0)

    # A click on the centre line puts the apex on it (a widow's peak), once.
    click(window, 0.5, 0.30)
    h = window.editor.design.hairline
    assert h.points[-1] == Point(0.5, h.points[-1].y) and len(effective_hairline_points(h)) == 5

    # Dragging the dashed centre line moves the mirror images and the apex with it.
    window.set_tool(Tool.SELECT)
    drag(window, Point(0.5, 0.8), Point(0.52, 0.8))
    h = window.editor.design.hairline
    assert abs(h.centre_x - 0.52) < 0.004
    right_end = effective_hairline_points(h)[-1]
    assert close_to(right_end, mirror(Point(0.30, 0.42), h.centre_x))
    assert h.points[-1].x == h.centre_x

    # A left point dragged across the line stops at it (it would vanish behind its mirror).
    drag(window, Point(0.40, 0.33), Point(0.8, 0.33))
    assert window.editor.design.hairline.points[1].x < window.editor.design.hairline.centre_x
    window.editor.stack.undo()

    # Symmetry off keeps what is seen: the mirrored points become real ones.
    before = effective_hairline_points(window.editor.design.hairline)
    window.panel.symmetric.setChecked(False)
    h = window.editor.design.hairline
    assert not h.symmetric and h.points == before
    window.editor.stack.undo()
    assert window.editor.design.hairline.symmetric
    assert window.panel.symmetric.isChecked()  # the panel follows an undo
    screenshot(window, "designer_symmetry")


def test_softness_and_irregularity_sliders_set_the_hairline(open_designer):
    window = open_designer()
    click(window, 0.3, 0.4)
    window.panel.softness.setValue(17)  # half millimetres
    window.panel.irregularity.setValue(75)
    h = window.editor.design.hairline
    assert h.softness_mm == 8.5 and h.irregularity == 0.75
    assert window.panel.softness_value.text() == "8.5 mm"
    window.editor.stack.undo()
    assert window.editor.design.hairline.irregularity != 0.75
    assert window.panel.irregularity.value() != 75


# -- undo, redo, nudging -------------------------------------------------------------
def test_undo_and_redo_take_back_a_whole_drag_in_one_step(open_designer):
    window = open_designer()
    window.panel.symmetric.setChecked(False)
    click(window, 0.30, 0.40)
    click(window, 0.60, 0.40)
    after_clicks = window.editor.design
    drag(window, Point(0.60, 0.40), Point(0.65, 0.30), steps=10)
    dragged = window.editor.design
    assert dragged != after_clicks

    QTest.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.design == after_clicks  # ten mouse moves, one step
    QTest.keyClick(
        window.canvas,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.editor.design == dragged
    window.undo()
    window.undo()
    assert len(window.editor.design.hairline.points) == 1
    window.redo()
    assert window.editor.design == after_clicks


def test_arrow_keys_nudge_the_selected_point_shift_ten_times_as_far(open_designer):
    window = open_designer()
    window.panel.symmetric.setChecked(False)
    click(window, 0.40, 0.40)
    assert window.canvas.selected == Handle("hairline", 0)
    start = window.editor.design.hairline.points[0]
    step_x, step_y = window.canvas.norm_per_pixel()
    key(window, Qt.Key.Key_Right)
    p = window.editor.design.hairline.points[0]
    assert math.isclose(p.x, start.x + step_x) and p.y == start.y
    key(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    p = window.editor.design.hairline.points[0]
    assert math.isclose(p.y, start.y + 10 * step_y)
    # Zoomed in, a nudge is finer on the photo (one screen pixel).
    window.canvas.zoom_by(4)
    key(window, Qt.Key.Key_Left)
    q = window.editor.design.hairline.points[0]
    assert math.isclose(q.x, p.x - step_x / 4, rel_tol=1e-3)
    window.undo()
    assert window.editor.design.hairline.points[0] == p  # each nudge is one step


def test_zoom_with_the_wheel_and_keys_pan_with_space_or_the_middle_button(open_designer):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    window = open_designer()
    canvas = window.canvas
    fitted = canvas.zoom
    centre = QPointF(canvas.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        canvas.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.viewport(), wheel)
    assert math.isclose(canvas.zoom, fitted * 1.25)
    QTest.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert math.isclose(canvas.zoom, fitted * 1.25 * 1.25)
    QTest.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert math.isclose(canvas.zoom, fitted * 1.25)

    # Middle button: the picture moves, nothing is drawn.
    bar = canvas.horizontalScrollBar()
    before = bar.value()
    viewport = canvas.viewport()
    start = viewport.rect().center()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=start)
    QTest.mouseMove(viewport, start + QPoint(-60, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=start + QPoint(-60, 0))
    assert bar.value() == before + 60
    # Space held: a left drag pans too, even with the hairline tool.
    QTest.keyPress(canvas, Qt.Key.Key_Space)
    QTest.mousePress(viewport, LEFT, pos=start)
    QTest.mouseMove(viewport, start + QPoint(40, 0))
    QTest.mouseRelease(viewport, LEFT, pos=start + QPoint(40, 0))
    QTest.keyRelease(canvas, Qt.Key.Key_Space)
    assert bar.value() == before + 20
    assert window.editor.design.hairline is None  # no point was added
    QTest.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert math.isclose(canvas.zoom, fitted)

    # Guides hidden (showing the client): a click moves the picture, it never edits.
    window.guides_action.trigger()
    click(window, 0.4, 0.4)
    assert window.editor.design.hairline is None
    window.guides_action.trigger()
    click(window, 0.4, 0.4)
    assert len(window.editor.design.hairline.points) == 1


# -- zones ---------------------------------------------------------------------------
def test_clicks_and_enter_make_a_zone_with_cited_defaults_and_the_panel_edits_it(open_designer):
    window = open_designer()
    window.panel.new_kind.setCurrentIndex(window.panel.new_kind.findData("temples"))
    window.panel.draw_zone.click()
    assert window.canvas.tool == Tool.ZONE
    for x, y in [(0.30, 0.30), (0.40, 0.30), (0.40, 0.45)]:
        click(window, x, y)
    assert not window.editor.design.zones  # not closed yet
    key(window, Qt.Key.Key_Return)
    [zone] = window.editor.design.zones
    typical = design_densities.DENSITIES["temples"]
    assert zone.kind == "temples" and zone.density == typical.typical
    assert zone.needle == design_densities.DEFAULT_NEEDLE["temples"]
    assert zone.dilution == design_densities.dilution_for_layer(1)
    assert window.canvas.zone_index == 0
    assert window.panel.zone_box.isEnabled()
    assert f"{typical.low:g}–{typical.high:g}" in window.panel.density_range.text()

    panel = window.panel
    panel.density.setValue(42)
    panel.layer.setValue(2)
    panel.dilution.setValue(60)
    panel.needle.setCurrentIndex(panel.needle.findData("3RL"))
    panel.shade.setEditText("Charcoal")
    panel.shade.lineEdit().editingFinished.emit()
    panel.name.setText("left temple")
    panel.name.editingFinished.emit()
    zone = window.editor.design.zones[0]
    assert (zone.density, zone.layer, zone.dilution, zone.needle) == (42, 2, 60, "3RL")
    assert zone.impression_mm == design_densities.NEEDLES["3RL"]
    assert zone.shade == "Charcoal" and zone.name == "left temple"
    panel.density.setValue(200)
    assert "outside" in panel.density_range.text()
    # The preview offers session 1 and session 2 (finished) now.
    assert window.layer_box.count() == 2

    # A double-click closes the next zone; the kind changes its default density with it.
    window.set_tool(Tool.ZONE)
    for x, y in [(0.55, 0.2), (0.7, 0.2)]:
        click(window, x, y)
    QTest.mouseDClick(window.canvas.viewport(), LEFT, pos=view_pos(window, 0.65, 0.35))
    assert len(window.editor.design.zones) == 2
    assert len(window.editor.design.zones[1].points) == 3  # no doubled corner
    assert window.canvas.zone_index == 1
    panel.kind.setCurrentIndex(panel.kind.findData("crown"))
    assert window.editor.design.zones[1].density == design_densities.DENSITIES["crown"].typical

    # Clicking inside a zone with Select chooses it; Delete zone removes it, undo brings it back.
    window.set_tool(Tool.SELECT)
    click(window, 0.37, 0.36)
    assert window.canvas.zone_index == 0 and panel.zone_list.currentRow() == 0
    panel.delete_zone.click()
    assert [z.kind for z in window.editor.design.zones] == ["crown"]
    window.undo()
    assert len(window.editor.design.zones) == 2


def test_escape_and_backspace_while_drawing_a_zone(open_designer):
    window = open_designer()
    window.set_tool(Tool.ZONE)
    for x, y in [(0.3, 0.3), (0.4, 0.3), (0.4, 0.4)]:
        click(window, x, y)
    key(window, Qt.Key.Key_Backspace)
    assert len(window.canvas.drawing) == 2
    key(window, Qt.Key.Key_Return)  # two corners: not a zone
    assert not window.editor.design.zones
    key(window, Qt.Key.Key_Escape)
    assert not window.canvas.drawing and window.isVisible()  # Esc cancels, not the window


def test_dragging_a_zone_corner_is_one_step(open_designer):
    window = open_designer()
    window.set_tool(Tool.ZONE)
    for x, y in [(0.3, 0.3), (0.5, 0.3), (0.5, 0.5)]:
        click(window, x, y)
    key(window, Qt.Key.Key_Return)
    drag(window, Point(0.5, 0.5), Point(0.6, 0.55))
    assert close_to(window.editor.design.zones[0].points[2], Point(0.6, 0.55))
    window.undo()
    assert close_to(window.editor.design.zones[0].points[2], Point(0.5, 0.5))


# -- scale ---------------------------------------------------------------------------
def test_the_scale_tool_marks_two_points_and_areas_appear_in_cm2(open_designer):
    window = open_designer()
    window.set_tool(Tool.ZONE)
    for x, y in [(0.3, 0.3), (0.5, 0.3), (0.5, 0.5), (0.3, 0.5)]:
        click(window, x, y)
    key(window, Qt.Key.Key_Return)
    assert "set the scale" in window.panel.numbers.text()
    assert "set the scale" in window.panel.zone_list.item(0).text()

    window.panel.mark_scale.click()
    assert window.canvas.tool == Tool.SCALE
    click(window, 0.30, 0.60)
    click(window, 0.50, 0.60)
    scale = window.editor.design.scale
    assert scale is not None and scale.cm == 7.0  # four fingers, the suggestion
    assert window.panel.scale_cm.hasFocus()
    window.panel.scale_cm.setValue(5.0)  # typed: the marks are 5 cm apart
    scale = window.editor.design.scale
    assert scale.cm == 5.0
    # Worked out by hand: cm per normalised x from the marks, then the rectangle's sides.
    design = window.editor.design
    a, b, c = design.zones[0].points[:3]
    cm_per_x = 5.0 / (scale.b.x - scale.a.x)
    cm_per_y = cm_per_x / design.aspect  # y is in heights, x in widths
    area = (b.x - a.x) * cm_per_x * (c.y - b.y) * cm_per_y
    count = round(design.zones[0].density * area)
    assert f"{count:,} impressions" in window.panel.numbers.text()
    assert "5 cm between" in window.panel.scale_status.text()


# -- preview -------------------------------------------------------------------------
def test_preview_shows_the_simulation_and_follows_a_drag_throttled(open_designer, qtbot):
    window = open_designer()
    window.set_tool(Tool.ZONE)
    for x, y in [(0.3, 0.15), (0.7, 0.15), (0.7, 0.35), (0.3, 0.35)]:
        click(window, x, y)
    key(window, Qt.Key.Key_Return)
    window.preview_action.trigger()
    assert window.previewing and window.canvas.preview_item.isVisible()
    first = window.canvas.preview_item.pixmap().toImage()
    renders = window.renderer.renders
    # A drag of twenty moves renders far fewer than twenty times, and the last state.
    window.set_tool(Tool.SELECT)
    drag(window, Point(0.7, 0.35), Point(0.75, 0.45), steps=20)
    qtbot.waitUntil(lambda: not window.renderer._timer.isActive(), timeout=2000)
    assert 1 <= window.renderer.renders - renders < 20
    assert window.canvas.preview_item.pixmap().toImage() != first
    window.preview_action.trigger()
    assert not window.canvas.preview_item.isVisible()


# -- save and cancel ------------------------------------------------------------------
def test_save_as_a_new_version_names_the_one_it_replaces(db, client, open_designer):
    window = open_designer()
    click(window, 0.3, 0.4)
    click(window, 0.4, 0.35)
    window.panel.notes.setPlainText("Agreed a mature line, 7 cm above the brow.")
    assert window.save()  # the notes box still had the focus: its text is saved too
    first = window.saved_id
    assert first is not None
    earlier = design_cases.get_design(db, first)
    assert earlier.design.notes == "Agreed a mature line, 7 cm above the brow."
    again = open_designer(earlier.design, replaces=first)
    assert again.canvas.tool == Tool.SELECT  # a design with a hairline opens ready to select
    assert again.save_button.text() == "Save as new version"
    drag(again, Point(0.4, 0.35), Point(0.42, 0.33))
    assert again.save()
    newer = design_cases.get_design(db, again.saved_id)
    assert newer.replaces == first and newer.version == earlier.version + 1


def test_cancel_asks_before_discarding_changes(open_designer, monkeypatch):
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    window = open_designer()
    window.cancel_button.click()
    assert not asked and not window.isVisible()  # nothing changed: nothing to ask

    window = open_designer()
    click(window, 0.3, 0.4)
    window.cancel_button.click()
    assert asked and asked[0].startswith("Discard the changes?")
    assert window.isVisible()  # "Cancel" in the question keeps the work
    answer[0] = QMessageBox.StandardButton.Discard
    window.close()  # the window's close button asks the same
    assert len(asked) == 2 and not window.isVisible()

    window = open_designer()
    click(window, 0.3, 0.4)
    window.undo()
    window.cancel_button.click()  # undone back to the start: nothing to lose
    assert len(asked) == 2 and not window.isVisible()


def test_a_refused_save_keeps_the_window_and_says_why(db, client, open_designer, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window = open_designer()
    click(window, 0.3, 0.4)
    window._client_id = 999_999  # no such client
    assert not window.save()
    assert warned and window.isVisible()


# -- fitting the screen, and how it looks ------------------------------------------------
@pytest.mark.parametrize("area", [QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 700)])
def test_the_window_fits_a_laptop_screen(qtbot, db, client, monkeypatch, area):
    from tests.gui.test_fits_screen import off_screen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    design = Design(base=Base(outline="front"), aspect=outline_aspect())
    window = DesignerWindow(db, client, design_cases.base_image(db, design), design)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems = off_screen(window, area)
    assert window.save_button.isVisible() and window.cancel_button.isVisible()
    window.close()
    assert not problems, problems


def test_screenshots_of_a_design_on_a_realistic_photo(
    db, client, head_photo, open_designer, screenshot
):
    from smpdesk.infra.synthetic_head import head_layout

    layout = head_layout("front")
    design = photo_design(db, client, head_photo)
    aspect = design.aspect
    line = [Point(x, y) for x, y in layout.hairline]
    hairline = Hairline(
        points=tuple(p for p in line if p.x <= layout.centre_x),  # the left side and the apex
        softness_mm=6.0,
        irregularity=0.5,
        symmetric=True,
        centre_x=layout.centre_x,
    )
    raised = [Point(p.x, p.y - 0.10) for p in line]  # about 2 cm behind the line
    crown_edge = [Point(0.72, 0.22), Point(0.62, 0.10), Point(0.5, 0.07), Point(0.38, 0.10)]
    crown_edge.append(Point(0.28, 0.22))
    # Two sessions over each area, as a practitioner plans it: light first, then denser.
    zones = (
        *design_densities.layered_zones("hairline", (*line, *reversed(raised)), 2),
        *design_densities.layered_zones("mid-scalp", (*raised, *crown_edge), 2),
    )
    cm_per_height = layout.cm_per_height
    scale = Scale(Point(0.40, 0.62), Point(0.40 + 7.0 / cm_per_height / aspect, 0.62), 7.0)
    window = open_designer(Design(design.base, aspect, hairline, scale, zones))
    window.resize(1366, 728)
    window.canvas.fit()
    window.set_tool(Tool.SELECT)
    window.canvas.select(None, 2)
    assert [window.layer_box.itemText(i) for i in range(2)] == [
        "Session 1",
        "Session 2 (finished)",
    ]
    screenshot(window, "designer_hairline_zones")
    window.preview_action.trigger()
    assert window.canvas.preview_item.isVisible()
    finished = window.canvas.preview_item.pixmap().toImage()
    screenshot(window, "designer_preview")
    window.guides_action.trigger()
    screenshot(window, "designer_preview_no_guides")
    window.layer_box.setCurrentIndex(0)  # what the client will look like after session 1
    assert window.canvas.preview_item.pixmap().toImage() != finished
    screenshot(window, "designer_preview_session_1")


# -- the edit rules, without a window --------------------------------------------------
def test_saving_keeps_a_one_point_symmetric_hairline_readable():
    one = Design(Base(outline="front"), 1.0, Hairline(points=(Point(0.3, 0.4),)))
    saved = edits.for_saving(one)
    assert saved.hairline is not None and len(saved.hairline.points) == 2
    from smpdesk.domain.designs import design_from_json

    design_from_json(saved.to_json())  # the stored form reads back
    empty = Design(Base(outline="front"), 1.0, Hairline(points=()))
    assert edits.for_saving(empty).hairline is None


def test_a_zone_needs_three_corners_and_limits_hold():
    design = Design(Base(outline="front"), 1.0)
    with pytest.raises(edits.EditRefused):
        edits.add_zone(design, Zone("crown", (Point(0, 0), Point(1, 1)), 50.0))
    zone = Zone("crown", (Point(0.1, 0.1), Point(0.2, 0.1), Point(0.2, 0.2)), 50.0)
    design = edits.add_zone(design, zone)
    with pytest.raises(edits.EditRefused):
        edits.remove_zone_vertex(design, 0, 0)
    nan = edits.clamp_point(Point(float("nan"), 9.0))
    assert math.isfinite(nan.x) and nan.y == edits.EDGE_MAX
