"""Design versions in the clinic file (issue 17, migration 0020): numbered, kept as saved,
approved once, moved by a merge and gone with an erasure (photo landmarks too)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.designs import Base, Design, Point, Zone
from smpdesk.store import clients as client_store
from smpdesk.store import designs as design_store
from smpdesk.store import erasure as erasure_store
from smpdesk.store import merge as merge_store
from smpdesk.store import photos as photo_store
from smpdesk.store.engine import ERRORS

JPEG = b"\xff\xd8\xff\xe0 not decoded by the store"
PNG = b"\x89PNG\r\n\x1a\n signature bytes"


def _client(db, family: str) -> int:
    return client_store.insert_client(db, ClientDetails(given_name="Ola", family_name=family))


def _photo(db, client_id: int, tag: str) -> int:
    return photo_store.insert_photo(
        db,
        photo_store.NewPhoto(
            client_id=client_id,
            visit_date="2025-03-01",
            angle="front",
            consent="clinical",
            session_id=None,
            captured_at=None,
            width=400,
            height=300,
            thumb_width=40,
            thumb_height=30,
            content_hash=f"hash-{tag}",
            source_name=f"{tag}.jpg",
            source_format="JPEG",
            image=JPEG,
            thumbnail=JPEG,
        ),
    )


def _data(*, photo_id: int | None = None, zones: int = 2) -> str:
    square = (Point(0.2, 0.2), Point(0.4, 0.2), Point(0.3, 0.4))
    return Design(
        base=Base(photo_id=photo_id) if photo_id else Base(outline="top"),
        aspect=4 / 3,
        zones=tuple(Zone("crown", square, density=30.0) for _ in range(zones)),
    ).to_json()


def _save(db, client_id: int, **kwargs) -> int:
    photo_id = kwargs.pop("photo_id", None)
    return design_store.insert_design(
        db,
        client_id,
        data=kwargs.pop("data", None) or _data(photo_id=photo_id),
        base_photo_id=photo_id,
        preview=b"preview-jpeg",
        thumbnail=b"thumb-jpeg",
        created_by_name="Sam Lee",
        **kwargs,
    )


def test_versions_count_up_per_client_and_are_listed_newest_first(db):
    ola, ben = _client(db, "Bråthen"), _client(db, "Other")
    first = _save(db, ola, now="2025-03-01T10:00:00+00:00")
    _save(db, ben, now="2025-03-01T10:30:00+00:00")
    second = _save(db, ola, replaces=first, now="2025-03-02T10:00:00+00:00")
    got = design_store.get_design(db, second)
    assert got is not None
    assert (got.version, got.replaces, got.client_id, got.created_by_name) == (
        2,
        first,
        ola,
        "Sam Lee",
    )
    listed = design_store.client_designs(db, [ola])
    assert [(r.id, r.version) for r in listed] == [(second, 2), (first, 1)]
    assert (listed[0].zones, listed[0].outline, listed[0].photo_angle) == (2, "top", None)
    assert [r.version for r in design_store.client_designs(db, [ben])] == [1]
    assert design_store.design_preview(db, second) == b"preview-jpeg"
    assert design_store.design_thumbnail(db, second) == b"thumb-jpeg"
    assert design_store.newest_design(db, [ola]).id == second  # type: ignore[union-attr]
    assert design_store.design_counts(db, [ola]) == (2, None)


def test_the_list_reads_the_base_photo_and_survives_a_crafted_row(db):
    ola = _client(db, "Bråthen")
    photo = _photo(db, ola, "front")
    on_photo = _save(db, ola, photo_id=photo)
    crafted = _save(db, ola, data='{"zones": "not a list", "base": 7')
    by_id = {r.id: r for r in design_store.client_designs(db, [ola])}
    assert (by_id[on_photo].photo_angle, by_id[on_photo].photo_visit) == ("front", "2025-03-01")
    assert (by_id[crafted].zones, by_id[crafted].outline) == (0, None)


def test_a_saved_version_never_changes_and_is_approved_once(db):
    ola = _client(db, "Bråthen")
    design = _save(db, ola)
    for column, value in (("data", _data(zones=5)), ("preview", b"x"), ("version", 9)):
        with pytest.raises(ERRORS, match="versioned"):
            db.execute(f"UPDATE designs SET {column} = ? WHERE id = ?", [value, design])
    at = datetime(2025, 3, 2, 9, 0, tzinfo=UTC).isoformat()
    assert design_store.approve(db, design, signature=PNG, signed_name="Ola B", now=at)
    assert not design_store.approve(db, design, signature=b"other", signed_name="Someone")
    got = design_store.get_design(db, design)
    assert (got.approved_at, got.approved_name) == (at, "Ola B")  # type: ignore[union-attr]
    assert design_store.design_signature(db, design) == PNG
    with pytest.raises(ERRORS, match="as the client signed it"):
        db.execute("UPDATE designs SET approved_name = 'X' WHERE id = ?", [design])
    assert design_store.approvals(db, [ola]) == [(design, at)]
    assert design_store.design_counts(db, [ola]) == (1, at)


def test_a_merge_moves_designs_with_their_numbers_and_the_next_follows_both(db):
    keep, merged = _client(db, "Keep"), _client(db, "Merged")
    _save(db, keep)
    _save(db, keep)
    theirs = _save(db, merged)
    merge_store.merge_clients(db, keep, merged, ClientDetails(given_name="Ola", family_name="Keep"))
    assert sorted(r.version for r in design_store.client_designs(db, [keep])) == [1, 1, 2]
    assert design_store.get_design(db, theirs).client_id == keep  # type: ignore[union-attr]
    after = _save(db, keep, filed_under=merge_store.client_ids(db, keep))
    assert design_store.get_design(db, after).version == 3  # type: ignore[union-attr]


def test_a_version_left_with_a_merged_record_is_still_numbered_after(db):
    """``filed_under`` counts a tombstone's rows, should any stay behind."""
    keep, merged = _client(db, "Keep"), _client(db, "Merged")
    _save(db, merged)
    _save(db, merged)
    new = _save(db, keep, filed_under=[keep, merged])
    assert design_store.get_design(db, new).version == 3  # type: ignore[union-attr]


def test_an_erasure_takes_the_designs_and_the_landmarks_of_the_clients_photos(db):
    ola, ben = _client(db, "Bråthen"), _client(db, "Other")
    ola_photo, ben_photo = _photo(db, ola, "ola"), _photo(db, ben, "ben")
    first = _save(db, ola, photo_id=ola_photo)
    _save(db, ola, replaces=first)  # a version pointing at another: erased in order
    design_store.approve(db, first, signature=PNG, signed_name="Ola B")
    kept = _save(db, ben, photo_id=ben_photo)
    for photo in (ola_photo, ben_photo):
        db.execute(
            "INSERT INTO photo_landmarks (photo_id, points, set_at) VALUES (?, ?, ?)",
            [photo, json.dumps([[0.4, 0.3], [0.6, 0.3]]), "2025-03-01T10:00:00+00:00"],
        )
    counts = erasure_store.owned_row_counts(db, ola)
    assert (counts["designs"], counts["photo_landmarks"]) == (2, 1)
    erased = erasure_store.erase_client(db, ola, reason="asked to be forgotten")
    assert erased is not None and erased.removed["designs"] == 2
    assert db.execute("SELECT count(*) FROM designs WHERE client_id = ?", [ola]).fetchone() == (0,)
    assert db.execute("SELECT photo_id FROM photo_landmarks").fetchall() == [(ben_photo,)]
    assert [r.id for r in design_store.client_designs(db, [ben])] == [kept]


def test_an_erasure_takes_the_designs_of_a_record_merged_in(db):
    keep, merged = _client(db, "Keep"), _client(db, "Merged")
    _save(db, merged)
    merge_store.merge_clients(db, keep, merged, ClientDetails(given_name="Ola", family_name="Keep"))
    erasure_store.erase_client(db, keep, reason="asked")
    assert db.execute("SELECT count(*) FROM designs").fetchone() == (0,)
