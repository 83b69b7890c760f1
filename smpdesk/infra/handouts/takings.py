"""The day's takings: what the owner counts the till and the card terminal against.

At the end of a day the owner wants three answers, in this order: how much came
in (the net total, large), how much of it should be in the cash drawer, on the
card terminal's end-of-day slip, in the bank (the totals per method), and which
entries make those totals up (every receipt of the day, in number order, with
refunds and voids marked and their reasons).  The per-method totals are worked
out here from the very entries listed below them, so the summary can never
disagree with the list it summarises.

The same entries go to a CSV (:func:`takings_csv`) for the accountant's
spreadsheet, one row per entry, amounts as plain decimals ("-20.00"), through
:mod:`smpdesk.infra.csv_lists` so no cell runs as a formula.

The caller (``app.payments``) passes the entries with their stored codes,
amounts as :class:`~smpdesk.domain.money.Money` (signed as stored) and times
already formatted; this module lays them out on the clinic's paper with the same
header, fonts and "page X of Y" footer as every other paper.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from smpdesk.domain.dates import format_long_date
from smpdesk.domain.money import METHODS, Money, format_money
from smpdesk.infra.csv_lists import csv_bytes
from smpdesk.infra.handouts.fonts import BOLD, ensure_fonts
from smpdesk.infra.handouts.layout import (
    ClinicInfo,
    build_pdf,
    check_paper_and_dates,
    clinic_header,
    content_width,
    draw_footer,
)
from smpdesk.infra.handouts.receipt import (
    ENTRIES,
    kind_label,
    method_label,
    receipt_number_text,
)
from smpdesk.infra.handouts.styles import (
    ACCENT,
    ACCENT_TINT,
    RULE,
    WARN,
    Styles,
    get_styles,
    table_style,
    text,
)

__all__ = [
    "CSV_HEADERS",
    "ClinicInfo",
    "MethodTotal",
    "TakingsEntry",
    "TakingsRequest",
    "method_totals",
    "render_takings",
    "takings_csv",
]

# Rows per table: reportlab re-measures a table for every page it splits over, so
# one table of a very long day would cost the square of its rows (see handouts.lists).
CHUNK_ROWS = 200

CSV_HEADERS = (
    "day",
    "receipt_number",
    "time",
    "entry",
    "kind",
    "method",
    "amount",
    "currency",
    "client_number",
    "client",
    "refers_to_receipt",
    "reason",
    "voided",
    "taken_by",
    "note",
)


@dataclass(frozen=True)
class TakingsEntry:
    """One entry of the day's books; ``app.payments`` builds one per ``payments`` row."""

    receipt_number: int
    time: str  # local time taken, formatted in the clinic's style: "15:42" / "3:42 PM"
    entry: str  # "payment" | "refund" | "void"
    kind: str  # code from domain.money.KINDS
    method: str  # code from domain.money.METHODS
    amount: Money  # signed as stored: a refund's or void's is negative
    client_name: str = ""  # "" once the client has been erased
    client_number: str = ""
    taken_by: str = ""  # the name stored with the entry
    refers_to_number: int | None = None  # a refund's/void's original receipt number
    reason: str = ""  # a refund's/void's reason
    voided: bool = False  # a payment a later void cancels
    note: str = ""


@dataclass(frozen=True)
class TakingsRequest:
    """The day's takings sheet; ``entries`` in receipt-number order (the caller's query order)."""

    clinic: ClinicInfo
    day: date  # the clinic's local day (``payments.day``)
    currency: str  # the clinic's currency: the zero totals of a day with no entries
    entries: tuple[TakingsEntry, ...]
    printed_at: str = ""  # formatted local date and time the sheet was made
    printed_by: str = ""
    locale: str = "en_GB"  # the clinic's locale, for the currency format
    paper: str = "A4"  # "A4" | "Letter"
    date_style: str = "uk"


@dataclass(frozen=True)
class MethodTotal:
    """One row of the "by method" table; every amount is a sum over the day's entries."""

    method: str
    currency: str
    payments: Money  # every payment taken, voided ones included (their voids offset them)
    payment_count: int
    refunds: Money  # negative or zero
    refund_count: int
    voids: Money  # negative or zero
    void_count: int

    @property
    def net(self) -> Money:
        return self.payments + self.refunds + self.voids


def method_totals(entries: Iterable[TakingsEntry], currency: str) -> list[MethodTotal]:
    """Totals per (currency, method), the clinic's currency and the usual methods first.

    A day normally has one currency; if the clinic changed it during the day the
    amounts are kept apart rather than added across currencies.
    """
    sums: dict[tuple[str, str], dict[str, list[int]]] = {}
    for item in entries:
        if item.entry not in ENTRIES:
            raise ValueError(f"unknown entry {item.entry!r}")
        key = (item.amount.currency, item.method)
        bucket = sums.setdefault(key, {entry: [0, 0] for entry in ENTRIES})
        bucket[item.entry][0] += item.amount.minor
        bucket[item.entry][1] += 1
    method_order = {code: index for index, code in enumerate(METHODS)}

    def order(key: tuple[str, str]) -> tuple[bool, str, int, str]:
        cur, method = key
        return (cur != currency, cur, method_order.get(method, len(method_order)), method)

    return [
        MethodTotal(
            method=method,
            currency=cur,
            payments=Money(sums[(cur, method)]["payment"][0], cur),
            payment_count=sums[(cur, method)]["payment"][1],
            refunds=Money(sums[(cur, method)]["refund"][0], cur),
            refund_count=sums[(cur, method)]["refund"][1],
            voids=Money(sums[(cur, method)]["void"][0], cur),
            void_count=sums[(cur, method)]["void"][1],
        )
        for cur, method in sorted(sums, key=order)
    ]


def render_takings(request: TakingsRequest) -> bytes:
    """The takings sheet as PDF bytes: net total, totals per method, then every entry."""
    check_paper_and_dates(request.paper, request.date_style)
    ensure_fonts()
    styles = get_styles()
    own = _own_styles(styles)
    width = content_width(request.paper)
    day = format_long_date(request.day, request.date_style)
    totals = method_totals(request.entries, request.currency)
    currencies = sorted(
        {t.currency for t in totals} | {request.currency}, key=lambda c: (c != request.currency, c)
    )

    made = " ".join(
        part
        for part in (
            f"Printed {request.printed_at}" if request.printed_at.strip() else "",
            f"by {request.printed_by}" if request.printed_by.strip() else "",
        )
        if part
    )
    story: list[Flowable] = [
        clinic_header(request.clinic, styles, width, phone_caption="Clinic phone"),
        Spacer(1, 10),
        Paragraph("Day's takings", own.kicker),
        Paragraph(text(day), styles.title),
    ]
    if made:
        story.append(Paragraph(text(made), styles.small))
    story += [
        Spacer(1, 10),
        _net_box(request, totals, currencies, own, width),
        Spacer(1, 4),
        Paragraph("By method", styles.heading),
        _method_table(totals, currencies, request.locale, own, width),
        Spacer(1, 4),
        # Not kept with the table (a heading's keepWithNext would push a day that does
        # not fit under the summary wholly onto page two): the entries start right under
        # the summary and run on, unless too little of the page is left for a few rows.
        CondPageBreak(70),
        Paragraph("Entries", own.section),
    ]
    if not request.entries:
        story.append(Paragraph("No payments, refunds or voids on this day.", styles.body))
    story += _entry_tables(request.entries, request.locale, own, width)

    clinic_name = " ".join(request.clinic.name.split())
    footer_left = f"Day's takings · {day}"

    def footer(canvas: Canvas, page: int, total: int) -> None:
        draw_footer(canvas, (footer_left, f"Page {page} of {total}"), (clinic_name, made))

    return build_pdf(
        story,
        paper=request.paper,
        footer=footer,
        title=f"Day's takings, {day}",
        author=clinic_name or "smpdesk",
        subject=f"Day's takings, {request.day.isoformat()}",
    )


def takings_csv(request: TakingsRequest) -> bytes:
    """The day's entries as CSV bytes (UTF-8 with BOM, CRLF), one row per entry.

    Amounts are plain signed decimals in major units ("150.00", "-20.00") beside
    their currency, so a spreadsheet's SUM of the column is the net takings.
    """
    day = request.day.isoformat()
    rows = [
        (
            day,
            receipt_number_text(item.receipt_number),
            item.time,
            item.entry,
            item.kind,
            item.method,
            item.amount.amount_text(),
            item.amount.currency,
            item.client_number,
            " ".join(item.client_name.split()),
            receipt_number_text(item.refers_to_number) if item.refers_to_number is not None else "",
            " ".join(item.reason.split()),
            "yes" if item.voided else "",
            item.taken_by,
            " ".join(item.note.split()),
        )
        for item in request.entries
    ]
    return csv_bytes(CSV_HEADERS, rows)


# -- pieces ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Own:
    kicker: ParagraphStyle
    section: ParagraphStyle
    net_label: ParagraphStyle
    net: ParagraphStyle
    counts: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    mark: ParagraphStyle
    reason: ParagraphStyle


def _own_styles(styles: Styles) -> _Own:
    cell = ParagraphStyle("t_cell", parent=styles.body, fontSize=8.4, leading=10.4)
    head = ParagraphStyle("t_head", parent=cell, fontName=BOLD)
    return _Own(
        section=ParagraphStyle("t_section", parent=styles.heading, keepWithNext=0),
        kicker=ParagraphStyle(
            "t_kicker", parent=styles.body, fontName=BOLD, textColor=ACCENT, fontSize=10
        ),
        net_label=ParagraphStyle("t_net_label", parent=styles.label, fontSize=7.5, leading=9),
        net=ParagraphStyle(
            "t_net", parent=styles.body, fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT
        ),
        counts=ParagraphStyle("t_counts", parent=styles.body, fontSize=9, leading=11.5),
        cell=cell,
        cell_bold=ParagraphStyle("t_cell_bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("t_cell_right", parent=cell, alignment=TA_RIGHT),
        cell_right_bold=ParagraphStyle(
            "t_cell_right_bold", parent=cell, alignment=TA_RIGHT, fontName=BOLD
        ),
        head=head,
        head_right=ParagraphStyle("t_head_right", parent=head, alignment=TA_RIGHT),
        mark=ParagraphStyle("t_mark", parent=cell, fontName=BOLD, textColor=WARN),
        reason=ParagraphStyle("t_reason", parent=styles.small, fontSize=7.4, leading=9),
    )


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _net_box(
    request: TakingsRequest,
    totals: Sequence[MethodTotal],
    currencies: Sequence[str],
    own: _Own,
    width: float,
) -> Table:
    """The net total large, and how many entries it comes from."""
    nets = [
        format_money(
            sum((t.net for t in totals if t.currency == cur), Money.zero(cur)), request.locale
        )
        for cur in currencies
    ]
    payments = sum(t.payment_count for t in totals)
    refunds = sum(t.refund_count for t in totals)
    voids = sum(t.void_count for t in totals)
    counts = " · ".join(
        (
            _plural(payments, "payment", "payments"),
            _plural(refunds, "refund", "refunds"),
            _plural(voids, "void", "voids"),
        )
    )
    left: list[Flowable] = [Paragraph("NET TAKINGS", own.net_label)]
    left += [Paragraph(text(net), own.net) for net in nets]
    right = [
        Paragraph("ENTRIES", own.net_label),
        Paragraph(text(counts), own.counts),
        Paragraph(
            text(
                "Net = payments − refunds − voids. "
                "Voided payments stay listed, offset by their void."
            ),
            own.reason,
        ),
    ]
    box = Table([[left, right]], colWidths=[width * 0.42, width * 0.58])
    box.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return box


def _count_money(amount: Money, count: int, locale: str) -> str:
    if count == 0:
        return "—"
    return f"{format_money(amount, locale)} ({count})"


def _method_table(
    totals: Sequence[MethodTotal],
    currencies: Sequence[str],
    locale: str,
    own: _Own,
    width: float,
) -> Flowable:
    """Method | Payments | Refunds | Voids | Net, one total row per currency."""
    several = len(currencies) > 1
    rows: list[list[object]] = [
        [
            Paragraph("Method", own.head),
            Paragraph("Payments (count)", own.head_right),
            Paragraph("Refunds (count)", own.head_right),
            Paragraph("Voids (count)", own.head_right),
            Paragraph("Net", own.head_right),
        ]
    ]
    total_rows: list[int] = []
    for cur in currencies:
        mine = [t for t in totals if t.currency == cur]
        for t in mine:
            name = method_label(t.method) + (f" ({cur})" if several else "")
            rows.append(
                [
                    Paragraph(text(name), own.cell),
                    Paragraph(
                        text(_count_money(t.payments, t.payment_count, locale)), own.cell_right
                    ),
                    Paragraph(
                        text(_count_money(t.refunds, t.refund_count, locale)), own.cell_right
                    ),
                    Paragraph(text(_count_money(t.voids, t.void_count, locale)), own.cell_right),
                    Paragraph(text(format_money(t.net, locale)), own.cell_right_bold),
                ]
            )
        zero = Money.zero(cur)
        total_rows.append(len(rows))
        rows.append(
            [
                Paragraph(text("Total" + (f" ({cur})" if several else "")), own.cell_bold),
                Paragraph(
                    text(
                        _count_money(
                            sum((t.payments for t in mine), zero),
                            sum(t.payment_count for t in mine),
                            locale,
                        )
                    ),
                    own.cell_right_bold,
                ),
                Paragraph(
                    text(
                        _count_money(
                            sum((t.refunds for t in mine), zero),
                            sum(t.refund_count for t in mine),
                            locale,
                        )
                    ),
                    own.cell_right_bold,
                ),
                Paragraph(
                    text(
                        _count_money(
                            sum((t.voids for t in mine), zero),
                            sum(t.void_count for t in mine),
                            locale,
                        )
                    ),
                    own.cell_right_bold,
                ),
                Paragraph(
                    text(format_money(sum((t.net for t in mine), zero), locale)),
                    own.cell_right_bold,
                ),
            ]
        )
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in total_rows:
        commands += [("LINEABOVE", (0, row), (-1, row), 1.0, ACCENT)]
    table = Table(rows, colWidths=[width * f for f in (0.24, 0.2, 0.18, 0.18, 0.2)], repeatRows=1)
    table.setStyle(table_style(commands))
    return KeepTogether([table])


# No. | Time | Client | For | Method | Taken by | Amount, as shares of the width.
_ENTRY_WIDTHS = (0.085, 0.07, 0.23, 0.2, 0.13, 0.165, 0.12)


def _entry_row(item: TakingsEntry, locale: str, own: _Own) -> list[object]:
    client = " ".join(item.client_name.split()) or "(client record erased)"
    who: list[Flowable] = [Paragraph(text(client), own.cell)]
    if item.client_number.strip():
        who.append(Paragraph(text(item.client_number), own.reason))
    what: list[Flowable] = []
    if item.entry != "payment":
        original = (
            receipt_number_text(item.refers_to_number) if item.refers_to_number is not None else "?"
        )
        what.append(Paragraph(text(f"{item.entry.upper()} of No. {original}"), own.mark))
        if item.reason.strip():
            what.append(Paragraph(text(f"Reason: {' '.join(item.reason.split())}"), own.reason))
    else:
        what.append(Paragraph(text(kind_label(item.kind)), own.cell))
        if item.note.strip():
            what.append(Paragraph(text(" ".join(item.note.split())), own.reason))
    amount: list[Flowable] = [Paragraph(text(format_money(item.amount, locale)), own.cell_right)]
    if item.voided:
        amount.append(
            Paragraph("VOIDED", ParagraphStyle("t_v", parent=own.mark, alignment=TA_RIGHT))
        )
    return [
        Paragraph(text(receipt_number_text(item.receipt_number)), own.cell),
        Paragraph(text(item.time), own.cell),
        who,
        what,
        Paragraph(text(method_label(item.method)), own.cell),
        Paragraph(text(item.taken_by), own.cell),
        amount,
    ]


def _entry_tables(
    entries: Sequence[TakingsEntry], locale: str, own: _Own, width: float
) -> list[Flowable]:
    heading = [
        Paragraph("No.", own.head),
        Paragraph("Time", own.head),
        Paragraph("Client", own.head),
        Paragraph("For", own.head),
        Paragraph("Method", own.head),
        Paragraph("Taken by", own.head),
        Paragraph("Amount", own.head_right),
    ]
    widths = [width * share for share in _ENTRY_WIDTHS]
    tables: list[Flowable] = []
    for start in range(0, len(entries), CHUNK_ROWS):
        chunk = entries[start : start + CHUNK_ROWS]
        data = [heading] + [_entry_row(item, locale, own) for item in chunk]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        tables.append(table)
    return tables
