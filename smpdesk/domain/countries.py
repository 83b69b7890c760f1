"""Countries where SMP clinics work, and what a new clinic there most likely wants.

The first-run wizard asks for the clinic's country once and fills in what
follows from it: the paper in the printer, how dates are written, the number
a client calls in an emergency (printed on every aftercare sheet), the
currency the books are kept in and how amounts are written.  Every value is
only a starting point shown to the owner, who can change it there and later
in Settings; nothing here is read after the clinic is made.

The emergency number is the one a client at home should call about a bad
reaction: the general number where there is one (112 across the EU, 999,
911, 000, 111), the ambulance number where that is what people are told to
call (Norway's 113, Brazil's 192, the UAE's 998, South Africa's 10177).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    """One row of the table: an ISO 3166 code, its English name and the defaults."""

    code: str  # ISO 3166-1 alpha-2, upper case
    name: str
    paper: str  # a ClinicSettings paper size: "A4" or "Letter"
    date_style: str  # a key of clinic_settings.DATE_STYLES: "uk" or "us"
    emergency_number: str  # passes clinic_settings.is_emergency_number
    currency: str  # a key of money.CURRENCIES (ISO 4217)
    locale: str  # a key of money.LOCALES (how amounts are written)


def _c(code: str, name: str, paper: str, dates: str, sos: str, money: str, locale: str) -> Country:
    return Country(code, name, paper, dates, sos, money, locale)


# Alphabetical by name, as the wizard lists them.
COUNTRIES: tuple[Country, ...] = (
    _c("AU", "Australia", "A4", "uk", "000", "AUD", "en_AU"),
    _c("AT", "Austria", "A4", "uk", "112", "EUR", "de_AT"),
    _c("BE", "Belgium", "A4", "uk", "112", "EUR", "nl_BE"),
    _c("BR", "Brazil", "A4", "uk", "192", "BRL", "pt_BR"),
    _c("CA", "Canada", "Letter", "us", "911", "CAD", "en_CA"),
    _c("CZ", "Czechia", "A4", "uk", "112", "CZK", "cs_CZ"),
    _c("DK", "Denmark", "A4", "uk", "112", "DKK", "da_DK"),
    _c("FI", "Finland", "A4", "uk", "112", "EUR", "fi_FI"),
    _c("FR", "France", "A4", "uk", "112", "EUR", "fr_FR"),
    _c("DE", "Germany", "A4", "uk", "112", "EUR", "de_DE"),
    _c("GR", "Greece", "A4", "uk", "112", "EUR", "el_GR"),
    _c("HU", "Hungary", "A4", "uk", "112", "HUF", "hu_HU"),
    _c("IN", "India", "A4", "uk", "112", "INR", "en_IN"),
    _c("IE", "Ireland", "A4", "uk", "112", "EUR", "en_IE"),
    _c("IT", "Italy", "A4", "uk", "112", "EUR", "it_IT"),
    _c("MX", "Mexico", "Letter", "uk", "911", "MXN", "es_MX"),
    _c("NL", "Netherlands", "A4", "uk", "112", "EUR", "nl_NL"),
    _c("NZ", "New Zealand", "A4", "uk", "111", "NZD", "en_NZ"),
    _c("NO", "Norway", "A4", "uk", "113", "NOK", "nb_NO"),
    _c("PL", "Poland", "A4", "uk", "112", "PLN", "pl_PL"),
    _c("PT", "Portugal", "A4", "uk", "112", "EUR", "pt_PT"),
    _c("RO", "Romania", "A4", "uk", "112", "RON", "ro_RO"),
    _c("SG", "Singapore", "A4", "uk", "995", "SGD", "en_SG"),
    _c("ZA", "South Africa", "A4", "uk", "10177", "ZAR", "en_ZA"),
    _c("ES", "Spain", "A4", "uk", "112", "EUR", "es_ES"),
    _c("SE", "Sweden", "A4", "uk", "112", "SEK", "sv_SE"),
    _c("CH", "Switzerland", "A4", "uk", "144", "CHF", "de_CH"),
    _c("TR", "Türkiye", "A4", "uk", "112", "TRY", "tr_TR"),
    _c("AE", "United Arab Emirates", "A4", "uk", "998", "AED", "en_AE"),
    _c("GB", "United Kingdom", "A4", "uk", "999", "GBP", "en_GB"),
    _c("US", "United States", "Letter", "us", "911", "USD", "en_US"),
)

BY_CODE: dict[str, Country] = {c.code: c for c in COUNTRIES}

#: The country the wizard starts on when the computer's own settings name none of
#: the table's: smpdesk's settings default to the UK's paper, dates and money.
DEFAULT_COUNTRY = "GB"


def country(code: str) -> Country | None:
    """The table's row for an ISO 3166 code (any case), or None."""
    return BY_CODE.get(code.strip().upper())


def country_for_locale(locale_name: str) -> Country | None:
    """The country of a system locale name ("en_GB", "de-AT", "pt_BR.UTF-8"), or None.

    Only the territory counts: a German speaker in Switzerland is in Switzerland.
    "C", "POSIX" or a bare language ("en") name no country.
    """
    name = locale_name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    parts = name.split("_")
    if len(parts) < 2:
        return None
    return country(parts[-1]) if len(parts[-1]) == 2 else None


__all__ = ["BY_CODE", "COUNTRIES", "DEFAULT_COUNTRY", "Country", "country", "country_for_locale"]
