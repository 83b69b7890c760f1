"""Reads are noted without waiting for the disk; changes and refusals wait for it."""

from __future__ import annotations

import pytest

from smpdesk.app import clients, sessions
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import open_clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.staff import Role, Staff
from smpdesk.store import audit as audit_store
from smpdesk.store import staff as staff_store


@pytest.fixture
def signed_in(db_path):
    first = open_clinic(db_path)
    ids = {
        role: staff_store.insert_staff(first, role.value, role.value.title(), role)
        for role in (Role.PRACTITIONER, Role.RECEPTION)
    }
    first.close()
    handles = {}
    for role, staff_id in ids.items():
        handle = open_clinic(db_path)
        handle.staff = Staff(staff_id, role.value, role.value.title(), role)
        handles[role] = handle
    yield handles
    for handle in handles.values():
        handle.close()


def test_a_read_is_noted_unflushed_and_a_change_or_refusal_flushed(signed_in, monkeypatch):
    practitioner, desk = signed_in[Role.PRACTITIONER], signed_in[Role.RECEPTION]
    seen: list[tuple[str, str, bool]] = []
    original = audit_store.append

    def noting(db, **entry):
        seen.append((entry["action"], entry["outcome"], entry.get("flush", True)))
        original(db, **entry)

    monkeypatch.setattr(audit_store, "append", noting)
    client = clients.add_client(practitioner, ClientDetails(given_name="Ada", family_name="K"))
    sessions.client_sessions(practitioner, client.id)
    with pytest.raises(AccessRefused):
        sessions.client_sessions(desk, client.id)
    assert seen == [
        ("clients.add_client", "done", True),
        ("sessions.client_sessions", "done", False),
        ("sessions.client_sessions", "refused", True),
    ]
    # Every entry is in the chain, and the connection is back to flushing every commit.
    assert audit_store.first_broken_link(practitioner) is None
    assert len(audit_store.entries(practitioner)) == 3
    assert practitioner.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_the_same_read_again_within_a_minute_is_not_noted_twice(signed_in, monkeypatch):
    from smpdesk.app import access

    practitioner = signed_in[Role.PRACTITIONER]
    ada = clients.add_client(practitioner, ClientDetails(given_name="Ada", family_name="K"))
    bob = clients.add_client(practitioner, ClientDetails(given_name="Bob", family_name="K"))
    clock = [1000.0]
    monkeypatch.setattr(access.time, "monotonic", lambda: clock[0])

    def reads() -> list[int | None]:
        return [
            e.client_id
            for e in reversed(audit_store.entries(practitioner))
            if e.action == "sessions.client_sessions"
        ]

    sessions.client_sessions(practitioner, ada.id)
    sessions.client_sessions(practitioner, ada.id)  # the page's second tab asks again
    sessions.client_sessions(practitioner, bob.id)
    assert reads() == [ada.id, bob.id]
    clock[0] += access.READ_NOTED_FOR_S
    sessions.client_sessions(practitioner, ada.id)  # a minute later: a new look
    assert reads() == [ada.id, bob.id, ada.id]


def test_every_export_is_noted_and_flushed_however_soon_it_follows(
    signed_in, monkeypatch, tmp_path
):
    """An export changes no row but leaves the clinic: each one is in the trail, at once."""
    from smpdesk.app import client_export

    practitioner = signed_in[Role.PRACTITIONER]
    ada = clients.add_client(practitioner, ClientDetails(given_name="Ada", family_name="K"))
    seen: list[tuple[str, bool]] = []
    original = audit_store.append

    def noting(db, **entry):
        seen.append((entry["action"], entry.get("flush", True)))
        original(db, **entry)

    monkeypatch.setattr(audit_store, "append", noting)
    for n in range(3):
        client_export.export_client(practitioner, ada.id, tmp_path / f"copy-{n}.zip")
    exports = [flush for action, flush in seen if action == "client_export.export_client"]
    assert exports == [True, True, True]
