"""A forms folder: broken files listed as unavailable, the rest still usable."""

from __future__ import annotations

import shutil
from pathlib import Path

from smpdesk.questionnaire.loader import (
    scan_forms,
)
from tests.questionnaire.form_files import (
    BROKEN,
    FORMS_DIR,
    copy_shipped,
)

# ---------------------------------------------------------------- a forms folder


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
