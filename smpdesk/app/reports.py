"""The clinic's numbers for a year: the owner's reports page, its PDF and CSV (issue 18).

Owner only: revenue and who treated how many is business information the desk
and the practitioners do not need.  Read-only figures, each one GROUP BY query in
:mod:`smpdesk.store.reports` (no per-client work, whatever the clinic's size):

* sessions per month by type and by practitioner (live sessions only);
* revenue per month: the signed sum of the books (payments less refunds and
  voids) on the day each entry was booked, in the clinic's currency;
* consultations that became treatment: clients whose first consultation in the
  year (a saved treatment plan, or a consultation fee not voided) was followed by
  a first session on or after that day;
* where new clients heard about the clinic: the intake's ``heard_about`` answer on
  each client's first intake done in the year, in the words of the intake form;
* touch-ups due: follow-up due dates in this month and the five after it
  (clients marked as not returning left out).

Files made here (PDF, CSV) go to the audit trail; figures are never logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.money import Money
from smpdesk.domain.session_details import SESSION_TYPES
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.store import reports as report_store

if TYPE_CHECKING:
    from smpdesk.infra.handouts.reports import ReportsRequest

NOT_RECORDED = "(not recorded)"
NOT_ANSWERED = "Not answered"
TABLES = ("sessions", "practitioners", "revenue", "sources", "touch_ups")
DUE_MONTHS = 6
FIRST_YEAR, LAST_YEAR = 1900, 9998


@dataclass(frozen=True)
class Reports:
    """A year's figures.  Each per-month list has 12 entries, January first.

    ``sessions_by_type`` is keyed by the session type in words ("1st session"), in
    the usual order; ``sessions_by_practitioner`` by the name typed on the session
    (``"(not recorded)"`` when blank).  ``revenue`` is in the clinic's ``currency``;
    entries booked in another currency are not added in (``other_currencies``
    names them).  ``heard_about`` is keyed by the intake's answer label.
    """

    year: int
    months: tuple[str, ...]  # "2026-01" .. "2026-12"
    sessions_by_type: dict[str, list[int]]
    sessions_by_practitioner: dict[str, list[int]]
    revenue: list[Money]
    consultations: int
    converted: int
    heard_about: dict[str, int]
    touch_ups_due: list[tuple[str, int]]  # ("2026-07", count), DUE_MONTHS entries
    currency: str = "GBP"
    other_currencies: tuple[str, ...] = ()

    @property
    def revenue_total(self) -> Money:
        return Money(sum(m.minor for m in self.revenue), self.currency)


def _check_year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "The year must be a whole number from {first} to {last}."),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return year


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _by_month(rows: list[tuple[str, str, int]], order: list[str]) -> dict[str, list[int]]:
    """{label: 12 counts} from (month "MM", label, count) rows, ``order`` first."""
    table: dict[str, list[int]] = {}
    for month, label, count in rows:
        if not month.isdigit() or not 1 <= int(month) <= 12:
            continue  # a malformed stored date: not a month of this year
        table.setdefault(label, [0] * 12)[int(month) - 1] += count
    known = [label for label in order if label in table]
    rest = sorted((label for label in table if label not in order), key=str.casefold)
    return {label: table[label] for label in known + rest}


def _source_labels(db: Clinic) -> dict[str, str]:
    """The intake's answer labels by value, from the clinic's forms folder ({} if unreadable)."""
    from smpdesk.app.questionnaires import find_form, form_entries

    try:
        question = find_form(form_entries(db), report_store.INTAKE).questions.get(
            report_store.HEARD_ABOUT
        )
    except (UserError, OSError):
        return {}
    return {c.value: c.label for c in question.choices} if question is not None else {}


@use_case
def clinic_reports(db: Clinic, year: int, *, today: date | None = None) -> Reports:
    """The figures of ``year``; touch-ups due from ``today``'s month on (default: today)."""
    return _reports(db, _check_year(year), today or datetime.now(UTC).astimezone().date())


def _reports(db: Clinic, year: int, today: date) -> Reports:
    start, end = f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
    currency = load_settings(db).currency

    type_rows = [
        (m, SESSION_TYPES.get(kind, kind or NOT_RECORDED), n)
        for m, kind, n in report_store.sessions_by(db, "session_type", start, end)
    ]
    by_type = _by_month(type_rows, list(SESSION_TYPES.values()))
    people = [
        (m, name or NOT_RECORDED, n)
        for m, name, n in report_store.sessions_by(db, "practitioner", start, end)
    ]
    by_practitioner = _by_month(people, [])

    revenue = [0] * 12
    others: set[str] = set()
    for month, cur, minor in report_store.revenue_by_month(db, start, end):
        if cur != currency:
            others.add(cur)
        elif month.isdigit() and 1 <= int(month) <= 12:
            revenue[int(month) - 1] += minor

    consultations, converted = report_store.conversion(db, start, end)

    labels = _source_labels(db)
    sources: dict[str, int] = {}
    for code, count in sorted(report_store.heard_about(db, start, end), key=lambda r: -r[1]):
        label = NOT_ANSWERED if code == "" else labels.get(code, code)
        sources[label] = sources.get(label, 0) + count

    first = date(today.year, today.month, 1)
    due_end = _add_months(first, DUE_MONTHS)
    due = dict(report_store.follow_ups_due(db, first.isoformat(), due_end.isoformat()))
    months_ahead = [_add_months(first, i).isoformat()[:7] for i in range(DUE_MONTHS)]

    return Reports(
        year=year,
        months=tuple(f"{year:04d}-{m:02d}" for m in range(1, 13)),
        sessions_by_type=by_type,
        sessions_by_practitioner=by_practitioner,
        revenue=[Money(minor, currency) for minor in revenue],
        consultations=consultations,
        converted=converted,
        heard_about=sources,
        touch_ups_due=[(month, due.get(month, 0)) for month in months_ahead],
        currency=currency,
        other_currencies=tuple(sorted(others)),
    )


def _request(db: Clinic, year: int) -> ReportsRequest:
    """The PDF/CSV renderer's request (reportlab is imported only when a file is made)."""
    from smpdesk.app.payments import _local_text
    from smpdesk.infra.handouts.layout import check_paper_and_dates, clinic_info
    from smpdesk.infra.handouts.reports import ReportsRequest

    settings = load_settings(db)
    check_paper_and_dates(settings.paper, settings.date_style)
    figures = _reports(db, _check_year(year), datetime.now(UTC).astimezone().date())
    return ReportsRequest(
        clinic=clinic_info(settings),
        year=figures.year,
        sessions_by_type=tuple((k, tuple(v)) for k, v in figures.sessions_by_type.items()),
        sessions_by_practitioner=tuple(
            (k, tuple(v)) for k, v in figures.sessions_by_practitioner.items()
        ),
        revenue=tuple(figures.revenue),
        consultations=figures.consultations,
        converted=figures.converted,
        heard_about=tuple(figures.heard_about.items()),
        touch_ups_due=tuple(figures.touch_ups_due),
        printed_at=_local_text(datetime.now(UTC).isoformat(), settings.date_style),
        printed_by=db.staff.display_name if db.staff is not None else "",
        locale=settings.locale,
        paper=settings.paper,
        date_style=settings.date_style,
    )


@use_case
def reports_pdf(db: Clinic, year: int) -> bytes:
    """The year's numbers as a printable PDF: tables with bar charts (landscape)."""
    from smpdesk.infra.handouts.reports import render_reports

    return render_reports(_request(db, year))


@use_case
def reports_csv(db: Clinic, year: int, table: str) -> str:
    """One table of the year as CSV text (UTF-8 with BOM when encoded; no live formulas).

    ``table``: one of :data:`TABLES`.
    """
    from smpdesk.infra.handouts.reports import reports_csv as render_csv

    if table not in TABLES:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "There is no report table {table}; choose one of {choices}."),
            table=repr(table),
            choices=", ".join(TABLES),
        )
    return render_csv(_request(db, year), table).decode("utf-8")


__all__ = [
    "NOT_ANSWERED",
    "NOT_RECORDED",
    "TABLES",
    "Reports",
    "clinic_reports",
    "reports_csv",
    "reports_pdf",
]
