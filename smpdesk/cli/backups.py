"""``smpdesk backup``, ``backups``, ``restore``, ``check``, ``export-backup``, ``import-backup``.

The clinic file's safety from the command line: every use case is in
:mod:`smpdesk.app.backups`, shared with the window, so both make, verify and
restore backups the same way.  ``check`` lives here because it is what a
clinic runs before trusting a backup or a restore, and it sits among them in
the help.  A passphrase comes from ``SMPDESK_PASSPHRASE`` or the terminal and
is asked for only after the target has been checked.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from smpdesk.app import backups as backup_cases
from smpdesk.app import clinic, protection
from smpdesk.app.access import may, refusal
from smpdesk.cli.common import (
    db_option,
    force_option,
    key_for,
    key_to_replace,
    open_at,
    passphrase,
    say,
    settings,
)
from smpdesk.errors import UserError
from smpdesk.paths import resolve_db_path

HELP = """\
  backup          make a verified backup (SQLite backup API) and rotate old ones
  backups         list backups with their verification status
  restore         replace the database with a verified backup (the current file is kept)
  check           check the database for damage and count its records
  export-backup   write an encrypted backup (passphrase) for taking off the laptop
  import-backup   restore from an encrypted backup"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="make a verified backup of the clinic database")
    db_option(backup)
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE")
    backup.set_defaults(handler=cmd_backup)
    backups = sub.add_parser("backups", help="list backups with their verification status")
    db_option(backups)
    backups.set_defaults(handler=cmd_backups)
    restore = sub.add_parser("restore", help="replace the database with a verified backup")
    db_option(restore)
    restore.add_argument("backup_file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler=cmd_restore)
    export = sub.add_parser("export-backup", help="write an encrypted backup file")
    db_option(export)
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    force_option(export)
    export.set_defaults(handler=cmd_export_backup)
    import_ = sub.add_parser("import-backup", help="restore from an encrypted backup file")
    db_option(import_)
    import_.add_argument("sealed_file", metavar="FILE")
    import_.set_defaults(handler=cmd_import_backup)
    check = sub.add_parser("check", help="check the database for damage and count records")
    db_option(check)
    check.add_argument("--full", action="store_true", help="full integrity check (slower)")
    check.set_defaults(handler=cmd_check)


def cmd_backup(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    db = open_at(args, path)
    try:
        if args.output:
            say(backup_cases.back_up_to_file(db, path, Path(args.output)))
            return 0
        done = backup_cases.back_up(db, path, settings=settings(db))
    finally:
        db.conn.close()
    say(done.made.path)
    if done.removed:
        say(f"Removed {len(done.removed)} older backup(s) by the rotation rules.", file=sys.stderr)
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    db = open_at(args, path)
    folder = clinic.backups_folder(path, settings(db))
    key = db.key
    db.close()
    listed = backup_cases.list_backups(folder, path.stem, verify=True, key=key)
    if not listed:
        say(f"No backups yet in {folder}.", file=sys.stderr)
    for info in listed:
        status = "ok" if info.ok else f"NOT USABLE: {info.problem}"
        say(f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.size / 1e6:8.1f} MB  {status}  {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    key = key_to_replace(args, path, Path(args.backup_file))
    result = backup_cases.restore(path, Path(args.backup_file), key=key)
    if key is not None and protection.put_back_key_file(path):
        say("The key file kept with the backups was put back beside the clinic file.")
    if result.set_aside is not None:
        say(f"The previous database was kept as {result.set_aside}")
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    say(f"Restored from {result.restored_from}: {counts}.")
    if result.erasure_message:  # clients erased since that backup: removed again
        say(result.erasure_message)
    return 0


def cmd_export_backup(args: argparse.Namespace) -> int:
    target = Path(args.output)
    path = resolve_db_path(args.db)
    # Refused before the passphrase is asked for.
    backup_cases.check_export_target(path, target, overwrite=args.force)
    db = open_at(args, path)
    allowed = may(db, "backups.export_encrypted")
    refused = refusal(db, "backups.export_encrypted") if not allowed else ""
    db.close()
    if not allowed:  # refused before the passphrase is asked for
        raise UserError(refused)
    secret = passphrase(confirm=True)
    db = open_at(args, path)
    try:
        backup_cases.export_encrypted(db, path, target, secret, overwrite=args.force)
    finally:
        db.conn.close()
    say(target)
    return 0


def cmd_import_backup(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    if not Path(os.path.realpath(path)).parent.is_dir():
        raise UserError(f"The folder {path.parent} does not exist; check the --db path.")
    key = key_to_replace(args, path)  # the owner's, before the passphrase is asked for
    secret = passphrase(confirm=False)
    result = backup_cases.import_encrypted(path, Path(args.sealed_file), secret, key=key)
    assert result is not None  # no confirm callback: always restored, else an error
    if result.set_aside is not None:
        say(f"The previous database was kept as {result.set_aside}")
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    say(f"Imported {args.sealed_file}: {counts}.")
    if result.erasure_message:  # clients erased since that backup: removed again
        say(result.erasure_message)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from smpdesk.infra.filesystems import NETWORK_WARNING, is_network_path

    path = resolve_db_path(args.db)
    # Also every signed record against its content hash (issue 14: signed means sealed).
    ok, message, counts = backup_cases.check_database(
        path, full=args.full, key=key_for(args, path), records=True
    )
    say(message)
    if is_network_path(path):
        say(f"Warning: {NETWORK_WARNING}")
    say(", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0 if ok else 1
