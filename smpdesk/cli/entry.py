"""The ``smpdesk`` command: opens the GUI, or runs a subcommand headless.

:func:`build_parser` asks each command module to add its parsers; each
subcommand's parser names its handler (``set_defaults(handler=...)``) and
:func:`main` calls it.  Expected problems end with one sentence on stderr and
exit status 1, never a traceback: the translation is here, once, for every
command.  (Named ``entry`` rather than ``main`` so that ``smpdesk.cli.main``
stays the function, not a module of the same name.)
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from smpdesk import __version__
from smpdesk.app import backups as backup_cases
from smpdesk.app import clinic as clinic_cases
from smpdesk.cli import (
    aftercare,
    audit,
    backups,
    client_export,
    clients,
    clinic,
    erasure,
    forms,
    photos,
    sessions,
    staff,
)
from smpdesk.cli.common import Parser, say, settle, start_command
from smpdesk.errors import UserError
from smpdesk.paths import resolve_db_path

# In the order of the help: each adds its parsers and its lines of COMMANDS.
COMMAND_MODULES = (
    clinic,
    clients,
    sessions,
    aftercare,
    backups,
    photos,
    forms,
    staff,
    audit,
    client_export,
    erasure,
)

COMMANDS = f"""commands:
{chr(10).join(module.HELP for module in COMMAND_MODULES)}

The database is --db PATH, else $SMPDESK_DB, else the user-data folder.
Run 'smpdesk COMMAND --help' for a command's options."""


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="smpdesk",
        description="Offline consultation desk for scalp micropigmentation clinics.",
        epilog=COMMANDS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"smpdesk {__version__}")
    parser.add_argument("--db", metavar="PATH", default=None, help="clinic database file")
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="your staff user name on a protected clinic (default: $SMPDESK_USER)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a throw-away demo clinic in a temporary folder",
    )
    # No command: the window.  A subcommand's own handler replaces this one.
    parser.set_defaults(handler=clinic.open_window)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    start_command()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if args.command in ("init", "demo") and not args.db:
        # Accepted before or after the command: 'smpdesk --db X demo' is as natural.
        parser.error(f"'{args.command}' needs --db PATH, the new database file to create")
    db_path: Path | None = None
    try:
        # The window settles the clinic itself; 'forms' reads form files only.
        if args.command not in (None, "forms"):
            db_path = resolve_db_path(args.db)
            settle(db_path)
        return args.handler(args)
    except UserError as exc:
        say(f"smpdesk: {exc}", file=sys.stderr)
        return 1
    except backup_cases.SQLITE_ERRORS as exc:
        # Whatever command met it: one sentence, never a traceback.
        say(
            f"smpdesk: {clinic_cases.translate_error(exc, db_path or Path('clinic'))}",
            file=sys.stderr,
        )
        return 1
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            # Output piped into e.g. `head`, which stopped reading: not an error
            # worth a traceback. Point stdout at devnull so the exit flush is quiet.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
        where = exc.filename if exc.filename is not None else (db_path or "a file")
        say(f"smpdesk: {clinic_cases.os_error(exc, Path(str(where)))}", file=sys.stderr)
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
