"""What starting the window imports and reads before the list is on screen.

Cold start is measured by tests/benchmarks/bench_startup.py (never timed
here); these tests hold the structure that makes it fast: the window's
command line builds no command's parser, so no command group and none of
their use cases (the form engine's loader, client export...) are imported,
and sqlite-utils comes without dateutil's parser.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from smpdesk.app.clinic import open_clinic
from smpdesk.cli import build_parser
from smpdesk.cli.entry import COMMAND_MODULES, window_args

ROOT = Path(__file__).resolve().parents[1]

WINDOW_LINES = [
    [],
    ["--db", "clinic.sqlite3"],
    ["--db=clinic.sqlite3"],
    ["--db="],
    ["--demo"],
    ["--user", "ann", "--db", "c.sqlite3", "--demo"],
    ["--user=ann"],
    ["--db", "a.sqlite3", "--db", "b.sqlite3"],
    ["--db", "clients"],  # a file named like a command, after --db: still a path
]


@pytest.mark.parametrize("argv", WINDOW_LINES, ids=" ".join)
def test_the_windows_command_line_parses_as_the_full_parser_would(argv):
    assert vars(window_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["clients", "list"],
        ["--db", "c.sqlite3", "clients", "list"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--db"],  # no value: the full parser's error
        ["--db", "--demo"],
        ["--de"],  # an abbreviation: the full parser decides
        ["--db", "x", "--"],
        ["--unknown"],
    ],
    ids=" ".join,
)
def test_anything_else_goes_to_the_full_parser(argv):
    assert window_args(argv) is None


def test_every_command_group_is_still_there_in_help_order():
    names = [module.__name__.rsplit(".", 1)[1] for module in COMMAND_MODULES]
    assert names[0] == "clinic" and len(names) == len(set(names))
    help_text = build_parser().format_help()
    for module in COMMAND_MODULES:
        assert module.HELP in help_text
    assert isinstance(build_parser(), argparse.ArgumentParser)


def test_starting_the_window_imports_no_command_group_and_no_date_parser(tmp_path):
    """The real entry point, up to the window shown (Qt's event loop replaced)."""
    path = tmp_path / "clinic.sqlite3"
    # Made here: creating it runs the migrations, which load what opening it must not.
    open_clinic(path, create=True).close()
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "before = set(sys.modules)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QApplication.exec = lambda self: 0\n"
        "from smpdesk.cli import main\n"
        f"assert main(['--db', {str(path)!r}]) == 0\n"
        "assert any(type(w).__name__ == 'MainWindow' for w in QApplication.topLevelWidgets())\n"
        "loaded = set(sys.modules) - before\n"
        "groups = {m for m in loaded if m.startswith('smpdesk.cli.')}\n"
        "window = {'smpdesk.cli.entry', 'smpdesk.cli.common', 'smpdesk.cli.clinic'}\n"
        "assert groups == window, groups\n"
        "heavy = {'smpdesk.app.questionnaires', 'smpdesk.questionnaire.loader', 'tomllib',\n"
        "         'smpdesk.app.client_export', 'smpdesk.app.aftercare', 'smpdesk.app.photos',\n"
        "         'dateutil.parser._parser', 'reportlab', 'PIL',\n"
        # sqlite-utils' own code (its Database, click, pluggy) and the store's modules
        # the list does not need: loaded at their first use, after the window.
        "         'sqlite_utils.db', 'click', 'pluggy', 'smpdesk.store.responses',\n"
        "         'smpdesk.store.photos', 'smpdesk.store.sessions',\n"
        "         'smpdesk.questionnaire.sealing',\n"
        # Backups, restore checks, erasure and the whole-file check: after the first paint.
        "         'smpdesk.app.backups', 'smpdesk.app.backup_files', 'smpdesk.app.erasure',\n"
        "         'smpdesk.gui.integrity_check', 'smpdesk.gui.backups.backup_actions',\n"
        # Money is formatted with Babel (CLDR) only when shown; the renderer and the
        # payments code only when their tab or command is used.
        "         'babel', 'smpdesk.infra.smp_render', 'smpdesk.app.payments',\n"
        # Issue 19 (H2): the list export and its writers, when the menu entry is used.
        "         'smpdesk.gui.clients.export_list', 'smpdesk.app.client_list_export',\n"
        "         'smpdesk.infra.xlsx_lists', 'smpdesk.store.client_list_rows',\n"
        # Issue 19 (H3): the import dialog and the batches window, when first opened.
        "         'smpdesk.gui.clients.import_dialog', 'smpdesk.gui.clients.import_batches',\n"
        "         'smpdesk.app.client_import', 'openpyxl',\n"
        # Issue 19 (H5): the first-run wizard, only when there is no clinic yet.
        "         'smpdesk.gui.first_run', 'smpdesk.gui.first_run.wizard',\n"
        "         'smpdesk.app.first_run', 'smpdesk.infra.cloud_folders',\n"
        "         'smpdesk.domain.countries'}\n"
        "heavy &= set(sys.modules)\n"
        "assert not heavy, heavy\n"
        "os._exit(0)\n"  # the window is left open: no backup at close
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)


def test_the_list_paints_before_qts_enums_are_built_and_collection_resumes_after(tmp_path):
    """The first paint of the list builds none of the ``Qt`` namespace's enums (about
    17 ms: a model overriding headerData or flags, an action's setShortcut, a module
    importing ``Qt`` at its top each build all 94), with Python's cycle collector
    paused; after that paint, sorting is on and the collector runs again."""
    from smpdesk.app import clients
    from smpdesk.domain.client_details import ClientDetails

    path = tmp_path / "clinic.sqlite3"
    db = open_clinic(path, create=True)
    clients.add_client(db, ClientDetails(given_name="Ana", family_name="Lopez"))
    db.close()
    code = (
        "import enum, gc, json, os, sys, time\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "built = set()\n"
        "new = enum.EnumType.__new__\n"
        "def spy(mcls, name, bases, namespace, **kw):\n"
        "    built.add(name)\n"
        "    return new(mcls, name, bases, namespace, **kw)\n"
        "enum.EnumType.__new__ = spy\n"
        "QT_NAMESPACE = {'AlignmentFlag', 'ItemDataRole', 'SortOrder', 'Orientation'}\n"
        "from smpdesk.cli import main\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication, QTableView\n"
        "seen = {}\n"
        "class Painted(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint and 'first' not in seen:\n"
        "            seen['first'] = [sorted(built & QT_NAMESPACE), gc.isenabled(),\n"
        "                             watched.parent().model().rowCount()]\n"
        "        return False\n"
        "def run(self):\n"
        "    table = [w.findChild(QTableView, 'client_table') for w in self.topLevelWidgets()]\n"
        "    table = next(t for t in table if t is not None)\n"
        "    painted = Painted()\n"
        "    table.viewport().installEventFilter(painted)\n"
        "    deadline = time.monotonic() + 60\n"
        "    while 'first' not in seen and time.monotonic() < deadline:\n"
        "        self.processEvents()\n"
        "    for _ in range(20):\n"
        "        self.processEvents()\n"
        "        time.sleep(0.01)\n"
        "    header = table.horizontalHeader()\n"
        "    seen['after'] = [gc.isenabled(), table.isSortingEnabled(),\n"
        "                     header.sortIndicatorSection()]\n"
        "    print(json.dumps(seen), flush=True)\n"
        "    os._exit(0)\n"
        "QApplication.exec = run\n"
        f"main(['--db', {str(path)!r}])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    seen = __import__("json").loads(done.stdout.strip().splitlines()[-1])
    assert seen["first"] == [[], False, 1], seen
    assert seen["after"] == [True, True, 1], seen


def test_importing_the_command_line_leaves_the_collector_running():
    code = "import gc, smpdesk.cli; assert gc.isenabled()"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)
