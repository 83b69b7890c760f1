"""Save dialogs that can never write over the clinic's own files.

The dialog has already asked "Replace?" for the name the user picked; when a
suffix is added to that name, the new name has not been asked about, so it
is asked here.  The writing itself is :func:`smpdesk.infra.safe_output.write_file`:
atomic, owner-only, and refused for the database, its companions and the
backups folder whatever the answer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from smpdesk.errors import UserError
from smpdesk.gui.i18n import translate
from smpdesk.infra.safe_output import ProtectedFiles, refuse_protected, write_file


def with_suffix(chosen: str, suffixes: tuple[str, ...]) -> Path:
    """``chosen`` ending in one of ``suffixes`` (the first is added when none is there)."""
    return Path(chosen if chosen.lower().endswith(suffixes) else f"{chosen}{suffixes[0]}")


def save_bytes(
    parent: QWidget,
    chosen: str,
    data: bytes,
    protected: ProtectedFiles,
    *,
    suffixes: tuple[str, ...],
    what: str,
) -> Path | None:
    """Write ``data`` where the user chose; None (after saying why) if it was not written."""
    try:
        # The name as typed first: "clinic.sqlite3" must be refused with a
        # sentence, not quietly saved as "clinic.sqlite3.pdf" beside it.
        refuse_protected(Path(chosen), protected)
    except UserError as exc:
        QMessageBox.warning(parent, translate("widgets.save_files", "Not saved"), str(exc))
        return None
    path = with_suffix(chosen, suffixes)
    if str(path) != chosen and path.exists():
        answer = QMessageBox.question(
            parent,
            translate("widgets.save_files", "Replace {name}?").format(name=path.name),
            translate(
                "widgets.save_files", "{name} already exists in that folder. Replace it?"
            ).format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    try:
        return write_file(path, data, protected, overwrite=True, what=what)
    except UserError as exc:
        QMessageBox.warning(parent, translate("widgets.save_files", "Not saved"), str(exc))
        return None


__all__ = ["save_bytes", "with_suffix"]
