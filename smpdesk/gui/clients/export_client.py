"""*Export client data…* on the client page: a client's own data as a ZIP file or a folder.

The owner or a practitioner answers a client's access request (GDPR Art. 15,
20) from here.  A Save dialog asks where: a name ending in ``.zip`` (the
default) makes one ZIP file, the "Folder" choice a new folder.  The export
reads every record, lays out the summary and copies the photos, which can
take seconds for a client with many photos, so it runs through the window's
:class:`~smpdesk.gui.operations.OperationRunner` (a worker with its own
connection, a progress box), and ends with a message saying where it went and
what it holds.  What is refused (the clinic's own files, a folder of other
files, a role that may not export) is one sentence in a message box; the use
case (:func:`smpdesk.app.client_export.export_client`) decides it, as for the
command line.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from smpdesk.app import client_export as export_cases
from smpdesk.app.access import may
from smpdesk.app.clients import Client
from smpdesk.app.clinic import Clinic
from smpdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from smpdesk.gui.operations import RUNNER_NAME, Operation, OperationRunner, Progress, runner_for

ZIP_FILTER = QT_TRANSLATE_NOOP("clients.export_client", "ZIP file (*.zip)")
FOLDER_FILTER = str(
    QT_TRANSLATE_NOOP("clients.export_client", "Folder (a new folder with the files in it)")
)
RULE = "client_export.export_client"
TITLE = QT_TRANSLATE_NOOP("clients.export_client", "Export client data")


def window_clinic(widget: QWidget) -> Clinic | None:
    """The clinic of the window ``widget`` sits in (its operation runner's), if any."""
    node: QObject | None = widget
    while node is not None:
        found = node.findChild(
            OperationRunner, RUNNER_NAME, Qt.FindChildOption.FindDirectChildrenOnly
        )
        if found is not None:
            return found.clinic
        node = node.parent()
    return None


def may_export(widget: QWidget) -> bool:
    """Does the person signed in to ``widget``'s window see the action (owner, practitioner)?"""
    clinic = window_clinic(widget)
    return clinic is not None and may(clinic, RULE)


def suggested_name(client: Client, today: date | None = None) -> str:
    """``C00044 client data 2026-11-22.zip``: the number, not the name, in a file listing."""
    return f"{client.client_number} client data {(today or date.today()).isoformat()}.zip"


def target_for(chosen: str, chosen_filter: str) -> Path:
    """The path to write: a ZIP name gets ``.zip`` unless the folder choice was made."""
    path = Path(chosen)
    if chosen_filter in (FOLDER_FILTER, translate("clients.export_client", FOLDER_FILTER)):
        return path
    return path if path.suffix.lower() == ".zip" else path.with_name(f"{path.name}.zip")


def _confirmed(parent: QWidget, chosen: str, target: Path) -> bool | None:
    """May an existing target be replaced? None: cancelled; True/False: ``overwrite``.

    The Save dialog has already asked about the name picked; a ``.zip`` it
    added, or an earlier export in a folder, is asked about here.  A folder of
    other files is passed on with ``overwrite`` so the use case refuses it in
    its own words.
    """
    if export_cases.is_zip(target):
        if str(target) != chosen and target.exists():
            return _ask(
                parent,
                translate("clients.export_client", "Replace {name}?").format(name=target.name),
                translate("clients.export_client", "{name} already exists.").format(
                    name=target.name
                ),
            )
        return True
    if target.is_dir() and any(target.iterdir()):
        if export_cases.earlier_export(target):
            return _ask(
                parent,
                translate("clients.export_client", "Replace the earlier export?"),
                translate(
                    "clients.export_client",
                    "The folder {name} holds an earlier client export. Replace it?",
                ).format(name=target.name),
            )
        return True
    return False


def _ask(parent: QWidget, title: str, question: str) -> bool | None:
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return True if answer == QMessageBox.StandardButton.Yes else None


def choose_and_export(parent: QWidget, db: Clinic, client: Client) -> Operation | None:
    """Ask where, then export on a worker; None if the person cancelled."""
    start = Path.home() / suggested_name(client)
    zip_filter = translate("clients.export_client", ZIP_FILTER)
    folder_filter = translate("clients.export_client", FOLDER_FILTER)
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        translate("clients.export_client", TITLE),
        str(start),
        f"{zip_filter};;{folder_filter}",
        zip_filter,
    )
    if not chosen:
        return None
    target = target_for(chosen, chosen_filter)
    overwrite = _confirmed(parent, chosen, target)
    if overwrite is None:
        return None
    return start_export(parent, db, client.id, target, overwrite=overwrite)


def start_export(
    parent: QWidget, db: Clinic, client_id: int, target: Path, *, overwrite: bool = False
) -> Operation:
    """Export on the window's runner (a worker, a progress box); the summary box follows."""

    def work(own_db: Clinic, progress: Progress) -> export_cases.ExportResult:
        return export_cases.export_client(
            own_db,
            client_id,
            target,
            overwrite=overwrite,
            progress=lambda done, total, label: progress.update(done, total, label),
        )

    return runner_for(parent, db).run_with_progress(
        work,
        label=translate("clients.export_client", "Exporting the client's data…"),
        title=translate("clients.export_client", TITLE),
        error_title=translate("clients.export_client", "Not exported"),
        on_done=lambda result: show_result(parent, result),
        parent=parent,
    )


def show_result(parent: QWidget, result: export_cases.ExportResult) -> QMessageBox:
    """Where it went and what it holds, with a button to show it in the file manager."""
    box = QMessageBox(parent)
    box.setObjectName("export_result")
    box.setWindowTitle(translate("clients.export_client", TITLE))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(f"{result.heading}.")
    parts = "\n".join(f"• {name}: {what}" for name, what in result.contents())
    box.setInformativeText(f"{parts}\n\n{export_cases.HANDLE_WITH_CARE}")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    show = box.addButton(
        translate("clients.export_client", "Show in folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    folder = result.path.parent

    def clicked(button: object) -> None:
        if button is show:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box


__all__ = [
    "FOLDER_FILTER",
    "ZIP_FILTER",
    "choose_and_export",
    "may_export",
    "show_result",
    "start_export",
    "suggested_name",
    "target_for",
    "window_clinic",
]
