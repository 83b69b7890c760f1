"""What every command module shares, so each command's words and refusals are the same.

The parser class (usage mistakes exit 1 with one sentence), the argument types
for numbers and client references, the ``--db`` and ``--force`` options, the
settings warning, JSON printing, the passphrase prompt, signing in to a
protected clinic (``--user``, ``SMPDESK_USER``, ``SMPDESK_PASSWORD``) and the
start-up step that finishes an interrupted restore.  Nothing here imports Qt or a heavy
library: building the parser must stay cheap (tests/test_layers.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TextIO

from smpdesk.app import clinic, protection
from smpdesk.app.clinic import Clinic
from smpdesk.domain.text_safety import terminal_safe
from smpdesk.errors import UserError
from smpdesk.paths import DB_ENV, resolve_db_path

USER_ENV = "SMPDESK_USER"
PASSWORD_ENV = "SMPDESK_PASSWORD"

# Warnings already printed by this command (one command = one main() call).
_settings_warned: set[str] = set()


def start_command() -> None:
    """Forget what an earlier main() call in this process printed (scripts, tests)."""
    _settings_warned.clear()


def settings(db: Clinic) -> clinic.ClinicSettings:
    """The clinic's settings; an unreadable one is named once on stderr (its default is used)."""
    loaded = clinic.load_settings(db)
    for warning in loaded.warnings:
        if warning not in _settings_warned:
            _settings_warned.add(warning)
            say(f"smpdesk: warning: {warning}", file=sys.stderr)
    return loaded


def whole(low: int, high: int, what: str = "") -> Callable[[str], int]:
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


# Ids (sessions, photos, responses) as SQLite stores them.
count = whole(0, 10**9, "give an id")


def client_ref(text: str) -> int:
    from smpdesk.app.clients import parse_client_number  # not on the way to the window

    number = parse_client_number(text)
    if number is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a client number such as C00044 or 44")
    return number


class Parser(argparse.ArgumentParser):
    """Usage mistakes are user errors: exit 1, one sentence, no traceback."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: {message}\n")


def db_option(
    parser: argparse.ArgumentParser, *, required: bool = False, user: bool = True
) -> None:
    """``--db`` and, for a protected clinic, ``--user``: every command on a clinic takes both
    (``audit`` keeps ``--user`` for the person it lists; it signs in with SMPDESK_USER)."""
    if user:
        user_option(parser)
    parser.add_argument(
        "--db",
        metavar="PATH",
        required=required,
        # SUPPRESS keeps a subcommand from hiding a --db given before it.
        default=argparse.SUPPRESS,
        help=f"clinic database file (default: ${DB_ENV}, else the clinic the first-run "
        "wizard remembered, else the user-data folder)",
    )


def force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace FILE if it exists (never the clinic database or a backup)",
    )


def user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=f"your staff user name on a protected clinic (default: ${USER_ENV}); "
        f"the password comes from ${PASSWORD_ENV} or is asked at a terminal",
    )


def credentials(args: argparse.Namespace) -> tuple[str, str]:
    """The user name and password for a protected clinic: options, environment, terminal."""
    login = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
    if not login.strip():
        raise UserError(
            "This clinic is protected: give your user name with --user NAME (or "
            f"{USER_ENV}) and your password in {PASSWORD_ENV}."
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise UserError(
                f"This clinic is protected: put the password of {terminal_safe(login)} in "
                f"{PASSWORD_ENV}, or run the command at a terminal to be asked for it."
            )
        import getpass

        password = getpass.getpass(f"Password for {terminal_safe(login)}: ")
    return login, password


def open_at(args: argparse.Namespace, path: Path) -> Clinic:
    """The clinic at ``path``; a protected one signed in with the command's credentials.

    A big file from before space was given back is reorganised once, first, with a
    message (a small one was as it opened); not while a window has it open (the window
    does it behind a progress box).
    """
    if not protection.is_protected(path):
        db = clinic.open_clinic(path)
    else:
        db = protection.sign_in(path, *credentials(args))
    _reclaim_space_once(path, db)
    return db


def _reclaim_space_once(path: Path, db: Clinic) -> None:
    from smpdesk.app import backups as backup_cases

    plan = backup_cases.space_to_reclaim(path, key=db.key)
    if plan is None or backup_cases.window_holds(path):
        return
    say(f"smpdesk: {plan.problem or plan.announce}", file=sys.stderr)
    if not plan.problem:
        say(f"smpdesk: {backup_cases.reclaim_space(path, key=db.key)}", file=sys.stderr)


def open_existing(args: argparse.Namespace) -> Clinic:
    return open_at(args, resolve_db_path(args.db))


def key_to_replace(
    args: argparse.Namespace, path: Path, backup: Path | None = None
) -> bytes | None:
    """Before a restore or import: on a protected clinic, the owner's sign-in (refused and
    logged for anyone else) and the key the new file is encrypted with; None when plain.

    When the clinic file itself is missing or damaged, the key comes from the key file and
    who may restore is read from ``backup`` (the file that will become the clinic).
    """
    if protection.has_key_file(path):
        protection.put_back_key_file(path)  # a lost key file beside a readable clinic
    if not protection.is_protected(path):
        if protection.has_key_file(path) and not protection.is_plain_file(path):
            # Protected, but the file is missing or damaged: the key file alone, for the owner.
            return protection.key_for_repair(path, *credentials(args), backup=backup)
        return None
    try:
        signed_in = protection.sign_in(path, *credentials(args))
    except protection.SignInRefused:
        raise
    except UserError:  # the file cannot be opened: the key file alone, for the owner
        return protection.key_for_repair(path, *credentials(args), backup=backup)
    from smpdesk.app import backups as backup_cases

    try:
        backup_cases.authorize_restore(signed_in)
        return signed_in.key
    finally:
        signed_in.close()


def key_for(args: argparse.Namespace, path: Path) -> bytes | None:
    """The data key of a protected clinic (checked by signing in), for commands that work on
    files rather than records (check, backups, restore); None for a plain clinic."""
    if not protection.is_protected(path):
        return None
    try:
        signed_in = protection.sign_in(path, *credentials(args))
    except protection.SignInRefused:
        raise
    except UserError:  # damaged: checking it needs the key, which the key file gives
        return protection.key_for_repair(path, *credentials(args))
    try:
        return signed_in.key
    finally:
        signed_in.close()


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def passphrase(*, confirm: bool) -> str:
    """From SMPDESK_PASSPHRASE (scripts) or asked twice at the terminal; never stored."""
    given = os.environ.get("SMPDESK_PASSPHRASE")
    if given is not None:
        return given
    import getpass

    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise UserError("The two passphrases differ; nothing was written.")
    return first


def settle(db_path: Path) -> None:
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
    # Imported here: the window (which settles the clinic itself) never needs it to start.
    from smpdesk.app import backups as backup_cases

    outcome = backup_cases.finish_interrupted(real)
    if outcome:
        say(f"smpdesk: {outcome}", file=sys.stderr)
    backup_cases.sweep_staging(real)


def say(text: object, *, file: TextIO | None = None, flush: bool = False) -> None:
    """Print one line of plain-text CLI output with nothing a terminal would act on.

    Names and notes saved by an older version (or read from a crafted form
    file or backup) may hold escape sequences or bidi overrides; here each
    shows as a visible mark instead of clearing the screen or reordering text.
    JSON output does not come here: its encoder escapes control characters.
    """
    print(terminal_safe(str(text), multiline=True), file=file or sys.stdout, flush=flush)
