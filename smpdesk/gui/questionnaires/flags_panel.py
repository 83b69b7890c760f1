"""Contraindication flags at a glance, in the client page header.

A practitioner must see a do-not-treat flag before they pick up the
machine, not after opening the right questionnaire, so every flag from the
newest response to each form is repeated here, in the same colours and
words as the review page.  Staying silent would read as "all clear", so a
client without a medical history says so instead.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from smpdesk.app import questionnaires as questionnaire_cases
from smpdesk.app.clinic import Clinic
from smpdesk.errors import UserError
from smpdesk.gui.changes import Changes
from smpdesk.gui.i18n import translate
from smpdesk.gui.questionnaires.answers_view import flag_label
from smpdesk.questionnaire.answers import RaisedFlag

MEDICAL_FORM = "medical"
CLEAR_STYLE = (
    "color: #1e5631; background: #e8f5ec; border-left: 5px solid #2e7d46; "
    "padding: 6px 8px; border-radius: 3px;"
)
MUTED_STYLE = "color: #5b6670;"
# A flag closed by a negative patch test: still listed (a clean test does not rule
# out a later reaction), in a calm colour, saying what closed it.
CLOSED_STYLE = (
    "color: #2f4f3a; background: #eef4ef; border-left: 5px solid #7a9a84; "
    "padding: 6px 8px; border-radius: 3px;"
)
# More flags than this scroll inside a box of that height, so a long medical
# history cannot push the client page off a 768-pixel laptop screen.
SHOWN_FLAGS = 4


def _line(text: str, name: str, style: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(style)
    return label


def flag_line(flag: RaisedFlag) -> QLabel:
    """``flag_label`` plus the form's name: two forms can raise the same words."""
    label = flag_label(flag)
    if flag.closed:
        # Flags read "finding: what to do." ("Known allergy to tattoo pigment: do not
        # treat."); once closed, what to do no longer applies, so only the finding shows.
        finding = flag.message.split(": ", 1)[0].rstrip(".")
        label.setText(
            translate("questionnaires.flags_panel", "Closed — {finding} ({closed})").format(
                finding=finding, closed=flag.closed
            )
        )
        label.setObjectName("flag_closed")
        label.setStyleSheet(CLOSED_STYLE)
    source = flag.form_title
    if flag.draft:
        if source:
            source = translate(
                "questionnaires.flags_panel", "{form}, draft not finished yet"
            ).format(form=source)
        else:
            source = translate("questionnaires.flags_panel", "draft not finished yet")
    if source:
        label.setText(f"{label.text()}  ({source})")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FlagsPanel(QFrame):
    """Rebuilt from the database on every :meth:`refresh`; holds no answers itself.

    Follows the hub: a questionnaire answered (or a draft saved) for the
    client shown, or a restored file, rebuilds it.
    """

    def __init__(
        self,
        db: Clinic,
        parent: QWidget | None = None,
        *,
        changes: Changes | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.client_id: int | None = None
        self.changes = changes if changes is not None else Changes(self)
        self.changes.responses_changed.connect(self._responses_changed)
        self.changes.database_replaced.connect(self.refresh)
        self.lines: list[QLabel] = []
        self.flags_scroll: QScrollArea | None = None
        self.setObjectName("flags_panel")
        self.setAccessibleName(self.tr("Contraindications"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 0)
        self._layout.setSpacing(3)
        # Never taller than its lines: the tabs below get the room.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def show_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.refresh()

    def _responses_changed(self, client_id: int) -> None:
        if client_id == self.client_id:
            self.refresh()

    def refresh(self) -> None:
        self._clear()
        if self.client_id is None:
            self.hide()
            return
        lines = self._summary(self.client_id)
        flags = [label for label in lines if label.objectName().startswith("flag_")]
        if len(flags) > SHOWN_FLAGS:
            self._add_scrolling(lines, flags)
        else:
            for label in lines:
                self._layout.addWidget(label)
        for label in lines:
            label.show()  # now, not on the next event loop pass: the panel is read at once
        self.lines = lines
        self.show()

    def _add_scrolling(self, lines: list[QLabel], flags: list[QLabel]) -> None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(3)
        for label in lines:
            if label in flags:
                column.addWidget(label)
            else:
                self._layout.addWidget(label)
        lines[0].setText(
            self.tr("{title} ({count}, most serious first; scroll for all)").format(
                title=lines[0].text(), count=len(flags)
            )
        )
        self.flags_scroll = QScrollArea()
        self.flags_scroll.setObjectName("flags_scroll")
        self.flags_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.flags_scroll.setWidgetResizable(True)
        self.flags_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flags_scroll.setWidget(inner)
        # One line of text plus the label's padding; a wrapped flag just scrolls.
        row = flags[0].fontMetrics().lineSpacing() + 12 + column.spacing()
        self.flags_scroll.setFixedHeight(int(row * (SHOWN_FLAGS + 0.5)))
        self._layout.insertWidget(1, self.flags_scroll)

    def _summary(self, client_id: int) -> list[QLabel]:
        try:
            flags = questionnaire_cases.client_flags(self._db, client_id)
            responses = questionnaire_cases.client_responses(self._db, client_id)
            drafts = {d.form_id for d in questionnaire_cases.client_drafts(self._db, client_id)}
        except UserError as exc:
            text = self.tr("Contraindication flags could not be read: {error}").format(error=exc)
            return [_line(text, "flags_error", MUTED_STYLE)]
        answered = any(r.form_id == MEDICAL_FORM for r in responses)
        lines: list[QLabel] = []
        if flags:
            title = _line(self.tr("Contraindications"), "flags_title", "font-weight: bold;")
            lines += [title, *(flag_line(flag) for flag in flags)]
        elif answered:
            text = self.tr("No contraindication flags in the latest questionnaires.")
            lines.append(_line(text, "flags_clear", CLEAR_STYLE))
        if MEDICAL_FORM in drafts:
            text = self.tr(
                "Medical history: a draft is waiting to be finished (Questionnaires tab)."
            )
            lines.append(_line(text, "flags_draft", MUTED_STYLE))
        elif not answered:
            text = self.tr("Medical history not answered yet.")
            lines.append(_line(text, "flags_unanswered", MUTED_STYLE))
        return lines

    def _clear(self) -> None:
        """Delete the old lines now, inside the panel.

        Never ``setParent(None)``: a label without a parent is a window of its
        own, and until its deferred deletion runs (which a form's or preview's
        own event loop can put off) anything that shows it puts a borderless
        stray window at the top left of the screen (issue 16, item 14).  Nothing
        of theirs is running (labels emit nothing), so they can go at once.
        """
        for label in self.lines:
            self._layout.removeWidget(label)
            shiboken6.delete(label)
        self.lines = []
        if self.flags_scroll is not None:
            self._layout.removeWidget(self.flags_scroll)
            shiboken6.delete(self.flags_scroll)
            self.flags_scroll = None


__all__ = ["FlagsPanel", "flag_line"]
