"""Opening, protecting, backing up and restoring the clinic, staff accounts, access
refusals and the store's payment refusals: their sentences are said in the window's
language (issue 20).  Each is a marked whole-sentence template whose values are filled
in after translating, while the CLI and the logs keep the English exactly as before."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from smpdesk.app import access, clients, first_run, restore, staff
from smpdesk.app.clinic import Clinic, open_clinic
from smpdesk.domain.staff import Role, Staff
from smpdesk.errors import EmptyDatabaseError, NotADatabaseError, UserError
from smpdesk.store import database
from smpdesk.store import payments as payment_store
from tests.core_sentences import marking, said_both


@pytest.fixture
def marked() -> Iterator[None]:
    with marking():
        yield


def _both(call: Callable[[], object]) -> tuple[str, str, UserError]:
    return said_both(call)


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    db = open_clinic(tmp_path / "clinic.sqlite3", create=True)
    try:
        yield db
    finally:
        db.close()


def test_a_folder_given_as_the_clinic_file(tmp_path: Path) -> None:
    english, translated, err = _both(lambda: database.open_database(tmp_path))
    assert isinstance(err, NotADatabaseError)
    assert english == f"{tmp_path} is a folder; give the path of a database file."
    assert translated == f"<<{tmp_path} is a folder; give the path of a database file.>>"


def test_a_missing_clinic_file(tmp_path: Path) -> None:
    path = tmp_path / "none.sqlite3"
    english, translated, _err = _both(lambda: database.open_database(path))
    assert english == (
        f"There is no clinic database at {path}; check the path "
        "or create one with 'smpdesk demo' or by starting the app."
    )
    assert translated.startswith("<<There is no clinic database at ") and translated.endswith(">>")


def test_an_emptied_clinic_file_is_refused_with_the_backup_advice_in_one_language(
    tmp_path: Path,
) -> None:
    path = tmp_path / "clinic.sqlite3"
    path.write_bytes(b"")
    english, translated, err = _both(lambda: open_clinic(path))
    assert isinstance(err, EmptyDatabaseError)
    assert english == (
        f"The clinic database {path} is empty (0 bytes): its records were lost; nothing was "
        "changed. There is no good backup beside it: copy the file somewhere safe and restore "
        "one of your own backups with 'smpdesk restore FILE'."
    )
    # The whole advice is one template; the refusal inside it is said by its own.
    assert translated.startswith(f"<<<<The clinic database {path} is empty (0 bytes)")
    # (Its full stop goes, as in English; here it sits inside the marks.)
    assert "its records were lost.>>; nothing was changed." in translated


def test_a_restore_from_a_missing_backup(tmp_path: Path) -> None:
    backup = tmp_path / "gone.sqlite3"
    english, translated, _err = _both(lambda: restore.restore(tmp_path / "c.sqlite3", backup))
    assert english == f"There is no backup file at {backup}; check the path."
    assert translated == f"<<There is no backup file at {backup}; check the path.>>"


def test_a_restore_of_a_file_that_is_no_backup(tmp_path: Path) -> None:
    backup = tmp_path / "notes.sqlite3"
    backup.write_text("not a database", encoding="utf-8")
    english, translated, _err = _both(lambda: restore.restore(tmp_path / "c.sqlite3", backup))
    assert (
        english
        == "notes.sqlite3 is not an SQLite file, so it cannot be restored. Nothing was changed."
    )
    assert translated == (
        "<<<<notes.sqlite3 is not an SQLite file, so it cannot be restored.>> "
        "Nothing was changed.>>"
    )


def test_a_new_clinic_where_one_already_is(clinic: Clinic) -> None:
    from smpdesk.domain.clinic_settings import ClinicSettings

    english, translated, _err = _both(
        lambda: first_run.create_clinic(clinic.path, ClinicSettings(name="Studio"))
    )
    assert english.startswith(f"There is already a clinic file at {clinic.path}; choose")
    assert translated.startswith("<<There is already a clinic file at ")


def test_staff_accounts_of_an_unprotected_clinic(clinic: Clinic) -> None:
    english, translated, _err = _both(
        lambda: staff.reset_password(clinic, 1, "a long new password 1")
    )
    assert english.startswith("This clinic is not protected yet, so it has no staff accounts;")
    assert translated.startswith("<<This clinic is not protected yet")


def test_a_refusal_is_one_whole_sentence(clinic: Clinic) -> None:
    clinic.staff = Staff(1, "desk", "Desk", Role.RECEPTION)
    english, translated, err = _both(lambda: clients.archive_client(clinic, 1))
    assert isinstance(err, access.AccessRefused)
    assert english == (
        "A reception account cannot archive a client; ask a practitioner or the clinic's "
        "owner to do it."
    )
    assert translated == f"<<{english}>>"


def test_every_refusal_has_its_whole_sentence() -> None:
    """A rule added later must come with its sentences (else the window says it in English)."""
    missing = []
    for name, rule in access.RULES.items():
        for role in Role:
            if role in rule.roles:
                continue
            held = Clinic.__new__(Clinic)
            held.staff = Staff(1, "x", "X", role)
            sentence = access.refusal(held, name)
            if not isinstance(sentence, database.Sentence):
                missing.append((name, role.value))
            else:
                assert sentence.template == str(sentence)
    assert not missing


def test_the_store_refuses_a_payment_entry_with_its_template(clinic: Clinic) -> None:
    with pytest.raises(payment_store.EntryRefused) as caught:
        payment_store.insert_void(
            clinic, 999, reason="x", taken_by_name="", taken_at="", day="2025-01-01"
        )
    err = caught.value
    assert str(err) == "There is no payment 999; check the number."
    assert err.template == "There is no payment {payment_id}; check the number."
    assert err.values == {"payment_id": 999}


def test_the_english_is_kept_for_the_cli_and_the_logs(tmp_path: Path, marked: None) -> None:
    """Raised while the window speaks another language: ``args`` and ``english`` stay English."""
    with pytest.raises(UserError) as caught:
        database.open_database(tmp_path)
    assert str(caught.value).startswith("<<")
    assert caught.value.english == f"{tmp_path} is a folder; give the path of a database file."
