"""The core's fixed labels in the language the window speaks (issue 20).

The Qt-free core keeps its tables in English: role names, sex choices, session
types and areas, flag words, zone kinds, outline views, photo angles and consents,
payment kinds and methods, patch-test results, date styles, country names,
the client import's field names.  The
window shows them through :func:`core_label`, which translates them in the
``core`` context of Qt's catalogues (``resources/i18n/ts/core_<lang>.ts``).

Each tuple below repeats one core table's English word for word, wrapped in
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds it; ``tests/gui/test_core_labels.py``
checks every value of every table is here, so a new core label cannot be missed.
Only what is shown goes through :func:`core_label`: stored values and item data
stay the core's keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, current_language, translate

# smpdesk.domain.staff.ROLE_NAMES, word for word.
ROLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Owner"),
    QT_TRANSLATE_NOOP("core", "Practitioner"),
    QT_TRANSLATE_NOOP("core", "Reception"),
)

# smpdesk.domain.client_details.SEX_CHOICES, word for word.
SEXES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Not recorded"),
    QT_TRANSLATE_NOOP("core", "Female"),
    QT_TRANSLATE_NOOP("core", "Male"),
    QT_TRANSLATE_NOOP("core", "Intersex"),
    QT_TRANSLATE_NOOP("core", "Other"),
    QT_TRANSLATE_NOOP("core", "Prefers not to say"),
)

# smpdesk.domain.session_details.SESSION_TYPES, word for word.
SESSION_TYPES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "1st session"),
    QT_TRANSLATE_NOOP("core", "2nd session"),
    QT_TRANSLATE_NOOP("core", "3rd session"),
    QT_TRANSLATE_NOOP("core", "4th+ session"),
    QT_TRANSLATE_NOOP("core", "Touch-up"),
    QT_TRANSLATE_NOOP("core", "Scar camouflage"),
    QT_TRANSLATE_NOOP("core", "Correction"),
)

# smpdesk.domain.session_details.AREAS, word for word.
SESSION_AREAS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Hairline"),
    QT_TRANSLATE_NOOP("core", "Temples"),
    QT_TRANSLATE_NOOP("core", "Mid-scalp"),
    QT_TRANSLATE_NOOP("core", "Crown"),
    QT_TRANSLATE_NOOP("core", "Donor scar"),
    QT_TRANSLATE_NOOP("core", "Other scar"),
    QT_TRANSLATE_NOOP("core", "Full scalp"),
)

# smpdesk.domain.session_details.FIELD_LABELS, word for word.
SESSION_FIELDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Start"),
    QT_TRANSLATE_NOOP("core", "End"),
    QT_TRANSLATE_NOOP("core", "Practitioner"),
    QT_TRANSLATE_NOOP("core", "Areas"),
    QT_TRANSLATE_NOOP("core", "Pigment brand"),
    QT_TRANSLATE_NOOP("core", "Shade"),
    QT_TRANSLATE_NOOP("core", "Dilution"),
    QT_TRANSLATE_NOOP("core", "Pigment lot"),
    QT_TRANSLATE_NOOP("core", "Pigment expiry"),
    QT_TRANSLATE_NOOP("core", "Diluent"),
    QT_TRANSLATE_NOOP("core", "Diluent lot"),
    QT_TRANSLATE_NOOP("core", "Needle"),
    QT_TRANSLATE_NOOP("core", "Diameter (mm)"),
    QT_TRANSLATE_NOOP("core", "Cartridge lot"),
    QT_TRANSLATE_NOOP("core", "Machine"),
    QT_TRANSLATE_NOOP("core", "Machine settings"),
    QT_TRANSLATE_NOOP("core", "Numbing"),
    QT_TRANSLATE_NOOP("core", "Duration (min)"),
    QT_TRANSLATE_NOOP("core", "Skin reaction"),
    QT_TRANSLATE_NOOP("core", "Pain (0–10)"),
    QT_TRANSLATE_NOOP("core", "Complications"),
    QT_TRANSLATE_NOOP("core", "Notes"),
    QT_TRANSLATE_NOOP("core", "Next appointment"),
)

# smpdesk.questionnaire.spec.FLAG_WORDS, word for word.
FLAGS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Do not treat"),
    QT_TRANSLATE_NOOP("core", "Postpone"),
    QT_TRANSLATE_NOOP("core", "Needs medical clearance"),
)

# smpdesk.domain.designs.ZONE_KINDS, word for word.
ZONE_KINDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Hairline"),
    QT_TRANSLATE_NOOP("core", "Temples"),
    QT_TRANSLATE_NOOP("core", "Mid-scalp"),
    QT_TRANSLATE_NOOP("core", "Crown / vertex"),
    QT_TRANSLATE_NOOP("core", "Scar camouflage"),
    QT_TRANSLATE_NOOP("core", "Donor / transplant blend"),
)

# smpdesk.domain.designs.OUTLINE_VIEWS, word for word.
OUTLINE_VIEWS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Front"),
    QT_TRANSLATE_NOOP("core", "Top"),
    QT_TRANSLATE_NOOP("core", "Left side"),
    QT_TRANSLATE_NOOP("core", "Right side"),
    QT_TRANSLATE_NOOP("core", "Back"),
)

# smpdesk.domain.money.KINDS, word for word.
PAYMENT_KINDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Deposit"),
    QT_TRANSLATE_NOOP("core", "Consultation"),
    QT_TRANSLATE_NOOP("core", "Session"),
    QT_TRANSLATE_NOOP("core", "Package"),
    QT_TRANSLATE_NOOP("core", "Product"),
    QT_TRANSLATE_NOOP("core", "Other"),
)

# smpdesk.domain.money.METHODS, word for word.
PAYMENT_METHODS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Cash"),
    QT_TRANSLATE_NOOP("core", "Card"),
    QT_TRANSLATE_NOOP("core", "Bank transfer"),
    QT_TRANSLATE_NOOP("core", "Gift voucher"),
)

# smpdesk.app.photos.ANGLES, word for word.
PHOTO_ANGLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Front hairline"),
    QT_TRANSLATE_NOOP("core", "Left temple"),
    QT_TRANSLATE_NOOP("core", "Right temple"),
    QT_TRANSLATE_NOOP("core", "Top"),
    QT_TRANSLATE_NOOP("core", "Crown"),
    QT_TRANSLATE_NOOP("core", "Back / donor area"),
    QT_TRANSLATE_NOOP("core", "Close-up"),
    QT_TRANSLATE_NOOP("core", "Other"),
)

# smpdesk.app.photos.CONSENTS, word for word.
PHOTO_CONSENTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Clinical record only"),
    QT_TRANSLATE_NOOP("core", "Marketing allowed"),
)

# smpdesk.app.questionnaires.PHOTO_CONSENT_WORDS, word for word.
PHOTO_CONSENT_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Consent form: clinical record and marketing photos allowed."),
    QT_TRANSLATE_NOOP("core", "Consent form: photos for the clinical record only (no marketing)."),
    QT_TRANSLATE_NOOP(
        "core", "Consent form: the client declined clinical photos; import only with new consent."
    ),
    QT_TRANSLATE_NOOP("core", "No photo consent answered yet in a consent form."),
)

# smpdesk.domain.patch_tests.RESULT_WORDS, word for word.
PATCH_RESULTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Not read yet"),
    QT_TRANSLATE_NOOP("core", "Negative (no reaction)"),
    QT_TRANSLATE_NOOP("core", "Positive (reaction)"),
    QT_TRANSLATE_NOOP("core", "Inconclusive"),
)

# smpdesk.domain.patch_tests.FIELD_LABELS, word for word.
PATCH_FIELDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Date applied"),
    QT_TRANSLATE_NOOP("core", "Pigment"),
    QT_TRANSLATE_NOOP("core", "Lot"),
    QT_TRANSLATE_NOOP("core", "Area"),
    QT_TRANSLATE_NOOP("core", "Result"),
    QT_TRANSLATE_NOOP("core", "Read on"),
    QT_TRANSLATE_NOOP("core", "Read by"),
    QT_TRANSLATE_NOOP("core", "Notes"),
    QT_TRANSLATE_NOOP("core", "Reason for the new version"),
)

# smpdesk.domain.clinic_settings.DATE_STYLES, word for word.
DATE_STYLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Friday 4 December 2026"),
    QT_TRANSLATE_NOOP("core", "Friday, December 4, 2026"),
)

# smpdesk.domain.countries.COUNTRIES (names), word for word.
COUNTRIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Australia"),
    QT_TRANSLATE_NOOP("core", "Austria"),
    QT_TRANSLATE_NOOP("core", "Belgium"),
    QT_TRANSLATE_NOOP("core", "Brazil"),
    QT_TRANSLATE_NOOP("core", "Canada"),
    QT_TRANSLATE_NOOP("core", "Czechia"),
    QT_TRANSLATE_NOOP("core", "Denmark"),
    QT_TRANSLATE_NOOP("core", "Finland"),
    QT_TRANSLATE_NOOP("core", "France"),
    QT_TRANSLATE_NOOP("core", "Germany"),
    QT_TRANSLATE_NOOP("core", "Greece"),
    QT_TRANSLATE_NOOP("core", "Hungary"),
    QT_TRANSLATE_NOOP("core", "India"),
    QT_TRANSLATE_NOOP("core", "Ireland"),
    QT_TRANSLATE_NOOP("core", "Italy"),
    QT_TRANSLATE_NOOP("core", "Mexico"),
    QT_TRANSLATE_NOOP("core", "Netherlands"),
    QT_TRANSLATE_NOOP("core", "New Zealand"),
    QT_TRANSLATE_NOOP("core", "Norway"),
    QT_TRANSLATE_NOOP("core", "Poland"),
    QT_TRANSLATE_NOOP("core", "Portugal"),
    QT_TRANSLATE_NOOP("core", "Romania"),
    QT_TRANSLATE_NOOP("core", "Singapore"),
    QT_TRANSLATE_NOOP("core", "South Africa"),
    QT_TRANSLATE_NOOP("core", "Spain"),
    QT_TRANSLATE_NOOP("core", "Sweden"),
    QT_TRANSLATE_NOOP("core", "Switzerland"),
    QT_TRANSLATE_NOOP("core", "Türkiye"),
    QT_TRANSLATE_NOOP("core", "United Arab Emirates"),
    QT_TRANSLATE_NOOP("core", "United Kingdom"),
    QT_TRANSLATE_NOOP("core", "United States"),
)

# smpdesk.domain.client_import.IMPORT_FIELDS, word for word.
IMPORT_FIELDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Given name"),
    QT_TRANSLATE_NOOP("core", "Family name"),
    QT_TRANSLATE_NOOP("core", "Full name (split)"),
    QT_TRANSLATE_NOOP("core", "Preferred name"),
    QT_TRANSLATE_NOOP("core", "Date of birth"),
    QT_TRANSLATE_NOOP("core", "Sex"),
    QT_TRANSLATE_NOOP("core", "Phone"),
    QT_TRANSLATE_NOOP("core", "Email"),
    QT_TRANSLATE_NOOP("core", "Address"),
    QT_TRANSLATE_NOOP("core", "Notes"),
    QT_TRANSLATE_NOOP("core", "Language (papers in)"),
)

# Every label above: what core_label knows.
ALL: frozenset[str] = frozenset(
    label
    for table in (
        ROLES,
        SEXES,
        SESSION_TYPES,
        SESSION_AREAS,
        SESSION_FIELDS,
        FLAGS,
        ZONE_KINDS,
        OUTLINE_VIEWS,
        PAYMENT_KINDS,
        PAYMENT_METHODS,
        PHOTO_ANGLES,
        PHOTO_CONSENTS,
        PHOTO_CONSENT_WORDS,
        PATCH_RESULTS,
        PATCH_FIELDS,
        DATE_STYLES,
        COUNTRIES,
        IMPORT_FIELDS,
    )
    for label in table
)


def core_label(text: str) -> str:
    """``text`` (one of the core's English labels) in the window's language; unknown
    text (a newer app's word, a clinic's own) comes back unchanged."""
    return translate("core", text) if text else text


def in_sentence(label: str) -> str:
    """A translated label as a word inside a sentence: lower case, except in German,
    where nouns keep their capital."""
    return label if current_language() == "de" else label.lower()


def core_word(text: str) -> str:
    """:func:`core_label` as a word inside a sentence ("signed in as owner")."""
    return in_sentence(core_label(text))


def count_levels(levels: Iterable[str], words: dict[str, str], order: Iterable[str]) -> str:
    """The core's ``count_levels`` ("1 do not treat, 2 postpone") in the window's language:
    ``words`` and ``order`` are the core's FLAG_WORDS and FLAG_LEVELS."""
    counts = Counter(levels)
    ordered = [*order]
    ordered += sorted(set(counts) - set(ordered))
    return ", ".join(
        f"{counts[level]} {core_word(words.get(level, level))}"
        for level in ordered
        if counts[level]
    )


__all__ = ["ALL", "core_label", "core_word", "count_levels", "in_sentence"]
