"""``smpdesk forms``, ``responses`` and ``record``: questionnaires from the command line.

``forms check`` is what a clinic runs after editing a form file, so it prints
every problem in every file (``file:line: what is wrong``) rather than the
first one, and a one-line summary for each good form.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smpdesk.app import clients as client_cases
from smpdesk.app import clinic
from smpdesk.app import questionnaires as questionnaire_cases
from smpdesk.cli.common import (
    Parser,
    client_ref,
    count,
    db_option,
    force_option,
    open_at,
    open_existing,
    print_json,
    say,
)
from smpdesk.errors import UserError
from smpdesk.infra.safe_output import write_file
from smpdesk.paths import resolve_db_path
from smpdesk.questionnaire.answers import signature_png
from smpdesk.questionnaire.loader import FormEntry
from smpdesk.questionnaire.spec import FLAG_WORDS, FormSpec, count_levels

HELP = """\
  forms check     check form files and print every problem as file:line
  forms list      list the questionnaire forms with id, version, title and status
  responses       list a client's questionnaire responses with their flags
  record          write the signed consent record PDF of a response"""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    forms = sub.add_parser("forms", help="check or list questionnaire form files")
    forms_sub = forms.add_subparsers(
        dest="forms_command", metavar="check|list", parser_class=Parser, required=True
    )
    for name, text in (("check", "check form files"), ("list", "list forms and their status")):
        cmd = forms_sub.add_parser(name, help=text)
        db_option(cmd)
        cmd.add_argument(
            "folder",
            nargs="?",
            metavar="DIR",
            help="folder of *.toml forms (default: the clinic's forms folder)",
        )
        cmd.set_defaults(handler=cmd_forms)
    responses = sub.add_parser("responses", help="list a client's questionnaire responses")
    db_option(responses)
    responses.add_argument("--client", type=client_ref, required=True, metavar="ID")
    responses.add_argument("--json", action="store_true")
    responses.set_defaults(handler=cmd_responses)
    record = sub.add_parser("record", help="write the signed consent record PDF of a response")
    db_option(record)
    record.add_argument("--response", type=count, required=True, metavar="ID")
    record.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    force_option(record)
    record.set_defaults(handler=cmd_record)


def _entries(args: argparse.Namespace) -> tuple[Path, list[FormEntry]]:
    if args.folder:
        folder = Path(args.folder)
        if not folder.is_dir():
            raise UserError(f"{folder} is not a folder; give the folder that holds the forms.")
    else:
        folder = questionnaire_cases.forms_folder(resolve_db_path(args.db))
    return folder, questionnaire_cases.form_entries(folder, folder)


def _with_translations(entries: list[FormEntry]) -> list[FormEntry]:
    """Every file: each main form followed by its translations."""
    return [e for entry in entries for e in (entry, *entry.translations.values())]


def summary(spec: FormSpec) -> str:
    questions = [q for page in spec.pages for q in page.questions if q.answerable]
    flags = sum(len(q.flags) + sum(1 for c in q.choices if c.flag) for q in questions)
    language = f" [{spec.language}]" if spec.language else ""
    return (
        f"{spec.id}{language}: v{spec.version}, {spec.title!r}, {len(spec.pages)} pages, "
        f"{len(questions)} questions, {flags} flag rules"
    )


def cmd_forms(args: argparse.Namespace) -> int:
    folder, entries = _entries(args)
    if not entries:
        raise UserError(f"There are no form files (*.toml) in {folder}.")
    if args.forms_command == "list":
        for entry in _with_translations(entries):
            if entry.spec is not None:
                spec = entry.spec
                name = f"{spec.id}.{spec.language}" if spec.language else spec.id
                say(f"{name:<16} v{spec.version:<8} {spec.title}  [ok]")
            else:
                say(f"{entry.path.stem:<16} {'-':<9} unavailable: {entry.reason}")
        return 0
    bad = 0
    files = _with_translations(entries)
    for entry in sorted(files, key=lambda e: e.path.name):  # files, in file order
        if entry.spec is not None:
            say(f"ok   {entry.path.name}  {summary(entry.spec)}")
            continue
        bad += 1
        for problem in entry.problems:
            say(f"{folder / problem.file}:{problem.line}: {problem.message}")
    if bad:
        say(f"{bad} of {len(files)} form files have problems.", file=sys.stderr)
    # Issue 20: the care plan's translations and the words of the aftercare sheet, the
    # consent record and the quote in each language must match the English ones (keys,
    # days, placeholders, bold marks).
    from smpdesk.domain.aftercare import care_plan_translation_problems
    from smpdesk.infra.handouts.aftercare_sheet import sheet_words_problems
    from smpdesk.infra.handouts.consent_record import record_words_problems
    from smpdesk.infra.handouts.quote_words import quote_words_problems

    papers = care_plan_translation_problems() + sheet_words_problems()
    papers += record_words_problems() + quote_words_problems()
    for line in papers:
        say(line)
    if papers:
        plural = "s" if len(papers) != 1 else ""
        say(
            f"The translations of the papers (aftercare sheet, consent record, quote) have "
            f"{len(papers)} problem{plural}.",
            file=sys.stderr,
        )
    return 1 if bad or papers else 0


def _response_json(
    response: questionnaire_cases.Response, versions: dict[int, int], language: str = ""
) -> dict[str, object]:
    answers = {
        key: ("(signature image)" if signature_png(value) else value)
        for key, value in response.answers.items()
    }
    return {
        "id": response.id,
        "form": response.form_id,
        "version": response.form_version,
        "title": response.form_title,
        "completed_at": response.completed_at,
        "client_mode": response.client_mode,
        "has_record": response.has_document,
        "flags": response.flags,
        "answers": answers,
        # Signed means sealed: a change after signing is a new version of the response.
        "signed": response.signed,
        "signed_times": response.signed_times,
        "content_sha256": response.content_sha256,
        "response_version": versions.get(response.id, 1),
        "supersedes": response.supersedes,
        "superseded_by": response.superseded_by,
        # Issue 20: the language it was answered in ("" = the clinic's own form).
        "language": language,
    }


def _version_words(response: questionnaire_cases.Response, versions: dict[int, int]) -> str:
    words = []
    if response.supersedes is not None:
        words.append(f"version {versions.get(response.id, 2)}, replaces {response.supersedes}")
    if response.superseded_by is not None:
        words.append(f"replaced by {response.superseded_by}")
    return f"  [{'; '.join(words)}]" if words else ""


def cmd_responses(args: argparse.Namespace) -> int:
    db = open_existing(args)
    client_cases.require_client(db, args.client)
    responses = questionnaire_cases.client_responses(db, args.client)
    versions = questionnaire_cases.response_versions(responses)
    if args.json:
        print_json(
            [_response_json(r, versions, questionnaire_cases.answered_in(db, r)) for r in responses]
        )
        return 0
    if not responses:
        say("No questionnaires answered yet.")
    for response in responses:
        counted = count_levels(str(flag.get("level")) for flag in response.flags)
        record = "  [signed record]" if response.has_document else ""
        language = questionnaire_cases.answered_in(db, response)
        record += f"  [{language}]" if language else ""
        say(
            f"{response.id:>6}  {response.completed_at[:16].replace('T', ' ')}  "
            f"{response.form_title} v{response.form_version}"
            f"  {counted or 'no flags'}{record}{_version_words(response, versions)}"
        )
        for flag in response.flags:
            word = FLAG_WORDS.get(str(flag.get("level")), "?")
            say(f"        {word}: {flag.get('message', '')}")
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    target = Path(args.output)
    db = open_at(args, path)
    pdf = questionnaire_cases.consent_record(db, args.response)
    write_file(
        target,
        pdf,
        clinic.protected_files(path, db),
        overwrite=args.force,
        what="The consent record",
    )
    say(target)
    return 0
