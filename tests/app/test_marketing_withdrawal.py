"""A newer consent without marketing use (or the client telling us) withdraws it from photos."""

from __future__ import annotations

from datetime import date

from smpdesk.app import clients, photos, questionnaires
from smpdesk.app.demo.forms import fill
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.domain.client_details import ClientDetails
from smpdesk.paths import shipped_forms_dir
from smpdesk.questionnaire.loader import load_form


def _client_with_marketing_photo(db, tmp_path):
    client = clients.add_client(db, ClientDetails(given_name="Mae", family_name="Jemison"))
    picture = tmp_path / "front.jpg"
    picture.write_bytes(synthetic_scalp("front", 1, seed=3))
    [result] = photos.import_photos(db, client.id, [picture], consent="marketing")
    return client, result.photo_id


def test_a_newer_consent_without_marketing_clears_the_mark(db, tmp_path):
    client, photo_id = _client_with_marketing_photo(db, tmp_path)
    consent = load_form(shipped_forms_dir() / "consent.toml")
    answers = fill(consent, {"photos_marketing": False}, seed=1, today=date.today())
    questionnaires.finish(db, client.id, consent, answers)
    assert photos.get_photo(db, photo_id).consent == "clinical"


def test_a_consent_that_keeps_marketing_keeps_the_mark(db, tmp_path):
    client, photo_id = _client_with_marketing_photo(db, tmp_path)
    consent = load_form(shipped_forms_dir() / "consent.toml")
    answers = fill(consent, {"photos_marketing": True}, seed=1, today=date.today())
    questionnaires.finish(db, client.id, consent, answers)
    assert photos.get_photo(db, photo_id).consent == "marketing"


def test_withdrawing_when_told_in_person(db, tmp_path):
    client, photo_id = _client_with_marketing_photo(db, tmp_path)
    assert questionnaires.withdraw_marketing_consent(db, client.id) == 1
    assert photos.get_photo(db, photo_id).consent == "clinical"
    assert questionnaires.withdraw_marketing_consent(db, client.id) == 0
