"""The receipt a receptionist hands a client: for a payment, a refund or a void.

A client keeps it, shows it to an accountant or an insurer, and brings it back
when something is disputed, so it reads like a shop receipt and not like a
database row: the clinic's letterhead, "Receipt" and its number in large type,
the date and time, who paid, what for, the amount in the clinic's currency and
locale, how it was paid ("Paid by card"), and the tax included when the clinic
charges tax.  A refund or a void is its own receipt with its own number (the
books are never edited), marked so it cannot be taken for a payment: the word
REFUND or VOID, the receipt it refers to, and the reason.  Reprinting a payment
that was voided later prints a VOIDED band naming the void, so an old receipt
cannot be passed off as money still held.

The caller (``app.payments``) decides every name, date and time (already
formatted, in the clinic's local time and date style) and passes the amounts as
:class:`~smpdesk.domain.money.Money`; this module words, formats and lays them
out on the clinic's paper, with the same header, fonts and footer as every other
paper (:mod:`smpdesk.infra.handouts.layout`).  All typed text is escaped, so
"<b>" in a name or note prints as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from smpdesk.domain.money import KINDS, METHODS, Money, format_money
from smpdesk.domain.price_list import tax_lines
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.handouts.fonts import BOLD, ensure_fonts
from smpdesk.infra.handouts.layout import (
    PAPER,
    ClinicInfo,
    build_pdf,
    clinic_header,
    content_width,
    details_box,
    draw_footer,
)
from smpdesk.infra.handouts.styles import (
    ACCENT,
    ACCENT_TINT,
    INK,
    RULE,
    WARN,
    WARN_TINT,
    Styles,
    get_styles,
    table_style,
    text,
)

__all__ = [
    "ENTRIES",
    "ClinicInfo",
    "ReceiptRequest",
    "kind_label",
    "method_label",
    "method_phrase",
    "receipt_number_text",
    "render_receipt",
]

ENTRIES = ("payment", "refund", "void")
RECEIPT_DIGITS = 6  # "000123": wide enough for a clinic's lifetime, sorts as text

# How the money moved, in the words a client expects on a receipt.  A method the
# list does not know (added later) falls back to its label from domain.money.
_PAID = {
    "cash": "Paid in cash",
    "card": "Paid by card",
    "transfer": "Paid by bank transfer",
    "voucher": "Paid with a gift voucher",
}
_REFUNDED = {
    "cash": "Refunded in cash",
    "card": "Refunded to the card",
    "transfer": "Refunded by bank transfer",
    "voucher": "Refunded as a gift voucher",
}


@dataclass(frozen=True)
class ReceiptRequest:
    """One entry of the books as its receipt; ``app.payments`` builds it.

    Codes (``entry``, ``kind``, ``method``) are the stored ones; everything else
    that is text arrives formatted as it should print.  ``amount`` is signed as
    stored: positive for a payment, negative for a refund or a void.
    """

    clinic: ClinicInfo
    receipt_number: int
    entry: str  # "payment" | "refund" | "void"
    amount: Money  # as stored (a refund's or void's is negative)
    taken_at: str  # local date and time, formatted: "Saturday 14 March 2026, 15:42"
    kind: str  # code from domain.money.KINDS: deposit, consultation, session...
    method: str  # code from domain.money.METHODS: cash, card, transfer, voucher
    client_name: str = ""  # "" once the client has been erased
    client_number: str = ""
    note: str = ""  # what the receptionist typed with the payment
    taken_by: str = ""  # the staff member's name as stored with the entry
    # A refund or a void: the receipt it refers to, and why (both required for them).
    refers_to_number: int | None = None
    refers_to_taken_at: str = ""  # that receipt's date, formatted ("" = leave out)
    refers_to_amount: Money | None = None  # that receipt's amount (None = leave out)
    reason: str = ""
    # A payment voided since it was taken (a reprint): the void's receipt number.
    voided: bool = False
    voided_by_number: int | None = None
    # Prices include tax at this rate (the price list's setting): prints
    # "Includes VAT 20%: £25.00".  None or 0 = no tax line.
    tax_rate_percent: Decimal | None = None
    tax_name: str = "VAT"
    locale: str = "en_GB"  # the clinic's locale, for the currency format
    paper: str = "A4"  # "A4" | "Letter"


def receipt_number_text(number: int) -> str:
    """``000123``: the receipt number as printed everywhere (receipts, takings, CSV)."""
    return f"{number:0{RECEIPT_DIGITS}d}"


def kind_label(kind: str) -> str:
    """``Deposit``: what a payment was for, from its stored code."""
    label = str(KINDS.get(kind, kind) or kind).strip()
    return label[:1].upper() + label[1:]


def method_label(method: str) -> str:
    """``Card``: the short name of a method, for a column or a totals row."""
    label = str(METHODS.get(method, method) or method).strip()
    return label[:1].upper() + label[1:]


def method_phrase(method: str, entry: str = "payment") -> str:
    """``Paid by card`` / ``Refunded to the card`` / ``Cancels a card payment``: as a sentence."""
    if entry == "payment":
        return _PAID.get(method) or f"Paid by {method_label(method).lower()}"
    if entry == "refund":
        return _REFUNDED.get(method) or f"Refunded by {method_label(method).lower()}"
    return f"Cancels a {method_label(method).lower()} payment"


def _check(request: ReceiptRequest) -> None:
    if request.paper not in PAPER:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "The paper size must be A4 or Letter; choose one in the clinic settings.",
            )
        )
    if request.entry not in ENTRIES:
        raise ValueError(f"unknown entry {request.entry!r}")
    if request.entry != "payment" and request.refers_to_number is None:
        raise ValueError("a refund or a void names the receipt it refers to")


def render_receipt(request: ReceiptRequest) -> bytes:
    """The receipt as PDF bytes, on the clinic's paper, one page for any sane entry."""
    _check(request)
    ensure_fonts()
    styles = get_styles()
    own = _own_styles(styles)
    width = content_width(request.paper)
    number = receipt_number_text(request.receipt_number)
    entry = request.entry

    title = {"payment": "Receipt", "refund": "Refund", "void": "Void"}[entry]
    story: list[Flowable] = [
        clinic_header(request.clinic, styles, width, phone_caption="Telephone"),
        Spacer(1, 14),
        _title_row(title, number, request.taken_at, own, width),
        Spacer(1, 10),
    ]
    if entry != "payment":
        story += [_refers_band(request, own, width), Spacer(1, 10)]
    elif request.voided:
        story += [_voided_band(request, own, width), Spacer(1, 10)]

    client = " ".join(request.client_name.split()) or "Client record erased"
    story += [
        details_box(
            [
                [
                    ("Received from" if entry == "payment" else "Client", client, 1),
                    ("Client number", request.client_number, 1),
                    ("Served by", request.taken_by, 1),
                ]
            ],
            styles,
            [width * 0.46, width * 0.22, width * 0.32],
            empty="—",
        ),
        Spacer(1, 14),
        _amount_table(request, own, width),
    ]
    story += [Spacer(1, 22), Paragraph(text(_closing(entry)), styles.small)]

    clinic_name = " ".join(request.clinic.name.split())
    footer_left = " · ".join(p for p in (clinic_name, f"{title} No. {number}") if p)
    footer_bottom = f"Issued {request.taken_at}" if request.taken_at.strip() else ""

    def footer(canvas: Canvas, page: int, total: int) -> None:
        draw_footer(canvas, (footer_left, f"Page {page} of {total}"), (footer_bottom, ""))

    return build_pdf(
        story,
        paper=request.paper,
        footer=footer,
        title=f"{title} No. {number}",
        author=clinic_name or "smpdesk",
        subject=f"{title} No. {number}",
    )


# -- pieces ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Own:
    big_title: ParagraphStyle
    big_number: ParagraphStyle
    stamp: ParagraphStyle
    band: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    note: ParagraphStyle
    total_label: ParagraphStyle
    total: ParagraphStyle
    method: ParagraphStyle
    right_small: ParagraphStyle


def _own_styles(styles: Styles) -> _Own:
    body = styles.body
    return _Own(
        big_title=ParagraphStyle("r_title", parent=body, fontName=BOLD, fontSize=24, leading=28),
        big_number=ParagraphStyle(
            "r_number", parent=body, fontName=BOLD, fontSize=17, leading=28, alignment=TA_RIGHT
        ),
        stamp=ParagraphStyle(
            "r_stamp", parent=body, fontName=BOLD, fontSize=15, leading=18, textColor=WARN
        ),
        band=ParagraphStyle("r_band", parent=body, fontSize=9.5, leading=12.5),
        cell=ParagraphStyle("r_cell", parent=body, fontSize=10, leading=13),
        cell_right=ParagraphStyle(
            "r_cell_right", parent=body, fontSize=10, leading=13, alignment=TA_RIGHT
        ),
        note=ParagraphStyle("r_note", parent=styles.small, fontSize=8, leading=10),
        total_label=ParagraphStyle(
            "r_total_label", parent=body, fontName=BOLD, fontSize=13, leading=17
        ),
        total=ParagraphStyle(
            "r_total",
            parent=body,
            fontName=BOLD,
            fontSize=18,
            leading=22,
            alignment=TA_RIGHT,
            textColor=ACCENT,
        ),
        method=ParagraphStyle("r_method", parent=body, fontName=BOLD, fontSize=10.5, leading=13),
        right_small=ParagraphStyle(
            "r_right_small", parent=body, fontSize=9, leading=11.5, alignment=TA_RIGHT
        ),
    )


def _title_row(title: str, number: str, taken_at: str, own: _Own, width: float) -> Table:
    """ "Receipt" and its number big, the date and time under them."""
    left: list[Flowable] = [Paragraph(text(title), own.big_title)]
    if taken_at.strip():
        left.append(Paragraph(text(taken_at), own.band))
    table = Table(
        [[left, Paragraph(text(f"No. {number}"), own.big_number)]],
        colWidths=[width * 0.6, width * 0.4],
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _band(content: list[Flowable], width: float) -> Table:
    band = Table([[content]], colWidths=[width])
    band.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), WARN_TINT),
                ("BOX", (0, 0), (-1, -1), 1.4, WARN),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return band


def _refers_band(request: ReceiptRequest, own: _Own, width: float) -> Table:
    """REFUND or VOID, the receipt it refers to, and the reason: never mistaken for a payment."""
    assert request.refers_to_number is not None  # checked in _check
    original = receipt_number_text(request.refers_to_number)
    details = [
        part
        for part in (
            request.refers_to_taken_at.strip(),
            format_money(request.refers_to_amount, request.locale)
            if request.refers_to_amount is not None
            else "",
        )
        if part
    ]
    of = f"receipt No. {original}" + (f" ({', '.join(details)})" if details else "")
    if request.entry == "refund":
        head, line = "REFUND", f"Money returned against {of}."
    else:
        head, line = "VOID", f"Cancels {of} in full. That receipt no longer counts as paid."
    content: list[Flowable] = [
        Paragraph(text(f"{head} — of receipt No. {original}"), own.stamp),
        Spacer(1, 3),
        Paragraph(text(line), own.band),
    ]
    reason = " ".join(request.reason.split())
    if reason:
        content.append(Paragraph(f"<b>Reason:</b> {text(reason)}", own.band))
    return _band(content, width)


def _voided_band(request: ReceiptRequest, own: _Own, width: float) -> Table:
    by = (
        f" by receipt No. {receipt_number_text(request.voided_by_number)}"
        if request.voided_by_number is not None
        else ""
    )
    return _band(
        [
            Paragraph("VOIDED", own.stamp),
            Spacer(1, 3),
            Paragraph(
                text(f"This payment was cancelled{by}. This copy no longer counts as paid."),
                own.band,
            ),
        ],
        width,
    )


def _amount_table(request: ReceiptRequest, own: _Own, width: float) -> Table:
    """What for and how much, then the total and how it was paid, the amount large."""
    shown = format_money(_magnitude(request.amount), request.locale)
    tax = _tax_text(request)
    what: list[Flowable] = [Paragraph(text(kind_label(request.kind)), own.cell)]
    note = " ".join(request.note.split())
    if note:
        what.append(Paragraph(text(note), own.note))
    total_label = {
        "payment": "Total paid",
        "refund": "Total refunded",
        "void": "Amount cancelled",
    }[request.entry]
    rows = [
        [Paragraph("DESCRIPTION", get_styles().label), Paragraph("AMOUNT", _right_label())],
        [what, Paragraph(text(shown), own.cell_right)],
        [Paragraph(text(total_label), own.total_label), Paragraph(text(shown), own.total)],
        [
            Paragraph(text(method_phrase(request.method, request.entry)), own.method),
            Paragraph(text(tax), own.right_small) if tax else "",
        ],
    ]
    table = Table(rows, colWidths=[width * 0.68, width * 0.32])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
                ("LINEBELOW", (0, 1), (-1, 1), 0.6, RULE),
                ("TOPPADDING", (0, 1), (-1, 1), 7),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 9),
                ("TOPPADDING", (0, 2), (-1, 2), 9),
                ("LINEBELOW", (0, 2), (-1, 2), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 2), (-1, 2), 8),
                ("TOPPADDING", (0, 3), (-1, 3), 7),
                ("VALIGN", (0, 3), (-1, 3), "TOP"),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ]
        )
    )
    return table


def _right_label() -> ParagraphStyle:
    return ParagraphStyle("r_label_right", parent=get_styles().label, alignment=TA_RIGHT)


def _magnitude(amount: Money) -> Money:
    """The amount without its sign: the words ("refunded", "cancelled") carry the direction."""
    return Money(abs(amount.minor), amount.currency)


def _tax_text(request: ReceiptRequest) -> str:
    """``Includes VAT 20%: £25.00`` — the tax inside the amount, rounded as the price list does."""
    rate = request.tax_rate_percent
    if rate is None or rate <= 0:
        return ""
    _net, tax, _gross = tax_lines([_magnitude(request.amount)], include=True, rate=rate)
    rate_text = format(rate.normalize(), "f") if isinstance(rate, Decimal) else str(rate)
    name = " ".join(request.tax_name.split()) or "tax"
    return f"Includes {name} {rate_text}%: {format_money(tax, request.locale)}"


def _closing(entry: str) -> str:
    if entry == "payment":
        return "Thank you. Please keep this receipt for your records."
    if entry == "refund":
        return "Please keep this refund receipt with the original receipt."
    return "This void cancels the receipt named above; please keep both together."
