"""``smpdesk audit`` (who did what) and ``audit verify`` (is the chain whole?).

Here ``--user NAME`` is the person whose entries are listed, as the audit
screen filters; the owner running the command signs in with ``SMPDESK_USER``
and ``SMPDESK_PASSWORD``.
"""

from __future__ import annotations

import argparse
import os
from datetime import date

from smpdesk.app import staff as staff_cases
from smpdesk.cli.common import Parser, client_ref, db_option, open_existing, print_json, say
from smpdesk.errors import UserError

HELP = """\
  audit           who did what, newest first (owner)
  audit verify    check the audit trail's hash chain; exit 1 if it is broken"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    audit = sub.add_parser("audit", help="who did what, newest first (owner)")
    db_option(audit, user=False)
    audit.add_argument("--client", type=client_ref, metavar="ID", help="one client's entries")
    audit.add_argument(
        "--user", dest="staff_name", metavar="NAME", help="one staff member's entries (as shown)"
    )
    audit.add_argument("--since", metavar="YYYY-MM-DD", help="entries from that day on")
    audit.add_argument("--json", action="store_true", help="print a JSON array")
    audit.set_defaults(handler=cmd_audit)
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="verify", parser_class=Parser)
    verify = audit_sub.add_parser("verify", help="check the audit trail's hash chain")
    db_option(verify, user=False)
    verify.set_defaults(handler=cmd_audit_verify)


def _signed_in(args: argparse.Namespace) -> argparse.Namespace:
    """The owner's own name: SMPDESK_USER, or --user given before 'audit' (after it, --user
    is the filter)."""
    signed = getattr(args, "user", None) or os.environ.get("SMPDESK_USER", "")
    return argparse.Namespace(**{**vars(args), "user": signed})


def cmd_audit(args: argparse.Namespace) -> int:
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since).isoformat()
        except ValueError:
            raise UserError(f"--since: {args.since!r} is not a date such as 2026-12-01.") from None
    db = open_existing(_signed_in(args))
    try:
        listed = staff_cases.audit_log(
            db, args.client, 100_000, staff_name=args.staff_name, since=since
        )
    finally:
        db.close()
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "at": e.at,
                    "staff_id": e.staff_id,
                    "staff_name": e.staff_name,
                    "action": e.action,
                    "client_id": e.client_id,
                    "outcome": e.outcome,
                }
                for e in listed
            ]
        )
        return 0
    for e in listed:
        client = f"client {e.client_id}" if e.client_id is not None else ""
        say(f"{e.at}  {e.staff_name or '-':<24} {e.action:<36} {client:<14} {e.outcome}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    db = open_existing(_signed_in(args))
    try:
        problem = staff_cases.verify_audit(db)
    finally:
        db.close()
    if problem:
        say(problem)
        return 1
    say("The audit trail is whole: every entry follows the one before it.")
    return 0


__all__ = ["HELP", "add_parsers"]
