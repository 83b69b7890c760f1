"""The client list going back to a client by key, its unread rows, and its count (issue 15).

The model's pages are made tiny here (a few rows) so the 60-client demo clinic
behaves like a long list: the client to go back to is usually far beyond the
rows read, the model reads only the ids around them and leaves holes above.
Every test compares with the store's full list (``search_client_ids`` without
a limit, the plain query).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app.clinic import open_clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.clients import client_list_model
from smpdesk.gui.clients.client_list_model import COLUMNS, ClientListModel
from smpdesk.gui.main_window import MainWindow
from smpdesk.store import clients as client_store

COLUMN = {key: at for at, (key, _header) in enumerate(COLUMNS)}


@pytest.fixture(autouse=True)
def tiny_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_list_model, "FIRST_IDS", 4)
    monkeypatch.setattr(client_list_model, "MORE_IDS", 3)
    monkeypatch.setattr(client_list_model, "PAGE", 5)


class _LetGoOnClose(QObject):
    """Takes the model from the table as the window closes (and closes the clinic).

    With pages this small the view asks for more rows from a queued call,
    which would otherwise run after the clinic is closed.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.table = window.table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.table.setModel(None)
        return False


@pytest.fixture
def window(window):
    window.installEventFilter(_LetGoOnClose(window))
    return window


def listed(window, *, text="", archived="active", sort="family", descending=False):
    return store.search_client_ids(
        window.db, text, archived=archived, sort=sort, descending=descending
    )


def arrange(window, *, text="", archived="active", sort="family", descending=False):
    """The list as a person sets it: filter box, search box, a header click."""
    window.archive_filter.setCurrentIndex(window.archive_filter.findData(archived))
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    window.table.sortByColumn(COLUMN[sort], order)
    window.search_box.setText(text)


def selected_client(window) -> int | None:
    rows = window.table.selectionModel().selectedRows()
    return window.model.client_id(rows[0].row()) if rows else None


def assert_shown(window, row: int) -> None:
    rect = window.table.visualRect(window.model.index(row, 0))
    assert rect.isValid() and window.table.viewport().rect().intersects(rect)


@pytest.mark.parametrize("sort", ["family", "given", "dob", "number"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["", "example", "07"])
def test_back_to_the_list_selects_and_shows_the_client(window, qtbot, sort, descending, text):
    arrange(window, text=text, sort=sort, descending=descending)
    everyone = listed(window, text=text, sort=sort, descending=descending)
    assert len(everyone) > 8  # beyond the first page, so the model must find the row by key
    for client_id in (everyone[0], everyone[len(everyone) // 2], everyone[-1]):
        window.open_client(client_id)
        qtbot.keyClick(window.client_page, Qt.Key.Key_Escape)
        assert window.stack.currentWidget() is window.list_page
        assert selected_client(window) == client_id
        row = window.table.selectionModel().selectedRows()[0].row()
        assert row == everyone.index(client_id)
        assert_shown(window, row)
        # Every row the model holds, read or not yet, is the list's row.
        model = window.model
        assert [model.client_id(r) for r in range(model.rowCount())] == everyone[: model.rowCount()]
        assert model.has_more == (model.rowCount() < len(everyone))


def test_back_to_the_list_with_archived_clients_shown(window, qtbot):
    for client_id in listed(window)[::7]:
        client_cases.archive_client(window.db, client_id)
    arrange(window, archived="all", sort="given", descending=True)
    everyone = listed(window, archived="all", sort="given", descending=True)
    archived = [i for i in everyone if store.get_client(window.db, i).is_archived]
    assert len(archived) > 5
    window.open_client(archived[-1])
    window.show_list()
    assert selected_client(window) == archived[-1]
    arrange(window, archived="archived")
    archived = listed(window, archived="archived")
    window.open_client(archived[-1])
    window.show_list()
    assert selected_client(window) == archived[-1]
    assert window.table.selectionModel().selectedRows()[0].row() == len(archived) - 1


def test_a_client_no_longer_listed_leaves_nothing_selected(window, qtbot):
    everyone = listed(window)
    window.open_client(everyone[-1])
    client_cases.archive_client(window.db, everyone[-1])
    window.show_list()
    assert window.model.row_of(everyone[-1]) is None
    assert window.table.selectionModel().selectedRows() == [] or (
        selected_client(window) != everyone[-1]
    )


def test_rows_above_the_client_are_read_when_scrolled_to(window, qtbot):
    everyone = listed(window)
    window.open_client(everyone[-1])
    window.show_list()
    model = window.model
    assert None in model._ids, "the rows above the client were read, not left for later"
    window.table.scrollToTop()
    window.table.viewport().repaint()
    rows = store.list_rows(window.db, everyone)
    for row in range(6):
        shown = model.data(model.index(row, COLUMN["family"]))
        assert shown == rows[everyone[row]].family_name


def test_scrolling_on_after_going_back_reads_the_rest_in_order(qtbot, demo_db):
    model = ClientListModel(demo_db)
    model.refresh()
    everyone = store.search_client_ids(demo_db)
    row = model.load_until(everyone[20])
    assert row == 20
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.client_id(r) for r in range(model.rowCount())] == everyone


def test_a_model_with_unread_rows_passes_qts_model_checks(qtbot, demo_db, qtmodeltester):
    model = ClientListModel(demo_db)
    model.refresh()
    everyone = store.search_client_ids(demo_db)
    model.load_until(everyone[-1])
    qtmodeltester.check(model)


def test_the_count_shown_is_true(window, demo_path):
    total = client_cases.count_clients(window.db)
    assert window.count_label.text() == f"{total:,} clients"
    window.search_box.setText("example")
    matches = len(listed(window, text="example"))
    shown = window.model.rowCount()
    assert matches > shown
    assert window.count_label.text().startswith(f"More than {shown:,} of {total:,} ")
    window.search_box.setText("zz no such client")
    assert window.count_label.text() == f"0 of {total:,} clients match"
    # A client added elsewhere (another window, a script) is counted at the next keystroke.
    other = open_clinic(demo_path)
    try:
        store.insert_client(other, ClientDetails(given_name="Zz", family_name="Nosuch"))
    finally:
        other.conn.close()
    window.search_box.setText("zz no")
    assert window.count_label.text() == f"1 of {total + 1:,} clients match"
    window.search_box.setText("")
    assert window.count_label.text() == f"{total + 1:,} clients"


def test_the_list_reads_ahead_for_searches_while_nobody_types(window, qtbot):
    """After a pause the list order and its top rows are read, a slice at a time."""
    window.search_box.setText("")

    def read_ahead() -> bool:
        cache = client_store._CACHES.get(window.db)
        return (
            cache is not None
            and "family" in cache.ranks
            and cache.window is not None
            and cache.window.complete
        )

    assert not read_ahead()  # not while typing: only after PREPARE_AFTER_MS
    qtbot.waitUntil(read_ahead, timeout=5000)
    model, everyone = window.model, listed(window)
    assert [model.client_id(r) for r in range(model.rowCount())] == everyone[: model.rowCount()]


def test_a_closed_window_reads_nothing_ahead(qtbot, demo_path):
    """Closing the window closes its clinic: the read-ahead must not touch it after."""
    win = MainWindow(open_clinic(demo_path), demo_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.search_box.setText("zo")
    win.close()
    qtbot.wait(client_list_model.PREPARE_AFTER_MS + 200)  # a read here would raise
