"""Photo import off the GUI thread, with progress, cancel and a summary.

It runs through the window's operation runner like every slow use case: a
worker with its own connection, a progress box naming the last file, and
Cancel that stops after the current file.  The import checks for Cancel
itself and returns what it did so far, so a cancelled batch still ends with
its summary ("Cancelled: N not looked at").

An import where every photo went in ends with one line in the status bar, not
a box to click away after each batch; a photo that was refused is shown in a
box, with its reason, because it needs reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from smpdesk.app import photos as photo_cases
from smpdesk.app.clinic import Clinic
from smpdesk.gui.i18n import translate
from smpdesk.gui.operations import Operation, Progress, runner_for
from smpdesk.gui.widgets.status_message import show_status


def start_import(
    parent: QWidget,
    db: Clinic,
    client_id: int,
    paths: list[Path],
    *,
    visit_date: date | None,
    angle: str,
    consent: str,
    on_done: Callable[[list[photo_cases.ImportResult]], None],
    visit_from_photo: bool = False,
) -> Operation:
    """Import ``paths`` for the client on a worker; the summary box follows, then ``on_done``."""
    asked = len(paths)

    def work(own_db: Clinic, progress: Progress) -> list[photo_cases.ImportResult]:
        return photo_cases.import_photos(
            own_db,
            client_id,
            paths,
            visit_date=visit_date,
            angle=angle,
            consent=consent,
            progress=lambda done, result: progress.update(done, asked, result.line()),
            cancelled=lambda: progress.cancelled,
            visit_from_photo=visit_from_photo,
        )

    def finished(results: list[photo_cases.ImportResult]) -> None:
        show_summary(parent, results, asked)
        on_done(results)

    label = (
        translate("photos.photo_import", "Importing 1 photo…")
        if asked == 1
        else translate("photos.photo_import", "Importing %n photos…", "", asked)
    )
    return runner_for(parent, db).run_with_progress(
        work,
        label=label,
        title=translate("photos.photo_import", "Import photos"),
        error_title=translate("photos.photo_import", "Import photos"),
        on_done=finished,
        on_failed=lambda _exc: on_done([]),
        cancellable=True,
        parent=parent,
    )


def summary_text(results: list[photo_cases.ImportResult], asked: int) -> str:
    imported = sum(1 for r in results if r.imported)
    refused = [r for r in results if not r.imported]
    if asked == 1:
        done = translate("photos.photo_import", "{imported} of 1 photo imported.")
    else:
        done = translate("photos.photo_import", "{imported} of %n photos imported.", "", asked)
    lines = [done.format(imported=imported)]
    if len(results) < asked:
        lines.append(
            translate("photos.photo_import", "Cancelled: {count} not looked at.").format(
                count=asked - len(results)
            )
        )
    if refused:
        lines.append("")
        lines.append(translate("photos.photo_import", "Not imported:"))
        lines += [f"• {r.path.name}: {r.reason}" for r in refused]
    return "\n".join(lines)


def show_summary(
    parent: QWidget, results: list[photo_cases.ImportResult], asked: int
) -> QMessageBox | None:
    """A status-bar line when nothing was refused; else a box listing what was not imported."""
    refused = any(not r.imported for r in results)
    if not refused and show_status(parent, " ".join(summary_text(results, asked).split("\n"))):
        return None
    box = QMessageBox(parent)
    box.setWindowTitle(translate("photos.photo_import", "Import photos"))
    box.setIcon(
        QMessageBox.Icon.Information
        if all(r.imported for r in results)
        else QMessageBox.Icon.Warning
    )
    box.setText(summary_text(results, asked))
    box.setObjectName("import_summary")
    box.open()
    return box
