"""Answered questionnaires for the demo clinic, with flags at every level.

Answers are chosen by walking each shipped form as a client would: only
visible questions, each answer checked by the same rules as the runner, and
no flag raised unless the demo wants one.  So the demo keeps working when a
clinic (or we) reword the forms.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from smpdesk import store
from smpdesk.app import questionnaires
from smpdesk.app.clinic import Clinic
from smpdesk.questionnaire.answers import (
    answer_problem,
    raised_flags,
    resolve,
    signature_value,
)
from smpdesk.questionnaire.spec import FormSpec, Question

# Per demo client, in order: answers that raise the flags the demo shows.
FLAGGED = (
    {"medical": {"pigment_allergy": True}},  # do not treat
    {"medical": {"antibiotics": True}},  # postpone
    # needs clearance: no letter recorded yet (None = leave unanswered)
    {"medical": {"health_conditions": ["blood_thinners"], "clearance_letter_date": None}},
    {
        "medical": {
            "sun_on_scalp": True,
            "health_conditions": ["diabetes"],
            "clearance_letter_date": None,
        }
    },
)
FORM_ORDER = questionnaires.CONSULTATION_ORDER
FORM_CLIENTS = 8


def demo_signature(seed: int) -> bytes:
    """A scribbled signature as PNG bytes."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("L", (600, 180), 255)
    draw = ImageDraw.Draw(image)
    x, y = 40.0, 110.0
    points = [(x, y)]
    for _ in range(28):
        x += rng.uniform(8, 22)
        y = min(160.0, max(30.0, y + rng.uniform(-35, 35)))
        points.append((x, y))
    draw.line(points, fill=16, width=4, joint="curve")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _candidates(question: Question, rng: random.Random, today: date, seed: int) -> Iterator:
    kind = question.type
    if kind == "yes_no":
        yield from (False, True)
    elif kind == "acknowledgement":
        yield True
    elif kind == "single_choice":
        yield from rng.sample([c.value for c in question.choices], len(question.choices))
    elif kind == "multiple_choice":
        for choice in rng.sample(list(question.choices), len(question.choices)):
            yield [choice.value]
    elif kind == "number":
        low = question.minimum if question.minimum is not None else 1
        yield int(low) + rng.randint(0, 3) if question.integer else float(low) + 1
    elif kind == "date":
        if question.not_past:
            yield today.isoformat()
        yield (today - timedelta(days=rng.randint(400, 2500))).isoformat()
    elif kind == "text":
        yield "Demo answer"
    elif kind == "long_text":
        yield "Nothing else to add."
    elif kind == "signature":
        # Each signer's own scribble: the client's and the practitioner's differ.
        yield signature_value(demo_signature(seed * 7 + sum(map(ord, question.id))))


def fill(
    spec: FormSpec,
    overrides: dict | None = None,
    *,
    seed: int = 0,
    today: date | None = None,
) -> dict:
    """Answers a careful client would give: valid, and flag-free unless overridden."""
    rng = random.Random(seed)
    today = today or date.today()
    overrides = overrides or {}
    answers: dict = {}
    for page in spec.pages:
        for question in page.questions:
            resolved = resolve(spec, answers, today)
            if question.id not in resolved.visible or not question.answerable:
                continue
            if question.id in overrides:
                if overrides[question.id] is not None:
                    answers[question.id] = overrides[question.id]
                continue
            optional_text = question.type in ("text", "long_text", "date", "number")
            if not question.required and optional_text and rng.random() < 0.6:
                continue
            before = set(raised_flags(spec, resolved.answers, today))
            for candidate in _candidates(question, rng, today, seed):
                trial = {**resolved.answers, question.id: candidate}
                if answer_problem(question, candidate, trial, today):
                    continue
                # Any flag this answer adds, here or on a later question.
                if set(raised_flags(spec, trial, today)) - before:
                    continue
                answers[question.id] = candidate
                break
    return answers


# Minutes before finishing that each signature was drawn: the client signs, the
# practitioner checks the ID and countersigns a few minutes later.
SIGNED_MINUTES_BEFORE = {"signature": 12, "practitioner_signature": 3}


def add_demo_responses(db: Clinic, client_ids: list[int]) -> int:
    """Intake, medical and consent for each client, dated at their first session;
    each consent signed by the client and countersigned by the practitioner."""
    entries = {e.spec.id: e for e in questionnaires.form_entries(db) if e.spec is not None}
    done = 0
    for number, client_id in enumerate(client_ids):
        # A client whose papers are in Polish answered the Polish forms (issue 20).
        client = store.get_client(db, client_id)
        language = client.language if client is not None else ""
        specs = {form_id: entry.in_language(language) for form_id, entry in entries.items()}
        sessions = store.client_sessions(db, client_id)
        first = min((s.session_date for s in sessions), default=date.today())
        moment = datetime.combine(first, time(9, 30)).astimezone()
        flagged = FLAGGED[number] if number < len(FLAGGED) else {}
        for form_id in FORM_ORDER:
            spec = specs.get(form_id)
            if spec is None:
                continue
            answers = fill(
                spec, flagged.get(form_id), seed=client_id * 31 + len(form_id), today=first
            )
            signed = {
                sid: (moment - timedelta(minutes=minutes)).isoformat(timespec="seconds")
                for sid, minutes in SIGNED_MINUTES_BEFORE.items()
                if sid in answers
            }
            questionnaires.finish(
                db,
                client_id,
                spec,
                answers,
                now=moment,
                started_at=(moment - timedelta(minutes=30)).isoformat(timespec="seconds"),
                signed_times=signed,
            )
            done += 1
    return done
