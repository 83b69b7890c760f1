"""``smpdesk client-export``: a client's own data, as a folder or a ZIP file (GDPR Art. 15, 20).

It prints where the export went and what it holds; a refusal (the target
exists, is one of the clinic's own files, the signed-in role may not export)
is one sentence and exit status 1, with nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from smpdesk.app import client_export as export_cases
from smpdesk.app import clinic
from smpdesk.cli.common import client_ref, db_option, open_existing, say
from smpdesk.paths import resolve_db_path

HELP = """\
  client-export   a client's data as a folder or ZIP: summary PDF, JSON, photos, consent PDFs"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "client-export",
        help="a client's own data as a folder or a .zip (owner or practitioner)",
        description=(
            "Write everything held about one client: summary.pdf (readable), client.json "
            "(for computers), photos/ (the stored JPEGs) and consent/ (the signed records). "
            "PATH ending in .zip makes a ZIP file; anything else a new folder."
        ),
    )
    db_option(export)
    export.add_argument(
        "--client", type=client_ref, required=True, metavar="ID", help="C00044, or just 44"
    )
    export.add_argument(
        "-o", "--output", required=True, metavar="PATH", help="a new folder, or a FILE.zip"
    )
    export.add_argument(
        "--force",
        action="store_true",
        help="replace an existing .zip, or an earlier export in that folder "
        "(never any other folder, the clinic database or a backup)",
    )
    export.set_defaults(handler=cmd_client_export)


def cmd_client_export(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        result = export_cases.export_client(
            db,
            args.client,
            Path(args.output),
            overwrite=args.force,
            protected=clinic.protected_files(resolve_db_path(args.db), db),
        )
    finally:
        db.close()
    for line in result.lines():
        say(line)
    return 0


__all__ = ["HELP", "add_parsers"]
