"""Questionnaire drafts, finished responses, their form definitions and records.

A response row points at the exact form text it was answered with
(``form_definitions``, keyed by sha256), so rendering it never depends on
what is in the forms folder today.  Drafts are one row per client and form,
rewritten on every change, so a crash loses at most the last keystroke.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from smpdesk.store.database import inserted_id, write
from smpdesk.store.staff import actor_of


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _loads(text: str, default: object) -> object:
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return default


@dataclass(frozen=True)
class Draft:
    client_id: int
    form_id: str
    definition_sha256: str
    answers: dict
    page: int
    client_mode: bool
    started_at: str
    updated_at: str


@dataclass(frozen=True)
class Response:
    id: int
    client_id: int
    form_id: str
    form_version: str
    form_title: str
    definition_sha256: str
    answers: dict
    flags: list
    started_at: str
    completed_at: str
    client_mode: bool
    has_document: bool


def store_definition(
    db: sqlite_utils.Database, sha256: str, form_id: str, version: str, title: str, source: str
) -> None:
    """Keep the form text (call inside a write transaction)."""
    db.execute(
        "INSERT OR IGNORE INTO form_definitions (sha256, form_id, version, title, source, "
        "stored_at) VALUES (?, ?, ?, ?, ?, ?)",
        [sha256, form_id, version, title, source, now_utc()],
    )


def definition_source(db: sqlite_utils.Database, sha256: str) -> str | None:
    row = db.execute("SELECT source FROM form_definitions WHERE sha256 = ?", [sha256]).fetchone()
    return row[0] if row else None


_DRAFT_COLUMNS = (
    "client_id, form_id, definition_sha256, answers, page, client_mode, started_at, updated_at"
)


def _draft(row: tuple) -> Draft:
    answers = _loads(row[3], {})
    return Draft(
        client_id=row[0],
        form_id=row[1],
        definition_sha256=row[2],
        answers=answers if isinstance(answers, dict) else {},
        page=int(row[4] or 0),
        client_mode=bool(row[5]),
        started_at=row[6],
        updated_at=row[7],
    )


def save_draft(
    db: sqlite_utils.Database,
    client_id: int,
    definition: tuple[str, str, str, str, str],
    answers: dict,
    page: int,
    *,
    client_mode: bool = False,
    started_at: str | None = None,
) -> None:
    """Write the draft now (one small transaction; called on every change).

    ``definition`` is (sha256, form id, version, title, source).
    ``started_at`` is kept from the first save on.
    """
    sha256, form_id = definition[0], definition[1]
    now = now_utc()
    with write(db):
        store_definition(db, *definition)
        db.execute(
            f"INSERT INTO response_drafts ({_DRAFT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (client_id, form_id) DO UPDATE SET "
            "definition_sha256 = excluded.definition_sha256, answers = excluded.answers, "
            "page = excluded.page, client_mode = excluded.client_mode, "
            "updated_at = excluded.updated_at",
            [
                client_id,
                form_id,
                sha256,
                _json(answers),
                page,
                int(client_mode),
                started_at or now,
                now,
            ],
        )


def get_draft(db: sqlite_utils.Database, client_id: int, form_id: str) -> Draft | None:
    row = db.execute(
        f"SELECT {_DRAFT_COLUMNS} FROM response_drafts WHERE client_id = ? AND form_id = ?",
        [client_id, form_id],
    ).fetchone()
    return _draft(row) if row else None


def client_drafts(db: sqlite_utils.Database, client_id: int) -> list[Draft]:
    rows = db.execute(
        f"SELECT {_DRAFT_COLUMNS} FROM response_drafts WHERE client_id = ? ORDER BY updated_at",
        [client_id],
    ).fetchall()
    return [_draft(row) for row in rows]


def delete_draft(db: sqlite_utils.Database, client_id: int, form_id: str) -> None:
    with write(db):
        db.execute(
            "DELETE FROM response_drafts WHERE client_id = ? AND form_id = ?", [client_id, form_id]
        )


@dataclass(frozen=True)
class NewResponse:
    client_id: int
    definition: tuple[str, str, str, str, str]  # sha256, form id, version, title, source
    answers: dict
    flags: list
    started_at: str
    completed_at: str
    client_mode: bool = False


def insert_response(
    db: sqlite_utils.Database,
    new: NewResponse,
    document: Callable[[int], bytes] | None = None,
) -> int:
    """Store the response (and its PDF record) and drop the draft, all or nothing.

    ``document`` makes the record from the new response's number; it runs
    inside the transaction, so a record that cannot be made leaves no
    response behind (and the draft still there).
    """
    sha256, form_id, version, title, _ = new.definition
    with write(db):
        store_definition(db, *new.definition)
        cursor = db.execute(
            "INSERT INTO responses (client_id, form_id, form_version, form_title, "
            "definition_sha256, answers, flags, started_at, completed_at, client_mode, "
            "created_by, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new.client_id,
                form_id,
                version,
                title,
                sha256,
                _json(new.answers),
                _json(new.flags),
                new.started_at,
                new.completed_at,
                int(new.client_mode),
                actor_of(db),
                actor_of(db),
            ],
        )
        response_id = inserted_id(cursor)
        if document is not None:
            db.execute(
                "INSERT INTO response_documents (response_id, pdf, created_at) VALUES (?, ?, ?)",
                [response_id, document(response_id), now_utc()],
            )
        db.execute(
            "DELETE FROM response_drafts WHERE client_id = ? AND form_id = ?",
            [new.client_id, form_id],
        )
    return response_id


_RESPONSE_SELECT = (
    "SELECT r.id, r.client_id, r.form_id, r.form_version, r.form_title, r.definition_sha256, "
    "r.answers, r.flags, r.started_at, r.completed_at, r.client_mode, "
    "EXISTS (SELECT 1 FROM response_documents d WHERE d.response_id = r.id) "
    "FROM responses r"
)


def _response(row: tuple) -> Response:
    answers = _loads(row[6], {})
    flags = _loads(row[7], [])
    return Response(
        id=row[0],
        client_id=row[1],
        form_id=row[2],
        form_version=row[3],
        form_title=row[4],
        definition_sha256=row[5],
        answers=answers if isinstance(answers, dict) else {},
        flags=flags if isinstance(flags, list) else [],
        started_at=row[8],
        completed_at=row[9],
        client_mode=bool(row[10]),
        has_document=bool(row[11]),
    )


def get_response(db: sqlite_utils.Database, response_id: int) -> Response | None:
    row = db.execute(f"{_RESPONSE_SELECT} WHERE r.id = ?", [response_id]).fetchone()
    return _response(row) if row else None


def client_responses(db: sqlite_utils.Database, client_id: int) -> list[Response]:
    """Newest first: by the order they were finished, which local times with
    different UTC offsets (a clock change) would not sort correctly."""
    rows = db.execute(
        f"{_RESPONSE_SELECT} WHERE r.client_id = ? ORDER BY r.id DESC",
        [client_id],
    ).fetchall()
    return [_response(row) for row in rows]


def latest_responses(db: sqlite_utils.Database, client_id: int) -> list[Response]:
    """The newest response to each form, oldest form first."""
    newest: dict[str, Response] = {}
    for response in client_responses(db, client_id):
        newest.setdefault(response.form_id, response)
    return sorted(newest.values(), key=lambda r: r.id)


def response_document(db: sqlite_utils.Database, response_id: int) -> bytes | None:
    row = db.execute(
        "SELECT pdf FROM response_documents WHERE response_id = ?", [response_id]
    ).fetchone()
    return bytes(row[0]) if row else None


def session_override(db: sqlite_utils.Database, session_id: int) -> tuple[str, list] | None:
    row = db.execute(
        "SELECT reason, flags FROM session_overrides WHERE session_id = ?", [session_id]
    ).fetchone()
    if row is None:
        return None
    flags = _loads(row[1], [])
    return row[0], flags if isinstance(flags, list) else []
