"""cold_start_s and cold_start_cold_cache_s: a fresh process to the main window.

Both sides run in a new interpreter.  The smpdesk side goes through the real
entry point (``smpdesk.cli.main`` -> open database -> window); only
``QApplication.exec`` is replaced so the process can report and leave.  The
floor is a bare PySide6 QMainWindow shown, in a new interpreter too.

* ``cold_start_s``: to the first processed event loop after ``show()``, with
  the clinic file warm in the OS cache (as on a second start of the day).
* ``cold_start_cold_cache_s``: to **the client list painted with its rows**
  (the table's viewport has painted while the model holds rows), with the
  clinic file and its ``-wal`` and ``-shm`` dropped from the OS page cache
  before every run (``posix_fadvise(POSIX_FADV_DONTNEED)``, after an fsync so
  no page is dirty): the first start after a reboot, or after the laptop
  spent the night paging out.  Python, Qt and smpdesk's own files stay
  cached on both sides, so the difference is what reading the clinic costs
  before the list shows.  The same figure for a new, empty clinic is in the
  note: the goal is the same ratio whatever the clinic's size.  Its floor is the bare
  window's first paint observed the same way (:data:`BARE_PAINTED`): the Python event
  filter that watches for the paint costs about 10 ms on either side.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.clinic import Clinic

ROOT = Path(__file__).resolve().parents[2]

# Both scripts import smpdesk's command line first, as the ``smpdesk`` script
# does: PySide6, once imported, inspects the source of every module imported
# after it (for its ``__feature__`` switches), so importing it first would time
# an order the real entry point never runs.
SMPDESK = """
import sys
from smpdesk.cli import main
from PySide6.QtWidgets import QApplication
def _exec(self):
    self.processEvents()
    print("shown", flush=True)
    return 0
QApplication.exec = _exec
sys.exit(main(["--db", sys.argv[1]]))
"""

# The real entry point, stopping once the client list has painted with rows (or,
# on an empty clinic, argv[2] == "0", painted at all).
LIST_PAINTED = """
import sys, time
from smpdesk.cli import main
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView
ROWS = sys.argv[2] != "0"
class _Painted(QObject):
    seen = False
    def __init__(self, table):
        super().__init__()
        self.table = table
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and (self.table.model().rowCount() or not ROWS):
            self.seen = True
        return False
def _exec(self):
    deadline = time.monotonic() + 120
    table = None
    while True:  # the window is shown before exec(): found before any event is processed
        for widget in self.topLevelWidgets():
            table = table or widget.findChild(QTableView, "client_table")
        if table is not None or time.monotonic() > deadline:
            break
        self.processEvents()
    painted = _Painted(table)
    table.viewport().installEventFilter(painted)
    while not painted.seen and time.monotonic() < deadline:
        self.processEvents()
    print("shown" if painted.seen else "not painted", flush=True)
    return 0
QApplication.exec = _exec
sys.exit(main(["--db", sys.argv[1]]))
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 700)
window.show()
app.processEvents()
print("shown", flush=True)
"""


# The floor of the painted-list figures: the bare window, its paint observed the same way
# (the same event filter class, installed before show(), looping until it sees a Paint),
# so the observation's own cost (a Python filter seeing every event, QEvent's enum) is
# on both sides rather than counted as smpdesk's.
BARE_PAINTED = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
class _Painted(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False
app = QApplication(sys.argv[:1])
window = QMainWindow()
central = QWidget()
window.setCentralWidget(central)
window.resize(1100, 700)
painted = _Painted()
central.installEventFilter(painted)
window.show()
deadline = time.monotonic() + 120
while not painted.seen and time.monotonic() < deadline:
    app.processEvents()
print("shown" if painted.seen else "not painted", flush=True)
"""


def _time(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError("the window was not shown")
    return elapsed


def measure(clinic: Clinic, runs: int = 7) -> dict[str, float | str]:
    # An installed smpdesk has bytecode (pip compiles it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise recompile every module each start.
    compileall.compile_dir(str(ROOT / "smpdesk"), quiet=1)
    _time(BARE)  # warm the OS file cache for both sides alike
    _time(SMPDESK, str(clinic.db_path))
    ours: list[float] = []
    floor: list[float] = []
    for _ in range(runs):
        floor.append(_time(BARE))
        ours.append(_time(SMPDESK, str(clinic.db_path)))
    return {
        "value": statistics.median(ours),
        "floor": statistics.median(floor),
        "unit": "s",
        "target": "< 2x floor",
        "note": f"median of {runs} runs each",
    }


def drop_from_page_cache(db_path: Path) -> None:
    """Evict the clinic file, its -wal and -shm from the OS page cache (clean pages only,
    hence the fsync first)."""
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            continue
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def _cold(db_path: Path, rows: bool = True) -> float:
    drop_from_page_cache(db_path)
    return _time(LIST_PAINTED, str(db_path), "1" if rows else "0")


def _empty_clinic(clinic: Clinic) -> Path:
    from smpdesk.app.clinic import open_clinic

    folder = clinic.folder / "empty"
    folder.mkdir(exist_ok=True)
    path = folder / "clinic.sqlite3"
    if not path.exists():
        open_clinic(path, create=True).close()
    return path


def measure_cold_cache(clinic: Clinic, runs: int = 5) -> dict[str, float | str]:
    compileall.compile_dir(str(ROOT / "smpdesk"), quiet=1)
    empty = _empty_clinic(clinic)
    _time(BARE_PAINTED)  # warm Python, Qt and smpdesk's modules for every side alike
    _time(LIST_PAINTED, str(clinic.db_path), "1")
    ours: list[float] = []
    floor: list[float] = []
    warm: list[float] = []
    on_empty: list[float] = []
    for _ in range(runs):
        floor.append(_time(BARE_PAINTED))
        ours.append(_cold(clinic.db_path))
        warm.append(_time(LIST_PAINTED, str(clinic.db_path), "1"))
        on_empty.append(_cold(empty, rows=False))
    bare = statistics.median(floor)
    size = clinic.db_path.stat().st_size / 1e6
    return {
        "value": statistics.median(ours),
        "floor": bare,
        "unit": "s",
        "target": "< 2x floor, the same on an empty clinic",
        "note": f"median of {runs}, {size:,.0f} MB file, to the list painted; warm cache "
        f"{statistics.median(warm):.3f} s ({statistics.median(warm) / bare:.2f}x); "
        f"empty clinic, cold {statistics.median(on_empty):.3f} s "
        f"({statistics.median(on_empty) / bare:.2f}x)",
    }
