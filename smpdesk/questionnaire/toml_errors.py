"""TOML syntax errors in words a clinic owner can act on.

``tomllib`` speaks parser ("Invalid initial character for a key part"); the
person editing a form wants to know what to type instead. Each message is
matched by its fixed start, so a Python release that rewords one only falls
back to the raw text, never to a wrong hint.
"""

from __future__ import annotations

import re
import tomllib

_WHERE = re.compile(r"\s*\((?:at line (\d+), column \d+|at end of document)\)")
_BOOL_WORD = re.compile(r"=\s*(true|false|yes|no|on|off)\s*(?:#.*)?$", re.IGNORECASE)
_UNCLOSED_TEXT = "a text is not closed: end it with the same quote mark(s) it starts with"
_BACKSLASH = r"a backslash in a text must be written \\ (or put the text in single quotes)"
_DUPLICATE = "a setting is written twice here; keep only one of them"
_CLASH = "this section clashes with a setting of the same name written earlier"

# (start of tomllib's message, our sentence); the first match wins.
_PLAIN: tuple[tuple[str, str], ...] = (
    ("Cannot overwrite a value", _DUPLICATE),
    ("Duplicate inline table key", _DUPLICATE),
    ("Escaped character", _BACKSLASH),
    ("Invalid hex value", _BACKSLASH),
    ("Unescaped '\\'", _BACKSLASH),
    (
        "Expected '=' after a key",
        'expected "=" after the name of a setting, as in: required = true',
    ),
    ("Expected ']]'", "a [[...]] header must end with ]]"),
    ("Expected ']'", "a [...] header must end with ]"),
    (
        "Expected newline or end of document",
        'there is more on this line after the value: write a double quote inside text as \\" '
        "(or put the text in single quotes), and start a comment with #",
    ),
    ("Invalid date", "a date must be written as YYYY-MM-DD"),
    (
        "Invalid initial character for a key part",
        'expected the name of a setting here, as in: text = "..."; an inline table { ... } '
        "must stay on one line with no comma after its last item",
    ),
    ("Invalid statement", "this line is not a setting, a [section] header or a # comment"),
    ("Unclosed array", "a list opened with [ is not closed with ]"),
    ("Unclosed inline table", "an inline table { ... } is not closed; keep it on one line"),
    ("Unterminated string", _UNCLOSED_TEXT),
    ("Illegal character '\\n'", _UNCLOSED_TEXT),
    ("Cannot mutate immutable namespace", _CLASH),
    ("Cannot redefine namespace", _CLASH),
    ("Found invalid character", "this line has a character that is not allowed here"),
    ("Illegal character", "this line has a character that is not allowed here"),
)
# Lines that can open something that runs on: multi-line text, a list, an
# inline table. At most this many of them are tried, from the end, each try
# parsing the text before it; past that the last line is named.
_OPENER = re.compile(r'"""|\'\'\'|=\s*[\[{]')
_MAX_TRIES = 40


def explain(source: str, message: str) -> tuple[int, str]:
    """The line to look at and what to do about it."""
    where = _WHERE.search(message)
    text = (message[: where.start()] + message[where.end() :]).strip() if where else message
    at_end = bool(where and not where.group(1))
    if where and where.group(1):
        line = int(where.group(1))
    elif at_end:
        line = _opening_line(source)  # an unclosed text or list runs to the end
    else:
        line = 1
    return line, _sentence(text, _line_text(source, line), at_end=at_end)


def _sentence(text: str, line_text: str, *, at_end: bool = False) -> str:
    if text.startswith("Invalid value"):
        if at_end:
            return "a list opened with [ is not closed with ]"
        word = _BOOL_WORD.search(line_text)
        if word:
            return f'write true or false in lower case, not "{word.group(1)}"'
        return (
            'the value after "=" is not valid: put text in "double quotes", write numbers '
            "as digits and true/false in lower case"
        )
    if text.startswith("Cannot declare"):
        return (
            "this section is declared twice; pages and questions are written with double "
            "brackets: [[pages]] and [[pages.questions]]"
        )
    for start, sentence in _PLAIN:
        if text.startswith(start):
            return sentence
    return f"not valid TOML: {text}"


def _line_text(source: str, line: int) -> str:
    # TOML lines end at "\n" only; str.splitlines() would also split at
    # U+2028 and friends pasted into a text, and drift from tomllib's count.
    lines = source.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _opening_line(source: str) -> int:
    """Where the construct left open at the end of the file starts.

    Every prefix that holds the unclosed opening fails too, so it is the
    last opener whose preceding text still parses. Only lines that can open
    something are tried, so a long form costs a few parses, not one per line.
    """
    lines = source.split("\n")
    openers = [n for n, line in enumerate(lines) if _OPENER.search(line)]
    for index in reversed(openers[-_MAX_TRIES:]):
        try:
            tomllib.loads("\n".join(lines[:index]))
        except tomllib.TOMLDecodeError:
            continue
        return index + 1
    return len(lines)
