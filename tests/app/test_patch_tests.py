"""Patch tests (issue 16, item 18): recorded, versioned, and closing the allergy flag."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from smpdesk.app import clients, erasure, patch_tests, questionnaires
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import open_clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.patch_tests import PatchTestDetails
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError, ValidationError
from smpdesk.paths import shipped_forms_dir
from smpdesk.questionnaire.loader import load_form
from smpdesk.store import audit as audit_store
from smpdesk.store import client_data
from smpdesk.store import staff as staff_store
from smpdesk.store.engine import ERRORS

TODAY = date.today()


def day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


def medical(db, client_id: int, *, allergy: bool, days_ago: int) -> None:
    """The shipped medical form, answered ``days_ago`` days ago."""
    from smpdesk.app.demo.forms import fill

    spec = load_form(shipped_forms_dir() / "medical.toml")
    answers = fill(spec, {"pigment_allergy": allergy}, seed=4)
    when = datetime.now(UTC) - timedelta(days=days_ago)
    questionnaires.finish(db, client_id, spec, answers, now=when)


def allergy_flag(db, client_id: int):
    found = [
        f for f in questionnaires.client_flags(db, client_id) if f.question_id == "pigment_allergy"
    ]
    assert len(found) == 1, found
    return found[0]


def test(
    read_days_ago: int | None, result: str, *, applied_days_ago: int = 6, read_by: str = "Sam Lee"
) -> PatchTestDetails:
    return PatchTestDetails(
        applied_on=day(applied_days_ago),
        pigment="Brand X Dark Grey",
        lot="GR-2610-A",
        area="behind the left ear",
        result=result,
        read_on=day(read_days_ago) if read_days_ago is not None else "",
        read_by=read_by if read_days_ago is not None else "",
    )


test.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


@pytest.fixture
def client(db):
    return clients.add_client(db, ClientDetails(given_name="Ola", family_name="Bråthen")).id


def test_a_negative_test_read_after_the_medical_history_closes_the_allergy_flag(db, client):
    medical(db, client, allergy=True, days_ago=10)
    assert allergy_flag(db, client).level == "do-not-treat"
    assert questionnaires.do_not_treat(db, client)
    patch_tests.record_patch_test(db, client, test(2, "negative"))
    flag = allergy_flag(db, client)
    assert flag.level == "needs-clearance"
    when = f"{TODAY - timedelta(days=2):%-d %b %Y}"
    assert flag.closed == f"closed by negative patch test on {when}, read by Sam Lee"
    assert not [
        f for f in questionnaires.do_not_treat(db, client) if f.question_id == "pigment_allergy"
    ]


def test_a_positive_or_inconclusive_or_pending_test_keeps_the_flag(db, client):
    medical(db, client, allergy=True, days_ago=10)
    patch_tests.record_patch_test(db, client, test(None, "pending", applied_days_ago=1))
    assert allergy_flag(db, client).level == "do-not-treat"
    patch_tests.record_patch_test(db, client, test(3, "inconclusive"))
    assert allergy_flag(db, client).level == "do-not-treat"
    patch_tests.record_patch_test(db, client, test(4, "negative"))
    patch_tests.record_patch_test(db, client, test(2, "positive"))  # the newest reading decides
    flag = allergy_flag(db, client)
    assert flag.level == "do-not-treat" and not flag.closed


def test_a_test_read_before_the_latest_medical_history_does_not_close_it(db, client):
    patch_tests.record_patch_test(db, client, test(20, "negative", applied_days_ago=22))
    medical(db, client, allergy=True, days_ago=5)  # declared again after the reading
    assert allergy_flag(db, client).level == "do-not-treat"
    patch_tests.record_patch_test(db, client, test(1, "negative", applied_days_ago=3))
    assert allergy_flag(db, client).closed


def test_versions_replace_without_editing(db, client):
    first = patch_tests.record_patch_test(db, client, test(None, "pending", applied_days_ago=3))
    with pytest.raises(ValidationError) as caught:
        patch_tests.record_patch_test(db, client, test(0, "negative"), replaces=first.id)
    assert "reason" in caught.value.fields
    read = patch_tests.record_patch_test(
        db, client, test(0, "negative", applied_days_ago=3), replaces=first.id, reason="read today"
    )
    assert [t.id for t in patch_tests.client_patch_tests(db, client)] == [read.id]
    assert [t.id for t in patch_tests.patch_test_versions(db, first.id)] == [first.id, read.id]
    with pytest.raises(UserError):
        patch_tests.record_patch_test(
            db, client, test(0, "negative"), replaces=first.id, reason="x"
        )
    with pytest.raises(ERRORS):
        db.execute("UPDATE patch_tests SET result = 'positive' WHERE id = ?", [read.id])


def test_bad_input_is_refused_field_by_field(db, client):
    with pytest.raises(ValidationError) as caught:
        patch_tests.record_patch_test(
            db, client, PatchTestDetails(applied_on=day(-1), result="negative", read_on=day(3))
        )
    assert set(caught.value.fields) == {"applied_on", "pigment", "read_on", "read_by"}
    with pytest.raises(ValidationError) as caught:
        patch_tests.record_patch_test(db, client, test(8, "negative", applied_days_ago=6))
    assert set(caught.value.fields) == {"read_on"}  # read before it was applied


def test_reception_sees_that_a_test_exists_and_its_date_but_no_result_and_all_is_audited(db_path):
    first = open_clinic(db_path)
    ids = {
        role: staff_store.insert_staff(first, role.value, role.value.title(), role)
        for role in (Role.PRACTITIONER, Role.RECEPTION)
    }
    first.close()
    practitioner, desk = open_clinic(db_path), open_clinic(db_path)
    practitioner.staff = Staff(ids[Role.PRACTITIONER], "practitioner", "Pat", Role.PRACTITIONER)
    desk.staff = Staff(ids[Role.RECEPTION], "reception", "Rae", Role.RECEPTION)
    try:
        cid = clients.add_client(practitioner, ClientDetails(given_name="A", family_name="B")).id
        saved = patch_tests.record_patch_test(practitioner, cid, test(1, "positive"))
        assert saved.recorded_by == ids[Role.PRACTITIONER]
        with pytest.raises(AccessRefused):
            patch_tests.client_patch_tests(desk, cid)
        with pytest.raises(AccessRefused):
            patch_tests.record_patch_test(desk, cid, test(1, "negative"))
        dates = patch_tests.patch_test_dates(desk, cid)
        assert [(d.id, d.applied_on) for d in dates] == [(saved.id, day(6))]
        assert not hasattr(dates[0], "result")
        actions = [(e.action, e.outcome) for e in audit_store.entries(practitioner, client_id=cid)]
        assert ("patch_tests.record_patch_test", "done") in actions, actions
        assert any(a == "patch_tests.client_patch_tests" and o != "done" for a, o in actions)
    finally:
        practitioner.close()
        desk.close()


def test_export_includes_patch_tests_and_erasure_removes_them(db, client):
    saved = patch_tests.record_patch_test(db, client, test(1, "negative"))
    rows = client_data.client_data(db, client).rows("patch_tests")
    assert [r["id"] for r in rows] == [saved.id]
    number = f"C{client:05d}"
    erasure.erase_client(db, client, confirmation=number, reason="asked in writing")
    assert db.execute("SELECT count(*) FROM patch_tests").fetchone()[0] == 0


@pytest.fixture
def new_york_laptop(monkeypatch):
    """The laptop's clock in New York (answers are stamped in local time)."""
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_same_day_order_is_compared_as_instants_not_as_text(db, client, new_york_laptop):
    """A reading recorded at 15:00 UTC before answers stamped 10:30-05:00 (15:30 UTC) the
    same day is before them: the allergy declared after it stays open, in any time zone."""
    from smpdesk.app.demo.forms import fill
    from smpdesk.store import patch_tests as patch_store

    new_york = datetime.now(UTC).astimezone(ZoneInfo("America/New_York")) - timedelta(days=1)
    answered = new_york.replace(hour=10, minute=30, second=0, microsecond=0)
    reading_utc = answered.astimezone(UTC) - timedelta(minutes=30)
    the_day = answered.date().isoformat()
    details = PatchTestDetails(
        applied_on=(answered.date() - timedelta(days=2)).isoformat(),
        pigment="Brand X",
        result="negative",
        read_on=the_day,
        read_by="Sam Lee",
    )
    patch_store.insert_patch_test(
        db,
        client,
        applied_on=details.applied_on,
        pigment=details.pigment,
        lot="",
        area="",
        result=details.result,
        read_on=details.read_on,
        read_by=details.read_by,
        notes="",
        now=reading_utc.isoformat(timespec="microseconds"),
    )
    spec = load_form(shipped_forms_dir() / "medical.toml")
    questionnaires.finish(
        db, client, spec, fill(spec, {"pigment_allergy": True}, seed=4), now=answered
    )
    assert allergy_flag(db, client).level == "do-not-treat"


def test_a_draft_declaring_the_allergy_again_is_not_hidden_by_the_closed_flag(db, client):
    from smpdesk.app.demo.forms import fill

    medical(db, client, allergy=True, days_ago=10)
    patch_tests.record_patch_test(db, client, test(2, "negative"))
    assert allergy_flag(db, client).closed
    spec = load_form(shipped_forms_dir() / "medical.toml")
    questionnaires.save_draft(db, client, spec, fill(spec, {"pigment_allergy": True}, seed=9), 0)
    assert [f.question_id for f in questionnaires.do_not_treat(db, client)] == ["pigment_allergy"]
