"""The client list to CSV and .xlsx (issue 19): columns, filters, order, roles, safety, audit."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import openpyxl
import pytest

from smpdesk.app import clients
from smpdesk.app.client_list_export import ACTION, HEADERS, export_client_list, kind_of
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError
from smpdesk.store import staff as staff_store

FORMULA = '=HYPERLINK("http://evil.example/x","Click")'
SECRET_NOTE = "scarring after FUE, keloid history"


def _add(db: Clinic, given: str, family: str, **more: str) -> clients.Client:
    return clients.add_client(db, ClientDetails(given_name=given, family_name=family, **more))


@pytest.fixture
def listed(db: Clinic) -> dict[str, clients.Client]:
    """A few clients with every exported field, one archived, one named like a formula."""
    found = {
        "ola": _add(
            db,
            "Ola",
            "Bråthen",
            preferred_name="Ole",
            date_of_birth="1984-03-27",
            sex="male",
            phone="0770 0900123",
            email="ola@example.com",
            address="12 High Street\nOslo",
            notes=SECRET_NOTE,
        ),
        "ada": _add(db, "Ada", "Lovelace", date_of_birth="1975-12-10", sex="female"),
        "formula": _add(db, FORMULA, "Injection", phone="+44 7700 900123"),
        "gone": _add(db, "Grace", "Hopper", sex="undisclosed"),
    }
    clients.archive_client(db, found["gone"].id)
    return found


def _csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # BOM, CRLF: Excel-ready
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _xlsx_rows(path: Path) -> list[list[str]]:
    sheet = openpyxl.load_workbook(path).active
    return [["" if c.value is None else c.value for c in row] for row in sheet.iter_rows()]


def test_csv_has_the_importers_headers_and_every_field_but_the_notes(db, listed, tmp_path):
    target = tmp_path / "clients.csv"
    done = export_client_list(db, target)
    assert (done.path, done.kind, done.count) == (target, "csv", 3)
    rows = _csv_rows(target)
    assert rows[0] == list(HEADERS)
    assert rows[0] == [
        "Client number",
        "Given name",
        "Family name",
        "Preferred name",
        "Date of birth",
        "Sex",
        "Phone",
        "Email",
        "Address",
        "Archived",
        "Language",
    ]
    by_family = {row[2]: row for row in rows[1:]}
    assert set(by_family) == {"Bråthen", "Lovelace", "Injection"}  # not the archived one
    ola = listed["ola"]
    assert by_family["Bråthen"] == [
        ola.client_number,
        "Ola",
        "Bråthen",
        "Ole",
        "1984-03-27",
        "Male",
        "0770 0900123",
        "ola@example.com",
        "12 High Street\nOslo",
        "No",
        "",  # the clinic's own language
    ]
    # The formula is neutralised for spreadsheets; the phone number stays dialable.
    assert by_family["Injection"][1] == "'" + FORMULA
    assert by_family["Injection"][6] == "+44 7700 900123"
    assert SECRET_NOTE.encode() not in target.read_bytes()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_xlsx_round_trips_every_cell_as_text(db, listed, tmp_path):
    target = tmp_path / "clients.xlsx"
    done = export_client_list(db, target, archived="all")
    assert (done.kind, done.count) == ("xlsx", 4)
    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert sheet.title == "Clients"
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert all(c.font.b for c in sheet[1]) and sheet.freeze_panes == "A2"
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.value is None or (cell.data_type == "s" and isinstance(cell.value, str))
    rows = {row[2]: row for row in _xlsx_rows(target)[1:]}
    assert rows["Bråthen"][4] == "1984-03-27"  # a date of birth as ISO text, not a serial
    assert rows["Bråthen"][8] == "12 High Street\nOslo"
    assert rows["Hopper"][5] == "Prefers not to say" and rows["Hopper"][9] == "Yes"
    # The client named like a formula stays that text, exactly (no apostrophe needed).
    formula_cell = next(c for c in sheet["B"] if c.value == FORMULA)
    assert formula_cell.data_type == "s"
    assert SECRET_NOTE not in str(_xlsx_rows(target))
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_the_search_and_filter_choose_the_clients_in_the_lists_order(db, listed, tmp_path):
    found = export_client_list(db, tmp_path / "found.csv", search="lovelace")
    assert [r[2] for r in _csv_rows(found.path)[1:]] == ["Lovelace"]
    archived = export_client_list(db, tmp_path / "archived.xlsx", archived="archived")
    assert [r[2] for r in _xlsx_rows(archived.path)[1:]] == ["Hopper"]
    # The window's order: by given name, Z to A.
    ordered = export_client_list(
        db, tmp_path / "ordered.csv", archived="all", sort="given", descending=True
    )
    assert [r[1] for r in _csv_rows(ordered.path)[1:]] == ["Ola", "Grace", "Ada", "'" + FORMULA]


def test_inside_name_matches_follow_as_the_window_shows_them_not_as_the_cli_lists(
    db, listed, tmp_path
):
    _add(db, "Athena", "Smith")
    shown = export_client_list(db, tmp_path / "shown.csv", search="athen")
    # Word start first (Athena), then inside a name (Bråthen), as the list shows them.
    assert [r[2] for r in _csv_rows(shown.path)[1:]] == ["Smith", "Bråthen"]
    listed_only = export_client_list(db, tmp_path / "cli.csv", search="athen", inside_words=False)
    assert [r[2] for r in _csv_rows(listed_only.path)[1:]] == ["Smith"]


def test_the_clinics_own_files_and_existing_files_are_refused(db, listed, tmp_path):
    before = db.path.read_bytes()
    for own in (db.path, Path(f"{db.path}-wal")):
        with pytest.raises(UserError, match="clinic database"):
            export_client_list(db, own, overwrite=True)
    assert db.path.read_bytes() == before
    existing = tmp_path / "kept.csv"
    existing.write_text("keep me")
    with pytest.raises(UserError, match="already exists"):
        export_client_list(db, existing)
    assert existing.read_text() == "keep me"
    export_client_list(db, existing, overwrite=True)
    assert _csv_rows(existing)[0] == list(HEADERS)
    with pytest.raises(UserError, match=r"\.csv or \.xlsx"):
        export_client_list(db, tmp_path / "clients.txt")
    assert not (tmp_path / "clients.txt").exists()
    assert kind_of("A.XLSX") == "xlsx"


@pytest.fixture
def as_role(db_path: Path):
    """Open the test clinic as a signed-in person of each role."""
    handles: list[Clinic] = []

    def open_as(role: Role) -> Clinic:
        first = open_clinic(db_path)
        staff_id = staff_store.insert_staff(first, role.value, role.value.title(), role)
        first.close()
        handle = open_clinic(db_path)
        handle.staff = Staff(staff_id, role.value, role.value.title(), role)
        handles.append(handle)
        return handle

    yield open_as
    for handle in handles:
        handle.close()


def test_reception_exports_the_same_columns_and_never_the_notes(as_role, listed, tmp_path):
    desk = as_role(Role.RECEPTION)
    done = export_client_list(desk, tmp_path / "desk.xlsx")
    rows = _xlsx_rows(done.path)
    # Reception sees date of birth and address on a client's page: they are in its list too.
    assert rows[0] == list(HEADERS)
    ola = next(r for r in rows if r[2] == "Bråthen")
    assert ola[4] == "1984-03-27" and ola[8] == "12 High Street\nOslo"
    assert SECRET_NOTE not in str(rows)


def test_each_export_is_audited_with_its_count_and_no_names(as_role, listed, tmp_path):
    practitioner = as_role(Role.PRACTITIONER)
    export_client_list(practitioner, tmp_path / "list.csv", archived="all")
    entry = practitioner.execute(
        "SELECT action, client_id, outcome, staff_name, detail FROM audit_log "
        "ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert entry[:4] == (ACTION, None, "done", "Practitioner")
    assert json.loads(entry[4]) == {"clients": 4, "format": "csv"}
    trail = str(practitioner.execute("SELECT * FROM audit_log").fetchall())
    for client in listed.values():
        assert client.family_name not in trail


def test_rows_are_read_a_page_at_a_time_not_a_query_per_client(db, tmp_path):
    from smpdesk.store.clients import insert_clients

    insert_clients(
        db,
        [ClientDetails(given_name=f"G{i}", family_name=f"F{i:04d}") for i in range(1200)],
    )
    queries: list[str] = []
    db.conn.set_trace_callback(queries.append)
    try:
        done = export_client_list(db, tmp_path / "many.xlsx")
    finally:
        db.conn.set_trace_callback(None)
    assert done.count == 1200
    client_reads = [q for q in queries if "FROM clients" in q]
    assert len(client_reads) <= 5, len(client_reads)  # the ids once, then pages of 500
    rows = _xlsx_rows(done.path)
    assert [r[2] for r in rows[1:4]] == ["F0000", "F0001", "F0002"] and len(rows) == 1201


def test_a_cancel_from_progress_writes_nothing(db, tmp_path):
    from smpdesk.store.clients import insert_clients

    insert_clients(db, [ClientDetails(given_name="G", family_name=f"F{i}") for i in range(2500)])
    seen: list[tuple[int, int]] = []

    def cancel_at_2000(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 2000:
            raise KeyboardInterrupt  # stands in for the window's Cancelled

    for name in ("cancelled.csv", "cancelled.xlsx"):
        with pytest.raises(KeyboardInterrupt):
            export_client_list(db, tmp_path / name, progress=cancel_at_2000)
        assert not (tmp_path / name).exists()
    assert seen[:2] == [(1000, 2500), (2000, 2500)]
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".xlsx", ".part")] == []


def _details(db: Clinic) -> list[tuple[object, ...]]:
    found = [clients.get_client(db, i) for i in clients.search_client_ids(db, "", archived="all")]
    return sorted(
        (
            c.given_name,
            c.family_name,
            c.preferred_name,
            c.date_of_birth,
            c.sex,
            c.phone,
            c.email,
            c.address,
        )
        for c in found
        if c is not None
    )


@pytest.mark.parametrize("ending", [".csv", ".xlsx"])
def test_an_export_imports_again_into_the_same_details(db, tmp_path, ending):
    """The contract with the importer (issue 19, H1): its headers, its field values."""
    from smpdesk.app import client_import
    from smpdesk.app.demo import populate
    from smpdesk.domain.client_import import guess_mapping

    populate(db, 25)
    done = export_client_list(db, tmp_path / f"list{ending}", archived="all")
    other = open_clinic(tmp_path / "other.sqlite3", create=True)
    try:
        table = client_import.read_import_file(other, done.path)
        report = client_import.import_clients(
            other, table, guess_mapping(table.headers), add_duplicates=True
        )
        assert (len(report.added), report.problems) == (done.count, ())
        assert _details(other) == _details(db)
    finally:
        other.close()
