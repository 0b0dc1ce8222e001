"""Units of measure: UN/CEFACT Rec 20 codes, exact conversion to an item's base unit.

Physical units convert through their size in SI (or piece) base units, with Decimal magnitudes:
2.5 LBR is exactly 1.133980925 KGM, while 1 KGM in LBR never terminates and is refused rather
than rounded. Pack units (a case, a bag) mean nothing physically: each item says how many base
units one pack holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, Inexact, localcontext
from functools import lru_cache

import pint

from services.warehouse.domain.rules import invalid

# Count units; all three mean "one piece".
COUNT_UNITS: dict[str, str] = {"H87": "piece", "EA": "piece", "C62": "piece"}

# Physical units and the pint unit each code stands for. Every unit receiving accepts for a
# receipt is here or among the packs, so received stock can always be posted.
PHYSICAL_UNITS: dict[str, str] = {
    **COUNT_UNITS,
    "PR": "pair",
    "DZN": "dozen",
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

# Rec 20 package codes: convertible only through an item's own pack conversions.
PACK_UNITS: dict[str, str] = {
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
    # How many pieces make a set depends on the item.
    "SET": "set",
}

# Codes an item may use as its base unit.
REC20_UNITS: dict[str, str] = {**PHYSICAL_UNITS, **PACK_UNITS}

_REGISTRY = pint.UnitRegistry(non_int_type=Decimal)
_REGISTRY.define("piece = [count]")
_REGISTRY.define("pair = 2 * piece")
_REGISTRY.define("dozen = 12 * piece")


@lru_cache(maxsize=64)
def _in_base_units(code: str) -> tuple[Decimal, str]:
    """How many SI (or piece) base units one `code` is, and the dimension they measure."""
    quantity = _REGISTRY.Quantity(Decimal(1), PHYSICAL_UNITS[code]).to_base_units()
    return Decimal(quantity.magnitude), str(quantity.dimensionality)


def physically_convertible(from_code: str, to_code: str) -> bool:
    """Whether physics converts the two codes (both physical, the same dimension)."""
    return (
        from_code in PHYSICAL_UNITS
        and to_code in PHYSICAL_UNITS
        and _in_base_units(from_code)[1] == _in_base_units(to_code)[1]
    )


def check_pack_conversion(uom: str, base_uom: str, factor: Decimal) -> None:
    """An item's own conversion must name a known unit that physics does not already define."""
    if uom not in REC20_UNITS:
        raise invalid(f"{uom!r} is not a supported Rec 20 unit code", "unit_unknown", uom=uom)
    if uom == base_uom or physically_convertible(uom, base_uom):
        raise invalid(
            f"{uom} converts to {base_uom} by definition; an item cannot redefine it",
            "conversion_redefines_unit",
            uom=uom,
        )
    if factor <= 0:
        raise invalid("a conversion factor must be greater than zero", "invalid_conversion_factor")


def to_base(
    quantity: Decimal, uom: str, base_uom: str, item_factors: Mapping[str, Decimal]
) -> Decimal:
    """`quantity` of `uom` in the item's base unit, exactly, or a refusal saying why not."""
    if uom == base_uom:
        per_uom, per_base = Decimal(1), Decimal(1)
    elif uom in item_factors:
        per_uom, per_base = item_factors[uom], Decimal(1)
    elif uom not in REC20_UNITS:
        raise invalid(f"{uom!r} is not a supported Rec 20 unit code", "unit_unknown", uom=uom)
    elif physically_convertible(uom, base_uom):
        per_uom, per_base = _in_base_units(uom)[0], _in_base_units(base_uom)[0]
    else:
        raise invalid(
            f"{uom} cannot be converted to this item's base unit {base_uom}",
            "unit_not_convertible",
            uom=uom,
            base_uom=base_uom,
        )
    with localcontext() as context:
        # Wide enough for any accepted quantity times any factor; Inexact proves nothing rounded.
        context.prec = 80
        context.traps[Inexact] = True
        try:
            result = quantity * per_uom / per_base
        except Inexact:
            raise invalid(
                f"{quantity} {uom} in {base_uom} never comes out exact; post it in {base_uom}",
                "conversion_not_exact",
                uom=uom,
                base_uom=base_uom,
            ) from None
        whole = result == result.to_integral_value()
        if base_uom in COUNT_UNITS and not whole:
            raise invalid(
                f"{quantity} {uom} is {result} {base_uom}; pieces are counted in whole numbers",
                "quantity_not_whole",
            )
        return result.quantize(Decimal(1)) if whole else result.normalize()
