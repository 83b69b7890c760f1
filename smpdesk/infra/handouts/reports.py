"""The clinic's numbers for a year as a PDF and as CSV tables (issue 18, owner only).

An owner reads this once a month or at the year's end, usually beside the
accountant's figures, so each table is a month-by-month grid (January to
December, then the year's total) with a bar chart of the same numbers above it:
the chart shows the shape, the table gives the figures to copy.  The page is
landscape so twelve month columns stay legible on A4 and Letter.

The charts are reportlab's own graphics (no image files, no extra packages) and
every table is also available as CSV through :mod:`smpdesk.infra.csv_lists`.
The caller (``app.reports``) passes plain values: labels already in words, money
as :class:`~smpdesk.domain.money.Money`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from smpdesk.domain.money import Money, format_money
from smpdesk.infra.csv_lists import csv_bytes
from smpdesk.infra.handouts.fonts import BOLD, REGULAR, ensure_fonts
from smpdesk.infra.handouts.layout import (
    MARGIN_X,
    PAPER,
    ClinicInfo,
    build_pdf,
    check_paper_and_dates,
    clinic_header,
    draw_footer,
)
from smpdesk.infra.handouts.styles import ACCENT, ACCENT_TINT, RULE, get_styles, table_style, text

MONTH_LABELS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CHART_HEIGHT = 110.0

Series = tuple[tuple[str, tuple[int, ...]], ...]  # (row label, one count per month)


@dataclass(frozen=True)
class ReportsRequest:
    """A year's figures, ready to lay out; ``app.reports`` builds it."""

    clinic: ClinicInfo
    year: int
    sessions_by_type: Series  # in the session types' usual order
    sessions_by_practitioner: Series
    revenue: tuple[Money, ...]  # 12, net of refunds and voids, clinic currency
    consultations: int
    converted: int
    heard_about: tuple[tuple[str, int], ...]  # (answer in words, clients)
    touch_ups_due: tuple[tuple[str, int], ...]  # (month "2026-07", follow-ups due)
    printed_at: str = ""
    printed_by: str = ""
    locale: str = "en_GB"
    paper: str = "A4"
    date_style: str = "uk"


def conversion_text(consultations: int, converted: int) -> str:
    """ "7 of 10 (70%)": whole percent, and no division by zero on a quiet year."""
    if consultations <= 0:
        return "No consultations this year"
    return f"{converted} of {consultations} ({round(100 * converted / consultations)}%)"


def render_reports(request: ReportsRequest) -> bytes:
    """The year's numbers as PDF bytes: sessions, revenue, conversion, sources, touch-ups."""
    check_paper_and_dates(request.paper, request.date_style)
    ensure_fonts()
    styles = get_styles()
    width = PAPER[request.paper][1] - 2 * MARGIN_X  # landscape
    cell = ParagraphStyle("r_cell", parent=styles.body, fontSize=8, leading=10)
    right = ParagraphStyle("r_right", parent=cell, alignment=TA_RIGHT)
    made = " ".join(
        p
        for p in (
            f"Printed {request.printed_at}" if request.printed_at.strip() else "",
            f"by {request.printed_by}" if request.printed_by.strip() else "",
        )
        if p
    )
    story: list[Flowable] = [
        clinic_header(request.clinic, styles, width, phone_caption="Clinic phone"),
        Spacer(1, 8),
        Paragraph(f"The clinic's numbers, {request.year}", styles.title),
    ]
    if made:
        story.append(Paragraph(text(made), styles.small))

    def section(title: str, chart: Flowable | None, table: Flowable) -> None:
        story.append(CondPageBreak(CHART_HEIGHT + 90 if chart is not None else 90))
        parts: list[Flowable] = [Paragraph(text(title), styles.heading)]
        if chart is not None:
            parts.append(chart)
        story.append(KeepTogether(parts))
        story.append(table)
        story.append(Spacer(1, 6))

    type_totals = _month_sums(request.sessions_by_type)
    section(
        "Sessions per month, by type",
        _bar_chart(MONTH_LABELS, [type_totals], width, [str(v) for v in type_totals]),
        _month_table(request.sessions_by_type, "Session type", width, cell, right),
    )
    section(
        "Sessions per month, by practitioner",
        None,
        _month_table(request.sessions_by_practitioner, "Practitioner", width, cell, right),
    )
    revenue_major = [float(m.decimal()) for m in request.revenue]
    money_row = tuple(format_money(m, request.locale) for m in request.revenue)
    year_total = _total(request.revenue)
    section(
        "Revenue per month (payments less refunds and voids)",
        _bar_chart(MONTH_LABELS, [revenue_major], width, None),
        _text_table(
            ["", *MONTH_LABELS, "Year"],
            [["Revenue", *money_row, format_money(year_total, request.locale)]],
            width,
            ParagraphStyle("r_money", parent=cell, fontSize=7),
            ParagraphStyle("r_money_right", parent=right, fontSize=7),
            first_share=0.07,
        ),
    )
    story.append(CondPageBreak(60))
    story.append(Paragraph("Consultations that became treatment", styles.heading))
    story.append(
        Paragraph(
            text(
                f"{conversion_text(request.consultations, request.converted)}: clients whose "
                "first consultation this year (a treatment plan or a consultation fee) was "
                "followed by a first session."
            ),
            styles.body,
        )
    )
    story.append(Spacer(1, 6))
    sources = list(request.heard_about)
    section(
        "Where new clients heard about the clinic (first intake this year)",
        _bar_chart([s for s, _ in sources], [[n for _, n in sources]], width, None)
        if sources
        else None,
        _text_table(
            ["Answer", "Clients"],
            [[label, str(n)] for label, n in sources] or [["No intake forms this year", ""]],
            width * 0.5,
            cell,
            right,
        ),
    )
    due = list(request.touch_ups_due)
    section(
        "Touch-ups and follow-ups due in the next months",
        _bar_chart([m for m, _ in due], [[n for _, n in due]], width, None) if due else None,
        _text_table(["Month", "Due"], [[m, str(n)] for m, n in due], width * 0.5, cell, right),
    )

    clinic_name = " ".join(request.clinic.name.split())
    footer_left = f"The clinic's numbers · {request.year}"

    def footer(canvas: Canvas, page: int, total: int) -> None:
        draw_footer(canvas, (footer_left, f"Page {page} of {total}"), (clinic_name, made))

    return build_pdf(
        story,
        paper=request.paper,
        footer=footer,
        title=f"The clinic's numbers, {request.year}",
        author=clinic_name or "smpdesk",
        subject=f"Reports {request.year}",
        sideways=True,
    )


def _month_sums(series: Series) -> list[int]:
    return [sum(values[i] for _, values in series) for i in range(12)]


def _total(amounts: Sequence[Money]) -> Money:
    total = Money(0, amounts[0].currency) if amounts else Money(0, "GBP")
    for amount in amounts:
        total = total + amount
    return total


def _bar_chart(
    labels: Sequence[str],
    data: Sequence[Sequence[float]],
    width: float,
    values: list[str] | None,
) -> Drawing:
    """A plain bar chart over ``labels``: the shape of the table under it."""
    drawing = Drawing(width, CHART_HEIGHT)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 18
    chart.width, chart.height = width - 60, CHART_HEIGHT - 30
    chart.data = (
        [list(row) for row in data] if any(any(row) for row in data) else [[0] * len(labels)]
    )
    chart.categoryAxis.categoryNames = [label[:18] for label in labels]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    # From zero, or below it when a month's refunds outweigh its takings.
    chart.valueAxis.valueMin = min(0, min((min(row) for row in data if row), default=0))
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"  # 12,500 not 12500.0
    top = max((max(row) for row in data if row), default=0)
    if top <= 0:
        chart.valueAxis.valueMax = 1
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    if values:
        step = chart.width / max(len(values), 1)
        for i, value in enumerate(values):
            if value != "0":
                drawing.add(
                    String(
                        chart.x + step * (i + 0.5),
                        chart.y + chart.height + 3,
                        value,
                        fontName=BOLD,
                        fontSize=7,
                        textAnchor="middle",
                        fillColor=Color(0.2, 0.2, 0.2),
                    )
                )
    return drawing


def _month_table(
    series: Series, heading: str, width: float, cell: ParagraphStyle, right: ParagraphStyle
) -> Table:
    rows = [
        [label or "(not recorded)", *map(str, values), str(sum(values))] for label, values in series
    ]
    if not rows:
        rows = [["No sessions this year", *([""] * 13)]]
    else:
        sums = _month_sums(series)
        rows.append(["Total", *map(str, sums), str(sum(sums))])
    return _text_table(
        [heading, *MONTH_LABELS, "Year"], rows, width, cell, right, total_row=bool(series)
    )


def _text_table(
    head: list[str],
    rows: list[list[str]],
    width: float,
    cell: ParagraphStyle,
    right: ParagraphStyle,
    *,
    total_row: bool = False,
    first_share: float | None = None,
) -> Table:
    """A grid: the first column in words, the others right-aligned figures."""
    bold = ParagraphStyle("r_bold", parent=cell, fontName=BOLD)
    bold_right = ParagraphStyle("r_bold_right", parent=right, fontName=BOLD)
    first = width * (first_share or (0.18 if len(head) > 3 else 0.6))
    other = (width - first) / max(len(head) - 1, 1)
    data = [[Paragraph(text(h), bold if i == 0 else bold_right) for i, h in enumerate(head)]]
    for r, row in enumerate(rows):
        last = total_row and r == len(rows) - 1
        data.append(
            [
                Paragraph(
                    text(v), (bold if last else cell) if i == 0 else (bold_right if last else right)
                )
                for i, v in enumerate(row)
            ]
        )
    table = Table(data, colWidths=[first] + [other] * (len(head) - 1), repeatRows=1, hAlign="LEFT")
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    table.setStyle(table_style(commands))
    return table


# -- CSV -------------------------------------------------------------------------

CSV_TABLES = ("sessions", "practitioners", "revenue", "sources", "touch_ups")


def reports_csv(request: ReportsRequest, table: str) -> bytes:
    """One table of the year as CSV bytes (UTF-8 with BOM, CRLF, no live formulas).

    Months are columns "2026-01".."2026-12" then "total"; money is a plain decimal
    ("1250.00") with its currency in its own column, so a spreadsheet can sum it.
    """
    months = [f"{request.year}-{m:02d}" for m in range(1, 13)]
    if table in ("sessions", "practitioners"):
        series = (
            request.sessions_by_type if table == "sessions" else request.sessions_by_practitioner
        )
        name = "session_type" if table == "sessions" else "practitioner"
        return csv_bytes(
            [name, *months, "total"],
            [[label, *values, sum(values)] for label, values in series],
        )
    if table == "revenue":
        return csv_bytes(
            ["month", "amount", "currency"],
            [
                [month, m.amount_text(), m.currency]
                for month, m in zip(months, request.revenue, strict=True)
            ],
        )
    if table == "sources":
        return csv_bytes(["heard_about", "clients"], [list(row) for row in request.heard_about])
    if table == "touch_ups":
        return csv_bytes(["month", "due"], [list(row) for row in request.touch_ups_due])
    raise ValueError(f"unknown table {table!r}; one of {', '.join(CSV_TABLES)}")


__all__ = [
    "CSV_TABLES",
    "MONTH_LABELS",
    "ReportsRequest",
    "conversion_text",
    "render_reports",
    "reports_csv",
]
