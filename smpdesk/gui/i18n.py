"""The interface's language (issue 20): Qt's own translation system.

Every user-visible string in ``smpdesk/gui`` goes through Qt: ``self.tr("…")`` in
a QObject subclass, ``translate("Context", "…")`` elsewhere, and
``QT_TRANSLATE_NOOP("Context", "…")`` for texts defined before the translator is
installed (module or class constants), translated where they are shown.
``pyside6-lupdate`` extracts them to ``resources/i18n/ts/<area>_<lang>.ts``
(``python -m smpdesk.gui.i18n_catalogs update``); ``pyside6-lrelease`` compiles
them when the wheel or the bundle is built (``hatch_build.py``,
``packaging/build.py``).  Run from a checkout, they are compiled on first use
into the user's cache folder, so nothing compiled is committed.

The language is the practitioner's, kept per computer account in
``interface.ini`` (never anything about a client); empty means the system's.
Client mode speaks the client's language for as long as it is open
(:func:`speaking`), then the practitioner's again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from smpdesk import errors
from smpdesk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from smpdesk.errors import QT_TRANSLATE_NOOP  # typed, Qt-free; the name lupdate knows

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTranslator

# The one spelling of Qt's translate outside QObject subclasses; lupdate knows it.
translate = QCoreApplication.translate


log = logging.getLogger(__name__)

_SETTING = "interface/language"
_installed: list[object] = []  # the QTranslators in use (kept alive: Qt does not own them)
_current = DEFAULT_LANGUAGE


def _settings() -> QSettings:
    from PySide6.QtCore import QSettings, QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return QSettings(str(Path(folder) / "interface.ini"), QSettings.Format.IniFormat)


def chosen_language() -> str:
    """The language chosen in Settings: a code from LANGUAGES, or "" for the system's."""
    value = _settings().value(_SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def choose_language(code: str) -> None:
    """Remember ``code`` ("" = the system's) for this computer account."""
    settings = _settings()
    settings.setValue(_SETTING, code if code in LANGUAGES else "")
    settings.sync()


def system_language() -> str:
    """The system's language when smpdesk speaks it, else English."""
    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


LANGUAGE_ENV = "SMPDESK_LANGUAGE"


def interface_language() -> str:
    """The language the interface should speak: ``SMPDESK_LANGUAGE`` when set to one
    smpdesk speaks (a shared laptop's launcher, screenshots, tests), else the one chosen
    in Settings, else the system's."""
    import os

    forced = os.environ.get(LANGUAGE_ENV, "")
    if forced in LANGUAGES:
        return forced
    return chosen_language() or system_language()


def current_language() -> str:
    """The language the interface speaks right now (client mode's while it is open)."""
    return _current


def use_language(code: str) -> str:
    """Speak ``code`` from now on: Qt's own dialogs (qtbase_*.qm) and smpdesk's words.

    Qt sends every widget a LanguageChange event.  A language whose catalogue cannot
    be found or compiled (no lrelease, an unusable cache folder) is not spoken at all:
    English instead, logged, never an error in front of anyone.  Returns the language
    now in use.
    """
    global _current
    code = code if code in LANGUAGES else DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    translators = _translators(code) if code != DEFAULT_LANGUAGE and app is not None else []
    if code != DEFAULT_LANGUAGE and not translators:
        code = DEFAULT_LANGUAGE
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)  # type: ignore[arg-type]
    _installed.clear()
    for translator in translators:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    _current = code
    # The core's sentences (smpdesk.errors.UserError) in the window's language too.
    errors.speak_with(None if code == DEFAULT_LANGUAGE else _core_sentence)
    return code


def _core_sentence(english: str) -> str:
    return translate("core", english)


def _translators(code: str) -> list[QTranslator]:
    """smpdesk's catalogue for ``code`` and Qt's own, or [] when smpdesk's is missing
    (half a language, Qt's buttons in Polish around English words, helps nobody)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from smpdesk.gui.i18n_catalogs import catalogue

    try:
        path = catalogue(code)
    except (OSError, ValueError):
        path = None
    ours = QTranslator()
    if path is None or not ours.load(str(path)):
        log.warning("The %s interface catalogue is not available; words stay English.", code)
        return []
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [ours, qt_own] if qt_own.load(f"qtbase_{code}", qt_folder) else [ours]


@contextmanager
def speaking(code: str) -> Iterator[str]:
    """Speak ``code`` inside the block (client mode), then the language spoken before,
    whatever happens inside."""
    before = _current
    try:
        yield use_language(code) if code and code != before else before
    finally:
        if _current != before:
            use_language(before)


__all__ = [
    "LANGUAGE_ENV",
    "QT_TRANSLATE_NOOP",
    "choose_language",
    "chosen_language",
    "current_language",
    "interface_language",
    "speaking",
    "system_language",
    "translate",
    "use_language",
]
