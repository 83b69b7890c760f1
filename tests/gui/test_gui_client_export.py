"""*Export client data…* on the client page: owner and practitioner only, a ZIP or a folder."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo.forms import add_demo_responses
from smpdesk.app.demo.photos import add_demo_photos
from smpdesk.domain.staff import Role, Staff
from smpdesk.gui.clients import export_client
from smpdesk.gui.main_window import MainWindow
from smpdesk.store import audit as audit_store
from smpdesk.store import staff as staff_store

CLIENT = 1


def _as(path: Path, role: Role) -> Clinic:
    handle = open_clinic(path)
    found = staff_store.find_staff(handle, role.value)
    staff_id = (
        found.id if found else staff_store.insert_staff(handle, role.value, role.title(), role)
    )
    handle.staff = Staff(staff_id, role.value, f"{role.value.title()} Person", role)
    return handle


@pytest.fixture
def window_for(qtbot, demo_path: Path):
    """The window signed in as a role, on a demo clinic whose first client has photos and
    questionnaires (a signed consent record among them)."""
    setup = open_clinic(demo_path)
    add_demo_photos(setup, [CLIENT])
    add_demo_responses(setup, [CLIENT])
    setup.close()
    opened: list[MainWindow] = []

    def make(role: Role) -> MainWindow:
        win = MainWindow(_as(demo_path, role), demo_path)
        qtbot.addWidget(win)
        win.resize(1100, 700)
        win.show()
        qtbot.waitExposed(win)
        opened.append(win)
        return win

    yield make
    for win in opened:
        win.close()


def _choose(monkeypatch, path: Path, chosen_filter: str = export_client.ZIP_FILTER) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), chosen_filter)
    )


def test_only_the_owner_and_practitioners_see_the_button(window_for):
    for role, shown in ((Role.RECEPTION, False), (Role.PRACTITIONER, True), (Role.OWNER, True)):
        win = window_for(role)
        win.open_client(CLIENT)
        assert win.client_page.export_button.isVisible() is shown, role


def test_exporting_from_the_client_page_writes_a_zip_and_says_where(
    qtbot, window_for, demo_path, tmp_path, monkeypatch, screenshot
):
    win = window_for(Role.PRACTITIONER)
    win.open_client(CLIENT)
    page = win.client_page
    screenshot(page, "client_page_export_button")
    # The name typed without .zip: the ZIP choice adds it.
    _choose(monkeypatch, tmp_path / "records")
    with qtbot.waitSignal(win.operations.finished, timeout=30000):
        job = page.export_client_data()
        assert job is not None
    assert job.error is None
    target = tmp_path / "records.zip"
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        document = json.loads(archive.read("client.json"))
    assert {"summary.pdf", "client.json"} <= names
    assert any(n.startswith("photos/") for n in names)
    assert any(n.startswith("consent/") for n in names)
    assert document["exported_by"] == "Practitioner Person"
    box = page.findChild(QMessageBox, "export_result")
    assert box is not None and box.isVisible()
    assert str(target.resolve()) in box.text()
    assert "photos as stored" in box.informativeText()
    screenshot(box, "client_export_result")
    box.close()
    newest = audit_store.entries(win.db, limit=1)[0]
    assert (newest.action, newest.client_id, newest.outcome) == (
        "client_export.export_client",
        CLIENT,
        "done",
    )


def test_a_folder_and_an_earlier_export_there_replaced_after_asking(
    qtbot, window_for, tmp_path, monkeypatch
):
    win = window_for(Role.OWNER)
    win.open_client(CLIENT)
    page = win.client_page
    folder = tmp_path / "export"
    _choose(monkeypatch, folder, export_client.FOLDER_FILTER)
    with qtbot.waitSignal(win.operations.finished, timeout=30000):
        page.export_client_data()
    assert (folder / "summary.pdf").is_file() and (folder / "client.json").is_file()
    page.findChild(QMessageBox, "export_result").close()

    asked: list[str] = []

    def answer(_parent, title, *_rest):
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert page.export_client_data() is None  # said No: nothing runs
    assert asked == ["Replace the earlier export?"]


def test_a_refusal_is_one_sentence_and_writes_nothing(
    qtbot, window_for, demo_path, tmp_path, monkeypatch
):
    win = window_for(Role.OWNER)
    win.open_client(CLIENT)
    before = demo_path.read_bytes()
    _choose(monkeypatch, Path(f"{demo_path}-wal"), export_client.FOLDER_FILTER)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, message, *_a: told.append((title, message))
    )
    with qtbot.waitSignal(win.operations.finished, timeout=30000):
        win.client_page.export_client_data()
    assert told and told[0][0] == "Not exported"
    assert "clinic database" in told[0][1] and told[0][1].count(".") <= 2
    assert demo_path.read_bytes() == before


def test_the_save_dialog_choices(monkeypatch):
    from datetime import date

    from smpdesk.app.clients import Client

    assert export_client.target_for("/x/a", export_client.ZIP_FILTER) == Path("/x/a.zip")
    assert export_client.target_for("/x/a.ZIP", export_client.ZIP_FILTER) == Path("/x/a.ZIP")
    assert export_client.target_for("/x/a", export_client.FOLDER_FILTER) == Path("/x/a")
    client = Client(44, "C00044", "Zoë", "Brontë", "", None, "", "", "", "", "", None, "", "")
    name = export_client.suggested_name(client, date(2026, 11, 22))
    assert name == "C00044 client data 2026-11-22.zip"  # the number, never the name
