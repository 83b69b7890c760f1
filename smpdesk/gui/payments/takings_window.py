"""Clinic → Day's takings…: the owner's cash-up for one day.

A day chosen by typing or a calendar (:class:`DateEntry`, the clinic's date
style), or stepped with Previous/Next; the totals per way of paying (payments,
refunds, voids, net) as the till and the card terminal will show them, the day's
entries in receipt order, and Print… / Save PDF… / Save CSV… of the same figures
(:mod:`smpdesk.app.payments` makes the files; printing and saving go the way
every list's do, :mod:`smpdesk.gui.sessions.list_output`).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic as clinic_cases
from smpdesk.app import payments as payment_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.money import KINDS, METHODS
from smpdesk.errors import UserError
from smpdesk.gui.dates import format_long_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.payments.payment_dialog import local_stamp, money_text, receipt_no
from smpdesk.gui.payments.payments_tab import marks
from smpdesk.gui.sessions import list_output
from smpdesk.gui.widgets.date_entry import DateEntry
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label

#: The tables' headings (shown through ``translate("payments.takings_window", heading)``).
TOTAL_COLUMNS = (
    QT_TRANSLATE_NOOP("payments.takings_window", "Paid by"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Payments"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Taken"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Refunds"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Voids"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Net"),
)
ENTRY_COLUMNS = (
    QT_TRANSLATE_NOOP("payments.takings_window", "Receipt"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Time"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Client"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Entry"),
    QT_TRANSLATE_NOOP("payments.takings_window", "For"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Paid by"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Amount"),
    QT_TRANSLATE_NOOP("payments.takings_window", "Taken by"),
)


def _item(text: str, *, right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


def _table(columns: tuple[str, ...], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([translate("payments.takings_window", c) for c in columns])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    for column in range(len(columns)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    return table


class TakingsWindow(QDialog):
    """One day's takings on screen, with the printable and spreadsheet forms of them."""

    def __init__(self, db: Clinic, parent: QWidget | None = None, *, day: date | None = None):
        super().__init__(parent)
        self.setObjectName("takings_window")
        self.setWindowTitle(self.tr("Day's takings"))
        self._db = db
        settings = clinic_cases.load_settings(db)
        self.money_locale = settings.locale
        self.date_style = settings.date_style
        self.takings: payment_cases.Takings | None = None

        self.day_entry = DateEntry(self.date_style)
        self.day_entry.setObjectName("takings_day")
        self.day_entry.dateChanged.connect(self._day_changed)
        previous = QPushButton(self.tr("◀ Previous day"))
        previous.setObjectName("previous_day")
        previous.setAutoDefault(False)
        previous.clicked.connect(lambda: self.step(-1))
        today = QPushButton(self.tr("Today"))
        today.setAutoDefault(False)
        today.clicked.connect(lambda: self.show_day(date.today()))
        following = QPushButton(self.tr("Next day ▶"))
        following.setObjectName("next_day")
        following.setAutoDefault(False)
        following.clicked.connect(lambda: self.step(1))
        self.day_entry.setMaximumWidth(260)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day_entry, 1)
        top.addWidget(previous, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(today, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(following, 0, Qt.AlignmentFlag.AlignTop)
        top.addStretch(1)

        self.heading = QLabel()
        self.heading.setObjectName("takings_heading")
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        self.heading.setFont(heading_font)
        self.totals = _table(TOTAL_COLUMNS, -1)  # as wide as its figures, like a ledger
        self.totals.setObjectName("takings_totals")
        self.totals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.entries = _table(ENTRY_COLUMNS, 2)
        self.entries.setObjectName("takings_entries")
        self.note = QLabel()
        self.note.setObjectName("takings_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5b6670;")

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("takings_print")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_takings)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setObjectName("takings_pdf")
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button = QPushButton(self.tr("Save CSV…"))
        self.csv_button.setObjectName("takings_csv")
        self.csv_button.setAutoDefault(False)
        self.csv_button.clicked.connect(self.save_csv)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.totals)
        layout.addWidget(QLabel(self.tr("Entries, in receipt order")))
        layout.addWidget(self.entries, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, 980, 640)
        self.show_day(day or date.today())

    # -- the day ------------------------------------------------------------
    @property
    def day(self) -> date | None:
        return self.takings.day if self.takings is not None else None

    def step(self, days: int) -> None:
        self.show_day((self.day or date.today()) + timedelta(days=days))

    def show_day(self, day: date) -> None:
        if self.day_entry.date() != day:
            self.day_entry.set_date(day)  # emits dateChanged → _day_changed
        if self.day != day:
            self._load(day)

    def _day_changed(self, day: object) -> None:
        if isinstance(day, date) and day != self.day:
            self._load(day)

    def _load(self, day: date) -> None:
        try:
            self.takings = payment_cases.takings(self._db, day)
        except UserError as exc:
            self.takings = None
            self.heading.setText(str(exc))
            self.totals.setRowCount(0)
            self.entries.setRowCount(0)
            return
        self._fill(self.takings)

    def _fill(self, takings: payment_cases.Takings) -> None:
        money = self._money
        count = takings.count
        heading = (
            self.tr("{day}: net {net} from {count} payment")
            if count == 1
            else self.tr("{day}: net {net} from {count} payments")
        )
        self.heading.setText(
            heading.format(
                day=format_long_date(takings.day, self.date_style),
                net=money(takings.net),
                count=count,
            )
        )
        rows = [m for m in takings.by_method if m.count or not m.net.is_zero() or m.taken.minor]
        rows = rows or list(takings.by_method)
        self.totals.setRowCount(len(rows) + 1)
        for row, method in enumerate(rows):
            cells = (
                _item(method.label),
                _item(str(method.count), right=True),
                _item(money(method.taken), right=True),
                _item(money(method.refunds), right=True),
                _item(money(method.voids), right=True),
                _item(money(method.net), right=True, bold=True),
            )
            for column, cell in enumerate(cells):
                self.totals.setItem(row, column, cell)
        last = len(rows)
        all_row = (
            _item(self.tr("All"), bold=True),
            _item(str(takings.count), right=True, bold=True),
            _item(money(takings.taken), right=True, bold=True),
            _item(money(takings.refunds), right=True, bold=True),
            _item(money(takings.voids), right=True, bold=True),
            _item(money(takings.net), right=True, bold=True),
        )
        for column, cell in enumerate(all_row):
            self.totals.setItem(last, column, cell)
        self.totals.resizeRowsToContents()
        height = self.totals.horizontalHeader().height() + 4
        height += sum(self.totals.rowHeight(r) for r in range(self.totals.rowCount()))
        self.totals.setFixedHeight(height)
        self.totals.resizeColumnsToContents()
        width = sum(self.totals.columnWidth(c) for c in range(self.totals.columnCount()))
        self.totals.setFixedWidth(width + 2 * self.totals.frameWidth() + 2)

        names = self._client_names(takings.entries)
        numbers = {e.id: e.receipt_number for e in takings.entries}
        self.entries.setRowCount(len(takings.entries))
        for row, entry in enumerate(takings.entries):
            entry_cells = (
                _item(receipt_no(entry.receipt_number)),
                _item(local_stamp(entry.taken_at).rsplit(" ", 1)[-1]),
                _item(names.get(entry.client_id, "—") if entry.client_id else self.tr("(erased)")),
                _item(
                    marks(entry, numbers).split(" — ")[0]
                    if entry.entry != "payment"
                    else (self.tr("Payment, voided") if entry.voided else self.tr("Payment"))
                ),
                _item(core_label(KINDS.get(entry.kind, entry.kind))),
                _item(core_label(METHODS.get(entry.method, entry.method))),
                _item(money(entry.amount), right=True),
                _item(entry.taken_by_name),
            )
            for column, cell in enumerate(entry_cells):
                self.entries.setItem(row, column, cell)
        notes = []
        if not takings.entries:
            notes.append(self.tr("Nothing was taken on this day."))
        if takings.other_currencies:
            notes.append(
                self.tr(
                    "Entries in {currencies} are listed but not added up; the totals are in "
                    "{currency}."
                ).format(currencies=", ".join(takings.other_currencies), currency=takings.currency)
            )
        self.note.setText(" ".join(notes))
        for button in (self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(True)

    def _money(self, value: object) -> str:
        from smpdesk.domain.money import Money

        assert isinstance(value, Money)
        return money_text(value, self.money_locale)

    def _client_names(self, entries: tuple[payment_cases.Payment, ...]) -> dict[int | None, str]:
        """Each client's name and number, read once per client (a day has a few dozen)."""
        names: dict[int | None, str] = {}
        for client_id in {e.client_id for e in entries if e.client_id is not None}:
            try:
                client = client_cases.get_client(self._db, client_id)
            except UserError:
                client = None
            if client is not None:
                names[client_id] = f"{client.full_name} ({client.client_number})"
        return names

    # -- output ---------------------------------------------------------------
    def _suggested(self, suffix: str) -> str:
        return f"takings-{(self.day or date.today()).isoformat()}.{suffix}"

    def _made(self, make: str) -> bytes | None:
        day = self.day
        if day is None:
            return None
        if make == "csv":
            return list_output.made_now(
                self, self.tr("Takings"), lambda: payment_cases.takings_csv(self._db, day)
            )
        return list_output.made_now(
            self, self.tr("Takings"), lambda: payment_cases.takings_pdf(self._db, day)
        )

    def print_takings(self) -> str | None:
        return list_output.print_made(
            self,
            self._db,
            self._made("pdf"),
            title=self.tr("Day's takings"),
            suggested=self._suggested("pdf"),
        )

    def save_pdf(self) -> object:
        return list_output.save_made(
            self,
            self._db,
            self._made("pdf"),
            kind="pdf",
            title=self.tr("Save the day's takings"),
            suggested=self._suggested("pdf"),
        )

    def save_csv(self) -> object:
        return list_output.save_made(
            self,
            self._db,
            self._made("csv"),
            kind="csv",
            title=self.tr("Save the day's takings as CSV"),
            suggested=self._suggested("csv"),
        )


__all__ = ["TakingsWindow"]
