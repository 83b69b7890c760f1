"""Sessions, follow-ups, recall and settings as the practitioner uses them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app.clinic import load_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.gui.main_window import MainWindow
from smpdesk.gui.sessions.follow_ups_view import FollowUpsView
from smpdesk.gui.sessions.lot_recall import LotRecallDialog
from smpdesk.gui.sessions.session_dialog import SessionDialog
from tests.gui.helpers import type_text, when_dialog_opens
from tests.paper_records import ON_PAPER


@pytest.fixture
def window(qtbot, db, db_path):
    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def new_client(db, given="Łukasz", family="Żółć") -> int:
    return client_cases.add_client(db, ClientDetails(given_name=given, family_name=family)).id


def test_record_a_session_from_the_client_page(window, qtbot, db, screenshot):
    cid = new_client(db)
    window.open_client(cid)
    assert window.client_page.tabs.currentWidget() is window.timeline
    assert "No sessions recorded yet" in window.timeline.detail.toPlainText()

    def fill(dialog):
        assert isinstance(dialog, SessionDialog)
        assert dialog.session_date.date() == date.today()
        assert dialog.session_date.text() == f"{date.today():%d/%m/%Y}"  # the clinic's style
        assert dialog.inputs["session_type"].currentData() == "first"
        type_text(qtbot, dialog.inputs["practitioner"], "Aoife Byrne")
        dialog.inputs["areas"].boxes["hairline"].setChecked(True)
        dialog.inputs["areas"].boxes["temples"].setChecked(True)
        type_text(qtbot, dialog.inputs["pigment_lot"], "UM-2607-A")
        type_text(qtbot, dialog.inputs["needle_config"], "1RL")
        type_text(qtbot, dialog.inputs["pain_score"], "4")
        qtbot.mouseClick(dialog.use_proposal, Qt.MouseButton.LeftButton)
        proposed = date.today() + timedelta(days=10)
        assert dialog.next_appointment.value() == f"{proposed.isoformat()} 10:00"
        assert dialog.next_appointment.day.text() == f"{proposed:%d/%m/%Y}"
        assert dialog.next_appointment.time.text() == "10:00"
        assert "10 days after a 1st session" in dialog.proposal_label.text()
        screenshot(dialog, "session_dialog")
        type_text(qtbot, dialog.override_input, ON_PAPER)  # no consent or history on file
        dialog.save()

    when_dialog_opens(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    [saved] = store.client_sessions(db, cid)
    assert saved.details.pigment_lot == "UM-2607-A"
    assert saved.details.areas == "hairline,temples"
    assert window.timeline.tree.topLevelItemCount() == 2  # the session, then why it went ahead
    assert "pigment lot UM-2607-A" in window.timeline.tree.topLevelItem(0).text(2)
    assert "Pigment lot" in window.timeline.detail.toPlainText()
    assert "appointment" in window.timeline.next_label.text()
    screenshot(window, "client_timeline")


def test_second_session_is_prefilled_and_invalid_input_is_shown(qtbot, db):
    cid = new_client(db)
    store.insert_session(
        db,
        cid,
        SessionDetails(
            session_date=(date.today() - timedelta(days=10)).isoformat(),
            session_type="first",
            practitioner="Marcus Hale",
            pigment_lot="GR-2605-B",
        ),
    )
    dialog = SessionDialog(db, cid)
    qtbot.addWidget(dialog)
    assert dialog.inputs["session_type"].currentData() == "second"
    assert dialog.inputs["practitioner"].text() == "Marcus Hale"
    assert dialog.inputs["pigment_lot"].text() == "GR-2605-B"
    completer = dialog.inputs["pigment_lot"].completer()
    assert completer.model().data(completer.model().index(0, 0)) == "GR-2605-B"
    dialog.inputs["session_date"].setText("tomorrow")
    dialog.inputs["pain_score"].setText("12")
    dialog.save()
    assert dialog.result() == 0
    assert "DD/MM/YYYY" in dialog.errors["session_date"].text()  # the clinic's style
    assert "0 to 10" in dialog.errors["pain_score"].text()
    assert len(store.client_sessions(db, cid)) == 1


def test_follow_ups_view_lists_and_opens_clients(window, qtbot, db, screenshot):
    today = date.today()
    overdue = new_client(db, "Over", "Due")
    due_today = new_client(db, "Due", "Today")
    store.insert_session(
        db, overdue, SessionDetails((today - timedelta(days=20)).isoformat(), "first")
    )
    sid = store.insert_session(
        db, due_today, SessionDetails((today - timedelta(days=5)).isoformat(), "first")
    )
    store.set_next_appointment(
        db, sid, __import__("datetime").datetime.combine(today, __import__("datetime").time(14, 30))
    )
    view: FollowUpsView = window.follow_ups_view
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is view
    model = view.table.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Overdue",
        "Today",
    ]
    assert model.index(1, 1).data().endswith("14:30")
    assert view.summary.text().startswith("1 overdue, 1 due today")
    screenshot(window, "follow_ups")
    view.table.setCurrentIndex(model.index(1, 3))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.client_page
    assert window.client_page.client.id == due_today


def test_lot_recall_finds_clients(qtbot, db):
    cid = new_client(db)
    store.insert_session(db, cid, SessionDetails("2026-11-01", "first", pigment_lot="UM-2607-A"))
    dialog = LotRecallDialog(db)
    qtbot.addWidget(dialog)
    opened = []
    dialog.client_requested.connect(opened.append)
    type_text(qtbot, dialog.lot, "um-2607-a")
    qtbot.keyClick(dialog.lot, Qt.Key.Key_Return)
    assert "Looking for lot um-2607-a" in dialog.summary.text()
    model = dialog.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 2).data() == "Łukasz Żółć"
    assert "1 session, 1 client" in dialog.summary.text()
    dialog.table.setCurrentIndex(model.index(0, 2))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [cid]


def test_settings_dialog_saves_clinic_details(qtbot, db, tmp_path):
    from PySide6.QtGui import QImage

    from smpdesk.gui.settings.settings_dialog import SettingsDialog

    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(logo))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "Clínica Ñandú")
    type_text(qtbot, dialog.phone, "01603 000000")
    assert dialog.load_logo(logo)
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.follow_up["first"].setValue(12)
    dialog.days["keep_dry"].setValue(5)
    dialog.save()  # the first wash (day 5) would fall inside the dry days
    assert dialog.result() == 0
    assert "first wash" in dialog.problem.text()
    dialog.days["first_wash_day"].setValue(6)
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = load_settings(db)
    assert (saved.name, saved.phone, saved.paper) == ("Clínica Ñandú", "01603 000000", "Letter")
    assert saved.logo == logo.read_bytes()
    assert saved.follow_up_days["first"] == 12
    assert saved.aftercare_days == {"keep_dry": 5, "first_wash_day": 6}


def test_settings_dialog_refuses_a_non_picture_logo(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from smpdesk.gui.settings.settings_dialog import SettingsDialog

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.load_logo(fake)
    assert warnings and "not a picture" in warnings[0]
    assert dialog.logo is None


def test_follow_ups_on_the_demo_clinic(qtbot, demo_db, demo_path, screenshot):
    window = MainWindow(demo_db, demo_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.follow_ups_view.loaded, timeout=10_000):
        qtbot.mouseClick(window.due_button, Qt.MouseButton.LeftButton)
    model = window.follow_ups_view.table.model()
    statuses = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert {"Overdue", "Today"} <= statuses
    screenshot(window, "follow_ups_demo")


def test_the_timeline_marks_an_edited_session_and_lists_what_changed(qtbot, db, screenshot):
    import dataclasses

    from smpdesk.app import sessions as session_cases
    from smpdesk.gui.sessions.timeline_tab import TimelineTab

    cid = new_client(db)
    session = session_cases.record_session(
        db,
        cid,
        SessionDetails("2026-11-01", "first", pigment_lot="UM-2607-A"),
        override_reason=ON_PAPER,
    )
    session_cases.update_session(
        db, session.id, dataclasses.replace(session.details, pigment_lot="UM-2607-B")
    )
    tab = TimelineTab(db)
    qtbot.addWidget(tab)
    tab.show_client(cid)
    kinds = [tab.tree.topLevelItem(i).text(1) for i in range(tab.tree.topLevelItemCount())]
    assert "1st session (edited)" in kinds
    text = tab.detail.toPlainText()
    assert "Edited" in text and "UM-2607-A → UM-2607-B" in text
    screenshot(tab, "timeline_edited")


def test_the_client_page_lists_what_an_edit_changed(qtbot, db):
    import dataclasses

    from smpdesk.app import clients
    from smpdesk.domain.client_details import ClientDetails
    from smpdesk.gui.main_window import MainWindow

    client = clients.add_client(db, ClientDetails(given_name="Emmy", family_name="Noether"))
    clients.update_client(
        db, client.id, dataclasses.replace(client.details(), family_name="Nöther")
    )
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.open_client(client.id)
    text = window.client_page.history_label.text()
    assert "Edited" in text and "family name: Noether → Nöther" in text
    window.close()
