"""Issue 20: the window in Spanish, German or Polish, through Qt's translation system."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from smpdesk.gui import i18n
from smpdesk.gui.i18n_catalogs import AREAS, TRANSLATED, _tool, area_sources, catalogue

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "ts"
PLURAL_FORMS = {"es": 2, "de": 2, "pl": 3}
_PLACEHOLDERS = re.compile(r"\{[^{}\s]*\}|%n|%L?\d")
_TAGS = re.compile(r"</?([a-zA-Z]+)[^<>]*>")


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


@pytest.fixture(scope="module")
def wrapped(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    """Every message the sources hold today, as lupdate finds them."""
    ts = tmp_path_factory.mktemp("lupdate") / "all_pl.ts"
    sources = [str(p) for area in AREAS for p in area_sources(area)]
    lupdate = _tool("lupdate")
    assert lupdate is not None
    subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(ts)], check=True)
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found |= {_key(name, m) for m in context.iter("message")}
    return found


def _catalogue(code: str) -> dict[tuple[str, str, str], ET.Element]:
    messages = {}
    for path in sorted(TS.glob(f"*_{code}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                messages[_key(name, message)] = message
    return messages


def test_the_sources_have_words_to_translate(wrapped):
    assert len(wrapped) > 1500  # the whole window: menus, dialogs, client mode
    assert ("MainWindow", "&File", "") in wrapped or any(s == "&File" for _c, s, _d in wrapped)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(wrapped, code):
    messages = _catalogue(code)
    missing = sorted(wrapped - set(messages))
    assert not missing, f"{len(missing)} messages not in *_{code}.ts, e.g. {missing[:5]}"
    problems = []
    for key in sorted(wrapped):
        message = messages[key]
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished: {key}")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != PLURAL_FORMS[code] or not all(forms):
                problems.append(f"plural forms: {key}")
        else:
            forms = [translation.text or ""]
            if not forms[0].strip():
                problems.append(f"empty: {key}")
        source = key[1]
        for text in forms:
            wanted = sorted(set(_PLACEHOLDERS.findall(source)) - {"%n"})
            if sorted(set(_PLACEHOLDERS.findall(text)) - {"%n"}) != wanted:
                problems.append(f"placeholders {wanted}: {key} -> {text!r}")
            if sorted(_TAGS.findall(source)) != sorted(_TAGS.findall(text)):
                problems.append(f"HTML tags: {key} -> {text!r}")
            if re.search(r"&(?!&)\w", source) and not re.search(r"&(?!&)\w", text):
                problems.append(f"mnemonic '&': {key} -> {text!r}")
    assert not problems, f"{len(problems)} problems in {code}: " + "\n".join(problems[:20])


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_catalogue_compiles_and_speaks(qapp, code):
    path = catalogue(code)
    assert path is not None and path.stat().st_size > 10_000
    translator = QTranslator()
    assert translator.load(str(path))
    translated = translator.translate("MainWindow", "&File")
    assert translated and translated != "&File"


def test_qt_own_dialog_words_follow_the_language(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.use_language("pl")
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.buttons()[0].text().replace("&", "") == "Anuluj"
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    finally:
        i18n.use_language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_chosen_language_is_remembered_and_the_system_is_the_default(qapp, monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    monkeypatch.setattr(i18n, "system_language", lambda: "de")
    assert i18n.chosen_language() == "" and i18n.interface_language() == "de"
    i18n.choose_language("pl")
    assert i18n.chosen_language() == "pl" and i18n.interface_language() == "pl"
    i18n.choose_language("")  # back to the system's
    assert i18n.interface_language() == "de"
    i18n.choose_language("xx")  # not one smpdesk speaks: the system's
    assert i18n.chosen_language() == ""
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "es")
    assert i18n.interface_language() == "es"


def test_a_language_can_be_spoken_for_a_while(qapp):
    with i18n.speaking("es") as spoken:
        assert spoken == "es" and i18n.current_language() == "es"
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_the_language_live_keeps_the_client_tab_and_search(
    qtbot, demo_db, demo_path, monkeypatch
):
    """Polish from the Language menu and back: the same client and tab stay open, the
    search stays typed, and nothing is asked or lost."""
    from smpdesk.gui.main_window import MainWindow

    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    window = MainWindow(demo_db, demo_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    english = _menu_titles(window)
    assert english[0] == "&File"
    window.search_box.setText("a")
    window.open_client(3)
    window.client_page.tabs.setCurrentIndex(2)
    tab_widget = type(window.client_page.tabs.currentWidget())

    window.choose_language("pl")
    assert i18n.chosen_language() == "pl" and i18n.current_language() == "pl"
    polish = _menu_titles(window)
    assert polish[0] == "&Plik" and polish != english
    assert window.client_page.client.id == 3
    assert window.stack.currentWidget() is window.client_page
    assert type(window.client_page.tabs.currentWidget()) is tab_widget
    assert window.client_page.tabs.tabText(0) != "Timeline"
    assert window.search_box.text() == "a"
    # Only one copy of each shortcut: the old menus' actions are gone.
    shortcuts = [s.toString() for a in window.actions() for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts))

    window.show_list()
    window.choose_language("en")
    assert _menu_titles(window) == english
    # Switching again and again piles nothing up: the old menus' actions are deleted.
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QAction

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    before = len(window.findChildren(QAction))
    for code in ("de", "es", "en"):
        window.choose_language(code)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(window.findChildren(QAction)) == before
    assert window.stack.currentWidget() is window.list_page
    window.close()


def test_the_settings_dialog_changes_the_language_of_this_computer(qtbot, demo_db, monkeypatch):
    from smpdesk.gui.settings.settings_dialog import SettingsDialog

    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    dialog = SettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's, until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.save()
    assert dialog.language_changed and i18n.chosen_language() == "de"


def test_a_catalogue_that_cannot_be_made_leaves_the_window_english(qapp, tmp_path, monkeypatch):
    """No lrelease result (an unusable cache folder, a wheel built without it): English,
    not an error at start and not half a language."""
    from smpdesk.gui import i18n_catalogs

    monkeypatch.setattr(i18n_catalogs, "_shipped", lambda code: tmp_path / "none.qm")
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert i18n.use_language("pl") == "en" and i18n.current_language() == "en"
    with i18n.speaking("de") as spoken:
        assert spoken == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text().replace("&", "") == "Cancel"


def test_a_failure_inside_client_mode_gives_the_window_back_in_its_language(qapp):
    with pytest.raises(RuntimeError), i18n.speaking("pl"):
        assert i18n.current_language() == "pl"
        raise RuntimeError("the form window failed")
    assert i18n.current_language() == "en"
