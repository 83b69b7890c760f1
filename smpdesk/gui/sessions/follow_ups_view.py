"""Follow-ups: who is overdue, due today, or coming up.

No booking and no messages (the laptop is offline): a list to phone from,
with the client one Enter away.  The list comes from an index in due-date
order (see :mod:`smpdesk.app.follow_ups`), so it is read on the GUI thread a
page at a time: the first page and the counts when the view is shown (a few
milliseconds at 100,000 clients), the next page as the table is scrolled to
its end (Qt's ``canFetchMore``/``fetchMore``).

Each call's outcome is recorded from here (Called, Left a message, Booked, Not
returning, Snooze; a note kept with each, never overwritten: see
:func:`smpdesk.app.follow_ups.record_outcome`): the row shows the newest one, and
"not returning" or a snooze takes the client off the list at once.  The whole
list prints, saves as a PDF or exports as CSV (:mod:`.list_output`).  Esc goes
back to the client list.
"""

from __future__ import annotations

import dataclasses
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
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.app.sessions import (
    OUTCOME_TEXT,
    DueCounts,
    DueItem,
    DuePage,
    OutcomeEntry,
    due_counts,
    due_follow_ups_page,
    follow_ups_csv,
    follow_ups_pdf,
    outcome_history,
    record_outcome,
)
from smpdesk.domain.session_details import describe_type
from smpdesk.errors import UserError
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.sessions import list_output
from smpdesk.gui.widgets.date_entry import DateEntry
from smpdesk.gui.words.core_labels import core_label

STATUS_TEXT = {
    "overdue": QT_TRANSLATE_NOOP("sessions.follow_ups_view", "Overdue"),
    "today": QT_TRANSLATE_NOOP("sessions.follow_ups_view", "Today"),
    "upcoming": QT_TRANSLATE_NOOP("sessions.follow_ups_view", "Upcoming"),
}
STATUS_COLOUR = {"overdue": "#fde2e1", "today": "#fff3cd", "upcoming": "#ffffff"}
HEADERS = [
    QT_TRANSLATE_NOOP("sessions.follow_ups_view", "Status"),
    QT_TRANSLATE_NOOP("sessions.follow_ups_view", "Due"),
    QT_TRANSLATE_NOOP("sessions.follow_ups_view", "No."),
    QT_TRANSLATE_NOOP("sessions.follow_ups_view", "Client"),
    QT_TRANSLATE_NOOP("sessions.follow_ups_view", "Phone"),
    QT_TRANSLATE_NOOP("sessions.follow_ups_view", "Last session"),
    QT_TRANSLATE_NOOP("sessions.follow_ups_view", "Next"),
    QT_TRANSLATE_NOOP("sessions.follow_ups_view", "Last outcome"),
]
OUTCOME_COLUMN = HEADERS.index("Last outcome")
# The buttons over the list: (outcome, label, shortcut).  Each asks for a note first.
ACTIONS = [
    ("called", QT_TRANSLATE_NOOP("sessions.follow_ups_view", "&Called…"), "Ctrl+1"),
    (
        "left_message",
        QT_TRANSLATE_NOOP("sessions.follow_ups_view", "&Left message…"),
        "Ctrl+2",
    ),
    ("booked", QT_TRANSLATE_NOOP("sessions.follow_ups_view", "&Booked…"), "Ctrl+3"),
    (
        "not_returning",
        QT_TRANSLATE_NOOP("sessions.follow_ups_view", "&Not returning…"),
        "Ctrl+4",
    ),
    ("snoozed", QT_TRANSLATE_NOOP("sessions.follow_ups_view", "&Snooze…"), "Ctrl+5"),
]

AnyIndex = QModelIndex | QPersistentModelIndex
# Reads the page after a due date (None: the first page).
PageReader = Callable[[date | None], DuePage]


def _at(moment: datetime) -> str:
    """ " at 14:30", or nothing for an appointment booked without a time."""
    return "" if moment.time() == time(0, 0) else f" at {moment:%H:%M}"


def row_texts(item: DueItem) -> list[str]:
    """What each column shows for one client."""
    due = format_date(item.due_date.isoformat())
    if item.appointment:
        due += _at(item.appointment).replace(" at", "")
    else:
        due = translate("sessions.follow_ups_view", "{date} (proposed)").format(date=due)
    return [
        translate("sessions.follow_ups_view", STATUS_TEXT[item.status]),
        due,
        item.client_number,
        item.client_name,
        item.phone,
        f"{core_label(describe_type(item.last_session_type))}, "
        f"{format_date(item.last_session_date.isoformat())}",
        core_label(describe_type(item.next_type)),
        item.outcome_text,
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
        if role == Qt.ItemDataRole.ToolTipRole:
            item = self.items[row]
            if index.column() == OUTCOME_COLUMN and item.outcome_text:
                if item.outcome_by:
                    return self.tr("{outcome} by {name}").format(
                        outcome=item.outcome_text, name=item.outcome_by
                    )
                return item.outcome_text
            return self._texts[row][index.column()] or None
        return None

    def apply_outcome(self, row: int, entry: OutcomeEntry) -> None:
        """Show ``entry`` as the row's newest outcome, or take the row away when the
        outcome takes the client off the list (not returning, snoozed)."""
        if entry.outcome in ("not_returning", "snoozed"):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            del self._texts[row]
            self.endRemoveRows()
            return
        item = dataclasses.replace(
            self.items[row],
            last_outcome=entry.outcome,
            outcome_note=entry.note,
            outcome_at=entry.recorded_at,
            outcome_by=entry.recorded_by,
            snooze_until=None,
        )
        self.items[row] = item
        self._texts[row] = row_texts(item)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("sessions.follow_ups_view", HEADERS[section])
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


class OutcomeDialog(QDialog):
    """What came of the call: the outcome chosen, a note, a snooze date; the client's
    earlier outcomes above (kept, newest first)."""

    def __init__(
        self,
        item: DueItem,
        outcome: str,
        history: list[OutcomeEntry],
        date_style: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.setWindowTitle(self.tr("{outcome}: follow-up").format(outcome=OUTCOME_TEXT[outcome]))
        self.setObjectName("outcome_dialog")
        heading = QLabel(
            self.tr("<b>{outcome}</b> for {name} ({number}, {phone})").format(
                outcome=OUTCOME_TEXT[outcome],
                name=_escaped(item.client_name),
                number=item.client_number,
                phone=_escaped(item.phone) or _escaped(self.tr("no phone")),
            )
        )
        heading.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("outcome_note")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("What was said (optional): kept with the outcome"))
        self.until = DateEntry(date_style)
        self.until.setObjectName("snooze_until")
        form = QFormLayout()
        form.addRow(self.tr("Note"), self.note)
        if outcome == "snoozed":
            form.addRow(self.tr("Off the list until"), self.until)
        else:
            self.until.hide()
        self.history = QListWidget()
        self.history.setObjectName("outcome_history")
        for entry in history:
            what = entry.text
            if entry.recorded_by:
                what = self.tr("{outcome} by {name}").format(outcome=what, name=entry.recorded_by)
            note = f": {entry.note}" if entry.note else ""
            self.history.addItem(f"{entry.recorded_at[:16].replace('T', ' ')}  {what}{note}")
        if not history:
            self.history.addItem(self.tr("Nothing recorded yet."))
        self.history.setMaximumHeight(120)
        self.problem = QLabel()
        self.problem.setObjectName("outcome_problem")
        self.problem.setStyleSheet("color: #a00;")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Earlier outcomes (kept, newest first):")))
        layout.addWidget(self.history)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.until if outcome == "snoozed" else self.note).setFocus()
        self.resize(520, self.sizeHint().height())

    def _check(self) -> None:
        if self.outcome == "snoozed" and self.until.date() is None:
            self.problem.setText(self.until.problem() or self.tr("Type the date the snooze ends."))
            self.problem.show()
            self.until.setFocus()
            return
        self.accept()


def _escaped(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FollowUpsView(QWidget):
    client_requested = Signal(int)
    back_requested = Signal()
    loaded = Signal()  # the table shows the list just read

    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.counts = DueCounts(0, 0, 0)
        back = QPushButton(self.tr("← Clients"))
        back.clicked.connect(self.back_requested)
        back.setToolTip(self.tr("Back to the client list (Esc)"))
        title = QLabel(self.tr("<b>Follow-ups due</b>"))
        self.days = QSpinBox()
        self.days.setObjectName("days_ahead")
        self.days.setRange(0, 365)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days ahead"))
        self.days.valueChanged.connect(lambda _days: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("due_summary")
        self.summary.setWordWrap(True)
        self.action_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Mark the selected client:")))
        for outcome, label, keys in ACTIONS:
            button = QPushButton(translate("sessions.follow_ups_view", label))
            button.setObjectName(f"mark_{outcome}")
            button.setToolTip(
                self.tr("{outcome}, with a note ({keys})").format(
                    outcome=OUTCOME_TEXT[outcome], keys=keys
                )
            )
            button.setShortcut(QKeySequence(keys))
            button.clicked.connect(lambda _=False, outcome=outcome: self.mark(outcome))
            actions.addWidget(button)
            self.action_buttons[outcome] = button
        actions.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_list")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_list)
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.pdf_button.setObjectName("save_pdf")
        self.pdf_button.clicked.connect(lambda: self.save_list("pdf"))
        self.csv_button = QPushButton(self.tr("&Export CSV…"))
        self.csv_button.setObjectName("export_csv")
        self.csv_button.clicked.connect(lambda: self.save_list("csv"))
        for button in (self.print_button, self.pdf_button, self.csv_button):
            button.setToolTip(self.tr("The whole list, every page of it (not only the rows shown)"))
            actions.addWidget(button)
        # Esc leaves the list, as it leaves a client's page: back to the clients.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self._today: date | None = None

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
        for column, width in enumerate([80, 165, 70, 190, 130, 160, 90]):
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
        layout.addLayout(actions)
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
            and event.key() == Qt.Key.Key_Escape
        ):
            self.back_requested.emit()  # Esc leaves the list, as it leaves a client's page
            return True
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
        self._today = today
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
        self._show_counts()
        if self.items:
            self.table.selectRow(0)
        self.loaded.emit()

    def _show_counts(self, done: str = "") -> None:
        counts = self.tr(
            "{overdue} overdue, {today} due today, {upcoming} coming up. Enter opens the client."
        ).format(
            overdue=self.counts.overdue, today=self.counts.today, upcoming=self.counts.upcoming
        )
        self.summary.setText(f"{done} {counts}" if done else counts)

    def _list_arguments(self) -> dict[str, object]:
        """The list as shown: the same day, days ahead and intervals."""
        return {
            "today": self._today,
            "days_ahead": self.days.value(),
            "follow_up_days": load_settings(self._db).follow_up_days,
        }

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def mark(self, outcome: str, *, note: str | None = None, until: date | None = None) -> bool:
        """Record ``outcome`` for the selected client, asking for a note (and a date for a
        snooze) unless given; True when it was recorded."""
        row = self.current_row()
        if row is None:
            self.summary.setText(self.tr("Select a client in the list first."))
            return False
        item = self.model.items[row]
        try:
            if note is None:
                dialog = OutcomeDialog(
                    item,
                    outcome,
                    outcome_history(self._db, item.client_id),
                    load_settings(self._db).date_style,
                    self,
                )
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                note, until = dialog.note.text(), dialog.until.date()
            entry = record_outcome(
                self._db,
                item.client_id,
                outcome,
                note=note,
                snooze_until=until,
                today=self._today,
            )
        except UserError as exc:
            self._read_failed(str(exc))
            return False
        self.model.apply_outcome(row, entry)
        try:
            self.counts = due_counts(self._db, **self._list_arguments())  # type: ignore[arg-type]
        except UserError as exc:
            self._read_failed(str(exc))
        self._show_counts(f"{item.client_name}: {entry.text.lower()}.")
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        return True

    def _suggested(self, suffix: str) -> str:
        return f"follow-ups {(self._today or date.today()).isoformat()}.{suffix}"

    def print_list(self) -> list_output.Operation:
        """The whole list as a PDF (made on a worker), then the print dialog."""
        arguments = self._list_arguments()

        def printed(pdf: bytes) -> None:
            done = list_output.print_data(
                self,
                self._db,
                pdf,
                title=self.tr("Print follow-ups"),
                suggested=self._suggested("pdf"),
            )
            if done == "printed":
                self._show_counts(self.tr("Follow-up list printed."))
            elif done:
                self._show_counts(self.tr("Follow-up list saved."))

        return list_output.make_then(
            self,
            self._db,
            lambda own_db: follow_ups_pdf(own_db, **arguments),  # type: ignore[arg-type]
            error_title=self.tr("Print follow-ups"),
            then=printed,
        )

    def save_list(self, kind: str) -> list_output.Operation:
        """The whole list as a PDF or CSV file (made on a worker), saved where chosen."""
        arguments = self._list_arguments()
        make = follow_ups_pdf if kind == "pdf" else follow_ups_csv

        def save(data: bytes) -> None:
            path = list_output.save_data(
                self,
                self._db,
                data,
                kind=kind,
                title=self.tr("Save follow-ups as {kind}").format(kind=kind.upper()),
                suggested=self._suggested(kind),
            )
            if path is not None:
                self._show_counts(self.tr("Saved to {path}.").format(path=path))

        return list_output.make_then(
            self,
            self._db,
            lambda own_db: make(own_db, **arguments),  # type: ignore[arg-type]
            error_title=self.tr("Save follow-ups"),
            then=save,
        )

    def _read_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Follow-ups"), message)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_requested.emit(self.model.client_id(index.row()))
