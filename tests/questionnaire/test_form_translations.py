"""Issue 20: each form in each language, with the main form's structure and keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from smpdesk.domain.languages import LANGUAGES
from smpdesk.questionnaire.loader import FormError, load_form, load_form_text, scan_forms

FORMS = Path(__file__).resolve().parents[2] / "forms"
MAIN = ("intake", "medical", "consent")
TRANSLATED = sorted(set(LANGUAGES) - {"en"})


def _copy(tmp_path: Path, *names: str) -> Path:
    for name in names:
        (tmp_path / name).write_bytes((FORMS / name).read_bytes())
    return tmp_path


@pytest.mark.parametrize("form", MAIN)
@pytest.mark.parametrize("language", TRANSLATED)
def test_every_form_is_shipped_in_every_language_with_the_same_keys(form, language):
    entries = {e.spec.id: e for e in scan_forms(FORMS) if e.spec is not None}
    translation = entries[form].translations.get(language)
    assert translation is not None, f"{form}.{language}.toml is missing"
    assert translation.problems == [], [str(p) for p in translation.problems]
    spec = translation.spec
    main = entries[form].spec
    assert spec.language == language and spec.version == main.version
    assert list(spec.questions) == list(main.questions)
    for question_id, question in main.questions.items():
        theirs = spec.questions[question_id]
        assert theirs.text and (bool(theirs.help) == bool(question.help))
        assert [c.value for c in theirs.choices] == [c.value for c in question.choices]
        # Translated, not copied: the shipped texts differ from English.
        if len(question.text) > 25:
            assert theirs.text != question.text, f"{form}.{language}: {question_id} untranslated"


def test_no_file_in_the_shipped_folder_has_a_problem():
    files = [e for main in scan_forms(FORMS) for e in (main, *main.translations.values())]
    assert len(files) == len(MAIN) * len(LANGUAGES)
    assert [str(p) for e in files for p in e.problems] == []


def _translation(tmp_path: Path, edit) -> list[str]:
    """consent.pl.toml after ``edit``, checked against the shipped consent.toml."""
    _copy(tmp_path, "consent.toml")
    text = (FORMS / "consent.pl.toml").read_text(encoding="utf-8")
    (tmp_path / "consent.pl.toml").write_text(edit(text), encoding="utf-8")
    main = next(e for e in scan_forms(tmp_path) if e.spec is not None)
    entry = main.translations["pl"]
    assert entry.spec is None  # a drifted translation is never offered
    return [str(p) for p in entry.problems]


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_missing_translation_is_named_with_both_files_lines(tmp_path):
    text = (FORMS / "consent.pl.toml").read_text(encoding="utf-8")
    help_line = re.search(r"\nhelp = .*", text)
    assert help_line is not None
    found = _translation(tmp_path, lambda t: t.replace(help_line.group(0), "", 1))
    assert len(found) == 1
    assert re.fullmatch(
        r'consent\.pl\.toml:\d+: "help" is missing: .* \(consent\.toml:\d+\)', found[0]
    )


def test_a_translation_behind_the_main_forms_version_is_not_offered(tmp_path):
    text = (FORMS / "consent.pl.toml").read_text(encoding="utf-8")
    found = _translation(tmp_path, lambda t: t.replace('version = "2"', 'version = "1"', 1))
    line = _line_of(text, 'version = "2"')
    main_line = _line_of((FORMS / "consent.toml").read_text(encoding="utf-8"), 'version = "2"')
    assert found == [
        f'consent.pl.toml:{line}: version "1" is not the main form\'s "2": bring the '
        f"translation up to date with it and give it the same version (consent.toml:{main_line})"
    ]


def test_an_extra_text_is_named(tmp_path):
    def edit(text: str) -> str:
        return text.replace(
            'type = "acknowledgement"\n', 'type = "acknowledgement"\nhelp = "Dodatkowy tekst."\n', 1
        )

    found = _translation(tmp_path, edit)
    assert len(found) == 1 and '"help" is extra: the main form has none here' in found[0]


def test_mismatched_placeholders_are_named(tmp_path):
    text = (FORMS / "consent.pl.toml").read_text(encoding="utf-8")
    first_ack = re.search(r'type = "acknowledgement"\ntext = "', text)
    assert first_ack is not None
    spot = first_ack.end()
    found = _translation(tmp_path, lambda t: t[:spot] + "{client_name} " + t[spot:])
    line = _line_of(text, text[first_ack.start() : spot])
    assert found == [
        f'consent.pl.toml:{line + 1}: "text" has different placeholders from the main form '
        f"(it has none) (consent.toml:{line})"
    ] or (len(found) == 1 and "different placeholders" in found[0]), found


def test_a_question_missing_from_a_translation_stops_it(tmp_path):
    text = (FORMS / "consent.pl.toml").read_text(encoding="utf-8")
    block = re.search(r'\n\[\[pages\.questions\]\]\nid = "ack_no_hair_growth"[^\[]*', text)
    assert block is not None
    found = _translation(tmp_path, lambda t: t.replace(block.group(0), "\n", 1))
    assert any("missing ack_no_hair_growth" in p for p in found), found


def test_a_translation_without_its_main_form_and_a_bad_language_are_problems(tmp_path):
    _copy(tmp_path, "consent.pl.toml")
    (tmp_path / "intake.xx.toml").write_text(
        (FORMS / "intake.es.toml")
        .read_text(encoding="utf-8")
        .replace('language = "es"', 'language = "xx"'),
        encoding="utf-8",
    )
    entries = scan_forms(tmp_path)
    said = {e.path.name: e.reason for e in entries}
    assert 'no main form "consent"' in said["consent.pl.toml"]
    assert '"language" = "xx"' in said["intake.xx.toml"]
    assert all(e.spec is None for e in entries)


def test_the_main_form_cannot_be_replaced_by_a_copy_in_the_same_language(tmp_path):
    _copy(tmp_path, "consent.toml", "consent.pl.toml")
    (tmp_path / "consent - Copy.pl.toml").write_bytes((FORMS / "consent.pl.toml").read_bytes())
    main = next(e for e in scan_forms(tmp_path) if e.spec is not None)
    assert main.translations["pl"].path.name == "consent.pl.toml"
    assert main.in_language("pl").language == "pl"
    assert main.in_language("de") is main.spec  # no German file here: the clinic's own
    assert main.in_language("") is main.spec


def test_a_stored_translation_still_loads_leniently():
    source = (FORMS / "medical.de.toml").read_text(encoding="utf-8")
    spec = load_form_text(source, "stored", lenient=True)
    assert spec.language == "de"
    with pytest.raises(FormError, match='"language" must be text'):
        load_form_text(source.replace('language = "de"', "language = 4"), "x.toml")
    assert load_form(FORMS / "medical.toml").language == ""


def test_a_translations_name_and_language_must_agree(tmp_path):
    _copy(tmp_path, "consent.toml")
    text = (FORMS / "consent.pl.toml").read_text(encoding="utf-8")
    (tmp_path / "consent.pl.toml").write_text(text.replace('language = "pl"', 'language = "de"'))
    (tmp_path / "intake.toml").write_text(
        (FORMS / "intake.toml")
        .read_text(encoding="utf-8")
        .replace('version = "1"', 'version = "1"\nlanguage = ""')
    )
    entries = {e.path.name: e for e in scan_forms(tmp_path)}
    consent = entries["consent.toml"]
    assert "de" not in consent.translations and consent.in_language("de") is consent.spec
    assert "name it consent.de.toml" in entries["consent.pl.toml"].reason
    assert '"language" is empty' in entries["intake.toml"].reason
