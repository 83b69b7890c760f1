"""File → Import clients…: a spreadsheet's clients brought in, checked before anything is added.

A clinic switching from paper or a spreadsheet arrives with a CSV, a TXT or an
Excel file whose columns are named any way. The dialog walks it through four
steps on one screen, so nothing is added by surprise:

1. *Choose a file…*: :func:`smpdesk.app.client_import.read_import_file` reads it
   (encoding, delimiter or sheet detected; a refusal is one sentence and the
   dialog stays as it was).
2. The preview: the first rows, and above each column a box naming the field it
   fills (preset from the header texts by ``guess_mapping``; "Ignore" drops it).
   When a column holds dates of birth, whether they are written day or month
   first (guessed from the values, else the clinic's date style).
3. The check: :func:`~smpdesk.app.client_import.plan_import` (a dry run, nothing
   written) after every change: how many clients would be added, which rows look
   like clients already on file (or like other rows), which rows have problems,
   each with its row number as the spreadsheet shows it.
4. *Import N clients*: a confirmation, then ``import_clients`` (one transaction,
   one batch, undone from File → Imported batches…).

Reading, checking and importing run on a worker (the window's
:class:`~smpdesk.gui.operations.OperationRunner`) behind the wait cursor, so a
20,000-row file never freezes the window; the tables are models that hold only
what they show (the preview keeps its first rows, the result lists are read
lazily by the view). Nothing here logs a cell of the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import client_import
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.client_import import IMPORT_FIELDS, guess_day_first, guess_mapping
from smpdesk.errors import UserError
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.operations import OperationRunner, runner_for
from smpdesk.gui.widgets.screen_fit import remember_geometry
from smpdesk.gui.words.core_labels import core_label

if TYPE_CHECKING:
    from smpdesk.app.client_import import ImportReport
    from smpdesk.domain.client_import import SourceTable
    from smpdesk.gui.changes import Changes
    from smpdesk.gui.main_window import MainWindow

ModelIndex = QModelIndex | QPersistentModelIndex

#: Rows of the file the preview shows: enough to recognise the columns, never 20,000 items.
PREVIEW_ROWS = 20
IGNORE = ""  # the mapping's "leave this column out"
IGNORE_LABEL = QT_TRANSLATE_NOOP("clients.import_dialog", "Ignore")
DATE_FIELD = "date_of_birth"
FILE_FILTER = str(
    QT_TRANSLATE_NOOP("clients.import_dialog", "Client lists (*.csv *.txt *.xlsx);;All files (*)")
)
UNDO_HINT = str(
    QT_TRANSLATE_NOOP(
        "clients.import_dialog", "You can undo this import from File → Imported batches…"
    )
)
_GREY = QColor("#8a8a8a")


def _delimiter_name(delimiter: str) -> str:
    return {
        ",": translate("clients.import_dialog", "commas"),
        ";": translate("clients.import_dialog", "semicolons"),
        "\t": translate("clients.import_dialog", "tabs"),
        "|": translate("clients.import_dialog", "bars"),
    }.get(delimiter, repr(delimiter))


def describe_source(table: SourceTable) -> str:
    """One line on how the file was read: what a clinic checks when the preview looks odd."""
    rows = len(table.rows)
    if table.sheet or table.encoding == "xlsx":
        how = (
            translate("clients.import_dialog", "Excel workbook, sheet “{sheet}”").format(
                sheet=table.sheet
            )
            if table.sheet
            else translate("clients.import_dialog", "Excel workbook")
        )
    else:
        encoding = {
            "utf-8": "UTF-8",
            "utf-8-sig": translate("clients.import_dialog", "UTF-8 with BOM"),
            "cp1252": "Windows-1252",
            "utf-16": "UTF-16",
        }.get(table.encoding, table.encoding)
        how = translate(
            "clients.import_dialog", "text, {encoding}, columns separated by {delimiters}"
        ).format(encoding=encoding, delimiters=_delimiter_name(table.delimiter))
    described = (
        translate("clients.import_dialog", "{file} — {how}; {count} row below the header")
        if rows == 1
        else translate(
            "clients.import_dialog", "{file} — {how}; {count} rows below the header", "", rows
        )
    )
    return described.format(file=table.file_name, how=how, count=f"{rows:,}")


# -- models ---------------------------------------------------------------------------
class PreviewModel(QAbstractTableModel):
    """The file's first rows; columns mapped to nothing are shown grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = ()
        self.rows: Sequence[tuple[str, ...]] = ()
        self.row_numbers: Sequence[int] = ()
        self.ignored: set[int] = set()

    def set_table(self, table: SourceTable) -> None:
        self.beginResetModel()
        self.headers = table.headers
        self.rows = table.rows[:PREVIEW_ROWS]
        self.row_numbers = table.row_numbers[:PREVIEW_ROWS]
        self.ignored = set()
        self.endResetModel()

    def set_ignored(self, columns: set[int]) -> None:
        self.ignored = set(columns)
        if self.rows and self.headers:
            last = self.index(len(self.rows) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.ForegroundRole])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # One line per cell: a quoted newline inside a cell would double the row.
            return " ".join(self.rows[index.row()][index.column()].split())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in self.ignored:
            return _GREY
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.headers):
                return self.headers[section] or self.tr("(column {number})").format(
                    number=section + 1
                )
            return None
        if 0 <= section < len(self.row_numbers):
            return str(self.row_numbers[section])
        return None


class RowsModel(QAbstractTableModel):
    """A read-only list of text rows (a result list may hold 20,000 of them)."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: Sequence[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return translate("clients.import_dialog", self.headers[section])
        return None


# -- the header with a field box above each column -----------------------------------------
class MappingHeader(QHeaderView):
    """A horizontal header whose sections show the file's header text over a field box.

    The boxes are children of the header, placed over the lower half of each
    section and moved whenever a section is resized or the table scrolls, so a
    box always sits above the column it maps.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.combos: list[QComboBox] = []
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.sectionResized.connect(lambda *_: self.place_combos())
        self.geometriesChanged.connect(self.place_combos)

    def set_combos(self, combos: list[QComboBox]) -> None:
        for combo in self.combos:
            combo.deleteLater()
        self.combos = combos
        for combo in combos:
            combo.setParent(self)
            combo.show()
        self.updateGeometries()
        self.place_combos()

    def _text_height(self) -> int:
        return super().sizeHint().height()

    def _combo_height(self) -> int:
        return max((combo.sizeHint().height() for combo in self.combos), default=0)

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        size.setHeight(self._text_height() + self._combo_height() + 4)
        return size

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # Qt's name
        size = super().sectionSizeFromContents(logicalIndex)
        if 0 <= logicalIndex < len(self.combos):
            size.setWidth(max(size.width(), self.combos[logicalIndex].sizeHint().width() + 6))
        return size

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        painter.save()
        super().paintSection(
            painter, rect.adjusted(0, 0, 0, -(self._combo_height() + 4)), logicalIndex
        )
        painter.restore()

    def place_combos(self) -> None:
        top = self._text_height() + 1
        height = self._combo_height()
        for index, combo in enumerate(self.combos):
            if index >= self.count() or self.isSectionHidden(index):
                combo.hide()
                continue
            x = self.sectionViewportPosition(index)
            combo.setGeometry(x + 2, top, max(self.sectionSize(index) - 4, 10), height)
            combo.show()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.place_combos()


# -- the dialog -------------------------------------------------------------------------
@dataclass(frozen=True)
class _Check:
    """What one dry run was asked, so a result for an older choice is never shown."""

    mapping: tuple[tuple[int, str], ...]
    day_first: bool | None
    add_duplicates: bool


ADDED_HEADERS = [
    QT_TRANSLATE_NOOP("clients.import_dialog", "Row"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "Given name"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "Family name"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "Date of birth"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "Phone"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "Email"),
]
DUPLICATE_HEADERS = [
    QT_TRANSLATE_NOOP("clients.import_dialog", "Row"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "Name"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "Date of birth"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "Why it looks the same"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "Same as"),
]
PROBLEM_HEADERS = [
    QT_TRANSLATE_NOOP("clients.import_dialog", "Row"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "Problem"),
    QT_TRANSLATE_NOOP("clients.import_dialog", "In the file"),
]


def _name(details: Any) -> str:
    return " ".join(part for part in (details.given_name, details.family_name) if part)


def _same_as(duplicate: client_import.ImportDuplicate) -> str:
    clients = [
        f"{m.client_number} {m.given_name} {m.family_name}".strip() for m in duplicate.matches
    ]
    rows = [
        translate("clients.import_dialog", "row {row}").format(row=row) for row in duplicate.rows
    ]
    return "; ".join(clients + rows)


class ImportDialog(QDialog):
    """Choose, preview, map, check and import one file of clients (the owner's)."""

    loaded = Signal()  # a file was read and its preview shown
    checked = Signal()  # a dry run's result is shown (or its refusal)
    imported = Signal(object)  # the ImportReport of the import made

    def __init__(
        self, db: Clinic, changes: Changes | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._changes = changes
        self._runner: OperationRunner = runner_for(parent if parent is not None else self, db)
        self.setWindowTitle(self.tr("Import clients"))
        self.setObjectName("import_dialog")
        self.table_source: SourceTable | None = None
        self.report: ImportReport | None = None
        self.result_report: ImportReport | None = None
        self._checking: _Check | None = None  # the dry run on the worker now
        self._wanted: _Check | None = None  # what the screen asks for now
        self._shown: _Check | None = None  # what the shown report answers
        self._importing = False
        self._reading = False
        self._date_column: int | None = None
        self._row_index: tuple[SourceTable, dict[int, int]] | None = None
        self._clinic_day_first = load_settings(db).date_style != "us"

        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.setObjectName("import_choose")
        self.choose_button.clicked.connect(self.choose_file)
        self.source_label = QLabel(
            self.tr(
                "Choose a CSV, TXT or Excel (.xlsx) file with one client a row and a header row "
                "naming the columns. Nothing is added until you press Import."
            )
        )
        self.source_label.setObjectName("import_source")
        self.source_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.source_label, 1)

        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("import_preview")
        self.mapping_header = MappingHeader(self.preview)
        self.preview.setHorizontalHeader(self.mapping_header)
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 6)
        self.preview.horizontalScrollBar().valueChanged.connect(
            lambda _v: self.mapping_header.place_combos()
        )
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(
            self.tr(
                "<b>The first rows</b> (row numbers as the spreadsheet shows them). Choose above "
                "each column what it holds, or “{ignore}”."
            ).format(ignore=translate("clients.import_dialog", IGNORE_LABEL))
        )
        self.preview_title.setWordWrap(True)

        # Options the check depends on.
        self.date_label = QLabel(self.tr("Dates of birth in this file are written"))
        self.date_order = QComboBox()
        self.date_order.setObjectName("import_date_order")
        self.date_order.addItem(self.tr("day first (31/12/1980)"), True)
        self.date_order.addItem(self.tr("month first (12/31/1980)"), False)
        self.date_order.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.date_note = QLabel()
        self.date_note.setObjectName("import_date_note")
        self.date_note.setStyleSheet("color: #555;")
        self.add_duplicates = QCheckBox(
            self.tr("Also add rows that look like clients already on file")
        )
        self.add_duplicates.setObjectName("import_add_duplicates")
        self.add_duplicates.toggled.connect(lambda _on: self._options_changed())
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_label)
        date_row.addWidget(self.date_order)
        date_row.addWidget(self.date_note)
        date_row.addStretch(1)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addLayout(date_row)
        self._set_date_row_visible(False)

        # The check's result.
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.added_model = RowsModel(ADDED_HEADERS, self)
        self.duplicates_model = RowsModel(DUPLICATE_HEADERS, self)
        self.problems_model = RowsModel(PROBLEM_HEADERS, self)
        self.results = QTabWidget()
        self.results.setObjectName("import_results")
        self.result_views: list[QTableView] = []
        for model, name in (
            (self.added_model, "import_added"),
            (self.duplicates_model, "import_duplicates"),
            (self.problems_model, "import_problems"),
        ):
            view = QTableView()
            view.setObjectName(name)
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.result_views.append(view)
        self._set_tab_titles(0, 0, 0)
        result_box = QWidget()
        result_layout = QVBoxLayout(result_box)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.summary)
        result_layout.addWidget(self.results, 1)
        result_layout.addWidget(self.add_duplicates)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(preview_box)
        self.splitter.addWidget(result_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import_go")
        self.import_button.setEnabled(False)
        # Wide enough for any count: the text changes with every check.
        self.import_button.setMinimumWidth(
            self.import_button.fontMetrics().horizontalAdvance(
                self.tr("Import {count} clients", "", 200_000).format(count="200,000")
            )
            + 24
        )
        self.import_button.clicked.connect(self.confirm_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._show_steps(False)
        remember_geometry(self, "import_dialog", 1120, 780)

    # -- step 1: the file -------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import clients from"),
            str(Path.home()),
            translate("clients.import_dialog", FILE_FILTER),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read ``path`` on a worker; on success show its preview and check it."""
        if self._reading or self._importing:
            return
        self._reading = True
        self.choose_button.setEnabled(False)
        self._runner.run(
            lambda db: client_import.read_import_file(db, path),
            error_title=self.tr("File not read"),
            on_done=self._file_read,
            on_failed=lambda _exc: self._read_over(),
            parent=self,
        )

    def _read_over(self) -> None:
        self._reading = False
        self.choose_button.setEnabled(not self._importing)

    def _file_read(self, table: SourceTable) -> None:
        self._read_over()
        if not table.headers:
            QMessageBox.warning(
                self, self.tr("File not read"), self.tr("That file has no columns to import.")
            )
            return
        self.table_source = table
        self.report = None
        self._shown = self._wanted = None
        self.source_label.setText(describe_source(table))
        self.preview_model.set_table(table)
        guessed = guess_mapping(table.headers)
        combos = []
        for column in range(len(table.headers)):
            combo = QComboBox()
            combo.setObjectName(f"import_map_{column}")
            combo.addItem(translate("clients.import_dialog", IGNORE_LABEL), IGNORE)
            for key, label in IMPORT_FIELDS.items():
                if key:
                    combo.addItem(core_label(label), key)
            found = combo.findData(guessed.get(column, IGNORE))
            combo.setCurrentIndex(max(found, 0))
            combo.setToolTip(
                self.tr("What the column “{header}” holds").format(header=table.headers[column])
            )
            combo.currentIndexChanged.connect(lambda _i: self._options_changed())
            combos.append(combo)
        self.mapping_header.set_combos(combos)
        self.preview.resizeColumnsToContents()
        for column in range(len(combos)):  # a long address must not push the rest away
            if self.preview.columnWidth(column) > 260:
                self.preview.setColumnWidth(column, 260)
        self._date_column = None
        self._show_steps(True)
        self.loaded.emit()
        self._options_changed()

    # -- step 2: the mapping ------------------------------------------------------------
    @property
    def mapping_combos(self) -> list[QComboBox]:
        return self.mapping_header.combos

    def mapping(self) -> dict[int, str]:
        """Column index → field key ("" for an ignored column), as the boxes say now."""
        return {
            i: str(combo.currentData() or IGNORE) for i, combo in enumerate(self.mapping_combos)
        }

    def set_field(self, column: int, field: str) -> None:
        """Map ``column`` to ``field`` ("" ignores it), as choosing it in its box does."""
        combo = self.mapping_combos[column]
        combo.setCurrentIndex(combo.findData(field))

    def day_first(self) -> bool | None:
        """How dates of birth are read; None when no column holds them."""
        if self._date_column is None:
            return None
        return bool(self.date_order.currentData())

    def _sync_date_order(self, mapping: dict[int, str]) -> None:
        """Show the date order only with a date-of-birth column; preset it for a new column."""
        column = next((i for i, field in mapping.items() if field == DATE_FIELD), None)
        self._set_date_row_visible(column is not None)
        if column == self._date_column:
            return
        self._date_column = column
        if column is None or self.table_source is None:
            return
        guess = guess_day_first(row[column] for row in self.table_source.rows)
        day_first = self._clinic_day_first if guess is None else guess
        self.date_order.blockSignals(True)
        self.date_order.setCurrentIndex(0 if day_first else 1)
        self.date_order.blockSignals(False)
        if guess is None:
            self.date_note.setText(self.tr("(the file does not tell: the clinic's date style)"))
        else:
            self.date_note.setText(self.tr("(guessed from the dates in the file)"))

    def _set_date_row_visible(self, visible: bool) -> None:
        for widget in (self.date_label, self.date_order, self.date_note):
            widget.setVisible(visible)

    def _options_changed(self) -> None:
        """Any choice changed: the shown result is stale until the check runs again."""
        if self.table_source is None:
            return
        mapping = self.mapping()
        self._sync_date_order(mapping)
        self.preview_model.set_ignored({i for i, field in mapping.items() if field == IGNORE})
        self._wanted = _Check(
            tuple(sorted(mapping.items())),
            self.day_first(),
            self.add_duplicates.isChecked(),
        )
        self._update_import_button()
        self._start_check()

    # -- step 3: the check (dry run) ----------------------------------------------------
    def _start_check(self) -> None:
        if self._checking is not None or self._wanted is None or self.table_source is None:
            return  # the running check is followed by one for the latest choice
        if self._wanted == self._shown:
            return
        ask = self._wanted
        table = self.table_source
        self._checking = ask
        self.summary.setText(self.tr("Checking…"))

        def plan(db: Clinic) -> ImportReport | str:
            try:
                return client_import.plan_import(
                    db,
                    table,
                    dict(ask.mapping),
                    day_first=ask.day_first,
                    add_duplicates=ask.add_duplicates,
                )
            except UserError as exc:  # a mapping it cannot use: said in place, no box
                return str(exc)

        self._runner.run(
            plan,
            error_title=self.tr("Not checked"),
            on_done=lambda outcome: self._checked(ask, table, outcome),
            on_failed=lambda _exc: self._check_failed(ask),
            parent=self,
        )

    def _check_failed(self, ask: _Check) -> None:
        self._checking = None
        self.summary.setText(self.tr("The check did not finish; change a choice to try again."))
        self.checked.emit()

    def _checked(self, ask: _Check, table: SourceTable, outcome: ImportReport | str) -> None:
        self._checking = None
        if table is not self.table_source or ask != self._wanted:
            self._start_check()  # another file or choice meanwhile: check that instead
            return
        self._shown = ask
        if isinstance(outcome, str):
            self.report = None
            self.summary.setText(f"<span style='color:#b00020'>{_escape(outcome)}</span>")
            self._show_report(None)
        else:
            self.report = outcome
            self._show_report(outcome)
        self._update_import_button()
        self.checked.emit()

    def _show_report(self, report: ImportReport | None) -> None:
        if report is None:
            for model in (self.added_model, self.duplicates_model, self.problems_model):
                model.set_rows([])
            self._set_tab_titles(0, 0, 0)
            return
        added = [
            (
                str(row.row),
                row.details.given_name,
                row.details.family_name,
                format_date(row.details.date_of_birth),
                row.details.phone,
                row.details.email,
            )
            for row in report.added
        ]
        duplicates = [
            (
                str(dup.row),
                _name(dup.details),
                format_date(dup.details.date_of_birth),
                "; ".join(dup.reasons),
                _same_as(dup),
            )
            for dup in report.duplicates
        ]
        problems = [(str(p.row), p.reason, self._cells_of(p.row)) for p in report.problems]
        self.added_model.set_rows(added)
        self.duplicates_model.set_rows(duplicates)
        self.problems_model.set_rows(problems)
        for view in self.result_views:
            _fit_columns(view)
        n, d, p = len(added), len(duplicates), len(problems)
        self._set_tab_titles(n, d, p)
        self.summary.setText(f"<b>{_summary(n, d, p)}</b>" + self._duplicates_note(report))
        if not n and (d or p):
            self.results.setCurrentIndex(1 if d else 2)

    def _cells_of(self, row_number: int) -> str:
        """The row's filled cells on one line, so a problem row can be found and fixed."""
        table = self.table_source
        if table is None:
            return ""
        if self._row_index is None or self._row_index[0] is not table:
            self._row_index = (table, {n: i for i, n in enumerate(table.row_numbers)})
        position = self._row_index[1].get(row_number)
        if position is None:
            return ""
        return " · ".join(" ".join(cell.split()) for cell in table.rows[position] if cell.strip())

    def _duplicates_note(self, report: ImportReport) -> str:
        if not report.duplicates:
            return ""
        if self.add_duplicates.isChecked():
            return " " + self.tr("Likely duplicates will be added too.")
        return " " + self.tr("Likely duplicates are not added unless you tick “Also add…” below.")

    def tab_titles(self) -> list[str]:
        return [self.results.tabText(i) for i in range(self.results.count())]

    def _set_tab_titles(self, added: int, duplicates: int, problems: int) -> None:
        titles = [
            self.tr("To add ({count})").format(count=f"{added:,}"),
            self.tr("Likely duplicates ({count})").format(count=f"{duplicates:,}"),
            self.tr("Problems ({count})").format(count=f"{problems:,}"),
        ]
        if self.results.count() == 0:
            for view, title in zip(self.result_views, titles, strict=True):
                self.results.addTab(view, title)
        else:
            for index, title in enumerate(titles):
                self.results.setTabText(index, title)

    # -- step 4: the import -------------------------------------------------------------
    def clients_to_add(self) -> int:
        """How many clients the import would add, by the check shown."""
        report = self.report
        if report is None:
            return 0
        count = len(report.added)
        if self.add_duplicates.isChecked():
            added_rows = {row.row for row in report.added}
            count += sum(1 for dup in report.duplicates if dup.row not in added_rows)
        return count

    def _update_import_button(self) -> None:
        fresh = self.report is not None and self._shown == self._wanted and self._checking is None
        count = self.clients_to_add() if fresh else 0
        if count == 1:
            text = self.tr("Import {count} client")
        elif count:
            text = self.tr("Import {count} clients", "", count)
        else:
            text = self.tr("Import")
        self.import_button.setText(text.format(count=f"{count:,}"))
        self.import_button.setEnabled(bool(count) and not self._importing)

    def confirm_import(self) -> None:
        count = self.clients_to_add()
        if not count or self.table_source is None or self._wanted is None:
            return
        table = self.table_source
        answer = QMessageBox.question(
            self,
            self.tr("Import clients"),
            (
                self.tr(
                    "Add {count} client from {file}? They are added as one batch, which you "
                    "can undo while none of them has records."
                )
                if count == 1
                else self.tr(
                    "Add {count} clients from {file}? They are added as one batch, which you "
                    "can undo while none of them has records.",
                    "",
                    count,
                )
            ).format(count=f"{count:,}", file=table.file_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_import()

    def start_import(self) -> None:
        """Import as the check shown (the caller confirmed)."""
        ask, table = self._wanted, self.table_source
        if ask is None or table is None or self._importing:
            return
        self._importing = True
        for widget in (self.import_button, self.choose_button, self.close_button, self.splitter):
            widget.setEnabled(False)
        self.add_duplicates.setEnabled(False)
        self.date_order.setEnabled(False)
        self._runner.run(
            lambda db: client_import.import_clients(
                db,
                table,
                dict(ask.mapping),
                day_first=ask.day_first,
                add_duplicates=ask.add_duplicates,
            ),
            error_title=self.tr("Not imported"),
            on_done=self._imported,
            on_failed=lambda _exc: self._import_over(),
            parent=self,
        )

    def _import_over(self) -> None:
        self._importing = False
        for widget in (self.choose_button, self.close_button, self.splitter):
            widget.setEnabled(True)
        self.add_duplicates.setEnabled(True)
        self.date_order.setEnabled(True)
        self._update_import_button()

    def _imported(self, report: ImportReport) -> None:
        self._import_over()
        self.result_report = report
        added = [row.client_id for row in report.added if row.client_id is not None]
        if self._changes is not None and added:
            self._changes.client_changed.emit(added[0])  # the list reads itself again
        self.imported.emit(report)
        count = len(report.added)
        left = []
        if report.duplicates and not self.add_duplicates.isChecked():
            left.append(_likely_duplicates(len(report.duplicates)))
        if report.problems:
            left.append(_rows_with_problems(len(report.problems)))
        if len(left) == 2:
            not_added = " " + self.tr("Not added: {first} and {second}.").format(
                first=left[0], second=left[1]
            )
        elif left:
            not_added = " " + self.tr("Not added: {items}.").format(items=left[0])
        else:
            not_added = ""
        imported = (
            self.tr("Imported {count} client (batch {batch}).")
            if count == 1
            else self.tr("Imported {count} clients (batch {batch}).", "", count)
        ).format(count=f"{count:,}", batch=report.batch_id)
        QMessageBox.information(
            self,
            self.tr("Clients imported"),
            f"{imported}{not_added} {translate('clients.import_dialog', UNDO_HINT)}",
        )
        self.accept()

    # -- closing ------------------------------------------------------------------------
    def done(self, result: int) -> None:  # Qt's name: every way of closing comes here
        if self._importing:
            return  # the import finishes first (one transaction: it is all or nothing)
        if self._runner.parent() is self:  # a runner of its own (no window): stop its check
            self._runner.shutdown()
        super().done(result)

    def _show_steps(self, shown: bool) -> None:
        self.splitter.setVisible(shown)
        self.add_duplicates.setVisible(shown)
        if not shown:
            self._set_date_row_visible(False)


def _likely_duplicates(count: int) -> str:
    text = (
        translate("clients.import_dialog", "{count} likely duplicate")
        if count == 1
        else translate("clients.import_dialog", "{count} likely duplicates", "", count)
    )
    return text.format(count=f"{count:,}")


def _rows_with_problems(count: int) -> str:
    text = (
        translate("clients.import_dialog", "{count} row with problems")
        if count == 1
        else translate("clients.import_dialog", "{count} rows with problems", "", count)
    )
    return text.format(count=f"{count:,}")


def _summary(added: int, duplicates: int, problems: int) -> str:
    to_add = (
        translate("clients.import_dialog", "{count} client to add")
        if added == 1
        else translate("clients.import_dialog", "{count} clients to add", "", added)
    ).format(count=f"{added:,}")
    return translate("clients.import_dialog", "{added}, {duplicates}, {problems}.").format(
        added=to_add,
        duplicates=_likely_duplicates(duplicates),
        problems=_rows_with_problems(problems),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fit_columns(view: QTableView) -> None:
    """Columns sized to their first rows (not all 20,000); none wider than a third of the
    view (two thirds in the problems' three columns, where the sentence is what matters)."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(50)
    view.resizeColumnsToContents()
    share = 2 if header.count() <= 3 else 1
    widest = max(view.viewport().width() * share // 3, 160)
    for column in range(header.count() - 1):
        if view.columnWidth(column) > widest:
            view.setColumnWidth(column, widest)


def open_import_dialog(window: MainWindow) -> ImportDialog:
    """File → Import clients…: the dialog over the window; back to the refreshed list after."""
    dialog = ImportDialog(window.db, window.changes, parent=window)
    dialog.exec()
    if dialog.result_report is not None:
        window.show_list()
    return dialog


__all__ = ["ImportDialog", "MappingHeader", "PreviewModel", "RowsModel", "open_import_dialog"]
