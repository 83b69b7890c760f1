"""The aftercare preview as the desk opens it: a Save dialog titled with the client's
name as written, and a word once the sheet is saved.

:class:`~smpdesk.gui.aftercare.aftercare_preview.AftercarePreview` does the
showing, printing and logging; this only changes what saving says, so that a
receptionist knows where the file went ("Saved to …" in the preview and in the
window's status bar) instead of being left to wonder whether it worked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from smpdesk.gui.aftercare.aftercare_preview import AftercarePreview
from smpdesk.gui.widgets.status_message import show_status


class SheetPreview(AftercarePreview):
    """An aftercare sheet on screen; saving it names the file it was saved to."""

    def save_as(self) -> Path | None:
        path = super().save_as()
        if path is not None:
            self.confirm_saved(path)
        return path

    def confirm_saved(self, path: Path) -> None:
        """Say where the sheet went: beside the buttons, and in the main window's status bar."""
        sentence = self.tr("Aftercare sheet saved to {path}").format(path=path)
        label = self.findChild(QLabel, "preview_info")
        if label is not None:
            label.setText(self.tr("Saved to {name}").format(name=path.name))
            label.setToolTip(str(path))
        show_status(self.parentWidget(), sentence)
