"""WIP arithmetic: yields as exact ratios, what output may still be declared, by-product
quantities, and how deep a genealogy trace may go."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from lotflow.refusals import Refusal, RefusalKind

ZERO = Decimal(0)
# Yields are shown to six places: an exact ratio (2/3) has no finite decimal.
YIELD_PLACES = Decimal("0.000001")
# A trace deeper than this is not a bill of materials but a mistake (or an attack on the CTE).
MAX_GENEALOGY_DEPTH = 50


def ratio(part: Decimal, whole: Decimal) -> Decimal:
    """part / whole to six places (zero when nothing was made or started)."""
    if whole <= 0:
        return ZERO
    return (part / whole).quantize(YIELD_PLACES, rounding=ROUND_HALF_EVEN)


def output_refusal(produced: Decimal, quantity: Decimal, good_at_last: Decimal) -> Refusal | None:
    """Output declared never exceeds the good quantity the last operation reported."""
    if produced + quantity > good_at_last:
        return Refusal(
            "exceeds_good",
            f"the last operation reported {good_at_last} good and {produced} was declared "
            f"already; {quantity} more cannot be declared as output",
            details={"good": str(good_at_last), "produced": str(produced)},
        )
    return None


def by_product_quantity(
    made: Decimal, bom_output_quantity: Decimal, quantity_per: Decimal
) -> Decimal:
    """A by-product's quantity for `made` units of the order's item."""
    return made / bom_output_quantity * quantity_per


def depth_refusal(max_depth: int) -> Refusal | None:
    if not 1 <= max_depth <= MAX_GENEALOGY_DEPTH:
        return Refusal(
            "depth_out_of_range",
            f"max_depth must be 1 to {MAX_GENEALOGY_DEPTH}",
            RefusalKind.INVALID,
            {"max_depth": max_depth},
        )
    return None


def shown(value: Decimal) -> str:
    """A quantity as events carry it: its shortest exact text ("6", never "6.000000")."""
    return format(value.normalize(), "f") if value else "0"
