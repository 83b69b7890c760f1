"""Contraindication flags where the practitioner works: header, session dialog, timeline.

Forms here are tiny ones written for the test: the shipped forms are the
clinic's to edit, and their wording must not break these checks.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires
from smpdesk.app import questionnaires as questionnaire_cases
from smpdesk.app import sessions as session_cases
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import UserError, ValidationError
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.questionnaires.flags_panel import FlagsPanel
from smpdesk.gui.sessions.session_dialog import SessionDialog
from smpdesk.gui.sessions.timeline_tab import SESSION_ROLE, TimelineTab
from smpdesk.questionnaire.answers import signature_value
from smpdesk.questionnaire.loader import load_form_text
from smpdesk.questionnaire.spec import FormSpec
from tests.gui.helpers import type_text

MEDICAL = """
form = "medical"
title = "Medical history"
version = "1"

[[pages]]
title = "Health"

[[pages.questions]]
id = "under_18"
type = "yes_no"
text = "Are you under 18?"
required = true

  [[pages.questions.flags]]
  when = "under_18 == yes"
  level = "do-not-treat"
  message = "Under 18: do not treat."

[[pages.questions]]
id = "diabetes"
type = "yes_no"
text = "Do you have diabetes?"
required = true

  [[pages.questions.flags]]
  when = "diabetes == yes"
  level = "needs-clearance"
  message = "Diabetes: ask for the GP's letter."
"""

INTAKE = """
form = "intake"
title = "Before your visit"
version = "3"

[[pages]]
title = "Today"

[[pages.questions]]
id = "sunburn"
type = "yes_no"
text = "Is your scalp sunburnt?"
required = true

  [[pages.questions.flags]]
  when = "sunburn == yes"
  level = "postpone"
  message = "Sunburnt scalp: rebook once healed."
"""

CONSENT = """
form = "consent"
title = "Consent"
version = "2"
consent_record = true

[[pages]]
title = "Agreement"

[[pages.questions]]
id = "signature"
type = "signature"
text = "Your signature"
required = true
"""

REASON = "GP letter of 3 March seen: cleared for treatment by Dr Ní Bhriain."


def form(text: str) -> FormSpec:
    return load_form_text(text, "test form")


def new_client(given: str = "Siobhán", family: str = "Ó Briain", *, db) -> int:
    return client_cases.add_client(db, ClientDetails(given_name=given, family_name=family)).id


def answer_medical(db, cid: int, *, under_18: bool, diabetes: bool, now=None) -> None:
    questionnaires.finish(
        db, cid, form(MEDICAL), {"under_18": under_18, "diabetes": diabetes}, now=now
    )


@pytest.fixture
def panel(qtbot, db):
    widget = FlagsPanel(db)
    qtbot.addWidget(widget)
    widget.resize(640, 10)
    return widget


def texts(panel: FlagsPanel) -> list[tuple[str, str]]:
    return [(label.objectName(), label.text()) for label in panel.lines]


# -- the header panel ------------------------------------------------------------------


def test_panel_lists_every_flag_most_serious_first(panel, db, screenshot):
    cid = new_client(db=db)
    answer_medical(db, cid, under_18=True, diabetes=True)
    questionnaires.finish(db, cid, form(INTAKE), {"sunburn": True})
    panel.show_client(cid)
    panel.resize(640, panel.heightForWidth(640))
    assert panel.objectName() == "flags_panel"
    assert panel.isVisible()
    assert texts(panel) == [
        ("flags_title", "Contraindications"),
        ("flag_do-not-treat", "Do not treat: Under 18: do not treat.  (Medical history)"),
        ("flag_postpone", "Postpone: Sunburnt scalp: rebook once healed.  (Before your visit)"),
        (
            "flag_needs-clearance",
            "Needs medical clearance: Diabetes: ask for the GP's letter.  (Medical history)",
        ),
    ]
    screenshot(panel, "flags_panel")


def test_many_flags_scroll_instead_of_pushing_the_page_off_screen(panel, db, screenshot):
    many = "\n".join(
        f'[[pages.questions]]\nid = "q{i}"\ntype = "yes_no"\ntext = "Condition {i}?"\n'
        f'  [[pages.questions.flags]]\n  when = "q{i} == yes"\n'
        f'  level = "{("postpone", "needs-clearance")[i % 2]}"\n'
        f'  message = "Condition {i}: a message long enough to wrap in a narrow window."'
        for i in range(13)
    )
    spec = form(MEDICAL + many)
    cid = new_client(db=db)
    answers = {"under_18": True, "diabetes": False, **{f"q{i}": True for i in range(13)}}
    questionnaires.finish(db, cid, spec, answers)
    panel.show_client(cid)
    few = panel.heightForWidth(640) if panel.hasHeightForWidth() else panel.sizeHint().height()
    panel.resize(640, panel.sizeHint().height())
    assert panel.flags_scroll is not None
    assert panel.sizeHint().height() < 260, "the tabs below keep most of the page"
    assert few < 260
    flag_names = [n for n, _ in texts(panel) if n.startswith("flag_")]
    assert len(flag_names) == 14 and flag_names[0] == "flag_do-not-treat"
    assert "(14, most serious first; scroll for all)" in texts(panel)[0][1]
    assert panel.flags_scroll.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    screenshot(panel, "flags_panel_many")
    answer_medical(db, cid, under_18=False, diabetes=False)  # fewer flags: no scroll box
    panel.refresh()
    assert panel.flags_scroll is None


def test_a_client_mode_draft_raises_its_flags_before_it_is_finished(panel, db):
    """The client answered in client mode; the practitioner's page is still to do."""
    cid = new_client(db=db)
    questionnaires.save_draft(db, cid, form(MEDICAL), {"under_18": True}, 0, client_mode=True)
    panel.show_client(cid)
    assert texts(panel) == [
        ("flags_title", "Contraindications"),
        (
            "flag_do-not-treat",
            "Do not treat: Under 18: do not treat.  (Medical history, draft not finished yet)",
        ),
        (
            "flags_draft",
            "Medical history: a draft is waiting to be finished (Questionnaires tab).",
        ),
    ]
    assert [f.draft for f in questionnaires.do_not_treat(db, cid)] == [True]
    details = SessionDetails(session_date=date.today().isoformat(), session_type="first")
    with pytest.raises(ValidationError) as refused:  # a session still needs the reason
        session_cases.record_session(db, cid, details)
    assert "override_reason" in refused.value.fields
    answer_medical(db, cid, under_18=True, diabetes=False)  # finished: shown once
    panel.refresh()
    assert [n for n, _ in texts(panel)] == ["flags_title", "flag_do-not-treat"]


def test_panel_follows_the_newest_medical_answers(panel, db, screenshot):
    cid = new_client(db=db)
    panel.show_client(cid)
    assert texts(panel) == [("flags_unanswered", "Medical history not answered yet.")]

    answer_medical(db, cid, under_18=True, diabetes=False)
    panel.refresh()
    assert [name for name, _ in texts(panel)] == ["flags_title", "flag_do-not-treat"]

    answer_medical(db, cid, under_18=False, diabetes=False)
    panel.refresh()
    assert texts(panel) == [
        ("flags_clear", "No contraindication flags in the latest questionnaires.")
    ]
    assert panel.findChildren(QLabel) == panel.lines  # old lines are gone
    panel.resize(640, panel.heightForWidth(640))
    screenshot(panel, "flags_panel_clear")


def test_flags_from_other_forms_still_say_medical_is_missing(panel, db):
    cid = new_client(db=db)
    questionnaires.finish(db, cid, form(INTAKE), {"sunburn": False})
    panel.show_client(cid)
    assert texts(panel) == [("flags_unanswered", "Medical history not answered yet.")]
    questionnaires.finish(db, cid, form(INTAKE), {"sunburn": True})
    panel.refresh()
    assert [name for name, _ in texts(panel)] == [
        "flags_title",
        "flag_postpone",
        "flags_unanswered",
    ]


def test_panel_reports_a_read_problem_in_one_line(panel, db, monkeypatch):
    cid = new_client(db=db)

    def broken(*_args):
        raise UserError("The database is locked by another program; try again.")

    monkeypatch.setattr(questionnaire_cases, "client_flags", broken)  # what the panel calls
    panel.show_client(cid)
    [(name, text)] = texts(panel)
    assert name == "flags_error"
    assert text.endswith("The database is locked by another program; try again.")


# -- the session dialog ------------------------------------------------------------------


def today_session() -> SessionDetails:
    return SessionDetails(session_date=date.today().isoformat(), session_type="first")


def test_session_needs_a_reason_when_the_client_must_not_be_treated(qtbot, db, screenshot):
    cid = new_client(db=db)
    answer_medical(db, cid, under_18=True, diabetes=True)
    questionnaires.finish(db, cid, form(CONSENT), {"signature": signature()})
    dialog = SessionDialog(db, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.override_box is not None and dialog.override_box.isVisible()
    # Every open flag is shown (issue 16); only do-not-treat asks for the reason.
    flags = [
        label.objectName()
        for label in dialog.override_box.findChildren(QLabel)
        if label.objectName().startswith("flag_")
    ]
    assert flags == ["flag_do-not-treat", "flag_needs-clearance"]
    reason = dialog.findChild(QPlainTextEdit, "override_reason")
    assert reason is dialog.override_input

    dialog.save()
    assert dialog.result() == 0
    assert "do-not-treat" in dialog.override_error.text()
    assert dialog.override_error.isVisible()
    assert store.client_sessions(db, cid) == []

    type_text(qtbot, reason, "GP ok")
    dialog.save()
    assert dialog.override_error.isVisible()
    assert reason.toPlainText() == "GP ok"  # the typing is kept
    assert store.client_sessions(db, cid) == []
    qtbot.wait(50)  # let the scroll area settle before the picture
    screenshot(dialog, "session_override")

    reason.clear()
    type_text(qtbot, reason, REASON)
    dialog.save()
    assert dialog.result() == 1
    saved = dialog.saved_session
    assert saved is not None
    stored = store.session_override(db, saved.id)
    assert stored is not None
    assert stored[0] == REASON
    assert [(f["level"], f["message"], f["form"]) for f in stored[1]] == [
        ("do-not-treat", "Under 18: do not treat.", "medical")
    ]


def test_the_service_check_shows_under_the_field_too(qtbot, db):
    """A medical history finished while the dialog was open still stops the save."""
    cid = new_client(db=db)
    answer_medical(db, cid, under_18=False, diabetes=False)
    questionnaires.finish(db, cid, form(CONSENT), {"signature": signature()})
    dialog = SessionDialog(db, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.override_input is None
    answer_medical(db, cid, under_18=True, diabetes=False)
    dialog.save()
    assert dialog.result() == 0
    assert dialog.override_input is not None and dialog.override_input.isVisible()
    assert "type why the session goes ahead" in dialog.override_error.text()
    assert store.client_sessions(db, cid) == []
    type_text(qtbot, dialog.override_input, REASON)
    dialog.save()
    assert dialog.result() == 1


def test_no_reason_asked_without_a_do_not_treat_flag(qtbot, db):
    cid = new_client(db=db)
    answer_medical(db, cid, under_18=False, diabetes=True)
    questionnaires.finish(db, cid, form(CONSENT), {"signature": signature()})
    dialog = SessionDialog(db, cid)
    qtbot.addWidget(dialog)
    assert dialog.override_box is not None  # the needs-clearance flag is shown (issue 16)
    assert dialog.findChild(QPlainTextEdit, "override_reason") is None
    dialog.save()
    assert dialog.result() == 1
    assert store.session_override(db, dialog.saved_session.id) is None


def test_editing_shows_the_stored_reason_read_only(qtbot, db, screenshot):
    cid = new_client(db=db)
    answer_medical(db, cid, under_18=True, diabetes=False)
    session = session_cases.record_session(db, cid, today_session(), override_reason=REASON)
    dialog = SessionDialog(db, cid, session)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPlainTextEdit, "override_reason") is None
    stored = dialog.findChild(QLabel, "override_reason_stored")
    assert stored is not None and stored.text() == f"Reason given: {REASON}"
    dialog.show()
    qtbot.wait(50)
    screenshot(dialog, "session_override_stored")
    dialog.save()
    assert dialog.result() == 1


# -- the timeline ------------------------------------------------------------------


def rows(tab: TimelineTab) -> list[list[str]]:
    return [
        [tab.tree.topLevelItem(i).text(c) for c in range(3)]
        for i in range(tab.tree.topLevelItemCount())
    ]


def signature() -> str:
    image = QImage(40, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return signature_value(bytes(data.data()))


def test_timeline_shows_answers_and_overrides(qtbot, db, screenshot):
    cid = new_client(db=db)
    # Stored with its own offset; the row shows the date on the clinic's clock.
    answered = datetime.now(timezone(timedelta(hours=-5))) - timedelta(days=2)
    answer_medical(db, cid, under_18=True, diabetes=True, now=answered)
    questionnaires.finish(db, cid, form(CONSENT), {"signature": signature()})
    session = session_cases.record_session(db, cid, today_session(), override_reason=REASON)
    tab = TimelineTab(db)
    qtbot.addWidget(tab)
    tab.resize(760, 520)
    tab.show_client(cid)
    local_day = format_date(answered.astimezone().date().isoformat())
    today = format_date(date.today().isoformat())
    assert rows(tab) == [
        [today, "1st session", ""],
        ["", "Went ahead despite do-not-treat:", REASON],
        [today, "Consent v2 answered", "no flags (signed record)"],
        [
            local_day,
            "Medical history v1 answered",
            "2 flags: 1 do not treat, 1 needs medical clearance",
        ],
    ]
    assert tab.selected_session_id() == session.id
    assert f"Went ahead despite do-not-treat: {REASON}" in tab.detail.toPlainText()

    override_row = tab.tree.topLevelItem(1)
    assert override_row.data(0, SESSION_ROLE) == session.id
    tab.tree.setCurrentItem(tab.tree.topLevelItem(3))
    assert tab.selected_session_id() is None
    shown = tab.detail.toPlainText()
    assert "Medical history (version 1)" in shown
    assert "Do not treat: Under 18: do not treat." in shown
    tab.tree.setCurrentItem(override_row)
    screenshot(tab, "timeline_flags")
