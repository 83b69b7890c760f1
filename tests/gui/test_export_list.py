"""File → Export client list… (issue 19): the list exactly as shown, to .xlsx or CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from smpdesk.app import clients as client_cases
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.clients import export_list
from smpdesk.gui.main_window import MainWindow

MENU_TEXT = "E&xport client list…"


def _action(window: MainWindow) -> QAction:
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == MENU_TEXT]
    return action


def _shown_numbers(window: MainWindow) -> list[str]:
    """The client numbers the list shows, every row read (as scrolling to the end would)."""
    model = window.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _choose(monkeypatch, path: Path | str, name_filter: str) -> list[tuple]:
    asked: list[tuple] = []

    def dialog(*args, **kwargs):
        asked.append(args)
        return str(path), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return asked


def _export(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.operations.finished, timeout=20_000):
        _action(window).trigger()


def test_the_menu_entry_writes_the_searched_list_as_a_workbook(
    qtbot, window, monkeypatch, tmp_path, screenshot
):
    family = window.model.index(0, 1).data()
    window.search_box.setText(family)
    shown = _shown_numbers(window)
    assert 0 < len(shown) < 60  # of the demo's 60
    asked = _choose(monkeypatch, tmp_path / "found", export_list.XLSX_FILTER)
    _export(qtbot, window)
    target = tmp_path / "found.xlsx"  # the ending of the chosen filter added
    sheet = openpyxl.load_workbook(target).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["Client number", "Given name", "Family name"]
    assert [r[0] for r in rows[1:]] == shown  # the same clients, in the same order
    assert all(r[2] == family or family.casefold() in str(r).casefold() for r in rows[1:])
    assert asked[0][1] == "Export client list"
    assert Path(asked[0][2]).name.startswith("clients-found-")
    assert f"exported to found.xlsx ({tmp_path})" in window.statusBar().currentMessage()
    screenshot(window, "h2-export-status")


def test_the_order_and_archived_filter_as_shown_to_csv(qtbot, window, monkeypatch, tmp_path):
    gone = client_cases.add_client(
        window.db, ClientDetails(given_name="Zelda", family_name="Archivedperson")
    )
    client_cases.archive_client(window.db, gone.id)
    window.archive_filter.setCurrentIndex(window.archive_filter.findData("all"))
    qtbot.waitUntil(lambda: window.table.isSortingEnabled(), timeout=5000)
    window.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # given name, Z to A
    shown = _shown_numbers(window)
    _choose(monkeypatch, tmp_path / "all.csv", export_list.XLSX_FILTER)  # typed .csv wins
    _export(qtbot, window)
    text = (tmp_path / "all.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert [r[0] for r in rows[1:]] == shown
    [archived] = [r for r in rows if r[2] == "Archivedperson"]
    assert archived[9] == "Yes"
    given = [r[1] for r in rows[1:]]
    assert given[0] != given[-1] and given.index("Zelda") < len(given) // 2  # Z to A
    assert len(rows) - 1 == window.model.rowCount()


def test_the_clinic_database_is_refused_with_one_sentence(qtbot, window, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    before = window.db_path.read_bytes()
    _choose(monkeypatch, window.db_path, export_list.XLSX_FILTER)
    assert window.export_client_list() is None  # refused before any work started
    assert not window.operations.busy
    assert len(warned) == 1 and "clinic database" in warned[0]
    assert warned[0].count(". ") == 0 and warned[0].endswith(".")
    assert window.db_path.read_bytes() == before


def test_an_added_ending_asks_before_replacing(qtbot, window, monkeypatch, tmp_path):
    existing = tmp_path / "list.csv"
    existing.write_text("keep")
    _choose(monkeypatch, tmp_path / "list", export_list.CSV_FILTER)
    questions: list[str] = []

    def answer(button):
        def ask(*args, **kwargs):
            questions.append(args[2])
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert window.export_client_list() is None
    assert existing.read_text() == "keep" and questions == [
        "list.csv already exists in that folder. Replace it?"
    ]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    _export(qtbot, window)
    assert existing.read_text("utf-8-sig").startswith("Client number,")


def test_the_entry_is_in_the_file_menu_for_every_role(window, screenshot):
    """Beside New and Find client (a screenshot of the menu, as it opens, for looking at)."""
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in menu.actions() if a.isVisible()]
    assert texts[:3] == ["&New client…", "&Find client", MENU_TEXT]
    menu.adjustSize()
    screenshot(menu, "h2-file-menu")  # grabbed without popping up (offscreen has no popups)
