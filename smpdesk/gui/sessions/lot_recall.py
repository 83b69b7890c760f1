"""Recall search: every client and session that received a given lot.

The search runs on a worker through the window's runner: over 100,000
clients a common lot takes seconds, and the window stays usable meanwhile.
A newer search replaces the one still running; only the newest is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.session_details import describe_type
from smpdesk.gui.clients.client_list_model import format_date
from smpdesk.gui.operations import Operation, runner_for

HEADERS = ["Session date", "No.", "Client", "Phone", "Email", "Session", "Which lot"]


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
        find.clicked.connect(self.search)
        self.summary = QLabel("Enter a lot number to see every client who received it.")
        self.summary.setObjectName("lot_summary")
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("lot_results")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(self._open)
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
        self.table.setRowCount(len(matches))
        for row, m in enumerate(matches):
            values = [
                format_date(m.session_date),
                m.client_number,
                m.client_name,
                m.phone,
                m.email,
                describe_type(m.session_type),
                f"{m.column.replace('_', ' ')} {m.lot}"
                + (f" (changed later to {m.changed_later_to})" if m.changed_later_to else ""),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, m.client_id)
                self.table.setItem(row, column, cell)
        clients = len({m.client_id for m in matches})
        if not lot:
            self.summary.setText("Enter a lot number to see every client who received it.")
        else:
            self.summary.setText(
                f"Lot {lot}: {len(matches)} session{'s' if len(matches) != 1 else ''}, "
                f"{clients} client{'s' if clients != 1 else ''}. Enter opens the client."
            )

    def _open(self, cell: QTableWidgetItem) -> None:
        self.client_requested.emit(int(cell.data(Qt.ItemDataRole.UserRole)))
