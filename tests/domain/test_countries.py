"""The first-run country table: every row is a value the settings accept."""

from __future__ import annotations

import pytest

from smpdesk.domain.clinic_settings import (
    DATE_STYLES,
    PAPER_SIZES,
    ClinicSettings,
    is_emergency_number,
    validate_settings,
)
from smpdesk.domain.countries import (
    COUNTRIES,
    DEFAULT_COUNTRY,
    country,
    country_for_locale,
)
from smpdesk.domain.money import CURRENCIES, LOCALES


@pytest.mark.parametrize("row", COUNTRIES, ids=lambda row: row.code)
def test_every_country_gives_settings_the_clinic_can_save(row):
    assert row.paper in PAPER_SIZES
    assert row.date_style in DATE_STYLES
    assert is_emergency_number(row.emergency_number)
    assert row.currency in CURRENCIES and row.locale in LOCALES
    settings = ClinicSettings(
        name="A clinic",
        paper=row.paper,
        date_style=row.date_style,
        emergency_number=row.emergency_number,
        currency=row.currency,
        locale=row.locale,
    )
    assert validate_settings(settings) == {}


def test_the_table_covers_the_smp_markets_once_each_in_name_order():
    codes = [row.code for row in COUNTRIES]
    assert len(codes) == len(set(codes)) >= 30
    wanted = "GB IE US CA AU NZ ES DE AT CH PL FR IT NL BE PT SE NO DK FI CZ GR AE ZA IN BR MX"
    assert set(wanted.split()) <= set(codes)
    assert [row.name for row in COUNTRIES] == sorted(row.name for row in COUNTRIES)
    assert country(DEFAULT_COUNTRY) is not None


@pytest.mark.parametrize(
    ("code", "paper", "dates", "number", "currency"),
    [
        ("GB", "A4", "uk", "999", "GBP"),
        ("US", "Letter", "us", "911", "USD"),
        ("AU", "A4", "uk", "000", "AUD"),
        ("NZ", "A4", "uk", "111", "NZD"),
        ("DE", "A4", "uk", "112", "EUR"),
        ("CA", "Letter", "us", "911", "CAD"),
        ("MX", "Letter", "uk", "911", "MXN"),
    ],
)
def test_well_known_countries_have_their_own_paper_dates_number_and_money(
    code, paper, dates, number, currency
):
    row = country(code)
    assert (row.paper, row.date_style, row.emergency_number, row.currency) == (
        paper,
        dates,
        number,
        currency,
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("en_GB", "GB"),
        ("de-AT", "AT"),
        ("pt_BR.UTF-8", "BR"),
        ("de_CH@euro", "CH"),
        ("sr_Latn_RS", None),
        ("C", None),
        ("POSIX", None),
        ("en", None),
        ("", None),
        ("xx_ZZ", None),
    ],
)
def test_a_system_locale_names_its_country_when_the_table_has_it(name, code):
    found = country_for_locale(name)
    assert (found.code if found else None) == code
