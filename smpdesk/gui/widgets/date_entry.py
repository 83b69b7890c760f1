"""One box for every typed date: the clinic's style, a calendar, the date in words.

Reception types dates the way the clinic writes them on paper (``14/03/1985`` in
the UK, ``03/14/1985`` in the US); the ISO form and a month by name are always
understood too (:func:`smpdesk.domain.dates.parse_typed_date`, the same reading
the command line and every other screen use).  The line beneath the box says
which day was understood ("Thursday 14 March 1985") as it is typed, so a day and
a month swapped by habit are seen before saving, and says what is wrong once
the box is left with text that is not a date.

``value()``/``set_value()`` (ISO text) let :mod:`smpdesk.gui.widgets.form_support`
read and fill it like any other field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from smpdesk.gui.dates import (
    format_long_date,
    format_typed_date,
    parse_typed_date,
    typed_date_form,
)
from smpdesk.gui.widgets.form_support import ERROR_STYLE

HINT_STYLE = "color: #555;"
# The class has a date() method, so annotations inside it name the type by this alias.
Day = date


class DateEntry(QWidget):
    """A date typed in the clinic's style; ``date()`` is None when empty or not a date."""

    # The understood date (a ``datetime.date``) or None, whenever it changes.
    dateChanged = Signal(object)

    def __init__(self, date_style: str = "uk", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        typed_date_form(date_style)  # refuse an unknown style now, not on first keystroke
        self._style = date_style
        self._date: Day | None = None

        self.line = QLineEdit()
        self.line.setObjectName("date_text")
        self.line.setPlaceholderText(typed_date_form(date_style))
        self.line.setClearButtonEnabled(True)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("date_calendar")
        self.calendar_button.setIcon(_calendar_icon())
        self.calendar_button.setToolTip(self.tr("Pick the date on a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.understood = QLabel()
        self.understood.setObjectName("date_understood")
        self.understood.setWordWrap(True)
        self.understood.setStyleSheet(HINT_STYLE)
        self.understood.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.understood)
        self.setFocusProxy(self.line)

        self._menu: QMenu | None = None
        self.calendar: QCalendarWidget | None = None
        self.line.textChanged.connect(self._typed)
        self.line.editingFinished.connect(self._left)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # the Qt spelling
        """Keys sent to the widget itself (a test, an accessibility tool) go to the box."""
        QApplication.sendEvent(self.line, event)

    # -- the API the dialogs use ------------------------------------------------------
    def date(self) -> Day | None:
        return self._date

    def set_date(self, value: Day | None) -> None:
        self.line.setText(format_typed_date(value, self._style) if value else "")

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # the Qt spelling, as QLineEdit
        self.line.setText(text)

    def setPlaceholderText(self, text: str) -> None:  # the Qt spelling
        self.line.setPlaceholderText(text)

    def placeholderText(self) -> str:  # the Qt spelling
        return self.line.placeholderText()

    def problem(self) -> str:
        """The sentence saying why the text is not a date; "" when it is one or is empty."""
        text = self.line.text()
        if not text.strip():
            return ""
        try:
            parse_typed_date(text, self._style)
        except ValueError as exc:
            return str(exc)
        return ""

    def value(self) -> str:
        """ISO text of the date, or the text as typed when it is not one (for checks)."""
        return self._date.isoformat() if self._date else self.line.text().strip()

    def set_value(self, value: str) -> None:
        """Fill from stored ISO text; anything else is shown as it is, to be corrected."""
        try:
            self.set_date(Day.fromisoformat(value) if value else None)
        except ValueError:
            self.line.setText(value)

    # -- typing -------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        try:
            understood: Day | None = parse_typed_date(text, self._style) if text.strip() else None
        except ValueError:
            understood = None
        if understood is not None:
            self._say(format_long_date(understood, self._style), HINT_STYLE)
        elif not text.strip():
            self._say("", HINT_STYLE)
        elif self.understood.styleSheet() != ERROR_STYLE:
            # Half typed: no scolding yet, the error comes when the box is left.
            self._say("", HINT_STYLE)
        else:
            self._say(self.problem(), ERROR_STYLE)
        if understood != self._date:
            self._date = understood
            self.dateChanged.emit(understood)

    def _left(self) -> None:
        message = self.problem()
        if message:
            self._say(message, ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.understood.setStyleSheet(style)
        self.understood.setText(text)
        self.understood.setVisible(bool(text))

    # -- the calendar ---------------------------------------------------------------
    def show_calendar(self) -> None:
        """A calendar under the box, on the typed date (or today); a click fills the box."""
        if self._menu is None:
            self._menu = QMenu(self)
            self.calendar = QCalendarWidget()
            self.calendar.setObjectName("date_calendar_popup")
            self.calendar.setGridVisible(True)
            self.calendar.setFirstDayOfWeek(
                Qt.DayOfWeek.Sunday if self._style == "us" else Qt.DayOfWeek.Monday
            )
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self.calendar)
            self._menu.addAction(action)
        assert self.calendar is not None
        shown = self._date or Day.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.set_date(Day(picked.year(), picked.month(), picked.day()))
        if self._menu is not None:
            self._menu.close()
        self.line.setFocus()


def _calendar_icon() -> QIcon:
    """A small calendar page, drawn: an emoji needs a colour-emoji font the laptop may lack."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    ink = QColor("#444")
    painter.setPen(ink)
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(1, 2, 14, 4), ink)
    for row in (8, 11):
        for column in (4, 7, 10):
            painter.fillRect(QRect(column, row, 2, 2), ink)
    painter.end()
    return QIcon(pixmap)
