"""Exact decimals as receiving's columns hold them and as they are shown (shortest exact text).

They arrive as strings and are parsed by the vocabulary's `decimal_text` (schemas/common.py)
within the digits below.
"""

from __future__ import annotations

from decimal import Decimal

# What the database columns hold: quantities NUMERIC(18, 6), percentages NUMERIC(5, 2).
QUANTITY_DIGITS = (12, 6)
PERCENT_DIGITS = (3, 2)
# A received quantity converted to the order line's unit: NUMERIC(30, 12).
LINE_QUANTITY_DIGITS = (18, 12)


def check_percent(percent: Decimal) -> Decimal:
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
