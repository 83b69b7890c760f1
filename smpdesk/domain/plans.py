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
from smpdesk.errors import QT_TRANSLATE_NOOP, UserError

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


# Each check's sentence per field, whole for the translators (the key is the field as the
# helpers name it; values: n, limit, ceiling, code).
_NOT_A_DATE: dict[str, str] = {
    "the date of session {n}": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: the date of session {n} is not a date.",
    ),
    "the date it is valid until": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: the date it is valid until is not a date.",
    ),
    "its validity date": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its validity date is not a date.",
    ),
}

# A date in another form.
_NOT_ISO_DATE: dict[str, str] = {
    "the date of session {n}": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: the date of session {n} is not a date written "
        "YYYY-MM-DD.",
    ),
    "the date it is valid until": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: the date it is valid until is not a date written "
        "YYYY-MM-DD.",
    ),
    "its validity date": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its validity date is not a date written YYYY-MM-DD.",
    ),
}

# A text too long (or not a text).
_TEXT_TOO_LONG: dict[str, str] = {
    "the line of session {n}": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: the line of session {n} is not a text of at most "
        "{limit} characters.",
    ),
    "its package name": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its package name is not a text of at most {limit} "
        "characters.",
    ),
    "the name of its tax": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: the name of its tax is not a text of at most {limit} "
        "characters.",
    ),
    "its terms": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its terms is not a text of at most {limit} "
        "characters.",
    ),
    "its notes": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its notes is not a text of at most {limit} "
        "characters.",
    ),
}

# A lone surrogate spelled in JSON.
_BROKEN_CHARACTER: dict[str, str] = {
    "the line of session {n}": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: the line of session {n} holds a broken character.",
    ),
    "its package name": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its package name holds a broken character.",
    ),
    "the name of its tax": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: the name of its tax holds a broken character.",
    ),
    "its terms": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its terms holds a broken character.",
    ),
    "its notes": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its notes holds a broken character.",
    ),
}

# Minor units out of range.
_NOT_AN_AMOUNT: dict[str, str] = {
    "the price of session {n}": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: the price of session {n} is not an amount from 0 to "
        "{ceiling}.",
    ),
    "its discount": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its discount is not an amount from 0 to {ceiling}.",
    ),
    "its deposit": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its deposit is not an amount from 0 to {ceiling}.",
    ),
}

# An amount in another currency.
_NOT_IN_CURRENCY: dict[str, str] = {
    "its discount": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its discount is not in {code}.",
    ),
    "its deposit": QT_TRANSLATE_NOOP(
        "core",
        "This treatment plan cannot be used: its deposit is not in {code}.",
    ),
}

_UNKNOWN_CURRENCY = QT_TRANSLATE_NOOP(
    "core", "This treatment plan cannot be used: its currency is not one smpdesk knows."
)
_UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "core", "This treatment plan cannot be used: session {n} is not of a kind smpdesk lists."
)
_BAD_RATE = QT_TRANSLATE_NOOP(
    "core", "This treatment plan cannot be used: its tax rate is not a percentage from 0 to 100."
)


def _fail(template: str, **values: object) -> PlanError:
    return PlanError(template, **values)


def _plain(text: str) -> PlanError:
    """A whole sentence that needs no values."""
    return PlanError(text)


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(value: object, what: str, *, empty: bool, n: int = 0) -> str:
    if not isinstance(value, str):
        raise _fail(_NOT_A_DATE[what], n=n)
    if value == "" and empty:
        return value
    if not _ISO_DAY.fullmatch(value):  # fromisoformat also takes "2026-W01-1"
        raise _fail(_NOT_ISO_DATE[what], n=n)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _fail(_NOT_ISO_DATE[what], n=n) from None
    return value


def _short(value: object, what: str, limit: int, *, multiline: bool = False, n: int = 0) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _fail(_TEXT_TOO_LONG[what], n=n, limit=limit)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate spelled in JSON
        raise _fail(_BROKEN_CHARACTER[what], n=n) from None
    return clean_multiline(value) if multiline else clean_line(value)


def _money(value: object, currency: str, what: str, *, n: int = 0) -> Money:
    """Whole minor units from 0 to the currency's ceiling (no bool, no float)."""
    ceiling = max_amount(currency).minor
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= ceiling:
        raise _fail(_NOT_AN_AMOUNT[what], n=n, ceiling=max_amount(currency).amount_text())
    return Money(value, currency)


def check_plan(plan: Plan) -> Plan:
    """``plan`` with its texts cleaned, or a :class:`PlanError` naming the first problem.

    The same checks as for a plan read from the database, so a front cannot save what
    could not be read back.
    """
    if plan.currency not in CURRENCIES:
        raise _plain(_UNKNOWN_CURRENCY)
    code = plan.currency
    if not isinstance(plan.items, tuple) or len(plan.items) > MAX_ITEMS:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "core", "This treatment plan cannot be used: it has more than {limit} sessions."
            ),
            limit=MAX_ITEMS,
        )
    items = []
    for n, item in enumerate(plan.items, 1):
        if not isinstance(item, PlanItem) or item.session_type not in SESSION_TYPES:
            raise _fail(_UNKNOWN_KIND, n=n)
        if not isinstance(item.price, Money) or item.price.currency != code:
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This treatment plan cannot be used: the price of session {n} is not in "
                    "{code}.",
                ),
                n=n,
                code=code,
            )
        _money(item.price.minor, code, "the price of session {n}", n=n)
        items.append(
            PlanItem(
                session_type=item.session_type,
                label=_short(item.label, "the line of session {n}", MAX_LABEL, n=n)
                or SESSION_TYPES[item.session_type],
                proposed_date=_iso_date(
                    item.proposed_date, "the date of session {n}", empty=True, n=n
                ),
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
        raise _plain(
            QT_TRANSLATE_NOOP(
                "core",
                "This treatment plan cannot be used: its discount is more than the sessions cost.",
            )
        )
    if cleaned.deposit.minor > cleaned.total.minor:
        raise _plain(
            QT_TRANSLATE_NOOP(
                "core", "This treatment plan cannot be used: its deposit is more than its total."
            )
        )
    if cleaned.total.minor > max_amount(code).minor:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "core", "This treatment plan cannot be used: its total is over {ceiling} {code}."
            ),
            ceiling=max_amount(code).amount_text(),
            code=code,
        )
    return cleaned


def _in(value: object, code: str, what: str) -> Money:
    if not isinstance(value, Money) or value.currency != code:
        raise _fail(_NOT_IN_CURRENCY[what], code=code)
    return _money(value.minor, code, what)


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise _plain(
            QT_TRANSLATE_NOOP(
                "core",
                "This treatment plan cannot be used: whether its prices include tax is not yes "
                "or no.",
            )
        )
    return value


def _rate(value: object) -> Decimal:
    try:
        rate = as_rate(value)  # type: ignore[arg-type]
    except ValueError:
        raise _plain(_BAD_RATE) from None
    if rate != rate.quantize(Decimal("0.001")):
        raise _plain(
            QT_TRANSLATE_NOOP(
                "core",
                "This treatment plan cannot be used: its tax rate has more than three decimals.",
            )
        )
    return rate


# -- reading (hostile input) ---------------------------------------------------------------


def plan_from_dict(raw: object) -> Plan:
    """The plan described by ``raw`` (parsed JSON), or a :class:`PlanError`."""
    if not isinstance(raw, dict):
        raise _plain(
            QT_TRANSLATE_NOOP(
                "core", "This treatment plan cannot be used: it is not a set of fields."
            )
        )
    if raw.get("format") != FORMAT:
        raise _plain(
            QT_TRANSLATE_NOOP(
                "core",
                "This treatment plan cannot be used: it was written by another version of smpdesk.",
            )
        )
    code = raw.get("currency")
    if not isinstance(code, str) or code not in CURRENCIES:
        raise _plain(_UNKNOWN_CURRENCY)
    items_raw = raw.get("items")
    if not isinstance(items_raw, list) or len(items_raw) > MAX_ITEMS:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "core",
                "This treatment plan cannot be used: its sessions are not a list of at most "
                "{limit}.",
            ),
            limit=MAX_ITEMS,
        )
    items = []
    for n, item in enumerate(items_raw, 1):
        if not isinstance(item, dict):
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This treatment plan cannot be used: session {n} is not a set of fields.",
                ),
                n=n,
            )
        kind = item.get("session_type")
        if not isinstance(kind, str) or kind not in SESSION_TYPES:
            raise _fail(_UNKNOWN_KIND, n=n)
        items.append(
            PlanItem(
                session_type=kind,
                label=_short(item.get("label", ""), "the line of session {n}", MAX_LABEL, n=n),
                proposed_date=_iso_date(
                    item.get("proposed_date", ""), "the date of session {n}", empty=True, n=n
                ),
                price=_money(item.get("price_minor"), code, "the price of session {n}", n=n),
            )
        )
    rate = raw.get("tax_rate_percent")
    if not isinstance(rate, str) or not _RATE_TEXT.fullmatch(rate):
        raise _plain(_BAD_RATE)
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
        raise _plain(
            QT_TRANSLATE_NOOP(
                "core", "This treatment plan cannot be used: it is far larger than any plan."
            )
        )
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise _plain(
            QT_TRANSLATE_NOOP("core", "This treatment plan cannot be used: it is not valid JSON.")
        ) from exc
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
                QT_TRANSLATE_NOOP(
                    "core",
                    "The price list has no package called {name}; choose one of its packages.",
                ),
                name=repr(clean_line(package)[:80]),
            )
    kinds = list(session_types) or (list(found[1]) if found else [])
    if not kinds:
        raise PlanError(QT_TRANSLATE_NOOP("core", "Choose at least one session for the plan."))
    if len(kinds) > MAX_ITEMS:
        raise PlanError(
            QT_TRANSLATE_NOOP("core", "A plan holds at most {limit} sessions."), limit=MAX_ITEMS
        )
    unknown = [k for k in kinds if k not in SESSION_TYPES]
    if unknown:
        raise PlanError(
            QT_TRANSLATE_NOOP("core", "Choose the sessions from smpdesk's kinds: {kinds}."),
            kinds=", ".join(SESSION_TYPES),
        )
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
