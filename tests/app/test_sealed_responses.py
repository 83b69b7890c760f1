"""Signed means sealed: frozen answers, new versions, the content hash and its check.

The walkthrough of issue 14, headless: a client signs the consent form, the
practitioner tries to change the marketing-photo answer (refused), a new version
is started and signed again, and the first stays exactly as it was, PDF and all.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from smpdesk import store
from smpdesk.app import backup_files, photos, questionnaires
from smpdesk.app import clients as client_cases
from smpdesk.app.clinic import open_clinic
from smpdesk.app.demo.forms import demo_signature, fill
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.cli import main
from smpdesk.domain.client_details import ClientDetails
from smpdesk.errors import UserError
from smpdesk.paths import shipped_forms_dir
from smpdesk.questionnaire import sealing
from smpdesk.questionnaire.answers import signature_value
from smpdesk.questionnaire.loader import load_form, load_form_text
from smpdesk.store.responses import sealed_findings

DATA = Path(__file__).resolve().parents[1] / "data"
# Twenty minutes ago: just after midnight that is yesterday, and the sentences then say
# "on <date> at <time>" rather than "at <time>".
CLIENT_SIGNS = datetime.now().astimezone().replace(microsecond=0) - timedelta(minutes=20)
PRACTITIONER_SIGNS = CLIENT_SIGNS + timedelta(minutes=7)


@pytest.fixture
def consent():
    return load_form(shipped_forms_dir() / "consent.toml")


@pytest.fixture
def client(db):
    return client_cases.add_client(
        db, ClientDetails(given_name="Ada", family_name="Ó Ceallaigh", date_of_birth="1979-02-11")
    )


def _answers(consent, **overrides) -> dict:
    return fill(consent, {"photos_clinical": True, **overrides}, seed=7, today=CLIENT_SIGNS.date())


def _client_part(consent, answers: dict) -> dict:
    """What the client has answered and signed when they hand the laptop back."""
    practitioner = {q.id for p in consent.pages if p.practitioner for q in p.questions}
    return {k: v for k, v in answers.items() if k not in practitioner}


def _signed_by_client(db, client, consent, **overrides) -> dict:
    answers = _answers(consent, **overrides)
    draft = {
        **_client_part(consent, answers),
        sealing.SIGNED_TIMES_KEY: {"signature": CLIENT_SIGNS.isoformat()},
    }
    questionnaires.save_draft(
        db, client.id, consent, draft, 9, client_mode=True, started_at=_started()
    )
    return answers


def _started() -> str:
    return (CLIENT_SIGNS - timedelta(minutes=15)).isoformat()


def _countersigned(answers: dict) -> dict:
    times = {"signature": CLIENT_SIGNS, "practitioner_signature": PRACTITIONER_SIGNS}
    return {**answers, sealing.SIGNED_TIMES_KEY: {k: v.isoformat() for k, v in times.items()}}


def _finish(db, client, consent, answers):
    return questionnaires.finish(
        db,
        client.id,
        consent,
        _countersigned(answers),
        started_at=_started(),
        signed_times={"practitioner_signature": PRACTITIONER_SIGNS.isoformat()},
    )


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


# -- frozen after signing ---------------------------------------------------------------


def test_coverage_is_everything_before_a_signature_in_form_order(consent):
    client_covers = sealing.covered(consent, "signature")
    assert client_covers[-1] == "signature"
    assert {"photos_marketing", "photos_clinical", "signed_on", "ack_copy_offered"} <= set(
        client_covers
    )
    assert "id_seen" not in client_covers and "about_smp" not in client_covers  # notes hold none
    countersigned = sealing.covered(consent, "practitioner_signature")
    assert set(client_covers) < set(countersigned) and "id_seen" in countersigned
    assert sealing.signature_ids(consent) == ("signature", "practitioner_signature")
    assert sealing.signer(consent, "signature") == "client"
    assert sealing.signer(consent, "practitioner_signature") == "practitioner"


def test_the_practitioner_cannot_change_what_the_client_signed(db, client, consent):
    answers = _signed_by_client(db, client, consent, photos_marketing=False)
    changed = {**_client_part(consent, answers), "photos_marketing": True}
    with pytest.raises(UserError, match=r"Signed by the client (at|on) .*sealed.*new version"):
        questionnaires.save_draft(db, client.id, consent, changed, 10)
    with pytest.raises(UserError, match="sealed"):
        questionnaires.finish(db, client.id, consent, {**_countersigned(answers), **changed})
    with pytest.raises(UserError, match="sealed"):  # the signature itself cannot be redrawn
        redrawn = {**answers, "signature": signature_value(demo_signature(99))}
        questionnaires.save_draft(db, client.id, consent, redrawn, 10)
    with pytest.raises(UserError, match="sealed"):  # nor taken away
        questionnaires.save_draft(db, client.id, consent, {**answers, "signature": None}, 10)
    with pytest.raises(UserError, match="sealed"):  # reception's hand-over path too
        draft = store.get_draft(db, client.id, "consent")
        questionnaires.save_client_draft(
            db, client.id, consent, changed, 9, started_at=draft.started_at
        )
    stored = store.get_draft(db, client.id, "consent")
    assert stored.answers["photos_marketing"] is False  # nothing was written
    assert questionnaires.client_responses(db, client.id) == []


def test_answers_after_a_signature_stay_open_until_the_next_one(db, client, consent):
    answers = _signed_by_client(db, client, consent)
    open_part = {**_client_part(consent, answers), "id_seen": "passport"}
    questionnaires.save_draft(db, client.id, consent, open_part, 10)
    questionnaires.save_draft(db, client.id, consent, {**open_part, "id_seen": "other"}, 10)
    countersigned = {**_countersigned(answers), "id_seen": "national_id"}
    questionnaires.save_draft(db, client.id, consent, countersigned, 10)
    with pytest.raises(UserError, match=r"Signed by the practitioner (at|on) "):
        questionnaires.save_draft(db, client.id, consent, {**countersigned, "id_seen": "other"}, 10)
    stored = store.get_draft(db, client.id, "consent").answers
    assert stored[sealing.SIGNED_TIMES_KEY] == {
        "signature": CLIENT_SIGNS.isoformat(),
        "practitioner_signature": PRACTITIONER_SIGNS.isoformat(),
    }
    assert stored[sealing.SIGNED_AT_KEY] == CLIENT_SIGNS.isoformat()  # as older drafts had it


def test_a_sealed_signature_keeps_its_time_whatever_is_sent(db, client, consent):
    answers = _signed_by_client(db, client, consent)
    later = {
        **_client_part(consent, answers),
        sealing.SIGNED_TIMES_KEY: {"signature": datetime.now().astimezone().isoformat()},
        sealing.SIGNED_AT_KEY: datetime.now().astimezone().isoformat(),
    }
    questionnaires.save_draft(db, client.id, consent, later, 9)
    stored = store.get_draft(db, client.id, "consent").answers
    assert stored[sealing.SIGNED_TIMES_KEY]["signature"] == CLIENT_SIGNS.isoformat()


def test_a_signature_is_not_kept_under_unfinished_answers(db, client, consent):
    answers = _client_part(consent, _answers(consent))
    del answers["photos_clinical"]  # required, above the signature
    with pytest.raises(UserError, match="once everything above it is answered"):
        questionnaires.save_draft(db, client.id, consent, answers, 9)
    assert store.get_draft(db, client.id, "consent") is None
    del answers["signature"]  # without the signature the draft saves as usual
    questionnaires.save_draft(db, client.id, consent, answers, 9)


def test_an_old_draft_with_only_the_first_signature_time_is_sealed_too(db, client, consent):
    """Drafts saved before several signatures kept one time, under ``_signed_at``."""
    answers = _client_part(consent, _answers(consent))
    store.save_draft(  # as an older smpdesk wrote it
        db,
        client.id,
        (consent.sha256, consent.id, consent.version, consent.title, consent.source),
        {**answers, sealing.SIGNED_AT_KEY: CLIENT_SIGNS.isoformat()},
        9,
    )
    with pytest.raises(UserError, match="sealed"):
        questionnaires.save_draft(db, client.id, consent, {**answers, "ack_age": None}, 9)


def test_a_signed_draft_cannot_be_discarded(db, client, consent):
    _signed_by_client(db, client, consent)
    assert questionnaires.draft_signed(store.get_draft(db, client.id, "consent"))
    with pytest.raises(UserError, match="signed, so it cannot be discarded"):
        questionnaires.discard_draft(db, client.id, "consent")
    assert store.get_draft(db, client.id, "consent") is not None


# -- a new version instead of a change --------------------------------------------------


def test_the_walkthrough_a_change_is_a_new_version_and_the_first_stays(db, client, consent):
    answers = _signed_by_client(db, client, consent, photos_marketing=False)
    with pytest.raises(UserError, match="new version"):
        questionnaires.finish(
            db, client.id, consent, {**_countersigned(answers), "photos_marketing": True}
        )
    first = _finish(db, client, consent, answers)
    first_pdf = questionnaires.consent_record(db, first.id)
    assert first.signed and first.content_sha256 and first.supersedes is None
    assert set(first.signed_times) == {"signature", "practitioner_signature"}

    draft = questionnaires.start_new_version(db, first.id)
    assert draft.supersedes == first.id
    assert "signature" not in draft.answers and "practitioner_signature" not in draft.answers
    assert "signed_on" not in draft.answers  # the new signing has its own date
    assert draft.answers["photos_marketing"] is False  # the rest carries over to change
    second_answers = {**answers, "photos_marketing": True, "signature": answers["signature"]}
    second = _finish(db, client, consent, second_answers)

    assert second.supersedes == first.id
    again = questionnaires.get_response(db, first.id)
    assert again.superseded_by == second.id
    assert again.answers == first.answers and again.answers["photos_marketing"] is False
    assert again.content_sha256 == first.content_sha256
    assert questionnaires.consent_record(db, first.id) == first_pdf  # byte for byte
    assert [r.id for r in questionnaires.client_responses(db, client.id)] == [second.id, first.id]
    assert questionnaires.response_versions(questionnaires.client_responses(db, client.id)) == {
        first.id: 1,
        second.id: 2,
    }
    # The newest version is what the clinic goes by.
    assert questionnaires.latest_answer(db, client.id, "consent", "photos_marketing") is True
    assert questionnaires.photo_consent(db, client.id) == "marketing"
    text = _text(questionnaires.consent_record(db, second.id))
    assert f"replaces record {first.id}" in text
    assert "Yes" in text


def test_a_new_version_only_from_the_newest_and_only_once(db, client, consent):
    answers = _answers(consent)
    first = _finish(db, client, consent, answers)
    with pytest.raises(UserError, match="no questionnaire response 999"):
        questionnaires.start_new_version(db, 999)
    questionnaires.start_new_version(db, first.id)
    with pytest.raises(UserError, match="already has an unfinished copy"):
        questionnaires.start_new_version(db, first.id)
    second = _finish(db, client, consent, answers)
    with pytest.raises(UserError, match="already replaced"):
        questionnaires.start_new_version(db, first.id)
    third = _finish(db, client, consent, answers)  # a fresh form, not a version
    assert third.supersedes is None
    with pytest.raises(UserError, match="Only the newest"):
        questionnaires.start_new_version(db, second.id)


def test_withdrawing_marketing_by_a_new_version(db, client, consent, tmp_path):
    picture = tmp_path / "front.jpg"
    picture.write_bytes(synthetic_scalp("front", 1, seed=3))
    [imported] = photos.import_photos(db, client.id, [picture], consent="marketing")
    answers = _answers(consent, photos_marketing=True)
    first = _finish(db, client, consent, answers)
    assert photos.get_photo(db, imported.photo_id).consent == "marketing"
    questionnaires.start_new_version(db, first.id)
    _finish(db, client, consent, {**answers, "photos_marketing": False})
    assert photos.get_photo(db, imported.photo_id).consent == "clinical"
    assert questionnaires.photo_consent(db, client.id) == "clinical"


# -- countersignature ---------------------------------------------------------------------


def test_each_signature_prints_its_own_time(db, client, consent):
    response = _finish(db, client, consent, _signed_by_client(db, client, consent))
    text = _text(questionnaires.consent_record(db, response.id))
    for moment in (CLIENT_SIGNS, PRACTITIONER_SIGNS):
        assert f"at {moment:%H:%M}" in text
    assert "Practitioner's signature" in text
    assert text.count("Signed ") >= 2
    pdf = PdfReader(io.BytesIO(questionnaires.consent_record(db, response.id)))
    assert sum(len(page.images) for page in pdf.pages) == 2  # both drawn signatures


def test_the_demo_consents_are_countersigned_and_sealed(demo_db):
    from smpdesk.app.demo.forms import add_demo_responses

    treated = [r[0] for r in demo_db.execute("SELECT DISTINCT client_id FROM sessions LIMIT 3")]
    assert add_demo_responses(demo_db, treated) == 9
    consents = [
        r
        for cid in treated
        for r in questionnaires.client_responses(demo_db, cid)
        if r.form_id == "consent"
    ]
    assert len(consents) == 3
    for response in consents:
        assert set(response.signed_times) == {"signature", "practitioner_signature"}
        assert response.answers["signature"] != response.answers["practitioner_signature"]
        assert response.content_sha256
        text = _text(questionnaires.consent_record(demo_db, response.id))
        # In the language it was answered in (issue 20): the countersignature's own
        # question text, whichever that is, and no unsigned box.
        spec = questionnaires.open_response(demo_db, response.id).spec
        words = spec.questions["practitioner_signature"].text.split()[:2]
        assert " ".join(words) in " ".join(text.split())
        assert not any(w in text for w in ("Not signed", "Sin firmar", "Brak podpisu"))
        assert "Nicht unterschrieben" not in text
    assert list(sealed_findings(demo_db)) == []


# -- the content hash, the triggers and the check -------------------------------------------


def test_the_content_hash_covers_the_stored_row_and_pdf(db, client, consent):
    response = _finish(db, client, consent, _answers(consent))
    row = db.execute(
        "SELECT content_sha256, signed_times FROM responses WHERE id = ?", [response.id]
    ).fetchone()
    assert row[0] == response.content_sha256 and len(row[0]) == 64
    assert json.loads(row[1]).keys() == {"signature", "practitioner_signature"}
    unsigned = questionnaires.finish(
        db, client.id, load_form(shipped_forms_dir() / "intake.toml"), _intake()
    )
    assert unsigned.content_sha256 is None and not unsigned.signed


def _intake() -> dict:
    spec = load_form(shipped_forms_dir() / "intake.toml")
    return fill(spec, seed=2, today=date.today())


def test_triggers_refuse_to_change_a_sealed_response_or_its_record(db_path, db, client, consent):
    response = _finish(db, client, consent, _answers(consent))
    unsigned = questionnaires.finish(
        db, client.id, load_form(shipped_forms_dir() / "intake.toml"), _intake()
    )
    db.close()  # never two SQLite libraries on one file at once
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys = ON")
    try:
        for sql in (
            "UPDATE responses SET answers = '{}' WHERE id = ?",
            "UPDATE responses SET content_sha256 = NULL WHERE id = ?",
            "UPDATE response_documents SET pdf = x'00' WHERE response_id = ?",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="sealed"):
                raw.execute(sql, [response.id])
        with pytest.raises(sqlite3.IntegrityError, match="never changes"):
            raw.execute("UPDATE form_definitions SET source = 'x'")
        raw.execute("UPDATE responses SET flags = '[]' WHERE id = ?", [unsigned.id])  # not sealed
        # Erasing a client must still be able to delete their responses.
        raw.execute("DELETE FROM responses WHERE id = ?", [response.id])
        assert raw.execute("SELECT COUNT(*) FROM response_documents").fetchone()[0] == 0
        raw.rollback()
    finally:
        raw.close()


def _tamper(db_path: Path, *statements: tuple[str, list]) -> None:
    """What an attacker with the file would do: drop the guard, edit, put the guard back."""
    raw = sqlite3.connect(db_path)
    try:
        triggers = dict(
            raw.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                "('responses_sealed_no_update', 'response_documents_no_update')"
            ).fetchall()
        )
        for name in triggers:
            raw.execute(f"DROP TRIGGER {name}")
        for sql, args in statements:
            raw.execute(sql, args)
        for sql in triggers.values():
            raw.execute(sql)
        raw.commit()
    finally:
        raw.close()


@pytest.fixture
def signed_clinic(db_path, db, client, consent):
    first = _finish(db, client, consent, _answers(consent, photos_marketing=False))
    other = client_cases.add_client(db, ClientDetails(given_name="Bo", family_name="Lindqvist"))
    second = _finish(db, other, consent, _answers(consent))
    db.close()
    return db_path, first, second, client, other


def test_an_untouched_clinic_passes_the_check(signed_clinic, capsys):
    db_path, *_ = signed_clinic
    ok, message, _counts = backup_files.check_database(db_path, records=True)
    assert ok, message
    assert "Every signed record matches its content hash" in message
    assert main(["check", "--db", str(db_path)]) == 0


def test_an_answer_changed_by_raw_sql_is_named_by_the_check(signed_clinic, capsys):
    db_path, first, second, client, _other = signed_clinic
    answers = dict(first.answers, photos_marketing=True)
    _tamper(
        db_path, ("UPDATE responses SET answers = ? WHERE id = ?", [json.dumps(answers), first.id])
    )
    ok, message, _counts = backup_files.check_database(db_path, records=True)
    assert not ok
    lines = message.splitlines()
    broken = [line for line in lines if line.startswith("Signed response")]
    assert broken == [
        f"Signed response {first.id} of client {client.client_number} no longer matches the "
        "content hash sealed when it was signed: its answers or its PDF record were changed "
        "outside smpdesk."
    ]
    assert "Ada" not in message and "marketing" not in message  # ids, never content
    # Without ``records`` (start-up, restore) the file itself is still sound.
    assert backup_files.check_database(db_path)[0]
    assert main(["check", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert f"Signed response {first.id} of client {client.client_number}" in out
    assert f"Signed response {second.id}" not in out


def test_a_pdf_changed_by_raw_sql_is_named_by_the_check(signed_clinic):
    db_path, first, second, _client, other = signed_clinic
    db = store.open_database(db_path)
    pdf = store.response_document(db, second.id)
    db.conn.close()
    edited = pdf.replace(b"/Producer", b"/Producex", 1)
    assert edited != pdf
    _tamper(
        db_path,
        ("UPDATE response_documents SET pdf = ? WHERE response_id = ?", [edited, second.id]),
    )
    ok, message, _counts = backup_files.check_database(db_path, full=True, records=True)
    assert not ok
    assert f"Signed response {second.id} of client {other.client_number} no longer" in message
    assert f"Signed response {first.id} " not in message


def test_a_removed_hash_or_record_and_a_changed_wording_are_named_too(signed_clinic):
    db_path, first, second, _client, _other = signed_clinic
    _tamper(
        db_path,
        ("UPDATE responses SET content_sha256 = NULL, flags = '[]' WHERE id = ?", [first.id]),
        ("DELETE FROM response_documents WHERE response_id = ?", [second.id]),
    )
    ok, message, _counts = backup_files.check_database(db_path, records=True)
    assert not ok
    assert f"Signed response {first.id} of client" in message and "has lost" in message
    assert f"Signed response {second.id} of client" in message


def test_a_changed_form_wording_is_named_too(signed_clinic):
    db_path, first, second, _client, _other = signed_clinic
    raw = sqlite3.connect(db_path)
    raw.execute("DROP TRIGGER form_definitions_no_update")
    raw.execute("UPDATE form_definitions SET source = source || ' '")
    raw.commit()
    raw.close()
    ok, message, _counts = backup_files.check_database(db_path, records=True)
    assert not ok
    for response in (first, second):
        assert f"Signed response {response.id} of client" in message
    assert message.count("form wording that was changed outside smpdesk") == 2


def test_the_check_works_on_an_encrypted_clinic(tmp_path, consent):
    """The same check through SQLCipher, with the clinic's key."""
    import os

    from smpdesk.app.clinic import open_clinic

    key = os.urandom(32)
    path = tmp_path / "locked.sqlite3"
    db = open_clinic(path, create=True, key=key)
    someone = client_cases.add_client(db, ClientDetails(given_name="Cy", family_name="Young"))
    _finish(db, someone, consent, _answers(consent))
    db.close()
    ok, message, _counts = backup_files.check_database(path, key=key, records=True)
    assert ok, message


# -- migration from a file written before sealing -------------------------------------------


def test_the_newest_frozen_file_upgrades_and_passes_the_check(tmp_path):
    path = tmp_path / "v6.sqlite3"
    shutil.copy(DATA / "clinic-schema-v6.sqlite3", path)
    db = store.open_database(path)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"responses_sealed_no_update", "response_documents_no_update"} <= names
    db.conn.close()
    assert backup_files.check_database(path, records=True)[0]


@pytest.mark.parametrize("version", [4, 5])
def test_an_older_file_has_its_signed_consents_sealed_by_the_migration(tmp_path, version):
    path = tmp_path / f"v{version}.sqlite3"
    shutil.copy(DATA / f"clinic-schema-v{version}.sqlite3", path)
    before = sqlite3.connect(path)
    consents = before.execute(
        "SELECT r.id, d.pdf FROM responses r JOIN response_documents d ON d.response_id = r.id"
    ).fetchall()
    plain = before.execute(
        "SELECT id FROM responses WHERE id NOT IN (SELECT response_id FROM response_documents)"
    ).fetchall()
    before.close()
    assert len(consents) == 8 and plain

    db = store.open_database(path)
    for response_id, pdf in consents:
        response = store.get_response(db, response_id)
        assert response.content_sha256 and response.signed
        assert response.signed_times == {}  # not known before; the PDF prints it
        assert store.response_document(db, response_id) == bytes(pdf)
    for (response_id,) in plain:
        assert store.get_response(db, response_id).content_sha256 is None
    with pytest.raises(UserError, match="sealed"), store.write(db):
        db.execute("UPDATE responses SET flags = '[]' WHERE id = ?", [consents[0][0]])
    db.conn.close()
    ok, message, _counts = backup_files.check_database(path, records=True)
    assert ok, message
    _tamper(path, ("UPDATE responses SET answers = '{}' WHERE id = ?", [consents[3][0]]))
    ok, message, _counts = backup_files.check_database(path, records=True)
    assert not ok and f"Signed response {consents[3][0]} of client" in message


def test_the_canonical_serialisation_is_what_the_module_documents():
    content = sealing.SealedContent(
        response_id=3,
        client_id=1,
        form_id="consent",
        form_version="2",
        definition_sha256="ab" * 32,
        answers='{"b": 1, "a": "Żółć"}',
        flags="[]",
        signed_times='{"signature": "2026-03-18T14:05:00+00:00"}',
        started_at="s",
        completed_at="c",
        client_mode=False,
        created_by=None,
        supersedes=None,
        pdf=b"%PDF",
    )
    expected = (
        '{"answers":{"a":"Żółć","b":1},"client":1,"client_mode":false,"completed_at":"c",'
        '"created_by":null,"definition_sha256":"' + "ab" * 32 + '","flags":[],"form":"consent",'
        '"form_version":"2","format":"smpdesk-signed-response-1","pdf_sha256":"'
        + hashlib.sha256(b"%PDF").hexdigest()
        + '","response":3,"signed_times":{"signature":"2026-03-18T14:05:00+00:00"},'
        '"started_at":"s","supersedes":null}'
    )
    assert sealing.canonical(content).decode("utf-8") == expected
    assert sealing.content_hash(content) == hashlib.sha256(expected.encode()).hexdigest()


# -- the command line -----------------------------------------------------------------------


def test_responses_json_lists_versions_and_seals(db_path, db, client, consent, capsys):
    answers = _answers(consent)
    first = _finish(db, client, consent, answers)
    questionnaires.start_new_version(db, first.id)
    second = _finish(db, client, consent, answers)
    small = load_form_text(
        'form = "s"\ntitle = "S"\nversion = "1"\n[[pages]]\ntitle = "P"\n'
        '[[pages.questions]]\nid = "q"\ntype = "text"\ntext = "Q"\n',
        "s.toml",
    )
    questionnaires.finish(db, client.id, small, {"q": "x"})
    assert main(["responses", "--db", str(db_path), "--client", str(client.id), "--json"]) == 0
    listed = {item["id"]: item for item in json.loads(capsys.readouterr().out)}
    assert listed[second.id]["supersedes"] == first.id
    assert listed[second.id]["response_version"] == 2
    assert listed[first.id]["superseded_by"] == second.id
    assert listed[first.id]["signed"] is True
    assert listed[first.id]["content_sha256"] == first.content_sha256
    assert set(listed[first.id]["signed_times"]) == {"signature", "practitioner_signature"}
    unsigned = next(item for item in listed.values() if item["form"] == "s")
    assert unsigned["signed"] is False and unsigned["content_sha256"] is None
    assert main(["responses", "--db", str(db_path), "--client", str(client.id)]) == 0
    out = capsys.readouterr().out
    assert f"[version 2, replaces {first.id}]" in out
    assert f"[replaced by {second.id}]" in out


def test_versions_are_numbered_along_the_chain(db, client, consent):
    answers = _answers(consent)
    chain = [_finish(db, client, consent, answers)]
    for _ in range(2):
        questionnaires.start_new_version(db, chain[-1].id)
        chain.append(_finish(db, client, consent, answers))
    listed = questionnaires.client_responses(db, client.id)
    assert questionnaires.response_versions(listed) == {r.id: n for n, r in enumerate(chain, 1)}
    assert [r.supersedes for r in chain] == [None, chain[0].id, chain[1].id]
    # Listed without its original (say, a partial list): still at least a second version.
    assert questionnaires.response_versions(listed[:1]) == {chain[2].id: 2}


# -- the seal is vouched for by the audit chain (review of issue 14) -----------------------


def _signed_consent(db_path):
    from smpdesk.app.demo import populate

    db = open_clinic(db_path)
    [client_id] = populate(db, 1)
    consent = load_form(shipped_forms_dir() / "consent.toml")
    answers = fill(consent, {"photos_marketing": False}, seed=3, today=date.today())
    response = questionnaires.finish(db, client_id, consent, answers)
    db.close()
    return response


def test_a_forger_who_recomputes_the_hash_is_caught_by_the_chain(db_path):
    """The hash is unkeyed; the seal entry in the audit chain is what the check trusts."""
    from smpdesk.questionnaire.sealing import content_hash
    from smpdesk.store.responses import _SEALED_SELECT, _sealed_content

    response = _signed_consent(db_path)
    conn = sqlite3.connect(db_path)
    trigger = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'responses_sealed_no_update'"
    ).fetchone()[0]
    conn.execute("DROP TRIGGER responses_sealed_no_update")
    answers = json.loads(
        conn.execute("SELECT answers FROM responses WHERE id = ?", [response.id]).fetchone()[0]
    )
    answers["photos_marketing"] = True
    conn.execute(
        "UPDATE responses SET answers = ? WHERE id = ?", [json.dumps(answers), response.id]
    )
    row = conn.execute(f"{_SEALED_SELECT} WHERE r.id = ?", [response.id]).fetchone()
    forged = content_hash(_sealed_content(row))
    conn.execute("UPDATE responses SET content_sha256 = ? WHERE id = ?", [forged, response.id])
    conn.execute(trigger)
    conn.commit()
    conn.close()
    ok, message, _ = backup_files.check_database(db_path, records=True)
    assert not ok
    assert f"Signed response {response.id} of client C00001 no longer matches" in message


def test_a_signed_record_deleted_with_plain_sql_is_reported_missing(db_path):
    response = _signed_consent(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM response_documents WHERE response_id = ?", [response.id])
    conn.execute("DELETE FROM responses WHERE id = ?", [response.id])
    conn.commit()
    conn.close()
    ok, message, _ = backup_files.check_database(db_path, records=True)
    assert not ok
    assert f"Signed response {response.id} of client C00001 is gone from the file" in message


def test_an_erased_clients_signed_records_are_not_missing(db_path):
    from smpdesk.app import erasure

    response = _signed_consent(db_path)
    db = open_clinic(db_path)
    erasure.erase_client(
        db, response.client_id, confirmation="C00001", reason="The client asked in writing"
    )
    db.close()
    ok, message, _ = backup_files.check_database(db_path, records=True)
    assert ok, message


def test_every_seal_has_its_entry_in_the_chain_and_the_chain_holds(db_path):
    from smpdesk.store import audit as audit_store

    response = _signed_consent(db_path)
    db = open_clinic(db_path)
    anchors = audit_store.seal_anchors(db)
    assert anchors[response.id] == (response.content_sha256, response.client_id)
    assert audit_store.first_broken_link(db) is None
    db.close()


def test_an_older_file_is_not_said_to_match_when_nothing_is_sealed_yet(tmp_path):
    old = tmp_path / "v5.sqlite3"
    shutil.copy(DATA / "clinic-schema-v5.sqlite3", old)
    ok, message, _ = backup_files.check_database(old, full=False, records=True)
    assert ok
    assert "not sealed yet" in message and "Every signed record matches" not in message
    opened = open_clinic(old)  # migrated: sealed, and vouched for in the chain
    opened.close()
    ok, message, _ = backup_files.check_database(old, records=True)
    assert ok and "Every signed record matches its content hash." in message
