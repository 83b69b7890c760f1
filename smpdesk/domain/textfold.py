"""Fold text for searching and sorting so "Lukasz" finds "Łukasz".

SQLite's ``unicode61 remove_diacritics 2`` handles combining accents (é, ễ)
but not letters that are distinct code points without a decomposition
(Ł, Ø, Đ, ß, Æ).  We fold in Python, store the folded text, and fold the
query the same way, so both sides always agree.
"""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "ħ": "h",
        "Ħ": "h",
        "ı": "i",
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ŋ": "ng",
        "Ŋ": "ng",
    }
)

_WORD = re.compile(r"\w+")
_NON_DIGIT = re.compile(r"\D")
_PHONE_CHARS = re.compile(r"^[\d\s+\-().]+$")


def fold(text: str | None) -> str:
    """Lower-case, accent-free form of ``text`` for matching and sorting."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()  # no marks, forms or special letters to fold (a test checks)
    # Compatibility forms (𝑨, ｆ) and case folding can each expose the other,
    # so decompose, fold case, and decompose again.
    text = _strip_marks(text.translate(_SPECIAL)).casefold()
    return _strip_marks(text).translate(_SPECIAL)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str | None) -> list[str]:
    """Folded word tokens; punctuation and FTS operators fall away here."""
    return _WORD.findall(fold(text))


def digits(text: str | None) -> str:
    return _NON_DIGIT.sub("", text or "")


def looks_like_phone(text: str) -> bool:
    """True for input such as "07700 900 12" or "+44 (0)77" with 3+ digits."""
    return bool(_PHONE_CHARS.match(text)) and len(digits(text)) >= 3
