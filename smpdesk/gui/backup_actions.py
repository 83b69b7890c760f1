"""Restore, encrypted export and import from the window.

The window's database object is shared by every page, so after a restore
its connection is swapped for one on the restored file: every page sees the
restored records without rebuilding the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from smpdesk import backups
from smpdesk.app import clinic
from smpdesk.errors import UserError
from smpdesk.restore import RestoreResult, restore
from smpdesk.staging import staging_folder


def restore_into(window, source: Path) -> RestoreResult | None:
    """Restore ``source`` over the window's database and reconnect the window."""
    db_path: Path = window.db_path
    window.db.conn.close()
    try:
        result = restore(db_path, source)
    except UserError as exc:
        QMessageBox.warning(window, "Not restored", str(exc))
        result = None
    except BaseException:
        # A bug, not a user error: still never leave the window on a closed file.
        window.db.conn = clinic.open_database(db_path).conn
        raise
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
            f"Restored {source.name}: {counts}. The previous database was kept as "
            f"{result.set_aside}.",
        )
    return result


def choose_and_restore(window) -> RestoreResult | None:
    folder = clinic.backups_folder(window.db_path, clinic.load_settings(window.db))
    name, _ = QFileDialog.getOpenFileName(
        window, "Restore from a backup", str(folder), "smpdesk backups (*.sqlite3)"
    )
    if not name:
        return None
    ok, problem = backups.verify_backup(Path(name))
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
    from smpdesk.sealed_export import seal

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
        # Staged beside the clinic (0700), never in the shared temp folder.
        with staging_folder(window.db_path) as scratch:
            made = backups.make_backup(window.db, scratch)
            seal(
                made.path,
                Path(name),
                passphrase,
                protected=clinic.protected_files(window.db_path, window.db),
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
    from smpdesk.sealed_export import unseal

    name, _ = QFileDialog.getOpenFileName(
        window, "Import an encrypted backup", "", "Encrypted backups (*.smpdesk)"
    )
    if not name:
        return None
    passphrase = ask_passphrase(window, confirm=False)
    if passphrase is None:
        return None
    with staging_folder(window.db_path) as scratch:
        plain = scratch / "imported.sqlite3"
        try:
            unseal(Path(name), plain, passphrase)
        except UserError as exc:
            QMessageBox.warning(window, "Not imported", str(exc))
            return None
        answer = QMessageBox.question(
            window,
            "Import an encrypted backup",
            "Replace the clinic database with this backup? The current file is kept in the "
            "backups folder.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return restore_into(window, plain)


__all__ = ["choose_and_restore", "export_sealed", "import_sealed", "restore_into"]
