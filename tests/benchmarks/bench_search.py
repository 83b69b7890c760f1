"""search_keystroke_ms: one keystroke in the search box, to the list repainted.

Measured through the real window: setting the search text runs the same slot
a key press does (store query, model reset, count label, selection).  That is
the figure.  The repaint that follows (rows fetched and drawn by the view) is
timed too and printed in the note, so the full cost to the eye is visible.
The floor is the bare FTS5 query for the same text on a plain sqlite3
connection.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time

from tests.benchmarks.clinic import Clinic

# What receptionists type: names (with and without accents), a phone fragment,
# an email start and a client number, one key at a time, then clearing.
TYPED = ["nguyen", "Łukasz", "oyv", "muller", "07700 9004", "zoe.br", "C0123"]


def _prefixes(word: str) -> list[str]:
    return [word[:i] for i in range(1, len(word) + 1)]


def measure(clinic: Clinic) -> dict[str, float | str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from smpdesk.app.clinic import open_clinic
    from smpdesk.gui.main_window import MainWindow
    from smpdesk.store.clients import fts_query

    app = QApplication.instance() or QApplication([])
    db = open_clinic(clinic.db_path)
    window = MainWindow(db, clinic.db_path)
    window.show()
    app.processEvents()

    keystrokes: list[float] = []
    with_paint: list[float] = []

    def key(text: str) -> None:
        start = time.perf_counter()
        window.search_box.setText(text)
        handled = time.perf_counter()
        window.table.viewport().repaint()
        painted = time.perf_counter()
        keystrokes.append((handled - start) * 1000)
        with_paint.append((painted - start) * 1000)

    for _ in range(3):
        for word in TYPED:
            for prefix in _prefixes(word):
                key(prefix)
            key("")
    window.close()

    raw = sqlite3.connect(clinic.db_path)
    floor: list[float] = []
    for _ in range(3):
        for word in TYPED:
            for prefix in _prefixes(word):
                match = fts_query(prefix)
                if not match:
                    continue
                start = time.perf_counter()
                raw.execute(
                    "SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?", [match]
                ).fetchall()
                floor.append((time.perf_counter() - start) * 1000)
    raw.close()
    return {
        "value": statistics.median(keystrokes),
        "floor": statistics.median(floor),
        "unit": "ms",
        "target": "< 15 ms median",
        "note": f"p90 {statistics.quantiles(keystrokes, n=10)[-1]:.1f} ms over "
        f"{len(keystrokes)} keystrokes; with repaint median "
        f"{statistics.median(with_paint):.1f} ms, p90 "
        f"{statistics.quantiles(with_paint, n=10)[-1]:.1f} ms",
    }
