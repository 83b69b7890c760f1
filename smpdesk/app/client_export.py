"""A client's own data, exported (GDPR Art. 15, right of access; Art. 20, portability).

:func:`export_client` writes one folder, or one ZIP file when the target ends
in ``.zip``, holding:

``summary.pdf``
    Everything below, for people: the clinic's header, the client's details,
    every session with all its fields, the aftercare sheets given, the signed
    consent records, the photos, each questionnaire as it was answered (the
    wording of the form version the client saw), and every earlier version of
    an edited record.  On the clinic's paper (A4 or Letter), numbered, dated.
``client.json``
    The same for machines (see "The JSON" below).
``photos/<visit date>_<angle>_<id>.jpg``
    Each photo exactly as stored: the JPEG made at import, which carries no
    EXIF, GPS or other metadata.
``consent/<date>_<form>_<id>.pdf``
    Each signed consent record exactly as stored, byte for byte.

Who may: the owner and practitioners (the export holds medical answers and
photos); every export is in the audit trail (ids only).  Nothing in the clinic
file changes.  The package is written through :mod:`smpdesk.infra.client_package`:
never onto the clinic's own files, all at once or not at all.

The JSON (``format`` ``"smpdesk-client-export"``, ``format_version`` 1)
---------------------------------------------------------------------------------

A stable object; keys may be added in later versions, none removed or changed
in meaning without raising ``format_version``:

* ``format``, ``format_version``; ``exported_at`` (UTC, ISO 8601);
  ``exported_by`` (the staff member's name, or null on an unprotected clinic);
  ``smpdesk_version``; ``schema_version`` (the clinic file's).
* ``clinic``: ``name``, ``address``, ``phone``, ``email``.
* ``client_id``.
* ``tables``: every record held about the client, by table name (``clients``,
  ``client_versions``, ``sessions``, ``session_versions``, ``responses``,
  ``response_drafts``, ``photos``, ``handouts_given``, and any table a later
  version adds), each a list of row objects with the table's columns as keys,
  in primary-key order.  Columns named ``answers``, ``flags``, ``details``,
  ``day_counts`` and ``signed_times`` hold JSON in the file and appear here decoded (as stored text
  if it does not decode).  Timestamps are as stored (ISO 8601; UTC unless they
  carry an offset).  Staff are named by id in ``*_by`` columns.
* ``omitted_columns``: table -> columns left out of ``tables`` because they
  hold images or PDFs (written as files, see ``files``; thumbnails are smaller
  copies of the photos and are not written).
* ``form_definitions``: the exact form files the responses and drafts were
  answered with (``sha256``, ``form_id``, ``version``, ``title``, ``source`` as
  TOML, ``stored_at``), so every answer can be matched to its question.
* ``staff``: staff id (as a string) -> display name, for the ids the rows name.
* ``files``: every other file of the package: ``path`` (inside the package),
  ``kind`` (``summary``, ``photo``, ``consent_record``), ``table`` and ``id``
  of the row it belongs to (none for the summary), ``sha256`` and ``bytes``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from smpdesk import __version__, store
from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic, load_settings, protected_files
from smpdesk.app.photos import ANGLES, CONSENTS
from smpdesk.app.questionnaires import local_moment, record_pages, stored_definition
from smpdesk.domain.client_details import SEX_CHOICES, ClientDetails
from smpdesk.domain.dates import format_long_date, format_medium_date, format_time
from smpdesk.domain.languages import LANGUAGES
from smpdesk.domain.session_details import AREAS, FIELD_LABELS, SessionDetails, describe_type
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError
from smpdesk.infra.client_package import (
    PackageEntry,
    check_package_target,
    is_zip,
    safe_part,
    write_package,
)
from smpdesk.infra.safe_output import ProtectedFiles
from smpdesk.questionnaire.answers import RaisedFlag
from smpdesk.store import client_data as client_store
from smpdesk.store.client_data import ClientData
from smpdesk.store.schema import SCHEMA_VERSION

FORMAT = "smpdesk-client-export"
FORMAT_VERSION = 1
SUMMARY = "summary.pdf"
JSON_FILE = "client.json"
PHOTOS = "photos"
CONSENT = "consent"
# What may be at the top of an earlier export that --force is allowed to replace.
PACKAGE_NAMES = frozenset({SUMMARY, JSON_FILE, PHOTOS, CONSENT})
JSON_COLUMNS = frozenset({"answers", "flags", "details", "day_counts", "signed_times"})

# Said after every export, by both fronts: the copy leaves the clinic's protection.
HANDLE_WITH_CARE = (
    "The export is not encrypted: give it to the client in person or by a secure route, "
    "and delete any copy you do not need."
)
# (done, total, what is being written): for a progress bar.
ExportProgress = Callable[[int, int, str], None]

CLIENT_LABELS: dict[str, str] = {
    "client_number": "Client number",
    "given_name": "Given name",
    "family_name": "Family name",
    "preferred_name": "Preferred name",
    "date_of_birth": "Date of birth",
    "sex": "Sex",
    "phone": "Phone",
    "email": "Email",
    "address": "Address",
    "notes": "Notes",
    "language": "Papers in",
    "created_at": "Client since",
    "updated_at": "Details last changed",
    "archived_at": "Archived",
    "created_by": "Added by",
    "changed_by": "Last changed by",
}

SESSION_LABELS: dict[str, str] = {
    "session_date": "Date",
    "session_type": "Session",
    **FIELD_LABELS,
    "created_at": "Recorded",
    "updated_at": "Last changed",
    "created_by": "Recorded by",
    "changed_by": "Last changed by",
    "deleted_at": "Deleted",
    "deleted_by": "Deleted by",
    "deleted_reason": "Why it was deleted",
}

# Columns that only tie a row to others: in the JSON, not worth a line on paper.
_LINKS = frozenset({"id", "client_id", "session_id", "photo_id", "response_id"})
# Tables the summary prints in their own sections; any other table of the client's
# (added by a later version) is printed under "Other records".
_SHOWN = frozenset(
    {
        "clients",
        "client_versions",
        "sessions",
        "session_versions",
        "session_overrides",
        "responses",
        "response_documents",
        "response_drafts",
        "photos",
        "photo_images",
        "photo_thumbnails",
        "photo_versions",
        "handouts_given",
        "designs",
    }
)


@dataclass(frozen=True)
class ExportResult:
    """Where the export went and what it holds (for the CLI's lines and the window's message)."""

    path: Path
    zipped: bool
    sessions: int
    responses: int
    photos: int
    consent_records: int
    aftercare_sheets: int
    files: tuple[str, ...]

    @property
    def heading(self) -> str:
        kind = "ZIP file" if self.zipped else "folder"
        return f"Client data written to the {kind} {self.path}"

    def contents(self) -> list[tuple[str, str]]:
        """(name in the export, what it holds), one per part."""
        return [
            (
                SUMMARY,
                f"the readable summary: details, {_count(self.sessions, 'session')}, "
                f"{_count(self.responses, 'questionnaire')}, "
                f"{_count(self.aftercare_sheets, 'aftercare sheet')} given, edit history",
            ),
            (JSON_FILE, "the same records for computers"),
            (f"{PHOTOS}/", f"{_count(self.photos, 'photo')} as stored (JPEG, no metadata)"),
            (f"{CONSENT}/", f"{_count(self.consent_records, 'signed consent record')} (PDF)"),
        ]

    def lines(self) -> list[str]:
        """What the command line prints."""
        return [
            f"{self.heading}:",
            *(f"  {name:<12} {what}" for name, what in self.contents()),
            HANDLE_WITH_CARE,
        ]


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


# -- the use case -------------------------------------------------------------------------


@use_case
def export_client(
    db: Clinic,
    client_id: int,
    target: Path,
    *,
    overwrite: bool = False,
    protected: ProtectedFiles | None = None,
    progress: ExportProgress | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write the client's export to ``target`` (a ``.zip`` file, else a new folder).

    An existing file is replaced only with ``overwrite``; an existing folder is
    used if it is empty, or replaced with ``overwrite`` if it holds an earlier
    export, never otherwise.  Refused at once, before anything is read, when
    the target cannot be used.
    """
    target = Path(target)
    if protected is None:
        protected = protected_files(db=db)
    check_package_target(target, protected, overwrite=overwrite, earlier_export=earlier_export)
    moment = (now or datetime.now(UTC)).astimezone()
    with client_store.snapshot(db):
        data = client_store.client_data(db, client_id)
        if not data.rows("clients"):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core", "There is no client with id {client_id}; it may have been removed."
                ),
                client_id=client_id,
            )
        if progress is not None:
            progress(0, 1, "Preparing the summary…")
        entries, result = _package(db, data, target, moment)
        written = write_package(
            target,
            entries,
            protected,
            overwrite=overwrite,
            earlier_export=earlier_export,
            when=moment.replace(tzinfo=None),
            progress=progress,
        )
    return dataclasses.replace(result, path=written)


def earlier_export(folder: Path) -> bool:
    """Is ``folder`` an export smpdesk wrote (so ``--force`` may replace it)?"""
    try:
        names = {entry.name for entry in folder.iterdir()}
        if JSON_FILE not in names or not names <= PACKAGE_NAMES:
            return False
        with open(folder / JSON_FILE, encoding="utf-8") as handle:
            head = json.loads(handle.read(50_000_000))
    except (OSError, ValueError):
        return False
    return isinstance(head, dict) and head.get("format") == FORMAT


# -- what goes into the package ------------------------------------------------------------


def _package(
    db: Clinic, data: ClientData, target: Path, moment: datetime
) -> tuple[list[PackageEntry], ExportResult]:
    settings = load_settings(db)
    hashes: dict[str, tuple[str, int]] = {}  # package path -> (sha256, size), as written

    def kept(name: str, read: Callable[[], bytes | None]) -> Callable[[], bytes]:
        def get() -> bytes:
            value = read() or b""
            hashes[name] = (hashlib.sha256(value).hexdigest(), len(value))
            return value

        return get

    files: list[dict[str, object]] = []
    entries: list[PackageEntry] = []
    photo_files = photo_names(data)
    for photo_id, name in photo_files.items():
        entries.append(
            PackageEntry(name, kept(name, functools.partial(store.photo_image, db, photo_id)))
        )
        files.append({"path": name, "kind": "photo", "table": "photos", "id": photo_id})
    record_files = consent_names(data)
    for response_id, name in record_files.items():
        entries.append(
            PackageEntry(
                name, kept(name, functools.partial(store.response_document, db, response_id))
            )
        )
        files.append(
            {"path": name, "kind": "consent_record", "table": "responses", "id": response_id}
        )
    summary = _summary_pdf(db, data, settings, moment, photo_files, record_files)
    hashes[SUMMARY] = (hashlib.sha256(summary).hexdigest(), len(summary))
    files.insert(0, {"path": SUMMARY, "kind": "summary"})

    def document() -> bytes:
        for entry in files:
            sha, size = hashes.get(str(entry["path"]), ("", 0))
            entry.update(sha256=sha, bytes=size)
        return json_bytes(db, data, settings_clinic(settings), moment, files)

    entries += [PackageEntry(SUMMARY, summary), PackageEntry(JSON_FILE, document)]
    result = ExportResult(
        path=target,
        zipped=is_zip(target),
        sessions=len(data.rows("sessions")),
        responses=len(data.rows("responses")),
        photos=len(photo_files),
        consent_records=len(record_files),
        aftercare_sheets=len(data.rows("handouts_given")),
        files=tuple(entry.name for entry in entries),
    )
    return entries, result


def _day(value: object) -> str:
    """An ISO date (or timestamp) as ``2026-11-03`` for a file name; "undated" otherwise."""
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return "undated"


def photo_names(data: ClientData) -> dict[int, str]:
    """Photo id -> ``photos/<visit date>_<angle>_<id>.jpg`` for each photo with its image."""
    stored = {row.get("photo_id") for row in data.rows("photo_images")}
    names = {}
    for row in data.rows("photos"):
        photo_id = _id(row)
        if photo_id in stored:
            angle = safe_part(row.get("angle"), "photo")
            names[photo_id] = f"{PHOTOS}/{_day(row.get('visit_date'))}_{angle}_{photo_id}.jpg"
    return names


def _id(row: dict[str, object]) -> int:
    """The row's own id (-1 if it has none, which matches nothing)."""
    value = row.get("id")
    return value if isinstance(value, int) else -1


def _number(value: object) -> int:
    return value if isinstance(value, int) else 0


def consent_names(data: ClientData) -> dict[int, str]:
    """Response id -> ``consent/<date signed>_<form>_<id>.pdf`` for each stored record."""
    responses = {row.get("id"): row for row in data.rows("responses")}
    names = {}
    for row in data.rows("response_documents"):
        response_id = row.get("response_id")
        if not isinstance(response_id, int):
            continue
        response = responses.get(response_id, {})
        signed = local_moment(str(response.get("completed_at") or ""))
        day = signed.date().isoformat() if signed else _day(row.get("created_at"))
        form = safe_part(response.get("form_id"), "form")
        names[response_id] = f"{CONSENT}/{day}_{form}_{response_id}.pdf"
    return names


def settings_clinic(settings: Any) -> dict[str, str]:
    return {
        "name": settings.name,
        "address": settings.address,
        "phone": settings.phone,
        "email": settings.email,
    }


def _decoded(column: str, value: object) -> object:
    if column in JSON_COLUMNS and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def json_document(
    db: Clinic,
    data: ClientData,
    clinic: dict[str, str],
    moment: datetime,
    files: list[dict[str, object]],
) -> dict[str, object]:
    """The ``client.json`` object (see the module docstring)."""
    staff = db.staff
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": moment.astimezone(UTC).isoformat(timespec="seconds"),
        "exported_by": staff.display_name if staff is not None else None,
        "smpdesk_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "clinic": clinic,
        "client_id": data.client_id,
        "tables": {
            table: [{c: _decoded(c, v) for c, v in row.items()} for row in rows]
            for table, rows in data.tables.items()
        },
        "omitted_columns": {table: list(columns) for table, columns in data.omitted.items()},
        "form_definitions": data.form_definitions,
        "staff": {str(k): v for k, v in sorted(data.staff_names.items())},
        "files": files,
    }


def json_bytes(
    db: Clinic,
    data: ClientData,
    clinic: dict[str, str],
    moment: datetime,
    files: list[dict[str, object]],
) -> bytes:
    document = json_document(db, data, clinic, moment, files)
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# -- the readable summary --------------------------------------------------------------------


class _Words:
    """Dates, times and staff names as the summary prints them, in the clinic's style."""

    def __init__(self, style: str, staff: dict[int, str]) -> None:
        self.style = style
        self.staff = staff

    def day(self, value: object) -> str:
        try:
            return format_long_date(date.fromisoformat(str(value)), self.style)
        except ValueError:
            return str(value or "")

    def stamp(self, value: object) -> str:
        """A stored timestamp on the clinic's clock: ``3 Nov 2026 14:05``."""
        moment = local_moment(str(value or ""))
        if moment is None:
            return str(value or "")
        return f"{format_medium_date(moment.date())} {format_time(moment, self.style)}"

    def signed(self, value: object) -> str:
        moment = local_moment(str(value or ""))
        if moment is None:
            return str(value or "")
        return f"{format_long_date(moment.date(), self.style)} at {format_time(moment, self.style)}"

    def person(self, value: object) -> str:
        if isinstance(value, int):
            return self.staff.get(value, f"staff member {value}")
        return ""

    def value(self, column: str, value: object) -> str:
        """Any column of any table, readably: dates, people, yes/no, JSON."""
        if value is None:
            return ""
        if column.endswith("_by"):
            return self.person(value)
        if column.endswith("_at"):
            return self.stamp(value)
        if column in JSON_COLUMNS and isinstance(value, str):
            return _flat(_decoded(column, value))
        if isinstance(value, dict | list):
            return _flat(value)
        return str(value)


def _flat(value: object) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_flat(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return "" if value is None else str(value)


def _label(column: str, labels: dict[str, str]) -> str:
    return labels.get(column) or column.replace("_", " ").capitalize()


def _extra_fields(
    row: dict[str, object], known: set[str], words: _Words, labels: dict[str, str]
) -> list[tuple[str, str]]:
    """Columns this version does not know by name (added later): printed, not lost."""
    found = []
    for column, value in row.items():
        if column in known or column in _LINKS:
            continue
        shown = words.value(column, value)
        if shown.strip():
            found.append((_label(column, labels), shown))
    return found


def _history(
    rows: list[dict[str, object]],
    current: dict[str, str],
    labels: dict[str, str],
    words: _Words,
    shown: Callable[[str, str], str] = lambda _name, value: value,
) -> tuple[Any, ...]:
    """Earlier versions, oldest first, each with what the edit after it changed."""
    from smpdesk.infra.handouts.client_summary import Change

    if not rows:
        return ()
    versions = sorted(rows, key=lambda r: (_number(r.get("version")), _id(r)))
    befores = [_as_text_dict(r.get("details")) for r in versions]
    afters = [*befores[1:], current]
    changes = []
    for row, before, after in zip(versions, befores, afters, strict=True):
        changed = tuple(
            (_label(name, labels), shown(name, before.get(name, "")), shown(name, after[name]))
            for name in after
            if before.get(name, "") != after[name]
        )
        kind = str(row.get("kind") or "edit")
        changes.append(
            Change(
                when=words.stamp(row.get("replaced_at")),
                kind="" if kind == "edit" else kind,
                who=words.person(row.get("replaced_by")),
                changes=changed,
            )
        )
    return tuple(changes)


def _as_text_dict(value: object) -> dict[str, str]:
    decoded = _decoded("details", value)
    if not isinstance(decoded, dict):
        return {}
    return {str(k): "" if v is None else str(v) for k, v in decoded.items()}


def _client_record(data: ClientData, words: _Words) -> Any:
    from smpdesk.infra.handouts.client_summary import Record

    row = data.rows("clients")[0]
    fields: list[tuple[str, str]] = []

    def shown(name: str, value: str) -> str:
        if name == "sex":
            return SEX_CHOICES.get(value, value) if value else ""
        if name == "date_of_birth":
            return words.day(value) if value else ""
        if name == "language":  # "" is the clinic's own (issue 20)
            return LANGUAGES.get(value, value) if value else "Clinic's language"
        return value

    order = ["client_number", *ClientDetails.field_names()]
    for name in order:
        value = row.get(name)
        fields.append(
            (_label(name, CLIENT_LABELS), shown(name, "" if value is None else str(value)))
        )
    for name in ("created_at", "created_by", "updated_at", "changed_by", "archived_at"):
        if row.get(name) not in (None, ""):
            fields.append((_label(name, CLIENT_LABELS), words.value(name, row[name])))
    fields += _extra_fields(row, {*order, *CLIENT_LABELS}, words, CLIENT_LABELS)
    current = {name: "" if row.get(name) is None else str(row.get(name)) for name in order[1:]}
    return Record(
        title="Your details",
        fields=tuple(fields),
        history=_history(data.rows("client_versions"), current, CLIENT_LABELS, words, shown),
    )


def _session_records(data: ClientData, words: _Words) -> tuple[Any, ...]:
    from smpdesk.infra.handouts.client_summary import Record

    overrides = {r.get("session_id"): r for r in data.rows("session_overrides")}
    versions: dict[object, list[dict[str, object]]] = {}
    for row in data.rows("session_versions"):
        versions.setdefault(row.get("session_id"), []).append(row)
    handouts: dict[object, int] = {}
    for row in data.rows("handouts_given"):
        handouts[row.get("session_id")] = handouts.get(row.get("session_id"), 0) + 1

    def shown(name: str, value: str) -> str:
        if not value:
            return ""
        if name == "session_type":
            return describe_type(value)
        if name == "areas":
            return ", ".join(AREAS.get(a, a) for a in value.split(",") if a)
        if name in ("session_date", "pigment_expiry"):
            return words.day(value)
        return value

    names = SessionDetails.field_names()
    rows = sorted(
        data.rows("sessions"),
        key=lambda r: (str(r.get("session_date") or ""), str(r.get("start_time") or ""), _id(r)),
    )
    records = []
    for row in rows:
        values = {n: "" if row.get(n) is None else str(row.get(n)) for n in names}
        fields = [(_label(n, SESSION_LABELS), shown(n, values[n])) for n in names]
        for name in (
            "created_at",
            "created_by",
            "updated_at",
            "changed_by",
            "deleted_at",
            "deleted_by",
            "deleted_reason",
        ):
            if row.get(name) not in (None, ""):
                fields.append((_label(name, SESSION_LABELS), words.value(name, row[name])))
        fields += _extra_fields(row, {*names, *SESSION_LABELS}, words, SESSION_LABELS)
        given = handouts.get(row.get("id"), 0)
        if given:
            fields.append(("Aftercare sheets given", str(given)))
        notes = []
        if row.get("deleted_at"):
            by = words.person(row.get("deleted_by"))
            notes.append(
                f"Deleted on {words.stamp(row['deleted_at'])}{f' by {by}' if by else ''}: "
                "no longer in the clinic's lists, kept in your records."
            )
        override = overrides.get(row.get("id"))
        if override is not None:
            notes.append(
                "Went ahead despite a do-not-treat flag; reason given: "
                f"{override.get('reason') or ''}"
            )
        title = (
            f"{shown('session_type', values['session_type'])}, {words.day(values['session_date'])}"
        )
        records.append(
            Record(
                title=title,
                fields=tuple(fields),
                notes=tuple(notes),
                history=_history(
                    versions.get(row.get("id"), []), values, SESSION_LABELS, words, shown
                ),
                pairs=True,
            )
        )
    return tuple(records)


def _flags_text(flags: object) -> str:
    if not isinstance(flags, list) or not flags:
        return "None"
    found = [f for item in flags if (f := RaisedFlag.from_json(item))]
    return "; ".join(f"{f.level.replace('-', ' ')}: {f.message}" for f in found) or "None"


RESPONSE_LABELS: dict[str, str] = {
    "supersedes": "Replaces the earlier version",
    "content_sha256": "Seal (SHA-256 of what was signed)",
}
# Response columns printed in their own words (or not at all: the answers are the pages).
_RESPONSE_KNOWN = frozenset(
    {
        "form_id",
        "form_version",
        "form_title",
        "definition_sha256",
        "answers",
        "flags",
        "started_at",
        "completed_at",
        "client_mode",
        "created_by",
        "changed_by",
        "updated_at",
        "page",
        "signed_times",
    }
)


def _signatures(value: object, spec: Any, words: _Words) -> str:
    """When each signature was drawn: "Your signature: 24 Nov 2026 09:30; ..."."""
    times = _decoded("signed_times", value)
    if not isinstance(times, dict) or not times:
        return ""
    wording = {}
    if spec is not None:
        wording = {q.id: q.text for page in spec.pages for q in page.questions}
    return "; ".join(
        f"{' '.join(str(wording.get(k) or k).split())}: {words.stamp(v)}" for k, v in times.items()
    )


def _responses(
    db: Clinic, data: ClientData, words: _Words, record_files: dict[int, str]
) -> tuple[Any, ...]:
    """Each response, then each unfinished draft, printed as the client answered it."""
    from smpdesk.infra.handouts.client_summary import ResponsePart

    parts = []
    items = [(row, False) for row in data.rows("responses")]
    items += [(row, True) for row in data.rows("response_drafts")]
    for row, draft in items:
        answers = _decoded("answers", row.get("answers"))
        answers = answers if isinstance(answers, dict) else {}
        stamp = row.get("updated_at") if draft else row.get("completed_at")
        moment = local_moment(str(stamp or ""))
        spec = None
        with contextlib.suppress(UserError):  # an unreadable form: said on the page instead
            spec = stored_definition(db, str(row.get("definition_sha256") or ""))
        version = row.get("form_version") or (spec.version if spec is not None else "")
        title = str(
            row.get("form_title") or (spec.title if spec is not None else "") or row.get("form_id")
        )
        facts = [("Form", f"{title} (version {version})")]
        if draft:
            facts += [
                ("Status", "Not finished (a draft)"),
                ("Started", words.stamp(row.get("started_at"))),
                ("Last saved", words.stamp(row.get("updated_at"))),
            ]
        else:
            facts += [
                ("Started", words.stamp(row.get("started_at"))),
                ("Completed", words.stamp(row.get("completed_at"))),
                ("Flags raised", _flags_text(_decoded("flags", row.get("flags")))),
            ]
        filled = "by you, on the clinic's device" if row.get("client_mode") else "with the clinic"
        facts.append(("Filled in", filled))
        signatures = _signatures(row.get("signed_times"), spec, words)
        if signatures:
            facts.append(("Signed", signatures))
        response_id = row.get("id")
        if not draft and isinstance(response_id, int):
            facts.append(("Record number", str(response_id)))
            if response_id in record_files:
                facts.append(("Signed record", record_files[response_id]))
        facts += _extra_fields(row, set(_RESPONSE_KNOWN), words, RESPONSE_LABELS)
        if draft:
            title = f"{title} (not finished)"
        elif moment is not None:
            title = f"{title}, {words.day(moment.date().isoformat())}"
        pages: tuple[Any, ...] = ()
        problem = ""
        if spec is None:
            problem = (
                "The form this was answered with cannot be shown by this version of smpdesk; "
                "the answers are in client.json."
            )
        else:
            pages = record_pages(
                spec, answers, words.style, today=moment.date() if moment else None
            )
        parts.append(
            ResponsePart(
                title=title,
                facts=tuple(facts),
                pages=pages,
                signed=words.signed(stamp),
                problem=problem,
            )
        )
    return tuple(parts)


def _listings(
    data: ClientData, words: _Words, photo_files: dict[int, str], record_files: dict[int, str]
) -> tuple[Any, ...]:
    from smpdesk.infra.handouts.client_summary import Listing

    responses = {row.get("id"): row for row in data.rows("responses")}
    sessions = {row.get("id"): row for row in data.rows("sessions")}
    consent_rows = tuple(
        (
            str(responses.get(rid, {}).get("form_title") or ""),
            words.stamp(responses.get(rid, {}).get("completed_at")),
            str(rid),
            name,
        )
        for rid, name in sorted(record_files.items())
    )
    aftercare_rows = tuple(
        (
            words.stamp(row.get("given_at")),
            "Aftercare sheet" if row.get("kind") == "aftercare" else str(row.get("kind") or ""),
            str(row.get("content_version") or ""),
            str(row.get("action") or "").capitalize(),
            words.day(sessions.get(row.get("session_id"), {}).get("session_date") or ""),
        )
        for row in data.rows("handouts_given")
    )
    photo_rows = tuple(
        (
            words.day(row.get("visit_date")),
            ANGLES.get(str(row.get("angle")), str(row.get("angle") or "")),
            CONSENTS.get(str(row.get("consent")), str(row.get("consent") or "")),
            f"{row.get('width')} × {row.get('height')}",
            photo_files.get(_id(row), "(image missing)"),
        )
        for row in sorted(
            data.rows("photos"),
            key=lambda r: (str(r.get("visit_date") or ""), _id(r)),
        )
    )
    photo_changes = _photo_history(data, words, photo_files)
    return (
        Listing(
            title="Consent records",
            columns=("Form", "Signed", "Record", "File in this export"),
            rows=consent_rows,
            empty="No signed consent records are held.",
            note="Each signed record is included exactly as it was signed, in the consent folder.",
            widths=(0.3, 0.22, 0.1, 0.38),
        ),
        Listing(
            title="Aftercare sheets given",
            columns=(
                "Given",
                "Sheet",
                "Care plan version",
                "Printed or saved",
                "For the session of",
            ),
            rows=aftercare_rows,
            empty="No aftercare sheets are recorded as given.",
            widths=(0.2, 0.18, 0.18, 0.16, 0.28),
        ),
        Listing(
            title="Photos",
            columns=("Visit", "Angle", "Use allowed", "Size (pixels)", "File in this export"),
            rows=photo_rows,
            empty="No photos are held.",
            note=(
                "Each photo is included as stored: the picture only, without the camera's "
                "date, location or other details."
            ),
            widths=(0.25, 0.15, 0.18, 0.13, 0.29),
        ),
        *((photo_changes,) if photo_changes.rows else ()),
    )


PHOTO_LABELS: dict[str, str] = {
    "visit_date": "Visit",
    "angle": "Angle",
    "consent": "Use allowed",
    "session_id": "Session",
}


def _photo_history(data: ClientData, words: _Words, photo_files: dict[int, str]) -> Any:
    """Each change of a photo's details (visit, angle, use allowed), oldest first."""
    from smpdesk.infra.handouts.client_summary import Listing

    def shown(name: str, value: str) -> str:
        if name == "angle":
            return ANGLES.get(value, value)
        if name == "consent":
            return CONSENTS.get(value, value)
        if name == "visit_date":
            return words.day(value) if value else ""
        return value

    versions: dict[object, list[dict[str, object]]] = {}
    for row in data.rows("photo_versions"):
        versions.setdefault(row.get("photo_id"), []).append(row)
    rows = []
    for photo in data.rows("photos"):
        earlier = versions.get(photo.get("id"), [])
        if not earlier:
            continue
        names = set().union(*(_as_text_dict(v.get("details")) for v in earlier))
        current = {n: "" if photo.get(n) is None else str(photo.get(n)) for n in sorted(names)}
        file = photo_files.get(_id(photo), f"photo {_id(photo)}")
        for change in _history(earlier, current, PHOTO_LABELS, words, shown):
            what = "; ".join(
                f"{label}: {was or '—'} → {now or '—'}" for label, was, now in change.changes
            )
            if change.kind:
                what = f"{what} ({change.kind})" if what else change.kind
            rows.append((file, change.when, change.who, what or "saved without changes"))
    return Listing(
        title="Changes to photo details",
        columns=("Photo", "Changed", "By", "What changed"),
        rows=tuple(rows),
        empty="No photo's details have been changed.",
        widths=(0.3, 0.18, 0.14, 0.38),
    )


def _others(data: ClientData, words: _Words) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    """Tables of the client's this summary has no section for (added by later versions)."""
    from smpdesk.infra.handouts.client_summary import Record

    found = []
    for table, rows in data.tables.items():
        if table in _SHOWN:
            continue
        title = table.replace("_", " ").capitalize()
        records = tuple(
            Record(
                title=f"{title} {index}",
                fields=tuple(
                    (_label(c, {}), words.value(c, v))
                    for c, v in row.items()
                    if c not in ("id", "client_id")
                ),
            )
            for index, row in enumerate(rows, start=1)
        )
        found.append((f"Other records: {table.replace('_', ' ')} ({len(rows)})", records))
    return tuple(found)


# -- hairline designs (issue 17) ------------------------------------------------------------


def _design_listing(data: ClientData, words: _Words) -> tuple[Any, ...]:
    """Every saved version of the client's design, newest first (none: no section)."""
    from smpdesk.infra.handouts.client_summary import Listing

    rows = sorted(data.rows("designs"), key=lambda r: -int(str(r.get("version") or 0)))
    if not rows:
        return ()
    return (
        Listing(
            title="Hairline designs",
            columns=("Version", "Drawn", "By", "Approved by the client"),
            rows=tuple(
                (
                    str(row.get("version") or ""),
                    words.stamp(row.get("created_at")),
                    str(row.get("created_by_name") or ""),
                    _approval_words(row, words),
                )
                for row in rows
            ),
            empty="No hairline designs are held.",
            note="The approved version (or, before any approval, the newest) is shown on "
            "its own page above.",
            widths=(0.12, 0.24, 0.24, 0.4),
        ),
    )


def _approval_words(row: dict[str, object], words: _Words) -> str:
    if not row.get("approved_at"):
        return "Not approved"
    return f"{words.stamp(row.get('approved_at'))}, signed as {row.get('approved_name') or '—'}"


def _design_base(design: Any, data: ClientData, words: _Words) -> str:
    """What the design is drawn on, as the client knows it."""
    from smpdesk.domain.designs import OUTLINE_VIEWS

    if design.base.photo_id is None:
        return f"the {OUTLINE_VIEWS.get(design.base.outline, 'head').lower()} head outline"
    photo = next((p for p in data.rows("photos") if _id(p) == design.base.photo_id), None)
    if photo is None:
        return "your photo"
    angle = ANGLES.get(str(photo.get("angle")), "").lower()
    try:
        taken = format_medium_date(date.fromisoformat(str(photo.get("visit_date"))))
    except ValueError:
        taken = str(photo.get("visit_date") or "")
    return f"your {angle + ' ' if angle else ''}photo of {taken}"


def _design_page(db: Clinic, data: ClientData, words: _Words) -> Any:
    """The "Your SMP design" page: the approved version, else the newest; None without one.

    Read from the export's snapshot (the version's row and description); the
    preview is the one stored at saving, the plan and the per-session pictures are
    drawn from the stored description.  A description that cannot be read leaves
    the page out (its row is still listed and in the JSON).
    """
    from smpdesk.app import designs
    from smpdesk.domain.designs import DesignError, design_from_json
    from smpdesk.infra.handouts.design_page import DesignPage

    rows = data.rows("designs")
    approved = [r for r in rows if r.get("approved_at")]
    if approved:
        row = max(approved, key=lambda r: (str(r.get("approved_at")), _id(r)))
    elif rows:
        row = max(rows, key=lambda r: (int(str(r.get("version") or 0)), _id(r)))
    else:
        return None
    design_id = _id(row)
    try:
        design = design_from_json(str(row.get("data") or ""))
    except DesignError:
        return None
    layers = design.layers if design.zones else 0
    try:
        plan = _jpeg(designs.render_design(db, design_id, preview=False, max_side=1200))
        session_images = (
            tuple(
                _jpeg(designs.render_design(db, design_id, layer=n, max_side=700))
                for n in range(1, layers + 1)
            )
            if 1 < layers <= 4
            else ()
        )
    except UserError:  # its photo was deleted: what was saved with it still prints
        plan, session_images = designs.design_thumbnail(db, design_id), ()
    return DesignPage(
        design=design,
        version=int(str(row.get("version") or 0)),
        drawn=words.stamp(row.get("created_at")),
        drawn_by=str(row.get("created_by_name") or ""),
        base=_design_base(design, data, words),
        plan_image=plan,
        preview_image=designs.design_preview(db, design_id),
        session_images=session_images,
        approved=words.signed(row.get("approved_at")) if row.get("approved_at") else "",
        approved_name=str(row.get("approved_name") or ""),
        signature_png=designs.design_signature(db, design_id) if row.get("approved_at") else None,
    )


def _jpeg(image: Any) -> bytes:
    import io

    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=88)
    return out.getvalue()


def _summary_pdf(
    db: Clinic,
    data: ClientData,
    settings: Any,
    moment: datetime,
    photo_files: dict[int, str],
    record_files: dict[int, str],
) -> bytes:
    from smpdesk.infra.handouts.client_summary import ClientSummaryRequest, render_client_summary
    from smpdesk.infra.handouts.layout import clinic_info

    words = _Words(settings.date_style, data.staff_names)
    client = data.rows("clients")[0]
    name = f"{client.get('given_name') or ''} {client.get('family_name') or ''}".strip()
    clinic = settings.name.strip() or "The clinic"
    sessions = _session_records(data, words)
    responses = _responses(db, data, words, record_files)
    introduction = (
        f"{clinic} keeps the records below about you. This is a copy of all of them, "
        f"made on {words.signed(moment.isoformat())} at your request (your right of access "
        "and to data portability, GDPR Articles 15 and 20).",
        f"With this summary come {JSON_FILE} (the same records in a form computers can read), "
        f"the {PHOTOS} folder ({_count(len(photo_files), 'photo')}) and the {CONSENT} folder "
        f"({_count(len(record_files), 'signed consent record')}). Questionnaires are printed "
        "at the end, each with the questions exactly as you saw them; an edited record lists "
        "each earlier version under it.",
    )
    request = ClientSummaryRequest(
        clinic=clinic_info(settings),
        client_name=name,
        client_number=str(client.get("client_number") or ""),
        date_of_birth=words.day(client.get("date_of_birth")) if client.get("date_of_birth") else "",
        exported_at=words.stamp(moment.isoformat()),
        exported_by=db.staff.display_name if db.staff is not None else "",
        introduction=introduction,
        details=_client_record(data, words),
        sessions=sessions,
        responses=responses,
        listings=(
            *_listings(data, words, photo_files, record_files),
            *_design_listing(data, words),
        ),
        design=_design_page(db, data, words),
        others=_others(data, words),
        paper=settings.paper,
        date_style=settings.date_style,
    )
    try:
        return render_client_summary(request)
    except UserError:
        raise
    except Exception as exc:  # reportlab's LayoutError/ValueError on absurd input
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core",
                "The summary could not be laid out, so nothing was exported; check for an "
                "unusually long value in the client's records and try again.",
            )
        ) from exc


__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "HANDLE_WITH_CARE",
    "ExportResult",
    "earlier_export",
    "export_client",
    "is_zip",
]
