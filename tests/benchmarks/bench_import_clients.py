"""import_clients_20k_s: a 20,000-row CSV of clients read, planned and imported.

Ours: ``read_import_file`` + ``import_clients`` (header matching, name split,
dates, validation, duplicate probes against the file and the clinic, then one
transaction through ``store.clients.insert_clients`` with the search indexes
and the batch row) on a fresh empty clinic, from a CSV written once.  Floor:
the same 20,000 rows' values through one bare ``executemany`` into a scratch
table of the same columns in the same kind of database file, what any import
must pay to write them.  Goal: < 5 s.  Ignores the synthetic clinic.
"""

from __future__ import annotations

import csv
import tempfile
import time
from pathlib import Path

from tests.benchmarks.clinic import Clinic

ROWS = 20_000
HEADERS = ["Given name", "Family name", "Date of birth", "Phone", "Email", "Address"]


def _rows() -> list[list[str]]:
    return [
        [f"Given{i}", f"Fämily{i}", f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1940 + i % 60}",
         f"07700 {i:06d}", f"client{i}@example.com", f"{i} High Street\nLeeds"]
        for i in range(ROWS)
    ]  # fmt: skip


def measure(_clinic: Clinic) -> dict[str, float | str]:
    from smpdesk.app import client_import as imports
    from smpdesk.app.clinic import open_clinic
    from smpdesk.domain.client_import import guess_mapping

    rows = _rows()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "clients.csv"
        with source.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADERS)
            writer.writerows(rows)
        db = open_clinic(Path(folder) / "ours.sqlite3", create=True)
        start = time.perf_counter()
        table = imports.read_import_file(db, source)
        report = imports.import_clients(db, table, guess_mapping(table.headers))
        ours = time.perf_counter() - start
        assert len(report.added) == ROWS, (len(report.problems), report.problems[:3])
        db.close()
        scratch = open_clinic(Path(folder) / "floor.sqlite3", create=True)
        columns = ", ".join(f"c{i} TEXT" for i in range(len(HEADERS)))
        start = time.perf_counter()
        scratch.conn.execute("BEGIN IMMEDIATE")
        scratch.conn.execute(f"CREATE TABLE scratch ({columns})")
        scratch.conn.executemany(
            f"INSERT INTO scratch VALUES ({', '.join('?' for _ in HEADERS)})", rows
        )
        scratch.conn.execute("COMMIT")
        floor = time.perf_counter() - start
        scratch.close()
    return {
        "value": ours,
        "floor": floor,
        "unit": "s",
        "target": "< 5 s",
        "note": f"{ROWS} CSV rows read, planned and imported as one batch",
    }
