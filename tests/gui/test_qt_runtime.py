"""The Qt runtime itself must survive a long working day."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import smpdesk.gui
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label, point = QLabel(), QPointF()
for n in range(30000):
    point.setX(1.0)
    label.setText("x")
print("alive")
"""


def test_many_void_qt_calls_do_not_abort_the_process():
    # PySide6 6.12 on CPython 3.11 drops a reference to None on each void call;
    # without smpdesk.gui's guard this aborts with "none_dealloc" long before 60k.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"
