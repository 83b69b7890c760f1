"""Only smpdesk/gui/ may import Qt: the core must run on a machine with no display."""

import ast
import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "smpdesk"


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys\n"
        "import smpdesk.cli, smpdesk.store, smpdesk.app.demo, smpdesk.paths\n"
        "from smpdesk.app import aftercare, clients, clinic, sessions\n"
        "from smpdesk.cli import build_parser\n"
        "build_parser()\n"
        "assert 'PySide6' not in sys.modules, sorted(m for m in sys.modules if 'PySide6' in m)\n"
        "heavy = {'reportlab', 'PIL'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)


def test_no_module_outside_gui_imports_pyside6():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] == "PySide6" for n in names):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_starting_the_window_does_not_import_reportlab_or_pillow(tmp_path):
    """Start-up must not pay for PDF or imaging libraries (cold-start budget)."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from smpdesk.store import open_database\n"
        "from smpdesk.app.demo import populate\n"
        f"path = Path({str(tmp_path / 'c.sqlite3')!r})\n"
        "db = open_database(path, create=True); populate(db, 20); db.conn.close()\n"
        "from smpdesk.gui.app import application, open_main_window\n"
        "app = application(); window = open_main_window(path); window.show()\n"
        "app.processEvents()\n"
        "window.open_client(1); app.processEvents()\n"
        "heavy = {'reportlab', 'PIL', 'smpdesk.infra.handouts'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)


def test_import_contracts_hold():
    """lint-imports: the fronts reach data only through smpdesk.app, the store imports
    nothing above it, and nothing outside smpdesk.gui reaches Qt (pyproject.toml)."""
    code = (
        "import sys\n"
        "from importlinter.cli import lint_imports_command\n"
        "sys.exit(lint_imports_command())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "--no-cache", "--no-logo"],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout


def test_importing_the_use_case_layer_is_light():
    code = (
        "import sys\n"
        "import smpdesk.app\n"
        "assert 'smpdesk.store' not in sys.modules\n"
        "from smpdesk.app import aftercare, clients, clinic, photos, questionnaires, sessions\n"
        "heavy = {'PySide6', 'reportlab', 'PIL', 'smpdesk.infra.handouts'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)


def test_importing_smpdesk_or_its_rules_does_not_import_sqlite_utils():
    code = (
        "import sys\n"
        "import smpdesk, smpdesk.paths, smpdesk.errors, smpdesk.domain.dates\n"
        "import smpdesk.domain.client_details, smpdesk.domain.text_safety\n"
        "assert 'sqlite_utils' not in sys.modules, 'sqlite_utils imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)


def test_sqlite_utils_never_drags_in_numpy_or_pandas(tmp_path):
    """Wherever sqlite-utils is first imported, numpy and pandas stay out, yet importable."""
    for name in ("numpy", "pandas"):
        fake = tmp_path / name
        fake.mkdir()
        (fake / "__init__.py").write_text("LOADED = True\n", encoding="utf-8")
    code = (
        "import sys\n"
        "import smpdesk\n"
        "import sqlite_utils  # first import, not through smpdesk.store\n"
        "assert 'numpy' not in sys.modules and 'pandas' not in sys.modules, 'dragged in'\n"
        "import numpy, pandas\n"
        "assert numpy.LOADED and pandas.LOADED\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{PACKAGE.parent}"}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent, env=env)
