"""The client import end to end: dry run, duplicates, problems, one batch, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from smpdesk import store
from smpdesk.app import client_import as imports
from smpdesk.app import clients as client_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import load_settings, save_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.client_import import SourceTable, guess_mapping
from smpdesk.domain.session_details import SessionDetails
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError
from smpdesk.store import staff as staff_store


def _table(headers: tuple[str, ...], *rows: tuple[str, ...], name: str = "list.csv"):
    return SourceTable(
        file_name=name,
        headers=headers,
        rows=tuple(rows),
        row_numbers=tuple(range(2, len(rows) + 2)),
        encoding="utf-8",
        delimiter=",",
        sheet="",
    )


HEADERS = ("Name", "DOB", "Phone", "Email", "Gender")


def _sample():
    return _table(
        HEADERS,
        ("Smith, Ann", "14/03/1985", "07700 900111", "ann@example.com", "F"),  # on file
        ("Bo Lund", "27/03/1984", "", "", "m"),
        ("Bo Lund", "27/03/1984", "", "", ""),  # same as the row above
        ("", "01/01/1980", "", "", ""),  # no name
        ("Cy Park", "31/02/1980", "", "", ""),  # no such date
        ("Di Vance", "", "", "not-an-email", ""),
        ("Ed Ng", "", "12", "", ""),
        ("Fay Orr", "", "", "", "?"),
    )


@pytest.fixture
def on_file(db):
    return client_cases.add_client(
        db, ClientDetails(given_name="Ann", family_name="Smith", phone="+44 7700 900111")
    )


def test_the_dry_run_reports_and_writes_nothing(db, on_file):
    table = _sample()
    report = imports.plan_import(db, table, guess_mapping(table.headers))
    assert report.dry_run and report.batch_id is None
    assert [(r.row, r.details.given_name, r.details.family_name, r.details.date_of_birth,
             r.details.sex, r.client_id) for r in report.added] == [
        (3, "Bo", "Lund", "1984-03-27", "male", None),
        (9, "Fay", "Orr", "", "", None),
    ]  # fmt: skip
    assert [(d.row, d.reasons, [c.id for c in d.matches], d.rows) for d in report.duplicates] == [
        (2, ("phone",), [on_file.id], ()),
        (4, ("name and date of birth",), [], (3,)),
    ]
    assert [(p.row, p.reason) for p in report.problems] == [
        (5, "The row has no name."),
        (6, "The date of birth is not a date (31/02/1980)."),
        (7, "The email address is not usable: enter an email address like name@example.com."),
        (8, "The phone number is not usable: a phone number has 6 to 15 digits."),
    ]
    assert client_cases.count_clients(db) == 1


def test_the_import_is_one_batch_and_undo_removes_it(db, on_file):
    table = _sample()
    report = imports.import_clients(db, table, guess_mapping(table.headers))
    assert not report.dry_run and report.batch_id is not None
    ids = [r.client_id for r in report.added]
    assert ids == [on_file.id + 1, on_file.id + 2]
    assert store.search_client_ids(db, "lund") == [ids[0]]
    assert store.search_client_ids(db, "und") == []  # word starts only
    (batch,) = imports.import_batches(db)
    assert (batch.id, batch.file_name, batch.count, batch.undone_at) == (
        report.batch_id,
        "list.csv",
        2,
        None,
    )
    again = imports.plan_import(db, table, guess_mapping(table.headers))
    assert {d.row for d in again.duplicates} == {2, 3, 4}  # the rows now on file
    assert imports.undo_import(db, report.batch_id) == 2
    assert client_cases.count_clients(db) == 1
    assert store.search_client_ids(db, "lund") == []
    assert db.execute("INSERT INTO clients_fts(clients_fts) VALUES ('integrity-check')")
    (batch,) = imports.import_batches(db)
    assert batch.undone_at is not None
    with pytest.raises(UserError, match="undone already"):
        imports.undo_import(db, report.batch_id)
    with pytest.raises(UserError, match="no import 99"):
        imports.undo_import(db, 99)
    # The numbers of the undone clients are never given out again.
    later = client_cases.add_client(db, ClientDetails(given_name="Gil", family_name="Ho"))
    assert later.id == ids[-1] + 1


def test_duplicates_are_added_only_when_asked(db, on_file):
    table = _sample()
    report = imports.import_clients(db, table, guess_mapping(table.headers), add_duplicates=True)
    assert [r.row for r in report.added] == [2, 3, 4, 9]
    assert len(report.duplicates) == 2


@pytest.mark.parametrize("record", ["session", "edit", "merge", "archive"])
def test_undo_is_refused_once_a_client_was_used(db, record):
    table = _table(("First", "Last"), ("Bo", "Lund"), ("Cy", "Park"))
    report = imports.import_clients(db, table, guess_mapping(table.headers))
    first, second = (r.client_id for r in report.added)
    assert first is not None and second is not None
    if record == "session":
        session_cases.record_session(
            db, second, SessionDetails(session_date="2026-11-22", session_type="first"),
            override_reason="Signed on paper.",
        )  # fmt: skip
    elif record == "edit":
        client_cases.update_client(db, second, ClientDetails(given_name="Cy", family_name="Parks"))
    elif record == "merge":
        client_cases.merge_clients(db, first, second)
    else:
        client_cases.archive_client(db, second)
    with pytest.raises(UserError, match="cannot be undone"):
        imports.undo_import(db, report.batch_id)
    assert db.execute("SELECT count(*) FROM clients").fetchone() == (2,)  # nothing removed


def test_day_and_month_order(db):
    table = _table(("Name", "Born"), ("Bo Lund", "03/04/1984"), ("Cy Park", "05/06/1990"))
    mapping = guess_mapping(table.headers)
    born = lambda report: [r.details.date_of_birth for r in report.added]  # noqa: E731
    assert born(imports.plan_import(db, table, mapping)) == ["1984-04-03", "1990-06-05"]  # uk
    save_settings(db, load_settings(db).__class__(**{**vars(load_settings(db)),
                                                     "date_style": "us"}))  # fmt: skip
    assert born(imports.plan_import(db, table, mapping)) == ["1984-03-04", "1990-05-06"]
    assert born(imports.plan_import(db, table, mapping, day_first=True))[0] == "1984-04-03"
    decided = _table(("Name", "Born"), ("Bo Lund", "03/04/1984"), ("Cy Park", "25/06/1990"))
    assert born(imports.plan_import(db, decided, mapping))[0] == "1984-04-03"  # 25 decides


def test_a_mapping_without_names_or_with_a_bad_column_is_refused(db):
    table = _table(("Phone",), ("07700 900111",))
    with pytest.raises(UserError, match="which column holds the names"):
        imports.plan_import(db, table, {0: "phone"})
    with pytest.raises(UserError, match="no column 3"):
        imports.plan_import(db, table, {2: "full_name"})
    with pytest.raises(UserError, match="not a field"):
        imports.plan_import(db, table, {0: "shoe_size"})


def test_only_the_owner_imports(db, db_path, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name\nBo Lund\n", encoding="utf-8")
    staff_id = staff_store.insert_staff(db, "desk", "Desk", Role.PRACTITIONER)
    db.staff = Staff(staff_id, "desk", "Desk", Role.PRACTITIONER)
    with pytest.raises(AccessRefused):
        imports.read_import_file(db, path)
    with pytest.raises(AccessRefused):
        imports.undo_import(db, 1)
    db.staff = None
    table = imports.read_import_file(db, Path(path))
    assert table.rows == (("Bo Lund",),)


def test_twenty_thousand_rows_come_in_as_one_batch(db):
    """The size a clinic's spreadsheet reaches; its speed is measured by the benchmark
    (import_clients_20k_s), never asserted here."""
    rows = tuple(
        (f"Given{i} Family{i}", f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i % 50}",
         f"07700 {i:06d}", f"c{i}@example.com")
        for i in range(20_000)
    )  # fmt: skip
    table = _table(("Name", "DOB", "Phone", "Email"), *rows)
    report = imports.import_clients(db, table, guess_mapping(table.headers))
    assert len(report.added) == 20_000 and not report.problems
    ids = [row.client_id for row in report.added]
    assert ids == list(range(ids[0], ids[0] + 20_000))
    assert [batch.count for batch in imports.import_batches(db)] == [20_000]


def test_rows_with_unreadable_characters_are_problems_not_clients(db, tmp_path):
    path = tmp_path / "mixed.csv"
    text = "Given name,Family name,Notes\nJosé,Smith,\nRenée,Doe,\nBo,Lund,café\nZoë,Żółw,\n"
    path.write_bytes(text.encode().replace(b"Ren\xc3\xa9e", b"Ren\xe9e").replace(
        b"caf\xc3\xa9", b"caf\xe9"))  # fmt: skip
    table = imports.read_import_file(db, path)
    assert table.encoding == "utf-8"
    report = imports.import_clients(db, table, {0: "given_name", 1: "family_name", 2: ""})
    assert [(r.row, r.details.given_name) for r in report.added] == [
        (2, "José"), (4, "Bo"), (5, "Zoë")]  # fmt: skip
    assert [(p.row, p.reason) for p in report.problems] == [(3, imports.UNREADABLE)]
    assert "could not be read" in imports.UNREADABLE and "UTF-8" in imports.UNREADABLE
    with_notes = imports.plan_import(db, table, {0: "given_name", 1: "family_name", 2: "notes"})
    assert [p.row for p in with_notes.problems] == [3, 4]  # the notes of row 4 are mapped now


def test_the_file_name_is_stored_clean_and_blanked_when_a_client_is_erased(db):
    from smpdesk.app import erasure as erasure_cases

    table = _table(("First", "Last"), ("Bo", "Lund"), ("Cy", "Park"),
                   name="Jane Doe \x1b[31mHIV\x1b[0m \u202eelif.csv")  # fmt: skip
    report = imports.import_clients(db, table, guess_mapping(table.headers))
    other = imports.import_clients(db, _table(("First", "Last"), ("Di", "Vance"), name="b.csv"),
                                   guess_mapping(("First", "Last")))  # fmt: skip
    assert [b.file_name for b in imports.import_batches(db)] == ["b.csv", "Jane Doe HIV elif.csv"]
    second = report.added[1]
    erasure_cases.erase_client(
        db, second.client_id, confirmation=second.client_number, reason="Asked to be forgotten."
    )
    batches = {b.id: b.file_name for b in imports.import_batches(db)}
    assert batches == {report.batch_id: "", other.batch_id: "b.csv"}
