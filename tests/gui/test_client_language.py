"""The client dialog's "Papers in" choice and the client page's line (issue 20, L1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QComboBox, QLabel, QRadioButton

from smpdesk.app import clients as client_cases
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.clients.client_dialog import ClientDialog
from smpdesk.gui.clients.client_page import ClientPage
from tests.gui.helpers import type_text

SHOTS = Path("/tmp/h20")


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 1366x768 screen less its taskbar: windows open at the size they would there."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1366, 728))


def _shot(widget, name: str) -> None:
    if SHOTS.is_dir():
        assert widget.grab().save(str(SHOTS / f"{name}.png"))


def _combo(dialog: ClientDialog) -> QComboBox:
    combo = dialog.inputs["language"]
    assert isinstance(combo, QComboBox)
    return combo


def _row_label(dialog: ClientDialog, name: str) -> str:
    """The text of the label that names the field (its buddy: Alt+letter lands there)."""
    [label] = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.inputs[name]]
    return label.text()


def test_the_dialog_offers_the_clinics_language_and_each_other_one(qtbot, db, laptop):
    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    combo = _combo(dialog)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Clinic's language (English)",
        "Español",
        "Deutsch",
        "Polski",
    ]
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "es", "de", "pl"]
    assert combo.currentIndex() == 0
    assert _row_label(dialog, "language") == "Papers in"
    # With who the client is, before how to reach them.
    order = list(dialog.inputs)
    assert order.index("sex") + 1 == order.index("language") == order.index("phone") - 1


def test_choosing_polish_saves_pl_and_the_page_shows_it(qtbot, db, laptop):
    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.inputs["given_name"], "Łukasz")
    type_text(qtbot, dialog.inputs["family_name"], "Żółkiewski")
    combo = _combo(dialog)
    combo.setCurrentIndex(combo.findData("pl"))
    dialog.fields_scroll.ensureWidgetVisible(combo)
    _shot(dialog, "l1_client_dialog")
    dialog.save()
    assert dialog.result() == 1
    saved = client_cases.get_client(db, dialog.saved_client.id)
    assert saved.language == "pl"

    page = ClientPage()
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.show_client(saved)
    page.show()
    qtbot.waitExposed(page)
    assert page.findChild(QLabel, "detail_language").text() == "Polski"
    assert "Papers in Polski" in page.facts_label.text()
    _shot(page, "l1_client_page")


def test_a_client_in_the_clinics_language_says_so_once(qtbot, db):
    client = client_cases.add_client(db, ClientDetails(given_name="Ada", family_name="Lovelace"))
    page = ClientPage()
    qtbot.addWidget(page)
    page.show_client(client)
    assert page.findChild(QLabel, "detail_language").text() == "Clinic's language (English)"
    assert "Papers in" not in page.facts_label.text()  # the header names only a change


def test_editing_keeps_the_language_and_a_code_the_list_leaves_out(qtbot, db):
    spanish = client_cases.add_client(
        db, ClientDetails(given_name="Ana", family_name="Peña", language="es")
    )
    dialog = ClientDialog(db, spanish)
    qtbot.addWidget(dialog)
    assert _combo(dialog).currentData() == "es"
    assert dialog.details().language == "es"

    # "en" given on the command line: shown as English and saved as it was, not as "".
    english = client_cases.add_client(
        db, ClientDetails(given_name="Ed", family_name="Ng", language="en")
    )
    dialog = ClientDialog(db, english)
    qtbot.addWidget(dialog)
    assert _combo(dialog).currentText() == "English"
    type_text(qtbot, dialog.inputs["phone"], "07700 900777")
    dialog.save()
    assert dialog.result() == 1
    assert client_cases.get_client(db, english.id).language == "en"


def test_the_history_names_languages_not_codes(qtbot, db):
    client = client_cases.add_client(
        db, ClientDetails(given_name="Jürgen", family_name="Müller", language="de")
    )
    changed = ClientDetails(**{**client.details().as_dict(), "language": "pl"})
    client = client_cases.update_client(db, client.id, changed)
    page = ClientPage()
    qtbot.addWidget(page)
    page.show_client(client)
    page.set_history(client_cases.client_versions(db, client.id))
    assert "language: Deutsch → Polski" in page.history_label.text()


def test_the_merge_dialog_names_the_languages(qtbot, db):
    from smpdesk.gui.clients.merge_dialog import MergeDialog

    keep = client_cases.add_client(
        db, ClientDetails(given_name="Iñaki", family_name="Muñoz", phone="07700 900111")
    )
    other = client_cases.add_client(
        db,
        ClientDetails(given_name="Iñaki", family_name="Muñoz", phone="07700 900111", language="es"),
    )
    dialog = MergeDialog(db, keep.id)
    qtbot.addWidget(dialog)
    dialog.choose_other(other.id)
    assert dialog.findChild(QRadioButton, "language_kept").text() == "Clinic's language (English)"
    assert dialog.findChild(QRadioButton, "language_other").text() == "Español"
    dialog.findChild(QRadioButton, "language_other").setChecked(True)
    assert dialog.chosen_details().language == "es"
