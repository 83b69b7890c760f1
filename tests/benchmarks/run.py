"""Benchmark runner: python tests/benchmarks/run.py [--only A,B] [--clients N] [--big]
[--cache DIR] [--json FILE]

Each metric is printed next to a floor measured in the same run on the same
machine, and their ratio, so figures from different machines can be compared.
Not part of the test suite; never assert timings in unit tests.  Later issues
register their metrics in ``METRICS``.

The synthetic clinic (``clinic.py``) takes about 25 s to build at 20,000
clients, 2.5 min at 100,000 and 3.5 min with ``--big`` (photos up to a 1 GB
file); with ``--cache DIR`` it is built once per size and schema and copied for
each run.  Issue 15's figures: ``--clients 100000`` (and ``--big``) with the
metrics from ``follow_ups_ms`` on.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks import (  # noqa: E402
    bench_audit,
    bench_bundle,
    bench_designs,
    bench_forms,
    bench_handouts,
    bench_import_clients,
    bench_photos,
    bench_protection,
    bench_scale,
    bench_search,
    bench_startup,
)
from tests.benchmarks.clinic import CLIENTS, Clinic, build_clinic  # noqa: E402

METRICS: dict[str, Callable[[Clinic], dict[str, float | str]]] = {
    "search_keystroke_ms": bench_search.measure,
    "cold_start_s": bench_startup.measure,
    "handout_ms": bench_handouts.measure_one,
    "handout_batch50_s": bench_handouts.measure_batch,
    "photo_import_ms": bench_photos.measure_import,
    "gallery_300_ms": lambda clinic: _gallery(clinic)["gallery_300_ms"],
    "gallery_300_rss_mb": lambda clinic: _gallery(clinic)["gallery_300_rss_mb"],
    "draft_save_ms": bench_forms.measure_draft,
    "forms_scan_ms": bench_forms.measure_scan,
    "unlock_s": bench_protection.measure_unlock,
    "search_keystroke_ms_encrypted": bench_protection.measure_search,
    "handout_ms_encrypted": bench_protection.measure_handout,
    "cold_start_s_encrypted": bench_protection.measure_cold_start,
    "audited_client_open_ms": bench_audit.measure_client_open,
    # Issue 15: a big clinic (run with --clients 100000, and --big).
    "follow_ups_ms": bench_scale.measure_follow_ups,
    "lot_recall_ms": bench_scale.measure_lot_recall,
    "lot_recall_once_ms": bench_scale.measure_lot_recall_once,
    "back_to_list_ms": bench_scale.measure_back_to_list,
    "open_client_ms": bench_scale.measure_open_client,
    "search_keystroke_p90_ms": bench_search.measure_p90,
    "cold_start_cold_cache_s": bench_startup.measure_cold_cache,
    "backup_close_s": bench_scale.measure_backup_close,
    "file_bytes_after_delete": bench_scale.measure_file_after_delete,
    # Issue 17: the SMP preview (needs no clinic data).
    "smp_preview_ms": bench_designs.measure_preview,
    "smp_preview_warm_ms": bench_designs.measure_preview_warm,
    "smp_preview_live_ms": bench_designs.measure_live,
    # Issue 19 (H1): bringing 20,000 clients in from a CSV (needs no clinic data).
    "import_clients_20k_s": bench_import_clients.measure,
    # Issue 19 (H4): the frozen bundle's start next to the pip-installed app's.
    "bundle_cold_start_s": bench_bundle.measure,
}

_gallery_results: dict[str, dict[str, float | str]] = {}


def _gallery(clinic: Clinic) -> dict[str, dict[str, float | str]]:
    """Both gallery metrics come from one measured opening of the gallery."""
    if not _gallery_results:
        _gallery_results.update(bench_photos.measure_gallery(clinic))
    return _gallery_results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated metric names")
    parser.add_argument("--json", metavar="FILE", help="also write results as JSON")
    parser.add_argument("--clients", type=int, default=CLIENTS, help="synthetic clinic size")
    parser.add_argument(
        "--big", action="store_true", help="add photos until the clinic file is about 1 GB"
    )
    parser.add_argument(
        "--cache", metavar="DIR", type=Path, help="keep built clinics here and copy them per run"
    )
    args = parser.parse_args(argv)

    names = [n for n in args.only.split(",") if n] or list(METRICS)
    unknown = [n for n in names if n not in METRICS]
    if unknown:
        parser.error(f"unknown metric(s): {', '.join(unknown)}; known: {', '.join(METRICS)}")

    clinic = build_clinic(
        args.clients, big=args.big, cache=args.cache, say=lambda text: print(text, flush=True)
    )
    facts = clinic.facts
    print(
        f"Clinic: {facts['clients']:,} clients, {facts['sessions']:,} sessions, "
        f"{facts['photos']:,} photos, {clinic.db_path.stat().st_size / 1e6:,.0f} MB "
        f"(built in {facts['built_s']} s)",
        flush=True,
    )
    results = []
    try:
        print(f"{'metric':<30} {'value':>10} {'floor':>10} {'ratio':>7}  unit  target / note")
        for name in names:
            r = METRICS[name](clinic)
            value, floor = float(r["value"]), float(r["floor"])
            ratio = value / floor if floor else float("inf")
            results.append(
                {
                    "name": name,
                    "value": value,
                    "floor": floor,
                    "ratio": ratio,
                    "unit": r["unit"],
                    "note": r.get("note", ""),
                }
            )
            print(
                f"{name:<30} {value:>10.3f} {floor:>10.3f} {ratio:>7.2f}  {r['unit']:<4}  "
                f"{r.get('target', '')}; {r.get('note', '')}",
                flush=True,
            )
    finally:
        shutil.rmtree(clinic.folder, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
