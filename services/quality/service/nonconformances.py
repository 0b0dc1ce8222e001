"""Opening nonconformance reports, on their own or for stock a lot decision rejected."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import not_found, refuse_if
from services.quality.domain import roles
from services.quality.domain.audit import AuditAction
from services.quality.domain.nonconformances import (
    NonconformanceState,
    Severity,
    source_inspection_refusal,
)
from services.quality.domain.numbers import format_decimal
from services.quality.models import Inspection, Nonconformance
from services.quality.queries.nonconformances import load_nonconformance, nonconformance_view
from services.quality.schemas.nonconformances import NonconformanceView, OpenNonconformance
from services.quality.service.audit import record_step
from services.quality.service.transaction import lot_key


def nonconformance_event(view: NonconformanceView) -> dict[str, Any]:
    """A nonconformance as events carry it: everything but its history."""
    return view.model_dump(mode="json", exclude={"history"})


def add_nonconformance(
    session: Session,
    *,
    lot_code: str,
    item_code: str,
    supplier_code: str | None,
    description: str,
    quantity: Decimal,
    unit: str,
    severity: Severity,
    source_inspection_id: uuid.UUID | None,
    actor: Principal,
) -> NonconformanceView:
    """Open an NCR in the caller's transaction (also used by a reject or partial decision)."""
    ncr = Nonconformance(
        lot_code=lot_code,
        item_code=item_code,
        supplier_code=supplier_code,
        description=description,
        quantity=quantity,
        unit=unit,
        severity=severity.value,
        state=NonconformanceState.OPEN.value,
        source_inspection_id=source_inspection_id,
        opened_by=actor.user,
    )
    session.add(ncr)
    session.flush()
    record_step(
        session,
        nonconformance_id=ncr.id,
        action=AuditAction.OPENED,
        actor=actor,
        details={"quantity": format_decimal(quantity), "unit": unit, "severity": severity.value},
    )
    view = nonconformance_view(load_nonconformance(session, ncr.id, refresh=True))
    emit(session, "quality.nonconformance_opened", lot_code, nonconformance_event(view))
    return view


def open_nonconformance(
    uow: UnitOfWork, *, request_id: str, command: OpenNonconformance, actor: Principal
) -> NonconformanceView:
    roles.TABLE.require(actor, "open_nonconformance")
    return perform(
        uow,
        lock=lambda _: lot_key(command.lot_code),
        actor=actor,
        request_id=request_id,
        operation="quality.open_nonconformance",
        request=command,
        result_type=NonconformanceView,
        execute=lambda session: _open(session, command, actor),
    )


def _open(session: Session, command: OpenNonconformance, actor: Principal) -> NonconformanceView:
    supplier_code = command.supplier_code
    if command.source_inspection_id is not None:
        inspection = session.get(Inspection, command.source_inspection_id)
        if inspection is None:
            raise not_found(
                "inspection_not_found", f"no inspection with id {command.source_inspection_id}"
            )
        refuse_if(
            source_inspection_refusal(
                lot_code=command.lot_code,
                item_code=command.item_code,
                supplier_code=command.supplier_code,
                unit=command.unit,
                quantity=command.quantity,
                inspection_lot_code=inspection.lot_code,
                inspection_item_code=inspection.item_code,
                inspection_supplier_code=inspection.supplier_code,
                inspection_unit=inspection.unit,
                inspected_quantity=inspection.quantity,
            ),
            inspection_id=str(inspection.id),
        )
        supplier_code = inspection.supplier_code
    return add_nonconformance(
        session,
        lot_code=command.lot_code,
        item_code=command.item_code,
        supplier_code=supplier_code,
        description=command.description,
        quantity=command.quantity,
        unit=command.unit,
        severity=command.severity,
        source_inspection_id=command.source_inspection_id,
        actor=actor,
    )
