"""The two landmarks marked on a photo: saved, read back, refused, and gone with the photo."""

from __future__ import annotations

import io
import math
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from smpdesk.app import clients, erasure, photos
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.domain.alignment import AlignmentError, Similarity
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.designs import Point
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError
from smpdesk.store import audit as audit_store
from smpdesk.store import photo_landmarks as landmark_store
from smpdesk.store import staff as staff_store

VISIT = date.today() - timedelta(days=30)
BROWS = (Point(0.41, 0.52), Point(0.59, 0.515))


@pytest.fixture
def staffed(db_path: Path) -> dict[Role, Clinic]:
    handles = {}
    for role in Role:
        handle = open_clinic(db_path)
        staff_id = staff_store.insert_staff(handle, role.value, f"{role.title()} Person", role)
        handle.staff = Staff(staff_id, role.value, f"{role.title()} Person", role)
        handles[role] = handle
    yield handles
    for handle in handles.values():
        handle.close()


def _photo(db: Clinic, tmp_path: Path, seed: int = 1, client_id: int | None = None):
    if client_id is None:
        client_id = clients.add_client(
            db, ClientDetails(given_name="Kwame", family_name="Mensah")
        ).id
    picture = tmp_path / f"p{seed}.jpg"
    picture.write_bytes(synthetic_scalp("front", seed, seed=seed))
    [result] = photos.import_photos(db, client_id, [picture], visit_date=VISIT, angle="front")
    assert result.photo_id is not None, result.reason
    return client_id, result.photo_id


def test_marks_are_saved_read_back_and_replaced(staffed, tmp_path):
    practitioner = staffed[Role.PRACTITIONER]
    client_id, photo_id = _photo(practitioner, tmp_path)
    assert photos.photo_landmarks(practitioner, photo_id) is None

    photos.set_photo_landmarks(practitioner, photo_id, BROWS)
    assert photos.photo_landmarks(practitioner, photo_id) == BROWS
    stored = landmark_store.photo_landmarks(practitioner, photo_id)
    assert stored is not None and stored.set_by == practitioner.staff.id
    assert stored.set_at.startswith(str(date.today().year)[:3])

    again = (Point(0.4, 0.5), Point(0.6, 0.5))
    photos.set_photo_landmarks(practitioner, photo_id, again)
    assert photos.photo_landmarks(practitioner, photo_id) == again
    assert practitioner.execute("SELECT count(*) FROM photo_landmarks").fetchone()[0] == 1

    # Marking is noted (ids only), each look at them is not.
    actions = [e.action for e in audit_store.entries(practitioner, client_id=client_id)]
    assert actions.count("photos.set_photo_landmarks") == 2
    assert "photos.photo_landmarks" not in actions
    trail = repr(practitioner.execute("SELECT * FROM audit_log").fetchall())
    assert "0.41" not in trail and "0.59" not in trail

    assert photos.clear_photo_landmarks(practitioner, photo_id) is True
    assert photos.photo_landmarks(practitioner, photo_id) is None
    assert photos.clear_photo_landmarks(practitioner, photo_id) is False


def test_reception_neither_marks_nor_reads_them(staffed, tmp_path):
    _client_id, photo_id = _photo(staffed[Role.PRACTITIONER], tmp_path)
    reception = staffed[Role.RECEPTION]
    for call in (
        lambda: photos.set_photo_landmarks(reception, photo_id, BROWS),
        lambda: photos.photo_landmarks(reception, photo_id),
        lambda: photos.clear_photo_landmarks(reception, photo_id),
    ):
        with pytest.raises(AccessRefused, match=r"mark landmarks|see photos"):
            call()
    assert reception.execute("SELECT count(*) FROM photo_landmarks").fetchone()[0] == 0
    photos.set_photo_landmarks(staffed[Role.OWNER], photo_id, BROWS)


@pytest.mark.parametrize(
    "points",
    [
        (Point(0.5, 0.5), Point(0.5, 0.5)),
        (Point(0.5, 0.5), Point(0.505, 0.502)),
        (Point(-0.1, 0.5), Point(0.6, 0.5)),
        (Point(0.4, 0.5), Point(0.6, 1.01)),
        (Point(float("nan"), 0.5), Point(0.6, 0.5)),
        (Point(0.4, float("inf")), Point(0.6, 0.5)),
    ],
)
def test_unusable_marks_are_refused_and_the_earlier_ones_kept(db, tmp_path, points):
    _client_id, photo_id = _photo(db, tmp_path)
    photos.set_photo_landmarks(db, photo_id, BROWS)
    with pytest.raises(AlignmentError) as caught:
        photos.set_photo_landmarks(db, photo_id, points)
    assert isinstance(caught.value, UserError) and "\n" not in str(caught.value)
    assert photos.photo_landmarks(db, photo_id) == BROWS


def test_a_photo_that_is_not_there_is_said_plainly(db):
    with pytest.raises(UserError, match="no photo with id 4242"):
        photos.set_photo_landmarks(db, 4242, BROWS)
    assert db.execute("SELECT count(*) FROM photo_landmarks").fetchone()[0] == 0


@pytest.mark.parametrize(
    "stored",
    [
        "[[NaN, 0.5], [0.6, 0.5]]",
        "[[0.4, 0.5]]",
        '{"a": 1}',
        "[" * 3000,
        "x" * 100_000,
        "[[0.5, 0.5], [0.5, 0.5]]",
        "[[1e999, 0.5], [0.6, 0.5]]",
    ],
)
def test_crafted_marks_in_the_file_read_as_not_marked(db, tmp_path, stored):
    """A row written by something else (a crafted file, a restore of one) never breaks the
    compare window: the photo just asks to be marked again, and marking replaces the row."""
    _client_id, photo_id = _photo(db, tmp_path)
    with db.conn:
        db.execute(
            "INSERT INTO photo_landmarks (photo_id, points, set_by, set_at) VALUES (?, ?, ?, ?)",
            [photo_id, stored, "not a staff id", 12],
        )
    assert photos.photo_landmarks(db, photo_id) is None
    photos.set_photo_landmarks(db, photo_id, BROWS)
    assert photos.photo_landmarks(db, photo_id) == BROWS


def test_a_blob_or_number_in_the_points_column_reads_as_not_marked(db, tmp_path):
    _client_id, photo_id = _photo(db, tmp_path)
    for stored in (b"[[0.4, 0.5], [0.6, 0.5]]", 3.5, 7):
        with db.conn:
            db.execute("DELETE FROM photo_landmarks")
            db.execute(
                "INSERT INTO photo_landmarks (photo_id, points, set_at) VALUES (?, ?, 'x')",
                [photo_id, stored],
            )
        assert photos.photo_landmarks(db, photo_id) is None


def test_marks_go_with_the_photo_and_with_an_erased_client(db, tmp_path):
    client_id, first = _photo(db, tmp_path, seed=1)
    _same, second = _photo(db, tmp_path, seed=2, client_id=client_id)
    other_client, kept = _photo(db, tmp_path, seed=3)
    for photo_id in (first, second, kept):
        photos.set_photo_landmarks(db, photo_id, BROWS)

    assert photos.delete_photo(db, first)
    assert db.execute("SELECT photo_id FROM photo_landmarks ORDER BY photo_id").fetchall() == [
        (second,),
        (kept,),
    ]

    number = clients.get_client(db, client_id).client_number
    erasure.erase_client(db, client_id, confirmation=number, reason="asked in writing")
    assert db.execute("SELECT photo_id FROM photo_landmarks").fetchall() == [(kept,)]
    assert photos.photo_landmarks(db, kept) == BROWS
    assert other_client != client_id


def test_marks_follow_a_merged_photo(db, tmp_path):
    keep_id, _photo_kept = _photo(db, tmp_path, seed=1)
    merge_id = clients.add_client(db, ClientDetails(given_name="Kwame", family_name="Mensa")).id
    _same, moved = _photo(db, tmp_path, seed=2, client_id=merge_id)
    photos.set_photo_landmarks(db, moved, BROWS)
    clients.merge_clients(db, keep_id, merge_id)
    assert photos.get_photo(db, moved).client_id == keep_id
    assert photos.photo_landmarks(db, moved) == BROWS


def _textured(size=(900, 600)) -> Image.Image:
    """A picture with detail everywhere, so a misalignment shows in the pixels."""
    rng = np.random.default_rng(3)
    coarse = rng.integers(40, 220, size=(size[1] // 12, size[0] // 12, 3), dtype=np.uint8)
    return Image.fromarray(coarse).resize(size, Image.Resampling.BICUBIC)


def test_the_exported_pair_is_lined_up_by_the_marks(db, tmp_path):
    before = _textured()
    moved = Similarity(0.8 * math.cos(0.2), 0.8 * math.sin(0.2), 150.0, -40.0)
    back = moved.inverse()
    after = before.transform(
        before.size,
        Image.Transform.AFFINE,
        (back.a, -back.b, back.tx, back.b, back.a, back.ty),
        resample=Image.Resampling.BICUBIC,
    )
    client_id = clients.add_client(db, ClientDetails(given_name="Ana", family_name="Lima")).id
    ids = []
    for name, picture in (("before", before), ("after", after)):
        path = tmp_path / f"{name}.png"
        picture.save(path)
        [result] = photos.import_photos(db, client_id, [path], visit_date=VISIT, angle="front")
        ids.append(result.photo_id)
    with pytest.raises(UserError, match="Mark the two points on both photos first"):
        photos.comparison_jpeg(db, *ids, aligned=True)

    marks = ((300.0, 250.0), (620.0, 380.0))  # any two points: where they went is known
    photos.set_photo_landmarks(db, ids[0], tuple(Point(x / 900, y / 600) for x, y in marks))
    moved_marks = [moved.apply(x, y) for x, y in marks]
    photos.set_photo_landmarks(db, ids[1], tuple(Point(x / 900, y / 600) for x, y in moved_marks))

    def halves(data: bytes) -> tuple[np.ndarray, np.ndarray]:
        pair = np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(int)
        half = (pair.shape[1] - 12) // 2  # the gap between the two is height // 100
        return pair[:1000, :half], pair[:1000, -half:]

    left, right = halves(photos.comparison_jpeg(db, *ids, aligned=True))
    inner = (slice(350, 650), slice(500, 1000))  # inside what the moved picture covers
    lined_up = np.abs(left[inner] - right[inner]).mean()
    left, right = halves(photos.comparison_jpeg(db, *ids))
    as_taken = np.abs(left[inner] - right[inner]).mean()
    assert lined_up < 6 and lined_up * 4 < as_taken, (lined_up, as_taken)
