"""Designs on the client's timeline (issue 17, follow-up F2): each version saved, by whom,
and each approval, signed by whom, in order with the sessions and the consent signed after
it; for clinical roles only, and without reading any design to open a client."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from smpdesk import store
from smpdesk.app import designs as design_cases
from smpdesk.app import photos as photo_cases
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo.designs import add_demo_designs, demo_design_signature, front_design
from smpdesk.domain.staff import Role, Staff
from smpdesk.gui.main_window import MainWindow
from smpdesk.gui.sessions.timeline_tab import DESIGN_ROLE, SESSION_ROLE, TimelineTab
from smpdesk.infra.synthetic_head import synthetic_head
from smpdesk.store import staff as staff_store
from tests.gui.helpers import save_shot
from tests.gui.test_fits_screen import SCREENS

LAPTOP = (1366, 728)  # a 1366x768 screen less a taskbar


def _as(path: Path, role: Role, name: str) -> Clinic:
    handle = open_clinic(path)
    found = staff_store.find_staff(handle, role.value)
    staff_id = found.id if found else staff_store.insert_staff(handle, role.value, name, role)
    handle.staff = Staff(staff_id, role.value, name, role)
    return handle


@pytest.fixture
def practitioner(demo_path: Path):
    handle = _as(demo_path, Role.PRACTITIONER, "Priya Practitioner")
    yield handle
    handle.close()


def _treated_client(db: Clinic) -> int:
    """A demo client with sessions, so designs sit among them on the timeline."""
    [client_id] = store.sessions.clients_with_sessions(db, at_least=2, limit=1)
    return int(client_id)


def _rows(tab: TimelineTab) -> list[tuple[str, str]]:
    items = (tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount()))
    return [(item.text(1), item.text(2)) for item in items if item is not None]


def _row(tab: TimelineTab, event: str) -> int:
    return next(i for i, (kind, _details) in enumerate(_rows(tab)) if kind == event)


def _timeline(qtbot, db: Clinic, client_id: int) -> TimelineTab:
    tab = TimelineTab(db)
    qtbot.addWidget(tab)
    tab.show_client(client_id)
    return tab


def test_versions_saved_and_approved_show_in_order_with_the_consent(qtbot, practitioner):
    cid = _treated_client(practitioner)
    # Two versions, the second approved by the client, then the consent signed after it.
    add_demo_designs(practitioner, cid, None)
    client = store.get_client(practitioner, cid)
    assert client is not None
    tab = _timeline(qtbot, practitioner, cid)
    rows = _rows(tab)
    approved = _row(tab, "Design version 2 approved")
    assert rows[approved][1] == f"signed by {client.full_name}"
    saved_2, saved_1 = _row(tab, "Design version 2 saved"), _row(tab, "Design version 1 saved")
    for index in (saved_1, saved_2):
        _kind, details = rows[index]
        assert details.startswith("by Priya Practitioner · ") and details.endswith(" zones")
        assert "photo" in details  # drawn on the client's front photo
    consent = next(i for i, (kind, _d) in enumerate(rows) if kind.startswith("Consent"))
    first_session = next(
        i
        for i in range(len(rows))
        if (item := tab.tree.topLevelItem(i)) is not None and item.data(0, SESSION_ROLE)
    )
    # Newest first: consent signed, approval, version 2, version 1, then the sessions before.
    assert consent < approved < saved_2 < saved_1 < first_session
    # Selecting the approval: the version in words; no session actions for it.
    tab.tree.setCurrentItem(tab.tree.topLevelItem(approved))
    detail = tab.detail.toPlainText()
    assert "Design version 2" in detail and f"signed as {client.full_name}" in detail
    assert "Saved" in detail and "by Priya Practitioner" in detail
    assert not tab.edit_button.isEnabled() and not tab.aftercare_button.isEnabled()
    assert tab.tree.topLevelItem(approved).data(0, DESIGN_ROLE)


def test_a_version_saved_elsewhere_shows_when_the_tab_is_shown_again(qtbot, practitioner, tmp_path):
    cid = _treated_client(practitioner)
    tab = _timeline(qtbot, practitioner, cid)
    tab.show()
    assert not any(kind.startswith("Design") for kind, _d in _rows(tab))
    tab.hide()  # the Design tab is in front: it saves and approves without telling the hub
    path = tmp_path / "front.jpg"
    synthetic_head("front", width=800, seed=4).save(path, "JPEG", quality=90)
    [result] = photo_cases.import_photos(practitioner, cid, [path], angle="front")
    assert result.photo_id is not None
    saved = design_cases.save_design(practitioner, cid, front_design(result.photo_id, 4 / 3))
    tab.show()
    assert "Design version 1 saved" in [kind for kind, _d in _rows(tab)]
    tab.hide()
    design_cases.approve_design(practitioner, saved.id, demo_design_signature(3), "Jo Bloggs")
    tab.show()
    assert ("Design version 1 approved", "signed by Jo Bloggs") in _rows(tab)


def test_opening_a_client_without_designs_reads_no_design(qtbot, practitioner, monkeypatch):
    """Most clients have none: one count, never the versions list (nor any image)."""

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the versions list was read for a client without designs")

    monkeypatch.setattr(design_cases, "client_designs", refused)
    monkeypatch.setattr(design_cases, "design_thumbnail", refused)
    monkeypatch.setattr(design_cases, "design_preview", refused)
    tab = _timeline(qtbot, practitioner, _treated_client(practitioner))
    assert tab.tree.topLevelItemCount() > 0
    assert not any(kind.startswith("Design") for kind, _d in _rows(tab))


def test_reception_gets_no_design_lines(qtbot, demo_path, practitioner, monkeypatch):
    """Reception has no timeline; should one be built for them, it says nothing of designs."""
    cid = _treated_client(practitioner)
    add_demo_designs(practitioner, cid, None)
    reception = _as(demo_path, Role.RECEPTION, "Rory Reception")
    try:
        called: list[int] = []
        real = design_cases.client_designs

        def counted(db: Clinic, client_id: int) -> list[design_cases.DesignSummary]:
            called.append(client_id)
            return real(db, client_id)

        monkeypatch.setattr(design_cases, "client_designs", counted)
        tab = TimelineTab(reception)
        qtbot.addWidget(tab)
        assert tab._design_events(cid) == []
        assert called == []
    finally:
        reception.close()


def test_the_timeline_with_designs_on_a_laptop_screen(qtbot, practitioner, demo_path, monkeypatch):
    area = SCREENS["1366x768-taskbar"]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    cid = _treated_client(practitioner)
    add_demo_designs(practitioner, cid, None)
    window = MainWindow(practitioner, demo_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(*LAPTOP)
    window.open_client(cid)
    tab = window.timeline
    window.client_page.tabs.setCurrentWidget(tab)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(_row(tab, "Design version 2 approved")))
    assert "Design version 2" in tab.detail.toPlainText()
    assert tab.tree.visualItemRect(tab.tree.topLevelItem(0)).height() > 0
    save_shot(window, "timeline_designs")


def test_a_crafted_version_still_lets_the_timeline_open(qtbot, practitioner):
    """A row whose description and times are damaged: listed as it is, nothing read."""
    from smpdesk.store.database import write

    cid = _treated_client(practitioner)
    with write(practitioner):
        practitioner.execute(
            "INSERT INTO designs (client_id, version, data, preview, thumbnail, created_by_name, "
            "created_at, approved_at, approved_signature, approved_name) "
            "VALUES (?, 7, '{', x'00', x'00', '', 'not a time', '2026-13-45', x'00', '')",
            [cid],
        )
    tab = _timeline(qtbot, practitioner, cid)
    rows = dict(_rows(tab))
    assert rows["Design version 7 saved"] == "unknown base · 0 zones"
    assert rows["Design version 7 approved"] == "signed"
    tab.tree.setCurrentItem(tab.tree.topLevelItem(_row(tab, "Design version 7 approved")))
    assert "Saved not a time" in tab.detail.toPlainText()
