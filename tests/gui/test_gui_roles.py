"""The window by role: reception's client page has no clinical tab and queries nothing clinical."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from smpdesk.app import questionnaires as questionnaire_cases
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.domain.staff import Role, Staff
from smpdesk.gui.main_window import MainWindow
from smpdesk.store import staff as staff_store
from tests.gui.helpers import type_text, when_dialog_opens


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
    opened: list[MainWindow] = []

    def make(role: Role) -> MainWindow:
        win = MainWindow(_as(demo_path, role), demo_path)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        opened.append(win)
        return win

    yield make
    for win in opened:
        win.close()


def _hidden_actions(win: MainWindow) -> set[str]:
    return {a.text() for a in win.findChildren(QAction) if not a.isVisible()}


def _flagged_client(handle: Clinic) -> int:
    from smpdesk.app.demo.forms import add_demo_responses

    add_demo_responses(handle, [1, 2, 3])  # the first ones get the demo's flags
    for client_id in range(1, 4):
        if questionnaire_cases.client_flags(handle, client_id):
            return client_id
    raise AssertionError("the demo has no flagged client")


def test_reception_sees_visits_and_one_caution_line_and_nothing_clinical(
    qtbot, window_for, demo_path, monkeypatch, screenshot
):
    owner = _as(demo_path, Role.OWNER)
    client_id = _flagged_client(owner)
    owner.close()
    win = window_for(Role.RECEPTION)
    win.open_client(client_id)
    tabs = [win.client_page.tabs.tabText(i) for i in range(win.client_page.tabs.count())]
    assert tabs == ["Details", "Visits", "Payments"]
    caution = win.client_page.findChild(object, "booking_caution")
    assert caution.isVisible() and caution.text() == "See a practitioner before booking."
    assert not win.client_page.archive_button.isVisible()
    assert not win.client_page._details_form.isRowVisible(win.client_page._detail_labels["notes"])
    hidden = {
        a.text() for a in win.findChildren(type(win.menuBar().actions()[0])) if not a.isVisible()
    }
    assert {
        "&Record session…",
        "&Recall search by lot…",
        "&Settings…",
        "S&taff accounts…",
    } <= hidden
    screenshot(win, "reception_client_page")
    visits = win._visits_tab
    assert visits.table.rowCount() >= 1
    assert "Forms —" in visits.forms_label.text()

    def book(dialog) -> None:
        dialog.entry.clear()
        type_text(qtbot, dialog.entry.day.line, "15/01/2027")  # the demo clinic is UK style
        type_text(qtbot, dialog.entry.time, "10:30")
        screenshot(dialog, "booking_dialog")
        dialog.ok_button.click()

    when_dialog_opens(qtbot, book)
    assert visits.book_selected()
    assert "10:30" in visits.table.item(0, 2).text()


def test_a_practitioner_gets_the_clinical_tabs(window_for, demo_path):
    win = window_for(Role.PRACTITIONER)
    win.open_client(1)
    tabs = [win.client_page.tabs.tabText(i) for i in range(win.client_page.tabs.count())]
    assert tabs == [
        "Details",
        "Timeline",
        "Questionnaires",
        "Photos",
        "Patch tests",
        "Design",
        "Plan",
        "Payments",
    ]
    hidden = {
        a.text() for a in win.findChildren(type(win.menuBar().actions()[0])) if not a.isVisible()
    }
    assert "&Settings…" in hidden and "&Record session…" not in hidden


def test_switching_to_reception_rebuilds_the_client_page(window_for, demo_path):
    win = window_for(Role.PRACTITIONER)
    win.open_client(1)
    assert win.client_page.tabs.count() == 8
    reception = _as(demo_path, Role.RECEPTION)
    win.db.staff = reception.staff
    reception.close()
    win._user_changed(win.db.staff)
    win.open_client(1)
    tabs = [win.client_page.tabs.tabText(i) for i in range(win.client_page.tabs.count())]
    assert tabs == ["Details", "Visits", "Payments"]
    assert "Reception Person (reception)" in win.windowTitle()


def test_an_unprotected_clinic_says_so_with_its_button(window, window_for, demo_path):
    from PySide6.QtWidgets import QPushButton

    assert window.protection_banner.isVisible()
    button = window.protection_banner.findChild(QPushButton, "protect_button")
    assert button.text() == "Protect this clinic…"
    assert not window.plain_copy_banner.isVisible()
    signed_in = window_for(Role.OWNER)
    assert not signed_in.protection_banner.isVisible()
