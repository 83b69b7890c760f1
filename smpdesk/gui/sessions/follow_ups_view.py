"""Follow-ups: who is overdue, due today, or coming up.

No booking and no messages (the laptop is offline): a list to phone from,
with the client one Enter away.  The list comes from an index in due-date
order (see :mod:`smpdesk.app.follow_ups`), so it is read on the GUI thread a
page at a time: the first page and the counts when the view is shown (a few
milliseconds at 100,000 clients), the next page as the table is scrolled to
its end (Qt's ``canFetchMore``/``fetchMore``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.app.sessions import DueCounts, DueItem, DuePage, due_counts, due_follow_ups_page
from smpdesk.domain.session_details import describe_type
from smpdesk.errors import UserError
from smpdesk.gui.clients.client_list_model import format_date

STATUS_TEXT = {"overdue": "Overdue", "today": "Today", "upcoming": "Upcoming"}
STATUS_COLOUR = {"overdue": "#fde2e1", "today": "#fff3cd", "upcoming": "#ffffff"}
HEADERS = ["Status", "Due", "No.", "Client", "Phone", "Last session", "Next"]

AnyIndex = QModelIndex | QPersistentModelIndex
# Reads the page after a due date (None: the first page).
PageReader = Callable[[date | None], DuePage]


def _at(moment: datetime) -> str:
    """ " at 14:30", or nothing for an appointment booked without a time."""
    return "" if moment.time() == time(0, 0) else f" at {moment:%H:%M}"


def row_texts(item: DueItem) -> list[str]:
    """What each column shows for one client."""
    due = format_date(item.due_date.isoformat())
    due += _at(item.appointment).replace(" at", "") if item.appointment else " (proposed)"
    return [
        STATUS_TEXT[item.status],
        due,
        item.client_number,
        item.client_name,
        item.phone,
        f"{describe_type(item.last_session_type)}, "
        f"{format_date(item.last_session_date.isoformat())}",
        describe_type(item.next_type),
    ]


class FollowUpsModel(QAbstractTableModel):
    """The list as read so far; the next page is read when the view reaches the end."""

    read_failed = Signal(str)  # a later page could not be read: one sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[DueItem] = []
        self._texts: list[list[str]] = []
        self._colours = {status: QColor(colour) for status, colour in STATUS_COLOUR.items()}
        self._read: PageReader | None = None
        self._next: date | None = None

    def show(self, read: PageReader) -> None:
        """Start again from the first page, read with ``read``."""
        page = read(None)
        self.beginResetModel()
        self._read = read
        self.items, self._texts, self._next = [], [], None
        self._take(page)
        self.endResetModel()

    def _take(self, page: DuePage) -> None:
        self.items += page.items
        self._texts += [row_texts(item) for item in page.items]
        self._next = page.next_after

    def client_id(self, row: int) -> int:
        return self.items[row].client_id

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._colours[self.items[row].status]
        if role == Qt.ItemDataRole.UserRole:
            return self.items[row].client_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._next is not None and self._read is not None

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._read is not None
        try:
            page = self._read(self._next)
        except UserError as exc:
            self._next = None  # no retry loop from the view's scrolling
            self.read_failed.emit(str(exc))
            return
        if not page.items:
            self._next = None
            return
        first = len(self.items)
        self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
        self._take(page)
        self.endInsertRows()


class FollowUpsView(QWidget):
    client_requested = Signal(int)
    back_requested = Signal()
    loaded = Signal()  # the table shows the list just read

    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.counts = DueCounts(0, 0, 0)
        back = QPushButton("← Clients")
        back.clicked.connect(self.back_requested)
        title = QLabel("<b>Follow-ups due</b>")
        self.days = QSpinBox()
        self.days.setObjectName("days_ahead")
        self.days.setRange(0, 365)
        self.days.setValue(14)
        self.days.setSuffix(" days ahead")
        self.days.valueChanged.connect(lambda _days: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("due_summary")

        self.model = FollowUpsModel(self)
        self.model.read_failed.connect(self._read_failed)
        self.table = QTableView()
        self.table.setObjectName("due_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Every row is one line: a fixed height spares Qt measuring each one.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate([90, 160, 80, 220, 150, 170]):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open)
        self.table.installEventFilter(self)  # Ctrl+End: the very last row, not the last read

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

    @property
    def items(self) -> list[DueItem]:
        """The clients read so far, in the list's order."""
        return self.model.items

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """Ctrl+End means the end of the list: the pages not read yet are read first
        (the whole list at 100,000 clients takes about a second, asked for)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_End
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            while self.model.canFetchMore(QModelIndex()):
                before = self.model.rowCount()
                self.model.fetchMore(QModelIndex())
                if self.model.rowCount() == before:
                    break
        return False

    def refresh(self, *, today: date | None = None) -> None:
        """Read the first page and the counts again (the rest follows on scrolling)."""
        db = self._db
        day = today or date.today()
        days_ahead = self.days.value()
        try:
            intervals = load_settings(db).follow_up_days

            def read(after: date | None) -> DuePage:
                return due_follow_ups_page(
                    db, today=day, days_ahead=days_ahead, follow_up_days=intervals, after=after
                )

            self.model.show(read)
            self.counts = due_counts(db, today=day, days_ahead=days_ahead, follow_up_days=intervals)
        except UserError as exc:
            self._read_failed(str(exc))
            return
        self.summary.setText(
            f"{self.counts.overdue} overdue, {self.counts.today} due today, "
            f"{self.counts.upcoming} coming up. Enter opens the client."
        )
        if self.items:
            self.table.selectRow(0)
        self.loaded.emit()

    def _read_failed(self, message: str) -> None:
        QMessageBox.warning(self, "Follow-ups", message)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_requested.emit(self.model.client_id(index.row()))
