"""The day's takings: PDF text and totals against the entries listed, page numbers, CSV.

Checked through pypdf as a reader would see the file.  To look at the sheets:
``SMPDESK_HANDOUTS=/tmp/takings python -m pytest tests/infra/test_takings.py``
writes the PDFs there; then ``pdftoppm -png -r 60 FILE.pdf page`` and open the PNGs.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from smpdesk.domain.money import Money
from smpdesk.errors import UserError
from smpdesk.infra.handouts.takings import (
    CSV_HEADERS,
    ClinicInfo,
    TakingsEntry,
    TakingsRequest,
    method_totals,
    render_takings,
    takings_csv,
)

SAVE_TO = os.environ.get("SMPDESK_HANDOUTS")
SIZES = {"A4": (595, 842), "Letter": (612, 792)}
CLINIC = ClinicInfo(
    name="Northern Lines SMP Studio",
    address="221 Great Ancoats Street, Manchester M4 6DE",
    phone="0161 496 0123",
)


def gbp(pounds: str) -> Money:
    whole, _, pence = pounds.lstrip("-").partition(".")
    minor = int(whole) * 100 + int(pence.ljust(2, "0") or 0)
    return Money(-minor if pounds.startswith("-") else minor, "GBP")


# A realistic day, worked out by hand:
#   card:     150.00 + 400.00 + 400.00 (voided) - 400.00 (void) - 50.00 (refund) = 500.00
#   cash:      60.00 + 25.50                                                     =  85.50
#   transfer: 1,200.00                                                           = 1,200.00
#   net 1,785.50; payments 2,235.50 (6); refunds -50.00 (1); voids -400.00 (1)
DAY = (
    TakingsEntry(101, "09:12", "payment", "deposit", "card", gbp("150.00"), "Łukasz Żółć", "C-1"),
    TakingsEntry(102, "10:05", "payment", "consultation", "cash", gbp("60.00"), "Ann Lee", "C-2"),
    TakingsEntry(
        103, "11:30", "payment", "session", "card", gbp("400.00"), "Tom Ray", "C-3", voided=True
    ),
    TakingsEntry(
        104,
        "11:34",
        "void",
        "session",
        "card",
        gbp("-400.00"),
        "Tom Ray",
        "C-3",
        refers_to_number=103,
        reason="Charged twice",
    ),
    TakingsEntry(105, "11:35", "payment", "session", "card", gbp("400.00"), "Tom Ray", "C-3"),
    TakingsEntry(106, "13:00", "payment", "package", "transfer", gbp("1200.00"), "Jo Kay", "C-4"),
    TakingsEntry(
        107,
        "15:20",
        "refund",
        "deposit",
        "card",
        gbp("-50.00"),
        "",
        "",
        refers_to_number=101,
        reason="Date moved; part of the deposit returned",
    ),
    TakingsEntry(108, "17:45", "payment", "product", "cash", gbp("25.50"), "Ann Lee", "C-2"),
)
REQUEST = TakingsRequest(
    clinic=CLINIC,
    day=date(2026, 3, 14),
    currency="GBP",
    entries=DAY,
    printed_at="14 Mar 2026 18:05",
    printed_by="Sam Owner",
)


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


def render(request: TakingsRequest, name: str | None = None) -> PdfReader:
    data = render_takings(request)
    assert data.startswith(b"%PDF")
    if SAVE_TO and name:
        Path(SAVE_TO).mkdir(parents=True, exist_ok=True)
        Path(SAVE_TO, f"{name}.pdf").write_bytes(data)
    return PdfReader(io.BytesIO(data))


def lines_of(reader: PdfReader) -> list[str]:
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return [" ".join(line.split()) for line in raw.splitlines() if line.strip()]


def flat(reader: PdfReader) -> str:
    return " ".join(" ".join(lines_of(reader)).split())


def row(lines: list[str], name: str) -> str:
    """A row of the "by method" table: pypdf gives each of its five cells its own line.

    The table comes before the entries, whose method column repeats the names.
    """
    found = [index for index, line in enumerate(lines) if line == name]
    assert found, name
    return " ".join(lines[found[0] : found[0] + 5])


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_day_sheet_text_and_paper(paper: str) -> None:
    reader = render(replace(REQUEST, paper=paper), f"takings-{paper}")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == SIZES[paper]
    words = flat(reader)
    for expected in (
        "Northern Lines SMP Studio",
        "Day's takings",
        "Saturday 14 March 2026",
        "Printed 14 Mar 2026 18:05 by Sam Owner",
        "NET TAKINGS £1,785.50",
        "6 payments · 1 refund · 1 void",
        "VOID of No. 000103",
        "Reason: Charged twice",
        "REFUND of No. 000101",
        "Reason: Date moved; part of the deposit returned",
        "(client record erased)",
        "VOIDED",
        "Page 1 of 1",
    ):
        assert expected in words, expected
    for number in range(101, 109):
        assert f"000{number}" in words


def test_per_method_totals_are_the_sums_of_the_listed_entries() -> None:
    lines = lines_of(render(REQUEST))
    assert row(lines, "Card") == "Card £950.00 (3) -£50.00 (1) -£400.00 (1) £500.00"
    assert row(lines, "Cash") == "Cash £85.50 (2) — — £85.50"
    assert row(lines, "Bank transfer") == "Bank transfer £1,200.00 (1) — — £1,200.00"
    assert row(lines, "Total") == "Total £2,235.50 (6) -£50.00 (1) -£400.00 (1) £1,785.50"
    # The same, computed rather than typed: each method's net is the sum of its entries.
    for total in method_totals(DAY, "GBP"):
        listed = [e.amount for e in DAY if e.method == total.method]
        assert total.net == sum(listed, Money.zero("GBP"))
    assert [t.method for t in method_totals(DAY, "GBP")] == ["cash", "card", "transfer"]


def test_an_empty_day_says_so_with_zero_totals() -> None:
    words = flat(render(replace(REQUEST, entries=()), "takings-empty"))
    assert "No payments, refunds or voids on this day." in words
    assert "NET TAKINGS £0.00" in words
    assert "0 payments · 0 refunds · 0 voids" in words


def test_a_long_day_runs_over_pages_numbered_and_headed() -> None:
    many = tuple(
        TakingsEntry(
            1000 + i,
            f"{9 + i // 60:02d}:{i % 60:02d}",
            "payment",
            "session",
            ("cash", "card", "transfer", "voucher")[i % 4],
            Money(1000 + i, "GBP"),
            f"Client {i}",
            f"C-{i}",
            "Amira Haddad",
        )
        for i in range(450)
    )
    reader = render(replace(REQUEST, entries=many), "takings-long")
    pages = len(reader.pages)
    assert pages >= 5
    for index, page in enumerate(reader.pages, start=1):
        page_text = " ".join(page.extract_text().split())
        assert f"Page {index} of {pages}" in page_text
        assert "Day's takings · Saturday 14 March 2026" in page_text
        if index > 1:
            assert "No. Time Client For Method Taken by Amount" in page_text
    words = flat(reader)
    assert "001000" in words and "001449" in words
    expected = sum(1000 + i for i in range(450))
    assert f"£{expected / 100:,.2f}" in words


def test_several_currencies_are_never_added_together() -> None:
    mixed = (*DAY, TakingsEntry(109, "18:00", "payment", "other", "cash", Money(5000, "EUR"), "X"))
    lines = lines_of(render(replace(REQUEST, entries=mixed)))
    assert row(lines, "Total (GBP)").endswith("£1,785.50")
    assert row(lines, "Total (EUR)").endswith("€50.00")
    assert row(lines, "Cash (EUR)") == "Cash (EUR) €50.00 (1) — — €50.00"


def test_hostile_text_prints_literally_and_breaks_nothing() -> None:
    evil = TakingsEntry(
        200,
        "<b>",
        "refund",
        "other",
        "not-a-method",
        gbp("-1.00"),
        "<font size=80>Big</font> & </para>" * 20,
        "<br/>",
        "=cmd|'/c calc'!A1",
        refers_to_number=101,
        reason="]]> <![CDATA[ &#0; \u202e" + "y" * 500,
        note="=1+1",
    )
    request = replace(
        REQUEST,
        clinic=replace(CLINIC, name="<i>Clinic</i> & Co", logo=b"GIF89a nonsense"),
        entries=(*DAY, evil),
    )
    reader = render(request, "takings-hostile")
    words = flat(reader)
    assert "<font size=80>Big</font> & </para>" in words
    assert "<i>Clinic</i> & Co" in words
    assert "NET TAKINGS £1,784.50" in words
    rows = list(csv.reader(io.StringIO(takings_csv(request).decode("utf-8-sig"))))
    last = dict(zip(rows[0], rows[-1], strict=True))
    assert last["taken_by"].startswith("'=")  # a formula never runs in a spreadsheet
    assert last["amount"] == "-1.00"


def test_csv_has_one_row_per_entry_that_sums_to_the_net() -> None:
    data = takings_csv(REQUEST)
    assert data.startswith("\ufeff".encode())
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_HEADERS
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert len(body) == len(DAY)
    assert [r["receipt_number"] for r in body] == [f"000{n}" for n in range(101, 109)]
    assert sum(int(r["amount"].replace(".", "")) for r in body) == 178550
    void = body[3]
    assert (void["entry"], void["refers_to_receipt"], void["reason"]) == (
        "void",
        "000103",
        "Charged twice",
    )
    assert body[2]["voided"] == "yes" and body[0]["voided"] == ""
    assert body[0]["day"] == "2026-03-14" and body[0]["currency"] == "GBP"
    assert body[0]["client"] == "Łukasz Żółć"


def test_bad_paper_or_date_style_is_a_user_error() -> None:
    with pytest.raises(UserError):
        render_takings(replace(REQUEST, paper="A5"))
    with pytest.raises(UserError):
        render_takings(replace(REQUEST, date_style="iso"))


def test_us_dates() -> None:
    assert "Saturday, March 14, 2026" in flat(render(replace(REQUEST, date_style="us")))


def test_amount_cells_are_right_signed() -> None:
    words = flat(render(REQUEST))
    assert re.search(r"000107 15:20 .*-£50\.00", words)
