"""Exact decimals and units: limits and measured values (signed), quantities (not negative).

Every decimal arrives as text so no digit is lost on the way, and is held to what its database
column stores: limits and measurements NUMERIC(24, 9), quantities NUMERIC(18, 6).
"""

from __future__ import annotations

import re
from decimal import Decimal

# UN/CEFACT Recommendation 20 codes accepted for a measured characteristic.
REC20_MEASURE_UNITS: dict[str, str] = {
    "C62": "one (dimensionless, e.g. pH)",
    "P1": "percent",
    "59": "part per million",
    "61": "part per billion",
    "CEL": "degree Celsius",
    "FAH": "degree Fahrenheit",
    "KEL": "kelvin",
    "KGM": "kilogram",
    "GRM": "gram",
    "MGM": "milligram",
    "MMT": "millimetre",
    "CMT": "centimetre",
    "MTR": "metre",
    "MLT": "millilitre",
    "LTR": "litre",
    "GL": "gram per litre",
    "M1": "milligram per litre",
    "SEC": "second",
    "MIN": "minute",
    "HUR": "hour",
    "PAL": "pascal",
    "KPA": "kilopascal",
    "BAR": "bar",
    "NEW": "newton",
    "H87": "piece",
}

# Rec 20 codes a lot's quantity may be counted in: the units stock is kept in.
REC20_QUANTITY_UNITS: dict[str, str] = {
    "H87": "piece",
    "EA": "each",
    "C62": "one",
    "PR": "pair",
    "DZN": "dozen",
    "KGM": "kilogram",
    "GRM": "gram",
    "MGM": "milligram",
    "TNE": "tonne",
    "LBR": "pound",
    "ONZ": "ounce",
    "LTR": "litre",
    "MLT": "millilitre",
    "MTQ": "cubic metre",
    "GLL": "US gallon",
    "MTR": "metre",
    "CMT": "centimetre",
    "MMT": "millimetre",
    "FOT": "foot",
    "INH": "inch",
    "MTK": "square metre",
    "SET": "set",
    "CS": "case",
    "BX": "box",
    "PK": "pack",
    "BG": "bag",
    "CT": "carton",
    "PX": "pallet",
    "DR": "drum",
    "BO": "bottle",
    "CA": "can",
    "SA": "sack",
    "CR": "crate",
    "TU": "tube",
}

LIMIT_DIGITS = (15, 9)
QUANTITY_DIGITS = (12, 6)

_DECIMAL_TEXT = re.compile(r"^(-?)(\d+)(?:\.(\d+))?$")


def parse_decimal(text: str, *, digits: tuple[int, int], signed: bool) -> Decimal:
    """Plain digits with an optional fraction (and minus sign if `signed`); ValueError else."""
    match = _DECIMAL_TEXT.match(text)
    if match is None or (match.group(1) and not signed):
        example = "-4, 12 or 12.5" if signed else "12 or 12.5"
        raise ValueError(f"{text!r} is not a decimal number written like {example}")
    whole, fraction = match.group(2).lstrip("0"), (match.group(3) or "").rstrip("0")
    if len(whole) > digits[0] or len(fraction) > digits[1]:
        raise ValueError(
            f"{text} has more than {digits[0]} digits before or {digits[1]} after the decimal point"
        )
    return Decimal(text)


def parse_limit(text: str) -> Decimal:
    """A limit or a measured value, optionally negative (temperatures are)."""
    return parse_decimal(text, digits=LIMIT_DIGITS, signed=True)


def parse_amount(text: str) -> Decimal:
    """A quantity that may be zero, so a rule about it can say why zero is wrong."""
    return parse_decimal(text, digits=QUANTITY_DIGITS, signed=False)


def parse_quantity(text: str) -> Decimal:
    quantity = parse_amount(text)
    if quantity <= 0:
        raise ValueError("a quantity must be greater than zero")
    return quantity


def format_decimal(value: Decimal) -> str:
    """The shortest exact text of a decimal: 10.500000000 -> '10.5', 100 -> '100'."""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text
