"""Whatever bytes a form file holds, the loader raises nothing but FormError."""

from __future__ import annotations

import json
import math
import os
import re
import tomllib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smpdesk.questionnaire.loader import (
    CHOICE_KEYS,
    FLAG_KEYS,
    FORM_KEYS,
    PAGE_KEYS,
    QUESTION_KEYS,
    FormError,
    load_form_bytes,
    load_form_text,
    scan_forms,
)
from smpdesk.questionnaire.spec import FLAG_LEVELS, QUESTION_TYPES, FormSpec
from tests.questionnaire.form_files import (
    FUZZ,
    GOOD,
    SHIPPED,
    SHIPPED_TEXTS,
    all_questions,
    assert_problem_on_line,
    problems_of,
)

# ---------------------------------------------------------------- never anything but FormError


def assert_loads_or_reports(source: str) -> None:
    try:
        spec = load_form_text(source, "f.toml")
    except FormError as err:
        assert err.problems
        last = source.count("\n") + 1  # a line past a final newline is allowed
        lines = [p.line for p in err.problems]
        assert all(isinstance(n, int) and 1 <= n <= last for n in lines), (lines, last)
        assert lines == sorted(lines)
        assert all(p.file == "f.toml" and p.message for p in err.problems)
    else:
        assert isinstance(spec, FormSpec)
        assert spec.pages and all(page.questions for page in spec.pages)
        ids = [q.id for q in all_questions(spec)]
        assert len(ids) == len(set(ids))


@FUZZ
@given(st.text())
def test_any_text_is_a_form_or_a_form_error(source: str):
    assert_loads_or_reports(source)


@FUZZ
@given(st.text(alphabet="[]{}=\".,#\n 'abcfgilnoprstuy_0123456789-+:"))
def test_toml_looking_text_is_a_form_or_a_form_error(source: str):
    assert_loads_or_reports(source)


@FUZZ
@given(st.binary())
def test_any_bytes_are_a_form_or_a_form_error(raw: bytes):
    try:
        load_form_bytes(raw, "f.toml")
    except FormError as err:
        last = raw.count(b"\n") + 1
        assert err.problems and all(1 <= p.line <= last for p in err.problems)


# Values and keys a clinic might plausibly type, to get past tomllib often.
IDS = ("smoker", "age", "cause", "areas", "born", "name", "nope")
CONDITIONS = st.sampled_from((*IDS, ".")).flatmap(
    lambda q: st.sampled_from(
        [
            f"{q} == yes",
            f'{q} == "scar"',
            f'{q} != "genetic"',
            f"{q} > 3",
            f'{q} <= "2025-01-31"',
            f"days_since({q}) < 365",
            f"{q} is answered",
            f"not {q} is not answered",
            f'"crown" in {q}',
            f'{q} in ["a", "b",]',
            f"({q} == no or {q} == yes) and {q} < 1",
            f"{q} ==",
            f"__import__('{q}')",
        ]
    )
)
SCALARS = st.one_of(
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.booleans(),
    st.text(max_size=12),
    st.dates(),
    st.sampled_from(FLAG_LEVELS + QUESTION_TYPES + IDS + ("yesno", "urgent", "")),
    CONDITIONS,
)
ANY_VALUE = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from((*CHOICE_KEYS, "x")) | st.text(max_size=4), inner, max_size=3
        )
    ),
    max_leaves=6,
)


def toml_string(text: str) -> str:
    # JSON escapes are TOML escapes, except that TOML also forbids a raw DEL.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + items + " }" if items else "{}"
    raise TypeError(value)


# ------------------------------------------------ (b) mutated shipped forms

ASSIGNMENT = re.compile(r"^(\s*[A-Za-z0-9_.\"' -]+?\s*=\s*)(\S.*)$")
KNOWN_KEYS = sorted(
    {*FORM_KEYS, *PAGE_KEYS, *FLAG_KEYS, *CHOICE_KEYS}
    | {k for keys in QUESTION_KEYS.values() for k in keys}
)


@st.composite
def mutated_forms(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SHIPPED_TEXTS))
    for _ in range(draw(st.integers(1, 4))):
        lines = text.split("\n")
        kind = draw(
            st.sampled_from(["delete", "duplicate", "swap", "value", "insert", "truncate", "char"])
        )
        if kind == "truncate":
            text = text[: draw(st.integers(0, len(text)))]
            continue
        if kind == "char":
            if text:
                at = draw(st.integers(0, len(text) - 1))
                text = text[:at] + draw(st.characters()) + text[at + 1 :]
            continue
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        if kind == "delete" and lines:
            del lines[at]
        elif kind == "duplicate" and lines:
            lines.insert(at, lines[at])
        elif kind == "swap" and lines:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == "value":
            targets = [i for i, line in enumerate(lines) if ASSIGNMENT.match(line)]
            if targets:
                i = draw(st.sampled_from(targets))
                match = ASSIGNMENT.match(lines[i])
                assert match is not None
                lines[i] = match.group(1) + toml_value(draw(ANY_VALUE))
        elif kind == "insert":
            key = draw(st.sampled_from(KNOWN_KEYS) | st.sampled_from(["titel", "x", "typ"]))
            lines.insert(at, f"{key} = {toml_value(draw(ANY_VALUE))}")
        text = "\n".join(lines)
    return text


@FUZZ
@given(mutated_forms())
def test_a_mutated_shipped_form_is_a_form_or_errors_on_real_lines(source: str):
    assert_loads_or_reports(source)


# ------------------------------------------------ (c) generated form structures


def value_for(key: str, clean: bool) -> st.SearchStrategy[object]:
    sensible: st.SearchStrategy[object]
    if key in ("show_if", "constraint", "when"):
        sensible = CONDITIONS
    elif key == "id":
        sensible = st.sampled_from(IDS)
    elif key == "form":
        sensible = st.sampled_from(["tiny", "tiny", "Bad Id", ""])
    elif key == "type":
        sensible = st.sampled_from((*QUESTION_TYPES, "yesno"))
    elif key in ("level", "flag"):
        sensible = st.sampled_from((*FLAG_LEVELS, "urgent"))
    elif key == "value":
        sensible = st.sampled_from(["scar", "genetic", "crown", ""])
    elif key == "choices":
        sensible = st.lists(
            st.sampled_from(["scar", "genetic", "crown", ""]) | choice_tables(), max_size=4
        )
    elif key in ("required", "integer", "not_future", "not_past", "consent_record"):
        sensible = st.booleans()
    elif key in ("min", "max", "max_length", "min_selected", "max_selected", "version"):
        sensible = st.integers(-2, 200) | st.floats(allow_nan=False)
    else:
        sensible = st.text("abc xyz", min_size=1, max_size=5) if clean else st.text(max_size=10)
    return sensible if clean else st.one_of(sensible, ANY_VALUE)


JUNK_KEYS = st.sampled_from(["titel", "typ", "colour", "x"]) | st.text(max_size=6)


@st.composite
def tables(draw: st.DrawFn, keys: tuple[str, ...], required: tuple[str, ...] = ()) -> dict:
    # Most tables are plausible, so that some whole forms get through the
    # checker; the others have values of any type and junk keys.
    clean = draw(st.integers(0, 3)) > 0
    table: dict[str, object] = {}
    for key in keys:
        # Required keys are nearly always there, the rest now and then.
        if draw(st.integers(0, 9)) < (9 if key in required else 3 if clean else 5):
            table[key] = draw(value_for(key, clean))
    for junk in [] if clean else draw(st.lists(JUNK_KEYS, max_size=2)):
        table.setdefault(junk, draw(ANY_VALUE))
    return table


def choice_tables() -> st.SearchStrategy[dict]:
    return tables(CHOICE_KEYS, ("value",))


@st.composite
def nested(draw: st.DrawFn, strategy: st.SearchStrategy[dict], size: int) -> object:
    # Mostly a list of tables, sometimes something else in its place. (Not
    # st.one_of, which would flatten SCALARS into many equally likely branches.)
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(SCALARS)
    if kind == 1:
        return []
    return draw(st.lists(strategy, min_size=1, max_size=size))


def question_tables(qtype: str) -> st.SearchStrategy[dict]:
    # Keys of one type; "type" itself may still say another, or nonsense.
    keys = tuple(k for k in QUESTION_KEYS[qtype] if k != "flags")
    return st.tuples(
        tables(keys, ("id", "type", "text")),
        nested(tables(FLAG_KEYS, FLAG_KEYS), 2),
        st.booleans(),
    ).map(lambda t: {**t[0], "flags": t[1]} if t[2] else t[0])


QUESTIONS = st.sampled_from(QUESTION_TYPES).flatmap(question_tables)
PAGES = st.tuples(
    tables(tuple(k for k in PAGE_KEYS if k != "questions"), ("title",)),
    nested(QUESTIONS, 4),
).map(lambda t: {**t[0], "questions": t[1]})


@st.composite
def form_dicts(draw: st.DrawFn) -> dict:
    form = draw(tables(tuple(k for k in FORM_KEYS if k != "pages"), ("form", "title", "version")))
    if draw(st.integers(0, 9)):
        form["pages"] = draw(nested(PAGES, 3))
    return form


ARRAY_TABLES = {"": "pages", "pages": "questions", "pages.questions": "flags"}


def to_toml(table: dict, header: str = "") -> list[str]:
    """``table`` as TOML: pages, questions and flags as [[...]] tables, the rest inline."""
    sub_key = ARRAY_TABLES.get(header)
    subtables = table.get(sub_key) if sub_key else None
    as_tables = (
        isinstance(subtables, list) and subtables and all(isinstance(t, dict) for t in subtables)
    )
    lines = [
        f"{toml_string(key)} = {toml_value(value)}"
        for key, value in table.items()
        if not (as_tables and key == sub_key)
    ]
    if as_tables:
        child = f"{header}.{sub_key}" if header else str(sub_key)
        for item in subtables:
            lines += ["", f"[[{child}]]", *to_toml(item, child)]
    return lines


@FUZZ
@given(form_dicts())
def test_a_generated_form_structure_is_a_form_or_a_form_error(form: dict):
    source = "\n".join(to_toml(form)) + "\n"
    tomllib.loads(source)  # the generator must reach the checker, not just tomllib
    assert_loads_or_reports(source)


# ------------------------------------------------ TOML mistakes in plain words

# GOOD is 11 lines; each case appends lines, so "line" counts from there.
TOML_MISTAKES = [
    ("required = True\n", 12, "write true or false in lower case"),
    ("required = yes\n", 12, "write true or false in lower case"),
    ('help = "When was your "patch test"?"\n', 12, 'write a double quote inside text as \\"'),
    ("// a comment\n", 12, "not a setting"),
    ("max_length = 120 characters\n", 12, "more on this line after the value"),
    (
        '[[pages.questions]]\nid = "c"\ntype = "single_choice"\ntext = "C"\n'
        'choices = [\n  { value = "a",\n    label = "A" },\n]\n',
        17,
        "must stay on one line",
    ),
    ("[pages.questions]\n", 12, "double brackets"),
    ('help = "a\n', 12, "text is not closed"),
    ('help = """\nnever closed\n\n', 12, "text is not closed"),
    ("[[pages.questions]]\nid = 'b'\ntype = 'multiple_choice'\nchoices = [\n\n", 15, "list"),
    ('help = "C:\\data"\n', 12, "backslash"),
    ("[[pages]\n", 12, "must end with ]]"),
    ("help = no smoking\n", 12, 'put text in "double quotes"'),
    (
        '[[pages.questions]]\nid = "c"\ntype = "single_choice"\ntext = "C"\nchoices = ["a", b]\n',
        16,
        'put text in "double quotes"',
    ),
    ('help = "paste\u2028d"\nrequired = True\n', 13, "write true or false in lower case"),
]


@pytest.mark.parametrize(("tail", "line", "fragment"), TOML_MISTAKES)
def test_toml_mistakes_get_a_plain_sentence_on_the_right_line(tail, line, fragment):
    problems = problems_of(GOOD + tail)
    assert len(problems) == 1, [str(p) for p in problems]
    assert problems[0].line == line, str(problems[0])
    assert fragment in problems[0].message
    assert "Invalid" not in problems[0].message and "key part" not in problems[0].message


def test_settings_written_below_a_question_say_where_they_belong():
    assert_problem_on_line(GOOD + "consent_record = true\n", 12, "go at the top")
    assert_problem_on_line(GOOD + 'intro = "Hello"\n', 12, "go before the page's first")


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ('""', "is empty"),
        ("nan", "text or a number"),
        ("inf", "text or a number"),
        ("true", "not true/false"),
    ],
)
def test_versions_that_cannot_name_a_version(value, fragment):
    source = GOOD.replace("version = 1", f"version = {value}")
    assert_problem_on_line(source, 3, fragment)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [('"1.10"', "1.10"), ("1.10", "1.10"), ("1.1", "1.1"), ("2.0  # spring", "2.0"), ("3", "3")],
)
def test_a_version_is_kept_exactly_as_typed(typed, kept):
    """TOML reads 1.10 as 1.1; two different versions must never share a name."""
    source = GOOD.replace("version = 1", f"version = {typed}")
    assert load_form_text(source, "f.toml").version == kept


@pytest.mark.parametrize("value", ["0", "3000000000", "-1"])
def test_max_length_must_be_usable(value):
    assert_problem_on_line(GOOD + f"max_length = {value}\n", 12, "from 1 to 100,000")


@pytest.mark.parametrize("value", ["inf", "-inf", "nan"])
def test_number_limits_must_be_finite(value):
    source = GOOD.replace('type = "text"', 'type = "number"') + f"max = {value}\n"
    assert_problem_on_line(source, 12, "must be a number")


def test_an_over_long_id_says_so():
    long_id = "a" * 61
    problem = assert_problem_on_line(GOOD.replace('"name"', f'"{long_id}"'), 9)
    assert "longer than 60 characters" in problem.message


def test_stray_files_beside_the_forms_do_not_win_or_break_the_folder(tmp_path):
    for path in SHIPPED:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    stale = (tmp_path / "intake.toml").read_text().replace('title = "Intake"', 'title = "Old"')
    (tmp_path / "intake - Copy.toml").write_text(stale)
    (tmp_path / ".#medical.toml").symlink_to("user@host.1234:1700000000")  # Emacs lock
    (tmp_path / "~$consent.toml").write_text("")  # Office-style lock file
    os.mkfifo(tmp_path / "pipe.toml")  # must not hang
    entries = {e.path.name: e for e in scan_forms(tmp_path)}
    assert entries["intake.toml"].spec is not None
    assert entries["intake.toml"].spec.title == "Intake"
    copy = entries["intake - Copy.toml"]
    assert copy.spec is None and "also used by intake.toml" in copy.problems[0].message
    assert ".#medical.toml" not in entries and "~$consent.toml" not in entries
    assert "not a regular file" in entries["pipe.toml"].problems[0].message
    assert entries["medical.toml"].spec is not None and entries["consent.toml"].spec is not None


def test_finding_an_unclosed_text_costs_a_few_parses_not_one_per_line(monkeypatch):
    from smpdesk.questionnaire import toml_errors

    body = "".join(
        f'[[pages.questions]]\nid = "q{i}"\ntype = "yes_no"\ntext = "Question {i}?"\n'
        for i in range(3000)
    )
    source = GOOD + 'help = """\nnever closed\n' + body
    calls = []
    real = toml_errors.tomllib.loads
    monkeypatch.setattr(toml_errors.tomllib, "loads", lambda text: calls.append(1) or real(text))
    problems = problems_of(source)
    assert problems[0].line == 12 and "not closed" in problems[0].message
    assert len(calls) <= 2
