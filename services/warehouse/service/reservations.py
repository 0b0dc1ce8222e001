"""Reservations against orders: FEFO allocation that never exceeds free stock.

Candidates are read, a FEFO plan is made in the domain, and the whole plan is posted as
`reserve` movements in one ledger append, which takes the balances in the ledger's lock order
(as every movement does) and whose guarded update of a balance's `reserved` fails if another
client took the stock in between; the plan is then undone (its savepoint rolled back, its locks
released) and made again from fresh balances. Posting share by share in FEFO order instead held
one bin's balance while waiting for the next, and deadlocked with transfers between the two.
The lots are locked FOR KEY SHARE first, so a hold either sees the reservation (and cancels it)
or the reservation sees the hold.
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
from lotflow.refusals import RuleBroken, refused
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
_LOCK_RESERVATION = text("SELECT released_at FROM reservations WHERE id = :id FOR NO KEY UPDATE")
_OPEN_ALLOCATIONS = text(
    "SELECT a.id, lot.code, item.code, loc.code, a.quantity FROM allocations a"
    " JOIN lots lot ON lot.id = a.lot_id JOIN items item ON item.id = lot.item_id"
    " JOIN locations loc ON loc.id = a.location_id"
    " WHERE a.reservation_id = :id ORDER BY a.id FOR UPDATE OF a"
)
_MARK_RELEASED = text(
    "UPDATE reservations SET released_by = :actor, released_at = :at WHERE id = :id"
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

        def reserve(plan: list[tuple[Candidate, Decimal]]) -> None:
            drafts = []
            for candidate, share in plan:
                place = resolve.location(session, candidate.location_code)
                drafts.append(
                    Draft(
                        MovementType.RESERVE,
                        resolve.lot(session, candidate.lot_code, item.code),
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
                )
            append(session, drafts, actor=actor.user, request_id=request_id, at=now)

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
        actor=actor,
        request_id=request_id,
        operation="warehouse.reserve_stock",
        request=command,
        result_type=ReservationView,
        execute=execute,
    )


def _allocate(session: Session, item, site, lot, quantity: Decimal, day, reserve) -> list:
    """Reserve `quantity` by FEFO, the whole plan at once by `reserve(plan)`; returns the plan
    that was reserved, [(candidate, quantity)], one entry per balance."""
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
        plan = plan_fefo([Candidate(*row) for row in rows], quantity, day)
        new_lots = sorted({c.lot_id for c, _ in plan} - locked)
        if new_lots:
            session.execute(_LOCK_LOTS, {"lots": new_lots})
            locked.update(new_lots)
        try:
            with session.begin_nested():
                reserve(plan)
        except RuleBroken:
            # Someone took part of it meanwhile: the savepoint undid the plan's postings and
            # released their locks; plan again from what is free now.
            continue
        return plan
    raise Unavailable(
        "stock kept changing while reserving; try again", code="reservation_contended"
    )


def release_reservation(
    uow: UnitOfWork, *, request_id: str, command: ReleaseReservation, actor: Principal
) -> ReservationView:
    roles.TABLE.require(actor, "release_reservation")

    def execute(session: Session) -> ReservationView:
        now: datetime = utc_now()
        # The reservation first: reserved transfers share it, so they finish before this
        # release locks the allocations, and every allocation they moved is released here.
        found = session.execute(_LOCK_RESERVATION, {"id": command.reservation_id}).first()
        if found is None:
            raise NotFound(f"no reservation {command.reservation_id}", code="reservation_not_found")
        if found.released_at is not None:
            raise refused(
                "reservation_released", f"reservation {command.reservation_id} was released"
            )
        # Only what each allocation still holds: issued stock is gone, staged stock is
        # released where it now lies.
        rows = session.execute(_OPEN_ALLOCATIONS, {"id": command.reservation_id}).all()
        session.execute(
            _MARK_RELEASED, {"id": command.reservation_id, "actor": actor.user, "at": now}
        )
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
        actor=actor,
        request_id=request_id,
        operation="warehouse.release_reservation",
        request=command,
        result_type=ReservationView,
        execute=execute,
    )
