"""Opening an inspection of a received lot against a snapshot of the plan that applies."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import Conflict
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import not_found, refused
from services.quality.domain import roles
from services.quality.domain.audit import AuditAction
from services.quality.domain.inspections import UNDECIDED_STATES, InspectionState
from services.quality.models import Inspection, InspectionCheck
from services.quality.queries.inspections import inspection_view, load_inspection
from services.quality.queries.plans import applicable_plan
from services.quality.schemas.inspections import InspectionView, OpenInspection
from services.quality.service.audit import record_step
from services.quality.service.transaction import lot_key


def lot_of_inspection(session: Session, inspection_id: uuid.UUID) -> str:
    lot_code = session.scalar(select(Inspection.lot_code).where(Inspection.id == inspection_id))
    if lot_code is None:
        raise not_found("inspection_not_found", f"no inspection with id {inspection_id}")
    return lot_code


def inspection_event(view: InspectionView) -> dict[str, Any]:
    """An inspection as events carry it: everything but its history."""
    return view.model_dump(mode="json", exclude={"history"})


def open_inspection(
    uow: UnitOfWork, *, request_id: str, command: OpenInspection, actor: Principal
) -> InspectionView:
    roles.TABLE.require(actor, "open_inspection")
    return perform(
        uow,
        lock=lambda _: lot_key(command.lot_code),
        actor=actor,
        request_id=request_id,
        operation="quality.open_inspection",
        request=command,
        result_type=InspectionView,
        execute=lambda session: _open_inspection(session, command, actor),
    )


def _open_inspection(session: Session, command: OpenInspection, actor: Principal) -> InspectionView:
    plan = applicable_plan(session, command.item_code, command.supplier_code)
    if plan is None:
        source = f" from supplier {command.supplier_code}" if command.supplier_code else ""
        raise refused(
            "no_inspection_plan",
            f"no inspection plan applies to item {command.item_code}{source}; "
            "define one before opening an inspection",
        )
    undecided = session.scalar(
        select(Inspection.id).where(
            Inspection.lot_code == command.lot_code,
            Inspection.receipt_reference == command.receipt_reference,
            Inspection.state.in_([s.value for s in UNDECIDED_STATES]),
        )
    )
    if undecided is not None:
        raise Conflict(
            f"lot {command.lot_code} of receipt {command.receipt_reference} already has an "
            "inspection waiting for its decision",
            code="inspection_exists",
            inspection_id=str(undecided),
        )
    inspection = Inspection(
        lot_code=command.lot_code,
        item_code=command.item_code,
        supplier_code=command.supplier_code,
        receipt_reference=command.receipt_reference,
        quantity=command.quantity,
        unit=command.unit,
        state=InspectionState.OPEN.value,
        plan_id=plan.id,
        plan_version=plan.version,
        plan_supplier_code=plan.supplier_code,
        sample_size=plan.sample_size,
        inspectors=[],
        opened_by=actor.user,
        checks=[
            InspectionCheck(
                position=c.position,
                name=c.name,
                kind=c.kind,
                lower_limit=c.lower_limit,
                upper_limit=c.upper_limit,
                unit=c.unit,
            )
            for c in plan.characteristics
        ],
    )
    session.add(inspection)
    session.flush()
    record_step(
        session,
        inspection_id=inspection.id,
        action=AuditAction.OPENED,
        actor=actor,
        details={"plan_id": str(plan.id), "plan_version": plan.version},
    )
    view = inspection_view(load_inspection(session, inspection.id, refresh=True))
    emit(session, "quality.inspection_opened", view.lot_code, inspection_event(view))
    return view
