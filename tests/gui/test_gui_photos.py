"""The Photos tab as a practitioner uses it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import photos
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.main_window import MainWindow
from smpdesk.gui.photos.photo_views import CompareDialog


@pytest.fixture
def window(qtbot, db, db_path):
    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def client_id(db) -> int:
    return client_cases.add_client(db, ClientDetails(given_name="Zoë", family_name="Brontë")).id


def scalp(path: Path, angle: str, stage: int) -> Path:
    path.write_bytes(synthetic_scalp(angle, stage, seed=stage * 7 + len(angle)))
    return path


def add(db, client_id, tmp_path, angle, stage, visit) -> int:
    path = scalp(tmp_path / f"{angle}-{stage}.jpg", angle, stage)
    [result] = photos.import_photos(db, client_id, [path], visit_date=visit, angle=angle)
    return result.photo_id


def test_import_in_the_background_with_a_summary(qtbot, window, db, client_id, tmp_path):
    window.open_client(client_id)
    tab = window.photos_tab
    window.client_page.tabs.setCurrentWidget(tab)
    good = [scalp(tmp_path / f"IMG_{i}.jpg", "front", i) for i in range(3)]
    broken = tmp_path / "IMG_9.HEIC"
    broken.write_text("this is not a photo")
    tab.new_angle.setCurrentIndex(tab.new_angle.findData("front"))
    job = tab.import_paths([*good, broken])
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    assert sum(r.imported for r in job.result) == 3
    summary = tab.findChild(QMessageBox, "import_summary")
    assert summary is not None
    assert "3 of 4 photos imported." in summary.text()
    assert "IMG_9.HEIC: not a picture" in summary.text()
    summary.close()
    assert [p.angle for p in store.client_photos(db, client_id)] == ["front"] * 3
    assert len(tab.galleries) == 1 and tab.galleries[0].model().rowCount() == 3


def test_gallery_groups_by_visit_filters_by_angle_and_compares(
    qtbot, window, db, client_id, tmp_path, screenshot
):
    for stage, visit in enumerate((date(2026, 9, 1), date(2026, 9, 12), date(2026, 10, 3))):
        for angle in ("front", "crown"):
            add(db, client_id, tmp_path, angle, stage, visit)
    window.open_client(client_id)
    tab = window.photos_tab
    window.client_page.tabs.setCurrentWidget(tab)
    assert len(tab.galleries) == 3  # one per visit, newest first
    assert tab.summary.text() == "6 photos in 3 visits"
    qtbot.wait(50)
    screenshot(window, "photos_gallery")

    tab.angle_filter.setCurrentIndex(tab.angle_filter.findData("crown"))
    assert all(
        g.model().items[0].angle == "crown" and g.model().rowCount() == 1 for g in tab.galleries
    )
    first, latest = tab.first_and_latest()
    assert (first.visit_date, latest.visit_date) == ("2026-09-01", "2026-10-03")
    assert first.angle == latest.angle == "crown"

    dialog = CompareDialog(db, first, latest)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.zoom_both(3.0)
    left, right = dialog.views
    assert left.zoom == pytest.approx(right.zoom)
    left.horizontalScrollBar().setValue(left.horizontalScrollBar().maximum() // 2)
    assert right.horizontalScrollBar().value() == left.horizontalScrollBar().value()
    dialog.views[0].fit()
    dialog.views[1].fit()
    screenshot(dialog, "photos_compare")
    out = tmp_path / "comparison.jpg"
    assert dialog.export_to(str(out))
    assert Image.open(out).format == "JPEG"


def test_tag_many_at_once_and_delete(qtbot, window, db, client_id, tmp_path, monkeypatch):
    ids = [add(db, client_id, tmp_path, "other", s, date(2026, 11, 1)) for s in range(3)]
    window.open_client(client_id)
    tab = window.photos_tab
    tab.select_ids(set(ids))
    assert sorted(tab.selected_ids()) == sorted(ids)
    assert tab.retag(angle="top") == 3
    assert {p.angle for p in store.client_photos(db, client_id)} == {"top"}
    tab.select_ids({ids[0]})
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert tab.delete_selected() == 1
    assert store.get_photo(db, ids[0]) is None
    assert tab.summary.text() == "2 photos in 1 visit"


def test_gallery_decodes_only_thumbnails_it_shows(qtbot, window, db, client_id, tmp_path):
    for stage in range(4):
        add(db, client_id, tmp_path, "front", stage, date(2026, 11, 1))
    window.open_client(client_id)
    tab = window.photos_tab
    model = tab.galleries[0].model()
    assert model.decoded == 0  # nothing decoded until the tab is shown
    window.client_page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: model.decoded == 4)


def test_a_second_import_waits_for_the_first(qtbot, window, db, client_id, tmp_path, monkeypatch):
    window.open_client(client_id)
    tab = window.photos_tab
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    first = tab.import_paths([scalp(tmp_path / "one.jpg", "front", 1)])
    assert tab.import_paths([scalp(tmp_path / "two.jpg", "front", 2)]) is None
    assert told and "still being imported" in told[0]
    with qtbot.waitSignal(first.finished, timeout=30000):
        pass
    assert tab.findChild(QMessageBox, "import_summary") is None  # a status line, no box


def test_viewers_are_freed_when_closed(qtbot, window, db, client_id, tmp_path, monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from smpdesk.gui.photos.photo_views import PhotoViewer

    a = add(db, client_id, tmp_path, "front", 0, date(2026, 9, 1))
    add(db, client_id, tmp_path, "front", 1, date(2026, 10, 1))
    window.open_client(client_id)
    tab = window.photos_tab
    monkeypatch.setattr(PhotoViewer, "exec", lambda self: 0)
    monkeypatch.setattr(CompareDialog, "exec", lambda self: 0)
    for _ in range(3):
        tab.view_photo(a)
        tab.compare_first_latest()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # run deleteLater()
    assert tab.findChildren(PhotoViewer) == [] and tab.findChildren(CompareDialog) == []


def test_compare_keeps_portrait_and_landscape_in_step(qtbot, db, client_id, tmp_path):
    wide = tmp_path / "wide.jpg"
    tall = tmp_path / "tall.jpg"
    Image.new("RGB", (1600, 900), (200, 150, 120)).save(wide)
    Image.new("RGB", (900, 1600), (120, 100, 90)).save(tall)
    [w] = photos.import_photos(db, client_id, [wide], visit_date=date(2026, 9, 1))
    [t] = photos.import_photos(db, client_id, [tall], visit_date=date(2026, 10, 1))
    dialog = CompareDialog(db, store.get_photo(db, w.photo_id), store.get_photo(db, t.photo_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.zoom_both(4.0)
    left, right = (v.verticalScrollBar() for v in dialog.views)
    left.setValue(left.maximum())
    assert right.value() == right.maximum()


def test_closing_the_window_during_an_import_stops_it_cleanly(
    qtbot, db, db_path, client_id, tmp_path
):
    win = MainWindow(db, db_path)
    win.show()
    win.open_client(client_id)
    job = win.photos_tab.import_paths([scalp(tmp_path / f"{i}.jpg", "front", i) for i in range(6)])
    win.close()
    assert not job.worker.isRunning()
    win.deleteLater()


def test_photos_appear_on_the_timeline(qtbot, window, db, client_id, tmp_path):
    add(db, client_id, tmp_path, "front", 0, date(2026, 9, 1))
    add(db, client_id, tmp_path, "crown", 1, date(2026, 9, 1))
    window.open_client(client_id)
    tree = window.timeline.tree
    rows = [
        (tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
        for i in range(tree.topLevelItemCount())
    ]
    assert ("2 photos", "Front hairline, Crown") in rows


def test_marketing_consent_withdrawn_from_the_photos_tab(
    qtbot, window, db, client_id, tmp_path, monkeypatch
):
    path = scalp(tmp_path / "m.jpg", "front", 3)
    [result] = photos.import_photos(db, client_id, [path], consent="marketing")
    window.open_client(client_id)
    tab = window.photos_tab
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert tab.withdraw_marketing() == 1
    assert photos.get_photo(db, result.photo_id).consent == "clinical"


@pytest.mark.parametrize(("style", "typed"), [("uk", "14/03/2025"), ("us", "03/14/2025")])
def test_tag_visit_date_is_typed_in_the_clinic_style(
    qtbot, window, db, client_id, tmp_path, style, typed
):
    import dataclasses

    from smpdesk.app.clinic import load_settings, save_settings
    from smpdesk.gui.photos.photos_tab import VisitDateDialog
    from tests.gui.helpers import type_text, when_dialog_opens

    save_settings(db, dataclasses.replace(load_settings(db), date_style=style))
    ids = [add(db, client_id, tmp_path, "front", s, date(2026, 11, 1)) for s in range(2)]
    window.open_client(client_id)
    tab = window.photos_tab
    tab.select_ids(set(ids))
    seen: dict[str, object] = {}

    def move(dialog) -> None:
        try:
            assert isinstance(dialog, VisitDateDialog)
            seen["today"] = dialog.chosen()
            dialog.entry.line.clear()
            type_text(qtbot, dialog.entry.line, "2099-01-01")
            dialog.accept()  # the future: refused, the dialog stays with the reason
            seen["future"] = (dialog.isVisible(), dialog.error.text())
            dialog.entry.line.clear()
            type_text(qtbot, dialog.entry.line, typed)
            dialog.accept()
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_dialog_opens(qtbot, move)
    tab.choose_visit_date()
    assert seen["today"] == date.today()
    assert seen["future"] == (True, "A visit date cannot be in the future.")
    assert {store.get_photo(db, i).visit_date for i in ids} == {"2025-03-14"}
