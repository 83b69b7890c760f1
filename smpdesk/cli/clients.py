"""``smpdesk clients`` (list or search) and ``clients add``.

A refused field is named by its option (``--dob: ...``), not by the stored
field's name, so a clinic's script says which argument to fix.
"""

from __future__ import annotations

import argparse
import sys

from smpdesk.app import clients as client_cases
from smpdesk.cli.common import Parser, db_option, open_existing, print_json, say
from smpdesk.domain.client_details import SEX_CHOICES, ClientDetails
from smpdesk.errors import UserError, ValidationError

HELP = """\
  clients         list or search clients
  clients add     add a client and print its id"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    clients = sub.add_parser("clients", help="list or search clients; 'clients add' adds one")
    db_option(clients)
    clients.add_argument("--search", metavar="TEXT", default="", help="name, phone, email or no.")
    clients.add_argument(
        "--archived",
        choices=["active", "archived", "all"],
        default="active",
        help="which clients to list (default: active)",
    )
    clients.add_argument("--json", action="store_true", help="print a JSON array")
    clients.set_defaults(handler=cmd_clients)
    clients_sub = clients.add_subparsers(dest="clients_command", metavar="add", parser_class=Parser)
    add = clients_sub.add_parser("add", help="add a client and print its id")
    db_option(add)
    add.add_argument("--given", required=True, help="given name")
    add.add_argument("--family", required=True, help="family name")
    add.add_argument("--preferred", default="", help="preferred name")
    add.add_argument("--dob", default="", metavar="YYYY-MM-DD", help="date of birth")
    add.add_argument("--sex", default="", choices=[k for k in SEX_CHOICES if k])
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--address", default="")
    add.add_argument("--notes", default="")
    add.set_defaults(handler=cmd_clients_add)


def _client_json(row: client_cases.ClientRow) -> dict[str, object]:
    return {
        "id": row.id,
        "client_number": row.client_number,
        "given_name": row.given_name,
        "family_name": row.family_name,
        "preferred_name": row.preferred_name,
        "date_of_birth": row.date_of_birth,
        "phone": row.phone,
        "email": row.email,
        "archived": row.archived_at is not None,
    }


def cmd_clients(args: argparse.Namespace) -> int:
    db = open_existing(args)
    ids = client_cases.search_client_ids(db, args.search, archived=args.archived)
    rows = client_cases.list_rows(db, ids)
    ordered = [rows[i] for i in ids if i in rows]
    if args.json:
        print_json([_client_json(r) for r in ordered])
        return 0
    for r in ordered:
        name = f"{r.family_name}, {r.given_name}"
        flag = "  (archived)" if r.archived_at else ""
        say(
            f"{r.client_number}  {name:<34} {r.date_of_birth or '':<10}  "
            f"{r.phone:<18} {r.email}{flag}"
        )
    say(f"{len(ordered)} client{'s' if len(ordered) != 1 else ''}", file=sys.stderr)
    return 0


def cmd_clients_add(args: argparse.Namespace) -> int:
    db = open_existing(args)
    details = ClientDetails(
        given_name=args.given,
        family_name=args.family,
        preferred_name=args.preferred,
        date_of_birth=args.dob,
        sex=args.sex,
        phone=args.phone,
        email=args.email,
        address=args.address,
        notes=args.notes,
    )
    try:
        client = client_cases.add_client(db, details)
    except ValidationError as exc:
        option = {
            "given_name": "--given",
            "family_name": "--family",
            "date_of_birth": "--dob",
            "preferred_name": "--preferred",
        }
        field, message = next(iter(exc.fields.items()))
        raise UserError(f"{option.get(field, '--' + field)}: {message}") from exc
    say(client.id)
    return 0
