"""The follow-ups table and the lot recall table as models (issue 15).

Follow-ups come a page at a time (the rest as the table is scrolled to its end),
with the counts of the whole list under it; lot recall fills its table in one
model reset.  Both keep their look and keyboard: Enter opens the client.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from smpdesk import store
from smpdesk.app.follow_ups import PAGE_ROWS, due_follow_ups
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.gui.sessions.follow_ups_view import STATUS_COLOUR, FollowUpsView
from smpdesk.gui.sessions.lot_recall import LotRecallDialog

TODAY = date.today()
CLIENTS = 2 * PAGE_ROWS + 37


def _clinic_with_follow_ups(db) -> list[int]:
    """Clients due over the past months, today and the coming days (one session each)."""
    ids = store.insert_clients(
        db,
        [ClientDetails(given_name=f"Given{n:03d}", family_name="Due") for n in range(CLIENTS)],
    )
    # "first" sessions are due 10 days later: from ~200 days overdue to 3 days ahead.
    store.insert_sessions(
        db,
        [
            (cid, SessionDetails((TODAY - timedelta(days=10 + n - 3)).isoformat(), "first"))
            for n, cid in enumerate(reversed(ids))
        ],
    )
    return ids


def _shown(view: FollowUpsView, qtbot) -> FollowUpsView:
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_first_screen_is_one_page_and_scrolling_reads_the_rest(qtbot, db, screenshot):
    _clinic_with_follow_ups(db)
    view = _shown(FollowUpsView(db), qtbot)
    with qtbot.waitSignal(view.loaded, timeout=5_000):
        view.refresh()
    model = view.table.model()
    first = model.rowCount()
    assert PAGE_ROWS <= first < CLIENTS  # one page (whole days), not the list
    counts = view.counts
    assert (counts.today, counts.upcoming, counts.total) == (1, 3, CLIENTS)
    assert view.summary.text() == (
        f"{CLIENTS - 4} overdue, 1 due today, 3 coming up. Enter opens the client."
    )
    assert view.table.selectionModel().selectedRows()[0].row() == 0
    screenshot(view, "follow_ups_paged")
    # Scrolling to the end reads the next page, and so on to the end of the list.
    for _ in range(10):
        if model.rowCount() == CLIENTS:
            break
        before = model.rowCount()
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda before=before: model.rowCount() > before, timeout=2_000)
    assert model.rowCount() == CLIENTS
    assert view.items == due_follow_ups(db, today=TODAY, follow_up_days=None)
    statuses = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert statuses == ["Overdue"] * (CLIENTS - 4) + ["Today"] + ["Upcoming"] * 3
    colours = {
        model.index(r, 0).data(): model.index(r, 3).data(Qt.ItemDataRole.BackgroundRole)
        for r in range(model.rowCount())
    }
    assert colours == {
        text: QColor(STATUS_COLOUR[status])
        for status, text in (("overdue", "Overdue"), ("today", "Today"), ("upcoming", "Upcoming"))
    }
    assert model.index(CLIENTS - 1, 1).data().endswith("(proposed)")


def test_the_keyboard_reaches_the_last_client_and_enter_opens_them(qtbot, db):
    _clinic_with_follow_ups(db)
    view = _shown(FollowUpsView(db), qtbot)
    view.refresh()
    opened: list[int] = []
    view.client_requested.connect(opened.append)
    view.table.setFocus()
    model = view.table.model()
    assert model.rowCount() < CLIENTS
    # Ctrl+End is the end of the list, at once: the pages not read yet are read first.
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == CLIENTS
    assert view.table.currentIndex().row() == CLIENTS - 1
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [view.items[-1].client_id]


def test_days_ahead_reads_the_list_again(qtbot, db):
    _clinic_with_follow_ups(db)
    view = _shown(FollowUpsView(db), qtbot)
    view.refresh()
    assert view.counts.upcoming == 3
    with qtbot.waitSignal(view.loaded, timeout=5_000):
        view.days.setValue(1)
    assert view.counts.upcoming == 1
    assert view.summary.text().endswith("1 coming up. Enter opens the client.")


def test_lot_recall_fills_its_table_from_a_model(qtbot, db, screenshot):
    [ada, bo] = store.insert_clients(
        db,
        [
            ClientDetails(given_name="Ada", family_name="Byron", email="ada@example.org"),
            ClientDetails(given_name="Bo", family_name="Li", phone="0161 496 0000"),
        ],
    )
    first = SessionDetails("2026-10-01", "first", pigment_lot="GR-2610-A")
    sid = store.insert_session(db, ada, first)
    store.update_session(db, sid, dataclasses.replace(first, pigment_lot="GR-2610-B"))
    store.insert_session(db, bo, SessionDetails("2026-11-02", "second", diluent_lot="gr 2610 a"))
    dialog = LotRecallDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    opened: list[int] = []
    dialog.client_requested.connect(opened.append)
    dialog.lot.setText("GR2610A")
    qtbot.keyClick(dialog.lot, Qt.Key.Key_Return)
    model = dialog.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert rows[0][1:] == [
        "C00002",
        "Bo Li",
        "0161 496 0000",
        "",
        "2nd session",
        "diluent lot gr 2610 a",
    ]
    assert rows[1][2] == "Ada Byron" and rows[1][4] == "ada@example.org"
    assert rows[1][6] == "pigment lot GR-2610-A (changed later to GR-2610-B)"
    assert dialog.summary.text() == (
        "Lot starts with GR2610A: 2 sessions, 2 clients; lots found: gr 2610 a (1), "
        "GR-2610-A (1). Enter opens the client."
    )
    screenshot(dialog, "lot_recall_model")
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [ada]
