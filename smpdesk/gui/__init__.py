"""The Qt front end: the only package that imports PySide6."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 dropping a reference to ``None`` on every void call.

    With PySide6 6.12.0 on CPython 3.11, each wrapped Qt method that returns
    nothing (``setText``, ``update``, ``resize``...) releases one reference
    to ``None`` it never took.  ``None`` starts with a few thousand references,
    so a window in use for a few minutes would abort the whole process with
    "Fatal Python error: none_dealloc" — taking unsaved typing with it.
    CPython 3.12 made ``None`` immortal, which is exactly the cure; here we
    give 3.11's ``None`` a reference count so large that no session could
    wear it down (2**40 calls), which is what immortality amounts to.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < 1 << 40:
        count.value += 1 << 40


_keep_none_alive()
