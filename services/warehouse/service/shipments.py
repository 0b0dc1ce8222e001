"""Shipments to customers: AVAILABLE, unexpired stock only, with the FSMA 204 shipping KDEs."""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import Conflict, Invalid
from lotflow.idempotency import perform
from lotflow.outbox import emit
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.domain.expiry import is_expired_at, local_day
from services.warehouse.domain.stock import MovementType, StockStatus, check_expiry
from services.warehouse.domain.units import to_base
from services.warehouse.schemas.orders import ShipmentView, ShippingKdes, ShipStock
from services.warehouse.service.ledger.append import append
from services.warehouse.service.ledger.drafts import Draft, Posting
from services.warehouse.service.transaction import utc_now

_INSERT_SHIPMENT = text(
    "INSERT INTO shipments (id, number, customer, ship_to, ship_from_site_id, order_ref,"
    " shipped_by, shipped_at) VALUES (:id, :number, :customer, :ship_to, :site, :order,"
    " :actor, :at) ON CONFLICT (number) DO NOTHING RETURNING id"
)
_INSERT_LINE = text(
    "INSERT INTO shipment_lines (shipment_id, line_no, movement_id, lot_id, location_id,"
    " quantity, uom, base_quantity) VALUES (:shipment, :line, :movement, :lot, :location,"
    " :q, :uom, :base)"
)


def ship_stock(
    uow: UnitOfWork, *, request_id: str, command: ShipStock, actor: Principal
) -> ShipmentView:
    roles.TABLE.require(actor, "ship_stock")
    return perform(
        uow,
        request_id=request_id,
        operation="warehouse.ship_stock",
        request=command,
        result_type=ShipmentView,
        execute=lambda session: _ship(session, command, actor, request_id),
    )


def _ship(session: Session, command: ShipStock, actor: Principal, request_id: str):
    now = utc_now()
    drafts: list[Draft] = []
    for line in command.lines:
        lot = resolve.lot(session, line.lot_code, line.item_code)
        place = resolve.stock_location(session, line.location_code)
        base = to_base(line.quantity, line.uom, lot.item.base_uom, lot.item.factors)
        check_expiry(MovementType.SHIP, is_expired_at(lot.expiry_date, now, place.time_zone), None)
        reserved = base * 0
        if line.reservation_id is not None:
            reserved = -base
        drafts.append(
            Draft(
                MovementType.SHIP,
                lot,
                line.quantity,
                line.uom,
                base,
                [Posting(place, StockStatus.AVAILABLE, -base, reserved)],
                from_location=place,
                from_status=StockStatus.AVAILABLE,
                reference_type="SHIPMENT",
                reference_number=command.shipment_number,
                reservation_id=line.reservation_id,
                consumes_allocation=line.reservation_id is not None,
            )
        )
    sites = {draft.from_location.site_id for draft in drafts}
    if len(sites) != 1:
        raise Invalid("a shipment leaves from one site", code="shipment_spans_sites")
    shipment_id = uuid.uuid4()
    site_code = drafts[0].from_location.site_code
    inserted = session.execute(
        _INSERT_SHIPMENT,
        {
            "id": shipment_id,
            "number": command.shipment_number,
            "customer": command.customer,
            "ship_to": command.ship_to,
            "site": sites.pop(),
            "order": command.order_ref,
            "actor": actor.user,
            "at": now,
        },
    ).first()
    if inserted is None:
        raise Conflict(f"shipment {command.shipment_number} exists already", code="shipment_exists")
    for draft in drafts:
        draft.shipment_id = shipment_id
        draft.event_extra = {"customer": command.customer, "ship_to": command.ship_to}
    # Every line in one append: allocations first, then every balance in the global order.
    movements = append(session, drafts, actor=actor.user, request_id=request_id, at=now)
    kdes = []
    for number, (draft, movement) in enumerate(zip(drafts, movements, strict=True), start=1):
        session.execute(
            _INSERT_LINE,
            {
                "shipment": shipment_id,
                "line": number,
                "movement": movement.id,
                "lot": draft.lot.id,
                "location": draft.from_location.id,
                "q": draft.quantity,
                "uom": draft.uom,
                "base": draft.base_quantity,
            },
        )
        kdes.append(_kdes(draft, command, now))
    view = ShipmentView(
        id=shipment_id,
        shipment_number=command.shipment_number,
        customer=command.customer,
        ship_to=command.ship_to,
        ship_from_site_code=site_code,
        order_ref=command.order_ref,
        shipped_by=actor.user,
        shipped_at=now,
        movements=movements,
        kdes=kdes,
    )
    emit(session, "warehouse.shipped", command.shipment_number, view.model_dump(mode="json"))
    return view


def _kdes(draft: Draft, command: ShipStock, now) -> ShippingKdes:
    place = draft.from_location
    return ShippingKdes(
        traceability_lot_code=draft.lot.code,
        quantity=draft.quantity,
        unit=draft.uom,
        product_description=draft.lot.item.description,
        ship_to_location=command.ship_to,
        ship_from_location=f"{place.site_code}/{place.code}",
        date_shipped=local_day(now, place.time_zone),
        tlc_source=draft.lot.tlc_source,
        reference_document_type="SHIPMENT",
        reference_document_number=command.shipment_number,
    )
