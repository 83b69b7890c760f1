"""Recall search: every client and session that received a given lot.

The search is a few index probes (see ``sessions_with_lot``), run on a worker
through the window's runner all the same, so a search that finds thousands of
sessions never holds up the window.  A newer search replaces the one still
running; only the newest is shown.  The table is a model over the matches
(:class:`LotMatchesModel`): showing them costs one reset, not a widget per cell.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.session_details import describe_type
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.operations import Operation, runner_for

HEADERS = ["Session date", "No.", "Client", "Phone", "Email", "Session", "Which lot"]

AnyIndex = QModelIndex | QPersistentModelIndex


def row_texts(m: session_cases.LotMatch) -> list[str]:
    """What each column shows for one session found."""
    return [
        format_date(m.session_date),
        m.client_number,
        m.client_name,
        m.phone,
        m.email,
        describe_type(m.session_type),
        f"{m.column.replace('_', ' ')} {m.lot}"
        + (f" (changed later to {m.changed_later_to})" if m.changed_later_to else ""),
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
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None


class LotRecallDialog(QDialog):
    client_requested = Signal(int)

    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._searching: Operation | None = None
        self.setWindowTitle("Recall search by lot")
        self.resize(900, 480)
        self.lot = QLineEdit()
        self.lot.setObjectName("lot_input")
        self.lot.setPlaceholderText("Pigment, diluent or cartridge lot, as printed on the label")
        self.lot.returnPressed.connect(self.search)
        find = QPushButton("Find")
        find.setAutoDefault(False)  # Enter in the box searches once (returnPressed), not twice
        find.clicked.connect(self.search)
        self.summary = QLabel("Enter a lot number to see every client who received it.")
        self.summary.setObjectName("lot_summary")
        self.model = LotMatchesModel(self)
        self.table = QTableView()
        self.table.setObjectName("lot_results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        bar = QHBoxLayout()
        bar.addWidget(self.lot, 1)
        bar.addWidget(find)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def search(self) -> Operation:
        """Start the search for the lot typed; the table fills when it is done."""
        lot = self.lot.text().strip()
        self.summary.setText(f"Looking for lot {lot}…" if lot else self.summary.text())
        operation = runner_for(self, self._db).run(
            lambda own_db: session_cases.sessions_with_lot(own_db, lot),
            error_title="Recall search",
            on_done=lambda matches: self._show(operation, lot, matches),
            parent=self,
        )
        self._searching = operation
        return operation

    def _show(self, operation: Operation, lot: str, matches: list[session_cases.LotMatch]) -> None:
        if operation is not self._searching:
            return  # a newer search was started meanwhile
        self.model.set_matches(matches)
        clients = len({m.client_id for m in matches})
        if not lot:
            self.summary.setText("Enter a lot number to see every client who received it.")
        else:
            self.summary.setText(
                f"Lot {lot}: {len(matches)} session{'s' if len(matches) != 1 else ''}, "
                f"{clients} client{'s' if clients != 1 else ''}. Enter opens the client."
            )

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_requested.emit(self.model.client_id(index.row()))
