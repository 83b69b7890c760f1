"""Questionnaire logic, storage and versioning, headless."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import questionnaires
from smpdesk.app import sessions as session_cases
from smpdesk.app.demo.forms import demo_signature, fill
from smpdesk.cli import main
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from smpdesk.errors import UserError, ValidationError
from smpdesk.questionnaire.answers import (
    answer_problem,
    clean,
    date_input_problem,
    format_answer,
    parse_date,
    parse_number,
    problems,
    raised_flags,
    resolve,
    signature_png,
    signature_value,
)
from smpdesk.questionnaire.loader import load_form, load_form_text
from tests.paper_records import ON_PAPER

FORMS = Path(__file__).resolve().parents[2] / "forms"
DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = date(2026, 11, 22)

SMALL = """
form = "small"
title = "Small"
version = "1"

[[pages]]
title = "One"

[[pages.questions]]
id = "smoker"
type = "yes_no"
text = "Do you smoke?"
required = true

  [[pages.questions.flags]]
  when = "smoker == yes"
  level = "postpone"
  message = "Smoker: postpone."

[[pages.questions]]
id = "per_day"
type = "number"
text = "How many a day?"
show_if = "smoker == yes"
required = true
min = 1
max = 80
integer = true

[[pages.questions]]
id = "heavy_note"
type = "note"
text = "Heavy smoking slows healing."
show_if = "per_day > 20"

[[pages.questions]]
id = "colour"
type = "single_choice"
text = "Colour"
choices = [
  { value = "red", label = "Red" },
  { value = "blue", label = "Blue", flag = "needs-clearance", message = "Blue needs clearance." },
]

[[pages]]
title = "Two"
show_if = "smoker == no"

[[pages.questions]]
id = "areas"
type = "multiple_choice"
text = "Areas"
max_selected = 2
constraint = 'not ("crown" in . and "none" in .)'
constraint_message = "Crown and none cannot go together."
choices = ["crown", "hairline", "none"]

[[pages.questions]]
id = "born"
type = "date"
text = "Born"
not_future = true

[[pages.questions]]
id = "agree"
type = "acknowledgement"
text = "I agree"

[[pages.questions]]
id = "allergy"
type = "yes_no"
text = "Allergy?"

  [[pages.questions.flags]]
  when = "allergy == yes and areas is answered"
  level = "do-not-treat"
  message = "Allergic."
"""


@pytest.fixture
def small():
    return load_form_text(SMALL, "small.toml")


def test_skip_logic_hides_chains_and_drops_stale_answers(small):
    answers = {"smoker": True, "per_day": 30, "colour": "red"}
    resolved = resolve(small, answers, TODAY)
    assert {"per_day", "heavy_note"} <= resolved.visible
    assert resolved.pages == (0,)  # page two needs smoker == no
    # Answering "no" hides the count (and the note that hung on it), shows page two.
    answers["smoker"] = False
    resolved = resolve(small, answers, TODAY)
    assert "per_day" not in resolved.visible and "heavy_note" not in resolved.visible
    assert resolved.pages == (0, 1)
    assert clean(small, answers, TODAY) == {"smoker": False, "colour": "red"}


def test_problems_mark_required_range_constraint_and_dates(small):
    assert problems(small, {}, today=TODAY) == {"smoker": "Please answer yes or no."}
    found = problems(small, {"smoker": True, "per_day": 0}, today=TODAY)
    assert found == {"per_day": "Please enter a number from 1 to 80."}
    assert problems(small, {"smoker": True, "per_day": 2.5}, today=TODAY) == {
        "per_day": "Please enter a whole number."
    }
    answers = {
        "smoker": False,
        "areas": ["crown", "none"],
        "born": "2030-01-01",
    }
    found = problems(small, answers, today=TODAY)
    assert found["areas"] == "Crown and none cannot go together."
    assert found["born"] == "This date cannot be in the future."
    assert found["agree"] == "Please tick the box to confirm."
    answers.update(areas=["crown", "hairline", "none"], born="1980-02-02", agree=True)
    assert problems(small, answers, today=TODAY) == {"areas": "Please choose at most 2."}
    answers["areas"] = ["hairline"]
    assert problems(small, answers, today=TODAY) == {}
    # Only the pages asked about are checked.
    assert problems(small, {"smoker": False}, pages=(0,), today=TODAY) == {}


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, []),
        ({"smoker": True}, ["postpone"]),
        ({"smoker": True, "colour": "blue"}, ["postpone", "needs-clearance"]),
        ({"smoker": False, "allergy": True}, []),  # needs areas answered too
        ({"smoker": False, "allergy": True, "areas": ["crown"]}, ["do-not-treat"]),
        # A flag on a page that is now hidden is not raised.
        ({"smoker": True, "allergy": True, "areas": ["crown"]}, ["postpone"]),
    ],
)
def test_flag_truth_table(small, answers, expected):
    flags = raised_flags(small, answers, TODAY)
    assert [f.level for f in flags] == sorted(
        expected, key=["do-not-treat", "postpone", "needs-clearance"].index
    )
    assert all(f.form_id == "small" for f in flags)


def test_answers_are_worded_for_people(small):
    q = small.questions
    assert format_answer(q["smoker"], True) == "Yes"
    assert format_answer(q["colour"], "blue") == "Blue"
    assert format_answer(q["areas"], ["crown", "hairline"]) == "crown; hairline"
    assert format_answer(q["per_day"], 12) == "12"
    assert format_answer(q["born"], "1980-02-02", "uk").endswith("1980")
    assert format_answer(q["smoker"], None) == ""


def test_typed_numbers_dates_and_signatures():
    assert parse_number("12") == 12 and parse_number("12,5") == 12.5
    assert parse_number("1e5") is None and parse_number("twelve") is None
    assert parse_date("03/04/2025", "uk") == date(2025, 4, 3)
    assert parse_date("03/04/2025", "us") == date(2025, 3, 4)
    assert parse_date("2025-04-03") == date(2025, 4, 3)
    assert parse_date("31/02/2025") is None
    png = demo_signature(1)
    assert signature_png(signature_value(png)) == png
    assert signature_png("data:image/png;base64,!!!") is None
    assert signature_png(signature_value(b"GIF89a")) is None


def test_a_mistyped_date_says_what_is_wrong_with_it():
    assert date_input_problem("03/04/2025") == ""
    assert "no such date" in date_input_problem("31/02/2025")
    assert "no such date" in date_input_problem("02/31/2025", "us")
    assert "no such date" in date_input_problem("2025-02-30")
    assert date_input_problem("next week") == "Please enter a date as DD/MM/YYYY."
    assert date_input_problem("3/4/25", "us") == "Please enter a date as MM/DD/YYYY."


def test_signing_date_must_be_today():
    spec = load_form(FORMS / "consent.toml")
    question = spec.questions["signed_on"]
    assert answer_problem(question, TODAY.isoformat(), {}, TODAY) == ""
    assert answer_problem(question, "2026-11-21", {}, TODAY) == "Please enter today's date."


# -- storage -------------------------------------------------------------------


@pytest.fixture
def client(db):
    return client_cases.add_client(
        db, ClientDetails(given_name="Łukasz", family_name="Żółć", date_of_birth="1985-03-02")
    )


def test_finish_stores_definition_answers_and_flags(db, client, small):
    answers = {"smoker": True, "per_day": 30, "colour": "blue", "areas": ["crown"]}
    response = questionnaires.finish(db, client.id, small, answers)
    assert response.answers == {"smoker": True, "per_day": 30, "colour": "blue"}
    assert [f["level"] for f in response.flags] == ["postpone", "needs-clearance"]
    assert response.form_version == "1" and response.definition_sha256 == small.sha256
    assert store.definition_source(db, small.sha256) == small.source
    assert not response.has_document
    assert [f.message for f in questionnaires.client_flags(db, client.id)] == [
        "Smoker: postpone.",
        "Blue needs clearance.",
    ]


def test_finish_refuses_incomplete_answers(db, client, small):
    with pytest.raises(ValidationError) as err:
        questionnaires.finish(db, client.id, small, {"smoker": True})
    assert err.value.fields == {"per_day": "Please enter a number."}
    assert questionnaires.client_responses(db, client.id) == []


def test_latest_response_per_form_decides_the_flags(db, client, small):
    questionnaires.finish(db, client.id, small, {"smoker": True, "per_day": 3})
    assert questionnaires.client_flags(db, client.id)
    questionnaires.finish(db, client.id, small, {"smoker": False, "agree": True})
    assert questionnaires.client_flags(db, client.id) == []
    assert len(questionnaires.client_responses(db, client.id)) == 2


def test_draft_round_trip_and_finish_removes_it(db, client, small):
    questionnaires.save_draft(db, client.id, small, {"smoker": True}, 0)
    questionnaires.save_draft(db, client.id, small, {"smoker": True, "per_day": 4}, 1)
    draft = questionnaires.draft_for(db, client.id, "small")
    assert draft.answers == {"smoker": True, "per_day": 4} and draft.page == 1
    assert questionnaires.resume(db, draft) == small
    questionnaires.finish(db, client.id, small, draft.answers)
    assert questionnaires.draft_for(db, client.id, "small") is None


def test_old_response_renders_with_the_version_it_was_answered(db_path, client, small, db):
    folder = questionnaires.forms_folder(db)
    (folder / "small.toml").write_text(SMALL, encoding="utf-8")
    v1 = questionnaires.find_form(questionnaires.form_entries(db), "small")
    draft_v1 = {"smoker": True}
    questionnaires.save_draft(db, client.id, v1, draft_v1, 0)
    first = questionnaires.finish(db, client.id, v1, {"smoker": True, "per_day": 2})
    questionnaires.save_draft(db, client.id, v1, draft_v1, 0)

    v2_text = SMALL.replace('version = "1"', 'version = "2"').replace(
        "Do you smoke?", "Do you smoke or vape?"
    )
    (folder / "small.toml").write_text(v2_text, encoding="utf-8")
    v2 = questionnaires.find_form(questionnaires.form_entries(db), "small")
    assert v2.version == "2" and v2.sha256 != v1.sha256

    opened = questionnaires.open_response(db, first.id)
    assert opened.spec.version == "1"
    assert opened.spec.questions["smoker"].text == "Do you smoke?"
    # A draft begun on v1 continues on v1, not on whatever the file says now.
    draft = questionnaires.draft_for(db, client.id, "small")
    assert questionnaires.resume(db, draft).questions["smoker"].text == "Do you smoke?"
    second = questionnaires.finish(db, client.id, v2, {"smoker": False, "agree": True})
    assert questionnaires.open_response(db, second.id).spec.version == "2"


def test_forms_folder_is_seeded_once_and_env_folder_is_never_created(db, monkeypatch, tmp_path):
    folder = questionnaires.forms_folder(db)
    main = {"intake.toml", "medical.toml", "consent.toml"}
    translations = {f"{m[:-5]}.{code}.toml" for m in main for code in ("es", "de", "pl")}
    assert {p.name for p in folder.glob("*.toml")} == main | translations
    (folder / "consent.toml").unlink()
    assert questionnaires.forms_folder(db) == folder
    assert not (folder / "consent.toml").exists()  # the clinic's choice stands
    monkeypatch.setenv("SMPDESK_FORMS", str(tmp_path / "nowhere"))
    with pytest.raises(UserError, match="does not exist"):
        questionnaires.forms_folder(db)
    assert not (tmp_path / "nowhere").exists()


def _consent_answers(today: date) -> dict:
    spec = load_form(FORMS / "consent.toml")
    return spec, fill(spec, {"photos_marketing": False}, seed=3, today=today)


def test_consent_record_is_stored_numbered_and_reprintable(db, client):
    spec, answers = _consent_answers(date.today())
    response = questionnaires.finish(db, client.id, spec, answers)
    assert response.has_document
    pdf = questionnaires.consent_record(db, response.id)
    text = "\n".join(page.extract_text() for page in PdfReader(_bytes_io(pdf)).pages)
    assert "Łukasz Żółć" in text
    assert str(response.id) in text
    for question in spec.questions.values():
        if question.type == "acknowledgement":
            first_words = " ".join(question.text.split()[:4])
            assert first_words in " ".join(text.split())
    images = [img for page in PdfReader(_bytes_io(pdf)).pages for img in page.images]
    assert images, "the signature image is in the record"
    assert questionnaires.consent_record(db, response.id) == pdf  # the same paper again


def test_consent_signed_before_midnight_can_be_finished_after_it(db, client):
    """A draft signed on the 20th and finished on the 21st keeps the client's date
    and prints when they signed, not when the practitioner pressed Finish."""
    signed_day = date(2026, 11, 20)
    spec, answers = _consent_answers(signed_day)
    assert answers["signed_on"] == signed_day.isoformat()
    started = datetime(2026, 11, 20, 23, 40).astimezone()
    signed = datetime(2026, 11, 20, 23, 52).astimezone()
    finished = datetime(2026, 11, 21, 0, 10).astimezone()
    with pytest.raises(ValidationError) as info:  # no start given: today's date is wrong
        questionnaires.finish(db, client.id, spec, answers, now=finished)
    assert "signed_on" in info.value.fields
    response = questionnaires.finish(
        db,
        client.id,
        spec,
        answers,
        started_at=started.isoformat(),
        signed_at=signed.isoformat(),
        now=finished,
    )
    text = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(_bytes_io(questionnaires.consent_record(db, response.id))).pages
    )
    assert "Friday 20 November 2026 at 23:52" in text
    # The practitioner countersigned when finishing, after midnight: its own time.
    assert text.count("21 November") == 1
    assert "Signed Saturday 21 November 2026 at 00:10" in text


def test_a_date_before_the_form_was_started_is_still_refused(db, client):
    spec, answers = _consent_answers(date(2026, 11, 19))
    with pytest.raises(ValidationError):
        questionnaires.finish(
            db,
            client.id,
            spec,
            answers,
            started_at=datetime(2026, 11, 20, 23, 40).astimezone().isoformat(),
            now=datetime(2026, 11, 21, 0, 10).astimezone(),
        )


def test_a_consent_signed_again_later_needs_that_days_date(db, client):
    """Started on the 17th, dated the 20th, but signed on the 27th: the date is stale."""
    spec, answers = _consent_answers(date(2026, 11, 20))
    with pytest.raises(ValidationError) as info:
        questionnaires.finish(
            db,
            client.id,
            spec,
            answers,
            started_at=datetime(2026, 11, 17, 10, 0).astimezone().isoformat(),
            signed_at=datetime(2026, 11, 27, 10, 0).astimezone().isoformat(),
            now=datetime(2026, 11, 27, 10, 5).astimezone(),
        )
    assert "signed_on" in info.value.fields


def _bytes_io(data: bytes):
    import io

    return io.BytesIO(data)


def test_a_record_that_cannot_be_made_leaves_no_response(db, client, monkeypatch):
    spec, answers = _consent_answers(date.today())
    questionnaires.save_draft(db, client.id, spec, answers, 3)

    def broken(_request):
        raise ValueError("layout exploded")

    monkeypatch.setattr("smpdesk.infra.handouts.consent_record.render_consent_record", broken)
    with pytest.raises(UserError, match="could not be laid out"):
        questionnaires.finish(db, client.id, spec, answers)
    assert questionnaires.client_responses(db, client.id) == []
    assert questionnaires.draft_for(db, client.id, "consent") is not None


def test_session_with_do_not_treat_flag_needs_a_stored_reason(db, client, small):
    details = SessionDetails(session_date="2026-11-22", session_type="first")
    session_cases.record_session(db, client.id, details, override_reason=ON_PAPER)  # no flags yet
    questionnaires.finish(
        db, client.id, small, {"smoker": False, "allergy": True, "areas": ["crown"], "agree": True}
    )
    with pytest.raises(ValidationError) as err:
        session_cases.record_session(db, client.id, details, override_reason="ok")
    assert "override_reason" in err.value.fields
    session = session_cases.record_session(
        db, client.id, details, override_reason="Allergy ruled out by patch test on 1 Nov."
    )
    reason, flags = store.session_override(db, session.id)
    assert reason == "Allergy ruled out by patch test on 1 Nov."
    # The flags first; then what is not on file (issue 16), kept beside them.
    assert [f["level"] for f in flags] == ["do-not-treat", "missing-record", "missing-record"]
    assert [f.get("record") for f in flags[1:]] == ["consent", "medical"]


def test_frozen_v3_database_upgrades_with_its_data(tmp_path):
    path = tmp_path / "v3.sqlite3"
    shutil.copy(DATA / "clinic-schema-v3.sqlite3", path)
    db = store.open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    assert store.count_clients(db, "all") == 12
    assert store.client_photos(db, 1)
    assert {"responses", "response_drafts", "form_definitions", "session_overrides"} <= set(
        db.table_names()
    )
    db.conn.close()


def test_demo_answers_raise_every_level(demo_db):
    from smpdesk.app.demo.forms import add_demo_responses

    treated = [r[0] for r in demo_db.execute("SELECT DISTINCT client_id FROM sessions LIMIT 5")]
    assert add_demo_responses(demo_db, treated) == 15
    levels = set()
    for (client_id,) in demo_db.execute("SELECT DISTINCT client_id FROM responses"):
        levels |= {f.level for f in questionnaires.client_flags(demo_db, client_id)}
        forms = {r.form_id for r in questionnaires.client_responses(demo_db, client_id)}
        assert forms == {"intake", "medical", "consent"}
    assert levels == {"do-not-treat", "postpone", "needs-clearance"}


def test_demo_fill_answers_every_shipped_form_validly():
    for path in sorted(FORMS.glob("*.toml")):
        spec = load_form(path)
        answers = fill(spec, seed=5, today=TODAY)
        assert problems(spec, answers, today=TODAY) == {}, path.name
        assert raised_flags(spec, answers, TODAY) == [], path.name


def test_cli_lists_responses_with_flags_and_writes_the_record(db_path, db, client, capsys):
    spec, answers = _consent_answers(date.today())
    consent = questionnaires.finish(db, client.id, spec, answers)
    small = load_form_text(SMALL, "small.toml")
    questionnaires.finish(db, client.id, small, {"smoker": True, "per_day": 3})
    assert main(["responses", "--db", str(db_path), "--client", str(client.id)]) == 0
    out = capsys.readouterr().out
    assert "Postpone: Smoker: postpone." in out and "[signed record]" in out
    assert main(["responses", "--db", str(db_path), "--client", str(client.id), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["form"] for r in listed] == ["small", "consent"]
    assert listed[1]["answers"]["signature"] == "(signature image)"
    assert listed[0]["flags"][0]["level"] == "postpone"
    target = db_path.parent / "record.pdf"
    assert (
        main(["record", "--db", str(db_path), "--response", str(consent.id), "-o", str(target)])
        == 0
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert main(["responses", "--db", str(db_path), "--client", "999"]) == 1
    capsys.readouterr()
    missing = ["record", "--db", str(db_path), "--response", "999", "-o", str(target)]
    assert main(missing) == 1
    assert "no questionnaire response 999" in capsys.readouterr().err


def test_cli_lists_a_flag_level_from_a_newer_version(db_path, db, client, capsys):
    small = load_form_text(SMALL, "small.toml")
    response = questionnaires.finish(db, client.id, small, {"smoker": True, "per_day": 3})
    flags = [{"level": "urgent", "message": "From a newer smpdesk", "source": "smoker"}]
    db.execute("UPDATE responses SET flags = ? WHERE id = ?", [json.dumps(flags), response.id])
    db.conn.commit()
    assert main(["responses", "--db", str(db_path), "--client", str(client.id)]) == 0
    assert "1 urgent" in capsys.readouterr().out


def test_cli_session_add_needs_override_reason(db_path, db, client, capsys, small):
    questionnaires.finish(
        db, client.id, small, {"smoker": False, "allergy": True, "areas": ["crown"], "agree": True}
    )
    base = ["sessions", "add", "--db", str(db_path), "--client", str(client.id), "--type", "first"]
    assert main(base) == 1
    assert "--override-reason" in capsys.readouterr().err
    assert main([*base, "--override-reason", "Cleared by GP letter dated 2026-11-01"]) == 0


def test_completed_at_is_local_time_with_offset(db, client, small):
    response = questionnaires.finish(
        db, client.id, small, {"smoker": False, "agree": True}, now=datetime(2026, 3, 1, 10, 5)
    )
    assert datetime.fromisoformat(response.completed_at).utcoffset() is not None


@pytest.mark.parametrize(
    ("clinical", "marketing", "expected"),
    [
        (True, True, "marketing"),
        (True, False, "clinical"),
        (False, False, "declined"),
        (False, True, "declined"),  # marketing alone is not a clinical record
    ],
)
def test_photo_consent_follows_the_newest_consent_form(db, client, clinical, marketing, expected):
    assert questionnaires.photo_consent(db, client.id) is None
    spec = load_form(FORMS / "consent.toml")
    overrides = {"photos_clinical": clinical, "photos_marketing": marketing}
    answers = fill(spec, overrides, seed=1, today=date.today())
    questionnaires.finish(db, client.id, spec, answers)
    assert questionnaires.photo_consent(db, client.id) == expected


def test_numbers_that_are_not_safe_to_guess_are_refused():
    assert parse_number("1,500") is None  # 1.5 or 1500, depending on the country
    assert parse_number("9" * 400) is None
    assert parse_number("1e400") is None
    assert parse_number("-3") == -3 and parse_number("0,75") == 0.75


def test_a_stored_definition_stays_readable_when_the_checker_gets_stricter(db, client, small):
    response = questionnaires.finish(db, client.id, small, {"smoker": False, "agree": True})
    stricter = small.source.replace('title = "Small"', 'title = "Small"\nretired_key = 1')
    with store.write(db):
        # Standing in for a file stored by an older smpdesk: stored wordings never change.
        db.execute("DROP TRIGGER form_definitions_no_update")
        db.execute(
            "UPDATE form_definitions SET source = ? WHERE sha256 = ?", [stricter, small.sha256]
        )
    questionnaires._parse_stored.cache_clear()
    opened = questionnaires.open_response(db, response.id)
    assert opened.spec.questions["smoker"].text == "Do you smoke?"


def test_the_record_prints_the_intros_the_client_read(db, client):
    spec, answers = _consent_answers(date.today())
    response = questionnaires.finish(db, client.id, spec, answers)
    pdf = questionnaires.consent_record(db, response.id)
    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(_bytes_io(pdf)).pages).split()
    )
    assert " ".join(spec.description.split()[:6]) in text
    photos = next(p for p in spec.pages if p.title == "Photos")
    assert " ".join(photos.intro.split()[:6]) in text


def test_a_clearance_flag_closes_once_the_letter_is_recorded():
    spec = load_form(FORMS / "medical.toml")
    open_ = fill(spec, {"health_conditions": ["diabetes"], "clearance_letter_date": None}, seed=1)
    flags = raised_flags(spec, open_, TODAY)
    assert [(f.level, f.message.split(":")[0]) for f in flags] == [("needs-clearance", "Diabetes")]
    cleared = {**open_, "clearance_letter_date": TODAY.isoformat(), "clearance_letter_from": "GP"}
    assert problems(spec, cleared, today=TODAY) == {}
    assert raised_flags(spec, cleared, TODAY) == []
