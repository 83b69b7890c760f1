"""Questionnaire drafts, finished responses, their form definitions and records.

A response row points at the exact form text it was answered with
(``form_definitions``, keyed by sha256), so rendering it never depends on
what is in the forms folder today.  Drafts are one row per client and form,
rewritten on every change, so a crash loses at most the last keystroke.

A finished response that carries a signature (or a PDF record) is sealed: its
content hash is written in the same transaction as the row and its PDF, and
triggers refuse any UPDATE of it (migration 0010).  A change is a new response
that ``supersedes`` it.  :func:`sealed_findings` is what ``smpdesk check`` runs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import sqlite_utils

from smpdesk.questionnaire.sealing import SealedContent, carries_signature, content_hash
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
    supersedes: int | None = None  # a new version of this finished response


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
    signed_times: dict = field(default_factory=dict)  # signature id -> when it was drawn
    supersedes: int | None = None  # the earlier version this one replaces
    superseded_by: int | None = None  # the newer version that replaces this one
    content_sha256: str | None = None  # set on every sealed (signed) response

    @property
    def signed(self) -> bool:
        return carries_signature(self.answers)


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
    "client_id, form_id, definition_sha256, answers, page, client_mode, started_at, updated_at, "
    "supersedes"
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
        supersedes=row[8],
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
    supersedes: int | None = None,
) -> None:
    """Write the draft now (one small transaction; called on every change).

    ``definition`` is (sha256, form id, version, title, source).
    ``started_at`` and ``supersedes`` (a new version of that response) are kept
    from the first save on.
    """
    sha256, form_id = definition[0], definition[1]
    now = now_utc()
    with write(db):
        store_definition(db, *definition)
        db.execute(
            f"INSERT INTO response_drafts ({_DRAFT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
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
                supersedes,
            ],
        )


def get_draft(db: sqlite_utils.Database, client_id: int, form_id: str) -> Draft | None:
    row = db.execute(
        f"SELECT {_DRAFT_COLUMNS} FROM response_drafts WHERE client_id = ? AND form_id = ?",
        [client_id, form_id],
    ).fetchone()
    return _draft(row) if row else None


def client_drafts(db: sqlite_utils.Database, client_id: int) -> list[Draft]:
    """Oldest change first.  Includes a draft a merge left with the merged-away record
    (the kept client had one of the same form: store/merge.py), so it is seen."""
    rows = db.execute(
        f"SELECT {_DRAFT_COLUMNS} FROM response_drafts WHERE client_id = ? OR client_id IN "
        "(SELECT m.id FROM clients m WHERE m.merged_into = ?) ORDER BY updated_at",
        [client_id, client_id],
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
    signed_times: dict = field(default_factory=dict)
    supersedes: int | None = None


def insert_response(
    db: sqlite_utils.Database,
    new: NewResponse,
    document: Callable[[int], bytes] | None = None,
) -> int:
    """Store the response (and its PDF record) and drop the draft, all or nothing.

    ``document`` makes the record from the new response's number; it runs
    inside the transaction, so a record that cannot be made leaves no
    response behind (and the draft still there).  A signed response (or one
    with a record) gets its content hash in the same transaction; from then on
    the triggers of migration 0010 refuse to change it.
    """
    sha256, form_id, version, title, _ = new.definition
    with write(db):
        store_definition(db, *new.definition)
        if new.supersedes is not None:
            _check_supersedes(db, new.client_id, form_id, new.supersedes)
        cursor = db.execute(
            "INSERT INTO responses (client_id, form_id, form_version, form_title, "
            "definition_sha256, answers, flags, started_at, completed_at, client_mode, "
            "created_by, changed_by, supersedes, signed_times) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                new.supersedes,
                _json(new.signed_times),
            ],
        )
        response_id = inserted_id(cursor)
        pdf = document(response_id) if document is not None else None
        if pdf is not None:
            db.execute(
                "INSERT INTO response_documents (response_id, pdf, created_at) VALUES (?, ?, ?)",
                [response_id, pdf, now_utc()],
            )
        if pdf is not None or carries_signature(new.answers):
            _seal(db, response_id)
        db.execute(
            "DELETE FROM response_drafts WHERE client_id = ? AND form_id = ?",
            [new.client_id, form_id],
        )
    return response_id


class SupersedeError(ValueError):
    """The version a new response says it replaces cannot be replaced by it."""


def _check_supersedes(
    db: sqlite_utils.Database, client_id: int, form_id: str, earlier: int
) -> None:
    row = db.execute(
        "SELECT client_id, form_id, "
        "EXISTS (SELECT 1 FROM responses n WHERE n.supersedes = r.id), "
        "(SELECT c.merged_into FROM clients c WHERE c.id = r.client_id) "
        "FROM responses r WHERE r.id = ?",
        [earlier],
    ).fetchone()
    # A signed response of a record merged into this client stays filed under it.
    if row is None or client_id not in (row[0], row[3]) or row[1] != form_id:
        raise SupersedeError("not an earlier response of this client to this form")
    if row[2]:
        raise SupersedeError("already replaced by a newer version")


_SEALED_SELECT = (
    "SELECT r.id, r.client_id, r.form_id, r.form_version, r.definition_sha256, r.answers, "
    "r.flags, r.signed_times, r.started_at, r.completed_at, r.client_mode, r.created_by, "
    "r.supersedes, (SELECT d.pdf FROM response_documents d WHERE d.response_id = r.id) "
    "FROM responses r"
)


def _sealed_content(row: tuple) -> SealedContent:
    return SealedContent(
        response_id=row[0],
        client_id=row[1],
        form_id=row[2],
        form_version=row[3],
        definition_sha256=row[4],
        answers=row[5],
        flags=row[6],
        signed_times=row[7],
        started_at=row[8],
        completed_at=row[9],
        client_mode=bool(row[10]),
        created_by=row[11],
        supersedes=row[12],
        pdf=bytes(row[13]) if row[13] is not None else None,
    )


def _seal(db: sqlite_utils.Database, response_id: int, *, anchor: bool = True) -> None:
    """Write the content hash of a response just inserted (inside its transaction), and
    vouch for it in the audit trail's hash chain.

    The hash alone is unkeyed: someone who edits a record with an SQLite tool could
    recompute it.  The seal entry cannot be rewritten without breaking the chain from
    that entry on (and the anchors backups keep of it), so ``smpdesk check`` compares
    each record with the hash its first seal entry names.  (Migration 0010 seals
    without the entry, which 0015 adds once the trail can hold it.)
    """
    row = db.execute(f"{_SEALED_SELECT} WHERE r.id = ?", [response_id]).fetchone()
    digest = content_hash(_sealed_content(row))
    db.execute("UPDATE responses SET content_sha256 = ? WHERE id = ?", [digest, response_id])
    if anchor:
        anchor_seal(db, response_id, row[1], digest)


def anchor_seal(db: sqlite_utils.Database, response_id: int, client_id: int, digest: str) -> None:
    """The seal entry of one response, by whoever is signed in on ``db`` (nobody in a
    migration or on a clinic not protected yet)."""
    from smpdesk.store import audit as audit_store

    staff = getattr(db, "staff", None)
    audit_store.append(
        db,
        staff_id=actor_of(db),
        staff_name=getattr(staff, "display_name", "") or "",
        action=audit_store.SEAL_ACTION,
        client_id=client_id,
        outcome="done",
        detail=audit_store.seal_detail(response_id, digest),
    )


def seal_existing(db: sqlite_utils.Database) -> int:
    """Migration 0010: seal every response already signed (or with a record); how many."""
    ids = [
        row[0]
        for row in db.execute(
            "SELECT r.id, r.answers, EXISTS (SELECT 1 FROM response_documents d "
            "WHERE d.response_id = r.id) FROM responses r WHERE r.content_sha256 IS NULL"
        ).fetchall()
        if row[2] or carries_signature(_answers_of(row[1]))
    ]
    for response_id in ids:
        _seal(db, response_id, anchor=False)
    return len(ids)


def anchor_existing_seals(db: sqlite_utils.Database) -> int:
    """Migration 0015: a seal entry for every sealed response that has none yet."""
    from smpdesk.store import audit as audit_store

    anchored = audit_store.seal_anchors(db)
    rows = db.execute(
        "SELECT id, client_id, content_sha256 FROM responses "
        "WHERE content_sha256 IS NOT NULL ORDER BY id"
    ).fetchall()
    added = 0
    for response_id, client_id, digest in rows:
        if response_id not in anchored:
            anchor_seal(db, response_id, client_id, digest)
            added += 1
    return added


def _answers_of(text: str) -> dict:
    answers = _loads(text, {})
    return answers if isinstance(answers, dict) else {}


@dataclass(frozen=True)
class SealFinding:
    """A signed response that no longer matches what was sealed; ids only, no content."""

    response_id: int
    client_number: str
    problem: str  # "changed", "unsealed", "unanchored", "missing" or "wording"


class _Executes(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


def sealed_findings(conn: _Executes) -> Iterator[SealFinding]:
    """Every signed response whose stored answers, PDF or form wording changed after sealing.

    ``conn`` is a clinic handle or a plain read-only connection (``smpdesk check``
    opens the file that way).  A file from before migration 0010 has nothing
    sealed yet, so nothing to find.  Rows are read one at a time: PDFs are large.
    """
    execute = conn.execute
    columns = {row[1] for row in execute("PRAGMA table_info(responses)").fetchall()}
    if "content_sha256" not in columns:
        return
    rows = execute(
        "SELECT r.id, r.client_id, r.form_id, r.form_version, r.definition_sha256, r.answers, "
        "r.flags, r.signed_times, r.started_at, r.completed_at, r.client_mode, r.created_by, "
        "r.supersedes, (SELECT d.pdf FROM response_documents d WHERE d.response_id = r.id), "
        "r.content_sha256, "
        "(SELECT c.client_number FROM clients c WHERE c.id = r.client_id), "
        "(SELECT f.source FROM form_definitions f WHERE f.sha256 = r.definition_sha256) "
        "FROM responses r ORDER BY r.id"
    )
    from smpdesk.store import audit as audit_store

    # What the audit chain vouches for (empty for a file from before migration 0015,
    # whose seals are then checked against themselves only).
    anchors = audit_store.seal_anchors(conn)
    seen: set[int] = set()
    for row in rows:
        content = _sealed_content(row[:14])
        stored, number, source = row[14], row[15] or "?", row[16]
        seen.add(content.response_id)
        if stored is None:
            if content.pdf is not None or carries_signature(_answers_of(content.answers)):
                yield SealFinding(content.response_id, number, "unsealed")
            continue
        anchor = anchors.get(content.response_id)
        if content_hash(content) != stored or (anchor is not None and anchor[0] != stored):
            yield SealFinding(content.response_id, number, "changed")
        elif anchors and anchor is None:
            yield SealFinding(content.response_id, number, "unanchored")
        elif source is None or (
            hashlib.sha256(str(source).encode("utf-8")).hexdigest() != content.definition_sha256
        ):
            yield SealFinding(content.response_id, number, "wording")
    erased = _erased_client_ids(conn)
    for response_id, (_digest, client_id) in sorted(anchors.items()):
        if response_id not in seen and client_id not in erased:
            yield SealFinding(response_id, _client_number(conn, client_id), "missing")


def sealing_in_place(conn: _Executes) -> bool:
    """Does this file seal signed records (migration 0010) and vouch for them in its audit
    trail (0015)?  A backup or a file from an older smpdesk does not, until opened."""
    responses = {row[1] for row in conn.execute("PRAGMA table_info(responses)").fetchall()}
    trail = {row[1] for row in conn.execute("PRAGMA table_info(audit_log)").fetchall()}
    return "content_sha256" in responses and "detail" in trail


def _erased_client_ids(conn: _Executes) -> set[int | None]:
    """Clients erased on request: their signed records are gone on purpose."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "erasure_register" not in tables:
        return set()
    return {row[0] for row in conn.execute("SELECT client_id FROM erasure_register")}


def _client_number(conn: _Executes, client_id: int | None) -> str:
    row = conn.execute("SELECT client_number FROM clients WHERE id = ?", [client_id]).fetchone()
    return str(row[0]) if row else f"no. {client_id}"


_RESPONSE_SELECT = (
    "SELECT r.id, r.client_id, r.form_id, r.form_version, r.form_title, r.definition_sha256, "
    "r.answers, r.flags, r.started_at, r.completed_at, r.client_mode, "
    "EXISTS (SELECT 1 FROM response_documents d WHERE d.response_id = r.id), "
    "r.signed_times, r.supersedes, "
    "(SELECT n.id FROM responses n WHERE n.supersedes = r.id), r.content_sha256 "
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
        signed_times=times if isinstance(times := _loads(row[12], {}), dict) else {},
        supersedes=row[13],
        superseded_by=row[14],
        content_sha256=row[15],
    )


def get_response(db: sqlite_utils.Database, response_id: int) -> Response | None:
    row = db.execute(f"{_RESPONSE_SELECT} WHERE r.id = ?", [response_id]).fetchone()
    return _response(row) if row else None


def client_responses(db: sqlite_utils.Database, client_id: int) -> list[Response]:
    """Newest first: by the order they were finished, which local times with
    different UTC offsets (a clock change) would not sort correctly.

    Includes the signed responses of clients merged into this one, which stay filed
    under the merged-away record (their seal covers the client id; store/merge.py)."""
    rows = db.execute(
        f"{_RESPONSE_SELECT} WHERE r.client_id = ? OR r.client_id IN "
        "(SELECT m.id FROM clients m WHERE m.merged_into = ?) ORDER BY r.id DESC",
        [client_id, client_id],
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
