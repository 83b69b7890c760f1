"""The Qt front end: the only package that imports PySide6."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 dropping references to shared constants.

    With PySide6 6.12.0 on CPython 3.11, each wrapped Qt method that returns
    nothing (``setText``, ``update``, ``resize``...) releases one reference
    to ``None`` it never took, and some paths do the same to ``True`` and
    ``False``.  Those objects start with a few thousand references, so a
    window in use for a few minutes would abort the whole process with
    "Fatal Python error: none_dealloc" (or ``bool_dealloc``), taking unsaved
    typing with it.  CPython 3.12 made such constants immortal, which is
    exactly the cure; here we give 3.11's a reference count so large that no
    session could wear it down (2**40 calls), which is what immortality
    amounts to.  The small ints and empty singletons get the same treatment,
    as 3.12 would give them.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    shared = [None, True, False, Ellipsis, NotImplemented, (), "", b"", *range(-5, 257)]
    for constant in shared:
        count = ctypes.c_ssize_t.from_address(id(constant))
        if count.value < 1 << 40:
            count.value += 1 << 40


_keep_none_alive()
