"""Exact decimals as they arrive (strings) and as they are shown (shortest exact text)."""

from __future__ import annotations

import re
from decimal import Decimal

_DECIMAL_TEXT = re.compile(r"^(\d+)(?:\.(\d+))?$")

# What the database columns hold: quantities NUMERIC(18, 6), percentages NUMERIC(5, 2).
QUANTITY_DIGITS = (12, 6)
PERCENT_DIGITS = (3, 2)
# A received quantity converted to the order line's unit: NUMERIC(30, 12).
LINE_QUANTITY_DIGITS = (18, 12)


def parse_decimal(text: str, *, integer_digits: int, fraction_digits: int) -> Decimal:
    """A non-negative decimal written as plain digits; raises ValueError otherwise."""
    match = _DECIMAL_TEXT.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not a decimal number written like 12 or 12.5")
    whole, fraction = match.group(1).lstrip("0"), (match.group(2) or "").rstrip("0")
    if len(whole) > integer_digits or len(fraction) > fraction_digits:
        raise ValueError(
            f"{text} has more than {integer_digits} digits before or {fraction_digits} "
            "after the decimal point"
        )
    return Decimal(text)


def parse_quantity(text: str) -> Decimal:
    quantity = parse_decimal(
        text, integer_digits=QUANTITY_DIGITS[0], fraction_digits=QUANTITY_DIGITS[1]
    )
    if quantity <= 0:
        raise ValueError("a quantity must be greater than zero")
    return quantity


def parse_quantity_or_zero(text: str) -> Decimal:
    """Like parse_quantity, but zero is allowed (an outcome may accept or reject nothing)."""
    return parse_decimal(
        text, integer_digits=QUANTITY_DIGITS[0], fraction_digits=QUANTITY_DIGITS[1]
    )


def parse_percent(text: str) -> Decimal:
    percent = parse_decimal(
        text, integer_digits=PERCENT_DIGITS[0], fraction_digits=PERCENT_DIGITS[1]
    )
    if percent > 100:
        raise ValueError("a tolerance is a percentage from 0 to 100")
    return percent


def fits(value: Decimal, digits: tuple[int, int]) -> bool:
    """Whether a decimal is held exactly by a column with these integer and fraction digits."""
    sign, numerals, exponent = value.normalize().as_tuple()
    assert isinstance(exponent, int)  # finite values only reach here
    fraction = max(0, -exponent)
    whole = max(0, len(numerals) + exponent)
    return not sign and whole <= digits[0] and fraction <= digits[1]


def format_decimal(value: Decimal) -> str:
    """The shortest exact text of a decimal: 10.500000 -> '10.5', 100 -> '100'."""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text
