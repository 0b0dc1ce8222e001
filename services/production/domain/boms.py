"""BOM and routing rules: issue policies, unit conversion through an item's own conversions,
cycles through the component's BOMs, and exact material requirements."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind, invalid
from lotflow.units import physical_size, physically_convertible, scale_exactly

# What an order_materials.required_quantity NUMERIC(18, 6) holds.
REQUIREMENT_EXPONENT = Decimal("0.000001")


class IssuePolicy(StrEnum):
    MANUAL = "manual"
    BACKFLUSH_OPERATION = "backflush_operation"
    BACKFLUSH_ORDER = "backflush_order"


class OutputKind(StrEnum):
    BY_PRODUCT = "by_product"
    CO_PRODUCT = "co_product"


@dataclass(frozen=True)
class ItemFacts:
    """What the warehouse says of an item: its base unit, pack conversions, shelf life."""

    code: str
    base_uom: str
    conversions: Mapping[str, Decimal]
    shelf_life_days: int | None = None


def base_factor(item: ItemFacts, uom: str) -> tuple[Decimal, Decimal] | None:
    """(multiply by, divide by) turning a quantity of `uom` into the item's base unit, or None
    when the item has no conversion for it (the warehouse's rule: own packs, then physics)."""
    if uom == item.base_uom:
        return Decimal(1), Decimal(1)
    if uom in item.conversions:
        return item.conversions[uom], Decimal(1)
    if physically_convertible(uom, item.base_uom):
        return physical_size(uom)[0], physical_size(item.base_uom)[0]
    return None


def unit_refusal(item: ItemFacts, uom: str) -> Refusal | None:
    if base_factor(item, uom) is None:
        return Refusal(
            "unit_not_convertible",
            f"{uom} cannot be converted to the base unit {item.base_uom} of item {item.code}",
            RefusalKind.INVALID,
            {"item_code": item.code, "uom": uom, "base_uom": item.base_uom},
        )
    return None


def to_base(item: ItemFacts, quantity: Decimal, uom: str) -> Decimal:
    """`quantity` of `uom` in the item's base unit, exactly (a requirement is rounded later)."""
    factor = base_factor(item, uom)
    if factor is None:
        raise invalid(
            "unit_not_convertible",
            f"{uom} cannot be converted to the base unit {item.base_uom} of item {item.code}",
            item_code=item.code,
            uom=uom,
            base_uom=item.base_uom,
        )
    exact = scale_exactly(quantity, *factor)
    if exact is None:  # e.g. a physical size that never terminates: keep 30 digits
        exact = quantity * factor[0] / factor[1]
    return exact


def requirement(
    order_base_quantity: Decimal,
    bom_base_output: Decimal,
    component_base_quantity_per: Decimal,
    scrap_factor: Decimal,
) -> Decimal:
    """order qty / BOM output qty x quantity per x (1 + scrap factor), all in base units, exact
    where it terminates; a share that never terminates (100 / 3) is rounded up to the column's
    6 decimals, so the plan never stages less than the line needs."""
    exact = scale_exactly(
        order_base_quantity * component_base_quantity_per * (1 + scrap_factor),
        Decimal(1),
        bom_base_output,
    )
    if exact is None:
        exact = order_base_quantity * component_base_quantity_per * (1 + scrap_factor)
        exact = exact / bom_base_output
    return exact.quantize(REQUIREMENT_EXPONENT, rounding=ROUND_CEILING).normalize()


def find_cycle(
    output_item: str, inputs: Iterable[str], inputs_of: Callable[[str], Iterable[str]]
) -> list[str] | None:
    """A path output_item -> ... -> output_item through the BOMs' inputs, or None.

    `inputs` are the new BOM's components (and their alternates); `inputs_of(item)` gives the
    inputs of the item's own BOMs."""
    seen: set[str] = set()
    stack: list[tuple[str, list[str]]] = [(item, [output_item, item]) for item in inputs]
    while stack:
        item, path = stack.pop()
        if item == output_item:
            return path
        if item in seen:
            continue
        seen.add(item)
        stack.extend((nxt, [*path, nxt]) for nxt in inputs_of(item))
    return None


def validity_refusal(valid_from: date, valid_to: date | None, what: str) -> Refusal | None:
    if valid_to is not None and valid_to < valid_from:
        return Refusal(
            "validity_invalid",
            f"{what} valid_to {valid_to} is before valid_from {valid_from}",
            RefusalKind.INVALID,
        )
    return None


def is_valid_on(valid_from: date, valid_to: date | None, day: date) -> bool:
    return valid_from <= day and (valid_to is None or day <= valid_to)


def duplicates(values: Iterable[object]) -> list[object]:
    seen: set[object] = set()
    twice = []
    for value in values:
        if value in seen:
            twice.append(value)
        seen.add(value)
    return twice


def routing_refusal(
    seqs: list[int], rework_targets: list[tuple[int, int | None]]
) -> Refusal | None:
    """Operations in strictly ascending sequence; rework goes back to an earlier operation."""
    if any(b <= a for a, b in zip(seqs, seqs[1:], strict=False)):
        return Refusal(
            "routing_sequence_invalid",
            f"operation sequence numbers must be unique and ascending, got {seqs}",
            RefusalKind.INVALID,
        )
    for seq, target in rework_targets:
        if target is not None and (target >= seq or target not in seqs):
            return Refusal(
                "rework_target_invalid",
                f"operation {seq} may send rework only back to an earlier operation of the "
                f"routing, not {target}",
                RefusalKind.INVALID,
            )
    return None
