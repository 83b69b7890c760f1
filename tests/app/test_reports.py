"""The clinic's numbers (issue 18, R1): figures against a hand-computed fixture."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

import pytest

from smpdesk.app import clients, payments, reports
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import Clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.money import Money
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError
from smpdesk.store import plans as plan_store
from smpdesk.store import reports as report_store


def _client(db: Clinic, family: str) -> int:
    return clients.add_client(db, ClientDetails(given_name="Test", family_name=family)).id


def _session(
    db: Clinic, client_id: int, day: str, kind: str, who: str = "", *, deleted: bool = False
) -> None:
    db.execute(
        "INSERT INTO sessions (client_id, session_date, session_type, practitioner, created_at, "
        "updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [client_id, day, kind, who, day, day, "2026-12-01T00:00:00+00:00" if deleted else None],
    )
    db.conn.commit()


def _intake(db: Clinic, client_id: int, completed_at: str, answer: str | None) -> None:
    db.execute(
        "INSERT OR IGNORE INTO form_definitions VALUES ('x', 'intake', '1', 'Intake', '', '')"
    )
    answers = json.dumps({} if answer is None else {"heard_about": answer})
    db.execute(
        "INSERT INTO responses (client_id, form_id, form_version, form_title, definition_sha256,"
        " answers, flags, started_at, completed_at) VALUES (?, 'intake', '1', 'Intake', 'x', "
        "?, '[]', ?, ?)",
        [client_id, answers, completed_at, completed_at],
    )
    db.conn.commit()


def _plan(db: Clinic, client_id: int, created_at: str) -> None:
    plan_store.insert_plan(
        db,
        client_id,
        data="{}",
        currency="GBP",
        total_minor=0,
        deposit_minor=0,
        valid_until="2027-01-01",
        created_by_name="",
        now=created_at,
    )


def _at(day: str) -> datetime:
    return datetime.fromisoformat(f"{day}T12:00:00").replace(tzinfo=UTC)


@pytest.fixture
def year(db: Clinic) -> Clinic:
    """A small clinic year, 2026, with figures worked out by hand in the tests."""
    a, b, c, d, e = (_client(db, name) for name in ("A", "B", "C", "D", "E"))
    # Sessions: 2026 live ones count; 2025, 2027 and deleted ones do not.
    _session(db, a, "2026-01-10", "first", "Sam")
    _session(db, a, "2026-02-14", "second", "Sam")
    _session(db, b, "2026-02-20", "first", "Jo")
    _session(db, b, "2026-03-01", "touch-up", "")
    _session(db, c, "2026-12-31", "scar", "Jo")
    _session(db, c, "2026-05-05", "first", "Jo", deleted=True)
    _session(db, d, "2025-12-31", "first", "Sam")
    _session(db, e, "2027-01-01", "first", "Sam")
    # Books: Jan 150 + 80 - 30 refund; Feb 100 voided (void in March: -100 in March);
    # a 2025 payment that does not count.
    dep = payments.record_payment(
        db, a, "150.00", method="card", kind="deposit", now=_at("2026-01-05")
    )
    payments.record_payment(db, a, "80", method="cash", now=_at("2026-01-10"))
    payments.refund_payment(db, dep.id, "30", "changed the date", now=_at("2026-01-20"))
    wrong = payments.record_payment(db, b, "100", method="card", now=_at("2026-02-20"))
    payments.void_payment(db, wrong.id, "typed twice", now=_at("2026-03-02"))
    payments.record_payment(db, d, "999", method="cash", now=_at("2025-12-30"))
    # Consultations in 2026: a (plan 2026-01-02, first session 01-10: converted),
    # b (consultation fee 02-01, first session 02-20: converted), c (plan 2026-04-01,
    # its first session deleted: not converted), e (consultation fee voided: not counted),
    # d (plan in 2025: not counted).
    _plan(db, a, "2026-01-02T10:00:00+00:00")
    _plan(db, a, "2026-01-03T10:00:00+00:00")  # a second version: still one client
    payments.record_payment(db, b, "50", method="cash", kind="consultation", now=_at("2026-02-01"))
    _plan(db, c, "2026-04-01T10:00:00+00:00")
    fee = payments.record_payment(
        db, e, "50", method="cash", kind="consultation", now=_at("2026-06-01")
    )
    payments.void_payment(db, fee.id, "wrong client", now=_at("2026-06-01"))
    _plan(db, d, "2025-11-01T10:00:00+00:00")
    # Revenue so far: Jan 150+80-30 = 200; Feb 100+50 = 150; Mar -100; Jun 50-50 = 0.
    # Intakes: a social (first, 2026), b friend, c none answered, d's first intake in
    # 2025 (a 2026 repeat does not make them new), e "other".
    _intake(db, a, "2026-01-01T09:00:00+00:00", "social_media")
    _intake(db, a, "2026-05-01T09:00:00+00:00", "friend")  # a repeat: not counted
    _intake(db, b, "2026-02-01T09:00:00+00:00", "friend")
    _intake(db, c, "2026-04-01T09:00:00+00:00", None)
    _intake(db, d, "2025-10-01T09:00:00+00:00", "advert")
    _intake(db, d, "2026-03-01T09:00:00+00:00", "advert")
    _intake(db, e, "2026-06-01T09:00:00+00:00", "other")
    return db


def test_the_year_s_figures_match_the_hand_count(year):
    r = reports.clinic_reports(year, 2026, today=date(2026, 12, 6))
    assert r.months[0] == "2026-01" and r.months[-1] == "2026-12"
    assert r.sessions_by_type == {
        "1st session": [1, 1] + [0] * 10,
        "2nd session": [0, 1] + [0] * 10,
        "Touch-up": [0, 0, 1] + [0] * 9,
        "Scar camouflage": [0] * 11 + [1],
    }
    assert r.sessions_by_practitioner == {
        "Jo": [0, 1] + [0] * 9 + [1],
        "Sam": [1, 1] + [0] * 10,
        "(not recorded)": [0, 0, 1] + [0] * 9,
    }
    assert [m.minor for m in r.revenue] == [20000, 15000, -10000] + [0] * 9
    assert r.revenue_total == Money(25000, "GBP")
    assert (r.consultations, r.converted) == (3, 2)
    assert r.heard_about == {
        "Social media": 1,
        "A friend or family member": 1,
        "Not answered": 1,
        "Somewhere else": 1,
    }


def test_touch_ups_due_count_the_next_six_months_and_leave_out_not_returning(year):
    # Follow-ups are due from each client's latest live session (the stored, indexed
    # date; the default intervals): only that they are counted by month is checked here.
    rows = year.execute(
        "SELECT substr(follow_up_due, 1, 7), count(*) FROM sessions "
        "WHERE follow_up_due IS NOT NULL GROUP BY 1"
    ).fetchall()
    expected = dict(rows)
    r = reports.clinic_reports(year, 2026, today=date(2026, 12, 6))
    months = ["2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05"]
    assert [m for m, _ in r.touch_ups_due] == months
    assert dict(r.touch_ups_due) == {m: expected.get(m, 0) for m in months}
    assert sum(n for _, n in r.touch_ups_due) >= 1
    # Mark one of them "not returning": it leaves the count.
    client_id, month = year.execute(
        "SELECT client_id, substr(follow_up_due, 1, 7) FROM sessions "
        "WHERE follow_up_due >= '2026-12-01' ORDER BY follow_up_due LIMIT 1"
    ).fetchone()
    from smpdesk.app import follow_ups

    follow_ups.record_outcome(year, client_id, "not_returning", today=date(2026, 12, 6))
    after = dict(reports.clinic_reports(year, 2026, today=date(2026, 12, 6)).touch_ups_due)
    assert after[month] == dict(r.touch_ups_due)[month] - 1


def test_an_empty_year_is_zeros_not_an_error(db):
    r = reports.clinic_reports(db, 2031, today=date(2031, 1, 1))
    assert r.sessions_by_type == {} and r.sessions_by_practitioner == {}
    assert r.revenue == [Money(0, "GBP")] * 12
    assert (r.consultations, r.converted, r.heard_about) == (0, 0, {})
    assert r.touch_ups_due == [(f"2031-{m:02d}", 0) for m in range(1, 7)]
    assert reports.reports_pdf(db, 2031).startswith(b"%PDF")


@pytest.mark.parametrize("bad", [0, -1, 10000, True, "2026"])
def test_a_bad_year_is_refused_in_words(db, bad):
    with pytest.raises(UserError):
        reports.clinic_reports(db, bad)


def test_each_csv_table_has_the_figures(year):
    def rows(table: str) -> list[list[str]]:
        text = reports.reports_csv(year, 2026, table)
        assert text.startswith("\ufeff")
        return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))

    sessions = rows("sessions")
    assert sessions[0][:2] == ["session_type", "2026-01"] and sessions[0][-1] == "total"
    assert sessions[1] == ["1st session", "1", "1"] + ["0"] * 10 + ["2"]
    assert ["Sam", "1", "1"] + ["0"] * 10 + ["2"] in rows("practitioners")
    revenue = rows("revenue")
    assert revenue[1] == ["2026-01", "200.00", "GBP"] and revenue[3] == [
        "2026-03",
        "-100.00",
        "GBP",
    ]
    assert ["Social media", "1"] in rows("sources")
    assert rows("touch_ups")[0] == ["month", "due"]
    with pytest.raises(UserError):
        reports.reports_csv(year, 2026, "clients")


def test_other_currencies_are_named_not_added(year):
    year.execute(
        "INSERT INTO payments (receipt_number, client_id, entry, kind, method, amount_minor, "
        "currency, taken_at, day) VALUES (9999, NULL, 'payment', 'session', 'cash', 5000, 'EUR', "
        "'2026-01-05T10:00:00+00:00', '2026-01-05')"
    )
    year.conn.commit()
    r = reports.clinic_reports(year, 2026, today=date(2026, 12, 6))
    assert r.revenue[0] == Money(20000, "GBP") and r.other_currencies == ("EUR",)


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.PRACTITIONER])
def test_only_the_owner_sees_the_numbers(db, role):
    db.staff = Staff(1, "x", "X", role)
    for call in (
        lambda: reports.clinic_reports(db, 2026),
        lambda: reports.reports_pdf(db, 2026),
        lambda: reports.reports_csv(db, 2026, "revenue"),
    ):
        with pytest.raises(AccessRefused):
            call()


def test_the_figures_are_one_query_each_not_a_loop_per_client(year):
    """The store's queries use the indexes they rely on (no per-client Python work)."""
    plan = " ".join(
        str(row[-1])
        for row in year.execute(
            "EXPLAIN QUERY PLAN SELECT substr(day, 6, 2), currency, sum(amount_minor) "
            "FROM payments WHERE day >= '2026-01-01' AND day < '2027-01-01' GROUP BY 1, 2"
        ).fetchall()
    )
    assert "idx_payments_day" in plan
    assert report_store.revenue_by_month(year, "2026-01-01", "2027-01-01")


def test_report_year_from_the_command_line(year, db_path, tmp_path):
    from tests.cli.test_cli import assert_user_error, run

    year.conn.commit()
    at = ("--db", str(db_path))
    shown = run("report", "year", *at, "--year", "2026", "--json")
    assert shown.returncode == 0, shown.stderr
    figures = json.loads(shown.stdout)
    assert figures["revenue"][:3] == ["200.00", "150.00", "-100.00"]
    assert (figures["consultations"], figures["converted"]) == (3, 2)
    pdf = tmp_path / "year.pdf"
    assert run("report", "year", *at, "--year", "2026", "-o", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    again = run("report", "year", *at, "--year", "2026", "-o", str(pdf))
    assert again.returncode == 1 and "Traceback" not in again.stderr  # never over a file
    table = run("report", "year", *at, "--year", "2026", "--csv", "revenue")
    assert "2026-01,200.00,GBP" in table.stdout
    assert_user_error(run("report", "year", *at, "--year", "2026"), "--json")


def test_a_refunded_consultation_fee_is_no_consultation(db):
    kept, refunded = _client(db, "Kept"), _client(db, "Refunded")
    for who in (kept, refunded):
        payments.record_payment(
            db, who, "50", method="card", kind="consultation", now=_at("2026-03-02")
        )
    fee = payments.client_payments(db, refunded)[0]
    payments.refund_payment(db, fee.id, "50", "booking cancelled", now=_at("2026-03-03"))
    assert report_store.conversion(db, "2026-01-01", "2027-01-01") == (1, 0)


def test_a_merged_record_s_intake_counts_once_with_the_client(db):
    kept, merged = _client(db, "Kept"), _client(db, "Merged")
    _intake(db, kept, "2026-02-01T10:00:00+00:00", "instagram")
    _intake(db, merged, "2026-02-02T10:00:00+00:00", "google")
    db.execute("UPDATE clients SET merged_into = ? WHERE id = ?", [kept, merged])
    db.conn.commit()
    assert report_store.heard_about(db, "2026-01-01", "2027-01-01") == [("instagram", 1)]
