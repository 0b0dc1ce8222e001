"""Units of measure the warehouse keeps stock in, and exact conversion to an item's base unit.

The codes and their physical sizes are the kernel's Rec 20 catalogue (lotflow.units); what is
the warehouse's own is which units stock may be kept in and how it refuses a conversion.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Context, Decimal

from lotflow.refusals import invalid, quoted
from lotflow.units import (
    COUNT_UNITS,
    STOCK_UNITS,
    physical_size,
    physically_convertible,
    scale_exactly,
)

# Codes an item may use as its base unit and a movement may be posted in: counts, physical
# units and packs. Every unit receiving accepts for a receipt is one of them, so received stock
# can always be posted.
REC20_UNITS: dict[str, str] = STOCK_UNITS

# As wide as the exact conversion itself, so normalizing its result never rounds.
_EXACT = Context(prec=80)


def check_pack_conversion(uom: str, base_uom: str, factor: Decimal) -> None:
    """An item's own conversion must name a known unit that physics does not already define."""
    if uom not in REC20_UNITS:
        raise invalid("unit_unknown", f"{quoted(uom)} is not a supported Rec 20 unit code", uom=uom)
    if uom == base_uom or physically_convertible(uom, base_uom):
        raise invalid(
            "conversion_redefines_unit",
            f"{uom} converts to {base_uom} by definition; an item cannot redefine it",
            uom=uom,
        )
    if factor <= 0:
        raise invalid("invalid_conversion_factor", "a conversion factor must be greater than zero")


def to_base(
    quantity: Decimal, uom: str, base_uom: str, item_factors: Mapping[str, Decimal]
) -> Decimal:
    """`quantity` of `uom` in the item's base unit, exactly, or a refusal saying why not."""
    if uom == base_uom:
        per_uom, per_base = Decimal(1), Decimal(1)
    elif uom in item_factors:
        per_uom, per_base = item_factors[uom], Decimal(1)
    elif uom not in REC20_UNITS:
        raise invalid("unit_unknown", f"{quoted(uom)} is not a supported Rec 20 unit code", uom=uom)
    elif physically_convertible(uom, base_uom):
        per_uom, per_base = physical_size(uom)[0], physical_size(base_uom)[0]
    else:
        raise invalid(
            "unit_not_convertible",
            f"{uom} cannot be converted to this item's base unit {base_uom}",
            uom=uom,
            base_uom=base_uom,
        )
    result = scale_exactly(quantity, per_uom, per_base)
    if result is None:
        raise invalid(
            "conversion_not_exact",
            f"{quantity} {uom} in {base_uom} never comes out exact; post it in {base_uom}",
            uom=uom,
            base_uom=base_uom,
        )
    whole = result == result.to_integral_value()
    if base_uom in COUNT_UNITS and not whole:
        raise invalid(
            "quantity_not_whole",
            f"{quantity} {uom} is {result} {base_uom}; pieces are counted in whole numbers",
        )
    return result.quantize(Decimal(1), context=_EXACT) if whole else result.normalize(_EXACT)
