"""Money: whole minor units with the currency, typed amounts and locale formatting.

The payment dialog, ``smpdesk payments add`` and the price list all go through
``parse_amount``, so what it takes and refuses is what every front takes and
refuses; ``format_money`` writes every amount on screen and on paper.
"""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smpdesk.domain.money import (
    CURRENCIES,
    KINDS,
    LOCALES,
    MAX_MAJOR_UNITS,
    METHODS,
    AmountError,
    Money,
    format_money,
    max_amount,
    parse_amount,
)
from smpdesk.errors import UserError

codes = st.sampled_from(sorted(CURRENCIES))


@st.composite
def typed_amounts(draw: st.DrawFn) -> Money:
    """Any amount parse_amount must take: 1 minor unit up to the ceiling."""
    code = draw(codes)
    return Money(draw(st.integers(1, max_amount(code).minor)), code)


@given(typed_amounts())
def test_the_plain_text_of_an_amount_parses_back_to_it(amount):
    assert parse_amount(amount.amount_text(), amount.currency) == amount


@given(typed_amounts())
def test_thousands_commas_and_short_decimals_parse_to_the_same_amount(amount):
    grouped = f"{amount.decimal():,f}"  # "1,234.50"
    assert parse_amount(grouped, amount.currency) == amount
    if amount.digits and amount.amount_text().endswith("0"):
        # "150.5" is "150.50"
        assert parse_amount(amount.amount_text()[:-1], amount.currency) == amount


@given(typed_amounts())
def test_amount_text_is_the_exact_decimal(amount):
    assert Decimal(amount.amount_text()) * 10**amount.digits == amount.minor
    assert amount.decimal() == Decimal(amount.minor).scaleb(-amount.digits)
    # As many decimals as the currency has, never a float's 150.4999999.
    fraction = amount.amount_text().partition(".")[2]
    assert len(fraction) == amount.digits


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("150", "GBP", 15000),
        ("150.5", "GBP", 15050),
        ("150.50", "GBP", 15050),
        ("  150.00 ", "GBP", 15000),
        ("1,234.50", "EUR", 123450),
        ("0.01", "USD", 1),
        ("1000000", "GBP", 100000000),  # the ceiling itself
        ("1,000,000.00", "GBP", 100000000),
        ("5000", "JPY", 5000),
        ("1.234", "BHD", 1234),
        ("007", "GBP", 700),
    ],
)
def test_parse_amount_takes_what_a_person_types(text, currency, minor):
    assert parse_amount(text, currency) == Money(minor, currency)


@pytest.mark.parametrize(
    ("text", "currency", "words"),
    [
        ("", "GBP", "Enter an amount"),
        ("   ", "GBP", "Enter an amount"),
        ("-5", "GBP", "minus"),
        ("-0.01", "GBP", "minus"),
        ("+5", "GBP", "in digits"),
        ("0", "GBP", "above zero"),
        ("0.00", "GBP", "above zero"),
        ("150.505", "GBP", "at most 2 decimals"),
        ("150.500", "GBP", "at most 2 decimals"),
        ("150.5", "JPY", "no decimals"),
        ("1.2345", "KWD", "at most 3 decimals"),
        ("1000000.01", "GBP", "over 1,000,000 GBP"),
        ("1,000,001", "GBP", "over"),
        ("1000001", "JPY", "over"),
        ("1e3", "GBP", "in digits"),
        ("1E3", "GBP", "in digits"),
        ("NaN", "GBP", "in digits"),
        ("nan", "GBP", "in digits"),
        ("Infinity", "GBP", "in digits"),
        ("inf", "GBP", "in digits"),
        ("0x10", "GBP", "in digits"),
        ("1_000", "GBP", "in digits"),
        ("£150", "GBP", "in digits"),
        ("150 GBP", "GBP", "in digits"),
        ("1 000", "GBP", "in digits"),
        ("150,50", "EUR", "point for decimals"),
        ("1,23,456", "GBP", "in digits"),  # commas must group thousands
        ("1,2345", "GBP", "in digits"),
        ("150.", "GBP", "in digits"),
        (".50", "GBP", "in digits"),
        ("1.2.3", "GBP", "in digits"),
        ("１５０", "GBP", "in digits"),  # full-width digits
        ("١٥٠", "GBP", "in digits"),  # Arabic-Indic digits: Decimal() would take them
        ("150\x00", "GBP", "in digits"),
        ("9" * 41, "GBP", "too long"),
    ],
)
def test_parse_amount_refuses_in_one_plain_sentence(text, currency, words):
    with pytest.raises(AmountError) as caught:
        parse_amount(text, currency)
    message = str(caught.value)
    assert words in message
    assert "\n" not in message and message.endswith(".")
    # Both kinds: the fronts show UserErrors as they are; callers may catch ValueError.
    assert isinstance(caught.value, UserError) and isinstance(caught.value, ValueError)


@given(st.text(max_size=30), codes)
def test_whatever_is_typed_gives_an_amount_within_the_rules_or_a_sentence(text, code):
    try:
        amount = parse_amount(text, code)
    except AmountError as exc:
        assert "\n" not in str(exc)
    else:
        assert amount.currency == code
        assert 0 < amount.minor <= MAX_MAJOR_UNITS * 10 ** CURRENCIES[code]


def test_an_unknown_currency_is_refused():
    with pytest.raises(ValueError):
        parse_amount("150", "XXX")
    with pytest.raises(ValueError):
        Money(100, "gbp")
    with pytest.raises(TypeError):
        Money(1.5, "GBP")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(True, "GBP")


def test_money_adds_and_subtracts_within_one_currency_only():
    a, b = Money(15000, "GBP"), Money(2550, "GBP")
    assert a + b == Money(17550, "GBP")
    assert a - b == Money(12450, "GBP")
    assert -b == Money(-2550, "GBP")
    assert sum([a, b, -b]) == a
    assert (a - a).is_zero() and not a.is_zero()
    assert Money.zero("JPY") == Money(0, "JPY")
    assert b < a
    with pytest.raises(ValueError, match="GBP and EUR"):
        _ = a + Money(1, "EUR")
    with pytest.raises(ValueError):
        _ = a - Money(1, "EUR")
    with pytest.raises(TypeError):
        _ = a + 5  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = sum([a], 1)


def test_amount_text_is_plain_for_json_and_csv():
    assert Money(15000, "GBP").amount_text() == "150.00"
    assert Money(-2000, "GBP").amount_text() == "-20.00"
    assert Money(5, "GBP").amount_text() == "0.05"
    assert Money(5000, "JPY").amount_text() == "5000"
    assert Money(1, "BHD").amount_text() == "0.001"
    assert Money(100000000000, "GBP").amount_text() == "1000000000.00"  # no 1E+9


@pytest.mark.parametrize(
    ("amount", "locale", "expected"),
    [
        (Money(123450, "GBP"), "en_GB", "£1,234.50"),
        (Money(-2000, "GBP"), "en_GB", "-£20.00"),
        (Money(123450, "EUR"), "de_DE", "1.234,50\xa0€"),
        (Money(123450, "EUR"), "fr_FR", "1\u202f234,50\xa0€"),
        (Money(123450, "USD"), "en_US", "$1,234.50"),
        (Money(5000, "JPY"), "ja_JP", "￥5,000"),
        (Money(5, "GBP"), "en_GB", "£0.05"),
        # CLDR writes forints without decimals; the books keep ISO's two, and show them.
        (Money(123450, "HUF"), "hu_HU", "1\xa0234,50\xa0Ft"),
        # CLDR's currency spacing (Babel leaves it out): letters apart from digits.
        (Money(1234, "BHD"), "en_GB", "BHD\xa01.234"),
        (Money(123450, "CHF"), "en_GB", "CHF\xa01,234.50"),
        # No right-to-left marks: a terminal shows them as placeholders, reportlab ignores bidi.
        (Money(123450, "AED"), "ar_AE", "1,234.50\xa0د.إ."),
    ],
)
def test_format_money_follows_the_locale(amount, locale, expected):
    assert format_money(amount, locale) == expected


@pytest.mark.parametrize("locale", ["xx_YY", "", "not a locale", "../../etc/passwd"])
def test_an_unknown_locale_falls_back_to_british_rather_than_stopping_a_receipt(locale):
    assert format_money(Money(123450, "GBP"), locale) == "£1,234.50"


@given(
    st.integers(-(10**12), 10**12),
    codes,
    st.sampled_from(sorted(LOCALES)),
)
def test_format_money_never_rounds_a_minor_unit_away(minor, code, locale):
    text = format_money(Money(minor, code), locale)
    digits = "".join(ch for ch in text if ch.isdigit())
    assert int(digits) == abs(minor)
    assert ("-" in text or "\u2212" in text) == (minor < 0)
    assert not {"\u200e", "\u200f", "\u061c"} & set(text)


def test_every_locale_offered_is_one_babel_knows():
    from babel import Locale

    for code in LOCALES:
        Locale.parse(code)


def test_every_currency_offered_is_one_babel_knows_with_iso_minor_units():
    from babel.numbers import get_currency_name, list_currencies

    known = list_currencies()
    for code in CURRENCIES:
        assert code in known
        assert get_currency_name(code, locale="en") != code


def test_payment_methods_and_kinds_are_the_issues_words():
    assert list(METHODS) == ["cash", "card", "transfer", "voucher"]
    assert list(KINDS) == ["deposit", "consultation", "session", "package", "product", "other"]
    assert all(label and label[0].isupper() for label in [*METHODS.values(), *KINDS.values()])


def test_reading_settings_does_not_import_babel():
    """Babel's CLDR data is loaded when an amount is first written, never at start-up."""
    code = (
        "import sys\n"
        "import smpdesk.domain.money, smpdesk.domain.price_list, smpdesk.domain.clinic_settings\n"
        "from smpdesk.domain.clinic_settings import settings_from_stored, settings_to_store\n"
        "settings_from_stored(settings_to_store(settings_from_stored({})))\n"
        "assert not any(m == 'babel' or m.startswith('babel.') for m in sys.modules), 'babel'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_no_float_gets_into_money():
    with pytest.raises(TypeError):
        Money(Decimal("1.5"), "GBP")  # type: ignore[arg-type]
    assert re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", Money(-1, "KWD").amount_text())


@pytest.mark.parametrize("currency", ["BHD", "KWD", "OMR"])
def test_a_single_comma_group_is_refused_for_three_decimal_currencies(currency):
    # "1,500" is 1500 grouped or 1.500 with a decimal comma: a thousand times apart.
    with pytest.raises(ValueError, match=r"with a point for decimals \(1\.500\)") as refused:
        parse_amount("1,500", currency)
    assert str(refused.value).count(".") == 2  # one sentence (the point inside "1.500")
    assert parse_amount("1.500", currency).minor == 1500
    assert parse_amount("1500", currency).minor == 1500_000
    assert parse_amount("100,500.250", currency).minor == 100_500_250  # the point decides
    assert parse_amount("1,500", "GBP").minor == 150_000  # two decimals: plainly grouped
