"""A protected clinic: unlocking it, and what encryption costs the everyday paths.

The protected clinic is the synthetic clinic copied and protected as an owner
would (``protection.protect``, then the plain copy erased), with the real
key-derivation cost (``key_file.SCRYPT_N`` is left as it is).  It lives in the
synthetic clinic's folder, so the runner removes it with the rest.

* ``unlock_s``: ``protection.sign_in`` to the main window's client list
  painted.  The floor is the key derivation alone (unwrapping the data key
  from the loaded key file), so the ratio is what opening the file, reading
  the account and building the window add to the unavoidable scrypt.
* ``search_keystroke_ms_encrypted``, ``handout_ms_encrypted`` and
  ``cold_start_s_encrypted``: the existing measurements, run on the protected
  clinic and on the plain one in the same run; the plain figure is the floor,
  so the ratio is the cost of encryption.  For a cold start the protected
  clinic stops at the sign-in dialog shown (nothing can be read before it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.benchmarks import bench_handouts, bench_search, bench_startup
from tests.benchmarks.clinic import Clinic

LOGIN = "owner"
DISPLAY_NAME = "Bench Owner"
# Not "bench-owner-2026": its letters are the display name's, which
# ``password_problem`` refuses ("more than the account's name and a number").
PASSWORD = "bench-owner-desk-2026"

_protected: dict[Path, Clinic] = {}


def protected_clinic(clinic: Clinic) -> Clinic:
    """The synthetic clinic, copied and protected once per run (its plain copy erased)."""
    if clinic.db_path in _protected:
        return _protected[clinic.db_path]
    from smpdesk.app import protection

    folder = clinic.folder / "protected"
    folder.mkdir()
    path = folder / clinic.db_path.name
    shutil.copyfile(clinic.db_path, path)
    wal = Path(f"{clinic.db_path}-wal")
    if wal.exists():  # another benchmark left writes in the log: they belong to the clinic
        shutil.copyfile(wal, Path(f"{path}-wal"))
    done = protection.protect(path, login=LOGIN, display_name=DISPLAY_NAME, password=PASSWORD)
    done.clinic.close()
    protection.erase_plain_copy(path)
    _protected[clinic.db_path] = Clinic(folder, path, clinic.clients)
    return _protected[clinic.db_path]


@contextlib.contextmanager
def _signed_in_opening(protected: Clinic) -> Iterator[None]:
    """Make the existing measurements open the protected clinic as a signed-in owner.

    They open the clinic with ``smpdesk.app.clinic.open_clinic`` (looked up
    when they run) and, for the search floor, with ``bench_search.raw_connect``;
    both are swapped for the protected file's openers while they run.  Other
    openings (``Clinic.connect`` passes its key) go through unchanged.
    """
    from smpdesk.app import clinic as clinic_module
    from smpdesk.app import protection
    from smpdesk.store import engine

    original, original_raw = clinic_module.open_clinic, bench_search.raw_connect

    def open_clinic(path, *, create: bool = False, key: bytes | None = None):
        if Path(path) == protected.db_path and key is None and not create:
            return protection.sign_in(path, LOGIN, PASSWORD)
        return original(path, create=create, key=key)

    data_key = _data_key(protected)
    clinic_module.open_clinic = open_clinic
    bench_search.raw_connect = lambda path: engine.connect(path, key=data_key)
    try:
        yield
    finally:
        clinic_module.open_clinic = original
        bench_search.raw_connect = original_raw


def _data_key(protected: Clinic) -> bytes:
    from smpdesk.infra import key_file

    kf = key_file.load(key_file.key_file_path(protected.db_path))
    data_key = key_file.unwrap_with_password(kf, LOGIN, PASSWORD)
    assert data_key is not None
    return data_key


def _scrypt_note(protected: Clinic) -> str:
    from smpdesk.infra import key_file

    kf = key_file.load(key_file.key_file_path(protected.db_path))
    wrapped = next(a.wrapped for a in kf.accounts if a.login == LOGIN)
    return f"scrypt n=2^{wrapped.n.bit_length() - 1} r={wrapped.r} p={wrapped.p}"


# -- unlock_s --------------------------------------------------------------------------------


def _painted_rows(app, window) -> None:
    """Process events until the client list's viewport has painted with rows to show.

    The offscreen platform paints on the event loop like a real screen; the
    filter notes each paint of the viewport, and the loop ends once a paint
    with rows has been handled.
    """
    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and window.model.rowCount() > 0:
                self.seen = True
            return False

    painted = Painted()
    viewport = window.table.viewport()
    viewport.installEventFilter(painted)
    try:
        deadline = time.perf_counter() + 30
        while not painted.seen:
            if time.perf_counter() > deadline:
                raise RuntimeError("the client list was never painted")
            app.processEvents()
    finally:
        viewport.removeEventFilter(painted)


def measure_unlock(clinic: Clinic, runs: int = 5) -> dict[str, float | str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from smpdesk.app import protection
    from smpdesk.gui.main_window import MainWindow
    from smpdesk.infra import key_file

    protected = protected_clinic(clinic)
    path = protected.db_path
    app = QApplication.instance() or QApplication([])
    kf = key_file.load(key_file.key_file_path(path))

    def unlock() -> tuple[float, int]:
        start = time.perf_counter()
        db = protection.sign_in(path, LOGIN, PASSWORD)
        window = MainWindow(db, path)
        window.show()
        _painted_rows(app, window)
        elapsed = time.perf_counter() - start
        rows = window.model.rowCount()
        window.close()
        window.deleteLater()
        app.processEvents()
        return elapsed, rows

    unlock()  # warm: modules imported, the file in the OS cache, as for the plain figures
    ours, floor = [], []
    rows = 0
    for _ in range(runs):
        start = time.perf_counter()
        assert key_file.unwrap_with_password(kf, LOGIN, PASSWORD) is not None
        floor.append(time.perf_counter() - start)
        elapsed, rows = unlock()
        ours.append(elapsed)
    return {
        "value": statistics.median(ours),
        "floor": statistics.median(floor),
        "unit": "s",
        "target": "sign in to list painted; floor: key derivation alone",
        "note": f"median of {runs}, {rows} rows loaded; {_scrypt_note(protected)}",
    }


# -- the existing measurements, encrypted ----------------------------------------------------


def _plain_and_encrypted(
    clinic: Clinic, measure: Callable[[Clinic], dict[str, float | str]], rounds: int
) -> tuple[list[float], list[float], dict[str, float | str]]:
    """Run ``measure`` on the plain and the protected clinic in turn, ``rounds`` times each."""
    protected = protected_clinic(clinic)
    plain, encrypted = [], []
    last: dict[str, float | str] = {}
    for _ in range(rounds):
        plain.append(float(measure(clinic)["value"]))
        with _signed_in_opening(protected):
            last = measure(protected)
        encrypted.append(float(last["value"]))
    return plain, encrypted, last


def _spread(values: list[float], unit: str) -> str:
    return "/".join(f"{v:.2f}" for v in values) + f" {unit}"


def measure_search(clinic: Clinic, rounds: int = 5) -> dict[str, float | str]:
    plain, encrypted, last = _plain_and_encrypted(clinic, bench_search.measure, rounds)
    return {
        "value": statistics.median(encrypted),
        "floor": statistics.median(plain),
        "unit": "ms",
        "target": "<= 1.15x plain",
        "note": f"median of {rounds} rounds, encrypted {_spread(encrypted, 'ms')}, plain "
        f"{_spread(plain, 'ms')}; last encrypted round: {last['note']}; first page query on "
        f"the encrypted file {float(last['floor']):.2f} ms",
    }


def measure_handout(clinic: Clinic, rounds: int = 5) -> dict[str, float | str]:
    plain, encrypted, _last = _plain_and_encrypted(clinic, bench_handouts.measure_one, rounds)
    return {
        "value": statistics.median(encrypted),
        "floor": statistics.median(plain),
        "unit": "ms",
        "target": "<= 1.15x plain",
        "note": f"median of {rounds} rounds of 15, encrypted {_spread(encrypted, 'ms')}, "
        f"plain {_spread(plain, 'ms')}",
    }


# The real entry point again, stopping at the sign-in dialog shown: ``QDialog.exec``
# shows the dialog, lets it paint, reports, and cancels (run_app then leaves).  A
# message box instead (the file refused) is reported, never waited on.
SIGN_IN = """
import sys
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
def _exec(self):
    self.show()
    QApplication.processEvents()
    print("shown" if type(self).__name__ == "SignInDialog" else type(self).__name__, flush=True)
    return 0
def _said(*args, **kwargs):
    print("message box:", *args[1:3], flush=True)
    return QMessageBox.StandardButton.No
QDialog.exec = _exec
QMessageBox.critical = QMessageBox.question = QMessageBox.information = _said
from smpdesk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def measure_cold_start(clinic: Clinic, runs: int = 7) -> dict[str, float | str]:
    protected = protected_clinic(clinic)
    # As bench_startup: bytecode compiled, the OS file cache warm for both sides.
    import compileall

    compileall.compile_dir(str(bench_startup.ROOT / "smpdesk"), quiet=1)
    bench_startup._time(bench_startup.SMPDESK, str(clinic.db_path))
    bench_startup._time(SIGN_IN, str(protected.db_path))
    plain, encrypted, bare = [], [], []
    for _ in range(runs):
        bare.append(bench_startup._time(bench_startup.BARE))
        plain.append(bench_startup._time(bench_startup.SMPDESK, str(clinic.db_path)))
        encrypted.append(bench_startup._time(SIGN_IN, str(protected.db_path)))
    return {
        "value": statistics.median(encrypted),
        "floor": statistics.median(plain),
        "unit": "s",
        "target": "to the sign-in dialog shown; floor: plain clinic to its window shown",
        "note": f"median of {runs} runs each; bare Qt window {statistics.median(bare):.3f} s",
    }
