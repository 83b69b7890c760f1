"""The clinic's price list, and the tax arithmetic every receipt and quote shares.

The price list is owner-set data, like the care plan: a consultation fee, a price
per session type (the types of :data:`smpdesk.domain.session_details.SESSION_TYPES`),
optional packages, whether prices include tax and at what rate, the deposit rule,
how long a quote stays valid and the clinic's terms.  It lives in the clinic
settings (:class:`smpdesk.domain.clinic_settings.ClinicSettings.price_list`) so a
backup carries it; :func:`price_list_to_stored` and :func:`price_list_from_stored`
are its stored form (amounts as decimal text, so a row stays readable by eye).

:func:`tax_lines` splits a set of prices into net, tax and gross so that the
printed lines always add up to the printed total: tax is worked out once, on the
total, rounded half away from zero to the minor unit, and the third figure is
the difference of the other two, never rounded on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from smpdesk.domain.money import (
    CURRENCIES,
    DEFAULT_CURRENCY,
    DEFAULT_LOCALE,
    LOCALES,
    AmountError,
    Money,
    max_amount,
    parse_amount,
)
from smpdesk.domain.session_details import SESSION_TYPES
from smpdesk.domain.text_safety import clean_line, clean_multiline
from smpdesk.errors import QT_TRANSLATE_NOOP, Sentence

DepositRule = tuple[Literal["amount"], Money] | tuple[Literal["percent"], Decimal]

NO_DEPOSIT: DepositRule = ("percent", Decimal(0))
QUOTE_VALID_DAYS_RANGE = (1, 365)
DEFAULT_QUOTE_VALID_DAYS = 30
MAX_PACKAGES = 30
MAX_PACKAGE_SESSIONS = 12
PACKAGE_NAME_LIMIT = 80
TAX_NAME_LIMIT = 20
TERMS_LIMIT = 6000
# Rates such as 20, 7.7, 8.25 or Quebec's 9.975: up to three decimals.
_RATE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3})?")
# Deposit percentages: whole or with up to two decimals (12.5).
_PERCENT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?")


@dataclass(frozen=True)
class Package:
    """A set of sessions sold at one price ("Full hairline, 3 sessions")."""

    name: str
    sessions: tuple[str, ...]
    price: Money


@dataclass(frozen=True)
class PriceList:
    """What the clinic charges.  A session type without a price is simply not listed."""

    currency: str = DEFAULT_CURRENCY
    locale: str = DEFAULT_LOCALE
    consultation_fee: Money | None = None
    session_prices: dict[str, Money] = field(default_factory=dict)
    packages: tuple[Package, ...] = ()
    # Consumer prices are usually quoted with tax in (UK VAT, EU); a clinic below
    # the VAT threshold leaves the rate at 0.
    prices_include_tax: bool = True
    tax_rate_percent: Decimal = Decimal(0)
    # What the tax is called on receipts and quotes: VAT, GST, MwSt, IVA...
    tax_name: str = "VAT"
    deposit_rule: DepositRule = NO_DEPOSIT
    quote_valid_days: int = DEFAULT_QUOTE_VALID_DAYS
    terms: str = ""

    def price_of(self, session_type: str) -> Money | None:
        return self.session_prices.get(session_type)

    def amounts(self) -> list[Money]:
        """Every amount on the list (fee, prices, packages, a fixed deposit)."""
        found = [] if self.consultation_fee is None else [self.consultation_fee]
        found += self.session_prices.values()
        found += (p.price for p in self.packages)
        if self.deposit_rule[0] == "amount":
            found.append(self.deposit_rule[1])
        return found

    def deposit_percent(self) -> Decimal | None:
        """The deposit percentage, or None when the deposit is a fixed amount."""
        kind, value = self.deposit_rule
        return value if kind == "percent" and isinstance(value, Decimal) else None

    def deposit_amount(self) -> Money | None:
        """The fixed deposit, or None when the deposit is a percentage."""
        kind, value = self.deposit_rule
        return value if kind == "amount" and isinstance(value, Money) else None

    def has_amounts(self) -> bool:
        return bool(self.amounts())

    def deposit_for(self, total: Money) -> Money:
        """The deposit asked on ``total``: the fixed amount (never more than the total) or
        the percentage, rounded half up to the minor unit; zero when nothing is owed."""
        if total.minor <= 0:
            return Money.zero(total.currency)
        kind, value = self.deposit_rule
        if kind == "amount":
            assert isinstance(value, Money)
            return value if value.minor <= total.minor else total
        assert isinstance(value, Decimal)
        share = Decimal(total.minor) * value / 100
        return Money(int(share.quantize(Decimal(1), rounding=ROUND_HALF_UP)), total.currency)


# -- tax --------------------------------------------------------------------------------


def as_rate(rate: Decimal | int | str) -> Decimal:
    """``rate`` as an exact Decimal percentage from 0 to 100; ValueError otherwise.

    A float is refused: 8.1 as a float is not 8.1, and the books must be exact.
    """
    if isinstance(rate, (bool, float)):
        raise ValueError("Give the tax rate as a Decimal, an int or text, not a float.")
    try:
        exact = Decimal(rate)
    except (InvalidOperation, TypeError, ValueError):
        raise ValueError("The tax rate is not a number.") from None
    if not exact.is_finite() or not 0 <= exact <= 100:
        raise ValueError(QT_TRANSLATE_NOOP("core", "The tax rate is a percentage from 0 to 100."))
    return exact


def tax_lines(
    prices: Iterable[Money],
    *,
    include: bool,
    rate: Decimal | int | str,
    currency: str | None = None,
) -> tuple[Money, Money, Money]:
    """(net, tax, gross) for ``prices`` at ``rate`` percent; always net + tax == gross.

    ``include``: the prices already contain the tax (their sum is the gross);
    otherwise their sum is the net and tax comes on top.  Tax is computed once on
    that sum and rounded half away from zero to the minor unit, so a refund's tax
    is exactly minus the payment's.  ``currency`` is needed only when ``prices`` is
    empty.
    """
    amounts = list(prices)
    if not amounts and currency is None:
        raise ValueError("Name the currency when there are no prices.")
    code = amounts[0].currency if amounts else str(currency)
    total = sum(amounts, Money.zero(code))  # ValueError on mixed currencies
    exact_rate = as_rate(rate)
    if include:
        exact_tax = Decimal(total.minor) * exact_rate / (100 + exact_rate)
    else:
        exact_tax = Decimal(total.minor) * exact_rate / 100
    tax = Money(int(exact_tax.quantize(Decimal(1), rounding=ROUND_HALF_UP)), code)
    if include:
        return total - tax, tax, total
    return total, tax, total + tax


# -- checking ---------------------------------------------------------------------------


def _amount_problem(value: object, currency: str) -> bool:
    return (
        not isinstance(value, Money)
        or value.currency != currency
        or not 0 < value.minor <= max_amount(currency).minor
    )


def validate_price_list(prices: PriceList) -> dict[str, str]:
    """Field name -> one sentence for each value the owner must change; {} when all fit."""
    problems: dict[str, str] = {}
    if prices.currency not in CURRENCIES:
        problems["currency"] = QT_TRANSLATE_NOOP(
            "core", "Choose the clinic's currency from the list."
        )
        return problems  # every amount check below needs a known currency
    if prices.locale not in LOCALES:
        problems["locale"] = QT_TRANSLATE_NOOP(
            "core", "Choose how amounts are written from the list."
        )
    code = prices.currency
    ceiling = {"amount": max_amount(code).amount_text(), "code": code}
    if prices.consultation_fee is not None and _amount_problem(prices.consultation_fee, code):
        problems["consultation_fee"] = Sentence(
            QT_TRANSLATE_NOOP(
                "core",
                "The consultation fee must be above zero and at most {amount} {code}.",
            ),
            **ceiling,
        )
    for kind, price in prices.session_prices.items():
        if kind not in SESSION_TYPES:
            problems["session_prices"] = QT_TRANSLATE_NOOP(
                "core", "Price only the session types smpdesk lists."
            )
        elif _amount_problem(price, code):
            label = SESSION_TYPES[kind]
            problems["session_prices"] = Sentence(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The price of a {session} must be above zero and at most {amount} {code}.",
                ),
                session=label.lower(),
                **ceiling,
            )
    package_problem = _packages_problem(prices.packages, code, ceiling)
    if package_problem:
        problems["packages"] = package_problem
    try:
        rate = as_rate(prices.tax_rate_percent)
    except ValueError:
        problems["tax_rate_percent"] = QT_TRANSLATE_NOOP(
            "core", "The tax rate is a percentage from 0 to 100."
        )
    else:
        if not _RATE.fullmatch(f"{rate.normalize():f}"):
            problems["tax_rate_percent"] = QT_TRANSLATE_NOOP(
                "core", "Give the tax rate with at most three decimals."
            )
    if not isinstance(prices.tax_name, str) or not (
        0 < len(clean_line(prices.tax_name)) <= TAX_NAME_LIMIT
    ):
        problems["tax_name"] = Sentence(
            QT_TRANSLATE_NOOP("core", "Name the tax (VAT, GST...) in {limit} characters or fewer."),
            limit=TAX_NAME_LIMIT,
        )
    deposit_problem = _deposit_problem(prices.deposit_rule, code, ceiling)
    if deposit_problem:
        problems["deposit_rule"] = deposit_problem
    low, high = QUOTE_VALID_DAYS_RANGE
    days = prices.quote_valid_days
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        problems["quote_valid_days"] = Sentence(
            QT_TRANSLATE_NOOP("core", "Quotes stay valid for {low} to {high} days."),
            low=low,
            high=high,
        )
    if not isinstance(prices.terms, str) or len(prices.terms) > TERMS_LIMIT:
        problems["terms"] = Sentence(
            QT_TRANSLATE_NOOP("core", "Keep the terms under {limit} characters."),
            limit=f"{TERMS_LIMIT:,}",
        )
    return problems


def _packages_problem(packages: tuple[Package, ...], code: str, ceiling: dict[str, str]) -> str:
    if len(packages) > MAX_PACKAGES:
        return Sentence(
            QT_TRANSLATE_NOOP("core", "List at most {count} packages."), count=MAX_PACKAGES
        )
    seen: set[str] = set()
    for package in packages:
        name = clean_line(package.name) if isinstance(package.name, str) else ""
        if not name:
            return QT_TRANSLATE_NOOP("core", "Give every package a name.")
        if len(name) > PACKAGE_NAME_LIMIT:
            return Sentence(
                QT_TRANSLATE_NOOP("core", "Keep package names under {limit} characters."),
                limit=PACKAGE_NAME_LIMIT,
            )
        if name.casefold() in seen:
            return Sentence(
                QT_TRANSLATE_NOOP(
                    "core", "Two packages are called {name}; give each its own name."
                ),
                name=repr(name),
            )
        seen.add(name.casefold())
        if not 0 < len(package.sessions) <= MAX_PACKAGE_SESSIONS:
            return Sentence(
                QT_TRANSLATE_NOOP("core", "A package holds 1 to {count} sessions."),
                count=MAX_PACKAGE_SESSIONS,
            )
        if any(kind not in SESSION_TYPES for kind in package.sessions):
            return QT_TRANSLATE_NOOP(
                "core", "A package holds only the session types smpdesk lists."
            )
        if _amount_problem(package.price, code):
            return Sentence(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The price of the package {name} must be above zero and at most "
                    "{amount} {code}.",
                ),
                name=repr(name),
                **ceiling,
            )
    return ""


_DEPOSIT_NEEDED = QT_TRANSLATE_NOOP("core", "Choose a deposit: a fixed amount or a percentage.")


def _deposit_problem(rule: object, code: str, ceiling: dict[str, str]) -> str:
    if not isinstance(rule, tuple) or len(rule) != 2:
        return _DEPOSIT_NEEDED
    kind, value = rule
    if kind == "amount":
        if _amount_problem(value, code):
            return Sentence(
                QT_TRANSLATE_NOOP(
                    "core", "The deposit must be above zero and at most {amount} {code}."
                ),
                **ceiling,
            )
        return ""
    if kind == "percent":
        try:
            percent = as_rate(value)
        except ValueError:
            return QT_TRANSLATE_NOOP("core", "The deposit percentage is from 0 to 100.")
        if not _PERCENT.fullmatch(f"{percent.normalize():f}"):
            return QT_TRANSLATE_NOOP(
                "core", "Give the deposit percentage with at most two decimals."
            )
        return ""
    return _DEPOSIT_NEEDED


# -- stored form ------------------------------------------------------------------------


def price_list_to_stored(prices: PriceList) -> dict[str, object]:
    """The JSON value saved for ``prices`` (checked first: ValueError naming the problem).

    The currency is saved with the amounts, so that a list is never read in another
    currency (the clinic's currency setting unreadable, say); the locale, which changes
    no amount, is only the clinic's own setting.
    """
    problems = validate_price_list(prices)
    if problems:
        raise ValueError(next(iter(problems.values())))
    kind, value = prices.deposit_rule
    return {
        "currency": prices.currency,
        "consultation_fee": (
            prices.consultation_fee.amount_text() if prices.consultation_fee else None
        ),
        "session_prices": {
            k: prices.session_prices[k].amount_text()
            for k in SESSION_TYPES
            if k in prices.session_prices
        },
        "packages": [
            {
                "name": clean_line(p.name),
                "sessions": list(p.sessions),
                "price": p.price.amount_text(),
            }
            for p in prices.packages
        ],
        "prices_include_tax": bool(prices.prices_include_tax),
        "tax_rate_percent": _decimal_text(as_rate(prices.tax_rate_percent)),
        "tax_name": clean_line(prices.tax_name),
        "deposit": (
            {"amount": value.amount_text()}  # type: ignore[union-attr]
            if kind == "amount"
            else {"percent": _decimal_text(as_rate(value))}  # type: ignore[arg-type]
        ),
        "quote_valid_days": prices.quote_valid_days,
        "terms": clean_multiline(prices.terms),
    }


def _decimal_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


class _Unreadable(Exception):
    """A stored price list smpdesk would not have saved."""


def price_list_from_stored(value: object, currency: str, locale: str) -> PriceList | None:
    """The price list saved as ``value``, in ``currency``; None when it is not one smpdesk
    would have saved, or was saved in another currency (the caller falls back to an
    empty list and warns).

    Session types a newer smpdesk knows and this one does not are left out, as are
    keys it does not know; everything else must be exactly right.
    """
    if not isinstance(value, Mapping) or value.get("currency") != currency:
        return None
    try:
        fee = value.get("consultation_fee")
        session_prices = value.get("session_prices", {})
        packages = value.get("packages", [])
        deposit = value.get("deposit", {"percent": "0"})
        include = value.get("prices_include_tax", True)
        days = value.get("quote_valid_days", DEFAULT_QUOTE_VALID_DAYS)
        terms = value.get("terms", "")
        tax_name = value.get("tax_name", "VAT")
        if not isinstance(session_prices, Mapping) or not isinstance(packages, list):
            return None
        if len(packages) > MAX_PACKAGES or not isinstance(include, bool):
            return None
        if not isinstance(deposit, Mapping) or len(deposit) != 1:
            return None
        if not isinstance(terms, str) or len(terms) > TERMS_LIMIT:
            return None
        if not isinstance(tax_name, str) or len(tax_name) > TAX_NAME_LIMIT:
            return None
        [(deposit_kind, deposit_value)] = deposit.items()
        rule: DepositRule
        if deposit_kind == "amount":
            rule = ("amount", _stored_amount(deposit_value, currency))
        elif deposit_kind == "percent" and isinstance(deposit_value, str):
            rule = ("percent", _stored_decimal(deposit_value, _PERCENT))
        else:
            return None
        rate = value.get("tax_rate_percent", "0")
        prices = PriceList(
            currency=currency,
            locale=locale,
            consultation_fee=None if fee is None else _stored_amount(fee, currency),
            session_prices={
                k: _stored_amount(v, currency)
                for k, v in session_prices.items()
                if k in SESSION_TYPES
            },
            packages=tuple(_stored_package(p, currency) for p in packages),
            prices_include_tax=include,
            tax_rate_percent=_stored_decimal(rate, _RATE) if isinstance(rate, str) else _bad(),
            tax_name=clean_line(tax_name),
            deposit_rule=rule,
            quote_valid_days=days,
            terms=clean_multiline(terms),
        )
    except (_Unreadable, AmountError, ValueError, TypeError):
        return None
    return None if validate_price_list(prices) else prices


def _bad() -> Decimal:
    raise _Unreadable


def _stored_amount(value: object, currency: str) -> Money:
    if not isinstance(value, str):
        raise _Unreadable
    return parse_amount(value, currency)


def _stored_decimal(value: str, pattern: re.Pattern[str]) -> Decimal:
    if not pattern.fullmatch(value):
        raise _Unreadable
    return as_rate(value)


def _stored_package(value: object, currency: str) -> Package:
    if not isinstance(value, Mapping):
        raise _Unreadable
    name, sessions = value.get("name"), value.get("sessions")
    if not isinstance(name, str) or len(name) > PACKAGE_NAME_LIMIT:
        raise _Unreadable
    if not isinstance(sessions, list):
        raise _Unreadable
    if len(sessions) > MAX_PACKAGE_SESSIONS or not all(isinstance(s, str) for s in sessions):
        raise _Unreadable
    return Package(clean_line(name), tuple(sessions), _stored_amount(value.get("price"), currency))
