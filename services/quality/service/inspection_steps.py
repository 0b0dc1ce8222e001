"""Recording an inspection's results and completing it (after which they never change)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import invalid, refuse_if
from services.quality.domain import roles
from services.quality.domain.audit import AuditAction
from services.quality.domain.inspections import (
    INSPECTION_TRANSITIONS,
    InspectionResult,
    InspectionState,
    InspectionStep,
    completion_refusal,
    inspection_step_refusal,
    judge_attribute,
    judge_measurement,
    overall_result,
    result_refusal,
    unknown_characteristic_refusal,
    with_inspector,
)
from services.quality.domain.numbers import format_decimal
from services.quality.domain.plans import CharacteristicKind
from services.quality.domain.rules import duplicates
from services.quality.models import InspectionCheck
from services.quality.queries.inspections import inspection_view, load_inspection
from services.quality.schemas.inspections import (
    CompleteInspection,
    InspectionView,
    RecordInspectionResults,
    ResultEntry,
)
from services.quality.service.audit import record_step
from services.quality.service.inspections import inspection_event, lot_of_inspection
from services.quality.service.transaction import lot_key


def record_inspection_results(
    uow: UnitOfWork, *, request_id: str, command: RecordInspectionResults, actor: Principal
) -> InspectionView:
    roles.TABLE.require(actor, "record_inspection_results")
    return perform(
        uow,
        lock=lambda session: lot_key(lot_of_inspection(session, command.inspection_id)),
        actor=actor,
        request_id=request_id,
        operation="quality.record_inspection_results",
        request=command,
        result_type=InspectionView,
        execute=lambda session: _record_results(session, command, actor),
    )


def _record_results(
    session: Session, command: RecordInspectionResults, actor: Principal
) -> InspectionView:
    inspection = load_inspection(session, command.inspection_id)
    state = InspectionState(inspection.state)
    refuse_if(
        inspection_step_refusal(state, InspectionStep.RECORD_RESULTS),
        inspection_id=str(inspection.id),
    )
    names = [entry.characteristic for entry in command.results]
    repeated = duplicates(names)
    if repeated:
        raise invalid(
            "duplicate_result",
            f"give each characteristic's result once per call; repeated: {', '.join(repeated)}",
        )
    checks = {check.name: check for check in inspection.checks}
    refuse_if(unknown_characteristic_refusal(names, checks))
    for entry in command.results:
        kind = CharacteristicKind(checks[entry.characteristic].kind)
        refuse_if(result_refusal(entry.characteristic, kind, entry.value is not None))
    recorded = [_record(checks[entry.characteristic], entry, actor) for entry in command.results]
    inspection.inspectors = with_inspector(inspection.inspectors, actor.user)
    record_step(
        session,
        inspection_id=inspection.id,
        action=AuditAction.RESULTS_RECORDED,
        actor=actor,
        details={"results": recorded},
    )
    return inspection_view(load_inspection(session, inspection.id, refresh=True))


def _record(check: InspectionCheck, entry: ResultEntry, actor: Principal) -> dict[str, Any]:
    """Judge one result against the snapshotted limits; a new result replaces an earlier one
    (the history keeps both)."""
    if entry.value is not None:
        result = judge_measurement(entry.value, check.lower_limit, check.upper_limit)
        check.measured_value, check.passed = entry.value, None
        answer: dict[str, Any] = {"value": format_decimal(entry.value)}
    else:
        assert entry.passed is not None
        result = judge_attribute(entry.passed)
        check.measured_value, check.passed = None, entry.passed
        answer = {"passed": entry.passed}
    check.result = result.value
    check.recorded_by = actor.user
    check.recorded_at = func.now()
    return {"characteristic": check.name, **answer, "result": result.value}


def complete_inspection(
    uow: UnitOfWork, *, request_id: str, command: CompleteInspection, actor: Principal
) -> InspectionView:
    roles.TABLE.require(actor, "complete_inspection")
    return perform(
        uow,
        lock=lambda session: lot_key(lot_of_inspection(session, command.inspection_id)),
        actor=actor,
        request_id=request_id,
        operation="quality.complete_inspection",
        request=command,
        result_type=InspectionView,
        execute=lambda session: _complete(session, command, actor),
    )


def _complete(session: Session, command: CompleteInspection, actor: Principal) -> InspectionView:
    inspection = load_inspection(session, command.inspection_id)
    state = InspectionState(inspection.state)
    refuse_if(
        inspection_step_refusal(state, InspectionStep.COMPLETE), inspection_id=str(inspection.id)
    )
    results = {
        check.name: InspectionResult(check.result) if check.result else None
        for check in inspection.checks
    }
    refuse_if(completion_refusal(results), inspection_id=str(inspection.id))
    result = overall_result(r for r in results.values() if r is not None)
    inspection.state = INSPECTION_TRANSITIONS[(state, InspectionStep.COMPLETE)].value
    inspection.result = result.value
    inspection.completed_by = actor.user
    inspection.completed_at = func.now()
    inspection.inspectors = with_inspector(inspection.inspectors, actor.user)
    failed = [name for name, r in results.items() if r is InspectionResult.FAIL]
    record_step(
        session,
        inspection_id=inspection.id,
        action=AuditAction.COMPLETED,
        actor=actor,
        reason=command.comment,
        details={"result": result.value, "failed_characteristics": failed},
    )
    view = inspection_view(load_inspection(session, inspection.id, refresh=True))
    emit(session, "quality.inspection_completed", view.lot_code, inspection_event(view))
    return view
