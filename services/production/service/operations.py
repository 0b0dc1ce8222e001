"""The floor's record of an order's operations: start, report (good, scrap with a reason valid
at the work center, rework to an earlier operation) and completion, each once per request id,
with the order row locked so reports on one order apply one after the other."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import Refusal, RefusalKind, invalid, not_found, refuse_if
from services.production.domain.operations import (
    OperationFacts,
    OperationStatus,
    Report,
    ReportKind,
    completion_refusal,
    order_refusal,
    received,
    report_refusal,
    start_refusal,
)
from services.production.domain.roles import TABLE
from services.production.domain.wip import shown
from services.production.domain.work_centers import ScrapReasonFacts, scrap_reason_refusal
from services.production.models import (
    OperationReport,
    OrderEvent,
    OrderOperation,
    ProductionOrder,
    RoutingOperation,
    ScrapReason,
    WorkCenter,
)
from services.production.queries.operations import operation_record
from services.production.schemas.operations import (
    OperationCommand,
    OperationRecord,
    RecordOperationCompletion,
    RecordOperationReport,
    RecordOperationStart,
)


def locked_order(session: Session, number: str) -> ProductionOrder:
    """The order, locked for this transaction: the floor's records on it are serialised."""
    order = session.scalar(
        select(ProductionOrder).where(ProductionOrder.number == number).with_for_update()
    )
    if order is None:
        raise not_found("order_not_found", f"no production order {number}")
    return order


def operation_facts(session: Session, order: ProductionOrder) -> list[OperationFacts]:
    routing = {
        o.seq: o
        for o in session.scalars(
            select(RoutingOperation).where(RoutingOperation.routing_id == order.routing_id)
        )
    }
    facts = []
    for operation in order.operations:
        step = routing.get(operation.seq)
        facts.append(
            OperationFacts(
                seq=operation.seq,
                status=OperationStatus(operation.status),
                good=operation.good_quantity,
                scrap=operation.scrap_quantity,
                rework_out=operation.rework_out_quantity,
                rework_in=operation.rework_in_quantity,
                reworkable=bool(step and step.reworkable),
                rework_to_seq=step.rework_to_seq if step else None,
            )
        )
    return facts


def operation_of(order: ProductionOrder, seq: int) -> OrderOperation:
    for operation in order.operations:
        if operation.seq == seq:
            return operation
    raise not_found(
        "operation_not_found", f"order {order.number} has no operation {seq}", operation_seq=seq
    )


def record_history(
    session: Session, order: ProductionOrder, kind: str, detail: dict, actor: Principal
) -> None:
    session.add(OrderEvent(order_id=order.id, kind=kind, detail=detail, actor=actor.user))


def _run(
    uow: UnitOfWork,
    name: str,
    request_id: str,
    command: OperationCommand,
    actor: Principal,
    change: Callable[[Session, ProductionOrder, OrderOperation, datetime], OperationReport],
) -> OperationRecord:
    TABLE.require(actor, name)

    def execute(session: Session) -> OperationRecord:
        order = locked_order(session, command.order_number)
        refuse_if(order_refusal(order.status, order.blocked, order.number))
        operation = operation_of(order, command.operation_seq)
        now = session.scalar(select(func.now()))
        report = change(session, order, operation, now)
        report.order_operation_id = operation.id
        report.reported_by = actor.user
        report.reported_at = now
        session.add(report)
        operation.last_event_at = now
        _refresh_received(session, order)
        session.flush()
        record = operation_record(order, operation, report, operation_facts(session, order))
        payload = {
            "order_number": order.number,
            "item_code": order.item_code,
            "site_code": order.site_code,
            "operation_seq": operation.seq,
            "work_center_code": operation.work_center_code,
            "kind": report.kind,
            "good": shown(report.good),
            "scrap": shown(report.scrap),
            "rework": shown(report.rework),
            "rework_to_seq": report.rework_to_seq,
            "reported_by": actor.user,
            "reported_at": now.isoformat(),
        }
        event = {
            ReportKind.START: "production.operation_started",
            ReportKind.REPORT: "production.operation_reported",
            ReportKind.COMPLETE: "production.operation_completed",
        }[ReportKind(report.kind)]
        emit(session, event, order.number, payload)
        if report.scrap > 0:
            scrap = {**payload, "quantity": shown(report.scrap), "reason": report.scrap_reason_code}
            emit(session, "production.scrap", order.number, scrap)
        record_history(session, order, event.removeprefix("production."), payload, actor)
        return record

    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation=f"production.{name}",
        request=command,
        result_type=OperationRecord,
        execute=execute,
    )


def _refresh_received(session: Session, order: ProductionOrder) -> None:
    facts = operation_facts(session, order)
    for operation in order.operations:
        operation.received_quantity = received(facts, operation.seq, order.quantity)


def record_operation_start(
    uow: UnitOfWork, *, request_id: str, command: RecordOperationStart, actor: Principal
) -> OperationRecord:
    def change(session, order, operation, now) -> OperationReport:  # noqa: ANN001
        refuse_if(start_refusal(operation_facts(session, order), operation.seq))
        operation.status = OperationStatus.STARTED.value
        operation.started_at = now
        operation.started_by = actor.user
        if order.status == "released":
            order.status = "in_progress"
        return _report_row(ReportKind.START)

    return _run(uow, "record_operation_start", request_id, command, actor, change)


def record_operation_report(
    uow: UnitOfWork, *, request_id: str, command: RecordOperationReport, actor: Principal
) -> OperationRecord:
    def change(session, order, operation, now) -> OperationReport:  # noqa: ANN001
        report = Report(command.good, command.scrap, command.rework, command.rework_to_seq)
        refuse_if(
            report_refusal(operation_facts(session, order), operation.seq, order.quantity, report)
        )
        if command.scrap > 0:
            _check_scrap_reason(session, operation.work_center_code, command.scrap_reason_code)
        operation.good_quantity += command.good
        operation.scrap_quantity += command.scrap
        if command.rework > 0:
            operation.rework_out_quantity += command.rework
            target = operation_of(order, command.rework_to_seq)
            target.rework_in_quantity += command.rework
            target.last_event_at = now
            if target.status == OperationStatus.COMPLETED.value:
                # Rework reopens the operation it goes back to.
                target.status = OperationStatus.STARTED.value
                target.completed_at = None
        return _report_row(
            ReportKind.REPORT,
            good=command.good,
            scrap=command.scrap,
            scrap_reason_code=command.scrap_reason_code if command.scrap > 0 else None,
            rework=command.rework,
            rework_to_seq=command.rework_to_seq if command.rework > 0 else None,
            note=command.note,
        )

    return _run(uow, "record_operation_report", request_id, command, actor, change)


def record_operation_completion(
    uow: UnitOfWork, *, request_id: str, command: RecordOperationCompletion, actor: Principal
) -> OperationRecord:
    def change(session, order, operation, now) -> OperationReport:  # noqa: ANN001
        refuse_if(completion_refusal(operation_facts(session, order), operation.seq))
        operation.status = OperationStatus.COMPLETED.value
        operation.completed_at = now
        return _report_row(ReportKind.COMPLETE)

    return _run(uow, "record_operation_completion", request_id, command, actor, change)


def _report_row(kind: ReportKind, **fields) -> OperationReport:  # noqa: ANN003
    zero = Decimal(0)
    return OperationReport(
        kind=kind.value, **{"good": zero, "scrap": zero, "rework": zero, **fields}
    )


def _check_scrap_reason(session: Session, work_center_code: str, reason_code: str | None) -> None:
    if not reason_code:
        raise invalid(
            "scrap_reason_required",
            f"scrap needs a reason code defined at work center {work_center_code}",
        )
    found = session.execute(
        select(WorkCenter.code, ScrapReason.reason_code, ScrapReason.active)
        .join(ScrapReason, ScrapReason.work_center_id == WorkCenter.id)
        .where(WorkCenter.code == work_center_code, ScrapReason.reason_code == reason_code)
    ).first()
    facts = ScrapReasonFacts(*found) if found else None
    refusal = scrap_reason_refusal(
        facts, work_center_code=work_center_code, reason_code=reason_code
    )
    if refusal is not None and refusal.code == "scrap_reason_not_defined":
        # The floor's name for a reason the work center does not know.
        refusal = Refusal("scrap_reason_unknown", refusal.message, RefusalKind.INVALID)
    refuse_if(refusal)
