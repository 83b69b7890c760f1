"""The languages a client's own papers can be written in (issue 20).

A client's preferred language is an ISO 639-1 code; "" means the clinic's own
(English until the interface itself is translated).  Each language here has its
care plan (``resources/aftercare/care-plan.<code>.toml``, English is
``care-plan.toml``) and the aftercare sheet's own words; dates and numbers come from
CLDR through Babel in that language, never from hand-made month tables.

Translations marked for review in the README were written with care from the
glossary (``resources/i18n/glossary.md``) but have not yet been read by a native
clinician; a clinic should have them checked before clinical use.
"""

from __future__ import annotations

from smpdesk.errors import QT_TRANSLATE_NOOP

DEFAULT_LANGUAGE = "en"

# Code -> the language's own name, as a client would look for it in a list.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "pl": "Polski",
}

# The CLDR locale for dates in each language when the clinic's own locale is not one
# of that language's (a Spanish-speaking client of a UK clinic: Spain's Spanish).
_LOCALE_OF: dict[str, str] = {"en": "en_GB", "es": "es_ES", "de": "de_DE", "pl": "pl_PL"}


# Said by language_problem; a UserError raised with it takes ``listed=languages_listed()``.
LANGUAGE_CHOICE = QT_TRANSLATE_NOOP(
    "core", "Choose one of the languages smpdesk writes papers in: {listed}."
)


def language_problem(code: str) -> str:
    """ "" if ``code`` is a language smpdesk writes papers in (or "" for the clinic's
    own), else one sentence saying which are."""
    if code == "" or code in LANGUAGES:
        return ""
    return LANGUAGE_CHOICE.format(listed=languages_listed())


def languages_listed() -> str:
    """The languages smpdesk writes papers in: "en (English), es (Español), ..."."""
    return ", ".join(f"{key} ({name})" for key, name in LANGUAGES.items())


def language_or_default(code: str | None) -> str:
    """The language to write in: ``code``, or English for "" / None / unknown."""
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def babel_locale(code: str, clinic_locale: str = "") -> str:
    """The CLDR locale for dates in language ``code``: the clinic's own locale when it
    is of that language (en_US keeps US English), else that language's main one."""
    language = language_or_default(code)
    if clinic_locale.split("_")[0] == language:
        return clinic_locale
    return _LOCALE_OF[language]


__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LANGUAGE_CHOICE",
    "babel_locale",
    "language_or_default",
    "language_problem",
    "languages_listed",
]
