"""Registering lots."""

from __future__ import annotations

import uuid

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import Conflict
from lotflow.idempotency import perform
from lotflow.outbox import emit
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.domain.expiry import expiry_from_shelf_life
from services.warehouse.models import Lot
from services.warehouse.schemas.lots import LotView, RegisterLot
from services.warehouse.service.transaction import utc_now


def register_lot(
    uow: UnitOfWork, *, request_id: str, command: RegisterLot, actor: Principal
) -> LotView:
    roles.TABLE.require(actor, "register_lot")
    return perform(
        uow,
        request_id=request_id,
        operation="warehouse.register_lot",
        request=command,
        result_type=LotView,
        execute=lambda session: register_lot_in(session, command, actor),
    )


# One statement: a lot already registered (also by a transaction committing meanwhile, which
# the insert waits for) inserts nothing, which is the Conflict.
_INSERT_LOT = (
    insert(Lot)
    .on_conflict_do_nothing(index_elements=["item_id", "code"])
    .returning(Lot.id, Lot.expiry_date)
)


def register_lot_in(session: Session, command: RegisterLot, actor: Principal) -> LotView:
    """Register the lot within the caller's transaction: Conflict lot_exists if it is there."""
    item = resolve.item(session, command.item_code)
    created_at = utc_now()
    registered = session.execute(
        _INSERT_LOT,
        {
            "id": uuid.uuid4(),
            "code": command.lot_code,
            "item_id": item.id,
            "origin": command.origin.value,
            "supplier": command.supplier,
            "supplier_lot": command.supplier_lot,
            "production_date": command.production_date,
            "expiry_date": command.expiry_date
            or expiry_from_shelf_life(command.production_date, item.shelf_life_days),
            "tlc_source": command.tlc_source,
            "attributes": command.attributes,
            "created_by": actor.user,
            "created_at": created_at,
        },
    ).first()
    if registered is None:
        raise Conflict(f"item {item.code} has a lot {command.lot_code} already", code="lot_exists")
    view = LotView(
        id=registered.id,
        lot_code=command.lot_code,
        item_code=item.code,
        origin=command.origin,
        supplier=command.supplier,
        supplier_lot=command.supplier_lot,
        production_date=command.production_date,
        expiry_date=registered.expiry_date,
        tlc_source=command.tlc_source,
        attributes=command.attributes,
        created_by=actor.user,
        created_at=created_at,
    )
    payload = view.model_dump(mode="json") | {
        "gtin": item.gtin,
        "product_description": item.description,
        "base_uom": item.base_uom,
    }
    emit(session, "warehouse.lot_registered", command.lot_code, payload)
    return view
