"""Photo import, storage, tagging, export and deletion (headless)."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import photos
from smpdesk.domain.client_details import ClientDetails
from smpdesk.errors import UserError


def jpeg(path: Path, size=(800, 600), colour=(200, 160, 140)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG", quality=90)
    return path


@pytest.fixture
def client_id(db) -> int:
    return client_cases.add_client(db, ClientDetails(given_name="Øyvind", family_name="Sæther")).id


def test_import_stores_metadata_bytes_and_thumbnail(db, client_id, tmp_path):
    path = jpeg(tmp_path / "IMG_0001.jpg", (4000, 3000))
    [result] = photos.import_photos(
        db, client_id, [path], visit_date=date(2026, 11, 3), angle="front"
    )
    assert result.imported, result.reason
    photo = store.get_photo(db, result.photo_id)
    assert (photo.visit_date, photo.angle, photo.consent) == ("2026-11-03", "front", "clinical")
    assert max(photo.width, photo.height) == 3000
    stored = Image.open(io.BytesIO(store.photo_image(db, photo.id)))
    assert stored.format == "JPEG" and max(stored.size) == 3000
    thumb = Image.open(io.BytesIO(store.photo_thumbnails(db, [photo.id])[photo.id]))
    assert max(thumb.size) <= 320
    assert photo.source_name == "IMG_0001.jpg"


def test_listing_never_reads_image_bytes(db, client_id, tmp_path):
    photos.import_photos(db, client_id, [jpeg(tmp_path / "a.jpg")])
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    store.client_photos(db, client_id)
    db.conn.set_trace_callback(None)
    assert statements and not any("photo_images" in s or "thumbnail" in s for s in statements)


def test_same_file_twice_is_reported_not_stored(db, client_id, tmp_path):
    path = jpeg(tmp_path / "same.jpg")
    photos.import_photos(db, client_id, [path])
    [again] = photos.import_photos(db, client_id, [path])
    assert not again.imported
    assert again.reason.startswith("already imported on ")
    assert len(store.client_photos(db, client_id)) == 1


def test_bad_files_are_refused_with_a_reason_and_the_batch_goes_on(db, client_id, tmp_path):
    good = jpeg(tmp_path / "good.jpg")
    text = tmp_path / "notes.jpg"
    text.write_text("not a picture at all")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    whole = jpeg(tmp_path / "whole.jpg", (1600, 1200), (10, 200, 30)).read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) // 2])
    results = photos.import_photos(db, client_id, [text, good, empty, cut])
    assert [r.imported for r in results] == [False, True, False, False]
    assert "not a picture" in results[0].reason
    assert results[3].reason == "file is damaged or incomplete"
    assert len(store.client_photos(db, client_id)) == 1
    assert db.execute("SELECT count(*) FROM photo_images").fetchone()[0] == 1


def test_cancel_stops_between_files_and_leaves_no_partial_rows(db, client_id, tmp_path):
    paths = [jpeg(tmp_path / f"{i}.jpg", colour=(i * 20, 100, 100)) for i in range(5)]
    seen: list[int] = []
    results = photos.import_photos(
        db,
        client_id,
        paths,
        progress=lambda done, _r: seen.append(done),
        cancelled=lambda: len(seen) >= 2,
    )
    assert len(results) == 2
    counts = [
        db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("photos", "photo_images", "photo_thumbnails")
    ]
    assert counts == [2, 2, 2]


def test_retag_many_and_delete_really_removes_bytes(db, client_id, tmp_path):
    ids = [
        r.photo_id
        for r in photos.import_photos(
            db, client_id, [jpeg(tmp_path / f"{i}.jpg", colour=(i * 30, 90, 90)) for i in range(3)]
        )
    ]
    assert photos.retag(db, ids[:2], angle="crown", consent="marketing") == 2
    assert {p.angle for p in store.client_photos(db, client_id, angle="crown")} == {"crown"}
    assert len(store.client_photos(db, client_id, angle="crown")) == 2
    with pytest.raises(UserError):
        photos.retag(db, ids, visit_date="2999-01-01")
    assert store.delete_photo(db, ids[0])
    assert store.get_photo(db, ids[0]) is None
    assert (
        db.execute("SELECT count(*) FROM photo_images WHERE photo_id = ?", [ids[0]]).fetchone()[0]
        == 0
    )
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_export_and_comparison(db, client_id, tmp_path):
    first, latest = (
        photos.import_photos(
            db, client_id, [jpeg(tmp_path / n, colour=c)], visit_date=d, angle="front"
        )[0].photo_id
        for n, c, d in (
            ("first.jpg", (220, 180, 150), date(2026, 9, 1)),
            ("latest.jpg", (120, 100, 90), date(2026, 11, 3)),
        )
    )
    exported = photos.export_photo(db, first, tmp_path / "out.png")
    assert exported.suffix == ".jpg" and Image.open(exported).format == "JPEG"
    both = Image.open(io.BytesIO(photos.comparison_jpeg(db, first, latest)))
    assert both.format == "JPEG" and both.width > both.height


def test_unknown_client_angle_and_session_are_user_errors(db, client_id, tmp_path):
    path = jpeg(tmp_path / "a.jpg")
    with pytest.raises(UserError, match="no client"):
        photos.import_photos(db, 999, [path])
    with pytest.raises(UserError, match="Unknown angle"):
        photos.import_photos(db, client_id, [path], angle="sideways")
    with pytest.raises(UserError, match="does not belong"):
        photos.import_photos(db, client_id, [path], session_id=12345)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smpdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_import_list_export(tmp_path):
    db_path = tmp_path / "clinic.sqlite3"
    assert run_cli("init", "--db", str(db_path)).returncode == 0
    cid = run_cli("clients", "add", "--db", str(db_path), "--given", "A", "--family", "B").stdout
    good = jpeg(tmp_path / "good.jpg")
    bad = tmp_path / "bad.jpg"
    bad.write_text("hello")
    result = run_cli(
        "photos",
        "import",
        "--db",
        str(db_path),
        "--client",
        cid.strip(),
        "--angle",
        "crown",
        str(good),
        str(bad),
    )
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("good.jpg: imported as id ")
    assert lines[1].startswith("bad.jpg: refused: ")
    listed = json.loads(
        run_cli("photos", "list", "--db", str(db_path), "--client", cid.strip(), "--json").stdout
    )
    assert [p["angle"] for p in listed] == ["crown"]
    out = tmp_path / "exported.jpg"
    exported = run_cli(
        "photos", "export", "--db", str(db_path), "--photo", str(listed[0]["id"]), "-o", str(out)
    )
    assert exported.returncode == 0 and Image.open(out).format == "JPEG"
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM photos").fetchone()[0] == 1
    conn.close()


def test_photos_from_a_session_day_belong_to_that_session(db, client_id, tmp_path):
    from smpdesk.domain.session_details import SessionDetails

    sid = store.insert_session(db, client_id, SessionDetails("2026-11-03", "second"))
    [result] = photos.import_photos(
        db, client_id, [jpeg(tmp_path / "a.jpg")], visit_date=date(2026, 11, 3)
    )
    assert store.get_photo(db, result.photo_id).session_id == sid


def test_same_file_for_another_client_is_refused(db, client_id, tmp_path):
    other = client_cases.add_client(db, ClientDetails(given_name="Aoife", family_name="Byrne"))
    path = jpeg(tmp_path / "scalp.jpg")
    photos.import_photos(db, client_id, [path])
    [again] = photos.import_photos(db, other.id, [path])
    assert again.reason == "already imported for another client (C00001)"


def test_visit_dates_and_sessions_stay_consistent(db, client_id, tmp_path):
    from smpdesk.domain.session_details import SessionDetails

    sid = store.insert_session(db, client_id, SessionDetails("2026-11-03", "second"))
    with pytest.raises(UserError, match="future"):
        photos.import_photos(db, client_id, [jpeg(tmp_path / "a.jpg")], visit_date=date(2999, 1, 1))
    with pytest.raises(UserError, match="was on 2026-11-03"):
        photos.import_photos(
            db, client_id, [jpeg(tmp_path / "a.jpg")], session_id=sid, visit_date=date(2026, 1, 1)
        )
    [result] = photos.import_photos(
        db, client_id, [jpeg(tmp_path / "b.jpg")], visit_date=date(2026, 10, 1)
    )
    assert store.get_photo(db, result.photo_id).session_id is None
    photos.retag(db, [result.photo_id], visit_date="2026-11-03")
    assert store.get_photo(db, result.photo_id).session_id == sid


def test_export_to_a_folder_is_refused(db, client_id, tmp_path):
    [result] = photos.import_photos(db, client_id, [jpeg(tmp_path / "a.jpg")])
    with pytest.raises(UserError, match="is a folder"):
        photos.export_photo(db, result.photo_id, tmp_path)


def test_folder_import_skips_hidden_companion_files(tmp_path):
    jpeg(tmp_path / "IMG_1.jpg")
    (tmp_path / "._IMG_1.jpg").write_bytes(b"\x00\x05\x16\x07")
    assert [p.name for p in photos.files_in_folder(tmp_path)] == ["IMG_1.jpg"]
