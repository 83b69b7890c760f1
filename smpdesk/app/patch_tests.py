"""Patch tests: record, read, and what a negative one does to the allergy flag.

Who: a practitioner (or the owner) records patch tests and sees their results;
reception may see only that a patch test exists and when it was applied (DOMAIN.md,
"Who may see what": no flag details or clinical fields for reception), so a
receptionist can say "your patch test on the 3rd" without reading an outcome.

The allergy flag.  The medical form's ``pigment_allergy`` question raises a
do-not-treat flag that nothing could close.  A **negative** patch test **read
after** the client's latest medical history closes it; a positive or
inconclusive one keeps it.  The flag is identified by its form and question
(``medical`` / ``pigment_allergy``), which every stored response under every
version of the shipped form carries, so responses already stored (their
definitions are sealed and cannot gain a marker) are covered as well.

Closed, not hidden: DOMAIN.md notes that a clean patch test does not rule out a
later reaction, so the flag stays on the list, downgraded to a needs-clearance
line (the clearance is given: it no longer blocks a session) that reads "closed by
negative patch test on DATE, read by NAME" in the header and the session dialog.
A newer medical history (the client declaring the allergy again) reopens it until
a newer negative test.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from smpdesk import store
from smpdesk.app.access import use_case
from smpdesk.app.clinic import Clinic
from smpdesk.domain.dates import format_medium_date
from smpdesk.domain.patch_tests import (
    RESULT_WORDS,
    RESULTS,
    PatchTestDetails,
    validate_patch_test,
)
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smpdesk.questionnaire.answers import RaisedFlag
from smpdesk.store import patch_tests as patch_store
from smpdesk.store.patch_tests import PatchTest

# The flag a negative patch test closes: its form and question, in every version.
ALLERGY_FORM = "medical"
ALLERGY_QUESTION = "pigment_allergy"
CLOSED_LEVEL = "needs-clearance"


@dataclasses.dataclass(frozen=True)
class PatchTestDate:
    """What reception sees of a patch test: that it exists, and when it was applied."""

    id: int
    applied_on: str


def _require_client(db: Clinic, client_id: int) -> None:
    if store.get_client(db, client_id) is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "core", "No client with id {client_id}: check the number and try again."
            ),
            client_id=client_id,
        )


@use_case
def record_patch_test(
    db: Clinic,
    client_id: int,
    details: PatchTestDetails,
    *,
    replaces: int | None = None,
    reason: str = "",
    today: date | None = None,
) -> PatchTest:
    """Store a patch test, or a new version of one (``replaces``, with a ``reason``).

    Nothing stored is changed: a reading added later or a mistake put right is a
    new version, and the earlier one stays readable in its history.
    """
    from smpdesk.app.clients import refuse_merged

    _require_client(db, client_id)
    refuse_merged(db, client_id)
    details = details.cleaned()
    problems = validate_patch_test(details, today)
    reason = " ".join(reason.split())
    if replaces is not None:
        earlier = patch_store.get_patch_test(db, replaces)
        if earlier is None or earlier.client_id != client_id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core", "Patch test {number} is not this client's: check the number."
                ),
                number=replaces,
            )
        if patch_store.replaced(db, replaces):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Patch test {number} already has a newer version: correct that one instead.",
                ),
                number=replaces,
            )
        if not reason:
            problems["reason"] = QT_TRANSLATE_NOOP(
                "core", "Say why this version replaces the earlier one."
            )
    if problems:
        raise ValidationError(problems)
    new_id = patch_store.insert_patch_test(
        db,
        client_id,
        applied_on=details.applied_on,
        pigment=details.pigment,
        lot=details.lot,
        area=details.area,
        result=details.result,
        read_on=details.read_on or None,
        read_by=details.read_by,
        notes=details.notes,
        replaces=replaces,
        reason=reason,
    )
    saved = patch_store.get_patch_test(db, new_id)
    assert saved is not None
    return saved


@use_case
def client_patch_tests(db: Clinic, client_id: int) -> list[PatchTest]:
    """The client's patch tests (the newest version of each), newest applied first."""
    return patch_store.client_patch_tests(db, client_id)


@use_case
def patch_test_versions(db: Clinic, test_id: int) -> list[PatchTest]:
    """Every version of one patch test, oldest first (what was recorded, and each change)."""
    return patch_store.versions_of(db, test_id)


@use_case
def patch_test_dates(db: Clinic, client_id: int) -> list[PatchTestDate]:
    """That patch tests exist and when they were applied; no result (reception's view)."""
    return [
        PatchTestDate(t.id, t.applied_on) for t in patch_store.client_patch_tests(db, client_id)
    ]


def result_words(result: str) -> str:
    return RESULT_WORDS.get(result, result)


def _read_after(test: PatchTest, completed_at: str) -> bool:
    """Was the test read after the medical history was answered?

    A later day is after; on the same day, the reading must have been recorded
    after the answers were (the consultation's order on that day).
    """
    if not test.read_on:
        return False
    answered_day = completed_at[:10]
    if test.read_on != answered_day:
        return test.read_on > answered_day
    # The two stamps may carry different UTC offsets (the answers in local time, the
    # reading in UTC), so they are compared as instants, never as text; and to the
    # second, as the answers are stamped, so a reading in the same second is not after.
    return _instant(test.recorded_at) > _instant(completed_at)


def _instant(stamp: str) -> datetime:
    """An ISO time as an aware instant to the second; without an offset it is taken as UTC."""
    moment = datetime.fromisoformat(stamp).replace(microsecond=0)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def closing_test(db: Clinic, client_id: int, medical_completed_at: str) -> PatchTest | None:
    """The negative patch test that closes the allergy flag, or None.

    The newest reading after the medical history decides: negative closes,
    positive or inconclusive keeps the flag.
    """
    read = [
        t
        for t in patch_store.client_patch_tests(db, client_id)
        if t.result != "pending" and _read_after(t, medical_completed_at)
    ]
    if not read:
        return None
    newest = max(read, key=lambda t: (t.read_on or "", t.recorded_at))
    return newest if newest.result == "negative" else None


def close_allergy_flags(
    db: Clinic, client_id: int, flags: list[RaisedFlag], medical_completed_at: str | None
) -> list[RaisedFlag]:
    """``flags`` with the stored pigment-allergy flag closed by a negative patch test.

    Called by :func:`smpdesk.app.questionnaires._flags` (so the header, the session
    dialog and the session check all see the same closed flag).  A draft's flag
    (answers not finished) is never closed: it is newer than any reading.
    """
    if medical_completed_at is None:
        return flags
    allergy = [
        f
        for f in flags
        if f.form_id == ALLERGY_FORM
        and f.question_id == ALLERGY_QUESTION
        and f.level == "do-not-treat"
        and not f.draft
    ]
    if not allergy:
        return flags
    test = closing_test(db, client_id, medical_completed_at)
    if test is None:
        return flags
    reader = f", read by {test.read_by}" if test.read_by else ""
    when = format_medium_date(date.fromisoformat(test.read_on)) if test.read_on else ""
    note = f"closed by negative patch test on {when}{reader}"
    return [
        dataclasses.replace(f, level=CLOSED_LEVEL, closed=note) if f in allergy else f
        for f in flags
    ]


__all__ = [
    "RESULTS",
    "PatchTest",
    "PatchTestDate",
    "PatchTestDetails",
    "client_patch_tests",
    "patch_test_dates",
    "patch_test_versions",
    "record_patch_test",
    "result_words",
]
