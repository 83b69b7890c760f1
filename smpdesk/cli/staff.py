"""``smpdesk protect``, ``recover``, ``recovery-sheet`` and ``staff`` (list, add, disable, enable).

Passwords never appear on the command line (shell history, process lists):
the signed-in user's comes from ``SMPDESK_PASSWORD`` or the terminal, a new
one from ``SMPDESK_NEW_PASSWORD`` or asked twice at the terminal, and a
recovery key from ``SMPDESK_RECOVERY_KEY`` or the terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from smpdesk.app import clinic, protection
from smpdesk.app import staff as staff_cases
from smpdesk.cli.common import (
    Parser,
    db_option,
    force_option,
    open_existing,
    print_json,
    say,
)
from smpdesk.domain.staff import ROLE_NAMES, Role
from smpdesk.domain.text_safety import terminal_safe
from smpdesk.errors import UserError, ValidationError
from smpdesk.infra.safe_output import check_target, write_file
from smpdesk.paths import resolve_db_path

NEW_PASSWORD_ENV = "SMPDESK_NEW_PASSWORD"
RECOVERY_KEY_ENV = "SMPDESK_RECOVERY_KEY"

HELP = """\
  protect         encrypt the clinic file and create its owner account
  recover         set a new owner password with the recovery key
  recovery-sheet  make a new recovery key and its one-page sheet (PDF)
  staff           list staff accounts (owner)
  staff list      the same list
  staff add       add a staff account
  staff disable   disable an account (its password stops opening the clinic)
  staff enable    enable it again with a new password"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    protect = sub.add_parser(
        "protect", help="encrypt a plain clinic file and create its owner account"
    )
    db_option(protect)
    protect.add_argument("--name", default="", help="the owner's name as it should appear")
    protect.add_argument(
        "--recovery-sheet",
        metavar="FILE.pdf",
        default=None,
        help="write the recovery sheet (with the new recovery key) to this PDF",
    )
    protect.add_argument(
        "--erase-plain-copy",
        action="store_true",
        help="erase the unprotected copy kept after protecting (once you have checked the clinic)",
    )
    force_option(protect)
    protect.set_defaults(handler=cmd_protect)

    recover = sub.add_parser("recover", help="set a new owner password with the recovery key")
    db_option(recover)
    recover.set_defaults(handler=cmd_recover)

    sheet = sub.add_parser(
        "recovery-sheet", help="make a new recovery key (the old one stops working) and its sheet"
    )
    db_option(sheet)
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    force_option(sheet)
    sheet.set_defaults(handler=cmd_recovery_sheet)

    staff = sub.add_parser("staff", help="list staff accounts (owner)")
    db_option(staff)
    staff.add_argument("--json", action="store_true", help="print a JSON array")
    staff.set_defaults(handler=cmd_staff)
    staff_sub = staff.add_subparsers(
        dest="staff_command", metavar="list|add|disable|enable", parser_class=Parser
    )
    listed = staff_sub.add_parser("list", help="list staff accounts (as 'smpdesk staff')")
    db_option(listed)
    listed.add_argument("--json", action="store_true", help="print a JSON array")
    listed.set_defaults(handler=cmd_staff)
    add = staff_sub.add_parser("add", help="add an account (password from SMPDESK_NEW_PASSWORD)")
    db_option(add)
    add.add_argument("login", metavar="LOGIN", help="user name: lower-case letters, digits, .-_")
    add.add_argument("--name", required=True, help="name as it should appear")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.set_defaults(handler=cmd_staff_add)
    for action, text in (("disable", "disable an account"), ("enable", "enable it again")):
        parser = staff_sub.add_parser(action, help=text)
        db_option(parser)
        parser.add_argument("login", metavar="LOGIN")
        parser.set_defaults(handler=cmd_staff_disable if action == "disable" else cmd_staff_enable)


def _secret(env: str, prompt: str, *, confirm: bool, what: str) -> str:
    given = os.environ.get(env)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UserError(f"Put the {what} in {env}, or run the command at a terminal to be asked.")
    import getpass

    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("The same again: ") != first:
        raise UserError(f"The two {what}s differ; nothing was changed.")
    return first


def _write_sheet(db: clinic.Clinic, recovery_key: str, target: Path, force: bool) -> None:
    pdf = staff_cases.recovery_sheet_pdf(db, recovery_key)
    write_file(target, pdf, clinic.protected_files(db.path, db), overwrite=force, what="The sheet")


def cmd_protect(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    if args.erase_plain_copy:
        signed_in = open_existing(args)
        try:
            if signed_in.staff is None or signed_in.staff.role is not Role.OWNER:
                raise UserError("Only the clinic's owner erases the unprotected copy.")
        finally:
            signed_in.close()
        if protection.erase_plain_copy(path):
            say(f"Erased the unprotected copy of {path.name}.")
        else:
            say(f"There is no unprotected copy of {path.name} to erase.")
        return 0
    if protection.is_protected(path):
        raise UserError(f"{path.name} is protected already.")
    login = getattr(args, "user", None) or os.environ.get("SMPDESK_USER", "")
    if not login or not args.name.strip():
        raise UserError("Give the owner's user name with --user NAME and their name with --name.")
    if args.recovery_sheet:
        check_target(Path(args.recovery_sheet), clinic.protected_files(path), overwrite=args.force)
    password = _secret(
        "SMPDESK_PASSWORD", f"New password for {login}: ", confirm=True, what="password"
    )
    try:
        done = protection.protect(path, login=login, display_name=args.name, password=password)
    except ValidationError as exc:
        raise UserError(" ".join(exc.fields.values())) from None
    try:
        if args.recovery_sheet:
            _write_sheet(done.clinic, done.recovery_key, Path(args.recovery_sheet), args.force)
    finally:
        done.clinic.close()
    say(f"Protected {path.name}: it is encrypted and opens only with a staff password.")
    say(f"Recovery key (shown once; print it and keep it in the clinic safe): {done.recovery_key}")
    if args.recovery_sheet:
        say(f"Recovery sheet written to {args.recovery_sheet}.")
    if done.backups_encrypted:
        say(f"{done.backups_encrypted} existing backups were encrypted with it.")
    say(
        f"The unprotected file is kept as {done.plain_copy.name} until you have checked the "
        "clinic; then run 'smpdesk protect --erase-plain-copy'."
    )
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    login = getattr(args, "user", None) or os.environ.get("SMPDESK_USER", "")
    if not login:
        raise UserError("Give the owner's user name with --user NAME.")
    recovery_key = _secret(RECOVERY_KEY_ENV, "Recovery key: ", confirm=False, what="recovery key")
    password = _secret(
        NEW_PASSWORD_ENV, f"New password for {login}: ", confirm=True, what="password"
    )
    try:
        signed_in = protection.recover(path, recovery_key, login, password)
    except ValidationError as exc:
        raise UserError(" ".join(exc.fields.values())) from None
    signed_in.close()
    say(f"New password set for {terminal_safe(login)}; sign in with it.")
    return 0


def cmd_recovery_sheet(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        target = Path(args.output)
        check_target(target, clinic.protected_files(db.path, db), overwrite=args.force)
        recovery_key = staff_cases.new_recovery_key(db)
        _write_sheet(db, recovery_key, target, args.force)
    finally:
        db.close()
    say(f"A new recovery key was made (the old one no longer works); its sheet is {target}.")
    return 0


def cmd_staff(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        listed = staff_cases.list_staff(db)
    finally:
        db.close()
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "login": s.login,
                    "name": s.display_name,
                    "role": s.role.value,
                    "disabled": s.disabled,
                }
                for s in listed
            ]
        )
        return 0
    for s in listed:
        state = "  (disabled)" if s.disabled else ""
        say(f"{s.login:<16} {ROLE_NAMES[s.role]:<13} {s.display_name}{state}")
    return 0


def _find(db: clinic.Clinic, login: str) -> int:
    for s in staff_cases.list_staff(db):
        if s.login == login.strip().lower():
            return s.id
    raise UserError(f"There is no staff account {terminal_safe(login)!r}; see 'smpdesk staff'.")


def cmd_staff_add(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        password = _secret(
            NEW_PASSWORD_ENV, f"Password for {args.login}: ", confirm=True, what="password"
        )
        try:
            added = staff_cases.add_staff(db, args.login, args.name, args.role, password)
        except ValidationError as exc:
            raise UserError(" ".join(exc.fields.values())) from None
    finally:
        db.close()
    say(f"Added {added.login} ({ROLE_NAMES[added.role].lower()}): {added.display_name}")
    return 0


def cmd_staff_disable(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        changed = staff_cases.change_staff(db, _find(db, args.login), disabled=True)
    finally:
        db.close()
    say(f"Disabled {changed.login}; their password no longer opens the clinic.")
    return 0


def cmd_staff_enable(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        staff_id = _find(db, args.login)
        password = _secret(
            NEW_PASSWORD_ENV, f"New password for {args.login}: ", confirm=True, what="password"
        )
        try:
            staff_cases.reset_password(db, staff_id, password)
        except ValidationError as exc:
            raise UserError(" ".join(exc.fields.values())) from None
        changed = staff_cases.change_staff(db, staff_id, disabled=False)
    finally:
        db.close()
    say(f"Enabled {changed.login} with a new password.")
    return 0


__all__ = ["HELP", "add_parsers"]
