"""The recovery sheet: the clinic's recovery key on paper, for the clinic safe.

The clinic's records are encrypted, and the only ways in are a staff password
or the recovery key (see :mod:`smpdesk.infra.key_file`).  If every password is
forgotten, this sheet is all that stands between the owner and losing every
record, so it is written for the owner, not for a technician: what the key is
for, what happens without it, and how to keep it, in plain words.

The key itself is printed as large as the paper allows, in groups of five on
two lines with even gaps, so it can be read back group by group without
losing one's place.  No monospace font is bundled, so the bold DejaVu
Sans is set with generous letter spacing instead; the key's alphabet (no I,
L, O or U) keeps every character unambiguous in it.

It is always one page, on A4 or Letter: the content is laid out to fit, and
shrinks rather than spill onto a second page if a clinic's header is very long,
because a second page could be separated from the first and lost.  The sheet
is returned as bytes and written nowhere here: a copy of it on disk would be
a copy of the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table

from smpdesk.domain.dates import DATE_STYLES, format_long_date
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.handouts.fonts import BOLD, ensure_fonts
from smpdesk.infra.handouts.layout import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAPER,
    ClinicInfo,
    RuledLines,
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
    MUTED,
    WARN,
    WARN_TINT,
    Styles,
    get_styles,
    table_style,
    text,
)
from smpdesk.infra.key_file import RECOVERY_GROUP_SIZE, parse_recovery_key

__all__ = ["ClinicInfo", "render_recovery_sheet"]

TITLE = "Recovery sheet — keep this in the clinic safe"

# The key's type: as large as fits, up to KEY_MAX_SIZE, on as few lines as keep
# it at KEY_MIN_SIZE or more (two lines for a key of 8 groups on A4 or Letter).
KEY_MAX_SIZE = 30.0
KEY_MIN_SIZE = 18.0
KEY_TRACKING = 0.12  # letter spacing, in ems: wide enough to tell each character apart
KEY_DASH_GAP = 0.9  # the room between two groups, in ems, with a dash in its middle
KEY_LEADING = 1.5
KEY_BOX_PADDING = 12.0


def render_recovery_sheet(
    clinic: ClinicInfo,
    recovery_key: str,
    *,
    created: date,
    owner_name: str,
    clinic_file_name: str,
    paper: str = "A4",
    date_style: str = "uk",
) -> bytes:
    """The one-page recovery sheet as PDF bytes.

    ``recovery_key`` is the key as shown to the owner (see
    :func:`smpdesk.infra.key_file.new_recovery_key`).  It is checked before
    anything is drawn: a sheet carrying a key that cannot unlock the clinic
    would be found out only on the day it is needed, so a malformed one raises
    :class:`~smpdesk.infra.key_file.RecoveryKeyError` instead.  ``date_style``
    is the clinic's setting, for the date the sheet was made.
    """
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
    canonical = parse_recovery_key(recovery_key)
    step = RECOVERY_GROUP_SIZE
    groups = [canonical[i : i + step] for i in range(0, len(canonical), step)]
    styles = get_styles()
    width = content_width(paper)
    made = format_long_date(created, date_style)
    clinic_name = _one_line(clinic.name)

    story: list[Flowable] = [
        clinic_header(clinic, styles, width, phone_caption="Clinic telephone"),
        Spacer(1, 9),
        Paragraph(text(TITLE), styles.title),
        Paragraph(
            text(
                f"This sheet holds the recovery key to {_possessive(clinic_name)} records. "
                "Whoever holds it can open them, so keep it as you would the key to the safe."
            ),
            styles.body,
        ),
        Spacer(1, 7),
        details_box(
            [
                [
                    ("Made on", made, 1),
                    ("Protection set up by", owner_name, 1),
                    ("Unlocks the clinic file", clinic_file_name, 1),
                ]
            ],
            styles,
            [width * 0.31, width * 0.36, width * 0.33],
        ),
        Spacer(1, 9),
        _key_box(groups, styles, width),
        Spacer(1, 4),
        *_explanations(styles, width),
        Spacer(1, 16),
        _record_box(styles, width),
    ]

    page_height = PAPER[paper][1]
    frame_height = page_height - MARGIN_TOP - MARGIN_BOTTOM
    # One page, always: shrink a too-long sheet rather than spill onto a second
    # page that could be separated from the key.  (A point spare, so rounding
    # cannot push a sheet that just fits onto page two.)
    page = KeepInFrame(width, frame_height - 1, story, mode="shrink")

    return build_pdf(
        [page],
        paper=paper,
        footer=lambda canvas, number, total: _footer(canvas, clinic_name, made, number, total),
        title="Recovery sheet",
        author=clinic_name or "smpdesk",
        subject=_one_line(f"Recovery key for {clinic_file_name}"),
    )


# -- the key ---------------------------------------------------------------------


def _key_box(groups: list[str], styles: Styles, width: float) -> Table:
    """The key on the accent tint, with how to read and type it underneath."""
    count = len(groups)
    size = RECOVERY_GROUP_SIZE
    note = (
        f"{count * size} letters and digits in {count} groups of {size}. "
        "0 is always zero and 1 is always one: the key never uses the letters O, I, L or U. "
        "When you type it, capitals or small letters and the dashes make no difference."
    )
    content: list[Flowable] = [
        Paragraph("RECOVERY KEY", styles.label),
        Spacer(1, 4),
        _KeyLines(groups),
        Spacer(1, 2),
        Paragraph(text(note), styles.small),
    ]
    box = Table([[content]], colWidths=[width])
    box.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
                ("BOX", (0, 0), (-1, -1), 1.4, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), KEY_BOX_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), KEY_BOX_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return box


@dataclass(frozen=True)
class _KeyLayout:
    size: float
    lines: list[list[str]]  # the groups of each line
    line_width: float  # of the longest line, at ``size``


def key_layout(groups: list[str], width: float) -> _KeyLayout:
    """The biggest type the key fits ``width`` in, on as few lines as keep it big.

    Everything scales with the type size, so the size is worked out from the
    widths at 1 pt: one line if that is at least KEY_MIN_SIZE, else two, and so on.
    """
    ensure_fonts()
    count = 1
    while True:
        per_line = -(-len(groups) // count)  # rounded up
        lines = [groups[i : i + per_line] for i in range(0, len(groups), per_line)]
        widest = max(_line_width(line, 1.0) for line in lines)
        size = min(KEY_MAX_SIZE, width / widest)
        if size >= KEY_MIN_SIZE or per_line == 1:
            return _KeyLayout(size, lines, widest * size)
        count += 1


def _group_width(group: str, size: float) -> float:
    """The inked width of ``group``: letter spacing between characters, not after the last."""
    return stringWidth(group, BOLD, size) + KEY_TRACKING * size * (len(group) - 1)


def _line_width(line: list[str], size: float) -> float:
    return sum(_group_width(group, size) for group in line) + KEY_DASH_GAP * size * (len(line) - 1)


class _KeyLines(Flowable):
    """The key in large letter-spaced type, dashes between the groups.

    The lines share one left edge, so the groups are read like lines of a
    book; the gaps are all the same, so no gap looks like the end of the key.
    Each group is one string (drawn with character spacing), so the PDF's text
    layer holds the groups whole, for search and screen readers.
    """

    def __init__(self, groups: list[str]):
        super().__init__()
        self.groups = groups
        self.layout = key_layout(groups, 100.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.layout = key_layout(self.groups, avail_width)
        self.height = len(self.layout.lines) * self.layout.size * KEY_LEADING
        return self.width, self.height

    def draw(self) -> None:
        size = self.layout.size
        leading = size * KEY_LEADING
        gap = KEY_DASH_GAP * size
        left = (self.width - self.layout.line_width) / 2
        canvas = self.canv
        canvas.saveState()
        for number, line in enumerate(self.layout.lines, start=1):
            # Capitals have no descenders: centre their height (0.73 em) in the band.
            baseline = self.height - number * leading + (leading - size * 0.73) / 2
            x = left
            for index, group in enumerate(line):
                text_object = canvas.beginText(x, baseline)
                text_object.setFont(BOLD, size)
                text_object.setFillColor(INK)
                text_object.setCharSpace(KEY_TRACKING * size)
                text_object.textOut(group)
                canvas.drawText(text_object)
                x += _group_width(group, size)
                if index < len(line) - 1:
                    canvas.setFont(BOLD, size)
                    canvas.setFillColor(MUTED)
                    canvas.drawCentredString(x + gap / 2, baseline, "-")
                    x += gap
        canvas.restoreState()


# -- what it is for, what happens without it, how to keep it ----------------------------


def _explanations(styles: Styles, width: float) -> list[Flowable]:
    """The three things an owner must know, in the order they would ask them."""
    uses = Paragraph(
        "If every staff password is lost, this key, together with the clinic's key file "
        "(the <b>.keys</b> file beside the clinic file, with a copy in each backups folder: "
        "always copy backups together with it), opens the clinic's records and lets the "
        "owner set a new password. In smpdesk choose <b>Sign in → Forgotten password → "
        "Use the recovery key</b> (or, on the command line, <b>smpdesk recover</b>), then "
        "type the key exactly as printed above.",
        styles.body,
    )
    without = Table(
        [
            [
                [
                    Paragraph("Without it", styles.warn_heading),
                    Paragraph(
                        "Without a staff password or this key, <b>nobody — not even "
                        "smpdesk's makers — can read the clinic's records or its backups.</b> "
                        "There is no other way back in.",
                        styles.body,
                    ),
                ]
            ]
        ],
        colWidths=[width],
    )
    without.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), WARN_TINT),
                ("BOX", (0, 0), (-1, -1), 1.2, WARN),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    keeping = [
        "<b>Keep it on paper only.</b> Print it; do not photograph it, scan it, email it or "
        "save it on a computer or phone.",
        "<b>Store it locked away</b>, in the clinic safe or a locked drawer, and never with "
        "the laptop or the backups.",
        "<b>Anyone holding this key, the clinic file</b> (or a backup of it) <b>and its "
        "key file</b> can read every record, without any password.",
        "<b>If it is lost, or someone else may have seen it</b>, the owner makes a new "
        "recovery key in smpdesk straight away. The new key replaces this one, and this sheet "
        "then opens nothing: shred it.",
    ]
    return [
        Paragraph("What this key is for", styles.heading),
        uses,
        Spacer(1, 9),
        without,
        Paragraph("How to keep it", styles.heading),
        *[Paragraph(item, styles.bullet, bulletText="•") for item in keeping],
    ]


def _record_box(styles: Styles, width: float) -> Table:
    """Lines to write where the sheet is kept, and who put it there and when.

    Written by hand on the printed sheet, so the lines are spaced for a pen
    and the signature gets room for a signature, not for a typed name.
    """
    gap = 8 * mm

    def field(label: str, lines: int, spacing: float) -> list[Flowable]:
        return [
            Paragraph(text(label.upper()), styles.label),
            RuledLines(lines, spacing, MUTED),
        ]

    box = Table(
        [
            [field("Where this sheet is kept", 2, 24), "", ""],
            [field("Signed (owner)", 1, 30), "", field("Date", 1, 30)],
        ],
        colWidths=[width * 0.62 - gap, gap, width * 0.38],
    )
    box.setStyle(
        table_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("LEFTPADDING", (1, 1), (1, 1), 0),
                ("RIGHTPADDING", (1, 1), (1, 1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
            ]
        )
    )
    return box


# -- footer --------------------------------------------------------------------------


def _footer(canvas: Canvas, clinic_name: str, made: str, number: int, total: int) -> None:
    """Whose sheet it is and a reminder; never the key, which belongs in one place only."""
    who = " · ".join(part for part in (clinic_name, "Recovery sheet") if part)
    draw_footer(
        canvas,
        (who, f"Page {number} of {total}"),
        ("Confidential: keep locked away, apart from the laptop and its backups.", f"Made {made}"),
    )


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _possessive(clinic_name: str) -> str:
    """``Bay Studio's`` or ``Hair Lines'``; a clinic not named yet is ``the clinic's``."""
    if not clinic_name:
        return "the clinic's"
    return f"{clinic_name}'" if clinic_name.endswith("s") else f"{clinic_name}'s"
