"""``smpdesk sessions add|list|delete``, ``lots`` (recall search) and ``due`` (follow-ups).

Every session field is an option of ``sessions add`` through
:data:`SESSION_OPTIONS`, which also names the option in a refusal, so a new
field is one line here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic as clinic_cases
from smpdesk.app import lot_recall as recall_cases
from smpdesk.app import sessions as session_cases
from smpdesk.app.clinic import Clinic
from smpdesk.cli.common import (
    Parser,
    client_ref,
    count,
    db_option,
    force_option,
    open_existing,
    print_json,
    say,
    settings,
    whole,
)
from smpdesk.domain.session_details import AREAS, SESSION_TYPES, SessionDetails, describe_type
from smpdesk.errors import UserError, ValidationError
from smpdesk.infra.safe_output import check_target, write_file

LOT_MATCHES = recall_cases.MATCHES

HELP = """\
  sessions add    record a treatment session and print its id
  sessions list   list a client's treatment sessions
  sessions delete  delete a session with a reason (owner; it stays in the history)
  lots            recall search: every client and session that used a lot
  due             follow-ups due: overdue, today and upcoming
  due-mark        record a follow-up outcome: called, left a message, booked, not returning, snoozed
  due-history     a client's follow-up outcomes, newest first"""

# How far 'due' looks ahead: ten years.
MAX_DAYS_AHEAD = 3650
# 'due-mark --outcome': the command line's spelling of each outcome.
OUTCOME_OPTIONS = {name.replace("_", "-"): name for name in session_cases.OUTCOME_TEXT}

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


def add_parsers(sub: argparse._SubParsersAction) -> None:
    sessions = sub.add_parser("sessions", help="record or list treatment sessions")
    sessions_sub = sessions.add_subparsers(
        dest="sessions_command", metavar="add|list|delete", parser_class=Parser, required=True
    )
    s_add = sessions_sub.add_parser("add", help="record a session and print its id")
    db_option(s_add)
    s_add.add_argument("--client", type=client_ref, required=True, metavar="ID")
    s_add.add_argument("--type", required=True, choices=list(SESSION_TYPES), dest="session_type")
    s_add.add_argument("--date", default="", metavar="YYYY-MM-DD", help="default: today")
    for option, field_name, help_text in SESSION_OPTIONS:
        s_add.add_argument(option, default="", dest=field_name, help=help_text)
    s_add.add_argument(
        "--override-reason",
        default=None,
        metavar="TEXT",
        help="why the session goes ahead despite a do-not-treat flag, or without a signed "
        "consent or a medical history on file (stored with it)",
    )
    s_add.set_defaults(handler=cmd_sessions_add)
    s_list = sessions_sub.add_parser("list", help="list a client's sessions, newest first")
    db_option(s_list)
    s_list.add_argument("--client", type=client_ref, required=True, metavar="ID")
    s_list.add_argument("--json", action="store_true")
    s_list.add_argument(
        "--deleted",
        action="store_true",
        help="also list deleted sessions, with when, by whom and why",
    )
    s_list.set_defaults(handler=cmd_sessions_list)
    s_delete = sessions_sub.add_parser(
        "delete",
        help="delete a session (owner): it leaves every list and stays in the client's history",
    )
    db_option(s_delete)
    s_delete.add_argument("--session", type=count, required=True, metavar="ID")
    s_delete.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help="why, as a short sentence: kept with the session in the client's history",
    )
    s_delete.set_defaults(handler=cmd_sessions_delete)

    lots = sub.add_parser("lots", help="who received a pigment, diluent or cartridge lot")
    db_option(lots)
    lots.add_argument("lot", metavar="LOT")
    lots.add_argument("--json", action="store_true")
    # Issue 16 (H5): recall by the lot's start or any part of it, on paper and in a sheet.
    lots.add_argument(
        "--match",
        choices=list(LOT_MATCHES),
        default="exact",
        help="exact (default), prefix: lots starting with LOT, contains: lots holding LOT",
    )
    lots.add_argument("--csv", metavar="FILE", help="write the list as CSV to FILE")
    lots.add_argument("--pdf", metavar="FILE.pdf", help="write the list as a printable PDF")
    force_option(lots)
    lots.set_defaults(handler=cmd_lots)

    due = sub.add_parser("due", help="follow-ups due: overdue, today and upcoming")
    db_option(due)
    due.add_argument(
        "--days",
        type=whole(0, MAX_DAYS_AHEAD, "give a number of days"),
        default=14,
        metavar="N",
        help=f"look N days ahead (0 to {MAX_DAYS_AHEAD})",
    )
    due.add_argument("--json", action="store_true")
    # Issue 16 (H5): the list as CSV or a printable PDF; outcomes recorded and read back.
    due.add_argument("--csv", metavar="FILE", help="write the list as CSV to FILE")
    due.add_argument("--pdf", metavar="FILE.pdf", help="write the list as a printable PDF")
    force_option(due)
    due.set_defaults(handler=cmd_due)

    mark = sub.add_parser(
        "due-mark", help="record what came of a follow-up call (kept, never overwritten)"
    )
    db_option(mark)
    mark.add_argument("--client", type=client_ref, required=True, metavar="ID")
    mark.add_argument("--outcome", required=True, choices=list(OUTCOME_OPTIONS))
    mark.add_argument("--note", default="", metavar="TEXT", help="what was said, kept with it")
    mark.add_argument(
        "--until", default=None, metavar="YYYY-MM-DD", help="snoozed: off the list until then"
    )
    mark.set_defaults(handler=cmd_due_mark)

    history = sub.add_parser("due-history", help="a client's follow-up outcomes, newest first")
    db_option(history)
    history.add_argument("--client", type=client_ref, required=True, metavar="ID")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=cmd_due_history)


def _option_for(field_name: str) -> str:
    for option, name, _ in SESSION_OPTIONS:
        if name == field_name:
            return option
    return {
        "session_date": "--date",
        "session_type": "--type",
        "override_reason": "--override-reason",
    }.get(field_name, field_name)


def cmd_sessions_add(args: argparse.Namespace) -> int:
    db = open_existing(args)
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
    _warn_of_clashes(db, session)
    return 0


def _warn_of_clashes(db: Clinic, session: session_cases.Session) -> None:
    """One line on stderr when another client is booked near the next appointment (the
    session is recorded all the same; the exit code does not change)."""
    when = session.next_appointment
    if when is None:
        return
    clashes = session_cases.booking_clashes(db, session.client_id, when)
    if clashes:
        say(f"warning: {session_cases.clash_warning(when, clashes)}", file=sys.stderr)


def _session_json(session: session_cases.Session) -> dict[str, object]:
    return {"id": session.id, "client_id": session.client_id, **session.details.as_dict()}


def _deleted_json(gone: session_cases.DeletedSession | None) -> dict[str, object]:
    """With --deleted, every session says whether it was deleted, when, by whom and why."""
    return {
        "deleted_at": gone.deleted_at if gone else None,
        "deleted_by": gone.deleted_by_name if gone else None,
        "deleted_reason": gone.reason if gone else None,
    }


def cmd_sessions_list(args: argparse.Namespace) -> int:
    db = open_existing(args)
    client_cases.require_client(db, args.client)
    sessions = session_cases.client_sessions(db, args.client)
    deleted = session_cases.deleted_sessions(db, args.client) if args.deleted else []
    if args.json:
        listed = [
            _session_json(s) | (_deleted_json(None) if args.deleted else {}) for s in sessions
        ]
        listed += [_session_json(g.session) | _deleted_json(g) for g in deleted]
        print_json(listed)
        return 0
    for s in sessions:
        d = s.details
        lot = f"  lot {d.pigment_lot}" if d.pigment_lot else ""
        kind = describe_type(d.session_type)
        say(f"{s.id:>6}  {d.session_date}  {kind:<16} {d.practitioner}{lot}")
    for gone in deleted:
        d = gone.session.details
        by = f" by {gone.deleted_by_name}" if gone.deleted_by_name else ""
        say(
            f"{gone.session.id:>6}  {d.session_date}  {describe_type(d.session_type):<16} "
            f"deleted {_local_day(gone.deleted_at)}{by}: {gone.reason}"
        )
    return 0


def _local_day(stamp: str) -> str:
    """A stored moment (UTC) as the date on this computer's clock."""
    try:
        return datetime.fromisoformat(stamp).astimezone().date().isoformat()
    except ValueError:
        return stamp[:10]


def cmd_sessions_delete(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        gone = session_cases.delete_session(db, args.session, args.reason)
    except ValidationError as exc:
        raise UserError(f"--reason: {next(iter(exc.fields.values()))}") from exc
    d = gone.session.details
    say(
        f"Session {gone.session.id} ({describe_type(d.session_type)}, {d.session_date}) deleted; "
        "it stays in the client's history with your reason."
    )
    return 0


def _write_lists(
    args: argparse.Namespace, db: clinic_cases.Clinic, outputs: dict[str, Callable[[], bytes]]
) -> bool:
    """Write each list asked for (``--csv``, ``--pdf``): every target is checked before any
    is made, each written atomically, never over the clinic's files; True if any was."""
    wanted = {kind: make for kind, make in outputs.items() if getattr(args, kind, None)}
    if not wanted:
        return False
    protected = clinic_cases.protected_files(db.path, db)
    for kind in wanted:
        check_target(Path(getattr(args, kind)), protected, overwrite=args.force)
    for kind, make in wanted.items():
        target = Path(getattr(args, kind))
        write_file(target, make(), protected, overwrite=args.force, what=f"The {kind.upper()}")
        say(target)
    return True


def cmd_lots(args: argparse.Namespace) -> int:
    db = open_existing(args)
    if _write_lists(
        args,
        db,
        {
            "csv": lambda: recall_cases.recall_csv(db, args.lot, match=args.match),
            "pdf": lambda: recall_cases.recall_pdf(db, args.lot, match=args.match),
        },
    ):
        return 0
    if args.match != "exact":
        found = recall_cases.find_lot(db, args.lot, match=args.match)
        matches = found.matches
    else:
        matches = session_cases.sessions_with_lot(db, args.lot)
    if args.json:
        print_json([m.__dict__ for m in matches])
        return 0
    for m in matches:
        say(
            f"{m.session_date}  {m.client_number}  {m.client_name:<30} {m.phone:<18} "
            f"{describe_type(m.session_type):<16} {m.column.replace('_', ' ')} {m.lot}"
            + (f"  (changed later to {m.changed_later_to})" if m.changed_later_to else "")
        )
    say(
        f"{len(matches)} session{'s' if len(matches) != 1 else ''} used lot {args.lot.strip()}",
        file=sys.stderr,
    )
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    db = open_existing(args)
    intervals = settings(db).follow_up_days
    if _write_lists(
        args,
        db,
        {
            "csv": lambda: session_cases.follow_ups_csv(
                db, days_ahead=args.days, follow_up_days=intervals
            ),
            "pdf": lambda: session_cases.follow_ups_pdf(
                db, days_ahead=args.days, follow_up_days=intervals
            ),
        },
    ):
        return 0
    items = session_cases.due_follow_ups(db, days_ahead=args.days, follow_up_days=intervals)
    if args.json:
        print_json(
            [
                {
                    **{k: v for k, v in item.__dict__.items()},
                    "last_session_date": item.last_session_date.isoformat(),
                    "due_date": item.due_date.isoformat(),
                    "appointment": item.appointment.isoformat(sep=" ", timespec="minutes")
                    if item.appointment
                    else None,
                    "snooze_until": item.snooze_until.isoformat() if item.snooze_until else None,
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


def cmd_due_mark(args: argparse.Namespace) -> int:
    db = open_existing(args)
    until = None
    if args.until:
        try:
            until = date.fromisoformat(args.until)
        except ValueError:
            raise UserError("--until: give the date as YYYY-MM-DD, e.g. 2026-11-20.") from None
    entry = session_cases.record_outcome(
        db, args.client, OUTCOME_OPTIONS[args.outcome], note=args.note, snooze_until=until
    )
    say(f"Recorded: {entry.text}" + (f": {entry.note}" if entry.note else ""))
    return 0


def cmd_due_history(args: argparse.Namespace) -> int:
    db = open_existing(args)
    client_cases.require_client(db, args.client)
    entries = session_cases.outcome_history(db, args.client)
    if args.json:
        print_json(
            [
                {
                    "outcome": e.outcome,
                    "note": e.note,
                    "snooze_until": e.snooze_until.isoformat() if e.snooze_until else None,
                    "recorded_by": e.recorded_by,
                    "recorded_at": e.recorded_at,
                }
                for e in entries
            ]
        )
        return 0
    for e in entries:
        by = f" by {e.recorded_by}" if e.recorded_by else ""
        note = f": {e.note}" if e.note else ""
        say(f"{_local_day(e.recorded_at)}  {e.text}{by}{note}")
    return 0
