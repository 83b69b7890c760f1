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

import io
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from smpdesk.aftercare import (
    AftercareDays,
    CarePlan,
    Section,
    TimelineEntry,
    describe_dates,
    describe_days,
    load_care_plan,
    timeline,
)
from smpdesk.dates import DATE_STYLES, format_appointment, format_long_date
from smpdesk.errors import UserError
from smpdesk.handouts.fonts import REGULAR
from smpdesk.handouts.styles import (
    ACCENT,
    ACCENT_TINT,
    MUTED,
    RULE,
    WARN,
    WARN_TINT,
    Styles,
    get_styles,
    rich,
    table_style,
    text,
)

PAPER = {"A4": A4, "Letter": LETTER}
MARGIN_X = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 17 * mm
FOOTER_TOP = 12.5 * mm  # the footer's rule; its two lines sit below, clear of most printers' edge
LOGO_BOX = (26 * mm, 17 * mm)  # the most a logo may take, width x height
LOGO_MAX_PIXELS = 40_000_000  # refuse to decode anything bigger (decompression bombs)


@dataclass(frozen=True)
class ClinicInfo:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # PNG or JPEG; skipped if it cannot be read


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
    if request.paper not in PAPER:
        raise UserError("The paper size must be A4 or Letter; choose one in the clinic settings.")
    if request.date_style not in DATE_STYLES:
        raise UserError("The date style must be UK or US; choose one in the clinic settings.")
    plan = plan if plan is not None else load_care_plan()
    styles = get_styles()
    page_width, page_height = PAPER[request.paper]
    width = page_width - 2 * MARGIN_X
    entries = timeline(plan, request.days, request.session_date)

    story: list[Flowable] = [
        _header(request.clinic, styles, width),
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

    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width,
        page_height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(page_width, page_height),
        pageTemplates=[PageTemplate("sheet", frames=[frame])],
        title="Aftercare sheet",
        author=request.clinic.name.strip() or "smpdesk",
        subject=f"Care plan {plan.version}",
        creator="smpdesk",
    )
    doc.build(story, canvasmaker=_numbered_canvas(_footer_texts(request, plan)))
    return buffer.getvalue()


# -- header and client box ----------------------------------------------------


def _header(clinic: ClinicInfo, styles: Styles, width: float) -> Flowable:
    details: list[Flowable] = []
    if clinic.name.strip():
        details.append(Paragraph(text(clinic.name), styles.clinic_name))
    # One wrapped line, however the address was typed: a tall header would
    # push the timeline off page one.
    address = ", ".join(
        line.strip().rstrip(",") for line in clinic.address.splitlines() if line.strip()
    )
    if address:
        details.append(Paragraph(text(address), styles.clinic_detail))
    if clinic.email.strip():
        details.append(Paragraph(text(clinic.email), styles.clinic_detail))

    call: list[Flowable] = []
    call_width = 0.0
    phone = " ".join(clinic.phone.split())
    if phone:
        # The number to call is the one thing a worried client looks for: big,
        # on one line, shrunk only as far as needed for a long one.
        style = styles.clinic_phone
        size = style.fontSize
        while size > 8 and stringWidth(phone, style.fontName, size) > 75 * mm:
            size -= 0.5
        # Capped: a very long number wraps instead of squeezing the name column
        # to a negative width.
        call_width = min(max(55 * mm, stringWidth(phone, style.fontName, size) + 2), 80 * mm)
        call = [
            Paragraph("Questions or worries? Call us", styles.small_right),
            Paragraph(
                text(phone),
                ParagraphStyle("phone", parent=style, fontSize=size, leading=size * 1.25),
            ),
        ]

    logo = _logo_flowable(clinic.logo)
    if not (details or call or logo):
        return Spacer(1, 0)  # clinic details not set up yet: no empty band
    logo_width = logo.drawWidth + 4 * mm if logo else 0
    row = [logo or "", details or "", call or ""]
    table = Table([row], colWidths=[logo_width, width - logo_width - call_width, call_width])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LINEBELOW", (0, 0), (-1, -1), 1.2, ACCENT),
            ]
        )
    )
    return table


@lru_cache(maxsize=4)
def _prepared_logo(logo: bytes) -> tuple[bytes, int, int] | None:
    """The logo decoded, shrunk and re-encoded once; None if it cannot be read.

    Decoding here (not inside reportlab mid-build) is what lets a corrupt or
    hostile file be skipped instead of failing the whole sheet; shrinking
    keeps a 2 MB photo from making every PDF 2 MB; the cache keeps repeated
    prints fast.
    """
    from PIL import Image as PILImage

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(logo)) as image:
                if image.format not in ("PNG", "JPEG"):
                    return None
                if image.width * image.height > LOGO_MAX_PIXELS:
                    return None
                image.load()
                has_alpha = image.mode in ("RGBA", "LA") or (
                    image.mode == "P" and "transparency" in image.info
                )
                pixels = image.convert("RGBA" if has_alpha else "RGB")
        pixels.thumbnail((600, 600))
        out = io.BytesIO()
        if has_alpha:
            pixels.save(out, "PNG")
        else:
            pixels.save(out, "JPEG", quality=90)
        return out.getvalue(), pixels.width, pixels.height
    except Exception:  # any failure to read a logo means "print without it"
        return None


def _logo_flowable(logo: bytes | None) -> Image | None:
    if not logo:
        return None
    prepared = _prepared_logo(bytes(logo))
    if prepared is None:
        return None
    data, w, h = prepared
    scale = min(LOGO_BOX[0] / w, LOGO_BOX[1] / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale, mask="auto")


def _client_box(request: SheetRequest, styles: Styles, width: float) -> Table:
    """Who and when, in two rows; an empty value gets a line to write on."""
    style = request.date_style
    treated = format_long_date(request.session_date, style) if request.session_date else ""
    appointment = (
        format_appointment(request.next_appointment, style) if request.next_appointment else ""
    )
    # (label, value, columns it spans) per row, across three columns.
    layout = [
        [
            ("Client", request.client_name or "", 1),
            ("Treatment date", treated, 1),
            ("Session", request.session_label, 1),
        ],
        [("Practitioner", request.practitioner, 1), ("Next appointment", appointment, 2)],
    ]
    rows: list[list[object]] = []
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for cells in layout:
        label_row, value_row = len(rows), len(rows) + 1
        labels: list[object] = []
        values: list[object] = []
        for label, value, span in cells:
            column = len(labels)
            labels += [Paragraph(label.upper(), styles.label)] + [""] * (span - 1)
            filled = bool(value.strip())
            # A value left empty gets a line to write it on, inside the cell's padding.
            values += [
                Paragraph(text(value), styles.value) if filled else _RuledLines(1, 17, MUTED)
            ]
            values += [""] * (span - 1)
            last = column + span - 1
            if span > 1:
                commands += [
                    ("SPAN", (column, label_row), (last, label_row)),
                    ("SPAN", (column, value_row), (last, value_row)),
                ]
        rows += [labels, values]
        commands += [
            ("TOPPADDING", (0, label_row), (-1, label_row), 6),
            ("BOTTOMPADDING", (0, value_row), (-1, value_row), 2),
        ]
    commands.append(("BOTTOMPADDING", (0, -1), (-1, -1), 8))
    box = Table(rows, colWidths=[width * 0.35, width * 0.40, width * 0.25])
    box.setStyle(table_style(commands))
    return box


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


class _RuledLines(Flowable):
    """Lines to write on by hand."""

    def __init__(self, count: int, spacing: float = 18, color: object = RULE):
        super().__init__()
        self.count, self.spacing, self.color = count, spacing, color

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.spacing

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(0.6)
        for i in range(self.count):
            y = i * self.spacing + 1
            self.canv.line(0, y, self.width, y)


def _notes_box(notes: str, styles: Styles, width: float) -> Table:
    """The practitioner's notes, typed or handwritten; always some room left to write."""
    content: list[Flowable] = [Paragraph("Notes from your practitioner", styles.strong)]
    if notes.strip():
        content += [Spacer(1, 3), Paragraph(text(notes), styles.body)]
    content.append(_RuledLines(1 if notes.strip() else 4))
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


def _numbered_canvas(footer: tuple[str, str, str]) -> type[Canvas]:
    clinic, who, version = footer

    class NumberedCanvas(Canvas):
        """Holds each page until the end, then stamps "Page X of Y" on all of them."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            page_width, _ = self._pagesize
            right_x = page_width - MARGIN_X
            room = (page_width - 2 * MARGIN_X) * 0.75  # the right side needs the rest
            top, bottom = FOOTER_TOP - 9, FOOTER_TOP - 17.5
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, FOOTER_TOP, right_x, FOOTER_TOP)
            self.setFillColor(MUTED)
            self.setFont(REGULAR, 7)
            self.drawString(MARGIN_X, top, _clip(clinic, room))
            self.drawString(MARGIN_X, bottom, _clip(who, room))
            self.drawRightString(right_x, top, f"Page {number} of {total}")
            self.drawRightString(right_x, bottom, version)
            self.restoreState()

    return NumberedCanvas


def _clip(value: str, room: float, size: float = 7) -> str:
    """``value`` shortened with an ellipsis to fit ``room`` points of footer."""
    if stringWidth(value, REGULAR, size) <= room:
        return value
    while value and stringWidth(value + "…", REGULAR, size) > room:
        value = value[:-1]
    return value.rstrip(" ,·") + "…"
