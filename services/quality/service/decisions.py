"""The lot decision on a completed inspection; rejected stock gets an NCR in the same
transaction, so it always has a disposition path."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import refuse_if
from services.quality import warehouse
from services.quality.domain import roles
from services.quality.domain.audit import AuditAction
from services.quality.domain.decisions import (
    DecisionRequest,
    Split,
    decision_refusal,
    decision_split,
    segregation_refusal,
)
from services.quality.domain.inspections import (
    INSPECTION_TRANSITIONS,
    InspectionResult,
    InspectionState,
    InspectionStep,
    inspection_step_refusal,
)
from services.quality.domain.nonconformances import REJECTION_SEVERITY
from services.quality.domain.numbers import format_decimal
from services.quality.domain.warehouse_facts import lot_refusal
from services.quality.models import Inspection, LotDecision
from services.quality.queries.inspections import inspection_view, load_inspection
from services.quality.schemas.decisions import DecideLot
from services.quality.schemas.inspections import InspectionView
from services.quality.service.audit import record_step
from services.quality.service.inspections import lot_of_inspection
from services.quality.service.nonconformances import add_nonconformance
from services.quality.service.transaction import lot_key


def decide_lot(
    uow: UnitOfWork, *, request_id: str, command: DecideLot, actor: Principal
) -> InspectionView:
    roles.TABLE.require(actor, "decide_lot")
    return perform(
        uow,
        lock=lambda session: lot_key(lot_of_inspection(session, command.inspection_id)),
        actor=actor,
        request_id=request_id,
        operation="quality.decide_lot",
        request=command,
        result_type=InspectionView,
        execute=lambda session: _decide(session, command, actor),
    )


def _decide(session: Session, command: DecideLot, actor: Principal) -> InspectionView:
    inspection = load_inspection(session, command.inspection_id)
    state, step = InspectionState(inspection.state), InspectionStep.DECIDE
    details = {"inspection_id": str(inspection.id)}
    refuse_if(inspection_step_refusal(state, step), **details)
    refuse_if(segregation_refusal(actor.user, inspection.inspectors), **details)
    request = DecisionRequest(
        decision=command.decision,
        accepted=command.accepted_quantity,
        rejected=command.rejected_quantity,
        reason=command.reason,
        override_failed_result=command.override_failed_result,
    )
    result = InspectionResult(inspection.result)
    refuse_if(decision_refusal(request, inspection.quantity, result), **details)
    lot_known = warehouse.lot_known(inspection.lot_code, inspection.item_code)
    refuse_if(lot_refusal(inspection.lot_code, lot_known), **details)
    split = decision_split(request, inspection.quantity)
    ncr_id = (
        _open_rejection_ncr(session, inspection, command, split, actor) if split.rejected else None
    )
    session.add(
        LotDecision(
            inspection_id=inspection.id,
            lot_code=inspection.lot_code,
            item_code=inspection.item_code,
            supplier_code=inspection.supplier_code,
            decision=command.decision.value,
            accepted_quantity=split.accepted,
            rejected_quantity=split.rejected,
            unit=inspection.unit,
            override_failed_result=command.override_failed_result,
            reason=command.reason,
            decided_by=actor.user,
            nonconformance_id=ncr_id,
        )
    )
    inspection.state = INSPECTION_TRANSITIONS[(state, step)].value
    quantities = {
        "accepted_quantity": format_decimal(split.accepted),
        "rejected_quantity": format_decimal(split.rejected),
        "unit": inspection.unit,
    }
    record_step(
        session,
        inspection_id=inspection.id,
        action=AuditAction.LOT_DECIDED,
        actor=actor,
        reason=command.reason,
        details={
            "decision": command.decision.value,
            **quantities,
            "override_failed_result": command.override_failed_result,
            "nonconformance_id": str(ncr_id) if ncr_id else None,
        },
    )
    view = inspection_view(load_inspection(session, inspection.id, refresh=True))
    assert view.decision is not None
    emit(
        session,
        "quality.lot_decided",
        view.lot_code,
        {
            "inspection_id": str(view.id),
            "lot_code": view.lot_code,
            "item_code": view.item_code,
            "supplier_code": view.supplier_code,
            "receipt_reference": view.receipt_reference,
            "decision": command.decision.value,
            **quantities,
            "inspection_result": result.value,
            "override_failed_result": command.override_failed_result,
            "reason": command.reason,
            # The inspector who signed the results off; everyone who recorded any is listed.
            "inspector": view.completed_by,
            "inspectors": view.inspectors,
            "approver": actor.user,
            "decided_at": view.decision.decided_at.isoformat(),
            "nonconformance_id": str(ncr_id) if ncr_id else None,
        },
    )
    return view


def _open_rejection_ncr(
    session: Session, inspection: Inspection, command: DecideLot, split: Split, actor: Principal
) -> uuid.UUID:
    ncr = add_nonconformance(
        session,
        lot_code=inspection.lot_code,
        item_code=inspection.item_code,
        supplier_code=inspection.supplier_code,
        description=(
            f"{format_decimal(split.rejected)} {inspection.unit} of lot {inspection.lot_code} "
            f"(receipt {inspection.receipt_reference}) rejected on inspection "
            f"({command.decision.value} decision): {command.reason}"
        ),
        quantity=split.rejected,
        unit=inspection.unit,
        severity=REJECTION_SEVERITY,
        source_inspection_id=inspection.id,
        actor=actor,
    )
    return ncr.id
