"""The Design tab, the SMP preview window, approval by signature and the session prefill.

Designs are saved through :mod:`smpdesk.app.designs` (as the designer does), on
the demo's synthetic scalp photos; the screens are driven as a person would:
clicks, a drawn signature, the divider dragged with the mouse.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QMouseEvent, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from smpdesk.app import clients as client_cases
from smpdesk.app import designs as design_cases
from smpdesk.app import photos as photo_cases
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.designs import Base, Design, Hairline, Point, Zone
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError
from smpdesk.gui.designs import design_tab as tab_module
from smpdesk.gui.designs.approve_dialog import ApproveDialog
from smpdesk.gui.designs.design_tab import (
    BaseChooser,
    DesignExistsLine,
    DesignTab,
    exists_words,
)
from smpdesk.gui.designs.preview_window import PreviewWindow, session_choices
from smpdesk.gui.main_window import MainWindow
from smpdesk.gui.sessions.session_dialog import SessionDialog
from smpdesk.store import staff as staff_store
from tests.gui.helpers import save_shot, when_dialog_opens
from tests.gui.test_fits_screen import SCREENS, off_screen

LAPTOP = (1366, 728)


def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows open as on a 1366x768 laptop with a taskbar (for the screenshots)."""
    area = SCREENS["1366x768-taskbar"]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))


# -- making designs ------------------------------------------------------------
def _photo_client(db: Clinic, folder: Path) -> tuple[int, photo_cases.Photo]:
    """A new client with the demo's synthetic front, top and crown photos."""
    from smpdesk.app.demo.photos import synthetic_scalp

    cid = client_cases.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    folder.mkdir(parents=True, exist_ok=True)
    for n, angle in enumerate(("front", "top", "crown")):
        path = folder / f"{angle}.jpg"
        path.write_bytes(synthetic_scalp(angle, 0, seed=3 + n))
        [result] = photo_cases.import_photos(db, cid, [path], angle=angle)
        assert result.imported, result.reason
    front = next(p for p in photo_cases.client_photos(db, cid) if p.angle == "front")
    return cid, front


def _design(photo: photo_cases.Photo, *, crown: bool = True) -> Design:
    """A hairline and two zones on ``photo``: hairline (session 1), mid-scalp/crown (session 2)."""
    hairline_zone = Zone(
        kind="hairline",
        points=(Point(0.22, 0.30), Point(0.78, 0.30), Point(0.80, 0.55), Point(0.20, 0.55)),
        density=60.0,
        layer=1,
    )
    back = Zone(
        kind="crown" if crown else "mid-scalp",
        points=(Point(0.20, 0.55), Point(0.80, 0.55), Point(0.85, 0.95), Point(0.15, 0.95)),
        density=45.0,
        layer=2,
    )
    return Design(
        base=Base(photo_id=photo.id),
        aspect=photo.width / photo.height,
        hairline=Hairline(points=(Point(0.25, 0.32), Point(0.5, 0.28), Point(0.75, 0.32))),
        zones=(hairline_zone, back),
    )


def _two_versions(db: Clinic, folder: Path) -> tuple[int, list[design_cases.DesignRecord]]:
    cid, front = _photo_client(db, folder)
    first = design_cases.save_design(db, cid, _design(front, crown=False))
    second = design_cases.save_design(db, cid, _design(front), replaces=first.id)
    return cid, [first, second]


def _as(path: Path, role: Role) -> Clinic:
    handle = open_clinic(path)
    found = staff_store.find_staff(handle, role.value)
    staff_id = (
        found.id if found else staff_store.insert_staff(handle, role.value, role.title(), role)
    )
    handle.staff = Staff(staff_id, role.value, f"{role.value.title()} Person", role)
    return handle


def _sign(pad_surface: QWidget) -> None:
    """A zig-zag drawn with the mouse, as a client would sign."""
    points = [QPointF(60 + 14 * i, 70 + (18 if i % 2 else -18)) for i in range(20)]
    for n, point in enumerate(points):
        kind = (
            QEvent.Type.MouseButtonPress
            if n == 0
            else QEvent.Type.MouseButtonRelease
            if n == len(points) - 1
            else QEvent.Type.MouseMove
        )
        button = (
            Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        )
        buttons = (
            Qt.MouseButton.NoButton
            if kind == QEvent.Type.MouseButtonRelease
            else Qt.MouseButton.LeftButton
        )
        event = QMouseEvent(
            kind,
            point,
            pad_surface.mapToGlobal(point),
            button,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad_surface, event)


def _mouse(widget: QWidget, kind: QEvent.Type, x: float) -> None:
    point = QPointF(x, widget.height() / 2)
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    event = QMouseEvent(
        kind, point, widget.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def _open_tab(window: MainWindow, cid: int) -> DesignTab:
    window.resize(*LAPTOP)
    window.open_client(cid)
    tab = window.client_page.findChild(DesignTab, "design_tab")
    assert tab is not None
    window.client_page.tabs.setCurrentWidget(tab)
    return tab


# -- the tab -------------------------------------------------------------------
def test_the_tab_lists_the_versions_newest_first_with_thumbnails(qtbot, window, demo_db, tmp_path):
    cid, (_first, second) = _two_versions(demo_db, tmp_path)
    tab = _open_tab(window, cid)
    tabs = [window.client_page.tabs.tabText(i) for i in range(window.client_page.tabs.count())]
    assert "Design" in tabs
    assert tab.list.count() == 2
    newest, older = tab.list.item(0), tab.list.item(1)
    assert newest.data(tab_module.DESIGN_ID_ROLE) == second.id
    assert newest.text().startswith("Version 2 — ")
    assert "2 zones" in newest.text() and "Not approved yet" in newest.text()
    assert older.text().startswith("Version 1 — ")
    assert not newest.icon().isNull()  # the drawing's thumbnail
    assert tab.approve_button.isEnabled() and tab.preview_button.isEnabled()


def test_a_client_without_designs_sees_how_to_start(qtbot, window, demo_db, tmp_path):
    cid, _front = _photo_client(demo_db, tmp_path)
    tab = _open_tab(window, cid)
    assert tab.list.count() == 0 and tab.empty.isVisible()
    assert tab.new_button.isEnabled()
    assert not tab.approve_button.isEnabled() and not tab.edit_button.isEnabled()


def test_reception_sees_only_that_a_design_exists(qtbot, demo_path, demo_db, tmp_path):
    cid, (_first, second) = _two_versions(demo_db, tmp_path)
    reception = _as(demo_path, Role.RECEPTION)
    try:
        with pytest.raises(UserError):
            design_cases.client_designs(reception, cid)
        with pytest.raises(UserError):
            design_cases.design_thumbnail(reception, second.id)
        with pytest.raises(UserError):
            design_cases.get_design(reception, second.id)
        win = MainWindow(reception, demo_path)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.open_client(cid)
        assert win.client_page.findChildren(DesignTab) == []
        tabs = [win.client_page.tabs.tabText(i) for i in range(win.client_page.tabs.count())]
        assert "Design" not in tabs
        line = win.client_page.findChild(DesignExistsLine, "design_exists")
        assert line is not None and line.isVisible()
        assert line.text() == "A design exists (2 versions; not approved yet)."
        assert line.pixmap().isNull()  # words only, never the picture
        win.close()
    finally:
        reception.close()


def test_exists_words():
    assert exists_words(0, None) == "No design yet."
    assert exists_words(1, None) == "A design exists (1 version; not approved yet)."
    assert exists_words(3, "2026-11-03T10:00:00+00:00").startswith(
        "A design exists (3 versions; approved on "
    )


class FakeDesigner(QDialog):
    """Stands in for the designer: records what it was opened with, saves one version."""

    saved = Signal(int)
    opened: ClassVar[list[dict]] = []

    def __init__(self, clinic, client_id, base, design, *, replaces=None, parent=None):
        super().__init__(parent)
        FakeDesigner.opened.append(
            {"client_id": client_id, "base": base, "design": design, "replaces": replaces}
        )
        self._clinic, self._client_id = clinic, client_id
        self._design, self._replaces = design, replaces

    def exec(self) -> int:
        zone = Zone(
            kind="hairline",
            points=(Point(0.3, 0.3), Point(0.7, 0.3), Point(0.5, 0.5)),
            density=50.0,
        )
        record = design_cases.save_design(
            self._clinic,
            self._client_id,
            self._design.with_zones([zone]),
            replaces=self._replaces,
        )
        self.saved.emit(record.id)
        return int(QDialog.DialogCode.Accepted)


def test_new_design_opens_the_designer_on_the_chosen_photo(
    qtbot, window, demo_db, monkeypatch, tmp_path
):
    from smpdesk.gui.designs import designer

    laptop(monkeypatch)
    cid, _front = _photo_client(demo_db, tmp_path)
    top = next(p for p in photo_cases.client_photos(demo_db, cid) if p.angle == "top")
    FakeDesigner.opened = []
    monkeypatch.setattr(designer, "DesignerWindow", FakeDesigner)
    tab = _open_tab(window, cid)

    def choose(dialog):
        assert isinstance(dialog, BaseChooser)
        assert {"angle_front", "angle_top", "angle_crown", "outlines"} <= set(dialog.lists)
        assert not dialog.start_button.isEnabled()
        dialog.choose(Base(photo_id=top.id))
        save_shot(dialog, "design_base_chooser")
        dialog.start_button.click()

    when_dialog_opens(qtbot, choose)
    new_id = tab.new_design()
    [opened] = FakeDesigner.opened
    assert opened["client_id"] == cid and opened["replaces"] is None
    assert opened["design"].base == Base(photo_id=top.id)
    assert opened["design"].zones == () and opened["design"].hairline is None
    assert opened["design"].aspect == pytest.approx(top.width / top.height)
    assert opened["base"].size == (top.width, top.height)
    # The version saved is listed and selected.
    assert new_id is not None and tab.list.count() == 1
    assert tab.current().id == new_id

    # Edit as new version: the designer starts from it, and saving adds version 2.
    FakeDesigner.opened = []
    second = tab.edit_as_new_version()
    [edited] = FakeDesigner.opened
    assert edited["replaces"] == new_id and edited["design"].base == Base(photo_id=top.id)
    assert tab.list.count() == 2 and tab.current().id == second
    assert design_cases.get_design(demo_db, second).version == 2


def test_new_design_on_an_outline_when_there_is_no_photo(qtbot, window, demo_db, monkeypatch):
    from smpdesk.gui.designs import designer

    laptop(monkeypatch)
    cid = client_cases.add_client(demo_db, ClientDetails(given_name="No", family_name="Photo")).id
    FakeDesigner.opened = []
    monkeypatch.setattr(designer, "DesignerWindow", FakeDesigner)
    tab = _open_tab(window, cid)

    def choose(dialog):
        assert set(dialog.lists) == {"outlines"}
        save_shot(dialog, "design_base_chooser_outlines")
        dialog.choose(Base(outline="top"))
        dialog.start_button.click()

    when_dialog_opens(qtbot, choose)
    tab.new_design()
    [opened] = FakeDesigner.opened
    assert opened["design"].base == Base(outline="top")
    width, height = opened["base"].size
    assert opened["design"].aspect == pytest.approx(width / height)


def test_new_design_opens_the_real_designer(qtbot, window, demo_db, tmp_path):
    """The tab and the designer agree on how it is opened (cancelled straight away)."""
    from smpdesk.gui.designs.designer import DesignerWindow

    cid, front = _photo_client(demo_db, tmp_path)
    tab = _open_tab(window, cid)
    seen = {}

    def designer_opened(dialog):
        seen["designer"] = type(dialog)
        dialog.done(0)

    def choose(dialog):
        dialog.choose(Base(photo_id=front.id))
        when_dialog_opens(qtbot, designer_opened)
        dialog.start_button.click()

    when_dialog_opens(qtbot, choose)
    assert tab.new_design() is None
    assert seen["designer"] is DesignerWindow
    assert tab.list.count() == 0


# -- approval --------------------------------------------------------------------
def test_approving_with_a_drawn_signature_makes_the_version_final(qtbot, window, demo_db, tmp_path):
    cid, (_first, second) = _two_versions(demo_db, tmp_path)
    tab = _open_tab(window, cid)
    shots = {}

    def sign(dialog):
        assert isinstance(dialog, ApproveDialog)
        assert dialog.name.text() == "Ola Bråthen"  # the client checks their own name
        assert "I have seen this design (version 2)" in dialog.statement.text()
        assert not dialog.approve_button.isEnabled()  # nothing signed yet
        assert not dialog.picture.pixmap().isNull()
        _sign(dialog.pad.surface)
        assert dialog.approve_button.isEnabled()
        dialog.name.setText("Ola B. Bråthen")
        shots["size"] = dialog.size()
        dialog.approve_button.click()

    when_dialog_opens(qtbot, sign)
    assert tab.approve()
    record = design_cases.get_design(demo_db, second.id)
    assert record.approved_at is not None and record.approved_name == "Ola B. Bråthen"
    row = tab.list.item(0)
    assert row.data(tab_module.DESIGN_ID_ROLE) == second.id
    assert "signed by Ola B. Bråthen" in row.text()
    assert not tab.approve_button.isEnabled()  # final
    assert not tab.approve()
    # The older version can still be approved (the client may prefer it).
    tab.list.setCurrentRow(1)
    assert tab.approve_button.isEnabled()
    tab.list.setCurrentRow(0)
    # A second approval is refused by the use case too, whoever calls it.
    with pytest.raises(UserError):
        design_cases.approve_design(demo_db, second.id, b"\x89PNG", "Someone Else")


def test_approve_without_a_name_is_refused_in_words(qtbot, demo_db, tmp_path):
    _cid, (_first, second) = _two_versions(demo_db, tmp_path)
    dialog = ApproveDialog(demo_db, second.id)
    qtbot.addWidget(dialog)
    dialog.show()
    _sign(dialog.pad.surface)
    dialog.name.clear()
    assert not dialog.approve_button.isEnabled()
    dialog.approve()
    assert dialog.problem.isVisible()
    assert design_cases.get_design(demo_db, second.id).approved_at is None


# -- the preview window -----------------------------------------------------------
def test_the_wipe_follows_the_slider_and_the_mouse(qtbot, demo_db, tmp_path):
    _cid, (_first, second) = _two_versions(demo_db, tmp_path)
    window = PreviewWindow(demo_db, second.id)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    assert view.mode == "wipe" and view.split == pytest.approx(0.5)

    window.slider.setValue(250)
    assert view.split == pytest.approx(0.25)
    rect = view.image_rect()
    assert view.divider_x() == pytest.approx(rect.left() + 0.25 * rect.width())

    # Dragging on the picture moves the divider, and the slider follows.
    _mouse(view, QEvent.Type.MouseButtonPress, rect.left() + 0.4 * rect.width())
    _mouse(view, QEvent.Type.MouseMove, rect.left() + 0.7 * rect.width())
    assert view.split == pytest.approx(0.7, abs=0.01)
    _mouse(view, QEvent.Type.MouseButtonRelease, rect.left() + 0.8 * rect.width())
    assert view.split == pytest.approx(0.8, abs=0.01)
    assert window.slider.value() == pytest.approx(800, abs=10)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # the keyboard moves it too
    assert view.split == pytest.approx(0.78, abs=0.011)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.split == pytest.approx(0.88, abs=0.011)

    # What is drawn follows the divider: a spot inside the pigmented zone is the
    # bare photo while the divider is right of it, and darker once it is left of it.
    spot = QPoint(round(rect.left() + 0.5 * rect.width()), round(rect.top() + 0.45 * rect.height()))

    def brightness() -> float:
        image = view.grab().toImage()
        total = 0
        for dx in range(-6, 7, 2):
            for dy in range(-6, 7, 2):
                colour = image.pixelColor(spot.x() + dx, spot.y() + dy)
                total += colour.red() + colour.green() + colour.blue()
        return total

    window.slider.setValue(900)
    before = brightness()
    window.slider.setValue(100)
    after = brightness()
    assert after < before * 0.97


def test_the_session_selector_renders_each_session(qtbot, demo_db, monkeypatch, tmp_path):
    _cid, (_first, second) = _two_versions(demo_db, tmp_path)
    calls = []
    real = design_cases.render_design

    def counting(db, design_id, **kwargs):
        calls.append(kwargs)
        return real(db, design_id, **kwargs)

    monkeypatch.setattr(design_cases, "render_design", counting)
    window = PreviewWindow(demo_db, second.id, screen_side=800)
    qtbot.addWidget(window)
    labels = [window.session_box.itemText(i) for i in range(window.session_box.count())]
    assert labels == ["Session 1", "Final (after session 2)"]
    assert window.layer is None
    final = window.view.after.copy()
    assert max(final.width(), final.height()) == 800
    assert {c["layer"] for c in calls} == {None}
    window.session_box.setCurrentIndex(0)
    assert window.layer == 1
    assert calls[-1]["layer"] == 1 and calls[-1]["max_side"] == 800
    assert window.view.after != final  # session 1 lacks the crown's pigment
    window.mode_buttons["before"].click()
    assert window.view.mode == "before" and not window.slider.isEnabled()


def test_save_full_resolution_writes_the_photo_size(qtbot, demo_db, tmp_path):
    from PIL import Image

    _cid, (_first, second) = _two_versions(demo_db, tmp_path)
    front = photo_cases.get_photo(demo_db, second.design.base.photo_id)
    window = PreviewWindow(demo_db, second.id, screen_side=640)
    qtbot.addWidget(window)
    target = tmp_path / "preview"
    assert window.save_to(str(target))
    with Image.open(tmp_path / "preview.jpg") as saved:
        assert saved.size == (front.width, front.height)
        assert saved.format == "JPEG"


def test_save_image_writes_the_drawing_and_refuses_the_clinic_file(
    qtbot, window, demo_db, demo_path, monkeypatch, tmp_path
):
    from PIL import Image
    from PySide6.QtWidgets import QMessageBox

    cid, (_first, second) = _two_versions(demo_db, tmp_path)
    tab = _open_tab(window, cid)
    out = tmp_path / "out"
    out.mkdir()
    assert tab.save_image_to(str(out / "drawing"), preview=False)
    assert tab.save_image_to(str(out / "preview.jpg"), preview=True)
    front = photo_cases.get_photo(demo_db, second.design.base.photo_id)
    with Image.open(out / "drawing.jpg") as drawing, Image.open(out / "preview.jpg") as preview:
        assert drawing.size == preview.size == (front.width, front.height)
        assert drawing.tobytes() != preview.tobytes()  # the plan, not the simulation
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    before = demo_path.read_bytes()
    assert not tab.save_image_to(str(demo_path), preview=False)
    assert said and demo_path.read_bytes() == before


def test_a_deleted_base_photo_leaves_the_saved_preview(qtbot, demo_db, tmp_path):
    _cid, (_first, second) = _two_versions(demo_db, tmp_path)
    assert photo_cases.delete_photo(demo_db, second.design.base.photo_id)
    window = PreviewWindow(demo_db, second.id, screen_side=640)
    qtbot.addWidget(window)
    assert window.view.mode == "after" and not window.view.after.isNull()
    assert not window.mode_buttons["wipe"].isEnabled() and not window.save_button.isEnabled()
    assert "deleted" in window.caption.text()


def test_session_choices():
    assert session_choices(1) == [("Final", None)]
    assert session_choices(3) == [
        ("Session 1", 1),
        ("Session 2", 2),
        ("Final (after session 3)", None),
    ]


# -- the session dialog -------------------------------------------------------------
def test_a_new_session_takes_its_areas_and_picture_from_the_design(
    qtbot, demo_db, monkeypatch, tmp_path
):
    laptop(monkeypatch)
    cid, (_first, second) = _two_versions(demo_db, tmp_path)
    dialog = SessionDialog(demo_db, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    save_shot(dialog, "session_dialog_design")
    assert dialog.inputs["areas"].value() == "hairline,crown"
    link = dialog.findChild(tab_module.DesignLink, "session_design_link")
    assert link is not None and link.design_id == second.id
    assert not link.icon().isNull() and "Design version 2" in link.text()
    opened = []
    monkeypatch.setattr(PreviewWindow, "exec", lambda self: opened.append(self.design_id) or 0)
    link.click()
    assert opened == [second.id]
    # Nothing typed yet: cancelling asks nothing (the prefill is where the form starts).
    dialog.reject()
    assert dialog.result() == int(QDialog.DialogCode.Rejected)


def test_the_approved_version_wins_and_typed_areas_are_kept(qtbot, demo_db, tmp_path):
    cid, (first, _second) = _two_versions(demo_db, tmp_path)
    design_cases.approve_design(demo_db, first.id, _signature_png(), "Ola Bråthen")
    dialog = SessionDialog(demo_db, cid)
    qtbot.addWidget(dialog)
    assert dialog.inputs["areas"].value() == "hairline,mid-scalp"  # version 1's zones
    link = dialog.findChild(tab_module.DesignLink, "session_design_link")
    assert link.design_id == first.id and "approved" in link.text()


def test_a_client_without_a_design_gets_no_link(qtbot, demo_db):
    cid = client_cases.add_client(demo_db, ClientDetails(given_name="No", family_name="Design")).id
    dialog = SessionDialog(demo_db, cid)
    qtbot.addWidget(dialog)
    assert dialog.inputs["areas"].value() == ""
    link = dialog.findChild(tab_module.DesignLink, "session_design_link")
    assert link is not None and link.design_id is None and link.isHidden()


def _signature_png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("L", (300, 100), 255)
    ImageDraw.Draw(image).line((10, 80, 150, 20, 290, 70), fill=0, width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


# -- fitting a laptop ---------------------------------------------------------------
@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("which", ["preview", "approve", "chooser"])
def test_the_design_windows_fit_the_screen(qtbot, monkeypatch, demo_db, which, screen, tmp_path):
    area = SCREENS[screen]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    cid, (_first, second) = _two_versions(demo_db, tmp_path)
    opened: QWidget
    if which == "preview":
        opened = PreviewWindow(demo_db, second.id)
    elif which == "approve":
        opened = ApproveDialog(demo_db, second.id)
    else:
        opened = BaseChooser(demo_db, cid)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    problems = off_screen(opened, area)
    opened.close()
    assert not problems, f"{which} on {screen}: {problems}"


# -- on a realistic head: what a client would see (and the screenshots) --------------
def _realistic_design(db: Clinic, folder: Path) -> tuple[int, design_cases.DesignRecord]:
    """A receded front-view head, a natural hairline and two sessions of zones."""
    from smpdesk.domain.design_densities import layered_zones
    from smpdesk.domain.designs import Scale
    from smpdesk.infra.synthetic_head import head_layout, synthetic_head

    cid = client_cases.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "front-head.jpg"
    synthetic_head("front", width=1600, seed=2).save(path, "JPEG", quality=90)
    [result] = photo_cases.import_photos(db, cid, [path], angle="front")
    photo = photo_cases.get_photo(db, result.photo_id)
    layout = head_layout("front")
    line = [Point(x, y) for x, y in layout.hairline]
    band = [Point(p.x, p.y - 0.07) for p in reversed(line)]
    top = [Point(0.70, 0.20), Point(0.62, 0.11), Point(0.5, 0.085), Point(0.38, 0.11)]
    top.append(Point(0.30, 0.20))
    zones = (
        *layered_zones("hairline", (*line, *band), 2),
        *layered_zones("mid-scalp", (*reversed(band), *top), 2),
    )
    design = Design(
        base=Base(photo_id=photo.id),
        aspect=photo.width / photo.height,
        hairline=Hairline(points=tuple(line), softness_mm=4.0, irregularity=0.45),
        scale=Scale(Point(0.5, 0.30), Point(0.5, 0.40), cm=0.1 * layout.cm_per_height),
        zones=zones,
    )
    first = design_cases.save_design(db, cid, design.with_zones(zones[::2]))
    design_cases.approve_design(db, first.id, _signature_png(), "Ola Bråthen")
    return cid, design_cases.save_design(db, cid, design, replaces=first.id)


def test_a_realistic_design_in_the_tab_the_preview_and_the_approval(
    qtbot, window, demo_db, monkeypatch, tmp_path
):
    laptop(monkeypatch)
    cid, newest = _realistic_design(demo_db, tmp_path)
    tab = _open_tab(window, cid)
    assert tab.list.count() == 2
    assert "Not approved yet" in tab.list.item(0).text()
    assert "signed by Ola Bråthen" in tab.list.item(1).text()
    save_shot(window, "design_tab")

    preview = PreviewWindow(demo_db, newest.id)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.view.split == pytest.approx(0.5)
    save_shot(preview, "design_preview_wipe")
    # The pigment darkens the bald top of the head, not the forehead below the line.
    after, before = preview.view.after, preview.view.before
    assert after.size() == before.size()

    def mean(image, top: float, bottom: float) -> float:
        """Mean lightness of the middle of the head between two heights."""
        values = [
            image.pixelColor(x, y).lightness()
            for x in range(round(image.width() * 0.42), round(image.width() * 0.58), 3)
            for y in range(round(image.height() * top), round(image.height() * bottom), 3)
        ]
        return sum(values) / len(values)

    scalp, forehead = (0.15, 0.28), (0.50, 0.62)
    assert mean(after, *scalp) < mean(before, *scalp) - 3  # the pigmented top of the head
    assert abs(mean(after, *forehead) - mean(before, *forehead)) < 1  # untouched below the line
    preview.session_box.setCurrentIndex(0)
    first = preview.view.after
    assert mean(before, *scalp) > mean(first, *scalp) > mean(after, *scalp)
    preview.close()

    approve = ApproveDialog(demo_db, newest.id)
    qtbot.addWidget(approve)
    approve.show()
    qtbot.waitExposed(approve)
    _sign(approve.pad.surface)
    save_shot(approve, "design_approve_dialog")
    assert approve.width() >= 1100  # the preview large on a laptop
    approve.close()
