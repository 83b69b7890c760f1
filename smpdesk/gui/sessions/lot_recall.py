"""Recall search: every client and session that received a given lot.

The search is a few index probes (see ``sessions_with_lot``), run on a worker
through the window's runner all the same, so a search that finds thousands of
sessions never holds up the window.  A newer search replaces the one still
running; only the newest is shown.  The table is a model over the matches
(:class:`LotMatchesModel`): showing them costs one reset, not a widget per cell.

A recall notice names a batch ("GR-2610") while the bottle said "GR-2610-A": the
search finds every lot that starts with what is typed (or holds it anywhere, or
is exactly it) and says which lots it found, so a wider catch is seen at once
(:func:`smpdesk.app.lot_recall.find_lot`).  Columns keep their content readable:
phone wide enough for a whole number, email eliding in the middle, each
resizable, every cell's whole text in its tooltip.  The list prints, saves as a
PDF and exports as CSV (:mod:`.list_output`): a recall is when a clinic must
phone everyone on it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import lot_recall as recall_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.session_details import describe_type
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.operations import Operation, runner_for
from smpdesk.gui.sessions import list_output
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label

MATCH_CHOICES = [
    ("prefix", QT_TRANSLATE_NOOP("sessions.lot_recall", "Lot starts with")),
    ("contains", QT_TRANSLATE_NOOP("sessions.lot_recall", "Lot contains")),
    ("exact", QT_TRANSLATE_NOOP("sessions.lot_recall", "Exactly this lot")),
]
# Columns: the longest phone and a usual email fit whole; the rest share what is left.
SAMPLE_TEXT = {
    "Session date": "00 Mmm 0000 ",
    "No.": "C000000 ",
    "Client": "Saoirse Mac Giolla Phádraig",
    "Phone": "+44 (0)7700 900 123 ",
    "Email": "firstname.lastname@example.co.uk",
    "Session": "Touch-up session ",
}

HEADERS = [
    QT_TRANSLATE_NOOP("sessions.lot_recall", "Session date"),
    QT_TRANSLATE_NOOP("sessions.lot_recall", "No."),
    QT_TRANSLATE_NOOP("sessions.lot_recall", "Client"),
    QT_TRANSLATE_NOOP("sessions.lot_recall", "Phone"),
    QT_TRANSLATE_NOOP("sessions.lot_recall", "Email"),
    QT_TRANSLATE_NOOP("sessions.lot_recall", "Session"),
    QT_TRANSLATE_NOOP("sessions.lot_recall", "Which lot"),
]
# Which lot of a session matched, by its column: whole words for each.
LOT_WORDS = {
    "pigment_lot": QT_TRANSLATE_NOOP("sessions.lot_recall", "pigment lot {lot}"),
    "diluent_lot": QT_TRANSLATE_NOOP("sessions.lot_recall", "diluent lot {lot}"),
    "cartridge_lot": QT_TRANSLATE_NOOP("sessions.lot_recall", "cartridge lot {lot}"),
}

AnyIndex = QModelIndex | QPersistentModelIndex


def row_texts(m: session_cases.LotMatch) -> list[str]:
    """What each column shows for one session found."""
    words = LOT_WORDS.get(m.column)
    lot = (
        translate("sessions.lot_recall", words).format(lot=m.lot)
        if words
        else f"{m.column.replace('_', ' ')} {m.lot}"
    )
    if m.changed_later_to:
        lot = translate("sessions.lot_recall", "{lot} (changed later to {later})").format(
            lot=lot, later=m.changed_later_to
        )
    return [
        format_date(m.session_date),
        m.client_number,
        m.client_name,
        m.phone,
        m.email,
        core_label(describe_type(m.session_type)),
        lot,
    ]


class LotMatchesModel(QAbstractTableModel):
    """The sessions found, as the table shows them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: list[session_cases.LotMatch] = []
        self._texts: list[list[str]] = []

    def set_matches(self, matches: list[session_cases.LotMatch]) -> None:
        self.beginResetModel()
        self.matches = matches
        self._texts = [row_texts(m) for m in matches]
        self.endResetModel()

    def client_id(self, row: int) -> int:
        return self.matches[row].client_id

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.matches[index.row()].client_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._texts[index.row()][index.column()] or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("sessions.lot_recall", HEADERS[section])
        return None


class LotRecallDialog(QDialog):
    client_requested = Signal(int)

    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._searching: Operation | None = None
        self.setWindowTitle(self.tr("Recall search by lot"))
        self.recall: recall_cases.Recall | None = None
        self.match = QComboBox()
        self.match.setObjectName("lot_match")
        for value, label in MATCH_CHOICES:
            self.match.addItem(translate("sessions.lot_recall", label), value)
        self.match.setToolTip(
            self.tr(
                "Starts with: GR-2610 finds GR-2610-A and GR-2610-B. Contains: 2610 finds both "
                "too, and any other lot holding 2610. Case, spaces and dashes never matter."
            )
        )
        self.lot = QLineEdit()
        self.lot.setObjectName("lot_input")
        self.lot.setPlaceholderText(
            self.tr("Pigment, diluent or cartridge lot, as printed on the label")
        )
        self.lot.returnPressed.connect(self.search)
        # Another kind of match searches again at once, for the lot already typed.
        self.match.currentIndexChanged.connect(self._match_changed)
        find = QPushButton(self.tr("Find"))
        find.setAutoDefault(False)  # Enter in the box searches once (returnPressed), not twice
        find.clicked.connect(self.search)
        self.summary = QLabel(self.tr("Enter a lot number to see every client who received it."))
        self.summary.setObjectName("lot_summary")
        self.model = LotMatchesModel(self)
        self.table = QTableView()
        self.table.setObjectName("lot_results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        for column, name in enumerate(HEADERS):
            if name in SAMPLE_TEXT:
                self.table.setColumnWidth(column, metrics.horizontalAdvance(SAMPLE_TEXT[name]) + 16)
        # An email cut at its end loses the domain; in its middle both ends stay readable.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._open)
        self.summary.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_list")
        self.print_button.clicked.connect(self.print_list)
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.pdf_button.setObjectName("save_pdf")
        self.pdf_button.clicked.connect(lambda: self.save_list("pdf"))
        self.csv_button = QPushButton(self.tr("&Export CSV…"))
        self.csv_button.setObjectName("export_csv")
        self.csv_button.clicked.connect(lambda: self.save_list("csv"))
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        for button in (self.print_button, self.pdf_button, self.csv_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.match)
        bar.addWidget(self.lot, 1)
        bar.addWidget(find)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        fit_to_screen(self, 1180, 620)

    def _match_changed(self, _index: int) -> None:
        if self.lot.text().strip():
            self.search()

    def search(self) -> Operation:
        """Start the search for the lot typed; the table fills when it is done."""
        lot = self.lot.text().strip()
        match = str(self.match.currentData())
        if lot:
            self.summary.setText(self.tr("Looking for lot {lot}…").format(lot=lot))
        operation = runner_for(self, self._db).run(
            lambda own_db: recall_cases.find_lot(own_db, lot, match=match),
            error_title=self.tr("Recall search"),
            on_done=lambda found: self._show(operation, lot, found),
            parent=self,
        )
        self._searching = operation
        return operation

    def _show(self, operation: Operation, lot: str, found: recall_cases.Recall) -> None:
        if operation is not self._searching:
            return  # a newer search was started meanwhile
        matches = found.matches
        self.recall = found if lot else None
        self.model.set_matches(matches)
        for button in (self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(bool(lot))
        clients = found.clients
        if not lot:
            self.summary.setText(self.tr("Enter a lot number to see every client who received it."))
            return
        lots = ", ".join(f"{name} ({n})" for name, n in found.lots[:8])
        if len(found.lots) > 8:
            lots = self.tr("{lots} and {count} more").format(lots=lots, count=len(found.lots) - 8)
        n = len(matches)
        sessions = self.tr("1 session") if n == 1 else self.tr("%n sessions", "", n)
        people = self.tr("1 client") if clients == 1 else self.tr("%n clients", "", clients)
        what = f"{found.description[0].upper()}{found.description[1:]}"
        if lots:
            text = self.tr(
                "{what}: {sessions}, {clients}; lots found: {lots}. Enter opens the client."
            )
        else:
            text = self.tr("{what}: {sessions}, {clients}. Enter opens the client.")
        self.summary.setText(text.format(what=what, sessions=sessions, clients=people, lots=lots))

    def _suggested(self, suffix: str) -> str:
        lot = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self.lot.text().strip())
        return f"recall {lot} {date.today().isoformat()}.{suffix}"

    def print_list(self) -> Operation | None:
        """The recall list as a PDF (made on a worker), then the print dialog."""
        if self.recall is None:
            return None
        lot, match = self.recall.typed, self.recall.match

        def printed(pdf: bytes) -> None:
            done = list_output.print_data(
                self,
                self._db,
                pdf,
                title=self.tr("Print recall list"),
                suggested=self._suggested("pdf"),
            )
            if done == "printed":
                self.summary.setText(self.tr("Recall list printed."))
            elif done:
                self.summary.setText(self.tr("Recall list saved."))

        return list_output.make_then(
            self,
            self._db,
            lambda own_db: recall_cases.recall_pdf(own_db, lot, match=match),
            error_title=self.tr("Print recall list"),
            then=printed,
        )

    def save_list(self, kind: str) -> Operation | None:
        """The recall list as a PDF or CSV file (made on a worker), saved where chosen."""
        if self.recall is None:
            return None
        lot, match = self.recall.typed, self.recall.match
        make = recall_cases.recall_pdf if kind == "pdf" else recall_cases.recall_csv

        def save(data: bytes) -> None:
            path = list_output.save_data(
                self,
                self._db,
                data,
                kind=kind,
                title=self.tr("Save recall list as {kind}").format(kind=kind.upper()),
                suggested=self._suggested(kind),
            )
            if path is not None:
                self.summary.setText(self.tr("Saved to {path}.").format(path=path))

        return list_output.make_then(
            self,
            self._db,
            lambda own_db: make(own_db, lot, match=match),
            error_title=self.tr("Save recall list"),
            then=save,
        )

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_requested.emit(self.model.client_id(index.row()))
