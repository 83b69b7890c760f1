"""A forms folder listed on every client page is parsed again only when a file changed."""

from __future__ import annotations

import shutil

from smpdesk.paths import shipped_forms_dir
from smpdesk.questionnaire import loader


def test_an_unchanged_file_is_not_parsed_again_and_a_changed_one_is(tmp_path, monkeypatch):
    for name in ("intake.toml", "consent.toml"):
        shutil.copy(shipped_forms_dir() / name, tmp_path / name)
    parsed: list[str] = []
    real = loader.load_form_bytes

    def counting(raw: bytes, name: str):
        parsed.append(name)
        return real(raw, name)

    monkeypatch.setattr(loader, "load_form_bytes", counting)
    first = loader.scan_forms(tmp_path)
    again = loader.scan_forms(tmp_path)
    assert sorted(parsed) == ["consent.toml", "intake.toml"]
    assert [e.spec for e in again] == [e.spec for e in first]

    # The same size, rewritten at once (the same clock tick): still noticed.
    intake = tmp_path / "intake.toml"
    text = intake.read_text(encoding="utf-8")
    intake.write_text(text.replace('title = "Intake"', 'title = "Intaks"', 1), encoding="utf-8")
    changed = {e.path.name: e for e in loader.scan_forms(tmp_path)}
    assert parsed.count("intake.toml") == 2 and parsed.count("consent.toml") == 1
    assert changed["intake.toml"].spec is not None
    assert changed["intake.toml"].spec.title != first[1].spec.title

    # A file broken since is reported, not served from memory.
    intake.write_text("this is not toml [", encoding="utf-8")
    broken = {e.path.name: e for e in loader.scan_forms(tmp_path)}
    assert broken["intake.toml"].spec is None and broken["intake.toml"].problems
