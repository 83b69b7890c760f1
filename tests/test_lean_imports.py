"""smpdesk._lean_imports: sqlite-utils without numpy, pandas or dateutil's parser at load."""

from __future__ import annotations

import importlib
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

from smpdesk._lean_imports import defer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """``probe(source)``: the name of a new module with that source, importable from tmp_path."""
    monkeypatch.syspath_prepend(str(tmp_path))
    made: list[str] = []

    def make(source: str) -> str:
        name = f"smpdesk_probe_{uuid.uuid4().hex}"
        (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
        made.append(name)
        return name

    yield make
    for name in made:
        sys.modules.pop(name, None)


def test_a_deferred_module_runs_at_its_first_use_not_at_its_import(probe):
    name = probe(
        "import sys\n"
        "me = sys.modules[__name__]\n"
        "RUNS = getattr(me, 'RUNS', 0) + 1  # 1 on the first run, 2 on a second\n"
        "VALUE = 42\n"
    )
    module = defer(name)
    assert module is sys.modules[name]
    # Importing it by name gives the same module, still not run.  (importlib rather than
    # an import statement: PySide6, imported by other tests, hooks that statement and
    # looks into every module imported, which counts as a use.)
    imported = importlib.import_module(name)
    assert imported is module and "VALUE" not in vars(module)
    assert module.VALUE == 42 and module.RUNS == 1
    assert module.VALUE == 42 and module.RUNS == 1  # once
    with pytest.raises(AttributeError):
        _ = module.MISSING
    assert defer(name) is None  # already imported: left alone


def test_a_deferred_module_keeps_its_own_getattr(probe):
    name = probe("def __getattr__(attribute):\n    return f'made {attribute}'\n")
    module = defer(name)
    assert module.anything == "made anything"
    assert module.other == "made other"


def test_a_deferred_module_that_fails_fails_like_an_import(probe):
    name = probe("raise RuntimeError('broken on purpose')\n")
    module = defer(name)
    with pytest.raises(RuntimeError, match="broken on purpose"):
        _ = module.VALUE
    assert name not in sys.modules


def test_threads_asking_at_once_all_wait_for_the_whole_module(probe):
    name = probe("import time\ntime.sleep(0.2)\nFIRST = 1\nLAST = 2\n")
    module = defer(name)
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(module.LAST)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [2, 2, 2, 2]


def test_a_module_not_installed_is_not_deferred():
    assert defer("smpdesk_no_such_module_anywhere") is None
    assert "smpdesk_no_such_module_anywhere" not in sys.modules


def test_sqlite_utils_loads_without_numpy_pandas_or_dateutils_parser():
    code = (
        "import sys\n"
        "import smpdesk, sqlite_utils\n"
        "loaded = {'numpy', 'pandas', 'dateutil.parser._parser'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
        "db = sqlite_utils.Database(memory=True)\n"
        "db['t'].insert({'a': 1})\n"
        "assert list(db['t'].rows) == [{'a': 1}]\n"
        "from sqlite_utils import recipes\n"  # what dateutil's parser is for: still works
        "assert recipes.parsedate('4 March 2025') == '2025-03-04'\n"
        "assert 'dateutil.parser._parser' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_sqlite_utils_runs_its_own_code_only_when_something_of_it_is_used():
    code = (
        "import sys, inspect\n"
        "import smpdesk, sqlite_utils\n"
        "from sqlite_utils import Migrations\n"
        "assert Migrations.__module__ == 'sqlite_utils.migrations'\n"
        "assert not hasattr(sqlite_utils, '__wrapped__')\n"  # what PySide6's import hook asks
        "inspect.getsource(sqlite_utils)\n"
        "loaded = {'sqlite_utils.db', 'click', 'pluggy'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
        "db = sqlite_utils.Database(memory=True)\n"  # a use: the real package from now on
        "assert 'sqlite_utils.db' in sys.modules and 'numpy' not in sys.modules\n"
        "assert sqlite_utils.Migrations is Migrations\n"
        "assert '__getattr__' not in vars(sqlite_utils)\n"
        "assert sorted(sqlite_utils.__all__)[0] == 'ANY'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
