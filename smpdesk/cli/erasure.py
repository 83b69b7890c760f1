"""``smpdesk client-erase`` and ``smpdesk retention``: a client's erasure, and who is due for it.

Erasing cannot be undone, so without ``--yes`` the command asks for the
client's number at a terminal, and refuses outright when nobody is there to
ask (a script must say ``--yes``).  Who may erase is checked before anything
is asked: the owner only.
"""

from __future__ import annotations

import argparse
import sys

from smpdesk.app import erasure, retention
from smpdesk.cli.common import client_ref, db_option, open_existing, print_json, say, settings
from smpdesk.domain.dates import format_medium_date
from smpdesk.errors import UserError

HELP = """\
  client-erase    erase a client and everything of theirs, for good (owner)
  retention       clients whose last visit is older than the retention period (owner)"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    erase = sub.add_parser(
        "client-erase", help="erase a client and everything of theirs, for good (owner)"
    )
    db_option(erase)
    erase.add_argument("--client", required=True, type=client_ref, metavar="ID")
    erase.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help="why (kept in the erasure register; no health details)",
    )
    erase.add_argument(
        "--yes",
        action="store_true",
        help="do not ask for the client number (needed when not at a terminal)",
    )
    erase.set_defaults(handler=cmd_client_erase)
    listed = sub.add_parser(
        "retention", help="clients whose last visit is older than the retention period"
    )
    db_option(listed)
    listed.add_argument("--json", action="store_true", help="print a JSON array")
    listed.set_defaults(handler=cmd_retention)


def cmd_client_erase(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        # Refused here (and logged) for anyone but the owner, before anything is asked.
        preview = erasure.erasure_preview(db, args.client)
        erasure.checked_reason(args.reason)  # a missing reason is said before the question
        if args.yes:
            typed = preview.client_number
        else:
            if not sys.stdin.isatty():
                raise UserError(
                    "Erasing a client cannot be undone: add --yes to erase without being asked, "
                    "or run the command at a terminal to confirm with the client number."
                )
            what = ", ".join(preview.records) or "no other records"
            say(
                f"This erases {preview.name} ({preview.client_number}) for good: their details, "
                f"{what}, and every earlier version. Backups made before now still hold them "
                "until they are rotated out.",
                file=sys.stderr,
            )
            try:
                typed = input(f"Type the client number {preview.client_number} to erase: ")
            except EOFError:
                typed = ""
            if not erasure.confirms(typed, preview.client_number):
                raise UserError("The client number was not typed, so nothing was erased.")
        done = erasure.erase_client(db, args.client, confirmation=typed, reason=args.reason)
    finally:
        db.close()
    say(done.message)
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        years = settings(db).retention_years
        past = retention.clients_past_retention(db)
    finally:
        db.close()
    if args.json:
        print_json(
            [
                {
                    "id": p.client_id,
                    "client_number": p.client_number,
                    "name": p.name,
                    "archived": p.archived,
                    "last_visit": p.last_visit.isoformat(),
                    "years_since": p.years_since,
                }
                for p in past
            ]
        )
        return 0
    for p in past:
        flag = "  (archived)" if p.archived else ""
        say(
            f"{p.client_number}  {p.name:<34} last visit {format_medium_date(p.last_visit):<12} "
            f"{p.years_since} year{'' if p.years_since == 1 else 's'} ago{flag}"
        )
    noun = "client" if len(past) == 1 else "clients"
    say(
        f"{len(past)} {noun} last seen more than {years} years ago (the retention period "
        "in Settings); review each and erase with 'smpdesk client-erase'.",
        file=sys.stderr,
    )
    return 0
