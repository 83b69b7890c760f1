"""Loader bugs found once, kept fixed (including how long checking takes)."""

from __future__ import annotations

import json
import textwrap
import time

import pytest

from smpdesk.questionnaire.loader import (
    FormError,
    load_form_bytes,
    load_form_text,
)
from tests.questionnaire.form_files import (
    FORMS_DIR,
    GOOD,
    assert_problem_on_line,
)

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
