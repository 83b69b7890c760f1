"""File → Import clients… and File → Imported batches… (issue 19, the window's part).

Driven as the owner would: a file made here, the guessed mapping checked, one
box changed, the check's counts read off the screen, the import confirmed, the
list refreshed, and the batch undone (or refused) from the batches window.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from smpdesk.app import client_import
from smpdesk.app import clients as client_cases
from smpdesk.app.clinic import Clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.gui.clients.import_batches import ImportBatchesDialog
from smpdesk.gui.clients.import_dialog import PREVIEW_ROWS, ImportDialog
from smpdesk.gui.main_window import MainWindow
from tests.gui.helpers import when_dialog_opens

SHOTS = Path("/tmp/h19")
LAPTOP = QRect(0, 0, 1366, 728)  # 1366x768 minus a taskbar
SMALL = QRect(0, 0, 1024, 700)
WAIT_MS = 20_000


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def _on_file(db: Clinic) -> client_cases.Client:
    """A demo client with a family name and a date of birth (the duplicate to match)."""
    for client_id in range(1, 61):
        client = client_cases.get_client(db, client_id)
        if client is not None and client.family_name and client.date_of_birth:
            return client
    raise AssertionError("the demo has no client with a date of birth")


def _clients_csv(folder: Path, twin: client_cases.Client, *, extra_rows: int = 0) -> Path:
    """A spreadsheet export as Excel writes it in Europe: semicolons, a BOM, day-first dates.

    Phones are in Ofcom's drama range for London, which the demo never uses.
    """
    assert twin.date_of_birth
    born = date.fromisoformat(twin.date_of_birth)
    rows = [
        ["First name", "Surname", "DOB", "Mobile", "E-mail", "Notes", "Loyalty card"],
        ["Ingrid", "Halvorsen", "25/12/1980", "020 7946 0101", "ingrid@example.org", "", "A1"],
        ["Tomasz", "Wielgosz", "03/04/1975", "020 7946 0102", "", "prefers mornings", "A2"],
        ["Aiko", "Tanabe", "", "020 7946 0103", "aiko@example.org", "", ""],
        [twin.given_name, twin.family_name, born.strftime("%d/%m/%Y"), "", "", "", ""],
        ["", "", "31/13/1990", "020 7946 0105", "", "", "A5"],
    ]
    rows += [[f"Given{i}", f"Family{i}", "", "", "", "", ""] for i in range(extra_rows)]
    path = folder / "old clients.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def _clients_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Clients"
    sheet.append(["Full name", "Date of birth", "Phone", "Email address"])
    sheet.append(["María José García López", date(1984, 3, 27), "600 111 222", "mj@example.es"])
    sheet.append(["Kwame Mensah", date(1979, 11, 2), "", "kwame@example.com"])
    sheet.append(["Sione Taufa", None, "021 555 0101", ""])
    path = folder / "clients.xlsx"
    book.save(path)
    return path


def _laptop(monkeypatch: pytest.MonkeyPatch, area: QRect = LAPTOP) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))


def _open(qtbot, window: MainWindow, path: Path) -> ImportDialog:
    dialog = ImportDialog(window.db, window.changes, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.load_file(path)
    return dialog


def _choose(qtbot, dialog: ImportDialog, column: int, field: str) -> None:
    """Pick ``field`` in the box above ``column`` as a user does; wait for the new check."""
    combo = dialog.mapping_combos[column]
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData(field))


def _answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _told(monkeypatch: pytest.MonkeyPatch, kind: str) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, kind, lambda _p, _t, text, *_a, **_k: said.append(text) or None
    )
    return said


def _import(qtbot, dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    _answer_yes(monkeypatch)
    said = _told(monkeypatch, "information")
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.import_button.click()
    return said


def test_a_csv_is_mapped_checked_imported_refreshed_and_undone(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    _laptop(monkeypatch)
    twin = _on_file(window.db)
    before = client_cases.count_clients(window.db)
    assert window.count_label.text() == f"{before:,} clients"
    dialog = _open(qtbot, window, _clients_csv(tmp_path, twin))

    assert "old clients.csv" in dialog.source_label.text()
    assert "semicolons" in dialog.source_label.text()
    assert dialog.mapping() == {
        0: "given_name",
        1: "family_name",
        2: "date_of_birth",
        3: "phone",
        4: "email",
        5: "notes",
        6: "",
    }
    assert [c.currentText() for c in dialog.mapping_combos[:3]] == [
        "Given name",
        "Family name",
        "Date of birth",
    ]
    # "25/12/1980" can only be day first: the order is guessed and shown.
    assert dialog.date_order.isVisibleTo(dialog) and dialog.day_first() is True
    assert "guessed" in dialog.date_note.text()
    assert dialog.preview_model.rowCount() == 5
    assert dialog.preview_model.headerData(0, Qt.Orientation.Vertical) == "2"  # as Excel shows
    # 3 to add; the demo's client is a likely duplicate; the row with no name is a problem.
    assert dialog.summary.text() == (
        "<b>3 clients to add, 1 likely duplicate, 1 row with problems.</b>"
        " Likely duplicates are not added unless you tick “Also add…” below."
    )
    _shot(dialog, "h3_preview_mapping")

    # The owner keeps the loyalty card numbers as notes: one box changed, checked again.
    _choose(qtbot, dialog, 6, "notes")
    assert dialog.mapping()[6] == "notes"
    assert 6 not in dialog.preview_model.ignored
    # Without the date column the date order goes, and the demo's client is no longer
    # recognised by name and date of birth.
    _choose(qtbot, dialog, 2, "")
    assert not dialog.date_order.isVisibleTo(dialog) and dialog.day_first() is None
    assert 2 in dialog.preview_model.ignored
    assert dialog.summary.text().startswith("<b>4 clients to add, 0 likely duplicates, 1 row ")
    _choose(qtbot, dialog, 2, "date_of_birth")
    assert dialog.tab_titles() == ["To add (3)", "Likely duplicates (1)", "Problems (1)"]
    added = dialog.added_model.rows
    assert [r[0] for r in added] == ["2", "3", "4"]
    assert added[0][1:4] == ("Ingrid", "Halvorsen", "25 Dec 1980")
    assert added[1][3] == "3 Apr 1975"  # day first: 3 April, not 4 March
    [duplicate] = dialog.duplicates_model.rows
    assert duplicate[0] == "5" and twin.client_number in duplicate[4]
    [problem] = dialog.problems_model.rows
    assert problem[0] == "6" and "name" in problem[1]
    assert dialog.import_button.text() == "Import 3 clients"
    dialog.results.setCurrentIndex(1)
    _shot(dialog, "h3_check_results")

    # Month first would read 25/12/1980 as no date at all: the check says so.
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.date_order.setCurrentIndex(1)
    assert dialog.day_first() is False
    assert dialog.tab_titles()[2] != "Problems (1)"
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.date_order.setCurrentIndex(0)

    said = _import(qtbot, dialog, monkeypatch)
    report = dialog.result_report
    assert report is not None and report.batch_id is not None
    assert said == [
        f"Imported 3 clients (batch {report.batch_id}). Not added: 1 likely duplicate and "
        "1 row with problems. You can undo this import from File → Imported batches…"
    ]
    assert not dialog.isVisible()
    # The clients exist, read back through the use cases, and the list shows them.
    ids = [row.client_id for row in report.added]
    made = [client_cases.get_client(window.db, i) for i in ids if i is not None]
    assert [(c.given_name, c.family_name, c.date_of_birth or None) for c in made if c] == [
        ("Ingrid", "Halvorsen", "1980-12-25"),
        ("Tomasz", "Wielgosz", "1975-04-03"),
        ("Aiko", "Tanabe", None),
    ]
    assert client_cases.count_clients(window.db) == before + 3
    assert window.count_label.text() == f"{before + 3:,} clients"
    shown = {window.model.client_id(r) for r in range(window.model.rowCount())}
    assert set(ids) <= shown or window.model.rowCount() >= 100  # a page holds the first 100

    # File → Imported batches…: the batch, undone after a confirmation.
    batches = ImportBatchesDialog(window.db, window.changes, parent=window)
    qtbot.addWidget(batches)
    batches.show()
    qtbot.waitExposed(batches)
    assert batches.table.rowCount() == 1
    assert [batches.table.item(0, c).text() for c in (0, 3, 4)] == ["old clients.csv", "3", ""]
    assert batches.undo_button.isEnabled()
    _shot(batches, "h3_batches")
    asked = _answer_yes(monkeypatch)
    removed = _told(monkeypatch, "information")
    with qtbot.waitSignal(batches.undone, timeout=WAIT_MS):
        batches.undo_button.click()
    assert asked and "3 clients imported from old clients.csv" in asked[0]
    assert removed == ["Removed 3 clients."]
    assert all(client_cases.get_client(window.db, i) is None for i in ids if i is not None)
    assert window.count_label.text() == f"{before:,} clients"
    assert batches.table.item(0, 4).text() != ""  # undone, and when
    assert not batches.undo_button.isEnabled()
    _shot(batches, "h3_batches_undone")
    batches.close()


def test_the_check_lists_each_duplicate_and_problem_with_its_row(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A busier file: twins of two demo clients, two rows of one person, three bad rows."""
    _laptop(monkeypatch)
    twins = [client_cases.get_client(window.db, i) for i in range(1, 61)]
    twins = [c for c in twins if c and c.date_of_birth][:2]
    rows = [["Name", "Born", "Telephone", "Email", "Address"]]
    for i in range(14):
        rows.append(
            [
                f"Person{i} Example",
                f"{i + 1:02d}/0{i % 9 + 1}/19{60 + i}",
                f"020 7946 02{i:02d}",
                "",
                f"{i + 1} High Street",
            ]
        )
    for twin in twins:
        born = date.fromisoformat(twin.date_of_birth or "")
        rows.append(
            [f"{twin.given_name} {twin.family_name}", born.strftime("%d/%m/%Y"), "", "", ""]
        )
    rows.append(["Nadia Okafor", "14/07/1988", "", "nadia@example.org", ""])
    rows.append(["N. Okafor", "", "", "nadia@example.org", "Flat 2"])
    rows.append(["", "01/01/1970", "020 7946 0300", "", ""])
    rows.append(["Bad Date", "31/02/1990", "", "", ""])
    rows.append(["Bad Mail", "", "", "not an email", ""])
    path = tmp_path / "clinic export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    dialog = _open(qtbot, window, path)
    assert dialog.mapping() == {
        0: "full_name",
        1: "date_of_birth",
        2: "phone",
        3: "email",
        4: "address",
    }
    assert dialog.preview_model.rowCount() == PREVIEW_ROWS
    _shot(dialog, "h3_preview_full_names")
    titles = dialog.tab_titles()
    assert titles[2] == "Problems (3)" and titles[0] in ("To add (14)", "To add (15)")
    by_row = {r[0]: r for r in dialog.duplicates_model.rows}
    assert by_row["16"][3] == "name and date of birth"
    assert by_row["16"][4].startswith(twins[0].client_number)
    assert by_row["17"][4].startswith(twins[1].client_number)
    assert by_row["19"][3] == "email" and by_row["19"][4] == "row 18"  # one person twice
    problems = {p[0]: p[1] for p in dialog.problems_model.rows}
    assert dialog.problems_model.rows[1][2] == "Bad Date · 31/02/1990"
    assert list(problems) == ["20", "21", "22"]
    assert "name" in problems["20"] and "31/02/1990" in problems["21"]
    assert "email" in problems["22"]
    dialog.results.setCurrentIndex(1)
    _shot(dialog, "h3_check_duplicates")
    dialog.results.setCurrentIndex(2)
    _shot(dialog, "h3_check_problems")
    dialog.close()


def test_an_xlsx_with_full_names_and_date_cells_is_imported(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    _laptop(monkeypatch)
    dialog = _open(qtbot, window, _clients_xlsx(tmp_path))
    assert "Excel" in dialog.source_label.text() and "Clients" in dialog.source_label.text()
    assert dialog.mapping() == {0: "full_name", 1: "date_of_birth", 2: "phone", 3: "email"}
    assert dialog.tab_titles() == ["To add (3)", "Likely duplicates (0)", "Problems (0)"]
    assert [r[1:4] for r in dialog.added_model.rows] == [
        ("María José", "García López", "27 Mar 1984"),
        ("Kwame", "Mensah", "2 Nov 1979"),
        ("Sione", "Taufa", ""),
    ]
    _shot(dialog, "h3_preview_xlsx")
    said = _import(qtbot, dialog, monkeypatch)
    assert said[0].startswith("Imported 3 clients (batch ")
    report = dialog.result_report
    assert report is not None
    [batch] = client_import.import_batches(window.db)
    assert batch.id == report.batch_id and batch.count == 3 and batch.file_name == "clients.xlsx"


def test_a_file_it_cannot_read_is_one_sentence_and_the_dialog_stays_usable(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    bad = tmp_path / "clients.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not a workbook")
    dialog = ImportDialog(window.db, window.changes, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    warned = _told(monkeypatch, "warning")
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT_MS):
        dialog.load_file(bad)
    assert len(warned) == 1 and "\n" not in warned[0] and "Traceback" not in warned[0]
    assert dialog.table_source is None and dialog.choose_button.isEnabled()
    assert not dialog.import_button.isEnabled()
    # The same dialog then reads a good file.
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.load_file(_clients_xlsx(tmp_path / ".." / tmp_path.name))
    assert dialog.tab_titles()[0] == "To add (3)"


def test_a_mapping_without_names_is_said_in_place(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    dialog = _open(qtbot, window, _clients_xlsx(tmp_path))
    _choose(qtbot, dialog, 0, "")
    assert "names" in dialog.summary.text()
    assert dialog.added_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    _choose(qtbot, dialog, 0, "full_name")
    assert dialog.import_button.isEnabled()


def test_duplicates_are_added_only_when_ticked(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    twin = _on_file(window.db)
    dialog = _open(qtbot, window, _clients_csv(tmp_path, twin))
    assert dialog.import_button.text() == "Import 3 clients"
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.add_duplicates.setChecked(True)
    assert dialog.import_button.text() == "Import 4 clients"
    said = _import(qtbot, dialog, monkeypatch)
    assert said[0].startswith("Imported 4 clients")
    assert "likely duplicate" not in said[0]


def test_an_undo_refused_says_why_and_removes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    dialog = _open(qtbot, window, _clients_xlsx(tmp_path))
    _import(qtbot, dialog, monkeypatch)
    report = dialog.result_report
    assert report is not None
    first = report.added[0].client_id
    assert first is not None
    client_cases.update_client(
        window.db, first, ClientDetails(given_name="María", family_name="García López")
    )
    batches = ImportBatchesDialog(window.db, window.changes, parent=window)
    qtbot.addWidget(batches)
    batches.show()
    _answer_yes(monkeypatch)
    warned = _told(monkeypatch, "warning")
    with qtbot.waitSignal(window.operations.finished, timeout=WAIT_MS):
        batches.undo_button.click()
    assert len(warned) == 1 and "nothing was removed" in warned[0]
    assert all(client_cases.get_client(window.db, r.client_id or 0) for r in report.added)
    assert batches.undo_button.isEnabled() and batches.table.item(0, 4).text() == ""
    batches.close()


def test_the_file_menu_opens_both_windows_for_the_owner(qtbot, window: MainWindow):
    actions = {a.text(): a for a in window.menuBar().actions()[0].menu().actions()}
    importing, listing = actions["Import clien&ts…"], actions["Imported batc&hes…"]
    assert importing in window._owner_actions and listing in window._owner_actions
    assert importing.isVisible() and listing.isVisible()
    seen: list[str] = []

    def close(dialog) -> None:
        seen.append(dialog.objectName())
        dialog.reject()

    when_dialog_opens(qtbot, close)
    importing.trigger()
    when_dialog_opens(qtbot, close)
    listing.trigger()
    assert seen == ["import_dialog", "import_batches_dialog"]


def test_through_the_menu_from_a_client_page_back_to_the_refreshed_list(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The window's own slots: after an import, and after an undo, the list is shown again."""
    before = client_cases.count_clients(window.db)
    window.open_client(1)
    actions = {a.text(): a for a in window.menuBar().actions()[0].menu().actions()}
    _told(monkeypatch, "information")
    _answer_yes(monkeypatch)
    path = _clients_xlsx(tmp_path)

    def import_at_once(dialog: ImportDialog) -> None:
        dialog.checked.connect(dialog.start_import)  # as if Import and Yes were pressed
        dialog.load_file(path)

    when_dialog_opens(qtbot, import_at_once)
    actions["Import clien&ts…"].trigger()
    assert window.stack.currentWidget() is window.list_page
    assert window.count_label.text() == f"{before + 3:,} clients"
    [batch] = client_import.import_batches(window.db)
    imported = client_cases.search_client_ids(window.db, "Mensah")
    window.open_client(imported[0])

    def undo_at_once(dialog: ImportBatchesDialog) -> None:
        dialog.undone.connect(lambda _batch: dialog.reject())
        dialog.undo(batch.id)

    when_dialog_opens(qtbot, undo_at_once)
    actions["Imported batc&hes…"].trigger()
    assert client_cases.get_client(window.db, imported[0]) is None
    assert window.stack.currentWidget() is window.list_page  # not the removed client's page
    assert window.count_label.text() == f"{before:,} clients"


def test_a_practitioner_has_no_import_in_the_menu(qtbot, demo_path: Path):
    from smpdesk.app.clinic import open_clinic
    from smpdesk.domain.staff import Role, Staff
    from smpdesk.store import staff as staff_store

    handle = open_clinic(demo_path)
    staff_id = staff_store.insert_staff(handle, "pat", "Pat Practitioner", Role.PRACTITIONER)
    handle.staff = Staff(staff_id, "pat", "Pat Practitioner", Role.PRACTITIONER)
    win = MainWindow(handle, demo_path)
    qtbot.addWidget(win)
    actions = {a.text(): a for a in win.menuBar().actions()[0].menu().actions()}
    assert not actions["Import clien&ts…"].isVisible()
    assert not actions["Imported batc&hes…"].isVisible()


@pytest.mark.parametrize("area", [LAPTOP, SMALL], ids=["1366x768-taskbar", "1024x700"])
def test_both_windows_fit_the_screen(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, area: QRect
):
    _laptop(monkeypatch, area)
    dialog = _open(qtbot, window, _clients_csv(tmp_path, _on_file(window.db)))
    batches = ImportBatchesDialog(window.db, window.changes, parent=window)
    qtbot.addWidget(batches)
    batches.show()
    qtbot.waitExposed(batches)
    for shown in (dialog, batches):
        assert area.contains(shown.frameGeometry()), shown.objectName()
        for button in shown.findChildren(QPushButton):
            if button.isVisible():
                corner = button.mapToGlobal(button.rect().bottomRight())
                assert area.contains(corner), (shown.objectName(), button.text())
    _shot(dialog, f"h3_fit_{area.width()}x{area.height()}")
    # The preview shows all its columns' boxes with their text readable.
    for combo in dialog.mapping_combos:
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())
    batches.close()
    dialog.close()


def test_twenty_thousand_rows_keep_the_preview_small_and_the_lists_lazy(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    dialog = _open(qtbot, window, _clients_csv(tmp_path, _on_file(window.db), extra_rows=20_000))
    assert dialog.preview_model.rowCount() == PREVIEW_ROWS
    assert dialog.added_model.rowCount() == 20_003
    view = dialog.result_views[0]
    assert view.model() is dialog.added_model  # a model, not 20,000 widget items
    assert dialog.import_button.text() == "Import 20,003 clients"
    assert QApplication.overrideCursor() is None  # the wait cursor is gone once checked
    dialog.close()


def test_the_dialog_works_on_its_own_without_the_window(
    qtbot, demo_db: Clinic, tmp_path: Path
) -> None:
    """Built alone (no window, no change hub) it runs its work on a runner of its own."""
    dialog = ImportDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.load_file(_clients_xlsx(tmp_path))
    assert dialog.tab_titles()[0] == "To add (3)"
    dialog.close()
