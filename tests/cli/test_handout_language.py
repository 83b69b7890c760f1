"""Issue 20: ``smpdesk handout`` prints the client's language, ``--language`` overrides it.

Run as a real subprocess (as scripts run it); the sheets are read back with pypdf and
the log is read through the store, as the client's timeline shows it.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pypdf import PdfReader

from smpdesk import store
from smpdesk.app import clients as client_cases
from smpdesk.app import sessions as session_cases
from smpdesk.domain.aftercare import care_plan_path, load_care_plan
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.session_details import SessionDetails
from tests.cli.test_cli import run

PAPER_RECORDS = "Consent and medical history are on paper for this test."


def treat(db, language: str, day: str = "2026-12-05") -> tuple[int, int]:
    details = ClientDetails(given_name="Zofia", family_name="Gęślą", language=language)
    client = client_cases.add_client(db, details)
    session = session_cases.record_session(
        db, client.id, SessionDetails(day, "touch-up"), override_reason=PAPER_RECORDS
    )
    return client.id, session.id


def sheet_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_a_polish_clients_sheet_is_polish_and_logged_with_the_polish_care_plan(
    db, db_path, tmp_path
):
    client_id, session_id = treat(db, "pl")
    out = tmp_path / "sheet.pdf"
    made = run("handout", "--db", str(db_path), "--client", str(client_id), "-o", str(out))
    assert made.returncode == 0, made.stderr
    text = sheet_text(out)
    plan = load_care_plan(language="pl")
    assert plan.title in text
    assert plan.every_day.heading in text
    assert "sobota, 5 grudnia 2026" in text  # the session date, Polish month in the genitive
    assert "DATA ZABIEGU" in text and "Korekta" in text and "Strona 1 z 2" in text
    assert "Treatment date" not in text
    logged = store.handouts_for_session(db, session_id)
    assert [row["content_version"] for row in logged] == [plan.version]
    assert plan.version.endswith("-pl")
    digest = hashlib.sha256(care_plan_path("pl").read_bytes()).hexdigest()
    assert logged[0]["content_hash"] == digest


def test_language_overrides_the_clients_for_one_sheet(db, db_path, tmp_path):
    client_id, session_id = treat(db, "pl")
    out = tmp_path / "sheet.pdf"
    at = ("--db", str(db_path), "--client", str(client_id))
    made = run("handout", *at, "--language", "es", "-o", str(out))
    assert made.returncode == 0, made.stderr
    text = sheet_text(out)
    assert load_care_plan(language="es").title in text
    assert "sábado, 5 de diciembre de 2026" in text and "Sesión de retoque" in text
    assert "grudnia" not in text
    english = tmp_path / "english.pdf"
    assert run("handout", *at, "--language", "en", "-o", str(english)).returncode == 0
    assert "Saturday 5 December 2026" in sheet_text(english)
    versions = [row["content_version"] for row in store.handouts_for_session(db, session_id)]
    assert versions == [load_care_plan(language="es").version, load_care_plan().version]


def test_a_client_without_a_language_gets_the_english_sheet_as_before(db, db_path, tmp_path):
    client_id, session_id = treat(db, "")
    out = tmp_path / "sheet.pdf"
    made = run("handout", "--db", str(db_path), "--client", str(client_id), "-o", str(out))
    assert made.returncode == 0, made.stderr
    text = sheet_text(out)
    assert load_care_plan().title in text
    assert "TREATMENT DATE" in text and "Saturday 5 December 2026" in text
    assert "Touch-up" in text and "Page 1 of 2" in text
    logged = store.handouts_for_session(db, session_id)
    assert [row["content_version"] for row in logged] == [load_care_plan().version]


def test_a_blank_sheet_takes_a_language_too(db_path, tmp_path):
    out = tmp_path / "blank.pdf"
    made = run("handout", "--db", str(db_path), "--blank", "--language", "de", "-o", str(out))
    assert made.returncode == 0, made.stderr
    text = sheet_text(out)
    assert load_care_plan(language="de").title in text
    assert "Tage 1–4" in text and "Seite 1 von 2" in text
    no_db = tmp_path / "no-db.pdf"
    assert run("handout", "--blank", "--language", "pl", "-o", str(no_db)).returncode == 0
    assert load_care_plan(language="pl").title in sheet_text(no_db)


def test_an_unknown_language_is_refused_before_any_file_is_written(db_path, tmp_path):
    out = tmp_path / "sheet.pdf"
    refused = run("handout", "--db", str(db_path), "--blank", "--language", "fr", "-o", str(out))
    assert refused.returncode != 0
    assert "invalid choice: 'fr'" in refused.stderr and "Traceback" not in refused.stderr
    assert not out.exists()


def test_forms_check_reports_a_sheet_word_missing_from_a_language(tmp_path, monkeypatch, capsys):
    from smpdesk.cli import main
    from smpdesk.infra.handouts import aftercare_sheet
    from smpdesk.paths import resources_dir

    words = (resources_dir() / "aftercare" / "sheet-words.toml").read_text(encoding="utf-8")
    polish = words.index("[pl]")
    key_line = next(
        line for line in words[polish:].splitlines()[1:] if "=" in line and line[0].isalpha()
    )
    broken = tmp_path / "sheet-words.toml"
    broken.write_text(words[:polish] + words[polish:].replace(key_line + "\n", "", 1), "utf-8")
    monkeypatch.setattr(aftercare_sheet, "sheet_words_path", lambda: broken)
    assert main(["forms", "check", str(resources_dir().parent / "forms")]) == 1
    out, err = capsys.readouterr()
    assert str(broken) in out and "consent record, quote) have 1 problem" in err
