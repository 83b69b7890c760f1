"""The quote PDF: sessions, dates, prices, discount, tax, total, deposit, validity, terms, signing.

Checked through pypdf as a reader would see the file.  To look at the quotes:
``SMPDESK_HANDOUTS=/tmp/quotes python -m pytest tests/infra/test_quote.py``
writes the PDFs there; then ``pdftoppm -png -r 60 FILE.pdf page`` and open the PNGs.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from smpdesk.domain.money import Money, format_money
from smpdesk.errors import UserError
from smpdesk.infra.handouts.quote import (
    TO_BE_ARRANGED,
    ClinicInfo,
    QuoteLine,
    QuoteRequest,
    quote_totals,
    render_quote,
)
from tests.infra.test_design_page import a_page, signature

SAVE_TO = os.environ.get("SMPDESK_HANDOUTS")
SIZES = {"A4": (595, 842), "Letter": (612, 792)}
CLINIC = ClinicInfo(
    name="Northern Lines SMP Studio",
    address="Unit 14B, The Old Cotton Exchange\n221 Great Ancoats Street, Manchester M4 6DE",
    phone="0161 496 0123",
    email="hello@northernlines.example",
)
TERMS = (
    "The deposit secures your first session date. It is refundable up to 7 days before "
    "that date, and kept if you cancel later or do not attend.\n\n"
    "Moving a session needs 48 hours' notice. Touch-ups more than 12 months after the last "
    "session are charged at the touch-up price."
)


def gbp(pounds: str) -> Money:
    return Money(int(Decimal(pounds) * 100), "GBP")


QUOTE = QuoteRequest(
    clinic=CLINIC,
    client_name="Łukasz Żółć",
    client_number="C-0042",
    plan_id=12,
    version=2,
    issued="Saturday 14 March 2026",
    prepared_by="Amira Haddad",
    lines=(
        QuoteLine("1st session", "Saturday 4 April 2026", gbp("800.00")),
        QuoteLine("2nd session", "Saturday 18 April 2026", gbp("600.00")),
        QuoteLine("3rd session", "Saturday 9 May 2026", gbp("500.00")),
        QuoteLine("Touch-up", "", gbp("250.00"), detail="About 6 months after the last session"),
    ),
    package="Full hairline, 3 sessions + touch-up",
    discount=gbp("150.00"),
    prices_include_tax=True,
    tax_rate_percent=Decimal(20),
    tax_name="VAT",
    deposit=gbp("400.00"),
    valid_until="Monday 13 April 2026",
    terms=TERMS,
    notes="Hairline softened at the temples as agreed at the consultation.",
    printed="14 March 2026 15:42",
)


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """Byte-identical output: no creation date or random document id."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def render(request: QuoteRequest, name: str | None = None) -> PdfReader:
    data = render_quote(request)
    assert data.startswith(b"%PDF")
    if SAVE_TO and name:
        Path(SAVE_TO).mkdir(parents=True, exist_ok=True)
        Path(SAVE_TO, f"{name}.pdf").write_bytes(data)
    return PdfReader(io.BytesIO(data))


def text_of(reader: PdfReader) -> str:
    """The text as laid out: one line per printed line, columns side by side."""
    raw = "\n".join(page.extract_text(extraction_mode="layout") for page in reader.pages)
    return "\n".join(" ".join(line.split()) for line in raw.splitlines() if line.strip())


def flat(reader: PdfReader) -> str:
    return " ".join(text_of(reader).split())


_AMOUNT = re.compile(r"(−?)£([0-9,]+\.[0-9]{2})")


def pence(shown: str) -> int:
    match = _AMOUNT.fullmatch(shown)
    assert match, shown
    value = int(Decimal(match[2].replace(",", "")) * 100)
    return -value if match[1] else value


def amount_on(label: str, reader: PdfReader, *, prefix: bool = False) -> int:
    """The amount printed at the end of the line ``label`` (or the line starting so)."""
    for line in text_of(reader).splitlines():
        words = line.split()
        before = " ".join(words[:-1])
        if before == label or (prefix and line.startswith(label)):
            return pence(words[-1])
    raise AssertionError(f"no line {label!r}:\n{text_of(reader)}")


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_quote_fits_one_page_of_the_right_paper(paper: str) -> None:
    reader = render(replace(QUOTE, paper=paper), f"quote-{paper}")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == SIZES[paper]
    assert "Page 1 of 1" in flat(reader)


def test_quote_prints_every_session_with_its_date_and_price() -> None:
    reader = render(QUOTE)
    lines = text_of(reader).splitlines()
    whole = flat(reader)
    assert "Your treatment plan" in whole
    assert "Northern Lines SMP Studio" in whole and "0161 496 0123" in whole
    assert "Łukasz Żółć" in whole and "C-0042" in whole
    assert "Plan No. 12" in whole and "Version 2" in whole
    assert "Prepared Saturday 14 March 2026 by Amira Haddad" in whole
    expected = [
        "1 1st session Saturday 4 April 2026 £800.00",
        "2 2nd session Saturday 18 April 2026 £600.00",
        "3 3rd session Saturday 9 May 2026 £500.00",
        f"4 Touch-up {TO_BE_ARRANGED} £250.00",
    ]
    for row in expected:
        assert row in lines, (row, lines)
    assert "About 6 months after the last session" in whole


def test_discount_tax_included_and_total_add_up() -> None:
    reader = render(QUOTE)
    whole = flat(reader)
    assert amount_on("Sessions", reader) == 215000
    assert "Package discount: Full hairline, 3 sessions + touch-up −£150.00" in whole
    assert amount_on("Package discount: Full hairline, 3 sessions + touch-up", reader) == -15000
    assert amount_on("Total", reader) == 200000
    # £2,000.00 with 20% VAT in: 2000 / 1.2 * 0.2 = 333.333.. -> £333.33
    assert "Includes VAT 20%: £333.33" in whole
    # The printed lines add up to the printed total.
    sessions = sum(amount_on(f"{n} ", reader, prefix=True) for n in range(1, 5))
    assert sessions == amount_on("Sessions", reader)
    assert sessions + amount_on(
        "Package discount: Full hairline, 3 sessions + touch-up", reader
    ) == amount_on("Total", reader)


def test_tax_on_top_is_its_own_line_and_sums_to_the_total() -> None:
    request = replace(
        QUOTE,
        prices_include_tax=False,
        tax_rate_percent=Decimal("17.5"),
        discount=gbp("0.01"),
        package="",
        lines=(
            QuoteLine("1st session", "4 April 2026", gbp("333.33")),
            QuoteLine("2nd session", "18 April 2026", gbp("333.33")),
            QuoteLine("3rd session", "9 May 2026", gbp("333.34")),
        ),
        deposit=gbp("100.00"),
    )
    reader = render(request, "quote-tax-on-top")
    whole = flat(reader)
    assert "Includes VAT" not in whole
    net = amount_on("Total before VAT", reader)
    tax = amount_on("Plus VAT 17.5%", reader)
    total = amount_on("Total", reader)
    assert amount_on("Discount", reader) == -1
    assert net == 100000 - 1
    assert tax == 17500  # 999.99 * 0.175 = 174.998 -> 175.00
    assert net + tax == total
    lines = sum(amount_on(f"{n} ", reader, prefix=True) for n in range(1, 4))
    assert lines + amount_on("Discount", reader) + tax == total
    assert quote_totals(request).total.minor == total


def test_no_tax_no_discount_prints_no_such_lines() -> None:
    request = replace(QUOTE, tax_rate_percent=Decimal(0), discount=None, package="")
    whole = flat(render(request))
    assert "VAT" not in whole and "discount" not in whole.lower()
    assert "Sessions £" not in whole
    assert amount_on("Total", render(request)) == 215000


def test_deposit_how_to_pay_validity_and_terms() -> None:
    whole = flat(render(QUOTE))
    assert "Deposit to secure your first date" in whole and "£400.00" in whole
    assert "bank transfer" in whole
    assert "£1,600.00 remains after it" in whole
    assert "These prices hold until Monday 13 April 2026." in whole
    assert "Valid until Monday 13 April 2026" in whole  # the footer
    assert "Terms" in whole and "refundable up to 7 days" in whole
    assert "Touch-ups more than 12 months" in whole
    custom = flat(render(replace(QUOTE, how_to_pay="Transfer to Sort code 00-00-00, acc 123.")))
    assert "Sort code 00-00-00" in custom and "ask us for the bank details" not in custom


def test_no_deposit_leaves_the_box_out() -> None:
    whole = flat(render(replace(QUOTE, deposit=gbp("0"))))
    assert "Deposit to secure" not in whole


def test_unaccepted_quote_has_signature_lines() -> None:
    whole = flat(render(QUOTE))
    assert "I accept this treatment plan for £2,000.00 and the terms above." in whole
    for caption in ("Client signature", "Date", "Name in capitals", "For the clinic"):
        assert caption in whole
    assert "Accepted by the client" not in whole


def test_accepted_quote_shows_who_signed_and_when() -> None:
    request = replace(
        QUOTE,
        accepted_at="Saturday 14 March 2026 at 16:05",
        accepted_name="Łukasz Żółć",
        signature_png=signature(),
    )
    reader = render(request, "quote-accepted")
    whole = flat(reader)
    assert "Accepted by the client" in whole
    assert "Signed as Łukasz Żółć" in whole and "on Saturday 14 March 2026 at 16:05" in whole
    assert "Client signature" not in whole
    assert len(reader.pages[0].images) == 1  # the signature
    broken = flat(render(replace(request, signature_png=b"\x89PNG not really")))
    assert "(signature image could not be read)" in broken


def test_design_follows_on_its_own_page() -> None:
    reader = render(replace(QUOTE, design=a_page()), "quote-design")
    assert len(reader.pages) == 2
    first, second = (" ".join(p.extract_text().split()) for p in reader.pages)
    assert "is on the last page" in first and "version 3" in first
    assert "Your SMP design — version 3" in second
    assert "Page 2 of 2" in second
    assert "Your SMP design" not in first


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_long_plan_runs_on_with_page_numbers_and_still_adds_up(paper: str) -> None:
    lines = tuple(
        QuoteLine(f"Session {n}", f"{n} June 2026", Money(12345 + n, "GBP")) for n in range(1, 61)
    )
    request = replace(
        QUOTE, lines=lines, discount=None, package="", deposit=gbp("100"), paper=paper
    )
    reader = render(request, f"quote-long-{paper}")
    pages = len(reader.pages)
    assert pages >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {pages}" in page.extract_text()
    # The column heads repeat on the next page.
    assert "PROPOSED DATE" in reader.pages[1].extract_text()
    printed = sum(amount_on(f"{n} Session {n} ", reader, prefix=True) for n in range(1, 61))
    assert printed == sum(line.price.minor for line in lines) == amount_on("Total", reader)


def test_hostile_text_prints_as_typed() -> None:
    nasty = "<b>Bold</b> & <font size=40>big</font> <img src='/etc/passwd'/>"
    request = replace(
        QUOTE,
        client_name=nasty,
        client_number="<br/>",
        prepared_by="<i>",
        lines=(QuoteLine(nasty, "<u>soon</u>", gbp("10.00"), detail="&amp;"),),
        discount=None,
        package=nasty,
        deposit=gbp("1"),
        tax_name="<VAT>",
        how_to_pay=nasty,
        terms=nasty + "\n\n" + "x" * 3000,
        notes=nasty,
        valid_until="<date>",
        clinic=replace(CLINIC, name=nasty),
    )
    whole = flat(render(request, "quote-hostile"))
    assert "<b>Bold</b> & <font size=40>big</font>" in whole
    assert "<u>soon</u>" in whole and "&amp;" in whole and "<VAT> 20%" in whole


def test_other_currency_and_locale() -> None:
    eur = replace(
        QUOTE,
        lines=(QuoteLine("1st session", "4.4.2026", Money(123450, "EUR")),),
        discount=None,
        deposit=Money(20000, "EUR"),
        locale="de_DE",
        tax_name="MwSt",
        tax_rate_percent=Decimal(19),
    )
    whole = flat(render(eur))
    assert format_money(Money(123450, "EUR"), "de_DE").replace("\xa0", " ") in whole.replace(
        "\xa0", " "
    )
    assert "MwSt 19%" in whole


def test_amounts_that_do_not_add_up_are_refused() -> None:
    with pytest.raises(ValueError, match="add up"):
        render_quote(replace(QUOTE, total=gbp("2150.00")))
    assert quote_totals(replace(QUOTE, total=gbp("2000.00"))).total == gbp("2000.00")
    with pytest.raises(ValueError, match="one currency"):
        render_quote(replace(QUOTE, deposit=Money(100, "EUR")))
    with pytest.raises(ValueError, match="discount"):
        render_quote(replace(QUOTE, discount=gbp("5000")))
    with pytest.raises(ValueError, match="deposit"):
        render_quote(replace(QUOTE, deposit=gbp("5000")))
    with pytest.raises(ValueError, match="negative"):
        render_quote(replace(QUOTE, discount=gbp("-1")))
    with pytest.raises(UserError):
        render_quote(replace(QUOTE, paper="A5"))


def test_draft_and_empty_plan_still_print() -> None:
    whole = flat(render(replace(QUOTE, plan_id=0, lines=(), discount=None, deposit=gbp("0"))))
    assert "Draft" in whole and "No sessions planned yet." in whole
    assert "Total £0.00" in whole
