"""bundle_cold_start_s: the frozen bundle's start, next to the pip-installed app's.

The value is the bundle built by ``packaging/build.py`` started on the clinic, to the
window shown (the first processed event loop after ``show()``), as ``cold_start_s``
times it (:mod:`tests.benchmarks.bench_startup`).  The floor is that very measurement
of the pip-installed app, in the same run: the ratio is what freezing costs (or
saves).  Target: within 1.3x.

The frozen app cannot be handed a ``python -c`` script, so the benchmark builds its own
copy of the bundle with one PyInstaller runtime hook (``SMPDESK_RUNTIME_HOOKS``, read
by the spec) that replaces ``QApplication.exec`` as ``bench_startup``'s script does,
once the app itself imports ``PySide6.QtWidgets`` (not before: the import order stays
the real one).  The real bundle never carries it.  The build (about 40 s) is kept in
``build/bench-bundle`` and reused while packaging/ and smpdesk/ are unchanged.
"""

from __future__ import annotations

import compileall
import hashlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks import bench_startup
from tests.benchmarks.clinic import Clinic

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "build" / "bench-bundle"

HOOK = '''
"""Benchmark only: report "shown" and leave once the window's event loop would start."""
import importlib.abc
import importlib.util
import sys


class _ReportShown(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)

            def _exec(self):
                self.processEvents()
                print("shown", flush=True)
                return 0

            module.QApplication.exec = _exec

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _ReportShown())
'''


def _fingerprint() -> str:
    """What the bundle is built from: the packaging files, smpdesk's code and data."""
    digest = hashlib.sha256(HOOK.encode())
    for folder in ("packaging", "smpdesk", "resources", "forms"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def build_bench_bundle(say: object = print) -> Path:
    """The bundle with the reporting hook, built (or reused) under build/bench-bundle."""
    executable = (
        OUT / "dist" / "smpdesk" / ("smpdesk.exe" if sys.platform == "win32" else "smpdesk")
    )
    stamp = OUT / "fingerprint"
    fingerprint = _fingerprint()
    if executable.exists() and stamp.exists() and stamp.read_text() == fingerprint:
        return executable
    OUT.mkdir(parents=True, exist_ok=True)
    hook = OUT / "report_shown_hook.py"
    hook.write_text(HOOK, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(OUT / "dist"),
            "--work",
            str(OUT / "work"),
            "--no-archive",
        ],
        check=True,
        cwd=ROOT,
        env={**os.environ, "SMPDESK_RUNTIME_HOOKS": str(hook)},
        stdout=subprocess.DEVNULL,
    )
    stamp.write_text(fingerprint)
    if callable(say):
        say(f"bench bundle built in {time.perf_counter() - started:.0f} s")
    return executable


def _time_bundle(executable: Path, db_path: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(executable), "--db", str(db_path)],
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
        raise RuntimeError("the bundle's window was not shown")
    return elapsed


def measure(clinic: Clinic, runs: int = 7) -> dict[str, float | str]:
    executable = build_bench_bundle()
    compileall.compile_dir(str(ROOT / "smpdesk"), quiet=1)  # as pip leaves it
    db = str(clinic.db_path)
    _time_bundle(executable, clinic.db_path)  # warm the OS file cache for both alike
    bench_startup._time(bench_startup.SMPDESK, db)
    bundle: list[float] = []
    installed: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        installed.append(bench_startup._time(bench_startup.SMPDESK, db))
        bundle.append(_time_bundle(executable, clinic.db_path))
        bare.append(bench_startup._time(bench_startup.BARE))
    return {
        "value": statistics.median(bundle),
        "floor": statistics.median(installed),
        "unit": "s",
        "target": "< 1.3x the pip-installed app",
        "note": f"median of {runs} runs each; floor = the pip-installed app to the window "
        f"shown; bare PySide6 window {statistics.median(bare):.3f} s",
    }
