"""Duplicate clients found on save, and merged: records move, seals still verify, logged."""

from __future__ import annotations

import dataclasses
import time
from datetime import datetime, timedelta

import pytest

from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires, sessions
from smpdesk.app.clinic import Clinic
from smpdesk.app.demo.forms import fill
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import UserError
from smpdesk.paths import shipped_forms_dir
from smpdesk.questionnaire import sealing
from smpdesk.questionnaire.loader import load_form
from smpdesk.store import audit as audit_store
from smpdesk.store import client_data as client_data_store
from smpdesk.store import erasure as erasure_store
from smpdesk.store import responses as response_store
from smpdesk.store.merge import MERGE_ACTION, phone_key

ANN = ClientDetails(
    given_name="Ann",
    family_name="Bråthen",
    date_of_birth="1985-03-14",
    phone="+44 7700 900123",
    email="Ann@Example.com",
)


def test_phone_key_ignores_country_code_and_trunk_zero() -> None:
    assert phone_key("+44 7700 900123") == phone_key("07700 900123") == "700900123"
    assert phone_key("+1 (212) 555-0123") == phone_key("212 555 0123")
    assert phone_key("07700 900124") != phone_key("07700 900123")


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        (
            ClientDetails(given_name="A", family_name="BRATHEN", date_of_birth="1985-03-14"),
            "name and date of birth",
        ),
        (ClientDetails(given_name="Zed", family_name="Other", phone="07700 900123"), "phone"),
        (ClientDetails(given_name="Zed", family_name="Other", email="ann@example.COM"), "email"),
    ],
)
def test_a_possible_duplicate_is_found_by_each_rule(db: Clinic, typed, reason) -> None:
    ann = client_cases.add_client(db, ANN)
    found = client_cases.possible_duplicates(db, typed)
    assert [(d.client.id, d.reasons) for d in found] == [(ann.id, (reason,))]


def test_no_duplicate_for_different_people_or_the_client_itself(db: Clinic) -> None:
    ann = client_cases.add_client(db, ANN)
    other = ClientDetails(
        given_name="Ann", family_name="Bråthen", date_of_birth="1986-03-14", phone="07700 900999"
    )
    assert client_cases.possible_duplicates(db, other) == []
    assert client_cases.possible_duplicates(db, ANN, ann.id) == []


def test_duplicate_pairs_lists_each_pair_once(db: Clinic) -> None:
    first = client_cases.add_client(db, ANN)
    second = client_cases.add_client(db, dataclasses.replace(ANN, given_name="Anne", phone=""))
    client_cases.add_client(db, ClientDetails(given_name="Bo", family_name="Lund"))
    pairs = client_cases.duplicate_pairs(db)
    assert [(p.first.id, p.second.id, p.reasons) for p in pairs] == [
        (first.id, second.id, ("name and date of birth", "email"))
    ]


def _signed_consent(db: Clinic, client_id: int) -> int:
    """A consent finished and countersigned (sealed), as tests/app/test_sealed_responses does."""
    consent = load_form(shipped_forms_dir() / "consent.toml")
    signs = datetime.now().astimezone().replace(microsecond=0) - timedelta(minutes=20)
    countersigns = signs + timedelta(minutes=7)
    started = (signs - timedelta(minutes=15)).isoformat()
    answers = fill(consent, {"photos_clinical": True}, seed=7, today=signs.date())
    practitioner = {q.id for p in consent.pages if p.practitioner for q in p.questions}
    draft = {
        **{k: v for k, v in answers.items() if k not in practitioner},
        sealing.SIGNED_TIMES_KEY: {"signature": signs.isoformat()},
    }
    questionnaires.save_draft(
        db, client_id, consent, draft, 9, client_mode=True, started_at=started
    )
    times = {"signature": signs.isoformat(), "practitioner_signature": countersigns.isoformat()}
    response = questionnaires.finish(
        db,
        client_id,
        consent,
        {**answers, sealing.SIGNED_TIMES_KEY: times},
        started_at=started,
        signed_times={"practitioner_signature": countersigns.isoformat()},
    )
    return int(response.id)


def _two_full_clients(db: Clinic) -> tuple[int, int]:
    """Two records of one person, each with a session and a signed (sealed) consent."""
    ids = []
    for given in ("Ann", "Anne"):
        client = client_cases.add_client(db, dataclasses.replace(ANN, given_name=given))
        _signed_consent(db, client.id)
        sessions.record_session(
            db,
            client.id,
            SessionDetails("2026-11-30", "first", pigment_lot="UM-1"),
            override_reason="Checked on paper.",
        )
        ids.append(client.id)
    return ids[0], ids[1]


def _rows(db: Clinic, table: str, client_id: int) -> int:
    return db.execute(f"SELECT count(*) FROM {table} WHERE client_id = ?", [client_id]).fetchone()[
        0
    ]


def test_merge_moves_records_keeps_seals_and_leaves_a_tombstone(db: Clinic) -> None:
    keep, merge = _two_full_clients(db)
    sessions = _rows(db, "sessions", keep) + _rows(db, "sessions", merge)
    sealed = db.execute(
        "SELECT id FROM responses WHERE client_id = ? AND content_sha256 IS NOT NULL", [merge]
    ).fetchall()
    assert sealed and sessions
    responses_before = {r.id for r in response_store.client_responses(db, keep)} | {
        r.id for r in response_store.client_responses(db, merge)
    }
    chosen = dataclasses.replace(
        client_cases.require_client(db, keep).details(), phone="07700 900555"
    )

    result = client_cases.merge_clients(db, keep, merge, chosen)

    assert result.moved["sessions"] == 1
    assert _rows(db, "sessions", keep) == sessions and _rows(db, "sessions", merge) == 0
    # Signed responses stay filed under the tombstone (their seal covers the client id)...
    assert result.left.get("responses") == len(sealed)
    # ...and every reader of the kept client sees them.
    assert {r.id for r in response_store.client_responses(db, keep)} == responses_before
    assert list(response_store.sealed_findings(db)) == []
    assert client_cases.require_client(db, keep).phone == "07700 900555"
    # The tombstone: kept, archived, pointing at the survivor; never offered again.
    tombstone = client_cases.require_client(db, merge)
    assert tombstone.is_archived and client_cases.merged_into(db, merge) == keep
    assert client_cases.merged_into(db, keep) is None
    number = f"C{keep:05d}"
    with pytest.raises(UserError, match=f"merged into client {number}"):
        client_cases.restore_client(db, merge)
    with pytest.raises(UserError, match=f"merged into client {number}"):
        client_cases.update_client(db, merge, tombstone.details())
    assert all(d.client.id != merge for d in client_cases.possible_duplicates(db, chosen))
    # Logged, once under each client, with both ids; the chain still verifies.
    entries = [e for e in audit_store.entries(db) if e.action == MERGE_ACTION]
    assert sorted(e.client_id for e in entries) == [keep, merge]
    details = db.execute("SELECT detail FROM audit_log WHERE action = ?", [MERGE_ACTION]).fetchall()
    assert [d[0] for d in details] == [f'{{"merged":{merge},"into":{keep}}}'] * 2
    assert audit_store.first_broken_link(db) is None
    # The kept client's details before the merge are a version of its history.
    assert client_cases.client_versions(db, keep)


def test_merging_twice_or_into_itself_is_refused(db: Clinic) -> None:
    keep, merge = _two_full_clients(db)
    client_cases.merge_clients(db, keep, merge)
    with pytest.raises(UserError, match="already merged"):
        client_cases.merge_clients(db, keep, merge)
    with pytest.raises(UserError, match="itself"):
        client_cases.merge_clients(db, keep, keep)


def test_export_and_erasure_find_the_merged_records(db: Clinic) -> None:
    keep, merge = _two_full_clients(db)
    sealed = {
        r[0]
        for r in db.execute(
            "SELECT id FROM responses WHERE client_id = ? AND content_sha256 IS NOT NULL", [merge]
        )
    }
    assert sealed
    client_cases.merge_clients(db, keep, merge)
    data = client_data_store.client_data(db, keep)
    assert sealed <= {row["id"] for row in data.rows("responses")}
    assert {keep, merge} <= {row["id"] for row in data.rows("clients")}
    erasure_store.erase_client(db, keep, reason="asked")
    for table, column in (("clients", "id"), ("responses", "client_id"), ("sessions", "client_id")):
        left = db.execute(
            f"SELECT count(*) FROM {table} WHERE {column} IN (?, ?)", [keep, merge]
        ).fetchone()[0]
        assert left == 0, table
    assert list(response_store.sealed_findings(db)) == []


def test_duplicate_check_is_an_index_probe(db: Clinic) -> None:
    plans = []
    for sql in (
        "SELECT id FROM clients WHERE date_of_birth = ? AND family_key = ? AND merged_into IS NULL",
        "SELECT id FROM clients WHERE substr(phone_digits, -9) = ? AND phone_digits != '' "
        "AND merged_into IS NULL",
        "SELECT id FROM clients WHERE email = ? AND email != '' AND merged_into IS NULL",
    ):
        plan = db.execute(f"EXPLAIN QUERY PLAN {sql}", ["x"] * sql.count("?")).fetchall()
        plans.append(" ".join(str(row[3]) for row in plan))
    assert all("USING" in p and "INDEX" in p for p in plans), plans
    start = time.perf_counter()
    client_cases.possible_duplicates(db, ANN)
    assert time.perf_counter() - start < 0.1


# -- review of the merge (issue 16): erasure in any id order, no writes to tombstones ---


def _register_ids(db: Clinic) -> set[int]:
    return {row.client_id for row in erasure_store.register_rows(db)}


def test_erasing_a_kept_client_with_a_lower_id_tombstone(db: Clinic) -> None:
    merge, keep = _two_full_clients(db)  # the tombstone has the lower id
    client_cases.merge_clients(db, keep, merge)
    erased = erasure_store.erase_client(db, keep, reason="asked")
    assert erased is not None
    assert db.execute("SELECT count(*) FROM clients").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM responses").fetchone()[0] == 0
    assert _register_ids(db) == {keep, merge}
    assert list(response_store.sealed_findings(db)) == []


def test_erasing_the_end_of_a_merge_chain(db: Clinic) -> None:
    first = client_cases.add_client(db, ANN)
    second = client_cases.add_client(db, dataclasses.replace(ANN, given_name="Anne"))
    third = client_cases.add_client(db, dataclasses.replace(ANN, given_name="Annie"))
    for client in (first, second, third):
        _signed_consent(db, client.id)
    client_cases.merge_clients(db, second.id, first.id)
    client_cases.merge_clients(db, third.id, second.id)
    assert client_cases.merged_into(db, first.id) == third.id  # one hop
    assert len(response_store.client_responses(db, third.id)) == 3
    erasure_store.erase_client(db, third.id, reason="asked")
    for table in ("clients", "responses", "client_versions", "sessions"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert _register_ids(db) == {first.id, second.id, third.id}


def test_a_register_applied_elsewhere_erases_a_merged_client(db: Clinic) -> None:
    merge, keep = _two_full_clients(db)
    client_cases.merge_clients(db, keep, merge)
    register = [
        erasure_store.RegisterRow(keep, created, "2026-01-01T00:00:00+00:00", None, "asked")
        for (created,) in db.execute("SELECT created_at FROM clients WHERE id = ?", [keep])
    ]
    assert erasure_store.apply_register(db, register) == [keep]
    assert db.execute("SELECT count(*) FROM clients").fetchone()[0] == 0


def test_writes_to_a_merged_away_record_are_refused(db: Clinic) -> None:
    keep = client_cases.add_client(db, ANN)
    merge = client_cases.add_client(db, dataclasses.replace(ANN, given_name="Anne"))
    client_cases.merge_clients(db, keep.id, merge.id)
    intake = load_form(shipped_forms_dir() / "intake.toml")
    with pytest.raises(UserError, match="was merged into client"):
        sessions.record_session(
            db, merge.id, SessionDetails("2026-11-30", "first"), override_reason="Checked."
        )
    with pytest.raises(UserError, match="open that client instead"):
        questionnaires.save_draft(db, merge.id, intake, fill(intake, {}, seed=4), 0)
    with pytest.raises(UserError, match="open that client instead"):
        questionnaires.finish(db, merge.id, intake, fill(intake, {}, seed=3))
    assert _rows(db, "sessions", merge.id) == _rows(db, "response_drafts", merge.id) == 0


def test_a_new_version_of_a_merged_in_consent_is_the_kept_clients(db: Clinic, tmp_path) -> None:
    from smpdesk.app import photos
    from smpdesk.app.demo.photos import synthetic_scalp

    keep = client_cases.add_client(db, ANN)
    merge = client_cases.add_client(db, dataclasses.replace(ANN, given_name="Anne"))
    signed = _signed_consent(db, merge.id)
    client_cases.merge_clients(db, keep.id, merge.id)
    picture = tmp_path / "front.jpg"
    picture.write_bytes(synthetic_scalp("front", 1, seed=3))
    [imported] = photos.import_photos(db, keep.id, [picture], consent="marketing")
    draft = questionnaires.start_new_version(db, signed)
    assert draft.client_id == keep.id
    consent = load_form(shipped_forms_dir() / "consent.toml")
    answers = fill(consent, {"photos_marketing": False}, seed=1, today=datetime.now().date())
    new = questionnaires.finish(db, keep.id, consent, answers, started_at=draft.started_at)
    assert (new.client_id, new.supersedes) == (keep.id, signed)
    assert photos.get_photo(db, imported.photo_id).consent != "marketing"


def test_a_draft_left_with_the_merged_record_is_listed_with_the_kept_one(db: Clinic) -> None:
    keep = client_cases.add_client(db, ANN)
    merge = client_cases.add_client(db, dataclasses.replace(ANN, given_name="Anne"))
    intake = load_form(shipped_forms_dir() / "intake.toml")
    questionnaires.save_draft(db, keep.id, intake, fill(intake, {}, seed=4), 0)
    questionnaires.save_draft(db, merge.id, intake, fill(intake, {}, seed=5), 0)
    result = client_cases.merge_clients(db, keep.id, merge.id)
    assert result.left == {"response_drafts": 1}
    listed = response_store.client_drafts(db, keep.id)
    assert sorted(d.client_id for d in listed) == [keep.id, merge.id]


def test_merged_away_records_are_in_no_list_view(db: Clinic) -> None:
    keep = client_cases.add_client(db, ANN)
    merge = client_cases.add_client(db, dataclasses.replace(ANN, given_name="Anne"))
    client_cases.merge_clients(db, keep.id, merge.id)
    for view in ("active", "archived", "all"):
        assert merge.id not in client_cases.search_client_ids(db, archived=view), view
        assert merge.id not in client_cases.search_client_ids(db, "Anne", archived=view), view
    assert client_cases.count_clients(db, "all") == 1
    assert client_cases.count_clients(db, "archived") == 0
