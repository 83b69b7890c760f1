"""``smpdesk designs`` and ``smpdesk design-render``: a client's hairline designs.

``designs`` lists the versions, newest first, and which were approved (signed by
the client); ``design-render`` draws one version again at full size as a JPEG:
the plan drawing (hairline, zones, scale), or with ``--preview`` the simulated SMP
result, up to session ``--layer N``.  The picture is the one the window shows for
the same design (one renderer); the file is written like every other output
(never over the clinic's own files, an existing file only with ``--force``).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic
from smpdesk.app import designs as design_cases
from smpdesk.cli.common import (
    client_ref,
    count,
    db_option,
    force_option,
    open_existing,
    print_json,
    say,
    whole,
)
from smpdesk.paths import resolve_db_path

HELP = """\
  designs         list a client's hairline designs (versions, approved or not)
  design-render   draw a design (plan, or the SMP preview) to a JPEG file"""

# Any session number parses; beyond the design's last session it is the finished result.
session = whole(1, 99, "give a session number")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser(
        "designs",
        help="list a client's hairline designs (owner or practitioner)",
        description="A client's saved design versions, newest first, and which are approved.",
    )
    db_option(listing)
    listing.add_argument(
        "--client", type=client_ref, required=True, metavar="ID", help="C00044, or just 44"
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_designs)
    render = sub.add_parser(
        "design-render",
        help="draw a design to a JPEG file (owner or practitioner)",
        description=(
            "Draw one design version at full size: the plan (hairline, zones, scale), or with "
            "--preview the simulated SMP result on the client's photo."
        ),
    )
    db_option(render)
    render.add_argument("--design", type=count, required=True, metavar="ID")
    render.add_argument("-o", "--output", required=True, metavar="FILE.jpg")
    render.add_argument(
        "--layer",
        type=session,
        metavar="N",
        help="up to session N only (default: the finished result)",
    )
    render.add_argument(
        "--preview", action="store_true", help="the SMP preview instead of the plan drawing"
    )
    force_option(render)
    render.set_defaults(handler=cmd_design_render)


def _local(stamp: str | None) -> str:
    """A stored time as this computer's local ``YYYY-MM-DD HH:MM`` ("" for none)."""
    if not stamp:
        return ""
    try:
        return f"{datetime.fromisoformat(stamp).astimezone():%Y-%m-%d %H:%M}"
    except ValueError:
        return stamp


def _json(summary: design_cases.DesignSummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "client_id": summary.client_id,
        "version": summary.version,
        "replaces": summary.replaces,
        "approved": summary.approved,
        "approved_at": summary.approved_at,
        "approved_name": summary.approved_name,
        "created_at": summary.created_at,
        "created_by": summary.created_by_name,
        "base": summary.base_label,
        "base_photo_id": summary.base_photo_id,
        "zones": summary.zones,
    }


def cmd_designs(args: argparse.Namespace) -> int:
    db = open_existing(args)
    client_cases.require_client(db, args.client)
    found = design_cases.client_designs(db, args.client)
    if args.json:
        print_json([_json(s) for s in found])
        return 0
    if not found:
        say("No designs saved for this client.")
    for s in found:
        by = f"  by {s.created_by_name}" if s.created_by_name else ""
        zones = f"{s.zones} zone" + ("" if s.zones == 1 else "s")
        signed = f"  approved {_local(s.approved_at)}" if s.approved else "  not approved"
        if s.approved and s.approved_name:
            signed += f" (signed as {s.approved_name})"
        say(
            f"{s.id:>6}  v{s.version:<3} {_local(s.created_at)}{by}  {s.base_label}  "
            f"{zones}{signed}"
        )
    return 0


def cmd_design_render(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        target = design_cases.export_design(
            db,
            args.design,
            Path(args.output),
            layer=args.layer,
            preview=args.preview,
            protected=clinic.protected_files(resolve_db_path(args.db), db),
            overwrite=args.force,
        )
    finally:
        db.close()
    say(target)
    return 0


__all__ = ["HELP", "add_parsers"]
