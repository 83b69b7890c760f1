"""The "Your SMP design" page: the agreed hairline and zones, the preview, the plan, the sign-off.

One page a client can take home and a clinic can file: the design drawing and
the simulated result side by side, a table of the zones (how big, how dense,
which shade and dilution, which needle, in which session), the sessions it is
laid over, and who approved which version when.  It is built as flowables
(:func:`design_flowables`) so the client summary, a treatment plan or quote
can put it in their own document, and as a PDF of its own
(:func:`render_design_pdf`).

Everything printed comes from the design itself (areas and dot counts from
:mod:`smpdesk.domain.design_geometry`, never typed twice) and from images the
caller passes as bytes: the stored preview the client saw, the plan drawing.
Images and the signature are decoded here with a pixel cap before reportlab
sees them (a damaged or crafted one costs a sentence, never the document), and
shrunk so a page stays a few hundred kilobytes.

The page's own words come from ``resources/i18n/quote-words.toml``: English by
default, exactly as always; a treatment-plan quote passes its words (the
client's language, issue 20) so the design page after it reads in the same
language, numbers written as that language writes them.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table

from smpdesk.domain.design_geometry import impression_count, zone_area_cm2
from smpdesk.domain.designs import ZONE_KINDS, Design, Zone
from smpdesk.infra.handouts.consent_record import signature_image
from smpdesk.infra.handouts.fonts import BOLD
from smpdesk.infra.handouts.layout import (
    ClinicInfo,
    build_pdf,
    check_paper_and_dates,
    clinic_header,
    content_width,
    draw_footer,
)
from smpdesk.infra.handouts.quote_words import (
    QuoteWords,
    counted,
    quote_decimal,
    quote_words,
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
    "DesignPage",
    "DesignPdfRequest",
    "SessionPlan",
    "ZoneRow",
    "design_flowables",
    "render_design_pdf",
    "session_plan",
    "signed_box",
    "zone_rows",
]

NOTHING = "—"
TITLE = "Your SMP design"  # English; printed in the page's language (design_title)
IMAGE_GAP = 6 * mm
IMAGE_MAX_HEIGHT = 64 * mm  # two 4:3 photos side by side would be ~66 mm tall on A4
SESSION_IMAGE_MAX_HEIGHT = 31 * mm
IMAGE_LONG_SIDE = 1100  # pixels: 90 mm at 300 dpi
SESSION_IMAGE_LONG_SIDE = 700
IMAGE_MAX_BYTES = 30_000_000
IMAGE_MAX_PIXELS = 40_000_000
SIGNATURE_BOX = (60 * mm, 20 * mm)
UNREADABLE_IMAGE = "(this image could not be read)"
SIMULATION_NOTE = (
    "The preview is a simulation drawn on the photo. The healed result depends on your "
    "skin, your aftercare and how the pigment settles, and is built up over the sessions."
)
NO_SCALE_NOTE = (
    "No known distance was marked on the photo, so areas and dot counts are not worked out."
)


@dataclass(frozen=True)
class DesignPage:
    """One version of a client's design, with what the page shows of it.

    The images are JPEG or PNG bytes as stored (untrusted: decoded here).
    ``session_images``: the preview after session 1, 2, ... (optional; the
    page then shows the plan of sessions as pictures).  Dates are formatted by
    the caller, in the clinic's date style.
    """

    design: Design
    version: int
    drawn: str = ""
    drawn_by: str = ""
    base: str = ""  # what it is drawn on, in words: "front photo, 12 Mar 2026"
    plan_image: bytes | None = None
    preview_image: bytes | None = None
    session_images: tuple[bytes, ...] = ()
    approved: str = ""  # when the client signed it ("" = not approved)
    approved_name: str = ""  # the name they signed as
    signature_png: bytes | None = None
    title: str = TITLE  # TITLE prints in the page's language; any other as written
    client_name: str = ""  # printed under the title when the document does not say whose


@dataclass(frozen=True)
class ZoneRow:
    """One zone as the table prints it (all text, ready to lay out)."""

    session: str
    zone: str
    area: str
    density: str
    dots: str
    shade: str
    needle: str


@dataclass(frozen=True)
class SessionPlan:
    """What one session lays: its zones in words, and the dots when the scale is known."""

    layer: int
    zones: str
    pigment: str
    dots: str


def _words(words: QuoteWords | None) -> QuoteWords:
    return words if words is not None else quote_words()


def _number(value: float, words: QuoteWords | None = None) -> str:
    digits = 0 if abs(value - round(value)) < 0.05 else 1
    if words is None:
        return f"{value:.{digits}f}"
    return quote_decimal(words, value, digits, grouped=False)


def _zone_name(zone: Zone, words: QuoteWords | None = None) -> str:
    """The zone's kind in the page's language, with the practitioner's own name for it."""
    kind = ZONE_KINDS.get(zone.kind, zone.kind)
    name = " ".join(zone.name.split())
    shown = _kind(zone.kind, kind, words)
    return f"{shown} — {name}" if name and name.lower() != kind.lower() else shown


def _kind(code: str, english: str, words: QuoteWords | None) -> str:
    key = f"kind_{code}"
    return words.say(key) if words is not None and key in words.words else english


def _ordered(design: Design) -> list[Zone]:
    order = {kind: i for i, kind in enumerate(ZONE_KINDS)}
    return sorted(design.zones, key=lambda z: (z.layer, order.get(z.kind, len(order))))


def zone_rows(design: Design, words: QuoteWords | None = None) -> list[ZoneRow]:
    """The zones, session by session in the order a practitioner works (``words``: in
    that language; None: English)."""
    say = _words(words)
    rows = []
    for zone in _ordered(design):
        area = zone_area_cm2(zone, design)
        dots = impression_count(zone, design)
        shade = zone.shade or NOTHING
        rows.append(
            ZoneRow(
                session=str(zone.layer),
                zone=_zone_name(zone, words),
                area=(
                    NOTHING
                    if area is None
                    else say.say("area", area=quote_decimal(say, area, 1, grouped=False))
                ),
                density=say.say("density", density=_number(zone.density, words)),
                dots=NOTHING if dots is None else quote_decimal(say, dots),
                shade=say.say("shade", shade=shade, dilution=zone.dilution),
                needle=say.say(
                    "needle",
                    needle=zone.needle or NOTHING,
                    size=quote_decimal(say, zone.impression_mm, 2, grouped=False),
                ),
            )
        )
    return rows


def session_plan(design: Design, words: QuoteWords | None = None) -> list[SessionPlan]:
    """Each planned session: the zones it lays (density added), its pigment mix, its dots."""
    say = _words(words)
    plans = []
    for layer in range(1, design.layers + 1):
        zones = [z for z in _ordered(design) if z.layer == layer]
        if not zones:
            plans.append(SessionPlan(layer, say.say("nothing_planned"), "", ""))
            continue
        # Left and right temples at one density read as one entry.
        entries: dict[str, int] = {}
        for z in zones:
            entry = say.say(
                "zone_density", zone=_zone_name(z, words), density=_number(z.density, words)
            )
            entries[entry] = entries.get(entry, 0) + 1
        laid = ", ".join(
            say.say("zone_count", zone=e, zones=counted(say, "zones", n)) if n > 1 else e
            for e, n in entries.items()
        )
        mixes = sorted({(z.shade or NOTHING, z.dilution) for z in zones})
        pigment = "; ".join(
            say.say("pigment_at", shade=shade, dilution=dilution) for shade, dilution in mixes
        )
        counts = [impression_count(z, design) for z in zones]
        known = [c for c in counts if c is not None]
        dots = (
            say.say("about_dots", dots=counted(say, "dots", sum(known), grouped=True))
            if known and len(known) == len(counts)
            else ""
        )
        plans.append(SessionPlan(layer, laid, pigment, dots))
    return plans


# -- images ------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def prepared_image(data: bytes, long_side: int) -> tuple[bytes, int, int] | None:
    """A JPEG or PNG decoded safely, flattened to RGB, shrunk, as JPEG; None if unreadable.

    The bytes come from the database (a stored preview) or a renderer; a
    pixel cap and a bomb check come before any decoding, and nothing but the
    pixels is kept (no metadata reaches the PDF).
    """
    from PIL import Image as PILImage

    if not data or len(data) > IMAGE_MAX_BYTES:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(data), formats=("PNG", "JPEG")) as image:
                if not 0 < image.width * image.height <= IMAGE_MAX_PIXELS:
                    return None
                image.load()
                pixels = image.convert("RGBA")
        flat = PILImage.new("RGBA", pixels.size, (255, 255, 255, 255))
        flat.alpha_composite(pixels)
        rgb = flat.convert("RGB")
        rgb.thumbnail((long_side, long_side), PILImage.Resampling.LANCZOS)
        out = io.BytesIO()
        rgb.save(out, "JPEG", quality=85, optimize=True)
        return out.getvalue(), rgb.width, rgb.height
    except Exception:  # any failure to read it means "say so on the page"
        return None


def _picture(
    data: bytes | None, width: float, max_height: float, long_side: int, words: QuoteWords
) -> Flowable:
    styles = get_styles()
    prepared = prepared_image(bytes(data), long_side) if data else None
    if prepared is None:
        missing = words.say("unreadable_image" if data else "no_image")
        return Paragraph(text(missing), styles.small)
    jpeg, w, h = prepared
    scale = min(width / w, max_height / h)
    return Image(io.BytesIO(jpeg), width=w * scale, height=h * scale)


# -- the page ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Own:
    heading: ParagraphStyle
    sub: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle
    warn: ParagraphStyle
    strong: ParagraphStyle


def _own(styles: Styles) -> _Own:
    return _Own(
        heading=ParagraphStyle(
            "design_heading",
            parent=styles.title,
            fontSize=14,
            leading=17,
            textColor=ACCENT,
            spaceAfter=1,
        ),
        sub=ParagraphStyle("design_sub", parent=styles.small, fontSize=8, leading=10),
        caption=ParagraphStyle(
            "design_caption", parent=styles.small, textColor=INK, spaceBefore=2, alignment=1
        ),
        cell=ParagraphStyle("design_cell", parent=styles.body, fontSize=8.2, leading=10.2),
        head=ParagraphStyle(
            "design_head", parent=styles.small, fontName=BOLD, textColor=INK, fontSize=7.6
        ),
        warn=ParagraphStyle("design_warn", parent=styles.body, textColor=WARN),
        strong=ParagraphStyle("design_strong", parent=styles.strong, spaceAfter=1),
    )


def design_flowables(
    page: DesignPage, width: float, words: QuoteWords | None = None
) -> list[Flowable]:
    """The page's content for ``width`` points of frame; the caller starts the page.

    About 230 mm tall with three sessions of pictures: fits under a clinic header
    on A4 and on Letter.  A design with many zones runs on to a second page.
    ``words``: the page's words in a language (a quote passes its own); None:
    English.
    """
    say = _words(words)
    styles = get_styles()
    own = _own(styles)
    design = page.design
    title = say.say("design_title") if page.title == TITLE else page.title
    story: list[Flowable] = [
        Paragraph(text(say.say("design_heading", title=title, version=page.version)), own.heading),
        Paragraph(text(_drawn_line(page, say)), own.sub),
        Spacer(1, 5),
        _images(page, width, own, say),
        Paragraph(text(say.say("simulation_note")), styles.small),
        Spacer(1, 6),
    ]
    story += _zones(design, width, styles, own, words)
    story += _sessions(page, width, styles, own, words)
    facts = _facts(design, words)
    if facts:
        story += [Spacer(1, 3), Paragraph("<br/>".join(text(f) for f in facts), styles.small)]
    story += [Spacer(1, 6), _approval(page, width, styles, own, say)]
    return story


def _drawn_line(page: DesignPage, words: QuoteWords) -> str:
    parts = [words.say("design_for", name=page.client_name)] if page.client_name.strip() else []
    if page.drawn:
        if page.drawn_by:
            parts.append(words.say("design_drawn_by", date=page.drawn, name=page.drawn_by))
        else:
            parts.append(words.say("design_drawn", date=page.drawn))
    if page.base:
        parts.append(words.say("design_on", base=page.base))
    parts.append(
        words.say(
            "design_zones_over",
            zones=counted(words, "zones", len(page.design.zones)),
            sessions=counted(words, "sessions", page.design.layers),
        )
    )
    return " · ".join(parts)


def _images(page: DesignPage, width: float, own: _Own, words: QuoteWords) -> Flowable:
    column = (width - IMAGE_GAP) / 2
    cells = [
        [
            _picture(page.plan_image, column, IMAGE_MAX_HEIGHT, IMAGE_LONG_SIDE, words),
            _picture(page.preview_image, column, IMAGE_MAX_HEIGHT, IMAGE_LONG_SIDE, words),
        ],
        [
            Paragraph(text(words.say("caption_design")), own.caption),
            Paragraph(text(words.say("caption_preview")), own.caption),
        ],
    ]
    table = Table(cells, colWidths=[column + IMAGE_GAP / 2, column + IMAGE_GAP / 2])
    table.setStyle(
        table_style(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


_ZONE_COLUMNS = (  # the words' keys: column_session is "Session" in English
    ("session", 0.095),
    ("zone", 0.205),
    ("area", 0.1),
    ("density", 0.13),
    ("dots", 0.09),
    ("shade", 0.22),
    ("needle", 0.16),
)


def _zones(
    design: Design, width: float, styles: Styles, own: _Own, words: QuoteWords | None
) -> list[Flowable]:
    say = _words(words)
    title = Paragraph(text(say.say("zones")), styles.heading)
    if not design.zones:
        return [title, Paragraph(text(say.say("no_zones")), styles.body)]
    rows: list[list[object]] = [
        [Paragraph(text(say.say(f"column_{c}")), own.head) for c, _ in _ZONE_COLUMNS]
    ]
    for row in zone_rows(design, words):
        values = (row.session, row.zone, row.area, row.density, row.dots, row.shade, row.needle)
        rows.append([Paragraph(text(v), own.cell) for v in values])
    table = Table(
        rows, colWidths=[width * f for _, f in _ZONE_COLUMNS], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(_grid_style())
    return [title, table]


def _grid_style() -> object:
    return table_style(
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


def _sessions(
    page: DesignPage, width: float, styles: Styles, own: _Own, words: QuoteWords | None
) -> list[Flowable]:
    say = _words(words)
    design = page.design
    if not design.zones:
        return []
    plans = session_plan(design, words)
    title = Paragraph(text(say.say("planned_sessions")), styles.heading)
    images = page.session_images[: len(plans)]
    if len(images) == len(plans) and len(plans) > 1:
        # One column a session: the preview after it, then what it lays.
        count = len(plans)
        column = (width - IMAGE_GAP * (count - 1)) / count
        pictures = [
            _picture(data, column, SESSION_IMAGE_MAX_HEIGHT, SESSION_IMAGE_LONG_SIDE, say)
            for data in images
        ]
        laid = [
            [
                Paragraph(text(_after(plan.layer, count, say)), own.strong),
                Paragraph(text(plan.zones), own.cell),
                Paragraph(text(" · ".join(p for p in (plan.pigment, plan.dots) if p)), own.cell),
            ]
            for plan in plans
        ]
        table = Table([pictures, laid], colWidths=[column + IMAGE_GAP] * (count - 1) + [column])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), IMAGE_GAP),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ]
            )
        )
        return [KeepTogether([title, table])]
    rows: list[list[object]] = [
        [
            Paragraph(text(say.say(f"column_{c}")), own.head)
            for c in ("session", "laid", "pigment", "dots")
        ]
    ]
    for plan in plans:
        values = (str(plan.layer), plan.zones, plan.pigment, plan.dots or NOTHING)
        rows.append([Paragraph(text(v), own.cell) for v in values])
    table = Table(
        rows,
        colWidths=[width * f for f in (0.095, 0.485, 0.26, 0.16)],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(_grid_style())
    return [KeepTogether([title, table])]


def _after(layer: int, count: int, words: QuoteWords) -> str:
    return words.say("after_last_session" if layer == count else "after_session", number=layer)


def _facts(design: Design, words: QuoteWords | None = None) -> list[str]:
    say = _words(words)
    facts = []
    if design.hairline is not None:
        h = design.hairline
        facts.append(
            say.say(
                "hairline_mirrored" if h.symmetric else "hairline",
                softness=_number(h.softness_mm, words),
                irregularity=round(h.irregularity * 100),
            )
        )
    if design.scale is None:
        facts.append(say.say("no_scale_note"))
    else:
        facts.append(say.say("scale", cm=_number(design.scale.cm, words)))
    if design.notes.strip():
        facts.append(say.say("design_notes", notes=design.notes.strip()))
    return facts


def _approval(
    page: DesignPage, width: float, styles: Styles, own: _Own, words: QuoteWords
) -> Flowable:
    """Who approved this version and when, over their signature; or that nobody has yet."""
    if not page.approved:
        return Paragraph(text(words.say("not_approved", version=page.version)), own.warn)
    who = page.approved_name or NOTHING
    left = [
        Paragraph(text(words.say("approved_by_client", version=page.version)), own.strong),
        Paragraph(text(words.say("signed_as", name=who)), styles.body),
        Paragraph(text(words.say("signed_on", date=page.approved)), styles.body),
    ]
    table = signed_box(left, page.signature_png, width, styles, words)
    return KeepTogether([table])


# -- on its own --------------------------------------------------------------------------


@dataclass(frozen=True)
class DesignPdfRequest:
    clinic: ClinicInfo
    client_name: str
    page: DesignPage
    printed: str  # when it was printed, formatted
    paper: str = "A4"
    date_style: str = "uk"


def render_design_pdf(request: DesignPdfRequest) -> bytes:
    """The design page as a PDF of its own: clinic header, the page (naming the client),
    and a footer with the client, the version and the date printed on every page."""
    check_paper_and_dates(request.paper, request.date_style)
    styles = get_styles()
    width = content_width(request.paper)
    story: list[Flowable] = [
        clinic_header(request.clinic, styles, width, phone_caption="Clinic telephone"),
        Spacer(1, 8),
        *design_flowables(replace(request.page, client_name=request.client_name), width),
    ]
    footer = _Footer(request)
    return build_pdf(
        story,
        paper=request.paper,
        footer=footer.draw,
        title=f"SMP design — {_one_line(request.client_name)}",
        author=_one_line(request.clinic.name) or "smpdesk",
        subject=f"SMP design version {request.page.version}",
    )


def _one_line(value: str) -> str:
    return " ".join(value.split())


class _Footer:
    def __init__(self, request: DesignPdfRequest):
        who = _one_line(request.client_name)
        what = f"SMP design version {request.page.version}"
        self.head = f"{who} · {what}" if who else what
        clinic = request.clinic
        self.clinic = " · ".join(p for p in (_one_line(clinic.name), _one_line(clinic.phone)) if p)
        self.printed = f"Printed {_one_line(request.printed)}" if request.printed else ""

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        draw_footer(canvas, (self.head, f"Page {number} of {total}"), (self.clinic, self.printed))


def signed_box(
    left: list[Any],
    signature_png: bytes | None,
    width: float,
    styles: Any,
    words: QuoteWords | None = None,
) -> Table:
    """Who signed and when (``left``) beside the signature as drawn, on a tinted band:
    the sign-off of a design page and of an accepted quote look the same."""
    say = _words(words)
    drawn: object = Paragraph(text(say.say("no_signature_image")), styles.small)
    if signature_png:
        prepared = signature_image(bytes(signature_png))
        if prepared is None:
            drawn = Paragraph(text(say.say("unreadable_signature")), styles.small)
        else:
            data, w, h = prepared
            scale = min(SIGNATURE_BOX[0] / w, SIGNATURE_BOX[1] / h)
            drawn = Image(io.BytesIO(data), width=w * scale, height=h * scale)
    sign_width = SIGNATURE_BOX[0] + 8 * mm
    table = Table(
        [[left, drawn]],
        colWidths=[width - sign_width, sign_width],
        rowHeights=[SIGNATURE_BOX[1] + 6],
    )
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
                ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
                ("VALIGN", (1, 0), (1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (1, 0), (1, 0), 0.8, INK),
            ]
        )
    )
    return table
