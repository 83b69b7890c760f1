"""Treatment sessions, recall by lot, follow-ups due, clinic settings."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from smpdesk import store
from smpdesk.app import aftercare as aftercare_cases
from smpdesk.app import clients as client_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import load_settings, save_settings
from smpdesk.app.follow_ups import due_follow_ups, proposed_next_date
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.clinic_settings import ClinicSettings
from smpdesk.domain.session_details import SessionDetails, validate_session
from smpdesk.errors import UserError, ValidationError
from tests.paper_records import ON_PAPER

TODAY = date(2026, 11, 22)


def client(db, given="Zoë", family="Brontë", **extra) -> int:
    return client_cases.add_client(
        db, ClientDetails(given_name=given, family_name=family, **extra)
    ).id


def session(db, client_id, day, kind="first", **extra) -> int:
    return store.insert_session(
        db, client_id, SessionDetails(session_date=day, session_type=kind, **extra)
    )


# -- validation --------------------------------------------------------------


def test_minimal_session_is_valid():
    assert validate_session(SessionDetails("2026-11-22", "first"), today=TODAY) == {}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("session_date", "", "Enter the session date."),
        ("session_date", "22/11/2026", "YYYY-MM-DD"),
        ("session_date", "2026-11-23", "future"),
        ("session_type", "fifth", "kind of session"),
        ("start_time", "9.30", "HH:MM"),
        ("areas", "hairline,eyebrows", "from the list"),
        ("pigment_expiry", "soon", "YYYY-MM-DD"),
        ("needle_diameter", "25", "in mm"),
        ("duration_minutes", "2h", "whole minutes"),
        ("pain_score", "11", "0 to 10"),
        ("next_appointment", "next week", "YYYY-MM-DD HH:MM"),
        ("next_appointment", "2026-11-01 10:00", "after this session"),
    ],
)
def test_each_bad_session_value_is_named(field, value, message):
    values = {"session_date": "2026-11-20", "session_type": "first", field: value}
    problems = validate_session(SessionDetails(**values), today=TODAY)
    assert list(problems) == [field]
    assert message in problems[field]


def test_end_before_start_is_refused():
    details = SessionDetails("2026-11-20", "first", start_time="11:00", end_time="10:30")
    assert "after the start" in validate_session(details, today=TODAY)["end_time"]


# -- recording ---------------------------------------------------------------


def test_record_and_list_newest_first(db):
    cid = client(db)
    session_cases.record_session(
        db,
        cid,
        SessionDetails("2026-11-01", "first", pigment_lot="PL-1", pain_score="4"),
        override_reason=ON_PAPER,
    )
    session_cases.record_session(
        db,
        cid,
        SessionDetails("2026-11-12", "second", pigment_lot="PL-2", duration_minutes="180"),
        override_reason=ON_PAPER,
    )
    listed = store.client_sessions(db, cid)
    assert [s.details.session_type for s in listed] == ["second", "first"]
    assert listed[0].details.duration_minutes == "180"
    assert listed[1].details.pain_score == "4"


def test_record_refuses_invalid_and_unknown_client(db):
    cid = client(db)
    with pytest.raises(ValidationError) as caught:
        session_cases.record_session(
            db, cid, SessionDetails("2999-01-01", "first"), override_reason=ON_PAPER
        )
    assert "session_date" in caught.value.fields
    with pytest.raises(UserError, match="no client with id 999"):
        session_cases.record_session(
            db, 999, SessionDetails("2026-11-01", "first"), override_reason=ON_PAPER
        )
    assert store.client_sessions(db, cid) == []


def test_new_session_is_prefilled_from_the_last_one(db):
    cid = client(db)
    first = session_cases.new_session_defaults(db, cid, today=TODAY)
    assert (first.session_type, first.session_date, first.pigment_lot) == (
        "first",
        "2026-11-22",
        "",
    )
    session(
        db,
        cid,
        "2026-11-10",
        "first",
        practitioner="Aoife",
        pigment_lot="PL-77",
        needle_config="1RL",
        areas="hairline,temples",
        notes="light first pass",
        pain_score="3",
    )
    again = session_cases.new_session_defaults(db, cid, today=TODAY)
    assert again.session_type == "second"
    assert (again.practitioner, again.pigment_lot, again.needle_config, again.areas) == (
        "Aoife",
        "PL-77",
        "1RL",
        "hairline,temples",
    )
    assert again.notes == "" and again.pain_score == ""  # per-session facts are not copied


def test_used_values_most_recent_first(db):
    cid = client(db)
    session(db, cid, "2026-10-01", pigment_lot="OLD")
    session(db, cid, "2026-11-01", "second", pigment_lot="NEW")
    session(db, cid, "2026-09-01", "touch-up", pigment_lot="OLDEST")
    assert store.used_values(db, "pigment_lot") == ["NEW", "OLD", "OLDEST"]
    with pytest.raises(ValueError):
        store.used_values(db, "client_id; DROP TABLE sessions")


def test_recall_search_finds_every_use_of_a_lot(db):
    a = client(db, "Łukasz", "Żółć", phone="07700 900111")
    b = client(db, "Øyvind", "Sæther")
    c = client(db, "Aoife", "Byrne")
    session(db, a, "2026-10-01", pigment_lot="LOT-42A")
    session(db, b, "2026-10-05", diluent_lot="lot-42a ")
    session(db, b, "2026-11-05", "second", cartridge_lot="LOT-42A")
    session(db, c, "2026-10-07", pigment_lot="LOT-42")
    found = store.sessions_with_lot(db, "  lot-42a")
    assert [(m.client_name, m.column) for m in found] == [
        ("Øyvind Sæther", "cartridge_lot"),
        ("Øyvind Sæther", "diluent_lot"),
        ("Łukasz Żółć", "pigment_lot"),
    ]
    assert found[-1].phone == "07700 900111"
    assert store.sessions_with_lot(db, "") == []


# -- follow-ups --------------------------------------------------------------


def test_proposed_dates_follow_the_intervals():
    assert proposed_next_date(date(2026, 11, 1), "first") == date(2026, 11, 11)
    assert proposed_next_date(date(2026, 12, 20), "second") == date(2027, 1, 10)
    assert proposed_next_date(date(2026, 11, 1), "first", {"first": 7}) == date(2026, 11, 8)


def test_due_list_sorts_overdue_today_upcoming(db):
    overdue = client(db, "Over", "Due")
    today = client(db, "Due", "Today")
    soon = client(db, "Soon", "Upcoming")
    later = client(db, "Far", "Away")
    session(db, overdue, "2026-11-01", "first")  # due 11-11
    session(db, today, "2026-11-01", "second")  # due 11-22
    session(db, soon, "2026-11-20", "first")  # due 11-30
    session(db, later, "2026-11-20", "touch-up")  # due in two years
    items = due_follow_ups(db, today=TODAY, days_ahead=14)
    assert [(i.client_id, i.status) for i in items] == [
        (overdue, "overdue"),
        (today, "today"),
        (soon, "upcoming"),
    ]
    assert items[0].next_type == "second"


def test_appointment_and_later_sessions_change_what_is_due(db):
    cid = client(db)
    first = session(db, cid, "2026-11-01", "first")
    store.set_next_appointment(db, first, datetime(2026, 11, 25, 10, 30))
    [item] = due_follow_ups(db, today=TODAY)
    assert item.due_date == date(2026, 11, 25) and item.status == "upcoming"
    assert item.appointment == datetime(2026, 11, 25, 10, 30)
    session(db, cid, "2026-11-21", "second")  # the next session happened
    [item] = due_follow_ups(db, today=TODAY, days_ahead=30)
    assert item.last_session_type == "second" and item.due_date == date(2026, 12, 12)


def test_archived_clients_are_not_due(db):
    cid = client(db)
    session(db, cid, "2026-11-01", "first")
    client_cases.archive_client(db, cid)
    assert due_follow_ups(db, today=TODAY) == []


# -- settings ----------------------------------------------------------------


def test_settings_round_trip(db):
    assert load_settings(db) == ClinicSettings()
    wanted = ClinicSettings(
        name="Clínica Ñandú",
        address="12 Mill Road\nNorwich",
        phone="01603 000000",
        logo=b"\x89PNG fake",
        paper="Letter",
        date_style="us",
        follow_up_days={**ClinicSettings().follow_up_days, "first": 12},
    )
    save_settings(db, wanted)
    assert load_settings(db) == wanted


def test_settings_validation(db):
    with pytest.raises(ValidationError) as caught:
        save_settings(db, ClinicSettings(paper="A5", follow_up_days={"first": 0}))
    assert set(caught.value.fields) == {"paper", "follow_up_days"}
    assert load_settings(db) == ClinicSettings()


def test_recall_ignores_spaces_dashes_and_case(db):
    cid = client(db)
    for lot in ("UM-2607-A", "um 2607 a", "UM–2607–A", "UM2607B"):
        session(db, cid, "2026-11-01", pigment_lot=lot)
    found = {m.lot for m in store.sessions_with_lot(db, "um2607a")}
    assert found == {"UM-2607-A", "um 2607 a", "UM–2607–A"}


def test_expired_pigment_is_refused():
    details = SessionDetails("2026-11-20", "first", pigment_expiry="2026-10-31")
    assert "expired" in validate_session(details, today=TODAY)["pigment_expiry"]
    assert (
        validate_session(
            SessionDetails("2026-11-20", "first", pigment_expiry="2026-11-20"), today=TODAY
        )
        == {}
    )


def test_superscript_digits_are_not_numbers():
    problems = validate_session(
        SessionDetails("2026-11-20", "first", duration_minutes="²", pain_score="٣"), today=TODAY
    )
    assert set(problems) == {"duration_minutes", "pain_score"}


def test_overlong_clinic_phone_is_refused(db):
    with pytest.raises(ValidationError) as caught:
        save_settings(db, ClinicSettings(phone="0" * 41))
    assert "phone" in caught.value.fields


def test_each_sheet_logs_plan_hash_and_day_counts(db):
    import json

    cid = client(db)
    sid = session(db, cid, "2026-11-20")
    pdf = aftercare_cases.aftercare_pdf(db, cid, sid)
    aftercare_cases.record_aftercare_given(db, pdf, "printed")
    [logged] = store.handouts_for_session(db, sid)
    assert len(logged["content_hash"]) == 64
    assert json.loads(logged["day_counts"])["keep_dry"] == 4
