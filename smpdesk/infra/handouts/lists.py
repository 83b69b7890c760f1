"""Phone lists on paper: the follow-ups list and a lot recall list.

A recall is exactly when a clinic must phone everyone on a list and tick them off,
often at a desk without the laptop, so these print as plain tables: the clinic's
letterhead once, a title that says what the list is and when it was made, then the
rows on as many landscape pages as they need, the column headings repeated on each
page, "page X of Y" and the date printed in every footer, and room after each row
to write on.  Same fonts and letterhead as every other paper of the clinic
(:mod:`smpdesk.infra.handouts.layout`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table

from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.handouts.fonts import BOLD, ensure_fonts
from smpdesk.infra.handouts.layout import (
    MARGIN_X,
    PAPER,
    ClinicInfo,
    build_pdf,
    clinic_header,
    draw_footer,
)
from smpdesk.infra.handouts.styles import ACCENT_TINT, RULE, get_styles, table_style, text

# Rows per table: reportlab splits a table across pages by measuring it again for each
# page, so one table of thousands of rows costs the square of that; chunks keep it linear.
CHUNK_ROWS = 200


def render_list(
    clinic: ClinicInfo,
    *,
    title: str,
    subtitle: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    paper: str = "A4",
    made: str = "",
    empty: str = "Nobody is on this list.",
) -> bytes:
    """The list as PDF bytes; ``widths`` are each column's share of the page's width.

    ``made`` (a date, already formatted) prints in the footer of every page, so a
    page found alone still says which list it belongs to and how old it is.
    """
    if paper not in PAPER:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "Unknown paper size {paper}; choose A4 or Letter in the settings.",
            ),
            paper=f"{paper!r}",
        )
    if len(widths) != len(headers) or any(len(row) != len(headers) for row in rows):
        raise ValueError("every row needs one cell per heading")
    ensure_fonts()
    styles = get_styles()
    page_width = landscape(PAPER[paper])[0]
    width = page_width - 2 * MARGIN_X
    share = sum(widths)
    column_widths = [width * w / share for w in widths]
    cell = ParagraphStyle("cell", parent=styles.body, fontSize=8.6, leading=10.6)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD)

    story: list = [clinic_header(clinic, styles, width, phone_caption="Clinic phone")]
    story += [Spacer(1, 4), Paragraph(text(title), styles.title)]
    if subtitle:
        story.append(Paragraph(text(subtitle), styles.small))
    story.append(Spacer(1, 6))
    heading_row = [Paragraph(text(h), head) for h in headers]
    if not rows:
        story.append(Paragraph(text(empty), styles.body))
    for start in range(0, len(rows), CHUNK_ROWS):
        chunk = rows[start : start + CHUNK_ROWS]
        data = [heading_row] + [[Paragraph(text(c) or "&nbsp;", cell) for c in r] for r in chunk]
        table = Table(data, colWidths=column_widths, repeatRows=1)
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 7),  # room to tick and jot
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)

    footer_left = " · ".join(part for part in (title, made and f"made {made}") if part)
    clinic_name = clinic.name.strip()

    def footer(canvas: Canvas, number: int, total: int) -> None:
        draw_footer(canvas, (footer_left, f"Page {number} of {total}"), (clinic_name, ""))

    return build_pdf(
        story,
        paper=paper,
        footer=footer,
        title=title,
        author=clinic_name,
        subject=title,
        sideways=True,
    )


__all__ = ["CHUNK_ROWS", "render_list"]
