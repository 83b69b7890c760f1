"""Python's cycle collector paused while the window starts.

On the way to the first paint, start-up creates tens of thousands of objects that live
for the whole run (modules, classes, dataclasses' generated methods, Qt wrappers), and
the collector scans them again at every threshold it crosses: about 10 ms of a start of
0.22 s, for no garbage worth finding.  So the collector is paused for the imports and
the window's construction; once the list has painted, what survived is frozen
(:func:`gc.freeze`: never scanned again, as CPython's documentation suggests for
long-lived start-up state) and collection resumes.  Every path that does not reach a
painted window (a dialog first, an error) resumes it; nothing ever leaves it paused.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop automatic collection, if it runs (a caller that turned it off keeps it off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume(*, freeze: bool = False) -> None:
    """Collect again, if :func:`pause` stopped it; ``freeze``: the objects alive now are
    start-up's, kept for the whole run, and are left out of every later collection."""
    global _paused
    if _paused:
        _paused = False
        if freeze:
            gc.freeze()
        gc.enable()


def is_paused() -> bool:
    return _paused
