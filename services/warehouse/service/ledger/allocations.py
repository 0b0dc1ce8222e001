"""What a movement against a reservation does to its allocations, before any balance.

The allocation rows are locked before the balance rows (the lock order every use case keeps):
an issue or a shipment draws on the allocation at its source (`consume`); a reserved transfer
moves its share of the allocation to the destination with the stock (`carry`), so free stock
at either end is untouched and an issue at the destination draws on the reservation there.
"""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.errors import NotFound
from lotflow.refusals import refused
from services.warehouse.domain.stock import BLOCKED_CODES, StockStatus
from services.warehouse.service.ledger.drafts import Draft

_CONSUME = text(
    "UPDATE allocations SET quantity = quantity - :q WHERE reservation_id = :reservation "
    "AND lot_id = :lot AND location_id = :location AND quantity >= :q RETURNING id"
)
# FOR SHARE: transfers of one reservation pass each other; a release (FOR NO KEY UPDATE)
# waits for them, or they see it released.
_LOCK_RESERVATION = text("SELECT released_at FROM reservations WHERE id = :id FOR SHARE")
_LOCK_ENDS = text(
    "SELECT id, location_id, quantity, allocated FROM allocations"
    " WHERE reservation_id = :reservation AND lot_id = :lot AND location_id IN (:source, :target)"
    " ORDER BY id FOR UPDATE"
)
_RELOCATE = text("UPDATE allocations SET location_id = :target WHERE id = :id")
_TAKE_SHARE = text(
    "UPDATE allocations SET quantity = quantity - :q, allocated = allocated - :q WHERE id = :id"
)
_DROP_EMPTY = text("DELETE FROM allocations WHERE id = :id AND allocated = 0 AND quantity = 0")
_ADD_SHARE = text(
    "INSERT INTO allocations AS a (id, reservation_id, lot_id, location_id, quantity, allocated)"
    " VALUES (:id, :reservation, :lot, :target, :q, :q)"
    " ON CONFLICT (reservation_id, lot_id, location_id) DO UPDATE"
    " SET quantity = a.quantity + EXCLUDED.quantity, allocated = a.allocated + EXCLUDED.allocated"
)


def consume(session: Session, draft: Draft) -> None:
    """Draw the draft's quantity on the reservation's allocation at its source."""
    source = draft.from_location
    consumed = session.execute(
        _CONSUME,
        {
            "q": draft.base_quantity,
            "reservation": draft.reservation_id,
            "lot": draft.lot.id,
            "location": source.id,
        },
    ).first()
    if consumed is None:
        raise refused(
            "reservation_exceeded",
            f"reservation {draft.reservation_id} holds less than {draft.base_quantity} "
            f"{draft.lot.item.base_uom} of lot {draft.lot.code} at {source.code}",
        )


def carry(session: Session, draft: Draft) -> None:
    """Move the draft's quantity of the reservation's allocation from source to target.

    The moved share leaves the source row (allocated and remaining alike) and joins the
    target's row; a source row left with nothing is the allocation that moved whole, so it
    simply changes location (or is merged away when the target has one already).
    """
    if draft.to_status is not StockStatus.AVAILABLE:
        # The lot went on hold before this transfer got its lock: the hold released the
        # reservation, and held stock is never reserved.
        raise refused(
            BLOCKED_CODES[StockStatus.HOLD], f"lot {draft.lot.code} is on hold; nothing reserved"
        )
    source, target, quantity = draft.from_location, draft.to_location, draft.base_quantity
    reservation = session.execute(_LOCK_RESERVATION, {"id": draft.reservation_id}).first()
    if reservation is None:
        raise NotFound(f"no reservation {draft.reservation_id}", code="reservation_not_found")
    if reservation.released_at is not None:
        raise refused("reservation_released", f"reservation {draft.reservation_id} was released")
    rows = session.execute(
        _LOCK_ENDS,
        {
            "reservation": draft.reservation_id,
            "lot": draft.lot.id,
            "source": source.id,
            "target": target.id,
        },
    ).all()
    ends = {row.location_id: row for row in rows}
    held = ends.get(source.id)
    if held is None:
        raise refused(
            "lot_not_allocated",
            f"reservation {draft.reservation_id} has no allocation of lot {draft.lot.code} "
            f"at {source.code}",
        )
    if held.quantity < quantity:
        raise refused(
            "exceeds_allocation",
            f"reservation {draft.reservation_id} holds {held.quantity} "
            f"{draft.lot.item.base_uom} of lot {draft.lot.code} at {source.code}, "
            f"not {quantity}",
            remaining=str(held.quantity),
            requested=str(quantity),
        )
    if target.id not in ends and held.allocated == held.quantity == quantity:
        session.execute(_RELOCATE, {"id": held.id, "target": target.id})
        return
    session.execute(_TAKE_SHARE, {"id": held.id, "q": quantity})
    session.execute(
        _ADD_SHARE,
        {
            "id": uuid.uuid4(),
            "reservation": draft.reservation_id,
            "lot": draft.lot.id,
            "target": target.id,
            "q": quantity,
        },
    )
    session.execute(_DROP_EMPTY, {"id": held.id})
