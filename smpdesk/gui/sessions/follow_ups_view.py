"""Follow-ups: who is overdue, due today, or coming up.

No booking and no messages (the laptop is offline): a list to phone from,
with the client one Enter away.  The list is read on a worker (it looks at
every active client's latest session), under the wait cursor; the table is
filled on the GUI thread.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.app.sessions import DueItem, due_follow_ups
from smpdesk.domain.session_details import describe_type
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.operations import Operation, runner_for

STATUS_TEXT = {"overdue": "Overdue", "today": "Today", "upcoming": "Upcoming"}
STATUS_COLOUR = {"overdue": "#fde2e1", "today": "#fff3cd", "upcoming": "#ffffff"}
HEADERS = ["Status", "Due", "No.", "Client", "Phone", "Last session", "Next"]


def _at(moment: datetime) -> str:
    """ " at 14:30", or nothing for an appointment booked without a time."""
    return "" if moment.time() == time(0, 0) else f" at {moment:%H:%M}"


class FollowUpsView(QWidget):
    client_requested = Signal(int)
    back_requested = Signal()
    loaded = Signal()  # the table shows the list just read

    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.items: list[DueItem] = []
        self._loading: Operation | None = None
        self._again = False
        back = QPushButton("← Clients")
        back.clicked.connect(self.back_requested)
        title = QLabel("<b>Follow-ups due</b>")
        self.days = QSpinBox()
        self.days.setObjectName("days_ahead")
        self.days.setRange(0, 365)
        self.days.setValue(14)
        self.days.setSuffix(" days ahead")
        self.days.valueChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("due_summary")

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("due_table")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate([90, 160, 80, 220, 150, 170]):
            self.table.setColumnWidth(column, width)
        self.table.itemActivated.connect(self._open)

        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(self.days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def refresh(self, *, today: date | None = None) -> Operation | None:
        """Read the list again on a worker; None if a read runs (one more follows it)."""
        if self._loading is not None and self._loading.running:
            self._again = True  # the spin box moved again: read once more with its last value
            return None
        days_ahead = self.days.value()

        def read(db: Clinic) -> list[DueItem]:
            return due_follow_ups(
                db,
                today=today,
                days_ahead=days_ahead,
                follow_up_days=load_settings(db).follow_up_days,
            )

        self._loading = runner_for(self, self._db).run(
            read, error_title="Follow-ups", on_done=self._show, on_failed=self._failed, parent=self
        )
        return self._loading

    def _failed(self, _error: BaseException) -> None:
        self._again = False

    def _show(self, items: list[DueItem]) -> None:
        if self._again:
            self._again = False
            self.refresh()
            return
        self.items = items
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            due = format_date(item.due_date.isoformat())
            due += _at(item.appointment).replace(" at", "") if item.appointment else " (proposed)"
            values = [
                STATUS_TEXT[item.status],
                due,
                item.client_number,
                item.client_name,
                item.phone,
                f"{describe_type(item.last_session_type)}, "
                f"{format_date(item.last_session_date.isoformat())}",
                describe_type(item.next_type),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setBackground(QColor(STATUS_COLOUR[item.status]))
                cell.setData(Qt.ItemDataRole.UserRole, item.client_id)
                self.table.setItem(row, column, cell)
        counts = {s: sum(1 for i in self.items if i.status == s) for s in STATUS_TEXT}
        self.summary.setText(
            f"{counts['overdue']} overdue, {counts['today']} due today, "
            f"{counts['upcoming']} coming up. Enter opens the client."
        )
        if self.items:
            self.table.selectRow(0)
        self.loaded.emit()

    def _open(self, cell: QTableWidgetItem) -> None:
        self.client_requested.emit(int(cell.data(Qt.ItemDataRole.UserRole)))
