"""Signed means sealed, in the window: the consent walkthrough of issue 14.

The client signs in client mode and hands back; the practitioner continues,
finds the client's answers read-only under "Signed by the client at …", tries
to change the marketing-photo answer, is offered a new version, and the first
version stays exactly as it was signed.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires
from smpdesk.app.demo.forms import fill
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.questionnaires.form_runner import ClientModeLock, FormRunner
from smpdesk.gui.questionnaires.questionnaires_tab import QuestionnairesTab, ResponseDialog
from smpdesk.questionnaire import sealing
from tests.gui.helpers import type_text, when_dialog_opens
from tests.gui.test_gui_forms import answer, runner_for, sign

CODE = "2468"


@pytest.fixture
def client(db):
    return client_cases.add_client(
        db, ClientDetails(given_name="Maeve", family_name="Ní Bhriain", date_of_birth="1988-07-14")
    )


def _answers(spec, **overrides) -> dict:
    return fill(spec, {"photos_clinical": True, **overrides}, seed=5, today=date.today())


def _answer_page(qtbot, runner: FormRunner, answers: dict) -> None:
    for question in runner.spec.pages[runner.current_page].questions:
        field = runner.fields[question.id]
        if question.id in answers and field.isVisibleTo(runner) and not field.sealed:
            answer(qtbot, runner, question.id, answers[question.id])


def _client_signs(qtbot, db, client, answers: dict) -> FormRunner:
    """Client mode, page by page, until the form asks to hand the laptop back."""
    runner = runner_for(qtbot, db, client, "consent", lock=ClientModeLock(CODE))
    while runner.stack.currentWidget() is not runner.thanks:
        assert not runner.spec.pages[runner.current_page].practitioner  # never shown to them
        _answer_page(qtbot, runner, answers)
        qtbot.keyClick(runner.next_button, Qt.Key.Key_Return)
    return runner


def _unlock(qtbot, runner: FormRunner) -> None:
    runner.close_button.click()
    type_text(qtbot, runner.unlock_code, CODE)
    qtbot.keyClick(runner.unlock_code, Qt.Key.Key_Return)
    assert not runner.isVisible()


def _continue(qtbot, db, client) -> FormRunner:
    draft = store.get_draft(db, client.id, "consent")
    return runner_for(
        qtbot,
        db,
        client,
        "consent",
        answers=draft.answers,
        page=draft.page,
        started_at=draft.started_at,
    )


def _to_review(qtbot, runner: FormRunner, answers: dict) -> None:
    while not runner.on_review:
        _answer_page(qtbot, runner, answers)
        qtbot.keyClick(runner.next_button, Qt.Key.Key_Return)


def test_the_walkthrough_sealed_then_a_new_version(qtbot, db, client, screenshot):
    spec = runner_for(qtbot, db, client, "consent").spec
    answers = _answers(spec, photos_marketing=False)
    handed = _client_signs(qtbot, db, client, answers)
    _unlock(qtbot, handed)
    draft = store.get_draft(db, client.id, "consent")
    assert questionnaires.draft_signed(draft)
    signed_at = draft.answers[sealing.SIGNED_TIMES_KEY]["signature"]

    runner = _continue(qtbot, db, client)
    photos_page = spec.page_of("photos_marketing")
    practitioner_page = spec.page_of("id_seen")
    assert runner.current_page == practitioner_page
    # Everything the client answered and signed is read-only, the practitioner's page is not.
    marketing = runner.fields["photos_marketing"]
    assert marketing.sealed and not marketing._buttons["yes"].isEnabled()
    assert runner.fields["signature"].pad.is_read_only()
    assert runner.fields["signed_on"].line.isReadOnly()
    assert not runner.fields["id_seen"].sealed
    runner._show(photos_page)
    box, note, change = runner.seal_notes[photos_page]
    assert box.isVisible() and change.isVisible()
    assert note.text() == (
        f"Signed by the client at {sealing_time(signed_at)} — these answers are sealed"
    )
    screenshot(runner, "sealed_form_page")
    marketing._buttons["yes"].click()  # a disabled button: nothing happens
    assert runner.answers["photos_marketing"] is False

    # The practitioner checks the ID and countersigns; the review shows what is sealed.
    runner._show(practitioner_page)
    _to_review(qtbot, runner, answers)
    review = runner.review_area.widget()
    assert review.findChild(QLabel, f"sealed_note_{photos_page}").text() == note.text()
    assert review.findChild(QPushButton, f"change_page_{photos_page}").text() == "Change…"
    screenshot(runner, "sealed_review_page")

    # "Change…" on the sealed page explains, and offers a new version.
    offered = {}

    def start_new_version(box: QMessageBox) -> None:
        offered["text"] = f"{box.text()} {box.informativeText()}"
        next(b for b in box.buttons() if b.text() == "Start a new version").click()

    when_dialog_opens(qtbot, start_new_version)
    review.findChild(QPushButton, f"change_page_{photos_page}").click()
    assert "Signed by the client at" in offered["text"]
    assert "new version" in offered["text"] and "signed again" in offered["text"]
    assert runner.new_version_page == photos_page and not runner.isVisible()

    [first] = questionnaires.client_responses(db, client.id)
    first_pdf = questionnaires.consent_record(db, first.id)
    assert first.answers["photos_marketing"] is False
    assert set(first.signed_times) == {"signature", "practitioner_signature"}
    assert first.signed_times["signature"] == signed_at  # when the client drew it

    # The new version: the same answers to change, signed again by both.
    new_draft = store.get_draft(db, client.id, "consent")
    assert new_draft.supersedes == first.id
    again = FormRunner(
        db,
        client,
        questionnaires.resume(db, new_draft),
        answers=new_draft.answers,
        page=photos_page,
        started_at=new_draft.started_at,
        version_note="New version: it replaces the response of today, which stays exactly as "
        "it was signed. It needs signing again.",
    )
    qtbot.addWidget(again)
    again.resize(860, 900)
    again.show()
    assert not again.fields["photos_marketing"].sealed
    assert again.fields["signature"].value() is None
    screenshot(again, "new_version_form")
    answer(qtbot, again, "photos_marketing", True)
    _to_review(qtbot, again, {**answers, "photos_marketing": True})
    with qtbot.waitSignal(again.response_saved):
        again.finish_button.click()

    second, first_again = questionnaires.client_responses(db, client.id)
    assert second.supersedes == first.id and first_again.superseded_by == second.id
    assert second.answers["photos_marketing"] is True
    assert first_again.answers == first.answers
    assert questionnaires.consent_record(db, first.id) == first_pdf  # the signed PDF, unchanged

    tab = QuestionnairesTab(db)
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    tab.show_client(client.id)
    history = [tab.responses.item(row, 5).text() for row in range(tab.responses.rowCount())]
    assert history[0].startswith("version 2, replaces the one of ")
    assert history[1] == "replaced by version 2"
    screenshot(tab, "questionnaires_tab_versions")


def sealing_time(stamp: str) -> str:
    from datetime import datetime

    return f"{datetime.fromisoformat(stamp).astimezone():%H:%M}"


def test_a_version_that_cannot_be_finished_says_what_to_complete(qtbot, db, client, monkeypatch):
    spec = runner_for(qtbot, db, client, "consent").spec
    answers = _answers(spec)
    _unlock(qtbot, _client_signs(qtbot, db, client, answers))
    runner = _continue(qtbot, db, client)
    told = []
    monkeypatch.setattr(runner, "_ask_new_version", lambda _note: True)
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, title, text: told.append((title, text))
    )
    photos_page = spec.page_of("photos_marketing")
    assert not runner.offer_new_version(photos_page)
    [(title, text)] = told
    assert title == "Finish this version first"
    assert '"(practitioner) ID seen to confirm age" on "Practitioner check"' in text
    assert runner.current_page == spec.page_of("id_seen")
    assert questionnaires.client_responses(db, client.id) == []  # nothing stored


def test_in_client_mode_a_sealed_answer_is_for_the_practitioner(qtbot, db, client, monkeypatch):
    spec = runner_for(qtbot, db, client, "consent").spec
    answers = _answers(spec)
    handed = _client_signs(qtbot, db, client, answers)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append(text))
    assert not handed.offer_new_version(spec.page_of("photos_marketing"))
    assert "please ask the practitioner" in told[0]
    _unlock(qtbot, handed)


def test_a_signature_being_drawn_is_cleared_when_an_answer_above_changes(qtbot, db, client):
    runner = runner_for(qtbot, db, client, "consent")
    signing = runner.spec.page_of("signature")
    runner._show(signing)
    answer(qtbot, runner, "ack_voluntary", True)
    sign(runner.fields["signature"].pad)
    assert "signature" in runner.answers and runner.signed_at
    # Not yet in the draft: the signer has not moved on.
    assert "signature" not in store.get_draft(db, client.id, "consent").answers
    answer(qtbot, runner, "ack_voluntary", True)  # unticked again, above the signature
    assert "signature" not in runner.answers
    assert runner.fields["signature"].error.text().startswith("An answer above changed")


def test_closing_keeps_a_signature_only_under_complete_answers(qtbot, db, client):
    spec = runner_for(qtbot, db, client, "consent").spec
    runner = runner_for(qtbot, db, client, "consent")
    runner._show(spec.page_of("signature"))
    sign(runner.fields["signature"].pad)  # nothing above it answered
    runner.close_button.click()
    assert "signature" not in store.get_draft(db, client.id, "consent").answers

    answers = _answers(spec)
    later = runner_for(qtbot, db, client, "consent")
    while later.current_page != spec.page_of("signature"):
        _answer_page(qtbot, later, answers)
        qtbot.keyClick(later.next_button, Qt.Key.Key_Return)
    _answer_page(qtbot, later, answers)  # ... and signs
    later.close_button.click()
    saved = store.get_draft(db, client.id, "consent")
    assert questionnaires.draft_signed(saved)
    assert set(saved.answers[sealing.SIGNED_TIMES_KEY]) == {"signature"}


def test_a_finished_response_offers_a_new_version_from_the_tab(qtbot, db, client, monkeypatch):
    spec = runner_for(qtbot, db, client, "consent").spec
    response = questionnaires.finish(db, client.id, spec, _answers(spec))
    tab = QuestionnairesTab(db)
    qtbot.addWidget(tab)
    tab.show_client(client.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Ok)
    opened = {}

    def look(dialog):
        if isinstance(dialog, ResponseDialog):
            button = dialog.findChild(QPushButton, "response_new_version")
            when_dialog_opens(qtbot, look)  # then the new version's form
            button.click()
            return
        opened["note"] = dialog.version_label.text()
        opened["sealed"] = dialog.fields["photos_marketing"].sealed
        opened["signature"] = dialog.fields["signature"].value()
        dialog.close_button.click()

    when_dialog_opens(qtbot, look)
    tab.open_response(response.id)
    assert opened["note"].startswith("New version: it replaces the response of ")
    assert opened["sealed"] is False and opened["signature"] is None
    assert store.get_draft(db, client.id, "consent").supersedes == response.id
    # The draft holds no signature yet, so it may be started again; the tab says it continues.
    tab.select_form("consent")
    assert tab.start_button.text() == "Continue…"


def test_the_windows_check_names_a_signed_record_changed_outside_smpdesk(
    qtbot, demo_path, monkeypatch
):
    import json

    from PySide6.QtGui import QAction

    from smpdesk.app.clinic import open_clinic
    from smpdesk.gui.main_window import MainWindow
    from tests.app.test_sealed_responses import _tamper

    db = open_clinic(demo_path)
    someone = client_cases.add_client(db, ClientDetails(given_name="Ida", family_name="Nilsen"))
    spec = questionnaires.form_entries(db)[2].spec
    assert spec.id == "consent"
    signed = questionnaires.finish(db, someone.id, spec, _answers(spec, photos_marketing=False))
    db.close()

    def checked(path) -> tuple[str, str]:
        told: list[tuple[str, str]] = []
        for kind in ("information", "warning"):
            monkeypatch.setattr(
                QMessageBox, kind, lambda _parent, title, text: told.append((title, text))
            )
        clinic = open_clinic(path)
        window = MainWindow(clinic, path)
        qtbot.addWidget(window)
        [action] = [a for a in window.findChildren(QAction) if "Check the clinic" in a.text()]
        assert action.isVisible()  # the owner's (and anyone's on an unprotected clinic)
        action.trigger()
        qtbot.waitUntil(lambda: bool(told) and not window.operations.busy, timeout=10_000)
        window.close()
        clinic.close()
        return told[0]

    title, text = checked(demo_path)
    assert title == "Check passed" and "Every signed record matches" in text

    answers = dict(signed.answers, photos_marketing=True)
    _tamper(
        demo_path,
        ("UPDATE responses SET answers = ? WHERE id = ?", [json.dumps(answers), signed.id]),
    )
    title, text = checked(demo_path)
    assert title == "The check found problems"
    assert f"Signed response {signed.id} of client {someone.client_number} no longer" in text
    assert "Ida" not in text


def test_a_stored_signature_is_kept_byte_for_byte_when_the_draft_continues(qtbot, db, client):
    """A signature made elsewhere (here by the demo, with Pillow) is not re-encoded by the
    pad: a signed draft must compare equal to itself, or no later save would be accepted."""
    spec = runner_for(qtbot, db, client, "consent").spec
    answers = _answers(spec)
    client_part = {
        k: v for k, v in answers.items() if k not in ("id_seen", "practitioner_signature")
    }
    questionnaires.save_draft(db, client.id, spec, client_part, spec.page_of("id_seen"))
    runner = _continue(qtbot, db, client)
    assert runner.answers["signature"] == answers["signature"]
    answer(qtbot, runner, "id_seen", "passport")  # saved: nothing signed changed
    assert not runner.save_error.isVisible()
    assert store.get_draft(db, client.id, "consent").answers["id_seen"] == "passport"
