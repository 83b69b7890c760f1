"""The language of a client's own papers (issue 20, L1): stored, checked, kept, exported.

``clients.language`` (migration 0025) is an ISO 639-1 code of
``smpdesk.domain.languages.LANGUAGES`` or "" for the clinic's own.  These tests follow
it through every place a client's details go: the check both fronts share, the row,
the list, the versions an edit keeps, a merge, the client's own export, the list
export and its import back, a spreadsheet import, erasure, and an older clinic file.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from smpdesk.app import client_export, client_import, clients, erasure
from smpdesk.app.client_list_export import HEADERS, export_client_list
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.domain.client_details import ClientDetails, validate
from smpdesk.domain.client_import import SourceTable, guess_mapping, parse_language
from smpdesk.domain.languages import LANGUAGES
from smpdesk.errors import ValidationError

DATA = Path(__file__).parents[1] / "data"


def _add(db: Clinic, given: str, family: str, **more: str) -> clients.Client:
    return clients.add_client(db, ClientDetails(given_name=given, family_name=family, **more))


def _language_column(db: Clinic) -> tuple[str, str, int]:
    [(kind, default, notnull)] = [
        (row[2], row[4], row[3])
        for row in db.execute("PRAGMA table_info(clients)").fetchall()
        if row[1] == "language"
    ]
    return kind, default, notnull


# -- the check --------------------------------------------------------------------------


def test_only_the_languages_papers_are_written_in_are_accepted():
    base = ClientDetails(given_name="Łukasz", family_name="Żółkiewski")
    for code in ["", *LANGUAGES]:
        assert "language" not in validate(ClientDetails(**{**base.as_dict(), "language": code}))
    problems = validate(ClientDetails(**{**base.as_dict(), "language": "fr"}))
    assert problems["language"] == (
        "Choose one of the languages smpdesk writes papers in: "
        "en (English), es (Español), de (Deutsch), pl (Polski)."
    )
    # Typed or pasted in capitals, with stray spaces: the same code, nothing to retype.
    shouting = ClientDetails(**{**base.as_dict(), "language": " PL "})
    assert shouting.cleaned().language == "pl"
    assert "language" not in validate(shouting)


def test_a_refused_language_saves_nothing(db):
    with pytest.raises(ValidationError) as refused:
        _add(db, "Zoë", "Brontë", language="klingon")
    assert set(refused.value.fields) == {"language"}
    assert clients.count_clients(db, "all") == 0


# -- the row ----------------------------------------------------------------------------


def test_the_column_is_text_never_null_and_the_clinics_own_by_default(db):
    assert _language_column(db) == ("TEXT", "''", 1)
    plain = _add(db, "Ada", "Lovelace")
    assert plain.language == "" and plain.details().language == ""
    # A row written by an older version's INSERT (no language named) is the clinic's own.
    db.execute(
        "INSERT INTO clients (id, client_number, given_name, family_name, created_at, updated_at) "
        "VALUES (900, 'C00900', 'Old', 'Row', '2026-01-01', '2026-01-01')"
    )
    assert clients.get_client(db, 900).language == ""


def test_added_read_listed_and_changed(db):
    added = _add(db, "Łukasz", "Żółkiewski", language="pl")
    again = clients.get_client(db, added.id)
    assert again.language == "pl" and again.details().language == "pl"
    assert clients.list_rows(db, [added.id])[added.id].language == "pl"
    clients.update_client(
        db, added.id, ClientDetails(**{**again.details().as_dict(), "language": "es"})
    )
    assert clients.get_client(db, added.id).language == "es"


def test_an_edit_keeps_the_earlier_language_in_the_clients_versions(db):
    added = _add(db, "Jürgen", "Müller", language="de")
    details = added.details()
    clients.update_client(db, added.id, ClientDetails(**{**details.as_dict(), "language": ""}))
    clients.update_client(db, added.id, ClientDetails(**{**details.as_dict(), "language": "pl"}))
    versions = clients.client_versions(db, added.id)
    assert [v.details.language for v in versions] == ["de", ""]
    assert clients.get_client(db, added.id).language == "pl"


def test_a_version_saved_before_the_field_existed_reads_as_the_clinics_own(db):
    added = _add(db, "Zoë", "Brontë", language="es")
    clients.update_client(
        db, added.id, ClientDetails(**{**added.details().as_dict(), "sex": "female"})
    )
    stored = json.loads(
        db.execute(
            "SELECT details FROM client_versions WHERE client_id = ?", [added.id]
        ).fetchone()[0]
    )
    assert stored["language"] == "es"
    stored.pop("language")  # as a version kept before migration 0025 holds it
    db.execute(
        "UPDATE client_versions SET details = ? WHERE client_id = ?",
        [json.dumps(stored), added.id],
    )
    [old] = clients.client_versions(db, added.id)
    assert old.details.language == "" and old.details.given_name == "Zoë"


def test_a_merge_keeps_the_chosen_language(db):
    keep = _add(db, "Iñaki", "Muñoz", phone="07700 900111")
    other = _add(db, "Iñaki", "Muñoz", phone="07700 900111", language="es")
    chosen = ClientDetails(**{**keep.details().as_dict(), "language": other.language})
    clients.merge_clients(db, keep.id, other.id, chosen)
    assert clients.get_client(db, keep.id).language == "es"


def test_an_older_clinic_file_upgrades_with_every_client_in_the_clinics_language(tmp_path):
    path = tmp_path / "v6.sqlite3"
    shutil.copy(DATA / "clinic-schema-v6.sqlite3", path)
    db = open_clinic(path)
    try:
        assert _language_column(db) == ("TEXT", "''", 1)
        ids = clients.search_client_ids(db, "", archived="all")
        assert ids and {clients.get_client(db, i).language for i in ids} == {""}
        first = clients.get_client(db, ids[0])
        clients.update_client(
            db, first.id, ClientDetails(**{**first.details().as_dict(), "language": "pl"})
        )
        assert clients.get_client(db, first.id).language == "pl"
    finally:
        db.close()


# -- out of the clinic and back in ------------------------------------------------------


def test_the_clients_own_export_holds_the_language_in_the_json_and_the_summary(db, tmp_path):
    import pypdf

    added = _add(db, "Łukasz", "Żółkiewski", language="pl")
    clients.update_client(
        db, added.id, ClientDetails(**{**added.details().as_dict(), "language": "de"})
    )
    target = tmp_path / "export.zip"
    client_export.export_client(db, added.id, target)
    with zipfile.ZipFile(target) as archive:
        document = json.loads(archive.read("client.json"))
        summary = archive.read("summary.pdf")
    [row] = document["tables"]["clients"]
    assert row["language"] == "de"
    assert document["tables"]["client_versions"][0]["details"]["language"] == "pl"
    text = " ".join(
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(summary)).pages
    )
    assert "Papers in Deutsch" in text.replace(":", "")
    assert "Polski" in text  # the earlier version, by its name


def test_the_list_export_names_the_language_and_imports_back_to_the_same_code(db, tmp_path):
    for given, family, code in (("Ana", "Peña", "es"), ("Ola", "Nowak", "pl"), ("Ed", "Ng", "")):
        _add(db, given, family, language=code)
    done = export_client_list(db, tmp_path / "list.csv")
    rows = list(csv.reader(io.StringIO(done.path.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == list(HEADERS) and HEADERS[-1] == "Language"
    assert sorted(r[-1] for r in rows[1:]) == ["", "Español", "Polski"]

    other = open_clinic(tmp_path / "other.sqlite3", create=True)
    try:
        table = client_import.read_import_file(other, done.path)
        mapping = guess_mapping(table.headers)
        assert mapping[len(HEADERS) - 1] == "language"
        report = client_import.import_clients(other, table, mapping, add_duplicates=True)
        assert report.problems == ()
        back = {
            (c.given_name, c.language)
            for c in (clients.get_client(other, i) for i in clients.search_client_ids(other, ""))
        }
        assert back == {("Ana", "es"), ("Ola", "pl"), ("Ed", "")}
    finally:
        other.close()


@pytest.mark.parametrize("header", ["Language", "Idioma", "Sprache", "Język", "Preferred language"])
def test_a_language_column_is_found_by_its_header_in_each_language(header):
    assert guess_mapping(["Name", "Phone", header]) == {0: "full_name", 1: "phone", 2: "language"}


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("pl", "pl"),
        ("PL", "pl"),
        ("pl-PL", "pl"),
        ("es_ES", "es"),
        ("Polski", "pl"),
        ("polish", "pl"),
        ("Español", "es"),
        ("castellano", "es"),
        ("Spanisch", "es"),
        ("Deutsch", "de"),
        ("alemán", "de"),
        ("Niemiecki", "de"),
        ("English", "en"),
        ("Inglés", "en"),
        ("", ""),
        ("  ", ""),
        ("Français", "Français"),  # not one smpdesk writes in: left for the row's check
    ],
)
def test_the_language_is_read_by_its_code_or_its_name(written, code):
    assert parse_language(written) == code


def test_an_import_reads_codes_and_names_and_names_a_row_it_cannot_use(db):
    table = SourceTable(
        file_name="clients.csv",
        headers=("Imię", "Nazwisko", "Język"),
        rows=(
            ("Łukasz", "Żółkiewski", "polski"),
            ("Ana", "Peña", "ES"),
            ("Käthe", "Weiß", "Deutsch"),
            ("Ed", "Ng", ""),
            ("Marie", "Dupré", "Français"),
        ),
        row_numbers=(2, 3, 4, 5, 6),
        encoding="utf-8",
        delimiter=",",
        sheet="",
    )
    mapping = guess_mapping(table.headers)
    assert mapping == {0: "given_name", 1: "family_name", 2: "language"}
    report = client_import.import_clients(db, table, mapping)
    assert [(r.row, r.details.language) for r in report.added] == [
        (2, "pl"),
        (3, "es"),
        (4, "de"),
        (5, ""),
    ]
    [problem] = report.problems
    assert problem.row == 6
    assert problem.reason.startswith("The language is not usable: choose one of the languages")
    assert "Dupré" not in problem.reason and "Marie" not in problem.reason
    stored = {clients.get_client(db, r.client_id).language for r in report.added}
    assert stored == {"pl", "es", "de", ""}


def test_erasure_takes_the_language_with_the_row_and_its_versions(db):
    added = _add(db, "Łukasz", "Żółkiewski", language="pl")
    clients.update_client(
        db, added.id, ClientDetails(**{**added.details().as_dict(), "language": "de"})
    )
    erasure.erase_client(db, added.id, confirmation=added.client_number, reason="asked in writing")
    assert clients.get_client(db, added.id) is None
    assert db.execute("SELECT count(*) FROM clients WHERE language != ''").fetchone()[0] == 0
    assert (
        db.execute(
            "SELECT count(*) FROM client_versions WHERE client_id = ?", [added.id]
        ).fetchone()[0]
        == 0
    )
