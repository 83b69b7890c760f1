"""Page furniture every handout shares: paper, margins, clinic header, details box, footer.

The aftercare sheet and the consent record are papers from the same clinic,
often filed side by side; building both from these pieces keeps their header,
boxes and footers identical, and keeps the safety work (decoding an untrusted
logo, embedding only DejaVu, "page X of Y") in one place.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from smpdesk.domain.dates import DATE_STYLES
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.handouts.fonts import REGULAR
from smpdesk.infra.handouts.styles import (
    ACCENT,
    ACCENT_TINT,
    MUTED,
    RULE,
    Styles,
    table_style,
    text,
)

if TYPE_CHECKING:
    from smpdesk.domain.clinic_settings import ClinicSettings

PAPER = {"A4": A4, "Letter": LETTER}
MARGIN_X = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 17 * mm
FOOTER_TOP = 12.5 * mm  # the footer's rule; its two lines sit below, clear of most printers' edge
FOOTER_SIZE = 7.0
LOGO_BOX = (26 * mm, 17 * mm)  # the most a logo may take, width x height
LOGO_MAX_PIXELS = 40_000_000  # refuse to decode anything bigger (decompression bombs)


@dataclass(frozen=True)
class ClinicInfo:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # PNG or JPEG; skipped if it cannot be read
    # The number to call in an emergency where the clinic is ("" = not set): the care
    # plan's {emergency number} placeholder becomes it.
    emergency_number: str = ""


def clinic_info(settings: ClinicSettings) -> ClinicInfo:
    """The letterhead every document prints, from the clinic's settings."""
    return ClinicInfo(
        name=settings.name,
        address=settings.address,
        phone=settings.phone,
        email=settings.email,
        logo=settings.logo,
        emergency_number=settings.emergency_number,
    )


def check_paper_and_dates(paper: str, date_style: str) -> None:
    """Both come from clinic settings, so a bad one is the clinic's to fix, in words."""
    if paper not in PAPER:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "The paper size must be A4 or Letter; choose one in the clinic settings.",
            )
        )
    if date_style not in DATE_STYLES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "The date style must be UK or US; choose one in the clinic settings.",
            )
        )


def content_width(paper: str) -> float:
    return PAPER[paper][0] - 2 * MARGIN_X


# -- the clinic header ---------------------------------------------------------


def clinic_header(
    clinic: ClinicInfo,
    styles: Styles,
    width: float,
    *,
    phone_caption: str = "Questions or worries? Call us",
) -> Flowable:
    """Logo, name, address and the number to call, over an accent rule."""
    details: list[Flowable] = []
    if clinic.name.strip():
        details.append(Paragraph(text(clinic.name), styles.clinic_name))
    # One wrapped line, however the address was typed: a tall header would
    # push the content that matters off page one.
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
            Paragraph(text(phone_caption), styles.small_right),
            Paragraph(
                text(phone),
                ParagraphStyle("phone", parent=style, fontSize=size, leading=size * 1.25),
            ),
        ]

    logo = logo_flowable(clinic.logo)
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
def prepared_logo(logo: bytes) -> tuple[bytes, int, int] | None:
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


def logo_flowable(logo: bytes | None) -> Image | None:
    if not logo:
        return None
    prepared = prepared_logo(bytes(logo))
    if prepared is None:
        return None
    data, w, h = prepared
    scale = min(LOGO_BOX[0] / w, LOGO_BOX[1] / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale, mask="auto")


# -- the tinted "who and when" box ---------------------------------------------

# One cell of a details box: label, value, how many columns it spans.
Detail = tuple[str, str, int]


def details_box(
    rows: Sequence[Sequence[Detail]],
    styles: Styles,
    col_widths: Sequence[float],
    *,
    empty: str | None = None,
) -> Table:
    """Small capital labels over bold values on the accent tint.

    An empty value gets a line to write it on by hand (``empty=None``, for a
    sheet that may be filled in with a pen), or the text ``empty`` (for a
    record, where a blank line would invite someone to add to it later).
    """
    cells: list[list[object]] = []
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for row in rows:
        label_row, value_row = len(cells), len(cells) + 1
        labels: list[object] = []
        values: list[object] = []
        for label, value, span in row:
            column = len(labels)
            labels += [Paragraph(text(label.upper()), styles.label)] + [""] * (span - 1)
            if value.strip():
                values.append(Paragraph(text(value), styles.value))
            elif empty is None:
                # A line to write on, inside the cell's padding.
                values.append(RuledLines(1, 17, MUTED))
            else:
                values.append(Paragraph(text(empty), styles.value))
            values += [""] * (span - 1)
            last = column + span - 1
            if span > 1:
                commands += [
                    ("SPAN", (column, label_row), (last, label_row)),
                    ("SPAN", (column, value_row), (last, value_row)),
                ]
        cells += [labels, values]
        commands += [
            ("TOPPADDING", (0, label_row), (-1, label_row), 6),
            ("BOTTOMPADDING", (0, value_row), (-1, value_row), 2),
        ]
    commands.append(("BOTTOMPADDING", (0, -1), (-1, -1), 8))
    box = Table(cells, colWidths=list(col_widths))
    box.setStyle(table_style(commands))
    return box


class RuledLines(Flowable):
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


# -- building the document, with a footer that knows the page count ----------------

# Draws one page's footer, given the canvas, the page number and the page count.
FooterPainter = Callable[[Canvas, int, int], None]


def build_pdf(
    story: list[Flowable],
    *,
    paper: str,
    footer: FooterPainter,
    title: str,
    author: str,
    subject: str,
    sideways: bool = False,
) -> bytes:
    """The story laid out in the one shared frame, every page footed by ``footer``;
    ``sideways`` turns the paper to landscape (the wide phone lists)."""
    page_width, page_height = landscape(PAPER[paper]) if sideways else PAPER[paper]
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        page_width - 2 * MARGIN_X,
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
        pageTemplates=[PageTemplate("page", frames=[frame])],
        title=title,
        author=author,
        subject=subject,
        creator="smpdesk",
    )
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def numbered_canvas(footer: FooterPainter) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds each page until the end, then lets ``footer`` stamp "X of Y" on all of them."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_footer(canvas: Canvas, top: tuple[str, str], bottom: tuple[str, str] = ("", "")) -> None:
    """Two footer lines under a thin rule, each as (left, right).

    The right-hand texts (page numbers, versions) always print whole; the
    left-hand ones are shortened with an ellipsis to fit what is left.
    """
    page_width, _ = canvas._pagesize
    right_x = page_width - MARGIN_X
    width = page_width - 2 * MARGIN_X
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, FOOTER_TOP, right_x, FOOTER_TOP)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, FOOTER_SIZE)
    for (left, right), y in ((top, FOOTER_TOP - 9), (bottom, FOOTER_TOP - 17.5)):
        room = width - (stringWidth(right, REGULAR, FOOTER_SIZE) + 6 * mm if right else 0)
        if left:
            canvas.drawString(MARGIN_X, y, clip(left, room))
        if right:
            canvas.drawRightString(right_x, y, right)
    canvas.restoreState()


def clip(value: str, room: float, size: float = FOOTER_SIZE) -> str:
    """``value`` shortened with an ellipsis to fit ``room`` points of footer."""
    if stringWidth(value, REGULAR, size) <= room:
        return value
    while value and stringWidth(value + "…", REGULAR, size) > room:
        value = value[:-1]
    return value.rstrip(" ,·") + "…"
