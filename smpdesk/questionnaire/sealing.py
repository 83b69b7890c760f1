"""Signed means sealed: what a signature covers, and the content hash of a signed response.

A signature covers every question before it in form order: every question of
the earlier pages and the earlier questions of its own page, as the signer
saw them (a condition only looks at earlier answers, so what was shown above a
signature is decided by what it covers).  Once a signature is in a saved
draft, the answers it covers and the signature itself are frozen; a change
needs a new version of the response that is signed again.  The use cases in
:mod:`smpdesk.app.questionnaires` hold every draft save and every finish to
that, whichever front calls them.

A form may have several signatures (the client's first, then, say, the
practitioner's countersignature); each covers everything before it and keeps
the time it was drawn.  In a draft those times ride in the answers under
:data:`SIGNED_TIMES_KEY` (``{question id: ISO time}``); drafts saved before
there could be more than one signature kept the first one's time under
:data:`SIGNED_AT_KEY`, which is still read and still written.

The content hash (:func:`content_hash`) is a SHA-256 over one canonical JSON
document describing a finished signed response: the record's own identity
(response id, client, form, version, the form definition's SHA-256, when it
was started and finished, in client mode or not, by whom, which version it
replaces), its answers, its flags, every signature's time and the SHA-256 of
the stored PDF record.  The document is serialised with sorted keys, no
whitespace, UTF-8 (``json.dumps(..., sort_keys=True, separators=(",", ":"),
ensure_ascii=False)``), answers, flags and times parsed from the JSON they are
stored as (text that is not JSON goes in as text).  ``smpdesk check``
recomputes it for every signed response.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from smpdesk.domain.dates import format_medium_date
from smpdesk.questionnaire.answers import SIGNATURE_PREFIX, fill, is_answered
from smpdesk.questionnaire.spec import FormSpec

SIGNED_AT_KEY = "_signed_at"  # the first signature's time (every draft has had it)
SIGNED_TIMES_KEY = "_signed_times"  # each drawn signature's time, by question id
HASH_FORMAT = "smpdesk-signed-response-1"


def signature_ids(spec: FormSpec) -> tuple[str, ...]:
    """The form's signature questions, in form order (the client's comes first)."""
    return tuple(q.id for page in spec.pages for q in page.questions if q.type == "signature")


def covered(spec: FormSpec, signature_id: str) -> tuple[str, ...]:
    """The questions a signature covers: every answerable one before it, then itself."""
    found: list[str] = []
    for page in spec.pages:
        for question in page.questions:
            if question.id == signature_id:
                return (*found, signature_id)
            if question.answerable:
                found.append(question.id)
    raise KeyError(signature_id)


def signer(spec: FormSpec, signature_id: str) -> str:
    """ "practitioner" for a signature on a practitioner page, else "client"."""
    return "practitioner" if spec.pages[spec.page_of(signature_id)].practitioner else "client"


# What :func:`signed_words` says, by key ("<signer>", "<signer>_at", "<signer>_on"), in
# English (issue 20): a window speaking another language passes them translated
# (``smpdesk.gui.questionnaires.core_words``, whose test checks every key).
SIGNED_SENTENCES: dict[str, str] = {
    "client": "Signed by the client",
    "client_at": "Signed by the client at {time}",
    "client_on": "Signed by the client on {date} at {time}",
    "practitioner": "Signed by the practitioner",
    "practitioner_at": "Signed by the practitioner at {time}",
    "practitioner_on": "Signed by the practitioner on {date} at {time}",
}


def signed_words(
    spec: FormSpec,
    signature_id: str,
    stamp: str | None,
    *,
    today: date | None = None,
    words: Mapping[str, str] | None = None,
    day_words: Callable[[date], str] | None = None,
) -> str:
    """ "Signed by the client at 14:05" (another day: "on 3 Nov 2026 at 14:05"), local time.

    ``words``: :data:`SIGNED_SENTENCES` in another language (a key it lacks is said
    in English); ``day_words`` writes the day in it (by default "3 Nov 2026").
    """
    who = signer(spec, signature_id)
    try:
        moment = datetime.fromisoformat(stamp).astimezone() if stamp else None
    except ValueError:
        moment = None

    def say(key: str, **values: object) -> str:
        return fill((words or {}).get(key) or SIGNED_SENTENCES[key], values)

    if moment is None:
        return say(who)
    clock = f"{moment:%H:%M}"
    if moment.date() == (today or date.today()):
        return say(f"{who}_at", time=clock)
    day = (day_words or format_medium_date)(moment.date())
    return say(f"{who}_on", date=day, time=clock)


def drawn(spec: FormSpec, answers: Mapping[str, object]) -> tuple[str, ...]:
    """The signatures that are in these answers, in form order."""
    return tuple(sid for sid in signature_ids(spec) if is_answered(answers.get(sid)))


def signature_times(
    spec: FormSpec, answers: Mapping[str, object], *, fallback: str | None = None
) -> dict[str, str]:
    """When each drawn signature was drawn (ISO text), as the answers of a draft record it.

    The first signature's time may also be under :data:`SIGNED_AT_KEY` (a draft
    from before several signatures); a signature with no time at all gets
    ``fallback`` (for a stored draft: when it was last saved), or is left out.
    """
    recorded = answers.get(SIGNED_TIMES_KEY)
    times = recorded if isinstance(recorded, Mapping) else {}
    legacy = answers.get(SIGNED_AT_KEY)
    found: dict[str, str] = {}
    ids = signature_ids(spec)
    for sid in drawn(spec, answers):
        stamp = times.get(sid)
        if not isinstance(stamp, str) and ids and sid == ids[0]:
            stamp = legacy
        if not isinstance(stamp, str):
            stamp = fallback
        if isinstance(stamp, str):
            found[sid] = stamp
    return found


def with_times(answers: Mapping[str, object], times: Mapping[str, str], first: str | None) -> dict:
    """Draft answers carrying the signatures' times (and the first one's, as drafts always have)."""
    kept = {k: v for k, v in answers.items() if k not in (SIGNED_AT_KEY, SIGNED_TIMES_KEY)}
    if times:
        kept[SIGNED_TIMES_KEY] = dict(times)
    if first:
        kept[SIGNED_AT_KEY] = first
    return kept


def sealed_by(spec: FormSpec, answers: Mapping[str, object]) -> dict[str, str]:
    """Question id -> the first drawn signature that covers it (signatures included)."""
    found: dict[str, str] = {}
    for sid in drawn(spec, answers):
        for qid in covered(spec, sid):
            found.setdefault(qid, sid)
    return found


def _same(before: object, after: object) -> bool:
    if not is_answered(before) and not is_answered(after):
        return True  # None, "" and [] all mean "not answered"
    return (before == after and type(before) is type(after)) or _same_number(before, after)


def _same_number(before: object, after: object) -> bool:
    numbers = (int, float)
    return (
        isinstance(before, numbers)
        and isinstance(after, numbers)
        and not isinstance(before, bool)
        and not isinstance(after, bool)
        and before == after
    )


def broken_seals(
    spec: FormSpec, before: Mapping[str, object], after: Mapping[str, object]
) -> list[str]:
    """The sealed questions (by ``before``'s signatures) whose answer ``after`` changes."""
    return [qid for qid in sealed_by(spec, before) if not _same(before.get(qid), after.get(qid))]


def carries_signature(answers: Mapping[str, object]) -> bool:
    """Whether any answer is a drawn signature (told by its value, without the form)."""
    return any(isinstance(v, str) and v.startswith(SIGNATURE_PREFIX) for v in answers.values())


# -- the content hash --------------------------------------------------------------


@dataclass(frozen=True)
class SealedContent:
    """A finished response as stored: every column the content hash covers, and its PDF.

    ``answers``, ``flags`` and ``signed_times`` are the JSON text as stored.
    """

    response_id: int
    client_id: int
    form_id: str
    form_version: str
    definition_sha256: str
    answers: str
    flags: str
    signed_times: str
    started_at: str
    completed_at: str
    client_mode: bool
    created_by: int | None
    supersedes: int | None
    pdf: bytes | None


def _parsed(text: str | None) -> object:
    if text is None:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return {"unreadable": text}


def canonical(content: SealedContent) -> bytes:
    """The exact bytes the content hash is taken over (documented in the module)."""
    document = {
        "format": HASH_FORMAT,
        "response": content.response_id,
        "client": content.client_id,
        "form": content.form_id,
        "form_version": content.form_version,
        "definition_sha256": content.definition_sha256,
        "answers": _parsed(content.answers),
        "flags": _parsed(content.flags),
        "signed_times": _parsed(content.signed_times),
        "started_at": content.started_at,
        "completed_at": content.completed_at,
        "client_mode": bool(content.client_mode),
        "created_by": content.created_by,
        "supersedes": content.supersedes,
        "pdf_sha256": hashlib.sha256(content.pdf).hexdigest() if content.pdf is not None else None,
    }
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def content_hash(content: SealedContent) -> str:
    return hashlib.sha256(canonical(content)).hexdigest()
