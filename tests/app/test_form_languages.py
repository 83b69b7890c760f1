"""Issue 20: a client answers in their language; the answers keep it for ever."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from smpdesk import cli
from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires
from smpdesk.app.demo.forms import fill
from smpdesk.domain.client_details import ClientDetails
from smpdesk.paths import shipped_forms_dir


@pytest.fixture
def client(db):
    return client_cases.add_client(
        db, ClientDetails(given_name="Lucía", family_name="Pérez", language="es")
    )


def _medical_that_flags(spec):
    """Medical answers raising flags: unwell today, and a cold sore."""
    answers = fill(spec, {"unwell_now": True, "cold_sore_now": True}, seed=2, today=date.today())
    assert len(questionnaires.raised_flags(spec, answers)) >= 2
    return answers


def test_the_form_is_asked_in_the_clients_language_or_the_clinics(db, client):
    entries = questionnaires.form_entries(db)
    assert questionnaires.find_form(entries, "consent", "es").language == "es"
    assert questionnaires.find_form(entries, "consent", "pl").title.startswith("Zgoda")
    assert questionnaires.find_form(entries, "consent", "").language == ""
    assert questionnaires.find_form(entries, "consent", "en").language == ""


def test_a_spanish_answer_flags_in_the_clinics_words_and_says_its_language(db, client, capsys):
    entries = questionnaires.form_entries(db)
    spanish = questionnaires.find_form(entries, "medical", "es")
    english = questionnaires.find_form(entries, "medical")
    answers = _medical_that_flags(spanish)
    response = questionnaires.finish(db, client.id, spanish, answers)
    english_messages = {f.message for f in questionnaires.raised_flags(english, answers)}
    assert english_messages and {f["message"] for f in response.flags} == english_messages
    assert questionnaires.answered_in(db, response) == "es"
    beside = questionnaires.clinic_form(db, questionnaires.open_response(db, response.id).spec)
    assert beside is not None and beside.language == "" and beside.sha256 == english.sha256

    assert cli.main(["responses", "--client", str(client.id), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["language"] for r in listed] == ["es"]


def test_a_spanish_response_renders_in_spanish_after_the_form_files_change(db, client):
    folder = questionnaires.forms_folder(db)
    spanish = questionnaires.find_form(questionnaires.form_entries(db), "intake", "es")
    answers = fill(spanish, {}, seed=1, today=date.today())
    response = questionnaires.finish(db, client.id, spanish, answers)
    first_title = spanish.pages[0].title

    # The clinic rewrites both files (a new version), then deletes the translation.
    for name in ("intake.toml", "intake.es.toml"):
        path = folder / name
        text = path.read_text(encoding="utf-8").replace('version = "1"', 'version = "2"', 1)
        path.write_text(text.replace(first_title, "Otra cosa", 1), encoding="utf-8")
    changed = questionnaires.find_form(questionnaires.form_entries(db), "intake", "es")
    assert changed.version == "2" and changed.pages[0].title != first_title
    (folder / "intake.es.toml").unlink()

    opened = questionnaires.open_response(db, response.id)
    assert opened.spec.language == "es" and opened.spec.version == "1"
    assert opened.spec.pages[0].title == first_title
    assert opened.spec.sha256 == spanish.sha256
    # The clinic's own form changed since, so nothing is shown beside it as its equal.
    assert questionnaires.clinic_form(db, opened.spec) is None


def test_a_clinic_folder_made_before_translations_gets_them_once(db, tmp_path, monkeypatch):
    folder = questionnaires.forms_folder(db)
    for path in folder.glob("*.*.toml"):
        path.unlink()
    (folder / ".translations-offered").unlink()
    medical = (folder / "medical.toml").read_text(encoding="utf-8")
    (folder / "medical.toml").write_text(medical.replace('version = "2"', 'version = "3"'), "utf-8")
    # A comment changes no question: its translations still fit.
    (folder / "intake.toml").write_text(
        (folder / "intake.toml").read_text(encoding="utf-8") + "\n# our note\n", "utf-8"
    )
    questionnaires._offered_in.clear()
    questionnaires.forms_folder(db)
    names = {p.name for p in folder.glob("*.*.toml")}
    # Not beside an edited form: its translation would say something else.
    assert names == {
        f"{form}.{code}.toml" for form in ("intake", "consent") for code in ("es", "de", "pl")
    }
    (folder / "consent.pl.toml").unlink()  # the clinic does not want it
    questionnaires._offered_in.clear()
    questionnaires.forms_folder(db)
    assert not (folder / "consent.pl.toml").exists()
    assert (folder / "consent.de.toml").read_bytes() == (
        shipped_forms_dir() / "consent.de.toml"
    ).read_bytes()


def test_the_clinics_own_forms_folder_is_never_filled(db, tmp_path, monkeypatch):
    own = tmp_path / "own-forms"
    own.mkdir()
    shutil.copy(shipped_forms_dir() / "consent.toml", own)
    monkeypatch.setenv("SMPDESK_FORMS", str(own))
    questionnaires._offered_in.clear()
    assert questionnaires.forms_folder(db) == own
    assert [p.name for p in own.iterdir()] == ["consent.toml"]


def test_a_translation_is_never_written_through_a_link(db, tmp_path):
    folder = questionnaires.forms_folder(db)
    for path in folder.glob("*.*.toml"):
        path.unlink()
    (folder / ".translations-offered").unlink()
    outside = tmp_path / "outside.txt"
    (folder / "consent.de.toml").symlink_to(outside)  # dangling
    questionnaires._offered_in.clear()
    questionnaires.forms_folder(db)
    assert not outside.exists()
    assert (folder / "consent.pl.toml").is_file() and not list(folder.glob(".*.partial"))


def test_flags_stay_in_the_clinics_words_after_a_typo_is_fixed_in_the_translation(db, client):
    folder = questionnaires.forms_folder(db)
    spanish = questionnaires.find_form(questionnaires.form_entries(db), "medical", "es")
    answers = _medical_that_flags(spanish)
    questionnaires.save_draft(db, client.id, spanish, answers, 0)
    path = folder / "medical.es.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# errata corregida\n", "utf-8")
    english = questionnaires.find_form(questionnaires.form_entries(db), "medical")
    wanted = {f.message for f in questionnaires.raised_flags(english, answers)}
    assert {f.message for f in questionnaires.client_flags(db, client.id)} == wanted
    response = questionnaires.finish(db, client.id, spanish, answers)
    assert {f["message"] for f in response.flags} == wanted


def test_a_translated_answer_is_finished_when_the_forms_folder_is_gone(
    db, client, monkeypatch, tmp_path
):
    spanish = questionnaires.find_form(questionnaires.form_entries(db), "medical", "es")
    answers = _medical_that_flags(spanish)
    monkeypatch.setenv("SMPDESK_FORMS", str(tmp_path / "unplugged"))
    response = questionnaires.finish(db, client.id, spanish, answers)
    # The clinic's words cannot be read: the flags keep the translation's, not lost.
    assert {f["message"] for f in response.flags} == {
        f.message for f in questionnaires.raised_flags(spanish, answers)
    }
    assert questionnaires.client_flags(db, client.id)
