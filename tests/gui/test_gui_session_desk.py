"""The session dialog at the desk (issue 16): every flag and missing record before treating,
suggestions that never steal the next click, Save that shows what is wrong, and a warning
when another client is booked at that time."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import load_settings, save_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.gui.sessions import session_dialog, visits_tab
from smpdesk.gui.sessions.session_dialog import SessionDialog
from tests.gui.helpers import save_shot, type_text, when_dialog_opens
from tests.gui.test_gui_flags import CONSENT, INTAKE, MEDICAL, form, signature
from tests.paper_records import ON_PAPER


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch):
    """Dialogs left open with typing close without the "discard?" question at teardown."""
    monkeypatch.setattr(session_dialog, "confirm_discard", lambda _parent, _changed: True)


def new_client(db, given: str = "Siobhán", family: str = "Ó Briain") -> int:
    return client_cases.add_client(db, ClientDetails(given_name=given, family_name=family)).id


def on_file(db, cid: int, *, under_18: bool = False, diabetes: bool = False) -> None:
    """A finished medical history and a signed consent: nothing missing."""
    questionnaires.finish(db, cid, form(MEDICAL), {"under_18": under_18, "diabetes": diabetes})
    questionnaires.finish(db, cid, form(CONSENT), {"signature": signature()})


def open_dialog(qtbot, db, cid: int, session=None) -> SessionDialog:
    dialog = SessionDialog(db, cid, session)
    qtbot.addWidget(dialog)
    dialog.resize(680, 700)
    dialog.show()
    dialog.activateWindow()  # typing and suggestions need the focus, as on a desk
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def names(dialog: SessionDialog, prefix: str) -> list[str]:
    """The flag and record lines at the top of the dialog, in their order."""
    return [
        label.objectName()
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith(prefix)
    ]


# -- item 2: every flag, and what is not on file --------------------------------------------


def test_every_flag_level_and_the_missing_consent_are_shown_and_need_a_reason(
    qtbot, db, screenshot
):
    cid = new_client(db)
    questionnaires.finish(db, cid, form(MEDICAL), {"under_18": True, "diabetes": True})
    questionnaires.finish(db, cid, form(INTAKE), {"sunburn": True})
    dialog = open_dialog(qtbot, db, cid)
    dialog.resize(680, 686)  # as fit_to_screen opens it on a 1366x768 laptop (728 px free)
    assert names(dialog, "group_") == [
        "group_do-not-treat",
        "group_postpone",
        "group_needs-clearance",
        "group_missing",
    ]
    assert names(dialog, "flag_") == ["flag_do-not-treat", "flag_postpone", "flag_needs-clearance"]
    assert names(dialog, "missing_") == ["missing_consent"]
    heading = dialog.findChild(QLabel, "override_heading").text()
    assert "1 postpone flag" in heading and "1 record not on file" in heading
    qtbot.wait(50)
    save_shot(dialog, "session_dialog_flags")
    screenshot(dialog, "session_dialog_flags")

    dialog.save()
    assert dialog.result() == 0
    assert "no signed consent on file" in dialog.override_error.text()
    assert store.client_sessions(db, cid) == []
    type_text(qtbot, dialog.override_input, "Paper consent signed today; GP letter seen.")
    dialog.save()
    assert dialog.result() == 1
    reason, entries = store.session_override(db, dialog.saved_session.id)
    assert reason == "Paper consent signed today; GP letter seen."
    assert [(e["level"], e.get("record")) for e in entries] == [
        ("do-not-treat", None),
        ("missing-record", "consent"),
    ]


def test_postpone_and_clearance_flags_show_without_asking_for_a_reason(qtbot, db):
    cid = new_client(db)
    on_file(db, cid, diabetes=True)
    questionnaires.finish(db, cid, form(INTAKE), {"sunburn": True})
    dialog = open_dialog(qtbot, db, cid)
    assert names(dialog, "flag_") == ["flag_postpone", "flag_needs-clearance"]
    assert dialog.override_input is None
    dialog.save()
    assert dialog.result() == 1
    assert store.session_override(db, dialog.saved_session.id) is None


def test_a_client_with_nothing_on_file_needs_a_reason_and_the_timeline_says_why(qtbot, db):
    cid = new_client(db)
    questionnaires.save_draft(db, cid, form(MEDICAL), {"under_18": False}, page=0)
    dialog = open_dialog(qtbot, db, cid)
    assert names(dialog, "missing_") == ["missing_consent", "missing_medical"]
    medical = dialog.findChild(QLabel, "missing_medical").text()
    assert "started but not finished" in medical  # a draft is not on file
    assert names(dialog, "flag_") == []
    type_text(qtbot, dialog.override_input, ON_PAPER)
    dialog.save()
    assert dialog.result() == 1

    from smpdesk.gui.sessions.timeline_tab import TimelineTab

    tab = TimelineTab(db)
    qtbot.addWidget(tab)
    tab.show_client(cid)
    row = tab.tree.topLevelItem(1)
    words = "Went ahead despite no signed consent and no medical history"
    assert [row.text(1), row.text(2)] == [f"{words}:", ON_PAPER]
    assert f"{words}: {ON_PAPER}" in tab.detail.toPlainText()

    editing = open_dialog(qtbot, db, cid, dialog.saved_session)
    assert editing.findChild(QLabel, "override_heading").text() == words
    assert names(editing, "missing_") == ["missing_consent", "missing_medical"]


def test_nothing_shown_when_the_records_are_on_file_and_no_flag_is_open(qtbot, db):
    cid = new_client(db)
    on_file(db, cid)
    dialog = open_dialog(qtbot, db, cid)
    assert dialog.override_box is None
    dialog.save()
    assert dialog.result() == 1


# -- item 3: the suggestions never take the next click -----------------------------------------


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
@pytest.mark.parametrize(
    ("field", "typed", "next_field", "then"),
    [
        ("pigment_shade", "Dark", "dilution", "1:4"),
        ("diluent", "Dist", "diluent_lot", "DW-0925"),
        ("needle_config", "3", "needle_diameter", "0.25"),
    ],
)
def test_a_click_on_the_next_field_lands_there_while_suggestions_show(
    qtbot, db, field, typed, next_field, then
):
    cid = new_client(db)
    on_file(db, cid)
    used = {"pigment_shade": "Dark Grey 3", "diluent": "Distilled water", "needle_config": "3RL"}
    earlier = new_client(db, "Earlier", "Client")  # the clinic's earlier choices, not prefilled
    store.insert_session(db, earlier, SessionDetails("2026-01-05", "first", **used))
    dialog = open_dialog(qtbot, db, cid)
    line = dialog.inputs[field]
    assert isinstance(line, QLineEdit)
    line.setFocus()
    type_text(qtbot, line, typed)
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    target = dialog.inputs[next_field]
    # The list opens above the field: never over the next one.
    assert popup.geometry().bottom() < line.mapToGlobal(QPoint(0, 0)).y()
    dialog.form_scroll.ensureWidgetVisible(target)
    # Where a person clicks: the middle of the next field.  While the list is open Qt
    # delivers every press to it (a popup), wherever it is: so does this.
    centre = target.mapToGlobal(target.rect().center())
    qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=popup.mapFromGlobal(centre))
    assert not popup.isVisible()
    assert QApplication.focusWidget() is target
    type_text(qtbot, QApplication.focusWidget(), then)
    assert line.text() == typed  # no suggestion appended, nothing typed after it
    assert target.text() == then


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen
def test_a_suggestion_is_taken_only_when_chosen(qtbot, db):
    cid = new_client(db)
    on_file(db, cid)
    earlier = new_client(db, "Earlier", "Client")
    store.insert_session(
        db, earlier, SessionDetails("2026-01-05", "first", pigment_lot="GR-2610-A")
    )
    dialog = open_dialog(qtbot, db, cid)
    line = dialog.inputs["pigment_lot"]
    line.setFocus()
    type_text(qtbot, line, "GR")
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert line.text() == "GR-2610-A"


# -- item 4: Save shows the problem, wherever it is -------------------------------------------


def test_save_scrolls_to_an_invalid_field_out_of_view_and_focuses_it(qtbot, db):
    cid = new_client(db)
    on_file(db, cid)
    dialog = open_dialog(qtbot, db, cid)
    dialog.resize(680, 420)
    qtbot.wait(20)
    bar = dialog.form_scroll.verticalScrollBar()
    bar.setValue(0)
    pain = dialog.inputs["pain_score"]
    pain.setText("11")
    viewport = dialog.form_scroll.viewport()

    def in_view(widget) -> bool:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    assert not in_view(pain)
    dialog.save()
    assert dialog.result() == 0
    assert in_view(pain) and in_view(dialog.errors["pain_score"])
    assert dialog.errors["pain_score"].isVisible()
    assert QApplication.focusWidget() is pain


def test_save_and_cancel_stay_on_screen_at_1024x700(qtbot, db):
    cid = new_client(db)
    questionnaires.finish(db, cid, form(MEDICAL), {"under_18": True, "diabetes": True})
    questionnaires.finish(db, cid, form(INTAKE), {"sunburn": True})
    dialog = open_dialog(qtbot, db, cid)
    dialog.resize(980, 640)
    qtbot.wait(20)
    buttons = dialog.buttons
    bottom = buttons.mapTo(dialog, QPoint(0, buttons.height())).y()
    assert bottom <= dialog.height()
    assert dialog.form_scroll.height() > 150  # the form still has room to scroll in


# -- item 9: another client booked at that time --------------------------------------------


def booked(db, given: str, when: str) -> int:
    other = new_client(db, given, "Booked")
    session_cases.record_session(
        db,
        other,
        SessionDetails(date.today().isoformat(), "first", next_appointment=when),
        override_reason=ON_PAPER,
    )
    return other


def soon(days: int = 10, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(date.today() + timedelta(days=days), datetime.min.time()).replace(
        hour=hour, minute=minute
    )


def test_the_session_dialog_warns_of_a_booking_at_the_same_time(qtbot, db, monkeypatch):
    when = soon()
    booked(db, "Ann", f"{when:%Y-%m-%d %H:%M}")
    cid = new_client(db)
    on_file(db, cid)
    dialog = open_dialog(qtbot, db, cid)
    type_text(qtbot, dialog.next_appointment.day.line, f"{when:%d/%m/%Y}")
    type_text(qtbot, dialog.next_appointment.time, "1030")
    seen: dict[str, str] = {}

    def change(box):
        seen["text"] = box.text()
        [button] = [b for b in box.buttons() if b.text() == "Change the time"]
        button.click()

    when_dialog_opens(qtbot, change)
    dialog.save()
    assert dialog.result() == 0
    assert "Ann Booked is booked at 10:00" in seen["text"]
    assert "30 min earlier" in seen["text"]
    assert dialog.focusWidget() is dialog.next_appointment.time  # "change the time"
    assert store.client_sessions(db, cid) == []

    def keep(box):
        [button] = [b for b in box.buttons() if b.text() == "Keep this time"]
        button.click()

    when_dialog_opens(qtbot, keep)
    dialog.save()
    assert dialog.result() == 1


def when_opens(qtbot, kind: type, action) -> None:
    """Run ``action(dialog)`` once a modal ``kind`` is on top (the booking box, then the
    warning it opens over itself)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, act)
            return
        action(dialog)

    QTimer.singleShot(0, act)


def retype(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(qtbot, line, text)


def booking(qtbot, steps) -> dict[str, object]:
    """Drive the booking dialog: ``steps(dialog, seen)``; it is closed whatever happens, so
    a failed look inside cannot leave ``exec()`` waiting for ever."""
    seen: dict[str, object] = {}

    def act(dialog: visits_tab.BookingDialog) -> None:
        try:
            steps(dialog, seen)
        finally:
            if dialog.isVisible():
                seen["left open"] = True
                dialog.done(0)

    when_opens(qtbot, visits_tab.BookingDialog, act)
    return seen


def answer_clash(qtbot, label: str, texts: list[str]) -> None:
    def act(box: QMessageBox) -> None:
        texts.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == label]
        button.click()

    when_opens(qtbot, QMessageBox, act)


def test_reception_booking_warns_and_change_the_time_keeps_the_dialog(qtbot, db):
    when = soon(hour=14)
    booked(db, "Ann", f"{when:%Y-%m-%d %H:%M}")
    cid = new_client(db)
    session = session_cases.record_session(
        db, cid, SessionDetails(date.today().isoformat(), "first"), override_reason=ON_PAPER
    )
    tab = visits_tab.VisitsTab(db)
    qtbot.addWidget(tab)
    tab.show_client(cid)
    texts: list[str] = []

    def change_then_later(dialog, seen) -> None:
        type_text(qtbot, dialog.entry.day.line, f"{when:%d/%m/%Y}")  # a UK clinic
        type_text(qtbot, dialog.entry.time, "1400")
        answer_clash(qtbot, "Change the time", texts)
        dialog.ok_button.click()
        # Back in the dialog, as typed, the caret in the time box.
        seen["open"] = dialog.isVisible()
        seen["kept"] = (dialog.entry.day.text(), dialog.entry.time.text())
        seen["focus"] = dialog.focusWidget() is dialog.entry.time
        seen["stored"] = session_cases.get_session(db, session.id).next_appointment
        retype(qtbot, dialog.entry.time, "16:30")  # 2½ hours later: nobody near
        dialog.ok_button.click()

    seen = booking(qtbot, change_then_later)
    assert tab.book_selected() is True
    assert "left open" not in seen
    assert seen["open"] and seen["focus"]
    assert seen["kept"] == (f"{when:%d/%m/%Y}", "1400")  # as typed
    assert seen["stored"] is None
    assert "Ann Booked is booked at 14:00" in texts[0] and "(the same time)" in texts[0]
    assert len(texts) == 1
    assert session_cases.get_session(db, session.id).next_appointment == when.replace(
        hour=16, minute=30
    )
    assert "16:30" in tab.table.item(0, 2).text()

    def keep(dialog, seen) -> None:
        seen["prefilled"] = dialog.entry.value()
        retype(qtbot, dialog.entry.time, "14:00")
        answer_clash(qtbot, "Keep this time", texts)
        dialog.ok_button.click()

    seen = booking(qtbot, keep)
    assert tab.book_selected() is True
    assert seen["prefilled"] == f"{when:%Y-%m-%d} 16:30"  # the booking being changed
    assert session_cases.get_session(db, session.id).next_appointment == when

    def clear(dialog, seen) -> None:
        dialog.clear_button.click()
        seen["ok"] = dialog.ok_button.text()
        dialog.ok_button.click()

    seen = booking(qtbot, clear)
    assert tab.book_selected() is True
    assert seen["ok"] == "Remove booking"
    assert session_cases.get_session(db, session.id).next_appointment is None

    seen = booking(qtbot, lambda dialog, seen: dialog.reject())
    assert tab.book_selected() is False


@pytest.mark.parametrize(("style", "typed"), [("uk", "14/03/2027"), ("us", "03/14/2027")])
def test_reception_books_in_the_clinic_date_style(qtbot, db, style, typed):
    save_settings(db, dataclasses.replace(load_settings(db), date_style=style))
    cid = new_client(db)
    session = session_cases.record_session(
        db, cid, SessionDetails("2026-01-05", "first"), override_reason=ON_PAPER
    )
    tab = visits_tab.VisitsTab(db)
    qtbot.addWidget(tab)
    tab.show_client(cid)

    def fill(dialog, seen) -> None:
        type_text(qtbot, dialog.entry.day.line, typed)
        seen["understood"] = dialog.entry.day.understood.text()
        type_text(qtbot, dialog.entry.time, "930")
        dialog.ok_button.click()

    seen = booking(qtbot, fill)
    assert tab.book_selected() is True
    assert str(seen["understood"]).startswith("Sunday")  # 14 March 2027, as the line says
    assert "March" in str(seen["understood"]) and "14" in str(seen["understood"])
    assert session_cases.get_session(db, session.id).next_appointment == datetime(
        2027, 3, 14, 9, 30
    )


def test_a_booking_not_understood_stays_in_the_dialog_with_the_reason(qtbot, db):
    cid = new_client(db)
    session = session_cases.record_session(
        db, cid, SessionDetails("2026-01-05", "first"), override_reason=ON_PAPER
    )
    tab = visits_tab.VisitsTab(db)
    qtbot.addWidget(tab)
    tab.show_client(cid)

    def typos(dialog, seen) -> None:
        type_text(qtbot, dialog.entry.day.line, "03/14/2027")  # US order on a UK clinic
        type_text(qtbot, dialog.entry.time, "14:30")
        dialog.ok_button.click()
        seen["day"] = dialog.error.text()
        retype(qtbot, dialog.entry.day.line, "14/03/2027")
        retype(qtbot, dialog.entry.time, "25:00")
        dialog.ok_button.click()
        seen["time"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget() is dialog.entry.time
        retype(qtbot, dialog.entry.day.line, "04/01/2026")  # before the visit
        retype(qtbot, dialog.entry.time, "10:00")
        dialog.ok_button.click()
        seen["before"] = dialog.error.text()
        dialog.reject()

    seen = booking(qtbot, typos)
    assert tab.book_selected() is False
    assert "DD/MM/YYYY" in str(seen["day"])
    assert "24-hour clock" in str(seen["time"]) and seen["focus"]
    assert "after this session" in str(seen["before"])
    assert session_cases.get_session(db, session.id).next_appointment is None


def test_no_warning_for_a_booking_two_hours_away(qtbot, db, monkeypatch):
    when = soon()
    booked(db, "Ann", f"{when:%Y-%m-%d %H:%M}")
    cid = new_client(db)
    on_file(db, cid)
    dialog = open_dialog(qtbot, db, cid)
    dialog.next_appointment.set_value(f"{when + timedelta(hours=2):%Y-%m-%d %H:%M}")
    monkeypatch.setattr(QMessageBox, "exec", lambda *_: pytest.fail("no warning expected"))
    dialog.save()
    assert dialog.result() == 1


# -- item 6: dates typed in the clinic's style -------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14:30", time(14, 30)),
        ("1430", time(14, 30)),
        ("14.30", time(14, 30)),
        ("930", time(9, 30)),
        ("9", time(9, 0)),
        (" 09:05 ", time(9, 5)),
        ("2:30 pm", time(14, 30)),
        ("12am", time(0, 0)),
        ("12 PM", time(12, 0)),
    ],
)
def test_a_time_is_understood_as_the_clinic_types_it(typed, expected):
    assert session_dialog.parse_typed_time(typed) == expected


@pytest.mark.parametrize("typed", ["", "25:00", "14:60", "13 pm", "14:3", "half two", "１４:30"])
def test_a_time_that_is_not_one_is_refused_with_a_sentence(typed):
    with pytest.raises(ValueError, match=r"HH:MM|24-hour|hour"):
        session_dialog.parse_typed_time(typed)


@pytest.mark.parametrize(("style", "typed"), [("uk", "14/03/2025"), ("us", "03/14/2025")])
def test_session_dates_are_typed_in_the_clinic_style(qtbot, db, style, typed):
    save_settings(db, dataclasses.replace(load_settings(db), date_style=style))
    cid = new_client(db)
    on_file(db, cid)
    dialog = open_dialog(qtbot, db, cid)
    retype(qtbot, dialog.session_date.line, typed)
    assert dialog.session_date.date() == date(2025, 3, 14)
    # The proposal follows the typed date and fills both boxes.
    qtbot.mouseClick(dialog.use_proposal, Qt.MouseButton.LeftButton)
    proposed = session_cases.proposed_next_date(
        date(2025, 3, 14), "first", load_settings(db).follow_up_days
    )
    assert dialog.next_appointment.day.date() == proposed
    assert dialog.next_appointment.time.text() == "10:00"
    # Then the clinic types its own: 14 March 2027 at 14:30, as it writes it.
    retype(qtbot, dialog.next_appointment.day.line, "14/03/2027" if style == "uk" else "03/14/2027")
    retype(qtbot, dialog.next_appointment.time, "1430")
    retype(qtbot, dialog.inputs["pigment_expiry"].line, typed.replace("2025", "2026"))
    dialog.save()
    assert dialog.result() == 1
    [saved] = store.client_sessions(db, cid)
    assert saved.details.session_date == "2025-03-14"
    assert saved.details.next_appointment == "2027-03-14 14:30"
    assert saved.details.pigment_expiry == "2026-03-14"

    # Editing shows them back in the clinic's style, and unchanged is unchanged.
    editing = open_dialog(qtbot, db, cid, saved)
    assert editing.session_date.text() == typed
    assert editing.next_appointment.day.text() == typed.replace("2025", "2027")
    assert editing.next_appointment.time.text() == "14:30"
    assert editing.details().cleaned() == saved.details.cleaned()


def test_a_date_or_time_not_understood_is_explained_in_the_clinic_style(qtbot, db):
    cid = new_client(db)
    on_file(db, cid)
    dialog = open_dialog(qtbot, db, cid)
    retype(qtbot, dialog.session_date.line, "03/14/2025")  # US order on a UK clinic
    dialog.save()
    assert dialog.result() == 0
    assert "DD/MM/YYYY" in dialog.errors["session_date"].text()
    assert "YYYY-MM-DD" not in dialog.errors["session_date"].text()

    retype(qtbot, dialog.session_date.line, "14/03/2025")
    retype(qtbot, dialog.next_appointment.day.line, "14/03/2027")
    retype(qtbot, dialog.next_appointment.time, "25:00")
    dialog.form_scroll.verticalScrollBar().setValue(0)
    dialog.save()
    assert dialog.result() == 0
    assert "24-hour clock" in dialog.errors["next_appointment"].text()
    assert QApplication.focusWidget() is dialog.next_appointment.time  # the box that is wrong

    retype(qtbot, dialog.next_appointment.day.line, "")
    retype(qtbot, dialog.next_appointment.time, "14:30")
    dialog.save()
    assert "day of the appointment" in dialog.errors["next_appointment"].text()
    assert store.client_sessions(db, cid) == []
