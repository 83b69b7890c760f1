"""Forms at the desk (issue 16, items 7, 8 and 13): nothing jumps under the pointer,
the keyboard chooses what it shows, a draft is never wiped in one click, and the
form window fits a clinic laptop's screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.questionnaires import form_runner
from smpdesk.gui.questionnaires.form_runner import ClientModeDialog, FormRunner
from smpdesk.gui.questionnaires.question_widgets import UNANSWERED_HINT
from smpdesk.gui.questionnaires.questionnaires_tab import QuestionnairesTab
from smpdesk.gui.widgets import screen_fit
from smpdesk.questionnaire.loader import load_form, load_form_text
from tests.gui.helpers import save_shot, type_text, when_dialog_opens

FORMS = Path(__file__).resolve().parents[2] / "forms"


@pytest.fixture
def client(db):
    return client_cases.add_client(
        db,
        ClientDetails(given_name="Zoë", family_name="Ó Súilleabháin", date_of_birth="1990-05-04"),
    )


def open_runner(qtbot, db, client, form_id: str, **kwargs) -> FormRunner:
    runner = FormRunner(db, client, load_form(FORMS / f"{form_id}.toml"), **kwargs)
    qtbot.addWidget(runner)
    runner.resize(900, 680)  # a 1366x768 laptop, less the taskbar and title bar
    runner.show()
    qtbot.waitExposed(runner)
    return runner


def settle() -> None:
    """Let Qt run the layout pass a change asked for, as it does before the next click."""
    for _ in range(3):
        QApplication.processEvents()


def where(widget: QWidget) -> QPoint:
    """The screen point under a widget's centre: where the pointer is to click it."""
    return widget.mapToGlobal(widget.rect().center())


def under(runner: FormRunner, point: QPoint) -> QWidget | None:
    """What a click at the screen point would land on, inside the form window."""
    return runner.childAt(runner.mapFromGlobal(point))


# -- item 7a: a follow-up appearing moves nothing under the pointer ----------------------


def test_a_follow_up_appearing_moves_no_answer_under_the_pointer(qtbot, db, client):
    runner = open_runner(qtbot, db, client, "medical")
    runner._show(runner.spec.page_of("pigment_allergy"))
    settle()
    asked, next_no = runner.fields["pigment_allergy"], runner.fields["area_problems"]._buttons["no"]
    clicked_at, next_at = where(asked._buttons["yes"]), where(next_no)
    details = runner.fields["pigment_allergy_details"]
    assert not details.isVisibleTo(runner)
    assert runner.not_asked["pigment_allergy_details"].isVisibleTo(runner)  # its place, greyed
    save_shot(runner, "h4_form_not_asked_yet")

    qtbot.mouseClick(asked._buttons["yes"], Qt.MouseButton.LeftButton)
    settle()
    assert details.isVisibleTo(runner)  # the follow-up is asked, in its place
    assert not runner.not_asked["pigment_allergy_details"].isVisibleTo(runner)
    assert where(asked._buttons["yes"]) == clicked_at  # the answer clicked stays put
    assert where(next_no) == next_at  # and so does the next question's
    # The next click, where "No" of the next question was, ticks exactly that.
    assert under(runner, next_at) is next_no
    qtbot.mouseClick(next_no, Qt.MouseButton.LeftButton)
    assert runner.answers["area_problems"] is False

    # Its own follow-up is tick boxes, the kind a misplaced click would tick.
    wounds_no = runner.fields["scalp_wounds"]._buttons["no"]
    wounds_at = where(wounds_no)
    qtbot.mouseClick(runner.fields["area_problems"]._buttons["yes"], Qt.MouseButton.LeftButton)
    settle()
    assert runner.fields["area_problems_which"].isVisibleTo(runner)
    assert where(wounds_no) == wounds_at and under(runner, wounds_at) is wounds_no
    # Changing the answer back hides the follow-up; nothing slides up either.
    qtbot.mouseClick(asked._buttons["no"], Qt.MouseButton.LeftButton)
    settle()
    assert not details.isVisibleTo(runner)
    assert where(next_no) == next_at
    assert "area_problems_which" not in runner.answers  # nothing was ticked by mistake
    qtbot.mouseClick(asked._buttons["yes"], Qt.MouseButton.LeftButton)
    settle()
    runner.resize(1354, 686)  # the size it opens at on 1366x768 with a taskbar
    settle()
    save_shot(runner, "h4_form_follow_up")


def test_only_follow_ups_with_a_question_below_them_keep_their_room(qtbot, db, client):
    runner = open_runner(qtbot, db, client, "medical")
    # Same page, a question below: kept.  Last on its page: nothing below to move.
    assert set(runner.not_asked) >= {"pigment_allergy_details", "area_problems_which"}
    assert "scalp_flare_which" not in runner.not_asked
    # Revealed by an answer on another page: it never changes while its page is shown.
    assert "clearance_letter_date" not in runner.not_asked


# -- item 7b: the keyboard chooses what it shows; "focused" never passes for "chosen" ------


def focus_by_tab(qtbot, runner: FormRunner, widget: QWidget) -> None:
    runner.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is runner)
    runner.close_button.setFocus()  # Tab arrives from another control
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_arrow_keys_choose_an_answer_when_none_is_chosen_yet(qtbot, db, client):
    runner = open_runner(qtbot, db, client, "medical")
    field = runner.fields["age_18_plus"]
    hint = field.unanswered_hint
    assert runner.focusWidget() is field._buttons["yes"]
    assert not hint.isVisible()  # the page opened on it: no nagging
    focus_by_tab(qtbot, runner, field._buttons["yes"])
    assert hint.isVisible() and hint.text() == UNANSWERED_HINT  # focused, not chosen: said so
    assert "age_18_plus" not in runner.answers
    qtbot.keyClick(field._buttons["yes"], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is field._buttons["no"]
    assert field._buttons["no"].isChecked()  # what the keyboard is on is the answer
    assert runner.answers["age_18_plus"] is False
    assert store.get_draft(db, client.id, "medical").answers["age_18_plus"] is False
    assert not hint.isVisible()
    qtbot.keyClick(field._buttons["no"], Qt.Key.Key_Left)  # and it still moves as before
    assert runner.answers["age_18_plus"] is True


def test_arrow_keys_choose_in_a_list_of_answers_too(qtbot, db, client):
    runner = open_runner(qtbot, db, client, "intake")
    field = runner.fields["preferred_contact"]
    buttons = list(field._buttons.values())
    focus_by_tab(qtbot, runner, buttons[0])
    qtbot.keyClick(buttons[0], Qt.Key.Key_Down)
    assert (
        buttons[1].isChecked()
        and runner.answers["preferred_contact"] == field.question.choices[1].value
    )


def test_a_required_choice_only_focused_is_reported_on_next_and_finish(qtbot, db, client):
    spec = load_form_text(
        'form = "t"\ntitle = "T"\nversion = 1\n[[pages]]\ntitle = "P"\n'
        '[[pages.questions]]\nid = "q"\ntype = "yes_no"\ntext = "Any allergies?"\n'
        "required = true\n",
        "t.toml",
    )
    runner = FormRunner(db, client, spec)
    qtbot.addWidget(runner)
    runner.show()
    qtbot.waitExposed(runner)
    field = runner.fields["q"]
    focus_by_tab(qtbot, runner, field._buttons["yes"])
    runner.next_button.click()
    assert not runner.on_review
    assert field.error.isVisible() and field.error.text() == "Please answer yes or no."

    # Resumed on the review with the answer missing: Finish says so too, and saves nothing.
    again = FormRunner(db, client, spec, answers={}, page=1)
    qtbot.addWidget(again)
    again.show()
    assert again.on_review
    again.finish_button.click()
    assert not again.on_review and again.response_id is None
    assert again.fields["q"].error.text() == "Please answer yes or no."


# -- item 8: "Start again" asks first; keeping the answers is the default ----------------


def tab_with_draft(qtbot, db, client) -> QuestionnairesTab:
    runner = open_runner(qtbot, db, client, "intake")
    qtbot.mouseClick(
        runner.fields["preferred_contact"]._buttons["email"], Qt.MouseButton.LeftButton
    )
    runner.close_button.click()
    tab = QuestionnairesTab(db)
    qtbot.addWidget(tab)
    tab.show_client(client.id)
    tab.select_form("intake")
    return tab


def button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if b.text() == text)


def test_start_again_asks_first_and_keeping_the_answers_is_the_default(qtbot, db, client):
    tab = tab_with_draft(qtbot, db, client)
    seen: dict = {}

    def confirm(box: QMessageBox) -> None:
        if not isinstance(box, QMessageBox):  # the form opened with no question asked
            seen["opened"] = box.objectName()
            box.reject()
            return
        seen["title"] = box.windowTitle()
        seen["text"] = box.text() + " " + box.informativeText()
        seen["default"] = box.defaultButton().text()
        save_shot(box, "h4_start_again_confirm")
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc keeps, like the default button

    when_dialog_opens(
        qtbot,
        lambda box: (when_dialog_opens(qtbot, confirm), button(box, "Start again").click()),
    )
    assert tab.start() is None  # no form opened
    assert "opened" not in seen
    assert seen["default"] == "Keep the answers"
    assert "deletes every answer" in seen["text"] and "cannot be brought back" in seen["text"]
    assert store.get_draft(db, client.id, "intake").answers["preferred_contact"] == "email"
    assert "kept" in tab.message.text()


def test_start_again_confirmed_opens_an_empty_form(qtbot, db, client):
    tab = tab_with_draft(qtbot, db, client)
    opened: dict = {}

    def look(runner: FormRunner) -> None:
        opened["answer"] = runner.fields["preferred_contact"].value()
        opened["draft"] = store.get_draft(db, client.id, "intake")
        runner.close_button.click()

    def confirm(box: QMessageBox) -> None:
        when_dialog_opens(qtbot, look)
        button(box, "Delete answers and start again").click()

    when_dialog_opens(
        qtbot,
        lambda box: (when_dialog_opens(qtbot, confirm), button(box, "Start again").click()),
    )
    tab.start()
    assert opened == {"answer": None, "draft": None}


# -- item 13: the form window and client mode fit a clinic laptop -------------------------


@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 660)])
def test_the_form_window_fits_the_screen_with_its_buttons_in_view(
    qtbot, db, client, monkeypatch, screen
):
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(screen))
    runner = FormRunner(db, client, load_form(FORMS / "medical.toml"))
    qtbot.addWidget(runner)
    runner.show()
    qtbot.waitExposed(runner)
    framed = runner.size().grownBy(screen_fit.FRAME)
    assert framed.width() <= screen.width() and framed.height() <= screen.height()
    assert runner.width() >= min(900, screen.width() - 40)  # roomy, not 720x560
    assert runner.height() >= screen.height() - 60
    for page in range(len(runner.spec.pages)):
        runner._show(page)
        settle()
        for shown in (runner.back_button, runner.next_button, runner.close_button):
            box = QRect(shown.mapTo(runner, QPoint(0, 0)), shown.size())
            assert runner.rect().contains(box), (page, shown.text())

    chooser = ClientModeDialog("Zoë Ó Súilleabháin")
    qtbot.addWidget(chooser)
    framed = chooser.size().grownBy(screen_fit.FRAME)
    assert framed.width() <= screen.width() and framed.height() <= screen.height()


def test_the_form_window_is_small_enough_for_the_smallest_screen(qtbot, db, client):
    runner = FormRunner(db, client, load_form(FORMS / "intake.toml"))
    qtbot.addWidget(runner)
    smallest = runner.minimumSizeHint().expandedTo(runner.minimumSize())
    assert smallest.width() <= 1024 - 12 and smallest.height() <= 660 - 42
    assert (form_runner.MIN_WIDTH, form_runner.MIN_HEIGHT) < (720, 560)


# -- dates in forms: the app's one date box ----------------------------------------------


def test_date_questions_use_the_app_date_box(qtbot, db, client):
    runner = open_runner(qtbot, db, client, "medical")
    runner._show(runner.spec.page_of("chemo_radiation"))
    qtbot.mouseClick(runner.fields["chemo_radiation"]._buttons["yes"], Qt.MouseButton.LeftButton)
    field = runner.fields["chemo_radiation_end"]
    assert field.date_entry is not None and field.line is field.date_entry.line
    type_text(qtbot, field.line, "14 March 2024")  # any form the client and session dialogs take
    assert runner.answers["chemo_radiation_end"] == "2024-03-14"
    assert "March 2024" in field.date_entry.understood.text()  # the day, in words
    field.line.clear()
    type_text(qtbot, field.line, "31/02/2020")
    runner.next_button.click()
    assert field.error.isVisible() and field.error.text().startswith("There is no such date")
    # Said once, under the question: the box's own line does not repeat it.
    assert not field.date_entry.understood.isVisible()
