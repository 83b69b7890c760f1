"""The consent record: what a client read, ticked, answered and signed, as a PDF to file.

It is the clinic's evidence of informed consent, so it reproduces the form's
own wording (the exact text of the version answered, identified by the file's
SHA-256 in the footer of every page) next to each answer, and never lets a
page break part a heading from what it introduces or a signature from its
line.  Each signature (the client's, a practitioner's countersignature) prints
the time it was drawn beneath its line; a new version of a signed response
names the record it replaces.  The PDF is made once, when the response is
finished, and stored byte for byte (and sealed by its content hash): a reprint
is that same file.

The look, fonts and clinic header are the aftercare sheet's (see
:mod:`smpdesk.infra.handouts.layout`); everything printed is a real Paragraph, and all
form and client text is escaped, so "<b>" in a name prints as typed.

A record prints in the language its form was answered in (issue 20): the
form's own wording is that translation's, and the record's own words (labels,
"Signed ...", the design, the footer, the answers it writes) come from
``resources/i18n/consent-record-words.toml``, read with the aftercare sheet's
machinery (:func:`~smpdesk.infra.handouts.aftercare_sheet.sheet_words`).  Dates
in English follow the clinic's UK/US style exactly as before, so an English
record is byte for byte what it always was; in any other language they come
from CLDR through Babel.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table

from smpdesk.domain.dates import MONTHS, format_long_date, format_time
from smpdesk.domain.languages import DEFAULT_LANGUAGE
from smpdesk.infra.handouts.aftercare_sheet import SheetWords, sheet_words, sheet_words_problems
from smpdesk.infra.handouts.fonts import REGULAR
from smpdesk.infra.handouts.layout import (
    FOOTER_SIZE,
    ClinicInfo,
    build_pdf,
    check_paper_and_dates,
    clinic_header,
    clip,
    content_width,
    details_box,
    draw_footer,
)
from smpdesk.infra.handouts.styles import INK, Styles, get_styles, table_style, text

if TYPE_CHECKING:
    from smpdesk.questionnaire.answers import AnswerWords

__all__ = [
    "NO_DESIGN",
    "ClinicInfo",
    "ConsentRecordRequest",
    "RecordAnswer",
    "RecordDesign",
    "RecordPage",
    "RecordWords",
    "record_words",
    "record_words_path",
    "record_words_problems",
    "render_consent_record",
]

# The kinds of item a record knows; callers map the form's question types onto these.
KINDS = ("note", "question", "acknowledgement", "signature")
SIGNATURE_BOX = (70 * mm, 25 * mm)  # the most a signature may take, width x height
# A signature pad makes about 1000x300 pixels; anything far bigger is not one,
# and decoding it could take the memory of the whole app (decompression bombs).
SIGNATURE_MAX_PIXELS = 6_000_000
SIGNATURE_MAX_BYTES = 8_000_000
SIGNATURE_LONG_SIDE = 1200  # plenty for 70 mm at 300 dpi (830 px); keeps the PDF small
UNREADABLE_SIGNATURE = "(signature image could not be read)"
NOT_ANSWERED = "—"
NO_DESIGN = "No design approved in smpdesk before this consent."
DESIGN_IMAGE_HEIGHT = 58 * mm
DESIGN_IMAGE_GAP = 6 * mm
# Answers that mean an acknowledgement was left unticked.  A ticked one arrives
# as "Confirmed" (smpdesk.questionnaire.answers.format_answer) or any other word.
_UNTICKED = {"", "no", "false", "not ticked", "not confirmed", "declined"}


@dataclass(frozen=True)
class RecordAnswer:
    """One item of the form as the client met it.

    ``kind`` is "note" (information shown), "question" (text and answer),
    "acknowledgement" (a statement to tick) or "signature".  An unknown kind
    prints as a question rather than failing a record that must be reprintable.
    """

    kind: str
    text: str  # the exact wording from the form; may be several lines or paragraphs
    answer: str = ""  # formatted for people; "" = not answered (or not ticked)
    help: str = ""
    signature_png: bytes | None = None  # kind "signature": the drawn image, untrusted
    # kind "signature": when this signature was drawn (local, naive); None: the
    # record's "Date and time signed".  A countersignature prints its own time.
    signed_at: datetime | None = None


@dataclass(frozen=True)
class RecordPage:
    title: str
    answers: tuple[RecordAnswer, ...]


@dataclass(frozen=True)
class RecordDesign:
    """The hairline design the client had approved when they signed (issue 17).

    ``version`` None: no design was approved in smpdesk before this consent
    (the record says so in one sentence).  ``images``: the plan drawing and
    the preview the client approved, JPEG or PNG (untrusted: decoded safely).
    """

    version: int | None
    approved: str = ""  # when the client approved it, in words
    approved_name: str = ""  # the name they signed the design as
    summary: str = ""  # "2 zones over 2 sessions: hairline, temples"
    images: tuple[tuple[str, bytes], ...] = ()  # (caption, image)
    # The same facts for a record in another language (issue 20); the English words
    # above print as given.  approved_at: local, naive.  zone_count None: the summary
    # as given (a caption or summary that is one of the file's English sentences is
    # still printed in the record's language).
    approved_at: datetime | None = None
    zone_count: int | None = None
    session_count: int = 0
    zone_kinds: tuple[str, ...] = ()  # smpdesk.domain.designs.ZONE_KINDS keys, in order


@dataclass(frozen=True)
class ConsentRecordRequest:
    clinic: ClinicInfo
    client_name: str
    client_date_of_birth: date | None
    form_title: str
    form_version: str
    form_sha256: str  # of the exact form file answered; the footer prints the first 12 hex
    completed_at: datetime  # local time, naive
    pages: tuple[RecordPage, ...]
    paper: str = "A4"  # "A4" | "Letter"
    date_style: str = "uk"  # smpdesk.domain.dates styles
    response_id: int | None = None
    replaces: str = ""  # a new version: one sentence naming the record it replaces
    # None: the record says nothing of designs (a record made before issue 17 renders
    # exactly as it did); a RecordDesign: the design approved before signing, or that none was.
    design: RecordDesign | None = None
    # The language the form was answered in ("" or "en": English, exactly as before
    # issue 20), and the clinic's own locale, which picks the CLDR variant of that
    # language for dates when it is one (babel_locale).
    language: str = ""
    locale: str = ""

    @cached_property  # read once per record, not per label
    def words(self) -> RecordWords:
        return record_words(self.language, locale=self.locale, date_style=self.date_style)


def render_consent_record(request: ConsentRecordRequest) -> bytes:
    """The record as PDF bytes; a bad signature image prints a sentence, never raises."""
    check_paper_and_dates(request.paper, request.date_style)
    words = request.words
    styles = get_styles()
    own = _own_styles()
    width = content_width(request.paper)
    signed = words.moment(request.completed_at)

    story: list[Flowable] = [
        clinic_header(request.clinic, styles, width, phone_caption=words.say("phone_caption")),
        Spacer(1, 8),
        Paragraph(text(words.say("title", title=request.form_title)), styles.title),
        Spacer(1, 5),
        _details(request, signed, styles, width),
        Spacer(1, 4),
    ]
    if request.replaces.strip():
        story += [Paragraph(f"<b>{text(request.replaces)}</b>", styles.small), Spacer(1, 4)]
    design_at = _design_position(request)
    signing = _Signing(signed, request.date_style, words)
    for index, page in enumerate(request.pages):
        if index == design_at and request.design is not None:
            story += _design(request.design, words, styles, width)
        story += _page(page, signing, styles, own)
    if design_at >= len(request.pages) and request.design is not None:
        story += _design(request.design, words, styles, width)
    story = _keep_with_last(story, [Spacer(1, 12), _provenance(request, styles)])

    footer = _Footer(request, width)
    return build_pdf(
        story,
        paper=request.paper,
        footer=footer.draw,
        title=words.say("title", title=_one_line(request.form_title)),
        author=_one_line(request.clinic.name) or "smpdesk",
        subject=_one_line(f"{request.form_title} v{request.form_version}"),
    )


# -- dates --------------------------------------------------------------------


def signed_at(when: datetime, style: str) -> str:
    """``Wednesday 18 March 2026 at 14:05``: always with the time, midnight included.

    Unlike an appointment, a signing time of 00:00 is a real time.
    """
    return f"{format_long_date(when.date(), style)} at {format_time(when, style)}"


def birth_date(day: date, style: str) -> str:
    """``4 December 1980`` (uk) or ``December 4, 1980`` (us): no weekday for a birthday."""
    month = MONTHS[day.month - 1]
    return f"{month} {day.day}, {day.year}" if style == "us" else f"{day.day} {month} {day.year}"


# -- the record's own words, in its language -----------------------------------------


def record_words_path() -> Path:
    from smpdesk.paths import resources_dir

    return resources_dir() / "i18n" / "consent-record-words.toml"


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class RecordWords:
    """The record's own words and dates in one language.

    ``say(key, name=value)`` fills each ``{name}`` of the words in one pass, so a
    client's name that happens to contain "{when}" prints as typed.  English dates
    are the clinic's UK/US style (:func:`signed_at`, :func:`birth_date`); any other
    language's come from CLDR in ``sheet.locale``.
    """

    sheet: SheetWords
    english: Mapping[str, str]  # the [en] words, to recognise a fixed English sentence

    @property
    def language(self) -> str:
        return self.sheet.language

    @property
    def is_english(self) -> bool:
        return self.sheet.language == DEFAULT_LANGUAGE

    def say(self, key: str, **values: object) -> str:
        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            return str(values[name]) if name in values else match.group(0)

        return _PLACEHOLDER.sub(fill, self.sheet.words[key])

    def known(self, english: str) -> str:
        """``english`` in this language when it is one of the file's English words
        (a design caption, the unreadable-design sentence), else as it is."""
        if self.is_english:
            return english
        for key, value in self.english.items():
            if value == english and key in self.sheet.words:
                return self.sheet.words[key]
        return english

    def long_date(self, day: date) -> str:
        """``Wednesday 18 March 2026``; ``środa, 18 marca 2026``."""
        return self.sheet.long_date(day)

    def moment(self, when: datetime) -> str:
        """``Wednesday 18 March 2026 at 14:05``, midnight included (a real signing time)."""
        if self.is_english:
            clock = format_time(when, self.sheet.date_style)
        else:
            from babel.dates import format_time as babel_time

            clock = str(babel_time(when.time(), "short", locale=self.sheet.locale))
        return self.say("date_at_time", date=self.long_date(when.date()), time=clock)

    def birth_date(self, day: date) -> str:
        """``4 December 1980``; ``4 grudnia 1980``: no weekday for a birthday."""
        if self.is_english:
            return birth_date(day, self.sheet.date_style)
        from babel.dates import format_date

        return str(format_date(day, "long", locale=self.sheet.locale))

    def number(self, value: float) -> str:
        """``1,5`` in Polish; whole numbers as digits, never grouped (a year stays 1985)."""
        from babel.numbers import format_decimal

        return str(format_decimal(value, locale=self.sheet.locale, group_separator=False))

    def answer_words(self) -> AnswerWords:
        """The words ``format_answer`` writes (Yes, Confirmed, dates), in this language;
        English is its own default, so an English record's answers are as they were."""
        from smpdesk.questionnaire.answers import ENGLISH, AnswerWords

        if self.is_english:
            return ENGLISH
        return AnswerWords(
            yes=self.say("answer_yes"),
            no=self.say("answer_no"),
            confirmed=self.say("answer_confirmed"),
            signed=self.say("answer_signed"),
            long_date=self.long_date,
            number=self.number,
        )

    def approved(self, when: datetime) -> str:
        """ "on Wednesday 18 March 2026 at 14:05": when a design was approved."""
        return self.say("approved_on", when=self.moment(when))

    def replaces(self, record: int, completed: datetime | None) -> str:
        """The sentence naming the record a new version replaces."""
        if completed is None:
            return self.say("replaces_undated", id=record)
        return self.say("replaces", id=record, when=self.moment(completed))

    def zone(self, kind: str) -> str:
        key = f"zone_{kind}"
        return self.sheet.words.get(key, kind)

    def design_summary(self, zones: int, sessions: int, kinds: tuple[str, ...]) -> str:
        """ "2 zones over 2 sessions: Hairline, Temples." """
        counted = {
            "zones": self.say("zone_one") if zones == 1 else self.say("zones", count=zones),
            "sessions": (
                self.say("session_one") if sessions == 1 else self.say("sessions", count=sessions)
            ),
        }
        if not kinds:
            return self.say("design_summary", **counted)
        named = ", ".join(self.zone(kind) for kind in kinds)
        return self.say("design_summary_kinds", **counted, kinds=named)


def record_words(
    language: str = "",
    *,
    locale: str = "",
    date_style: str = "uk",
    path: Path | None = None,
) -> RecordWords:
    """The record's words in ``language`` ("" or unknown: English); ``locale`` is the
    clinic's own, used for dates when it is a variant of ``language``."""
    path = path if path is not None else record_words_path()
    own = sheet_words(language, locale=locale, date_style=date_style, path=path)
    if own.language == DEFAULT_LANGUAGE:
        return RecordWords(own, own.words)
    english = sheet_words(DEFAULT_LANGUAGE, date_style=date_style, path=path)
    return RecordWords(own, english.words)


def record_words_problems(path: Path | None = None) -> list[str]:
    """``file:line: what is wrong`` for each language whose record words differ in
    shape from English: the aftercare sheet's check (:func:`sheet_words_problems`)."""
    return sheet_words_problems(path if path is not None else record_words_path())


# -- the top of page one ---------------------------------------------------------


def _details(request: ConsentRecordRequest, signed: str, styles: Styles, width: float) -> Flowable:
    words = request.words
    born = words.birth_date(request.client_date_of_birth) if request.client_date_of_birth else ""
    record = "" if request.response_id is None else str(request.response_id)
    rows = [
        [(words.say("client"), request.client_name, 2), (words.say("date_of_birth"), born, 1)],
        [
            (words.say("signed_time"), signed, 1),
            (words.say("form_version"), request.form_version, 1),
            (words.say("record_number"), record, 1),
        ],
    ]
    # A record shows a dash for anything missing: a blank line would invite
    # someone to write on a document that has already been signed.
    return details_box(rows, styles, [width * 0.47, width * 0.29, width * 0.24], empty=NOT_ANSWERED)


def _keep_with_last(story: list[Flowable], tail: list[Flowable]) -> list[Flowable]:
    """``story`` with ``tail`` (the provenance lines) kept on the page of its last block.

    On its own the provenance could fall alone onto a last page (the form hash
    and nothing else, which reads as a stray sheet) or even split across two.
    When the last block is already a KeepTogether its contents are taken
    into the new one instead: a KeepTogether nested in another reports an
    "infinite" height and would push the whole block onto a page of its own.
    """
    if not story:
        return tail
    last = story[-1]
    block = list(last._content) if isinstance(last, KeepTogether) else [last]
    return [*story[:-1], KeepTogether([*block, *tail])]


def _provenance(request: ConsentRecordRequest, styles: Styles) -> Flowable:
    """Which form file this is, in full, so the record can be matched to it years later."""
    words = request.words
    parts = [words.say("provenance")]
    if request.form_sha256.strip():
        parts.append(words.say("form_sha", sha=request.form_sha256.strip()))
    return Paragraph("<br/>".join(text(part) for part in parts), styles.small)


# -- the agreed design ---------------------------------------------------------------


def _design_position(request: ConsentRecordRequest) -> int:
    """Before the first page the client signs on: they sign under the design too."""
    for index, page in enumerate(request.pages):
        if any(answer.kind == "signature" for answer in page.answers):
            return index
    return len(request.pages)


def _design(
    design: RecordDesign, words: RecordWords, styles: Styles, width: float
) -> list[Flowable]:
    """The design version approved before signing, with its pictures; or that there was none.

    In English the words given print as they are; in another language the
    design's facts (when approved, its zones) are worded afresh.
    """
    heading = Paragraph(text(words.say("design_heading")), styles.heading)
    if design.version is None:
        return [KeepTogether([heading, Paragraph(text(words.say("no_design")), styles.body)])]
    approved = design.approved
    if not words.is_english and design.approved_at is not None:
        approved = words.approved(design.approved_at)
    if not approved:
        said = words.say("design_version", version=design.version)
    elif design.approved_name:
        said = words.say(
            "design_approved", version=design.version, name=design.approved_name, when=approved
        )
    else:
        said = words.say("design_approved_unnamed", version=design.version, when=approved)
    parts: list[Flowable] = [heading, Paragraph(text(said), styles.body)]
    summary = words.known(design.summary)
    if not words.is_english and design.zone_count is not None:
        summary = words.design_summary(design.zone_count, design.session_count, design.zone_kinds)
    if summary.strip():
        parts.append(Paragraph(text(summary), styles.small))
    pictures = [
        (words.known(caption), _design_image(data, width, words))
        for caption, data in design.images[:2]
    ]
    if pictures:
        column = (width - DESIGN_IMAGE_GAP) / 2
        centred = ParagraphStyle("record_design_caption", parent=styles.small, alignment=1)
        cells = [
            [picture for _caption, picture in pictures],
            [Paragraph(text(caption), centred) for caption, _picture in pictures],
        ]
        table = Table(cells, colWidths=[column + DESIGN_IMAGE_GAP / 2] * len(pictures))
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        parts += [Spacer(1, 3), table]
    return [KeepTogether(parts)]


def _design_image(data: bytes, width: float, words: RecordWords) -> Flowable:
    from smpdesk.infra.handouts.design_page import IMAGE_LONG_SIDE, prepared_image

    prepared = prepared_image(bytes(data), IMAGE_LONG_SIDE) if data else None
    if prepared is None:
        return Paragraph(text(words.say("design_image_unreadable")), get_styles().small)
    jpeg, w, h = prepared
    scale = min((width - DESIGN_IMAGE_GAP) / 2 / w, DESIGN_IMAGE_HEIGHT / h)
    return Image(io.BytesIO(jpeg), width=w * scale, height=h * scale)


# -- the form, page by page ----------------------------------------------------------


@dataclass(frozen=True)
class _OwnStyles:
    item: ParagraphStyle
    help: ParagraphStyle
    answer: ParagraphStyle
    tick: ParagraphStyle
    tick_help: ParagraphStyle
    signature_caption: ParagraphStyle


@cache
def _own_styles() -> _OwnStyles:
    """The few styles only a record needs, derived from the shared ones."""
    styles = get_styles()
    item = ParagraphStyle("record_item", parent=styles.body, spaceBefore=5)
    tick = ParagraphStyle(
        "record_tick",
        parent=item,
        leftIndent=15,
        bulletIndent=0,
        bulletFontName=REGULAR,
        bulletFontSize=11,
    )
    return _OwnStyles(
        item=item,
        help=ParagraphStyle("record_help", parent=styles.small, spaceBefore=1),
        answer=ParagraphStyle(
            "record_answer", parent=styles.value, leftIndent=12, spaceBefore=1.5, spaceAfter=1
        ),
        tick=tick,
        tick_help=ParagraphStyle("record_tick_help", parent=styles.small, leftIndent=15),
        signature_caption=ParagraphStyle(
            "record_signed", parent=styles.small, fontSize=7.8, leading=9.8, textColor=INK
        ),
    )


@dataclass(frozen=True)
class _Signing:
    """The record's signing time in words, and the words for a signature's own time.

    ``words`` None: English in ``date_style`` (the client summary's records).
    """

    default: str
    date_style: str = "uk"
    given: RecordWords | None = None

    @cached_property
    def words(self) -> RecordWords:
        return self.given or record_words(DEFAULT_LANGUAGE, date_style=self.date_style)

    def caption(self, answer: RecordAnswer) -> str:
        if answer.signed_at is None:
            return self.words.say("signed", when=self.default)
        return self.words.say("signed", when=self.words.moment(answer.signed_at))


def _page(page: RecordPage, signed: _Signing, styles: Styles, own: _OwnStyles) -> list[Flowable]:
    """A heading, then the items; the heading always shares a page with the first of them.

    A one-paragraph intro is not enough company: "Practitioner check" and its
    intro alone at the foot of a page, with the answers overleaf, reads as an
    unanswered section. The first paragraph of what follows joins them too.
    """
    items = [_item(answer, signed, styles, own) for answer in page.answers]
    if not items:
        return [_heading(page, styles)]
    lead: list[Flowable] = [_heading(page, styles)]
    story: list[Flowable] = []
    taken = 0
    while taken < len(items):
        parts, whole = items[taken]
        taken += 1
        # Only the first paragraph of a note joins the heading: tying a whole
        # long note to it would leave half a page of white space.
        kept = len(parts) if whole else 1
        lead += parts[:kept]
        story += parts[kept:]
        if whole or len(parts) > 1 or len(lead) > 2:
            break
    story = [KeepTogether(lead), *story]
    for parts, whole in items[taken:]:
        story += [KeepTogether(parts)] if whole else parts
    return story


def _heading(page: RecordPage, styles: Styles) -> Flowable:
    return Paragraph(text(page.title), styles.heading)


def _item(
    answer: RecordAnswer, signed: _Signing, styles: Styles, own: _OwnStyles
) -> tuple[list[Flowable], bool]:
    """The item's flowables, and whether they must stay on one page.

    Returned as a list, not wrapped: a KeepTogether inside another one reports
    an "infinite" height, which would push every heading to a new page.
    """
    if answer.kind == "note":
        return _note(answer, own), False
    if answer.kind == "acknowledgement":
        return _acknowledgement(answer, signed.words, own), True
    if answer.kind == "signature":
        return _signature(answer, signed, styles, own), True
    return _question(answer, own), True


def _paragraphs(value: str) -> list[str]:
    """Text split at blank lines: a note's paragraphs stay paragraphs, not one block."""
    return [part for part in re.split(r"\n[ \t]*\n", value) if part.strip()]


def _note(answer: RecordAnswer, own: _OwnStyles) -> list[Flowable]:
    """Information the client was shown, printed whole and splittable across pages."""
    story: list[Flowable] = [Paragraph(text(part), own.item) for part in _paragraphs(answer.text)]
    if answer.help.strip():
        story.append(Paragraph(text(answer.help), own.help))
    return story or [Spacer(1, 0)]


def _question(answer: RecordAnswer, own: _OwnStyles) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(_lines(answer.text), own.item)]
    if answer.help.strip():
        parts.append(Paragraph(text(answer.help), own.help))
    given = answer.answer if answer.answer.strip() else NOT_ANSWERED
    parts.append(Paragraph(text(given), own.answer))
    return parts


def ticked(answer: RecordAnswer) -> bool:
    """Whether an acknowledgement was ticked; an empty or negative answer was not.

    A record must never show a tick the client did not make (the photo
    opt-ins are acknowledgements a client may leave unticked).
    """
    return answer.answer.strip().lower() not in _UNTICKED


def _acknowledgement(answer: RecordAnswer, words: RecordWords, own: _OwnStyles) -> list[Flowable]:
    wording = _lines(answer.text)
    if ticked(answer):
        parts: list[Flowable] = [Paragraph(wording, own.tick, bulletText="☑")]
    else:
        unticked = text(words.say("not_ticked"))
        parts = [Paragraph(f"{wording} <b>{unticked}</b>", own.tick, bulletText="☐")]
    if answer.help.strip():
        parts.append(Paragraph(text(answer.help), own.tick_help))
    return parts


def _lines(value: str) -> str:
    """Form wording for one Paragraph: paragraphs of a long statement kept apart."""
    return "<br/>".join(text(part) for part in _paragraphs(value)) or text(value)


# -- signatures --------------------------------------------------------------------


def _signature(
    answer: RecordAnswer, signed: _Signing, styles: Styles, own: _OwnStyles
) -> list[Flowable]:
    """The drawn signature sitting on a line, "Signed <when>" under it, never parted."""
    parts: list[Flowable] = []
    if answer.text.strip():
        parts.append(Paragraph(_lines(answer.text), own.item))
    if answer.help.strip():
        parts.append(Paragraph(text(answer.help), own.help))

    drawn: object = ""
    caption = signed.caption(answer)
    if not answer.signature_png:
        caption = signed.words.say("not_signed")
    else:
        prepared = signature_image(answer.signature_png)
        if prepared is None:
            unreadable = signed.words.say("signature_unreadable")
            drawn = Paragraph(text(unreadable), styles.small)
        else:
            data, w, h = prepared
            scale = min(SIGNATURE_BOX[0] / w, SIGNATURE_BOX[1] / h)
            drawn = Image(io.BytesIO(data), width=w * scale, height=h * scale)

    line_width = SIGNATURE_BOX[0] + 10 * mm
    table = Table(
        [[drawn], [Paragraph(text(caption), own.signature_caption)]],
        colWidths=[line_width],
        rowHeights=[SIGNATURE_BOX[1] + 3, None],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
                ("TOPPADDING", (0, 1), (-1, 1), 2.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ]
        )
    )
    return [*parts, Spacer(1, 2), table]


def signature_image(data: bytes) -> tuple[bytes, int, int] | None:
    """The signature as a grayscale PNG on white, with its size; None if it cannot be read.

    The bytes come from the database, so they are decoded here, with a pixel
    cap, before reportlab sees them: a damaged or hostile image then costs one
    sentence on the record instead of the whole render.  Transparency is
    flattened onto white, or some viewers would print the signature as a
    black box.
    """
    from PIL import Image as PILImage

    if len(data) > SIGNATURE_MAX_BYTES:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(data), formats=("PNG", "JPEG")) as image:
                if not 0 < image.width * image.height <= SIGNATURE_MAX_PIXELS:
                    return None
                image.load()
                pixels = image.convert("RGBA")
        flat = PILImage.new("RGBA", pixels.size, (255, 255, 255, 255))
        flat.alpha_composite(pixels)
        gray = flat.convert("L")
        gray.thumbnail((SIGNATURE_LONG_SIDE, SIGNATURE_LONG_SIDE))
        out = io.BytesIO()
        gray.save(out, "PNG", optimize=True)
        return out.getvalue(), gray.width, gray.height
    except Exception:  # any failure to read it means "say so on the record"
        return None


# -- footer ----------------------------------------------------------------------------


def _one_line(value: str) -> str:
    return " ".join(value.split())


class _Footer:
    """Whose record, which form file, which page: on every page, so one that gets
    separated from the others can still be put back and checked against the form.
    """

    def __init__(self, request: ConsentRecordRequest, width: float):
        self.width = width
        self.words = words = request.words
        version = _one_line(request.form_version)
        if version and not version.lower().startswith("v"):
            version = f"v{version}"
        self.head = " · ".join(
            part
            for part in (
                _one_line(request.client_name),
                " ".join(p for p in (_one_line(request.form_title), version) if p),
            )
            if part
        )
        sha = request.form_sha256.strip()[:12].lower()
        self.form = words.say("footer_form", sha=sha) if sha else ""
        clinic = request.clinic
        self.clinic = " · ".join(p for p in (_one_line(clinic.name), _one_line(clinic.phone)) if p)
        record = request.response_id
        self.record = "" if record is None else words.say("footer_record", number=record)

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        page = self.words.say("footer_page", number=number, total=total)
        tail = " · ".join(p for p in (self.form, page) if p)
        # Only the name and title give way to a long line; the form hash and
        # page number are what a reader checks, so they always print whole.
        room = self.width - stringWidth(f" · {tail}", REGULAR, FOOTER_SIZE)
        head = clip(self.head, room) if self.head else ""
        top = f"{head} · {tail}" if head else tail
        draw_footer(canvas, (top, ""), (self.clinic, self.record))
