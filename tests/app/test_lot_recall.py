"""Lot recall by the lot's start or any part (issue 16, item 10), on the indexed keys."""

from __future__ import annotations

import csv
import io

import pytest

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app.lot_recall import find_lot, recall_csv, recall_pdf
from smpdesk.app.sessions import update_session
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import UserError
from smpdesk.store import audit as audit_store
from smpdesk.store.lot_recall import matching_keys


@pytest.fixture
def lots(db) -> dict[str, int]:
    """Four clients, each treated with a different lot; returns client ids by lot."""
    found = {}
    for n, (lot, name) in enumerate(
        [
            ("GR-2610-A", "Ada"),
            ("gr 2610 b", "Bo"),
            ("XX-26100", "=cmd|' /C calc'!A0"),
            ("GR-2611", "Di"),
        ]
    ):
        cid = client_cases.add_client(
            db,
            ClientDetails(
                given_name=name,
                family_name="Lot",
                phone=f"+44 7700 90000{n}",
                email=f"a.very.long.address.{n}@clinic-example.co.uk",
            ),
        ).id
        store.insert_session(db, cid, SessionDetails(f"2026-0{n + 1}-10", "first", pigment_lot=lot))
        found[lot] = cid
    return found


def test_a_prefix_finds_every_lot_that_starts_with_it(db, lots):
    found = find_lot(db, "GR-2610")
    assert sorted(m.lot for m in found.matches) == ["GR-2610-A", "gr 2610 b"]
    assert found.clients == 2 and found.description == "lot starts with GR-2610"
    assert sorted(found.lots) == [("GR-2610-A", 1), ("gr 2610 b", 1)]
    # Case, spaces and dashes never matter.
    assert {m.lot for m in find_lot(db, "gr2610").matches} == {"GR-2610-A", "gr 2610 b"}


def test_contains_finds_the_part_anywhere_and_exact_only_the_lot(db, lots):
    assert {m.lot for m in find_lot(db, "2610", match="contains").matches} == {
        "GR-2610-A",
        "gr 2610 b",
        "XX-26100",
    }
    assert find_lot(db, "2610", match="prefix").matches == []
    assert [m.lot for m in find_lot(db, "gr-2610-a", match="exact").matches] == ["GR-2610-A"]
    assert find_lot(db, "GR-2610", match="exact").matches == []
    assert find_lot(db, " -- ").matches == []
    with pytest.raises(UserError, match="Unknown match"):
        find_lot(db, "GR", match="fuzzy")


def test_a_lot_changed_later_is_still_found_by_its_start(db, lots):
    cid = lots["GR-2611"]
    session = store.latest_session(db, cid)
    update_session(
        db, session.id, SessionDetails(**{**session.details.as_dict(), "pigment_lot": "ZZ-1"})
    )
    found = find_lot(db, "GR-261")
    changed = [m for m in found.matches if m.client_id == cid]
    assert [(m.lot, m.changed_later_to) for m in changed] == [("GR-2611", "ZZ-1")]


def test_keys_are_read_from_the_index_not_a_scan(db, lots):
    assert matching_keys(db, "GR-26", "prefix") == ["gr2610a", "gr2610b", "gr2611"]
    for key_sql in (
        "SELECT pigment_lot_key FROM sessions WHERE pigment_lot_key >= ? "
        "AND pigment_lot_key < ? ORDER BY pigment_lot_key LIMIT 1",
    ):
        plan = " ".join(
            str(r[3]) for r in db.execute(f"EXPLAIN QUERY PLAN {key_sql}", ["gr", "gr\U0010ffff"])
        )
        assert "idx_sessions_pigment_lot_key" in plan and "SCAN" not in plan


def test_csv_has_name_phone_email_date_lot_and_neutralises_formulas(db, lots):
    data = recall_csv(db, "26", match="contains")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:5] == ["Client number", "Name", "Phone", "Email", "Session date"]
    assert rows[0][7] == "Lot"
    by_lot = {row[7]: row for row in rows[1:]}
    assert by_lot["XX-26100"][1] == "'=cmd|' /C calc'!A0 Lot"  # a formula, made plain text
    assert by_lot["GR-2610-A"][2] == "+44 7700 900000"  # a phone number is left to dial
    assert by_lot["GR-2610-A"][3] == "a.very.long.address.0@clinic-example.co.uk"
    assert by_lot["GR-2610-A"][4] == "2026-01-10"


def test_pdf_and_exports_are_audited(db, lots):
    from smpdesk.domain.staff import Role, Staff

    staff_id = store.staff.insert_staff(db, "pr", "Pat Practitioner", Role.PRACTITIONER)
    db.staff = Staff(staff_id, "pr", "Pat Practitioner", Role.PRACTITIONER)
    try:
        pdf = recall_pdf(db, "GR-2610")
        recall_csv(db, "GR-2610")
    finally:
        db.staff = None
    assert pdf.startswith(b"%PDF")
    actions = [e.action for e in audit_store.entries(db, limit=10)]
    assert "lot_recall.recall_pdf" in actions and "lot_recall.recall_csv" in actions


def test_reception_cannot_run_a_recall(db, lots):
    from smpdesk.domain.staff import Role, Staff

    staff_id = store.staff.insert_staff(db, "rec", "Rita", Role.RECEPTION)
    db.staff = Staff(staff_id, "rec", "Rita", Role.RECEPTION)
    try:
        with pytest.raises(UserError, match="lot recall"):
            recall_csv(db, "GR")
    finally:
        db.staff = None
