"""draft_save_ms and forms_scan_ms: the questionnaire's per-keystroke cost and form loading.

draft_save_ms is one draft write, as the runner makes on every keystroke; the
floor is the same JSON written by plain sqlite3 to a scratch table in the same
file with the same pragmas (WAL, synchronous=FULL, BEGIN IMMEDIATE), so the
ratio is what our layer adds to the fsync a keystroke must pay anyway.
forms_scan_ms is checking every shipped form (as the Questionnaires tab does
when shown); the floor is tomllib parsing the same files.
"""

from __future__ import annotations

import json
import statistics
import time
import tomllib

from tests.benchmarks.clinic import Clinic

ROUNDS = 60


def measure_draft(clinic: Clinic) -> dict[str, float | str]:
    from datetime import date

    from smpdesk.app import questionnaires
    from smpdesk.app.clinic import open_clinic
    from smpdesk.app.demo.forms import fill
    from smpdesk.paths import shipped_forms_dir
    from smpdesk.questionnaire.loader import load_form

    db = open_clinic(clinic.db_path)
    spec = load_form(shipped_forms_dir() / "medical.toml")
    answers = fill(spec, seed=1, today=date.today())
    client_id = db.execute("SELECT min(id) FROM clients").fetchone()[0]
    ours, floor = [], []
    db.execute("CREATE TABLE IF NOT EXISTS bench_scratch (k INTEGER PRIMARY KEY, v TEXT)")
    for n in range(ROUNDS):
        answers["medications"] = "x" * n  # one more keystroke
        start = time.perf_counter()
        questionnaires.save_draft(db, client_id, spec, answers, 3)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute(
            "INSERT OR REPLACE INTO bench_scratch (k, v) VALUES (1, ?)",
            [json.dumps(answers, ensure_ascii=False)],
        )
        db.conn.execute("COMMIT")
        floor.append(time.perf_counter() - start)
    db.execute("DROP TABLE bench_scratch")
    db.conn.close()
    return {
        "value": statistics.median(ours) * 1000,
        "floor": statistics.median(floor) * 1000,
        "unit": "ms",
        "note": "median per keystroke; must stay well under a typing interval (~100 ms)",
    }


def measure_scan(clinic: Clinic) -> dict[str, float | str]:
    from smpdesk.paths import shipped_forms_dir
    from smpdesk.questionnaire.loader import scan_forms

    folder = shipped_forms_dir()
    files = sorted(folder.glob("*.toml"))
    ours, floor = [], []
    for _ in range(20):
        start = time.perf_counter()
        scan_forms(folder)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        for path in files:
            tomllib.loads(path.read_text(encoding="utf-8"))
        floor.append(time.perf_counter() - start)
    return {
        "value": statistics.median(ours) * 1000,
        "floor": statistics.median(floor) * 1000,
        "unit": "ms",
        "note": "all shipped forms checked; floor = tomllib parse only",
    }
