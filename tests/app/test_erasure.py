"""Erasing a client (GDPR Art. 17): no byte left in the file or its WAL, others untouched,
the register re-applied after a restore, a reused id never hit, hostile register files."""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import shutil
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from smpdesk.app import aftercare, backups, clients, erasure, photos, questionnaires, sessions
from smpdesk.app.access import AccessRefused
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.app.demo import populate
from smpdesk.app.demo.forms import fill
from smpdesk.app.demo.photos import synthetic_scalp
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import UserError
from smpdesk.infra import erasure_register
from smpdesk.infra.erasure_register import RegisterFileError, read_register, register_path
from smpdesk.paths import shipped_forms_dir
from smpdesk.questionnaire.loader import load_form
from smpdesk.store import audit as audit_store
from smpdesk.store import engine
from smpdesk.store import erasure as erasure_store
from smpdesk.store import staff as staff_store
from smpdesk.store.erasure import RegisterRow
from tests.paper_records import ON_PAPER

NAME = ("Zebedee", "Quartermaine")
PHONE = "07700 900461"
EMAIL = "zebedee.quartermaine@example.net"
ADDRESS = "17 Pelican Crescent, Wolverhampton"
REASON = "The client asked in writing on 3 March"


def _file_bytes(path: Path) -> bytes:
    """The clinic file and its WAL, as the disk holds them now (the connection still open)."""
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _chunks(blob: bytes, n: int = 4, size: int = 48) -> list[bytes]:
    """A few stretches of ``blob``, from its middle parts (JPEG headers are everyone's)."""
    step = len(blob) // (n + 1)
    return [blob[step * (i + 1) : step * (i + 1) + size] for i in range(n)]


@dataclasses.dataclass
class Traces:
    client_id: int
    number: str
    texts: list[bytes]  # matched case-insensitively
    blobs: list[bytes]  # matched exactly


def _full_client(db: Clinic, tmp_path: Path) -> Traces:
    """A client with every kind of record, edited so that older versions hold the old name."""
    client = clients.add_client(
        db,
        ClientDetails(
            given_name=NAME[0],
            family_name=NAME[1],
            phone=PHONE,
            email=EMAIL,
            address=ADDRESS,
            notes="Prefers the early slot; Zebedee's scar from 2019",
        ),
    )
    first = sessions.record_session(
        db,
        client.id,
        SessionDetails("2026-01-05", "first", pigment_lot="ZQ-LOT-1", notes="Zebedee calm"),
        override_reason=ON_PAPER,
    )
    sessions.update_session(
        db, first.id, dataclasses.replace(first.details, pigment_lot="ZQ-LOT-2")
    )
    sessions.record_session(
        db, client.id, SessionDetails("2026-01-19", "second"), override_reason=ON_PAPER
    )
    picture = tmp_path / "front.jpg"
    picture.write_bytes(synthetic_scalp("front", 1, seed=7))
    [imported] = photos.import_photos(db, client.id, [picture], session_id=first.id)
    image = photos.photo_jpeg(db, imported.photo_id)
    thumbnails = photos.photo_thumbnails(db, [imported.photo_id])
    thumbnail = next(iter(thumbnails.values()))
    consent = load_form(shipped_forms_dir() / "consent.toml")
    response = questionnaires.finish(
        db, client.id, consent, fill(consent, {}, seed=3, today=date.today())
    )
    record = questionnaires.consent_record(db, response.id)
    intake = load_form(shipped_forms_dir() / "intake.toml")
    questionnaires.save_draft(db, client.id, intake, fill(intake, {}, seed=4), 0)
    sheet = aftercare.aftercare_pdf(db, client.id, first.id)
    aftercare.record_aftercare_given(db, sheet, "saved")
    clients.update_client(
        db,
        client.id,
        ClientDetails(
            given_name="Zeb",
            family_name="Quillfeather",
            phone="01632 960 118",
            email="zq@example.net",
            address=ADDRESS,
        ),
    )
    return Traces(
        client.id,
        client.client_number,
        texts=[
            b"zebedee",
            b"quartermaine",
            b"quillfeather",
            b"07700900461",
            PHONE.encode(),
            b"01632960118",
            EMAIL.encode(),
            b"zq@example.net",
            b"pelican crescent",
        ],
        blobs=[*_chunks(image), *_chunks(thumbnail, 2), *_chunks(record, 3)],
    )


def _found(data: bytes, traces: Traces) -> list[bytes]:
    lower = data.lower()
    return [t for t in traces.texts if t in lower] + [b for b in traces.blobs if b in data]


def _snapshot(db: Clinic, client_ids: list[int]) -> dict[str, list[tuple]]:
    """Everything the other clients have, to compare before and after."""
    marks = ", ".join("?" for _ in client_ids)
    return {
        table: db.execute(
            f"SELECT * FROM {table} WHERE {column} IN ({marks}) ORDER BY rowid", client_ids
        ).fetchall()
        for table, column in (
            ("clients", "id"),
            ("sessions", "client_id"),
            ("photos", "client_id"),
            ("responses", "client_id"),
            ("client_versions", "client_id"),
        )
    }


def test_erasure_leaves_no_byte_of_the_client_in_the_file_or_its_wal(db, db_path, tmp_path):
    others = populate(db, 12)
    traces = _full_client(db, tmp_path)
    clients.update_client(
        db, others[0], ClientDetails(given_name="Ada", family_name="Byron", phone="0161 496 0000")
    )
    before = _snapshot(db, others)
    # Everything looked for is really there first: the search would otherwise prove nothing.
    assert _found(_file_bytes(db_path), traces) == traces.texts + traces.blobs

    done = erasure.erase_client(db, traces.client_id, confirmation=traces.number, reason=REASON)

    assert done.journal_emptied and done.notes == ()
    assert "1 photo" in done.message and "2 sessions" in done.message
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert Path(f"{db_path}-wal").stat().st_size == 0  # checkpointed with TRUNCATE
    assert _found(_file_bytes(db_path), traces) == []
    # Nothing of theirs in any table (the register and the trail hold ids only).
    for table in ("clients", "sessions", "photos", "responses", "response_drafts"):
        column = "id" if table == "clients" else "client_id"
        assert db.execute(
            f"SELECT count(*) FROM {table} WHERE {column} = ?", [traces.client_id]
        ).fetchone() == (0,)
    # The demo clients have none of these: whatever is left would be the erased client's.
    for table in (
        "photos",
        "photo_images",
        "photo_thumbnails",
        "photo_versions",
        "responses",
        "response_documents",
        "response_drafts",
        "handouts_given",
        "session_overrides",
    ):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    assert clients.search_client_ids(db, "quartermaine", archived="all") == []
    assert clients.search_client_ids(db, "07700 900461", archived="all") == []
    # The other clients are exactly as they were, and still found by name and phone.
    assert _snapshot(db, others) == before
    assert clients.search_client_ids(db, "byron") == [others[0]]
    assert clients.search_client_ids(db, "0161 496") == [others[0]]
    [row] = erasure_store.register_rows(db)
    assert (row.client_id, row.reason, row.erased_by) == (traces.client_id, REASON, None)
    sidecar = register_path(db_path).read_bytes()
    assert b"quartermaine" not in sidecar.lower() and REASON.encode() in sidecar


def test_a_client_without_photos_or_forms_is_erased_too_and_nothing_else(db):
    ids = populate(db, 5)
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("sessions",)}
    own = db.execute("SELECT count(*) FROM sessions WHERE client_id = ?", [ids[2]]).fetchone()[0]
    preview = erasure.erasure_preview(db, ids[2])
    assert preview.client_number == f"C{ids[2]:05d}"
    done = erasure.erase_client(
        db, ids[2], confirmation=preview.client_number.lower(), reason="asked by phone"
    )
    assert done.client_number == preview.client_number
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == counts["sessions"] - own
    assert sorted(clients.search_client_ids(db, archived="all")) == sorted(set(ids) - {ids[2]})


def test_the_confirmation_and_the_reason_are_required(db):
    [client_id] = populate(db, 1)
    number = f"C{client_id:05d}"
    with pytest.raises(UserError, match="type their client number"):
        erasure.erase_client(db, client_id, confirmation="C99999", reason=REASON)
    with pytest.raises(UserError, match="reason"):
        erasure.erase_client(db, client_id, confirmation=number, reason="  \u202e ")
    with pytest.raises(UserError, match="under 500"):
        erasure.erase_client(db, client_id, confirmation=number, reason="x" * 501)
    assert clients.get_client(db, client_id) is not None
    assert erasure_store.register_rows(db) == []
    with pytest.raises(UserError, match="no client with id 999"):
        erasure.erase_client(db, 999, confirmation="C00999", reason=REASON)


def test_rows_are_found_from_the_schema_including_tables_added_later(db_path, tmp_path):
    """Tables other work adds (a history without a foreign key, a table keyed by a response)
    are erased too, and a row that names another client is never taken along."""
    db = open_clinic(db_path)
    ids = populate(db, 4)
    consent = load_form(shipped_forms_dir() / "consent.toml")
    mine = questionnaires.finish(db, ids[0], consent, fill(consent, {}, seed=1))
    theirs = questionnaires.finish(db, ids[1], consent, fill(consent, {}, seed=2))
    db.close()
    conn = engine.connect(db_path)
    for pragma in ("foreign_keys=ON", "secure_delete=ON", "trusted_schema=OFF"):
        conn.execute(f"PRAGMA {pragma}")
    raw = sqlite_utils.Database(conn, execute_plugins=False)
    raw.execute(
        "CREATE TABLE response_witnesses (id INTEGER PRIMARY KEY, "
        "response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE RESTRICT, name TEXT)"
    )
    raw.execute("CREATE TABLE reminder_log (id INTEGER PRIMARY KEY, client_id INTEGER, note TEXT)")
    raw.execute(
        "CREATE TABLE witness_notes (id INTEGER PRIMARY KEY, "
        "witness_id INTEGER REFERENCES response_witnesses(id), note TEXT)"
    )
    raw.execute("INSERT INTO response_witnesses VALUES (1, ?, 'Wanda Mine')", [mine.id])
    raw.execute("INSERT INTO response_witnesses VALUES (2, ?, 'Wilma Theirs')", [theirs.id])
    raw.execute("INSERT INTO witness_notes VALUES (1, 1, 'n1'), (2, 2, 'n2')")
    raw.execute("INSERT INTO reminder_log VALUES (1, ?, 'a'), (2, ?, 'b')", [ids[0], ids[1]])
    raw.conn.commit()
    counts = erasure_store.owned_row_counts(raw, ids[0])
    assert counts["response_witnesses"] == 1 and counts["witness_notes"] == 1
    assert counts["reminder_log"] == 1 and "audit_log" not in counts
    erased = erasure_store.erase_client(raw, ids[0], reason="asked")
    assert erased is not None and erased.removed["response_witnesses"] == 1
    assert raw.execute("SELECT name FROM response_witnesses").fetchall() == [("Wilma Theirs",)]
    assert raw.execute("SELECT note FROM witness_notes").fetchall() == [("n2",)]
    assert raw.execute("SELECT note FROM reminder_log").fetchall() == [("b",)]
    assert erasure.describe(erased.removed)[-1].endswith("other records")
    conn.close()


def test_reception_and_practitioners_are_refused_and_the_owner_is_audited(db_path):
    first = open_clinic(db_path)
    [client_id] = populate(first, 1)
    handles: dict[Role, Clinic] = {}
    for role in Role:
        staff_id = staff_store.insert_staff(first, role.value, role.value.title(), role)
        handle = open_clinic(db_path)
        handle.staff = Staff(staff_id, role.value, role.value.title(), role)
        handles[role] = handle
    first.close()
    number = f"C{client_id:05d}"
    try:
        for role in (Role.RECEPTION, Role.PRACTITIONER):
            with pytest.raises(AccessRefused, match="owner"):
                erasure.erase_client(handles[role], client_id, confirmation=number, reason=REASON)
            with pytest.raises(AccessRefused):
                erasure.erasure_preview(handles[role], client_id)
        owner = handles[Role.OWNER]
        assert clients.get_client(owner, client_id) is not None
        erasure.erase_client(owner, client_id, confirmation=number, reason=REASON)
        entries = audit_store.entries(owner, client_id=client_id)
        newest = entries[0]
        assert (newest.action, newest.outcome, newest.staff_id) == (
            "erasure.erase_client",
            "done",
            owner.staff.id,
        )
        assert {e.outcome for e in entries[1:]} == {"refused"}
        assert audit_store.first_broken_link(owner) is None  # nothing of the trail was touched
        trail = owner.execute("SELECT * FROM audit_log").fetchall()
        assert REASON not in repr(trail)
        [row] = erasure_store.register_rows(owner)
        assert row.erased_by == owner.staff.id
    finally:
        for handle in handles.values():
            handle.close()


# -- the register and restores ----------------------------------------------------------


def _erase(db: Clinic, client_id: int, reason: str = REASON) -> erasure.Erased:
    return erasure.erase_client(db, client_id, confirmation=f"C{client_id:05d}", reason=reason)


def test_erasure_survives_a_restore_of_an_older_backup(db, db_path, tmp_path):
    ids = populate(db, 6)
    traces = _full_client(db, tmp_path)
    made = backups.back_up(db, db_path).made.path
    _erase(db, traces.client_id)
    _erase(db, ids[3])
    db.close()

    result = backups.restore(db_path, made)

    assert result.erasure_message == (
        "2 clients erased since this backup was made were removed again."
    )
    assert result.counts["clients"] == len(ids) - 1
    restored = open_clinic(db_path)
    try:
        assert clients.get_client(restored, traces.client_id) is None
        assert clients.get_client(restored, ids[3]) is None
        assert clients.get_client(restored, ids[4]) is not None
        assert {r.client_id for r in erasure_store.register_rows(restored)} == {
            traces.client_id,
            ids[3],
        }
        assert clients.search_client_ids(restored, "quartermaine", archived="all") == []
        assert _found(_file_bytes(db_path), traces) == []
    finally:
        restored.close()
    # Restoring the same backup again says the same; a backup made after says nothing.
    again = backups.restore(db_path, made)
    assert set(again.reapplied.erased) == {traces.client_id, ids[3]}


def test_one_client_removed_again_is_said_in_the_singular(db, db_path):
    ids = populate(db, 3)
    made = backups.back_up(db, db_path).made.path
    _erase(db, ids[0])
    db.close()
    result = backups.restore(db_path, made)
    assert result.erasure_message == "1 client erased since this backup was made was removed again."


def test_a_backup_made_after_the_erasure_brings_nobody_back_and_says_nothing(db, db_path):
    ids = populate(db, 3)
    _erase(db, ids[0])
    made = backups.back_up(db, db_path).made.path
    db.close()
    assert backups.restore(db_path, made).erasure_message == ""


def test_the_register_is_reapplied_from_the_replaced_file_when_the_sidecar_is_gone(db, db_path):
    ids = populate(db, 3)
    made = backups.back_up(db, db_path).made.path
    _erase(db, ids[1])
    db.close()
    register_path(db_path).unlink()
    (made.parent / register_path(db_path).name).unlink()
    result = backups.restore(db_path, made)
    assert result.reapplied.erased == (ids[1],)
    assert register_path(db_path).is_file()  # written again, from the replaced file's register


def test_a_lost_clinic_file_restored_from_its_backups_folder_stays_erased(db, db_path):
    """The laptop's clinic file and the register beside it are gone; the copy kept with the
    backups still removes the client from the older backup."""
    ids = populate(db, 3)
    made = backups.back_up(db, db_path).made.path
    _erase(db, ids[0])
    db.close()
    for suffix in ("", "-wal", "-shm", ".erasures.json"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    assert (made.parent / register_path(db_path).name).is_file()
    result = backups.restore(db_path, made)
    assert result.reapplied.erased == (ids[0],)


def test_a_reused_client_id_is_never_erased(db, db_path):
    ids = populate(db, 3)
    last = ids[-1]
    _erase(db, last)
    newcomer = clients.add_client(db, ClientDetails(given_name="Nadia", family_name="Newcomer"))
    assert newcomer.id > last  # smpdesk no longer gives an erased id again...
    # ...but a version before that fix did (INTEGER PRIMARY KEY without AUTOINCREMENT),
    # and its files are restored too: the register must still match on the creation time.
    with db.conn:
        db.execute(
            "UPDATE clients SET id = ?, client_number = ? WHERE id = ?",
            [last, f"C{last:05d}", newcomer.id],
        )
    made = backups.back_up(db, db_path).made.path
    db.close()
    result = backups.restore(db_path, made)
    assert result.erasure_message == ""
    assert erasure.reapply_after_restore(db_path).erased == ()
    restored = open_clinic(db_path)
    try:
        assert clients.get_client(restored, last).family_name == "Newcomer"
    finally:
        restored.close()


def test_a_crash_after_the_swap_is_finished_with_the_register_at_the_next_start(
    db, db_path, monkeypatch
):
    """Killed after the backup went into place but before the register was applied: the
    journal is still there, and the next start finishes the job."""
    from smpdesk.app import erasure as erasure_module
    from smpdesk.app import restore as restore_module

    ids = populate(db, 3)
    made = backups.back_up(db, db_path).made.path
    _erase(db, ids[0])
    db.close()

    def killed(*_args, **_kwargs):
        raise KeyboardInterrupt  # stands for the power cut, after the swap

    with monkeypatch.context() as patched:
        # restore() looks it up in the erasure module at the moment it applies it.
        patched.setattr(erasure_module, "reapply_after_restore", killed)
        with pytest.raises(KeyboardInterrupt):
            restore_module.restore(db_path, made)
    back = open_clinic(db_path)
    try:
        assert clients.get_client(back, ids[0]) is not None  # the older file, client and all
    finally:
        back.close()
    # The restore's finally put the journal away; a real kill would not have: put it back.
    restore_module._write_journal(
        db_path, restore_module._Plan(99999999, "swapping", None, made.name), new=True
    )
    outcome = backups.finish_interrupted(db_path)
    assert outcome is not None and "1 client erased since" in outcome
    reopened = open_clinic(db_path)
    try:
        assert clients.get_client(reopened, ids[0]) is None
    finally:
        reopened.close()


# -- hostile register files -------------------------------------------------------------


def _created_at(db: Clinic, client_id: int) -> str:
    return db.execute("SELECT created_at FROM clients WHERE id = ?", [client_id]).fetchone()[0]


def _document(entries: list[dict]) -> str:
    return json.dumps(
        {"format": erasure_register.FORMAT, "version": 1, "note": "", "erasures": entries}
    )


def _entry(client_id: int, created_at: str, **changes: object) -> dict:
    return {
        "client_id": client_id,
        "client_created_at": created_at,
        "erased_at": "2026-03-03T10:00:00+00:00",
        "erased_by": None,
        "reason": "asked",
        **changes,
    }


HOSTILE = {
    "garbled bytes": lambda _c: b"\x00\xff{not json",
    "not utf-8": lambda _c: b'{"format": "\xff"}',
    "deeply nested": lambda _c: b"[" * 200_000 + b"]" * 200_000,
    "a huge number": lambda c: _document([_entry(1, c)]).replace(
        '"client_id": 1', '"client_id": ' + "1" * 5000
    ),
    "NaN for an id": lambda c: _document([_entry(1, c)]).replace(
        '"client_id": 1', '"client_id": NaN'
    ),
    "true for an id": lambda c: _document([_entry(1, c)]).replace(
        '"client_id": 1', '"client_id": true'
    ),
    "another format": lambda c: _document([_entry(1, c)]).replace("smpdesk", "other"),
    "a newer version": lambda c: _document([_entry(1, c)]).replace('"version": 1', '"version": 9'),
    "an unknown key": lambda c: _document([_entry(1, c, sql="DROP TABLE clients")]),
    "a control character in a time": lambda c: _document([_entry(1, c + "\u0007")]),
    "the same erasure twice": lambda c: _document([_entry(1, c), _entry(1, c)]),
    "a list, not an object": lambda c: json.dumps([_entry(1, c)]),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_register_file_is_one_sentence_and_erases_nobody(db, db_path, kind):
    ids = populate(db, 2)
    made = backups.back_up(db, db_path).made.path
    created = _created_at(db, ids[0])
    crafted = HOSTILE[kind](created)
    path = register_path(db_path)
    path.write_bytes(crafted.encode() if isinstance(crafted, str) else crafted)
    with pytest.raises(RegisterFileError) as refused:
        read_register(path)
    sentence = str(refused.value)
    assert str(path) in sentence and "\n" not in sentence and sentence.count(". ") == 0
    db.close()
    result = backups.restore(db_path, made)
    assert result.reapplied.erased == ()
    assert sentence in result.erasure_message
    restored = open_clinic(db_path)
    try:
        assert clients.get_client(restored, ids[0]) is not None
    finally:
        restored.close()
    # Kept for whoever wants to look at it; a fresh register beside the clinic.
    assert (
        Path(f"{path}.unreadable").read_bytes()[:20]
        == (crafted.encode() if isinstance(crafted, str) else crafted)[:20]
    )
    assert read_register(path) == []


def test_a_register_naming_a_client_by_id_with_another_creation_time_erases_nobody(db, db_path):
    ids = populate(db, 2)
    created = _created_at(db, ids[0])
    near = created[:-7] + "999999" + created[-6:] if "+" in created else created + "1"
    register_path(db_path).write_text(_document([_entry(ids[0], near), _entry(ids[1], "x")]))
    db.close()
    assert erasure.reapply_after_restore(db_path).erased == ()
    reopened = open_clinic(db_path)
    try:
        assert clients.count_clients(reopened, "all") == 2
        # Copied into the clinic's own register all the same: they name nobody here.
        assert len(erasure_store.register_rows(reopened)) == 2
    finally:
        reopened.close()


def test_a_register_that_names_a_client_exactly_erases_them(db, db_path):
    ids = populate(db, 2)
    register_path(db_path).write_text(_document([_entry(ids[1], _created_at(db, ids[1]))]))
    db.close()
    assert erasure.reapply_after_restore(db_path).erased == (ids[1],)


@pytest.mark.parametrize("kind", ["a link", "a folder", "a pipe", "too large"])
def test_a_register_that_is_not_an_ordinary_small_file_is_refused(tmp_path, monkeypatch, kind):
    path = tmp_path / "clinic.sqlite3.erasures.json"
    if kind == "a link":
        target = tmp_path / "elsewhere.json"
        target.write_text(_document([]))
        path.symlink_to(target)
    elif kind == "a folder":
        path.mkdir()
    elif kind == "a pipe":
        os.mkfifo(path)
    else:
        monkeypatch.setattr(erasure_register, "MAX_FILE_BYTES", 1000)
        path.write_text(_document([_entry(i, "2026-01-01T00:00:00+00:00") for i in range(1, 60)]))
    with pytest.raises(RegisterFileError, match="was not used"):
        read_register(path)


def test_reasons_are_sealed_with_the_clinic_key_and_bound_to_their_entry(tmp_path):
    key = secrets.token_bytes(32)
    path = tmp_path / "clinic.sqlite3.erasures.json"
    rows = [
        RegisterRow(3, "2026-01-01T00:00:00.000001+00:00", "2026-05-01T00:00:00+00:00", 1, REASON)
    ]
    erasure_register.write_register(path, rows, key=key)
    text = path.read_text()
    assert "written on 3 March" not in text and "sealed_reason" in text
    assert read_register(path, key=key) == rows
    assert read_register(path)[0].reason == erasure_register.SEALED_UNREADABLE
    assert read_register(path, key=secrets.token_bytes(32))[0].reason == (
        erasure_register.SEALED_UNREADABLE
    )
    # Moved onto another client's entry, the sealed reason no longer opens.
    moved = json.loads(text)
    moved["erasures"][0]["client_id"] = 4
    path.write_text(json.dumps(moved))
    assert read_register(path, key=key)[0].reason == erasure_register.SEALED_UNREADABLE


def test_the_register_file_is_owner_only_and_lists_ids_only(db, db_path):
    ids = populate(db, 2)
    name = clients.get_client(db, ids[0]).family_name
    _erase(db, ids[0])
    path = register_path(db_path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert name.encode() not in path.read_bytes()
    [entry] = read_register(path)
    assert (entry.client_id, entry.reason) == (ids[0], REASON)


def test_a_protected_clinic_seals_the_reason_and_audits_the_erasure_done_again(tmp_path):
    from smpdesk.app import protection
    from smpdesk.infra import key_file

    original = key_file.SCRYPT_N
    key_file.SCRYPT_N = 2**14
    try:
        path = tmp_path / "clinic.sqlite3"
        plain = open_clinic(path, create=True)
        ids = populate(plain, 3)
        plain.close()
        done = protection.protect(
            path, login="olive", display_name="Olive", password="owner-pass-2026"
        )
        owner = done.clinic
        made = backups.back_up(owner, path).made.path
        _erase(owner, ids[0])
        sidecar = register_path(path).read_text()
        assert "sealed_reason" in sidecar and "written on 3 March" not in sidecar
        key = owner.key
        owner.close()
        result = backups.restore(path, made, key=key)
        assert result.reapplied.erased == (ids[0],)
        again = protection.sign_in(path, "olive", "owner-pass-2026")
        try:
            assert clients.get_client(again, ids[0]) is None
            newest = audit_store.entries(again, client_id=ids[0])[0]
            assert (newest.action, newest.staff_id) == ("erasure.erase_client", None)
            [row] = erasure_store.register_rows(again)
            assert row.reason == REASON
        finally:
            again.close()
    finally:
        key_file.SCRYPT_N = original
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)


def test_an_encrypted_export_imported_later_stays_erased(db, db_path, tmp_path, monkeypatch):
    from smpdesk.infra import sealed_export

    monkeypatch.setattr(sealed_export, "SCRYPT_N_LOG2", 10)  # real exports use 2**15
    ids = populate(db, 3)
    sealed = tmp_path / "off-site.smpdesk"
    backups.export_encrypted(db, db_path, sealed, "correct horse battery")
    _erase(db, ids[2])
    db.close()
    result = backups.import_encrypted(db_path, sealed, "correct horse battery")
    assert result is not None
    assert result.erasure_message == (
        "1 client erased since this backup was made was removed again."
    )


def test_every_connection_the_clinic_makes_zeroes_what_it_deletes(db):
    worker = db.connect()
    try:
        assert erasure_store.secure_delete_on(db) and erasure_store.secure_delete_on(worker)
    finally:
        worker.close()


def test_an_erased_clients_id_and_number_are_never_given_to_someone_new(db):
    """Row ids are not AUTOINCREMENT: without the register the next client would be C000NN
    again, and inherit the erased person's audit trail and paperwork."""
    [*_, last] = populate(db, 3)
    number = clients.get_client(db, last).client_number
    _erase(db, last)
    newcomer = clients.add_client(db, ClientDetails(given_name="New", family_name="Person"))
    assert newcomer.id > last
    assert newcomer.client_number != number
    assert audit_store.entries(db, client_id=newcomer.id) == []
