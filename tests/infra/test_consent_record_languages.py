"""Issue 20: the signed consent record in the language its form was answered in.

The record's own words come from ``resources/i18n/consent-record-words.toml``; dates
from CLDR through Babel.  English must come out exactly as before issue 20: the
hashes below are of the text pypdf reads from records made before the record had
languages (and the PDF bytes of an English record do not depend on how the
language is spelled).
"""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from babel.dates import format_date
from pypdf import PdfReader
from reportlab import rl_config

from smpdesk.domain.languages import LANGUAGES
from smpdesk.infra.handouts.consent_record import (
    NO_DESIGN,
    UNREADABLE_SIGNATURE,
    RecordAnswer,
    RecordDesign,
    RecordPage,
    record_words,
    record_words_path,
    record_words_problems,
    render_consent_record,
)
from smpdesk.questionnaire.answers import format_answer
from smpdesk.questionnaire.loader import load_form_text
from tests.adapters.test_consent_record import SIGNED, realistic, signature_png

ENGLISH_TEXT = {  # sha256 of the pypdf text of records made before issue 20
    "plain": "c286bfbc08cd56d361fb1e9d0a50a1ef8c6bd9252cb257232eee288bf7762e26",
    "us": "c1adcbd95656cc46eb39afb0e35c8dd46e1ecf4951e974d7652db2a9ef54f34e",
    "replaces": "f6a50c8d0ca47f73a229a21af9b452060e9006f25f6d04b9074d8ebaf234a7db",
}
REPLACES = (
    "This is a new version: it replaces record 4, completed Monday 2 March 2026 at 10:00, "
    "which is kept unchanged as it was signed."
)
# Labels only an English record prints (a Polish one must show none of them).
ENGLISH_LABELS = (
    "Consent record",
    "Clinic telephone",
    "Date of birth",
    "Date and time signed",
    "Form version",
    "Record number",
    "The agreed design",
    "Design version",
    "This record was printed",
    "Form file SHA-256",
    "Signed ",
    "Not signed",
    "not ticked",
    "could not be read",
    "page 1 of",
    "This is a new version",
)


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def words_of(pdf: bytes) -> str:
    return " ".join(text_of(pdf).split())


def _jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (320, 240), (200, 170, 150)).save(out, "JPEG")
    return out.getvalue()


def _design() -> RecordDesign:
    """A design as questionnaires._record_design makes it: English words and the facts."""
    return RecordDesign(
        version=2,
        approved="on Thursday 19 March 2026 at 10:12",
        approved_name="Łukasz Żółć",
        summary="2 zones over 2 sessions: Hairline, Temples.",
        images=(
            ("The design: hairline and zones", _jpeg()),
            ("The preview the client approved", b"not an image"),
        ),
        approved_at=datetime(2026, 3, 19, 10, 12),
        zone_count=2,
        session_count=2,
        zone_kinds=("hairline", "temples"),
    )


def _signatures() -> RecordPage:
    return RecordPage(
        "Podpisy",
        (
            RecordAnswer("acknowledgement", "Zgoda na zdjęcia w mediach.", answer=""),
            RecordAnswer("signature", "Podpis", signature_png=signature_png()),
            RecordAnswer(
                "signature",
                "Podpis specjalisty",
                signature_png=b"junk",
                signed_at=datetime(2026, 3, 18, 15, 30),
            ),
            RecordAnswer("signature", "Świadek"),
        ),
    )


# -- the words file ---------------------------------------------------------------------


def test_every_language_has_every_english_key_with_the_same_placeholders():
    assert record_words_problems() == []
    import tomllib

    data = tomllib.loads(record_words_path().read_text(encoding="utf-8"))
    assert set(data) == set(LANGUAGES)
    for code in LANGUAGES:
        assert set(data[code]) == set(data["en"]), code
        for key, english in data["en"].items():
            wanted = sorted(re.findall(r"\{[a-z_]+\}", english))
            assert sorted(re.findall(r"\{[a-z_]+\}", data[code][key])) == wanted, (code, key)


def test_a_missing_key_or_changed_placeholder_is_named_with_file_and_line(tmp_path):
    source = record_words_path().read_text(encoding="utf-8")
    polish = source.index("[pl]")
    broken_source = source[:polish] + source[polish:].replace(
        'signed = "Podpisano: {when}"', 'signed = "Podpisano: {kiedy}"'
    ).replace('not_signed = "Brak podpisu"\n', "")
    broken = tmp_path / "consent-record-words.toml"
    broken.write_text(broken_source, encoding="utf-8")
    problems = record_words_problems(broken)
    assert len(problems) == 2, problems
    line = broken_source[: broken_source.index("{kiedy}")].count("\n") + 1
    assert any(p.startswith(f"{broken}:{line}: [pl] 'signed'") for p in problems), problems
    assert any("[pl] has no 'not_signed'" in p for p in problems), problems
    # A key a language lacks prints in English rather than failing.
    assert record_words("pl", path=broken).say("not_signed") == "Not signed"


def test_forms_check_reports_a_record_word_problem(tmp_path, monkeypatch, capsys):
    from smpdesk.cli import main
    from smpdesk.infra.handouts import consent_record
    from smpdesk.paths import resources_dir

    source = record_words_path().read_text(encoding="utf-8")
    german = source.index("[de]")
    broken = tmp_path / "consent-record-words.toml"
    broken.write_text(
        source[:german] + source[german:].replace('answer_yes = "Ja"\n', "", 1), "utf-8"
    )
    monkeypatch.setattr(consent_record, "record_words_path", lambda: broken)
    assert main(["forms", "check", str(resources_dir().parent / "forms")]) == 1
    out, _err = capsys.readouterr()
    assert f"{broken}:" in out and "[de] has no 'answer_yes'" in out


# -- English exactly as before ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "changes"),
    [
        ("plain", {}),
        ("us", {"paper": "Letter", "date_style": "us"}),
        ("replaces", {"design": RecordDesign(None), "replaces": REPLACES}),
    ],
)
def test_an_english_record_is_exactly_as_before(name, changes):
    pdf = render_consent_record(realistic(**changes))
    assert hashlib.sha256(text_of(pdf).encode()).hexdigest() == ENGLISH_TEXT[name]
    for spelled in ("en", "fr"):  # the clinic's own, English by name, an unknown code
        assert render_consent_record(realistic(**changes, language=spelled)) == pdf


def test_an_english_record_with_a_design_ignores_the_facts_meant_for_other_languages():
    pdf = words_of(render_consent_record(realistic(design=_design())))
    assert "Design version 2, approved by the client (signed as Łukasz Żółć) on Thursday" in pdf
    assert "2 zones over 2 sessions: Hairline, Temples." in pdf
    assert "The preview the client approved" in pdf


def test_english_record_words_are_the_words_it_always_printed():
    words = record_words("")
    assert words.moment(SIGNED) == "Wednesday 18 March 2026 at 14:05"
    assert words.birth_date(date(1980, 12, 4)) == "4 December 1980"
    assert words.say("title", title="A {when} B") == "Consent record — A {when} B"
    assert words.replaces(4, datetime(2026, 3, 2, 10, 0)) == REPLACES
    assert words.say("no_design") == NO_DESIGN
    assert words.say("signature_unreadable") == UNREADABLE_SIGNATURE
    assert words.design_summary(1, 3, ()) == "1 zone over 3 sessions."


# -- Polish, Spanish, German ---------------------------------------------------------------


def test_a_polish_record_prints_polish_words_and_dates():
    request = realistic(
        pages=(*realistic().pages[:2], _signatures()),
        client_date_of_birth=date(1985, 12, 2),
        design=_design(),
        replaces=record_words("pl").replaces(4, datetime(2026, 3, 2, 10, 0)),
        form_title="Zgoda na mikropigmentację",
        language="pl",
    )
    pdf = render_consent_record(request)
    found = words_of(pdf)
    for polish in (
        "Potwierdzenie zgody — Zgoda na mikropigmentację",
        "Telefon do gabinetu",
        "DATA URODZENIA",
        "DATA I GODZINA PODPISU",
        "WERSJA FORMULARZA",
        "NUMER DOKUMENTU",
        "2 grudnia 1985",
        "środa, 18 marca 2026, godz. 14:05",
        "Podpisano: środa, 18 marca 2026, godz. 14:05",
        "Podpisano: środa, 18 marca 2026, godz. 15:30",
        "Brak podpisu",
        "(nie zaznaczono)",
        "(nie udało się odczytać obrazu podpisu)",
        "Uzgodniony projekt",
        "Wersja projektu 2, zatwierdzona podpisem (Łukasz Żółć); data zatwierdzenia: "
        "czwartek, 19 marca 2026, godz. 10:12.",
        "Liczba stref: 2; liczba sesji: 2 (Linia włosów, Skronie (zakola)).",
        "Projekt: linia włosów i strefy",
        "(nie udało się odczytać obrazu projektu)",
        "To jest nowa wersja: zastępuje dokument 4 (data wypełnienia: poniedziałek, "
        "2 marca 2026, godz. 10:00)",
        "Ten dokument wydrukowano",
        "SHA-256 pliku formularza:",
        "formularz 3f9a1c0be27d",
        "strona 1 z",
        "Dokument 1042",
    ):
        assert polish in found, polish
    for english in ENGLISH_LABELS:
        assert english not in found, english
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None and info.title == "Potwierdzenie zgody — Zgoda na mikropigmentację"


@pytest.mark.parametrize(
    ("language", "signed", "birthday", "label"),
    [
        ("es", "miércoles, 18 de marzo de 2026 a las 14:05", "2 de diciembre de 1985", "CLIENTE"),
        ("de", "Mittwoch, 18. März 2026 um 14:05 Uhr", "2. Dezember 1985", "GEBURTSDATUM"),
    ],
)
def test_spanish_and_german_records(language, signed, birthday, label):
    request = realistic(
        client_date_of_birth=date(1985, 12, 2), design=RecordDesign(None), language=language
    )
    found = words_of(render_consent_record(request))
    assert signed in found and birthday in found and label in found
    assert record_words(language).say("no_design") in found
    for english in ENGLISH_LABELS:
        assert english not in found, (language, english)


def test_dates_follow_the_clinics_own_variant_of_the_language():
    # A Viennese clinic's German: "Jänner" for January (de_AT), Germany's otherwise.
    vienna = record_words("de", locale="de_AT").birth_date(date(1985, 1, 2))
    assert vienna == format_date(date(1985, 1, 2), "long", locale="de_AT")
    assert record_words("de", locale="en_GB").birth_date(date(1985, 1, 2)) == "2. Januar 1985"


def test_answers_are_worded_in_the_records_language():
    spec = load_form_text(
        """
form = "t"
title = "T"
version = "1"
[[pages]]
title = "P"
[[pages.questions]]
id = "yes"
type = "yes_no"
text = "Yes?"
[[pages.questions]]
id = "tick"
type = "acknowledgement"
text = "Tick"
[[pages.questions]]
id = "day"
type = "date"
text = "When?"
[[pages.questions]]
id = "much"
type = "number"
text = "How much?"
unit = "ml"
""",
        Path("t.toml"),
    )
    q = spec.questions
    polish = record_words("pl").answer_words()
    assert format_answer(q["yes"], True, words=polish) == "Tak"
    assert format_answer(q["yes"], False, words=polish) == "Nie"
    assert format_answer(q["tick"], True, words=polish) == "Potwierdzono"
    assert format_answer(q["tick"], False, words=polish) == ""
    assert format_answer(q["day"], "2026-12-06", words=polish) == "niedziela, 6 grudnia 2026"
    assert format_answer(q["much"], 1.5, words=polish) == "1,5 ml"
    assert format_answer(q["much"], 2026, words=polish) == "2026 ml"
    # English, the GUI's and CLI's default, is as it was.
    assert format_answer(q["yes"], True) == "Yes"
    assert format_answer(q["tick"], True) == "Confirmed"
    assert format_answer(q["much"], 1.5) == "1.5 ml"
    assert format_answer(q["day"], "2026-12-06", "us") == "Sunday, December 6, 2026"
    assert record_words("en").answer_words() == record_words("").answer_words()
