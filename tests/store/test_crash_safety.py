"""Crash harness: SIGKILL a writer at random moments; nothing acknowledged is lost.

A child process writes clients, sessions and photos through the real store
code and reports each committed id; the parent kills it with SIGKILL at a
random moment, reopens the database and checks integrity and that every
acknowledged write is present and complete (no photo without its bytes).
Questionnaire answers join the child when questionnaires exist.

SMPDESK_CRASH_KILLS sets the number of kills: 20 by default (CI), 200 for
the full run.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from smpdesk.store import engine, open_database

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("SMPDESK_CRASH_KILLS", "20"))


def _pictures(folder: Path) -> Path:
    folder.mkdir()
    return folder


def _run_and_kill(
    db_path: Path, pictures: Path, rng: random.Random, key: bytes | None = None
) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "crash_child.py"), str(db_path), str(pictures)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "SMPDESK_CRASH_KEY": key.hex() if key else ""},
    )
    acknowledged: list[str] = []
    reader = threading.Thread(
        target=lambda: acknowledged.extend(line.strip() for line in child.stdout), daemon=True
    )
    reader.start()
    # Let it start and write for a random while, then pull the plug.
    deadline = time.monotonic() + 10
    while not acknowledged and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.01)
    # Long enough for a whole round (a consent record is made last) on a busy machine.
    time.sleep(rng.uniform(0.0, 0.8))
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=5)
    assert acknowledged, child.stderr.read()
    return acknowledged


def _check(db_path: Path, acknowledged: list[str], key: bytes | None = None) -> None:
    conn = engine.connect(db_path, key=key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute(
            "SELECT count(*) FROM photos p WHERE NOT EXISTS "
            "(SELECT 1 FROM photo_images i WHERE i.photo_id = p.id) OR NOT EXISTS "
            "(SELECT 1 FROM photo_thumbnails t WHERE t.photo_id = p.id)"
        ).fetchone()[0]
        assert orphans == 0, "a photo without its bytes"
        unsigned = conn.execute(
            "SELECT count(*) FROM responses r WHERE r.form_id = 'consent' AND NOT EXISTS "
            "(SELECT 1 FROM response_documents d WHERE d.response_id = r.id)"
        ).fetchone()[0]
        assert unsigned == 0, "a consent response without its signed record"
        for line in acknowledged:
            kind, raw_id = line.split()
            row_id = int(raw_id) if raw_id.isdigit() else 0
            if kind == "client":
                row = conn.execute(
                    "SELECT given_name, family_name FROM clients WHERE id = ?", [row_id]
                ).fetchone()
                assert row and row[1] == "Żółć", line
            elif kind == "session":
                row = conn.execute(
                    "SELECT pigment_lot FROM sessions WHERE id = ?", [row_id]
                ).fetchone()
                assert row and row[0].startswith("LOT-"), line
            elif kind == "draft":
                client_id, typed = (int(part) for part in raw_id.split(":"))
                row = conn.execute(
                    "SELECT answers FROM response_drafts WHERE client_id = ? AND form_id = ?",
                    [client_id, "intake"],
                ).fetchone()
                assert row and len(json.loads(row[0])["emergency_contact_name"]) >= typed, line
            elif kind == "response":
                row = conn.execute(
                    "SELECT r.answers, d.pdf FROM responses r JOIN response_documents d "
                    "ON d.response_id = r.id WHERE r.id = ?",
                    [int(raw_id)],
                ).fetchone()
                assert row and json.loads(row[0])["signature"], line
                assert bytes(row[1][:5]) == b"%PDF-", line
            elif kind == "photo":
                image = conn.execute(
                    "SELECT image FROM photo_images WHERE photo_id = ?", [row_id]
                ).fetchone()
                assert image and bytes(image[0][:2]) == b"\xff\xd8", line
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_killed_writer_loses_nothing_acknowledged(tmp_path, encrypted):
    key = os.urandom(32) if encrypted else None
    kills = KILLS if not encrypted else max(2, KILLS // 2)
    db_path = tmp_path / "clinic.sqlite3"
    open_database(db_path, create=True, key=key).conn.close()
    pictures = _pictures(tmp_path / "pictures")
    rng = random.Random(20261122)
    total = 0
    seen: set[str] = set()
    for _ in range(kills):
        acknowledged = _run_and_kill(db_path, pictures, rng, key)
        total += len(acknowledged)
        seen |= {line.split()[0] for line in acknowledged}
        _check(db_path, acknowledged, key)
        open_database(db_path, key=key).conn.close()  # and it still opens normally
    assert total > kills  # every run got some writes in before the kill
    kinds = {line.split()[0] for line in acknowledged}
    conn = engine.connect(db_path, key=key)
    photos_stored = conn.execute("SELECT count(*) FROM photos").fetchone()[0]
    conn.close()
    assert photos_stored >= kills // 2, "too few photos were written to prove anything"
    if encrypted:
        assert b"\xc5\xbb\xc3\xb3\xc5\x82\xc4\x87" not in db_path.read_bytes()  # "Żółć" in UTF-8
    assert kinds <= {"client", "session", "photo", "draft", "response"}
    assert seen == {"client", "session", "photo", "draft", "response"}, seen
