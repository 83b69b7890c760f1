"""Table model for the client list: ids plus a page cache.

Like Anki's browser model, the model holds only ordered ids and fetches
display rows a page at a time when the view asks for them.  The ids too arrive
in pages (Qt's canFetchMore/fetchMore, as the user scrolls), so a keystroke
costs one LIMITed query and a model reset whether 10 or 100,000 clients match.
Sorting is done by SQL (through the store), never in Qt.

Nothing here touches PySide6's ``Qt`` namespace before the list has painted:
the first use of it builds all 94 of its enums (about 17 ms, Python's enum is
slow), and a model that overrides ``headerData`` or ``flags`` pays that the
moment a view is attached (Qt passes ``Qt.Orientation`` / expects
``Qt.ItemFlags``).  So the roles are plain ints, the headers come from a small
C++ model set on the header (:func:`header_model`), and ``sort`` imports ``Qt``
only when a header click or the window's after-paint step calls it.

The ids may have holes (``None``): going back to a client deep in the list
reads only the ids around them (found by their sort key, see
:func:`smpdesk.app.clients.locate_client`), and the rows above are read a page
at a time when the view first shows them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget

from smpdesk.app import client_search
from smpdesk.app import clients as client_cases
from smpdesk.app.clients import Archived
from smpdesk.app.clinic import Clinic
from smpdesk.gui.dates import format_medium_date
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont

ModelIndex = QModelIndex | QPersistentModelIndex

# (sort key in the store, header)
COLUMNS: list[tuple[str, str]] = [
    ("number", QT_TRANSLATE_NOOP("clients.client_list_model", "No.")),
    ("family", QT_TRANSLATE_NOOP("clients.client_list_model", "Family name")),
    ("given", QT_TRANSLATE_NOOP("clients.client_list_model", "Given name")),
    ("dob", QT_TRANSLATE_NOOP("clients.client_list_model", "Date of birth")),
    ("phone", QT_TRANSLATE_NOOP("clients.client_list_model", "Phone")),
    ("email", QT_TRANSLATE_NOOP("clients.client_list_model", "Email")),
]
PREPARE_AFTER_MS = 300  # idle time after the list changed before reading ahead for searches
PAGE = 100  # unread ids fetched per cache miss
# Display rows read per cache miss: a screenful or two.  Each row is a random page of a
# big clinic's file, so from a cold disk cache the first screen costs what it reads
# (100 rows took about 15 ms more than 40 at 100,000 clients).
ROWS_READ = 40
FIRST_IDS = 100  # ids fetched per search: about four screens, one sorted page
MORE_IDS = 1000  # ids fetched each time the view scrolls near the end
# Qt.ItemDataRole values as plain ints (see the module docstring; a test checks them).
_DISPLAY = 0  # DisplayRole
_TOOL_TIP = 3  # ToolTipRole
_FONT = 6  # FontRole
_FOREGROUND = 9  # ForegroundRole
_USER = 0x0100  # UserRole
CLIENT_ID_ROLE = _USER + 1


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


# Plain ints: data() compares the role on every call, and most calls are for roles unused here.
_LOOKS = frozenset({_FOREGROUND, _FONT, _TOOL_TIP})


def header_model(parent: QObject) -> QStandardItemModel:
    """The list's column headers, for its header view (``QHeaderView.setModel``): Qt's
    own model answers ``headerData`` in C++, so the first paint never builds ``Qt``'s
    enums (see the module docstring).  One column per entry of :data:`COLUMNS`, as the
    header's section count must equal the list's."""
    model = QStandardItemModel(0, len(COLUMNS), parent)
    model.setHorizontalHeaderLabels(
        [translate("clients.client_list_model", title) for _key, title in COLUMNS]
    )
    return model


def split_typed_name(text: str) -> tuple[str, str]:
    """(given, family) from a typed name; see :func:`smpdesk.app.client_search.split_typed_name`."""
    return client_search.split_typed_name(text)


class ClientListModel(QAbstractTableModel):
    def __init__(self, db: Clinic, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._ids: list[int | None] = []  # None: a row not read yet
        self._has_more = False
        # Client id -> (the row's cells as shown, archived); filled a page at a time.
        self._shown: dict[int, tuple[tuple[str, ...], bool]] = {}
        self._search_text = ""
        self._archived: Archived = "active"
        self._sort = "family"
        self._descending = False
        # Word-start matches come first, then matches inside names (client_search):
        # how many word-start matches there are, once a read ran past their end.
        self._word_total: int | None = None
        # How archived rows look, made when one is first shown (most lists have none).
        self._archived_looks: tuple[QColor, QFont] | None = None
        # Reads ahead for the next search while nobody types (see _prepare_search).
        self._prepare = QTimer(self)
        self._prepare.setSingleShot(True)
        self._prepare.timeout.connect(self._prepare_search)

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
        """True while more matches exist than the view has rows for."""
        return self._has_more

    def _search(self, limit: int, offset: int) -> list[int]:
        """Rows ``offset`` to ``offset + limit``: the word-start matches, then below them
        the clients the typed words match only inside a name ("athen": Bråthen).

        The second query runs only once the first has run out, so a keystroke with a
        page of word-start matches costs what it did before.
        """
        ids: list[int] = []
        if self._word_total is None or offset < self._word_total:
            ids = client_cases.search_client_ids(
                self._db,
                self._search_text,
                archived=self._archived,
                sort=self._sort,
                descending=self._descending,
                limit=limit,
                offset=offset,
            )
            if len(ids) < limit:
                self._word_total = offset + len(ids)
        if len(ids) < limit and self._word_total is not None and self._inside:
            ids += client_search.substring_client_ids(
                self._db,
                self._search_text,
                archived=self._archived,
                sort=self._sort,
                descending=self._descending,
                limit=limit - len(ids),
                offset=max(offset + len(ids) - self._word_total, 0),
            )
        return ids

    def typed_name(self) -> tuple[str, str]:
        """(given, family) from the search text, for "New client “…”" (see split_typed_name)."""
        return split_typed_name(self._search_text)

    @property
    def _inside(self) -> bool:
        return client_search.matches_inside_words(self._search_text)

    def refresh(self) -> None:
        self._word_total = None
        ids = self._search(FIRST_IDS + 1, 0)  # one extra tells us whether there is more
        self.beginResetModel()
        self._has_more = len(ids) > FIRST_IDS
        self._ids = list(ids[:FIRST_IDS])
        self._shown.clear()
        self.endResetModel()
        self._prepare.start(PREPARE_AFTER_MS)

    def _prepare_search(self) -> None:
        """Read ahead what the next search needs, a slice (a few ms) at a time.

        Only while the list's window is on screen: a closed window's clinic is
        closed too.  Each keystroke restarts the wait, so it never competes
        with typing.
        """
        window = QObject.parent(self)
        if not isinstance(window, QWidget) or not window.isVisible():
            return
        more = client_cases.prepare_search(
            self._db, archived=self._archived, sort=self._sort, descending=self._descending
        )
        if more:
            self._prepare.start(0)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._has_more:
            return
        more = self._search(MORE_IDS + 1, len(self._ids))
        self._has_more = len(more) > MORE_IDS
        more = more[:MORE_IDS]
        if more:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._ids.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Qt's sort: from a header click, or when the window turns sorting on after its
        first paint (the order the list already has: nothing is read again)."""
        from PySide6.QtCore import Qt

        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._ids:
            return
        self._sort, self._descending = key, descending
        self.refresh()

    # -- lookup -------------------------------------------------------------
    def client_id(self, row: int) -> int | None:
        if not 0 <= row < len(self._ids):
            return None
        client_id = self._ids[row]
        if client_id is None:
            self._read_hole(row)
            client_id = self._ids[row]
        return client_id

    def _read_hole(self, row: int) -> None:
        """Read the ids of the page holding ``row`` into its unread rows."""
        start = row - row % PAGE
        for at, client_id in enumerate(self._search(PAGE, start), start):
            if at >= len(self._ids):
                break
            if self._ids[at] is None:
                self._ids[at] = client_id

    def row_of(self, client_id: int) -> int | None:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def load_until(self, client_id: int) -> int | None:
        """Make ``client_id``'s row part of the model; its row, or None when not listed.

        A client beyond the rows read so far is found by key: the model grows
        to the client's row plus a page, the ids around the client are read,
        and the rows between stay unread until shown.
        """
        row = self.row_of(client_id)
        if row is not None or not (self._has_more or None in self._ids):
            return row  # found, or every row is read and it is not among them
        place = client_cases.locate_client(
            self._db,
            client_id,
            self._search_text,
            archived=self._archived,
            sort=self._sort,
            descending=self._descending,
            before=PAGE // 2,
            after=PAGE,
        )
        if place is None:
            return None
        end = place.start + len(place.ids)
        known = len(self._ids)
        if end > known:
            self.beginInsertRows(QModelIndex(), known, end - 1)
            self._ids.extend([None] * (end - known))
            self._ids[place.start : end] = place.ids
            # Matches inside names may follow the word-start ones: fetchMore finds out.
            self._has_more = place.more or self._inside
            self.endInsertRows()
        else:
            self._ids[place.start : end] = place.ids
            self.dataChanged.emit(self.index(place.start, 0), self.index(end - 1, len(COLUMNS) - 1))
        return place.row if self._ids[place.row] == client_id else None

    def _cells(self, row: int) -> tuple[tuple[str, ...], bool] | None:
        """The row's cells as shown and whether the client is archived (a page read at once)."""
        client_id = self.client_id(row)
        if client_id is None:
            return None
        cells = self._shown.get(client_id)
        if cells is None:
            start = row - row % ROWS_READ
            wanted = [
                i
                for i in self._ids[start : start + ROWS_READ]
                if i is not None and i not in self._shown
            ]
            for read_id, read in client_cases.list_rows(self._db, wanted).items():
                self._shown[read_id] = (
                    tuple(self._display(read, key) for key, _header in COLUMNS),
                    bool(read.archived_at),
                )
            cells = self._shown.get(client_id)
        return cells

    # -- Qt model API -------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        # The view asks for a dozen roles per cell on every paint: answer the
        # ones this model has nothing for before touching any row.
        if role == _DISPLAY:
            cells = self._cells(index.row()) if index.isValid() else None
            return cells[0][index.column()] if cells is not None else None
        if role == CLIENT_ID_ROLE:
            return self.client_id(index.row()) if index.isValid() else None
        if role not in _LOOKS or not index.isValid():
            return None
        cells = self._cells(index.row())
        if cells is None or not cells[1]:
            return None
        if role == _FOREGROUND:
            return self._looks()[0]
        if role == _FONT:
            return self._looks()[1]
        return self.tr("Archived client")

    def _looks(self) -> tuple[QColor, QFont]:
        """Grey italics for an archived client's row."""
        if self._archived_looks is None:
            from PySide6.QtGui import QColor, QFont

            italic = QFont()
            italic.setItalic(True)
            self._archived_looks = (QColor("#777777"), italic)
        return self._archived_looks

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
