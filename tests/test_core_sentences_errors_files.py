"""The files' refusals (key file, sealed export, erasure register, imports, outputs, the
remembered clinic...) are said in the window's language (issue 20): each is a marked
template whose values are filled in after translating, while the CLI and the logs keep
the English exactly as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from smpdesk import paths
from smpdesk.infra import (
    client_import_files,
    erasure_register,
    imaging,
    key_file,
    safe_output,
    sealed_export,
    smp_render,
)
from tests.core_sentences import said_both


def _both(call: Callable[[], object]) -> tuple[str, str]:
    english, translated, _err = said_both(call)
    return english, translated


def test_a_mistyped_recovery_key_is_translated_with_its_numbers() -> None:
    english, translated = _both(lambda: key_file.parse_recovery_key("ABC"))
    assert english == (
        "A recovery key is 40 letters and digits in 8 groups of 5, but 3 were typed; "
        "type it again from the printed copy."
    )
    assert translated == "<<" + english + ">>"


def test_a_missing_key_file_names_the_file_in_any_language(tmp_path: Path) -> None:
    keys = tmp_path / "clinic.sqlite3.keys"
    english, translated = _both(lambda: key_file.load(keys))
    assert english == key_file.MISSING.format(path=keys)
    assert translated.startswith("<<The key file ") and str(keys) in translated


def test_a_folder_is_not_a_sealed_export(tmp_path: Path) -> None:
    english, translated = _both(lambda: sealed_export.unseal(tmp_path, tmp_path / "x", "pass"))
    assert english == f"{tmp_path} is not an ordinary file; choose the export file."
    assert translated == "<<" + english + ">>"


def test_a_damaged_erasure_register_is_translated(tmp_path: Path) -> None:
    register = tmp_path / "clinic.sqlite3.erasures.json"
    register.write_text("{not json", encoding="utf-8")
    english, translated = _both(lambda: erasure_register.read_register(register))
    assert english == (
        f"The erasure register {register} is damaged or was edited, so it was not used; "
        "erasures recorded inside the clinic file still apply."
    )
    assert translated == "<<" + english + ">>"


def test_an_empty_import_file_is_translated(tmp_path: Path) -> None:
    empty = tmp_path / "clients.csv"
    empty.write_bytes(b"")
    english, translated = _both(lambda: client_import_files.read_table(empty))
    assert english == "clients.csv is empty: there is no row to import."
    assert translated == "<<" + english + ">>"


def test_writing_over_the_clinic_or_onto_a_folder_is_refused_in_any_language(
    tmp_path: Path,
) -> None:
    db = tmp_path / "clinic.sqlite3"
    db.write_bytes(b"")
    protected = safe_output.ProtectedFiles.around(db)
    english, translated = _both(lambda: safe_output.refuse_protected(db, protected))
    assert english == (
        "clinic.sqlite3 is the clinic database (or one of its working files), so nothing was "
        "written there; choose another file name or folder."
    )
    assert translated == "<<" + english + ">>"
    assert protected.refusal(db) == (
        "clinic.sqlite3 is the clinic database (or one of its working files)"
    )
    folder = tmp_path / "out"
    folder.mkdir()
    english, translated = _both(lambda: safe_output.check_target(folder, protected))
    assert english == (
        f"{folder} is a folder; give a file name inside it, such as {folder / 'sheet.pdf'}."
    )
    assert translated == "<<" + english + ">>"


def test_an_unusable_pointer_file_is_one_translated_sentence(tmp_path: Path) -> None:
    pointer = tmp_path / "clinic-location.json"
    pointer.mkdir()
    english, translated = _both(lambda: paths._read_pointer(pointer))
    assert english == (
        f"The file {pointer}, which remembers where your clinic file is kept, is a folder, "
        "not a file. Fix or delete it (smpdesk then uses its own folder), or start smpdesk "
        "with --db PATH to open a clinic file directly."
    )
    assert translated == "<<" + english + ">>"


def test_an_empty_photo_gives_a_translated_reason(tmp_path: Path) -> None:
    photo = tmp_path / "empty.jpg"
    photo.write_bytes(b"")
    english, translated = _both(lambda: imaging.process_file(photo))
    assert english == imaging.EMPTY == "the file is empty"
    assert translated == "<<the file is empty>>"
    with pytest.raises(imaging.PhotoRejected) as caught:
        imaging.process_file(photo)
    assert caught.value.reason == imaging.EMPTY  # the English reason stays for comparisons


def test_an_unknown_head_outline_is_translated() -> None:
    english, translated = _both(lambda: smp_render._outline("sideways"))
    assert english == "There is no built-in head outline called 'sideways'."
    assert translated == "<<There is no built-in head outline called {view}.>>".format(
        view="'sideways'"
    )
