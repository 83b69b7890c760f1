"""The receipt PDF: number, date, client, amount, method, tax line, refund and void marks.

Checked through pypdf as a reader would see the file.  To look at the receipts:
``SMPDESK_HANDOUTS=/tmp/receipts python -m pytest tests/infra/test_receipt.py``
writes the PDFs there; then ``pdftoppm -png -r 60 FILE.pdf page`` and open the PNGs.
"""

from __future__ import annotations

import io
import os
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab import rl_config

from smpdesk.domain.money import Money
from smpdesk.errors import UserError
from smpdesk.infra.handouts.receipt import (
    ClinicInfo,
    ReceiptRequest,
    method_phrase,
    receipt_number_text,
    render_receipt,
)

SAVE_TO = os.environ.get("SMPDESK_HANDOUTS")
SIZES = {"A4": (595, 842), "Letter": (612, 792)}
CLINIC = ClinicInfo(
    name="Northern Lines SMP Studio",
    address="Unit 14B, The Old Cotton Exchange\n221 Great Ancoats Street, Manchester M4 6DE",
    phone="0161 496 0123",
    email="hello@northernlines.example",
)
PAYMENT = ReceiptRequest(
    clinic=CLINIC,
    receipt_number=123,
    entry="payment",
    amount=Money(15000, "GBP"),
    taken_at="Saturday 14 March 2026, 15:42",
    kind="deposit",
    method="card",
    client_name="Łukasz Żółć",
    client_number="C-0042",
    note="Deposit for the first session on 2 April",
    taken_by="Amira Haddad",
)


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """Byte-identical output: no creation date or random document id."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def render(request: ReceiptRequest, name: str | None = None) -> PdfReader:
    data = render_receipt(request)
    assert data.startswith(b"%PDF")
    if SAVE_TO and name:
        Path(SAVE_TO).mkdir(parents=True, exist_ok=True)
        Path(SAVE_TO, f"{name}.pdf").write_bytes(data)
    return PdfReader(io.BytesIO(data))


def text_of(reader: PdfReader) -> str:
    """The text as one line per pdf line, spaces squeezed."""
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return "\n".join(" ".join(line.split()) for line in raw.splitlines())


def flat(reader: PdfReader) -> str:
    return " ".join(text_of(reader).split())


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_payment_receipt_on_one_page_of_the_right_paper(paper: str) -> None:
    reader = render(replace(PAYMENT, paper=paper), f"receipt-{paper}")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == SIZES[paper]
    words = flat(reader)
    for expected in (
        "Northern Lines SMP Studio",
        "0161 496 0123",
        "Receipt",
        "No. 000123",
        "Saturday 14 March 2026, 15:42",
        "Łukasz Żółć",
        "C-0042",
        "Amira Haddad",
        "Deposit",
        "Deposit for the first session on 2 April",
        "Total paid £150.00",
        "Paid by card",
        "Page 1 of 1",
    ):
        assert expected in words, expected
    # No refund or void wording on a plain payment, and no tax line unless asked.
    for absent in ("REFUND", "VOID", "Includes VAT"):
        assert absent not in words


def test_receipt_number_is_zero_padded_and_never_cut() -> None:
    assert receipt_number_text(7) == "000007"
    assert receipt_number_text(123456) == "123456"
    assert receipt_number_text(12345678) == "12345678"
    assert "No. 000007" in flat(render(replace(PAYMENT, receipt_number=7)))


def test_tax_line_when_prices_include_tax() -> None:
    reader = render(replace(PAYMENT, tax_rate_percent=Decimal("20")), "receipt-vat")
    # £150.00 including 20% VAT holds £25.00 of it.
    assert "Includes VAT 20%: £25.00" in flat(reader)
    odd = render(replace(PAYMENT, amount=Money(9999, "GBP"), tax_rate_percent=Decimal("5.5")))
    # 99.99 * 5.5 / 105.5 = 5.2127... -> £5.21
    assert "Includes VAT 5.5%: £5.21" in flat(odd)
    assert "Includes" not in flat(render(replace(PAYMENT, tax_rate_percent=Decimal("0"))))


def test_amounts_follow_the_currency_and_locale() -> None:
    euro = render(replace(PAYMENT, amount=Money(123450, "EUR"), locale="de_DE"))
    assert "1.234,50 €" in flat(euro)
    yen = render(replace(PAYMENT, amount=Money(50000, "JPY"), locale="ja_JP"))
    assert "50,000" in flat(yen)


@pytest.mark.parametrize("method", ["cash", "card", "transfer", "voucher"])
def test_how_it_was_paid_in_words(method: str) -> None:
    words = flat(render(replace(PAYMENT, method=method)))
    assert method_phrase(method) in words
    assert method_phrase(method).startswith("Paid")


def test_refund_is_marked_with_the_receipt_and_the_reason() -> None:
    refund = replace(
        PAYMENT,
        receipt_number=130,
        entry="refund",
        amount=Money(-5000, "GBP"),
        refers_to_number=123,
        refers_to_taken_at="14 Mar 2026",
        refers_to_amount=Money(15000, "GBP"),
        reason="Second session cancelled <b>by client</b>",
        tax_rate_percent=Decimal("20"),
    )
    words = flat(render(refund, "receipt-refund"))
    assert "REFUND — of receipt No. 000123" in words
    assert "No. 000130" in words
    assert "receipt No. 000123 (14 Mar 2026, £150.00)" in words
    assert "Reason: Second session cancelled <b>by client</b>" in words
    assert "Total refunded £50.00" in words
    assert "Refunded to the card" in words
    assert "Includes VAT 20%: £8.33" in words
    assert "Total paid" not in words


def test_void_is_marked_with_the_receipt_and_the_reason() -> None:
    void = replace(
        PAYMENT,
        receipt_number=131,
        entry="void",
        amount=Money(-15000, "GBP"),
        refers_to_number=123,
        reason="Typed the wrong amount",
    )
    words = flat(render(void, "receipt-void"))
    assert "VOID — of receipt No. 000123" in words
    assert "No. 000131" in words
    assert "Reason: Typed the wrong amount" in words
    assert "Amount cancelled £150.00" in words
    assert "Cancels a card payment" in words
    assert "Total paid" not in words and "Paid by card" not in words


def test_reprint_of_a_voided_payment_says_so() -> None:
    words = flat(render(replace(PAYMENT, voided=True, voided_by_number=131), "receipt-voided"))
    assert "VOIDED" in words
    assert "cancelled by receipt No. 000131" in words
    assert "VOIDED" not in flat(render(PAYMENT))


def test_refund_or_void_without_its_receipt_is_refused() -> None:
    with pytest.raises(ValueError):
        render_receipt(replace(PAYMENT, entry="refund", amount=Money(-100, "GBP")))
    with pytest.raises(ValueError):
        render_receipt(replace(PAYMENT, entry="gift"))
    with pytest.raises(UserError):
        render_receipt(replace(PAYMENT, paper="A5"))


def test_erased_client_still_gets_a_receipt() -> None:
    words = flat(render(replace(PAYMENT, client_name="", client_number="")))
    assert "Client record erased" in words
    assert "No. 000123" in words


def test_hostile_text_prints_literally_and_breaks_nothing() -> None:
    hostile = replace(
        PAYMENT,
        clinic=replace(CLINIC, name="<font size=99>Evil</font> & Co", logo=b"\x89PNG broken"),
        client_name='Bob "<script>" O\'Neil & <b>Sons</b> ' + "\u202e" + "x" * 300,
        client_number="<para>",
        note="</para><para>" * 50 + '=HYPERLINK("http://x")',
        taken_by="&amp; <br/>",
    )
    reader = render(hostile, "receipt-hostile")
    words = flat(reader)
    assert "<font size=99>Evil</font> & Co" in words
    assert "<b>Sons</b>" in words
    assert "&amp; <br/>" in words
    assert "No. 000123" in words
    assert len(reader.pages) <= 2


def test_logo_is_drawn_when_set() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), (14, 90, 105)).save(buffer, "PNG")
    reader = render(
        replace(PAYMENT, clinic=replace(CLINIC, logo=buffer.getvalue())), "receipt-logo"
    )
    resources: Any = reader.pages[0]["/Resources"]
    xobjects = resources.get("/XObject", {})
    assert any(xobjects[name].get_object()["/Subtype"] == "/Image" for name in xobjects)


def test_only_dejavu_is_used() -> None:
    reader = render(PAYMENT)
    fonts = set()
    for page in reader.pages:
        page_resources: Any = page["/Resources"]
        for font in page_resources["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"}
