"""Form files -> checked :class:`FormSpec` objects, or every problem at once.

A clinic edits these files by hand, so the loader reports *all* problems it
can find, each as ``file:line: what is wrong``, instead of stopping at the
first one.  Nothing in a file is executed: conditions go through our own
parser, values are checked against a fixed list of keys and types.
"""

from __future__ import annotations

import difflib
import hashlib
import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from smpdesk.domain.languages import LANGUAGES, language_problem
from smpdesk.errors import UserError
from smpdesk.questionnaire import toml_errors
from smpdesk.questionnaire.conditions import Condition, ConditionError, parse_condition
from smpdesk.questionnaire.prose import reflow
from smpdesk.questionnaire.spec import (
    CHOICE_TYPES,
    FLAG_LEVELS,
    QUESTION_TYPES,
    Choice,
    FlagRule,
    FormSpec,
    Page,
    Question,
)
from smpdesk.questionnaire.toml_lines import key_lines, line_for

MAX_FILE_BYTES = 1_000_000
ID_MAX_LENGTH = 60
ID_PATTERN = re.compile(rf"[a-z][a-z0-9_]{{0,{ID_MAX_LENGTH - 1}}}")

# Upper bound for max_length and the like: far above any real answer, and
# within what a Qt text box accepts (a 32-bit int).
COUNT_LIMIT = 100_000
FORM_KEYS = ("form", "title", "version", "language", "description", "consent_record", "pages")
PAGE_KEYS = ("title", "intro", "show_if", "practitioner", "questions")
FLAG_KEYS = ("when", "level", "message")
CHOICE_KEYS = ("value", "label", "flag", "message", "exclusive")
_COMMON = ("id", "type", "text", "help", "required", "show_if", "flags")
_CONSTRAINED = (*_COMMON, "constraint", "constraint_message")
QUESTION_KEYS: dict[str, tuple[str, ...]] = {
    "text": (*_CONSTRAINED, "max_length"),
    "long_text": (*_CONSTRAINED, "max_length"),
    "number": (*_CONSTRAINED, "min", "max", "unit", "integer"),
    "date": (*_CONSTRAINED, "not_future", "not_past"),
    "yes_no": _COMMON,
    "single_choice": (*_CONSTRAINED, "choices"),
    "multiple_choice": (*_CONSTRAINED, "choices", "min_selected", "max_selected"),
    "note": ("id", "type", "text", "show_if"),
    "acknowledgement": _COMMON,
    "signature": _COMMON,
}
# Keys a question of *some* type may have: a known key on the wrong type gets
# "not for this type" rather than "unknown key".
_ANY_QUESTION_KEY = frozenset(k for keys in QUESTION_KEYS.values() for k in keys)


@dataclass(frozen=True)
class FormProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class FormError(UserError):
    """A form file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[FormProblem]):
        self.problems = list(problems)
        super().__init__(str(self.problems[0]) if self.problems else "The form cannot be read.")


@dataclass
class FormEntry:
    """One file in a forms folder: its spec, or why it is unavailable."""

    path: Path
    spec: FormSpec | None = None
    problems: list[FormProblem] = field(default_factory=list)
    # The main form's translations by language (issue 20): each its own file, usable
    # only when it says the same as the main form (smpdesk.questionnaire.translations).
    translations: dict[str, FormEntry] = field(default_factory=dict)

    def in_language(self, language: str) -> FormSpec | None:
        """The form to ask a client in ``language``: its usable translation, else the
        main form ("" or a language without one)."""
        translation = self.translations.get(language)
        if translation is not None and translation.spec is not None:
            return translation.spec
        return self.spec

    @property
    def available(self) -> bool:
        return self.spec is not None

    @property
    def reason(self) -> str:
        return str(self.problems[0]) if self.problems else ""


def load_form(path: Path) -> FormSpec:
    name = path.name
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        reason = err.strerror or "it could not be opened"
        raise FormError([FormProblem(name, 1, f"cannot read the file ({reason})")]) from None
    return load_form_bytes(raw, name)


def load_form_bytes(raw: bytes, name: str) -> FormSpec:
    # Notepad's "UTF-8 with BOM" is still a good form.
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    if len(raw) > MAX_FILE_BYTES:
        raise FormError(
            [FormProblem(name, 1, "the file is over 1 MB; a form should be far smaller")]
        )
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise FormError(
            [FormProblem(name, line, "the file is not UTF-8 text; save it as UTF-8")]
        ) from None
    return load_form_text(source, name)


def load_form_text(source: str, name: str, *, lenient: bool = False) -> FormSpec:
    """Parse and check one form; raises :class:`FormError` with every problem.

    ``lenient`` is for definitions stored with old responses: a text that
    was valid when answered must stay readable even if a later smpdesk
    checks more strictly, so problems are ignored whenever a usable form
    can still be built (a question that cannot is left out).
    """
    try:
        source.encode("utf-8")
    except UnicodeEncodeError as err:
        line = source.count("\n", 0, err.start) + 1
        raise FormError([FormProblem(name, line, "the text has a broken character")]) from None
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as err:
        line, message = toml_errors.explain(source, str(err))
        raise FormError([FormProblem(name, line, message)]) from None
    except (RecursionError, ValueError, MemoryError):
        raise FormError([FormProblem(name, 1, "the file is not valid TOML")]) from None
    checker = _Checker(name, source, data)
    checker.lenient = lenient
    spec = checker.form()
    if lenient and spec is not None:
        return spec
    if checker.problems or spec is None:
        problems = sorted(checker.problems, key=lambda p: p.line) or [
            FormProblem(name, 1, "the form cannot be used")
        ]
        raise FormError(problems)
    return spec


# path -> (the bytes read, the spec or the problems found in them)
_READ: dict[Path, tuple[bytes, FormSpec | None, list[FormProblem]]] = {}


def _load_unless_unchanged(path: Path) -> tuple[FormSpec | None, list[FormProblem]]:
    """The file read every time, but parsed and checked again only if its bytes changed:
    every client page lists the forms, and parsing three files cost ~13 ms a time
    (reading them, a few hundredths of that).  Bytes, not times: an edit within the
    file system's clock tick keeps its size and time."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return _parsed(path)  # its own sentence, as before
    known = _READ.get(path)
    if known is not None and known[0] == raw:
        return known[1], list(known[2])
    try:
        spec, problems = load_form_bytes(raw, path.name), []
    except FormError as err:
        spec, problems = None, err.problems
    if len(_READ) > 256:  # folders come and go in tests and demos
        _READ.clear()
    _READ[path] = (raw, spec, list(problems))
    return spec, problems


def _parsed(path: Path) -> tuple[FormSpec | None, list[FormProblem]]:
    try:
        return load_form(path), []
    except FormError as err:
        return None, err.problems


def scan_forms(folder: Path) -> list[FormEntry]:
    """Every ``*.toml`` in ``folder``; a broken file never hides the good ones.

    Editor lock files (``.#x.toml``, ``~$x.toml``) are skipped. When two
    files claim one form id (a Windows "intake - Copy.toml"), the file named
    after the id wins, whatever the names sort like.
    """
    entries: list[FormEntry] = []
    for path in sorted(folder.glob("*.toml")):
        if path.name.startswith((".", "~$")):
            continue
        entry = FormEntry(path)
        if path.exists() and not path.is_file() and not path.is_dir():
            # A pipe or device would block the read forever.
            entry.problems = [FormProblem(path.name, 1, "this is not a regular file")]
        else:
            entry.spec, entry.problems = _load_unless_unchanged(path)
        entries.append(entry)
    owners: dict[tuple[str, str], FormEntry] = {}
    for entry in sorted(
        (e for e in entries if e.spec is not None),
        key=lambda e: (e.path.name != _file_name(e.spec), e.path.name),  # type: ignore[arg-type]
    ):
        assert entry.spec is not None
        owner = owners.setdefault((entry.spec.id, entry.spec.language), entry)
        if owner is not entry:
            line = line_for(key_lines(entry.spec.source), ("form",))
            what = f'form id "{entry.spec.id}"'
            if entry.spec.language:
                what += f' in language "{entry.spec.language}"'
            message = f"{what} is also used by {owner.path.name}"
            entry.problems = [FormProblem(entry.path.name, line, message)]
            entry.spec = None
    return _with_translations(entries, owners)


def _file_name(spec: FormSpec) -> str:
    """The file a form is expected in: ``consent.toml``, ``consent.pl.toml``."""
    return f"{spec.id}.{spec.language}.toml" if spec.language else f"{spec.id}.toml"


def _with_translations(
    entries: list[FormEntry], owners: dict[tuple[str, str], FormEntry]
) -> list[FormEntry]:
    """The main forms, each holding its translations; a translation is checked against
    its main form, and one without a main form is listed as unusable on its own."""
    from smpdesk.questionnaire.translations import translation_differences

    listed: list[FormEntry] = []
    for entry in entries:
        spec = entry.spec
        if spec is None or not spec.language:
            listed.append(entry)
            continue
        named = f".{spec.language}.toml"
        if not entry.path.name.endswith(named):
            line = line_for(key_lines(spec.source), ("language",))
            entry.problems = [
                FormProblem(
                    entry.path.name,
                    line,
                    f'this file says language = "{spec.language}" but its name does not end in '
                    f"{named}: name it {_file_name(spec)} so the two agree",
                )
            ]
            entry.spec = None
            listed.append(entry)
            continue
        main = owners.get((spec.id, ""))
        if main is None or main.spec is None:
            line = line_for(key_lines(spec.source), ("form",))
            entry.problems = [
                FormProblem(
                    entry.path.name,
                    line,
                    f'this is a translation of form "{spec.id}", but the folder has no main '
                    f'form "{spec.id}" (a {spec.id}.toml without "language") to check it against',
                )
            ]
            entry.spec = None
            listed.append(entry)
            continue
        differences = translation_differences(main.spec, spec, main.path.name)
        if differences:
            entry.problems = [FormProblem(entry.path.name, line, m) for line, m in differences]
            entry.spec = None
        main.translations[spec.language] = entry
    # A broken translation file whose language cannot be known stays listed on its own.
    return listed


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else "an infinite number"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return "a date or time"


def _is_number(value: object) -> bool:
    """A finite number: TOML allows ``nan`` and ``inf``, which no answer can be."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _key_hint(key: str, allowed: tuple[str, ...]) -> str:
    """Say where a misplaced setting belongs: in TOML, a key written after a
    ``[[pages.questions]]`` header belongs to that question, whatever was meant."""
    if key in PAGE_KEYS and "questions" not in allowed:
        return f'; page settings such as "{key}" go before the page\'s first [[pages.questions]]'
    if key in FORM_KEYS and "pages" not in allowed:
        return (
            f'; form settings such as "{key}" go at the top of the file, before the first [[pages]]'
        )
    guess = difflib.get_close_matches(key, allowed, n=1)
    return f'; did you mean "{guess[0]}"?' if guess else ""


def _id_problem(what: str, value: object) -> str:
    if not isinstance(value, str):
        return f"{what} must be text in quotes, not {_kind(value)}"
    if len(value) > ID_MAX_LENGTH:
        return f"{what} {value!r} is longer than {ID_MAX_LENGTH} characters"
    return f"{what} {value!r} must start with a letter and use only a-z, 0-9 and _"


Loc = tuple[str | int, ...]


class _Checker:
    """Walks the parsed TOML once, collecting problems with their lines."""

    def __init__(self, name: str, source: str, data: dict[str, Any]):
        self.name = name
        self.source = source
        self.data = data
        self.lines = key_lines(source)
        self.problems: list[FormProblem] = []
        # question id -> (order index, question) for questions seen so far
        self.seen: dict[str, tuple[int, Question]] = {}
        self.seen_lines: dict[str, int] = {}
        self.all_ids = _all_question_ids(data)
        self.rejected: set[str] = set()  # ids of questions that did not load
        self.current: str | None = None  # the question being checked
        self.hints = 0
        self.lenient = False

    # -- reporting -------------------------------------------------------

    def problem(self, loc: Loc, message: str) -> None:
        self.problems.append(FormProblem(self.name, line_for(self.lines, loc), message))

    def unknown_keys(self, table: dict, allowed: Iterable[str], loc: Loc, what: str) -> None:
        allowed = tuple(allowed)
        for key in table:
            if key in allowed:
                continue
            self.problem((*loc, key), f'unknown key "{key}" in {what}{_key_hint(key, allowed)}')

    def text(self, table: dict, key: str, loc: Loc, what: str, *, required: bool) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.problem(loc, f'{what} needs "{key}"')
            return ""
        if not isinstance(value, str):
            self.problem((*loc, key), f'"{key}" of {what} must be text, not {_kind(value)}')
            return ""
        if required and not value.strip():
            self.problem((*loc, key), f'"{key}" of {what} is empty')
        return value.strip()

    def flag_value(self, table: dict, key: str, loc: Loc, what: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.problem(
                (*loc, key), f'"{key}" of {what} must be true or false, not {_kind(value)}'
            )
            return False
        return value

    def number(self, table: dict, key: str, loc: Loc, what: str) -> float | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, float) and not math.isfinite(value):
            # TOML reads inf, nan and anything beyond about 1e308 (as infinity).
            why = "not nan" if math.isnan(value) else "and this one is infinite (too large to use)"
            self.problem((*loc, key), f'"{key}" of {what} must be a number, {why}')
            return None
        if not _is_number(value):
            self.problem((*loc, key), f'"{key}" of {what} must be a number, not {_kind(value)}')
            return None
        return value

    def count(self, table: dict, key: str, loc: Loc, what: str, *, lowest: int = 0) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or not lowest <= value <= COUNT_LIMIT
        ):
            self.problem(
                (*loc, key),
                f'"{key}" of {what} must be a whole number from {lowest} to {COUNT_LIMIT:,}',
            )
            return None
        return value

    def table_list(self, table: dict, key: str, loc: Loc, what: str) -> list[tuple[Loc, dict]]:
        value = table.get(key)
        if value is None:
            header = ".".join([*(p for p in loc if isinstance(p, str)), key])
            self.problem(loc, f'{what} needs at least one "[[{header}]]" table')
            return []
        if not isinstance(value, list) or not value:
            self.problem((*loc, key), f'"{key}" of {what} must be a list of tables')
            return []
        tables = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                tables.append(((*loc, key, index), item))
            else:
                self.problem(
                    (*loc, key, index), f'each of "{key}" must be a table, not {_kind(item)}'
                )
        return tables

    # -- the form --------------------------------------------------------

    def form(self) -> FormSpec | None:
        data = self.data
        self.unknown_keys(data, FORM_KEYS, (), "the form")
        form_id = self.text(data, "form", (), "the form", required=True)
        if form_id and not ID_PATTERN.fullmatch(form_id):
            self.problem(
                ("form",),
                _id_problem("form id", form_id),
            )
        title = self.text(data, "title", (), "the form", required=True)
        version = self.version(data)
        language = self.language(data)
        description = reflow(self.text(data, "description", (), "the form", required=False))
        consent_record = self.flag_value(data, "consent_record", (), "the form")
        pages = tuple(
            self.page(loc, table) for loc, table in self.table_list(data, "pages", (), "the form")
        )
        if consent_record and not any(
            q.type == "signature" for page in pages for q in page.questions
        ):
            self.problem(("consent_record",), "a consent record needs a signature question")
        if self.problems and not (self.lenient and form_id and title and pages):
            return None
        return FormSpec(
            id=form_id,
            title=title,
            version=version,
            pages=pages,
            source=self.source,
            sha256=hashlib.sha256(self.source.encode("utf-8")).hexdigest(),
            description=description,
            consent_record=consent_record,
            language=language,
        )

    def language(self, data: dict) -> str:
        """A translation's language; a form without one is the clinic's own."""
        if "language" not in data:
            return ""
        value = data["language"]
        if not isinstance(value, str):
            self.problem(("language",), f'"language" must be text, not {_kind(value)}')
            return ""
        if not value:
            self.problem(
                ("language",),
                '"language" is empty: leave it out of the main form, or give a translation\'s '
                'language code such as "pl"',
            )
            return ""
        if value not in LANGUAGES:
            self.problem(("language",), f'"language" = "{value}": {language_problem(value)}')
            return ""
        return value

    def version(self, data: dict) -> str:
        value = data.get("version")
        if value is None:
            self.problem((), 'the form needs "version" (raise it whenever you change the form)')
            return ""
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, str):
            self.problem(("version",), '"version" is empty; write it like version = "2"')
            return ""
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, float) and math.isfinite(value):
            # TOML reads 1.10 as 1.1, which would collide with an earlier 1.1:
            # keep the number exactly as it was typed.
            return self._typed_number("version") or str(value)
        self.problem(("version",), f'"version" must be text or a number, not {_kind(value)}')
        return ""

    def _typed_number(self, key: str) -> str:
        line = line_for(self.lines, (key,))
        text = self.source.split("\n")[line - 1] if line else ""
        match = re.fullmatch(rf"\s*{key}\s*=\s*([0-9][0-9_.]*)\s*(?:#.*)?", text)
        return match.group(1).replace("_", "") if match else ""

    def page(self, loc: Loc, table: dict) -> Page:
        number = loc[-1] + 1 if isinstance(loc[-1], int) else 0
        what = f"page {number}"
        self.unknown_keys(table, PAGE_KEYS, loc, what)
        title = self.text(table, "title", loc, what, required=True)
        intro = reflow(self.text(table, "intro", loc, what, required=False))
        show_if = self.condition(table, "show_if", loc, f"show_if of {what}", this=None)
        practitioner = self.flag_value(table, "practitioner", loc, what)
        questions = tuple(
            q
            for q_loc, q_table in self.table_list(table, "questions", loc, what)
            if (q := self.question(q_loc, q_table)) is not None
        )
        return Page(
            title=title,
            questions=questions,
            intro=intro,
            show_if=show_if,
            practitioner=practitioner,
        )

    # -- questions ------------------------------------------------------

    def question(self, loc: Loc, table: dict) -> Question | None:
        qid = table.get("id")
        self.current = qid if isinstance(qid, str) else None
        before = len(self.problems)
        question = self._question(loc, table)
        if question is None and self.current and self.current not in self.seen:
            self.rejected.add(self.current)
        elif question is not None and len(self.problems) > before:
            self.rejected.add(question.id)
        self.current = None
        return question

    def _question(self, loc: Loc, table: dict) -> Question | None:
        qid = table.get("id")
        if not isinstance(qid, str) or not ID_PATTERN.fullmatch(qid):
            if qid is None:
                self.problem(loc, 'a question needs an "id"')
            else:
                self.problem(
                    (*loc, "id"),
                    _id_problem("question id", qid),
                )
            qid = None
        what = f'question "{qid}"' if qid else "a question"
        qtype = table.get("type")
        if qtype not in QUESTION_TYPES:
            if qtype is None:
                self.problem(loc, f'{what} needs a "type"')
            else:
                guess = difflib.get_close_matches(str(qtype), QUESTION_TYPES, n=1)
                hint = f'; did you mean "{guess[0]}"?' if guess else ""
                self.problem(
                    (*loc, "type"),
                    f"{what} has unknown type {qtype!r}{hint} (types: {', '.join(QUESTION_TYPES)})",
                )
            return None
        allowed = QUESTION_KEYS[qtype]
        for key in table:
            if key in allowed:
                continue
            if key in _ANY_QUESTION_KEY:
                article = "an" if qtype[0] in "aeiou" else "a"
                self.problem(
                    (*loc, key), f'"{key}" does not apply to {article} {qtype} question ({what})'
                )
            else:
                self.unknown_keys({key: None}, allowed, loc, what)
        text = reflow(self.text(table, "text", loc, what, required=True))
        help_text = reflow(self.text(table, "help", loc, what, required=False))
        required = self.flag_value(table, "required", loc, what) or qtype == "acknowledgement"
        if qid is not None and qid in self.seen_lines:
            self.problem(
                (*loc, "id"),
                f'duplicate question id "{qid}" (first used on line {self.seen_lines[qid]})',
            )
            qid = None
        show_if = self.condition(table, "show_if", loc, f"show_if of {what}", this=None)
        choices = self.choices(table, loc, what) if qtype in CHOICE_TYPES else ()
        draft = Question(
            id=qid or "_",
            type=qtype,
            text=text,
            line=line_for(self.lines, loc),
            help=help_text,
            required=required,
            show_if=show_if,
            choices=choices,
            unit=self.text(table, "unit", loc, what, required=False),
            integer=self.flag_value(table, "integer", loc, what),
            minimum=self.number(table, "min", loc, what),
            maximum=self.number(table, "max", loc, what),
            not_future=self.flag_value(table, "not_future", loc, what),
            not_past=self.flag_value(table, "not_past", loc, what),
            max_length=self.count(table, "max_length", loc, what, lowest=1),
            min_selected=self.count(table, "min_selected", loc, what),
            max_selected=self.count(table, "max_selected", loc, what),
        )
        if (
            draft.minimum is not None
            and draft.maximum is not None
            and draft.minimum > draft.maximum
        ):
            self.problem((*loc, "min"), f'"min" of {what} is larger than its "max"')
        low, high = draft.min_selected, draft.max_selected
        if low is not None and high is not None and low > high:
            self.problem(
                (*loc, "min_selected"), f'"min_selected" of {what} is above "max_selected"'
            )
        elif low is not None and choices and low > len(choices):
            self.problem(
                (*loc, "min_selected"), f'"min_selected" of {what} is more than its choices'
            )
        constraint = self.condition(table, "constraint", loc, f"constraint of {what}", this=draft)
        message = self.text(table, "constraint_message", loc, what, required=False)
        if constraint is not None and not message:
            self.problem(
                (*loc, "constraint"), f'{what} has a "constraint" but no "constraint_message"'
            )
        if message and "constraint" not in table:
            self.problem((*loc, "constraint_message"), f'{what} has a message but no "constraint"')
        # A question's own flags may look at its own answer: register it first.
        if qid is not None:
            self.seen[qid] = (len(self.seen), draft)
            self.seen_lines[qid] = line_for(self.lines, (*loc, "id"))
        flags = tuple(self.flags(table, loc, what, draft))
        question = replace(draft, constraint=constraint, constraint_message=message, flags=flags)
        if qid is not None:
            self.seen[qid] = (self.seen[qid][0], question)
        return question if qid is not None else None

    def choices(self, table: dict, loc: Loc, what: str) -> tuple[Choice, ...]:
        value = table.get("choices")
        if value is None:
            self.problem(loc, f'{what} needs "choices"')
            return ()
        if not isinstance(value, list) or not value:
            self.problem((*loc, "choices"), f'"choices" of {what} must be a non-empty list')
            return ()
        result: list[Choice] = []
        seen: set[str] = set()
        for index, item in enumerate(value):
            c_loc = (*loc, "choices", index)
            choice = self.choice(item, c_loc, what)
            if choice is None:
                continue
            if choice.value in seen:
                self.problem(c_loc, f'choice "{choice.value}" appears twice in {what}')
                continue
            seen.add(choice.value)
            result.append(choice)
        return tuple(result)

    def choice(self, item: object, loc: Loc, what: str) -> Choice | None:
        if isinstance(item, str):
            if not item.strip():
                self.problem(loc, f"{what} has an empty choice")
                return None
            return Choice(value=item.strip(), label=item.strip())
        if not isinstance(item, dict):
            self.problem(loc, f"each choice of {what} must be text or a table, not {_kind(item)}")
            return None
        self.unknown_keys(item, CHOICE_KEYS, loc, f"a choice of {what}")
        value = self.text(item, "value", loc, f"a choice of {what}", required=True)
        label = self.text(item, "label", loc, f"a choice of {what}", required=False) or value
        level = item.get("flag")
        message = self.text(item, "message", loc, f'choice "{value}"', required=False)
        flag = None
        if level is not None:
            if level not in FLAG_LEVELS:
                self.problem(
                    (*loc, "flag"),
                    f'flag of choice "{value}" must be one of {", ".join(FLAG_LEVELS)}',
                )
            elif not message:
                self.problem(loc, f'choice "{value}" has a flag but no "message"')
            else:
                flag = FlagRule(level=level, message=message)
        elif message:
            self.problem((*loc, "message"), f'choice "{value}" has a message but no "flag"')
        exclusive = self.flag_value(item, "exclusive", loc, f'choice "{value}"')
        if exclusive and _question_type(self.data, loc) != "multiple_choice":
            self.problem((*loc, "exclusive"), '"exclusive" only applies to multiple_choice')
        return Choice(value=value, label=label, flag=flag, exclusive=exclusive) if value else None

    def flags(self, table: dict, loc: Loc, what: str, question: Question) -> Iterable[FlagRule]:
        if "flags" not in table:
            return
        for f_loc, f_table in self.table_list(table, "flags", loc, what):
            f_what = f"a flag of {what}"
            self.unknown_keys(f_table, FLAG_KEYS, f_loc, f_what)
            level = f_table.get("level")
            if level is None:
                self.problem(f_loc, f'{f_what} needs "level"')
            elif level not in FLAG_LEVELS:
                self.problem(
                    (*f_loc, "level"), f"level of {f_what} must be one of {', '.join(FLAG_LEVELS)}"
                )
            message = self.text(f_table, "message", f_loc, f_what, required=True)
            if "when" not in f_table:
                self.problem(f_loc, f'{f_what} needs "when" (a condition)')
                continue
            when = self.condition(f_table, "when", f_loc, f"when of {f_what}", this=question)
            if when is not None and level in FLAG_LEVELS and message:
                yield FlagRule(level=level, message=message, when=when)

    # -- conditions -----------------------------------------------------

    def condition(
        self, table: dict, key: str, loc: Loc, what: str, *, this: Question | None
    ) -> Condition | None:
        source = table.get(key)
        if source is None:
            return None
        c_loc = (*loc, key)
        if not isinstance(source, str):
            self.problem(c_loc, f"{what} must be a condition in quotes, not {_kind(source)}")
            return None
        try:
            condition = parse_condition(source)
        except ConditionError as err:
            self.problem(c_loc, f"{what}: {err}")
            return None
        ok = True
        is_flag = key == "when"
        if condition.uses_this and (key != "constraint" or this is None):
            self.problem(c_loc, f'{what}: "." means "this answer" and only works in a constraint')
            ok = False
        for name in sorted(condition.names):
            if this is not None and name == this.id and is_flag:
                continue
            if name not in self.seen:
                if this is not None and name == this.id:
                    self.problem(c_loc, f'{what}: write "." for this question\'s own answer')
                else:
                    self.problem(c_loc, f'{what} names "{name}", {self.why_unknown(name)}')
                ok = False
            elif self.seen[name][1].type == "note":
                self.problem(c_loc, f'{what} names "{name}", which is a note and has no answer')
                ok = False
        for comparison in condition.comparisons:
            own = this is not None and comparison.name == this.id
            if comparison.name == "." or (is_flag and own):
                target = this
            else:
                known = self.seen.get(comparison.name)
                target = known[1] if known else None
            if target is None:
                continue  # already reported above
            message = _comparison_problem(target, comparison)
            if message:
                self.problem(c_loc, f"{what}: {message}")
                ok = False
        return condition if ok else None

    def why_unknown(self, name: str) -> str:
        if name == self.current:
            return "which is this question itself; a condition can only look at earlier answers"
        if name in self.rejected:
            return "an earlier question that has problems of its own (see above)"
        if name in self.all_ids:
            return "which comes later in the form; a condition can only look at earlier answers"
        self.hints += 1
        guesses = difflib.get_close_matches(name, list(self.seen), n=1) if self.hints <= 20 else []
        hint = f'; did you mean "{guesses[0]}"?' if guesses else ""
        return f"which is not a question in this form{hint}"


def _question_type(data: dict, loc: Loc) -> str:
    """The type of the question a choice at ``loc`` belongs to."""
    node: Any = data
    for part in loc[: loc.index("choices")]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return ""
    return str(node.get("type", "")) if isinstance(node, dict) else ""


def _all_question_ids(data: dict) -> set[str]:
    ids: set[str] = set()
    pages = data.get("pages")
    if not isinstance(pages, list):
        return ids
    for page in pages:
        questions = page.get("questions") if isinstance(page, dict) else None
        if isinstance(questions, list):
            ids.update(
                q["id"] for q in questions if isinstance(q, dict) and isinstance(q.get("id"), str)
            )
    return ids


_ORDERING = ("<", "<=", ">", ">=")


def _comparison_problem(question: Question, comparison: Any) -> str:
    """Why a comparison can never be true for this question's answers, or ""."""
    name = question.id if comparison.name != "." else "this answer"
    op, values = comparison.op, comparison.values
    qtype = question.type
    if comparison.via == "days_since":
        if qtype != "date":
            return f'days_since() needs a date question, and "{name}" is {qtype}'
        if not all(_is_number(v) for v in values):
            return "days_since() gives a number of days; compare it with a number"
        return ""
    if qtype in ("yes_no", "acknowledgement"):
        if op in _ORDERING or op in ("contains", "not contains"):
            return f'"{name}" is a yes/no answer; compare it with == yes or == no'
        if not all(isinstance(v, bool) for v in values):
            return f'"{name}" is a yes/no answer; compare it with yes or no, not quoted text'
        return ""
    if qtype == "signature":
        return f'"{name}" is a signature; only "is answered" works with it'
    if qtype in CHOICE_TYPES:
        if qtype == "multiple_choice" and op not in ("contains", "not contains"):
            return f'"{name}" can hold several choices; write "value" in {name}'
        if qtype == "single_choice" and op not in ("==", "!=", "in", "not in"):
            return f'"{name}" is a single choice; use ==, != or in [...]'
        offered = [c.value for c in question.choices]
        for value in values:
            if value not in offered:
                shown = ", ".join(f'"{v}"' for v in offered)
                return f'{value!r} is not one of the choices of "{name}" ({shown})'
        return ""
    if op in ("contains", "not contains"):
        return f'"value" in {name} only works for a multiple-choice question'
    if qtype == "number":
        if not all(_is_number(v) for v in values):
            return f'"{name}" is a number; compare it with a number'
        return ""
    if qtype == "date":
        for value in values:
            if not isinstance(value, str) or not _iso_date(value):
                return f'"{name}" is a date; compare it with a date like "2025-01-31"'
        return ""
    if not all(isinstance(v, str) for v in values):
        return f'"{name}" is text; compare it with text in quotes'
    return ""


def _iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10
