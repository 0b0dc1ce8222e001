"""Partial status decisions: change the status of a quantity at one location."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from services.warehouse.domain import roles
from services.warehouse.domain.lot_status import partial_change_target
from services.warehouse.domain.stock import MovementType, StockStatus
from services.warehouse.domain.units import to_base
from services.warehouse.schemas.lots import ChangeStockStatus
from services.warehouse.schemas.movements import MovementView
from services.warehouse.service import resolve
from services.warehouse.service.drafts import Draft, Posting
from services.warehouse.service.ledger import append, lot_on_hold_locked
from services.warehouse.service.transaction import rules_as_errors, utc_now


def change_stock_status(
    uow: UnitOfWork, *, request_id: str, command: ChangeStockStatus, actor: Principal
) -> MovementView:
    actor.require(roles.QUALITY)

    def execute(session: Session) -> MovementView:
        now: datetime = utc_now()
        lot = resolve.lot(session, command.lot_code, command.item_code)
        place = resolve.stock_location(session, command.location_code)
        on_hold = (
            lot_on_hold_locked(session, lot)
            if command.to_status is StockStatus.AVAILABLE
            else False
        )
        target = partial_change_target(command.from_status, command.to_status, on_hold)
        base = to_base(command.quantity, command.uom, lot.item.base_uom, lot.item.factors)
        draft = Draft(
            MovementType.STATUS_CHANGE, lot, command.quantity, command.uom, base,
            [Posting(place, command.from_status, -base), Posting(place, target, base)],
            from_location=place, from_status=command.from_status, to_location=place,
            to_status=target, reason_code=command.reason_code,
            reference_type=command.reference_type, reference_number=command.reference_number,
        )  # fmt: skip
        return append(session, draft, actor=actor.user, request_id=request_id, at=now)

    return perform(
        uow, request_id=request_id, operation="warehouse.change_stock_status", request=command,
        result_type=MovementView, execute=rules_as_errors(execute),
    )  # fmt: skip
