"""The inbound process's own rules, apart from the services that keep theirs: where a receipt's
stock is quarantined, how the people's decision settles it (statuses, reason codes, quantities)
and what becomes of accepted stock no bin is found for. Pure: the workflow applies them."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from temporalio import workflow
from temporalio.exceptions import ApplicationError

from workflows.trail import business_refusal

with workflow.unsafe.imports_passed_through():
    from workflows.inbound.contracts import (
        PutAway,
        ReceivedLot,
        RecordedReceipt,
        SettleStockStep,
        StatusChange,
    )
    from workflows.tasks.contracts import TaskCompletion

QUARANTINE, AVAILABLE, REJECTED = "QUARANTINE", "AVAILABLE", "REJECTED"
REASON_CODES = {AVAILABLE: "INSPECTION_ACCEPTED", REJECTED: "INSPECTION_REJECTED"}
INSPECTION_REFERENCE = "INSPECTION"
NO_PUTAWAY_BIN = "no_putaway_bin"


def dock_of(receipt: RecordedReceipt) -> str:
    """The receipt's stock is quarantined where it was received: a receipt must name its dock."""
    if not receipt.receiving_location:
        raise ApplicationError(
            f"receipt {receipt.receipt_id} names no receiving location (dock)",
            type="receipt_without_dock",
            non_retryable=True,
        )
    return receipt.receiving_location


def receiving_status(receipt: RecordedReceipt) -> str:
    """Goods accepted only for return to the supplier are received REJECTED: there is nothing
    to inspect. Everything else waits in QUARANTINE for quality."""
    return REJECTED if receipt.return_reason else QUARANTINE


def decided_quantities(completion: TaskCompletion, quantity: Decimal) -> tuple[Decimal, Decimal]:
    """Accepted and rejected quantities of the approver's decision; ValueError when a partial
    release does not name a quantity strictly between nothing and all."""
    if completion.outcome == "release":
        return quantity, Decimal(0)
    if completion.outcome == "reject":
        return Decimal(0), quantity
    try:
        accepted = Decimal(str(completion.variables["released_quantity"]))
    except (KeyError, InvalidOperation) as unreadable:
        raise ValueError("released_quantity must be a decimal quantity") from unreadable
    if not Decimal(0) < accepted < quantity:
        raise ValueError(f"released_quantity must be above 0 and below {quantity}")
    return accepted, quantity - accepted


def settlement(
    lot: ReceivedLot, accepted: Decimal, rejected: Decimal, reference: str
) -> SettleStockStep:
    """The receipt's quarantined quantity at its dock: accepted to AVAILABLE, rejected to
    REJECTED, each with the reason code of the inspection's verdict. Only this receipt's
    quantity moves: another receipt of the same lot stays in quarantine for its own decision."""
    changes = [
        StatusChange(
            from_status=QUARANTINE,
            to_status=status,
            quantity=quantity,
            reason_code=REASON_CODES[status],
        )
        for status, quantity in ((AVAILABLE, accepted), (REJECTED, rejected))
        if quantity
    ]
    return SettleStockStep(
        lot=lot, changes=changes, reference_type=INSPECTION_REFERENCE, reference_number=reference
    )


def left_at_dock(failure: BaseException) -> PutAway | None:
    """Accepted stock with no bin for it (no rule matches, every zone is full) stays at the
    dock, and `why` says so; None when the putaway failed for another reason."""
    refusal = business_refusal(failure)
    if refusal is None or refusal.type != NO_PUTAWAY_BIN:
        return None
    return PutAway(location_code="", why=refusal.message)
