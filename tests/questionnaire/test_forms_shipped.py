"""The shipped forms load and keep their promises."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest

from smpdesk.questionnaire.loader import (
    load_form,
    load_form_text,
)
from smpdesk.questionnaire.spec import FLAG_LEVELS
from tests.questionnaire.form_files import (
    FORMS_DIR,
    SHIPPED,
    all_questions,
)

# ---------------------------------------------------------------- shipped forms


def test_the_shipped_forms_are_all_there():
    main = ["consent.toml", "intake.toml", "medical.toml"]
    # Each also in Spanish, German and Polish (issue 20): consent.es.toml and so on.
    assert [p.name for p in SHIPPED] == sorted(
        [*main, *(f"{m[:-5]}.{code}.toml" for m in main for code in ("de", "es", "pl"))]
    )


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_each_shipped_form_loads(path: Path):
    spec = load_form(path)
    assert spec.id == path.stem.split(".")[0]
    assert spec.language == ([*path.stem.split("."), ""])[1]
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
