"""Answering questionnaires in the window: pages, skip logic, drafts, client mode."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires
from smpdesk.app.demo.forms import fill
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.questionnaires.form_runner import ClientModeLock, FormRunner
from smpdesk.gui.questionnaires.questionnaires_tab import QuestionnairesTab, ResponseDialog
from smpdesk.questionnaire.answers import (
    clean,
    date_hint,
    format_date_input,
    signature_png,
)
from smpdesk.questionnaire.loader import load_form, load_form_text
from tests.gui.helpers import type_text, when_dialog_opens

FORMS = Path(__file__).resolve().parents[2] / "forms"


@pytest.fixture
def client(db):
    return client_cases.add_client(
        db,
        ClientDetails(given_name="Zoë", family_name="Ó Súilleabháin", date_of_birth="1990-05-04"),
    )


def runner_for(qtbot, db, client, form_id: str, **kwargs) -> FormRunner:
    spec = load_form(FORMS / f"{form_id}.toml")
    runner = FormRunner(db, client, spec, **kwargs)
    qtbot.addWidget(runner)
    runner.resize(860, 900)
    runner.show()
    return runner


def sign(pad) -> None:
    surface = pad.surface
    points = [QPointF(60 + i * 9, 90 + (25 if i % 2 else -20)) for i in range(30)]
    for n, point in enumerate(points):
        kind = (
            QEvent.Type.MouseButtonPress
            if n == 0
            else QEvent.Type.MouseButtonRelease
            if n == len(points) - 1
            else QEvent.Type.MouseMove
        )
        button = (
            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        )
        buttons = (
            Qt.MouseButton.NoButton
            if kind == QEvent.Type.MouseButtonRelease
            else Qt.MouseButton.LeftButton
        )
        QApplication.sendEvent(
            surface,
            QMouseEvent(
                kind,
                point,
                surface.mapToGlobal(point),
                button,
                buttons,
                Qt.KeyboardModifier.NoModifier,
            ),
        )


def answer(qtbot, runner: FormRunner, qid: str, value) -> None:
    """Give one answer the way a person would: typing, clicking, drawing."""
    field = runner.fields[qid]
    kind = field.question.type
    if kind in ("text", "number", "date"):
        text = format_date_input(value, runner.date_style) if kind == "date" else str(value)
        field.line.clear()
        type_text(qtbot, field.line, text)
    elif kind == "long_text":
        type_text(qtbot, field.text_box, value)
    elif kind == "acknowledgement":
        qtbot.keyClick(field.checkbox, Qt.Key.Key_Space)  # keyboard-only works
    elif kind == "signature":
        sign(field.pad)
    elif kind == "yes_no":
        field._buttons["yes" if value else "no"].click()
    elif kind == "single_choice":
        field._buttons[value].click()
    elif kind == "multiple_choice":
        for choice in value:
            field._buttons[choice].click()


def fill_through(qtbot, runner: FormRunner, answers: dict) -> None:
    """Answer page by page, pressing Enter for Next, until the review page."""
    while not runner.on_review:
        page = runner.current_page
        for question in runner.spec.pages[page].questions:
            if question.id in answers and runner.fields[question.id].isVisibleTo(runner):
                answer(qtbot, runner, question.id, answers[question.id])
        qtbot.keyClick(runner.next_button, Qt.Key.Key_Return)
        shown = {q: f.error.text() for q, f in runner.fields.items() if f.error.isVisible()}
        assert runner.on_review or runner.current_page != page, shown


@pytest.mark.parametrize("form_id", ["intake", "medical", "consent"])
def test_each_shipped_form_can_be_filled_end_to_end(qtbot, db, client, form_id, screenshot):
    runner = runner_for(qtbot, db, client, form_id)
    expected = fill(runner.spec, seed=11, today=date.today())
    fill_through(qtbot, runner, expected)  # the signatures are drawn with the mouse
    expected.pop("signature", None)
    expected.pop("practitioner_signature", None)
    screenshot(runner, f"form_review_{form_id}")
    with qtbot.waitSignal(runner.response_saved):
        runner.finish_button.click()
    response = questionnaires.client_responses(db, client.id)[0]
    stored = dict(response.answers)
    if form_id == "consent":
        for signature in ("signature", "practitioner_signature"):
            png = signature_png(stored.pop(signature))
            image = Image.open(io.BytesIO(png))
            image.load()
            assert image.getextrema()[0] < 80  # dark ink was drawn with the mouse
        assert response.has_document and response.content_sha256
    assert stored == clean(runner.spec, expected)
    assert store.get_draft(db, client.id, form_id) is None


def test_required_questions_block_the_next_page(qtbot, db, client, screenshot):
    runner = runner_for(qtbot, db, client, "medical")
    qtbot.keyClick(runner.next_button, Qt.Key.Key_Return)
    assert runner.current_page == 0
    error = runner.fields["age_18_plus"].error
    assert error.isVisible() and error.text() == "Please answer yes or no."
    assert runner.focusWidget() is runner.fields["age_18_plus"]._buttons["yes"]
    screenshot(runner, "form_required")
    answer(qtbot, runner, "age_18_plus", True)
    assert not error.isVisible()  # fixed as soon as it is answered


def test_skip_logic_hides_and_shows_follow_ups(qtbot, db, client, screenshot):
    runner = runner_for(qtbot, db, client, "medical")
    runner._show(runner.spec.page_of("pigment_allergy"))
    details = runner.fields["pigment_allergy_details"]
    assert not details.isVisibleTo(runner)
    answer(qtbot, runner, "pigment_allergy", True)
    assert details.isVisibleTo(runner)
    type_text(qtbot, details.line, "reacted to a tattoo in 2019")
    screenshot(runner, "form_page")
    answer(qtbot, runner, "pigment_allergy", False)
    assert not details.isVisibleTo(runner)
    # The hidden answer is not kept when the form is stored.
    assert "pigment_allergy_details" not in clean(runner.spec, runner.answers)


def test_every_change_is_in_the_draft_and_closing_keeps_it(qtbot, db, client):
    runner = runner_for(qtbot, db, client, "intake")
    answer(qtbot, runner, "preferred_contact", "email")
    type_text(qtbot, runner.fields["emergency_contact_name"].line, "Ana")
    # Already on disk, before any button: a crash now loses nothing typed.
    assert store.get_draft(db, client.id, "intake").answers["emergency_contact_name"] == "Ana"
    runner.close_button.click()
    assert not runner.isVisible()

    tab = QuestionnairesTab(db)
    qtbot.addWidget(tab)
    tab.show_client(client.id)
    tab.select_form("intake")
    assert tab.start_button.text() == "Continue…"
    opened = {}

    def continue_draft(box):
        box.buttons()[0].click()  # "Continue draft"

    def look(runner):
        opened["name"] = runner.fields["emergency_contact_name"].line.text()
        opened["method"] = runner.fields["preferred_contact"].value()
        runner.close_button.click()

    when_dialog_opens(qtbot, lambda box: (continue_draft(box), when_dialog_opens(qtbot, look)))
    tab.start()
    assert opened == {"name": "Ana", "method": "email"}


def test_client_mode_keeps_the_client_in_the_form(qtbot, db, client, screenshot):
    lock = ClientModeLock("2468")
    runner = runner_for(qtbot, db, client, "intake", lock=lock)
    assert runner.client_label.text() == "For Zoë"
    runner.reject()  # Esc
    runner.close()
    assert runner.isVisible()
    assert runner.unlock_row.isVisible()
    type_text(qtbot, runner.unlock_code, "1111")
    qtbot.keyClick(runner.unlock_code, Qt.Key.Key_Return)
    assert runner.isVisible() and runner.unlock_error.text() == "That is not the code."
    assert not runner.fields["preferred_contact"].error.isVisible()  # Enter did not press Next
    screenshot(runner, "client_mode")
    type_text(qtbot, runner.unlock_code, "2468")
    qtbot.keyClick(runner.unlock_code, Qt.Key.Key_Return)
    assert not runner.isVisible()


def test_client_mode_stops_before_the_practitioner_page(qtbot, db, client):
    runner = runner_for(qtbot, db, client, "medical", lock=ClientModeLock("2468"))
    answers = fill(runner.spec, {"antibiotics": True}, seed=2, today=date.today())
    practitioner_page = next(n for n, p in enumerate(runner.spec.pages) if p.practitioner)
    while runner.stack.currentWidget() is not runner.thanks:
        assert runner.current_page < practitioner_page  # never shown to the client
        page = runner.current_page
        for question in runner.spec.pages[page].questions:
            if question.id in answers and runner.fields[question.id].isVisibleTo(runner):
                answer(qtbot, runner, question.id, answers[question.id])
        qtbot.keyClick(runner.next_button, Qt.Key.Key_Return)
    assert runner.isVisible()  # still locked until the practitioner's code
    assert questionnaires.client_responses(db, client.id) == []
    draft = store.get_draft(db, client.id, "medical")
    assert draft.page == practitioner_page

    # The practitioner continues the draft on their page, sees the flag, finishes.
    later = runner_for(qtbot, db, client, "medical", answers=draft.answers, page=draft.page)
    assert later.current_page == practitioner_page
    fill_through(qtbot, later, answers)
    review = later.review_area.widget()
    assert review.findChildren(type(later.progress_label), "flag_postpone")
    later.finish_button.click()
    assert questionnaires.client_flags(db, client.id)[0].level == "postpone"


def test_client_mode_review_hides_flags(qtbot, db, client):
    from tests.app.test_questionnaires import SMALL

    spec = load_form_text(SMALL, "small.toml")
    runner = FormRunner(db, client, spec, lock=ClientModeLock("2468"))
    qtbot.addWidget(runner)
    runner.show()
    fill_through(qtbot, runner, {"smoker": True, "per_day": 4, "colour": "blue"})
    review = runner.review_area.widget()
    assert not review.findChildren(type(runner.progress_label), "flag_postpone")
    runner.finish_button.click()
    assert runner.stack.currentWidget() is runner.thanks
    assert [f.level for f in questionnaires.client_flags(db, client.id)] == [
        "postpone",
        "needs-clearance",
    ]


def test_a_draft_of_a_broken_form_still_continues(qtbot, db, client):
    spec = questionnaires.find_form(questionnaires.form_entries(db), "medical")
    questionnaires.save_draft(db, client.id, spec, {"age_18_plus": True}, 0)
    path = questionnaires.forms_folder(db) / "medical.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\nbogus = 1\n", encoding="utf-8")
    tab = QuestionnairesTab(db)
    qtbot.addWidget(tab)
    tab.show_client(client.id)
    tab.select_form("draft:medical")
    assert tab.start_button.isEnabled() and tab.start_button.text() == "Continue…"
    seen = {}

    def look(runner):
        seen["age"] = runner.fields["age_18_plus"].value()
        runner.close_button.click()

    when_dialog_opens(qtbot, lambda box: (box.buttons()[0].click(), when_dialog_opens(qtbot, look)))
    tab.start()
    assert seen == {"age": True}


def test_tab_hands_over_full_screen_and_hides_the_main_window(qtbot, window, demo_db):
    client_id = store.search_client_ids(demo_db)[0]
    window.open_client(client_id)
    tab = window.questionnaires_tab
    tab.select_form("intake")
    seen = {}

    def choose_code(dialog):
        type_text(qtbot, dialog.code, "2468")
        type_text(qtbot, dialog.repeat, "2468")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
        when_runner_opens(leave)

    def when_runner_opens(action):
        def poll():
            runner = QApplication.activeModalWidget()
            if isinstance(runner, FormRunner):
                action(runner)
            else:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)

    def leave(runner):
        seen["full"] = runner.isFullScreen()
        seen["main_hidden"] = not window.isVisible()
        runner.close_button.click()
        type_text(qtbot, runner.unlock_code, "2468")
        qtbot.keyClick(runner.unlock_code, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, choose_code)
    tab.start(client_mode=True)
    assert seen == {"full": True, "main_hidden": True}
    assert window.isVisible()


def test_broken_form_is_listed_unavailable_and_others_still_start(qtbot, db, client):
    folder = questionnaires.forms_folder(db)
    (folder / "broken.toml").write_text('form = "broken"\ntitle = 3\n', encoding="utf-8")
    tab = QuestionnairesTab(db)
    qtbot.addWidget(tab)
    tab.show_client(client.id)
    statuses = [tab.forms.item(r, 2).text() for r in range(tab.forms.rowCount())]
    assert any(s.startswith("Unavailable: broken.toml:1: the form needs") for s in statuses)
    tab.forms.selectRow(statuses.index(next(s for s in statuses if "Unavailable" in s)))
    assert not tab.start_button.isEnabled()
    tab.select_form("medical")
    assert tab.start_button.isEnabled()


def test_past_response_opens_read_only_in_its_own_wording(qtbot, db, client, screenshot):
    folder = questionnaires.forms_folder(db)
    spec = questionnaires.find_form(questionnaires.form_entries(db), "medical")
    answers = fill(spec, {"antibiotics": True}, seed=4, today=date.today())
    response = questionnaires.finish(db, client.id, spec, answers)
    path = folder / "medical.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace('version = "1"', 'version = "2"')
        .replace("Are you 18 or older?", "Are you at least 18 years old?"),
        encoding="utf-8",
    )
    opened = questionnaires.open_response(db, response.id)
    dialog = ResponseDialog(db, opened, "uk")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.view.findChildren(type(dialog.view.children()[1]))]
    assert "Are you 18 or older?" in texts
    assert "Are you at least 18 years old?" not in texts
    assert dialog.view.findChildren(type(dialog.view.children()[1]), "flag_postpone")
    screenshot(dialog, "response_read_only")


def test_questionnaires_tab_and_flags_panel_screenshot(qtbot, window, demo_db, screenshot):
    from smpdesk.app.demo.forms import add_demo_responses

    client_id = demo_db.execute("SELECT client_id FROM sessions LIMIT 1").fetchone()[0]
    add_demo_responses(demo_db, [client_id])
    window.open_client(client_id)
    window.client_page.tabs.setCurrentWidget(window.questionnaires_tab)
    assert window.flags_panel.findChildren(type(window.count_label), "flag_do-not-treat")
    screenshot(window, "questionnaires_tab")
    screenshot(window.flags_panel, "flags_panel")


def test_consent_record_renders_as_an_image(db, client, tmp_path, screenshot):
    """The consent PDF as pages (pdftoppm), saved with the screenshots."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    spec = load_form(FORMS / "consent.toml")
    answers = fill(spec, seed=9, today=date.today())
    response = questionnaires.finish(db, client.id, spec, answers)
    pdf = tmp_path / "record.pdf"
    pdf.write_bytes(questionnaires.consent_record(db, response.id))
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert pages
    import os

    folder = os.environ.get("SMPDESK_SCREENSHOTS")
    if folder:
        for n, page in enumerate(pages, 1):
            shutil.copy(page, Path(folder) / f"consent_record_page{n}.png")


def test_date_hint_follows_the_clinic_style():
    assert date_hint("us") == "MM/DD/YYYY" and date_hint("uk") == "DD/MM/YYYY"


def test_photo_import_consent_defaults_to_the_consent_form(qtbot, db, client):
    from smpdesk.gui.photos.photos_tab import PhotosTab

    tab = PhotosTab(db)
    qtbot.addWidget(tab)
    tab.show_client(client.id)
    assert tab.new_consent.currentData() == "clinical"
    assert "No photo consent" in tab.consent_note.text()
    spec = load_form(FORMS / "consent.toml")
    overrides = {"photos_clinical": True, "photos_marketing": True}
    answers = fill(spec, overrides, seed=1, today=date.today())
    questionnaires.finish(db, client.id, spec, answers)
    tab.show_client(client.id)
    assert tab.new_consent.currentData() == "marketing"
    assert "marketing photos allowed" in tab.consent_note.text()


def test_a_half_typed_date_survives_in_the_draft(qtbot, db, client):
    runner = runner_for(qtbot, db, client, "medical")
    runner._show(runner.spec.page_of("chemo_radiation"))
    answer(qtbot, runner, "chemo_radiation", True)
    type_text(qtbot, runner.fields["chemo_radiation_end"].line, "12/05/20")
    draft = store.get_draft(db, client.id, "medical")
    assert draft.answers["_typed"] == {"chemo_radiation_end": "12/05/20"}
    again = runner_for(qtbot, db, client, "medical", answers=draft.answers, page=draft.page)
    assert again.fields["chemo_radiation_end"].line.text() == "12/05/20"
    assert "_typed" not in clean(again.spec, draft.answers)


def test_tab_enters_an_answered_choice_on_the_chosen_answer(qtbot, db, client):
    runner = runner_for(qtbot, db, client, "medical")
    answer(qtbot, runner, "age_18_plus", True)
    answer(qtbot, runner, "doctor_details", "Dr Rees")
    answer(qtbot, runner, "pregnant_or_breastfeeding", False)
    before = runner.fields["pregnant_or_breastfeeding"]
    runner.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is runner)
    runner.fields["doctor_details"].line.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is before._buttons["no"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert runner.answers["pregnant_or_breastfeeding"] is False  # Space did not flip the answer
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # arrows still move
    assert QApplication.focusWidget() is before._buttons["yes"]
    assert runner.answers["pregnant_or_breastfeeding"] is True


def test_consent_signed_before_midnight_finishes_after_it(qtbot, db, client, monkeypatch):
    """The client signs at 23:50; the practitioner finishes the draft after midnight."""
    from datetime import datetime

    import smpdesk.gui.questionnaires.form_runner as form_runner

    signed_day = date(2026, 11, 20)
    # Local times, as the clinic's clock shows them, whatever the time zone.
    started = datetime(2026, 11, 20, 23, 40).astimezone().isoformat()
    signed = datetime(2026, 11, 20, 23, 50).astimezone().isoformat()
    monkeypatch.setattr(form_runner, "now_utc", lambda: signed)
    runner = runner_for(qtbot, db, client, "consent", started_at=started)
    answers = fill(runner.spec, seed=4, today=signed_day)
    fill_through(qtbot, runner, answers)
    assert runner.signed_at == signed
    runner.close_button.click()
    draft = store.get_draft(db, client.id, "consent")
    assert draft.answers["_signed_at"] == signed

    later = runner_for(
        qtbot,
        db,
        client,
        "consent",
        answers=draft.answers,
        page=draft.page,
        started_at=draft.started_at,
    )
    fill_through(qtbot, later, answers)
    with qtbot.waitSignal(later.response_saved):
        later.finish_button.click()  # today is after the 20th: still accepted
    response = questionnaires.client_responses(db, client.id)[0]
    assert response.answers["signed_on"] == "2026-11-20"
    assert "_signed_at" not in response.answers


def test_the_tab_keeps_its_selection_and_enter_starts_the_form(qtbot, db, client):
    tab = QuestionnairesTab(db)
    qtbot.addWidget(tab)
    tab.show_client(client.id)
    assert tab.start_button.isEnabled(), "a form is ready to start without the mouse"
    tab.select_form("medical")
    tab.refresh()  # as after a form window closes, or on showing the tab again
    assert tab._selected_spec().id == "medical"
    assert tab.start_button.isEnabled() and tab.hand_button.isEnabled()
    opened = []

    def look(runner):
        opened.append(runner.spec.id)
        runner.close_button.click()

    when_dialog_opens(qtbot, look)
    qtbot.keyClick(tab.forms, Qt.Key.Key_Return)
    assert opened == ["medical"]
    assert tab._selected_spec().id == "medical"  # still there after it closed


def test_a_long_unbroken_answer_wraps_on_the_review(qtbot, db, client):
    spec = load_form_text(
        'form = "t"\ntitle = "T"\nversion = 1\n[[pages]]\ntitle = "P"\n'
        '[[pages.questions]]\nid = "link"\ntype = "text"\ntext = "Where did you find us?"\n'
        "max_length = 400\n",
        "t.toml",
    )
    runner = FormRunner(db, client, spec)
    qtbot.addWidget(runner)
    runner.resize(860, 700)
    runner.show()
    pasted = "https://example.com/" + "x" * 280
    line = runner.fields["link"].line
    line.setText(pasted)
    line.textEdited.emit(pasted)
    qtbot.keyClick(runner.next_button, Qt.Key.Key_Return)
    assert runner.on_review
    qtbot.waitUntil(lambda: runner.review_area.widget().width() > 0)
    QApplication.processEvents()
    assert runner.review_area.horizontalScrollBar().maximum() == 0
    shown = runner.review_area.widget().findChild(type(runner.progress_label), "answer_link")
    assert shown.text().replace("\u200b", "") == pasted
    assert runner.answers["link"] == pasted  # only the display gets break points


def test_client_mode_counts_only_the_clients_pages_and_the_code_box_can_be_hidden(
    qtbot, db, client
):
    spec = load_form(FORMS / "consent.toml")
    client_pages = [n for n, p in enumerate(spec.pages) if not p.practitioner]
    runner = runner_for(qtbot, db, client, "consent", lock=ClientModeLock("2468"))
    assert runner.progress_label.text().startswith(f"Step 1 of {len(client_pages)} ·")
    assert runner.findChild(type(runner.progress_label), "required_legend_1") is not None
    runner.close_button.click()  # "Practitioner…" pressed by mistake
    assert runner.unlock_row.isVisible()
    type_text(qtbot, runner.unlock_code, "12")
    runner.findChild(type(runner.close_button), "unlock_cancel").click()
    assert not runner.unlock_row.isVisible() and runner.unlock_code.text() == ""
    assert runner.isVisible()

    practitioner = runner_for(qtbot, db, client, "consent")
    assert practitioner.progress_label.text().startswith(f"Step 1 of {len(spec.pages) + 1} ·")


def test_typing_mistakes_in_numbers_and_dates_get_the_right_hint(qtbot, db, client):
    spec = load_form_text(
        'form = "t"\ntitle = "T"\nversion = 1\n[[pages]]\ntitle = "P"\n'
        '[[pages.questions]]\nid = "n"\ntype = "number"\ntext = "How many?"\ninteger = true\n'
        '[[pages.questions]]\nid = "d"\ntype = "date"\ntext = "When?"\n',
        "t.toml",
    )
    runner = FormRunner(db, client, spec)
    qtbot.addWidget(runner)
    runner.show()
    type_text(qtbot, runner.fields["n"].line, "12.5.")
    type_text(qtbot, runner.fields["d"].line, "31/02/2020")
    qtbot.keyClick(runner.next_button, Qt.Key.Key_Return)
    assert runner.fields["n"].error.text() == "Please enter a whole number, like 12."
    assert runner.fields["d"].error.text() == (
        "There is no such date; check the day and the month (DD/MM/YYYY)."
    )  # the app-wide wording (smpdesk.domain.dates), as in every date box


def test_change_on_the_review_then_straight_back_to_it(qtbot, db, client):
    runner = runner_for(qtbot, db, client, "medical")
    fill_through(qtbot, runner, fill(runner.spec, seed=5, today=date.today()))
    assert not runner.review_button.isVisible()
    runner.review_area.widget().findChild(type(runner.close_button), "change_page_0").click()
    assert runner.current_page == 0 and runner.review_button.isVisible()
    runner.fields["doctor_details"].line.clear()
    type_text(qtbot, runner.fields["doctor_details"].line, "Dr Okafor")
    runner.review_button.click()
    assert runner.on_review and not runner.review_button.isVisible()
    assert "Dr Okafor" in [
        label.text() for label in runner.review_area.widget().findChildren(QLabel)
    ]


@pytest.mark.parametrize(
    "word",
    [
        "https://example.com/" + "x" * 60,
        "สวัสดีครับ" * 6,  # Thai: no spaces, tone marks above the letters
        "👍🏽" * 12 + "👨‍👩‍👧" * 8,  # skin tones and joined emoji
        "e\u0301" * 40,  # a letter and its combining accent
    ],
)
def test_soft_breaks_never_split_a_character(word):
    from smpdesk.gui.questionnaires.answers_view import breakable

    softened = breakable(word)
    assert softened.replace("\u200b", "") == word
    for index, char in enumerate(softened):
        if char != "\u200b":
            continue
        after = softened[index + 1]
        assert not unicodedata.category(after).startswith("M")
        assert softened[index - 1] != "\u200d" and after not in "\u200d\ufe0f"
        assert not 0x1F3FB <= ord(after) <= 0x1F3FF
    assert "\u200b" in softened or len(word) < 31


def test_closing_a_form_updates_the_flags_and_photo_consent(qtbot, window, demo_db):
    client_id = store.search_client_ids(demo_db)[0]
    for draft in store.client_drafts(demo_db, client_id):
        questionnaires.discard_draft(demo_db, client_id, draft.form_id)
    window.open_client(client_id)
    tab = window.questionnaires_tab
    photos = window.photos_tab

    # The client's part of the medical form, left as a draft with a flag.
    tab.select_form("medical")

    def answer_allergy(runner):
        runner._show(runner.spec.page_of("pigment_allergy"))
        answer(qtbot, runner, "pigment_allergy", True)
        runner.close_button.click()

    when_dialog_opens(qtbot, answer_allergy)
    tab.start()
    shown = [label.text() for label in window.flags_panel.lines]
    assert any("pigment" in t and "draft not finished yet" in t for t in shown), shown

    # A new consent declining photos changes the Photos tab's default at once.
    tab.select_form("consent")
    spec = load_form(FORMS / "consent.toml")
    declined = fill(spec, {"photos_clinical": False, "photos_marketing": False}, seed=2)
    seen = {}

    def sign_and_finish(runner):
        fill_through(qtbot, runner, declined)
        when_dialog_opens(qtbot, close_preview)
        runner.finish_button.click()

    def close_preview(preview):
        if isinstance(preview, FormRunner):  # still closing: look again
            when_dialog_opens(qtbot, close_preview)
            return
        seen["preview"] = preview.objectName()
        preview.reject()

    when_dialog_opens(qtbot, sign_and_finish)
    tab.start()
    assert seen == {"preview": "record_preview"}
    assert "declined" in photos.consent_note.text()


def test_going_back_to_a_page_focuses_the_chosen_answer(qtbot, db, client):
    runner = runner_for(qtbot, db, client, "medical")
    answer(qtbot, runner, "age_18_plus", False)
    runner._show(1)
    runner.go_back()
    assert runner.current_page == 0
    assert runner.focusWidget() is runner.fields["age_18_plus"]._buttons["no"]
