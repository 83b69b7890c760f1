"""Colours and paragraph styles shared by every handout.

One place so the aftercare sheet and the consent record look like papers from
the same clinic.  Colours are dark enough to photocopy and print on a mono
laser printer: tints are backgrounds only, never the only carrier of meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from smpdesk.infra.handouts.fonts import BOLD, REGULAR, ensure_fonts

INK = colors.HexColor("#1d2730")
MUTED = colors.HexColor("#5b6670")
ACCENT = colors.HexColor("#0e5a69")
ACCENT_TINT = colors.HexColor("#e9f2f4")
RULE = colors.HexColor("#c3ced4")
WARN = colors.HexColor("#8c2318")
WARN_TINT = colors.HexColor("#fbefec")
WHITE = colors.white

BODY_SIZE = 9.0
BODY_LEADING = 11.6


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    warn_heading: ParagraphStyle
    body: ParagraphStyle
    strong: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    clinic_name: ParagraphStyle
    clinic_detail: ParagraphStyle
    clinic_phone: ParagraphStyle


@cache
def get_styles() -> Styles:
    """The handout styles; built once per process (fonts registered first)."""
    ensure_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,  # the default is Helvetica, which would not be embedded
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        textColor=INK,
    )
    small = ParagraphStyle("small", parent=body, fontSize=7.2, leading=9, textColor=MUTED)
    heading = ParagraphStyle(
        "heading",
        parent=body,
        fontName=BOLD,
        fontSize=10.5,
        leading=13,
        textColor=ACCENT,
        spaceBefore=7,
        spaceAfter=3,
        keepWithNext=1,
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=15, leading=18.5, spaceAfter=2
        ),
        heading=heading,
        warn_heading=ParagraphStyle("warn_heading", parent=heading, textColor=WARN, spaceBefore=0),
        body=body,
        strong=ParagraphStyle("strong", parent=body, fontName=BOLD),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=10, bulletIndent=1, spaceAfter=1.5),
        small=small,
        small_right=ParagraphStyle("small_right", parent=small, alignment=TA_RIGHT),
        label=ParagraphStyle("label", parent=small, fontSize=6.8, leading=8.5),
        value=ParagraphStyle("value", parent=body, fontName=BOLD, fontSize=9.2, leading=11.5),
        clinic_name=ParagraphStyle(
            "clinic_name", parent=body, fontName=BOLD, fontSize=12.5, leading=15
        ),
        clinic_detail=ParagraphStyle(
            "clinic_detail", parent=body, fontSize=7.8, leading=9.8, textColor=MUTED
        ),
        clinic_phone=ParagraphStyle(
            "clinic_phone",
            parent=body,
            fontName=BOLD,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            alignment=TA_RIGHT,
        ),
    )


def text(value: str) -> str:
    """User or clinic text made safe for a Paragraph: escaped, line breaks kept.

    Paragraph text is reportlab's mini-XML, so "<b>&" in a name would be read
    as markup (or crash the parser) if it went in raw.
    """
    lines = [" ".join(line.split()) for line in value.strip().splitlines()]
    return "<br/>".join(escape(line) for line in lines if line)


_BOLD_PAIR = re.compile(r"\*\*(.+?)\*\*")


def rich(value: str) -> str:
    """Clinic wording for a Paragraph: like :func:`text`, plus ``**bold**``.

    Only the care-plan file gets this; names and notes typed at the desk go
    through :func:`text`, so a client called "**Bo**" prints as typed.
    """
    return _BOLD_PAIR.sub(r"<b>\1</b>", text(value))


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose plain-string cells use our font.

    Tables draw even an empty string cell with their default font, Helvetica,
    which would then sit unembedded in the file.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])
