"""Follow-ups and lot recall on screen (issue 16, items 9 and 10): outcomes, Esc, print,
PDF and CSV, with screenshots at 1366x768."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app.sessions import outcome_history
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.gui.sessions import follow_ups_view, list_output
from smpdesk.gui.sessions.follow_ups_view import OUTCOME_COLUMN, FollowUpsView, OutcomeDialog
from smpdesk.gui.sessions.lot_recall import HEADERS, LotRecallDialog
from tests.gui.helpers import save_shot

TODAY = date.today()


def _clinic(db) -> list[int]:
    ids = []
    for n, (given, family, lot) in enumerate(
        [
            ("Ada", "Byron", "GR-2610-A"),
            ("Saoirse", "Mac Giolla Phádraig", "GR-2610-B"),
            ("Łukasz", "Żółć", "DW-0925"),
            ("Bo", "Li", "GR-2611"),
        ]
    ):
        cid = client_cases.add_client(
            db,
            ClientDetails(
                given_name=given,
                family_name=family,
                phone=f"+44 7700 900 1{n:02d}",
                email=f"{given.lower()}.{family.split()[-1].lower()}@longer-clinic-domain.co.uk",
            ),
        ).id
        day = (TODAY - timedelta(days=20 + n)).isoformat()
        store.insert_session(db, cid, SessionDetails(day, "first", pigment_lot=lot))
        ids.append(cid)
    return ids


def _view(qtbot, db) -> FollowUpsView:
    view = FollowUpsView(db)
    qtbot.addWidget(view)
    view.resize(1366, 728)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loaded, timeout=5_000):
        view.refresh()
    return view


def test_mark_called_keeps_the_note_and_not_returning_drops_the_row(qtbot, db, monkeypatch):
    ids = _clinic(db)
    view = _view(qtbot, db)
    assert view.model.rowCount() == 4
    view.table.selectRow(0)
    first = view.items[0].client_id

    def answer(dialog: OutcomeDialog) -> int:
        dialog.note.setText("no answer, try Friday")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OutcomeDialog, "exec", answer)
    qtbot.mouseClick(view.action_buttons["called"], Qt.MouseButton.LeftButton)
    assert [(e.outcome, e.note) for e in outcome_history(db, first)] == [
        ("called", "no answer, try Friday")
    ]
    shown = view.model.index(0, OUTCOME_COLUMN).data()
    assert shown.startswith("Called") and shown.endswith("no answer, try Friday")
    save_shot(view.window(), "follow_ups_actions")
    view.table.selectRow(1)
    gone = view.items[1].client_id
    assert view.mark("not_returning", note="moved abroad")
    assert gone not in [i.client_id for i in view.items] and view.model.rowCount() == 3
    assert view.counts.total == 3 and "3 overdue" in view.summary.text()
    assert set(ids) - {gone} == {i.client_id for i in view.items}


def test_snooze_asks_for_a_date_and_hides_the_client(qtbot, db, monkeypatch):
    _clinic(db)
    view = _view(qtbot, db)
    view.table.selectRow(0)
    snoozed = view.items[0].client_id
    seen = []

    def answer(dialog: OutcomeDialog) -> int:
        dialog.show()
        dialog.button_box_save = None
        dialog._check()  # no date yet: refused with a sentence, dialog stays
        seen.append((dialog.problem.isVisible(), dialog.result()))
        dialog.until.set_date(TODAY + timedelta(days=10))
        save_shot(dialog, "follow_ups_snooze")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OutcomeDialog, "exec", answer)
    view.action_buttons["snoozed"].click()
    assert seen == [(True, 0)]
    assert snoozed not in [i.client_id for i in view.items]
    assert outcome_history(db, snoozed)[0].snooze_until == TODAY + timedelta(days=10)


def test_escape_goes_back_to_the_clients(qtbot, db):
    _clinic(db)
    view = _view(qtbot, db)
    view.table.setFocus()
    with qtbot.waitSignal(view.back_requested, timeout=2_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)


def test_print_export_and_save(qtbot, db, tmp_path, monkeypatch):
    _clinic(db)
    view = _view(qtbot, db)
    printed: list[bytes] = []
    monkeypatch.setattr(list_output, "has_printer", lambda: True)
    monkeypatch.setattr(list_output, "choose_printer", lambda parent, title: object())
    monkeypatch.setattr(list_output, "print_pdfs", lambda printer, docs: printed.extend(docs) or 1)
    operation = view.print_list()
    qtbot.waitUntil(lambda: not operation.running and bool(printed), timeout=10_000)
    assert printed[0].startswith(b"%PDF")
    assert "printed" in view.summary.text()

    target = tmp_path / "due"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    operation = view.save_list("csv")
    qtbot.waitUntil(lambda: (tmp_path / "due.csv").exists(), timeout=10_000)
    text = (tmp_path / "due.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Client number,Name,Phone,Email")
    assert "Ada Byron" in text
    operation = view.save_list("pdf")
    qtbot.waitUntil(lambda: (tmp_path / "due.pdf").exists(), timeout=10_000)
    assert (tmp_path / "due.pdf").read_bytes().startswith(b"%PDF")
    assert "Saved to" in view.summary.text()
    assert follow_ups_view.list_output is list_output


def test_no_printer_offers_to_save_the_pdf(qtbot, db, tmp_path, monkeypatch):
    _clinic(db)
    view = _view(qtbot, db)
    monkeypatch.setattr(list_output, "has_printer", lambda: False)
    monkeypatch.setattr(list_output, "ask_save_instead", lambda parent: True)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "list.pdf"), "")
    )
    view.print_list()
    qtbot.waitUntil(lambda: (tmp_path / "list.pdf").exists(), timeout=10_000)


def _recall(qtbot, db) -> LotRecallDialog:
    dialog = LotRecallDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_recall_by_prefix_shows_which_lot_and_readable_columns(qtbot, db, tmp_path, monkeypatch):
    _clinic(db)
    dialog = _recall(qtbot, db)
    assert dialog.height() <= 728 and dialog.width() <= 1366
    dialog.lot.setText("GR-2610")
    dialog.search()
    try:
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5_000)
    except Exception:
        raise AssertionError(dialog.summary.text()) from None
    lots = {dialog.model.index(r, HEADERS.index("Which lot")).data() for r in range(2)}
    assert lots == {"pigment lot GR-2610-A", "pigment lot GR-2610-B"}
    assert "lots found: GR-2610-A (1), GR-2610-B (1)" in dialog.summary.text()
    phone = HEADERS.index("Phone")
    email = HEADERS.index("Email")
    metrics = dialog.table.fontMetrics()
    for r in range(2):
        assert metrics.horizontalAdvance(
            dialog.model.index(r, phone).data()
        ) < dialog.table.columnWidth(phone)
        assert dialog.model.index(r, email).data(Qt.ItemDataRole.ToolTipRole).endswith(".co.uk")
    assert dialog.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    dialog.resize(1180, 620)  # what fit_to_screen gives on a 1366x768 screen
    save_shot(dialog, "lot_recall_results")
    # Contains: a part in the middle ("26": GR-2610-A, GR-2610-B and GR-2611).
    dialog.lot.setText("26")
    dialog.match.setCurrentIndex(dialog.match.findData("contains"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5_000)
    # CSV of what is shown.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "recall.csv"), "")
    )
    dialog.save_list("csv")
    qtbot.waitUntil(lambda: (tmp_path / "recall.csv").exists(), timeout=10_000)
    rows = (tmp_path / "recall.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 4 and rows[0].startswith("Client number,Name,Phone,Email,Session date")
    printed: list[bytes] = []
    monkeypatch.setattr(list_output, "has_printer", lambda: True)
    monkeypatch.setattr(list_output, "choose_printer", lambda parent, title: object())
    monkeypatch.setattr(list_output, "print_pdfs", lambda printer, docs: printed.extend(docs) or 1)
    dialog.print_list()
    qtbot.waitUntil(lambda: bool(printed), timeout=10_000)
    assert printed[0].startswith(b"%PDF")
