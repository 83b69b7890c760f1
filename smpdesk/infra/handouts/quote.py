"""The quote a client takes home: "Your treatment plan", its sessions, prices and deposit.

A client decides on a course of treatment worth a month's wages from this
paper, often days later and at home, so it has to answer every question on its
own: who it is for and from whom, each planned session with its proposed date
and price, the package discount, the tax, the total in large type, the deposit
that secures the first date and how to pay it, until when the price holds, the
clinic's terms, and where to sign (or, once accepted, who signed and when).
The design the plan is built on, when there is one, follows on its own page,
drawn by :func:`smpdesk.infra.handouts.design_page.design_flowables` so it is
the very page the client approved.

Money is worked out here from the lines the caller passes, with
:func:`smpdesk.domain.price_list.tax_lines`, so every amount printed adds up:
the session prices, minus the discount, plus the tax when prices exclude it,
make the printed total, to the minor unit.  When the caller passes the plan's
own total as well, a disagreement is a bug and raises rather than printing a
quote whose lines do not add up.

The caller (``app.plans``) builds a :class:`QuoteRequest`: plain, already
formatted text (names, dates in the quote's language) and
:class:`~smpdesk.domain.money.Money` amounts.  All typed text is escaped, so
"<b>" in a name, a label or the terms prints as typed.

Language (issue 20): ``language`` is the client's preferred one ("" = the
clinic's own, English).  The quote's own words, and the design page's, come from
``resources/i18n/quote-words.toml`` (:mod:`smpdesk.infra.handouts.quote_words`);
the clinic's own text (service and package names, the tax's name, the terms)
prints as written, and amounts keep the clinic's currency formatting.  English
prints exactly as it always did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from smpdesk.domain.money import Money, format_money
from smpdesk.domain.price_list import as_rate, tax_lines
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.handouts.design_page import DesignPage, design_flowables, signed_box
from smpdesk.infra.handouts.fonts import BOLD, ensure_fonts
from smpdesk.infra.handouts.layout import (
    PAPER,
    ClinicInfo,
    RuledLines,
    build_pdf,
    clinic_header,
    content_width,
    details_box,
    draw_footer,
)
from smpdesk.infra.handouts.quote_words import QuoteWords, quote_words
from smpdesk.infra.handouts.styles import (
    ACCENT,
    ACCENT_TINT,
    INK,
    MUTED,
    RULE,
    Styles,
    get_styles,
    table_style,
    text,
)

__all__ = [
    "DEFAULT_HOW_TO_PAY",
    "ClinicInfo",
    "DesignPage",
    "QuoteLine",
    "QuoteRequest",
    "QuoteTotals",
    "quote_totals",
    "render_quote",
]

# English, as the [en] table of resources/i18n/quote-words.toml has them (the words
# printed come from there, in the quote's language).
TITLE = "Your treatment plan"
NOTHING = "—"
TO_BE_ARRANGED = "To be arranged"
DEFAULT_HOW_TO_PAY = (
    "Pay the deposit at the clinic by card or in cash, or by bank transfer (ask us for "
    "the bank details). You get a receipt for it, and it is taken off the total."
)
DATES_NOTE = (
    "Proposed dates are a guide, spaced for healing between sessions; each date is "
    "confirmed when you book it."
)
SIGNATURE_BOX = (60 * mm, 20 * mm)
MAX_LINES = 200  # a plan is a handful of sessions; more is a bug or hostile data


@dataclass(frozen=True)
class QuoteLine:
    """One planned session as it prints.

    ``session``: what it is, e.g. the plan item's label, or the session type's
    name in the quote's language ("1st session", "1. sesja") when the label is
    empty or that name.  ``detail``: an optional second, smaller line (e.g. the
    session type's name when the label is the clinic's own wording).
    ``proposed_date``: formatted in the quote's language (English: the clinic's
    date style); "" prints "To be arranged" in that language.  ``price``: that
    session's list price (the package discount is a separate amount on the
    request, never taken off here).
    """

    session: str
    proposed_date: str
    price: Money
    detail: str = ""


@dataclass(frozen=True)
class QuoteRequest:
    """Everything the quote prints; ``app.plans`` builds it from a saved plan.

    Text is plain and already formatted (dates in ``language``, English ones in
    the clinic's date style); amounts are :class:`Money` in one currency.
    From ``domain.plans.Plan``:
    ``lines`` from its items, ``package``, ``discount``, ``prices_include_tax``,
    ``tax_rate_percent``, ``tax_name``, ``deposit``, ``valid_until`` (formatted),
    ``terms``, ``notes``; ``total`` may be ``plan.total`` (then checked against
    what the lines add up to).  From the plan record: ``plan_id``, ``version``,
    ``issued`` (created_at, formatted), ``prepared_by`` (created_by_name) and,
    once accepted, ``accepted_at`` (formatted), ``accepted_name`` and
    ``signature_png`` (the stored PNG; decoded safely here).  ``design``: the
    approved design as ``design_page.DesignPage`` (images as stored bytes), or
    None; it prints on a page of its own after the quote.
    """

    clinic: ClinicInfo
    client_name: str
    lines: tuple[QuoteLine, ...]
    deposit: Money  # zero = no deposit asked
    valid_until: str  # formatted: "5 January 2027"
    issued: str  # the date the plan was made, formatted
    plan_id: int = 0  # 0 = a draft not saved yet (printed as "Draft")
    version: int = 1
    client_number: str = ""
    prepared_by: str = ""
    package: str = ""  # the price-list package the discount comes from ("" = none)
    discount: Money | None = None  # >= 0; None or zero = no discount line
    prices_include_tax: bool = True
    tax_rate_percent: Decimal = Decimal(0)  # 0 = no tax line
    tax_name: str = "VAT"
    total: Money | None = None  # the plan's own total, to cross-check (None = not checked)
    how_to_pay: str = DEFAULT_HOW_TO_PAY
    terms: str = ""
    notes: str = ""
    accepted_at: str = ""  # "" = not accepted yet: signature lines print instead
    accepted_name: str = ""
    signature_png: bytes | None = None
    design: DesignPage | None = None
    printed: str = ""  # when printed, formatted ("" = left out of the footer)
    locale: str = "en_GB"  # the clinic's: amounts are written as it writes them
    paper: str = "A4"  # "A4" | "Letter"
    language: str = ""  # the client's preferred language ("" = the clinic's own, English)

    @property
    def words(self) -> QuoteWords:
        """The quote's own words in its language (dates come formatted by the caller)."""
        return quote_words(self.language, locale=self.locale)


@dataclass(frozen=True)
class QuoteTotals:
    """The amounts the quote prints below the sessions; they always add up.

    ``subtotal`` (the session prices) - ``discount`` = ``after_discount``;
    with tax included that is ``total`` and ``tax`` is the part of it that is
    tax; with tax excluded ``net`` + ``tax`` = ``total``.
    """

    subtotal: Money
    discount: Money
    after_discount: Money
    net: Money
    tax: Money
    total: Money
    deposit: Money
    remaining: Money  # total - deposit


def quote_totals(request: QuoteRequest) -> QuoteTotals:
    """The quote's amounts, worked out once from its lines (the renderer and tests use it).

    ValueError (a caller's bug, not a user's mistake) on mixed currencies, a
    negative amount, a discount over the subtotal, a deposit over the total, or
    a ``total`` that disagrees with the lines.
    """
    currency = request.deposit.currency
    amounts = [line.price for line in request.lines] + [request.deposit]
    if request.discount is not None:
        amounts.append(request.discount)
    if request.total is not None:
        amounts.append(request.total)
    if any(m.currency != currency for m in amounts):
        raise ValueError("every amount on a quote must be in one currency")
    if any(m.minor < 0 for m in amounts):
        raise ValueError("quote amounts are never negative")
    subtotal = sum((line.price for line in request.lines), Money.zero(currency))
    discount = request.discount or Money.zero(currency)
    if discount > subtotal:
        raise ValueError("the discount is more than the sessions cost")
    after = subtotal - discount
    net, tax, gross = tax_lines(
        [after], include=request.prices_include_tax, rate=as_rate(request.tax_rate_percent)
    )
    if request.total is not None and request.total != gross:
        raise ValueError(
            f"the plan's total {request.total} is not what its lines add up to {gross}"
        )
    if request.deposit > gross:
        raise ValueError("the deposit is more than the total")
    return QuoteTotals(
        subtotal, discount, after, net, tax, gross, request.deposit, gross - request.deposit
    )


def _check(request: QuoteRequest) -> None:
    if request.paper not in PAPER:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "The paper size must be A4 or Letter; choose one in the clinic settings.",
            )
        )
    if len(request.lines) > MAX_LINES:
        raise ValueError(f"a quote holds at most {MAX_LINES} sessions")


def render_quote(request: QuoteRequest) -> bytes:
    """The quote as PDF bytes on the clinic's paper: the plan, then the design page if any."""
    _check(request)
    totals = quote_totals(request)
    ensure_fonts()
    styles = get_styles()
    own = _own_styles(styles)
    width = content_width(request.paper)
    money = _Formatter(request.locale)
    words = request.words

    story: list[Flowable] = [
        clinic_header(request.clinic, styles, width, phone_caption=words.say("phone_caption")),
        Spacer(1, 10),
        _title_row(request, words, own, width),
        Spacer(1, 6),
        _details(request, words, styles, width),
        Spacer(1, 10),
        _sessions_table(request, totals, money, words, own, width),
        Spacer(1, 4),
        Paragraph(text(words.say("dates_note")), styles.small),
        Spacer(1, 8),
    ]
    if totals.deposit.minor > 0:
        story += [_deposit_box(request, totals, money, words, own, width), Spacer(1, 8)]
    story.append(Paragraph(text(_validity_line(request, words)), own.strong_line))
    notes = request.notes.strip()
    if notes:
        story += [Paragraph(text(words.say("notes")), styles.heading)]
        story += _paragraphs(notes, styles.body)
    if request.design is not None:
        follows = words.say("design_follows", version=request.design.version)
        story.append(Paragraph(text(follows), styles.body))
    terms = request.terms.strip()
    if terms:
        story += [Paragraph(text(words.say("terms")), styles.heading)]
        story += _paragraphs(terms, own.terms)
    story += [Spacer(1, 4), _acceptance(request, totals, money, words, styles, own, width)]
    if request.design is not None:
        design = replace(request.design, client_name="")
        story += [PageBreak(), *design_flowables(design, width, words)]

    footer = _Footer(request, words)
    clinic_name = _one_line(request.clinic.name)
    return build_pdf(
        story,
        paper=request.paper,
        footer=footer.draw,
        title=words.say("pdf_title", name=_one_line(request.client_name)),
        author=clinic_name or "smpdesk",
        subject=words.say("treatment_plan", reference=_reference(request, words)),
    )


# -- pieces ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Own:
    big_title: ParagraphStyle
    reference: ParagraphStyle
    sub: ParagraphStyle
    sub_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    detail: ParagraphStyle
    sum_label: ParagraphStyle
    sum_right: ParagraphStyle
    total_label: ParagraphStyle
    total: ParagraphStyle
    deposit_title: ParagraphStyle
    deposit_amount: ParagraphStyle
    box: ParagraphStyle
    strong_line: ParagraphStyle
    terms: ParagraphStyle


def _own_styles(styles: Styles) -> _Own:
    body = styles.body
    return _Own(
        big_title=ParagraphStyle("q_title", parent=body, fontName=BOLD, fontSize=22, leading=26),
        reference=ParagraphStyle(
            "q_ref", parent=body, fontName=BOLD, fontSize=12, leading=15, alignment=TA_RIGHT
        ),
        sub=ParagraphStyle("q_sub", parent=body, fontSize=9, leading=12, textColor=MUTED),
        sub_right=ParagraphStyle(
            "q_sub_right", parent=body, fontSize=9, leading=12, textColor=MUTED, alignment=TA_RIGHT
        ),
        head=ParagraphStyle("q_head", parent=styles.label),
        head_right=ParagraphStyle("q_head_right", parent=styles.label, alignment=TA_RIGHT),
        cell=ParagraphStyle("q_cell", parent=body, fontSize=9.8, leading=12.4),
        cell_bold=ParagraphStyle(
            "q_cell_bold", parent=body, fontName=BOLD, fontSize=10, leading=13
        ),
        cell_right=ParagraphStyle(
            "q_cell_right", parent=body, fontSize=9.8, leading=12.4, alignment=TA_RIGHT
        ),
        detail=ParagraphStyle("q_detail", parent=styles.small, fontSize=8, leading=10),
        sum_label=ParagraphStyle("q_sum_label", parent=body, fontSize=10, leading=13),
        sum_right=ParagraphStyle(
            "q_sum_right", parent=body, fontSize=10, leading=13, alignment=TA_RIGHT
        ),
        total_label=ParagraphStyle(
            "q_total_label", parent=body, fontName=BOLD, fontSize=13, leading=17
        ),
        total=ParagraphStyle(
            "q_total",
            parent=body,
            fontName=BOLD,
            fontSize=18,
            leading=22,
            alignment=TA_RIGHT,
            textColor=ACCENT,
        ),
        deposit_title=ParagraphStyle(
            "q_dep_title", parent=body, fontName=BOLD, fontSize=11.5, leading=14.5, textColor=ACCENT
        ),
        deposit_amount=ParagraphStyle(
            "q_dep_amount",
            parent=body,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            alignment=TA_RIGHT,
            textColor=ACCENT,
        ),
        box=ParagraphStyle("q_box", parent=body, fontSize=9.2, leading=12),
        strong_line=ParagraphStyle("q_strong", parent=styles.strong, fontSize=9.5, leading=12.5),
        terms=ParagraphStyle("q_terms", parent=body, fontSize=8.2, leading=10.6, spaceAfter=3),
    )


class _Formatter:
    def __init__(self, locale: str) -> None:
        self.locale = locale

    def __call__(self, amount: Money) -> str:
        return format_money(amount, self.locale)

    def minus(self, amount: Money) -> str:
        # A true minus sign: a hyphen before an amount is easily missed on paper.
        return "−" + format_money(amount, self.locale)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _reference(request: QuoteRequest, words: QuoteWords) -> str:
    if request.plan_id <= 0:
        return words.say("reference_draft", version=request.version)
    return words.say("reference", number=request.plan_id, version=request.version)


def _paragraphs(value: str, style: ParagraphStyle) -> list[Flowable]:
    """Blank-line separated paragraphs; single line breaks kept inside each."""
    blocks = [b for b in value.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return [Paragraph(text(block), style) for block in blocks]


def _plain_table(rows: list[list[object]], widths: Sequence[float], commands: list[tuple]) -> Table:
    table = Table(rows, colWidths=list(widths))
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *commands,
            ]
        )
    )
    return table


def _title_row(request: QuoteRequest, words: QuoteWords, own: _Own, width: float) -> Table:
    """ "Your treatment plan" large; the plan's number and version on the right."""
    by = _one_line(request.prepared_by)
    made = _one_line(request.issued)
    parts = (
        words.say("prepared_on", date=made) if made else "",
        words.say("prepared_by", name=by) if by else "",
    )
    line = " ".join(p for p in parts if p)
    left: list[Flowable] = [Paragraph(text(words.say("title")), own.big_title)]
    if line:
        left.append(Paragraph(text(line), own.sub))
    number = (
        words.say("draft")
        if request.plan_id <= 0
        else words.say("plan_number", number=request.plan_id)
    )
    right: list[Flowable] = [
        Spacer(1, 5),
        Paragraph(text(number), own.reference),
        Paragraph(text(words.say("version", version=request.version)), own.sub_right),
    ]
    return _plain_table([[left, right]], [width * 0.64, width * 0.36], [])


def _details(request: QuoteRequest, words: QuoteWords, styles: Styles, width: float) -> Table:
    return details_box(
        [
            [
                (words.say("prepared_for"), _one_line(request.client_name), 1),
                (words.say("client_number"), _one_line(request.client_number), 1),
                (words.say("price_valid_until"), _one_line(request.valid_until), 1),
            ]
        ],
        styles,
        [width * 0.46, width * 0.22, width * 0.32],
        empty=NOTHING,
    )


def _tax_label(request: QuoteRequest, words: QuoteWords) -> str:
    rate = as_rate(request.tax_rate_percent)
    name = _one_line(request.tax_name) or words.say("tax")
    return f"{name} {format(rate.normalize(), 'f')}%"


def _sessions_table(
    request: QuoteRequest,
    totals: QuoteTotals,
    money: _Formatter,
    words: QuoteWords,
    own: _Own,
    width: float,
) -> Table:
    """The sessions, then discount, tax and the total: every amount in one right-hand column."""
    rows: list[list[object]] = [
        [
            Paragraph(text(words.say("head_number")), own.head),
            Paragraph(text(words.say("head_session")), own.head),
            Paragraph(text(words.say("head_date")), own.head),
            Paragraph(text(words.say("head_price")), own.head_right),
        ]
    ]
    for number, line in enumerate(request.lines, start=1):
        what: list[Flowable] = [Paragraph(text(_one_line(line.session) or NOTHING), own.cell)]
        if line.detail.strip():
            what.append(Paragraph(text(_one_line(line.detail)), own.detail))
        rows.append(
            [
                Paragraph(str(number), own.cell),
                what,
                Paragraph(
                    text(_one_line(line.proposed_date) or words.say("to_be_arranged")), own.cell
                ),
                Paragraph(text(money(line.price)), own.cell_right),
            ]
        )
    if not request.lines:
        rows.append(["", Paragraph(text(words.say("no_sessions")), own.cell), "", ""])
    last_line = len(rows) - 1

    sums: list[tuple[str, str]] = []
    has_tax = totals.tax.minor != 0 or as_rate(request.tax_rate_percent) > 0
    if totals.discount.minor > 0:
        sums.append((words.say("sessions"), money(totals.subtotal)))
        package = _one_line(request.package)
        label = words.say("package_discount", package=package) if package else words.say("discount")
        sums.append((label, money.minus(totals.discount)))
    if has_tax and not request.prices_include_tax:
        if totals.discount.minor > 0 or len(request.lines) > 1:
            tax = _one_line(request.tax_name) or words.say("tax_lower")
            sums.append((words.say("total_before_tax", tax=tax), money(totals.net)))
        sums.append((words.say("plus_tax", tax=_tax_label(request, words)), money(totals.tax)))
    for label, amount in sums:
        rows.append(
            ["", Paragraph(text(label), own.sum_label), "", Paragraph(text(amount), own.sum_right)]
        )
    total_row = len(rows)
    rows.append(
        [
            Paragraph(text(words.say("total")), own.total_label),
            "",
            Paragraph(text(money(totals.total)), own.total),
            "",
        ]
    )
    if has_tax and request.prices_include_tax:
        rows.append(
            [
                "",
                Paragraph(
                    text(
                        words.say(
                            "includes_tax", tax=_tax_label(request, words), amount=money(totals.tax)
                        )
                    ),
                    own.detail,
                ),
                "",
                "",
            ]
        )

    widths = [width * f for f in (0.06, 0.46, 0.28, 0.20)]
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (0, -1), 2),  # room for "199" in the narrow # column
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
        ("LINEBELOW", (0, 1), (-1, last_line), 0.4, RULE),
        ("LINEBELOW", (0, last_line), (-1, last_line), 0.8, INK),
        ("TOPPADDING", (0, total_row), (-1, total_row), 6),
        ("BOTTOMPADDING", (0, total_row), (-1, total_row), 6),
        ("VALIGN", (0, total_row), (-1, total_row), "BOTTOM"),
        ("LINEBELOW", (0, total_row), (-1, total_row), 1.2, ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]
    # Sums read across the session and date columns; the total's amount takes the
    # date and price columns, so a five-figure total never wraps.
    for row in range(last_line + 1, len(rows)):
        if row == total_row:
            commands += [
                ("SPAN", (0, row), (1, row)),
                ("SPAN", (2, row), (3, row)),
                ("LEFTPADDING", (0, row), (0, row), 6 + widths[0]),  # under the sessions
            ]
        else:
            commands.append(("SPAN", (1, row), (2, row)))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _deposit_box(
    request: QuoteRequest,
    totals: QuoteTotals,
    money: _Formatter,
    words: QuoteWords,
    own: _Own,
    width: float,
) -> Table:
    """The deposit that secures the first date, large, with how to pay it."""
    left: list[Flowable] = [
        Paragraph(text(words.say("deposit_title")), own.deposit_title),
        Spacer(1, 2),
    ]
    # The shipped wording is in the quote's language; a clinic's own is printed as written.
    how = request.how_to_pay
    how = (words.say("how_to_pay") if how == DEFAULT_HOW_TO_PAY else how).strip()
    if how:
        left.append(Paragraph(text(how), own.box))
    remaining = words.say("deposit_remaining", amount=money(totals.remaining))
    left.append(Paragraph(text(remaining), own.box))
    box = Table(
        [[left, Paragraph(text(money(totals.deposit)), own.deposit_amount)]],
        colWidths=[width * 0.72, width * 0.28],
    )
    box.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_TINT),
                ("BOX", (0, 0), (-1, -1), 1.0, ACCENT),
                ("VALIGN", (0, 0), (0, 0), "TOP"),
                ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return KeepTogether([box])


def _validity_line(request: QuoteRequest, words: QuoteWords) -> str:
    until = _one_line(request.valid_until)
    if not until:
        return words.say("valid_until_ask")
    return words.say("valid_until_line", date=until)


def _acceptance(
    request: QuoteRequest,
    totals: QuoteTotals,
    money: _Formatter,
    words: QuoteWords,
    styles: Styles,
    own: _Own,
    width: float,
) -> Flowable:
    """Lines to sign on, or who accepted the plan, when, over their signature."""
    heading = Paragraph(text(words.say("accepting")), styles.heading)
    accept = "accept_with_terms" if request.terms.strip() else "accept"
    statement = Paragraph(text(words.say(accept, amount=money(totals.total))), styles.body)
    if not request.accepted_at.strip():
        column = (width - 10 * mm) / 2
        captions = ParagraphStyle("q_caption", parent=styles.small, spaceBefore=2)
        lines = Table(
            [
                [RuledLines(1, 24, INK), "", RuledLines(1, 24, INK)],
                [
                    Paragraph(text(words.say("client_signature")), captions),
                    "",
                    Paragraph(text(words.say("date")), captions),
                ],
                [RuledLines(1, 22, INK), "", RuledLines(1, 22, INK)],
                [
                    Paragraph(text(words.say("name_in_capitals")), captions),
                    "",
                    Paragraph(text(words.say("for_the_clinic")), captions),
                ],
            ],
            colWidths=[column, 10 * mm, column],
        )
        lines.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return KeepTogether([heading, statement, Spacer(1, 4), lines])

    who = _one_line(request.accepted_name) or NOTHING
    left = [
        Paragraph(text(words.say("accepted_by_client")), styles.strong),
        Paragraph(text(words.say("signed_as", name=who)), styles.body),
        Paragraph(text(words.say("signed_on", date=_one_line(request.accepted_at))), styles.body),
    ]
    table = signed_box(left, request.signature_png, width, styles, words)
    return KeepTogether([heading, statement, Spacer(1, 4), table])


class _Footer:
    def __init__(self, request: QuoteRequest, words: QuoteWords) -> None:
        self.words = words
        who = _one_line(request.client_name)
        what = words.say("treatment_plan", reference=_reference(request, words))
        self.head = f"{who} · {what}" if who else what
        clinic = request.clinic
        self.clinic = " · ".join(p for p in (_one_line(clinic.name), _one_line(clinic.phone)) if p)
        until = _one_line(request.valid_until)
        printed = _one_line(request.printed)
        self.right = (
            words.say("valid_until", date=until)
            if until
            else (words.say("printed", date=printed) if printed else "")
        )

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        page = self.words.say("page", number=number, total=total)
        draw_footer(canvas, (self.head, page), (self.clinic, self.right))
