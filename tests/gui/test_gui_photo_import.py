"""Issue 16 item 12: photo import defaults and the viewer's Previous/Next."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import photos
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.main_window import MainWindow
from smpdesk.gui.photos.photo_views import PhotoViewer
from tests.gui.helpers import save_shot

TAKEN = date.today() - timedelta(days=12)


def photo_taken(path: Path, when: str | None, seed: int = 1) -> Path:
    image = Image.open(io.BytesIO(synthetic_scalp("front", 1, seed=seed)))
    exif = Image.Exif()
    if when is not None:
        exif.get_ifd(0x8769)[0x9003] = when
    image.save(path, "JPEG", exif=exif)
    return path


@pytest.fixture
def window(qtbot, db, db_path):
    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    qtbot.waitExposed(win)
    return win


def add_client(db, given: str) -> int:
    return client_cases.add_client(db, ClientDetails(given_name=given, family_name="Brontë")).id


def open_photos(window, client_id):
    window.open_client(client_id)
    tab = window.photos_tab
    window.client_page.tabs.setCurrentWidget(tab)
    return tab


def test_the_visit_defaults_to_the_day_each_photo_was_taken(qtbot, window, db, tmp_path):
    tab = open_photos(window, add_client(db, "Zoë"))
    assert tab.new_visit.date() is None and tab.new_visit.placeholderText() == "date taken"
    save_shot(window, "h6_photo_import")
    files = [
        photo_taken(tmp_path / "taken.jpg", TAKEN.strftime("%Y:%m:%d 09:30:00"), seed=1),
        photo_taken(tmp_path / "hostile.jpg", "2999:99:99 99:99:99", seed=2),
    ]
    job = tab.import_paths(files)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    visits = [store.get_photo(db, r.photo_id).visit_date for r in job.result]
    assert visits == [TAKEN.isoformat(), date.today().isoformat()]
    # Every photo went in: a line in the status bar, no box to click away.
    assert tab.findChild(QMessageBox, "import_summary") is None
    assert window.statusBar().currentMessage() == "2 of 2 photos imported."


def test_a_typed_visit_is_used_and_a_wrong_one_is_said(qtbot, window, db, tmp_path, monkeypatch):
    tab = open_photos(window, add_client(db, "Zoë"))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    tab.new_visit.setText("31/02/2026")
    assert tab.import_paths([photo_taken(tmp_path / "a.jpg", None)]) is None
    assert warned and "leave the visit empty" in warned[0]
    chosen = date.today() - timedelta(days=3)
    tab.new_visit.set_date(chosen)
    job = tab.import_paths([photo_taken(tmp_path / "b.jpg", TAKEN.strftime("%Y:%m:%d 09:30:00"))])
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert store.get_photo(db, job.result[0].photo_id).visit_date == chosen.isoformat()


def test_a_refused_photo_is_still_shown_plainly(qtbot, window, db, tmp_path):
    tab = open_photos(window, add_client(db, "Zoë"))
    broken = tmp_path / "IMG_9.HEIC"
    broken.write_text("this is not a photo")
    job = tab.import_paths([broken])
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    box = tab.findChild(QMessageBox, "import_summary")
    assert box is not None and "IMG_9.HEIC: not a picture" in box.text()
    box.close()


def test_angle_and_visit_start_afresh_for_the_next_client(qtbot, window, db):
    first, second = add_client(db, "Zoë"), add_client(db, "Øyvind")
    tab = open_photos(window, first)
    tab.new_angle.setCurrentIndex(tab.new_angle.findData("crown"))
    tab.new_visit.set_date(date.today() - timedelta(days=1))
    tab = open_photos(window, second)
    assert tab.new_angle.currentData() == "other"
    assert tab.new_visit.date() is None and tab.new_visit.text() == ""


def test_the_file_box_opens_in_an_existing_folder(qtbot, window, db, tmp_path, monkeypatch):
    tab = open_photos(window, add_client(db, "Zoë"))
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda _p, _t, start, _f: asked.append(start) or ([], "")
    )
    pictures = tmp_path / "Pictures"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(pictures))
    tab.choose_files()  # no Pictures folder on this laptop: home, never "Pictures" as a name
    pictures.mkdir()
    tab.choose_files()
    assert asked == [str(Path.home()), str(pictures)]


def test_the_viewer_steps_through_the_photos_with_buttons_and_keys(qtbot, db, tmp_path):
    client_id = add_client(db, "Zoë")
    for seed in range(3):
        photos.import_photos(
            db,
            client_id,
            [photo_taken(tmp_path / f"{seed}.jpg", None, seed=seed)],
            visit_date=date.today() - timedelta(days=seed),
        )
    listed = photos.client_photos(db, client_id)
    viewer = PhotoViewer(db, listed[0], photos=listed)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert viewer.position.text() == "1 of 3" and not viewer.previous_button.isEnabled()
    viewer.next_button.click()
    assert viewer.photo.id == listed[1].id
    qtbot.keyClick(viewer.view, Qt.Key.Key_Right)
    assert viewer.photo.id == listed[2].id and not viewer.next_button.isEnabled()
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)  # at the end: stays
    assert viewer.photo.id == listed[2].id
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageUp)
    assert viewer.photo.id == listed[1].id
    qtbot.keyClick(viewer.view, Qt.Key.Key_Left)
    assert viewer.photo.id == listed[0].id and viewer.position.text() == "1 of 3"
    viewer.previous_button.click()
    assert viewer.photo.id == listed[0].id
    save_shot(viewer, "h6_photo_viewer")


def test_a_single_photo_shows_no_steps(qtbot, db, tmp_path):
    client_id = add_client(db, "Zoë")
    photos.import_photos(db, client_id, [photo_taken(tmp_path / "a.jpg", None)])
    [photo] = photos.client_photos(db, client_id)
    viewer = PhotoViewer(db, photo)
    qtbot.addWidget(viewer)
    assert viewer.next_button.isHidden() and viewer.previous_button.isHidden()
