"""Import sqlite-utils without pulling in numpy and pandas, whenever it is first imported.

sqlite-utils imports pandas and numpy at module load when they happen to be
installed, only to convert their value types on insert.  smpdesk never
passes such values, and on a laptop that has them (from other software) they
add about 100 ms to every start.  Hiding them for the duration of that one
import keeps start-up close to a bare Qt window; they stay importable for
anything else afterwards.

The hiding used to be done by importing sqlite-utils from ``smpdesk/__init__``,
which made ``import smpdesk`` (even for ``smpdesk.domain`` or ``paths``) pay
for sqlite-utils, click and dateutil.  Now ``smpdesk/__init__`` only installs
a finder that steps in at the first ``import sqlite_utils``, wherever it is.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

_HIDDEN = ("numpy", "pandas")
_TARGET = "sqlite_utils"


class _HidingLoader(importlib.abc.Loader):
    """Runs sqlite-utils' own loader with numpy and pandas made unimportable."""

    def __init__(self, wrapped: importlib.abc.Loader) -> None:
        self._wrapped = wrapped

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._wrapped.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        hidden = [name for name in _HIDDEN if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # makes "import numpy" fail
        try:
            self._wrapped.exec_module(module)
        finally:
            for name in hidden:
                if sys.modules.get(name, ...) is None:
                    del sys.modules[name]


class _SqliteUtilsFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != _TARGET:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _HidingLoader(spec.loader)
        return spec


def install() -> None:
    """Make the first ``import sqlite_utils`` lean; a no-op if it already happened."""
    if _TARGET in sys.modules or any(isinstance(f, _SqliteUtilsFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _SqliteUtilsFinder())
