"""What opening the window does with the clinic file around the window itself.

Before the window: is a restore running elsewhere, finish one a crash
interrupted, sweep the scratch copies a killed process left.  After the
list has painted: sweep partial backups.  Kept apart from
:mod:`smpdesk.app.backups` so that an ordinary start does not import the
backup, restore-check and erasure code it only needs when something is wrong
(cold start is measured against a bare Qt window: issue 15).
"""

from __future__ import annotations

from pathlib import Path

from smpdesk.app.restore import finish_interrupted, restore_running
from smpdesk.infra.staging import sweep_staging
from smpdesk.paths import backups_dir_for


def sweep_scratch(db_path: Path) -> None:
    """Remove the staging copies a killed export or backup left beside the clinic."""
    sweep_staging(db_path)


def sweep_partial_backups(db_path: Path) -> None:
    """Remove half-written backups a killed process left in the backups folder."""
    from smpdesk.app.backup_files import sweep_partials

    sweep_partials(backups_dir_for(db_path))


__all__ = ["finish_interrupted", "restore_running", "sweep_partial_backups", "sweep_scratch"]
