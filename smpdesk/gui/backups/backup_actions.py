"""Restore, encrypted export and import from the window.

Each runs on a worker through the window's runner (:mod:`smpdesk.gui.operations`)
behind a modal progress box; file dialogs, passphrases and questions stay on
the GUI thread.

The window's clinic handle is shared by every page, so a restore first
closes it (on the GUI thread, which owns its connection; the worker opens
none, since it replaces the file) and afterwards reopens it on the restored
file (:meth:`~smpdesk.app.clinic.Clinic.reopen`): every page sees the
restored records without rebuilding the window, and the window says
``database_replaced`` on its change hub.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from smpdesk.app import backups as backup_cases
from smpdesk.app import clinic
from smpdesk.app.backups import RestoreResult
from smpdesk.errors import UserError
from smpdesk.gui.i18n import translate
from smpdesk.gui.operations import Operation, Progress

if TYPE_CHECKING:
    from smpdesk.gui.main_window import MainWindow


def _idle(window: MainWindow) -> bool:
    """Nothing else may be using the file when it is replaced; say so if something is."""
    if not window.work_running():
        return True
    QMessageBox.information(
        window,
        translate("backups.backup_actions", "Please wait"),
        translate(
            "backups.backup_actions",
            "smpdesk is still busy with the clinic file (a backup, an export or a photo "
            "import); try again when it has finished.",
        ),
    )
    return False


def restore_into(window: MainWindow, source: Path) -> Operation | None:
    """Restore ``source`` over the window's database on a worker, then reconnect the window."""
    if not _idle(window):
        return None
    try:
        backup_cases.authorize_restore(window.db)  # the owner's, before the file is closed
    except UserError as exc:
        QMessageBox.warning(window, translate("backups.backup_actions", "Not restored"), str(exc))
        return None
    db_path: Path = window.db_path
    key = window.db.key
    window.db.close()

    def refused(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            _reconnect(window, None, source.name)  # the current file was kept
        else:
            _reopen(window)

    return window.operations.run_without_db(
        lambda _progress: backup_cases.restore(db_path, source, key=key),
        label=translate("backups.backup_actions", "Restoring {name}…").format(name=source.name),
        title=translate("backups.backup_actions", "Restore"),
        error_title=translate("backups.backup_actions", "Not restored"),
        on_done=lambda result: _reconnect(window, result, source.name),
        on_failed=refused,
    )


def _reopen(window: MainWindow) -> None:
    """A bug, not a user error: still never leave the window on a closed file."""
    window.db.reopen()


def _reconnect(
    window: MainWindow, result: RestoreResult | None, shown: str
) -> RestoreResult | None:
    """Reopen the window's database after a restore (done or refused) and say what happened."""
    # Reconnect whatever happened: the current file was kept or restored.
    try:
        window.db.reopen()
    except UserError as exc:
        QMessageBox.critical(
            window,
            translate("backups.backup_actions", "The clinic database cannot be opened"),
            translate(
                "backups.backup_actions",
                "{problem} smpdesk will close; start it again once the problem is solved.",
            ).format(problem=exc),
        )
        window.close()
        return None
    window.after_restore()
    if result is not None:
        backup_cases.note_restored(window.db)  # in the restored file's own trail
        counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
        said = translate(
            "backups.backup_actions",
            "Restored {name}: {counts}. The previous database was kept as {kept}.",
        ).format(name=shown, counts=counts, kept=result.set_aside)
        if result.erasure_message:  # clients erased since that backup: removed again
            said += f"\n\n{result.erasure_message}"
        QMessageBox.information(
            window, translate("backups.backup_actions", "Backup restored"), said
        )
    return result


def choose_and_restore(window: MainWindow) -> Operation | None:
    """Choose a backup; it is checked on a worker, then, if sound and confirmed, restored."""
    folder = clinic.backups_folder(window.db_path, clinic.load_settings(window.db))
    name, _ = QFileDialog.getOpenFileName(
        window,
        translate("backups.backup_actions", "Restore from a backup"),
        str(folder),
        translate("backups.backup_actions", "smpdesk backups (*.sqlite3)"),
    )
    if not name:
        return None
    source = Path(name)

    def checked(outcome: tuple[bool, str]) -> None:
        ok, problem = outcome
        if not ok:
            QMessageBox.warning(
                window,
                translate("backups.backup_actions", "Not restored"),
                translate("backups.backup_actions", "{problem} Nothing was changed.").format(
                    problem=problem
                ),
            )
            return
        answer = QMessageBox.question(
            window,
            translate("backups.backup_actions", "Restore from a backup"),
            translate(
                "backups.backup_actions",
                "Replace the clinic database with {name}? Work entered after that backup "
                "will not be in it; the current file is kept in the backups folder.",
            ).format(name=source.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            restore_into(window, source)

    key = window.db.key
    return window.operations.run_without_db(
        lambda _progress: backup_cases.verify_backup(source, key=key),
        label=translate("backups.backup_actions", "Checking {name}…").format(name=source.name),
        title=translate("backups.backup_actions", "Restore"),
        error_title=translate("backups.backup_actions", "Not restored"),
        on_done=checked,
    )


def ask_passphrase(parent: QWidget, *, confirm: bool) -> str | None:
    first, ok = QInputDialog.getText(
        parent,
        translate("backups.backup_actions", "Passphrase"),
        translate("backups.backup_actions", "Passphrase for the encrypted backup:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    if confirm:
        again, ok = QInputDialog.getText(
            parent,
            translate("backups.backup_actions", "Passphrase"),
            translate("backups.backup_actions", "The same passphrase again:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if again != first:
            QMessageBox.warning(
                parent,
                translate("backups.backup_actions", "Passphrase"),
                translate("backups.backup_actions", "The two passphrases differ; try again."),
            )
            return None
    return first


def export_sealed(window: MainWindow) -> Operation | None:
    """Ask where and for a passphrase, then write the encrypted backup on a worker."""
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("backups.backup_actions", "Export an encrypted backup"),
        "clinic-backup.smpdesk",
        translate("backups.backup_actions", "Encrypted backups (*.smpdesk)"),
    )
    if not name:
        return None
    passphrase = ask_passphrase(window, confirm=True)
    if passphrase is None:
        return None
    db_path: Path = window.db_path
    target = Path(name)

    def written(_target: Path) -> None:
        QMessageBox.information(
            window,
            translate("backups.backup_actions", "Encrypted backup written"),
            translate(
                "backups.backup_actions",
                "Written to {path}. Keep the passphrase safe: without it the file cannot be "
                "opened.",
            ).format(path=name),
        )

    return window.operations.run_with_progress(
        lambda db, _progress: backup_cases.export_encrypted(
            db,
            db_path,
            target,
            passphrase,
            overwrite=True,  # the Save dialog asked before replacing
        ),
        label=translate("backups.backup_actions", "Writing the encrypted backup…"),
        title=translate("backups.backup_actions", "Export"),
        error_title=translate("backups.backup_actions", "Not exported"),
        on_done=written,
    )


def import_sealed(window: MainWindow) -> Operation | None:
    """Ask for the file and passphrase, then decrypt and restore it on a worker.

    The question comes once the passphrase has opened the file: the worker
    asks it on the GUI thread, where Yes also closes the window's connection.
    """
    name, _ = QFileDialog.getOpenFileName(
        window,
        translate("backups.backup_actions", "Import an encrypted backup"),
        "",
        translate("backups.backup_actions", "Encrypted backups (*.smpdesk)"),
    )
    if not name:
        return None
    passphrase = ask_passphrase(window, confirm=False)
    if passphrase is None:
        return None
    if not _idle(window):
        return None
    try:
        backup_cases.authorize_restore(window.db)
    except UserError as exc:
        QMessageBox.warning(window, translate("backups.backup_actions", "Not imported"), str(exc))
        return None
    db_path: Path = window.db_path
    key = window.db.key
    source = Path(name)
    closed = False

    def confirm() -> bool:
        """On the GUI thread; yes closes the window's file."""
        nonlocal closed
        answer = QMessageBox.question(
            window,
            translate("backups.backup_actions", "Import an encrypted backup"),
            translate(
                "backups.backup_actions",
                "Replace the clinic database with this backup? The current file is kept in the "
                "backups folder.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        window.db.close()
        closed = True
        return True

    def work(progress: Progress) -> RestoreResult | None:
        return backup_cases.import_encrypted(
            db_path,
            source,
            passphrase,
            confirm=lambda: progress.on_gui_thread(confirm),
            key=key,
        )

    def done(result: RestoreResult | None) -> None:
        if closed:  # else the question was answered No: nothing changed
            _reconnect(window, result, source.name)

    def refused(exc: BaseException) -> None:
        if not closed:
            return
        if isinstance(exc, UserError):
            _reconnect(window, None, source.name)
        else:
            _reopen(window)

    return window.operations.run_without_db(
        work,
        label=translate("backups.backup_actions", "Opening the encrypted backup…"),
        title=translate("backups.backup_actions", "Import"),
        error_title=translate("backups.backup_actions", "Not imported"),
        on_done=done,
        on_failed=refused,
    )


def check_clinic(window: MainWindow, *, full: bool = False) -> Operation:
    """Check the clinic file as ``smpdesk check`` does, on a worker, and say what was found.

    Besides damage, every signed record is checked against the content hash sealed
    with it; each one changed outside smpdesk is one sentence naming the response
    and the client's number (signed means sealed, issue 14).
    """
    db_path: Path = window.db_path
    key = window.db.key

    def shown(outcome: tuple[bool, str, dict[str, int]]) -> None:
        ok, message, counts = outcome
        counted = ", ".join(f"{n} {name}" for name, n in counts.items())
        if ok:
            QMessageBox.information(
                window,
                translate("backups.backup_actions", "Check passed"),
                f"{message}\n\n{counted}.",
            )
        else:
            QMessageBox.warning(
                window,
                translate("backups.backup_actions", "The check found problems"),
                f"{message}\n\n{counted}.",
            )

    return window.operations.run_without_db(
        lambda _progress: backup_cases.check_database(db_path, full=full, key=key, records=True),
        label=translate(
            "backups.backup_actions", "Checking the clinic file and its signed records…"
        ),
        title=translate("backups.backup_actions", "Check"),
        error_title=translate("backups.backup_actions", "Not checked"),
        on_done=shown,
    )


def reclaim_space_once(window: MainWindow) -> Operation | None:
    """After the upgrade to issue 15: the one-time VACUUM of a big clinic file, behind a
    progress box, so it gives the space of deleted records back from then on.

    Called once the window is shown (start-up, gui/app.py).  Nothing happens (None) for
    a file that already gives space back: every new one, and a small one, converted
    while it opened.  With too little free disk space, one sentence in the status bar:
    nothing changed, and the next start tries again.  The box has no Cancel (it is a
    few seconds per 100 MB, once); closing the window stops a conversion that has not
    started writing, and that changes nothing either.
    """
    if window.demo:
        return None
    db_path: Path = window.db_path
    key = window.db.key
    plan = backup_cases.space_to_reclaim(db_path, key=key)
    if plan is None:
        return None
    if plan.problem:
        window.statusBar().showMessage(plan.problem, 60000)
        return None

    def done(sentence: str) -> None:
        if sentence:
            window.statusBar().showMessage(sentence, 15000)

    return window.operations.run_without_db(
        lambda progress: backup_cases.reclaim_space(db_path, key=key, progress=progress),
        label=plan.announce,
        title=translate("backups.backup_actions", "Making the clinic file smaller"),
        error_title=translate("backups.backup_actions", "Space not given back"),
        on_done=done,
    )


__all__ = [
    "check_clinic",
    "choose_and_restore",
    "export_sealed",
    "import_sealed",
    "reclaim_space_once",
    "restore_into",
]
