"""What changed in the clinic file, said once, heard by every screen that shows it.

The window owns one :class:`Changes`.  Whoever saves something emits what it
changed (with the client's id); each screen connects, in its own constructor,
to what it shows and reloads only for the client it shows.  So a session saved
in the timeline, a questionnaire finished, photos imported or a sheet printed
reach the timeline, the flags panel and the photos tab without the window
wiring one screen to another.

A screen built on its own (a test, a dialog) makes a private hub, so it still
reloads after its own changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Changes(QObject):
    client_changed = Signal(int)  # details edited, archived or restored; a new client
    sessions_changed = Signal(int)  # a session recorded or edited; an aftercare sheet given
    responses_changed = Signal(int)  # a questionnaire finished or its draft saved
    photos_changed = Signal(int)  # photos imported, re-tagged or deleted
    settings_changed = Signal()  # the clinic's settings were saved
    database_replaced = Signal()  # a restore or an import: every screen reloads


__all__ = ["Changes"]
