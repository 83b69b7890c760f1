"""Deleting a session: the owner's act, with a typed reason; it leaves every list and
stays in the client's history.  Nothing is erased."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from smpdesk import store
from smpdesk.app import clients, photos, sessions
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError, ValidationError
from smpdesk.store import audit as audit_store
from smpdesk.store import staff as staff_store
from smpdesk.store.schema import SCHEMA_VERSION
from tests.paper_records import ON_PAPER

DATA = Path(__file__).resolve().parents[1] / "data"
REASON = "Recorded for the wrong client; the right one is Sam Reid"
TODAY = date.today()


@pytest.fixture
def staffed(db_path: Path) -> dict[Role, Clinic]:
    """The same clinic opened once per role, each handle with its own signed-in person."""
    handles = {}
    for role in Role:
        handle = open_clinic(db_path)
        staff_id = staff_store.insert_staff(handle, role.value, f"{role.title()} Person", role)
        handle.staff = Staff(staff_id, role.value, f"{role.title()} Person", role)
        handles[role] = handle
    yield handles
    for handle in handles.values():
        handle.close()


def _client_with_two_sessions(db: Clinic, tmp_path: Path):
    """An earlier session (lot OLD-1) and the latest (lot NEW-2) with a photo and a sheet."""
    client = clients.add_client(db, ClientDetails(given_name="Rosalind", family_name="Franklin"))
    first = sessions.record_session(
        db,
        client.id,
        SessionDetails(
            (TODAY - timedelta(days=40)).isoformat(),
            "first",
            practitioner="Aoife Byrne",
            pigment_lot="OLD-1",
        ),
        override_reason=ON_PAPER,
    )
    latest = sessions.record_session(
        db,
        client.id,
        SessionDetails(
            (TODAY - timedelta(days=3)).isoformat(),
            "second",
            practitioner="Marcus Hale",
            pigment_lot="NEW-2",
            next_appointment=f"{(TODAY + timedelta(days=30)).isoformat()} 10:00",
        ),
        override_reason=ON_PAPER,
    )
    picture = tmp_path / "front.jpg"
    picture.write_bytes(synthetic_scalp("front", 1, seed=5))
    [imported] = photos.import_photos(db, client.id, [picture], session_id=latest.id)
    store.log_handout(
        db,
        client_id=client.id,
        session_id=latest.id,
        kind="aftercare",
        content_version="1",
        action="printed",
        paper="A4",
    )
    return client, first, latest, imported.photo_id


def test_the_owner_deletes_a_session_and_it_leaves_every_list(staffed, tmp_path):
    owner = staffed[Role.OWNER]
    client, first, latest, photo_id = _client_with_two_sessions(owner, tmp_path)
    assert sessions.handouts_for_session(owner, latest.id)

    gone = sessions.delete_session(owner, latest.id, f"  {REASON} ")

    assert (gone.reason, gone.deleted_by_name) == (REASON, "Owner Person")
    assert gone.session.details == latest.details  # kept as it was recorded
    assert [s.id for s in sessions.client_sessions(owner, client.id)] == [first.id]
    assert sessions.get_session(owner, latest.id) is None
    assert sessions.latest_session(owner, client.id).id == first.id
    assert [v.session_id for v in sessions.visits(owner, client.id)] == [first.id]
    assert sessions.visits_on(owner, latest.session_date) == []
    assert sessions.sessions_on(owner, latest.session_date) == []
    assert sessions.sessions_with_lot(owner, "NEW-2") == []
    assert [m.session_id for m in sessions.sessions_with_lot(owner, "old 1")] == [first.id]
    assert "NEW-2" not in sessions.used_values(owner, "pigment_lot")
    assert sessions.handouts_for_session(owner, latest.id) == []
    due = sessions.due_follow_ups(owner, days_ahead=3650)
    assert [i.session_id for i in due if i.client_id == client.id] == [first.id]
    defaults = sessions.new_session_defaults(owner, client.id)
    assert (defaults.session_type, defaults.practitioner) == ("second", "Owner Person")
    assert store.sessions.clients_with_sessions(owner, at_least=2, limit=100) == []
    # The photo is the client's record: it keeps its link to the visit.
    assert photos.get_photo(owner, photo_id).session_id == latest.id
    # Nothing erased: the row, a version marked "deleted", the sheet given.
    assert owner.execute("SELECT count(*) FROM sessions").fetchone() == (2,)
    assert owner.execute("SELECT count(*) FROM handouts_given").fetchone() == (1,)
    [version] = sessions.session_versions(owner, latest.id)
    assert (version.kind, version.details, version.replaced_by_name) == (
        "deleted",
        latest.details,
        "Owner Person",
    )
    # In the client's history, for a practitioner too.
    practitioner = staffed[Role.PRACTITIONER]
    [seen] = sessions.deleted_sessions(practitioner, client.id)
    assert (seen.session.id, seen.reason, seen.deleted_by_name) == (
        latest.id,
        REASON,
        "Owner Person",
    )
    assert seen.deleted_by == owner.staff.id


def test_the_deletion_is_audited_without_the_reason(staffed, tmp_path):
    owner = staffed[Role.OWNER]
    client, _first, latest, _photo = _client_with_two_sessions(owner, tmp_path)
    sessions.delete_session(owner, latest.id, REASON)
    newest = audit_store.entries(owner, limit=1)[0]
    assert (newest.action, newest.client_id, newest.staff_id, newest.outcome) == (
        "sessions.delete_session",
        client.id,
        owner.staff.id,
        "done",
    )
    for row in owner.execute("SELECT * FROM audit_log"):
        assert not any(isinstance(value, str) and "wrong client" in value for value in row)
    assert audit_store.first_broken_link(owner) is None


@pytest.mark.parametrize("role", [Role.PRACTITIONER, Role.RECEPTION])
def test_practitioner_and_reception_are_refused(staffed, tmp_path, role):
    owner, other = staffed[Role.OWNER], staffed[role]
    client, _first, latest, _photo = _client_with_two_sessions(owner, tmp_path)
    with pytest.raises(AccessRefused, match=f"A {role.value} account cannot delete a session"):
        sessions.delete_session(other, latest.id, REASON)
    assert sessions.get_session(owner, latest.id) is not None
    assert sessions.deleted_sessions(owner, client.id) == []
    [newest, *_] = [e for e in audit_store.entries(owner) if e.action.endswith("delete_session")]
    assert (newest.action, newest.outcome, newest.client_id, newest.staff_id) == (
        "sessions.delete_session",
        "refused",
        client.id,
        other.staff.id,
    )


@pytest.mark.parametrize(
    "reason", ["", "   ", "mistake", "duplicate", "oops oops", "x" * 40, "\u202e\u202e\u202e"]
)
def test_a_reason_must_be_a_short_sentence(staffed, tmp_path, reason):
    owner = staffed[Role.OWNER]
    _client, _first, latest, _photo = _client_with_two_sessions(owner, tmp_path)
    with pytest.raises(ValidationError) as refused:
        sessions.delete_session(owner, latest.id, reason)
    assert refused.value.fields == {"reason": sessions.DELETE_REASON_MISSING}
    assert sessions.get_session(owner, latest.id) is not None
    assert sessions.session_versions(owner, latest.id) == []


def test_a_reason_past_the_limit_is_refused(staffed, tmp_path):
    owner = staffed[Role.OWNER]
    _client, _first, latest, _photo = _client_with_two_sessions(owner, tmp_path)
    with pytest.raises(ValidationError, match="reason"):
        sessions.delete_session(owner, latest.id, "too long " * 60)
    assert sessions.get_session(owner, latest.id) is not None


def test_unknown_and_already_deleted_sessions_are_refused_plainly(staffed, tmp_path):
    owner = staffed[Role.OWNER]
    _client, _first, latest, _photo = _client_with_two_sessions(owner, tmp_path)
    with pytest.raises(UserError, match="There is no session with id 999"):
        sessions.delete_session(owner, 999, REASON)
    sessions.delete_session(owner, latest.id, REASON)
    with pytest.raises(UserError, match=r"already deleted on .* by Owner Person; nothing"):
        sessions.delete_session(owner, latest.id, "Second try at deleting it")
    [gone] = sessions.deleted_sessions(owner, _client.id)
    assert gone.reason == REASON  # the first reason stands
    assert len(sessions.session_versions(owner, latest.id)) == 1


def test_a_deleted_session_can_no_longer_be_edited_or_booked(staffed, tmp_path):
    owner, desk = staffed[Role.OWNER], staffed[Role.RECEPTION]
    _client, _first, latest, _photo = _client_with_two_sessions(owner, tmp_path)
    sessions.delete_session(owner, latest.id, REASON)
    changed = dataclasses.replace(latest.details, notes="Changed after deletion")
    with pytest.raises(UserError, match=r"was deleted on .* so it can no longer be changed"):
        sessions.update_session(owner, latest.id, changed)
    with pytest.raises(UserError, match="was deleted"):
        sessions.book_appointment(desk, latest.id, "")
    [gone] = sessions.deleted_sessions(owner, _client.id)
    assert gone.session.details == latest.details


def test_the_deletion_and_its_version_are_one_write(staffed, tmp_path, monkeypatch):
    """A crash between keeping the version and marking the row leaves neither."""
    owner = staffed[Role.OWNER]
    _client, _first, latest, _photo = _client_with_two_sessions(owner, tmp_path)
    real_execute = owner.execute

    def failing(sql, *args, **kwargs):
        if sql.startswith("UPDATE sessions SET deleted_at"):
            raise RuntimeError("power cut")
        return real_execute(sql, *args, **kwargs)

    monkeypatch.setattr(owner, "execute", failing)
    with pytest.raises(RuntimeError):
        sessions.delete_session(owner, latest.id, REASON)
    monkeypatch.undo()
    assert sessions.get_session(owner, latest.id) is not None
    assert sessions.session_versions(owner, latest.id) == []


def test_a_lot_only_in_a_deleted_sessions_history_is_not_recalled(staffed, tmp_path):
    owner = staffed[Role.OWNER]
    _client, _first, latest, _photo = _client_with_two_sessions(owner, tmp_path)
    sessions.update_session(
        owner, latest.id, dataclasses.replace(latest.details, pigment_lot="NEW-3")
    )
    assert [m.lot for m in sessions.sessions_with_lot(owner, "NEW-2")] == ["NEW-2"]
    sessions.delete_session(owner, latest.id, REASON)
    assert sessions.sessions_with_lot(owner, "NEW-2") == []
    assert sessions.edited_session_ids(owner, _client.id) == set()
    kinds = [v.kind for v in sessions.session_versions(owner, latest.id)]
    assert kinds == ["edit", "deleted"]


def test_an_unprotected_clinic_may_delete_and_names_nobody(db, tmp_path):
    client, first, latest, _photo = _client_with_two_sessions(db, tmp_path)
    gone = sessions.delete_session(db, latest.id, REASON)
    assert (gone.deleted_by, gone.deleted_by_name) == (None, "")
    assert [s.id for s in sessions.client_sessions(db, client.id)] == [first.id]
    assert audit_store.entries(db) == []


def test_a_photo_import_on_the_day_of_a_deleted_session_is_not_attached_to_it(db, tmp_path):
    client, _first, latest, _photo = _client_with_two_sessions(db, tmp_path)
    sessions.delete_session(db, latest.id, REASON)
    picture = tmp_path / "crown.jpg"
    picture.write_bytes(synthetic_scalp("crown", 2, seed=9))
    [result] = photos.import_photos(db, client.id, [picture], visit_date=latest.session_date)
    assert photos.get_photo(db, result.photo_id).session_id is None
    with pytest.raises(UserError):
        photos.import_photos(db, client.id, [picture], session_id=latest.id)


def test_a_frozen_v6_clinic_upgrades_and_deletes_and_keeps_photo_history(tmp_path):
    """v6 (staff and audit, before the edit history) -> now: sessions gain the deletion
    columns and photos their history, and the upgraded file works end to end."""
    path = tmp_path / "v6.sqlite3"
    shutil.copy(DATA / "clinic-schema-v6.sqlite3", path)
    db = open_clinic(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert len(list((tmp_path / "backups").glob("v6-before-upgrade-v6-to-v*.sqlite3"))) == 1
        assert {"photo_versions", "session_versions"} <= set(db.table_names())
        rows = db.execute("SELECT count(*), count(deleted_at) FROM sessions").fetchone()
        assert rows == (19, 0)
        client_id = db.execute(
            "SELECT client_id FROM sessions GROUP BY client_id HAVING count(*) >= 2 LIMIT 1"
        ).fetchone()[0]
        before = sessions.client_sessions(db, client_id)
        gone = sessions.delete_session(db, before[0].id, REASON)
        assert [s.id for s in sessions.client_sessions(db, client_id)] == [s.id for s in before[1:]]
        assert sessions.deleted_sessions(db, client_id) == [gone]
        assert [v.kind for v in sessions.session_versions(db, gone.session.id)] == ["deleted"]
        picture = tmp_path / "top.jpg"
        picture.write_bytes(synthetic_scalp("top", 1, seed=2))
        [result] = photos.import_photos(db, client_id, [picture], angle="top")
        photos.retag(db, [result.photo_id], angle="crown")
        [version] = photos.photo_versions(db, result.photo_id)
        assert version.tags.angle == "top"
    finally:
        db.close()
