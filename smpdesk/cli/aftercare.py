"""``smpdesk handout``: a client's aftercare sheet PDF, or a blank one.

The target is checked before the sheet is made, so a sheet can never land on
the clinic's own files; a blank sheet needs no database, but uses the
clinic's details when there is one.  A client's sheet is in the client's
language unless ``--language`` names another for this one sheet; a blank sheet
is in English unless ``--language`` says otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from smpdesk.app import aftercare as aftercare_cases
from smpdesk.app import clinic
from smpdesk.cli.common import (
    client_ref,
    count,
    db_option,
    force_option,
    open_at,
    open_existing,
    say,
    settings,
)
from smpdesk.domain.languages import LANGUAGES
from smpdesk.errors import UserError
from smpdesk.infra.safe_output import check_target, write_file
from smpdesk.paths import resolve_db_path

HELP = """\
  handout         write an aftercare sheet PDF (a client's, or --blank)"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    handout = sub.add_parser("handout", help="write an aftercare sheet PDF")
    db_option(handout)
    who = handout.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", type=client_ref, metavar="ID")
    who.add_argument("--blank", action="store_true", help="day numbers, no client")
    handout.add_argument("--session", type=count, metavar="ID", help="default: latest session")
    handout.add_argument(
        "--language",
        choices=list(LANGUAGES),
        help="the sheet's language (default: the client's; English for --blank)",
    )
    handout.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    force_option(handout)
    handout.set_defaults(handler=cmd_handout)


def cmd_handout(args: argparse.Namespace) -> int:
    output = Path(args.output)
    path = resolve_db_path(args.db)
    if args.blank:
        # The clinic's own details and day counts when its database exists;
        # a --db given on purpose must exist.
        if args.db and not path.exists():
            raise UserError(f"There is no clinic database at {path}; check the path.")
        db = open_at(args, path) if path.exists() else None
    else:
        db = open_existing(args)
    if db is not None:
        settings(db)
    # Refused before the sheet is made: it must never land on the clinic's files.
    protected = clinic.protected_files(path, db)
    check_target(output, protected, overwrite=args.force)
    if db is None or args.blank:
        pdf = aftercare_cases.blank_aftercare_pdf(db, language=args.language)
    else:
        pdf = aftercare_cases.aftercare_pdf(db, args.client, args.session, language=args.language)
    write_file(output, pdf.data, protected, overwrite=args.force, what="The aftercare sheet")
    if db is not None and not args.blank:
        aftercare_cases.record_aftercare_given(db, pdf, "saved")
    say(output)
    return 0
