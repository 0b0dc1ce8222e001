"""Lot-wide status decisions and partial status changes.

Quality and recall decide for a whole lot at once: every balance of the lot, in every site, moves
in one transaction. Holds stack: a lot is held while any hold is active, so only the first hold
moves AVAILABLE stock to HOLD and only lifting the last one moves it back. Quarantined stock stays
in QUARANTINE under a hold (it is blocked already); releasing it while held lands it in HOLD.
"""

from __future__ import annotations

from enum import StrEnum

from lotflow.refusals import invalid
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
