"""Slow use cases off the GUI thread, through one runner (after Anki's aqt.operations).

A use case that can take more than a moment (a backup, an encrypted export or
import, a restore, today's aftercare sheets, a lot recall) runs on a
worker thread:

* with its own connection, opened from the clinic's path by
  :func:`smpdesk.app.clinic.open_database` and closed on that same thread when
  the function returns (an sqlite3 connection belongs to the thread that
  opened it).  A restore replaces the file itself, so it runs with no
  connection at all (:meth:`OperationRunner.run_without_db`);
* behind a wait cursor, or a window-modal progress dialog whose Cancel button
  makes the function's next ``progress(done, total)`` call raise
  :class:`Cancelled`;
* and the outcome comes back to the GUI thread through a queued signal:
  ``on_done(result)``; a :class:`UserError` (and an ``OSError`` or
  SQLite error, turned into the same one sentence the rest of the app
  uses) is one warning box with the title given; anything else is a bug: it
  is logged without its message (a message may quote a client's data) and
  shown as one generic sentence.

The GUI thread never spins an event loop by hand: it returns to Qt's own loop
while the worker runs.  The window owns one :class:`OperationRunner`
(``window.operations``); :func:`runner_for` finds it from any widget inside
the window.  Tests wait for ``runner.finished`` (or ``op.finished``) with
``qtbot.waitSignal``.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QWidget,
)

from smpdesk.app import clinic
from smpdesk.app.clinic import SQLITE_ERRORS, Clinic
from smpdesk.errors import UserError
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate

T = TypeVar("T")
log = logging.getLogger(__name__)

RUNNER_NAME = "operations"
UNEXPECTED = str(
    QT_TRANSLATE_NOOP(
        "operations",
        "Something went wrong that smpdesk did not expect, so this was not finished. "
        "Nothing else was changed; try again, and if it happens again, note what you did.",
    )
)
# Long enough that a quick operation never flashes a dialog, short enough to feel at once.
PROGRESS_DELAY_MS = 400


class Cancelled(Exception):
    """Raised inside the worker by ``progress(...)`` once Cancel was pressed."""


class Progress:
    """What a function run with progress gets: call it as ``progress(done, total)``.

    Called on the worker thread.  It raises :class:`Cancelled` once the user
    has pressed Cancel (or the window is closing), so a loop that reports its
    progress also stops there.
    """

    def __init__(self, worker: _Worker) -> None:
        self._worker = worker

    def __call__(self, done: int, total: int, label: str | None = None) -> None:
        if self.cancelled:
            raise Cancelled
        self.update(done, total, label)

    def update(self, done: int, total: int, label: str | None = None) -> None:
        """Report progress without ever raising: for a loop that checks :attr:`cancelled`
        itself and returns what it did so far (a photo import keeps its results)."""
        self._worker.progressed.emit(done, total, label)

    @property
    def cancelled(self) -> bool:
        return self._worker.cancel_event.is_set()

    def on_gui_thread(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the GUI thread (a question, closing the window's connection).

        The worker waits for its answer; it gives up with :class:`Cancelled` if
        the operation is cancelled meanwhile (the window closing), so the GUI
        thread never waits on a worker that waits on it.
        """
        call = _GuiCall(fn)
        self._worker.gui_call.emit(call)
        while not call.finished.wait(0.05):
            if self.cancelled:
                raise Cancelled
        if call.error is not None:
            raise call.error
        return call.result


class _GuiCall:
    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = threading.Event()


class _Worker(QThread):
    """Runs one function; its signals reach the operation on the GUI thread, queued."""

    progressed = Signal(int, int, object)  # done, total, a new label or None
    gui_call = Signal(object)

    def __init__(self, work: Callable[[Progress], Any], path: Path) -> None:
        super().__init__()
        self._work = work
        self._path = path
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:  # Qt's name; on the worker thread
        try:
            self.result = self._work(Progress(self))
        except SQLITE_ERRORS as exc:
            self.error = clinic.translate_error(exc, self._path)
        except OSError as exc:
            self.error = clinic.os_error(exc, Path(exc.filename) if exc.filename else self._path)
        except BaseException as exc:  # reported on the GUI thread, never lost
            self.error = exc


class _ProgressDialog(QProgressDialog):
    """Window-modal progress; without Cancel, neither Esc nor the title bar closes it.

    Progress goes to its bar directly: a modal QProgressDialog's own
    ``setValue`` pumps the event loop once shown: a nested loop, which the
    runner exists to avoid.
    """

    def __init__(self, label: str, title: str, cancellable: bool, parent: QWidget) -> None:
        super().__init__(
            label, translate("_ProgressDialog", "Cancel"), 0, 0, parent
        )  # 0, 0: busy until a total is known
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.setBar(self.progress_bar)
        self.cancellable = cancellable
        self.finished_work = False
        if not cancellable:
            self.setCancelButton(None)
        self.setWindowTitle(title)
        from PySide6.QtCore import Qt  # not at import: see smpdesk.gui.main_window

        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and not self.cancellable:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.cancellable and not self.finished_work:
            event.ignore()
            return
        super().closeEvent(event)

    def end(self) -> None:
        self.finished_work = True
        self.close()
        self.deleteLater()


class Operation(QObject):
    """One function on a worker thread, and what the GUI does with its outcome.

    After :meth:`start`, ``result`` (or ``error``, or ``cancelled``) is set on
    the GUI thread just before ``on_done`` (or the error box) runs; then
    ``finished`` is emitted.
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[Progress], Any],
        *,
        path: Path,
        error_title: str,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        label: str | None = None,
        title: str = "smpdesk",
        cancellable: bool = False,
        quiet: bool = False,
        progress_delay_ms: int = PROGRESS_DELAY_MS,
    ) -> None:
        super().__init__()
        self._parent = parent
        self.error_title = error_title
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_cancelled = on_cancelled
        self._label = label
        self._title = title
        self._cancellable = cancellable
        self._quiet = quiet
        self._delay = progress_delay_ms
        self._dialog: _ProgressDialog | None = None
        self._cursor = False
        self._abandoned = False
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self.runner: OperationRunner | None = None
        self.worker = _Worker(work, path)
        # The worker object lives on the GUI thread; signals it emits from its
        # own thread are queued, so these slots run on the GUI thread.
        self.worker.finished.connect(self._finish)
        self.worker.progressed.connect(self._progressed)
        self.worker.gui_call.connect(self._gui_call)

    # -- GUI thread -----------------------------------------------------------
    def start(self) -> Operation:
        if self._label is not None:
            self._dialog = _ProgressDialog(
                self._label, self._title, self._cancellable, self._parent
            )
            self._dialog.canceled.connect(self.cancel)
            if self._delay <= 0:
                self._dialog.show()  # at once: the window must not be used meanwhile
            else:
                self._dialog.setMinimumDuration(self._delay)
                # Restarts Qt's show timer with that delay (else 4 s); not shown
                # yet, so this setValue runs no events.
                self._dialog.setValue(0)
        elif not self._quiet:
            from PySide6.QtCore import Qt

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self._cursor = True
        self.worker.start()
        return self

    @property
    def running(self) -> bool:
        return not self.done

    def cancel(self) -> None:
        """Ask the function to stop at its next progress report."""
        if self._cancellable or self._abandoned:
            self.worker.cancel_event.set()

    def abandon(self) -> None:
        """The window is closing: cancel, wait for the thread, report nothing."""
        self._abandoned = True
        self.cancel()
        self.worker.wait()
        self._tidy()
        self.done = True

    def _progressed(self, done: int, total: int, label: str | None) -> None:
        if self._dialog is None or self._abandoned:
            return
        if label is not None:
            self._dialog.setLabelText(label)
        bar = self._dialog.progress_bar
        if bar.maximum() != max(total, 0):
            bar.setRange(0, max(total, 0))
        bar.setValue(min(done, total))

    def _gui_call(self, call: _GuiCall) -> None:
        try:
            if self._abandoned:
                raise Cancelled
            call.result = call.fn()
        except BaseException as exc:
            call.error = exc
        finally:
            call.finished.set()

    def _tidy(self) -> None:
        if self._dialog is not None:
            self._dialog.end()
            self._dialog = None
        if self._cursor:
            QApplication.restoreOverrideCursor()
            self._cursor = False

    def _finish(self) -> None:
        if self._abandoned or self.done:
            return
        self.worker.wait()  # returns at once: the thread has finished its run()
        self._tidy()
        self.done = True
        self.result, self.error = self.worker.result, self.worker.error
        if self.runner is not None:
            self.runner._forget(self)  # before the callbacks, which may start another
        try:
            self._deliver()
        finally:
            self.finished.emit()
            if self.runner is not None:
                self.runner.finished.emit(self)

    def _deliver(self) -> None:
        error = self.error
        if error is None:
            if self._on_done is not None:
                self._on_done(self.result)
            return
        if isinstance(error, Cancelled):
            self.cancelled = True
            if self._on_cancelled is not None:
                self._on_cancelled()
            return
        if isinstance(error, UserError):
            QMessageBox.warning(self._parent, self.error_title, str(error))
        else:
            # The type and where, never the message: it may quote a client's data.
            where = "".join(
                f"\n  {frame.filename}:{frame.lineno} in {frame.name}"
                for frame in traceback.extract_tb(error.__traceback__)
            )
            log.error("%s failed: %s%s", self.error_title, type(error).__name__, where)
            QMessageBox.critical(
                self._parent, self.error_title, translate("operations", UNEXPECTED)
            )
        if self._on_failed is not None:
            self._on_failed(error)


class OperationRunner(QObject):
    """The window's one door to worker threads, and the list of what runs now.

    ``finished(operation)`` is emitted for every operation once its result
    (or error box) has been handled.
    """

    finished = Signal(object)

    def __init__(self, parent: QWidget, clinic: Clinic) -> None:
        super().__init__(parent)
        self.setObjectName(RUNNER_NAME)
        self._widget = parent
        self.clinic = clinic
        self.db_path = clinic.path
        self._running: list[Operation] = []

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def running(self) -> list[Operation]:
        return list(self._running)

    def run(
        self,
        fn: Callable[[Clinic], T],
        *,
        error_title: str,
        on_done: Callable[[T], object] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        quiet: bool = False,
        parent: QWidget | None = None,
    ) -> Operation:
        """``fn(db)`` on a worker with its own connection, under the wait cursor.

        ``quiet`` shows no cursor at all (a backup the clock started, while
        someone types).
        """
        handle = self.clinic
        return self._start(
            lambda _progress: _with_connection(handle, fn),
            error_title=error_title,
            on_done=on_done,
            on_failed=on_failed,
            quiet=quiet,
            parent=parent,
        )

    def run_with_progress(
        self,
        fn: Callable[[Clinic, Progress], T],
        *,
        label: str,
        title: str,
        error_title: str,
        on_done: Callable[[T], object] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = False,
        parent: QWidget | None = None,
    ) -> Operation:
        """``fn(db, progress)`` on a worker with its own connection, behind a modal progress box."""
        handle = self.clinic
        return self._start(
            lambda progress: _with_connection(handle, lambda db: fn(db, progress)),
            error_title=error_title,
            on_done=on_done,
            on_failed=on_failed,
            on_cancelled=on_cancelled,
            label=label,
            title=title,
            cancellable=cancellable,
            parent=parent,
        )

    def run_without_db(
        self,
        fn: Callable[[Progress], T],
        *,
        label: str,
        title: str,
        error_title: str,
        on_done: Callable[[T], object] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> Operation:
        """``fn(progress)`` on a worker that opens no connection (a restore replaces the file).

        The progress box is shown at once, so the window cannot be used even
        for a moment (during a restore its own connection is closed), and has
        no Cancel: a restore must not stop half-way.
        """
        return self._start(
            fn,
            error_title=error_title,
            on_done=on_done,
            on_failed=on_failed,
            label=label,
            title=title,
            progress_delay_ms=0,
            parent=parent,
        )

    def _start(self, work: Callable[[Progress], Any], **options: Any) -> Operation:
        parent = options.pop("parent", None) or self._widget
        op = Operation(parent, work, path=self.db_path, **options)
        op.runner = self
        self._running.append(op)
        return op.start()

    def _forget(self, op: Operation) -> None:
        if op in self._running:
            self._running.remove(op)

    def shutdown(self) -> None:
        """The window is closing: stop what can stop, wait for the rest, report nothing."""
        for op in self.running():
            op.abandon()
        self._running.clear()


def _with_connection(handle: Clinic, fn: Callable[[Clinic], T]) -> T:
    """``fn(db)`` with a connection of this thread's own, closed here whatever happens."""
    db = handle.connect()
    try:
        return fn(db)
    finally:
        db.close()


def runner_for(widget: QWidget, db: Clinic) -> OperationRunner:
    """The window's runner, found from any widget in it; else one of the widget's own."""
    from PySide6.QtCore import Qt

    node: QObject | None = widget
    while node is not None:
        found = node.findChild(
            OperationRunner, RUNNER_NAME, Qt.FindChildOption.FindDirectChildrenOnly
        )
        if found is not None:
            return found
        node = node.parent()
    return OperationRunner(widget, db)


__all__ = [
    "Cancelled",
    "Operation",
    "OperationRunner",
    "Progress",
    "runner_for",
]
