"""Line numbers for TOML paths: the loader's ``file:line`` messages depend on them."""

from __future__ import annotations

import random
import re
import tomllib
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smpdesk.questionnaire.toml_lines import Path, key_lines, line_for

FORM = '''\
# Patch test form. [[pages]] in a comment is not a header; x = 1 is not a key
form = "patch_test"   # id = "not a key"
"title" = 'Patch test'
version = 2
meta.author = "Clinic"
meta . 'reviewed by' = "Dr. [x] = 1 # not a comment"

[[pages]]
title = "Before the test"
intro = """
[[pages]]
x = 1
"quoted" \\""" still inside, and a line-ending backslash: \\
  [not.a.table]
"""

[[pages.questions]]
id = "tested_before"
type = "yes_no"

[[pages.questions]]
id = "reaction"
type = "single_choice"
choices = [
  { value = "none", label = "No reaction" },  # [[pages.questions]]
  # { value = "commented", label = "out" },
  { value = "mild", label = "Mild [redness]", flag = "needs-clearance", message = "a = b" },
  """Plain ""quoted""""", \'\'\'it's \'\'quoted\'\'\'\'\',
  ['nested', "array"], [
    "late"]
]
help = \'\'\'it's fine
y = 2 \'\'\'

  [[pages.questions.flags]]
  when = "reaction == \\"mild\\""
  level = "postpone"
  message = "Wait."

[[pages]]
title = "Agreement"

[[pages.questions]]
id = "about"
text = """Ends with two quotes"""""
[pages.questions.extra]
"note" = 'x'

[[pages.questions]]
id = "signature"
'''

FORM_LINES: dict[Path, int] = {
    ("form",): 2,
    ("title",): 3,
    ("version",): 4,
    ("meta",): 5,
    ("meta", "author"): 5,
    ("meta", "reviewed by"): 6,
    ("pages",): 8,
    ("pages", 0): 8,
    ("pages", 0, "title"): 9,
    ("pages", 0, "intro"): 10,
    ("pages", 0, "questions"): 17,
    ("pages", 0, "questions", 0): 17,
    ("pages", 0, "questions", 0, "id"): 18,
    ("pages", 0, "questions", 0, "type"): 19,
    ("pages", 0, "questions", 1): 21,
    ("pages", 0, "questions", 1, "id"): 22,
    ("pages", 0, "questions", 1, "choices"): 24,
    ("pages", 0, "questions", 1, "choices", 0): 25,
    ("pages", 0, "questions", 1, "choices", 0, "label"): 25,
    ("pages", 0, "questions", 1, "choices", 1): 27,
    ("pages", 0, "questions", 1, "choices", 1, "flag"): 27,
    ("pages", 0, "questions", 1, "choices", 2): 28,
    ("pages", 0, "questions", 1, "choices", 3): 28,
    ("pages", 0, "questions", 1, "choices", 4): 29,
    ("pages", 0, "questions", 1, "choices", 4, 0): 29,
    ("pages", 0, "questions", 1, "choices", 4, 1): 29,
    ("pages", 0, "questions", 1, "choices", 5): 29,
    ("pages", 0, "questions", 1, "choices", 5, 0): 30,
    ("pages", 0, "questions", 1, "help"): 32,
    ("pages", 0, "questions", 1, "flags"): 35,
    ("pages", 0, "questions", 1, "flags", 0): 35,
    ("pages", 0, "questions", 1, "flags", 0, "when"): 36,
    ("pages", 0, "questions", 1, "flags", 0, "message"): 38,
    ("pages", 1): 40,
    ("pages", 1, "title"): 41,
    ("pages", 1, "questions"): 43,
    ("pages", 1, "questions", 0): 43,
    ("pages", 1, "questions", 0, "text"): 45,
    ("pages", 1, "questions", 0, "extra"): 46,
    ("pages", 1, "questions", 0, "extra", "note"): 47,
    ("pages", 1, "questions", 1): 49,
    ("pages", 1, "questions", 1, "id"): 50,
}


def walk(value: Any, path: Path = ()) -> list[Path]:
    """Every path into tomllib's result: each dict key and list index, recursively."""
    children: list[tuple[str | int, Any]] = []
    if isinstance(value, dict):
        children = list(value.items())
    elif isinstance(value, list):
        children = list(enumerate(value))
    found: list[Path] = []
    for key, child in children:
        found.append((*path, key))
        found.extend(walk(child, (*path, key)))
    return found


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_form_lines(newline: str) -> None:
    text = FORM.replace("\n", newline)
    lines = key_lines(text)
    assert {path: lines.get(path) for path in FORM_LINES} == FORM_LINES
    parsed = tomllib.loads(text)
    assert parsed["pages"][0]["intro"].startswith("[[pages]]\nx = 1\n")
    assert parsed["pages"][1]["questions"][0]["text"] == 'Ends with two quotes""'
    assert parsed["pages"][0]["questions"][1]["choices"][2:4] == [
        'Plain ""quoted""',
        "it's ''quoted''",
    ]
    # Nothing from inside strings or comments, and nothing tomllib does not have.
    assert set(lines) == set(walk(parsed))


def test_readme_style_multiline_inline_tables() -> None:
    # TOML 1.1 syntax, which the forms README uses and tomllib 3.11 rejects.
    text = """\
[[pages]]
[[pages.questions]]
id = "reaction"
choices = [
  { value = "none", label = "No reaction" },
  { value = "mild", label = "Mild",
    flag = "needs-clearance", message = "...",  # a comment
  },
  "Plain",
]
[[pages.questions]]
id = "next"
"""
    lines = key_lines(text)
    q = ("pages", 0, "questions", 0)
    assert lines[(*q, "choices")] == 4
    assert lines[(*q, "choices", 0)] == 5
    assert lines[(*q, "choices", 1)] == 6
    assert lines[(*q, "choices", 1, "label")] == 6
    assert lines[(*q, "choices", 1, "flag")] == 7
    assert lines[(*q, "choices", 1, "message")] == 7
    assert lines[(*q, "choices", 2)] == 9
    assert (*q, "choices", 3) not in lines
    assert lines[("pages", 0, "questions", 1, "id")] == 12


def test_tables_dotted_and_quoted_keys() -> None:
    text = """\
[a.b]
x = 1
[a]
"a\\u00e9 \\"q\\"" = 2
'' = 3
point = { x = 1, y.z = [1, { w = 2 }], "k k" = {} }
[[a.list]]
[a.list.sub]
deep.er.est = true
[[a.list]]
[[c.d]]
"""
    lines = key_lines(text)
    assert tomllib.loads(text)["a"]['aé "q"'] == 2
    assert lines[("a", "b")] == 1
    assert lines[("a",)] == 3  # an explicit [a] beats the [a.b] that implied it
    assert lines[("a", "b", "x")] == 2
    assert lines[("a", 'aé "q"')] == 4
    assert lines[("a", "")] == 5
    assert lines[("a", "point", "y")] == 6
    assert lines[("a", "point", "y", "z", 1, "w")] == 6
    assert lines[("a", "point", "k k")] == 6
    assert lines[("a", "list")] == 7
    assert lines[("a", "list", 0, "sub")] == 8
    assert lines[("a", "list", 0, "sub", "deep")] == 9
    assert lines[("a", "list", 0, "sub", "deep", "er", "est")] == 9
    assert lines[("a", "list", 1)] == 10
    assert lines[("c",)] == 11
    assert lines[("c", "d", 0)] == 11


def test_duplicate_key_keeps_first_line() -> None:
    # tomllib rejects this; a checker that reports it should point at the first.
    assert key_lines('id = "a"\nid = "b"\n') == {("id",): 1}


def test_line_for_falls_back_to_ancestors_then_1() -> None:
    lines = key_lines(FORM)
    question = ("pages", 0, "questions", 1)
    assert line_for(lines, (*question, "id")) == 22
    assert line_for(lines, (*question, "unit")) == 21  # a missing key: its table
    assert line_for(lines, (*question, "choices", 9, "flag")) == 24
    assert line_for(lines, ("pages", 7, "title")) == 8
    assert line_for(lines, ("nowhere", 3)) == 1
    assert line_for(lines, ()) == 1
    assert line_for({}, ("form",)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[" * 100_000,
        "a = " + "[" * 100_000,
        "a = " + "{a=" * 50_000,
        "[[" + "a." * 50_000,
        'a = """' + "\\" * 10_001,
        "a = '''" + "'" * 7,
        'a = """""""""',
        '"unterminated key\n= 1',
        "a = [1, 2\n[b]\nc = {",
        "]]]}}}===,,,\n\r\r\n\\",
        "a.=1\n.b=2\n[.]\n[[]]\n[a.]\nx=\n=y",
        '"\\U99999999" = 1\n"\\uZZ" = 2\n"\\' + '"',
    ],
    ids=lambda text: repr(text[:20]),
)
def test_malformed_input_never_raises(text: str) -> None:
    lines = key_lines(text)
    assert all(1 <= line <= text.count("\n") + 1 for line in lines.values())


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    key_lines(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="[]{}\"'=#.,\n\r\t \\abu0"))
def test_toml_punctuation_never_raises(text: str) -> None:
    lines = key_lines(text)
    assert all(1 <= line <= text.count("\n") + 1 for line in lines.values())


# -- random documents --------------------------------------------------------

_BARE = re.compile(r"[A-Za-z0-9_-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b"}
# Text that would confuse a scanner that did not step over strings and comments.
_TRAPS = ["[[pages]]", "[t]", "x = 1", "#", '"', "'", '"""', "'''", "\\", "\n", "{", "}", ",", "."]


def _escape(text: str, keep: str = "") -> str:
    def one(char: str) -> str:
        if char in keep:
            return char
        if char in _ESCAPES:
            return _ESCAPES[char]
        return f"\\u{ord(char):04x}" if _CONTROL.match(char) else char

    return "".join(one(char) for char in text)


class _Writer:
    """Writes a random TOML spelling of a value and remembers where each path went.

    The spelling (bare, basic or literal keys; dotted keys; headers, omitted
    super-table headers, arrays of tables; one-line or multi-line arrays; the
    four kinds of string; comments; indentation) is drawn from ``rnd``.
    """

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.parts: list[str] = []
        self.line = 1
        self.expected: dict[Path, int] = {}
        self.spelling: dict[Path, str] = {}
        self.table_arrays: set[Path] = set()
        self.pending: list[Path] = []

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.line += text.count("\n")

    def maybe_comment(self) -> None:
        if self.rnd.random() < 0.1:
            trap = self.rnd.choice(_TRAPS).replace("\n", "")
            self.write(f"# {trap} = [[x]]\n")

    def key(self, path: Path) -> str:
        name = str(path[-1])
        options = [f'"{_escape(name)}"']
        if _BARE.fullmatch(name):
            options += [name, name]
        if "'" not in name and not _CONTROL.search(name):
            options.append(f"'{name}'")
        self.spelling[path] = spelled = self.rnd.choice(options)
        return spelled

    def string(self, text: str) -> str:
        options = [f'"{_escape(text)}"']
        if "'" not in text and not _CONTROL.search(text.replace("\t", "")):
            options.append(f"'{text}'")
        # Raw quotes at the end exercise the "up to two extra quotes" rule.
        tail = len(text) - len(text.rstrip('"'))
        tail = min(tail, 2) if self.rnd.random() < 0.5 else 0
        opening = '"""\n' if text.startswith("\n") or self.rnd.random() < 0.3 else '"""'
        body = _escape(text[: len(text) - tail], keep="\n\t")
        options.append(f'{opening}{body}{text[len(text) - tail :]}"""')
        if "'''" not in text and not _CONTROL.search(text.replace("\n", "").replace("\t", "")):
            opening = "'''\n" if text.startswith("\n") or self.rnd.random() < 0.3 else "'''"
            options.append(f"{opening}{text}'''")
        return self.rnd.choice(options)

    def value(self, value: Any, path: Path) -> None:
        if isinstance(value, dict):
            self.write("{")
            for index, (keys, spelled, leaf) in enumerate(self.leaves(value, path)):
                self.write(", " if index else " ")
                self.pair(keys, spelled, leaf)
            self.write(" }" if value else "}")
        elif isinstance(value, list):
            multiline = self.rnd.random() < 0.5
            self.write("[")
            for index, item in enumerate(value):
                if multiline:
                    self.write("\n")
                    self.maybe_comment()
                    self.write(self.rnd.choice(["", "  "]))
                elif index:
                    self.write(" ")
                self.expected[(*path, index)] = self.line
                self.value(item, (*path, index))
                if index < len(value) - 1 or (multiline and self.rnd.random() < 0.5):
                    self.write(",")
            self.write("\n]" if multiline and value else "]")
        elif isinstance(value, bool):
            self.write(str(value).lower())
        elif isinstance(value, str):
            self.write(self.string(value))
        elif isinstance(value, datetime):
            self.write(value.isoformat(sep=self.rnd.choice(" T")))
        else:
            self.write(str(value))

    def leaves(self, table: dict[str, Any], path: Path) -> list[tuple[Path, str, Any]]:
        """Key/value pairs for ``table``, some of its sub-tables spelled as dotted keys."""
        found: list[tuple[Path, str, Any]] = []
        for name, value in table.items():
            spelled = self.key((*path, name))
            if isinstance(value, dict) and value and self.rnd.random() < 0.3:
                for keys, rest, leaf in self.leaves(value, (*path, name)):
                    found.append((keys, spelled + self.rnd.choice([".", " . "]) + rest, leaf))
            else:
                found.append(((*path, name), spelled, value))
        return found

    def pair(self, path: Path, spelled: str, value: Any) -> None:
        # Tables named only by a dotted key live on the first line that names them.
        for end in range(1, len(path)):
            if path[:end] not in self.expected:
                self.expected[path[:end]] = self.line
        self.expected[path] = self.line
        self.write(f"{spelled} = ")
        self.value(value, path)

    def header(self, path: Path, spelled: list[str], bracket: str) -> None:
        self.maybe_comment()
        for pending in self.pending:
            self.expected[pending] = self.line
        self.pending.clear()
        if bracket == "[[" and path[-1] == 0:
            self.expected[path[:-1]] = self.line
        self.expected[path] = self.line
        dot = self.rnd.choice([".", " . "])
        close = "]]" if bracket == "[[" else "]"
        indent = self.rnd.choice(["", "  "])
        comment = self.rnd.choice(["", " # [x]"])
        self.write(f"{indent}{bracket}{dot.join(spelled)}{close}{comment}\n")

    def section(self, table: dict[str, Any], path: Path, spelled: list[str], bracket: str) -> None:
        body: dict[str, Any] = {}
        subs: dict[str, Any] = {}
        for name, value in table.items():
            is_table = isinstance(value, dict)
            is_table_array = (
                isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
            )
            if (is_table or is_table_array) and self.rnd.random() < 0.7:
                subs[name] = value
            else:
                body[name] = value
        if bracket == "[" and not body and subs and self.rnd.random() < 0.5:
            self.pending.append(path)  # an implied super-table: no header of its own
        elif bracket:
            self.header(path, spelled, bracket)
        for keys, key_spelling, leaf in self.leaves(body, path):
            self.maybe_comment()
            self.write(self.rnd.choice(["", "  "]))
            self.pair(keys, key_spelling, leaf)
            self.write(self.rnd.choice(["\n", "  # x = [1]\n"]))
        for name, value in subs.items():
            names = [*spelled, self.key((*path, name))]
            if isinstance(value, dict):
                self.section(value, (*path, name), names, "[")
            else:
                self.table_arrays.add((*path, name))
                for index, item in enumerate(value):
                    self.section(item, (*path, name, index), names, "[[")

    def document(self, table: dict[str, Any]) -> str:
        self.section(table, (), [], "")
        return "".join(self.parts)


_keys = st.one_of(
    st.from_regex(r"[A-Za-z0-9_-]{1,8}", fullmatch=True),
    st.sampled_from(["pages", "questions", "flags", "a.b", "my key", "", "é", "it's", *_TRAPS]),
    st.text(max_size=6),
)
_strings = st.lists(st.sampled_from(_TRAPS) | st.characters(), max_size=6).map("".join)
_scalars = st.one_of(
    st.integers(),
    st.booleans(),
    _strings,
    st.sampled_from([1.5, -0.25, datetime(1979, 5, 27, 7, 32), date(2025, 1, 31)]),
)
_values = st.recursive(
    _scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(_keys, children, max_size=4),
        # Lists of tables, like pages and questions, become [[headers]] most of the time.
        st.lists(st.dictionaries(_keys, children, max_size=3), min_size=1, max_size=3),
    ),
    max_leaves=25,
)
_documents = st.dictionaries(_keys, _values, max_size=6)


@settings(max_examples=200, deadline=None)
@given(_documents, st.randoms(use_true_random=False), st.booleans())
def test_random_documents_agree_with_tomllib(
    document: dict[str, Any], rnd: random.Random, crlf: bool
) -> None:
    writer = _Writer(rnd)
    text = writer.document(document)
    if crlf:
        text = text.replace("\n", "\r\n")
    assert tomllib.loads(text) == document, text  # the serialiser itself is right
    lines = key_lines(text)
    assert set(lines) == set(walk(document)), text
    text_lines = text.split("\n")
    for path in walk(document):
        assert lines.get(path) == writer.expected[path], (path, text)
        line_text = text_lines[lines[path] - 1]
        if path[:-1] in writer.table_arrays:
            assert line_text.lstrip().startswith("[["), (path, text)
        elif isinstance(path[-1], str):
            assert writer.spelling[path] in line_text, (path, text)
        else:
            assert lines[path] >= lines[path[:-1]], (path, text)
