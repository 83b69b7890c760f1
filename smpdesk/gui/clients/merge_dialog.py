"""Client → Merge with…: two records of one person side by side, made into one.

The open client is offered its likely duplicates first (or any client found by
typing); the two records' details are shown side by side, one choice per line,
and the record kept can be swapped.  The merge itself is
:func:`smpdesk.app.clients.merge_clients`: everything moves to the kept record,
the other stays as an archived pointer to it, and the audit trail notes both.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smpdesk.app import clients as client_cases
from smpdesk.app.clients import Client, MergeResult
from smpdesk.app.clinic import Clinic
from smpdesk.domain.client_details import SEX_CHOICES, ClientDetails
from smpdesk.errors import UserError
from smpdesk.gui.clients.client_dialog import LABELS, describe
from smpdesk.gui.clients.client_page import papers_in
from smpdesk.gui.i18n import translate
from smpdesk.gui.widgets.screen_fit import fit_to_screen
from smpdesk.gui.words.core_labels import core_label


class MergeDialog(QDialog):
    def __init__(self, db: Clinic, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.keep: Client = client_cases.require_client(db, client_id)
        self.other: Client | None = None
        self.result_: MergeResult | None = None
        self.setWindowTitle(
            self.tr("Merge {number} with another client").format(number=self.keep.client_number)
        )

        pick = QGroupBox(self.tr("The other record of the same person"))
        self.search = QLineEdit()
        self.search.setObjectName("merge_search")
        self.search.setPlaceholderText(self.tr("Type a name, phone, email or client number"))
        self.search.textChanged.connect(self._find)
        self.found = QListWidget()
        self.found.setObjectName("merge_candidates")
        self.found.setMaximumHeight(110)
        self.found.currentItemChanged.connect(lambda item, _old: self._picked(item))
        pick_layout = QVBoxLayout(pick)
        pick_layout.addWidget(self.search)
        pick_layout.addWidget(self.found)

        self.compare = QGroupBox(self.tr("Choose which details to keep"))
        self.grid = QGridLayout(self.compare)
        self.choices: dict[str, QButtonGroup] = {}
        self.swap = QPushButton(self.tr("Keep the other record's number instead"))
        self.swap.setObjectName("merge_swap")
        self.swap.clicked.connect(self._swap)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("merge_summary")

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(pick)
        column.addWidget(self.compare)
        column.addWidget(self.swap, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.summary)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge the two records"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge")
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        likely = client_cases.possible_duplicates(db, self.keep.details(), self.keep.id)
        self._fill([d.client for d in likely])
        self._show_comparison()
        fit_to_screen(self, 760, 680)

    # -- choosing the other record ------------------------------------------------------
    def _fill(self, rows: list[client_cases.ClientRow]) -> None:
        self.found.clear()
        for row in rows:
            if row.id == self.keep.id:
                continue
            item = QListWidgetItem(describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.found.addItem(item)

    def _find(self, text: str) -> None:
        if not text.strip():
            likely = client_cases.possible_duplicates(self._db, self.keep.details(), self.keep.id)
            self._fill([d.client for d in likely])
            return
        ids = client_cases.search_client_ids(self._db, text, archived="all", limit=30)
        rows = client_cases.list_rows(self._db, ids)
        self._fill([rows[i] for i in ids if i in rows])

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.choose_other(int(item.data(Qt.ItemDataRole.UserRole)))

    def choose_other(self, client_id: int) -> None:
        """Compare with ``client_id`` (also what a test calls)."""
        try:
            other = client_cases.require_client(self._db, client_id)
            into = client_cases.merged_into(self._db, client_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot merge"), str(exc))
            return
        if into is not None or other.id == self.keep.id:
            QMessageBox.warning(
                self,
                self.tr("Cannot merge"),
                self.tr("That record was already merged; choose another client."),
            )
            return
        self.other = other
        self._show_comparison()

    def _swap(self) -> None:
        if self.other is None:
            return
        chosen = self.chosen_details()
        self.keep, self.other = self.other, self.keep
        self._show_comparison(chosen)

    # -- side by side -----------------------------------------------------------------
    def _show_comparison(self, chosen: ClientDetails | None = None) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()  # gone from view now, deleted when the event loop runs
                widget.deleteLater()
        self.choices.clear()
        other = self.other
        self.merge_button.setEnabled(other is not None)
        self.swap.setEnabled(other is not None)
        kept_title = self.tr("<b>Kept: {number}</b>").format(number=self.keep.client_number)
        self.grid.addWidget(QLabel(kept_title), 0, 1)
        if other is None:
            self.grid.addWidget(QLabel(self.tr("Choose the other record above.")), 0, 2)
            self.summary.setText("")
            return
        merged_title = self.tr("<b>Merged into it: {number}</b>").format(number=other.client_number)
        self.grid.addWidget(QLabel(merged_title), 0, 2)
        kept_values = self.keep.details().as_dict()
        other_values = other.details().as_dict()
        wanted = chosen.as_dict() if chosen else None
        for row, name in enumerate(ClientDetails.field_names(), start=1):
            mine, theirs = kept_values[name], other_values[name]
            label = translate("clients.client_dialog", LABELS[name]).rstrip(" *")
            self.grid.addWidget(QLabel(label), row, 0)
            group = QButtonGroup(self)
            for position, value in ((1, mine), (2, theirs)):
                shown = core_label(SEX_CHOICES.get(value, value)) if name == "sex" else value
                shown = papers_in(value) if name == "language" else shown
                button = QRadioButton(_one_line(shown) or self.tr("(empty)"))
                button.setObjectName(f"{name}_{'kept' if position == 1 else 'other'}")
                button.setProperty("value", value)
                group.addButton(button, position)
                self.grid.addWidget(button, row, position)
            both = joined_notes(mine, theirs, other.client_number)
            if name == "notes" and mine and theirs and mine != theirs:
                # Clinical notes are not either/or: both, joined, unless chosen otherwise.
                button = QRadioButton(self.tr("Both, joined"))
                button.setObjectName("notes_both")
                button.setToolTip(both)
                button.setProperty("value", both)
                group.addButton(button, 3)
                self.grid.addWidget(button, row, 3)
            if wanted is not None:
                pick = 1 if wanted[name] == mine else 3 if wanted[name] == both else 2
            elif group.button(3) is not None:
                pick = 3
            else:
                pick = 2 if (not mine and theirs) else 1
            picked = group.button(pick)
            if picked is not None:
                picked.setChecked(True)
            if mine == theirs:
                for same in group.buttons():
                    same.setEnabled(False)
            self.choices[name] = group
        self.summary.setText(
            self.tr(
                "{other}'s sessions, appointments, photos, forms and earlier details "
                "move to {kept}. {other} is kept, archived, as a "
                "pointer to it, and the audit trail notes the merge. The program cannot undo a "
                "merge: the way back is the backup taken before it."
            ).format(other=other.client_number, kept=self.keep.client_number)
        )

    def chosen_details(self) -> ClientDetails:
        values: dict[str, str] = {}
        for name, group in self.choices.items():
            button = group.checkedButton()
            values[name] = str(button.property("value")) if button is not None else ""
        return ClientDetails(**values)

    # -- merging ---------------------------------------------------------------------
    def merge(self) -> None:
        if self.other is None:
            return
        try:
            self.result_ = client_cases.merge_clients(
                self._db, self.keep.id, self.other.id, self.chosen_details()
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not merged"), str(exc))
            return
        if self.result_.left.get("response_drafts"):
            kept, other = self.keep.client_number, self.other.client_number
            QMessageBox.information(
                self,
                self.tr("Merged"),
                self.tr(
                    "{other} and {kept} both had an unfinished copy of the same form. Both "
                    "copies are kept and listed with {kept}; its Forms tab continues the one "
                    "changed last."
                ).format(other=other, kept=kept),
            )
        self.accept()


def joined_notes(kept: str, other: str, other_number: str) -> str:
    """Both records' notes in one: the kept client's, then the other's, marked."""
    if not other or kept == other:
        return kept
    if not kept:
        return other
    return f"{kept}\n\nFrom merged record {other_number}: {other}"


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 60 else flat[:57] + "…"
