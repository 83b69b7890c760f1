"""The ``smpdesk`` command: opens the GUI, or runs a subcommand headless.

The GUI package (and so Qt) is imported only when a window is wanted, so
scripts and tests that call subcommands never need a display.  Expected
problems end with one sentence on stderr and exit status 1, never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

import sqlite_utils

from smpdesk import __version__, cli_forms
from smpdesk.app import aftercare as aftercare_cases
from smpdesk.app import backups as backup_cases
from smpdesk.app import clients as client_cases
from smpdesk.app import clinic
from smpdesk.app import photos as photo_cases
from smpdesk.app import sessions as session_cases
from smpdesk.client_details import SEX_CHOICES, ClientDetails
from smpdesk.errors import UserError, ValidationError
from smpdesk.paths import DB_ENV, resolve_db_path
from smpdesk.safe_output import check_target, write_file
from smpdesk.session_details import AREAS, SESSION_TYPES, SessionDetails, describe_type
from smpdesk.text_safety import say

COMMANDS = f"""commands:
  (none)          open the clinic desk window
  init            create a new, empty clinic database
  demo            create a demo clinic database with synthetic clients
  clients         list or search clients
  clients add     add a client and print its id
  sessions add    record a treatment session and print its id
  sessions list   list a client's treatment sessions
  lots            recall search: every client and session that used a lot
  due             follow-ups due: overdue, today and upcoming
  handout         write an aftercare sheet PDF (a client's, or --blank)
  backup          make a verified backup (SQLite backup API) and rotate old ones
  backups         list backups with their verification status
  restore         replace the database with a verified backup (the current file is kept)
  check           check the database for damage and count its records
  export-backup   write an encrypted backup (passphrase) for taking off the laptop
  import-backup   restore from an encrypted backup
  photos import   import photos for a client (refuses damaged or unsafe files)
  photos list     list a client's photos
  photos export   write one photo to a JPEG file
{cli_forms.HELP}

The database is --db PATH, else $SMPDESK_DB, else the user-data folder.
Run 'smpdesk COMMAND --help' for a command's options."""


_settings_warned: set[str] = set()


def _settings(db: sqlite_utils.Database) -> clinic.ClinicSettings:
    """The clinic's settings; an unreadable one is named once on stderr (its default is used)."""
    settings = clinic.load_settings(db)
    for warning in settings.warnings:
        if warning not in _settings_warned:
            _settings_warned.add(warning)
            say(f"smpdesk: warning: {warning}", file=sys.stderr)
    return settings


def _whole(low: int, high: int, what: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, else one plain sentence."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip()) if len(text) <= 30 else None
        except ValueError:
            value = None
        if value is None:
            raise argparse.ArgumentTypeError(f"{text[:30]!r} is not a whole number")
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{value} is out of range; {what or 'give a number'} from {low} to {high}"
            )
        return value

    return parse


# Ids (sessions, photos, responses) as SQLite stores them; days ahead (10 years);
# demo clients (twice the largest clinic the benchmarks measure).
_count = _whole(0, 10**9, "give an id")
MAX_DAYS_AHEAD = 3650
MAX_DEMO_CLIENTS = 200_000


def _client_ref(text: str) -> int:
    number = client_cases.parse_client_number(text)
    if number is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a client number such as C00044 or 44")
    return number


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


def _force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace FILE if it exists (never the clinic database or a backup)",
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

    init = sub.add_parser("init", help="create a new, empty clinic database")
    init.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="new database file to create"
    )

    demo = sub.add_parser("demo", help="create a demo clinic database")
    demo.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="new database file to create"
    )
    demo.add_argument(
        "--clients",
        type=_whole(1, MAX_DEMO_CLIENTS, "give a number of clients"),
        default=60,
        metavar="N",
        help=f"number of clients, 1 to {MAX_DEMO_CLIENTS} (default 60)",
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

    sessions = sub.add_parser("sessions", help="record or list treatment sessions")
    sessions_sub = sessions.add_subparsers(
        dest="sessions_command", metavar="add|list", parser_class=_Parser, required=True
    )
    s_add = sessions_sub.add_parser("add", help="record a session and print its id")
    _db_option(s_add)
    s_add.add_argument("--client", type=_client_ref, required=True, metavar="ID")
    s_add.add_argument("--type", required=True, choices=list(SESSION_TYPES), dest="session_type")
    s_add.add_argument("--date", default="", metavar="YYYY-MM-DD", help="default: today")
    for option, field_name, help_text in SESSION_OPTIONS:
        s_add.add_argument(option, default="", dest=field_name, help=help_text)
    s_add.add_argument(
        "--override-reason",
        default=None,
        metavar="TEXT",
        help="why the session goes ahead despite a do-not-treat flag (stored with it)",
    )
    s_list = sessions_sub.add_parser("list", help="list a client's sessions, newest first")
    _db_option(s_list)
    s_list.add_argument("--client", type=_client_ref, required=True, metavar="ID")
    s_list.add_argument("--json", action="store_true")

    lots = sub.add_parser("lots", help="who received a pigment, diluent or cartridge lot")
    _db_option(lots)
    lots.add_argument("lot", metavar="LOT")
    lots.add_argument("--json", action="store_true")

    due = sub.add_parser("due", help="follow-ups due: overdue, today and upcoming")
    _db_option(due)
    due.add_argument(
        "--days",
        type=_whole(0, MAX_DAYS_AHEAD, "give a number of days"),
        default=14,
        metavar="N",
        help=f"look N days ahead (0 to {MAX_DAYS_AHEAD})",
    )
    due.add_argument("--json", action="store_true")

    handout = sub.add_parser("handout", help="write an aftercare sheet PDF")
    _db_option(handout)
    who = handout.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", type=_client_ref, metavar="ID")
    who.add_argument("--blank", action="store_true", help="day numbers, no client")
    handout.add_argument("--session", type=_count, metavar="ID", help="default: latest session")
    handout.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _force_option(handout)

    backup = sub.add_parser("backup", help="make a verified backup of the clinic database")
    _db_option(backup)
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE")
    backups = sub.add_parser("backups", help="list backups with their verification status")
    _db_option(backups)
    restore = sub.add_parser("restore", help="replace the database with a verified backup")
    _db_option(restore)
    restore.add_argument("backup_file", metavar="FILE", help="the backup to restore")
    export = sub.add_parser("export-backup", help="write an encrypted backup file")
    _db_option(export)
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    _force_option(export)
    import_ = sub.add_parser("import-backup", help="restore from an encrypted backup file")
    _db_option(import_)
    import_.add_argument("sealed_file", metavar="FILE")
    check = sub.add_parser("check", help="check the database for damage and count records")
    _db_option(check)
    check.add_argument("--full", action="store_true", help="full integrity check (slower)")

    photos = sub.add_parser("photos", help="import, list or export client photos")
    photos_sub = photos.add_subparsers(
        dest="photos_command", metavar="import|list|export", parser_class=_Parser, required=True
    )
    p_import = photos_sub.add_parser("import", help="import photos for a client")
    _db_option(p_import)
    p_import.add_argument("--client", type=_client_ref, required=True, metavar="ID")
    p_import.add_argument("--visit", type=_count, metavar="SESSION_ID", help="attach to a session")
    p_import.add_argument("--date", default="", metavar="YYYY-MM-DD", help="visit date")
    p_import.add_argument("--angle", default="other", choices=list(photo_cases.ANGLES))
    p_import.add_argument("--consent", default="clinical", choices=list(photo_cases.CONSENTS))
    p_import.add_argument("files", nargs="+", metavar="FILE")
    p_list = photos_sub.add_parser("list", help="list a client's photos")
    _db_option(p_list)
    p_list.add_argument("--client", type=_client_ref, required=True, metavar="ID")
    p_list.add_argument("--json", action="store_true")
    p_export = photos_sub.add_parser("export", help="write a photo to a JPEG file")
    _db_option(p_export)
    p_export.add_argument("--photo", type=_count, required=True, metavar="ID")
    p_export.add_argument("-o", "--output", required=True, metavar="FILE.jpg")
    _force_option(p_export)
    cli_forms.add_parsers(sub, _db_option, _Parser, _count, _client_ref, _force_option)
    return parser


# (option, SessionDetails field, help) for 'sessions add'
SESSION_OPTIONS = [
    ("--start", "start_time", "start time HH:MM"),
    ("--end", "end_time", "end time HH:MM"),
    ("--practitioner", "practitioner", "who treated"),
    ("--areas", "areas", "comma-separated: " + ",".join(AREAS)),
    ("--pigment-brand", "pigment_brand", None),
    ("--shade", "pigment_shade", None),
    ("--dilution", "dilution", "e.g. 1:3"),
    ("--pigment-lot", "pigment_lot", None),
    ("--pigment-expiry", "pigment_expiry", "YYYY-MM-DD"),
    ("--diluent", "diluent", None),
    ("--diluent-lot", "diluent_lot", None),
    ("--needle", "needle_config", "e.g. 1RL"),
    ("--diameter", "needle_diameter", "mm, e.g. 0.25"),
    ("--cartridge-lot", "cartridge_lot", None),
    ("--machine", "machine", None),
    ("--machine-settings", "machine_settings", None),
    ("--numbing", "numbing_product", None),
    ("--duration", "duration_minutes", "minutes"),
    ("--reaction", "skin_reaction", None),
    ("--pain", "pain_score", "0 to 10"),
    ("--complications", "complications", None),
    ("--notes", "notes", None),
    ("--next", "next_appointment", "next appointment YYYY-MM-DD HH:MM"),
]


def _cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.db)
    if path.exists():
        raise UserError(f"{path} already exists; choose a new file name.")
    clinic.open_clinic(path, create=True).conn.close()
    say(f"Created an empty clinic database at {path}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from smpdesk.demo import create_demo_clinic

    db = create_demo_clinic(Path(args.db), args.clients)
    db.conn.close()
    say(f"Created a demo clinic with {args.clients} clients at {args.db}")
    return 0


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


def _cmd_clients(args: argparse.Namespace) -> int:
    db = clinic.open_clinic(resolve_db_path(args.db))
    ids = client_cases.search_client_ids(db, args.search, archived=args.archived)
    rows = client_cases.list_rows(db, ids)
    ordered = [rows[i] for i in ids if i in rows]
    if args.json:
        _print_json([_client_json(r) for r in ordered])
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


def _cmd_clients_add(args: argparse.Namespace) -> int:
    db = clinic.open_clinic(resolve_db_path(args.db))
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


def _open_existing(args: argparse.Namespace):
    return clinic.open_clinic(resolve_db_path(args.db))


def _option_for(field_name: str) -> str:
    for option, name, _ in SESSION_OPTIONS:
        if name == field_name:
            return option
    return {
        "session_date": "--date",
        "session_type": "--type",
        "override_reason": "--override-reason",
    }.get(field_name, field_name)


def _cmd_sessions_add(args: argparse.Namespace) -> int:
    db = _open_existing(args)
    values = {name: getattr(args, name) for _, name, _ in SESSION_OPTIONS}
    details = SessionDetails(
        session_date=args.date or date.today().isoformat(),
        session_type=args.session_type,
        **values,
    )
    try:
        session = session_cases.record_session(
            db, args.client, details, override_reason=args.override_reason
        )
    except ValidationError as exc:
        field_name, message = next(iter(exc.fields.items()))
        raise UserError(f"{_option_for(field_name)}: {message}") from exc
    say(session.id)
    return 0


def _session_json(session: session_cases.Session) -> dict[str, object]:
    return {"id": session.id, "client_id": session.client_id, **session.details.as_dict()}


def _cmd_sessions_list(args: argparse.Namespace) -> int:
    db = _open_existing(args)
    client_cases.require_client(db, args.client)
    sessions = session_cases.client_sessions(db, args.client)
    if args.json:
        _print_json([_session_json(s) for s in sessions])
        return 0
    for s in sessions:
        d = s.details
        lot = f"  lot {d.pigment_lot}" if d.pigment_lot else ""
        kind = describe_type(d.session_type)
        say(f"{s.id:>6}  {d.session_date}  {kind:<16} {d.practitioner}{lot}")
    return 0


def _cmd_lots(args: argparse.Namespace) -> int:
    db = _open_existing(args)
    matches = session_cases.sessions_with_lot(db, args.lot)
    if args.json:
        _print_json([m.__dict__ for m in matches])
        return 0
    for m in matches:
        say(
            f"{m.session_date}  {m.client_number}  {m.client_name:<30} {m.phone:<18} "
            f"{describe_type(m.session_type):<16} {m.column.replace('_', ' ')} {m.lot}"
        )
    say(
        f"{len(matches)} session{'s' if len(matches) != 1 else ''} used lot {args.lot.strip()}",
        file=sys.stderr,
    )
    return 0


def _cmd_due(args: argparse.Namespace) -> int:
    db = _open_existing(args)
    items = session_cases.due_follow_ups(
        db, days_ahead=args.days, follow_up_days=_settings(db).follow_up_days
    )
    if args.json:
        _print_json(
            [
                {
                    **{k: v for k, v in item.__dict__.items()},
                    "last_session_date": item.last_session_date.isoformat(),
                    "due_date": item.due_date.isoformat(),
                    "appointment": item.appointment.isoformat(sep=" ", timespec="minutes")
                    if item.appointment
                    else None,
                }
                for item in items
            ]
        )
        return 0
    for item in items:
        when = (
            item.appointment.strftime("%Y-%m-%d %H:%M")
            if item.appointment
            else (f"{item.due_date.isoformat()} (proposed)")
        )
        say(
            f"{item.status:<9} {when:<22} {item.client_number}  {item.client_name:<30} "
            f"{item.phone:<18} next: {describe_type(item.next_type)}"
        )
    return 0


def _cmd_handout(args: argparse.Namespace) -> int:
    output = Path(args.output)
    path = resolve_db_path(args.db)
    if args.blank:
        # The clinic's own details and day counts when its database exists;
        # a --db given on purpose must exist.
        if args.db and not path.exists():
            raise UserError(f"There is no clinic database at {path}; check the path.")
        db = clinic.open_clinic(path) if path.exists() else None
    else:
        db = _open_existing(args)
    if db is not None:
        _settings(db)
    # Refused before the sheet is made: it must never land on the clinic's files.
    protected = clinic.protected_files(path, db)
    check_target(output, protected, overwrite=args.force)
    if db is None or args.blank:
        pdf = aftercare_cases.blank_aftercare_pdf(db)
    else:
        pdf = aftercare_cases.aftercare_pdf(db, args.client, args.session)
    write_file(output, pdf.data, protected, overwrite=args.force, what="The aftercare sheet")
    if db is not None and not args.blank:
        aftercare_cases.record_aftercare_given(db, pdf, "saved")
    say(output)
    return 0


def _cmd_photos(args: argparse.Namespace) -> int:
    db = _open_existing(args)
    if args.photos_command == "import":
        visit = None
        if args.date:
            try:
                visit = date.fromisoformat(args.date)
            except ValueError:
                raise UserError("--date: enter the visit date as YYYY-MM-DD.") from None
        results = photo_cases.import_photos(
            db,
            args.client,
            [Path(f) for f in args.files],
            visit_date=visit,
            session_id=args.visit,
            angle=args.angle,
            consent=args.consent,
            progress=lambda _done, result: say(result.line(), flush=True),
        )
        return 0 if all(r.imported for r in results) else 1
    if args.photos_command == "list":
        client_cases.require_client(db, args.client)
        listed = photo_cases.client_photos(db, args.client)
        if args.json:
            _print_json([p.__dict__ for p in listed])
            return 0
        for p in listed:
            say(
                f"{p.id:>6}  {p.visit_date}  {photo_cases.ANGLES.get(p.angle, p.angle):<18} "
                f"{p.width}x{p.height}  {photo_cases.CONSENTS[p.consent]:<22} {p.source_name}"
            )
        return 0
    target = photo_cases.export_photo(
        db,
        args.photo,
        Path(args.output),
        protected=clinic.protected_files(resolve_db_path(args.db), db),
        overwrite=args.force,
    )
    say(target)
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    db = clinic.open_clinic(path)
    try:
        if args.output:
            say(backup_cases.back_up_to_file(db, path, Path(args.output)))
            return 0
        done = backup_cases.back_up(db, path, settings=_settings(db))
    finally:
        db.conn.close()
    say(done.made.path)
    if done.removed:
        say(f"Removed {len(done.removed)} older backup(s) by the rotation rules.", file=sys.stderr)
    return 0


def _cmd_backups(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    db = clinic.open_clinic(path)
    folder = clinic.backups_folder(path, _settings(db))
    db.conn.close()
    listed = backup_cases.list_backups(folder, path.stem, verify=True)
    if not listed:
        say(f"No backups yet in {folder}.", file=sys.stderr)
    for info in listed:
        status = "ok" if info.ok else f"NOT USABLE: {info.problem}"
        say(f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.size / 1e6:8.1f} MB  {status}  {info.path}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    result = backup_cases.restore(resolve_db_path(args.db), Path(args.backup_file))
    if result.set_aside is not None:
        say(f"The previous database was kept as {result.set_aside}")
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    say(f"Restored from {result.restored_from}: {counts}.")
    return 0


def _passphrase(*, confirm: bool) -> str:
    """From SMPDESK_PASSPHRASE (scripts) or asked twice at the terminal; never stored."""
    given = os.environ.get("SMPDESK_PASSPHRASE")
    if given is not None:
        return given
    import getpass

    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise UserError("The two passphrases differ; nothing was written.")
    return first


def _cmd_export_backup(args: argparse.Namespace) -> int:
    target = Path(args.output)
    path = resolve_db_path(args.db)
    # Refused before the passphrase is asked for.
    backup_cases.check_export_target(path, target, overwrite=args.force)
    passphrase = _passphrase(confirm=True)
    db = clinic.open_clinic(path)
    try:
        backup_cases.export_encrypted(db, path, target, passphrase, overwrite=args.force)
    finally:
        db.conn.close()
    say(target)
    return 0


def _cmd_import_backup(args: argparse.Namespace) -> int:
    passphrase = _passphrase(confirm=False)
    path = resolve_db_path(args.db)
    if not Path(os.path.realpath(path)).parent.is_dir():
        raise UserError(f"The folder {path.parent} does not exist; check the --db path.")
    result = backup_cases.import_encrypted(path, Path(args.sealed_file), passphrase)
    assert result is not None  # no confirm callback: always restored, else an error
    if result.set_aside is not None:
        say(f"The previous database was kept as {result.set_aside}")
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    say(f"Imported {args.sealed_file}: {counts}.")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from smpdesk.filesystems import NETWORK_WARNING, is_network_path

    path = resolve_db_path(args.db)
    ok, message, counts = backup_cases.check_database(path, full=args.full)
    say(message)
    if is_network_path(path):
        say(f"Warning: {NETWORK_WARNING}")
    say(", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0 if ok else 1


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


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


COMMAND_HANDLERS = {
    "init": _cmd_init,
    "backup": _cmd_backup,
    "backups": _cmd_backups,
    "check": _cmd_check,
    "restore": _cmd_restore,
    "export-backup": _cmd_export_backup,
    "import-backup": _cmd_import_backup,
    "lots": _cmd_lots,
    "due": _cmd_due,
    "handout": _cmd_handout,
    **cli_forms.HANDLERS,
}


def _settle(db_path: Path) -> None:
    """Before any command touches the clinic: finish an interrupted restore, sweep scratch.

    A restore killed between its two renames leaves no file at the path; run
    first, this puts one back before 'init' could create a new, empty clinic
    there or a listing could say the clinic has no clients.
    """
    try:
        real = Path(os.path.realpath(db_path))
        if not real.parent.is_dir():
            return
    except OSError:
        return  # a bad path is reported by the command itself, in its words
    outcome = backup_cases.finish_interrupted(real)
    if outcome:
        say(f"smpdesk: {outcome}", file=sys.stderr)
    backup_cases.sweep_staging(real)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if args.command in ("init", "demo") and not args.db:
        # Accepted before or after the command: 'smpdesk --db X demo' is as natural.
        parser.error(f"'{args.command}' needs --db PATH, the new database file to create")
    db_path: Path | None = None
    try:
        if args.command not in (None, "forms"):
            db_path = resolve_db_path(args.db)
            _settle(db_path)
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "clients":
            if args.clients_command == "add":
                return _cmd_clients_add(args)
            return _cmd_clients(args)
        if args.command == "sessions":
            if args.sessions_command == "add":
                return _cmd_sessions_add(args)
            return _cmd_sessions_list(args)
        if args.command == "photos":
            return _cmd_photos(args)
        if args.command in COMMAND_HANDLERS:
            return COMMAND_HANDLERS[args.command](args)
        if args.demo:
            return _run_demo_gui()
        return _run_gui(resolve_db_path(args.db))
    except UserError as exc:
        say(f"smpdesk: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        # Whatever command met it: one sentence, never a traceback.
        say(f"smpdesk: {clinic.translate_error(exc, db_path or Path('clinic'))}", file=sys.stderr)
        return 1
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            # Output piped into e.g. `head`, which stopped reading: not an error
            # worth a traceback. Point stdout at devnull so the exit flush is quiet.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
        where = exc.filename if exc.filename is not None else (db_path or "a file")
        say(f"smpdesk: {clinic.os_error(exc, Path(str(where)))}", file=sys.stderr)
        return 1
    except MemoryError:
        say("smpdesk: there was not enough memory to finish; nothing was changed.", file=sys.stderr)
        return 1
    except UnicodeError:
        say(
            "smpdesk: an argument contains characters that are not valid text; retype it.",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
