"""The aftercare sheet: a client's dated care plan, or a blank one to fill in by hand.

Page one is the clinic header (logo, name, address, the number to call), who
and when, and the day-by-day timeline grouped by topic.  Page two is the
everyday rules, what is normal beside when to call (the infection signs
California requires on the sheet), before the next session, and a notes box.
It fits two pages of A4 or Letter with the shipped wording, a long address and
a 600-character practitioner's note; the tests hold it to that.

Everything printed is a real Paragraph (searchable, selectable, read aloud by
screen readers), every piece of user text is escaped, and the only font is the
embedded DejaVu Sans.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from smpdesk.domain.aftercare import (
    AftercareDays,
    CarePlan,
    Phase,
    Section,
    TimelineEntry,
    describe_dates,
    describe_days,
    load_care_plan,
    timeline,
)
from smpdesk.domain.dates import format_appointment, format_long_date
from smpdesk.infra.handouts.layout import (
    ClinicInfo,
    RuledLines,
    build_pdf,
    check_paper_and_dates,
    clinic_header,
    content_width,
    details_box,
    draw_footer,
)
from smpdesk.infra.handouts.styles import (
    ACCENT,
    ACCENT_TINT,
    RULE,
    WARN,
    WARN_TINT,
    Styles,
    get_styles,
    rich,
    table_style,
    text,
)

__all__ = [  # ClinicInfo: its old home
    "EMERGENCY_PLACEHOLDER",
    "NO_EMERGENCY_NUMBER",
    "ClinicInfo",
    "SheetRequest",
    "fill_in_clinic",
    "render_aftercare_sheet",
    "render_aftercare_sheets",
]

# In the care plan's wording, the clinic's emergency number (a clinic setting); a clinic
# that has not set one gets these words, never a number that may be wrong for its country.
EMERGENCY_PLACEHOLDER = "{emergency number}"
NO_EMERGENCY_NUMBER = "your local emergency number"


@dataclass(frozen=True)
class SheetRequest:
    """What to print.  Without a client name and session date it is the blank sheet.

    Each missing piece is handled on its own: no session date gives day
    numbers instead of dates, and any empty detail (client, practitioner, next
    appointment...) gets a line to write it in by hand.
    """

    clinic: ClinicInfo
    days: AftercareDays
    paper: str = "A4"
    date_style: str = "uk"
    client_name: str | None = None
    session_date: date | None = None
    session_label: str = ""
    practitioner: str = ""
    next_appointment: datetime | None = None
    notes: str = ""

    @property
    def blank(self) -> bool:
        return self.client_name is None and self.session_date is None


def render_aftercare_sheet(request: SheetRequest, plan: CarePlan | None = None) -> bytes:
    """The sheet as PDF bytes (two pages at most with the shipped care plan)."""
    check_paper_and_dates(request.paper, request.date_style)
    plan = fill_in_clinic(plan if plan is not None else load_care_plan(), request.clinic)
    footer = _footer_texts(request, plan)
    return build_pdf(
        _sheet_story(request, plan),
        paper=request.paper,
        footer=lambda canvas, number, total: _footer(canvas, footer, number, total),
        title="Aftercare sheet",
        author=request.clinic.name.strip() or "smpdesk",
        subject=f"Care plan {plan.version}",
    )


def render_aftercare_sheets(
    requests: Sequence[SheetRequest],
    plan: CarePlan | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    first_pages: dict[int, int] | None = None,
) -> bytes:
    """Several clients' sheets as ONE PDF: each starts on a new page, numbered on its own.

    One file to print or save for a day's clients, instead of one per client.
    Each sheet's footer still says whose it is and "Page 1 of 2" of that
    sheet, so a sheet taken out of the pile is whole.  ``progress(n)`` is
    called as sheet ``n`` (0-based) starts being laid out; it may raise to stop.
    ``first_pages``, when given, is filled in with each sheet's first page
    (1-based), and under ``len(requests)`` the page after the last one, so a
    print stopped part-way can tell which sheets came out whole.
    All requests must be on the same paper.
    """
    if not requests:
        raise ValueError("render_aftercare_sheets needs at least one sheet")
    paper = requests[0].paper
    if any(r.paper != paper for r in requests):
        raise ValueError("every sheet in one file must be on the same paper")
    base = plan if plan is not None else load_care_plan()
    # sheet -> its first page, filled in as pages are laid out
    starts: dict[int, int] = first_pages if first_pages is not None else {}
    footers: list[tuple[str, str, str]] = []
    story: list[Flowable] = []
    for index, request in enumerate(requests):
        check_paper_and_dates(request.paper, request.date_style)
        filled = fill_in_clinic(base, request.clinic)
        footers.append(_footer_texts(request, filled))
        if index:
            story.append(PageBreak())
        story.append(_SheetStart(index, starts, progress))
        story += _sheet_story(request, filled)

    def footer(canvas: Canvas, number: int, total: int) -> None:
        starts[len(requests)] = total + 1
        sheet = max((i for i, first in starts.items() if first <= number), default=0)
        sheet = min(sheet, len(requests) - 1)
        first = starts.get(sheet, 1)
        after = starts.get(sheet + 1, total + 1)
        _footer(canvas, footers[sheet], number - first + 1, after - first)

    return build_pdf(
        story,
        paper=paper,
        footer=footer,
        title=f"Aftercare sheets ({len(requests)})",
        author=requests[0].clinic.name.strip() or "smpdesk",
        subject=f"Care plan {base.version}",
    )


class _SheetStart(Flowable):
    """Takes no room; notes the page a sheet starts on (for its footer) and reports progress."""

    def __init__(
        self, index: int, starts: dict[int, int], progress: Callable[[int], None] | None
    ) -> None:
        super().__init__()
        self.index = index
        self.starts = starts
        self.progress = progress
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.starts[self.index] = self.canv.getPageNumber()
        if self.progress is not None:
            self.progress(self.index)


def _sheet_story(request: SheetRequest, plan: CarePlan) -> list[Flowable]:
    """One sheet's flowables (``plan`` already filled in with the clinic's details)."""
    styles = get_styles()
    width = content_width(request.paper)
    entries = timeline(plan, request.days, request.session_date)

    story: list[Flowable] = [
        clinic_header(request.clinic, styles, width),
        Spacer(1, 8),
        Paragraph(text(plan.title), styles.title),
    ]
    if plan.intro:
        story.append(Paragraph(rich(plan.intro), styles.body))
    story += [
        Spacer(1, 7),
        _client_box(request, styles, width),
        Spacer(1, 4),
        Paragraph(text(plan.timeline_heading), styles.heading),
        _timeline_note(plan, request, styles),
        Spacer(1, 4),
        _timeline_table(plan, entries, request.date_style, styles, width),
        KeepTogether(_bullets(plan.every_day, styles)),
        Spacer(1, 9),
        _normal_and_warnings(plan, styles, width),
        KeepTogether(_bullets(plan.before_next_session, styles)),
        Spacer(1, 9),
        _notes_box(request.notes, styles, width),
    ]
    if plan.closing:
        story += [Spacer(1, 6), Paragraph(rich(plan.closing), styles.strong)]
    return story


def fill_in_clinic(plan: CarePlan, clinic: ClinicInfo) -> CarePlan:
    """The care plan with :data:`EMERGENCY_PLACEHOLDER` replaced wherever it is written.

    Plain replacement, not ``str.format``: the wording is the clinic's to edit, and a
    stray brace elsewhere must print as written rather than fail.  The value is
    escaped later with the rest of the wording.
    """
    number = " ".join(clinic.emergency_number.split()) or NO_EMERGENCY_NUMBER

    def fill(value: Any) -> Any:
        if isinstance(value, str):
            return value.replace(EMERGENCY_PLACEHOLDER, number)
        if isinstance(value, tuple):
            return tuple(fill(item) for item in value)
        if isinstance(value, Section | Phase):
            return replace(value, **{f.name: fill(getattr(value, f.name)) for f in fields(value)})
        return value

    return replace(plan, **{f.name: fill(getattr(plan, f.name)) for f in fields(plan)})


# -- client box -------------------------------------------------------------------


def _client_box(request: SheetRequest, styles: Styles, width: float) -> Table:
    """Who and when, in two rows; an empty value gets a line to write on."""
    style = request.date_style
    treated = format_long_date(request.session_date, style) if request.session_date else ""
    appointment = (
        format_appointment(request.next_appointment, style) if request.next_appointment else ""
    )
    rows = [
        [
            ("Client", request.client_name or "", 1),
            ("Treatment date", treated, 1),
            ("Session", request.session_label, 1),
        ],
        [("Practitioner", request.practitioner, 1), ("Next appointment", appointment, 2)],
    ]
    return details_box(rows, styles, [width * 0.35, width * 0.40, width * 0.25])


# -- timeline ---------------------------------------------------------------


def _timeline_note(plan: CarePlan, request: SheetRequest, styles: Styles) -> Paragraph:
    note = text(plan.timeline_note)
    if request.session_date:
        when = escape(format_long_date(request.session_date, request.date_style))
        note = f"{note} For you, day 1 is <b>{when}</b>.".strip()
    return Paragraph(note, styles.small)


def _timeline_table(
    plan: CarePlan, entries: list[TimelineEntry], date_style: str, styles: Styles, width: float
) -> Table:
    """Topic | when | what: a topic's phases sit together, topics in the plan's order.

    Grouped by topic so "when can I shave?" is answered by one glance at one
    band; within a band the phases run in date order.
    """
    order: dict[str, int] = {}
    for phase in plan.phases:
        order.setdefault(phase.topic, len(order))
    groups: dict[str, list[TimelineEntry]] = {}
    for entry in sorted(entries, key=lambda e: order.get(e.topic, len(order))):
        groups.setdefault(entry.topic, []).append(entry)

    dated = bool(entries) and entries[0].start is not None
    rows: list[list[object]] = []
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
    ]
    for index, (topic, group) in enumerate(groups.items()):
        first = len(rows)
        for entry in group:
            label = describe_dates(entry, date_style) if dated else describe_days(entry)
            when: list[Flowable] = [Paragraph(escape(label), styles.strong)]
            if dated:
                when.append(Paragraph(escape(describe_days(entry).lower()), styles.small))
            topic_cell = Paragraph(text(topic), styles.strong) if len(rows) == first else ""
            rows.append([topic_cell, when, Paragraph(rich(entry.text), styles.body)])
        last = len(rows) - 1
        if last > first:
            commands.append(("SPAN", (0, first), (0, last)))
        if index % 2 == 0:
            commands.append(("BACKGROUND", (0, first), (-1, last), ACCENT_TINT))
        if index:
            commands.append(("LINEABOVE", (0, first), (-1, first), 0.4, RULE))
        commands += [
            ("TOPPADDING", (0, first), (-1, first), 4.5),
            ("BOTTOMPADDING", (0, last), (-1, last), 4.5),
        ]
    table = Table(rows, colWidths=[25 * mm, 36 * mm, width - 61 * mm])
    table.setStyle(table_style(commands))
    return table


# -- lists and boxes -------------------------------------------------------------


def _bullets(
    section: Section, styles: Styles, *, heading_style: object | None = None
) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(text(section.heading), heading_style or styles.heading)]
    if section.intro:
        parts.append(Paragraph(rich(section.intro), styles.body))
    parts += [Paragraph(rich(item), styles.bullet, bulletText="•") for item in section.items]
    if section.note:
        parts += [Spacer(1, 3), Paragraph(rich(section.note), styles.strong)]
    return parts


def _normal_and_warnings(plan: CarePlan, styles: Styles, width: float) -> Table:
    """What is normal on the left, when to call on the right, side by side.

    Together because a worried client reads one to decide about the other.
    """
    gap = 6 * mm
    left = _bullets(plan.normal, styles)
    right = _bullets(plan.warning_signs, styles, heading_style=styles.warn_heading)
    table = Table([[left, "", right]], colWidths=[width * 0.43, gap, width * 0.57 - gap])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (1, 0), 0),
                ("RIGHTPADDING", (0, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (1, 0), 0),
                ("LEFTPADDING", (2, 0), (2, 0), 9),
                ("RIGHTPADDING", (2, 0), (2, 0), 9),
                ("TOPPADDING", (2, 0), (2, 0), 8),
                ("BOTTOMPADDING", (2, 0), (2, 0), 9),
                ("BACKGROUND", (2, 0), (2, 0), WARN_TINT),
                ("BOX", (2, 0), (2, 0), 1.2, WARN),
            ]
        )
    )
    return table


def _notes_box(notes: str, styles: Styles, width: float) -> Table:
    """The practitioner's notes, typed or handwritten; always some room left to write."""
    content: list[Flowable] = [Paragraph("Notes from your practitioner", styles.strong)]
    if notes.strip():
        content += [Spacer(1, 3), Paragraph(text(notes), styles.body)]
    content.append(RuledLines(1 if notes.strip() else 4))
    box = Table([[content]], colWidths=[width])
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return box


# -- footer: "page X of Y" needs the page count, known only at the end ---------


def _footer_texts(request: SheetRequest, plan: CarePlan) -> tuple[str, str, str]:
    """Clinic and phone, whose sheet it is, and the care-plan version.

    They repeat on every page, so a page that gets separated still says whose
    it is and whom to call, and which wording the client was given.
    """
    clinic = " · ".join(
        part for part in (request.clinic.name.strip(), request.clinic.phone.strip()) if part
    )
    who = ""
    if request.client_name and request.client_name.strip():
        who = f"For {' '.join(request.client_name.split())}"
        if request.session_date:
            treated = format_long_date(request.session_date, request.date_style)
            who = f"{who}, treated {treated}"
    return clinic, who, f"Care plan {plan.version}"


def _footer(canvas: Canvas, footer: tuple[str, str, str], number: int, total: int) -> None:
    clinic, who, version = footer
    draw_footer(canvas, (clinic, f"Page {number} of {total}"), (who, version))
