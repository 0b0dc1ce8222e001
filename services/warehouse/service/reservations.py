"""Reservations against orders: FEFO allocation that never exceeds free stock.

Candidates are read, a FEFO plan is made in the domain, and each share of it is a `reserve`
movement through the ledger, whose guarded update of the balance's `reserved` fails if another
client took the stock in between; the remainder is then planned again from fresh balances. The
lots are locked FOR KEY SHARE first, so a hold either sees the reservation (and cancels it) or
the reservation sees the hold.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import Invalid, NotFound, Unavailable
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import RuleBroken
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.domain.allocation import Candidate, plan_fefo
from services.warehouse.domain.expiry import earliest_usable_expiry, local_day
from services.warehouse.domain.stock import MovementType, StockStatus
from services.warehouse.domain.units import to_base
from services.warehouse.queries.reservations import reservation_view
from services.warehouse.schemas.orders import (
    AllocationView,
    ReleaseReservation,
    ReservationView,
    ReserveStock,
)
from services.warehouse.service.ledger.append import append
from services.warehouse.service.ledger.drafts import Draft, Posting
from services.warehouse.service.transaction import utc_now

# Each round either reserves everything planned or finds stock taken by someone else.
MAX_PLANNING_ROUNDS = 20

_CANDIDATES = text(
    "SELECT b.lot_id, b.location_id, lot.code, loc.code, lot.expiry_date, b.qty - b.reserved"
    " FROM stock_balances b JOIN lots lot ON lot.id = b.lot_id"
    " JOIN locations loc ON loc.id = b.location_id"
    " WHERE b.item_id = :item AND b.site_id = :site AND b.status = 'AVAILABLE'"
    " AND b.qty > b.reserved AND (lot.expiry_date IS NULL OR lot.expiry_date >= :usable_from)"
    " AND (CAST(:lot AS uuid) IS NULL OR b.lot_id = CAST(:lot AS uuid))"
)
_LOCK_LOTS = text("SELECT id FROM lots WHERE id = ANY(:lots) ORDER BY id FOR KEY SHARE")
_INSERT_ALLOCATION = text(
    "INSERT INTO allocations (id, reservation_id, lot_id, location_id, quantity, allocated)"
    " VALUES (:id, :reservation, :lot, :location, :q, :q)"
)
_INSERT_RESERVATION = text(
    "INSERT INTO reservations (id, order_ref, item_id, site_id, need_date, quantity,"
    " created_by, created_at) VALUES (:id, :order, :item, :site, :need, :q, :actor, :at)"
)


def reserve_stock(
    uow: UnitOfWork, *, request_id: str, command: ReserveStock, actor: Principal
) -> ReservationView:
    roles.TABLE.require(actor, "reserve_stock")

    def execute(session: Session) -> ReservationView:
        now = utc_now()
        item = resolve.item(session, command.item_code)
        site = resolve.location(session, command.site_code)
        if site.level != "site":
            raise Invalid(f"{site.code} is not a site", code="location_not_a_site")
        lot = resolve.lot(session, command.lot_code, item.code) if command.lot_code else None
        base = to_base(command.quantity, command.uom, item.base_uom, item.factors)
        # A need date in the past is today: stock expired by now is never reserved.
        day = max(command.need_date, local_day(now, site.time_zone))
        reservation_id = uuid.uuid4()
        session.execute(
            _INSERT_RESERVATION,
            {
                "id": reservation_id,
                "order": command.order_ref,
                "item": item.id,
                "site": site.id,
                "need": command.need_date,
                "q": base,
                "actor": actor.user,
                "at": now,
            },
        )

        def reserve(lot_record: resolve.LotRecord, place: resolve.LocationRecord, share: Decimal):
            draft = Draft(
                MovementType.RESERVE,
                lot_record,
                share,
                item.base_uom,
                share,
                [Posting(place, StockStatus.AVAILABLE, Decimal(0), share)],
                from_location=place,
                from_status=StockStatus.AVAILABLE,
                reference_type="ORDER",
                reference_number=command.order_ref,
                reservation_id=reservation_id,
            )
            append(session, [draft], actor=actor.user, request_id=request_id, at=now)

        taken = _allocate(session, item, site, lot, base, day, reserve)
        allocations = []
        for candidate, quantity in taken:
            allocation_id = uuid.uuid4()
            session.execute(
                _INSERT_ALLOCATION,
                {
                    "id": allocation_id,
                    "reservation": reservation_id,
                    "lot": candidate.lot_id,
                    "location": candidate.location_id,
                    "q": quantity,
                },
            )
            allocations.append(
                AllocationView(
                    id=allocation_id,
                    lot_code=candidate.lot_code,
                    location_code=candidate.location_code,
                    expiry_date=candidate.expiry_date,
                    allocated=quantity,
                    remaining=quantity,
                )
            )
        view = ReservationView(
            id=reservation_id,
            order_ref=command.order_ref,
            item_code=item.code,
            site_code=site.code,
            need_date=command.need_date,
            quantity=base,
            base_uom=item.base_uom,
            allocations=allocations,
            created_by=actor.user,
            created_at=now,
        )
        emit(session, "warehouse.stock_reserved", command.order_ref, view.model_dump(mode="json"))
        return view

    return perform(
        uow,
        request_id=request_id,
        operation="warehouse.reserve_stock",
        request=command,
        result_type=ReservationView,
        execute=execute,
    )


def _allocate(session: Session, item, site, lot, quantity: Decimal, day, reserve) -> list:
    """Reserve `quantity` by FEFO, each share by `reserve(lot, location, share)`; returns
    [(candidate, quantity)] merged per balance."""
    taken: dict[tuple, list] = {}
    remaining = quantity
    locked: set[uuid.UUID] = set()
    for _round in range(MAX_PLANNING_ROUNDS):
        rows = session.execute(
            _CANDIDATES,
            {
                "item": item.id,
                "site": site.id,
                "usable_from": earliest_usable_expiry(day),
                "lot": lot.id if lot else None,
            },
        ).all()
        plan = plan_fefo([Candidate(*row) for row in rows], remaining, day)
        new_lots = sorted({c.lot_id for c, _ in plan} - locked)
        if new_lots:
            session.execute(_LOCK_LOTS, {"lots": new_lots})
            locked.update(new_lots)
        try:
            for candidate, share in plan:
                place = resolve.location(session, candidate.location_code)
                lot_record = resolve.lot(session, candidate.lot_code, item.code)
                reserve(lot_record, place, share)
                key = (candidate.lot_id, candidate.location_id)
                entry = taken.setdefault(key, [candidate, Decimal(0)])
                entry[1] += share
                remaining -= share
        except RuleBroken:
            # Someone took part of it meanwhile: plan the rest again. The refused share was
            # one posting, so it changed nothing.
            continue
        return [(candidate, share) for candidate, share in taken.values()]
    raise Unavailable(
        "stock kept changing while reserving; try again", code="reservation_contended"
    )


def release_reservation(
    uow: UnitOfWork, *, request_id: str, command: ReleaseReservation, actor: Principal
) -> ReservationView:
    roles.TABLE.require(actor, "release_reservation")

    def execute(session: Session) -> ReservationView:
        now: datetime = utc_now()
        rows = session.execute(
            text(
                "SELECT a.id, lot.code, item.code, loc.code, a.quantity FROM allocations a"
                " JOIN lots lot ON lot.id = a.lot_id JOIN items item ON item.id = lot.item_id"
                " JOIN locations loc ON loc.id = a.location_id"
                " WHERE a.reservation_id = :id ORDER BY a.id FOR UPDATE OF a"
            ),
            {"id": command.reservation_id},
        ).all()
        if not rows:
            raise NotFound(f"no reservation {command.reservation_id}", code="reservation_not_found")
        drafts = []
        for allocation_id, lot_code, item_code, location_code, quantity in rows:
            if quantity == 0:
                continue
            lot = resolve.lot(session, lot_code, item_code)
            place = resolve.location(session, location_code)
            session.execute(
                text("UPDATE allocations SET quantity = 0 WHERE id = :id"), {"id": allocation_id}
            )
            drafts.append(
                Draft(
                    MovementType.UNRESERVE,
                    lot,
                    quantity,
                    lot.item.base_uom,
                    quantity,
                    [Posting(place, StockStatus.AVAILABLE, Decimal(0), -quantity)],
                    from_location=place,
                    from_status=StockStatus.AVAILABLE,
                    reservation_id=command.reservation_id,
                    note=command.reason,
                )
            )
        append(session, drafts, actor=actor.user, request_id=request_id, at=now)
        view = reservation_view(session, command.reservation_id)
        emit(
            session, "warehouse.reservation_released", view.order_ref, view.model_dump(mode="json")
        )
        return view

    return perform(
        uow,
        request_id=request_id,
        operation="warehouse.release_reservation",
        request=command,
        result_type=ReservationView,
        execute=execute,
    )
