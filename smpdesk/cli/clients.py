"""``smpdesk clients`` (list or search), ``clients add``, ``duplicates`` and ``merge``.

A refused field is named by its option (``--dob: ...``), not by the stored
field's name, so a clinic's script says which argument to fix.
"""

from __future__ import annotations

import argparse
import sys

from smpdesk.app import clients as client_cases
from smpdesk.cli.common import (
    Parser,
    client_ref,
    db_option,
    force_option,
    open_existing,
    print_json,
    say,
    settings,
)
from smpdesk.domain.client_details import SEX_CHOICES, ClientDetails
from smpdesk.domain.dates import parse_typed_date
from smpdesk.domain.languages import LANGUAGES
from smpdesk.errors import UserError, ValidationError

HELP = """\
  clients         list or search clients
  clients add     add a client and print its id
  clients duplicates   likely duplicate clients, in pairs
  clients merge   merge one client's record into another's
  clients export  the client list (or a search of it) to a CSV or .xlsx file"""


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
    clients_sub = clients.add_subparsers(
        dest="clients_command", metavar="add|duplicates|merge|export", parser_class=Parser
    )
    add = clients_sub.add_parser("add", help="add a client and print its id")
    db_option(add)
    add.add_argument("--given", required=True, help="given name")
    add.add_argument("--family", required=True, help="family name")
    add.add_argument("--preferred", default="", help="preferred name")
    add.add_argument(
        "--dob",
        default="",
        metavar="YYYY-MM-DD",
        help="date of birth (also in the clinic's date style, e.g. 14/03/1985)",
    )
    add.add_argument("--sex", default="", choices=[k for k in SEX_CHOICES if k])
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--address", default="")
    add.add_argument("--notes", default="")
    add.add_argument(
        "--language",
        default="",
        choices=list(LANGUAGES),
        metavar="CODE",
        help="the language of the client's own papers (aftercare sheet): "
        f"{', '.join(LANGUAGES)}; default: the clinic's own",
    )
    add.set_defaults(handler=cmd_clients_add)
    duplicates = clients_sub.add_parser(
        "duplicates", help="likely duplicate clients: same name and birth date, phone or email"
    )
    db_option(duplicates)
    duplicates.add_argument("--json", action="store_true", help="print a JSON array")
    duplicates.set_defaults(handler=cmd_clients_duplicates)
    merge = clients_sub.add_parser(
        "merge", help="merge one client's record into another's (owner or practitioner)"
    )
    db_option(merge)
    merge.add_argument("--keep", required=True, type=client_ref, metavar="ID", help="kept")
    merge.add_argument(
        "--merge", required=True, type=client_ref, metavar="ID", help="merged into --keep"
    )
    merge.add_argument(
        "--yes", action="store_true", help="do not ask (needed when not at a terminal)"
    )
    merge.set_defaults(handler=cmd_clients_merge)
    # Issue 19 (H2): the list as `clients` shows it, to a file.
    export = clients_sub.add_parser(
        "export", help="the client list (or a search of it) to a CSV or .xlsx file"
    )
    db_option(export)
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="FILE.csv (any spreadsheet) or FILE.xlsx (Excel)",
    )
    # SUPPRESS: a --search or --archived given before "export" is kept.
    export.add_argument(
        "--search", metavar="TEXT", default=argparse.SUPPRESS, help="name, phone, email or no."
    )
    export.add_argument(
        "--archived",
        choices=["active", "archived", "all"],
        default=argparse.SUPPRESS,
        help="which clients to export (default: active)",
    )
    force_option(export)
    export.add_argument("--json", action="store_true", help="print what was written as JSON")
    export.set_defaults(handler=cmd_clients_export)


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
        "language": row.language,  # "" = the clinic's own (issue 20)
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
        date_of_birth=_dob(db, args.dob),
        sex=args.sex,
        phone=args.phone,
        email=args.email,
        address=args.address,
        notes=args.notes,
        language=args.language,
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


def _dob(db: client_cases.Clinic, text: str) -> str:
    """ISO as scripts have always passed it; the clinic's typed style is read too.

    Anything neither reads as is left to the usual check, which names ``--dob``.
    """
    text = text.strip()
    if not text or (len(text) == 10 and text[4:5] == "-"):
        return text
    try:
        return parse_typed_date(text, settings(db).date_style).isoformat()
    except ValueError:
        return text


def _row_json(row: client_cases.ClientRow) -> dict[str, object]:
    return {
        "id": row.id,
        "client_number": row.client_number,
        "given_name": row.given_name,
        "family_name": row.family_name,
        "date_of_birth": row.date_of_birth,
        "phone": row.phone,
    }


def cmd_clients_duplicates(args: argparse.Namespace) -> int:
    db = open_existing(args)
    pairs = client_cases.duplicate_pairs(db)
    if args.json:
        print_json(
            [
                {
                    "first": _row_json(p.first),
                    "second": _row_json(p.second),
                    "reasons": list(p.reasons),
                }
                for p in pairs
            ]
        )
        return 0
    for p in pairs:
        say(f"{_line(p.first)}\n{_line(p.second)}\n    same {' and '.join(p.reasons)}")
    say(f"{len(pairs)} likely duplicate pair{'s' if len(pairs) != 1 else ''}", file=sys.stderr)
    return 0


def _line(row: client_cases.ClientRow) -> str:
    name = f"{row.family_name}, {row.given_name}"
    return f"{row.client_number}  {name:<34} {row.date_of_birth or '':<10}  {row.phone}"


def cmd_clients_merge(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        keep = client_cases.require_client(db, args.keep)
        other = client_cases.require_client(db, args.merge)
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(
                    "A merge cannot be undone by smpdesk: add --yes to merge without being "
                    "asked, or run the command at a terminal to confirm."
                )
            say(
                f"{other.client_number}'s sessions, photos, forms and history move to "
                f"{keep.client_number}, which keeps its own details; {other.client_number} "
                "stays, archived, as a pointer to it.",
                file=sys.stderr,
            )
            try:
                typed = input(f"Type {other.client_number} to merge it: ")
            except EOFError:
                typed = ""
            if client_cases.parse_client_number(typed) != other.id:
                raise UserError("The client number was not typed, so nothing was merged.")
        result = client_cases.merge_clients(db, args.keep, args.merge)
    finally:
        db.close()
    moved = ", ".join(f"{n} {t}" for t, n in sorted(result.moved.items())) or "no records"
    say(f"Merged {other.client_number} into {keep.client_number} ({moved} moved).")
    return 0


def cmd_clients_export(args: argparse.Namespace) -> int:
    """The clients ``smpdesk clients`` lists with the same options, written to a file."""
    from pathlib import Path

    from smpdesk.app.client_list_export import export_client_list

    db = open_existing(args)
    try:
        done = export_client_list(
            db,
            Path(args.output),
            overwrite=args.force,
            search=args.search,
            archived=args.archived,
            inside_words=False,  # as `smpdesk clients --search` lists them
        )
    finally:
        db.close()
    if args.json:
        print_json({"file": str(done.path), "format": done.kind, "clients": done.count})
        return 0
    say(done.path)
    say(f"{done.count} client{'s' if done.count != 1 else ''} exported", file=sys.stderr)
    return 0
