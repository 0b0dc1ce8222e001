"""The one catalogue of UN/CEFACT Recommendation 20 unit codes lotflow knows, and exact
conversion between physical units. Each service takes the subset it accepts from here.

Physical units convert through their size in SI (or piece) base units with Decimal magnitudes
(pint), so a conversion is one multiplication and one division that must come out exact:
2.5 LBR is exactly 1.133980925 KGM, while 1 KGM in LBR never terminates and is refused rather
than rounded. A pack unit (a case, a bag, a set) means nothing physically: each item says how
many base units one pack holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, Inexact, localcontext
from enum import StrEnum
from functools import cache

import pint


class UnitKind(StrEnum):
    COUNT = "count"  # one piece
    PHYSICAL = "physical"  # a size physics defines: mass, volume, length, area, counts of pieces
    PACK = "pack"  # a size each item defines
    MEASURE = "measure"  # what an inspection measures, never a stock quantity


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    kind: UnitKind
    # The pint unit a physical code stands for.
    pint: str | None = None


_C, _P, _K, _M = UnitKind.COUNT, UnitKind.PHYSICAL, UnitKind.PACK, UnitKind.MEASURE

CATALOGUE: dict[str, Unit] = {
    unit.code: unit
    for unit in (
        Unit("H87", "piece", _C, "piece"),
        Unit("EA", "each", _C, "piece"),
        Unit("C62", "one", _C, "piece"),
        Unit("PR", "pair", _P, "pair"),
        Unit("DZN", "dozen", _P, "dozen"),
        Unit("KGM", "kilogram", _P, "kilogram"),
        Unit("GRM", "gram", _P, "gram"),
        Unit("MGM", "milligram", _P, "milligram"),
        Unit("TNE", "tonne", _P, "metric_ton"),
        Unit("LBR", "pound", _P, "pound"),
        Unit("ONZ", "ounce", _P, "ounce"),
        Unit("LTR", "litre", _P, "liter"),
        Unit("MLT", "millilitre", _P, "milliliter"),
        Unit("MTQ", "cubic metre", _P, "meter ** 3"),
        Unit("GLL", "US gallon", _P, "gallon"),
        Unit("MTR", "metre", _P, "meter"),
        Unit("CMT", "centimetre", _P, "centimeter"),
        Unit("MMT", "millimetre", _P, "millimeter"),
        Unit("FOT", "foot", _P, "foot"),
        Unit("INH", "inch", _P, "inch"),
        Unit("MTK", "square metre", _P, "meter ** 2"),
        Unit("CS", "case", _K),
        Unit("BX", "box", _K),
        Unit("PK", "pack", _K),
        Unit("BG", "bag", _K),
        Unit("CT", "carton", _K),
        Unit("PX", "pallet", _K),
        Unit("DR", "drum", _K),
        Unit("BO", "bottle", _K),
        Unit("CA", "can", _K),
        Unit("SA", "sack", _K),
        Unit("CR", "crate", _K),
        Unit("TU", "tube", _K),
        # How many pieces make a set depends on the item.
        Unit("SET", "set", _K),
        Unit("P1", "percent", _M),
        Unit("59", "part per million", _M),
        Unit("61", "part per billion", _M),
        Unit("CEL", "degree Celsius", _M),
        Unit("FAH", "degree Fahrenheit", _M),
        Unit("KEL", "kelvin", _M),
        Unit("GL", "gram per litre", _M),
        Unit("M1", "milligram per litre", _M),
        Unit("SEC", "second", _M),
        Unit("MIN", "minute", _M),
        Unit("HUR", "hour", _M),
        Unit("PAL", "pascal", _M),
        Unit("KPA", "kilopascal", _M),
        Unit("BAR", "bar", _M),
        Unit("NEW", "newton", _M),
    )
}


def codes(*kinds: UnitKind) -> dict[str, str]:
    """Code -> name of every unit of these kinds, in catalogue order."""
    return {code: unit.name for code, unit in CATALOGUE.items() if unit.kind in kinds}


# Units a piece count is kept in; all three mean one piece.
COUNT_UNITS = codes(_C)
# Units physics converts: counts, mass, volume, length, area.
PHYSICAL_UNITS = codes(_C, _P)
# Units convertible only through an item's own pack conversions.
PACK_UNITS = codes(_K)
# Units stock may be kept and counted in: an item's base unit, a movement's unit.
STOCK_UNITS = codes(_C, _P, _K)


@cache
def _registry() -> pint.UnitRegistry:
    registry = pint.UnitRegistry(non_int_type=Decimal)
    registry.define("piece = [count]")
    registry.define("pair = 2 * piece")
    registry.define("dozen = 12 * piece")
    return registry


@cache
def physical_size(code: str) -> tuple[Decimal, str]:
    """How many base units one `code` is, and the dimension they measure (physical codes)."""
    unit = CATALOGUE[code]
    if unit.pint is None:
        raise KeyError(f"{code} has no physical size")
    quantity = _registry().Quantity(Decimal(1), unit.pint).to_base_units()
    return Decimal(quantity.magnitude), str(quantity.dimensionality)


def physically_convertible(from_code: str, to_code: str) -> bool:
    """Whether physics converts the two codes (both physical, the same dimension)."""
    return (
        from_code in PHYSICAL_UNITS
        and to_code in PHYSICAL_UNITS
        and physical_size(from_code)[1] == physical_size(to_code)[1]
    )


def scale_exactly(quantity: Decimal, multiply_by: Decimal, divide_by: Decimal) -> Decimal | None:
    """quantity * multiply_by / divide_by, or None when the result never terminates."""
    with localcontext() as context:
        # Wide enough for any accepted quantity and factor; Inexact proves nothing was rounded.
        context.prec = 80
        context.traps[Inexact] = True
        try:
            return quantity * multiply_by / divide_by
        except Inexact:
            return None


def convert_physically(quantity: Decimal, from_code: str, to_code: str) -> Decimal | None:
    """`quantity` of `from_code` in `to_code` (physically convertible), or None if inexact."""
    if from_code == to_code:
        return quantity
    return scale_exactly(quantity, physical_size(from_code)[0], physical_size(to_code)[0])
