"""The clinic handle runs its first reads without sqlite-utils, and is sqlite-utils after.

See smpdesk/store/lazy_database.py: before anything but a ``SELECT`` is
asked of it, the handle runs statements on its connection; from then on a
real ``sqlite_utils.Database`` on the same connection does everything.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.store.engine import connect
from smpdesk.store.lazy_database import LazyDatabase, _is_select

ROOT = Path(__file__).resolve().parents[2]


def test_only_a_plain_select_counts_as_a_select():
    assert _is_select("SELECT 1") and _is_select("  select\n1") and _is_select("SELECT")
    assert not _is_select("SELECTED")
    assert not _is_select("-- a comment\nSELECT 1")  # left to sqlite-utils
    assert not _is_select("WITH x AS (SELECT 1) DELETE FROM t")
    assert not _is_select("INSERT INTO t SELECT 1")


def test_selects_run_on_the_connection_until_anything_else_is_asked():
    db = LazyDatabase(connect(":memory:"))
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1  # as sqlite-utils sets it
    db = LazyDatabase(connect(":memory:"))
    assert db.execute("SELECT ?", [2]).fetchone()[0] == 2
    assert db._inner is None
    db.execute("CREATE TABLE t (a)")  # not a SELECT: sqlite-utils' own execute
    assert db._inner is not None
    db.execute("INSERT INTO t VALUES (1)")
    assert not db.conn.in_transaction  # sqlite-utils committed the implicit transaction
    assert db["t"].count == 1  # its table API, on the same connection
    assert db.table_names() == ["t"]


def test_a_clinic_handle_is_the_same_after_its_connection_is_replaced(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    clinic = open_clinic(path, create=True)
    clinic.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    old = clinic.conn
    clinic.reopen()
    assert clinic.conn is not old
    assert clinic.database().conn is clinic.conn  # the real database follows the connection
    assert clinic["settings"].count >= 1
    assert isinstance(Clinic(path, clinic.conn), Clinic)
    clinic.close()


def test_opening_a_clinic_and_reading_the_list_loads_no_sqlite_utils(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    open_clinic(path, create=True).close()
    code = (
        "import sys\n"
        "from smpdesk.app.clinic import open_clinic\n"
        "from smpdesk.app import clients\n"
        f"db = open_clinic({str(path)!r})\n"
        "assert clients.count_clients(db, 'active') == 0\n"
        "assert clients.search_client_ids(db, limit=50) == []\n"
        "assert clients.list_rows(db, [1, 2]) == {}\n"
        "assert 'sqlite_utils.db' not in sys.modules\n"
        "db.execute(\"INSERT INTO settings (key, value) VALUES ('x', '1')\")\n"
        "assert 'sqlite_utils.db' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
