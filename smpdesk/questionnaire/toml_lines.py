"""Line numbers for the keys of a TOML document, which :mod:`tomllib` throws away.

Form authors fix problems by line, so the loader needs ``file:line`` for any
path into the parsed data.  This is a forgiving scanner rather than a second
parser: it runs only on text tomllib already accepted, so it tracks just
enough structure (table headers, arrays of tables, inline arrays and tables,
and strings and comments to step over) to name paths the way tomllib's result
does.  On anything else it still returns *something* and never raises, because
a line number must never be the reason a form cannot be checked.

It is iterative (an explicit stack, no recursion) so deeply nested input
cannot hit the recursion limit, and every step consumes input or closes a
container, so it runs in linear time.  Paths stop being recorded below
``_MAX_DEPTH`` levels: each path is a tuple as long as its depth, so recording
arbitrarily deep ones would make the result quadratic in size.  Forms are a
handful of levels deep; deeper places get their nearest recorded ancestor's
line from :func:`line_for`.

It also accepts TOML 1.1's newlines and comments inside inline tables, which
the forms README uses for long choices, even though tomllib in Python 3.11
rejects them: lines are still right if that syntax ever gets through.
"""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_MAX_DEPTH = 64

_BLANK = re.compile(r"[ \t]*")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
# The string patterns always match, so an unterminated string in garbage just
# ends where its line (or the text) does instead of failing.
_BASIC = re.compile(r'"((?:[^"\\\n]+|\\[^\n])*)"?')
_LITERAL = re.compile(r"'([^'\n]*)'?")
# A closing delimiter may carry up to two extra quotes that belong to the
# content, hence {3,5}; a quote followed by two more starts the delimiter.
_ML_BASIC = re.compile(r'"""(?:[^"\\]+|\\[\s\S]|"(?!""))*(?:"{3,5})?')
_ML_LITERAL = re.compile(r"'''(?:[^']+|'(?!''))*(?:'{3,5})?")
# Numbers, booleans, dates (which may hold a space) and, in garbage, anything
# up to the next character that could start or end structure.
_SCALAR = re.compile(r"[^,\[\]{}#\n\"'=]+")
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2})|([\s\S]))")
_SIMPLE_ESCAPES = {
    "b": "\b",
    "t": "\t",
    "n": "\n",
    "f": "\f",
    "r": "\r",
    "e": "\x1b",
    '"': '"',
    "\\": "\\",
}


def key_lines(text: str) -> dict[Path, int]:
    """1-based line numbers of every key, table and array element in a TOML document."""
    return _Scanner(text).run()


def line_for(lines: dict[Path, int], path: Path) -> int:
    """The line of `path`, or of its nearest ancestor that has one, or 1."""
    for end in range(len(path), 0, -1):
        line = lines.get(path[:end])
        if line is not None:
            return line
    return 1


def _unescape_char(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2) or match.group(3)
    if code is not None:
        number = int(code, 16)
        # Out of range only in garbage; keep the text rather than fail.
        return chr(number) if number <= 0x10FFFF else match.group(0)
    return _SIMPLE_ESCAPES.get(match.group(4), match.group(0))


class _Container:
    """An open inline array or inline table, waiting for its next element or key."""

    __slots__ = ("count", "is_array", "path")

    def __init__(self, path: Path | None, is_array: bool) -> None:
        self.path = path
        self.is_array = is_array
        self.count = 0


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.end = len(text)
        self.pos = 0
        self.lines: dict[Path, int] = {}
        # Tables that exist only because a longer header or dotted key named
        # them; a later explicit ``[a]`` moves their line to where it is.
        self.implied: set[Path] = set()
        # Array-of-tables path (with parents' indices) -> elements so far, so
        # ``[[pages.questions]]`` lands in the latest page.
        self.array_tables: dict[Path, int] = {}
        self.table: Path | None = ()  # None: too deep to record
        self.stack: list[_Container] = []
        self._line_pos = 0
        self._line_no = 1

    def run(self) -> dict[Path, int]:
        while self.pos < self.end:
            if not self.stack:
                self.document_step()
            elif self.stack[-1].is_array:
                self.array_step(self.stack[-1])
            else:
                self.inline_table_step(self.stack[-1])
        return self.lines

    # -- bookkeeping -----------------------------------------------------

    def line_at(self, pos: int) -> int:
        # Positions asked for only move forward, so counting from the last one
        # keeps the whole scan linear.
        if pos >= self._line_pos:
            self._line_no += self.text.count("\n", self._line_pos, pos)
        else:
            self._line_no -= self.text.count("\n", pos, self._line_pos)
        self._line_pos = pos
        return self._line_no

    def define(self, path: Path, line: int) -> None:
        # The first definition wins: a duplicate only happens in text tomllib
        # rejected, and the first is where a reader would look.
        if path not in self.lines or path in self.implied:
            self.lines[path] = line
            self.implied.discard(path)

    def imply(self, path: Path, line: int) -> None:
        if path not in self.lines:
            self.lines[path] = line
            self.implied.add(path)

    def assign(self, base: Path | None, keys: list[str], line: int) -> Path | None:
        if base is None:
            return None
        room = _MAX_DEPTH - len(base)
        for end in range(1, min(len(keys), room + 1)):
            self.imply((*base, *keys[:end]), line)
        if len(keys) > room:
            return None
        path = (*base, *keys)
        self.define(path, line)
        return path

    # -- lexing ----------------------------------------------------------

    def skip_blank(self) -> None:
        match = _BLANK.match(self.text, self.pos)
        if match is not None:
            self.pos = match.end()

    def skip_space(self) -> None:
        """Blanks, newlines and comments: everything between array elements."""
        text = self.text
        while True:
            self.skip_blank()
            if self.pos >= self.end:
                return
            char = text[self.pos]
            if char in "\r\n":
                self.pos += 1
            elif char == "#":
                self.skip_line()
            else:
                return

    def skip_line(self) -> None:
        newline = self.text.find("\n", self.pos)
        self.pos = self.end if newline < 0 else newline

    def simple_key(self) -> str | None:
        text, pos = self.text, self.pos
        if text.startswith('"', pos):
            match = _BASIC.match(text, pos)
            if match is not None:
                self.pos = match.end()
                return _ESCAPE.sub(_unescape_char, match.group(1))
        elif text.startswith("'", pos):
            match = _LITERAL.match(text, pos)
            if match is not None:
                self.pos = match.end()
                return match.group(1)
        else:
            match = _BARE_KEY.match(text, pos)
            if match is not None:
                self.pos = match.end()
                return match.group(0)
        return None

    def dotted_key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip_blank()
            part = self.simple_key()
            if part is None:
                return parts
            parts.append(part)
            self.skip_blank()
            if not self.text.startswith(".", self.pos):
                return parts
            self.pos += 1

    def value(self, path: Path | None) -> bool:
        """Step over a value; True if it opened an array or inline table to scan next."""
        text, pos = self.text, self.pos
        if pos >= self.end:
            return False
        char = text[pos]
        if char in "[{":
            self.pos += 1
            self.stack.append(_Container(path, char == "["))
            return True
        if text.startswith('"""', pos):
            pattern = _ML_BASIC
        elif text.startswith("'''", pos):
            pattern = _ML_LITERAL
        elif char == '"':
            pattern = _BASIC
        elif char == "'":
            pattern = _LITERAL
        else:
            pattern = _SCALAR
        match = pattern.match(text, pos)
        if match is not None:
            self.pos = match.end()
        return False

    def close(self) -> None:
        self.pos += 1
        self.stack.pop()
        if not self.stack:
            # The end of a top-level value: only a comment may follow.
            self.skip_line()

    # -- structure -------------------------------------------------------

    def document_step(self) -> None:
        self.skip_space()
        if self.pos >= self.end:
            return
        if self.text[self.pos] == "[":
            self.header()
            return
        line = self.line_at(self.pos)
        keys = self.dotted_key()
        self.skip_blank()
        if keys and self.text.startswith("=", self.pos):
            self.pos += 1
            self.skip_blank()
            if self.value(self.assign(self.table, keys, line)):
                return
        self.skip_line()

    def header(self) -> None:
        line = self.line_at(self.pos)
        is_array = self.text.startswith("[[", self.pos)
        self.pos += 2 if is_array else 1
        keys = self.dotted_key()
        self.skip_line()
        if not keys:
            return
        self.table = None
        path: Path = ()
        for key in keys[:-1]:
            path = (*path, key)
            count = self.array_tables.get(path)
            if count is None:
                self.imply(path, line)
            else:
                path = (*path, count - 1)
            if len(path) >= _MAX_DEPTH:
                return
        path = (*path, keys[-1])
        if is_array:
            self.define(path, line)
            count = self.array_tables.get(path, 0)
            self.array_tables[path] = count + 1
            path = (*path, count)
        self.define(path, line)
        self.table = path

    def array_step(self, array: _Container) -> None:
        self.skip_space()
        if self.pos >= self.end:
            return
        char = self.text[self.pos]
        if char == "]":
            self.close()
        elif char in ",}=":
            self.pos += 1
        else:
            path = None
            if array.path is not None and len(array.path) < _MAX_DEPTH:
                path = (*array.path, array.count)
                self.define(path, self.line_at(self.pos))
            array.count += 1
            start = self.pos
            if not self.value(path) and self.pos == start:
                self.pos += 1  # something that is no value at all: garbage

    def inline_table_step(self, table: _Container) -> None:
        self.skip_space()
        if self.pos >= self.end:
            return
        char = self.text[self.pos]
        if char == "}":
            self.close()
            return
        start = self.pos
        line = self.line_at(start)
        keys = self.dotted_key()
        self.skip_blank()
        if keys and self.text.startswith("=", self.pos):
            self.pos += 1
            self.skip_blank()
            self.value(self.assign(table.path, keys, line))
        elif self.pos == start:
            self.pos += 1  # a comma, or garbage
