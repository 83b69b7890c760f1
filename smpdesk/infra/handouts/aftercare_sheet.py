"""The aftercare sheet: a client's dated care plan, or a blank one to fill in by hand.

Page one is the clinic header (logo, name, address, the number to call), who
and when, and the day-by-day timeline grouped by topic.  Page two is the
everyday rules, what is normal beside when to call (the infection signs
California requires on the sheet), before the next session, and a notes box.
It fits two pages of A4 or Letter with the shipped wording, a long address and
a 600-character practitioner's note; the tests hold it to that (in every
language on A4; the German wording is still a few lines long for Letter).

Everything printed is a real Paragraph (searchable, selectable, read aloud by
screen readers), every piece of user text is escaped, and the only font is the
embedded DejaVu Sans (which has every letter of the shipped languages).

The sheet is printed in one language (issue 20): the care plan's wording from
that language's care-plan file, and the sheet's own words (labels, "Day 5",
the footer) from ``resources/aftercare/sheet-words.toml``.  Dates in English
follow the clinic's UK/US date style exactly as before; in any other language
they come from CLDR through Babel (imported only when such a sheet is made), so
a Polish client reads "sobota, 5 grudnia 2026" and not a hand-made table.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
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
    load_care_plan,
    timeline,
)
from smpdesk.domain.dates import format_long_date, format_short_date, format_time
from smpdesk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES, babel_locale, language_or_default
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
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
    "SheetWords",
    "fill_in_clinic",
    "render_aftercare_sheet",
    "render_aftercare_sheets",
    "sheet_words",
    "sheet_words_path",
    "sheet_words_problems",
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
    # The sheet's language (a key of languages.LANGUAGES; anything else prints
    # English), and the clinic's own locale, which picks the CLDR variant of that
    # language for dates when it is one (a Viennese clinic's German: de_AT).
    language: str = DEFAULT_LANGUAGE
    locale: str = ""

    @property
    def blank(self) -> bool:
        return self.client_name is None and self.session_date is None

    @cached_property  # read once per sheet, not per label
    def words(self) -> SheetWords:
        return sheet_words(self.language, locale=self.locale, date_style=self.date_style)


def render_aftercare_sheet(request: SheetRequest, plan: CarePlan | None = None) -> bytes:
    """The sheet as PDF bytes (two pages at most with the shipped care plan).

    Without ``plan``, the shipped care plan in the request's language.
    """
    check_paper_and_dates(request.paper, request.date_style)
    words = request.words
    plan = plan if plan is not None else load_care_plan(language=words.language)
    plan = fill_in_clinic(plan, request.clinic, words.say("no_emergency_number"))
    footer = _footer_texts(request, plan)
    return build_pdf(
        _sheet_story(request, plan),
        paper=request.paper,
        footer=lambda canvas, number, total: _footer(canvas, footer, number, total),
        title=words.say("title_one"),
        author=request.clinic.name.strip() or "smpdesk",
        subject=words.say("care_plan", version=plan.version),
    )


def render_aftercare_sheets(
    requests: Sequence[SheetRequest],
    plan: CarePlan | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    first_pages: dict[int, int] | None = None,
    plans: Mapping[str, CarePlan] | None = None,
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

    Each sheet is in its own request's language: its care plan is
    ``plans[language]`` when given, else ``plan`` when given (a test's or a
    clinic's own file, for every sheet), else the shipped one in that language.
    """
    if not requests:
        raise ValueError("render_aftercare_sheets needs at least one sheet")
    paper = requests[0].paper
    if any(r.paper != paper for r in requests):
        raise ValueError("every sheet in one file must be on the same paper")
    # sheet -> its first page, filled in as pages are laid out
    starts: dict[int, int] = first_pages if first_pages is not None else {}
    footers: list[_FooterTexts] = []
    story: list[Flowable] = []
    versions: dict[str, None] = {}  # in order, once each
    for index, request in enumerate(requests):
        check_paper_and_dates(request.paper, request.date_style)
        words = request.words
        chosen = (plans or {}).get(words.language, plan)
        if chosen is None:
            chosen = load_care_plan(language=words.language)
        versions[chosen.version] = None
        filled = fill_in_clinic(chosen, request.clinic, words.say("no_emergency_number"))
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

    # The file's own title: in the sheets' language when they share one, else the
    # clinic's (English); the subject names every care-plan version inside.
    languages = {request.words.language for request in requests}
    words = requests[0].words if len(languages) == 1 else sheet_words(DEFAULT_LANGUAGE)
    return build_pdf(
        story,
        paper=paper,
        footer=footer,
        title=words.say("title_many", count=len(requests)),
        author=requests[0].clinic.name.strip() or "smpdesk",
        subject=words.say("care_plan", version=", ".join(versions)),
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
    words = request.words
    width = content_width(request.paper)
    entries = timeline(plan, request.days, request.session_date)

    story: list[Flowable] = [
        clinic_header(request.clinic, styles, width, phone_caption=words.say("phone_caption")),
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
        _timeline_table(plan, entries, words, styles, width),
        KeepTogether(_bullets(plan.every_day, styles)),
        Spacer(1, 9),
        _normal_and_warnings(plan, styles, width),
        KeepTogether(_bullets(plan.before_next_session, styles)),
        Spacer(1, 9),
        _notes_box(request.notes, words, styles, width),
    ]
    if plan.closing:
        story += [Spacer(1, 6), Paragraph(rich(plan.closing), styles.strong)]
    return story


def fill_in_clinic(
    plan: CarePlan, clinic: ClinicInfo, no_number: str = NO_EMERGENCY_NUMBER
) -> CarePlan:
    """The care plan with :data:`EMERGENCY_PLACEHOLDER` replaced wherever it is written.

    Plain replacement, not ``str.format``: the wording is the clinic's to edit, and a
    stray brace elsewhere must print as written rather than fail.  The value is
    escaped later with the rest of the wording.  ``no_number`` is what a clinic
    without an emergency number gets, in the plan's language.
    """
    number = " ".join(clinic.emergency_number.split()) or no_number

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
    words = request.words
    treated = words.long_date(request.session_date) if request.session_date else ""
    appointment = words.appointment(request.next_appointment) if request.next_appointment else ""
    rows = [
        [
            (words.say("client"), request.client_name or "", 1),
            (words.say("treatment_date"), treated, 1),
            (words.say("session"), request.session_label, 1),
        ],
        [
            (words.say("practitioner"), request.practitioner, 1),
            (words.say("next_appointment"), appointment, 2),
        ],
    ]
    return details_box(rows, styles, [width * 0.35, width * 0.40, width * 0.25])


# -- timeline ---------------------------------------------------------------


def _timeline_note(plan: CarePlan, request: SheetRequest, styles: Styles) -> Paragraph:
    note = text(plan.timeline_note)
    if request.session_date:
        words = request.words
        day_one = rich(words.say("day_one", date=words.long_date(request.session_date)))
        note = f"{note} {day_one}".strip()
    return Paragraph(note, styles.small)


def _timeline_table(
    plan: CarePlan, entries: list[TimelineEntry], words: SheetWords, styles: Styles, width: float
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
    topic_width, when_width = 25 * mm, 36 * mm  # English: the widths it was laid out with
    if words.language != DEFAULT_LANGUAGE:
        topics = [word for topic in groups for word in topic.split()]
        topic_width = _column_width(topics, styles.strong, topic_width, 34 * mm)
        # A range may wrap at its dash (its dates hold together): each side on one line.
        labels = [
            part
            for entry in entries
            for part in (words.dates(entry) if dated else words.days(entry)).split(" – ")
        ]
        when_width = _column_width(labels, styles.strong, when_width, 48 * mm)
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
            label = words.dates(entry) if dated else words.days(entry)
            when: list[Flowable] = [Paragraph(escape(label), styles.strong)]
            if dated:
                when.append(Paragraph(escape(words.days(entry, small=True)), styles.small))
            topic_style = _fitting(styles.strong, topic.split(), topic_width - 12)
            topic_cell = Paragraph(text(topic), topic_style) if len(rows) == first else ""
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
    table = Table(rows, colWidths=[topic_width, when_width, width - topic_width - when_width])
    table.setStyle(table_style(commands))
    return table


def _fitting(style: Any, words: Sequence[str], room: float) -> Any:
    """``style``, or a smaller size of it (down to 7 pt) so that no word in ``words``
    is wider than ``room``: a long German compound ("Feuchtigkeitscreme") in the
    topic column would otherwise be cut mid-word with no hyphen."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0)
    if widest <= room:
        return style
    size = max(7.0, style.fontSize * room / widest)
    return ParagraphStyle(
        "fitted", parent=style, fontSize=size, leading=style.leading * size / style.fontSize
    )


def _column_width(texts: Sequence[str], style: Any, least: float, most: float) -> float:
    """``least``, or wide enough for the longest text on one line (with the cell's
    padding), up to ``most``.

    The English sheet keeps the narrow columns it was laid out with (its text is
    unchanged by translation); a German topic ("Feuchtigkeitscreme") is one word
    that cannot wrap, and a Spanish "Hasta el mar, 1 dic" would break off its month.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    needed = max((stringWidth(t, style.fontName, style.fontSize) for t in texts), default=0)
    return min(max(least, needed + 12 + 1), most)


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


def _notes_box(notes: str, words: SheetWords, styles: Styles, width: float) -> Table:
    """The practitioner's notes, typed or handwritten; always some room left to write."""
    content: list[Flowable] = [Paragraph(text(words.say("notes")), styles.strong)]
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


@dataclass(frozen=True)
class _FooterTexts:
    clinic: str
    who: str
    version: str
    words: SheetWords  # for "Page X of Y", known only when the pages are


def _footer_texts(request: SheetRequest, plan: CarePlan) -> _FooterTexts:
    """Clinic and phone, whose sheet it is, and the care-plan version.

    They repeat on every page, so a page that gets separated still says whose
    it is and whom to call, and which wording the client was given.
    """
    words = request.words
    clinic = " · ".join(
        part for part in (request.clinic.name.strip(), request.clinic.phone.strip()) if part
    )
    who = ""
    if request.client_name and request.client_name.strip():
        name = " ".join(request.client_name.split())
        if request.session_date:
            treated = words.long_date(request.session_date)
            who = words.say("for_client_treated", name=name, date=treated)
        else:
            who = words.say("for_client", name=name)
    return _FooterTexts(clinic, who, words.say("care_plan", version=plan.version), words)


def _footer(canvas: Canvas, footer: _FooterTexts, number: int, total: int) -> None:
    page = footer.words.say("page", number=number, total=total)
    draw_footer(canvas, (footer.clinic, page), (footer.who, footer.version))


# -- the sheet's own words, in its language ------------------------------------------


def sheet_words_path() -> Path:
    from smpdesk.paths import resources_dir

    return resources_dir() / "aftercare" / "sheet-words.toml"


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_SESSION_TYPES = "session_types"


@dataclass(frozen=True)
class SheetWords:
    """The sheet's own words and dates in one language.

    ``say(key, name=value)`` fills ``{name}`` by plain replacement, like the
    emergency number in the care plan: the file is a clinic's to edit, and a
    stray brace must print as written rather than fail.  A key a language lacks
    prints in English (:func:`sheet_words_problems` names it), never a KeyError
    in front of a client.
    """

    language: str
    locale: str  # the CLDR locale for dates (unused for English: the date style rules)
    date_style: str
    words: Mapping[str, str]
    session_types: Mapping[str, str] = field(default_factory=dict)

    def say(self, key: str, **values: object) -> str:
        result = self.words[key]
        for name, value in values.items():
            result = result.replace("{" + name + "}", str(value))
        return result

    def session_type(self, code: str) -> str:
        """A session type's printed name ("2.ª sesión"); an unknown code as it is."""
        return self.session_types.get(code, code)

    # dates: English as the clinic's UK/US style always printed them; others from CLDR
    def long_date(self, day: date) -> str:
        """``Saturday 28 November 2026``; ``sobota, 28 listopada 2026``."""
        if self.language == DEFAULT_LANGUAGE:
            return format_long_date(day, self.date_style)
        from babel.dates import format_date

        return str(format_date(day, "full", locale=self.locale))

    def short_date(self, day: date) -> str:
        """``Sat 28 Nov``; ``Sa., 28. Nov.``: the timeline's narrow column."""
        if self.language == DEFAULT_LANGUAGE:
            return format_short_date(day, self.date_style)
        from babel.dates import format_skeleton

        # Unbreakable inside: a range wraps at its dash, never between day and month.
        return str(format_skeleton("MMMEd", day, locale=self.locale)).replace(" ", "\xa0")

    def appointment(self, when: datetime) -> str:
        """The date, and the time unless midnight (an appointment stored without one:
        "at 00:00" on a handout would send a client to a locked door)."""
        day = self.long_date(when.date())
        if not (when.hour or when.minute):
            return day
        if self.language == DEFAULT_LANGUAGE:
            clock = format_time(when, self.date_style)
        else:
            from babel.dates import format_time as babel_time

            clock = str(babel_time(when.time(), "short", locale=self.locale))
        return self.say("appointment_at", date=day, time=clock)

    def days(self, entry: TimelineEntry, *, small: bool = False) -> str:
        """``Days 1–4``, ``Day 5``, ``From day 6`` (``small``: the line under a date)."""
        suffix = "_small" if small else ""
        if entry.end_day is None:
            return self.say("from_day" + suffix, day=entry.start_day)
        if entry.end_day == entry.start_day:
            return self.say("day" + suffix, day=entry.start_day)
        return self.say("days" + suffix, first=entry.start_day, last=entry.end_day)

    def dates(self, entry: TimelineEntry) -> str:
        """``Until Tue 1 Dec``, ``From Wed 2 Dec``, ``Sat 5 – Sun 6 Dec``; day numbers
        when the entry has no dates (the blank sheet).

        No year: every date is within weeks of the treatment date, printed in
        full beside the timeline.
        """
        if entry.start is None:
            return self.days(entry)
        start = self.short_date(entry.start)
        if entry.end is None:
            return self.say("from_date", date=start)
        end = self.short_date(entry.end)
        if entry.start_day == 1 and entry.end_day != 1:
            return self.say("until_date", date=end)
        if entry.end == entry.start:
            return start
        if (
            self.language == DEFAULT_LANGUAGE
            and self.date_style == "uk"
            and (entry.start.year, entry.start.month) == (entry.end.year, entry.end.month)
        ):
            # The month once keeps the range on one line of a narrow column.
            start = start.rsplit(" ", 1)[0]
        return self.say("date_range", first=start, last=end)


_words_cache: dict[Path, tuple[int, int, dict[str, Any]]] = {}


def _read_words(path: Path) -> dict[str, Any]:
    """The file's tables, cached until it changes; a broken file is one sentence."""
    try:
        stat = path.stat()
        cached = _words_cache.get(path)
        if cached and cached[:2] == (stat.st_mtime_ns, stat.st_size):
            return cached[2]
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "The words file {path} could not be read ({reason}); "
                "restore the file or reinstall smpdesk.",
            ),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{path}: {problem}; correct the file or reinstall smpdesk.",
            ),
            path=path,
            problem=exc,
        ) from exc
    _words_cache[path] = (stat.st_mtime_ns, stat.st_size, data)
    return data


def _texts(table: object) -> dict[str, str]:
    if not isinstance(table, dict):
        return {}
    return {key: value for key, value in table.items() if isinstance(value, str)}


def sheet_words(
    language: str = DEFAULT_LANGUAGE,
    *,
    locale: str = "",
    date_style: str = "uk",
    path: Path | None = None,
) -> SheetWords:
    """The sheet's words in ``language`` ("" or unknown: English).

    ``locale`` is the clinic's own (``settings.locale``): dates use it when it is
    a variant of ``language``, else that language's main locale.
    """
    code = language_or_default(language)
    path = path if path is not None else sheet_words_path()
    data = _read_words(path)
    english = data.get(DEFAULT_LANGUAGE)
    if not isinstance(english, dict) or not _texts(english):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "{path}: the [{default_language}] table is missing; reinstall smpdesk.",
            ),
            path=path,
            default_language=DEFAULT_LANGUAGE,
        )
    own = data.get(code) if isinstance(data.get(code), dict) else {}
    words = {**_texts(english), **_texts(own)}
    types = {
        **_texts(english.get(_SESSION_TYPES)),
        **_texts(own.get(_SESSION_TYPES) if isinstance(own, dict) else None),
    }
    return SheetWords(
        language=code,
        locale=babel_locale(code, locale),
        date_style=date_style,
        words=words,
        session_types=types,
    )


def sheet_words_problems(path: Path | None = None) -> list[str]:
    """``file:line: what is wrong`` for each language whose words differ in shape from
    English: a missing or extra key, or different ``{placeholders}`` or ``**`` marks.

    The check a translator (or a clinic rewording the file) runs before printing.
    """
    path = path if path is not None else sheet_words_path()
    try:
        data = _read_words(path)
    except UserError as exc:
        return [str(exc)]
    lines = path.read_text(encoding="utf-8").splitlines()

    def line_of(table: str, key: str | None = None) -> int:
        current = ""
        found = 0
        for number, line in enumerate(lines, start=1):
            stripped = line.strip()
            if stripped.startswith("["):
                current = stripped.strip("[]").strip()
                if current == table and key is None:
                    return number
                if current == table:
                    found = found or number
                continue
            if (
                key is not None
                and current == table
                and re.match(rf"^[\"']?{re.escape(key)}[\"']?\s*=", stripped)
            ):
                return number
        return found

    problems: list[str] = []
    english = data.get(DEFAULT_LANGUAGE)
    if not isinstance(english, dict):
        return [f"{path}: the [{DEFAULT_LANGUAGE}] table is missing."]

    def compare(reference: Mapping[str, Any], other: Mapping[str, Any], table: str) -> None:
        ref, own = _texts(reference), _texts(other)
        for key in ref:
            if key not in own:
                problems.append(
                    f"{path}:{line_of(table)}: [{table}] has no {key!r} (English: {ref[key]!r})."
                )
            elif sorted(_PLACEHOLDER.findall(ref[key])) != sorted(_PLACEHOLDER.findall(own[key])):
                problems.append(
                    f"{path}:{line_of(table, key)}: [{table}] {key!r} must use the placeholders "
                    f"of English: {', '.join(_PLACEHOLDER.findall(ref[key])) or 'none'}."
                )
            elif ref[key].count("**") != own[key].count("**"):
                problems.append(
                    f"{path}:{line_of(table, key)}: [{table}] {key!r} must have the same "
                    "**bold** marks as English."
                )
        for key in own:
            if key not in ref:
                problems.append(
                    f"{path}:{line_of(table, key)}: [{table}] {key!r} is not a key "
                    "of English; remove it or correct its name."
                )

    for code in LANGUAGES:
        own = data.get(code)
        if not isinstance(own, dict):
            problems.append(f"{path}: there is no [{code}] table ({LANGUAGES[code]}).")
            continue
        if code != DEFAULT_LANGUAGE:
            compare(english, own, code)
            compare(
                english.get(_SESSION_TYPES) or {},
                own.get(_SESSION_TYPES) or {},
                f"{code}.{_SESSION_TYPES}",
            )
    return problems
