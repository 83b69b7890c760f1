"""``smpdesk plans`` and ``smpdesk quote`` (issue 18): a client's treatment plans and quotes.

``plans`` lists a client's plan versions, newest first: total, deposit, valid
until and whether the client accepted (signed) it; ``--json`` gives objects with
decimal-string amounts (never floats).  Every role may list them (the desk takes
the deposit).  ``quote`` writes one version's quote ("Your treatment plan") as a
PDF, like every other output: never over the clinic's own files, an existing
file only with ``--force``.  The quote is in the client's preferred language
unless ``--language`` names another for this one (issue 20).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic
from smpdesk.app import plans as plan_cases
from smpdesk.cli.common import (
    client_ref,
    count,
    db_option,
    force_option,
    open_existing,
    print_json,
    say,
)
from smpdesk.domain.languages import LANGUAGES, language_problem
from smpdesk.paths import resolve_db_path

HELP = """\
  plans           list a client's treatment plans (total, deposit, accepted or not)
  quote           write a treatment plan's quote as a PDF (owner or practitioner)"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser(
        "plans",
        help="list a client's treatment plans",
        description=(
            "A client's treatment plan versions, newest first: total, deposit, valid until "
            "and whether the client accepted it."
        ),
    )
    db_option(listing)
    listing.add_argument(
        "--client", type=client_ref, required=True, metavar="ID", help="C00044, or just 44"
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_plans)
    quote = sub.add_parser(
        "quote",
        help="write a plan's quote as a PDF (owner or practitioner)",
        description=(
            'Write the quote of one plan version ("Your treatment plan": sessions, proposed '
            "dates, prices, tax, total, deposit, validity, terms, signature) as a PDF."
        ),
    )
    db_option(quote)
    quote.add_argument("--plan", type=count, required=True, metavar="ID")
    quote.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    quote.add_argument(
        "--language",
        type=_language,
        metavar="CODE",
        help=f"the quote's language: {', '.join(LANGUAGES)} (default: the client's)",
    )
    force_option(quote)
    quote.set_defaults(handler=cmd_quote)


def _language(code: str) -> str:
    problem = language_problem(code)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return code


def _local(stamp: str | None) -> str:
    """A stored time as this computer's local ``YYYY-MM-DD HH:MM`` ("" for none)."""
    if not stamp:
        return ""
    try:
        return f"{datetime.fromisoformat(stamp).astimezone():%Y-%m-%d %H:%M}"
    except ValueError:
        return stamp


def _json(summary: plan_cases.PlanSummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "client_id": summary.client_id,
        "version": summary.version,
        "replaces": summary.replaces,
        "total": summary.total.amount_text(),
        "deposit": summary.deposit.amount_text(),
        "currency": summary.total.currency,
        "valid_until": summary.valid_until,
        "accepted": summary.accepted,
        "accepted_at": summary.accepted_at,
        "accepted_name": summary.accepted_name,
        "created_at": summary.created_at,
        "created_by": summary.created_by_name,
    }


def cmd_plans(args: argparse.Namespace) -> int:
    db = open_existing(args)
    client_cases.require_client(db, args.client)
    found = plan_cases.client_plans(db, args.client)
    if args.json:
        print_json([_json(s) for s in found])
        return 0
    if not found:
        say("No treatment plans saved for this client.")
    for s in found:
        signed = f"accepted {_local(s.accepted_at)}" if s.accepted else "not accepted"
        if s.accepted and s.accepted_name:
            signed += f" (signed as {s.accepted_name})"
        by = f"  by {s.created_by_name}" if s.created_by_name else ""
        say(
            f"{s.id:>6}  v{s.version:<3} {_local(s.created_at)}{by}  total {s.total}  "
            f"deposit {s.deposit}  valid until {s.valid_until}  {signed}"
        )
    return 0


def cmd_quote(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        target = plan_cases.export_quote(
            db,
            args.plan,
            Path(args.output),
            protected=clinic.protected_files(resolve_db_path(args.db), db),
            overwrite=args.force,
            language=args.language,
        )
    finally:
        db.close()
    say(target)
    return 0


__all__ = ["HELP", "add_parsers"]
