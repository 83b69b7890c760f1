"""Treatment plans (issue 18, Q1): drafting from the price list, totals with tax, the
stored form and hostile JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smpdesk.domain.money import Money
from smpdesk.domain.plans import (
    MAX_ITEMS,
    Plan,
    PlanError,
    PlanItem,
    areas_note,
    check_plan,
    course_for_design,
    draft_plan,
    plan_from_json,
)
from smpdesk.domain.price_list import Package, PriceList
from smpdesk.domain.session_details import DEFAULT_FOLLOW_UP_DAYS, UNLISTED_FOLLOW_UP_DAYS


def gbp(pounds: str) -> Money:
    return Money(int(Decimal(pounds) * 100), "GBP")


PRICES = PriceList(
    session_prices={"first": gbp("300"), "second": gbp("250"), "third": gbp("200")},
    packages=(Package("Full hairline", ("first", "second", "third"), gbp("650")),),
    prices_include_tax=True,
    tax_rate_percent=Decimal(20),
    deposit_rule=("percent", Decimal(25)),
    quote_valid_days=30,
    terms="Deposits are not refundable.",
)
TODAY = date(2026, 3, 2)


def draft(**kw: object) -> Plan:
    args: dict = dict(
        session_types=["first", "second", "third"],
        start=date(2026, 3, 9),
        intervals=DEFAULT_FOLLOW_UP_DAYS,
        today=TODAY,
    )
    args.update(kw)
    return draft_plan(kw.pop("prices", PRICES) if "prices" in kw else PRICES, **args)


def test_a_draft_is_priced_dated_and_carries_the_rules():
    plan = draft()
    assert [(i.session_type, i.label, i.proposed_date, i.price) for i in plan.items] == [
        ("first", "1st session", "2026-03-09", gbp("300")),
        ("second", "2nd session", "2026-03-19", gbp("250")),  # 10 days after a first
        ("third", "3rd session", "2026-04-09", gbp("200")),  # 21 days after a second
    ]
    assert (plan.subtotal, plan.discount, plan.total) == (gbp("750"), gbp("0"), gbp("750"))
    assert (plan.net, plan.tax) == (gbp("625"), gbp("125"))  # 20 % inside 750
    assert plan.deposit == gbp("187.50")  # 25 % of 750
    assert plan.valid_until == "2026-04-01" and plan.terms == "Deposits are not refundable."


def test_a_package_gives_its_discount_and_its_sessions():
    plan = draft(session_types=[], package="full HAIRLINE")
    assert plan.package == "Full hairline"
    assert [i.session_type for i in plan.items] == ["first", "second", "third"]
    assert plan.discount == gbp("100") and plan.total == gbp("650")
    extra = draft(session_types=["first", "second", "third", "touch-up"], package="Full hairline")
    assert extra.items[-1].price == gbp("0")  # no price listed: zero, to be filled in
    assert extra.items[-1].proposed_date == "2028-04-08"  # 730 days after a third
    with pytest.raises(PlanError, match="no package called 'Nope'"):
        draft(package="Nope")


def test_tax_on_top_is_added_and_a_fixed_deposit_never_exceeds_the_total():
    prices = replace(PRICES, prices_include_tax=False, deposit_rule=("amount", gbp("1000")))
    plan = draft_plan(
        prices, session_types=["first"], start=TODAY, intervals={}, today=TODAY, package=""
    )
    assert (plan.net, plan.tax, plan.total) == (gbp("300"), gbp("60"), gbp("360"))
    assert plan.deposit == plan.total


def test_unlisted_intervals_and_unknown_kinds():
    plan = draft(session_types=["correction", "first"], intervals={})
    assert (
        plan.items[1].proposed_date
        == date.fromordinal(date(2026, 3, 9).toordinal() + UNLISTED_FOLLOW_UP_DAYS).isoformat()
    )
    with pytest.raises(PlanError, match="Choose the sessions"):
        draft(session_types=["laser"])
    with pytest.raises(PlanError, match="at least one session"):
        draft(session_types=[])
    with pytest.raises(PlanError, match=f"at most {MAX_ITEMS}"):
        draft(session_types=["touch-up"] * (MAX_ITEMS + 1))


def test_the_course_for_a_design():
    assert course_for_design(["hairline", "crown"]) == ["first", "second", "third"]
    assert course_for_design(["hairline", "scar"], 4) == [
        "first",
        "second",
        "third",
        "fourth",
        "scar",
    ]
    assert course_for_design(["donor-scar"], 1)[-1] == "scar"
    assert areas_note(["hairline", "crown"]) == "Areas: Hairline, Crown"
    assert areas_note([]) == ""


# -- totals: the printed lines add up to the printed total ------------------------------------

# Eight sessions, tax doubling them, stay under the ceiling even in yen (1,000,000).
amounts = st.integers(min_value=0, max_value=60_000)
rates = st.decimals(min_value=0, max_value=100, places=3, allow_nan=False, allow_infinity=False)


@settings(max_examples=400, deadline=None)
@given(
    prices=st.lists(amounts, min_size=0, max_size=8),
    discount_share=st.fractions(min_value=0, max_value=1),
    include=st.booleans(),
    rate=rates,
    currency=st.sampled_from(["GBP", "JPY", "KWD"]),
)
def test_printed_lines_sum_to_the_printed_total(prices, discount_share, include, rate, currency):
    items = tuple(PlanItem("first", "1st session", "", Money(p, currency)) for p in prices)
    subtotal = sum(prices)
    discount = Money(int(subtotal * discount_share), currency)
    plan = check_plan(
        Plan(
            currency=currency,
            items=items,
            package="",
            discount=discount,
            prices_include_tax=include,
            tax_rate_percent=rate,
            tax_name="VAT",
            deposit=Money(0, currency),
            valid_until="2026-12-31",
        )
    )
    lines = sum(i.price.minor for i in plan.items) - plan.discount.minor
    added = 0 if include else plan.tax.minor
    assert lines + added == plan.total.minor  # the printed lines, then the printed total
    assert plan.net.minor + plan.tax.minor == plan.total.minor
    assert plan.tax.minor >= 0 and plan.net.minor >= 0
    # The tax is the rate's share to within half a minor unit.
    exact = Decimal(plan.discounted.minor) * rate / ((100 + rate) if include else 100)
    assert abs(Decimal(plan.tax.minor) - exact) <= Decimal("0.5")
    assert plan_from_json(plan.to_json()) == plan


# -- checks and hostile JSON ----------------------------------------------------------------


def test_bad_plans_are_refused_with_one_sentence():
    plan = draft()
    for bad, words in (
        (replace(plan, discount=gbp("800")), "discount is more than"),
        (replace(plan, deposit=gbp("751")), "deposit is more than its total"),
        (replace(plan, valid_until="31/12/2026"), "YYYY-MM-DD"),
        (replace(plan, currency="XXX"), "currency"),
        (replace(plan, discount=Money(100, "EUR")), "not in GBP"),
        (replace(plan, tax_rate_percent=Decimal("100.5")), "tax rate"),
        (replace(plan, tax_rate_percent=Decimal("20.0001")), "three decimals"),
        (replace(plan, items=(replace(plan.items[0], price=Money(-1, "GBP")),)), "amount"),
        (replace(plan, items=(replace(plan.items[0], session_type="laser"),)), "kind"),
        (replace(plan, items=(replace(plan.items[0], proposed_date="2026-02-30"),)), "date"),
        (replace(plan, notes="x" * 3000), "notes"),
    ):
        with pytest.raises(PlanError, match=words):
            bad.to_json()


def test_texts_are_cleaned_and_an_empty_label_gets_the_session_name():
    plan = replace(
        draft(),
        notes="line one\n\x1b[31mred\u202e",
        items=(replace(draft().items[0], label=""),),
    )
    back = plan_from_json(plan.to_json())
    assert "\x1b" not in back.notes and "\u202e" not in back.notes
    assert back.items[0].label == "1st session"


def _stored(**changes: object) -> str:
    raw = json.loads(draft().to_json())
    raw.update(changes)
    return json.dumps(raw)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        "not json",
        "[" * 100_000 + "]" * 100_000,
        " " * 300_000,
        _stored(format=2),
        _stored(currency=None),
        _stored(items={}),
        _stored(items=[1]),
        _stored(items=[{"session_type": "first", "price_minor": 1.5}]),
        _stored(items=[{"session_type": "first", "price_minor": True}]),
        _stored(items=[{"session_type": "first", "price_minor": 10**30}]),
        _stored(items=[{"session_type": "first", "price_minor": 100, "label": ["x"]}]),
        _stored(items=[{"session_type": "first", "price_minor": 1}] * (MAX_ITEMS + 1)),
        _stored(discount_minor=-1),
        _stored(deposit_minor=10**9),
        _stored(tax_rate_percent=20),
        _stored(tax_rate_percent="NaN"),
        _stored(tax_rate_percent="1e2"),
        _stored(tax_rate_percent="9" * 40),
        _stored(prices_include_tax="yes"),
        _stored(valid_until=None),
        _stored(valid_until="2026-W01-1"),  # Python's fromisoformat reads week dates too
        _stored(notes="\ud800"),
        _stored(terms="t" * 7000),
    ],
)
def test_crafted_json_is_refused_in_one_sentence(text):
    with pytest.raises(PlanError, match="This treatment plan cannot be used"):
        plan_from_json(text)
