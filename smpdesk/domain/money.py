"""Money as the books keep it: whole minor units (pence, cents, yen) with the currency.

A float cannot hold 0.10 exactly and a Decimal alone forgets what currency it is,
so every amount smpdesk stores, adds or prints is a :class:`Money`: an integer
count of the currency's minor unit and its ISO 4217 code.  Typed amounts go
through :func:`parse_amount`, the one place that decides what a user may enter
(the payment dialog, ``smpdesk payments add`` and the price list refuse the same
text with the same sentence).  :func:`format_money` writes an amount the way the
clinic's locale does ("£1,234.50", "1.234,50 €") using Babel's CLDR data; Babel
is imported only when something is formatted, never when the app starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from smpdesk.errors import QT_TRANSLATE_NOOP, UserError

# ISO 4217 codes a clinic is likely to keep its books in, with the number of
# digits of the minor unit (ISO 4217's own figure, which is also what Babel/CLDR
# use for these).  Adding a code here is all a new currency needs.
CURRENCIES: dict[str, int] = {
    "GBP": 2,
    "EUR": 2,
    "USD": 2,
    "AUD": 2,
    "CAD": 2,
    "NZD": 2,
    "CHF": 2,
    "SEK": 2,
    "NOK": 2,
    "DKK": 2,
    "ISK": 0,
    "PLN": 2,
    "CZK": 2,
    "HUF": 2,
    "RON": 2,
    "TRY": 2,
    "ILS": 2,
    "AED": 2,
    "SAR": 2,
    "QAR": 2,
    "BHD": 3,
    "KWD": 3,
    "OMR": 3,
    "ZAR": 2,
    "INR": 2,
    "PKR": 2,
    "SGD": 2,
    "HKD": 2,
    "MYR": 2,
    "THB": 2,
    "PHP": 2,
    "JPY": 0,
    "KRW": 0,
    "CNY": 2,
    "MXN": 2,
    "BRL": 2,
    "ARS": 2,
    "CLP": 0,
    "COP": 2,
}

# Locales a clinic can choose for how amounts (and only amounts) are written.
# A fixed list rather than "anything Babel knows" so that reading the settings at
# start-up needs no Babel, and so the settings dialog can offer a short list.
LOCALES: dict[str, str] = {
    "en_GB": "English (United Kingdom)",
    "en_IE": "English (Ireland)",
    "en_US": "English (United States)",
    "en_CA": "English (Canada)",
    "en_AU": "English (Australia)",
    "en_NZ": "English (New Zealand)",
    "en_ZA": "English (South Africa)",
    "en_IN": "English (India)",
    "en_SG": "English (Singapore)",
    "en_AE": "English (United Arab Emirates)",
    "fr_FR": "Français (France)",
    "fr_BE": "Français (Belgique)",
    "fr_CH": "Français (Suisse)",
    "fr_CA": "Français (Canada)",
    "de_DE": "Deutsch (Deutschland)",
    "de_AT": "Deutsch (Österreich)",
    "de_CH": "Deutsch (Schweiz)",
    "nl_NL": "Nederlands (Nederland)",
    "nl_BE": "Nederlands (België)",
    "it_IT": "Italiano (Italia)",
    "es_ES": "Español (España)",
    "es_MX": "Español (México)",
    "pt_PT": "Português (Portugal)",
    "pt_BR": "Português (Brasil)",
    "sv_SE": "Svenska (Sverige)",
    "nb_NO": "Norsk bokmål (Norge)",
    "da_DK": "Dansk (Danmark)",
    "fi_FI": "Suomi (Suomi)",
    "is_IS": "Íslenska (Ísland)",
    "pl_PL": "Polski (Polska)",
    "cs_CZ": "Čeština (Česko)",
    "hu_HU": "Magyar (Magyarország)",
    "ro_RO": "Română (România)",
    "el_GR": "Ελληνικά (Ελλάδα)",
    "tr_TR": "Türkçe (Türkiye)",
    "he_IL": "עברית (ישראל)",
    "ar_AE": "العربية (الإمارات)",
    "ja_JP": "日本語 (日本)",
    "ko_KR": "한국어 (대한민국)",
    "zh_CN": "中文 (中国)",
}

DEFAULT_CURRENCY = "GBP"
DEFAULT_LOCALE = "en_GB"

# The largest amount one entry (a payment, a price) may have, in major units: far above
# any SMP treatment, low enough that a slipped finger (an extra three zeros) is caught.
MAX_MAJOR_UNITS = 1_000_000
# Longer typed text is refused before any parsing (hostile input, pasted paragraphs).
_MAX_TEXT = 40

# What a typed amount may look like: ASCII digits, optionally grouped by commas in threes,
# optionally a point and decimals.  No sign, no exponent, no spaces inside, no "NaN".
_AMOUNT = re.compile(r"(?P<whole>[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.(?P<fraction>[0-9]+))?")

# Ways of paying a clinic takes (no card processing in smpdesk: "card" is the clinic's
# own terminal), and what a payment is for.  Keys are stored; labels are shown and printed.
METHODS: dict[str, str] = {
    "cash": "Cash",
    "card": "Card",
    "transfer": "Bank transfer",
    "voucher": "Gift voucher",
}
KINDS: dict[str, str] = {
    "deposit": "Deposit",
    "consultation": "Consultation",
    "session": "Session",
    "package": "Package",
    "product": "Product",
    "other": "Other",
}


class AmountError(UserError, ValueError):
    """A typed amount smpdesk will not take; ``str(err)`` is the sentence to show.

    Both a :class:`UserError` (fronts show it as is) and a ``ValueError``.
    """


def minor_digits(currency: str) -> int:
    """Digits after the point for ``currency`` (2 for GBP, 0 for JPY); ValueError if unknown."""
    try:
        return CURRENCIES[currency]
    except (KeyError, TypeError):
        raise ValueError(f"{currency!r} is not a currency smpdesk knows.") from None


@dataclass(frozen=True, order=True)
class Money:
    """An amount in whole minor units of ``currency`` (Money(15050, "GBP") is £150.50).

    Negative amounts exist (refunds, voids, net totals); typed amounts are always
    positive (:func:`parse_amount`).  Ordering compares ``minor`` first, so only
    compare amounts of one currency.
    """

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be a whole number of minor units.")
        minor_digits(self.currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @property
    def digits(self) -> int:
        return CURRENCIES[self.currency]

    def _same(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError("Only Money can be added to or taken from Money.")
        if other.currency != self.currency:
            raise ValueError(f"Cannot combine {self.currency} and {other.currency} amounts.")
        return other

    def __add__(self, other: Money) -> Money:
        return Money(self.minor + self._same(other).minor, self.currency)

    def __radd__(self, other: object) -> Money:
        # sum(amounts) starts from 0; anything else is a mistake.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: Money) -> Money:
        return Money(self.minor - self._same(other).minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def is_zero(self) -> bool:
        return self.minor == 0

    def decimal(self) -> Decimal:
        """The amount in major units, exactly: Decimal("150.50"), Decimal("-3") (JPY)."""
        return Decimal(self.minor).scaleb(-self.digits)

    def amount_text(self) -> str:
        """The plain decimal text for JSON and CSV: "150.50", "-20.00", "5000" (JPY)."""
        return f"{self.decimal():f}"

    def __str__(self) -> str:
        return f"{self.amount_text()} {self.currency}"


def max_amount(currency: str) -> Money:
    """The largest amount :func:`parse_amount` takes in ``currency``."""
    return Money(MAX_MAJOR_UNITS * 10 ** minor_digits(currency), currency)


def parse_amount(text: str, currency: str) -> Money:
    """The amount typed as ``text`` ("150", "150.5", "1,234.50"), in ``currency``.

    Refused with an :class:`AmountError` (a ``ValueError``) of one plain sentence:
    empty text, a sign, zero, more decimals than the currency has, more than
    :data:`MAX_MAJOR_UNITS`, exponents, "NaN", anything but ASCII digits, commas
    grouping thousands and one point.
    """
    digits = minor_digits(currency)
    cleaned = text.strip() if isinstance(text, str) else ""
    if not cleaned:
        raise AmountError(QT_TRANSLATE_NOOP("core", "Enter an amount, such as 150.00."))
    if len(cleaned) > _MAX_TEXT:
        raise AmountError(
            QT_TRANSLATE_NOOP(
                "core", "That amount is too long; enter it in digits, such as 150.00."
            )
        )
    if cleaned.startswith("-"):
        raise AmountError(
            QT_TRANSLATE_NOOP(
                "core", "Enter the amount without a minus sign; amounts are always positive."
            )
        )
    if digits == 3 and re.fullmatch(r"[0-9]{1,3},[0-9]{3}", cleaned):
        # "1,500" in a three-decimal currency (BHD, KWD...) is 1500 grouped, or 1.500
        # with a decimal comma: a thousand times apart, so neither is guessed.
        raise AmountError(
            QT_TRANSLATE_NOOP(
                "core",
                "{currency} has three decimals, so {amount} is unclear; write it with a point "
                "for decimals ({with_point}) or without the comma ({without_comma}).",
            ),
            currency=currency,
            amount=cleaned,
            with_point=cleaned.replace(",", "."),
            without_comma=cleaned.replace(",", ""),
        )
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        if re.fullmatch(r"[0-9]+,[0-9]{1,2}", cleaned):
            raise AmountError(
                QT_TRANSLATE_NOOP(
                    "core", "Write the amount with a point for decimals, such as 150.50."
                )
            )
        raise AmountError(QT_TRANSLATE_NOOP("core", "Enter the amount in digits, such as 150.00."))
    whole = match["whole"].replace(",", "")
    fraction = match["fraction"] or ""
    if len(fraction) > digits:
        if digits == 0:
            raise AmountError(
                QT_TRANSLATE_NOOP(
                    "core", "{currency} amounts have no decimals; enter whole units."
                ),
                currency=currency,
            )
        raise AmountError(
            QT_TRANSLATE_NOOP("core", "{currency} amounts have at most {digits} decimals."),
            currency=currency,
            digits=digits,
        )
    minor = int(whole) * 10**digits + int(fraction.ljust(digits, "0") or "0")
    if minor == 0:
        raise AmountError(QT_TRANSLATE_NOOP("core", "Enter an amount above zero."))
    if minor > max_amount(currency).minor:
        raise AmountError(
            QT_TRANSLATE_NOOP(
                "core", "That amount is over {limit} {currency}; check the number of digits."
            ),
            limit=f"{MAX_MAJOR_UNITS:,}",
            currency=currency,
        )
    return Money(minor, currency)


def format_money(m: Money, locale: str = DEFAULT_LOCALE) -> str:
    """``m`` written as ``locale`` writes amounts: "£1,234.50" (en_GB), "1.234,50 €" (de_DE).

    Never rounds: every minor unit stored is shown.  A locale Babel does not know
    falls back to :data:`DEFAULT_LOCALE` rather than stopping a receipt.  The text may
    hold no-break spaces (U+00A0, U+202F), which DejaVu fonts draw; no direction marks.
    """
    from babel.core import Locale, UnknownLocaleError
    from babel.numbers import parse_pattern

    try:
        where = Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        where = Locale.parse(DEFAULT_LOCALE)
    pattern = parse_pattern(where.currency_formats["standard"])
    # CLDR's own digits differ from ISO 4217 for a few currencies (HUF, COP: 0 in CLDR);
    # the books keep ISO's, so the pattern shows exactly those.
    pattern.frac_prec = (m.digits, m.digits)
    text = pattern.apply(m.decimal(), where, currency=m.currency, currency_digits=False)
    # CLDR's currency spacing, which Babel leaves out: a symbol made of letters is kept
    # apart from the digits by a no-break space ("CHF 1,234.50", not "CHF1,234.50").
    text = _LETTER_BY_DIGIT.sub("\xa0", text)
    # Right-to-left locales (ar, he) add direction marks: they act rather than show in a
    # terminal (text_safety.terminal_safe would print them as placeholders) and reportlab
    # draws no bidi, so amounts are written without them.
    return text.translate(_NO_DIRECTION_MARKS)


_NO_DIRECTION_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")
_LETTER_BY_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
