"""The aligned before/after (issue 17): marking two landmarks by clicking, the wipe and the
blink, the marks saved and reused, and a photo against the design's preview."""

from __future__ import annotations

import io
import math
from datetime import date, timedelta

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QImage, QPainter, QScreen
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSlider, QWidget

from smpdesk.app import clients as client_cases
from smpdesk.app import designs as design_cases
from smpdesk.app import photos
from smpdesk.domain.alignment import Similarity
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.designs import Base, Design, Hairline, Point, Zone
from smpdesk.gui.photos.photo_align import BLINK, WIPE, design_side
from smpdesk.gui.photos.photo_views import SIDE_BY_SIDE, CompareDialog
from smpdesk.gui.widgets.screen_fit import forget_geometry

LAPTOP = QRect(0, 0, 1366, 728)  # a 1366x768 screen less its taskbar
SIZE = (1600, 1200)
# The inner ends of the brows on the synthetic head (smpdesk.infra.synthetic_head).
BROWS = ((0.4535, 0.7305), (0.5465, 0.7305))
# How the after photo was taken: further away, the head tilted, framed lower and right.
MOVED = Similarity(0.84 * math.cos(math.radians(7)), 0.84 * math.sin(math.radians(7)), 0.0, 0.0)
MOVED = Similarity(MOVED.a, MOVED.b, *(np.array((880.0, 640.0)) - MOVED.apply(800.0, 600.0)))
VISITS = (date.today() - timedelta(days=70), date.today() - timedelta(days=7))


def _design_for(photo_id: int) -> Design:
    from smpdesk.infra.synthetic_head import head_layout

    layout = head_layout("front")
    line = tuple(Point(x, y) for x, y in layout.hairline)
    # Behind the line, out into the hair at the sides and up to the hair on top, so the
    # pigment blends into what is there.
    behind = (
        Point(0.74, 0.32),
        Point(0.66, 0.13),
        Point(0.5, 0.09),
        Point(0.34, 0.13),
        Point(0.26, 0.32),
    )
    return Design(
        base=Base(photo_id=photo_id),
        aspect=SIZE[0] / SIZE[1],
        hairline=Hairline(points=line, softness_mm=5.0),
        zones=(Zone("hairline", line + behind, density=110.0, dilution=70, layer=1),),
    )


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def _warp(picture: Image.Image, moved: Similarity) -> Image.Image:
    """The photo as if taken again: ``moved`` takes its pixels to the new one's.  The
    backdrop is carried on past the edges, as a wider shot would show it."""
    pad = 600
    wider = Image.fromarray(np.pad(np.asarray(picture), ((pad, pad), (pad, pad), (0, 0)), "edge"))
    back = moved.inverse().then(Similarity(1, 0, pad, pad))  # new photo's pixels -> wider's
    return wider.transform(
        SIZE,
        Image.Transform.AFFINE,
        (back.a, -back.b, back.tx, back.b, back.a, back.ty),
        resample=Image.Resampling.BICUBIC,
    )


@pytest.fixture(scope="module")
def pictures() -> tuple[Image.Image, Image.Image]:
    """Before: the receded head.  After: the same head with SMP laid as designed, taken
    from further away with the head tilted (so nothing lines up until aligned)."""
    from smpdesk.infra.smp_render import render_preview
    from smpdesk.infra.synthetic_head import synthetic_head

    before = synthetic_head("front", width=SIZE[0], seed=5, recession=0.7)
    treated = render_preview(before, _design_for(1))
    return before, _warp(treated, MOVED)


@pytest.fixture
def laptop(monkeypatch):
    """Windows open as on a 1366x768 laptop (the offscreen screen is smaller)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(LAPTOP))
    forget_geometry("photo_compare")
    yield
    forget_geometry("photo_compare")


@pytest.fixture
def pair(db, pictures, tmp_path) -> tuple[int, photos.Photo, photos.Photo]:
    client = client_cases.add_client(db, ClientDetails(given_name="Tomás", family_name="Ó Briain"))
    found = []
    for name, picture, visit in zip(("before", "after"), pictures, VISITS, strict=True):
        path = tmp_path / f"{name}.jpg"
        path.write_bytes(_jpeg(picture))
        [result] = photos.import_photos(db, client.id, [path], visit_date=visit, angle="front")
        assert result.photo_id is not None, result.reason
        found.append(photos.get_photo(db, result.photo_id))
    return client.id, found[0], found[1]


def _open(qtbot, dialog: CompareDialog) -> CompareDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click(qtbot, view, x: float, y: float) -> None:
    """A click where the point (in the picture's pixels) is on screen."""
    at = view.mapFromScene(QPointF(x, y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)


def _brows_after() -> list[tuple[float, float]]:
    return [MOVED.apply(x * SIZE[0], y * SIZE[1]) for x, y in BROWS]


def _mark_both(qtbot, dialog: CompareDialog, *, zoom: float = 1.0) -> None:
    """Click the brows on both pictures, zoomed in around them first as one would."""
    before_view, after_view = dialog.views
    dialog.zoom_both(zoom)
    before_view.centerOn(SIZE[0] / 2, BROWS[0][1] * SIZE[1])
    for x, y in BROWS:
        _click(qtbot, before_view, x * SIZE[0], y * SIZE[1])
    after_view.centerOn(*MOVED.apply(SIZE[0] / 2, BROWS[0][1] * SIZE[1]))
    for x, y in _brows_after():
        _click(qtbot, after_view, x, y)


def _scene_pixels(view) -> np.ndarray:
    """What the aligned view shows, at the first picture's full size (RGB)."""
    frame = view.frame
    image = QImage(int(frame.width()), int(frame.height()), QImage.Format.Format_RGB888)
    image.fill(0)
    painter = QPainter(image)
    view.scene().render(painter, frame, frame)
    painter.end()
    data = image.constBits().tobytes()
    rows = np.frombuffer(data, np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)


def test_marking_lines_the_pair_up_and_the_wipe_shows_both(
    qtbot, db, pair, pictures, laptop, screenshot
):
    _client, before, after = pair
    dialog = _open(qtbot, CompareDialog(db, before, after))
    assert dialog.mode == SIDE_BY_SIDE  # nothing marked yet: side by side as before
    assert dialog.width() <= LAPTOP.width() and dialog.height() <= LAPTOP.height()

    qtbot.mouseClick(dialog.mode_buttons[WIPE], Qt.MouseButton.LeftButton)
    assert dialog.marking and dialog.pages.currentIndex() == 0
    prompt = dialog.prompt.text()
    assert "before photo (left)" in prompt and "brow on the left of the picture" in prompt
    assert dialog.restart_button.isVisible() and dialog.cancel_button.isVisible()

    # A wrong click, then Start again: nothing of it is kept.
    before_view, after_view = dialog.views
    _click(qtbot, before_view, 200, 200)
    assert "Point 2 of 2" in dialog.prompt.text()
    qtbot.mouseClick(dialog.restart_button, Qt.MouseButton.LeftButton)
    assert "Point 1 of 2" in dialog.prompt.text()
    # Clicks on the picture not asked for are not taken.
    _click(qtbot, after_view, 800, 800)
    assert "before photo (left)" in dialog.prompt.text() and "Point 1 of 2" in dialog.prompt.text()

    dialog.zoom_both(3.0)  # zoomed in to click exactly (a drag would pan)
    before_view.centerOn(SIZE[0] / 2, BROWS[0][1] * SIZE[1])
    for x, y in BROWS:
        _click(qtbot, before_view, x * SIZE[0], y * SIZE[1])
    assert "after photo (right)" in dialog.prompt.text()
    assert photos.photo_landmarks(db, before.id) is None  # saved only when both are marked
    screenshot(dialog, "h6_compare_marking")
    after_view.centerOn(*MOVED.apply(SIZE[0] / 2, BROWS[0][1] * SIZE[1]))
    for x, y in _brows_after():
        _click(qtbot, after_view, x, y)

    assert not dialog.marking and dialog.mode == WIPE and dialog.pages.currentIndex() == 1
    saved = photos.photo_landmarks(db, before.id), photos.photo_landmarks(db, after.id)
    assert all(saved)
    for (x, y), point in zip(BROWS, saved[0], strict=True):
        assert abs(point.x - x) * SIZE[0] < 1.5 and abs(point.y - y) * SIZE[1] < 1.5

    # The after photo's pixels go back onto the before photo's: within a pixel or two over
    # the whole head (each click is good to a screen pixel, a third of a photo pixel here;
    # the brows are close together, so that error grows towards the edges).
    back = dialog.transform
    for x, y in [(800, 600), (400, 300), (1200, 300), (800, 1000)]:
        bx, by = back.apply(*MOVED.apply(x, y))
        assert math.hypot(bx - x, by - y) < 3, (x, y, bx, by)

    # On screen: with the divider far left the after photo covers the frame and its brows,
    # eyes and ears sit where the before photo has them; unaligned they would not.
    aligned = dialog.aligned
    aligned.set_divider(0.0)
    shown = _scene_pixels(aligned)
    original = np.asarray(Image.open(io.BytesIO(photos.photo_jpeg(db, before.id)))).astype(int)
    face = (slice(780, 1000), slice(420, 1180))  # brows, lids: SMP does not touch them
    lined_up = np.abs(shown[face] - original[face]).mean()
    unaligned = np.abs(np.asarray(pictures[1]).astype(int)[face] - original[face]).mean()
    assert lined_up < 8 and lined_up * 2.5 < unaligned, (lined_up, unaligned)

    # Drag the divider: the slider follows, and the second picture shows right of it only.
    aligned.set_divider(0.5)
    shown_width = (
        aligned.mapFromScene(QPointF(SIZE[0], 0)).x() - aligned.mapFromScene(QPointF(0, 0)).x()
    )
    start = QPoint(round(aligned.divider_x()) + 5, aligned.viewport().height() // 2)
    end = QPoint(start.x() - round(shown_width * 0.2), start.y())
    qtbot.mousePress(aligned.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(aligned.viewport(), end)
    qtbot.mouseRelease(aligned.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert aligned.divider == pytest.approx(0.3, abs=0.01)
    assert dialog.divider_slider.value() == round(aligned.divider * 1000)
    clip = aligned.window_item.rect()
    assert clip.left() == pytest.approx(aligned.divider * SIZE[0])
    shown = _scene_pixels(aligned)
    column = round(aligned.divider * SIZE[0])
    left_part = (slice(780, 1000), slice(column - 300, column - 20))
    assert np.abs(shown[left_part] - original[left_part]).mean() < 1  # the before photo
    dialog.divider_slider.setValue(620)
    assert aligned.divider == pytest.approx(0.62)
    qtbot.keyClick(aligned, Qt.Key.Key_Left)
    assert aligned.divider == pytest.approx(0.60)
    dialog.divider_slider.setValue(500)
    qtbot.wait(30)
    screenshot(dialog, "h6_compare_wipe_1366x768")


def test_blink_flips_by_itself_and_by_hand(qtbot, db, pair, laptop, screenshot):
    _client, before, after = pair
    dialog = _open(qtbot, CompareDialog(db, before, after))
    qtbot.mouseClick(dialog.mode_buttons[BLINK], Qt.MouseButton.LeftButton)
    assert dialog.marking  # asked for the marks first, then blinks
    _mark_both(qtbot, dialog)
    assert dialog.mode == BLINK and dialog.aligned.timer.isActive()
    assert dialog.auto_blink.isVisible() and not dialog.divider_slider.isVisible()
    flips: list[bool] = []
    dialog.aligned.flipped.connect(flips.append)
    qtbot.waitUntil(lambda: len(flips) >= 2, timeout=3000)
    assert flips[:2] == [not flips[1], not flips[0]]

    showing = dialog.aligned.second_showing
    qtbot.keyClick(dialog, Qt.Key.Key_Space)  # by hand: the other one, and it stops
    assert dialog.aligned.second_showing is not showing
    assert not dialog.aligned.timer.isActive() and not dialog.auto_blink.isChecked()
    held = dialog.aligned.second_showing
    qtbot.wait(700)
    assert dialog.aligned.second_showing is held
    assert dialog.showing.text().endswith(dialog.sides[1 if held else 0].caption)
    if not held:
        qtbot.keyClick(dialog, Qt.Key.Key_Space)
    screenshot(dialog, "h6_compare_blink_after")

    dialog.accept()
    assert not dialog.aligned.timer.isActive()  # no timer left running behind a closed window


def test_the_marks_are_reused_next_time(qtbot, db, pair, laptop, tmp_path):
    _client, before, after = pair
    first = _open(qtbot, CompareDialog(db, before, after))
    qtbot.mouseClick(first.mode_buttons[WIPE], Qt.MouseButton.LeftButton)
    _mark_both(qtbot, first)
    transform = first.transform
    first.accept()

    again = _open(qtbot, CompareDialog(db, before, after))
    assert again.mode == WIPE and not again.marking  # opens lined up, nothing to click
    assert again.transform == transform
    # Exported as shown: lined up.
    assert "lined up" in again.export_button.text()
    assert again.export_to(str(tmp_path / "pair.jpg"))
    exported = np.asarray(Image.open(tmp_path / "pair.jpg").convert("RGB")).astype(int)
    half = (exported.shape[1] - 12) // 2
    face = (slice(780, 1000), slice(420, 1180))  # brows and lids, at the export's 1200 px
    left, right = exported[:, :half][face], exported[:, -half:][face]
    assert np.abs(left - right).mean() < 10
    qtbot.mouseClick(again.mode_buttons[SIDE_BY_SIDE], Qt.MouseButton.LeftButton)
    assert again.pages.currentIndex() == 0
    # Line up again asks for both; Cancel keeps what was saved.
    qtbot.mouseClick(again.line_up_button, Qt.MouseButton.LeftButton)
    assert again.marking
    _click(qtbot, again.views[0], 300, 300)
    qtbot.mouseClick(again.cancel_button, Qt.MouseButton.LeftButton)
    assert not again.marking and again.mode == SIDE_BY_SIDE
    assert photos.photo_landmarks(db, before.id) == first.marks[0]


def test_the_same_point_twice_is_refused_on_the_spot(qtbot, db, pair, laptop):
    _client, before, after = pair
    dialog = _open(qtbot, CompareDialog(db, before, after))
    qtbot.mouseClick(dialog.mode_buttons[WIPE], Qt.MouseButton.LeftButton)
    view = dialog.views[0]
    _click(qtbot, view, 700, 880)
    _click(qtbot, view, 702, 881)
    assert "almost at the same place" in dialog.prompt.text()
    assert "Point 1 of 2" in dialog.prompt.text() and dialog.marking
    assert photos.photo_landmarks(db, before.id) is None


def test_marks_swapped_on_one_photo_are_pointed_out(qtbot, db, pair, laptop):
    _client, before, after = pair
    dialog = _open(qtbot, CompareDialog(db, before, after))
    qtbot.mouseClick(dialog.mode_buttons[WIPE], Qt.MouseButton.LeftButton)
    for x, y in BROWS:
        _click(qtbot, dialog.views[0], x * SIZE[0], y * SIZE[1])
    for x, y in reversed(_brows_after()):
        _click(qtbot, dialog.views[1], x, y)
    assert dialog.mode == WIPE
    assert "turned 17" in dialog.prompt.text() and "Line up again" in dialog.prompt.text()


def test_crafted_marks_in_the_file_just_ask_for_new_ones(qtbot, db, pair, laptop):
    _client, before, after = pair
    with db.conn:
        for photo_id in (before.id, after.id):
            db.execute(
                "INSERT INTO photo_landmarks (photo_id, points, set_at) VALUES (?, ?, 'x')",
                [photo_id, "[[NaN, 1e999], [" + "[" * 50],
            )
    dialog = _open(qtbot, CompareDialog(db, before, after))
    assert dialog.mode == SIDE_BY_SIDE and dialog.marks == [None, None]
    qtbot.mouseClick(dialog.mode_buttons[WIPE], Qt.MouseButton.LeftButton)
    _mark_both(qtbot, dialog)
    assert dialog.mode == WIPE and photos.photo_landmarks(db, before.id) is not None


def test_an_after_photo_against_the_design_preview(
    qtbot, db, pair, laptop, monkeypatch, screenshot
):
    """The design is drawn on the before photo, so that photo's marks line the preview
    up: once the after photo is marked, it wipes against what the client signed."""
    from smpdesk.gui.main_window import MainWindow

    client_id, before, after = pair
    window = MainWindow(db, db.path)
    qtbot.addWidget(window)
    window.show()
    window.open_client(client_id)
    tab = window.photos_tab
    window.client_page.tabs.setCurrentWidget(tab)
    assert not tab.design_button.isVisible()  # no design yet: no such choice

    saved = design_cases.save_design(db, client_id, _design_for(before.id))
    photos.set_photo_landmarks(db, before.id, tuple(Point(x, y) for x, y in BROWS))
    side = design_side(db, saved.id)
    assert side.landmarks_of == before.id and side.name == "design"
    assert side.caption == f"Design, version {saved.version}"

    window.client_page.tabs.setCurrentIndex(0)  # saved on its own tab: back to Photos
    window.client_page.tabs.setCurrentWidget(tab)
    assert tab.design_button.isVisible()
    opened: list[CompareDialog] = []
    monkeypatch.setattr(CompareDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(CompareDialog, "deleteLater", lambda self: None)  # looked at below
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    tab.select_ids(set())
    tab.compare_with_design()
    assert told and "Select the photo" in told[0] and not opened
    tab.select_ids({after.id})
    tab.compare_with_design()
    [dialog] = opened
    assert dialog.sides[0].caption.startswith("Design, version")
    assert dialog.marks[0] is not None and dialog.marks[1] is None  # the base photo's marks
    assert not dialog.export_button.isVisible() or dialog.left is not None

    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.mode_buttons[WIPE], Qt.MouseButton.LeftButton)
    assert "after photo (right)" in dialog.prompt.text()  # only the photo is asked for
    for x, y in _brows_after():
        _click(qtbot, dialog.views[1], x, y)
    assert dialog.mode == WIPE
    preview = dialog.views[0].pixmap()
    scale = SIZE[0] / preview.width()  # the preview is saved smaller than the photo
    for x, y in [(800, 600), (500, 400)]:
        px, py = dialog.transform.apply(*MOVED.apply(x, y))
        assert math.hypot(px * scale - x, py * scale - y) < 8
    assert photos.photo_landmarks(db, after.id) is not None
    dialog.aligned.set_divider(0.42)
    qtbot.wait(30)
    screenshot(dialog, "h6_compare_design_wipe_1366x768")
    dialog.close()


@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 700)])
def test_every_mode_fits_a_small_screen(qtbot, db, pair, monkeypatch, screen, screenshot):
    """Each mode's buttons, slider and prompt are on the screen, not below its edge."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(screen))
    forget_geometry("photo_compare")
    _client, before, after = pair
    dialog = _open(qtbot, CompareDialog(db, before, after))
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()

    def all_on_screen() -> None:
        inside = dialog.rect()
        for widget in dialog.findChildren(QWidget):
            if widget.isVisible() and isinstance(widget, QPushButton | QSlider | QLabel):
                box = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
                assert inside.contains(box), (widget.objectName() or widget.text(), box)
        needed = dialog.prompt.heightForWidth(dialog.prompt.width())
        assert needed <= dialog.prompt.height(), "the prompt is cut"

    all_on_screen()
    qtbot.mouseClick(dialog.mode_buttons[WIPE], Qt.MouseButton.LeftButton)
    _click(qtbot, dialog.views[0], 700, 880)
    _click(qtbot, dialog.views[0], 702, 881)  # the same place: said first, the prompt grows
    all_on_screen()  # marking: the prompt and Start again / Cancel
    screenshot(dialog, f"h6_compare_marking_{screen.width()}x{screen.height()}")
    _mark_both(qtbot, dialog, zoom=3.0)
    all_on_screen()
    qtbot.mouseClick(dialog.mode_buttons[BLINK], Qt.MouseButton.LeftButton)
    all_on_screen()
    forget_geometry("photo_compare")
