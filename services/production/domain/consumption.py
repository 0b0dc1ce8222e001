"""Consumption rules: which material line an issue draws on, the standard for what was made,
variances, and the FEFO choice of line-side lots for a backflush. Quantities are in the
material line's base unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind, RuleBroken

ZERO = Decimal(0)


class IssuePolicy(StrEnum):
    MANUAL = "manual"
    BACKFLUSH_OPERATION = "backflush_operation"
    BACKFLUSH_ORDER = "backflush_order"


class ConsumptionMethod(StrEnum):
    MANUAL = "manual"
    BACKFLUSH = "backflush"


@dataclass(frozen=True)
class MaterialLine:
    """One order material line as the rules see it."""

    line_no: int
    item_code: str
    operation_seq: int
    issue_policy: IssuePolicy
    required: Decimal
    consumed: Decimal = ZERO
    status: str = "staged"
    substitutes_line_no: int | None = None
    ratio: Decimal | None = None

    @property
    def remaining(self) -> Decimal:
        return max(self.required - self.consumed, ZERO)


def line_for_issue(
    lines: Sequence[MaterialLine], item_code: str, operation_seq: int, line_no: int | None
) -> MaterialLine:
    """The line an issue of `item_code` at `operation_seq` draws on: the named one, else the
    first with remaining need (a recorded substitute counts like its primary)."""
    candidates = [
        line
        for line in lines
        if line.item_code == item_code
        and line.operation_seq == operation_seq
        and (line_no is None or line.line_no == line_no)
    ]
    if not candidates:
        raise RuleBroken(
            Refusal(
                "item_not_on_bom",
                f"item {item_code} is not a material of this order at operation {operation_seq} "
                "(neither a BOM line nor a recorded substitute)",
                details={"item_code": item_code, "operation_seq": operation_seq},
            )
        )
    open_lines = [line for line in candidates if line.remaining > 0]
    return (open_lines or candidates)[0]


@dataclass(frozen=True)
class Variance:
    """How an issue splits into the standard still due and the quantity beyond it."""

    standard: Decimal
    variance: Decimal


def issue_variance(line: MaterialLine, quantity: Decimal, reason: str | None) -> Variance:
    """Issuing beyond what the line still needs is a variance, which needs a reason."""
    standard = min(quantity, line.remaining)
    variance = quantity - standard
    if variance > 0 and not reason:
        raise RuleBroken(
            Refusal(
                "variance_reason_required",
                f"line {line.line_no} ({line.item_code}) needs {line.remaining} more; issuing "
                f"{quantity} is {variance} beyond standard: give a variance reason",
                RefusalKind.INVALID,
                {"remaining": str(line.remaining), "variance": str(variance)},
            )
        )
    return Variance(standard, variance)


def standard_for(
    line: MaterialLine,
    made: Decimal,
    order_quantity: Decimal,
    primary: MaterialLine | None = None,
) -> Decimal:
    """What the line should have consumed in all for `made` units of the order.

    A substituted primary line keeps only what it consumed (its requirement was reduced to
    that); its substitute carries the rest of the primary's standard, by the ratio.
    """
    share = made / order_quantity
    if line.substitutes_line_no is None or primary is None:
        return min(share * line.required, line.required)
    ratio = line.ratio or Decimal(1)
    # The primary's original need: what it consumed plus what the substitute replaces.
    original = primary.consumed + line.required / ratio
    return min(max(share * original - primary.consumed, ZERO) * ratio, line.required)


def backflush_quantity(
    line: MaterialLine,
    made: Decimal,
    order_quantity: Decimal,
    primary: MaterialLine | None = None,
) -> Decimal:
    """What a backflush consumes now: the standard for `made` less what was consumed."""
    return max(standard_for(line, made, order_quantity, primary) - line.consumed, ZERO)


@dataclass(frozen=True)
class LineSideLot:
    """Issuable stock of one lot at a line-side location."""

    lot_code: str
    quantity: Decimal
    expiry_date: date | None


def pick_fefo(stock: Sequence[LineSideLot], quantity: Decimal, item_code: str) -> list:
    """(lot code, quantity) shares covering `quantity`, first expiring first (no expiry last,
    then by lot code); refused `line_side_short` when the line side holds too little."""
    on_hand = sum((lot.quantity for lot in stock if lot.quantity > 0), ZERO)
    if on_hand < quantity:
        raise RuleBroken(
            Refusal(
                "line_side_short",
                f"line-side stock of {item_code} is {on_hand}, short of {quantity} to backflush",
                details={"item_code": item_code, "on_hand": str(on_hand), "needed": str(quantity)},
            )
        )
    ordered = sorted(
        (lot for lot in stock if lot.quantity > 0),
        key=lambda lot: (lot.expiry_date is None, lot.expiry_date or date.max, lot.lot_code),
    )
    shares: list[tuple[str, Decimal]] = []
    left = quantity
    for lot in ordered:
        if left <= 0:
            break
        take = min(lot.quantity, left)
        shares.append((lot.lot_code, take))
        left -= take
    return shares


def under_consumption(line: MaterialLine, made: Decimal, order_quantity: Decimal) -> Decimal:
    """How much less than standard a manual line consumed for `made` units (zero if none)."""
    return max(standard_for(line, made, order_quantity) - line.consumed, ZERO)
