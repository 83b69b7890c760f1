"""``smpdesk import-clients FILE``, ``import-batches`` and ``import-undo BATCH``.

The same use cases as the window's import dialog: columns are matched by their
headers (``--map`` overrides), ``--dry-run`` reports without adding, and an
import is one batch that ``import-undo`` takes back while none of its clients
has been used.  The plain report is the counts, then one line per likely
duplicate and per problem with its spreadsheet row number.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smpdesk.app import client_import as import_cases
from smpdesk.cli.common import db_option, open_existing, print_json, say, whole
from smpdesk.domain.client_import import IMPORT_FIELDS, guess_mapping, header_key
from smpdesk.errors import UserError

HELP = """\
  import-clients  import clients from a CSV or .xlsx file (--dry-run to try it first)
  import-batches  list the imports of clients, newest first
  import-undo     undo an import: remove the clients it added"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("import-clients", help="import clients from a CSV or .xlsx file (owner)")
    db_option(run)
    run.add_argument("file", type=Path, metavar="FILE", help="a .csv, .tsv, .txt or .xlsx file")
    run.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=(
            "which field a column holds: COLUMN is its header or its number from 1, FIELD one "
            f"of {', '.join(IMPORT_FIELDS)} or 'ignore' (repeat for more columns)"
        ),
    )
    run.add_argument("--dry-run", action="store_true", help="report what would happen; add none")
    run.add_argument(
        "--add-duplicates",
        action="store_true",
        help="also add rows that look like clients on file or like other rows",
    )
    # Not an argparse exclusive group: the README's one line gives both, as the test reads it.
    run.add_argument(
        "--day-first", action="store_true", help="dates are day/month/year (03/04 = 3 April)"
    )
    run.add_argument(
        "--month-first", action="store_true", help="dates are month/day/year (03/04 = 4 March)"
    )
    run.add_argument("--json", action="store_true", help="print the report as JSON")
    run.set_defaults(handler=cmd_import_clients)

    listing = sub.add_parser("import-batches", help="list the imports of clients (owner)")
    db_option(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=cmd_import_batches)

    undo = sub.add_parser("import-undo", help="undo an import of clients (owner)")
    db_option(undo)
    undo.add_argument("batch", type=whole(1, 2**62, "an import"), metavar="ID",
                      help="the import's number, from import-batches")  # fmt: skip
    undo.set_defaults(handler=cmd_import_undo)


def mapping_from(headers: tuple[str, ...], overrides: list[str]) -> dict[int, str]:
    """The guessed mapping with each ``COLUMN=FIELD`` applied; UserError naming a bad one."""
    mapping = guess_mapping(headers)
    for text in overrides:
        column, sep, field = text.rpartition("=")
        column, field = column.strip(), field.strip().lower().replace("-", "_")
        if not sep or not column:
            raise UserError(f"--map {text}: write it as COLUMN=FIELD, e.g. --map 3=phone.")
        if field == "ignore":
            field = ""
        elif field not in IMPORT_FIELDS:
            raise UserError(
                f"--map {text}: {field or 'the field'} is not one of "
                f"{', '.join(IMPORT_FIELDS)} or ignore."
            )
        index = _column(headers, column)
        if index is None:
            raise UserError(
                f"--map {text}: the file has no column {column}; give its header or its "
                f"number from 1 to {len(headers)}."
            )
        if field:  # one column per field: the one named here wins
            for other, taken in mapping.items():
                if taken == field:
                    mapping[other] = ""
        mapping[index] = field
    return mapping


def _column(headers: tuple[str, ...], text: str) -> int | None:
    if text.isdigit():
        number = int(text)
        return number - 1 if 1 <= number <= len(headers) else None
    exact = [i for i, h in enumerate(headers) if h == text]
    if exact:
        return exact[0]
    folded = [i for i, h in enumerate(headers) if header_key(h) == header_key(text)]
    return folded[0] if folded else None


def cmd_import_clients(args: argparse.Namespace) -> int:
    if args.day_first and args.month_first:
        raise UserError("Give --day-first or --month-first, not both.")
    db = open_existing(args)
    try:
        table = import_cases.read_import_file(db, args.file)
        mapping = mapping_from(table.headers, args.map)
        day_first = True if args.day_first else False if args.month_first else None
        run = import_cases.plan_import if args.dry_run else import_cases.import_clients
        report = run(db, table, mapping, day_first=day_first, add_duplicates=args.add_duplicates)
    finally:
        db.close()
    if args.json:
        print_json(report_json(report))
        return 0
    fields = ", ".join(
        f"{table.headers[i] or f'column {i + 1}'} -> {IMPORT_FIELDS[f]}"
        for i, f in sorted(mapping.items())
        if f
    )
    say(f"Columns: {fields}", file=sys.stderr)
    verb = "would be added" if report.dry_run else "added"
    batch = f" (import {report.batch_id})" if report.batch_id is not None else ""
    say(
        f"{len(report.added)} client{'s' if len(report.added) != 1 else ''} {verb}{batch}; "
        f"{len(report.duplicates)} likely duplicate{'s' if len(report.duplicates) != 1 else ''}"
        f"{' (added too)' if args.add_duplicates else ' (not added)'}; "
        f"{len(report.problems)} row{'s' if len(report.problems) != 1 else ''} with problems "
        "(not added)."
    )
    for duplicate in report.duplicates:
        like = [c.client_number for c in duplicate.matches] + [f"row {r}" for r in duplicate.rows]
        say(
            f"row {duplicate.row}: {duplicate.details.given_name} "
            f"{duplicate.details.family_name} may be {', '.join(like)} "
            f"(same {' and '.join(duplicate.reasons)})"
        )
    for problem in report.problems:
        say(f"row {problem.row}: {problem.reason}")
    return 0


def report_json(report: import_cases.ImportReport) -> dict[str, object]:
    """The JSON report (fields are only ever added)."""
    return {
        "dry_run": report.dry_run,
        "batch": report.batch_id,
        "added": [
            {
                "row": row.row,
                "client_id": row.client_id,
                "client_number": row.client_number,
                "given_name": row.details.given_name,
                "family_name": row.details.family_name,
            }
            for row in report.added
        ],
        "duplicates": [
            {
                "row": d.row,
                "given_name": d.details.given_name,
                "family_name": d.details.family_name,
                "reasons": list(d.reasons),
                "matches": [c.client_number for c in d.matches],
                "rows": list(d.rows),
            }
            for d in report.duplicates
        ],
        "problems": [{"row": p.row, "reason": p.reason} for p in report.problems],
    }


def cmd_import_batches(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        batches = import_cases.import_batches(db)
    finally:
        db.close()
    if args.json:
        print_json(
            [
                {
                    "batch": b.id,
                    "file_name": b.file_name,
                    "imported_at": b.imported_at,
                    "imported_by": b.imported_by,
                    "count": b.count,
                    "undone_at": b.undone_at,
                    "undone_by": b.undone_by,
                }
                for b in batches
            ]
        )
        return 0
    for b in batches:
        undone = f"  undone {b.undone_at[:16].replace('T', ' ')}" if b.undone_at else ""
        who = f" by {b.imported_by}" if b.imported_by else ""
        say(
            f"{b.id:>4}  {b.imported_at[:16].replace('T', ' ')}{who}  {b.count:>6} clients  "
            f"{b.file_name}{undone}"
        )
    say(f"{len(batches)} import{'s' if len(batches) != 1 else ''}", file=sys.stderr)
    return 0


def cmd_import_undo(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        removed = import_cases.undo_import(db, args.batch)
    finally:
        db.close()
    say(f"Import {args.batch} undone: {removed} client{'s' if removed != 1 else ''} removed.")
    return 0
