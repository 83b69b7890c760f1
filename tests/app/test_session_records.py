"""Issue 16: the records a session needs on file, and bookings at the same time."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires
from smpdesk.app import sessions as session_cases
from smpdesk.cli.entry import main
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import ValidationError
from smpdesk.questionnaire.answers import SIGNATURE_PREFIX
from smpdesk.questionnaire.loader import load_form_text
from tests.paper_records import ON_PAPER

CONSENT = """
form = "consent"
title = "Consent"
version = "1"
consent_record = true

[[pages]]
title = "Sign"

[[pages.questions]]
id = "client_signature"
type = "signature"
text = "Your signature"
required = true

[[pages.questions]]
id = "practitioner_signature"
type = "signature"
text = "Practitioner"
required = false
"""

MEDICAL = """
form = "medical"
title = "Medical history"
version = "1"

[[pages]]
title = "Health"

[[pages.questions]]
id = "well"
type = "yes_no"
text = "Are you well?"
required = true
"""

SIGNED = SIGNATURE_PREFIX + "iVBORw0KGgo="


def client(db, given: str = "Ann", family: str = "Orr") -> int:
    return client_cases.add_client(db, ClientDetails(given_name=given, family_name=family)).id


def records(db, cid: int) -> list[str]:
    return [m.record for m in session_cases.missing_records(db, cid)]


def test_only_finished_medical_and_fully_signed_consent_count(db):
    cid = client(db)
    assert records(db, cid) == ["consent", "medical"]
    medical = load_form_text(MEDICAL, "medical")
    questionnaires.save_draft(db, cid, medical, {"well": True}, page=0)
    [_, draft] = session_cases.missing_records(db, cid)
    assert "started but not finished" in draft.message  # a draft is not on file
    questionnaires.finish(db, cid, medical, {"well": True})
    assert records(db, cid) == ["consent"]
    consent = load_form_text(CONSENT, "consent")
    # Signed by the client, not countersigned: not a signed consent yet.
    questionnaires.finish(db, cid, consent, {"client_signature": SIGNED})
    assert records(db, cid) == ["consent"]
    questionnaires.finish(
        db, cid, consent, {"client_signature": SIGNED, "practitioner_signature": SIGNED}
    )
    assert records(db, cid) == []
    details = SessionDetails(date.today().isoformat(), "first")
    session = session_cases.record_session(db, cid, details)  # no reason needed now
    assert store.session_override(db, session.id) is None


def test_a_session_without_records_needs_a_reason_kept_with_what_was_missing(db):
    cid = client(db)
    details = SessionDetails(date.today().isoformat(), "first")
    with pytest.raises(ValidationError) as refused:
        session_cases.record_session(db, cid, details, override_reason="ok")
    assert refused.value.fields["override_reason"].startswith(
        "This client has no signed consent on file and no medical history on file"
    )
    session = session_cases.record_session(db, cid, details, override_reason=ON_PAPER)
    reason, entries = store.session_override(db, session.id)
    assert reason == ON_PAPER
    assert [e["record"] for e in entries] == ["consent", "medical"]
    assert session_cases.override_words(entries) == (
        "Went ahead despite no signed consent and no medical history"
    )
    assert session_cases.override_words([{"level": "do-not-treat"}]) == (
        "Went ahead despite do-not-treat"
    )


def book(db, given: str, when: str, *, day: date | None = None) -> int:
    cid = client(db, given, "Booked")
    details = SessionDetails((day or date.today()).isoformat(), "first", next_appointment=when)
    session_cases.record_session(db, cid, details, override_reason=ON_PAPER)
    return cid


def test_bookings_less_than_two_hours_apart_clash(db):
    day = date.today() + timedelta(days=14)
    book(db, "Same", f"{day} 10:00")
    book(db, "Near", f"{day} 11:59")
    book(db, "Far", f"{day} 12:00")
    book(db, "Before", f"{day} 08:01")
    mine = client(db, "Me", "Myself")
    found = session_cases.booking_clashes(db, mine, f"{day} 10:00")
    assert [c.client_name for c in found] == ["Before Booked", "Same Booked", "Near Booked"]
    when = datetime.fromisoformat(f"{day} 10:00")
    words = session_cases.clash_warning(when, found)
    assert "Same Booked is booked at 10:00" in words and "(the same time)" in words
    assert "(1 h 59 min later)" in words and "(1 h 59 min earlier)" in words
    assert session_cases.booking_clashes(db, mine, "not a time") == []


def test_own_stale_archived_and_deleted_bookings_do_not_clash(db):
    day = date.today() + timedelta(days=14)
    mine = book(db, "Me", f"{day} 10:00")
    assert session_cases.booking_clashes(db, mine, f"{day} 10:00") == []  # my own
    # A booking on an earlier visit, replaced by the visit after it, no longer stands.
    stale = book(db, "Stale", f"{day} 10:00", day=date.today() - timedelta(days=30))
    session_cases.record_session(
        db, stale, SessionDetails(date.today().isoformat(), "second"), override_reason=ON_PAPER
    )
    archived = book(db, "Archived", f"{day} 10:00")
    client_cases.archive_client(db, archived)
    gone = book(db, "Deleted", f"{day} 10:00")
    [session] = session_cases.client_sessions(db, gone)
    session_cases.delete_session(db, session.id, "Recorded for the wrong client")
    assert session_cases.booking_clashes(db, mine, f"{day} 10:00") == []


def test_cli_warns_on_stderr_and_exits_zero(db, db_path, capsys):
    day = date.today() + timedelta(days=14)
    book(db, "Ann", f"{day} 10:00")
    mine = client(db, "Bo", "Mine")
    argv = ["sessions", "add", "--db", str(db_path), "--client", str(mine), "--type", "first"]
    code = main([*argv, "--next", f"{day} 10:30", "--override-reason", ON_PAPER])
    out, err = capsys.readouterr()
    assert code == 0 and out.strip().isdigit()
    assert err.startswith("warning: Ann Booked is booked at 10:00") and "30 min earlier" in err
    assert main([*argv]) == 1
    assert "--override-reason: This client has no signed consent" in capsys.readouterr().err
