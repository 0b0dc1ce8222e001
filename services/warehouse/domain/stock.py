"""Stock statuses, movement types and which stock each movement may touch."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from lotflow.refusals import invalid, refused


class StockStatus(StrEnum):
    QUARANTINE = "QUARANTINE"
    AVAILABLE = "AVAILABLE"
    HOLD = "HOLD"
    REJECTED = "REJECTED"


class MovementType(StrEnum):
    RECEIVE = "receive"
    PUTAWAY = "putaway"
    TRANSFER = "transfer"
    # Inter-site transfers leave one site and arrive later at another.
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    STATUS_CHANGE = "status_change"
    RESERVE = "reserve"
    UNRESERVE = "unreserve"
    ISSUE = "issue"
    RETURN = "return"
    SCRAP = "scrap"
    ADJUST = "adjust"
    SHIP = "ship"
    RETURN_TO_SUPPLIER = "return_to_supplier"


# Movements that need a reason code (scrap for Pareto analysis, adjustments for audit).
REASON_REQUIRED = frozenset(
    {MovementType.SCRAP, MovementType.ADJUST, MovementType.RETURN_TO_SUPPLIER}
)

_MOVABLE = frozenset({StockStatus.QUARANTINE, StockStatus.AVAILABLE, StockStatus.REJECTED})

# Which statuses a movement may take stock from. Held stock does not move at all: a hold
# "blocks every move" until quality or recall lifts it; only status changes touch it.
SOURCE_STATUSES: dict[MovementType, frozenset[StockStatus]] = {
    MovementType.ISSUE: frozenset({StockStatus.AVAILABLE}),
    MovementType.SHIP: frozenset({StockStatus.AVAILABLE}),
    MovementType.RESERVE: frozenset({StockStatus.AVAILABLE}),
    MovementType.PUTAWAY: _MOVABLE,
    MovementType.TRANSFER: _MOVABLE,
    MovementType.TRANSFER_OUT: _MOVABLE,
    MovementType.SCRAP: _MOVABLE,
    MovementType.RETURN_TO_SUPPLIER: _MOVABLE,
    MovementType.ADJUST: frozenset(StockStatus),
}

# Movements that would put expired stock to use: refused outright.
EXPIRY_BLOCKED = frozenset({MovementType.ISSUE, MovementType.SHIP, MovementType.RESERVE})
# Movements that may take expired stock out of the books, only with an audited override.
EXPIRY_OVERRIDABLE = frozenset({MovementType.SCRAP, MovementType.RETURN_TO_SUPPLIER})


# The code a refusal carries when stock is blocked by its status.
BLOCKED_CODES: dict[StockStatus, str] = {
    StockStatus.QUARANTINE: "stock_in_quarantine",
    StockStatus.HOLD: "lot_on_hold",
    StockStatus.REJECTED: "stock_rejected",
}


def check_source(movement: MovementType, status: StockStatus) -> None:
    if status not in SOURCE_STATUSES[movement]:
        raise refused(
            BLOCKED_CODES.get(status, "stock_not_movable"),
            f"{movement.value} cannot take {status.value} stock",
            status=status.value,
        )


def check_reason(movement: MovementType, reason_code: str | None) -> None:
    if movement in REASON_REQUIRED and not reason_code:
        raise invalid("reason_code_required", f"a {movement.value} needs a reason code")


def check_expiry(movement: MovementType, expired: bool, override_reason: str | None) -> str | None:
    """The override reason to record, or a refusal when expired stock may not be used."""
    if not expired:
        if override_reason:
            raise invalid("override_not_needed", "the lot is not expired; drop the expiry override")
        return None
    if movement in EXPIRY_OVERRIDABLE:
        if not override_reason:
            raise refused(
                "lot_expired_override_required",
                "the lot is expired; disposing of it needs an expiry override with a reason",
            )
        return override_reason
    if movement in EXPIRY_BLOCKED:
        raise refused("lot_expired", "the lot is expired")
    if override_reason:
        raise invalid("override_not_allowed", "an expiry override is only for disposal or return")
    return None


def deposit_status(requested: StockStatus, lot_on_hold: bool) -> StockStatus:
    """Stock arriving for a held lot lands in HOLD, never in AVAILABLE."""
    if requested is StockStatus.AVAILABLE and lot_on_hold:
        return StockStatus.HOLD
    return requested


def available_to_promise(status: StockStatus, quantity: Decimal, reserved: Decimal) -> Decimal:
    """What a balance can still promise: the unreserved part of AVAILABLE stock. Stock in
    QUARANTINE, HOLD or REJECTED can be neither issued nor shipped, so it promises nothing."""
    if status is not StockStatus.AVAILABLE:
        return Decimal(0)
    return quantity - reserved
