"""Inspection plans: which plan applies, versions, and what a characteristic must state."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind, quoted


class CharacteristicKind(StrEnum):
    NUMERIC = "numeric"
    ATTRIBUTE = "attribute"


def plan_lookup_order(supplier_code: str | None) -> list[str | None]:
    """Which plans to try, in order: the supplier's own, then the item's general one (None)."""
    return [supplier_code, None] if supplier_code else [None]


def next_plan_version(latest: int | None) -> int:
    return 1 if latest is None else latest + 1


def characteristic_refusal(
    name: str,
    kind: CharacteristicKind,
    lower: Decimal | None,
    upper: Decimal | None,
    unit: str | None,
) -> Refusal | None:
    """A numeric characteristic is measured in a unit against at least one limit (lower below
    upper); an attribute characteristic is judged pass/fail and has neither."""

    def refuse(message: str) -> Refusal:
        return Refusal(
            "invalid_characteristic",
            f"characteristic {quoted(name)}: {message}",
            RefusalKind.INVALID,
        )

    if kind is CharacteristicKind.ATTRIBUTE:
        if lower is not None or upper is not None or unit is not None:
            return refuse("an attribute (pass/fail) characteristic has no limits and no unit")
        return None
    if lower is None and upper is None:
        return refuse("a numeric characteristic needs a lower or an upper limit")
    if unit is None:
        return refuse("a numeric characteristic needs the unit its value is measured in")
    if lower is not None and upper is not None and lower >= upper:
        return refuse(f"the lower limit {lower} must be below the upper limit {upper}")
    return None
