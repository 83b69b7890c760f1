"""A form's answers laid out to read: the review page and past responses.

Both are drawn from a :class:`FormSpec` and an answers dict, so a past
response shows the exact wording of the form version it was answered with,
and the review page shows what will be stored (hidden questions left out).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smpdesk.gui.i18n import translate
from smpdesk.gui.words.core_labels import core_label
from smpdesk.questionnaire.answers import RaisedFlag, format_answer, resolve, signature_png
from smpdesk.questionnaire.spec import FLAG_WORDS, FormSpec, Question

# A signed, sealed part of a form: calm, not an error.
SEALED_STYLE = "color: #2f4a1d; background: #eef5e6; padding: 4px 8px; border-radius: 3px;"

# (text colour, background) per level: the panel and the review use the same
FLAG_COLOURS = {
    "do-not-treat": ("#7a0f0f", "#fde8e8"),
    "postpone": ("#6b4400", "#fff3d6"),
    "needs-clearance": ("#0d3f73", "#e6f0fb"),
}


def flag_label(flag: RaisedFlag) -> QLabel:
    """One flag as a coloured line: the level in words, then the message."""
    ink, tint = FLAG_COLOURS.get(flag.level, ("#1d2730", "#eeeeee"))
    label = QLabel(f"{core_label(FLAG_WORDS.get(flag.level, flag.level))}: {flag.message}")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName(f"flag_{flag.level}")
    label.setStyleSheet(
        f"color: {ink}; background: {tint}; border-left: 5px solid {ink}; "
        "padding: 6px 8px; border-radius: 3px;"
    )
    return label


_LONG_WORD = re.compile(r"\S{31,}")
_SOFT_BREAK = "\u200b"  # zero-width space: a place to wrap that prints nothing
_JOINERS = {"\u200d", "\u034f"}  # zero-width joiner, grapheme joiner


def _can_break_before(word: str, index: int) -> bool:
    """Never inside a character: not before a mark, a joiner or a variation
    selector, nor after a joiner (Thai tone marks, emoji sequences)."""
    char, before = word[index], word[index - 1]
    if before in _JOINERS or char in _JOINERS:
        return False
    if unicodedata.category(char).startswith("M"):
        return False
    code = ord(char)
    return not (
        0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F
    )


def _soften(match: re.Match[str]) -> str:
    word = match[0]
    out, run = [], 0
    for index, char in enumerate(word):
        if run >= 20 and _can_break_before(word, index):
            out.append(_SOFT_BREAK)
            run = 0
        out.append(char)
        run += 1
    return "".join(out)


def breakable(text: str) -> str:
    """Let a pasted link or a string of digits wrap too.

    A word-wrapped QLabel only breaks at spaces, so one 300-character word
    widened the review's answer column until the page scrolled sideways.
    (Copying such a label copies the invisible break points too.)
    """
    return _LONG_WORD.sub(_soften, text)


def _plain(text: str, *, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(breakable(text))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if muted:
        label.setStyleSheet("color: #5b6670;")
    return label


class AnswersView(QWidget):
    """Pages of question / answer pairs; ``page_requested`` asks to edit a page."""

    page_requested = Signal(int)

    def __init__(
        self,
        spec: FormSpec,
        answers: dict,
        *,
        date_style: str = "uk",
        flags: list[RaisedFlag] | None = None,
        editable: bool = False,
        today: date | None = None,
        sealed: Mapping[int, str] | None = None,
        locked: Collection[int] = (),
        beside: FormSpec | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``sealed``: page number -> "Signed by the client at 14:05 — these answers are
        sealed", shown on pages a signature covers; on ``locked`` pages (all of it
        sealed) "Change…" asks for a new version rather than opening the page.
        ``beside``: the clinic's own form when ``spec`` is its translation (issue 20):
        each title, question and answer is followed by the clinic's wording, muted, so
        a practitioner reviews a Polish answer in their own language."""
        super().__init__(parent)
        sealed = sealed or {}
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if flags:
            heading = _plain(self.tr("Flags for the practitioner"), bold=True)
            layout.addWidget(heading)
            for flag in flags:
                layout.addWidget(flag_label(flag))
        # A past response shows what was visible when it was answered
        # (days_since() conditions would otherwise drift with time).
        resolved = resolve(spec, answers, today)
        for number in resolved.pages:
            page = spec.pages[number]
            box = QFrame()
            box.setObjectName(f"review_page_{number}")
            box.setStyleSheet(
                f"#review_page_{number} {{ border: 1px solid #c3ced4; border-radius: 6px; }}"
            )
            column = QVBoxLayout(box)
            top = QHBoxLayout()
            title = _plain(page.title, bold=True)
            title.setStyleSheet("color: #0e5a69;")
            theirs = beside.pages[number] if beside and number < len(beside.pages) else None
            if theirs is not None and theirs.title != page.title:
                pair = QVBoxLayout()
                pair.addWidget(title)
                pair.addWidget(_plain(theirs.title, muted=True))
                top.addLayout(pair, 1)
            else:
                top.addWidget(title, 1)
            if editable:
                change = QPushButton(self.tr("Change…") if number in locked else self.tr("Change"))
                change.setObjectName(f"change_page_{number}")
                change.setAccessibleName(
                    self.tr("Change answers on {page}").format(page=page.title)
                )
                change.clicked.connect(lambda _=False, n=number: self.page_requested.emit(n))
                top.addWidget(change)
            column.addLayout(top)
            if number in sealed:
                note = _plain(sealed[number])
                note.setObjectName(f"sealed_note_{number}")
                note.setStyleSheet(SEALED_STYLE)
                column.addWidget(note)
            grid = QGridLayout()
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
            grid.setHorizontalSpacing(16)
            row = 0
            for question in page.questions:
                if question.id not in resolved.visible:
                    continue
                if question.type == "note":
                    grid.addWidget(_plain(question.text.strip(), muted=True), row, 0, 1, 2)
                    row += 1
                    continue
                value = resolved.answers.get(question.id)
                grid.addWidget(_plain(question.text.strip()), row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(self._answer(question, value, date_style), row, 1)
                row += 1
                clinic_question = beside.questions.get(question.id) if beside else None
                if clinic_question is not None and clinic_question.type == question.type:
                    # The clinic's wording of the same question and answer, below them.
                    said = _plain(clinic_question.text.strip(), muted=True)
                    said.setObjectName(f"beside_{question.id}")
                    grid.addWidget(said, row, 0, Qt.AlignmentFlag.AlignTop)
                    answer = format_answer(clinic_question, value, date_style)
                    shown = format_answer(question, value, date_style)
                    if answer and answer != shown:
                        grid.addWidget(_plain(answer, muted=True), row, 1)
                    row += 1
            column.addLayout(grid)
            layout.addWidget(box)
        layout.addStretch(1)

    @staticmethod
    def _answer(question: Question, value: object, date_style: str) -> QLabel:
        png = signature_png(value) if question.type == "signature" else None
        if png is not None:
            label = QLabel()
            pixmap = QPixmap()
            if pixmap.loadFromData(png, "PNG"):
                label.setPixmap(
                    pixmap.scaled(
                        280,
                        90,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                label.setAccessibleName(translate("AnswersView", "Signature"))
                label.setObjectName(f"answer_{question.id}")
                return label
        from smpdesk.gui.questionnaires.core_words import answer_words

        # "Yes", "Confirmed" and dates in the window's language: a client reviewing in
        # client mode reads their own (issue 20).
        answered = format_answer(question, value, date_style, words=answer_words())
        text = answered or translate("AnswersView", "Not answered")
        label = _plain(text, bold=bool(answered))
        label.setObjectName(f"answer_{question.id}")
        return label
