"""Form files: the shipped forms load, every mistake is reported on its own line.

A clinic edits these files by hand, so the loader must report *every* problem
as ``file:line: what is wrong`` (never a traceback, never only the first one),
never run anything a file contains, and never raise anything but
:class:`FormError` whatever bytes it is given.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import math
import os
import re
import shutil
import textwrap
import time
import tomllib
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smpdesk import cli
from smpdesk.questionnaire.loader import (
    CHOICE_KEYS,
    FLAG_KEYS,
    FORM_KEYS,
    MAX_FILE_BYTES,
    PAGE_KEYS,
    QUESTION_KEYS,
    FormError,
    FormProblem,
    load_form,
    load_form_bytes,
    load_form_text,
    scan_forms,
)
from smpdesk.questionnaire.spec import FLAG_LEVELS, QUESTION_TYPES, FormSpec

FORMS_DIR = Path(__file__).resolve().parent.parent / "forms"
SHIPPED = sorted(FORMS_DIR.glob("*.toml"))
SHIPPED_TEXTS = tuple(path.read_text(encoding="utf-8") for path in SHIPPED)

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

GOOD = textwrap.dedent(
    """\
    form = "tiny"
    title = "Tiny"
    version = 1

    [[pages]]
    title = "Only page"

    [[pages.questions]]
    id = "name"
    type = "text"
    text = "Your name"
    """
)


def problems_of(source: str, name: str = "f.toml") -> list[FormProblem]:
    with pytest.raises(FormError) as info:
        load_form_text(source, name)
    problems = info.value.problems
    assert problems, "a FormError must say what is wrong"
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    return problems


def assert_problem_on_line(source: str, line: int, *fragments: str) -> FormProblem:
    """``source`` has a problem on ``line`` whose message holds every fragment."""
    problems = problems_of(source)
    on_line = [p for p in problems if p.line == line]
    assert on_line, f"nothing reported on line {line}: {[str(p) for p in problems]}"
    matching = [p for p in on_line if all(f in p.message for f in fragments)]
    assert matching, f"line {line} lacks {fragments}: {[str(p) for p in problems]}"
    assert str(matching[0]) == f"f.toml:{line}: {matching[0].message}"
    return matching[0]


def all_questions(spec: FormSpec):
    return [q for page in spec.pages for q in page.questions]


# ---------------------------------------------------------------- shipped forms


def test_the_shipped_forms_are_all_there():
    assert [p.name for p in SHIPPED] == ["consent.toml", "intake.toml", "medical.toml"]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_each_shipped_form_loads(path: Path):
    spec = load_form(path)
    assert spec.id == path.stem
    assert spec.title and spec.version and spec.pages
    assert spec.source == path.read_text(encoding="utf-8")
    assert spec.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    ids = [q.id for q in all_questions(spec)]
    assert len(ids) == len(set(ids)) == len(spec.questions)
    for page in spec.pages:
        assert page.title and page.questions


def test_the_consent_form_makes_a_signed_record_and_asks_about_photos():
    spec = load_form(FORMS_DIR / "consent.toml")
    assert spec.id == "consent"
    assert spec.consent_record is True
    assert any(q.type == "signature" for q in all_questions(spec))
    for qid in ("photos_clinical", "photos_marketing"):
        assert spec.questions[qid].type == "yes_no"


def test_the_other_forms_make_no_consent_record():
    assert load_form(FORMS_DIR / "intake.toml").consent_record is False
    assert load_form(FORMS_DIR / "medical.toml").consent_record is False


def test_the_medical_form_flags_at_every_level():
    spec = load_form(FORMS_DIR / "medical.toml")
    questions = all_questions(spec)
    by_choice = Counter(c.flag.level for q in questions for c in q.choices if c.flag is not None)
    by_rule = Counter(rule.level for q in questions for rule in q.flags)
    # Clearance flags are rules (closed by recording the letter), so this form
    # may have no choice-level flags; the README example covers those.
    assert sum(by_rule.values()) > 0, "no question-level flag rules"
    levels = by_choice + by_rule
    for level in FLAG_LEVELS:
        assert levels[level] > 0, f"no {level} flag in the medical form"
    # Choice flags carry no condition of their own; rules always have one.
    assert all(c.flag.when is None for q in questions for c in q.choices if c.flag)
    assert all(rule.when is not None and rule.message for q in questions for rule in q.flags)


def test_the_readme_example_loads():
    readme = (FORMS_DIR / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", readme, re.S)
    assert example is not None
    spec = load_form_text(example.group(1), "README.md")
    assert spec.id == "patch_test"
    reaction = spec.questions["reaction"]
    assert [c.flag.level for c in reaction.choices if c.flag] == ["needs-clearance", "do-not-treat"]


# ---------------------------------------------------------------- one problem each

# Each case: (source, line of the offending key or table, start of that line,
# fragments the message must hold). The start is checked too, so a wrong
# hand-counted number cannot pass by accident.
CASES = [
    pytest.param(
        """\
        form = "t"
        title = "T"
        titel = "Typo"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "A"
        """,
        3,
        "titel",
        ('unknown key "titel" in the form', 'did you mean "title"?'),
        id="unknown-form-key-near-miss",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        zzqqxx = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "A"
        """,
        4,
        "zzqqxx",
        ('unknown key "zzqqxx" in the form',),
        id="unknown-form-key-far",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        show_iff = "a is answered"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "A"
        """,
        6,
        "show_iff",
        ('unknown key "show_iff" in page 1', 'did you mean "show_if"?'),
        id="unknown-page-key",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "A"
        requird = true
        """,
        10,
        "requird",
        ('unknown key "requird" in question "a"', 'did you mean "required"?'),
        id="unknown-question-key",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "born"
        type = "date"
        text = "Date of birth"
        not_futur = true
        """,
        10,
        "not_futur",
        ('unknown key "not_futur" in question "born"', 'did you mean "not_future"?'),
        id="unknown-type-specific-key",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "A"
        max = 3
        """,
        10,
        "max =",
        ('"max" does not apply to a text question',),
        id="key-for-another-type",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "smoker"
        type = "yes_no"
        text = "Do you smoke?"
          [[pages.questions.flags]]
          when = "smoker == yes"
          level = "postpone"
          message = "Smoker."
          messages = "Typo."
        """,
        14,
        "messages",
        ('unknown key "messages" in a flag of question "smoker"', 'did you mean "message"?'),
        id="unknown-flag-key",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "cause"
        type = "single_choice"
        text = "Cause"
        choices = [
          { value = "genetic" },
          { value = "scar", lable = "A scar" },
        ]
        """,
        12,
        '{ value = "scar"',
        ('unknown key "lable" in a choice of question "cause"', 'did you mean "label"?'),
        id="unknown-choice-key",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "A"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "Again"
        """,
        11,
        'id = "a"',
        ('duplicate question id "a"', "first used on line 7"),
        id="duplicate-id",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "smoker"
        type = "yes_no"
        text = "Do you smoke?"
        [[pages.questions]]
        id = "how_much"
        type = "number"
        text = "How many a day?"
        show_if = "smokr == yes"
        """,
        14,
        "show_if",
        ('names "smokr"', "not a question in this form", 'did you mean "smoker"?'),
        id="show-if-unknown-question",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "how_much"
        type = "number"
        text = "How many a day?"
        show_if = "smoker == yes"
        [[pages.questions]]
        id = "smoker"
        type = "yes_no"
        text = "Do you smoke?"
        """,
        10,
        "show_if",
        ('names "smoker"', "comes later in the form"),
        id="show-if-later-question",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        show_if = "smoker == yes"
        [[pages.questions]]
        id = "smoker"
        type = "yes_no"
        text = "Do you smoke?"
        """,
        6,
        "show_if",
        ('show_if of page 1 names "smoker"', "comes later"),
        id="page-show-if-own-question",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "smoker"
        type = "yes_no"
        text = "Do you smoke?"
        [[pages.questions]]
        id = "how_much"
        type = "number"
        text = "How many a day?"
        show_if = "smoker == yes and"
        """,
        14,
        "show_if",
        ('show_if of question "how_much":',),
        id="show-if-syntax-error",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "smoker"
        type = "yes_no"
        text = "Do you smoke?"
        [[pages.questions]]
        id = "how_much"
        type = "number"
        text = "How many a day?"
        show_if = "smoker = yes"
        """,
        14,
        "show_if",
        ('use "==" to compare',),
        id="show-if-single-equals",
    ),
    pytest.param(
        """\
        form = "t"
        title = 3
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "A"
        """,
        2,
        "title = 3",
        ('"title" of the form must be text, not a number',),
        id="title-is-a-number",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "A"
        required = "yes"
        """,
        10,
        "required",
        ('"required" of question "a" must be true or false, not text',),
        id="required-is-text",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "age"
        type = "number"
        text = "Age"
        min = "ten"
        """,
        10,
        "min",
        ('"min" of question "age" must be a number, not text',),
        id="min-is-text",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "cause"
        type = "single_choice"
        text = "Cause"
        choices = "a"
        """,
        10,
        "choices",
        ('"choices" of question "cause" must be a non-empty list',),
        id="choices-is-text",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = "1"
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "cause"
        type = "single_choice"
        text = "Cause"
        """,
        6,
        "[[pages.questions]]",
        ('question "cause" needs "choices"',),
        id="single-choice-without-choices",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = "1"
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "A"
        [[pages.questions]]
        id = "areas"
        type = "multiple_choice"
        text = "Areas"
        """,
        10,
        "[[pages.questions]]",
        ('question "areas" needs "choices"',),
        id="multiple-choice-without-choices",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "yesno"
        text = "A"
        """,
        8,
        "type",
        ("unknown type 'yesno'", 'did you mean "yes_no"?', "types: text, long_text"),
        id="unknown-type-near-miss",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "slider"
        text = "A"
        """,
        8,
        "type",
        ("unknown type 'slider'", "types: text, long_text, number, date, yes_no"),
        id="unknown-type",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "smoker"
        type = "yes_no"
        text = "Do you smoke?"
          [[pages.questions.flags]]
          when = "smoker == yes"
          level = "urgent"
          message = "Smoker."
        """,
        12,
        "level",
        ("must be one of do-not-treat, postpone, needs-clearance",),
        id="flag-bad-level",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "smoker"
        type = "yes_no"
        text = "Do you smoke?"
          [[pages.questions.flags]]
          when = "smoker == yes"
          level = "postpone"
        """,
        10,
        "[[pages.questions.flags]]",
        ('a flag of question "smoker" needs "message"',),
        id="flag-without-message",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "smoker"
        type = "yes_no"
        text = "Do you smoke?"
          [[pages.questions.flags]]
          level = "postpone"
          message = "Smoker."
        """,
        10,
        "[[pages.questions.flags]]",
        ('a flag of question "smoker" needs "when"',),
        id="flag-without-when",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "cause"
        type = "single_choice"
        text = "Cause"
        choices = [
          "genetic",
          { value = "scar", flag = "postpone" },
        ]
        """,
        12,
        '{ value = "scar"',
        ('choice "scar" has a flag but no "message"',),
        id="choice-flag-without-message",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "age"
        type = "number"
        text = "Age"
        constraint = ". >= 16"
        """,
        10,
        "constraint",
        ('question "age" has a "constraint" but no "constraint_message"',),
        id="constraint-without-message",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "age"
        type = "number"
        text = "Age"
        min = 120
        max = 16
        """,
        10,
        "min",
        ('"min" of question "age" is larger than its "max"',),
        id="min-above-max",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "smoker"
        type = "yes_no"
        text = "Do you smoke?"
        [[pages.questions]]
        id = "how_much"
        type = "number"
        text = "How many a day?"
        show_if = 'smoker == "yes"'
        """,
        14,
        "show_if",
        ('"smoker" is a yes/no answer', "not quoted text"),
        id="yes-no-compared-with-quoted-yes",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "cause"
        type = "single_choice"
        text = "Cause"
        choices = ["genetic", "scar"]
        [[pages.questions]]
        id = "scar_age"
        type = "number"
        text = "How old is the scar?"
        show_if = 'cause == "Scar"'
        """,
        15,
        "show_if",
        ("'Scar' is not one of the choices of \"cause\"", '"genetic", "scar"'),
        id="choice-compared-with-unknown-value",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "areas"
        type = "multiple_choice"
        text = "Areas"
        choices = ["crown", "hairline"]
          [[pages.questions.flags]]
          when = '"temple" in areas'
          level = "postpone"
          message = "Temple."
        """,
        12,
        "when",
        ("'temple' is not one of the choices of \"areas\"",),
        id="multiple-choice-flag-unknown-value",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "age"
        type = "number"
        text = "Age"
        [[pages.questions]]
        id = "note"
        type = "text"
        text = "Anything else?"
        show_if = "days_since(age) < 30"
        """,
        14,
        "show_if",
        ('days_since() needs a date question, and "age" is number',),
        id="days-since-on-a-number",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "age"
        type = "number"
        text = "Age"
        show_if = ". > 3"
        """,
        10,
        "show_if",
        ('"." means "this answer" and only works in a constraint',),
        id="dot-in-show-if",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "age"
        type = "number"
        text = "Age"
          [[pages.questions.flags]]
          when = ". < 18"
          level = "do-not-treat"
          message = "Under 18."
        """,
        11,
        "when",
        ('"." means "this answer" and only works in a constraint',),
        id="dot-in-flag-when",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        consent_record = true
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "agree"
        type = "acknowledgement"
        text = "I agree"
        """,
        4,
        "consent_record",
        ("a consent record needs a signature question",),
        id="consent-record-without-signature",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "a"
        type = "text"
        text = "A
        """,
        9,
        "text",
        ("text is not closed",),
        id="invalid-toml-unclosed-string",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        title = "Twice"
        """,
        6,
        "title",
        ("written twice",),
        id="invalid-toml-duplicate-key",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        pages = []
        """,
        4,
        "pages",
        ('"pages" of the form must be a list of tables',),
        id="empty-pages-list",
    ),
    pytest.param(
        """\
        form = "t"
        title = "T"
        version = 1
        description = "No pages at all."
        """,
        1,
        "form",
        ('the form needs at least one "[[pages]]" table',),
        id="no-pages",
    ),
]


@pytest.mark.parametrize(("source", "line", "line_start", "fragments"), CASES)
def test_each_mistake_is_reported_on_its_line(
    source: str, line: int, line_start: str, fragments: tuple[str, ...]
):
    source = textwrap.dedent(source)
    assert source.splitlines()[line - 1].strip().startswith(line_start), "bad test case"
    assert_problem_on_line(source, line, *fragments)


@pytest.mark.parametrize("index", range(len(SHIPPED)), ids=[p.stem for p in SHIPPED])
def test_a_junk_key_under_any_table_of_a_shipped_form_is_found_on_its_line(index: int):
    lines = SHIPPED_TEXTS[index].split("\n")
    headers = [i for i, line in enumerate(lines) if line.lstrip().startswith("[[")]
    assert len(headers) > 10
    wrong = []
    for at in headers:
        header = lines[at].strip()
        indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
        source = "\n".join([*lines[: at + 1], f"{indent}zz_junk = 1", *lines[at + 1 :]])
        with pytest.raises(FormError) as info:
            load_form_text(source, "f.toml")
        where = {
            "[[pages]]": "in page ",
            "[[pages.questions]]": "in question ",
            "[[pages.questions.flags]]": "in a flag of question ",
        }[header]
        got = [(p.line, p.message) for p in info.value.problems]
        if (
            len(got) != 1
            or got[0][0] != at + 2
            or f'unknown key "zz_junk" {where}' not in got[0][1]
        ):
            wrong.append((at + 2, header, got))
    assert wrong == []


def test_a_table_error_from_tomllib_keeps_its_line():
    source = GOOD + "[[pages.questions]]\nid = 'b'\ntype = = 'text'\n"
    problem = assert_problem_on_line(source, 14, 'the value after "=" is not valid')
    assert "(at line" not in problem.message, "the position belongs in file:line only"


def test_windows_line_endings_keep_lines_right():
    source = GOOD.replace("\n", "\r\n") + "colour = 'red'\r\n"
    assert_problem_on_line(source, 12, 'unknown key "colour" in question "name"')


def test_a_file_that_is_not_utf8_is_reported_on_the_bad_line():
    raw = GOOD.encode() + b"# caf\xe9 au lait\n"
    with pytest.raises(FormError) as info:
        load_form_bytes(raw, "f.toml")
    (problem,) = info.value.problems
    assert problem.line == 12
    assert "not UTF-8" in problem.message


def test_a_file_over_one_megabyte_is_refused(tmp_path: Path):
    raw = (GOOD + "# " + "x" * MAX_FILE_BYTES + "\n").encode()
    with pytest.raises(FormError) as info:
        load_form_bytes(raw, "big.toml")
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == ("big.toml", 1)
    assert "over 1 MB" in problem.message
    path = tmp_path / "big.toml"
    path.write_bytes(raw)
    with pytest.raises(FormError, match="over 1 MB"):
        load_form(path)
    # Just under the limit is only a matter of content, not of size.
    fits = (GOOD + "#" * (MAX_FILE_BYTES - len(GOOD) - 1) + "\n").encode()
    assert len(fits) == MAX_FILE_BYTES
    assert load_form_bytes(fits, "fits.toml").id == "tiny"


@pytest.mark.parametrize("source", ["", "\n\n", "# only a comment\n"], ids=repr)
def test_an_empty_file_names_what_a_form_needs(source: str):
    problems = problems_of(source)
    assert all(p.line == 1 for p in problems)
    text = " | ".join(p.message for p in problems)
    for needed in ('needs "form"', 'needs "title"', 'needs "version"', '"[[pages]]"'):
        assert needed in text


def test_a_missing_file_is_a_form_error(tmp_path: Path):
    with pytest.raises(FormError) as info:
        load_form(tmp_path / "gone.toml")
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == ("gone.toml", 1)
    assert "cannot read the file" in problem.message


@pytest.mark.parametrize(
    ("key", "condition"),
    [
        ("show_if", "__import__('os').system('touch {marker}')"),
        ("show_if", "__import__('os')"),
        ("show_if", "exec(\"open('{marker}', 'w')\")"),
        ("show_if", "open('{marker}', 'w') is answered"),
        ("constraint", "eval(\"__import__('os').system('touch {marker}')\")"),
        ("when", "name.__class__.__init__.__globals__ is answered"),
    ],
)
def test_code_in_a_condition_is_refused_and_never_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, condition: str
):
    marker = tmp_path / "ran"
    ran: list[object] = []
    monkeypatch.setattr(os, "system", lambda *a: ran.append(a) or 0)
    real_import = builtins.__import__

    def watched_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name in ("os", "subprocess"):
            ran.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", watched_import)
    text = condition.format(marker=marker)
    extra = {
        "show_if": f"show_if = {json.dumps(text)}\n",
        "constraint": f"constraint = {json.dumps(text)}\nconstraint_message = 'No.'\n",
        "when": f"[[pages.questions.flags]]\nwhen = {json.dumps(text)}\n"
        "level = 'postpone'\nmessage = 'Never.'\n",
    }[key]
    source = GOOD + extra
    problem = assert_problem_on_line(source, 13 if key == "when" else 12, key)
    monkeypatch.setattr(builtins, "__import__", real_import)
    assert not marker.exists()
    assert ran == []
    assert problem.message.startswith(f"{key} of ")


def test_every_problem_in_a_file_is_reported_sorted_by_line():
    source = textwrap.dedent(
        """\
        form = "t"
        title = "T"
        version = 1
        consent_record = true
        colour = "red"

        [[pages]]
        title = "P"
        show_if = "later == yes"

        [[pages.questions]]
        id = "age"
        type = "number"
        text = "Age"
        min = 10
        max = 1
        required = "yes"

        [[pages.questions]]
        id = "age"
        type = "text"
        text = "Again"

        [[pages.questions]]
        id = "later"
        type = "yes_no"
        text = "Later"
          [[pages.questions.flags]]
          when = "later == maybe"
          level = "soon"
          message = "x"
        """
    )
    problems = problems_of(source)
    got = [(p.line, p.message) for p in problems]
    expected = [
        (4, "a consent record needs a signature question"),
        (5, 'unknown key "colour"'),
        (9, "comes later in the form"),
        (15, 'is larger than its "max"'),
        (17, '"required" of question "age" must be true or false'),
        (20, 'duplicate question id "age" (first used on line 12)'),
        (29, "when of a flag of question"),
        (30, "level of a flag"),
    ]
    assert len(got) == len(expected), got
    for (line, message), (want_line, fragment) in zip(got, expected, strict=True):
        assert line == want_line and fragment in message, got


def test_a_formerror_reads_as_its_first_problem():
    with pytest.raises(FormError) as info:
        load_form_text("form = 3\n", "x.toml")
    assert str(info.value) == str(info.value.problems[0])
    assert str(info.value).startswith("x.toml:1: ")


# ---------------------------------------------------------------- loader bugs


def test_text_with_a_lone_surrogate_is_a_form_error():
    # load_form_text takes str (stored forms come back from the database as
    # str); tomllib accepts U+D800 inside a string, then the sha256 step's
    # source.encode("utf-8") raises UnicodeEncodeError.
    source = GOOD.replace('title = "Tiny"', 'title = "Tiny \ud800"')
    with pytest.raises(FormError) as info:
        load_form_text(source, "f.toml")
    assert info.value.problems[0].line == 2


def test_a_form_saved_as_utf8_with_a_byte_order_mark_loads():
    # Notepad and many Windows editors offer "UTF-8 with BOM"; today the clinic
    # gets "f.toml:1: not valid TOML: Invalid statement" for a good form.
    raw = b"\xef\xbb\xbf" + (FORMS_DIR / "intake.toml").read_bytes()
    spec = load_form_bytes(raw, "intake.toml")
    assert spec.id == "intake"
    assert not spec.source.startswith("\ufeff")


def many_questions(count: int, show_if) -> str:
    parts = ['form = "big"\ntitle = "Big"\nversion = 1\n[[pages]]\ntitle = "P"\n']
    for i in range(count):
        parts.append(f'[[pages.questions]]\nid = "q{i}"\ntype = "text"\ntext = "Q"\n')
        if show_if(i):
            parts.append(f"show_if = {json.dumps(show_if(i))}\n")
    return "".join(parts)


def seconds_to_check(source: str) -> tuple[float, int]:
    """How long checking takes, and how many problems it finds."""
    start = time.perf_counter()
    try:
        load_form_text(source, "big.toml")
    except FormError as err:
        return time.perf_counter() - start, len(err.problems)
    return time.perf_counter() - start, 0


def test_checking_a_file_full_of_unknown_names_is_not_quadratic(monkeypatch):
    # Each unknown name once cost a difflib search over every earlier id and a
    # rebuild of the id set: ~150 s for a 1 MB file, freezing the forms scan.
    # Count the work instead of timing it.
    from smpdesk.questionnaire import loader

    calls = {"guess": 0, "ids": 0}
    real_guess, real_ids = loader.difflib.get_close_matches, loader._all_question_ids

    def guess(*args, **kwargs):
        calls["guess"] += 1
        return real_guess(*args, **kwargs)

    def ids(*args, **kwargs):
        calls["ids"] += 1
        return real_ids(*args, **kwargs)

    monkeypatch.setattr(loader.difflib, "get_close_matches", guess)
    monkeypatch.setattr(loader, "_all_question_ids", ids)
    bad = many_questions(1500, lambda i: f"z{i} is answered")
    assert seconds_to_check(bad)[1] == 1500
    assert calls["ids"] == 1
    assert calls["guess"] <= 40


def test_a_page_without_questions_names_the_header_to_write():
    source = 'form = "t"\ntitle = "T"\nversion = 1\n[[pages]]\ntitle = "P"\n'
    problem = assert_problem_on_line(source, 4, "page 1 needs at least one")
    assert '"[[pages.questions]]"' in problem.message


def test_naming_an_earlier_broken_question_does_not_say_it_comes_later():
    source = textwrap.dedent(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "smoker"
        type = "yesno"
        text = "Do you smoke?"
        [[pages.questions]]
        id = "how_much"
        type = "number"
        text = "How many a day?"
        show_if = "smoker == yes"
        """
    )
    assert_problem_on_line(source, 8, "unknown type 'yesno'")
    problem = assert_problem_on_line(source, 14, 'names "smoker"')
    assert "later" not in problem.message


def test_a_show_if_naming_its_own_question_says_so():
    source = GOOD + 'show_if = "name is answered"\n'
    problem = assert_problem_on_line(source, 12, 'names "name"')
    assert "later" not in problem.message


@pytest.mark.parametrize(
    "counts",
    ["min_selected = 3\nmax_selected = 1\n", "min_selected = 3\n"],
    ids=["min-above-max", "min-above-number-of-choices"],
)
def test_a_multiple_choice_that_cannot_be_answered_is_refused(counts: str):
    source = textwrap.dedent(
        """\
        form = "t"
        title = "T"
        version = 1
        [[pages]]
        title = "P"
        [[pages.questions]]
        id = "areas"
        type = "multiple_choice"
        text = "Areas"
        choices = ["crown", "hairline"]
        """
    )
    assert_problem_on_line(source + counts, 11, "min_selected")


# ---------------------------------------------------------------- a forms folder

BROKEN = 'form = "broken"\ntitle = "Broken"\nversion = 1\ncolour = "red"\n'


def copy_shipped(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in SHIPPED:
        shutil.copy(path, folder / path.name)
    return folder


def test_scan_lists_a_broken_file_and_keeps_the_good_ones(tmp_path: Path):
    folder = copy_shipped(tmp_path / "forms")
    (folder / "broken.toml").write_text(BROKEN, encoding="utf-8")
    (folder / "notes.txt").write_text("not a form", encoding="utf-8")
    entries = scan_forms(folder)
    assert [e.path.name for e in entries] == [
        "broken.toml",
        "consent.toml",
        "intake.toml",
        "medical.toml",
    ]
    broken, *good = entries
    assert not broken.available and broken.spec is None
    assert broken.reason == 'broken.toml:1: the form needs at least one "[[pages]]" table'
    assert [str(p) for p in broken.problems][1].startswith("broken.toml:4: unknown key")
    assert all(e.available and not e.problems for e in good)
    assert [e.spec.id for e in good] == ["consent", "intake", "medical"]


def test_scan_refuses_a_second_file_with_the_same_form_id(tmp_path: Path):
    folder = copy_shipped(tmp_path / "forms")
    shutil.copy(folder / "intake.toml", folder / "intake_copy.toml")
    entries = {e.path.name: e for e in scan_forms(folder)}
    assert entries["intake.toml"].available
    copy = entries["intake_copy.toml"]
    assert not copy.available
    (problem,) = copy.problems
    intake = (FORMS_DIR / "intake.toml").read_text(encoding="utf-8")
    form_line = 1 + intake.splitlines().index('form = "intake"')
    assert problem.line == form_line
    assert problem.file == "intake_copy.toml"
    assert 'form id "intake" is also used by intake.toml' in problem.message
    assert sum(e.available for e in entries.values()) == 3


def test_scan_of_an_empty_folder_is_empty(tmp_path: Path):
    assert scan_forms(tmp_path) == []


# ---------------------------------------------------------------- command line


def test_forms_check_prints_every_problem_of_every_file(tmp_path: Path, capsys):
    folder = tmp_path / "forms"
    folder.mkdir()
    shutil.copy(FORMS_DIR / "intake.toml", folder)
    (folder / "a_broken.toml").write_text(BROKEN, encoding="utf-8")
    (folder / "b_typos.toml").write_text(
        GOOD.replace('title = "Tiny"', 'titel = "Tiny"') + "colour = 'red'\n", encoding="utf-8"
    )
    assert cli.main(["forms", "check", str(folder)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    expected = [
        f"{folder / name}:{p.line}: {p.message}"
        for name in ("a_broken.toml", "b_typos.toml")
        for p in problems_of((folder / name).read_text(encoding="utf-8"), name)
    ]
    assert [line for line in lines if not line.startswith("ok ")] == expected
    assert f'{folder / "a_broken.toml"}:4: unknown key "colour" in the form' in lines
    assert f'{folder / "b_typos.toml"}:2: unknown key "titel"' in out
    assert f'{folder / "b_typos.toml"}:12: unknown key "colour"' in out
    assert len([line for line in lines if line.startswith("ok ")]) == 1
    assert err.strip() == "2 of 3 form files have problems."


def test_forms_check_of_the_shipped_forms_passes(capsys):
    assert cli.main(["forms", "check", str(FORMS_DIR)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == len(SHIPPED)
    for line, path in zip(lines, SHIPPED, strict=True):
        spec = load_form(path)
        assert line.startswith(f"ok   {path.name}  {spec.id}: v{spec.version}, ")
        assert f"{len(spec.pages)} pages" in line
    medical = load_form(FORMS_DIR / "medical.toml")
    rules = sum(len(q.flags) + sum(1 for c in q.choices if c.flag) for q in all_questions(medical))
    assert f"{rules} flag rules" in lines[2]
    assert err == ""


def test_forms_list_shows_each_form_and_the_unavailable_one(tmp_path: Path, capsys):
    folder = copy_shipped(tmp_path / "forms")
    (folder / "broken.toml").write_text(BROKEN, encoding="utf-8")
    assert cli.main(["forms", "list", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    broken = next(line for line in lines if line.startswith("broken"))
    assert "unavailable" in broken and "broken.toml:1:" in broken
    for path in SHIPPED:
        spec = load_form(path)
        line = next(line for line in lines if line.startswith(spec.id + " "))
        assert f"v{spec.version}" in line and spec.title in line
        assert "unavailable" not in line


@pytest.mark.parametrize("command", ["check", "list"])
def test_forms_on_a_folder_that_does_not_exist(tmp_path: Path, capsys, command: str):
    missing = tmp_path / "nowhere"
    assert cli.main(["forms", command, str(missing)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert str(missing) in err
    assert err.strip().endswith(".") and "Traceback" not in err


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
