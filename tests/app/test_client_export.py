"""A client's own data, exported: every record in the summary, the JSON, the files as stored."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from smpdesk.app import aftercare, client_export, clients, photos, questionnaires, sessions
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo import populate
from smpdesk.app.demo.forms import fill
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.dates import format_long_date
from smpdesk.domain.session_details import SessionDetails
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError
from smpdesk.paths import shipped_forms_dir
from smpdesk.questionnaire.loader import load_form
from smpdesk.store import audit as audit_store
from smpdesk.store import client_data
from smpdesk.store import staff as staff_store
from tests.paper_records import ON_PAPER

TODAY = date.today()


def _session(day: date, kind: str, lot: str) -> SessionDetails:
    return SessionDetails(
        session_date=day.isoformat(),
        session_type=kind,
        start_time="10:00",
        end_time="13:00",
        practitioner="Aoife Byrne",
        areas="hairline,temples",
        pigment_brand="Umbra Scalp Pigment",
        pigment_shade="Soft Black",
        pigment_lot=lot,
        needle_config="3RL",
        notes="First pass light; <b>no</b> bleeding.",
    )


@dataclasses.dataclass
class Rich:
    client_id: int
    session_ids: list[int]
    lots: list[str]
    photo_ids: list[int]
    response_ids: list[int]


def rich_client(db: Clinic, tmp_path: Path) -> Rich:
    """A client with everything: edits to details and a session, photos (one retagged),
    three questionnaires (a signed consent record), a draft and an aftercare sheet given;
    among demo clients whose records must not leak into the export."""
    populate(db, 4)
    client = clients.add_client(
        db,
        ClientDetails(
            given_name="Łukasz",
            family_name="Żółkiewski",
            date_of_birth="1984-03-27",
            phone="07700 900123",
            email="lukasz@example.com",
            notes="Prefers mornings.",
        ),
    )
    clients.update_client(
        db, client.id, dataclasses.replace(client.details(), phone="07700 900456")
    )
    first = sessions.record_session(
        db,
        client.id,
        _session(TODAY - timedelta(days=20), "first", "UM-2607-A"),
        override_reason=ON_PAPER,
    )
    second = sessions.record_session(
        db,
        client.id,
        _session(TODAY - timedelta(days=9), "second", "UM-2609-C"),
        override_reason=ON_PAPER,
    )
    # The lot was typed wrong: the edit keeps the first lot in the history.
    sessions.update_session(
        db, first.id, dataclasses.replace(first.details, pigment_lot="GR-2605-B")
    )
    # Deleted (the owner's act): gone from every list, never from the client's records.
    wrong = sessions.record_session(
        db,
        client.id,
        _session(TODAY - timedelta(days=5), "third", "DEL-9999-Z"),
        override_reason=ON_PAPER,
    )
    sessions.delete_session(db, wrong.id, "Recorded for the wrong client by mistake")
    pictures = []
    for index, angle in enumerate(("front", "crown")):
        path = tmp_path / f"{angle}.jpg"
        path.write_bytes(synthetic_scalp(angle, index, seed=5 + index))
        pictures.append((path, angle))
    photo_ids = []
    for path, angle in pictures:
        [result] = photos.import_photos(
            db, client.id, [path], visit_date=second.session_date, angle=angle
        )
        assert result.photo_id is not None, result.reason
        photo_ids.append(result.photo_id)
    photos.retag(db, [photo_ids[1]], angle="top")
    response_ids = []
    for form_id in ("intake", "medical", "consent"):
        spec = load_form(shipped_forms_dir() / f"{form_id}.toml")
        answers = fill(spec, None, seed=11, today=TODAY)
        response_ids.append(questionnaires.finish(db, client.id, spec, answers).id)
    intake = load_form(shipped_forms_dir() / "intake.toml")
    questionnaires.save_draft(db, client.id, intake, fill(intake, None, seed=3, today=TODAY), 0)
    sheet = aftercare.aftercare_pdf(db, client.id, second.id)
    aftercare.record_aftercare_given(db, sheet, "printed")
    return Rich(
        client.id,
        [first.id, second.id, wrong.id],
        ["GR-2605-B", "UM-2609-C", "UM-2607-A", "DEL-9999-Z"],
        photo_ids,
        response_ids,
    )


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _squashed(value: str) -> str:
    return " ".join(value.split())


def _package(path: Path) -> dict[str, bytes]:
    """Every file of an export (folder or ZIP), by its name inside."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    return {
        str(file.relative_to(path).as_posix()): file.read_bytes()
        for file in sorted(path.rglob("*"))
        if file.is_file()
    }


@pytest.mark.parametrize("name", ["export.zip", "export-folder"])
def test_an_export_holds_every_record_as_summary_json_photos_and_records(db, tmp_path, name):
    rich = rich_client(db, tmp_path)
    target = tmp_path / "out" / name
    target.parent.mkdir()
    result = client_export.export_client(db, rich.client_id, target)
    assert result.path == target.resolve()
    assert result.zipped == name.endswith(".zip")
    assert (result.sessions, result.photos, result.consent_records) == (3, 2, 1)
    files = _package(target)
    assert set(files) == set(result.files)
    assert {"summary.pdf", "client.json"} <= set(files)

    # The summary: the client, each session's date and lot (and the lot before the edit),
    # and every question the client was shown.
    text = _squashed(_pdf_text(files["summary.pdf"]))
    assert "Łukasz Żółkiewski" in text
    for row in client_data.client_data(db, rich.client_id).rows("sessions"):
        day = date.fromisoformat(str(row["session_date"]))
        assert format_long_date(day) in text
    assert "Recorded for the wrong client by mistake" in text
    for lot in rich.lots:
        assert lot in text
    assert "<b>no</b> bleeding" in text  # escaped, printed as typed
    assert "07700 900123" in text and "07700 900456" in text  # the details' history
    for response_id in rich.response_ids:
        opened = questionnaires.open_response(db, response_id)
        pages = questionnaires.record_pages(opened.spec, opened.response.answers, "uk", today=TODAY)
        for page in pages:
            for item in page.answers:
                if item.kind == "question":
                    assert _squashed(item.text)[:60] in text, item.text
    assert "Aftercare sheet" in text and "Printed" in text
    assert "(not finished)" in text  # the draft

    # The JSON: versioned, every session, response, photo and edit, nothing of another client.
    document = json.loads(files["client.json"])
    assert (document["format"], document["format_version"]) == ("smpdesk-client-export", 1)
    tables = document["tables"]
    assert [c["id"] for c in tables["clients"]] == [rich.client_id]
    assert {s["id"] for s in tables["sessions"]} == set(rich.session_ids)
    assert {r["id"] for r in tables["responses"]} == set(rich.response_ids)
    assert {p["id"] for p in tables["photos"]} == set(rich.photo_ids)
    assert len(tables["client_versions"]) == 1
    assert tables["client_versions"][0]["details"]["phone"] == "07700 900123"
    assert "UM-2607-A" in [v["details"]["pigment_lot"] for v in tables["session_versions"]]
    [deleted] = [s for s in tables["sessions"] if s["deleted_at"]]
    assert deleted["pigment_lot"] == "DEL-9999-Z"
    assert len(tables["response_drafts"]) == 1
    assert len(tables["handouts_given"]) == 1
    assert isinstance(tables["responses"][0]["answers"], dict)
    for rows in tables.values():
        for row in rows:
            assert row.get("client_id", rich.client_id) == rich.client_id
            assert not client_data.DERIVED_COLUMNS & set(row)
    assert {"pigment_lot_key", "follow_up_due"} <= client_data.DERIVED_COLUMNS
    assert document["omitted_columns"]["photo_images"] == ["image"]
    used = {r["definition_sha256"] for r in tables["responses"]}
    assert used <= {d["sha256"] for d in document["form_definitions"]}
    # It round-trips: what was written is what the export builds.
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document

    # The photos: valid JPEGs, byte for byte the stored ones; the records as signed.
    by_id = {f["id"]: f for f in document["files"] if f["kind"] == "photo"}
    assert set(by_id) == set(rich.photo_ids)
    for photo_id, entry in by_id.items():
        stored = photos.photo_jpeg(db, photo_id)
        assert files[entry["path"]] == stored
        assert entry["sha256"] == hashlib.sha256(stored).hexdigest()
        with Image.open(io.BytesIO(files[entry["path"]])) as image:
            assert image.format == "JPEG"
            assert not image.getexif()
    photo = photos.get_photo(db, rich.photo_ids[1])
    assert by_id[rich.photo_ids[1]]["path"] == f"photos/{photo.visit_date}_top_{photo.id}.jpg"
    [record] = [f for f in document["files"] if f["kind"] == "consent_record"]
    assert record["path"].startswith("consent/") and record["path"].endswith(".pdf")
    assert files[record["path"]] == questionnaires.consent_record(db, record["id"])


def test_the_summary_fits_the_clinic_paper_and_numbers_its_pages(db, tmp_path):
    from smpdesk.app.clinic import load_settings, save_settings

    rich = rich_client(db, tmp_path)
    save_settings(db, dataclasses.replace(load_settings(db), paper="Letter"))
    target = tmp_path / "letter.zip"
    client_export.export_client(db, rich.client_id, target)
    reader = pypdf.PdfReader(io.BytesIO(_package(target)["summary.pdf"]))
    total = len(reader.pages)
    assert total >= 3
    for number, page in enumerate(reader.pages, start=1):
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            612,
            792,
        )
        assert f"Page {number} of {total}" in page.extract_text()
    fonts = {
        str(font.get("/BaseFont"))
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert fonts and all("DejaVu" in f for f in fonts), fonts


def test_reception_is_refused_and_logged_and_nothing_is_written(db_path, tmp_path):
    first = open_clinic(db_path)
    rich = rich_client(first, tmp_path)
    ids = {r: staff_store.insert_staff(first, r.value, r.value.title(), r) for r in Role}
    first.close()
    for role, allowed in ((Role.RECEPTION, False), (Role.PRACTITIONER, True), (Role.OWNER, True)):
        handle = open_clinic(db_path)
        handle.staff = Staff(ids[role], role.value, role.value.title(), role)
        target = tmp_path / f"{role.value}.zip"
        try:
            if allowed:
                client_export.export_client(handle, rich.client_id, target)
                assert target.is_file()
            else:
                with pytest.raises(AccessRefused, match="cannot export a client's data"):
                    client_export.export_client(handle, rich.client_id, target)
                assert not target.exists()
            newest = audit_store.entries(handle, limit=1)[0]
            assert (newest.action, newest.client_id, newest.staff_id, newest.outcome) == (
                "client_export.export_client",
                rich.client_id,
                ids[role],
                "done" if allowed else "refused",
            )
        finally:
            handle.close()
    assert not list(tmp_path.glob(".*.part"))


def test_the_export_is_named_in_the_json_by_who_made_it(db_path, tmp_path):
    first = open_clinic(db_path)
    rich = rich_client(first, tmp_path)
    staff_id = staff_store.insert_staff(first, "priya", "Priya Nair", Role.PRACTITIONER)
    first.close()
    handle = open_clinic(db_path)
    handle.staff = Staff(staff_id, "priya", "Priya Nair", Role.PRACTITIONER)
    try:
        client_export.export_client(handle, rich.client_id, tmp_path / "by.zip")
    finally:
        handle.close()
    files = _package(tmp_path / "by.zip")
    assert json.loads(files["client.json"])["exported_by"] == "Priya Nair"
    assert "Priya Nair" in _pdf_text(files["summary.pdf"])


def test_the_clinic_files_and_existing_targets_are_refused(db, db_path, tmp_path):
    rich = rich_client(db, tmp_path)
    before = db_path.read_bytes()
    for target in (db_path, Path(f"{db_path}-wal"), db_path.parent / "backups" / "x.zip"):
        with pytest.raises(UserError, match=r"clinic database|backups folder"):
            client_export.export_client(db, rich.client_id, target, overwrite=True)
    assert db_path.read_bytes() == before

    existing = tmp_path / "existing.zip"
    existing.write_bytes(b"keep me")
    with pytest.raises(UserError, match="already exists"):
        client_export.export_client(db, rich.client_id, existing)
    assert existing.read_bytes() == b"keep me"
    client_export.export_client(db, rich.client_id, existing, overwrite=True)
    assert zipfile.is_zipfile(existing)

    folder = tmp_path / "someone's documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("mine")
    for overwrite in (False, True):
        with pytest.raises(UserError, match=r"already has files|not an earlier client export"):
            client_export.export_client(db, rich.client_id, folder, overwrite=overwrite)
    assert (folder / "letter.txt").read_text() == "mine"
    assert sorted(p.name for p in folder.iterdir()) == ["letter.txt"]

    a_file = tmp_path / "plain-file"
    a_file.write_text("x")
    with pytest.raises(UserError, match="is a file, not a folder"):
        client_export.export_client(db, rich.client_id, a_file, overwrite=True)

    with pytest.raises(UserError, match="does not exist"):
        client_export.export_client(db, rich.client_id, tmp_path / "nowhere" / "x.zip")
    with pytest.raises(UserError, match="no client with id 999"):
        client_export.export_client(db, 999, tmp_path / "nobody.zip")
    assert not (tmp_path / "nobody.zip").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_an_empty_folder_is_used_and_an_earlier_export_replaced_only_with_force(db, tmp_path):
    rich = rich_client(db, tmp_path)
    folder = tmp_path / "export"
    folder.mkdir()
    client_export.export_client(db, rich.client_id, folder)
    assert (folder / "client.json").is_file()
    assert os.stat(folder).st_mode & 0o777 == 0o700
    assert os.stat(folder / "summary.pdf").st_mode & 0o777 == 0o600
    with pytest.raises(UserError, match="add --force"):
        client_export.export_client(db, rich.client_id, folder)
    (folder / "photos" / "stale.jpg").write_bytes(b"old")
    client_export.export_client(db, rich.client_id, folder, overwrite=True)
    assert not (folder / "photos" / "stale.jpg").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".export")) == []


def test_a_failure_half_way_leaves_nothing_behind(db, tmp_path, monkeypatch):
    import errno

    from smpdesk.infra import client_package

    rich = rich_client(db, tmp_path)
    real_write = client_package._write_folder

    def full_disk(folder, entries, progress):
        def boom(done, total, name):
            if done == 2:
                raise OSError(errno.ENOSPC, "No space left on device")

        return real_write(folder, entries, boom)

    monkeypatch.setattr(client_package, "_write_folder", full_disk)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError, match="disk is full, so the export was not written"):
        client_export.export_client(db, rich.client_id, out / "folder")
    assert list(out.iterdir()) == []


def test_names_inside_are_safe_whatever_the_data_says(db, tmp_path):
    from smpdesk.infra.client_package import safe_part

    assert safe_part("../../etc/passwd") == "etc-passwd"
    assert safe_part("front\x1b[2J\n") == "front-2J"
    assert safe_part("Żółć ..", "x") == "Zolc"
    assert safe_part("", "undated") == "undated"
    rich = rich_client(db, tmp_path)
    # A crafted file could hold any angle text: the name inside stays one safe part.
    from smpdesk.store.database import write

    with write(db):
        db.execute(
            "UPDATE photos SET angle = ?, visit_date = ? WHERE id = ?",
            ["../../x\x07", "not a date", rich.photo_ids[0]],
        )
    client_export.export_client(db, rich.client_id, tmp_path / "safe.zip")
    names = _package(tmp_path / "safe.zip")
    assert f"photos/undated_x_{rich.photo_ids[0]}.jpg" in names
    assert all(".." not in n and "\x07" not in n for n in names)


def test_client_data_finds_tables_it_was_never_told_about(db, tmp_path):
    rich = rich_client(db, tmp_path)
    from smpdesk.store.database import write

    # A table a later version might add, keyed by one of the client's sessions.
    db.conn.execute("CREATE TABLE session_extras (session_id INTEGER, what TEXT, pic BLOB)")
    with write(db):
        db.execute(
            "INSERT INTO session_extras VALUES (?, 'theirs', x'00'), (999, 'not theirs', NULL)",
            [rich.session_ids[0]],
        )
    data = client_data.client_data(db, rich.client_id)
    assert data.tables["session_extras"] == [{"session_id": rich.session_ids[0], "what": "theirs"}]
    assert data.omitted["session_extras"] == ("pic",)
    assert "audit_log" not in data.tables and "staff" not in data.tables
    assert not [t for t in data.tables if t.startswith(("clients_fts", "clients_phone_fts"))]
    db.conn.execute("DROP TABLE session_extras")
