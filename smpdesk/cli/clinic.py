"""``smpdesk init`` and ``demo``, and opening the window (no command, or ``--demo``).

The GUI package (and so Qt) is imported only here and only when a window is
wanted, so scripts and tests that call subcommands never need a display.
This is the one module allowed to import :mod:`smpdesk.gui.app` (see the
import-linter contracts in pyproject.toml).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from smpdesk import gc_pause
from smpdesk.app import clinic
from smpdesk.cli.common import say, whole
from smpdesk.errors import UserError
from smpdesk.paths import PointerProblem, resolve_db_path

HELP = """\
  (none)          open the clinic desk window
  init            create a new, empty clinic database
  demo            create a demo clinic (protected, one account per role; --plain: not)"""

# Twice the largest clinic the benchmarks measure.
MAX_DEMO_CLIENTS = 200_000


def add_parsers(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser("init", help="create a new, empty clinic database")
    init.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="new database file to create"
    )
    init.set_defaults(handler=cmd_init)

    demo = sub.add_parser("demo", help="create a demo clinic database")
    demo.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="new database file to create"
    )
    demo.add_argument(
        "--clients",
        type=whole(1, MAX_DEMO_CLIENTS, "give a number of clients"),
        default=60,
        metavar="N",
        help=f"number of clients, 1 to {MAX_DEMO_CLIENTS} (default 60)",
    )
    demo.add_argument(
        "--plain",
        action="store_true",
        help="an unprotected demo file (no accounts, no encryption) for scripts and tests",
    )
    demo.set_defaults(handler=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.db)
    if path.exists():
        raise UserError(f"{path} already exists; choose a new file name.")
    clinic.open_clinic(path, create=True).conn.close()
    say(f"Created an empty clinic database at {path}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from smpdesk.app.demo import DEMO_ACCOUNTS, create_demo_clinic, create_protected_demo_clinic

    if args.plain:
        create_demo_clinic(Path(args.db), args.clients).close()
        say(f"Created an unprotected demo clinic with {args.clients} clients at {args.db}")
        return 0
    recovery_key = create_protected_demo_clinic(Path(args.db), args.clients)
    say(f"Created a protected demo clinic with {args.clients} clients at {args.db}")
    say("Sign in as (user / password):")
    for login, name, _role, password in DEMO_ACCOUNTS:
        say(f"  {login:<13} {password:<24} {name}")
    say(f"Recovery key: {recovery_key}")
    return 0


def open_window(args: argparse.Namespace) -> int:
    """No command: the window on the clinic, or on a throw-away demo clinic with --demo."""
    if args.demo:
        return _run_demo_gui()
    try:
        db_path = resolve_db_path(args.db)
    except PointerProblem as exc:  # the remembered clinic location: said in a window too
        try:
            from smpdesk.gui.app import cannot_start
        except ImportError:
            raise exc from None
        return cannot_start(str(exc))
    return _run_gui(db_path)


def _run_gui(db_path: Path, *, demo: bool = False) -> int:
    # Until the list has painted (run_app resumes it then, or on any other way out).
    gc_pause.pause()
    try:
        from smpdesk.gui.app import run_app
    except ImportError as exc:
        gc_pause.resume()
        raise UserError(
            "The window cannot open because Qt is missing or incomplete "
            f"({exc}); reinstall smpdesk with 'python -m pip install .'."
        ) from exc
    return run_app(db_path, demo=demo)


def _run_demo_gui() -> int:
    """A protected demo clinic: the sign-in screen shows the three demo accounts."""
    from smpdesk.app.demo import create_protected_demo_clinic

    folder = Path(tempfile.mkdtemp(prefix="smpdesk-demo-"))
    try:
        path = folder / "demo-clinic.sqlite3"
        create_protected_demo_clinic(path)
        return _run_gui(path, demo=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
