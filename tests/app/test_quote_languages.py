"""A client's quote prints in the client's preferred language (issue 20): the app passes
``client.language``; ``language=`` (and ``smpdesk quote --language``) overrides it for one
print; the price list's names print as the clinic wrote them."""

from __future__ import annotations

from datetime import date

import pytest
from babel.dates import format_date

from smpdesk.app import clients, designs, plans
from smpdesk.domain.client_details import ClientDetails
from smpdesk.errors import UserError
from tests.app.test_designs import a_design, add_photo, signature
from tests.app.test_plans import pdf_text, set_prices
from tests.cli.test_cli import run


def a_client(db, language: str) -> int:
    set_prices(db)
    details = ClientDetails(given_name="Ola", family_name="Bråthen", language=language)
    return clients.add_client(db, details).id


def test_a_polish_client_gets_the_quote_in_polish(db):
    cid = a_client(db, "pl")
    saved = plans.save_plan(db, cid, plans.draft_for_client(db, cid, start=date(2027, 1, 4)))
    request = plans.quote_request(db, saved.id)
    assert request.language == "pl"
    text = pdf_text(plans.quote_pdf(db, saved.id))
    valid = date.fromisoformat(saved.plan.valid_until)
    until = format_date(valid, "long", locale="pl_PL")  # "5 stycznia 2027"
    assert f"Te ceny obowiązują do {until}." in text
    assert format_date(date(2027, 1, 4), "long", locale="pl_PL") in text  # a proposed date
    for words in ("Plan zabiegów", "PROPONOWANY TERMIN", "Akceptacja planu", "1. sesja"):
        assert words in text, words
    for english in ("Your treatment plan", "PROPOSED DATE", "Accepting this plan", "1st session"):
        assert english not in text, english
    # One print in English on request; an unknown code is refused, naming the languages.
    assert "Your treatment plan" in pdf_text(plans.quote_pdf(db, saved.id, language="en"))
    with pytest.raises(UserError, match="Polski"):
        plans.quote_pdf(db, saved.id, language="fr")


def test_the_design_page_of_a_german_quote_is_in_german(db, tmp_path):
    cid = a_client(db, "de")
    design = designs.save_design(db, cid, a_design(add_photo(db, cid, tmp_path)))
    designs.approve_design(db, design.id, signature(), "Ola Bråthen")
    plan = plans.draft_for_client(db, cid)
    saved = plans.save_plan(db, cid, plan, design_id=design.id)
    text = pdf_text(plans.quote_pdf(db, saved.id))
    assert "Ihr Behandlungsplan" in text and "Ihr SMP-Design — Version 1" in text
    assert "auf Ihrem Foto (Stirnhaarlinie) vom" in text  # the design page names its base
    assert "Freigegeben mit Unterschrift: Version 1" in text
    assert "your front hairline photo" not in text and "Planned sessions" not in text


def test_a_client_with_no_language_gets_english(db):
    cid = a_client(db, "")
    saved = plans.save_plan(db, cid, plans.draft_for_client(db, cid))
    assert plans.quote_request(db, saved.id).language == "en"
    text = pdf_text(plans.quote_pdf(db, saved.id))
    assert "Your treatment plan" in text and "1st session" in text
    assert "Plan zabiegów" in pdf_text(plans.quote_pdf(db, saved.id, language="pl"))


def test_quote_command_takes_a_language(db, db_path, tmp_path):
    cid = a_client(db, "")
    saved = plans.save_plan(db, cid, plans.draft_for_client(db, cid))
    out = tmp_path / "quote.pdf"
    args = ("quote", "--db", str(db_path), "--plan", str(saved.id), "-o", str(out))
    done = run(*args, "--language", "es")
    assert done.returncode == 0, done.stderr
    assert "Su plan de tratamiento" in pdf_text(out.read_bytes())
    wrong = run(*args, "--force", "--language", "fr")
    assert wrong.returncode == 1 and "Polski" in wrong.stderr and "Traceback" not in wrong.stderr
