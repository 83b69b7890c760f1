"""Photo import off the GUI thread, with progress, cancel and a summary.

The worker opens its own connection (sqlite3 connections belong to one
thread) and sends back only finished results; the window stays responsive
while 40-megapixel phone pictures are decoded.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from smpdesk.app import photos as photo_cases
from smpdesk.app.clinic import open_database
from smpdesk.errors import UserError


class ImportWorker(QObject):
    progressed = Signal(int, str)  # files done, the line for the last one
    finished = Signal(list)  # list[ImportResult]
    failed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        client_id: int,
        paths: list[Path],
        *,
        visit_date: date | None,
        angle: str,
        consent: str,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.client_id = client_id
        self.paths = paths
        self.visit_date = visit_date
        self.angle = angle
        self.consent = consent
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            db = open_database(self.db_path)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        try:
            results = photo_cases.import_photos(
                db,
                self.client_id,
                self.paths,
                visit_date=self.visit_date,
                angle=self.angle,
                consent=self.consent,
                progress=lambda done, result: self.progressed.emit(done, result.line()),
                cancelled=self.cancel_event.is_set,
            )
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        except Exception:  # the thread must always report back, or the GUI waits forever
            self.failed.emit(
                "The import stopped because of an unexpected problem; the photos imported "
                "so far are kept. Try the rest again."
            )
            return
        finally:
            db.conn.close()
        self.finished.emit(results)


class PhotoImport(QObject):
    """Runs one import batch: worker thread, progress dialog, summary."""

    done = Signal(list)

    def __init__(self, parent: QWidget, worker: ImportWorker) -> None:
        super().__init__(parent)
        self._parent = parent
        self.worker = worker
        self.results: list[photo_cases.ImportResult] | None = None
        self.worker_thread = QThread(self)
        worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(worker.run)
        # Quit the thread's event loop from the worker's own thread as soon as
        # it is done, so wait() can never block on an idle loop.
        worker.finished.connect(self.worker_thread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(self.worker_thread.quit, Qt.ConnectionType.DirectConnection)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.progressed.connect(self._progressed)
        self.progress = QProgressDialog(
            f"Importing {len(worker.paths)} photos…", "Cancel", 0, len(worker.paths), parent
        )
        self.progress.setWindowTitle("Import photos")
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(worker.cancel_event.set)

    def abandon(self) -> None:
        """The window is closing: stop after the current file, report nothing."""
        for signal, slot in (
            (self.worker.finished, self._finished),
            (self.worker.failed, self._failed),
            (self.worker.progressed, self._progressed),
        ):
            signal.disconnect(slot)
        self.worker.cancel_event.set()
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.progress.close()
        self.results = []

    def start(self) -> None:
        self.progress.show()
        self.worker_thread.start()

    def _progressed(self, done: int, line: str) -> None:
        self.progress.setValue(done)
        self.progress.setLabelText(line)

    def _stop(self) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.progress.close()

    def _finished(self, results: list) -> None:
        self._stop()
        self.results = results
        self.done.emit(results)
        show_summary(self._parent, results, len(self.worker.paths))

    def _failed(self, message: str) -> None:
        self._stop()
        self.results = []
        self.done.emit([])
        QMessageBox.warning(self._parent, "Import photos", message)


def summary_text(results: list, asked: int) -> str:
    imported = sum(1 for r in results if r.imported)
    refused = [r for r in results if not r.imported]
    lines = [f"{imported} of {asked} photo{'s' if asked != 1 else ''} imported."]
    if len(results) < asked:
        lines.append(f"Cancelled: {asked - len(results)} not looked at.")
    if refused:
        lines.append("")
        lines.append("Not imported:")
        lines += [f"• {r.path.name}: {r.reason}" for r in refused]
    return "\n".join(lines)


def show_summary(parent: QWidget, results: list, asked: int) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("Import photos")
    box.setIcon(
        QMessageBox.Icon.Information
        if all(r.imported for r in results)
        else QMessageBox.Icon.Warning
    )
    box.setText(summary_text(results, asked))
    box.setObjectName("import_summary")
    box.open()
