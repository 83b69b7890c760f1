"""'smpdesk forms check' and 'forms list' from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from smpdesk import cli
from smpdesk.questionnaire.loader import (
    load_form,
)
from tests.questionnaire.form_files import (
    BROKEN,
    FORMS_DIR,
    GOOD,
    SHIPPED,
    all_questions,
    copy_shipped,
    problems_of,
)

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
        language = f" [{spec.language}]" if spec.language else ""
        assert line.startswith(f"ok   {path.name}  {spec.id}{language}: v{spec.version}, ")
        assert f"{len(spec.pages)} pages" in line
    medical = load_form(FORMS_DIR / "medical.toml")
    rules = sum(len(q.flags) + sum(1 for c in q.choices if c.flag) for q in all_questions(medical))
    assert f"{rules} flag rules" in next(line for line in lines if "ok   medical.toml" in line)
    assert err == ""


def test_forms_list_shows_each_form_and_the_unavailable_one(tmp_path: Path, capsys):
    folder = copy_shipped(tmp_path / "forms")
    (folder / "broken.toml").write_text(BROKEN, encoding="utf-8")
    assert cli.main(["forms", "list", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(SHIPPED) + 1
    broken = next(line for line in lines if line.startswith("broken"))
    assert "unavailable" in broken and "broken.toml:1:" in broken
    for path in SHIPPED:
        spec = load_form(path)
        name = f"{spec.id}.{spec.language}" if spec.language else spec.id
        line = next(line for line in lines if line.startswith(name + " "))
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
