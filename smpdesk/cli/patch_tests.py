"""``smpdesk patch-tests``: record and list a client's patch tests.

A negative test read after the client's medical history closes the pigment
allergy flag (see :mod:`smpdesk.app.patch_tests`); the list says which one does.
Dates may be typed as the clinic writes them (its date style) or as YYYY-MM-DD.
"""

from __future__ import annotations

import argparse
import dataclasses

from smpdesk.app import clients as client_cases
from smpdesk.app import patch_tests as patch_cases
from smpdesk.app.clinic import Clinic
from smpdesk.cli.common import (
    Parser,
    client_ref,
    count,
    db_option,
    open_existing,
    print_json,
    say,
    settings,
)
from smpdesk.domain.dates import parse_typed_date
from smpdesk.domain.patch_tests import RESULTS, PatchTestDetails
from smpdesk.errors import UserError

HELP = """\
  patch-tests add   record a patch test (or a new version of one) for a client
  patch-tests list  list a client's patch tests and their results"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("patch-tests", help="record or list a client's patch tests")
    group_sub = group.add_subparsers(
        dest="patch_tests_command", metavar="add|list", parser_class=Parser, required=True
    )
    add = group_sub.add_parser("add", help="record a patch test")
    db_option(add)
    add.add_argument("--client", type=client_ref, required=True, metavar="ID")
    add.add_argument("--applied", required=True, metavar="DATE", help="date applied")
    add.add_argument("--pigment", required=True, metavar="P", help="pigment brand and shade")
    add.add_argument("--lot", default="", metavar="L", help="the pigment's lot")
    add.add_argument("--area", default="", metavar="TEXT", help="where it was applied")
    add.add_argument("--result", choices=RESULTS, default="pending")
    add.add_argument("--read-on", default="", metavar="DATE", help="date it was read")
    add.add_argument(
        "--read-by", default="", metavar="NAME", help="who read it (default: who is signed in)"
    )
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument("--replaces", type=count, metavar="ID", help="a new version of this test")
    add.add_argument("--reason", default="", metavar="TEXT", help="why (with --replaces)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_add)
    listing = group_sub.add_parser("list", help="list a client's patch tests")
    db_option(listing)
    listing.add_argument("--client", type=client_ref, required=True, metavar="ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)


def _date(db: Clinic, text: str, what: str) -> str:
    if not text.strip():
        return ""
    try:
        return parse_typed_date(text, settings(db).date_style).isoformat()
    except ValueError as err:
        raise UserError(f"{what}: {err}") from None


def _json(test: patch_cases.PatchTest) -> dict[str, object]:
    return dataclasses.asdict(test)


def cmd_add(args: argparse.Namespace) -> int:
    db = open_existing(args)
    client_cases.require_client(db, args.client)
    read_by = args.read_by
    if not read_by and args.result != "pending" and db.staff is not None:
        read_by = db.staff.display_name
    details = PatchTestDetails(
        applied_on=_date(db, args.applied, "--applied"),
        pigment=args.pigment,
        lot=args.lot,
        area=args.area,
        result=args.result,
        read_on=_date(db, args.read_on, "--read-on"),
        read_by=read_by,
        notes=args.notes,
    )
    saved = patch_cases.record_patch_test(
        db, args.client, details, replaces=args.replaces, reason=args.reason
    )
    if args.json:
        print_json(_json(saved))
    else:
        say(f"Patch test {saved.id} recorded: {patch_cases.result_words(saved.result)}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    db = open_existing(args)
    client_cases.require_client(db, args.client)
    tests = patch_cases.client_patch_tests(db, args.client)
    if args.json:
        print_json([_json(t) for t in tests])
        return 0
    if not tests:
        say("No patch tests recorded.")
    for test in tests:
        read = f", read {test.read_on} by {test.read_by}" if test.read_on else ""
        lot = f" lot {test.lot}" if test.lot else ""
        say(
            f"{test.id:>6}  applied {test.applied_on}  {test.pigment}{lot}"
            f"  {patch_cases.result_words(test.result)}{read}"
        )
    return 0
