"""Errors a user can act on.

Every expected problem (missing file, newer database, locked database, bad
input) is raised as a :class:`UserError` whose message is one plain sentence
saying what happened and what to do.  The CLI prints it and exits 1; the GUI
shows it in a message box.  Messages never contain health data.
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A problem the user can fix; ``str(err)`` is the sentence to show."""


class DatabaseMissingError(UserError):
    pass


class NewerDatabaseError(UserError):
    pass


class NotADatabaseError(UserError):
    """The file cannot be the clinic's database, or no longer can (empty, damaged, altered).

    ``damaged`` is set when it is the clinic's own file gone bad: its path and
    the sentence saying what is wrong, so that the layer above the store can
    say where the newest good backup is (the store itself knows nothing of backups).
    """

    def __init__(self, message: str, *, damaged: tuple[Path, str] | None = None) -> None:
        super().__init__(message)
        self.damaged = damaged


class EmptyDatabaseError(NotADatabaseError):
    """The file exists but holds nothing: never adopted as a new clinic."""


class AlteredDatabaseError(NotADatabaseError):
    """The schema is not exactly one smpdesk creates (extra trigger, view, table...)."""


class DatabaseLockedError(UserError):
    pass


class DatabaseWriteError(UserError):
    """Saving failed (disk full, read-only folder); nothing was half-written."""


class ValidationError(UserError):
    """Field-level problems; ``fields`` maps a field name to its message."""

    def __init__(self, fields: dict[str, str]):
        self.fields = dict(fields)
        first = next(iter(self.fields.values()), "Some details are not valid.")
        super().__init__(first)
