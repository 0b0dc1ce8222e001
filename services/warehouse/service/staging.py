"""Reserved stock moved within a site (staging to line-side, and back), still reserved.

A transfer naming a reservation moves stock that reservation holds: the lot must be one of its
allocations at the source and the quantity within what that allocation still holds. The stock
leaves the source reserved and arrives reserved, and the allocation moves with it (the ledger's
`allocations.carry`, under lock), so free stock at either end is untouched and an issue at the
destination against the reservation draws on it there. The checks here answer the caller's
mistakes early with their own codes; `carry` checks again under lock.
"""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.errors import Invalid, NotFound
from lotflow.refusals import refused
from services.warehouse.domain.stock import StockStatus
from services.warehouse.service.ledger.drafts import ZERO, Draft, Posting

_RESERVATION = text(
    "SELECT r.item_id, r.released_at, i.code AS item_code, a.quantity AS remaining"
    " FROM reservations r JOIN items i ON i.id = r.item_id"
    " LEFT JOIN allocations a ON a.reservation_id = r.id AND a.lot_id = :lot"
    " AND a.location_id = :source WHERE r.id = :id"
)


def reserved_transfer(session: Session, draft: Draft, reservation_id: uuid.UUID) -> Draft:
    """The internal move `draft` (AVAILABLE stock) as a move of the reservation's stock."""
    lot, source, target, quantity = (
        draft.lot,
        draft.from_location,
        draft.to_location,
        draft.base_quantity,
    )
    found = session.execute(
        _RESERVATION, {"id": reservation_id, "lot": lot.id, "source": source.id}
    ).first()
    if found is None:
        raise NotFound(f"no reservation {reservation_id}", code="reservation_not_found")
    if found.item_id != lot.item.id:
        raise Invalid(
            f"reservation {reservation_id} is for item {found.item_code}, "
            f"not lot {lot.code}'s item {lot.item.code}",
            code="reservation_of_another_item",
        )
    if found.released_at is not None:
        raise refused("reservation_released", f"reservation {reservation_id} was released")
    if found.remaining is None:
        raise refused(
            "lot_not_allocated",
            f"reservation {reservation_id} has no allocation of lot {lot.code} at {source.code}",
        )
    if found.remaining < quantity:
        raise refused(
            "exceeds_allocation",
            f"reservation {reservation_id} holds {found.remaining} {lot.item.base_uom} of lot "
            f"{lot.code} at {source.code}, not {quantity}",
            remaining=str(found.remaining),
            requested=str(quantity),
        )
    available = StockStatus.AVAILABLE
    # At the target the stock arrives, then is reserved: two postings, since the ledger
    # function adds a new balance only for an arrival alone (its guarded update needs the row).
    draft.postings = [
        Posting(source, available, -quantity, -quantity),
        Posting(target, available, quantity),
        Posting(target, available, ZERO, quantity),
    ]
    draft.reservation_id = reservation_id
    draft.carries_allocation = True
    return draft
