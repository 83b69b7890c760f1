"""Restore, encrypted export and import from the window.

The window's database object is shared by every page, so after a restore
its connection is swapped for one on the restored file: every page sees the
restored records without rebuilding the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from smpdesk.app import backups as backup_cases
from smpdesk.app import clinic
from smpdesk.app.backups import RestoreResult
from smpdesk.errors import UserError


def restore_into(window, source: Path) -> RestoreResult | None:
    """Restore ``source`` over the window's database and reconnect the window."""
    window.db.conn.close()
    try:
        result = backup_cases.restore(window.db_path, source)
    except UserError as exc:
        QMessageBox.warning(window, "Not restored", str(exc))
        result = None
    except BaseException:
        _reopen(window)
        raise
    return _reconnect(window, result, source.name)


def _reopen(window) -> None:
    """A bug, not a user error: still never leave the window on a closed file."""
    window.db.conn = clinic.open_database(window.db_path).conn


def _reconnect(window, result: RestoreResult | None, shown: str) -> RestoreResult | None:
    """Reopen the window's database after a restore (done or refused) and say what happened."""
    db_path: Path = window.db_path
    # Reconnect whatever happened: the current file was kept or restored.
    try:
        window.db.conn = clinic.open_database(db_path).conn
    except UserError as exc:
        QMessageBox.critical(
            window,
            "The clinic database cannot be opened",
            f"{exc} smpdesk will close; start it again once the problem is solved.",
        )
        window.close()
        return None
    window.after_restore()
    if result is not None:
        counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
        QMessageBox.information(
            window,
            "Backup restored",
            f"Restored {shown}: {counts}. The previous database was kept as {result.set_aside}.",
        )
    return result


def choose_and_restore(window) -> RestoreResult | None:
    folder = clinic.backups_folder(window.db_path, clinic.load_settings(window.db))
    name, _ = QFileDialog.getOpenFileName(
        window, "Restore from a backup", str(folder), "smpdesk backups (*.sqlite3)"
    )
    if not name:
        return None
    ok, problem = backup_cases.verify_backup(Path(name))
    if not ok:
        QMessageBox.warning(window, "Not restored", f"{problem} Nothing was changed.")
        return None
    answer = QMessageBox.question(
        window,
        "Restore from a backup",
        f"Replace the clinic database with {Path(name).name}? Work entered after that backup "
        "will not be in it; the current file is kept in the backups folder.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return restore_into(window, Path(name))


def ask_passphrase(parent: QWidget, *, confirm: bool) -> str | None:
    first, ok = QInputDialog.getText(
        parent, "Passphrase", "Passphrase for the encrypted backup:", QLineEdit.EchoMode.Password
    )
    if not ok:
        return None
    if confirm:
        again, ok = QInputDialog.getText(
            parent, "Passphrase", "The same passphrase again:", QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if again != first:
            QMessageBox.warning(parent, "Passphrase", "The two passphrases differ; try again.")
            return None
    return first


def export_sealed(window) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        window,
        "Export an encrypted backup",
        "clinic-backup.smpdesk",
        "Encrypted backups (*.smpdesk)",
    )
    if not name:
        return None
    passphrase = ask_passphrase(window, confirm=True)
    if passphrase is None:
        return None
    try:
        backup_cases.export_encrypted(
            window.db,
            window.db_path,
            Path(name),
            passphrase,
            overwrite=True,  # the Save dialog asked before replacing
        )
    except UserError as exc:
        QMessageBox.warning(window, "Not exported", str(exc))
        return None
    QMessageBox.information(
        window,
        "Encrypted backup written",
        f"Written to {name}. Keep the passphrase safe: without it the file cannot be opened.",
    )
    return Path(name)


def import_sealed(window) -> RestoreResult | None:
    name, _ = QFileDialog.getOpenFileName(
        window, "Import an encrypted backup", "", "Encrypted backups (*.smpdesk)"
    )
    if not name:
        return None
    passphrase = ask_passphrase(window, confirm=False)
    if passphrase is None:
        return None
    closed = False

    def confirm() -> bool:
        """Asked once the passphrase has opened the file; yes closes the window's file."""
        nonlocal closed
        answer = QMessageBox.question(
            window,
            "Import an encrypted backup",
            "Replace the clinic database with this backup? The current file is kept in the "
            "backups folder.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        window.db.conn.close()
        closed = True
        return True

    try:
        result = backup_cases.import_encrypted(
            window.db_path, Path(name), passphrase, confirm=confirm
        )
    except UserError as exc:
        if not closed:
            QMessageBox.warning(window, "Not imported", str(exc))
            return None
        QMessageBox.warning(window, "Not restored", str(exc))
        result = None
    except BaseException:
        if closed:
            _reopen(window)
        raise
    if not closed:
        return None  # the question was answered No: nothing changed
    return _reconnect(window, result, Path(name).name)


__all__ = ["choose_and_restore", "export_sealed", "import_sealed", "restore_into"]
