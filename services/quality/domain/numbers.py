"""Exact decimals and units: limits and measured values (signed), quantities (not negative).

Every decimal arrives as text so no digit is lost on the way, and is held to what its database
column stores: limits and measurements NUMERIC(24, 9), quantities NUMERIC(18, 6).
"""

from __future__ import annotations

from decimal import Decimal

from lotflow.units import CATALOGUE, STOCK_UNITS, UnitKind, codes

# Rec 20 codes a lot's quantity may be counted in: the units stock is kept in.
REC20_QUANTITY_UNITS: dict[str, str] = STOCK_UNITS

# Rec 20 codes a numeric characteristic is measured in: what only inspections measure, and the
# stock units a measurement is also given in (C62 is a dimensionless value, e.g. pH).
_MEASURED_STOCK_UNITS = ("C62", "H87", "KGM", "GRM", "MGM", "MMT", "CMT", "MTR", "MLT", "LTR")
REC20_MEASURE_UNITS: dict[str, str] = {
    **codes(UnitKind.MEASURE),
    **{code: CATALOGUE[code].name for code in _MEASURED_STOCK_UNITS},
}

LIMIT_DIGITS = (15, 9)
QUANTITY_DIGITS = (12, 6)


def format_decimal(value: Decimal) -> str:
    """The shortest exact text of a decimal: 10.500000000 -> '10.5', 100 -> '100'."""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text
