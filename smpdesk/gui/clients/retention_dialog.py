"""Clients past retention: whose last visit is older than the clinic keeps records for.

The owner reviews the list (Open shows the client's page) and erases those the
clinic no longer needs to keep (Erase… opens :class:`EraseDialog`).  Nothing is
erased from here without that dialog's reason and typed client number.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import erasure, retention
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.errors import UserError
from smpdesk.gui.dates import format_medium_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate

HEADERS = [
    QT_TRANSLATE_NOOP("clients.retention_dialog", "No."),
    QT_TRANSLATE_NOOP("clients.retention_dialog", "Name"),
    QT_TRANSLATE_NOOP("clients.retention_dialog", "Last visit"),
    QT_TRANSLATE_NOOP("clients.retention_dialog", "Years since"),
]


class RetentionDialog(QDialog):
    """The owner's list; raises UserError (refused) when built, for the caller to show."""

    client_requested = Signal(int)
    client_erased = Signal(object)  # erasure.Erased

    def __init__(self, db: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Clients past retention"))
        self.setObjectName("retention_dialog")
        self.resize(760, 500)
        self.intro = QLabel()
        self.intro.setObjectName("retention_intro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("retention_table")
        self.table.setHorizontalHeaderLabels(
            [translate("clients.retention_dialog", h) for h in HEADERS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.summary = QLabel()
        self.summary.setObjectName("retention_summary")
        self.open_button = QPushButton(self.tr("Open client"))
        self.open_button.setObjectName("retention_open")
        self.open_button.clicked.connect(self.open_selected)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setObjectName("retention_erase")
        self.erase_button.clicked.connect(self.erase_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.erase_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.refresh()

    def refresh(self) -> None:
        """List the clients past the period again (after an erasure, or a settings change)."""
        years = load_settings(self._db).retention_years
        past = retention.clients_past_retention(self._db)
        self.intro.setText(
            self.tr(
                "The clinic keeps a client's records for {years} years after their last visit "
                "(Clinic → Settings → Records). These clients were last seen longer ago than "
                "that: review each one, and erase those the clinic no longer needs to keep. The "
                "last visit is the latest session; for a client with none, their latest form or "
                "the day they were added.",
                "",
                years,
            ).format(years=years)
        )
        self.table.setRowCount(len(past))
        for row, p in enumerate(past):
            name = self.tr("{name}  (archived)").format(name=p.name) if p.archived else p.name
            values = [p.client_number, name, format_medium_date(p.last_visit), str(p.years_since)]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, p.client_id)
                if column == 3:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        if past:
            summary = (
                self.tr("{count} client is past the {years}-year retention period.")
                if len(past) == 1
                else self.tr(
                    "{count} clients are past the {years}-year retention period.", "", len(past)
                )
            )
            self.summary.setText(summary.format(count=len(past), years=years))
            self.table.selectRow(0)
        else:
            self.summary.setText(
                self.tr("No client is past the {years}-year retention period.").format(years=years)
            )
        self._update_buttons()

    def selected_client_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_client_id() is not None
        self.open_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def open_selected(self) -> None:
        client_id = self.selected_client_id()
        if client_id is not None:
            self.client_requested.emit(client_id)

    def erase_selected(self) -> erasure.Erased | None:
        """The erase dialog for the selected client; the list follows when it is done."""
        from smpdesk.gui.clients.erase_dialog import EraseDialog

        client_id = self.selected_client_id()
        if client_id is None:
            return None
        try:
            dialog = EraseDialog(self._db, client_id, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not erased"), str(exc))
            self.refresh()
            return None
        if not dialog.exec() or dialog.erased is None:
            return None
        self.client_erased.emit(dialog.erased)
        self.refresh()
        return dialog.erased


__all__ = ["RetentionDialog"]
