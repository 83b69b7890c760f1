"""The ``smpdesk`` command: opens the GUI, or runs a subcommand headless.

The GUI package (and so Qt) is imported only when a window is wanted, so
scripts and tests that call subcommands never need a display.  Expected
problems end with one sentence on stderr and exit status 1, never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from smpdesk import __version__, services, store
from smpdesk.client_details import SEX_CHOICES, ClientDetails
from smpdesk.errors import UserError, ValidationError
from smpdesk.paths import DB_ENV, resolve_db_path

COMMANDS = """commands:
  (none)          open the clinic desk window
  demo            create a demo clinic database with synthetic clients
  clients         list or search clients
  clients add     add a client and print its id

The database is --db PATH, else $SMPDESK_DB, else the user-data folder.
Run 'smpdesk COMMAND --help' for a command's options."""


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are user errors: exit 1, one sentence, no traceback."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: {message}\n")


def _db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        required=required,
        # SUPPRESS keeps a subcommand from hiding a --db given before it.
        default=argparse.SUPPRESS,
        help=f"clinic database file (default: ${DB_ENV}, else the user-data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="smpdesk",
        description="Offline consultation desk for scalp micropigmentation clinics.",
        epilog=COMMANDS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"smpdesk {__version__}")
    parser.add_argument("--db", metavar="PATH", default=None, help="clinic database file")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a throw-away demo clinic in a temporary folder",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", help="create a demo clinic database")
    demo.add_argument("--db", metavar="PATH", required=True, help="new database file to create")
    demo.add_argument(
        "--clients", type=int, default=60, metavar="N", help="number of clients (default 60)"
    )

    clients = sub.add_parser("clients", help="list or search clients; 'clients add' adds one")
    _db_option(clients)
    clients.add_argument("--search", metavar="TEXT", default="", help="name, phone, email or no.")
    clients.add_argument(
        "--archived",
        choices=["active", "archived", "all"],
        default="active",
        help="which clients to list (default: active)",
    )
    clients.add_argument("--json", action="store_true", help="print a JSON array")
    clients_sub = clients.add_subparsers(
        dest="clients_command", metavar="add", parser_class=_Parser
    )
    add = clients_sub.add_parser("add", help="add a client and print its id")
    _db_option(add)
    add.add_argument("--given", required=True, help="given name")
    add.add_argument("--family", required=True, help="family name")
    add.add_argument("--preferred", default="", help="preferred name")
    add.add_argument("--dob", default="", metavar="YYYY-MM-DD", help="date of birth")
    add.add_argument("--sex", default="", choices=[k for k in SEX_CHOICES if k])
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--address", default="")
    add.add_argument("--notes", default="")
    return parser


def _cmd_demo(args: argparse.Namespace) -> int:
    from smpdesk.demo import create_demo_clinic

    db = create_demo_clinic(Path(args.db), args.clients)
    db.conn.close()
    print(f"Created a demo clinic with {args.clients} clients at {args.db}")
    return 0


def _client_json(row: store.ClientRow) -> dict[str, object]:
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


def _cmd_clients(args: argparse.Namespace) -> int:
    db = services.open_clinic(resolve_db_path(args.db))
    ids = store.search_client_ids(db, args.search, archived=args.archived)
    rows = store.list_rows(db, ids)
    ordered = [rows[i] for i in ids if i in rows]
    if args.json:
        json.dump([_client_json(r) for r in ordered], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for r in ordered:
        name = f"{r.family_name}, {r.given_name}"
        flag = "  (archived)" if r.archived_at else ""
        print(
            f"{r.client_number}  {name:<34} {r.date_of_birth or '':<10}  "
            f"{r.phone:<18} {r.email}{flag}"
        )
    print(f"{len(ordered)} client{'s' if len(ordered) != 1 else ''}", file=sys.stderr)
    return 0


def _cmd_clients_add(args: argparse.Namespace) -> int:
    db = services.open_clinic(resolve_db_path(args.db), create=True)
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
        client = services.add_client(db, details)
    except ValidationError as exc:
        option = {
            "given_name": "--given",
            "family_name": "--family",
            "date_of_birth": "--dob",
            "preferred_name": "--preferred",
        }
        field, message = next(iter(exc.fields.items()))
        raise UserError(f"{option.get(field, '--' + field)}: {message}") from exc
    print(client.id)
    return 0


def _run_gui(db_path: Path, *, demo: bool = False) -> int:
    try:
        from smpdesk.gui.app import run_app
    except ImportError as exc:
        raise UserError(
            "The window cannot open because Qt is missing or incomplete "
            f"({exc}); reinstall smpdesk with 'python -m pip install .'."
        ) from exc
    return run_app(db_path, demo=demo)


def _run_demo_gui() -> int:
    from smpdesk.demo import create_demo_clinic

    folder = Path(tempfile.mkdtemp(prefix="smpdesk-demo-"))
    try:
        path = folder / "demo-clinic.sqlite3"
        create_demo_clinic(path).conn.close()
        return _run_gui(path, demo=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "clients":
            if args.clients_command == "add":
                return _cmd_clients_add(args)
            return _cmd_clients(args)
        if args.demo:
            return _run_demo_gui()
        return _run_gui(resolve_db_path(args.db))
    except UserError as exc:
        print(f"smpdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
