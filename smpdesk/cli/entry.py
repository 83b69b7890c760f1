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
from types import ModuleType

from smpdesk import __version__
from smpdesk.app import clinic as clinic_cases
from smpdesk.cli import clinic
from smpdesk.cli.common import Parser, say, settle, start_command
from smpdesk.errors import UserError
from smpdesk.paths import resolve_db_path


def command_modules() -> tuple[ModuleType, ...]:
    """``COMMAND_MODULES``: every command group, imported when a parser is built.

    Not at import: opening the window (no command) needs only :mod:`.clinic`,
    and the other groups' use cases (the form engine, client export...) cost
    every start of the window tens of milliseconds.
    """
    from smpdesk.cli import (
        aftercare,
        audit,
        backups,
        client_export,
        client_import,
        clients,
        designs,
        erasure,
        forms,
        patch_tests,
        payments,
        photos,
        plans,
        sessions,
        staff,
    )

    # In the order of the help: each adds its parsers and its lines of COMMANDS.
    return (
        clinic,
        clients,
        client_import,
        sessions,
        aftercare,
        backups,
        photos,
        forms,
        staff,
        audit,
        client_export,
        erasure,
        patch_tests,
        designs,
        payments,
        plans,
    )


def commands_help() -> str:
    """``COMMANDS``: the command list under the top-level help."""
    return f"""commands:
{chr(10).join(module.HELP for module in command_modules())}

The database is --db PATH, else $SMPDESK_DB, else the folder the first-run wizard
remembered, else the user-data folder.
Run 'smpdesk COMMAND --help' for a command's options."""


def __getattr__(name: str) -> object:
    """``COMMAND_MODULES`` and ``COMMANDS`` as module attributes, built on first use."""
    if name == "COMMAND_MODULES":
        return command_modules()
    if name == "COMMANDS":
        return commands_help()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _add_top_level_options(parser: argparse.ArgumentParser) -> None:
    """The options before any command (shared with the window's own parser below)."""
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


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a command line that only opens the window, else None.

    Only ``--db PATH``, ``--user NAME`` (or ``--db=PATH``, ``--user=NAME``) and
    ``--demo``, each spelled out in full: parsed by the top-level options alone,
    they give what :func:`build_parser` would, without importing every command
    group.  Anything else (a command, ``--help``, an abbreviation, a missing
    value) goes to the full parser, with its usual help and errors.
    """
    tokens = list(argv)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "--demo" or token.startswith(("--db=", "--user=")):
            i += 1
        elif token in ("--db", "--user") and i + 1 < len(tokens):
            if tokens[i + 1].startswith("-"):
                return None
            i += 2
        else:
            return None
    parser = Parser(prog="smpdesk", add_help=False)
    _add_top_level_options(parser)
    parser.set_defaults(handler=clinic.open_window, command=None)
    return parser.parse_args(tokens)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="smpdesk",
        description="Offline consultation desk for scalp micropigmentation clinics.",
        epilog=commands_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_top_level_options(parser)
    # No command: the window.  A subcommand's own handler replaces this one.
    parser.set_defaults(handler=clinic.open_window)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in command_modules():
        module.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    start_command()
    # The window's command line needs no command's parser (see window_args).
    args = window_args(sys.argv[1:] if argv is None else argv)
    if args is None:
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
    except clinic_cases.SQLITE_ERRORS as exc:
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
