"""``smpdesk.store``'s names are its modules' names, imported at their first use."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from smpdesk import store

ROOT = Path(__file__).resolve().parents[2]


def test_every_exported_name_is_its_modules_own():
    for name in store.__all__:
        home = store._MODULE_OF[name]
        module = importlib.import_module(f"smpdesk.store.{home}")
        assert getattr(store, name) is getattr(module, name), name


def test_the_names_for_type_checkers_are_the_names_served():
    """The ``if TYPE_CHECKING`` imports and the run-time table list the same names."""
    tree = ast.parse(Path(store.__file__).read_text(encoding="utf-8"))
    checked: dict[str, tuple[str, ...]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("smpdesk.store."):
            home = node.module.rsplit(".", 1)[1]
            checked[home] = tuple(alias.name for alias in node.names)
    assert checked == store._HOMES
    assert sorted(store._MODULE_OF) == sorted(store.__all__)


def test_modules_and_unknown_names():
    assert store.schema_check is importlib.import_module("smpdesk.store.schema_check")
    with pytest.raises(AttributeError):
        _ = store.no_such_name
    with pytest.raises(AttributeError):
        _ = store.__wrapped__


def test_importing_the_package_imports_none_of_its_modules():
    code = (
        "import sys\n"
        "import smpdesk.store\n"
        "mine = {m for m in sys.modules if m.startswith('smpdesk.store.')}\n"
        "assert not mine, mine\n"
        "from smpdesk.store import get_client\n"
        "assert 'smpdesk.store.clients' in sys.modules\n"
        "assert 'smpdesk.store.photos' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
