"""Import sqlite-utils without pulling in numpy and pandas.

sqlite-utils imports pandas and numpy at module load when they happen to be
installed, only to convert their value types on insert.  smpdesk never
passes such values, and on a laptop that has them (from other software) they
add about 100 ms to every start.  Hiding them for the duration of that one
import keeps start-up close to a bare Qt window; they stay importable for
anything else afterwards.
"""

from __future__ import annotations

import sys

_HIDDEN = ("numpy", "pandas")


def import_sqlite_utils() -> None:
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes "import numpy" fail
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]
