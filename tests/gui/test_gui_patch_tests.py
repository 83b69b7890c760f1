"""Patch tests on the client page, the closed allergy flag, and search inside names."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication

from smpdesk.app import clients as client_cases
from smpdesk.app import patch_tests, questionnaires
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.dates import format_typed_date
from smpdesk.gui.questionnaires.flags_panel import FlagsPanel
from smpdesk.gui.sessions.patch_test_dialog import PatchTestDialog
from tests.app.test_patch_tests import medical
from tests.app.test_patch_tests import test as patch
from tests.gui.helpers import save_shot, type_text, when_dialog_opens


def test_the_dialog_records_a_negative_test_and_the_panel_shows_the_flag_closed(qtbot, db):
    cid = client_cases.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id
    medical(db, cid, allergy=True, days_ago=9)
    panel = FlagsPanel(db)
    qtbot.addWidget(panel)
    panel.resize(1000, 10)
    panel.show_client(cid)
    assert any(label.objectName() == "flag_do-not-treat" for label in panel.lines)

    dialog = PatchTestDialog(db, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.applied.setText(format_typed_date(date.today() - timedelta(days=5), "uk"))
    type_text(qtbot, dialog.pigment, "Brand X Dark Grey")
    type_text(qtbot, dialog.lot, "GR-2610-A")
    dialog.result_box.setCurrentIndex(dialog.result_box.findData("negative"))
    assert dialog.read_on.date() == date.today()  # a reading defaults to today
    dialog.save_button.click()
    assert dialog.errors["read_by"].isVisible()  # unprotected clinic: nobody to default to
    type_text(qtbot, dialog.read_by, "Sam Lee")
    save_shot(dialog, "patch_test_dialog")
    dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.result == "negative"

    panel.refresh()
    closed = [label for label in panel.lines if label.objectName() == "flag_closed"]
    assert len(closed) == 1
    assert "closed by negative patch test on" in closed[0].text()
    assert "read by Sam Lee" in closed[0].text()
    # The closed line names the finding, not the action that no longer applies.
    assert "Known allergy to tattoo pigment" in closed[0].text()
    assert "do not treat" not in closed[0].text().lower()
    assert not any(label.objectName() == "flag_do-not-treat" for label in panel.lines)
    save_shot(panel, "flags_panel_closed_allergy")


def test_the_tab_lists_tests_and_reception_sees_only_the_date(qtbot, window, demo_db):
    cid = client_cases.add_client(
        demo_db, ClientDetails(given_name="Ola", family_name="Bråthen")
    ).id
    medical(demo_db, cid, allergy=True, days_ago=9)
    patch_tests.record_patch_test(demo_db, cid, patch(2, "negative"))
    window.resize(1366, 728)
    window.open_client(cid)
    tab = window.patch_tests_tab
    window.client_page.tabs.setCurrentWidget(tab)
    assert tab.list.count() == 1 and "Negative" in tab.list.item(0).text()
    assert [f.closed for f in questionnaires.client_flags(demo_db, cid) if f.closed]
    save_shot(window, "patch_tests_tab")

    def correct(dialog):
        assert isinstance(dialog, PatchTestDialog)
        dialog.result_box.setCurrentIndex(dialog.result_box.findData("positive"))
        type_text(qtbot, dialog.reason, "misread: small reaction seen again")
        dialog.save_button.click()

    when_dialog_opens(qtbot, correct)
    tab.new_version()
    assert "Positive" in tab.list.item(0).text()
    flags = window.flags_panel.lines
    assert any(label.objectName() == "flag_do-not-treat" for label in flags)


def test_an_empty_search_offers_a_new_client_with_the_typed_name(qtbot, window, demo_db):
    client_cases.add_client(demo_db, ClientDetails(given_name="Ola", family_name="Bråthen"))
    window.model.refresh()
    type_text(qtbot, window.search_box, "athen")
    ids = [window.model.client_id(r) for r in range(window.model.rowCount())]
    names = [client_cases.get_client(demo_db, i).family_name for i in ids]
    assert "Bråthen" in names
    assert not window.new_named_button.isVisible()

    window.search_box.clear()
    type_text(qtbot, window.search_box, "Ingrid Zyxwvut")
    assert window.model.rowCount() == 0
    assert window.new_named_button.isVisible()
    seen = {}

    def look(dialog):
        try:
            seen["given"] = dialog.inputs["given_name"].text()
            seen["family"] = dialog.inputs["family_name"].text()
        finally:
            for name in ("given_name", "family_name"):
                dialog.inputs[name].clear()  # nothing typed to discard
            dialog.reject()

    when_dialog_opens(qtbot, look)
    window.new_named_button.click()
    assert seen == {"given": "Ingrid", "family": "Zyxwvut"}
    assert QApplication.activeModalWidget() is None
