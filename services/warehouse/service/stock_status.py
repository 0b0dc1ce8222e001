"""Partial status decisions: change the status of a quantity at one location."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.refusals import refuse_if
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.domain.lot_status import (
    decision_reference_refusal,
    partial_change_target,
    settles_quality_decision,
)
from services.warehouse.domain.stock import MovementType, StockStatus
from services.warehouse.domain.units import to_base
from services.warehouse.schemas.lots import ChangeStockStatus
from services.warehouse.schemas.movements import MovementView
from services.warehouse.service.ledger.drafts import Draft, Posting
from services.warehouse.service.movements import post


def change_stock_status(
    uow: UnitOfWork, *, request_id: str, command: ChangeStockStatus, actor: Principal
) -> MovementView:
    roles.TABLE.require(actor, "change_stock_status")
    if settles_quality_decision(command.from_status, command.to_status):
        actor.require(roles.WORKFLOW)
        refuse_if(decision_reference_refusal(command.reference_type, command.reference_number))

    def build(session: Session, _now: datetime) -> Draft:
        lot = resolve.lot(session, command.lot_code, command.item_code)
        place = resolve.stock_location(session, command.location_code)
        # A held lot's stock goes to HOLD, not AVAILABLE: the posting follows the lot's holds.
        target = partial_change_target(command.from_status, command.to_status, on_hold=False)
        base = to_base(command.quantity, command.uom, lot.item.base_uom, lot.item.factors)
        return Draft(
            MovementType.STATUS_CHANGE,
            lot,
            command.quantity,
            command.uom,
            base,
            [Posting(place, command.from_status, -base), Posting(place, target, base)],
            from_location=place,
            from_status=command.from_status,
            to_location=place,
            to_status=target,
            reason_code=command.reason_code,
            reference_type=command.reference_type,
            reference_number=command.reference_number,
            follows_holds=target is StockStatus.AVAILABLE,
        )

    return post(uow, request_id, "warehouse.change_stock_status", command, actor, build)
