"""Purchase order states, cancellation and the over/under tolerance of receipts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from lotflow.refusals import Refusal
from services.receiving.domain.quantities import format_decimal


class PurchaseOrderStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


# An order is open until it is fully received (closed) or called off (cancelled); both are final.
ALLOWED_TRANSITIONS: dict[PurchaseOrderStatus, frozenset[PurchaseOrderStatus]] = {
    PurchaseOrderStatus.OPEN: frozenset(
        {PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.CANCELLED}
    ),
    PurchaseOrderStatus.CLOSED: frozenset(),
    PurchaseOrderStatus.CANCELLED: frozenset(),
}


def transition_refusal(current: PurchaseOrderStatus, target: PurchaseOrderStatus) -> Refusal | None:
    if target in ALLOWED_TRANSITIONS[current]:
        return None
    return Refusal(
        "invalid_status_transition",
        f"a purchase order that is {current.value} cannot become {target.value}",
    )


def cancellation_refusal(
    status: PurchaseOrderStatus, received: Iterable[Decimal]
) -> Refusal | None:
    """An order may be cancelled only while open and before anything is received against it."""
    if transition_refusal(status, PurchaseOrderStatus.CANCELLED):
        return Refusal(
            "purchase_order_not_open",
            f"only an open purchase order can be cancelled; this one is {status.value}",
        )
    if any(quantity > 0 for quantity in received):
        return Refusal(
            "purchase_order_received",
            "goods have been received against this purchase order; it can no longer be cancelled",
        )
    return None


def receiving_refusal(status: PurchaseOrderStatus) -> Refusal | None:
    if status is PurchaseOrderStatus.OPEN:
        return None
    return Refusal(
        "purchase_order_not_open",
        f"goods can only be received against an open purchase order; this one is {status.value}",
    )


def receipt_window(
    ordered: Decimal, over_percent: Decimal, under_percent: Decimal
) -> tuple[Decimal, Decimal]:
    """The total a line may receive and still count as fulfilled: ordered -under% .. +over%."""
    return (
        ordered * (100 - under_percent) / 100,
        ordered * (100 + over_percent) / 100,
    )


@dataclass(frozen=True)
class LineTolerance:
    """What an order line allows, all in the line's unit."""

    ordered: Decimal
    over_percent: Decimal
    under_percent: Decimal
    unit: str

    @property
    def window(self) -> tuple[Decimal, Decimal]:
        return receipt_window(self.ordered, self.over_percent, self.under_percent)

    def fulfilled(self, received: Decimal) -> bool:
        return received >= self.window[0]


def over_receipt_refusal(
    line: LineTolerance, already_received: Decimal, receiving: Decimal
) -> Refusal | None:
    """Partial receipts add up; together they may not pass ordered + over tolerance."""
    most = line.window[1]
    if already_received + receiving <= most:
        return None
    remaining = max(Decimal(0), most - already_received)
    return Refusal(
        "over_receipt_tolerance_exceeded",
        f"receiving {format_decimal(receiving)} {line.unit} would bring this line to "
        f"{format_decimal(already_received + receiving)} {line.unit}; it was ordered "
        f"{format_decimal(line.ordered)} {line.unit} with {format_decimal(line.over_percent)}% "
        f"over-receipt tolerance, so at most {format_decimal(remaining)} {line.unit} more may "
        "be received",
        details={
            "ordered": format_decimal(line.ordered),
            "already_received": format_decimal(already_received),
            "receiving": format_decimal(receiving),
            "maximum_remaining": format_decimal(remaining),
            "unit": line.unit,
        },
    )


def order_fulfilled(lines: Iterable[tuple[LineTolerance, Decimal]]) -> bool:
    """An order closes itself once every line has received at least ordered - under%."""
    return all(tolerance.fulfilled(received) for tolerance, received in lines)
