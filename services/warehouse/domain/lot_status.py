"""Lot-wide status decisions and partial status changes.

Quality and recall decide for a whole lot at once: every balance of the lot, in every site, moves
in one transaction. Holds stack: a lot is held while any hold is active, so only the first hold
moves AVAILABLE stock to HOLD and only lifting the last one moves it back. Quarantined stock stays
in QUARANTINE under a hold (it is blocked already); releasing it while held lands it in HOLD.
"""

from __future__ import annotations

from enum import StrEnum

from lotflow.refusals import Refusal, RefusalKind, invalid
from services.warehouse.domain.stock import StockStatus

Q, A, H, R = (
    StockStatus.QUARANTINE,
    StockStatus.AVAILABLE,
    StockStatus.HOLD,
    StockStatus.REJECTED,
)


class LotDecision(StrEnum):
    RELEASE = "release"
    REJECT = "reject"
    HOLD = "hold"
    LIFT_HOLD = "lift_hold"


def lot_wide_moves(decision: LotDecision, on_hold: bool) -> dict[StockStatus, StockStatus]:
    """From-status -> to-status for every balance of the lot; statuses not named stay put.

    `on_hold` is whether any hold stays active after the decision.
    """
    if decision is LotDecision.RELEASE:
        return {Q: H if on_hold else A}
    if decision is LotDecision.REJECT:
        return {Q: R, A: R, H: R}
    if decision is LotDecision.HOLD:
        return {A: H}
    return {} if on_hold else {H: A}


# Partial decisions on a quantity at one location (a partial accept or reject of a receipt).
PARTIAL_CHANGES = frozenset({(Q, A), (Q, R), (A, Q), (A, R), (R, Q)})


def partial_change_target(
    from_status: StockStatus, to_status: StockStatus, on_hold: bool
) -> StockStatus:
    if (from_status, to_status) not in PARTIAL_CHANGES:
        raise invalid(
            "status_change_not_allowed",
            f"stock cannot change from {from_status.value} to {to_status.value} by quantity; "
            "holds are placed and lifted for the whole lot",
        )
    return H if to_status is A and on_hold else to_status


def settles_quality_decision(from_status: StockStatus, to_status: StockStatus) -> bool:
    """Whether a change releases or rejects quarantined stock: a quality decision's outcome,
    which only the workflow that carries the decision out may post."""
    return from_status is Q and to_status in (A, R)


def decision_reference_refusal(reference_type: str | None, reference_number: str | None):
    """Why a settlement of a quality decision cannot be posted without naming the decision (an
    inspection decision id) it carries out, which the ledger records; None if it names one."""
    if reference_type and reference_number:
        return None
    return Refusal(
        "decision_reference_required",
        "releasing or rejecting quarantined stock names the decision it carries out "
        "(reference_type and reference_number, e.g. INSPECTION and the inspection id)",
        RefusalKind.INVALID,
    )
