"""The one date box: the clinic's style, the understood day in words, a calendar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from smpdesk.gui.widgets.date_entry import DateEntry
from tests.gui.helpers import type_text


def make(qtbot, style: str = "uk") -> DateEntry:
    entry = DateEntry(style)
    qtbot.addWidget(entry)
    entry.show()
    return entry


def test_typing_the_clinic_style_shows_the_day_in_words(qtbot) -> None:
    entry = make(qtbot)
    seen: list[object] = []
    entry.dateChanged.connect(seen.append)
    assert entry.placeholderText() == "DD/MM/YYYY"
    type_text(qtbot, entry.line, "14/03/1985")
    assert entry.date() == date(1985, 3, 14)
    assert entry.value() == "1985-03-14"
    assert entry.understood.text() == "Thursday 14 March 1985"
    assert entry.problem() == ""
    # Half-typed text is no date ("14/03/198" is refused), so one change, when complete.
    assert seen == [date(1985, 3, 14)]


def test_us_style_reads_month_first(qtbot) -> None:
    entry = make(qtbot, "us")
    assert entry.placeholderText() == "MM/DD/YYYY"
    type_text(qtbot, entry.line, "03/14/1985")
    assert entry.date() == date(1985, 3, 14)
    assert entry.understood.text() == "Thursday, March 14, 1985"


def test_invalid_text_says_why_when_the_box_is_left(qtbot) -> None:
    entry = make(qtbot)
    type_text(qtbot, entry.line, "31/02/1985")
    assert entry.date() is None
    assert entry.understood.isHidden()  # no scolding mid-typing
    entry.line.editingFinished.emit()
    assert entry.understood.text() == (
        "There is no such date; check the day and the month (DD/MM/YYYY)."
    )
    assert entry.problem() == entry.understood.text()
    assert entry.value() == "31/02/1985"
    entry.line.clear()
    assert entry.understood.isHidden() and entry.problem() == ""


def test_set_date_and_value_write_the_clinic_style(qtbot) -> None:
    entry = make(qtbot)
    entry.set_date(date(2001, 12, 5))
    assert entry.text() == "05/12/2001"
    entry.set_value("1985-03-14")
    assert entry.text() == "14/03/1985" and entry.date() == date(1985, 3, 14)
    entry.set_date(None)
    assert entry.text() == "" and entry.date() is None
    entry.setPlaceholderText("Date of birth")
    assert entry.placeholderText() == "Date of birth"


# The offscreen platform cannot raise a popup or grab the keyboard; a desktop can.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_calendar_fills_the_box(qtbot) -> None:
    entry = make(qtbot)
    entry.set_date(date(1985, 3, 14))
    entry.calendar_button.click()
    assert entry.calendar is not None
    assert entry.calendar.selectedDate() == QDate(1985, 3, 14)
    entry.calendar.clicked.emit(QDate(1985, 3, 20))
    assert entry.date() == date(1985, 3, 20)
    assert entry.text() == "20/03/1985"
