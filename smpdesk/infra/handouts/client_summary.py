"""The readable summary of a client's export: everything the clinic holds about them, on paper.

It is what a client asking "what do you hold about me?" (GDPR Art. 15) reads,
so it is laid out like the clinic's other papers (the same header, fonts,
boxes and footer as the aftercare sheet and the consent record, from
:mod:`smpdesk.infra.handouts.layout`) and names things as the client met them:
each questionnaire is printed as it was answered, with the form's own wording
of the version the client saw (the consent record's own page layout), each
session with every field, and each earlier version of an edited record.

The caller (``app.client_export``) decides every word and label; this module
only lays them out.  All text is escaped (:func:`~smpdesk.infra.handouts.styles.text`),
so "<b>" in a name prints as typed, and DejaVu covers non-Latin names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from smpdesk.infra.handouts import consent_record
from smpdesk.infra.handouts.consent_record import RecordPage
from smpdesk.infra.handouts.design_page import DesignPage, design_flowables
from smpdesk.infra.handouts.fonts import BOLD
from smpdesk.infra.handouts.layout import (
    ClinicInfo,
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
    INK,
    RULE,
    WARN,
    Styles,
    get_styles,
    table_style,
    text,
)

__all__ = [
    "Change",
    "ClientSummaryRequest",
    "Listing",
    "Record",
    "ResponsePart",
    "render_client_summary",
]

NOTHING = "—"
LABEL_WIDTH = 44 * mm
PAIR_LABEL_WIDTH = 30 * mm
KEEP_LINES = 6  # lines of a record kept on the page of its title
RESPONSE_ROOM = 80 * mm  # a questionnaire starts on a new page unless this much is left


@dataclass(frozen=True)
class Change:
    """One edit of a record: when, by whom, and (label, was, became) for each field it changed."""

    when: str
    who: str
    changes: tuple[tuple[str, str, str], ...]
    kind: str = ""  # what replaced the version when it was not an edit: "deleted", ...


@dataclass(frozen=True)
class Record:
    """A session, the client's details, or any other record: a title and labelled values.

    ``notes`` print under the title in the warning colour (a deleted session, a
    session that went ahead despite a do-not-treat flag); ``history`` lists
    each earlier version, oldest first.
    """

    title: str
    fields: tuple[tuple[str, str], ...]
    notes: tuple[str, ...] = ()
    history: tuple[Change, ...] = ()
    pairs: bool = False  # two label-value pairs a line: a session's 25 fields in half the height


@dataclass(frozen=True)
class ResponsePart:
    """One questionnaire response (or unfinished draft), as the client answered it."""

    title: str
    facts: tuple[tuple[str, str], ...]  # completed, filled in by, flags, record file...
    pages: tuple[RecordPage, ...]
    signed: str  # "Wednesday 18 March 2026 at 14:05": printed under each signature
    problem: str = ""  # why the questions cannot be shown (the answers are in the JSON)


@dataclass(frozen=True)
class Listing:
    """A table: consent records, aftercare sheets given, photos."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str  # the sentence printed when there are no rows
    note: str = ""  # one paragraph under the title
    widths: tuple[float, ...] = ()  # fractions of the width; equal when empty


@dataclass(frozen=True)
class ClientSummaryRequest:
    clinic: ClinicInfo
    client_name: str
    client_number: str
    date_of_birth: str  # formatted, or ""
    exported_at: str  # formatted, for the details box and every footer
    exported_by: str
    introduction: tuple[str, ...]  # paragraphs: what this is and what the package holds
    details: Record
    sessions: tuple[Record, ...]
    responses: tuple[ResponsePart, ...]
    listings: tuple[Listing, ...]
    others: tuple[tuple[str, tuple[Record, ...]], ...] = field(default=())
    paper: str = "A4"
    date_style: str = "uk"
    # The client's hairline design (the approved version, else the newest): a page of its own.
    design: DesignPage | None = None


@dataclass(frozen=True)
class _Own:
    section: ParagraphStyle
    item: ParagraphStyle
    band: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    head: ParagraphStyle
    warn: ParagraphStyle
    change: ParagraphStyle
    history: ParagraphStyle


def _own(styles: Styles) -> _Own:
    section = ParagraphStyle(
        "summary_section",
        parent=styles.title,
        fontSize=13,
        leading=16,
        textColor=ACCENT,
        spaceBefore=10,
        spaceAfter=4,
        keepWithNext=1,
    )
    return _Own(
        section=section,
        item=ParagraphStyle(
            "summary_item",
            parent=styles.strong,
            fontSize=10.5,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        band=ParagraphStyle(
            "summary_band",
            parent=styles.strong,
            fontSize=11,
            leading=14,
            backColor=ACCENT_TINT,
            borderPadding=(3, 4, 3, 4),
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        cell=ParagraphStyle("summary_cell", parent=styles.body, fontSize=8.4, leading=10.4),
        cell_label=ParagraphStyle(
            "summary_cell_label", parent=styles.small, fontSize=7.8, leading=10.4
        ),
        head=ParagraphStyle(
            "summary_head", parent=styles.small, fontName=BOLD, textColor=INK, fontSize=7.8
        ),
        warn=ParagraphStyle("summary_warn", parent=styles.body, textColor=WARN, spaceAfter=2),
        history=ParagraphStyle(
            "summary_history", parent=styles.small, fontName=BOLD, spaceBefore=3, keepWithNext=1
        ),
        change=ParagraphStyle(
            "summary_change", parent=styles.body, fontSize=8.2, leading=10.2, leftIndent=8
        ),
    )


def render_client_summary(request: ClientSummaryRequest) -> bytes:
    """The summary as PDF bytes, on the clinic's paper, numbered "page X of Y"."""
    check_paper_and_dates(request.paper, request.date_style)
    styles = get_styles()
    own = _own(styles)
    width = content_width(request.paper)

    story: list[Flowable] = [
        clinic_header(request.clinic, styles, width, phone_caption="Clinic telephone"),
        Spacer(1, 8),
        Paragraph(text(f"Your records — {request.client_name}"), styles.title),
        Spacer(1, 5),
        details_box(
            [
                [
                    ("Client", request.client_name, 2),
                    ("Client number", request.client_number, 1),
                ],
                [
                    ("Date of birth", request.date_of_birth, 1),
                    ("Exported", request.exported_at, 1),
                    ("Exported by", request.exported_by, 1),
                ],
            ],
            styles,
            [width * 0.38, width * 0.38, width * 0.24],
            empty=NOTHING,
        ),
        Spacer(1, 6),
    ]
    for part in request.introduction:
        story += [Paragraph(text(part), styles.body), Spacer(1, 3)]

    story += _section("Your details", own)
    story += _record(request.details, own, width, titled=False)

    story += _section(f"Treatment sessions ({len(request.sessions)})", own)
    if not request.sessions:
        story.append(Paragraph("No treatment sessions are recorded.", styles.body))
    for session in request.sessions:
        story += _record(session, own, width)

    if request.design is not None:
        story += [PageBreak(), *design_flowables(request.design, width)]

    for listing in request.listings:
        story += _listing(listing, styles, own, width)

    room = RESPONSE_ROOM if request.responses else 40 * mm
    story += _section(f"Questionnaires ({len(request.responses)})", own, room)
    if not request.responses:
        story.append(Paragraph("No questionnaires are recorded.", styles.body))
    for index, response in enumerate(request.responses):
        if index:
            story.append(CondPageBreak(RESPONSE_ROOM))  # each starts high enough on a page
        story += _response(response, styles, own, width, request.date_style)

    for title, records in request.others:
        story += _section(title, own)
        for record in records:
            story += _record(record, own, width)

    footer = _Footer(request)
    return build_pdf(
        story,
        paper=request.paper,
        footer=footer.draw,
        title=f"Client records — {_one_line(request.client_name)}",
        author=_one_line(request.clinic.name) or "smpdesk",
        subject="Client data export",
    )


def _section(title: str, own: _Own, room: float = 40 * mm) -> list[Flowable]:
    # Room for the title and the start of what follows, or a new page; the title and
    # its rule are kept with what follows them.
    rule = _Rule()
    rule.keepWithNext = 1
    return [CondPageBreak(room), Paragraph(text(title), own.section), rule]


class _Rule(Flowable):
    """A thin accent line under a section title."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 5

    def draw(self) -> None:
        self.canv.setStrokeColor(ACCENT)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 4, self.width, 4)


def _fields_table(
    fields: tuple[tuple[str, str], ...], own: _Own, width: float, *, pairs: bool = False
) -> Table:
    """Labels beside values; with ``pairs``, two of them a line."""
    cells = [
        [Paragraph(text(label), own.cell_label), Paragraph(text(value) or NOTHING, own.cell)]
        for label, value in fields
    ]
    if pairs:
        # Across, then down, in the fields' order: Date | Session, Start | End, ...
        rows = [
            cells[i] + (cells[i + 1] if i + 1 < len(cells) else ["", ""])
            for i in range(0, len(cells), 2)
        ]
        label = PAIR_LABEL_WIDTH
        widths = [label, width / 2 - label, label, width / 2 - label]
    else:
        rows = cells
        widths = [LABEL_WIDTH, width - LABEL_WIDTH]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ]
        )
    )
    return table


def _record(record: Record, own: _Own, width: float, *, titled: bool = True) -> list[Flowable]:
    """The title, its notes and the first lines of the record are never parted; a long
    record goes on over the page after them."""
    head: list[Flowable] = []
    if titled:
        head.append(Paragraph(text(record.title), own.item))
    head += [Paragraph(text(note), own.warn) for note in record.notes]
    story: list[Flowable] = []
    per_line = 2 if record.pairs else 1
    first = KEEP_LINES * per_line
    if len(record.fields) <= 2 * first:
        parts = [record.fields] if record.fields else []
    else:
        parts = [record.fields[:first], record.fields[first:]]
    tables = [_fields_table(part, own, width, pairs=record.pairs) for part in parts]
    story.append(KeepTogether([*head, *tables[:1]]))
    story += tables[1:]
    if record.history:
        story.append(
            Paragraph(text(f"Earlier versions ({len(record.history)}), oldest first:"), own.history)
        )
        for change in record.history:
            story.append(Paragraph(_change(change), own.change))
    return story


def _change(change: Change) -> str:
    who = f" by {change.who}" if change.who else ""
    if not change.changes:
        return text(f"{change.when}{who}: {change.kind or 'saved without changes'}")
    parts = "; ".join(
        f"{label}: {was or NOTHING} → {became or NOTHING}" for label, was, became in change.changes
    )
    kind = f" ({change.kind})" if change.kind else ""
    return f"<b>{text(change.when + who + kind)}</b>: {text(parts)}"


def _listing(listing: Listing, styles: Styles, own: _Own, width: float) -> list[Flowable]:
    story = _section(f"{listing.title} ({len(listing.rows)})", own)
    if not listing.rows:
        story.append(Paragraph(text(listing.empty), styles.body))
        return story
    if listing.note:
        story.append(Paragraph(text(listing.note), styles.body))
        story.append(Spacer(1, 3))
    count = len(listing.columns)
    fractions = listing.widths if len(listing.widths) == count else (1 / count,) * count
    rows: list[list[object]] = [[Paragraph(text(c), own.head) for c in listing.columns]]
    rows += [[Paragraph(text(v) or NOTHING, own.cell) for v in row] for row in listing.rows]
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ]
        )
    )
    story.append(table)
    return story


def _response(
    response: ResponsePart, styles: Styles, own: _Own, width: float, date_style: str
) -> list[Flowable]:
    story: list[Flowable] = [
        KeepTogether(
            [Paragraph(text(response.title), own.band), _fields_table(response.facts, own, width)]
        ),
    ]
    if response.problem:
        story.append(Paragraph(text(response.problem), own.warn))
        return story
    for page in response.pages:
        story += _record_page(page, response.signed, date_style, styles)
    story.append(Spacer(1, 6))
    return story


def _record_page(page: RecordPage, signed: str, date_style: str, styles: Styles) -> list[Flowable]:
    """One page of a form laid out exactly as the signed consent record lays it out.

    The consent record's own page layout (headings kept with their first
    question, ticks, signatures on their line) is reused so a questionnaire
    reads the same here as on the record the client signed.
    """
    signing = consent_record._Signing(signed, date_style)
    return consent_record._page(page, signing, styles, consent_record._own_styles())


def _one_line(value: str) -> str:
    return " ".join(value.split())


class _Footer:
    """Whose records, when exported, which page: on every page, so a page that gets
    separated from the others still says whose it is."""

    def __init__(self, request: ClientSummaryRequest):
        who = " · ".join(
            p for p in (_one_line(request.client_name), _one_line(request.client_number)) if p
        )
        self.head = f"{who} · records held by the clinic" if who else "Records held by the clinic"
        clinic = request.clinic
        self.clinic = " · ".join(p for p in (_one_line(clinic.name), _one_line(clinic.phone)) if p)
        self.exported = f"Exported {_one_line(request.exported_at)}"

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        draw_footer(canvas, (self.head, f"Page {number} of {total}"), (self.clinic, self.exported))
