"""A photo's tags keep every earlier version: who changed which tag, when, from what to what."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from smpdesk.app import clients, photos, questionnaires, sessions
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.domain.staff import Role, Staff
from smpdesk.store import audit as audit_store
from smpdesk.store import staff as staff_store
from tests.paper_records import ON_PAPER

VISIT = date.today() - timedelta(days=20)


@pytest.fixture
def staffed(db_path: Path) -> dict[Role, Clinic]:
    handles = {}
    for role in Role:
        handle = open_clinic(db_path)
        staff_id = staff_store.insert_staff(handle, role.value, f"{role.title()} Person", role)
        handle.staff = Staff(staff_id, role.value, f"{role.title()} Person", role)
        handles[role] = handle
    yield handles
    for handle in handles.values():
        handle.close()


def _photo(db: Clinic, tmp_path: Path, *, consent: str = "clinical", seed: int = 1):
    client = clients.add_client(db, ClientDetails(given_name="Mae", family_name="Jemison"))
    picture = tmp_path / f"p{seed}.jpg"
    picture.write_bytes(synthetic_scalp("front", 1, seed=seed))
    [result] = photos.import_photos(
        db, client.id, [picture], visit_date=VISIT, angle="front", consent=consent
    )
    assert result.photo_id is not None, result.reason
    return client, result.photo_id


def test_a_retag_keeps_the_earlier_tags_with_who_and_when(staffed, tmp_path):
    practitioner = staffed[Role.PRACTITIONER]
    client, photo_id = _photo(practitioner, tmp_path)
    assert photos.photo_versions(practitioner, photo_id) == []
    assert photos.edited_photo_ids(practitioner, client.id) == set()

    photos.retag(practitioner, [photo_id], angle="crown", consent="marketing")

    [version] = photos.photo_versions(practitioner, photo_id)
    assert (version.version, version.kind) == (1, "edit")
    assert (version.tags.angle, version.tags.consent, version.tags.visit_date) == (
        "front",
        "clinical",
        VISIT.isoformat(),
    )
    assert (version.replaced_by, version.replaced_by_name) == (
        practitioner.staff.id,
        "Practitioner Person",
    )
    assert version.replaced_at.startswith(date.today().isoformat()[:4])
    photo = photos.get_photo(practitioner, photo_id)
    [(_, changes)] = photos.tag_history(photo, [version])
    assert changes == [("angle", "front", "crown"), ("consent", "clinical", "marketing")]
    assert photos.edited_photo_ids(practitioner, client.id) == {photo_id}


def test_a_retag_that_changes_nothing_keeps_no_version(db, tmp_path):
    _client, photo_id = _photo(db, tmp_path)
    assert photos.retag(db, [photo_id], angle="front") == 1
    assert photos.photo_versions(db, photo_id) == []


def test_moving_to_a_session_day_records_the_visit_and_session_change(db, tmp_path):
    client, photo_id = _photo(db, tmp_path)
    day = date.today() - timedelta(days=5)
    session = sessions.record_session(
        db, client.id, SessionDetails(day.isoformat(), "second"), override_reason=ON_PAPER
    )
    photos.retag(db, [photo_id], visit_date=day.isoformat())
    photos.retag(db, [photo_id], angle="top")
    versions = photos.photo_versions(db, photo_id)
    assert [v.version for v in versions] == [1, 2]
    history = photos.tag_history(photos.get_photo(db, photo_id), versions)
    assert [changes for _, changes in history] == [
        [
            ("visit_date", VISIT.isoformat(), day.isoformat()),
            ("session_id", "", str(session.id)),
        ],
        [("angle", "front", "top")],
    ]


def test_a_marketing_withdrawal_leaves_a_version_saying_so(staffed, tmp_path):
    practitioner = staffed[Role.PRACTITIONER]
    client, photo_id = _photo(practitioner, tmp_path, consent="marketing")
    assert questionnaires.withdraw_marketing_consent(practitioner, client.id) == 1
    [version] = photos.photo_versions(practitioner, photo_id)
    assert (version.kind, version.tags.consent, version.replaced_by_name) == (
        photos.MARKETING_WITHDRAWN,
        "marketing",
        "Practitioner Person",
    )
    [(_, changes)] = photos.tag_history(photos.get_photo(practitioner, photo_id), [version])
    assert changes == [("consent", "marketing", "clinical")]


def test_the_tags_and_their_version_are_one_write(db, tmp_path, monkeypatch):
    """If keeping the version fails, the retag does not happen either."""
    from smpdesk.store import photos as photo_store

    _client, photo_id = _photo(db, tmp_path)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(photo_store, "_keep_changed_versions", broken)
    with pytest.raises(RuntimeError):
        photos.retag(db, [photo_id], angle="crown")
    assert photos.get_photo(db, photo_id).angle == "front"


def test_reading_a_photos_history_is_audited_without_its_values(staffed, tmp_path):
    practitioner, desk = staffed[Role.PRACTITIONER], staffed[Role.RECEPTION]
    client, photo_id = _photo(practitioner, tmp_path)
    photos.retag(practitioner, [photo_id], angle="crown")
    photos.photo_versions(practitioner, photo_id)
    newest = audit_store.entries(practitioner, limit=1)[0]
    assert (newest.action, newest.client_id, newest.outcome) == (
        "photos.photo_versions",
        client.id,
        "done",
    )
    words = {"front", "crown", "clinical", VISIT.isoformat()}
    for row in practitioner.execute("SELECT at, staff_name, action, outcome FROM audit_log"):
        assert not any(word in str(value) for value in row[1:] for word in words)
    with pytest.raises(AccessRefused, match="A reception account cannot see a photo's history"):
        photos.photo_versions(desk, photo_id)


def test_deleting_a_photo_takes_its_history_with_it(db, tmp_path):
    client, photo_id = _photo(db, tmp_path)
    photos.retag(db, [photo_id], angle="crown")
    assert photos.delete_photo(db, photo_id)
    assert photos.photo_versions(db, photo_id) == []
    assert photos.edited_photo_ids(db, client.id) == set()
