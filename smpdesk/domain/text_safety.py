"""Keep typed text free of characters that act instead of showing.

A name or a lot number is printed by the CLI, listed in the GUI and written
into PDFs.  Some characters are not text at all there: terminal escape
sequences (``ESC [2J`` clears a receptionist's screen, ``ESC ]0;...BEL``
retitles the window), bidi overrides that make ``Bob`` read backwards or
reorder a whole line of ``smpdesk lots`` output, and zero-width characters
that make an apparently blank name, or two names that look the same but do not
match in a search.  These are removed when a record is saved; older stored
values go through :func:`terminal_safe` before the CLI prints them.

Nothing here normalises (NFC/NFD) or touches letters and combining marks: a
name typed in any script, decomposed or not, is stored exactly as typed.

ZERO WIDTH JOINER and NON-JOINER are the judgement call.  Inside a word they
are ordinary spelling (Persian ``می‌خواهم``, Devanagari half forms, Sinhala
conjuncts, emoji sequences), so they are kept when they sit between two
visible characters, and removed at the start or end of a word or field, where
they can only hide something.  A field with no visible character at all is
treated as empty, so the usual "Enter the client's given name." applies.
"""

from __future__ import annotations

import re
import unicodedata

PLACEHOLDER = "\ufffd"

ZWNJ = "\u200c"
ZWJ = "\u200d"
_JOINERS = frozenset(ZWNJ + ZWJ)

# Explicit bidi embeddings/overrides/isolates and the implicit marks.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # LRE RLE PDF LRO RLO
    "\u2066\u2067\u2068\u2069"  # LRI RLI FSI PDI
    "\u200e\u200f\u061c"  # LRM RLM ALM
)

# Format characters that are drawn (Arabic/Syriac number signs and the like):
# they are part of the text they precede, not invisible.
_VISIBLE_FORMAT = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891")
_VISIBLE_FORMAT |= frozenset("\u08e2\U000110bd\U000110cd")

# Letters that draw nothing: a name made only of these is blank.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")

# ECMA-48 escape sequences, removed whole so "\x1b[2JBob" saves as "Bob", not
# "[2JBob".  String commands (OSC, DCS, SOS, PM, APC) run to BEL or ST; an
# unterminated one loses only its introducer, never the text after it.
_ESCAPES = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]"
)
# Characters that break a line (or tab across one): a space in a one-line field.
_LINE_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")


def _is_format(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf" and ch not in _VISIBLE_FORMAT


def _is_solid(ch: str) -> bool:
    """Part of a written word: a letter, mark, digit, punctuation or symbol.

    Unencodable surrogates and private-use or unassigned code points count too:
    they are shown (as a box) and the caller's "cannot be saved" check must
    still see them.
    """
    category = unicodedata.category(ch)
    return category[0] in "LMNPS" or category in ("Cs", "Co", "Cn") or ch in _VISIBLE_FORMAT


def _has_visible(text: str) -> bool:
    """Something is drawn: a combining mark or a filler letter alone is not enough."""
    return any(
        _is_solid(ch) and unicodedata.category(ch)[0] != "M" and ch not in _BLANK_LETTERS
        for ch in text
    )


def _joiner_kept(text: str, index: int) -> bool:
    """A ZWJ/ZWNJ is spelling only between two characters of a word."""
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    return bool(before and after) and _is_solid(before) and _is_solid(after)


def _drop_stray_joiners(text: str) -> str:
    return "".join(ch for i, ch in enumerate(text) if ch not in _JOINERS or _joiner_kept(text, i))


def clean_line(text: str) -> str:
    """A one-line field (name, phone, email, lot) as it should be stored.

    Escape sequences go whole; tabs and line breaks become a space; every other
    control, bidi and invisible format character goes, except a ZWJ/ZWNJ
    inside a word.  Surrounding whitespace is trimmed, and a value with nothing
    visible left becomes "".
    """
    if text.isascii() and text.isprintable():
        # Printable ASCII has no control, escape, line break, format character or
        # joiner: only trimming applies (the usual case; an import cleans 100,000 cells).
        return text.strip()
    return _clean_line_fully(text)


def _clean_line_fully(text: str) -> str:
    text = _ESCAPES.sub("", text)
    text = _LINE_BREAKS.sub(" ", text)
    text = "".join(
        ch
        for ch in text
        if unicodedata.category(ch) != "Cc" and (ch in _JOINERS or not _is_format(ch))
    )
    text = _drop_stray_joiners(text).strip()
    return text if _has_visible(text) else ""


def clean_multiline(text: str) -> str:
    """A multi-line field (address, notes) as it should be stored.

    Lines and tabs are kept (``\\r\\n`` and lone ``\\r`` become ``\\n``);
    escape sequences, other controls and bidi controls go.  Zero-width
    characters are left alone here: a note is not matched or listed the way a
    name is, and may quote text that needs them.
    """
    if text.isascii() and text.replace("\n", "").replace("\t", "").isprintable():
        return text.strip()  # nothing to remove (see clean_line)
    return _clean_multiline_fully(text)


def _clean_multiline_fully(text: str) -> str:
    text = _ESCAPES.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    text = "".join(
        ch
        for ch in text
        if ch in "\n\t" or (unicodedata.category(ch) != "Cc" and ch not in BIDI_CONTROLS)
    )
    text = text.strip()
    return text if _has_visible(text) else ""


def terminal_safe(text: str, *, multiline: bool = False) -> str:
    """``text`` with every acting character shown as ``PLACEHOLDER``.

    For printing values that an older version stored uncleaned: controls
    (including ESC, so no escape sequence can run), bidi controls, other
    format characters, line separators and lone surrogates are each replaced by
    one visible mark, so the reader sees that something odd is there.  A
    ZWJ/ZWNJ inside a word is kept, as in :func:`clean_line`.  With
    ``multiline``, ``\\n`` and ``\\t`` are kept.
    """
    out = []
    for i, ch in enumerate(text):
        category = unicodedata.category(ch)
        if multiline and ch in "\n\t":
            out.append(ch)
        elif ch in _JOINERS:
            out.append(ch if _joiner_kept(text, i) else PLACEHOLDER)
        elif category in ("Cc", "Cs", "Zl", "Zp") or (category == "Cf" and _is_format(ch)):
            out.append(PLACEHOLDER)
        else:
            out.append(ch)
    return "".join(out)
