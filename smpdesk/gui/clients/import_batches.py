"""File → Imported batches…: every client import, and undoing one as a whole.

Each import adds its clients as one batch
(:func:`smpdesk.app.client_import.import_clients`). A batch imported by
mistake (the wrong file, the wrong date order) is taken back here with
:func:`~smpdesk.app.client_import.undo_import`, which removes all of its
clients or none: once any of them has records (a session, photos, a
questionnaire, a payment, an edit…) the use case refuses with one sentence
and nothing is removed. Undone batches stay listed, with when they were undone.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

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

from smpdesk.app import client_import
from smpdesk.app.client_import import ImportBatch
from smpdesk.app.clinic import Clinic
from smpdesk.errors import UserError
from smpdesk.gui.dates import format_stamp
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.operations import OperationRunner, runner_for
from smpdesk.gui.widgets.screen_fit import remember_geometry

if TYPE_CHECKING:
    from smpdesk.gui.changes import Changes
    from smpdesk.gui.main_window import MainWindow

HEADERS = [
    QT_TRANSLATE_NOOP("clients.import_batches", "File"),
    QT_TRANSLATE_NOOP("clients.import_batches", "Imported"),
    QT_TRANSLATE_NOOP("clients.import_batches", "By"),
    QT_TRANSLATE_NOOP("clients.import_batches", "Clients"),
    QT_TRANSLATE_NOOP("clients.import_batches", "Undone"),
]


def _when(stamp: str | None) -> str:
    """A stored UTC timestamp on the clinic's clock ("3 Nov 2026 14:30")."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:16]
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return format_stamp(moment)


class ImportBatchesDialog(QDialog):
    """The list of imports, newest first, and *Undo import* for the selected one."""

    undone = Signal(int)  # the batch id, after its clients were removed

    def __init__(
        self, db: Clinic, changes: Changes | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._changes = changes
        self._runner: OperationRunner = runner_for(parent if parent is not None else self, db)
        self._busy = False
        self.removed_any = False
        self.batches: list[ImportBatch] = []
        self.setWindowTitle(self.tr("Imported batches"))
        self.setObjectName("import_batches_dialog")
        intro = QLabel(
            self.tr(
                "Each import of clients is one batch. Undoing a batch removes every client it "
                "added, as long as none of them has records since (a session, photos, a "
                "questionnaire, a payment, an edit); otherwise nothing is removed."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("import_batches_table")
        self.table.setHorizontalHeaderLabels(
            [translate("clients.import_batches", h) for h in HEADERS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("No clients have been imported into this clinic yet."))
        self.empty_label.setObjectName("import_batches_empty")
        self.undo_button = QPushButton(self.tr("Undo import…"))
        self.undo_button.setObjectName("import_undo")
        self.undo_button.clicked.connect(self.confirm_undo)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        remember_geometry(self, "import_batches", 820, 420)
        self.reload()

    def reload(self) -> None:
        """Read the batches again (raises UserError when refused, for the caller to show)."""
        self.batches = client_import.import_batches(self._db)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            values = [
                batch.file_name,
                _when(batch.imported_at),
                batch.imported_by or "—",
                f"{batch.count:,}",
                (
                    self.tr("{when} by {who}").format(
                        when=_when(batch.undone_at), who=batch.undone_by
                    )
                    if batch.undone_by
                    else _when(batch.undone_at)
                ),
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if batch.undone_at:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        if self.batches and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self.empty_label.setVisible(not self.batches)
        self._update_buttons()

    def selected_batch(self) -> ImportBatch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def select_batch(self, batch_id: int) -> None:
        for row, batch in enumerate(self.batches):
            if batch.id == batch_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and not batch.undone_at and not self._busy)

    def confirm_undo(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone_at:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            (
                self.tr("Remove the {count} client imported from {file} on {when}?")
                if batch.count == 1
                else self.tr(
                    "Remove the {count} clients imported from {file} on {when}?", "", batch.count
                )
            ).format(count=f"{batch.count:,}", file=batch.file_name, when=_when(batch.imported_at)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo(batch.id)

    def undo(self, batch_id: int) -> None:
        """Undo ``batch_id`` on a worker (the caller confirmed); a refusal is one box."""
        if self._busy:
            return
        self._busy = True
        self._update_buttons()
        self._runner.run(
            lambda db: client_import.undo_import(db, batch_id),
            error_title=self.tr("Import not undone"),
            on_done=lambda removed: self._undone(batch_id, removed),
            on_failed=lambda _exc: self._over(),
            parent=self,
        )

    def _over(self) -> None:
        self._busy = False
        self._update_buttons()

    def _undone(self, batch_id: int, removed: int) -> None:
        self._over()
        self.removed_any = True
        if self._changes is not None:
            self._changes.client_changed.emit(0)  # no one client: the list reads itself again
        try:
            self.reload()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Imported batches"), str(exc))
        self.select_batch(batch_id)
        self.undone.emit(batch_id)
        QMessageBox.information(
            self,
            self.tr("Import undone"),
            (
                self.tr("Removed {count} client.")
                if removed == 1
                else self.tr("Removed {count} clients.", "", removed)
            ).format(count=f"{removed:,}"),
        )

    def done(self, result: int) -> None:  # Qt's name: every way of closing comes here
        if self._busy:
            return  # the undo finishes first (all or nothing)
        if self._runner.parent() is self:  # a runner of its own (no window): stop its check
            self._runner.shutdown()
        super().done(result)


def open_import_batches(window: MainWindow) -> ImportBatchesDialog | None:
    """File → Imported batches…; after an undo, back to the list (the client page may have
    shown a client the undo removed)."""
    try:
        dialog = ImportBatchesDialog(window.db, window.changes, parent=window)
    except UserError as exc:
        QMessageBox.warning(
            window, translate("clients.import_batches", "Imported batches"), str(exc)
        )
        return None
    dialog.exec()
    if dialog.removed_any:
        window.show_list()
    return dialog


__all__ = ["ImportBatchesDialog", "open_import_batches"]
