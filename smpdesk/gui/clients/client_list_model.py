"""Table model for the client list: ids plus a page cache.

Like Anki's browser model, the model holds only ordered ids and fetches
display rows a page at a time when the view asks for them.  The ids too arrive
in pages (Qt's canFetchMore/fetchMore, as the user scrolls), so a keystroke
costs one LIMITed query and a model reset whether 10 or 20,000 clients match.
Sorting is done by SQL (through the store), never in Qt.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from smpdesk.app import clients as client_cases
from smpdesk.app.clients import Archived
from smpdesk.app.clinic import Clinic
from smpdesk.domain.dates import format_medium_date

ModelIndex = QModelIndex | QPersistentModelIndex

# (sort key in the store, header)
COLUMNS: list[tuple[str, str]] = [
    ("number", "No."),
    ("family", "Family name"),
    ("given", "Given name"),
    ("dob", "Date of birth"),
    ("phone", "Phone"),
    ("email", "Email"),
]
PAGE = 100  # display rows fetched per cache miss
FIRST_IDS = 200  # ids fetched per search; about ten screens
MORE_IDS = 1000  # ids fetched each time the view scrolls near the end
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def format_date(iso: str | None) -> str:
    """ "27 Mar 1984": month by name, so 03/04 can never be misread across countries."""
    if not iso:
        return ""
    try:
        return format_medium_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def format_local_date(timestamp: str | None) -> str:
    """A stored UTC timestamp, as the date it was on the clinic's clock."""
    if not timestamp:
        return ""
    try:
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp[:10]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_date(moment.astimezone().date().isoformat())


class ClientListModel(QAbstractTableModel):
    def __init__(self, db: Clinic, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._ids: list[int] = []
        self._has_more = False
        self._cache: dict[int, client_cases.ClientRow] = {}
        self._search_text = ""
        self._archived: Archived = "active"
        self._sort = "family"
        self._descending = False
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- queries ------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self._search_text = text
        self.refresh()

    def set_archived(self, archived: Archived) -> None:
        self._archived = archived
        self.refresh()

    @property
    def search_text(self) -> str:
        return self._search_text

    @property
    def archived_filter(self) -> Archived:
        return self._archived

    @property
    def has_more(self) -> bool:
        """True while more matches exist than the view has loaded."""
        return self._has_more

    def _search(self, limit: int, offset: int) -> list[int]:
        return client_cases.search_client_ids(
            self._db,
            self._search_text,
            archived=self._archived,
            sort=self._sort,
            descending=self._descending,
            limit=limit + 1,  # one extra tells us whether there is more
            offset=offset,
        )

    def refresh(self) -> None:
        ids = self._search(FIRST_IDS, 0)
        self.beginResetModel()
        self._has_more = len(ids) > FIRST_IDS
        self._ids = ids[:FIRST_IDS]
        self._cache.clear()
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._has_more:
            return
        more = self._search(MORE_IDS, len(self._ids))
        self._has_more = len(more) > MORE_IDS
        more = more[:MORE_IDS]
        if more:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._ids.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # -- lookup -------------------------------------------------------------
    def client_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: int) -> int | None:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def load_until(self, client_id: int) -> int | None:
        """Fetch more pages until ``client_id`` is loaded; its row, or None."""
        row = self.row_of(client_id)
        while row is None and self._has_more:
            start = len(self._ids)
            self.fetchMore()
            row = self.row_of(client_id) if client_id in self._ids[start:] else None
        return row

    def _row(self, row: int) -> client_cases.ClientRow | None:
        client_id = self._ids[row]
        cached = self._cache.get(client_id)
        if cached is None:
            start = row - row % PAGE
            self._cache.update(client_cases.list_rows(self._db, self._ids[start : start + PAGE]))
            cached = self._cache.get(client_id)
        return cached

    # -- Qt model API -------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section][1]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CLIENT_ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, COLUMNS[index.column()][0])
        if row.archived_at:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#777777")
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
            if role == Qt.ItemDataRole.ToolTipRole:
                return "Archived client"
        return None

    @staticmethod
    def _display(row: client_cases.ClientRow, key: str) -> str:
        if key == "number":
            return row.client_number
        if key == "family":
            return row.family_name
        if key == "given":
            if row.preferred_name and row.preferred_name != row.given_name:
                return f"{row.given_name} ({row.preferred_name})"
            return row.given_name
        if key == "dob":
            return format_date(row.date_of_birth)
        if key == "phone":
            return row.phone
        if key == "email":
            return row.email
        return ""
