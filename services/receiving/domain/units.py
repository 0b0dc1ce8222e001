"""Units of measure: UN/CEFACT Rec 20 codes and exact conversion between them with pint.

Every unit is reduced to its SI (or count) base with Decimal magnitudes, so a conversion is one
multiplication and one division that must come out exact: 2.5 LBR is exactly 1.133980925 KGM,
while 1 KGM in LBR never terminates and is refused rather than rounded.
"""

from __future__ import annotations

from decimal import Decimal, Inexact, localcontext
from functools import cache

import pint

from services.receiving.domain.quantities import LINE_QUANTITY_DIGITS, fits, format_decimal
from services.receiving.domain.refusals import invalid

# UN/CEFACT Recommendation 20 codes receiving accepts, and what each means.
REC20_UNITS: dict[str, str] = {
    "H87": "piece",
    "EA": "each",
    "C62": "one",
    "PR": "pair",
    "DZN": "dozen",
    "SET": "set",
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
}

# The pint unit each code stands for. Counts get their own dimension so that a pair is two
# pieces; a set is its own dimension because how many pieces make a set depends on the item.
_PINT_UNITS: dict[str, str] = {
    "H87": "rec20_piece",
    "EA": "rec20_piece",
    "C62": "rec20_piece",
    "PR": "rec20_pair",
    "DZN": "rec20_dozen",
    "SET": "rec20_set",
    "KGM": "kilogram",
    "GRM": "gram",
    "MGM": "milligram",
    "TNE": "metric_ton",
    "LBR": "pound",
    "ONZ": "ounce",
    "LTR": "liter",
    "MLT": "milliliter",
    "MTQ": "meter ** 3",
    "GLL": "gallon",
    "MTR": "meter",
    "CMT": "centimeter",
    "MMT": "millimeter",
    "FOT": "foot",
    "INH": "inch",
    "MTK": "meter ** 2",
}


@cache
def _registry() -> pint.UnitRegistry:
    registry = pint.UnitRegistry(non_int_type=Decimal)
    registry.define("rec20_piece = [rec20_count]")
    registry.define("rec20_pair = 2 * rec20_piece")
    registry.define("rec20_dozen = 12 * rec20_piece")
    registry.define("rec20_set = [rec20_set_count]")
    return registry


@cache
def _in_base_units(code: str) -> tuple[Decimal, str]:
    """How many base units one `code` is, and the dimension those base units measure."""
    quantity = _registry().Quantity(Decimal(1), _PINT_UNITS[code]).to_base_units()
    return Decimal(quantity.magnitude), str(quantity.dimensionality)


def check_unit(code: str) -> str:
    if code not in REC20_UNITS:
        raise invalid(
            "unit_unknown",
            f"{code!r} is not a UN/CEFACT Rec 20 unit code receiving knows "
            f"(known: {', '.join(sorted(REC20_UNITS))})",
            unit=code,
        )
    return code


def convert(quantity: Decimal, from_code: str, to_code: str) -> Decimal:
    """`quantity` of `from_code` in `to_code`, exactly and within NUMERIC(30, 12), or refused."""
    check_unit(from_code)
    check_unit(to_code)
    from_factor, from_dimension = _in_base_units(from_code)
    to_factor, to_dimension = _in_base_units(to_code)
    if from_dimension != to_dimension:
        raise invalid(
            "unit_not_convertible",
            f"{REC20_UNITS[from_code]} ({from_code}) cannot be converted to "
            f"{REC20_UNITS[to_code]} ({to_code})",
            unit=from_code,
            line_unit=to_code,
        )
    with localcontext() as context:
        # Wide enough for any accepted quantity and factor; Inexact proves nothing was rounded.
        context.prec = 80
        context.traps[Inexact] = True
        try:
            result = (quantity * from_factor / to_factor).normalize()
        except Inexact:
            result = None
    if result is None or not fits(result, LINE_QUANTITY_DIGITS):
        raise invalid(
            "quantity_not_exact",
            f"{format_decimal(quantity)} {from_code} has no exact value in {to_code} with at "
            f"most {LINE_QUANTITY_DIGITS[1]} decimals; record it in {to_code} instead",
            unit=from_code,
            line_unit=to_code,
        )
    return result
