"""Clinic → Reports…: the owner's figures for one year, as tables and bar charts.

A year chooser (typed, or stepped with Previous/Next); one tab per table the
reports use case makes (sessions by type, revenue, sessions by practitioner, where
clients heard of the clinic, touch-ups coming due) with a bar chart drawn with
QPainter above the figures (QtCharts is not shipped with the app); Print… and
Save PDF… give the whole year's report, Save CSV… the table on screen.  Every
figure and file comes from :mod:`smpdesk.app.reports` (owner only, audited);
printing and saving go the way every list's do
(:mod:`smpdesk.gui.sessions.list_output`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clinic as clinic_cases
from smpdesk.app import reports as report_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.money import Money
from smpdesk.domain.session_details import SESSION_TYPES
from smpdesk.errors import UserError
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.payments.payment_dialog import money_text
from smpdesk.gui.sessions import list_output
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label

#: Short month names (shown through ``translate("reports.reports_window", name)``).
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("reports.reports_window", "Jan"),
    QT_TRANSLATE_NOOP("reports.reports_window", "Feb"),
    QT_TRANSLATE_NOOP("reports.reports_window", "Mar"),
    QT_TRANSLATE_NOOP("reports.reports_window", "Apr"),
    QT_TRANSLATE_NOOP("reports.reports_window", "May"),
    QT_TRANSLATE_NOOP("reports.reports_window", "Jun"),
    QT_TRANSLATE_NOOP("reports.reports_window", "Jul"),
    QT_TRANSLATE_NOOP("reports.reports_window", "Aug"),
    QT_TRANSLATE_NOOP("reports.reports_window", "Sep"),
    QT_TRANSLATE_NOOP("reports.reports_window", "Oct"),
    QT_TRANSLATE_NOOP("reports.reports_window", "Nov"),
    QT_TRANSLATE_NOOP("reports.reports_window", "Dec"),
)

#: Tab title -> the table name :func:`smpdesk.app.reports.reports_csv` knows (the
#: titles shown through ``translate("reports.reports_window", title)``).
TABS: dict[str, str] = {
    QT_TRANSLATE_NOOP("reports.reports_window", "Sessions"): "sessions",
    QT_TRANSLATE_NOOP("reports.reports_window", "Revenue"): "revenue",
    QT_TRANSLATE_NOOP("reports.reports_window", "Practitioners"): "practitioners",
    QT_TRANSLATE_NOOP("reports.reports_window", "Heard about us"): "sources",
    QT_TRANSLATE_NOOP("reports.reports_window", "Touch-ups due"): "touch_ups",
}

EARLIEST_YEAR = 1990  # the earliest session date the app accepts


def month_label(month: str) -> str:
    """ "2026-03" -> "Mar 2026" (the year matters for touch-ups running into next year)."""
    try:
        year, number = month.split("-")[:2]
        name = translate("reports.reports_window", MONTH_NAMES[int(number) - 1])
        return f"{name} {year}"
    except (ValueError, IndexError):
        return month


def total_word() -> str:
    """ "Total": the first cell of a table's total row (which is shown bold)."""
    return translate("reports.reports_window", "Total")


@dataclass(frozen=True)
class Bar:
    """One bar: its label under it, its height and the text printed on top of it."""

    label: str
    value: float
    text: str


class BarChart(QWidget):
    """Vertical bars with their figures on top: enough for a year of months.

    Drawn with QPainter so it needs nothing beyond QtWidgets; the bars scale to the
    biggest one, and an empty or all-zero chart says so instead of drawing nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[Bar, ...] = ()
        self.setMinimumHeight(150)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = tuple(bars)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.height()
        top, bottom = line + 8, self.height() - line - 8
        left, right = 8, self.width() - 8
        pen = QPen(QColor("#5b6670"))
        painter.setPen(pen)
        highest = max((bar.value for bar in self.bars), default=0.0)
        if not self.bars or highest <= 0:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show"))
            painter.end()
            return
        painter.drawLine(left, bottom, right, bottom)
        slot = (right - left) / len(self.bars)
        width = max(slot * 0.6, 2.0)
        for index, bar in enumerate(self.bars):
            x = left + index * slot
            height = (bottom - top) * max(bar.value, 0.0) / highest
            painter.fillRect(
                QRectF(x + (slot - width) / 2, bottom - height, width, height), QColor("#3d7ea6")
            )
            painter.setPen(pen)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot) - 2)
            painter.drawText(
                QRectF(x, bottom + 4, slot, line), Qt.AlignmentFlag.AlignHCenter, label
            )
            if bar.value > 0:
                text = metrics.elidedText(bar.text, Qt.TextElideMode.ElideRight, int(slot) - 2)
                painter.drawText(
                    QRectF(x, bottom - height - line - 2, slot, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    text,
                )
        painter.end()


def _item(text: str, *, right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


def _table() -> QTableWidget:
    table = QTableWidget(0, 0)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(False)
    return table


class ReportPage(QWidget):
    """One tab: a bar chart of the table's totals above the table itself."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"report_{name}")
        self.chart = BarChart()
        self.chart.setObjectName(f"chart_{name}")
        self.table = _table()
        self.table.setObjectName(f"table_{name}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)

    def fill(self, columns: list[str], rows: list[list[str]], bars: list[Bar]) -> None:
        """Rows of text under ``columns``; the last row bold when it is the total."""
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            total = cells[0] == total_word()
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _item(text, right=column > 0, bold=total))
        self.chart.set_bars(bars)


class ReportsWindow(QDialog):
    """The owner's year: the reports' tables on tabs, printable and saveable."""

    def __init__(self, db: Clinic, parent: QWidget | None = None, *, year: int | None = None):
        super().__init__(parent)
        self.setObjectName("reports_window")
        self.setWindowTitle(self.tr("Reports"))
        self._db = db
        self.money_locale = clinic_cases.load_settings(db).locale
        self.reports: report_cases.Reports | None = None

        this_year = date.today().year
        self.year_box = QSpinBox()
        self.year_box.setObjectName("reports_year")
        self.year_box.setRange(EARLIEST_YEAR, this_year + 1)
        self.year_box.setKeyboardTracking(False)  # typing "2025" loads once, not at "2"
        self.year_box.setValue(year or this_year)
        self.year_box.valueChanged.connect(self._load)
        previous = QPushButton(self.tr("◀ Previous year"))
        previous.setObjectName("previous_year")
        previous.setAutoDefault(False)
        previous.clicked.connect(self.year_box.stepDown)
        following = QPushButton(self.tr("Next year ▶"))
        following.setObjectName("next_year")
        following.setAutoDefault(False)
        following.clicked.connect(self.year_box.stepUp)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year_box)
        top.addWidget(previous)
        top.addWidget(following)
        top.addStretch(1)

        self.heading = QLabel()
        self.heading.setObjectName("reports_heading")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reports_tabs")
        self.pages: dict[str, ReportPage] = {}
        for title, name in TABS.items():
            page = ReportPage(name)
            self.pages[name] = page
            self.tabs.addTab(page, translate("reports.reports_window", title))

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("reports_print")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_reports)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setObjectName("reports_pdf")
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button = QPushButton(self.tr("Save CSV…"))
        self.csv_button.setObjectName("reports_csv")
        self.csv_button.setToolTip(self.tr("The table on screen, for a spreadsheet"))
        self.csv_button.setAutoDefault(False)
        self.csv_button.clicked.connect(self.save_csv)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.csv_button, close):
            bottom.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, 1100, 700)
        self._load(self.year_box.value())

    # -- the year -------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.year_box.value()

    @property
    def table_name(self) -> str:
        """The reports_csv table name of the tab on screen."""
        return list(TABS.values())[self.tabs.currentIndex()]

    def show_year(self, year: int) -> None:
        self.year_box.setValue(year)  # emits valueChanged → _load when it changes

    def _load(self, year: int) -> None:
        try:
            self.reports = report_cases.clinic_reports(self._db, year)
        except UserError as exc:
            self.reports = None
            self.heading.setText(str(exc))
            for page in self.pages.values():
                page.fill([], [], [])
            self._enable(False)
            return
        self._fill(self.reports)
        self._enable(True)

    def _enable(self, on: bool) -> None:
        for button in (self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(on)

    def _money(self, value: Money) -> str:
        return money_text(value, self.money_locale)

    def _fill(self, reports: report_cases.Reports) -> None:
        months = list(reports.months)
        month_heads = [month_label(m).split(" ")[0] for m in months]
        revenue_total = _sum_money(reports.revenue)
        sessions_total = sum(sum(counts) for counts in reports.sessions_by_type.values())
        rate = (
            f" ({round(100 * reports.converted / reports.consultations)}%)"
            if reports.consultations
            else ""
        )
        revenue_text = self._money(revenue_total) if revenue_total is not None else "—"
        heading = self._heading_text(sessions_total, reports.consultations).format(
            year=reports.year,
            sessions=sessions_total,
            revenue=revenue_text,
            consultations=reports.consultations,
            converted=reports.converted,
            rate=rate,
        )
        if reports.other_currencies:
            heading = self.tr("{heading}. Entries in {currencies} are not added in.").format(
                heading=heading, currencies=", ".join(reports.other_currencies)
            )
        self.heading.setText(heading)
        self._fill_counts(
            self.pages["sessions"],
            self.tr("Session type"),
            {core_label(SESSION_TYPES.get(k, k)): v for k, v in reports.sessions_by_type.items()},
            months,
            month_heads,
        )
        self._fill_counts(
            self.pages["practitioners"],
            self.tr("Practitioner"),
            {
                name or self.tr("(not recorded)"): v
                for name, v in reports.sessions_by_practitioner.items()
            },
            months,
            month_heads,
        )

        revenue_row = [self.tr("Revenue"), *(self._money(m) for m in reports.revenue)]
        if revenue_total is not None:
            revenue_row.append(self._money(revenue_total))
        self.pages["revenue"].fill(
            [self.tr("Payments less refunds and voids"), *month_heads, total_word()],
            [revenue_row],
            [
                Bar(head, money.minor, self._money(money))
                for head, money in zip(month_heads, reports.revenue, strict=False)
            ],
        )

        sources = sorted(
            (
                (label or self.tr("(not answered)"), count)
                for label, count in reports.heard_about.items()
            ),
            key=lambda kv: (-kv[1], kv[0]),
        )
        answered = sum(count for _, count in sources)
        source_rows = [
            [label, str(count), f"{round(100 * count / answered)}%" if answered else ""]
            for label, count in sources
        ]
        if sources:
            source_rows.append([total_word(), str(answered), "100%"])
        self.pages["sources"].fill(
            [self.tr("Heard about the clinic from"), self.tr("Clients"), self.tr("Share")],
            source_rows,
            [Bar(label, count, str(count)) for label, count in sources],
        )

        due = list(reports.touch_ups_due)
        due_rows = [[month_label(month), str(count)] for month, count in due]
        if due:
            due_rows.append([total_word(), str(sum(count for _, count in due))])
        self.pages["touch_ups"].fill(
            [self.tr("Month"), self.tr("Touch-ups due")],
            due_rows,
            [Bar(month_label(month), count, str(count)) for month, count in due],
        )

    def _heading_text(self, sessions: int, consultations: int) -> str:
        """The year's summary line, with the words for one or several of each."""
        if sessions == 1 and consultations == 1:
            return self.tr(
                "{year}: {sessions} session, revenue {revenue}; {consultations} consultation, "
                "{converted} went on to a first session{rate}"
            )
        if sessions == 1:
            return self.tr(
                "{year}: {sessions} session, revenue {revenue}; {consultations} consultations, "
                "{converted} went on to a first session{rate}"
            )
        if consultations == 1:
            return self.tr(
                "{year}: {sessions} sessions, revenue {revenue}; {consultations} consultation, "
                "{converted} went on to a first session{rate}"
            )
        return self.tr(
            "{year}: {sessions} sessions, revenue {revenue}; {consultations} consultations, "
            "{converted} went on to a first session{rate}"
        )

    @staticmethod
    def _fill_counts(
        page: ReportPage,
        what: str,
        counts: dict[str, list[int]],
        months: list[str],
        heads: list[str],
    ) -> None:
        """Rows of monthly counts with a Total column and row; the chart shows month totals."""
        rows = [[name, *map(str, values), str(sum(values))] for name, values in counts.items()]
        per_month = [sum(values[i] for values in counts.values()) for i in range(len(months))]
        if counts:
            rows.append([total_word(), *map(str, per_month), str(sum(per_month))])
        page.fill(
            [what, *heads, total_word()],
            rows,
            [Bar(head, count, str(count)) for head, count in zip(heads, per_month, strict=False)],
        )

    # -- output ---------------------------------------------------------------
    def _suggested(self, suffix: str, table: str = "") -> str:
        return f"reports-{self.year}{'-' + table if table else ''}.{suffix}"

    def _made(self, make: str) -> bytes | None:
        if make == "csv":
            return list_output.made_now(
                self,
                self.tr("Reports"),
                lambda: report_cases.reports_csv(self._db, self.year, self.table_name),
            )
        return list_output.made_now(
            self, self.tr("Reports"), lambda: report_cases.reports_pdf(self._db, self.year)
        )

    def print_reports(self) -> str | None:
        return list_output.print_made(
            self,
            self._db,
            self._made("pdf"),
            title=self.tr("Reports"),
            suggested=self._suggested("pdf"),
        )

    def save_pdf(self) -> object:
        return list_output.save_made(
            self,
            self._db,
            self._made("pdf"),
            kind="pdf",
            title=self.tr("Save the year's reports"),
            suggested=self._suggested("pdf"),
        )

    def save_csv(self) -> object:
        return list_output.save_made(
            self,
            self._db,
            self._made("csv"),
            kind="csv",
            title=self.tr("Save this table as CSV"),
            suggested=self._suggested("csv", self.table_name.replace("_", "-")),
        )


def _sum_money(amounts: list[Money]) -> Money | None:
    """The year's total (None for no months; the use case gives one currency)."""
    if not amounts:
        return None
    total = amounts[0]
    for amount in amounts[1:]:
        total = total + amount
    return total


__all__ = ["BarChart", "ReportsWindow"]
