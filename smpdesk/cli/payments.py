"""``smpdesk payments``, ``smpdesk receipt`` and ``smpdesk report takings`` (issue 18).

``payments add`` takes money from a client (anyone signed in) and prints the new
entry's id alone on stdout, so a script can pass it to ``receipt``; ``void`` and
``refund`` (the owner's) add a new entry naming the payment, with a reason, and
print its id the same way.  ``payments list`` prints a client's entries or a day's,
``--json`` as objects with decimal-string amounts (never floats).  ``receipt``
writes one entry's receipt as a PDF and ``report takings`` a day's takings as a
PDF or CSV; both go through :mod:`smpdesk.infra.safe_output` like every file the
command line writes (never over the clinic's own files, an existing one only with
``--force``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic as clinic_cases
from smpdesk.app import payments as payment_cases
from smpdesk.app.clinic import Clinic
from smpdesk.cli.common import (
    Parser,
    client_ref,
    count,
    db_option,
    force_option,
    open_existing,
    print_json,
    say,
    settings,
)
from smpdesk.domain.dates import parse_typed_date
from smpdesk.domain.money import KINDS, METHODS, Money, format_money
from smpdesk.domain.text_safety import terminal_safe
from smpdesk.errors import UserError
from smpdesk.infra.safe_output import write_file

HELP = """\
  payments add     take a payment from a client (prints the new payment's id)
  payments list    a client's payments, or a day's (--json for scripts)
  payments void    owner: cancel a payment, with a reason (a new entry)
  payments refund  owner: give back part or all of a payment, with a reason
  receipt          write a payment's (or refund's, void's) receipt as a PDF
  report takings   owner: a day's takings by method, as text, a PDF or CSV
  report year      owner: the year's numbers (sessions, revenue...), text, PDF or CSV"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser(
        "payments",
        help="take, list, void or refund payments",
        description=(
            "Take a payment (anyone), list a client's or a day's entries, void or refund a "
            "payment (the owner). Every entry has its own receipt number and is never changed."
        ),
    )
    group_sub = group.add_subparsers(
        dest="payments_command",
        metavar="add|list|void|refund",
        parser_class=Parser,
        required=True,
    )
    add = group_sub.add_parser("add", help="take a payment (prints its id)")
    db_option(add)
    add.add_argument(
        "--client", type=client_ref, required=True, metavar="ID", help="C00044, or just 44"
    )
    add.add_argument("--amount", required=True, metavar="AMOUNT", help="such as 150.00")
    add.add_argument("--method", required=True, choices=list(METHODS), help="how it was paid")
    add.add_argument("--kind", choices=list(KINDS), default="session", help="what it is for")
    add.add_argument("--note", default="", metavar="TEXT", help="printed on the receipt")
    add.add_argument("--json", action="store_true", help="print the new entry as JSON")
    add.set_defaults(handler=cmd_add)

    listing = group_sub.add_parser("list", help="a client's entries, or a day's")
    db_option(listing)
    listing.add_argument("--client", type=client_ref, metavar="ID", help="this client's entries")
    listing.add_argument(
        "--day", metavar="YYYY-MM-DD", help="the entries of one day (owner; default: today)"
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    void = group_sub.add_parser("void", help="owner: cancel a payment (prints the void's id)")
    db_option(void)
    void.add_argument("--payment", type=count, required=True, metavar="ID")
    void.add_argument("--reason", required=True, metavar="TEXT", help="printed and kept")
    void.add_argument("--json", action="store_true", help="print the new entry as JSON")
    void.set_defaults(handler=cmd_void)

    refund = group_sub.add_parser(
        "refund", help="owner: give back a payment (prints the refund's id)"
    )
    db_option(refund)
    refund.add_argument("--payment", type=count, required=True, metavar="ID")
    refund.add_argument("--amount", required=True, metavar="AMOUNT", help="such as 50.00")
    refund.add_argument("--reason", required=True, metavar="TEXT", help="printed and kept")
    refund.add_argument("--json", action="store_true", help="print the new entry as JSON")
    refund.set_defaults(handler=cmd_refund)

    receipt = sub.add_parser(
        "receipt",
        help="write a payment's receipt as a PDF",
        description="The receipt of one entry (a payment, a refund or a void) as a PDF file.",
    )
    db_option(receipt)
    receipt.add_argument("--payment", type=count, required=True, metavar="ID")
    receipt.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    force_option(receipt)
    receipt.set_defaults(handler=cmd_receipt)

    report = sub.add_parser("report", help="the clinic's numbers (owner)")
    report_sub = report.add_subparsers(
        dest="report_command", metavar="{takings,year}", parser_class=Parser, required=True
    )
    takings = report_sub.add_parser(
        "takings",
        help="a day's takings by method (owner)",
        description=(
            "A day's takings: totals per method, refunds, voids and the net, then every entry. "
            "Printed as text (or --json), or written as a PDF (-o FILE.pdf) or CSV (--csv, to "
            "-o FILE or to the screen). --csv and --json exclude each other; --json is never "
            "written to a file by -o."
        ),
    )
    db_option(takings)
    takings.add_argument("--day", metavar="YYYY-MM-DD", help="the day (default: today)")
    takings.add_argument("-o", "--output", metavar="FILE", help="write a PDF (or with --csv, CSV)")
    form = takings.add_mutually_exclusive_group()
    form.add_argument("--csv", action="store_true", help="CSV instead of a PDF")
    form.add_argument("--json", action="store_true", help="the totals and entries as JSON")
    force_option(takings)
    takings.set_defaults(handler=cmd_takings)
    # Issue 18 (R1): the year's numbers.
    year = report_sub.add_parser(
        "year",
        help="the year's numbers (owner)",
        description=(
            "The clinic's numbers for a year: sessions per month by type and practitioner, "
            "revenue per month, consultations that became treatment, where new clients heard "
            "of the clinic, touch-ups due. As JSON (--json), a PDF (-o FILE.pdf) or one table "
            "as CSV (--csv TABLE, to -o FILE or to the screen)."
        ),
    )
    db_option(year)
    year.add_argument("--year", metavar="YYYY", help="the year (default: this year)")
    year.add_argument("-o", "--output", metavar="FILE", help="write a PDF (or with --csv, CSV)")
    year_form = year.add_mutually_exclusive_group()
    year_form.add_argument(
        "--csv",
        metavar="TABLE",
        choices=("sessions", "practitioners", "revenue", "sources", "touch_ups"),
        help="one table as CSV: sessions, practitioners, revenue, sources or touch_ups",
    )
    year_form.add_argument("--json", action="store_true", help="the figures as JSON")
    force_option(year)
    year.set_defaults(handler=cmd_report_year)


def _day(db: Clinic, text: str | None, what: str = "--day") -> date:
    """A typed day (the clinic's date style, or YYYY-MM-DD); today when none is given."""
    if text is None or not text.strip():
        return date.today()
    try:
        return parse_typed_date(text, settings(db).date_style)
    except ValueError as err:
        raise UserError(f"{what}: {err}") from None


def payment_json(payment: payment_cases.Payment) -> dict[str, object]:
    """One entry for ``--json``: the amount a decimal string ("150.00", "-20.00")."""
    return {
        "id": payment.id,
        "receipt_number": payment.receipt_number,
        "client_id": payment.client_id,
        "entry": payment.entry,
        "kind": payment.kind,
        "method": payment.method,
        "amount": payment.amount.amount_text(),
        "currency": payment.amount.currency,
        "refers_to": payment.refers_to,
        "reason": payment.reason,
        "note": payment.note,
        "taken_by": payment.taken_by_name,
        "taken_at": payment.taken_at,
        "day": payment.day,
        "voided": payment.voided,
        "tax_rate_percent": payment.tax_rate_percent,
        "tax_name": payment.tax_name,
    }


def _line(payment: payment_cases.Payment, locale: str) -> str:
    client = f"client {payment.client_id}" if payment.client_id is not None else "(erased)"
    return (
        f"{payment.id:>6}  No. {payment.receipt_number:06d}  {payment.day}  {client:<12}  "
        f"{payment_cases.describe(payment, locale)}"
    )


def _entry_written(args: argparse.Namespace, db: Clinic, payment: payment_cases.Payment) -> int:
    """The new entry's id on stdout (or the entry as JSON); a sentence for people on stderr."""
    if args.json:
        print_json(payment_json(payment))
    else:
        say(payment.id)
    amount = format_money(payment.amount, settings(db).locale)
    word = payment_cases.ENTRY_WORDS.get(payment.entry, payment.entry)
    say(
        f"{word} {payment.id} recorded: receipt No. {payment.receipt_number:06d}, {amount}.",
        file=sys.stderr,
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    db = open_existing(args)
    client_cases.require_client(db, args.client)
    saved = payment_cases.record_payment(
        db, args.client, args.amount, method=args.method, kind=args.kind, note=args.note
    )
    return _entry_written(args, db, saved)


def cmd_void(args: argparse.Namespace) -> int:
    db = open_existing(args)
    saved = payment_cases.void_payment(db, args.payment, args.reason)
    return _entry_written(args, db, saved)


def cmd_refund(args: argparse.Namespace) -> int:
    db = open_existing(args)
    saved = payment_cases.refund_payment(db, args.payment, args.amount, args.reason)
    return _entry_written(args, db, saved)


def cmd_list(args: argparse.Namespace) -> int:
    db = open_existing(args)
    if args.client is not None:
        client_cases.require_client(db, args.client)
        found = payment_cases.client_payments(db, args.client)
        if args.day is not None:
            wanted = _day(db, args.day).isoformat()
            found = [p for p in found if p.day == wanted]
    else:
        found = payment_cases.payments_on(db, _day(db, args.day))
    if args.json:
        print_json([payment_json(p) for p in found])
        return 0
    if not found:
        say("No payments recorded.")
    locale = settings(db).locale
    for payment in found:
        say(_line(payment, locale))
    if args.client is not None and args.day is None:
        balance = payment_cases.client_balance(db, args.client)
        say(f"Paid in all, less refunds and voids: {format_money(balance, locale)}")
    return 0


def _write(db: Clinic, target: str, data: bytes, *, force: bool, what: str) -> None:
    protected = clinic_cases.protected_files(db.path, db)
    written = write_file(Path(target), data, protected, overwrite=force, what=what)
    say(written)


def cmd_receipt(args: argparse.Namespace) -> int:
    db = open_existing(args)
    data = payment_cases.receipt_pdf(db, args.payment)
    _write(db, args.output, data, force=args.force, what="The receipt")
    return 0


def _takings_json(found: payment_cases.Takings) -> dict[str, object]:
    return {
        "day": found.day.isoformat(),
        "currency": found.currency,
        "count": found.count,
        "taken": found.taken.amount_text(),
        "refunds": found.refunds.amount_text(),
        "voids": found.voids.amount_text(),
        "net": found.net.amount_text(),
        "by_method": [
            {
                "method": m.method,
                "count": m.count,
                "taken": m.taken.amount_text(),
                "refunds": m.refunds.amount_text(),
                "voids": m.voids.amount_text(),
                "net": m.net.amount_text(),
            }
            for m in found.by_method
        ],
        "entries": [payment_json(p) for p in found.entries],
        "other_currencies": list(found.other_currencies),
    }


def cmd_takings(args: argparse.Namespace) -> int:
    if args.json and args.output:
        # Checked before the clinic is opened: a usage mistake, nothing is written.
        raise UserError(
            "--json prints to the screen and -o writes a PDF or CSV file; give one of them."
        )
    db = open_existing(args)
    day = _day(db, args.day)
    if args.csv:
        text = payment_cases.takings_csv(db, day)
        if args.output:
            _write(db, args.output, text.encode("utf-8"), force=args.force, what="The CSV")
        else:
            # The mark is for files.  On a terminal nothing in a cell may act (an escape
            # sequence, a bidi override stored by an older version): shown, never run.
            lines = text.removeprefix("\ufeff").replace("\r\n", "\n")
            sys.stdout.write(terminal_safe(lines, multiline=True))
        return 0
    if args.output:
        _write(
            db, args.output, payment_cases.takings_pdf(db, day), force=args.force, what="The PDF"
        )
        return 0
    found = payment_cases.takings(db, day)
    if args.json:
        print_json(_takings_json(found))
        return 0
    locale = settings(db).locale

    def money(m: Money) -> str:
        return format_money(m, locale)

    say(
        f"Takings for {day.isoformat()} ({found.currency}): {found.count} payment"
        f"{'' if found.count == 1 else 's'}"
    )
    for m in found.by_method:
        if m.count or not (m.taken.is_zero() and m.refunds.is_zero() and m.voids.is_zero()):
            say(
                f"  {m.label:<14} taken {money(m.taken):>12}  refunds {money(m.refunds):>12}  "
                f"voids {money(m.voids):>12}  net {money(m.net):>12}"
            )
    say(
        f"  {'All':<14} taken {money(found.taken):>12}  refunds {money(found.refunds):>12}  "
        f"voids {money(found.voids):>12}  net {money(found.net):>12}"
    )
    for payment in found.entries:
        say(_line(payment, locale))
    if found.other_currencies:
        say(
            f"Not added up (another currency): {', '.join(found.other_currencies)}", file=sys.stderr
        )
    return 0


def cmd_report_year(args: argparse.Namespace) -> int:
    """``report year``: the owner's yearly figures as JSON, a PDF or one CSV table."""
    from smpdesk.app import reports as report_cases

    if args.json and args.output:
        raise UserError(
            "--json prints to the screen and -o writes a PDF or CSV file; give one of them."
        )
    if not (args.json or args.output or args.csv):
        raise UserError("Give --json, --csv TABLE or -o FILE.pdf to say what to make.")
    db = open_existing(args)
    if args.year is not None and not (args.year.isascii() and args.year.isdigit()):
        raise UserError("The year must be written as four digits, for example 2026.")
    year = int(args.year) if args.year is not None else date.today().year
    if args.csv:
        text = report_cases.reports_csv(db, year, args.csv)
        if args.output:
            _write(db, args.output, text.encode("utf-8"), force=args.force, what="The CSV")
        else:
            lines = text.removeprefix("\ufeff").replace("\r\n", "\n")
            sys.stdout.write(terminal_safe(lines, multiline=True))
        return 0
    if args.output:
        _write(
            db, args.output, report_cases.reports_pdf(db, year), force=args.force, what="The PDF"
        )
        return 0
    found = report_cases.clinic_reports(db, year)
    print_json(
        {
            "year": found.year,
            "months": list(found.months),
            "currency": found.currency,
            "sessions_by_type": found.sessions_by_type,
            "sessions_by_practitioner": found.sessions_by_practitioner,
            "revenue": [m.amount_text() for m in found.revenue],
            "revenue_total": found.revenue_total.amount_text(),
            "consultations": found.consultations,
            "converted": found.converted,
            "heard_about": found.heard_about,
            "touch_ups_due": [{"month": m, "due": n} for m, n in found.touch_ups_due],
            "other_currencies": list(found.other_currencies),
        }
    )
    return 0


__all__ = ["HELP", "add_parsers", "payment_json"]
