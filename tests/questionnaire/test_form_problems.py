"""Every mistake in a form file is reported on its own line, in words."""

from __future__ import annotations

import builtins
import json
import os
import textwrap
from pathlib import Path
from typing import Any

import pytest

from smpdesk.questionnaire.loader import (
    MAX_FILE_BYTES,
    FormError,
    load_form,
    load_form_bytes,
    load_form_text,
)
from tests.questionnaire.form_files import (
    GOOD,
    SHIPPED,
    SHIPPED_TEXTS,
    assert_problem_on_line,
    problems_of,
)

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
