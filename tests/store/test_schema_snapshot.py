"""The stored schema the opening check compares an up-to-date file with.

Opening a clinic checks its schema against what the migrations create; for a
file that is up to date that answer is stored (smpdesk/store/schema_snapshot.py)
instead of being worked out by running every migration at each start.  These
tests hold the snapshot to the migrations, and the check to the same strictness
whichever way the expected schema was found.
"""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from smpdesk.app.clinic import open_clinic
from smpdesk.errors import AlteredDatabaseError
from smpdesk.store import schema, schema_check, schema_snapshot
from smpdesk.store.engine import connect


def test_the_snapshot_is_what_the_migrations_create_now():
    names = [m.name for m in schema_check._all_migrations(schema.migrations)]
    stale = (
        "smpdesk/store/schema_snapshot.py is out of date with the migrations; write it "
        "again with: python -m smpdesk.store.update_schema_snapshot"
    )
    assert list(schema_snapshot.MIGRATIONS) == names, stale
    assert schema_check.schema_source_digest() == schema_snapshot.SOURCE_SHA256, stale
    derived = schema_check.derive_schema(schema.migrations, names)
    assert frozenset(schema_snapshot.OBJECTS) == derived, stale
    assert schema_check.snapshot_source() == schema_check.snapshot_path().read_text("utf-8")


@pytest.fixture
def fresh_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process already worked out, so opening looks it up again."""
    monkeypatch.setattr(schema_check, "_CACHE", {})
    monkeypatch.setattr(schema_check, "_NORMAL", {})


def test_opening_an_up_to_date_file_runs_no_migration_to_check_it(
    tmp_path, fresh_cache, monkeypatch
):
    path = tmp_path / "clinic.sqlite3"
    open_clinic(path, create=True).close()
    monkeypatch.setattr(schema_check, "_CACHE", {})

    def derive(*_args: object) -> frozenset[schema_check.SchemaObject]:
        raise AssertionError("the schema was derived although the snapshot is current")

    monkeypatch.setattr(schema_check, "derive_schema", derive)
    open_clinic(path).close()


def test_a_snapshot_from_another_schema_py_is_not_trusted(tmp_path, fresh_cache, monkeypatch):
    """Edited migrations, snapshot not written again: derived, so a good file still opens."""
    path = tmp_path / "clinic.sqlite3"
    open_clinic(path, create=True).close()
    monkeypatch.setattr(schema_check, "_CACHE", {})
    monkeypatch.setattr(schema_snapshot, "SOURCE_SHA256", "0" * 64)
    # A snapshot that would refuse every good file: never used with the wrong digest.
    monkeypatch.setattr(schema_snapshot, "OBJECTS", ())
    derived: list[int] = []
    real = schema_check.derive_schema

    def derive(*args: object) -> frozenset[schema_check.SchemaObject]:
        derived.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(schema_check, "derive_schema", derive)
    open_clinic(path).close()
    assert derived


@pytest.mark.parametrize(
    "change",
    [
        "CREATE TRIGGER harm AFTER INSERT ON clients BEGIN DELETE FROM sessions; END",
        "DROP TRIGGER {trigger}",
        "DROP INDEX {index}",
        "CREATE VIEW peek AS SELECT * FROM clients",
    ],
    ids=["extra trigger", "dropped trigger", "dropped index", "extra view"],
)
def test_an_altered_file_is_still_refused_with_the_snapshot(
    tmp_path, fresh_cache, monkeypatch, change
):
    path = tmp_path / "clinic.sqlite3"
    open_clinic(path, create=True).close()
    kinds = {kind: name for kind, name, _tbl, sql in schema_snapshot.OBJECTS if sql is not None}
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(change.format(trigger=kinds["trigger"], index=kinds["index"]))
    conn.close()

    def derive(*_args: object) -> frozenset[schema_check.SchemaObject]:
        raise AssertionError("the schema was derived although the snapshot is current")

    monkeypatch.setattr(schema_check, "derive_schema", derive)
    with pytest.raises(AlteredDatabaseError, match="not a clean smpdesk database"):
        open_clinic(path)


def test_an_older_file_is_judged_against_the_schema_of_its_own_age(tmp_path, fresh_cache):
    """Not the snapshot: a file with fewer migrations applied is derived, then migrated."""
    path = tmp_path / "old.sqlite3"
    conn = connect(path)
    conn.execute("PRAGMA page_size=8192")
    db = sqlite_utils.Database(conn, execute_plugins=False)
    first_two = [m.name for m in schema_check._all_migrations(schema.migrations)][:2]
    schema.migrations.apply(db, stop_before=schema_snapshot.MIGRATIONS[2])
    assert schema_check.schema_difference(conn, schema.migrations, first_two) == ""
    # Judged against the snapshot (the full schema), the same file would be refused.
    assert schema_check.schema_difference(conn, schema.migrations, list(schema_snapshot.MIGRATIONS))
    conn.close()
    open_clinic(path).close()


def test_a_file_as_the_migrations_wrote_it_is_checked_without_normalising(
    tmp_path, fresh_cache, monkeypatch
):
    """The fast path (the text SQLite keeps equals the snapshot's); statistics tables
    that ANALYZE writes keep it; text quoted differently takes the full comparison."""
    path = tmp_path / "clinic.sqlite3"
    open_clinic(path, create=True).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("ANALYZE")
    conn.close()
    normalised: list[object] = []
    real_normal = schema_check._normal

    def counting(obj: schema_check.SchemaObject) -> schema_check.SchemaObject:
        normalised.append(obj[1])
        return real_normal(obj)

    monkeypatch.setattr(schema_check, "_normal", counting)
    open_clinic(path).close()
    assert set(normalised) <= {"sqlite_stat1", "sqlite_stat4"}

    # The same index, spelled with other quoting and spacing: not the snapshot's text,
    # so it is normalised and compared, and accepted as before.
    index = next(o for o in schema_snapshot.OBJECTS if o[0] == "index" and " ON " in (o[3] or ""))
    respelled = index[3].replace(" ON ", "  ON ", 1)
    assert respelled != index[3]
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f'DROP INDEX "{index[1]}"')
        conn.execute(respelled)
    conn.close()
    normalised.clear()
    open_clinic(path).close()
    assert index[1] in normalised
