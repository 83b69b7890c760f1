"""Hostile output paths: no command may write over the clinic, its WAL or its backups.

Every command that takes ``-o`` is tried against every spelling of the
database (plain, relative, ``..``, symlink, hard link) and against its
``-wal``/``-shm``/lock companions and a backup; each must refuse with one
sentence and leave the clinic exactly as it was.  A property test then
throws generated paths around the database's folder at the checker itself.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smpdesk.app import backup_files
from smpdesk.app.demo import create_demo_clinic
from smpdesk.cli import main
from smpdesk.errors import UserError
from smpdesk.infra import safe_output
from smpdesk.infra.safe_output import ProtectedFiles, check_target, write_file
from smpdesk.store import engine


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo clinic with sessions, photos and signed consent records (made once)."""
    path = tmp_path_factory.mktemp("outputs") / "clinic.sqlite3"
    create_demo_clinic(path, 30).conn.close()
    return path


@pytest.fixture
def clinic(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "clinic.sqlite3"
    shutil.copy(demo_template, path)
    monkeypatch.setenv("SMPDESK_DB", str(path))
    monkeypatch.setenv("SMPDESK_PASSPHRASE", "correct horse battery staple")
    (folder / "backups").mkdir()
    conn = sqlite3.connect(path)
    conn.close()
    assert main(["backup", "--db", str(path)]) == 0
    return path


def _ids(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            "session": conn.execute("SELECT min(id) FROM sessions").fetchone()[0],
            "client": conn.execute("SELECT client_id FROM sessions ORDER BY id").fetchone()[0],
            "photo": conn.execute("SELECT min(id) FROM photos").fetchone()[0],
            "response": conn.execute("SELECT min(response_id) FROM response_documents").fetchone()[
                0
            ],
        }
    finally:
        conn.close()


def _fingerprint(path: Path) -> tuple[str, int, int, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return (
            conn.execute("PRAGMA quick_check").fetchone()[0],
            conn.execute("SELECT count(*) FROM clients").fetchone()[0],
            conn.execute("SELECT count(*) FROM photos").fetchone()[0],
            conn.execute("SELECT count(*) FROM responses").fetchone()[0],
        )
    finally:
        conn.close()


COMMANDS: dict[str, Callable[[Path, dict[str, int]], list[str]]] = {
    "handout": lambda db, ids: ["handout", "--db", str(db), "--client", str(ids["client"])],
    "handout --blank": lambda db, ids: ["handout", "--db", str(db), "--blank"],
    "record": lambda db, ids: ["record", "--db", str(db), "--response", str(ids["response"])],
    "photos export": lambda db, ids: [
        "photos",
        "export",
        "--db",
        str(db),
        "--photo",
        str(ids["photo"]),
    ],
    "export-backup": lambda db, ids: ["export-backup", "--db", str(db)],
    "backup -o": lambda db, ids: ["backup", "--db", str(db)],
}


def _spellings(db: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Every way a hostile or careless user could name one of the clinic's files."""
    folder = db.parent
    (folder / "sub").mkdir(exist_ok=True)
    link = folder / "innocent.pdf"
    if not link.is_symlink():
        link.symlink_to(db)
    hard = folder / "hard.pdf"
    if not hard.exists():
        os.link(db, hard)
    wal_link = folder / "wal-link.jpg"
    if not wal_link.is_symlink():
        wal_link.symlink_to(f"{db}-wal")
    newest = backup_files.list_backups(folder / "backups", db.stem)[0].path
    monkeypatch.chdir(folder)
    return {
        "plain": str(db),
        "relative": db.name,
        "dot-dot": f"./sub/../{db.name}",
        "symlink": str(link),
        "hard link": str(hard),
        "wal": f"{db}-wal",
        "shm": f"{db}-shm",
        "lock": f"{db}.lock",
        "erasure register": f"{db}.erasures.json",
        "failed sign-ins": str(db.with_name(f".{db.name}.failed-sign-ins")),
        "wal through a symlink": str(wal_link),
        "a backup": str(newest),
        "new file in backups": str(folder / "backups" / "sheet.pdf"),
    }


@pytest.mark.parametrize("command", list(COMMANDS))
def test_no_output_lands_on_the_clinic(clinic, command, monkeypatch, capsys):
    ids = _ids(clinic)
    # A window is open: the WAL holds acknowledged writes and the lock exists.
    holder = engine.connect(clinic)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("INSERT INTO settings (key, value) VALUES ('probe', '1')")
    holder.commit()
    (clinic.parent / f"{clinic.name}.lock").write_text("999999\nhost\nsmpdesk\n")
    assert Path(f"{clinic}-wal").stat().st_size > 0
    before = _fingerprint(clinic)
    spellings = _spellings(clinic, monkeypatch)
    protected_bytes = {
        name: Path(target).read_bytes()
        for name, target in spellings.items()
        if Path(target).exists()
    }
    for name, target in spellings.items():
        for force in ([], ["--force"]) if command != "backup -o" else ([],):
            capsys.readouterr()
            argv = [*COMMANDS[command](clinic, ids), "-o", target, *force]
            code = main(argv)
            err = capsys.readouterr().err
            assert code == 1, f"{command} wrote over {name} ({target}) with {force}"
            assert err.startswith("smpdesk: ") and "Traceback" not in err
            assert err.count("\n") == 1, err
            if name in protected_bytes:
                assert Path(target).read_bytes() == protected_bytes[name], name
    holder.close()
    assert _fingerprint(clinic) == before
    conn = sqlite3.connect(clinic)
    assert conn.execute("SELECT value FROM settings WHERE key = 'probe'").fetchone() == ("1",)
    conn.close()


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "backup -o"])
def test_existing_file_needs_force_then_is_replaced_private(clinic, command, capsys, tmp_path):
    ids = _ids(clinic)
    target = tmp_path / "out" / ("photo.jpg" if command == "photos export" else "out.pdf")
    target.parent.mkdir()
    target.write_bytes(b"someone's own document")
    target.chmod(0o644)
    argv = [*COMMANDS[command](clinic, ids), "-o", str(target)]
    assert main(argv) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == b"someone's own document"
    assert main([*argv, "--force"]) == 0
    assert target.read_bytes() != b"someone's own document"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == [target.name], "a temporary file was left"


def test_backup_to_a_new_file_beside_is_fine_but_never_over_one(clinic, capsys, tmp_path):
    target = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(clinic), "-o", str(target)]) == 0
    assert backup_files.verify_backup(target)[0]
    assert main(["backup", "--db", str(clinic), "-o", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_a_full_disk_leaves_the_old_file_and_no_partial(tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"%PDF-1.4 the sheet printed yesterday")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_output.os, "fsync", full)
    protected = ProtectedFiles.around(tmp_path / "clinic.sqlite3")
    with pytest.raises(UserError, match="disk is full"):
        write_file(target, b"%PDF-1.4 new", protected, overwrite=True)
    assert target.read_bytes() == b"%PDF-1.4 the sheet printed yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_a_fifo_or_device_is_never_an_output(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    protected = ProtectedFiles.around(tmp_path / "clinic.sqlite3")
    for target in (fifo, Path("/dev/null"), tmp_path):
        with pytest.raises(UserError):
            write_file(target, b"x", protected, overwrite=True)


def test_a_name_too_long_is_one_sentence(clinic, capsys, tmp_path):
    target = tmp_path / ("x" * 300 + ".pdf")
    assert main(["handout", "--db", str(clinic), "--blank", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "longer than the file system allows" in err and "Traceback" not in err


# -- the property: whatever the spelling, the checker never lets one through ----------

_PARTS = st.sampled_from(
    [
        "clinic.sqlite3",
        "clinic.sqlite3-wal",
        "clinic.sqlite3-shm",
        "clinic.sqlite3-journal",
        "clinic.sqlite3.lock",
        "backups",
        "sub",
        "..",
        ".",
        "link-to-db",
        "link-to-backups",
        "link-to-sub",
        "hard",
        "out.pdf",
        "CLINIC.sqlite3",
    ]
)


@pytest.fixture(scope="module")
def property_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("prop")
    data = root / "data"
    (data / "backups").mkdir(parents=True)
    (data / "sub").mkdir()
    db = data / "clinic.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for suffix in ("-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").write_bytes(b"companion")
    (data / "backups" / "clinic-2026-12-01_101010.sqlite3").write_bytes(b"backup")
    (data / "link-to-db").symlink_to(db)
    (data / "link-to-backups").symlink_to(data / "backups")
    (data / "sub" / "link-to-db").symlink_to(Path("..") / "clinic.sqlite3")
    (data / "link-to-sub").symlink_to(data / "sub")
    os.link(db, data / "hard")
    os.link(db, data / "sub" / "hard")
    return data


@settings(
    max_examples=int(os.environ.get("SMPDESK_PATH_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(parts=st.lists(_PARTS, min_size=1, max_size=5), relative=st.booleans())
def test_generated_paths_never_reach_the_clinic(property_folder, parts, relative):
    data = property_folder
    db = data / "clinic.sqlite3"
    protected = ProtectedFiles.around(db)
    base = Path(os.path.relpath(data)) if relative else data
    target = base.joinpath(*parts)
    try:
        real = check_target(target, protected, overwrite=True)
    except UserError:
        return
    assert real.parent.is_dir()
    resolved = Path(os.path.realpath(real))
    backups_real = Path(os.path.realpath(data / "backups"))
    assert backups_real not in resolved.parents and resolved != backups_real
    companions = {
        Path(os.path.realpath(f"{db}{suffix}"))
        for suffix in ("", "-wal", "-shm", "-journal", ".lock")
    }
    assert resolved not in companions
    if resolved.exists():
        for companion in companions:
            if companion.exists():
                assert not os.path.samefile(resolved, companion)


def test_other_letter_case_is_refused_as_on_a_case_insensitive_disk(tmp_path):
    db = tmp_path / "clinic.sqlite3"
    db.write_bytes(b"")
    protected = ProtectedFiles.around(db)
    for name in ("CLINIC.SQLITE3", "Clinic.sqlite3-WAL", "clinic.SQLITE3.lock"):
        with pytest.raises(UserError, match="clinic database"):
            check_target(tmp_path / name, protected, overwrite=True)


def test_a_name_that_appears_meanwhile_is_not_replaced(tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    protected = ProtectedFiles.around(tmp_path / "clinic.sqlite3")
    real_fsync = os.fsync

    def someone_saves_meanwhile(fd: int) -> None:
        real_fsync(fd)
        if not target.exists():
            target.write_bytes(b"saved by someone else a moment ago")

    monkeypatch.setattr(safe_output.os, "fsync", someone_saves_meanwhile)
    with pytest.raises(UserError):
        write_file(target, b"%PDF-1.4 ours", protected)
    assert target.read_bytes() == b"saved by someone else a moment ago"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]
