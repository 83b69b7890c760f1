"""The quote (and its design page) in the client's language (issue 20).

The words file must have every English key in every language with the same
placeholders; a Polish, Spanish or German quote prints that language's words and
CLDR dates, never the English headings; English is byte for byte what it was.
To look at them: ``SMPDESK_HANDOUTS=/tmp/quotes python -m pytest
tests/infra/test_quote_languages.py`` writes the PDFs there.
"""

from __future__ import annotations

import io
import os
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date
from pypdf import PdfReader
from reportlab import rl_config

from smpdesk.domain.designs import OUTLINE_VIEWS, ZONE_KINDS
from smpdesk.domain.languages import LANGUAGES
from smpdesk.domain.session_details import SESSION_TYPES
from smpdesk.infra.handouts.aftercare_sheet import sheet_words_problems
from smpdesk.infra.handouts.design_page import zone_rows
from smpdesk.infra.handouts.quote import QuoteRequest, render_quote
from smpdesk.infra.handouts.quote_words import (
    counted,
    quote_date,
    quote_words,
    quote_words_path,
    quote_words_problems,
)
from smpdesk.store.photos import ANGLES
from tests.infra.test_design_page import a_design, a_page
from tests.infra.test_quote import QUOTE

SAVE_TO = os.environ.get("SMPDESK_HANDOUTS")
VALID = date(2027, 1, 5)
ISSUED = date(2026, 12, 6)
ENGLISH_HEADINGS = (
    "Your treatment plan",
    "PROPOSED DATE",
    "PREPARED FOR",
    "Accepting this plan",
    "Client signature",
    "Deposit to secure your first date",
    "Page 1 of",
)


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


def in_language(language: str, **changes: object) -> QuoteRequest:
    """The test quote as ``app.plans`` would build it for a client of that language."""
    words = quote_words(language)
    return replace(
        QUOTE,
        language=language,
        valid_until=quote_date(VALID, words),
        issued=quote_date(ISSUED, words),
        lines=tuple(
            replace(line, proposed_date=quote_date(date(2027, 1, 4 + 7 * n), words))
            for n, line in enumerate(QUOTE.lines[:3])
        )
        + QUOTE.lines[3:],
        **changes,  # type: ignore[arg-type]
    )


def render(request: QuoteRequest, name: str) -> PdfReader:
    data = render_quote(request)
    if SAVE_TO:
        Path(SAVE_TO).mkdir(parents=True, exist_ok=True)
        Path(SAVE_TO, f"{name}.pdf").write_bytes(data)
    return PdfReader(io.BytesIO(data))


def flat(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_every_english_key_in_every_language_with_its_placeholders() -> None:
    assert sheet_words_problems(quote_words_path()) == []
    assert quote_words_problems() == []
    data = tomllib.loads(quote_words_path().read_text(encoding="utf-8"))
    assert set(data) == set(LANGUAGES)
    for code in LANGUAGES:
        assert set(data[code]) == set(data["en"]), code
        assert set(data[code]["session_types"]) == set(data["en"]["session_types"]), code


def test_english_words_are_the_names_smpdesk_uses_elsewhere() -> None:
    """The English quote prints these from the words file: they must stay the names the
    rest of smpdesk shows, so English reads exactly as it did."""
    words = quote_words("en")
    assert dict(words.session_types) == SESSION_TYPES
    assert {k: words.say(f"kind_{k}") for k in ZONE_KINDS} == ZONE_KINDS
    assert {k: words.say(f"angle_{k}") for k in ANGLES} == {k: v.lower() for k, v in ANGLES.items()}
    assert {k: words.say(f"view_{k}") for k in OUTLINE_VIEWS} == {
        k: v.lower() for k, v in OUTLINE_VIEWS.items()
    }


def test_a_broken_translation_is_named_with_its_line(tmp_path: Path) -> None:
    text = quote_words_path().read_text(encoding="utf-8")
    broken = tmp_path / "quote-words.toml"
    broken.write_text(
        text.replace('valid_until = "Ważne do {date}"', 'valid_until = "Ważne do {data}"'),
        encoding="utf-8",
    )
    problems = sheet_words_problems(broken)
    assert len(problems) == 1 and "[pl] 'valid_until'" in problems[0]
    assert problems[0].startswith(f"{broken}:")


def test_forms_check_reports_the_quote_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from smpdesk import cli
    from smpdesk.infra.handouts import quote_words as module
    from tests.questionnaire.form_files import FORMS_DIR

    broken = tmp_path / "quote-words.toml"
    text = quote_words_path().read_text(encoding="utf-8")
    broken.write_text(text.replace('\ntotal = "Gesamt"\n', "\n"), encoding="utf-8")
    monkeypatch.setattr(module, "quote_words_path", lambda: broken)
    assert cli.main(["forms", "check", str(FORMS_DIR)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}:" in out and "[de] has no 'total'" in out


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("language", ["es", "de", "pl"])
def test_a_translated_quote_still_fits_one_page(language: str, paper: str) -> None:
    reader = render(in_language(language, paper=paper), f"quote-{language}-{paper}")
    assert len(reader.pages) == 1


def test_a_polish_client_gets_a_polish_quote() -> None:
    reader = render(in_language("pl"), "quote-pl")
    whole = flat(reader)
    for words in (
        "Plan zabiegów",
        "PRZYGOTOWANO DLA",  # the details box prints its labels in capitals
        "CENA WAŻNA DO",
        "PROPONOWANY TERMIN",
        "Zadatek na rezerwację pierwszego terminu",
        "Akceptacja planu",
        "Podpis klienta",
        "Strona 1 z 1",
        "Warunki",
    ):
        assert words in whole, words
    # The validity date in Polish, from CLDR ("5 stycznia 2027"), in the body and footer.
    until = format_date(VALID, "long", locale="pl_PL")
    assert "stycznia" in until
    assert f"Te ceny obowiązują do {until}." in whole
    assert f"Ważne do {until}" in whole
    for english in ENGLISH_HEADINGS:
        assert english not in whole, english
    # The clinic's own words print as written; amounts keep the clinic's formatting.
    assert "Full hairline, 3 sessions + touch-up" in whole  # the package's name
    assert "£2,000.00" in whole
    assert reader.metadata is not None
    assert reader.metadata.title == "Plan zabiegów — Łukasz Żółć"


def test_the_design_page_follows_in_the_same_language() -> None:
    reader = render(in_language("pl", design=a_page()), "quote-pl-design")
    assert len(reader.pages) == 2
    first, second = (" ".join(p.extract_text().split()) for p in reader.pages)
    assert "znajduje się na ostatniej stronie" in first
    for words in ("Strefy", "Planowane sesje", "Gęstość", "Zatwierdzono przez klienta"):
        assert words in second, words
    for english in ("Planned sessions", "Zones", "Density", "Approved by the client"):
        assert english not in second, english
    assert "Strona 2 z 2" in second


def test_design_numbers_and_counts_in_the_language() -> None:
    english = zone_rows(a_design())
    polish = zone_rows(a_design(), quote_words("pl"))
    assert [r.session for r in polish] == [r.session for r in english]
    assert all(r.needle.endswith(" mm") and "," in r.needle.split()[-2] for r in polish)
    assert polish[0].density.endswith("na cm²")
    words = quote_words("pl")
    assert [counted(words, "sessions", n) for n in (1, 2, 5)] == ["1 sesja", "2 sesje", "5 sesji"]
    assert counted(quote_words("de"), "zones", 1) == "1 Zone"
    assert counted(words, "dots", 1234, grouped=True) == "1\xa0234 punkty"


@pytest.mark.parametrize(
    ("language", "title", "heading", "month"),
    [
        ("es", "Su plan de tratamiento", "FECHA PROPUESTA", "enero"),
        ("de", "Ihr Behandlungsplan", "VORGESCHLAGENER TERMIN", "Januar"),
    ],
)
def test_spanish_and_german(language: str, title: str, heading: str, month: str) -> None:
    whole = flat(render(in_language(language, design=a_page()), f"quote-{language}"))
    assert title in whole and heading in whole
    assert format_date(VALID, "long", locale=f"{language}_{language.upper()}") in whole
    assert month in whole
    for english in ENGLISH_HEADINGS:
        assert english not in whole, english


@pytest.mark.parametrize("language", ["", "en", "xx"])
def test_english_is_unchanged(language: str) -> None:
    """ "" (the clinic's own), "en" and an unknown code print what the quote always did."""
    for request in (QUOTE, replace(QUOTE, design=a_page())):
        assert render_quote(replace(request, language=language)) == render_quote(request)


def test_a_clinics_own_how_to_pay_is_printed_as_written() -> None:
    own = "Zadatek tylko przelewem."
    whole = flat(render(in_language("de", how_to_pay=own), "quote-de-own"))
    assert own in whole and "Zahlen Sie die Anzahlung" not in whole
