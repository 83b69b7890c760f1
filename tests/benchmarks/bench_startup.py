"""cold_start_s: a fresh process to the main window shown on the 20k clinic.

Both sides run in a new interpreter and stop at the first processed event
loop after ``show()``.  The smpdesk side goes through the real entry point
(``smpdesk.cli.main`` -> open database -> window); only ``QApplication.exec``
is replaced so the process can report and leave.  The floor is a bare
PySide6 QMainWindow.
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

SMPDESK = """
import sys
from PySide6.QtWidgets import QApplication
def _exec(self):
    self.processEvents()
    print("shown", flush=True)
    return 0
QApplication.exec = _exec
from smpdesk.cli import main
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
