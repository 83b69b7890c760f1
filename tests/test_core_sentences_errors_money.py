"""Designs, plans, payments, amounts, photo marks and aftercare days: their refusals are
said in the window's language (issue 20).  Each is a marked whole-sentence template
whose values are filled in after translating, while the CLI and the logs keep the
English exactly as before."""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest

from smpdesk import errors
from smpdesk.app import clients, designs, payments, plans
from smpdesk.app.clinic import Clinic
from smpdesk.domain import aftercare, alignment, money
from smpdesk.domain import designs as domain_designs
from smpdesk.domain import plans as domain_plans
from smpdesk.domain.client_details import ClientDetails
from smpdesk.domain.designs import Base, Point, design_from_json, empty_design
from smpdesk.domain.languages import LANGUAGES
from smpdesk.errors import UserError
from tests.core_sentences import marking, said_both

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def marked() -> Iterator[None]:
    with marking():
        yield


def _both(call: Callable[[], object]) -> tuple[str, str]:
    english, translated, _err = said_both(call)
    return english, translated


def _design_with_zone(**zone: object) -> str:
    data = json.loads(empty_design(Base(outline="front"), 1.0).to_json())
    data["zones"] = [
        {
            "kind": "hairline",
            "points": [[0.1, 0.1], [0.5, 0.1], [0.3, 0.4]],
            "density": 40,
            "shade": "",
            "dilution": 1,
            "needle": "",
            "impression_mm": 0.3,
            "layer": 1,
            "name": "",
            **zone,
        }
    ]
    return json.dumps(data)


def _domain_cases() -> list[tuple[Callable[[], object], str]]:
    limit = f"{money.MAX_MAJOR_UNITS:,}"
    listed = ", ".join(f"{key} ({name})" for key, name in LANGUAGES.items())
    return [
        (lambda: money.parse_amount("", "GBP"), "Enter an amount, such as 150.00."),
        (
            lambda: money.parse_amount("1,500", "BHD"),
            "BHD has three decimals, so 1,500 is unclear; write it with a point for decimals "
            "(1.500) or without the comma (1500).",
        ),
        (
            lambda: money.parse_amount("12.5", "JPY"),
            "JPY amounts have no decimals; enter whole units.",
        ),
        (
            lambda: money.parse_amount("99999999", "GBP"),
            f"That amount is over {limit} GBP; check the number of digits.",
        ),
        (
            lambda: alignment.check_landmarks((Point(0.1, 0.1),)),  # type: ignore[arg-type]
            "Mark exactly two points on each photo.",
        ),
        (lambda: design_from_json("{"), "This design cannot be read: it is not valid JSON."),
        (
            lambda: design_from_json(_design_with_zone(density=999)),
            "This design cannot be read: the density of zone 1 is outside 1–250.",
        ),
        (
            lambda: design_from_json(_design_with_zone(points=[[0.1, 0.1]])),
            "This design cannot be read: zone 1 needs 3 to "
            f"{domain_designs.MAX_ZONE_POINTS} points.",
        ),
        (
            lambda: domain_plans.plan_from_json("[]"),
            "This treatment plan cannot be used: it is not a set of fields.",
        ),
        (
            lambda: aftercare.AftercareDays(keep_dry=0),
            "Days to keep the scalp dry must be a whole number from 1 to 14.",
        ),
        (
            lambda: aftercare.care_plan_path("xx"),
            "There is no care plan in the language 'xx'. Choose one of the languages smpdesk "
            f"writes papers in: {listed}.",
        ),
    ]


@pytest.mark.parametrize("case", range(len(_domain_cases())))
def test_the_domain_refusals_are_translated_and_their_english_unchanged(case: int) -> None:
    call, expected = _domain_cases()[case]
    english, translated = _both(call)
    assert english == expected
    assert translated.startswith("<<") and translated.endswith(">>")
    assert translated == "<<" + expected + ">>"


def test_the_app_refusals_are_translated_and_their_english_unchanged(
    db: Clinic, marked: None
) -> None:
    client = clients.add_client(db, ClientDetails(given_name="Ada", family_name="Lovelace")).id
    cases: list[tuple[Callable[[], object], str]] = [
        (
            lambda: payments.record_payment(db, 424242, "10", method="card"),
            "No client with id 424242: check the number and try again.",
        ),
        (
            lambda: payments.record_payment(db, client, "10", method="barter"),
            f"Choose how it was paid: {', '.join(money.METHODS)}.",
        ),
        (
            lambda: payments.void_payment(db, 1, "  "),
            "Give a reason for the void; it is printed and kept with it.",
        ),
        (lambda: payments.get_payment(db, 424242), "There is no payment 424242; check the number."),
        (
            lambda: designs.get_design(db, 424242),
            "There is no design with id 424242; check the number and try again.",
        ),
        (
            lambda: designs.approved_version(db, client, at="teatime"),
            "'teatime' is not a date and time.",
        ),
        (
            lambda: plans.get_plan(db, 424242),
            "There is no plan with id 424242; check the number and try again.",
        ),
    ]
    for call, expected in cases:
        with pytest.raises(UserError) as caught:
            call()
        assert str(caught.value).startswith("<<"), expected
        errors.speak_with(None)
        try:
            assert str(caught.value) == expected
        finally:
            errors.speak_with(lambda template: "<<" + template + ">>")


def test_the_per_case_sentences_say_what_the_pieces_said() -> None:
    """The sentences split per case (a refused signature, a field of a stored design or
    plan) are, word for word, what the English once glued from its pieces."""
    said = set(re.findall(r'return "([^"]+)"', inspect.getsource(designs._signature_problem)))
    assert said == designs._NOT_APPROVED.keys()  # every refusal has its whole sentence
    for reason, template in designs._NOT_APPROVED.items():
        assert template == f"The design was not approved: {reason}; ask the client to sign again."
    assert plans._NOT_ACCEPTED.keys() == designs._NOT_APPROVED.keys()
    for reason, template in plans._NOT_ACCEPTED.items():
        assert template == f"The plan was not accepted: {reason}; ask the client to sign again."
    tails = {
        "_NOT_FIELDS": " is not a set of fields.",
        "_NOT_A_NUMBER": " is not a number.",
        "_OUT_OF_RANGE": " is outside {lo}–{hi}.",
        "_NOT_WHOLE": " is not a whole number from {lo} to {hi}.",
        "_TEXT_TOO_LONG": " is not a text of at most {limit} characters.",
        "_BROKEN_CHARACTER": " holds a broken character.",
        "_POINT_COUNT": " needs {least} to {most} points.",
        "_NOT_A_PAIR": " is not a pair of numbers.",
    }
    for name, tail in tails.items():
        for what, template in getattr(domain_designs, name).items():
            assert template == f"This design cannot be read: {what}{tail}"
    plan_tails = {
        "_NOT_A_DATE": " is not a date.",
        "_NOT_ISO_DATE": " is not a date written YYYY-MM-DD.",
        "_TEXT_TOO_LONG": " is not a text of at most {limit} characters.",
        "_BROKEN_CHARACTER": " holds a broken character.",
        "_NOT_AN_AMOUNT": " is not an amount from 0 to {ceiling}.",
        "_NOT_IN_CURRENCY": " is not in {code}.",
    }
    for name, tail in plan_tails.items():
        for what, template in getattr(domain_plans, name).items():
            assert template == f"This treatment plan cannot be used: {what}{tail}"
    for what, limits in aftercare.DAY_LIMITS.items():
        assert aftercare._OUT_OF_LIMITS[what] == (
            f"{limits[2]} must be a whole number from {{low}} to {{high}}."
        )
    assert payments._TOO_LONG.keys() == {"note", "reason"}


@pytest.mark.parametrize("language", ["es", "de", "pl"])
def test_every_sentence_is_translated_with_its_placeholders(language: str) -> None:
    path = ROOT / "resources" / "i18n" / "ts" / f"errors_money_{language}.ts"
    placeholder = re.compile(r"\{[a-z_]+\}")
    messages = list(ElementTree.parse(path).getroot().iter("message"))
    assert messages
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        said = translation.text or ""
        assert set(placeholder.findall(said)) == set(placeholder.findall(source)), source
