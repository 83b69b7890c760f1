"""The price list (an owner setting) and the tax arithmetic receipts and quotes share.

The issue's rule: the printed lines add up to the printed total, with tax
included or on top, whatever the rounding.  And a price list read back from the
database is the one saved, or (when the row was tampered with) no prices and a
warning, never prices in the wrong currency.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smpdesk.app.clinic import load_settings, open_clinic, save_settings
from smpdesk.domain.clinic_settings import (
    ClinicSettings,
    settings_from_stored,
    settings_to_store,
    validate_settings,
)
from smpdesk.domain.money import CURRENCIES, LOCALES, Money, max_amount
from smpdesk.domain.price_list import (
    Package,
    PriceList,
    price_list_from_stored,
    price_list_to_stored,
    tax_lines,
    validate_price_list,
)
from smpdesk.domain.session_details import SESSION_TYPES
from smpdesk.errors import ValidationError
from tests.domain.test_hostile_settings import corrupt


def gbp(pounds: str) -> Money:
    return Money(int(Decimal(pounds) * 100), "GBP")


rates = st.decimals(min_value=0, max_value=100, places=3, allow_nan=False, allow_infinity=False)
codes = st.sampled_from(sorted(CURRENCIES))


@st.composite
def priced_lines(draw: st.DrawFn, *, signed: bool = False) -> list[Money]:
    code = draw(codes)
    top = max_amount(code).minor
    low = -top if signed else 1
    return [Money(m, code) for m in draw(st.lists(st.integers(low, top), max_size=12))]


@given(priced_lines(), rates, st.booleans())
def test_printed_tax_lines_add_up_to_the_printed_total(prices, rate, include):
    code = prices[0].currency if prices else "GBP"
    net, tax, gross = tax_lines(prices, include=include, rate=rate, currency=code)
    # In minor units and as printed (the plain decimal text on receipts, quotes and CSV).
    assert net + tax == gross
    assert Decimal(net.amount_text()) + Decimal(tax.amount_text()) == Decimal(gross.amount_text())
    # The lines printed for the items add up to the total the prices stand for.
    listed = sum((p.minor for p in prices), 0)
    assert (gross if include else net).minor == listed
    # The tax is the exact tax rounded to the nearest minor unit, never more than half off.
    exact = Decimal(listed) * rate / ((100 + rate) if include else 100)
    assert abs(Decimal(tax.minor) - exact) <= Decimal("0.5")
    assert tax.minor >= 0
    if rate == 0:
        assert tax.is_zero() and net == gross


@given(priced_lines(signed=True), rates, st.booleans())
def test_a_refund_has_exactly_minus_the_payments_tax(prices, rate, include):
    code = prices[0].currency if prices else "GBP"
    forward = tax_lines(prices, include=include, rate=rate, currency=code)
    back = tax_lines([-p for p in prices], include=include, rate=rate, currency=code)
    assert back == tuple(-m for m in forward)


@pytest.mark.parametrize(
    ("prices", "include", "rate", "expected"),
    [
        (["150.00"], True, 20, ("125.00", "25.00", "150.00")),
        (["100.00"], False, 20, ("100.00", "20.00", "120.00")),
        (["400.00", "350.00", "99.99"], True, 20, ("708.32", "141.67", "849.99")),
        (["0.10"], False, 5, ("0.10", "0.01", "0.11")),  # 0.005 rounds half up
        (["0.10"], False, Decimal("4.9"), ("0.10", "0.00", "0.10")),
        (["19.99"], True, Decimal("7.7"), ("18.56", "1.43", "19.99")),
        (["250.00"], True, 0, ("250.00", "0.00", "250.00")),
        (["250.00"], True, 100, ("125.00", "125.00", "250.00")),
        (["100.00"], False, "9.975", ("100.00", "9.98", "109.98")),
    ],
)
def test_tax_lines_against_hand_computed_figures(prices, include, rate, expected):
    lines = tax_lines([gbp(p) for p in prices], include=include, rate=rate)
    assert tuple(m.amount_text() for m in lines) == expected


def test_tax_lines_refuse_what_would_make_the_books_inexact():
    with pytest.raises(ValueError, match="GBP and EUR"):
        tax_lines([gbp("1"), Money(100, "EUR")], include=True, rate=20)
    with pytest.raises(ValueError, match="currency"):
        tax_lines([], include=True, rate=20)
    assert tax_lines([], include=False, rate=20, currency="JPY") == (Money(0, "JPY"),) * 3
    for rate in (20.0, True, Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), -1, 101, "x"):
        with pytest.raises(ValueError):
            tax_lines([gbp("1")], include=True, rate=rate)  # type: ignore[arg-type]


def full_list(currency: str = "GBP", locale: str = "en_GB") -> PriceList:
    def m(text: str) -> Money:
        digits = CURRENCIES[currency]
        return Money(int(Decimal(text) * 10**digits), currency)

    return PriceList(
        currency=currency,
        locale=locale,
        consultation_fee=m("50"),
        session_prices={"first": m("450"), "second": m("350"), "touch-up": m("150")},
        packages=(Package("Full hairline, 3 sessions", ("first", "second", "third"), m("1000")),),
        prices_include_tax=True,
        tax_rate_percent=Decimal("20"),
        tax_name="VAT",
        deposit_rule=("percent", Decimal("12.5")),
        quote_valid_days=45,
        terms="Deposits secure the first date.\nThey are not refundable within 48 hours.",
    )


def test_deposit_follows_the_rule():
    percent = full_list()
    assert percent.deposit_for(gbp("1000.01")).amount_text() == "125.00"  # 125.00125
    assert percent.deposit_for(gbp("1000.04")).amount_text() == "125.01"  # 125.005 half up
    fixed = PriceList(deposit_rule=("amount", gbp("100")))
    assert fixed.deposit_for(gbp("450")) == gbp("100")
    assert fixed.deposit_for(gbp("60")) == gbp("60")  # never more than the total
    assert fixed.deposit_for(Money.zero("GBP")).is_zero()
    assert PriceList().deposit_for(gbp("450")).is_zero()  # no deposit by default
    assert (percent.deposit_percent(), percent.deposit_amount()) == (Decimal("12.5"), None)
    assert (fixed.deposit_percent(), fixed.deposit_amount()) == (None, gbp("100"))


@st.composite
def price_lists(draw: st.DrawFn) -> PriceList:
    code = draw(codes)
    amounts = st.integers(1, max_amount(code).minor).map(lambda n: Money(n, code))
    names = st.text(
        st.characters(min_codepoint=32, max_codepoint=0x2FFF, categories=["L", "N", "P", "Zs"]),
        min_size=1,
        max_size=20,
    ).map(str.strip)
    packages = draw(
        st.lists(
            st.builds(
                Package,
                names.filter(bool),
                st.lists(st.sampled_from(list(SESSION_TYPES)), min_size=1, max_size=5).map(tuple),
                amounts,
            ),
            max_size=4,
            unique_by=lambda p: p.name.casefold(),
        )
    )
    rule = draw(
        st.one_of(
            amounts.map(lambda m: ("amount", m)),
            st.decimals(0, 100, places=2).map(lambda d: ("percent", d)),
        )
    )
    return PriceList(
        currency=code,
        locale=draw(st.sampled_from(sorted(LOCALES))),
        consultation_fee=draw(st.none() | amounts),
        session_prices=draw(st.dictionaries(st.sampled_from(list(SESSION_TYPES)), amounts)),
        packages=tuple(packages),
        prices_include_tax=draw(st.booleans()),
        tax_rate_percent=draw(rates),
        tax_name=draw(st.sampled_from(["VAT", "GST", "MwSt", "IVA", "TVA"])),
        deposit_rule=rule,  # type: ignore[arg-type]
        quote_valid_days=draw(st.integers(1, 365)),
        terms=draw(st.sampled_from(["", "Pay on the day.", "Line one.\nLine two."])),
    )


@given(price_lists())
def test_a_price_list_reads_back_as_saved(prices):
    assert validate_price_list(prices) == {}
    stored = json.loads(json.dumps(price_list_to_stored(prices)))
    assert price_list_from_stored(stored, prices.currency, prices.locale) == prices


def test_a_price_list_is_never_read_in_another_currency():
    stored = price_list_to_stored(full_list())
    assert price_list_from_stored(stored, "GBP", "en_GB") == full_list()
    assert price_list_from_stored(stored, "EUR", "en_GB") is None
    # The stored form is readable by eye: amounts as decimal text.
    assert stored["session_prices"] == {"first": "450.00", "second": "350.00", "touch-up": "150.00"}


def test_a_newer_smpdeskʼs_session_types_and_keys_are_left_out():
    stored = price_list_to_stored(full_list())
    stored["session_prices"]["laser-removal"] = "99.00"  # type: ignore[index]
    stored["loyalty_scheme"] = {"points": 3}
    assert price_list_from_stored(stored, "GBP", "en_GB") == full_list()


def stored_with(**changes: object) -> dict[str, object]:
    return {**price_list_to_stored(full_list()), **changes}


HOSTILE = [
    ("not a mapping", []),
    ("no currency", {"session_prices": {}}),
    ("negative price", stored_with(session_prices={"first": "-5.00"})),
    ("zero price", stored_with(session_prices={"first": "0"})),
    ("exponent", stored_with(session_prices={"first": "1e3"})),
    ("NaN", stored_with(consultation_fee="NaN")),
    ("a number, not text", stored_with(consultation_fee=50)),
    ("too many decimals", stored_with(consultation_fee="50.001")),
    ("over the ceiling", stored_with(consultation_fee="1000000.01")),
    ("prices not a mapping", stored_with(session_prices=["450.00"])),
    ("rate a float", stored_with(tax_rate_percent=20.0)),
    ("rate over 100", stored_with(tax_rate_percent="100.5")),
    ("rate NaN", stored_with(tax_rate_percent="NaN")),
    ("rate four decimals", stored_with(tax_rate_percent="9.9751")),
    ("include not a bool", stored_with(prices_include_tax="yes")),
    ("deposit both kinds", stored_with(deposit={"percent": "10", "amount": "50.00"})),
    ("deposit over 100%", stored_with(deposit={"percent": "150"})),
    ("deposit a number", stored_with(deposit={"percent": 10})),
    ("deposit odd kind", stored_with(deposit={"fraction": "0.1"})),
    ("days zero", stored_with(quote_valid_days=0)),
    ("days a bool", stored_with(quote_valid_days=True)),
    ("days huge", stored_with(quote_valid_days=10**30)),
    ("terms huge", stored_with(terms="x" * 100_000)),
    ("terms a list", stored_with(terms=["a"])),
    ("tax name long", stored_with(tax_name="V" * 500)),
    ("tax name blank", stored_with(tax_name="\u200b")),
    ("package no name", stored_with(packages=[{"name": " ", "sessions": ["first"], "price": "1"}])),
    (
        "package odd session",
        stored_with(packages=[{"name": "A", "sessions": ["laser"], "price": "1"}]),
    ),
    ("package no sessions", stored_with(packages=[{"name": "A", "sessions": [], "price": "1"}])),
    (
        "package name twice",
        stored_with(
            packages=[
                {"name": "Crown", "sessions": ["first"], "price": "1"},
                {"name": "CROWN", "sessions": ["first"], "price": "2"},
            ]
        ),
    ),
    (
        "too many packages",
        stored_with(
            packages=[{"name": f"P{i}", "sessions": ["first"], "price": "1"} for i in range(1000)]
        ),
    ),
    ("package a string", stored_with(packages=["Crown"])),
]


@pytest.mark.parametrize(("why", "value"), HOSTILE, ids=[why for why, _ in HOSTILE])
def test_a_tampered_price_list_is_not_read(why, value):
    assert price_list_from_stored(value, "GBP", "en_GB") is None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"consultation_fee": Money(0, "GBP")}, "consultation_fee", "above zero"),
        ({"consultation_fee": Money(500, "EUR")}, "consultation_fee", "at most 1000000.00 GBP"),
        ({"session_prices": {"first": gbp("1000000.01")}}, "session_prices", "1st session"),
        ({"session_prices": {"laser": gbp("1")}}, "session_prices", "session types"),
        ({"packages": (Package("", ("first",), gbp("1")),)}, "packages", "name"),
        ({"packages": (Package("A", ("laser",), gbp("1")),)}, "packages", "session types"),
        ({"packages": (Package("A", (), gbp("1")),)}, "packages", "1 to 12"),
        ({"packages": (Package("A", ("first",), gbp("-1")),)}, "packages", "'A'"),
        ({"tax_rate_percent": Decimal("100.01")}, "tax_rate_percent", "0 to 100"),
        ({"tax_rate_percent": Decimal("8.1234")}, "tax_rate_percent", "three decimals"),
        ({"tax_name": ""}, "tax_name", "Name the tax"),
        ({"deposit_rule": ("percent", Decimal("101"))}, "deposit_rule", "0 to 100"),
        ({"deposit_rule": ("percent", Decimal("10.125"))}, "deposit_rule", "two decimals"),
        ({"deposit_rule": ("amount", gbp("0"))}, "deposit_rule", "above zero"),
        ({"deposit_rule": ("half", 1)}, "deposit_rule", "fixed amount or a percentage"),
        ({"quote_valid_days": 0}, "quote_valid_days", "1 to 365"),
        ({"quote_valid_days": 366}, "quote_valid_days", "1 to 365"),
        ({"terms": "x" * 6001}, "terms", "6,000"),
        ({"currency": "XXX"}, "currency", "currency"),
        ({"locale": "tlh_QO"}, "locale", "amounts are written"),
    ],
)
def test_validate_price_list_names_the_field_in_a_sentence(changes, field, words):
    from dataclasses import replace

    problems = validate_price_list(replace(full_list(), **changes))
    assert list(problems) == [field]
    assert words in problems[field] and "\n" not in problems[field]


# -- the settings -----------------------------------------------------------------------


def test_settings_default_to_pounds_the_british_way_and_no_prices():
    settings = ClinicSettings()
    assert (settings.currency, settings.locale) == ("GBP", "en_GB")
    assert settings.price_list == PriceList()
    assert not settings.price_list.has_amounts()


def test_an_empty_price_list_follows_the_clinics_currency_and_locale():
    settings = ClinicSettings().with_changes(currency="EUR", locale="de_DE")
    assert settings.price_list == PriceList(currency="EUR", locale="de_DE")
    assert validate_settings(settings) == {}


def test_prices_in_another_currency_are_refused_not_relabelled():
    settings = ClinicSettings(price_list=full_list()).with_changes(currency="EUR")
    assert settings.price_list.currency == "GBP"
    problems = validate_settings(settings)
    assert list(problems) == ["price_list"]
    assert "enter them again in EUR" in problems["price_list"]
    with pytest.raises(ValidationError):
        settings_to_store(settings)


def test_price_list_problems_stop_the_settings_being_saved():
    bad = ClinicSettings(price_list=full_list().__class__(quote_valid_days=0))
    assert list(validate_settings(bad)) == ["price_list.quote_valid_days"]
    assert list(validate_settings(bad.with_changes(currency="GBX"))) == ["currency"]
    assert list(validate_settings(ClinicSettings(locale="en_XX"))) == ["locale"]


@pytest.mark.parametrize(("currency", "locale"), [("GBP", "en_GB"), ("JPY", "ja_JP")])
def test_money_settings_are_saved_and_read_back(db_path, currency, locale):
    settings = ClinicSettings(
        currency=currency, locale=locale, price_list=full_list(currency, locale)
    )
    db = open_clinic(db_path)
    try:
        save_settings(db, settings)
        loaded = load_settings(db)
    finally:
        db.conn.close()
    assert loaded.warnings == ()
    assert (loaded.currency, loaded.locale) == (currency, locale)
    assert loaded.price_list == full_list(currency, locale)
    assert loaded == settings


# (setting key, raw text stored in the row, ClinicSettings field, words in the warning)
CASES = [
    ("currency", '"XYZ"', "currency", "currency"),
    ("currency", "826", "currency", "currency"),
    ("currency", '"gbp"', "currency", "currency"),
    ("locale", '"xx_XX"', "locale", "writing amounts"),
    ("locale", '["en_GB"]', "locale", "writing amounts"),
    ("price_list", "[]", "price_list", "price list"),
    ("price_list", '{"currency": "EUR"}', "price_list", "price list"),  # not the clinic's
    ("price_list", json.dumps(stored_with(consultation_fee="NaN")), "price_list", "price list"),
    ("price_list", "{not json", "price_list", "price list"),
]


@pytest.mark.parametrize(
    ("key", "raw", "field", "words"), CASES, ids=[f"{k}={r[:24]!r}" for k, r, *_ in CASES]
)
def test_an_unreadable_money_setting_falls_back_with_a_warning(db_path, key, raw, field, words):
    corrupt(db_path, key, raw)
    db = open_clinic(db_path)
    try:
        settings = load_settings(db)
    finally:
        db.conn.close()
    assert getattr(settings, field) == getattr(ClinicSettings(), field)
    assert len(settings.warnings) == 1, settings.warnings
    warning = settings.warnings[0]
    assert words in warning and "open Settings" in warning and "\n" not in warning
    assert raw not in warning
    assert settings == ClinicSettings()


def test_an_unreadable_currency_takes_the_price_list_with_it():
    """A priced list is never re-read in the default currency: "5000" yen is not £5,000."""
    stored = settings_to_store(
        ClinicSettings(currency="JPY", locale="ja_JP", price_list=full_list("JPY", "ja_JP"))
    )
    stored["currency"] = "Yen"
    settings = settings_from_stored(stored)
    assert settings.currency == "GBP" and settings.price_list == PriceList(locale="ja_JP")
    assert [w.split(" was")[0] for w in settings.warnings] == [
        "The saved currency",
        "The saved price list",
    ]


def test_a_good_price_list_beside_a_bad_locale_is_kept():
    stored = settings_to_store(ClinicSettings(price_list=full_list()))
    stored["locale"] = "klingon"
    settings = settings_from_stored(stored)
    assert settings.price_list == full_list()
    assert settings.locale == "en_GB" and len(settings.warnings) == 1
