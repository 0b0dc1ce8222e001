"""Reservations with their allocations."""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.errors import NotFound
from services.warehouse.domain import roles
from services.warehouse.schemas.orders import AllocationView, ReservationView

_RESERVATION = text(
    "SELECT r.id, r.order_ref, i.code, s.code, r.need_date, r.quantity, i.base_uom,"
    " r.created_by, r.created_at, r.released_by, r.released_at"
    " FROM reservations r JOIN items i ON i.id = r.item_id"
    " JOIN locations s ON s.id = r.site_id WHERE r.id = :id"
)
_ALLOCATIONS = text(
    "SELECT a.id, lot.code, loc.code, lot.expiry_date, a.allocated, a.quantity"
    " FROM allocations a JOIN lots lot ON lot.id = a.lot_id"
    " JOIN locations loc ON loc.id = a.location_id WHERE a.reservation_id = :id"
    " ORDER BY lot.expiry_date NULLS LAST, lot.code, loc.code"
)


def reservation_view(session: Session, reservation_id: uuid.UUID) -> ReservationView:
    row = session.execute(_RESERVATION, {"id": reservation_id}).first()
    if row is None:
        raise NotFound(f"no reservation {reservation_id}", code="reservation_not_found")
    allocations = [
        AllocationView(
            id=a[0],
            lot_code=a[1],
            location_code=a[2],
            expiry_date=a[3],
            allocated=a[4],
            remaining=a[5],
        )
        for a in session.execute(_ALLOCATIONS, {"id": reservation_id})
    ]
    return ReservationView(
        id=row[0],
        order_ref=row[1],
        item_code=row[2],
        site_code=row[3],
        need_date=row[4],
        quantity=row[5],
        base_uom=row[6],
        allocations=allocations,
        created_by=row[7],
        created_at=row[8],
        released_by=row[9],
        released_at=row[10],
    )


def get_reservation(
    session: Session, reservation_id: uuid.UUID, *, actor: Principal
) -> ReservationView:
    """A reservation asked for over the API (reserving answers with `reservation_view` itself)."""
    roles.TABLE.require(actor, "get_reservation")
    return reservation_view(session, reservation_id)
