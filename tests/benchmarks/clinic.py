"""The synthetic clinic every benchmark runs against."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from smpdesk.app.clinic import open_clinic
from smpdesk.app.demo import populate

CLIENTS = 20_000


@dataclass
class Clinic:
    folder: Path
    db_path: Path
    clients: int


def build_clinic(clients: int = CLIENTS) -> Clinic:
    folder = Path(tempfile.mkdtemp(prefix="smpdesk-bench-"))
    path = folder / "clinic.sqlite3"
    db = open_clinic(path, create=True)
    populate(db, clients)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return Clinic(folder, path, clients)
