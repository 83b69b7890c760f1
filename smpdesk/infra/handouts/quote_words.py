"""The quote's own words, dates and counts in the client's language (issue 20).

The words live in ``resources/i18n/quote-words.toml`` ([en], [es], [de], [pl]),
read with the aftercare sheet's machinery
(:func:`~smpdesk.infra.handouts.aftercare_sheet.sheet_words`), so a key a
language lacks prints in English and :func:`quote_words_problems` names it with
file:line.  English dates are written exactly as the quote always wrote them
(the clinic's UK/US style); other languages' dates and numbers come from CLDR
through Babel.  Money is not formatted here: amounts keep the clinic's own
currency formatting (:func:`smpdesk.domain.money.format_money`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from smpdesk.domain.languages import DEFAULT_LANGUAGE
from smpdesk.infra.handouts.aftercare_sheet import SheetWords, sheet_words, sheet_words_problems

__all__ = [
    "QuoteWords",
    "counted",
    "quote_date",
    "quote_decimal",
    "quote_medium_date",
    "quote_words",
    "quote_words_path",
    "quote_words_problems",
]

QuoteWords = SheetWords


def quote_words_path() -> Path:
    from smpdesk.paths import resources_dir

    return resources_dir() / "i18n" / "quote-words.toml"


def quote_words(
    language: str = DEFAULT_LANGUAGE, *, locale: str = "", date_style: str = "uk"
) -> SheetWords:
    """The quote's words in ``language`` ("" or unknown: English).

    ``locale`` is the clinic's own: dates use it when it is a variant of
    ``language`` (a Spanish clinic's es_ES), else the language's main locale.
    """
    return sheet_words(language, locale=locale, date_style=date_style, path=quote_words_path())


def quote_words_problems() -> list[str]:
    """``file:line: what is wrong`` for each language whose quote words differ in shape
    from English (a missing or extra key, different placeholders); [] when all match."""
    return sheet_words_problems(quote_words_path())


def quote_date(day: date, words: SheetWords) -> str:
    """A date on the quote, without the weekday: "4 December 2026" (US "December 4,
    2026") in English as before; "4 grudnia 2026", "4. Dezember 2026" from CLDR."""
    if words.language == DEFAULT_LANGUAGE:
        from smpdesk.domain.dates import format_long_date

        long = format_long_date(day, words.date_style)
        return long.split(", ", 1)[1] if words.date_style == "us" else long.split(" ", 1)[1]
    from babel.dates import format_date

    return str(format_date(day, "long", locale=words.locale))


def quote_medium_date(day: date, words: SheetWords) -> str:
    """A short date in a sentence ("3 Nov 2026"; "3 lis 2026", "03.11.2026")."""
    if words.language == DEFAULT_LANGUAGE:
        from smpdesk.domain.dates import format_medium_date

        return format_medium_date(day)
    from babel.dates import format_date

    return str(format_date(day, "medium", locale=words.locale))


def counted(words: SheetWords, stem: str, count: int, *, grouped: bool = False) -> str:
    """``{count} sessions`` in the language's plural form: the key ``stem_one``,
    ``_few``, ``_many`` or ``_other`` by CLDR's rules (English: one or other);
    ``grouped``: thousands separated ("1,234 dots")."""
    if words.language == DEFAULT_LANGUAGE:
        form = "one" if count == 1 else "other"
    else:
        from babel.core import Locale

        form = str(Locale.parse(words.locale).plural_form(count))
    key = f"{stem}_{form}"
    if key not in words.words:
        key = f"{stem}_other"
    return words.say(key, count=quote_decimal(words, count, grouped=grouped))


def quote_decimal(words: SheetWords, value: float, digits: int = 0, *, grouped: bool = True) -> str:
    """A number as the language writes it: English as Python's ``f"{value:,.{digits}f}"``
    (``grouped=False``: without the comma); others from CLDR ("1 234,5", "1.234,5")."""
    if words.language == DEFAULT_LANGUAGE:
        return f"{value:,.{digits}f}" if grouped else f"{value:.{digits}f}"
    from babel.numbers import format_decimal

    pattern = ("#,##0" if grouped else "0") + ("." + "0" * digits if digits else "")
    return str(format_decimal(value, format=pattern, locale=words.locale))
