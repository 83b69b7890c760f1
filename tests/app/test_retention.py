"""Clients past the retention period: the setting, the last visit, and the dates around it."""

from __future__ import annotations

from datetime import date

import pytest

from smpdesk.app import clients, retention
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import Clinic, load_settings, open_clinic, save_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.clinic_settings import ClinicSettings, validate_settings
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import ValidationError
from smpdesk.store import staff as staff_store

TODAY = date(2026, 6, 15)


def _client(db: Clinic, family: str, *, created: str = "2026-01-10T09:00:00+00:00") -> int:
    client = clients.add_client(db, ClientDetails(given_name="Test", family_name=family))
    db.execute("UPDATE clients SET created_at = ? WHERE id = ?", [created, client.id])
    db.conn.commit()
    return client.id


def _session(db: Clinic, client_id: int, day: str, *, deleted: bool = False) -> None:
    """Straight into the table: the session form refuses dates this far back only by intent."""
    db.execute(
        "INSERT INTO sessions (client_id, session_date, session_type, created_at, updated_at, "
        "deleted_at) VALUES (?, ?, 'first', ?, ?, ?)",
        [client_id, day, day, day, "2026-01-01T00:00:00+00:00" if deleted else None],
    )
    db.conn.commit()


def _response(db: Clinic, client_id: int, completed_at: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO form_definitions VALUES ('x', 'intake', '1', 'Intake', '', '')"
    )
    db.execute(
        "INSERT INTO responses (client_id, form_id, form_version, form_title, definition_sha256,"
        " answers, flags, started_at, completed_at) VALUES (?, 'intake', '1', 'Intake', 'x', "
        "'{}', '[]', ?, ?)",
        [client_id, completed_at, completed_at],
    )
    db.conn.commit()


def test_the_list_judges_by_the_last_visit_and_is_strict_on_the_anniversary(db):
    a = _client(db, "DayPast")
    _session(db, a, "2018-06-14")  # 8 years and a day
    b = _client(db, "Anniversary")
    _session(db, b, "2018-06-15")  # exactly 8 years: still inside
    c = _client(db, "CameBack")
    _session(db, c, "2010-03-01")
    _session(db, c, "2020-03-01")
    d = _client(db, "NeverTreated", created="2017-01-01T10:00:00+00:00")
    e = _client(db, "FormLater", created="2015-01-01T10:00:00+00:00")
    _response(db, e, "2024-05-05T10:00:00+00:00")
    f = _client(db, "DeletedVisit")
    _session(db, f, "2016-02-02")
    _session(db, f, "2025-02-02", deleted=True)  # a session deleted as a mistake was no visit
    g = _client(db, "Archived")
    _session(db, g, "2001-09-09")
    clients.archive_client(db, g)

    past = retention.clients_past_retention(db, today=TODAY)

    assert [p.client_id for p in past] == [g, f, d, a]  # the longest ago first
    by_id = {p.client_id: p for p in past}
    assert (by_id[a].last_visit, by_id[a].years_since) == (date(2018, 6, 14), 8)
    assert (by_id[d].last_visit, by_id[d].years_since) == (date(2017, 1, 1), 9)
    assert (by_id[f].last_visit, by_id[f].years_since) == (date(2016, 2, 2), 10)
    assert by_id[g].archived and by_id[g].years_since == 24
    assert by_id[a].name == "Test DayPast" and by_id[a].client_number == f"C{a:05d}"
    assert not {b, c, e} & set(by_id)


def test_the_period_is_the_clinic_setting(db):
    a = _client(db, "Nine")
    _session(db, a, "2017-06-01")
    assert [p.client_id for p in retention.clients_past_retention(db, today=TODAY)] == [a]
    save_settings(db, load_settings(db).with_changes(retention_years=10))
    assert retention.clients_past_retention(db, today=TODAY) == []
    save_settings(db, load_settings(db).with_changes(retention_years=1))
    assert load_settings(db).retention_years == 1
    assert [p.client_id for p in retention.clients_past_retention(db, today=TODAY)] == [a]


def test_the_setting_defaults_to_eight_years_and_refuses_odd_values(db):
    assert ClinicSettings().retention_years == 8
    assert load_settings(db).retention_years == 8
    for odd in (0, 101, -3, True):
        problems = validate_settings(ClinicSettings(retention_years=odd))  # type: ignore[arg-type]
        assert "retention_years" in problems
        assert "1 to 100 years" in problems["retention_years"]
    with pytest.raises(ValidationError):
        save_settings(db, ClinicSettings(retention_years=0))
    assert validate_settings(ClinicSettings(retention_years=100)) == {}


@pytest.mark.parametrize("raw", ['"eight"', "0", "1e9", "true", "{not json"])
def test_an_unreadable_stored_period_is_eight_years_with_a_warning(db_path, raw):
    import sqlite3

    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('retention.years', ?)", [raw])
    conn.close()
    db = open_clinic(db_path)
    try:
        settings = load_settings(db)
    finally:
        db.close()
    assert settings.retention_years == 8
    assert len(settings.warnings) == 1 and "retention period" in settings.warnings[0]
    assert raw not in settings.warnings[0] or raw in ("0",)


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (date(2016, 2, 29), 8, date(2024, 2, 29)),
        (date(2020, 2, 29), 1, date(2021, 2, 28)),
        (date(2026, 6, 15), -8, date(2018, 6, 15)),
        (date(2024, 2, 29), -1, date(2023, 2, 28)),
    ],
)
def test_adding_years_keeps_the_day_or_falls_back_to_28_february(day, years, expected):
    assert retention.add_years(day, years) == expected


def test_whole_years_are_counted_the_way_people_count_an_age():
    assert retention.years_between(date(2018, 6, 15), date(2026, 6, 14)) == 7
    assert retention.years_between(date(2018, 6, 15), date(2026, 6, 15)) == 8
    assert retention.years_between(date(2020, 2, 29), date(2021, 2, 28)) == 1
    assert retention.years_between(date(2026, 6, 15), date(2026, 1, 1)) == 0
    assert retention.is_past(date(2018, 6, 14), TODAY, 8)
    assert not retention.is_past(date(2018, 6, 15), TODAY, 8)


def test_only_the_owner_sees_the_list(db_path):
    first = open_clinic(db_path)
    handles = {}
    for role in Role:
        staff_id = staff_store.insert_staff(first, role.value, role.value.title(), role)
        handle = open_clinic(db_path)
        handle.staff = Staff(staff_id, role.value, role.value.title(), role)
        handles[role] = handle
    first.close()
    try:
        for role in (Role.RECEPTION, Role.PRACTITIONER):
            with pytest.raises(AccessRefused, match="retention period"):
                retention.clients_past_retention(handles[role])
        assert retention.clients_past_retention(handles[Role.OWNER]) == []
    finally:
        for handle in handles.values():
            handle.close()
