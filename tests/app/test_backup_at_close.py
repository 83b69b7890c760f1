"""The backup at close (issue 15): only when something changed since the newest verified
backup, made on a thread of its own, its failure kept for the next start."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from smpdesk.app import backup_files, backups, clients
from smpdesk.app.clinic import Clinic, load_settings, open_clinic, save_settings
from smpdesk.domain.client_details import ClientDetails
from smpdesk.errors import UserError
from smpdesk.paths import backups_dir_for
from smpdesk.store import audit as audit_store
from smpdesk.store import engine


def _add(db: Clinic, name: str = "Brontë") -> int:
    return clients.add_client(db, ClientDetails(given_name="Zoë", family_name=name)).id


def _audit(db: Clinic) -> None:
    """What a sign-in, a sign-out or a record viewed leaves: an audit entry, nothing else."""
    audit_store.append(
        db, staff_id=1, staff_name="Olive", action="protection.sign_out", client_id=None,
        outcome="done",
    )  # fmt: skip


def _close_backup(db: Clinic, db_path: Path) -> backups.CloseBackup:
    made = backups.CloseBackup(db, db_path).start()
    assert made.join(60)
    return made


def test_no_verified_backup_yet_means_one_is_due(db, db_path):
    assert backups.backup_due_at_close(db, db_path)


def test_nothing_changed_since_a_verified_backup_means_none_is_due(db, db_path):
    _add(db)
    backups.back_up(db, db_path)
    assert not backups.backup_due_at_close(db, db_path)
    _add(db, "Eyre")
    assert backups.backup_due_at_close(db, db_path)


def test_a_write_from_another_process_or_connection_counts(db, db_path):
    backups.back_up(db, db_path)
    other = open_clinic(db_path)  # the command line, a worker: another connection
    _add(other)
    other.close()
    assert backups.backup_due_at_close(db, db_path)


def test_what_the_backup_copied_is_recorded_not_what_came_after(db, db_path, monkeypatch):
    """A write that lands while the copy is made is not in the copy: still due afterwards."""
    real = backup_files.copy_snapshot

    def copy_then_write(source, target, **kw):
        real(source, target, **kw)
        other = open_clinic(db_path)
        _add(other, "Written-during-the-backup")
        other.close()

    monkeypatch.setattr(backup_files, "copy_snapshot", copy_then_write)
    backups.back_up(db, db_path)
    assert backups.backup_due_at_close(db, db_path)


def test_audit_entries_alone_wait_for_a_day_old_backup(db, db_path):
    backups.back_up(db, db_path)
    recorded = backup_files.recorded_backup(backups_dir_for(db_path), db_path.stem)
    assert recorded is not None
    _audit(db)
    soon = recorded.taken_at + timedelta(hours=23)
    assert not backups.backup_due_at_close(db, db_path, now=soon)
    assert backups.backup_due_at_close(db, db_path, now=recorded.taken_at + timedelta(days=1))
    # A clock set back (the backup "from the future") is no reason to trust it.
    assert backups.backup_due_at_close(db, db_path, now=recorded.taken_at - timedelta(hours=1))


def test_a_deleted_backup_or_another_backups_folder_means_one_is_due(db, db_path, tmp_path):
    made = backups.back_up(db, db_path).made
    made.path.unlink()
    assert backups.backup_due_at_close(db, db_path)
    backups.back_up(db, db_path)
    assert not backups.backup_due_at_close(db, db_path)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    settings = load_settings(db)
    save_settings(db, dataclasses.replace(settings, backup_folder=str(elsewhere)))
    assert backups.backup_due_at_close(db, db_path)  # nothing noted in the new folder


def test_a_restored_older_backup_never_passes_for_a_later_one(db, db_path):
    """The mark is random: restoring an older backup and writing as many times as came
    after it does not land on the later backup's mark."""
    older = backups.back_up(db, db_path).made
    for n in range(3):
        _add(db, f"Later {n}")
    backups.back_up(db, db_path)
    db.close()
    backups.restore(db_path, older.path)
    db.reopen()
    for n in range(3):
        _add(db, f"Again {n}")
    assert backups.backup_due_at_close(db, db_path)


def test_an_upgrade_means_one_is_due(db, db_path):
    backups.back_up(db, db_path)
    record = backups_dir_for(db_path) / f"{db_path.stem}-last-backup.json"
    data = json.loads(record.read_text())
    data["schema"] -= 1  # as if the backup were from the version before
    record.write_text(json.dumps(data))
    assert backups.backup_due_at_close(db, db_path)


@pytest.mark.parametrize("damage", ["{not json", '{"backup": 3}', "x" * 5000])
def test_an_unreadable_note_means_one_is_due(db, db_path, damage):
    backups.back_up(db, db_path)
    (backups_dir_for(db_path) / f"{db_path.stem}-last-backup.json").write_text(damage)
    assert backups.backup_due_at_close(db, db_path)


def test_the_note_holds_no_record_only_ids_and_a_file_name(db, db_path):
    _add(db, "Unforgettable")
    backups.back_up(db, db_path)
    text = (backups_dir_for(db_path) / f"{db_path.stem}-last-backup.json").read_text()
    assert "Unforgettable" not in text and "Zo" not in text
    assert set(json.loads(text)) == {"backup", "taken_at", "mark", "schema", "audit"}


def test_the_close_backup_runs_on_its_own_connection_and_notes_what_it_holds(db, db_path):
    _add(db)
    done = _close_backup(db, db_path)
    assert done.problem == "" and done.result is not None
    ok, _sentence = backup_files.verify_backup(done.result.made.path)
    assert ok
    assert not backups.backup_due_at_close(db, db_path)
    assert backups.close_backup_failure(db_path) is None


def test_a_failed_close_backup_is_kept_for_the_next_start_and_a_backup_clears_it(
    db, db_path, tmp_path
):
    settings = load_settings(db)
    gone = tmp_path / "unplugged-drive"
    save_settings(db, dataclasses.replace(settings, backup_folder=str(gone)))
    done = _close_backup(db, db_path)
    assert done.result is None
    assert "does not exist" in done.problem
    failed = backups.close_backup_failure(db_path)
    assert failed is not None
    when, problem = failed
    assert problem == done.problem and abs(datetime.now() - when) < timedelta(minutes=1)
    gone.mkdir()
    backups.back_up(db, db_path)  # Back up now, the hourly backup or the next close
    assert backups.close_backup_failure(db_path) is None


def test_an_unexpected_error_is_kept_without_its_message(db, db_path, monkeypatch):
    secret = "Client Zoë Brontë, allergic to lidocaine"

    def broken(*_a, **_k):
        raise RuntimeError(secret)

    monkeypatch.setattr(backups, "back_up", broken)
    done = _close_backup(db, db_path)
    failed = backups.close_backup_failure(db_path)
    assert failed is not None
    assert secret not in failed[1] and "did not expect" in failed[1]
    assert done.problem == failed[1]


def test_a_database_error_is_one_sentence(db, db_path, monkeypatch):
    def locked(*_a, **_k):
        raise engine.OPERATIONAL_ERRORS[-1]("database is locked")

    monkeypatch.setattr(backups, "back_up", locked)
    done = _close_backup(db, db_path)
    assert "in use by another program" in done.problem


def test_a_refused_backup_is_one_sentence(db, db_path, monkeypatch):
    def refused(*_a, **_k):
        raise UserError("The disk is full, so the backup was not made; free some space.")

    monkeypatch.setattr(backups, "back_up", refused)
    assert _close_backup(db, db_path).problem.startswith("The disk is full")
