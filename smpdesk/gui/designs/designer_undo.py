"""The design being edited and its undo history.

A design is an immutable value, so an undo step is simply "the design before
and the design after": :class:`DesignEditor` keeps the current one, pushes a
:class:`DesignStep` for each edit and says ``changed`` whenever it is replaced.
A drag shows every intermediate design live (:meth:`DesignEditor.show`) but
pushes one step when the mouse is released (:meth:`DesignEditor.finish`), so
Ctrl+Z undoes the whole drag, as it would in any drawing program.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from smpdesk.domain.designs import Design


class DesignStep(QUndoCommand):
    """One edit: put ``after`` in place on redo, ``before`` on undo."""

    def __init__(self, editor: DesignEditor, before: Design, after: Design, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.editor._put(self.after)

    def undo(self) -> None:
        self.editor._put(self.before)


class DesignEditor(QObject):
    """The current design, replaced (never mutated) by each edit."""

    changed = Signal()

    def __init__(self, design: Design, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._design = design
        self.initial = design
        self.stack = QUndoStack(self)
        self._live_from: Design | None = None

    @property
    def design(self) -> Design:
        return self._design

    @property
    def modified(self) -> bool:
        """Whether the design differs from the one the window opened with."""
        return self._design != self.initial

    @property
    def dragging(self) -> bool:
        return self._live_from is not None

    def apply(self, after: Design, text: str) -> None:
        """Make ``after`` the design, as one undo step called ``text``."""
        self.finish(text)  # a drag in progress ends first
        if after != self._design:
            self.stack.push(DesignStep(self, self._design, after, text))

    def show(self, during: Design) -> None:
        """Show ``during`` (a drag in progress) without an undo step yet."""
        if self._live_from is None:
            self._live_from = self._design
        self._put(during)

    def finish(self, text: str) -> None:
        """End a drag: the design before it and now become one undo step."""
        before, self._live_from = self._live_from, None
        if before is not None and before != self._design:
            self.stack.push(DesignStep(self, before, self._design, text))

    def abandon(self) -> None:
        """Cancel a drag: the design goes back to what it was before it."""
        before, self._live_from = self._live_from, None
        if before is not None:
            self._put(before)

    def _put(self, design: Design) -> None:
        if design is self._design:
            return
        self._design = design
        self.changed.emit()


__all__ = ["DesignEditor", "DesignStep"]
