"""An edited session keeps every earlier version; a recall finds a lot in any of them."""

from __future__ import annotations

import dataclasses

from smpdesk.app import clients, sessions
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from tests.paper_records import ON_PAPER


def _session(db, lot: str = "UM-2607-A"):
    client = clients.add_client(db, ClientDetails(given_name="Rosalind", family_name="Franklin"))
    return client, sessions.record_session(
        db,
        client.id,
        SessionDetails("2026-11-30", "first", pigment_lot=lot),
        override_reason=ON_PAPER,
    )


def test_an_edit_keeps_the_earlier_version_and_says_what_changed(db):
    _client, session = _session(db)
    changed = dataclasses.replace(session.details, pigment_lot="UM-2607-B", notes="Redone")
    sessions.update_session(db, session.id, changed)
    [earlier] = sessions.session_versions(db, session.id)
    assert earlier.version == 1 and earlier.details.pigment_lot == "UM-2607-A"
    now = sessions.get_session(db, session.id).details
    assert sessions.differences(earlier.details, now) == [
        ("pigment_lot", "UM-2607-A", "UM-2607-B"),
        ("notes", "", "Redone"),
    ]


def test_a_booking_is_history_too(db):
    _client, session = _session(db)
    sessions.book_appointment(db, session.id, "2026-12-21 10:00")
    sessions.book_appointment(db, session.id, "2026-12-22 11:00")
    versions = sessions.session_versions(db, session.id)
    assert [v.details.next_appointment for v in versions] == ["", "2026-12-21 10:00"]


def test_recall_finds_a_lot_that_was_changed_later(db):
    client, session = _session(db)
    sessions.update_session(
        db, session.id, dataclasses.replace(session.details, pigment_lot="UM-9999")
    )
    [match] = sessions.sessions_with_lot(db, "um 2607 a")
    assert (match.session_id, match.lot, match.changed_later_to) == (
        session.id,
        "UM-2607-A",
        "UM-9999",
    )
    [current] = sessions.sessions_with_lot(db, "UM-9999")
    assert current.changed_later_to == ""
    assert sessions.edited_session_ids(db, client.id) == {session.id}


def test_client_details_keep_every_earlier_version(db):
    client = clients.add_client(
        db, ClientDetails(given_name="Chien-Shiung", family_name="Wu", phone="0161 496 0000")
    )
    clients.update_client(
        db, client.id, dataclasses.replace(client.details(), phone="0161 496 0001")
    )
    clients.update_client(
        db, client.id, dataclasses.replace(client.details(), phone="0161 496 0001", email="w@x.org")
    )
    versions = clients.client_versions(db, client.id)
    assert [v.details.phone for v in versions] == ["0161 496 0000", "0161 496 0001"]
    assert versions[1].details.email == ""
