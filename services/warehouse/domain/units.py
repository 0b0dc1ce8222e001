"""Units of measure: UN/CEFACT Rec 20 codes, exact conversion to an item's base unit.

Physical units convert through pint with Decimal magnitudes, so 2.5 LBR is exactly
1.133980925 KGM. Pack units (a case, a bag) mean nothing physically: each item says how many
base units one pack holds. Conversion only ever multiplies by a factor, so it stays exact.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, Inexact, localcontext
from functools import lru_cache

import pint

from services.warehouse.domain.rules import invalid

# Count units; all three mean "one piece".
COUNT_UNITS: dict[str, str] = {"H87": "piece", "EA": "piece", "C62": "piece"}

# Physical units and the pint unit each code stands for.
PHYSICAL_UNITS: dict[str, str] = {
    **COUNT_UNITS,
    "KGM": "kilogram",
    "GRM": "gram",
    "MGM": "milligram",
    "TNE": "metric_ton",
    "LBR": "pound",
    "ONZ": "ounce",
    "LTR": "liter",
    "MLT": "milliliter",
    "MTQ": "meter ** 3",
    "MTR": "meter",
    "CMT": "centimeter",
    "MMT": "millimeter",
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
}

# Codes an item may use as its base unit.
REC20_UNITS: dict[str, str] = {**PHYSICAL_UNITS, **PACK_UNITS}

_REGISTRY = pint.UnitRegistry(non_int_type=Decimal)
_REGISTRY.define("piece = [count]")


@lru_cache(maxsize=512)
def physical_factor(from_code: str, to_code: str) -> Decimal | None:
    """Base units per one `from_code`, or None when physics cannot convert the two."""
    if from_code not in PHYSICAL_UNITS or to_code not in PHYSICAL_UNITS:
        return None
    try:
        quantity = _REGISTRY.Quantity(Decimal(1), PHYSICAL_UNITS[from_code])
        return Decimal(quantity.to(PHYSICAL_UNITS[to_code]).magnitude).normalize()
    except pint.DimensionalityError:
        return None


def check_pack_conversion(uom: str, base_uom: str, factor: Decimal) -> None:
    """An item's own conversion must name a known unit that physics does not already define."""
    if uom not in REC20_UNITS:
        raise invalid(f"{uom!r} is not a supported Rec 20 unit code", "unit_unknown", uom=uom)
    if uom == base_uom or physical_factor(uom, base_uom) is not None:
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
        factor = Decimal(1)
    elif uom in item_factors:
        factor = item_factors[uom]
    elif uom not in REC20_UNITS:
        raise invalid(f"{uom!r} is not a supported Rec 20 unit code", "unit_unknown", uom=uom)
    else:
        factor = physical_factor(uom, base_uom)
        if factor is None:
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
        result = quantity * factor
        whole = result == result.to_integral_value()
        if base_uom in COUNT_UNITS and not whole:
            raise invalid(
                f"{quantity} {uom} is {result} {base_uom}; pieces are counted in whole numbers",
                "quantity_not_whole",
            )
        return result.quantize(Decimal(1)) if whole else result.normalize()
