"""Shared by the form-loader tests: the shipped forms, a good small form, problem helpers."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from smpdesk.questionnaire.loader import (
    FormError,
    FormProblem,
    load_form_text,
)
from smpdesk.questionnaire.spec import FormSpec

FORMS_DIR = Path(__file__).resolve().parents[2] / "forms"
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


BROKEN = 'form = "broken"\ntitle = "Broken"\nversion = 1\ncolour = "red"\n'


def copy_shipped(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in SHIPPED:
        shutil.copy(path, folder / path.name)
    return folder
