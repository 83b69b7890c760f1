"""Issue 20: the core's fixed labels (roles, session types, flags, …) in the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from smpdesk.app.photos import ANGLES, CONSENTS
from smpdesk.app.questionnaires import PHOTO_CONSENT_WORDS
from smpdesk.domain.client_details import SEX_CHOICES
from smpdesk.domain.client_import import IMPORT_FIELDS
from smpdesk.domain.clinic_settings import DATE_STYLES
from smpdesk.domain.countries import COUNTRIES
from smpdesk.domain.designs import OUTLINE_VIEWS, ZONE_KINDS
from smpdesk.domain.money import KINDS, METHODS
from smpdesk.domain.patch_tests import FIELD_LABELS as PATCH_FIELDS
from smpdesk.domain.patch_tests import RESULT_WORDS
from smpdesk.domain.session_details import AREAS, FIELD_LABELS, SESSION_TYPES
from smpdesk.domain.staff import ROLE_NAMES
from smpdesk.gui import i18n
from smpdesk.gui.words import core_labels
from smpdesk.gui.words.core_labels import core_label, count_levels
from smpdesk.questionnaire.answers import RaisedFlag
from smpdesk.questionnaire.spec import FLAG_LEVELS, FLAG_WORDS

TABLES = {
    "ROLE_NAMES": list(ROLE_NAMES.values()),
    "SEX_CHOICES": list(SEX_CHOICES.values()),
    "SESSION_TYPES": list(SESSION_TYPES.values()),
    "session AREAS": list(AREAS.values()),
    "session FIELD_LABELS": list(FIELD_LABELS.values()),
    "FLAG_WORDS": list(FLAG_WORDS.values()),
    "ZONE_KINDS": list(ZONE_KINDS.values()),
    "OUTLINE_VIEWS": list(OUTLINE_VIEWS.values()),
    "payment KINDS": list(KINDS.values()),
    "payment METHODS": list(METHODS.values()),
    "photo ANGLES": list(ANGLES.values()),
    "photo CONSENTS": list(CONSENTS.values()),
    "PHOTO_CONSENT_WORDS": list(PHOTO_CONSENT_WORDS.values()),
    "patch RESULT_WORDS": list(RESULT_WORDS.values()),
    "patch FIELD_LABELS": list(PATCH_FIELDS.values()),
    "DATE_STYLES": list(DATE_STYLES.values()),
    "COUNTRIES": [country.name for country in COUNTRIES],
    "IMPORT_FIELDS": list(IMPORT_FIELDS.values()),
}


@pytest.mark.parametrize("table", TABLES)
def test_every_core_label_is_listed_for_translation(table):
    missing = [label for label in TABLES[table] if label not in core_labels.ALL]
    assert not missing, f"{table}: add these to smpdesk/gui/words/core_labels.py: {missing}"


def test_english_is_the_core_word_for_word(qapp):
    assert i18n.current_language() == "en"
    assert all(core_label(label) == label for label in core_labels.ALL)
    assert core_label("a newer app's word") == "a newer app's word"
    levels = ["postpone", "do-not-treat", "postpone"]
    from smpdesk.questionnaire.spec import count_levels as english

    assert count_levels(levels, FLAG_WORDS, FLAG_LEVELS) == english(levels)


@pytest.fixture
def polish(qapp):
    i18n.use_language("pl")
    try:
        yield
    finally:
        i18n.use_language("en")


def _items(combo: QComboBox) -> dict[str, object]:
    return {combo.itemText(i): combo.itemData(i) for i in range(combo.count())}


def test_a_polish_window_shows_the_core_labels_in_polish(qtbot, db, polish):
    from smpdesk.gui.access.staff_admin import _role_combo
    from smpdesk.gui.clients.client_dialog import ClientDialog
    from smpdesk.gui.questionnaires.answers_view import flag_label
    from smpdesk.gui.settings.settings_dialog import SettingsDialog

    dialog = ClientDialog(db)
    qtbot.addWidget(dialog)
    sex = dialog.inputs["sex"]
    assert isinstance(sex, QComboBox)
    assert _items(sex)["Kobieta"] == "female"  # shown in Polish, stored as the key
    assert "Female" not in _items(sex)

    role, _hint = _role_combo()
    qtbot.addWidget(role)
    assert _items(role)["Właściciel"] == "owner"

    settings = SettingsDialog(db)
    qtbot.addWidget(settings)
    shown = {label.text() for label in settings.findChildren(QLabel)}
    assert "1. sesja" in shown  # a session type naming its price
    assert "1st session" not in shown

    flag = flag_label(RaisedFlag("do-not-treat", "Aktywna infekcja", "q1"))
    qtbot.addWidget(flag)
    assert flag.text() == "Nie wykonywać zabiegu: Aktywna infekcja"
    assert count_levels(["postpone", "do-not-treat"], FLAG_WORDS, FLAG_LEVELS) == (
        "1 nie wykonywać zabiegu, 1 odłożyć zabieg"
    )
