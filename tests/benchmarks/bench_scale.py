"""The waits a user feels on a big clinic (issue 15): each through the real window or use case.

Every figure goes through the entry point a user's action reaches (the window's
slot, the dialog, the use case), offscreen, on the synthetic clinic; each
entry point is called from one small function (``_follow_ups_screen``,
``_lot_search``, ``_back_to_list``, ``_open_client_page``, ``_close_window``,
``_delete_photo``) so it can be adapted when the app's names change.  Each
floor is measured in the same run, on the same file and (unless said) the same
connection, so the ratio is what the app adds to work that cannot be avoided:

* ``follow_ups_ms``: Ctrl+D, from the click to the follow-ups table's first
  screen filled and painted, with the counts under it (the app reads the list
  a page at a time from the index on each active client's next-due date,
  ``sessions.follow_up_due``, migration 0013; more rows are read on scrolling).
  Floor: what that first screen cannot do without, in SQL on the same
  connection: the first page (the app's ``PAGE_ROWS`` rows, in due order
  from the index, ``LIMIT``, with the client's name, number and phone) and the
  three counts (overdue, today, coming up) as range counts over the index.
  (Before the index, the floor was the one query computing the whole list:
  1.0-1.2 s at 100k.)
* ``lot_recall_ms`` (the most used pigment lot) and ``lot_recall_once_ms`` (a
  lot one session used): Clinic -> Recall search by lot, from Find to the
  results table filled and painted (worker, as in the app), the lot typed as
  on the label (the rare one in lower case with spaces, which recall must
  match).  Floor: the indexed lookup of that lot's normalised key in the three
  lot-key columns of the sessions (migration 0013) joined to the clients, and
  in the same columns of the earlier versions of edited sessions, returning the
  same rows, on a connection of its own: the probes an indexed key allows.
* ``back_to_list_ms``: Esc on the page of the client sorted last (family name
  Z), to the list refreshed, that client selected and shown, and painted.
  Floor: the list's query for the one page ending at that client (keyset: the
  ids sorted before it, by the list's index) and that page's list columns: to
  show the client's row selected, the list needs at least the page holding it.
* ``open_client_ms``: a client opened from the list, to the page and its first
  tab filled and painted; clients with sessions, a quarter of them with
  photos and answered forms.  Floor: the page's bare reads, each once (the
  client, their sessions with the overrides, handouts and edit history of
  those sessions, photos list, photo and client edit history, answered forms
  and drafts), as plain SQL on the same connection: the page cannot show
  less than these rows; the rest of the figure is Python and Qt work.
* ``backup_close_s``: closing the window after a change, with the automatic
  backup at close on (as ``smpdesk`` runs it), until ``close()`` returns:
  what the user waits before the window goes.  Floor: copying the clinic file
  and fsyncing the copy, the least a durable copy costs.  The fsync of a copy
  that size depends on the disk's other traffic: on a shared machine this
  floor is the noisiest figure here.
* ``file_bytes_after_delete``: on a copy of the clinic, 20% of the photos
  deleted one by one through the photo use case, the handle closed, then the
  size of the file (and any ``-wal``) in MB.  Floor: the live data, the pages
  that are not free (``(page_count - freelist_count) * page_size``): what the
  file would be if freed pages were given back (incremental vacuum reaches
  it; only a full VACUUM could go lower, by repacking half-empty pages).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import random
import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.benchmarks.bench_search import raw_connect
from tests.benchmarks.clinic import Clinic

WAIT_S = 600  # the longest any wait may take before the benchmark gives up


# -- helpers ------------------------------------------------------------------------------------


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@contextlib.contextmanager
def main_window(path: Path, *, auto_backup: bool = False) -> Iterator[tuple[Any, Any]]:
    """The main window on the clinic at ``path``, shown at a laptop's size; closed after."""
    from smpdesk.app.clinic import open_clinic
    from smpdesk.gui.main_window import MainWindow

    app = _app()
    db = open_clinic(path)
    window = MainWindow(db, path, auto_backup=auto_backup)
    window.resize(1366, 740)
    window.show()
    app.processEvents()
    try:
        yield app, window
    finally:
        if window.isVisible():
            window.close()
        window.deleteLater()
        app.processEvents()


@contextlib.contextmanager
def waiting_for(signal) -> Iterator[None]:
    """Run the body, then the event loop until ``signal`` has been emitted (no busy loop)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    seen: list[bool] = []

    def heard(*_args: object) -> None:
        seen.append(True)
        loop.quit()

    signal.connect(heard)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    try:
        yield
        if not seen:
            timer.start(WAIT_S * 1000)
            loop.exec()
        if not seen:
            raise RuntimeError(f"waited {WAIT_S} s for {signal}")
    finally:
        timer.stop()
        signal.disconnect(heard)


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    return statistics.median(_ms(fn) for _ in range(runs))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


# -- follow_ups_ms ------------------------------------------------------------------------------


def _follow_ups_screen(app, window) -> int:
    """Ctrl+D to the table's first screen filled and painted; the rows read."""
    view = window.follow_ups_view
    with waiting_for(view.loaded):
        window.show_due()
    view.table.viewport().repaint()
    return view.table.model().rowCount()


FOLLOW_UPS_SQL = """
SELECT s.id, c.id, c.client_number, c.given_name, c.family_name, c.phone, s.session_date,
       s.session_type, s.next_appointment, s.follow_up_due
FROM sessions s CROSS JOIN clients c ON c.id = s.client_id
WHERE s.follow_up_due IS NOT NULL AND s.follow_up_due <= ?
ORDER BY s.follow_up_due LIMIT ?
"""

FOLLOW_UPS_COUNTS_SQL = """
SELECT (SELECT count(*) FROM sessions WHERE follow_up_due < :today),
       (SELECT count(*) FROM sessions WHERE follow_up_due = :today),
       (SELECT count(*) FROM sessions WHERE follow_up_due > :today AND follow_up_due <= :until)
"""


def _follow_ups_floor(conn, today: str, horizon: str) -> int:
    """The first page and the counts, from the index; the page's rows."""
    from smpdesk.app.follow_ups import PAGE_ROWS

    rows = conn.execute(FOLLOW_UPS_SQL, [horizon, PAGE_ROWS]).fetchall()
    conn.execute(FOLLOW_UPS_COUNTS_SQL, {"today": today, "until": horizon}).fetchone()
    return len(rows)


def measure_follow_ups(clinic: Clinic, runs: int = 3) -> dict[str, float | str]:
    from datetime import date, timedelta

    from smpdesk.app.clinic import load_settings
    from smpdesk.app.sessions import due_follow_ups

    with main_window(clinic.db_path) as (app, window):
        rows = _follow_ups_screen(app, window)  # builds the screen: not timed
        window.show_list()
        ours = []
        for _ in range(runs):
            ours.append(_ms(lambda: _follow_ups_screen(app, window)))
            window.show_list()
        db = window.db
        days = load_settings(db).follow_up_days
        today = date.today().isoformat()
        horizon = (date.today() + timedelta(days=14)).isoformat()
        floor_rows = _follow_ups_floor(db.conn, today, horizon)
        floor = _median_ms(lambda: _follow_ups_floor(db.conn, today, horizon), runs * 3)
        whole = _median_ms(lambda: due_follow_ups(db, follow_up_days=days), runs)
        counts = window.follow_ups_view.counts
    return {
        "value": statistics.median(ours),
        "floor": floor,
        "unit": "ms",
        "target": "< 100 ms (first screen)",
        "note": f"median of {runs}; {rows:,} rows read of {counts.total:,} "
        f"({counts.overdue:,} overdue), floor page {floor_rows:,} rows and the counts; "
        f"the whole list (smpdesk due) {whole:.0f} ms",
    }


# -- lot_recall_ms, lot_recall_once_ms ------------------------------------------------------------


def _lot_search(app, dialog, typed: str) -> int:
    """Type the lot, Find, to the results table filled and painted; the rows shown."""
    dialog.lot.setText(typed)
    operation = dialog.search()
    if operation.running:
        with waiting_for(operation.finished):
            pass
    dialog.table.viewport().repaint()
    return dialog.table.model().rowCount()


LOT_COLUMNS = ("pigment_lot", "diluent_lot", "cartridge_lot")


def _lot_floor(conn, key: str) -> int:
    """Every live session with this lot key in a lot column, with its client, also where a
    later edit changed the lot: indexed lookups of the key columns only."""
    found: set[tuple[int, str]] = set()
    for column in LOT_COLUMNS:
        rows = conn.execute(
            f"SELECT s.id, c.id, c.client_number, c.given_name, c.family_name, c.phone, "
            f"c.email, s.session_date, s.session_type, s.{column} FROM sessions s "
            "CROSS JOIN clients c ON c.id = s.client_id "
            f"WHERE s.{column}_key = ? AND s.deleted_at IS NULL",
            [key],
        ).fetchall()
        found |= {(row[0], column) for row in rows}
    for column in LOT_COLUMNS:
        rows = conn.execute(
            "SELECT s.id, c.id, c.client_number, c.given_name, c.family_name, c.phone, "
            f"c.email, s.session_date, s.session_type, v.details FROM session_versions v "
            "CROSS JOIN sessions s ON s.id = v.session_id "
            "CROSS JOIN clients c ON c.id = s.client_id "
            f"WHERE v.{column}_key = ? AND s.deleted_at IS NULL",
            [key],
        ).fetchall()
        found |= {(row[0], column) for row in rows}
    return len(found)


_lot_results: dict[str, dict[str, float | str]] = {}


def _lot_recall(clinic: Clinic, runs: int = 3) -> dict[str, dict[str, float | str]]:
    """Both lot figures come from one window (each lot searched ``runs`` times)."""
    if _lot_results:
        return _lot_results
    from smpdesk.app import sessions as session_cases
    from smpdesk.gui.sessions.lot_recall import LotRecallDialog
    from smpdesk.store.sessions import lot_key

    facts = clinic.facts
    lots = {
        "lot_recall_ms": (facts["common_lot"], facts["common_lot_spellings"]),
        "lot_recall_once_ms": (facts["rare_lot_typed"], facts["rare_lot_spellings"]),
    }
    with main_window(clinic.db_path) as (app, window):
        dialog = LotRecallDialog(window.db, window)
        dialog.show()
        app.processEvents()
        conn = raw_connect(clinic.db_path)
        for name, (typed, _spellings) in lots.items():
            rows = _lot_search(app, dialog, typed)  # warm
            ours = [_ms(lambda typed=typed: _lot_search(app, dialog, typed)) for _ in range(runs)]
            key = lot_key(typed)
            floor_rows = _lot_floor(conn, key)
            floor = _median_ms(lambda key=key: _lot_floor(conn, key), runs * 3)
            use_case = _median_ms(
                lambda typed=typed: session_cases.sessions_with_lot(window.db, typed), runs
            )
            _lot_results[name] = {
                "value": statistics.median(ours),
                "floor": floor,
                "unit": "ms",
                "target": "< 100 ms",
                "note": f"lot typed {typed!r}: {rows:,} rows shown, floor {floor_rows:,}; "
                f"median of {runs}; the use case alone {use_case:.0f} ms",
            }
        conn.close()
        dialog.close()
        dialog.deleteLater()
    return _lot_results


def measure_lot_recall(clinic: Clinic) -> dict[str, float | str]:
    return _lot_recall(clinic)["lot_recall_ms"]


def measure_lot_recall_once(clinic: Clinic) -> dict[str, float | str]:
    return _lot_recall(clinic)["lot_recall_once_ms"]


# -- back_to_list_ms ----------------------------------------------------------------------------


def _back_to_list(app, window) -> None:
    """Esc on a client's page: the list refreshed, the client selected and painted."""
    window.show_list()
    window.table.viewport().repaint()


def _page_ending_at(conn, client_id: int, rows: int = 200) -> int:
    """The list's page ending at ``client_id`` (family A-Z) and its list columns."""
    family, given = conn.execute(
        "SELECT family_key, given_key FROM clients WHERE id = ?", [client_id]
    ).fetchone()
    ids = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM clients WHERE archived_at IS NULL "
            "AND (family_key, given_key, id) <= (?, ?, ?) "
            "ORDER BY family_key DESC, given_key DESC, id DESC LIMIT ?",
            [family, given, client_id, rows],
        )
    ]
    shown = ids[:100]
    marks = ", ".join("?" for _ in shown)
    conn.execute(
        "SELECT id, client_number, given_name, family_name, preferred_name, date_of_birth, "
        f"phone, email, archived_at FROM clients WHERE id IN ({marks})",
        shown,
    ).fetchall()
    return len(ids)


def measure_back_to_list(clinic: Clinic, runs: int = 5) -> dict[str, float | str]:
    from smpdesk.app import clients as client_cases

    with main_window(clinic.db_path) as (app, window):
        [last] = client_cases.search_client_ids(
            window.db, "", sort="family", descending=True, limit=1
        )
        ours = []
        for run in range(runs + 1):
            window.open_client(last)
            app.processEvents()
            elapsed = _ms(lambda: _back_to_list(app, window))
            if run:  # the first builds the client tabs: not timed
                ours.append(elapsed)
        rows = window.model.rowCount()
        selected = window.model.client_id(window.table.selectionModel().selectedRows()[0].row())
        assert selected == last, "the client was not selected in the list"
        conn = window.db.conn
        floor = _median_ms(lambda: _page_ending_at(conn, last), runs * 3)
    return {
        "value": statistics.median(ours),
        "floor": floor,
        "unit": "ms",
        "target": "< 100 ms",
        "note": f"median of {runs}; the list held {rows:,} ids to show that client",
    }


# -- open_client_ms -----------------------------------------------------------------------------


def _open_client_page(app, window, client_id: int) -> None:
    """A client opened from the list, to the page and its first tab painted."""
    window.open_client(client_id)
    app.processEvents()


_PAGE_READS = [
    "SELECT * FROM clients WHERE id = :c",
    "SELECT * FROM sessions WHERE client_id = :c AND deleted_at IS NULL "
    "ORDER BY session_date, start_time, id",
    "SELECT o.* FROM session_overrides o JOIN sessions s ON s.id = o.session_id "
    "WHERE s.client_id = :c",
    "SELECT h.* FROM handouts_given h JOIN sessions s ON s.id = h.session_id "
    "WHERE s.client_id = :c",
    "SELECT v.* FROM session_versions v JOIN sessions s ON s.id = v.session_id "
    "WHERE s.client_id = :c",
    "SELECT id, client_id, session_id, visit_date, angle, consent, captured_at, width, height, "
    "thumb_width, thumb_height, content_hash, source_name, source_format, imported_at "
    "FROM photos WHERE client_id = :c ORDER BY visit_date, angle",
    "SELECT DISTINCT photo_id FROM photo_versions WHERE client_id = :c",
    "SELECT * FROM client_versions WHERE client_id = :c ORDER BY version",
    "SELECT r.*, EXISTS (SELECT 1 FROM response_documents d WHERE d.response_id = r.id) "
    "FROM responses r WHERE r.client_id = :c",
    "SELECT * FROM response_drafts WHERE client_id = :c",
]


def _page_reads(conn, client_id: int) -> None:
    for sql in _PAGE_READS:
        conn.execute(sql, {"c": client_id}).fetchall()


def measure_open_client(clinic: Clinic, picks: int = 40) -> dict[str, float | str]:
    with main_window(clinic.db_path) as (app, window):
        conn = window.db.conn
        with_sessions = [r[0] for r in conn.execute("SELECT DISTINCT client_id FROM sessions")]
        with_photos = [r[0] for r in conn.execute("SELECT DISTINCT client_id FROM photos")]
        photographed_ids = set(with_photos)
        rng = random.Random(15)
        chosen = rng.sample(with_photos, k=min(picks // 4, len(with_photos)))
        chosen += rng.sample(with_sessions, k=picks - len(chosen))
        _open_client_page(app, window, chosen[-1])  # builds the tabs: not timed
        ours = {c: _ms(lambda c=c: _open_client_page(app, window, c)) for c in chosen}
        floor = [_ms(lambda c=c: _page_reads(conn, c)) for c in chosen]
        window.show_list()
    photographed = [ours[c] for c in chosen if c in photographed_ids]
    values = list(ours.values())
    return {
        "value": statistics.median(values),
        "floor": statistics.median(floor),
        "unit": "ms",
        "target": "< 100 ms",
        "note": f"median of {len(values)} clients (p90 {statistics.quantiles(values, n=10)[-1]:.0f}"
        f" ms); those with photos and forms {statistics.median(photographed):.0f} ms",
    }


# -- backup_close_s -----------------------------------------------------------------------------


def _close_window(app, window) -> None:
    """The window closed (File -> Quit, the close box): until ``close()`` returns.

    The backup at close then runs on a thread of its own, the window gone
    (``window.close_backup``; see ``_backup_after_close``).
    """
    window.close()


def _backup_after_close(window) -> float | None:
    """Seconds from ``close()`` returning until the backup at close is made and verified
    (None: the close started none, nothing having changed)."""
    started = time.perf_counter()
    backup = getattr(window, "close_backup", None)
    if backup is None:
        return None
    backup.join()
    return time.perf_counter() - started


def _copy_and_fsync(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def measure_backup_close(clinic: Clinic, runs: int = 3) -> dict[str, float | str]:
    from smpdesk import paths
    from smpdesk.app import clients as client_cases

    backups = paths.backups_dir_for(clinic.db_path)
    ours, floor, made, after = [], [], 0, []
    copy = clinic.folder / "floor-copy.sqlite3"
    try:
        for run in range(runs):
            shutil.rmtree(backups, ignore_errors=True)
            with main_window(clinic.db_path, auto_backup=True) as (app, window):
                client = client_cases.get_client(window.db, 1 + run)
                assert client is not None
                notes = f"Called back ({run})."  # something changed since the last backup
                details = dataclasses.replace(client.details(), notes=notes)
                client_cases.update_client(window.db, client.id, details)
                app.processEvents()
                ours.append(_ms(lambda: _close_window(app, window)) / 1000)
                after.append(_backup_after_close(window))
            made += len(list(backups.glob("*.sqlite3"))) if backups.is_dir() else 0
            floor.append(_ms(lambda: _copy_and_fsync(clinic.db_path, copy)) / 1000)
            copy.unlink()
    finally:
        shutil.rmtree(backups, ignore_errors=True)
    return {
        "value": statistics.median(ours),
        "floor": statistics.median(floor),
        "unit": "s",
        "target": "the user is not kept waiting",
        "note": f"median of {runs}; {_size(clinic.db_path) / 1e6:,.0f} MB file; "
        f"{made} of {runs} closes left a verified backup, "
        f"{'; '.join('none' if a is None else f'{a:.1f} s' for a in after)} after the window "
        "went (its own thread)",
    }


# -- file_bytes_after_delete ----------------------------------------------------------------------


def _delete_photo(db, photo_id: int) -> None:
    """Delete one photo as the photos tab does."""
    from smpdesk.app import photos

    photos.delete_photo(db, photo_id)


def measure_file_after_delete(clinic: Clinic, share: float = 0.2) -> dict[str, float | str]:
    from smpdesk.app.clinic import open_clinic
    from smpdesk.store import engine

    folder = clinic.folder / "deleting"
    folder.mkdir()
    path = folder / clinic.db_path.name
    shutil.copyfile(clinic.db_path, path)
    wal = Path(f"{clinic.db_path}-wal")
    if wal.exists():  # another benchmark left writes in the log: they belong to the clinic
        shutil.copyfile(wal, Path(f"{path}-wal"))
    try:
        db = open_clinic(path)
        ids = [row[0] for row in db.execute("SELECT id FROM photos ORDER BY id")]
        picks = random.Random(15).sample(ids, k=int(len(ids) * share))
        photo_bytes = db.execute(
            f"SELECT sum(length(image)) FROM photo_images WHERE photo_id IN "
            f"({', '.join(str(i) for i in picks)})"
        ).fetchone()[0]
        before = _size(path) + _size(Path(f"{path}-wal"))
        times = [_ms(lambda p=p: _delete_photo(db, p)) for p in picks]
        open_size = _size(path) + _size(Path(f"{path}-wal"))
        db.close()
        after = _size(path) + _size(Path(f"{path}-wal"))
        raw = engine.connect(path)
        try:
            pages, free, page_size = (
                raw.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("page_count", "freelist_count", "page_size")
            )
        finally:
            raw.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "value": after / 1e6,
        "floor": (pages - free) * page_size / 1e6,
        "unit": "MB",
        "target": "a deleted photo gives its space back",
        "note": f"{len(picks):,} of {len(ids):,} photos ({photo_bytes / 1e6:,.0f} MB of images) "
        f"deleted; file {before / 1e6:,.0f} MB before, {open_size / 1e6:,.0f} MB while open; "
        f"{free:,} free pages; each delete median {statistics.median(times):.0f} ms, p90 "
        f"{statistics.quantiles(times, n=10)[-1]:.0f} ms",
    }
