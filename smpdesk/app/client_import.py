"""Bringing clients in from a spreadsheet: read, dry run, import as one batch, undo.

The dialog, the first-run wizard and ``smpdesk import-clients`` all call these.
:func:`plan_import` is the dry run and writes nothing; :func:`import_clients`
makes the same plan and adds its rows in one transaction, as one batch that
:func:`undo_import` takes back while none of its clients has been used.  Rows
with problems are never added; likely duplicates (of clients on file, or of
another row of the file) only when asked to.  The owner does all of it: an
import writes many records at once, and undoing one deletes them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic, load_settings
from smpdesk.domain.client_details import MULTILINE_FIELDS, ClientDetails, validate
from smpdesk.domain.client_import import (
    IMPORT_FIELDS,
    SourceTable,
    guess_day_first,
    looks_like_serials,
    parse_birth_date,
    parse_language,
    parse_sex,
    split_full_name,
)
from smpdesk.domain.text_safety import clean_line
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.store import client_import as import_store
from smpdesk.store.clients import ClientRow, format_client_number

_FIELD_NAMES = {
    "given_name": "given name",
    "family_name": "family name",
    "preferred_name": "preferred name",
    "date_of_birth": "date of birth",
    "sex": "sex",
    "phone": "phone number",
    "email": "email address",
    "address": "address",
    "notes": "notes",
    "language": "language",
}


UNREADABLE = (
    "The row has characters that could not be read; save the file as UTF-8 and import it again."
)


@dataclass(frozen=True)
class ImportRow:
    row: int  # the row number the spreadsheet shows
    details: ClientDetails
    client_id: int | None  # None in a dry run

    @property
    def client_number(self) -> str | None:
        return format_client_number(self.client_id) if self.client_id is not None else None


@dataclass(frozen=True)
class ImportDuplicate:
    row: int
    details: ClientDetails
    reasons: tuple[str, ...]  # "name and date of birth", "phone", "email"
    matches: tuple[ClientRow, ...]  # clients on file it may be
    rows: tuple[int, ...]  # other rows of the file it may be


@dataclass(frozen=True)
class ImportProblem:
    row: int
    reason: str  # one plain sentence naming the field


@dataclass(frozen=True)
class ImportReport:
    added: tuple[ImportRow, ...]  # to add (dry run) or added
    duplicates: tuple[ImportDuplicate, ...]  # not added unless add_duplicates
    problems: tuple[ImportProblem, ...]  # never added
    batch_id: int | None  # None in a dry run, or when nothing was added
    dry_run: bool


@dataclass(frozen=True)
class ImportBatch:
    id: int
    file_name: str
    imported_at: str
    imported_by: str  # "" when nobody was signed in
    count: int
    undone_at: str | None
    undone_by: str


@use_case
def read_import_file(db: Clinic, path: Path) -> SourceTable:
    """The file's cells as text; UserError (one sentence) for anything it cannot read."""
    from smpdesk.infra.client_import_files import read_table  # openpyxl: only when asked

    return read_table(Path(path))


def _check_mapping(table: SourceTable, mapping: Mapping[int, str]) -> dict[int, str]:
    fields: dict[int, str] = {}
    for index, field in mapping.items():
        if not 0 <= index < len(table.headers):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core", "The file has no column {column}; choose one of its columns."
                ),
                column=index + 1,
            )
        if field and field not in IMPORT_FIELDS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core", '"{field}" is not a field to import into; choose one from the list.'
                ),
                field=field,
            )
        if field:
            fields[index] = field
    names = set(fields.values())
    if not names & {"given_name", "family_name", "full_name"}:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "Choose which column holds the names (a full name, or given and family names).",
            )
        )
    return fields


def _day_first(db: Clinic, table: SourceTable, column: int | None, day_first: bool | None) -> bool:
    if day_first is not None:
        return day_first
    if column is not None:
        guessed = guess_day_first(row[column] for row in table.rows)
        if guessed is not None:
            return guessed
    return load_settings(db).date_style != "us"


def _row_details(
    cells: tuple[str, ...], fields: dict[int, str], *, day_first: bool, serials: bool
) -> ClientDetails | str:
    """The row as details, or the sentence saying what is wrong with it."""
    if any("\ufffd" in cells[index] for index in fields):
        # Bytes the file's encoding could not read (infra/client_import_files.py):
        # never guessed at, so a name is not stored garbled.
        return UNREADABLE
    values: dict[str, list[str]] = {}
    for index, field in fields.items():
        if cells[index]:
            values.setdefault(field, []).append(cells[index])
    given = " ".join(values.pop("given_name", []))
    family = " ".join(values.pop("family_name", []))
    full = " ".join(values.pop("full_name", []))
    if full and not (given and family):
        split_given, split_family = split_full_name(full)
        given, family = given or split_given, family or split_family
        if not given and not family:
            given = full
    if not given and not family:
        return "The row has no name."
    text = {field: "\n".join(parts) for field, parts in values.items()}
    born = text.get("date_of_birth", "")
    if born:
        try:
            born = parse_birth_date(born, day_first=day_first, serials=serials)
        except ValueError as exc:
            return str(exc)
    details = ClientDetails(
        given_name=given,
        family_name=family,
        preferred_name=text.get("preferred_name", ""),
        date_of_birth=born,
        sex=parse_sex(text.get("sex", "")),
        phone=text.get("phone", "").replace("\n", " / "),
        email=text.get("email", "").replace("\n", " "),
        address=text.get("address", ""),
        notes=text.get("notes", ""),
        language=parse_language(text.get("language", "")),
    )
    details = _cleaned(details)
    problems = validate(details)
    if problems:
        field, message = next(iter(problems.items()))
        return _problem_sentence(field, message)
    return details


def _cleaned(details: ClientDetails) -> ClientDetails:
    """``details.cleaned()``, without its cost for the plain values most rows hold.

    A value that is printable (no control, format, bidi or line-break character:
    ``str.isprintable``), trimmed, and holds an ASCII letter or digit (so it is
    drawn) is what ``clean_line`` would make of it; multi-line fields the same line
    by line.  Only other rows pay for ``cleaned()`` (20,000 rows: seconds saved).
    """
    for field, value in vars(details).items():
        if not value:
            continue
        lines = value.split("\n") if field in MULTILINE_FIELDS else [value]
        if not all(line.isprintable() and line == line.strip() for line in lines) or not any(
            c.isascii() and c.isalnum() for c in value
        ):
            return details.cleaned()
    return dataclasses.replace(details, email=details.email.lower())


def _problem_sentence(field: str, message: str) -> str:
    name = _FIELD_NAMES.get(field, field.replace("_", " "))
    if field in ("given_name", "family_name"):
        return f"The {name} is missing."
    return f"The {name} is not usable: {message[0].lower()}{message[1:]}"


def _plan(
    db: Clinic,
    table: SourceTable,
    mapping: Mapping[int, str],
    *,
    day_first: bool | None,
    add_duplicates: bool,
) -> ImportReport:
    fields = _check_mapping(table, mapping)
    born_column = next((i for i, f in fields.items() if f == "date_of_birth"), None)
    first = _day_first(db, table, born_column, day_first)
    serials = born_column is not None and looks_like_serials(r[born_column] for r in table.rows)
    good: list[tuple[int, ClientDetails]] = []
    problems: list[ImportProblem] = []
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        made = _row_details(cells, fields, day_first=first, serials=serials)
        if isinstance(made, str):
            problems.append(ImportProblem(number, made))
        else:
            good.append((number, made))
    on_file = import_store.existing_duplicates(db, [d for _n, d in good])
    seen: dict[tuple[str, str], list[int]] = {}
    in_file: dict[int, tuple[list[int], list[str]]] = {}
    for number, details in good:
        for reason, key in import_store.duplicate_keys(details):
            # A later row repeating an earlier one is the duplicate; the first is added.
            earlier = seen.setdefault((reason, key), [])
            if earlier:
                rows, reasons = in_file.setdefault(number, ([], []))
                rows.extend(other for other in earlier if other not in rows)
                if reason not in reasons:
                    reasons.append(reason)
            earlier.append(number)
    added: list[ImportRow] = []
    duplicates: list[ImportDuplicate] = []
    for position, (number, details) in enumerate(good):
        matches = on_file.get(position, [])
        rows, file_reasons = in_file.get(number, ([], []))
        if not matches and not rows:
            added.append(ImportRow(number, details, None))
            continue
        reasons = list(dict.fromkeys([r for _c, rs in matches for r in rs] + file_reasons))
        duplicates.append(
            ImportDuplicate(
                number,
                details,
                tuple(reasons),
                tuple(client for client, _r in matches),
                tuple(sorted(rows)),
            )
        )
        if add_duplicates:
            added.append(ImportRow(number, details, None))
    return ImportReport(tuple(added), tuple(duplicates), tuple(problems), None, True)


@use_case
def plan_import(
    db: Clinic,
    table: SourceTable,
    mapping: Mapping[int, str],
    *,
    day_first: bool | None = None,
    add_duplicates: bool = False,
) -> ImportReport:
    """The dry run: what an import would add, the likely duplicates and the problems.

    Writes nothing.  ``day_first`` None reads the order of day and month from the
    dates themselves, else from the clinic's date style ("us": month first).
    """
    return _plan(db, table, mapping, day_first=day_first, add_duplicates=add_duplicates)


@use_case
def import_clients(
    db: Clinic,
    table: SourceTable,
    mapping: Mapping[int, str],
    *,
    day_first: bool | None = None,
    add_duplicates: bool = False,
) -> ImportReport:
    """Add the plan's rows in one transaction as one batch (none when there is nothing to add)."""
    plan = _plan(db, table, mapping, day_first=day_first, add_duplicates=add_duplicates)
    if not plan.added:
        return dataclasses.replace(plan, dry_run=False)
    batch_id, ids = import_store.add_batch(
        db, clean_line(Path(table.file_name).name), [row.details for row in plan.added]
    )
    added = tuple(
        dataclasses.replace(row, client_id=client_id)
        for row, client_id in zip(plan.added, ids, strict=True)
    )
    return dataclasses.replace(plan, added=added, batch_id=batch_id, dry_run=False)


@use_case
def import_batches(db: Clinic) -> list[ImportBatch]:
    """Every import, newest first, undone ones too."""
    return [
        ImportBatch(
            b.id, b.file_name, b.imported_at, b.imported_by, b.count, b.undone_at, b.undone_by
        )
        for b in import_store.batches(db)
    ]


@use_case
def undo_import(db: Clinic, batch_id: int) -> int:
    """Remove a batch's clients (one transaction); how many.  UserError, nothing removed,
    when any of them has been used since (a session, photo, form, payment, design, plan,
    patch test, an edit or a merge) or the batch is unknown or undone already."""
    try:
        return import_store.undo_batch(db, batch_id)
    except KeyError:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "There is no import {batch_id}; see the list of imports."),
            batch_id=batch_id,
        ) from None
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("core", "Import {batch_id} was undone already."), batch_id=batch_id
        ) from None
    except import_store.BatchInUse:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "Import {batch_id} cannot be undone: some of its clients have been edited, "
                "merged or have records since; nothing was removed.",
            ),
            batch_id=batch_id,
        ) from None


__all__ = [
    "ImportBatch",
    "ImportDuplicate",
    "ImportProblem",
    "ImportReport",
    "ImportRow",
    "import_batches",
    "import_clients",
    "plan_import",
    "read_import_file",
    "undo_import",
]
