"""The care plan in Spanish, German and Polish (issue 20, L2).

A translated care plan must say the same things on the same days as the English one:
these tests check the shipped files directly (not only through the checker) and check
that ``care_plan_translation_problems`` and ``smpdesk forms check`` point at the exact
line of each kind of mistake a translator can make.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from smpdesk import cli
from smpdesk.domain import aftercare
from smpdesk.domain.aftercare import (
    CarePlan,
    care_plan_path,
    care_plan_translation_problems,
    default_care_plan_path,
    load_care_plan,
)
from smpdesk.domain.languages import LANGUAGES
from smpdesk.errors import UserError
from tests.questionnaire.form_files import FORMS_DIR

ENGLISH = default_care_plan_path()
TRANSLATED = [code for code in LANGUAGES if code != "en"]
GLOSSARY = ENGLISH.parents[1] / "i18n" / "glossary.md"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def texts(plan: CarePlan) -> list[str]:
    """Every text of the plan in file order, one list entry per text."""
    out = [plan.title, plan.intro, plan.closing, plan.timeline_heading, plan.timeline_note]
    for phase in plan.phases:
        out += [phase.topic, phase.text]
    for section in (plan.every_day, plan.normal, plan.warning_signs, plan.before_next_session):
        out += [section.heading, section.intro, section.note, *section.items]
    return out


# -- the shipped translations ---------------------------------------------------------


def test_english_is_still_the_same_file_and_the_same_object():
    assert care_plan_path("en") == care_plan_path("") == ENGLISH
    plan = load_care_plan()
    assert load_care_plan(language="en") is plan
    assert load_care_plan(language="") is plan
    assert load_care_plan(ENGLISH) is plan


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_translation_loads_with_the_english_structure(code: str):
    english, plan = load_care_plan(), load_care_plan(language=code)
    assert care_plan_path(code) == ENGLISH.with_name(f"care-plan.{code}.toml")
    assert plan.version == f"{english.version}-{code}"
    assert [(p.start, p.end) for p in plan.phases] == [(p.start, p.end) for p in english.phases]
    for name in ("every_day", "normal", "warning_signs", "before_next_session"):
        en_section, section = getattr(english, name), getattr(plan, name)
        assert len(section.items) == len(en_section.items), name
        assert bool(section.intro) == bool(en_section.intro), name
        assert bool(section.note) == bool(en_section.note), name
    en_texts, tr_texts = texts(english), texts(plan)
    assert len(en_texts) == len(tr_texts)
    for en_text, tr_text in zip(en_texts, tr_texts, strict=True):
        assert PLACEHOLDER.findall(tr_text) == PLACEHOLDER.findall(en_text), tr_text
        assert tr_text.count("**") == en_text.count("**"), tr_text
        assert bool(tr_text) == bool(en_text)
        # Translated, not copied: only the empty texts may be equal.
        assert not en_text or tr_text != en_text, tr_text
    # Rows the English groups under one topic stay grouped, and no more.
    en_topics = [p.topic for p in english.phases]
    tr_topics = [p.topic for p in plan.phases]
    assert len(set(zip(en_topics, tr_topics, strict=True))) == len(set(en_topics))
    assert len(set(tr_topics)) == len(set(en_topics))


# The glossary's word for each idea is the one the translation uses (resources/i18n).
GLOSSARY_WORDS = {
    "es": ["cuero cabelludo", "costra", "pigmento", "sesión", "protector solar", "sauna"],
    "de": ["Kopfhaut", "Kruste", "Pigment", "Sitzung", "Sonnenschutz", "Sauna"],
    "pl": ["skóra głowy", "strup", "pigment", "sesj", "krem z filtrem", "sauny"],
}


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_use_the_glossary_words(code: str):
    glossary = GLOSSARY.read_text(encoding="utf-8")
    words = " ".join(texts(load_care_plan(language=code)))
    for word in GLOSSARY_WORDS[code]:
        assert word.lower() in words.lower(), word
        assert word.rstrip("jy").lower() in glossary.lower(), word


def test_the_shipped_translations_have_no_problems():
    assert care_plan_translation_problems() == []


def test_an_unknown_language_is_refused_not_turned_into_english():
    with pytest.raises(UserError, match="no care plan in the language 'fr'"):
        load_care_plan(language="fr")


# -- a translator's mistakes ----------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped care plans that a test may break."""
    target = tmp_path / "aftercare"
    target.mkdir()
    for path in ENGLISH.parent.glob("care-plan*.toml"):
        shutil.copy(path, target)
    return target


def line_of(path: Path, needle: str, after: int = 0) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if number > after and needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def break_spanish(folder: Path) -> Path:
    """A missing phase, an extra key, a changed ``until`` and a dropped placeholder."""
    spanish = folder / "care-plan.es.toml"
    # The second moisturiser phase (from no_moisturiser + 1) is left out.
    text = spanish.read_text(encoding="utf-8")
    blocks = text.split("\n[[phase]]\n")
    (dropped,) = [b for b in blocks if 'from = "no_moisturiser + 1"' in b]
    spanish.write_text(text.replace("\n[[phase]]\n" + dropped, ""), encoding="utf-8")
    edit(spanish, 'heading = "Qué es normal"', 'heading = "Qué es normal"\nnote = "Extra."')
    edit(spanish, 'until = "sun_avoid"', 'until = "sun_avoid - 7"')
    edit(spanish, "**{emergency number}**", "**112**")
    return spanish


def test_each_mistake_is_reported_at_its_line(folder: Path):
    spanish = break_spanish(folder)
    english = folder / "care-plan.toml"
    problems = care_plan_translation_problems(folder)
    first_shaving = line_of(spanish, 'topic = "Afeitado"') - 1
    missing_from = line_of(english, 'from = "no_moisturiser + 1"') - 2
    sun_line = line_of(english, 'until = "sun_avoid"')
    assert problems == [
        f"{spanish}:{line_of(spanish, 'note = ', line_of(spanish, '[normal]'))}: "
        '"note" in [normal] is not in '
        "care-plan.toml; remove it or add it to the English file too.",
        f"{spanish}:{line_of(spanish, 'note = ', line_of(spanish, '[warning_signs]'))}: "
        '"note" has the placeholders none but the English has {emergency number}; keep them '
        "exactly as in English, untranslated.",
        f"{spanish}:{first_shaving}: phase 7 of the English "
        f'("Moisturiser", from no_moisturiser + 1, {english}:{missing_from}) is missing; '
        "every phase must be translated.",
        f'{spanish}:{line_of(spanish, "sun_avoid - 7")}: "until" is "sun_avoid - 7" but '
        f'{english}:{sun_line} says "sun_avoid"; the days '
        "come from the English file, only words change.",
    ]


def test_other_mistakes_are_reported_too(folder: Path):
    german, polish = folder / "care-plan.de.toml", folder / "care-plan.pl.toml"
    (folder / "care-plan.es.toml").unlink()
    edit(german, 'version = "2026.2-de"', 'version = "2026.1-de"')
    edit(german, "**vollständig trocken**", "vollständig trocken")
    edit(german, 'topic = "Sonne"\nfrom', 'topic = "Sonnenschutz"\nfrom')
    edit(polish, '    "Gorączka lub dreszcze.",\n', "")
    problems = "\n".join(care_plan_translation_problems(folder))
    topic_line = line_of(german, 'topic = "Sonnenschutz"')
    assert f"{folder / 'care-plan.es.toml'}: the Español care plan is missing" in problems
    assert f'{german}:{line_of(german, "version")}: version is "2026.1-de" but' in problems
    assert (
        f'{german}:{line_of(german, "text =", line_of(german, "keep_dry"))}: "text" has 0 '
        "**bold** parts but the English has 1" in problems
    )
    assert (
        f'{german}:{topic_line}: topic "Sonnenschutz" groups the rows '
        'differently from the English ("Sun")' in problems
    )
    assert (
        f"{polish}:{line_of(polish, 'items', line_of(polish, '[warning_signs]'))}: "
        "[warning_signs] has 6 items but" in problems
    )
    assert len(problems.splitlines()) == 5


def test_a_broken_translation_file_is_reported_with_its_line(folder: Path):
    polish = folder / "care-plan.pl.toml"
    edit(polish, 'topic = "Mycie"\nuntil', 'topik = "Mycie"\nuntil')
    [problem] = care_plan_translation_problems(folder)
    assert problem.startswith(f'{polish}:{line_of(polish, "topik")}: unknown key "topik"')


def test_forms_check_reports_the_care_plan_and_fails(folder: Path, monkeypatch, capsys):
    break_spanish(folder)
    monkeypatch.setattr(aftercare, "default_care_plan_path", lambda: folder / "care-plan.toml")
    assert cli.main(["forms", "check", str(FORMS_DIR)]) == 1
    out, err = capsys.readouterr()
    problems = care_plan_translation_problems(folder)
    assert len(problems) == 4
    assert [line for line in out.splitlines() if not line.startswith("ok ")] == problems
    assert err.strip() == (
        "The translations of the papers (aftercare sheet, consent record, quote) have 4 problems."
    )
