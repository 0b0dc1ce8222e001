"""Units of measure a receipt may be recorded in, and its exact conversion to the line's unit.

The codes and their physical sizes are lotflow.units'; receiving accepts the count and physical
units and a set (a set converts only to itself: how many pieces make one depends on the item).
A conversion must come out exact and fit the line's column: 2.5 LBR is exactly 1.133980925 KGM,
while 1 KGM in LBR never terminates and is refused rather than rounded.
"""

from __future__ import annotations

from decimal import Decimal

from lotflow.refusals import invalid, quoted
from lotflow.units import CATALOGUE, PHYSICAL_UNITS, convert_physically, physically_convertible
from services.receiving.domain.quantities import LINE_QUANTITY_DIGITS, fits, format_decimal

# UN/CEFACT Recommendation 20 codes receiving accepts, and what each means.
REC20_UNITS: dict[str, str] = {**PHYSICAL_UNITS, "SET": CATALOGUE["SET"].name}


def check_unit(code: str) -> str:
    if code not in REC20_UNITS:
        raise invalid(
            "unit_unknown",
            f"{quoted(code)} is not a UN/CEFACT Rec 20 unit code receiving knows "
            f"(known: {', '.join(sorted(REC20_UNITS))})",
            unit=code,
        )
    return code


def convert(quantity: Decimal, from_code: str, to_code: str) -> Decimal:
    """`quantity` of `from_code` in `to_code`, exactly and within NUMERIC(30, 12), or refused."""
    check_unit(from_code)
    check_unit(to_code)
    if from_code != to_code and not physically_convertible(from_code, to_code):
        raise invalid(
            "unit_not_convertible",
            f"{REC20_UNITS[from_code]} ({from_code}) cannot be converted to "
            f"{REC20_UNITS[to_code]} ({to_code})",
            unit=from_code,
            line_unit=to_code,
        )
    result = convert_physically(quantity, from_code, to_code)
    if result is None or not fits(result, LINE_QUANTITY_DIGITS):
        raise invalid(
            "quantity_not_exact",
            f"{format_decimal(quantity)} {from_code} has no exact value in {to_code} with at "
            f"most {LINE_QUANTITY_DIGITS[1]} decimals; record it in {to_code} instead",
            unit=from_code,
            line_unit=to_code,
        )
    return result.normalize()
