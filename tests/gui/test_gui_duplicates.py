"""The client dialog: typed dates, Save scrolling to a problem, duplicates, the merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QRadioButton

from smpdesk.app import clients as client_cases
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.clients.client_dialog import ClientDialog, DuplicatePrompt
from smpdesk.gui.clients.merge_dialog import MergeDialog
from tests.gui.helpers import save_shot, type_text, when_dialog_opens

ANN = ClientDetails(
    given_name="Ann", family_name="Bråthen", date_of_birth="1985-03-14", phone="07700 900123"
)


def _new_dialog(qtbot, db) -> ClientDialog:
    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    dialog.resize(520, 200)  # short, so the lower fields are scrolled out of view
    dialog.show()
    return dialog


def _fill(qtbot, dialog: ClientDialog, given: str, family: str, dob: str, phone: str = "") -> None:
    type_text(qtbot, dialog.inputs["given_name"], given)
    type_text(qtbot, dialog.inputs["family_name"], family)
    type_text(qtbot, dialog.date_of_birth.line, dob)
    if phone:
        type_text(qtbot, dialog.inputs["phone"], phone)


def test_a_uk_date_of_birth_is_accepted_and_stored_iso(qtbot, db) -> None:
    dialog = _new_dialog(qtbot, db)
    _fill(qtbot, dialog, "Ann", "Bråthen", "14/03/1985")
    assert dialog.date_of_birth.understood.text() == "Thursday 14 March 1985"
    dialog.save()
    assert dialog.saved_client is not None
    assert dialog.saved_client.date_of_birth == "1985-03-14"


def test_save_scrolls_to_a_problem_out_of_view(qtbot, db) -> None:
    dialog = _new_dialog(qtbot, db)
    _fill(qtbot, dialog, "Ann", "Bråthen", "14/03/1985")
    dialog.fields_scroll.verticalScrollBar().setValue(0)
    email = dialog.inputs["email"]
    type_text(qtbot, email, "not an email")
    dialog.fields_scroll.verticalScrollBar().setValue(0)
    viewport = dialog.fields_scroll.viewport()
    assert not _visible_in(email, viewport)
    dialog.save()
    assert dialog.saved_client is None
    assert _visible_in(email, viewport)
    assert _visible_in(dialog.errors["email"], viewport)
    assert dialog.errors["email"].text() == "Enter an email address like name@example.com."
    assert dialog.focusWidget() is email  # focus goes there when the window is active
    dialog.done(0)  # leave without the "discard?" question


def test_an_invalid_typed_date_is_named_under_the_field(qtbot, db) -> None:
    dialog = _new_dialog(qtbot, db)
    _fill(qtbot, dialog, "Ann", "Bråthen", "31/02/1985")
    dialog.save()
    assert dialog.saved_client is None
    assert dialog.errors["date_of_birth"].text() == (
        "There is no such date; check the day and the month (DD/MM/YYYY)."
    )
    dialog.done(0)


def _visible_in(widget, viewport) -> bool:
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_duplicate_prompt_open_the_existing_client(qtbot, db) -> None:
    existing = client_cases.add_client(db, ANN)
    dialog = _new_dialog(qtbot, db)
    _fill(qtbot, dialog, "Anna", "Brathen", "14.03.1985")
    seen: list[str] = []

    def open_existing(prompt) -> None:
        assert isinstance(prompt, DuplicatePrompt)
        seen.append(prompt.matches.item(0).text())
        save_shot(prompt, "duplicate_prompt")
        prompt.open_button.click()

    when_dialog_opens(qtbot, open_existing)
    dialog.save()
    assert dialog.open_existing_id == existing.id and dialog.saved_client is None
    assert "C00001" in seen[0] and "14 Mar 1985" in seen[0] and "07700 900123" in seen[0]
    assert "same name and date of birth" in seen[0]
    assert client_cases.count_clients(db) == 1


def test_duplicate_prompt_save_as_a_new_client_anyway(qtbot, db) -> None:
    client_cases.add_client(db, ANN)
    dialog = _new_dialog(qtbot, db)
    _fill(qtbot, dialog, "Bo", "Lund", "", phone="+44 7700 900123")
    when_dialog_opens(qtbot, lambda prompt: prompt.save_button.click())
    dialog.save()
    assert dialog.saved_client is not None and dialog.open_existing_id is None
    assert client_cases.count_clients(db) == 2


def test_the_window_opens_the_existing_client(qtbot, window) -> None:
    existing = client_cases.add_client(window.db, ANN)

    def fill_and_save(dialog) -> None:
        _fill(qtbot, dialog, "Ann", "Bråthen", "14/03/1985")
        when_dialog_opens(qtbot, lambda prompt: prompt.open_button.click())
        dialog.save()

    when_dialog_opens(qtbot, fill_and_save)
    window.new_client()
    assert window.client_page.client is not None
    assert window.client_page.client.id == existing.id


def test_merge_dialog_side_by_side(qtbot, db) -> None:
    keep = client_cases.add_client(db, ANN)
    other = client_cases.add_client(
        db,
        ClientDetails(
            given_name="Anne",
            family_name="Bråthen",
            date_of_birth="1985-03-14",
            email="anne@example.com",
        ),
    )
    dialog = MergeDialog(db, keep.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.found.count() == 1  # the likely duplicate is offered first
    dialog.found.setCurrentRow(0)
    assert dialog.other is not None and dialog.other.id == other.id
    # The kept record's phone; the other record's email (the kept one has none).
    chosen = dialog.chosen_details()
    assert chosen.phone == "07700 900123" and chosen.email == "anne@example.com"
    dialog.findChild(QRadioButton, "given_name_other").click()
    qtbot.wait(20)  # the comparison's new rows laid out
    save_shot(dialog, "merge_dialog")
    dialog.merge_button.click()
    assert dialog.result_ is not None
    assert client_cases.merged_into(db, other.id) == keep.id
    kept = client_cases.require_client(db, keep.id)
    assert (kept.given_name, kept.email) == ("Anne", "anne@example.com")


def test_merge_keeps_both_clinical_notes_by_default(qtbot, db) -> None:
    keep = client_cases.add_client(db, ClientDetails(**{**ANN.as_dict(), "notes": "Keloid risk."}))
    other = client_cases.add_client(
        db,
        ClientDetails(**{**ANN.as_dict(), "given_name": "Anne", "notes": "Allergic to latex."}),
    )
    dialog = MergeDialog(db, keep.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.found.setCurrentRow(0)
    assert dialog.other is not None and dialog.other.id == other.id
    both = dialog.findChild(QRadioButton, "notes_both")
    assert both is not None and both.isChecked()
    qtbot.wait(20)  # the comparison laid out
    save_shot(dialog, "merge_dialog_notes")
    assert dialog.chosen_details().notes == (
        f"Keloid risk.\n\nFrom merged record {other.client_number}: Allergic to latex."
    )
    dialog.findChild(QRadioButton, "notes_kept").click()  # still choosable
    assert dialog.chosen_details().notes == "Keloid risk."


@pytest.mark.parametrize(("width", "height"), [(1366, 728), (1024, 668)])
def test_buttons_stay_on_a_small_screen(qtbot, db, width, height, monkeypatch) -> None:
    from smpdesk.gui.widgets import screen_fit

    monkeypatch.setattr(screen_fit, "available_geometry", lambda _w: QRect(0, 0, width, height))
    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.height() <= height
    bottom = dialog.buttons.mapTo(dialog, QPoint(0, dialog.buttons.height())).y()
    assert bottom <= dialog.height()
    if (width, height) == (1366, 728):
        save_shot(dialog, "client_dialog")
