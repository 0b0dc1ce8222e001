"""Why a posting found too little stock, as the refusal its caller sees."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.refusals import RuleBroken, refused
from services.warehouse.domain.stock import BLOCKED_CODES, StockStatus
from services.warehouse.resolve import LotRecord
from services.warehouse.service.ledger.drafts import ZERO, Posting

_FREE = text(
    "SELECT qty - reserved FROM stock_balances "
    "WHERE lot_id = :lot AND location_id = :location AND status = :status"
)
_ACTIVE_HOLD = text("SELECT 1 FROM lot_holds WHERE lot_id = :lot AND lifted_at IS NULL LIMIT 1")
_OTHER_STATUSES = text(
    "SELECT status FROM stock_balances WHERE lot_id = :lot AND location_id = :location AND qty > 0"
)


def shortage(session: Session, lot: LotRecord, posting: Posting) -> RuleBroken:
    key = {"lot": lot.id, "location": posting.location.id, "status": posting.status.value}
    free = session.execute(_FREE, key).scalar_one_or_none() or ZERO
    where = f"{posting.status.value} stock of lot {lot.code} at {posting.location.code}"
    if posting.reserved_delta < 0 and posting.qty_delta == 0:
        return refused("reservation_exceeded", f"not that much reserved {where}")
    if posting.status is StockStatus.AVAILABLE and free <= 0:
        blocked = _blocked_status(session, lot, posting)
        if blocked is not None:
            return refused(
                BLOCKED_CODES[blocked],
                f"lot {lot.code} at {posting.location.code} is {blocked.value}, not AVAILABLE",
                status=blocked.value,
            )
    return refused(
        "insufficient_stock",
        f"only {free} {lot.item.base_uom} free {where}",
        available=str(free),
        requested=str(-posting.qty_delta or posting.reserved_delta),
    )


def _blocked_status(session: Session, lot: LotRecord, posting: Posting) -> StockStatus | None:
    """Why there is no AVAILABLE stock here: a hold, or stock waiting in another status."""
    if session.execute(_ACTIVE_HOLD, {"lot": lot.id}).first() is not None:
        return StockStatus.HOLD
    statuses = set(
        session.execute(_OTHER_STATUSES, {"lot": lot.id, "location": posting.location.id}).scalars()
    )
    for status in (StockStatus.HOLD, StockStatus.QUARANTINE, StockStatus.REJECTED):
        if status.value in statuses:
            return status
    return None
