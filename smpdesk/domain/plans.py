"""A treatment plan: the sessions proposed, their prices, the package discount, tax, deposit.

What a consultation ends with (issue 18): how many sessions, roughly when, what
each costs, what the package saves, the total with tax, the deposit that secures
the first date and how long the quote stands.  A plan is plain data, stored as
JSON in **integer minor units** with its currency (never floats, never formatted
text), so a quote printed a year later says exactly what the client signed.

The arithmetic is :func:`smpdesk.domain.price_list.tax_lines`, computed once on
the discounted sum: the printed session lines, less the discount, plus the tax
when it comes on top, are exactly the printed total; with tax included the total
is the discounted sum and the tax is a line "of which".

Every plan read from the database may have been crafted: :func:`plan_from_json`
accepts only the shape :meth:`Plan.to_json` writes, with whole numbers in range
and bounded counts and texts, and says in one sentence what is wrong otherwise.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from smpdesk.domain.money import CURRENCIES, Money, max_amount
from smpdesk.domain.price_list import PriceList, as_rate, tax_lines
from smpdesk.domain.session_details import (
    AREAS,
    SESSION_TYPES,
    UNLISTED_FOLLOW_UP_DAYS,
)
from smpdesk.domain.text_safety import clean_line, clean_multiline
from smpdesk.errors import UserError

FORMAT = 1
MAX_JSON_BYTES = 256 * 1024
MAX_ITEMS = 24
MAX_LABEL = 80
MAX_PACKAGE_NAME = 80
MAX_TAX_NAME = 20
MAX_TERMS = 6000
MAX_NOTES = 2000
# A course a practitioner proposes for a design: laid in three sessions (smpdesk's
# session types); a design laid over more layers adds a "4th+" session per extra layer.
STANDARD_COURSE = ("first", "second", "third")
# Design areas (session_details.AREAS keys) that are worked as scar camouflage.
SCAR_AREAS = ("scar", "donor-scar")
# A stored tax rate: as written by :meth:`Plan.to_json` ("20", "8.25"), no exponent, no NaN.
_RATE_TEXT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3})?")


class PlanError(UserError):
    """A plan that is not a sane one (typed in, or read back from the database)."""


@dataclass(frozen=True)
class PlanItem:
    """One proposed session: its type, the line printed for it, when, and its price.

    ``proposed_date``: an ISO date, or "" when not proposed yet.  A price may be zero
    (a touch-up included in a package).
    """

    session_type: str
    label: str
    proposed_date: str
    price: Money


@dataclass(frozen=True)
class Plan:
    """A treatment plan in one currency.  See the module docstring for the arithmetic.

    ``discount``: what the package saves (at least zero, at most the subtotal);
    ``deposit``: what secures the first date (at most the total); ``valid_until``:
    the last day the quote stands (ISO date).
    """

    currency: str
    items: tuple[PlanItem, ...]
    package: str
    discount: Money
    prices_include_tax: bool
    tax_rate_percent: Decimal
    tax_name: str
    deposit: Money
    valid_until: str
    terms: str = ""
    notes: str = ""

    @property
    def subtotal(self) -> Money:
        """The sessions' prices added up, before the discount."""
        return sum((i.price for i in self.items), Money.zero(self.currency))

    @property
    def discounted(self) -> Money:
        """The subtotal less the package discount: what the tax is worked out on."""
        return self.subtotal - self.discount

    def tax_split(self) -> tuple[Money, Money, Money]:
        """(net, tax, total): net + tax == total, whether tax is included or added."""
        return tax_lines(
            [self.discounted],
            include=self.prices_include_tax,
            rate=self.tax_rate_percent,
            currency=self.currency,
        )

    @property
    def tax(self) -> Money:
        return self.tax_split()[1]

    @property
    def net(self) -> Money:
        return self.tax_split()[0]

    @property
    def total(self) -> Money:
        """What the client pays: the discounted subtotal, plus the tax when it is added."""
        return self.tax_split()[2]

    @property
    def balance_after_deposit(self) -> Money:
        return self.total - self.deposit

    def to_json(self) -> str:
        """The stored form (checked first: a :class:`PlanError` names what is wrong)."""
        check_plan(self)
        return json.dumps(_plan_dict(self), separators=(",", ":"), sort_keys=True)


# -- writing -------------------------------------------------------------------------------


def _rate_text(rate: Decimal) -> str:
    return f"{as_rate(rate).normalize():f}"


def _plan_dict(p: Plan) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "currency": p.currency,
        "items": [
            {
                "session_type": i.session_type,
                "label": i.label,
                "proposed_date": i.proposed_date,
                "price_minor": i.price.minor,
            }
            for i in p.items
        ],
        "package": p.package,
        "discount_minor": p.discount.minor,
        "prices_include_tax": p.prices_include_tax,
        "tax_rate_percent": _rate_text(p.tax_rate_percent),
        "tax_name": p.tax_name,
        "deposit_minor": p.deposit.minor,
        "valid_until": p.valid_until,
        "terms": p.terms,
        "notes": p.notes,
    }


# -- checking ------------------------------------------------------------------------------


def _fail(what: str) -> PlanError:
    return PlanError(f"This treatment plan cannot be used: {what}.")


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(value: object, what: str, *, empty: bool) -> str:
    if not isinstance(value, str):
        raise _fail(f"{what} is not a date")
    if value == "" and empty:
        return value
    if not _ISO_DAY.fullmatch(value):  # fromisoformat also takes "2026-W01-1"
        raise _fail(f"{what} is not a date written YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _fail(f"{what} is not a date written YYYY-MM-DD") from None
    return value


def _short(value: object, what: str, limit: int, *, multiline: bool = False) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _fail(f"{what} is not a text of at most {limit} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate spelled in JSON
        raise _fail(f"{what} holds a broken character") from None
    return clean_multiline(value) if multiline else clean_line(value)


def _money(value: object, currency: str, what: str) -> Money:
    """Whole minor units from 0 to the currency's ceiling (no bool, no float)."""
    ceiling = max_amount(currency).minor
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= ceiling:
        raise _fail(f"{what} is not an amount from 0 to {max_amount(currency).amount_text()}")
    return Money(value, currency)


def check_plan(plan: Plan) -> Plan:
    """``plan`` with its texts cleaned, or a :class:`PlanError` naming the first problem.

    The same checks as for a plan read from the database, so a front cannot save what
    could not be read back.
    """
    if plan.currency not in CURRENCIES:
        raise _fail("its currency is not one smpdesk knows")
    code = plan.currency
    if not isinstance(plan.items, tuple) or len(plan.items) > MAX_ITEMS:
        raise _fail(f"it has more than {MAX_ITEMS} sessions")
    items = []
    for n, item in enumerate(plan.items, 1):
        if not isinstance(item, PlanItem) or item.session_type not in SESSION_TYPES:
            raise _fail(f"session {n} is not of a kind smpdesk lists")
        if not isinstance(item.price, Money) or item.price.currency != code:
            raise _fail(f"the price of session {n} is not in {code}")
        _money(item.price.minor, code, f"the price of session {n}")
        items.append(
            PlanItem(
                session_type=item.session_type,
                label=_short(item.label, f"the line of session {n}", MAX_LABEL)
                or SESSION_TYPES[item.session_type],
                proposed_date=_iso_date(item.proposed_date, f"the date of session {n}", empty=True),
                price=item.price,
            )
        )
    cleaned = Plan(
        currency=code,
        items=tuple(items),
        package=_short(plan.package, "its package name", MAX_PACKAGE_NAME),
        discount=_in(plan.discount, code, "its discount"),
        prices_include_tax=_flag(plan.prices_include_tax),
        tax_rate_percent=_rate(plan.tax_rate_percent),
        tax_name=_short(plan.tax_name, "the name of its tax", MAX_TAX_NAME),
        deposit=_in(plan.deposit, code, "its deposit"),
        valid_until=_iso_date(plan.valid_until, "the date it is valid until", empty=False),
        terms=_short(plan.terms, "its terms", MAX_TERMS, multiline=True),
        notes=_short(plan.notes, "its notes", MAX_NOTES, multiline=True),
    )
    if cleaned.discount.minor > cleaned.subtotal.minor:
        raise _fail("its discount is more than the sessions cost")
    if cleaned.deposit.minor > cleaned.total.minor:
        raise _fail("its deposit is more than its total")
    if cleaned.total.minor > max_amount(code).minor:
        raise _fail(f"its total is over {max_amount(code).amount_text()} {code}")
    return cleaned


def _in(value: object, code: str, what: str) -> Money:
    if not isinstance(value, Money) or value.currency != code:
        raise _fail(f"{what} is not in {code}")
    return _money(value.minor, code, what)


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise _fail("whether its prices include tax is not yes or no")
    return value


def _rate(value: object) -> Decimal:
    try:
        rate = as_rate(value)  # type: ignore[arg-type]
    except ValueError:
        raise _fail("its tax rate is not a percentage from 0 to 100") from None
    if rate != rate.quantize(Decimal("0.001")):
        raise _fail("its tax rate has more than three decimals")
    return rate


# -- reading (hostile input) ---------------------------------------------------------------


def plan_from_dict(raw: object) -> Plan:
    """The plan described by ``raw`` (parsed JSON), or a :class:`PlanError`."""
    if not isinstance(raw, dict):
        raise _fail("it is not a set of fields")
    if raw.get("format") != FORMAT:
        raise _fail("it was written by another version of smpdesk")
    code = raw.get("currency")
    if not isinstance(code, str) or code not in CURRENCIES:
        raise _fail("its currency is not one smpdesk knows")
    items_raw = raw.get("items")
    if not isinstance(items_raw, list) or len(items_raw) > MAX_ITEMS:
        raise _fail(f"its sessions are not a list of at most {MAX_ITEMS}")
    items = []
    for n, item in enumerate(items_raw, 1):
        if not isinstance(item, dict):
            raise _fail(f"session {n} is not a set of fields")
        kind = item.get("session_type")
        if not isinstance(kind, str) or kind not in SESSION_TYPES:
            raise _fail(f"session {n} is not of a kind smpdesk lists")
        items.append(
            PlanItem(
                session_type=kind,
                label=_short(item.get("label", ""), f"the line of session {n}", MAX_LABEL),
                proposed_date=_iso_date(
                    item.get("proposed_date", ""), f"the date of session {n}", empty=True
                ),
                price=_money(item.get("price_minor"), code, f"the price of session {n}"),
            )
        )
    rate = raw.get("tax_rate_percent")
    if not isinstance(rate, str) or not _RATE_TEXT.fullmatch(rate):
        raise _fail("its tax rate is not a percentage from 0 to 100")
    return check_plan(
        Plan(
            currency=code,
            items=tuple(items),
            package=_short(raw.get("package", ""), "its package name", MAX_PACKAGE_NAME),
            discount=_money(raw.get("discount_minor"), code, "its discount"),
            prices_include_tax=_flag(raw.get("prices_include_tax")),
            tax_rate_percent=_rate(rate),
            tax_name=_short(raw.get("tax_name", ""), "the name of its tax", MAX_TAX_NAME),
            deposit=_money(raw.get("deposit_minor"), code, "its deposit"),
            valid_until=_iso_date(raw.get("valid_until"), "its validity date", empty=False),
            terms=_short(raw.get("terms", ""), "its terms", MAX_TERMS, multiline=True),
            notes=_short(raw.get("notes", ""), "its notes", MAX_NOTES, multiline=True),
        )
    )


def plan_from_json(text: str | bytes) -> Plan:
    """The plan stored as ``text``, or a :class:`PlanError` naming what is wrong."""
    if not isinstance(text, str | bytes) or len(text) > MAX_JSON_BYTES:
        raise _fail("it is far larger than any plan")
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise _fail("it is not valid JSON") from exc
    return plan_from_dict(raw)


# -- drafting ------------------------------------------------------------------------------


def course_for_design(areas: Iterable[str], layers: int = 3) -> list[str]:
    """The session types a plan proposes for a design covering ``areas`` (session area
    keys) laid over ``layers`` sessions: the usual three (a "4th+" session for each
    further layer), and a scar camouflage session when the design has a scar zone."""
    course = list(STANDARD_COURSE) + ["fourth"] * max(0, min(layers, 6) - len(STANDARD_COURSE))
    if any(area in SCAR_AREAS for area in areas):
        course.append("scar")
    return course


def areas_note(areas: Iterable[str]) -> str:
    """The design's areas as one line for the plan's notes ("Areas: Hairline, Crown")."""
    names = [AREAS.get(a, a) for a in areas]
    return f"Areas: {', '.join(names)}" if names else ""


def _package(price_list: PriceList, name: str) -> tuple[str, tuple[str, ...], Money] | None:
    wanted = " ".join(name.split()).casefold()
    for package in price_list.packages:
        if package.name.casefold() == wanted:
            return package.name, package.sessions, package.price
    return None


def draft_plan(
    price_list: PriceList,
    *,
    session_types: list[str],
    start: date,
    intervals: Mapping[str, int],
    package: str = "",
    today: date,
    notes: str = "",
) -> Plan:
    """A first plan from the price list, for the practitioner to adjust.

    The sessions are ``session_types`` (with a ``package`` and no types: the
    package's sessions), the first on ``start`` and each next one the follow-up
    interval of the one before it later (``intervals``, the clinic's follow-up
    days); each priced from the price list (nothing listed: zero, to be filled in).
    A package's discount is what its sessions cost one by one less its price (never
    below zero: a package dearer than its sessions gives no discount).  The deposit
    follows the deposit rule on the total; the quote stands ``quote_valid_days``
    from ``today``.
    """
    code = price_list.currency
    found = None
    if package.strip():
        found = _package(price_list, package)
        if found is None:
            raise PlanError(
                f"The price list has no package called {clean_line(package)[:80]!r}; "
                "choose one of its packages."
            )
    kinds = list(session_types) or (list(found[1]) if found else [])
    if not kinds:
        raise PlanError("Choose at least one session for the plan.")
    if len(kinds) > MAX_ITEMS:
        raise PlanError(f"A plan holds at most {MAX_ITEMS} sessions.")
    unknown = [k for k in kinds if k not in SESSION_TYPES]
    if unknown:
        raise PlanError(f"Choose the sessions from smpdesk's kinds: {', '.join(SESSION_TYPES)}.")
    items = []
    when = start
    for n, kind in enumerate(kinds):
        if n:
            days = intervals.get(kinds[n - 1], UNLISTED_FOLLOW_UP_DAYS)
            when = when + timedelta(days=max(0, int(days)))
        items.append(
            PlanItem(
                session_type=kind,
                label=SESSION_TYPES[kind],
                proposed_date=when.isoformat(),
                price=price_list.price_of(kind) or Money.zero(code),
            )
        )
    discount = Money.zero(code)
    if found is not None:
        one_by_one = sum(
            (price_list.price_of(k) or Money.zero(code) for k in found[1]), Money.zero(code)
        )
        discount = Money(max(0, one_by_one.minor - found[2].minor), code)
        subtotal = sum((i.price for i in items), Money.zero(code))
        discount = Money(min(discount.minor, subtotal.minor), code)
    plan = Plan(
        currency=code,
        items=tuple(items),
        package=found[0] if found else "",
        discount=discount,
        prices_include_tax=price_list.prices_include_tax,
        tax_rate_percent=as_rate(price_list.tax_rate_percent),
        tax_name=price_list.tax_name,
        deposit=Money.zero(code),
        valid_until=(today + timedelta(days=price_list.quote_valid_days)).isoformat(),
        terms=price_list.terms,
        notes=notes,
    )
    return with_deposit(plan, price_list)


def with_deposit(plan: Plan, price_list: PriceList) -> Plan:
    """``plan`` with the deposit the price list's rule asks on its total (the editor
    calls this again when sessions or prices change)."""
    from dataclasses import replace

    return replace(plan, deposit=price_list.deposit_for(plan.total))


__all__ = [
    "MAX_ITEMS",
    "SCAR_AREAS",
    "STANDARD_COURSE",
    "Plan",
    "PlanError",
    "PlanItem",
    "areas_note",
    "check_plan",
    "course_for_design",
    "draft_plan",
    "plan_from_dict",
    "plan_from_json",
    "with_deposit",
]
