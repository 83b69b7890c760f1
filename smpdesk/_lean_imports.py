"""Import sqlite-utils without paying for what smpdesk never uses of it, at its first import.

Every start of the window imports sqlite-utils (``Clinic`` is an
``sqlite_utils.Database``), and sqlite-utils imports at load time libraries
only its other parts use:

* **numpy and pandas**, when they happen to be installed (by other software),
  only to convert their value types on insert; smpdesk never passes such
  values, and they add about 100 ms.  They are made unimportable for the
  duration of that one import (``import numpy`` fails inside it, so
  sqlite-utils takes them as absent); they stay importable for anything else
  afterwards.
* **dateutil's parser**, for the ``parsedate`` recipes of its command line:
  about 7 ms.  It is *deferred*: ``sys.modules`` holds a module object with
  the real spec, path and name, whose code runs into it at the first
  attribute that is not there yet (``parser.parse``), so anything that uses
  it still gets the real library, just later.  Importing it by name does not
  load it; only using it does.  (Not :class:`importlib.util.LazyLoader`: on
  Python 3.11 the import statement itself reads ``__spec__``, which loads
  the module at once.  PySide6's import hook looks into the module each
  import statement returns, which counts as a use; a submodule like this one
  is never what ``from dateutil import parser`` returns.)  click cannot be
  deferred like this: sqlite-utils hands the module that imports it to
  pluggy, which looks up an attribute on everything in it, click included.

* **sqlite-utils itself**, about 45 ms more: ``import sqlite_utils`` gives
  the package without running its code, and ``from sqlite_utils import
  Migrations`` reads one light submodule.  Its code runs (with the above) at
  the first use of anything else, ``sqlite_utils.Database`` above all.  The
  window's first paint uses none (:mod:`smpdesk.store.lazy_database`).

Nothing here runs until the first ``import sqlite_utils``, wherever it is:
``smpdesk/__init__`` only installs the finder, so ``import smpdesk.domain``
or ``smpdesk.paths`` pays for none of it.  Measure with
``python -X importtime -c "import smpdesk, sqlite_utils"``.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
import threading
from collections.abc import Callable, Sequence
from types import ModuleType

_HIDDEN = ("numpy", "pandas")
_DEFERRED = ("dateutil.parser",)
_TARGET = "sqlite_utils"
_loading = threading.RLock()


def defer(name: str) -> ModuleType | None:
    """Put ``name`` in ``sys.modules`` as a module whose code runs at its first missing
    attribute; None (and nothing changed) if it is imported already or not installed."""
    if name in sys.modules:
        return None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    loader = spec.loader
    state = {"loading": False, "loaded": False}

    def load(attribute: str) -> object:  # PEP 562: asked only for attributes not found
        with _loading:  # another thread asking meanwhile waits for the whole module
            if state["loading"]:  # this thread, from inside the module's own code (a cycle)
                raise AttributeError(
                    f"partially initialized module {name!r} has no attribute {attribute!r}"
                )
            if not state["loaded"]:
                state["loading"] = True
                try:
                    loader.exec_module(module)
                except BaseException:
                    sys.modules.pop(name, None)  # as a failed import leaves it
                    raise
                finally:
                    state["loading"] = False
                state["loaded"] = True
                if module.__dict__.get("__getattr__") is load:
                    del module.__dict__["__getattr__"]  # else the module's own replaced it
        return getattr(module, attribute)

    module.__dict__["__getattr__"] = load
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)  # as the import system does
    return module


class _HidingLoader(importlib.abc.Loader):
    """Makes ``sqlite_utils`` a package whose own code runs at its first use (see
    :func:`_lazy_package`), then with numpy and pandas made unimportable and dateutil's
    parser deferred."""

    def __init__(self, wrapped: importlib.abc.Loader) -> None:
        self._wrapped = wrapped

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._wrapped.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        _lazy_package(module, self._run)

    def _run(self, module: ModuleType) -> None:
        for name in _DEFERRED:
            defer(name)
        hidden = [name for name in _HIDDEN if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # makes "import numpy" fail
        try:
            self._wrapped.exec_module(module)
        finally:
            for name in hidden:
                if sys.modules.get(name, ...) is None:
                    del sys.modules[name]


# Names read from one light submodule without running the package's own code
# (which imports sqlite_utils.db: click, pluggy and its regular expressions).
_LIGHT = {"Migrations": "sqlite_utils.migrations"}


def _lazy_package(module: ModuleType, run: Callable[[ModuleType], None]) -> None:
    """Leave ``module`` (imported, not run) to load at its first use.

    ``import sqlite_utils`` and ``from sqlite_utils import Migrations`` (what
    the store's modules and the schema need to be imported) load nothing more;
    any other attribute runs the package's code (``run``), after which the
    module is the real one.  A name like ``__wrapped__`` that the package does
    not have is not a use: PySide6's import hook asks for it (through
    ``inspect``) of every module imported after Qt.
    """
    state = {"loading": False, "loaded": False}

    def load(attribute: str) -> object:  # PEP 562: only for attributes not found
        light = _LIGHT.get(attribute)
        if light is not None and not state["loaded"]:
            value = getattr(importlib.import_module(light), attribute)
            module.__dict__.setdefault(attribute, value)
            return value
        if attribute.startswith("__") and attribute != "__all__":
            raise AttributeError(f"module {module.__name__!r} has no attribute {attribute!r}")
        with _loading:
            if state["loading"]:  # this thread, from inside the package's own code
                raise AttributeError(
                    f"partially initialized module {module.__name__!r} has no attribute "
                    f"{attribute!r}"
                )
            if not state["loaded"]:
                state["loading"] = True
                try:
                    run(module)
                finally:
                    state["loading"] = False
                state["loaded"] = True
                if module.__dict__.get("__getattr__") is load:
                    del module.__dict__["__getattr__"]
        return getattr(module, attribute)

    module.__dict__["__getattr__"] = load


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
