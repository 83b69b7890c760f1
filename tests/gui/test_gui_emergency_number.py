"""Issue 16 item 17: the emergency number is a clinic setting, set in the settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from smpdesk.app.clinic import load_settings
from smpdesk.gui.settings.settings_dialog import SettingsDialog


def test_the_emergency_number_is_set_in_the_settings_dialog(qtbot, db):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    field = dialog.findChild(QLineEdit, "emergency_number")
    assert field.text() == "" and "999" in field.placeholderText()
    field.setText("call 999")
    dialog.save()
    assert dialog.problem.isVisibleTo(dialog)
    assert "emergency number in digits" in dialog.problem.text()
    assert load_settings(db).emergency_number == ""
    field.setText("112")
    dialog.save()
    assert load_settings(db).emergency_number == "112"
    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.findChild(QLineEdit, "emergency_number").text() == "112"
