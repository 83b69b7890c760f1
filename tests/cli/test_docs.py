"""The README cannot drift from the command line (in the spirit of datasette's test_docs).

The parser built by :func:`smpdesk.cli.build_parser` is the truth.  Walking its
tree of subcommands, every command must be listed by ``smpdesk --help`` and
have an entry in the README's "## Command line" block; every option must be
written in its command's entry or in the paragraph after the block; and every
entry must parse with the real parser.

How an entry in that block is read:

* An entry starts with a line beginning ``smpdesk``; indented lines below it
  belong to it.  On each line the syntax ends at the first run of two or more
  spaces: what follows is a comment.  An indented line whose first character
  is not ``[``, ``-`` or a capital letter is a comment as a whole.
* ``[...]`` marks an optional part.  An entry is parsed twice: with every
  optional part given, and with none of them (so a required option shown in
  brackets, or an option the parser does not know, fails).
* ``a|b|c`` is a choice: the values must be exactly the parser's choices, and
  the entry is parsed with each.  ``smpdesk --version | --help`` is two entries.
* Capitalised words are placeholders and get the sample values in
  :data:`SAMPLES` (``FILE...`` two files); any other word in capitals (``G``,
  ``L``, ``MIN``...) stands for free text and is passed as it is.
* A standalone ``...`` (as in ``smpdesk sessions add ... --override-reason TEXT``)
  abbreviates the full entry for the same command above it: it is replaced by
  that entry's required words, and the result is parsed like any entry.
"""

from __future__ import annotations

import argparse
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from smpdesk.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

SAMPLES = {
    "PATH": "clinic.sqlite3",
    "ID": "44",
    "SESSION_ID": "3",
    "N": "7",
    "TEXT": "a sample text",
    "LOT": "PL-2291",
    "DIR": "forms",
    "FILE": "backup.sqlite3",
    "FILE.pdf": "sheet.pdf",
    "FILE.jpg": "photo.jpg",
}
# Inside a word: "--next "YYYY-MM-DD HH:MM"", "--start HH:MM".
SAMPLE_PARTS = {"YYYY-MM-DD": "2026-11-20", "HH:MM": "10:30"}
MANY_FILES = ["front.jpg", "crown.heic"]


# -- the parser's tree --------------------------------------------------------------------


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def _walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path, parser
    sub = _subparsers(parser)
    if sub is not None:
        for name, child in sub.choices.items():
            yield from _walk(child, (*path, name))


PARSER = build_parser()
COMMANDS = dict(_walk(PARSER))  # ("sessions", "add") -> its parser; () is the top level
SUBCOMMANDS = sorted(path for path in COMMANDS if path)


def _runnable(path: tuple[str, ...]) -> bool:
    """True unless the command only groups others ('smpdesk sessions' alone is an error)."""
    sub = _subparsers(COMMANDS[path])
    return sub is None or not sub.required


def _options(path: tuple[str, ...]) -> list[str]:
    return [
        option
        for action in COMMANDS[path]._actions
        for option in action.option_strings
        if option not in ("-h", "--help")
    ]


# -- the README's command-line block --------------------------------------------------------


def _section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else len(README)]


CLI_SECTION = _section("Command line")
BLOCK = CLI_SECTION.split("```text\n", 1)[1].split("```", 1)[0]
PARAGRAPH = CLI_SECTION.split("```", 2)[2]  # the text after the block, to the next heading


@dataclass
class Entry:
    first_line: str
    syntax: list[str] = field(default_factory=list)  # words after "smpdesk", comments dropped
    text: str = ""  # every line, comments included

    @property
    def path(self) -> tuple[str, ...]:
        """The subcommand words: 'smpdesk photos import ...' -> ('photos', 'import')."""
        path: tuple[str, ...] = ()
        for word in self.syntax:
            sub = _subparsers(COMMANDS[path])
            if sub is None or word not in sub.choices:
                break
            path = (*path, word)
        return path

    @property
    def abbreviated(self) -> bool:
        return "..." in self.syntax


def _syntax_part(line: str) -> str:
    return re.split(r"\s{2,}", line.strip(), maxsplit=1)[0]


def _entries() -> list[Entry]:
    entries: list[Entry] = []
    for line in BLOCK.splitlines():
        if not line.strip():
            continue
        if line.startswith("smpdesk"):
            entries.append(Entry(line))
            words = shlex.split(_syntax_part(line))
            assert words[0] == "smpdesk"
            entries[-1].syntax += words[1:]
        else:
            assert line.startswith(" ") and entries, f"not part of an entry: {line!r}"
            text = line.strip()
            if text[0] in "[-" or text[0].isupper():
                entries[-1].syntax += shlex.split(_syntax_part(text))
        entries[-1].text += line + "\n"
    return entries


ENTRIES = _entries()


def _alternatives(words: list[str]) -> list[list[str]]:
    """'--version | --help' is two entries."""
    groups: list[list[str]] = [[]]
    for word in words:
        if word == "|":
            groups.append([])
        else:
            groups[-1].append(word)
    return groups


def _unbracket(words: list[str]) -> list[tuple[str, bool]]:
    """Each word without its brackets, and whether it is inside an optional part."""
    out, depth = [], 0
    for word in words:
        opened = len(word) - len(word.lstrip("["))
        depth += opened
        bare = word[opened:]
        closed = len(bare) - len(bare.rstrip("]"))
        out.append((bare.rstrip("]") if closed else bare, depth > 0))
        depth -= closed
        assert depth >= 0, f"unbalanced brackets in {words}"
    assert depth == 0, f"unbalanced brackets in {words}"
    return out


def _required_words(entry: Entry) -> list[str]:
    return [word for word, optional in _unbracket(entry.syntax) if not optional]


def _full_entry(path: tuple[str, ...]) -> Entry:
    full = [e for e in ENTRIES if e.path == path and not e.abbreviated]
    assert full, f"'smpdesk {' '.join(path)} ...' abbreviates an entry the README does not give"
    return full[0]


def _expanded(entry: Entry) -> list[str]:
    """The entry's syntax with a standalone '...' replaced by the full entry's required words."""
    if not entry.abbreviated:
        return entry.syntax
    at = entry.syntax.index("...")
    rest = _required_words(_full_entry(entry.path))[len(entry.path) :]
    return entry.syntax[:at] + rest + entry.syntax[at + 1 :]


def _sample(word: str) -> list[str]:
    if word.endswith("...") and word[:-3] in SAMPLES:
        return MANY_FILES
    if word in SAMPLES:
        return [SAMPLES[word]]
    for placeholder, value in SAMPLE_PARTS.items():
        word = word.replace(placeholder, value)
    return [word]


def _option_action(path: tuple[str, ...], option: str) -> argparse.Action:
    for action in COMMANDS[path]._actions:
        if option in action.option_strings:
            return action
    raise AssertionError(f"smpdesk {' '.join(path)} has no option {option}")


def _argv_variants(entry: Entry, words: list[str]) -> list[list[str]]:
    """argv lists to parse: every optional part given, then none; each choice value in turn."""
    variants = []
    for keep_optional in (True, False):
        slots: list[list[list[str]]] = []  # per word: the argv pieces it may stand for
        previous = ""
        for word, optional in _unbracket(words):
            if optional and not keep_optional:
                continue
            if "|" in word and not word.startswith("-"):
                values = word.split("|")
                action = _option_action(entry.path, previous)
                assert set(values) == set(action.choices or ()), (
                    f"README gives {previous} {word}; the parser accepts "
                    f"{'|'.join(map(str, action.choices or ()))}"
                )
                slots.append([[value] for value in values])
            else:
                slots.append([_sample(word)])
            previous = word
        first = [piece for choices in slots for piece in choices[0]]
        variants.append(first)
        for at, choices in enumerate(slots):
            for other in choices[1:]:
                pieces = [c[0] for c in slots]
                pieces[at] = other
                variants.append([piece for chosen in pieces for piece in chosen])
    return variants


def _parse(argv: list[str], capsys: pytest.CaptureFixture[str]) -> argparse.Namespace | None:
    """The namespace, or None for --help and --version (which exit 0)."""
    try:
        return build_parser().parse_args(argv)
    except SystemExit as exc:
        _out, err = capsys.readouterr()
        assert exc.code == 0, f"smpdesk {shlex.join(argv)} does not parse: {err.strip()}"
        assert {"--help", "--version"} & set(argv), argv
        return None


# -- (a) every command is in --help and in the README ---------------------------------------


@pytest.fixture(scope="module")
def help_commands() -> dict[str, str]:
    """The command list at the end of 'smpdesk --help': name -> description."""
    result = subprocess.run(
        [sys.executable, "-m", "smpdesk", "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=True,
    )
    listing = result.stdout.split("\ncommands:\n", 1)[1].split("\n\n", 1)[0]
    commands = {}
    for line in listing.splitlines():
        name, _, description = line.strip().partition("  ")
        commands[name] = description.strip()
    return commands


@pytest.mark.parametrize("path", SUBCOMMANDS, ids=" ".join)
def test_every_command_is_listed_by_help(path, help_commands):
    name = " ".join(path)
    if _runnable(path):
        assert name in help_commands, f"'smpdesk --help' does not list {name}"
    else:
        assert any(listed.startswith(f"{name} ") for listed in help_commands), name


def test_help_lists_only_real_commands(help_commands):
    real = {" ".join(path) for path in SUBCOMMANDS} | {"(none)"}
    assert set(help_commands) <= real, set(help_commands) - real


@pytest.mark.parametrize("path", SUBCOMMANDS, ids=" ".join)
def test_every_command_is_in_the_readme(path):
    paths = {entry.path for entry in ENTRIES}
    name = " ".join(path)
    if _runnable(path):
        assert path in paths, f"README's Command line block has no 'smpdesk {name}' line"
    else:
        assert any(p[: len(path)] == path for p in paths), name


# -- (b) every option is written down ---------------------------------------------------------


def _documented(option: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


@pytest.mark.parametrize(
    ("path", "option"),
    [(path, option) for path in sorted(COMMANDS) for option in _options(path)],
    ids=[
        f"{' '.join(path) or 'smpdesk'} {option}"
        for path in sorted(COMMANDS)
        for option in _options(path)
    ],
)
def test_every_option_is_in_the_readme(path, option):
    """In the command's own entry (not just anywhere), or in the paragraph after the block."""
    own = "".join(entry.text for entry in ENTRIES if entry.path == path)
    assert _documented(option, own) or _documented(option, PARAGRAPH), (
        f"README does not mention {option} of 'smpdesk {' '.join(path)}'"
    )


# -- (c) every README line parses with the real parser ---------------------------------------


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.first_line.split("  ")[0])
def test_every_readme_entry_parses(entry, capsys):
    for words in _alternatives(_expanded(entry)):
        for argv in _argv_variants(entry, words):
            args = _parse(argv, capsys)
            if args is None:
                continue
            # It names the command it claims to: each level's subcommand word.
            parser, path = PARSER, ()
            for word in entry.path:
                sub = _subparsers(parser)
                assert sub is not None and getattr(args, sub.dest) == word, argv
                path = (*path, word)
                parser = COMMANDS[path]
            sub = _subparsers(parser)
            assert sub is None or getattr(args, sub.dest) is None, argv


def test_the_readers_rules_see_every_line():
    """Guard the reader above: entries found, comments not taken for syntax."""
    by_name = {" ".join(entry.path): entry for entry in ENTRIES if not entry.abbreviated}
    assert len(ENTRIES) >= len(SUBCOMMANDS)
    assert by_name["photos import"].syntax[-1] == "FILE..."
    assert "one" not in by_name["photos import"].syntax
    assert "prints" not in by_name["sessions add"].syntax
    assert [e.path for e in ENTRIES if e.abbreviated] == [("sessions", "add")]


# -- (d) the first screen's two commands, and CI running the same tests -------------------


def _commands(line: str) -> list[str]:
    """'a && b   # comment' -> ['a', 'b']."""
    return [part.strip() for part in line.split("#", 1)[0].split("&&")]


def test_first_screen_gives_the_two_setup_commands(capsys):
    intro = README[: README.index("\n## ")]
    blocks = re.findall(r"```(\w*)\n(.*?)```", intro, flags=re.S)
    assert len(blocks) == 1, "the intro has one code block: the set-up commands"
    language, body = blocks[0]
    assert language == "sh"
    lines = [line for line in body.splitlines() if line.strip()]
    assert len(lines) == 2, lines
    app, tests = (_commands(line) for line in lines)

    assert app[0] == "python -m pip install ."
    assert len(app) == 2 and shlex.split(app[1])[0] == "smpdesk"
    args = _parse(shlex.split(app[1])[1:], capsys)
    assert args is not None and args.command is None  # it opens the window

    assert tests == ["python -m pip install '.[test]'", "python -m pytest"]


def test_ci_ends_by_running_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [
        line.strip().replace('"$PYTHON"', "python")
        for line in script.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    intro = README[: README.index("\n## ")]
    install, run_tests = _commands(re.findall(r"^python .*pytest.*$", intro, flags=re.M)[0])
    assert install in lines, f"{install!r} is not in .ci/run"
    assert lines[-1] == run_tests == "python -m pytest"
