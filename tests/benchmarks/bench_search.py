"""search_keystroke_ms and search_keystroke_p90_ms: a keystroke in the search box.

Measured through the real window: setting the search text runs the same slot
a key press does (store query, model reset, count label, selection).

* ``search_keystroke_ms``: the median over the original words (names with and
  without accents, a phone fragment, an email start, a client number), the
  slot alone; the repaint that follows is in the note.
* ``search_keystroke_p90_ms``: the 90th percentile over realistic keystroke
  sequences (:data:`SEQUENCES`: names, two-word names, UK, Australian and US
  phone numbers typed digit by digit, an email, client numbers, each cleared
  afterwards), from the key to the list **repainted** (the slot, then the
  view fetching and drawing its visible rows): what the receptionist sees.
  The slot alone and the phone keystrokes alone are in the note.

The floor of both is, for every keystroke, **the sorted first page the list
needs**: one query returning the list columns of the first screenful of
matching active clients in the list's order (family name A-Z), with one row
more to tell whether there are more; phone-like input matches the phone
trigram index too, as the list does.  It runs on a bare connection of the
same SQLite library (``sqlcipher3``, :func:`raw_connect`), so the ratio is what
the store, the model, the count and Qt add to the one query that cannot be
avoided.  Sorting every match is part of it: a list sorted by name cannot
show its first row before the matches are ordered, unless an index delivers
them in order.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.clinic import Clinic

# The original words, one key at a time, then clearing.
TYPED = ["nguyen", "Łukasz", "oyv", "muller", "07700 9004", "zoe.br", "C0123"]

# What receptionists type, one key at a time, then clear: names as heard (with and
# without accents), two words, whole phone numbers in the formats the clinic's
# clients have (UK mobiles share "07700 900", so every UK client matches until
# the last digits), an email start and client numbers.
SEQUENCES = [
    "nguyen",
    "Łukasz",
    "oyv",
    "muller",
    "sharma",
    "o'brien",
    "zoe bro",
    "maria jose",
    "07700 900123",
    "0491 570 042",
    "+1 301-555-0142",
    "zoe.bronte",
    "C01234",
    "c9876",
]
SCREEN_ROWS = 100  # one page of the list's rows (the model's PAGE)


def raw_connect(path: Path):
    """A bare connection of the SQLite library the app uses (swapped for a keyed one
    by ``bench_protection`` on a protected clinic)."""
    from smpdesk.store import engine

    return engine.connect(path)


def _prefixes(word: str) -> list[str]:
    return [word[:i] for i in range(1, len(word) + 1)]


def _keystrokes(words: list[str]) -> list[str]:
    keys: list[str] = []
    for word in words:
        keys += [*_prefixes(word), ""]
    return keys


def first_page_sql(text: str, limit: int = SCREEN_ROWS + 1) -> tuple[str, list[object]]:
    """The floor's query: the list columns of the first page of matches, in list order."""
    from smpdesk.domain.textfold import digits, looks_like_phone
    from smpdesk.store.clients import fts_query

    where = ["archived_at IS NULL"]
    params: list[object] = []
    text = text.strip()
    match = fts_query(text)
    if text and looks_like_phone(text):
        where.append(
            "id IN (SELECT rowid FROM clients_phone_fts WHERE clients_phone_fts MATCH ? "
            "UNION SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)"
        )
        params += [f'"{digits(text)}"', f'"{digits(text)}"*']
    elif match:
        where.append("id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)")
        params.append(match)
    sql = (
        "SELECT id, client_number, given_name, family_name, preferred_name, date_of_birth, "
        f"phone, email, archived_at FROM clients WHERE {' AND '.join(where)} "
        "ORDER BY family_key, given_key, id LIMIT ?"
    )
    return sql, [*params, limit]


def _search(window, text: str) -> None:
    """One keystroke: what the search box's textChanged runs (the entry point to adapt)."""
    window.search_box.setText(text)


def _typed_in_window(
    clinic: Clinic, keys: list[str], rounds: int
) -> tuple[list[float], list[float]]:
    """(slot alone, slot and repaint) per keystroke, in milliseconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from smpdesk.app.clinic import open_clinic
    from smpdesk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = open_clinic(clinic.db_path)
    window = MainWindow(db, clinic.db_path)
    window.resize(1366, 740)
    window.show()
    app.processEvents()
    handled_ms: list[float] = []
    painted_ms: list[float] = []
    try:
        for key in keys:  # warm: the FTS pages in the cache, as after a few searches
            _search(window, key)
        for _ in range(rounds):
            for key in keys:
                start = time.perf_counter()
                _search(window, key)
                handled = time.perf_counter()
                window.table.viewport().repaint()
                painted = time.perf_counter()
                handled_ms.append((handled - start) * 1000)
                painted_ms.append((painted - start) * 1000)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return handled_ms, painted_ms


def _floor_ms(clinic: Clinic, keys: list[str], rounds: int) -> list[float]:
    raw = raw_connect(clinic.db_path)
    times: list[float] = []
    try:
        for key in keys:
            raw.execute(*first_page_sql(key)).fetchall()
        for _ in range(rounds):
            for key in keys:
                sql, params = first_page_sql(key)
                start = time.perf_counter()
                raw.execute(sql, params).fetchall()
                times.append((time.perf_counter() - start) * 1000)
    finally:
        raw.close()
    return times


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


def measure(clinic: Clinic) -> dict[str, float | str]:
    keys = _keystrokes(TYPED)
    handled, painted = _typed_in_window(clinic, keys, rounds=3)
    floor = _floor_ms(clinic, keys, rounds=3)
    return {
        "value": statistics.median(handled),
        "floor": statistics.median(floor),
        "unit": "ms",
        "target": "< 15 ms median",
        "note": f"p90 {_p90(handled):.1f} ms over {len(handled)} keystrokes (floor p90 "
        f"{_p90(floor):.1f}); with repaint median {statistics.median(painted):.1f} ms, p90 "
        f"{_p90(painted):.1f} ms",
    }


def _only(keys: list[str], values: list[float], keep: Callable[[str], bool]) -> list[float]:
    rounds = len(values) // len(keys)
    return [v for v, k in zip(values, keys * rounds, strict=True) if keep(k)]


def measure_p90(clinic: Clinic, rounds: int = 3) -> dict[str, float | str]:
    from smpdesk.domain.textfold import looks_like_phone

    keys = _keystrokes(SEQUENCES)
    handled, painted = _typed_in_window(clinic, keys, rounds)
    floor = _floor_ms(clinic, keys, rounds)
    phone = _only(keys, painted, looks_like_phone)
    phone_floor = _only(keys, floor, looks_like_phone)
    worst = max(zip(painted, keys * rounds, strict=True))
    return {
        "value": _p90(painted),
        "floor": _p90(floor),
        "unit": "ms",
        "target": "< 15 ms p90",
        "note": f"{len(painted)} keystrokes, key to list repainted; median "
        f"{statistics.median(painted):.1f} ms; slot alone p90 {_p90(handled):.1f} ms; phone "
        f"prefixes p90 {_p90(phone):.1f} ms (floor {_p90(phone_floor):.1f}); slowest "
        f"{worst[0]:.0f} ms for {worst[1]!r}",
    }
