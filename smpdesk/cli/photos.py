"""``smpdesk photos import|list|export``: a client's photos from the command line.

``photos import`` prints one line per file as it goes and exits 1 if any file
was refused (damaged, not a picture, unsafe), so a script can tell; an
export goes through the same protected-files check as every other output.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic
from smpdesk.app import photos as photo_cases
from smpdesk.cli.common import (
    Parser,
    client_ref,
    count,
    db_option,
    force_option,
    open_existing,
    print_json,
    say,
)
from smpdesk.errors import UserError
from smpdesk.paths import resolve_db_path

HELP = """\
  photos import   import photos for a client (refuses damaged or unsafe files)
  photos list     list a client's photos
  photos export   write one photo to a JPEG file"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    photos = sub.add_parser("photos", help="import, list or export client photos")
    photos_sub = photos.add_subparsers(
        dest="photos_command", metavar="import|list|export", parser_class=Parser, required=True
    )
    p_import = photos_sub.add_parser("import", help="import photos for a client")
    db_option(p_import)
    p_import.add_argument("--client", type=client_ref, required=True, metavar="ID")
    p_import.add_argument("--visit", type=count, metavar="SESSION_ID", help="attach to a session")
    p_import.add_argument("--date", default="", metavar="YYYY-MM-DD", help="visit date")
    p_import.add_argument("--angle", default="other", choices=list(photo_cases.ANGLES))
    p_import.add_argument("--consent", default="clinical", choices=list(photo_cases.CONSENTS))
    p_import.add_argument("files", nargs="+", metavar="FILE")
    p_import.set_defaults(handler=cmd_photos_import)
    p_list = photos_sub.add_parser("list", help="list a client's photos")
    db_option(p_list)
    p_list.add_argument("--client", type=client_ref, required=True, metavar="ID")
    p_list.add_argument("--json", action="store_true")
    p_list.set_defaults(handler=cmd_photos_list)
    p_export = photos_sub.add_parser("export", help="write a photo to a JPEG file")
    db_option(p_export)
    p_export.add_argument("--photo", type=count, required=True, metavar="ID")
    p_export.add_argument("-o", "--output", required=True, metavar="FILE.jpg")
    force_option(p_export)
    p_export.set_defaults(handler=cmd_photos_export)


def cmd_photos_import(args: argparse.Namespace) -> int:
    db = open_existing(args)
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


def cmd_photos_list(args: argparse.Namespace) -> int:
    db = open_existing(args)
    client_cases.require_client(db, args.client)
    listed = photo_cases.client_photos(db, args.client)
    edited = photo_cases.edited_photo_ids(db, args.client)
    if args.json:
        # "edited": its tags were changed since import (the history is in the window).
        print_json([{**p.__dict__, "edited": p.id in edited} for p in listed])
        return 0
    for p in listed:
        say(
            f"{p.id:>6}  {p.visit_date}  {photo_cases.ANGLES.get(p.angle, p.angle):<18} "
            f"{p.width}x{p.height}  {photo_cases.CONSENTS[p.consent]:<22} {p.source_name}"
            + ("  (edited)" if p.id in edited else "")
        )
    return 0


def cmd_photos_export(args: argparse.Namespace) -> int:
    db = open_existing(args)
    target = photo_cases.export_photo(
        db,
        args.photo,
        Path(args.output),
        protected=clinic.protected_files(resolve_db_path(args.db), db),
        overwrite=args.force,
    )
    say(target)
    return 0
