"""The clinic's numbers as PDF and CSV (issue 18, R1): text, charts, paper, CSV safety.

To look at the PDF: ``SMPDESK_HANDOUTS=/tmp/reports python -m pytest
tests/infra/test_reports_pdf.py`` writes it there; then ``pdftoppm -png -r 60 FILE page``.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from smpdesk.domain.money import Money
from smpdesk.errors import UserError
from smpdesk.infra.handouts.reports import (
    ClinicInfo,
    ReportsRequest,
    conversion_text,
    render_reports,
    reports_csv,
)

SAVE_TO = os.environ.get("SMPDESK_HANDOUTS")
LANDSCAPE = {"A4": (842, 595), "Letter": (792, 612)}


def _gbp(pounds: int) -> Money:
    return Money(pounds * 100, "GBP")


REQUEST = ReportsRequest(
    clinic=ClinicInfo(name="Northern Lines SMP Studio", phone="0161 496 0123"),
    year=2026,
    sessions_by_type=(
        ("1st session", (3, 4, 2, 5, 6, 4, 3, 2, 5, 6, 4, 1)),
        ("2nd session", (2, 3, 4, 2, 5, 6, 4, 3, 2, 5, 6, 2)),
        ("Touch-up", (1, 0, 2, 1, 1, 3, 2, 0, 1, 2, 1, 0)),
    ),
    sessions_by_practitioner=(
        ("Sam Okafor", (4, 4, 4, 4, 6, 7, 5, 3, 4, 7, 6, 2)),
        ("Jo Lindqvist", (2, 3, 4, 4, 6, 6, 4, 2, 4, 6, 5, 1)),
    ),
    revenue=tuple(
        _gbp(p) for p in (1850, 2400, 2100, 1950, 3200, 3650, 2800, 1500, 2600, 3900, 3100, -150)
    ),
    consultations=40,
    converted=27,
    heard_about=(("Social media", 18), ("A friend or family member", 11), ("=cmd|'/c calc'!A1", 2)),
    touch_ups_due=(("2026-12", 9), ("2027-01", 14), ("2027-02", 6)),
    printed_at="Sunday 6 December 2026, 19:10",
    printed_by="Owner",
)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_pdf_shows_every_table_on_landscape_paper(paper):
    pdf = render_reports(replace(REQUEST, paper=paper))
    if SAVE_TO:
        Path(SAVE_TO).mkdir(parents=True, exist_ok=True)
        (Path(SAVE_TO) / f"reports_{paper}.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        assert tuple(round(float(v)) for v in page.mediabox[2:]) == LANDSCAPE[paper]
    text = _text(pdf)
    for words in (
        "The clinic's numbers, 2026",
        "Sessions per month, by type",
        "Sessions per month, by practitioner",
        "Sam Okafor",
        "Revenue per month",
        "£28,900.00",  # the year's revenue: the months added, the refund month included
        "-£150.00",
        "27 of 40 (68%)",
        "Social media",
        "2027-01",
        f"Page 1 of {len(reader.pages)}",
    ):
        assert words in text, words
    # Sessions by type: the month totals and the year's (3+2+1 in January; 45+44+14 = 103 in all).
    assert "Total" in text and " 103" in text.replace("\n", " ")


def test_an_empty_year_still_prints():
    empty = replace(
        REQUEST,
        sessions_by_type=(),
        sessions_by_practitioner=(),
        revenue=(Money(0, "GBP"),) * 12,
        consultations=0,
        converted=0,
        heard_about=(),
        touch_ups_due=(),
    )
    text = _text(render_reports(empty))
    assert "No sessions this year" in text and "No consultations this year" in text


def test_a_bad_paper_setting_is_refused_in_words():
    with pytest.raises(UserError):
        render_reports(replace(REQUEST, paper="A3"))


def test_conversion_words():
    assert conversion_text(0, 0) == "No consultations this year"
    assert conversion_text(3, 1) == "1 of 3 (33%)"


def test_csv_tables_are_spreadsheet_safe_and_add_up():
    def rows(table: str) -> list[list[str]]:
        data = reports_csv(REQUEST, table)
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
        return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))

    sessions = rows("sessions")
    assert sessions[1][0] == "1st session" and sessions[1][-1] == "45"
    revenue = rows("revenue")
    assert revenue[-1] == ["2026-12", "-150.00", "GBP"]
    sources = rows("sources")
    assert ["'=cmd|'/c calc'!A1", "2"] in sources  # never a live formula
    assert rows("touch_ups")[1:] == [["2026-12", "9"], ["2027-01", "14"], ["2027-02", "6"]]
    assert rows("practitioners")[0][0] == "practitioner"
    with pytest.raises(ValueError):
        reports_csv(REQUEST, "nope")
