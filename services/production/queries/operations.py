"""Views of an order's operations as the floor recorded them."""

from __future__ import annotations

from collections.abc import Sequence

from services.production.domain.operations import OperationFacts, available_input
from services.production.models import OperationReport, OrderOperation, ProductionOrder
from services.production.schemas.operations import (
    OperationPosition,
    OperationRecord,
    OperationReportView,
)


def operation_position(
    order: ProductionOrder, operation: OrderOperation, facts: Sequence[OperationFacts]
) -> OperationPosition:
    return OperationPosition(
        seq=operation.seq,
        code=operation.code,
        work_center_code=operation.work_center_code,
        status=operation.status,
        received=operation.received_quantity,
        good=operation.good_quantity,
        scrap=operation.scrap_quantity,
        rework_out=operation.rework_out_quantity,
        rework_in=operation.rework_in_quantity,
        available=available_input(facts, operation.seq, order.quantity),
        started_at=operation.started_at,
        completed_at=operation.completed_at,
        last_event_at=operation.last_event_at,
    )


def report_view(report: OperationReport) -> OperationReportView:
    return OperationReportView.model_validate(
        {f: getattr(report, f) for f in OperationReportView.model_fields}
    )


def operation_record(
    order: ProductionOrder,
    operation: OrderOperation,
    report: OperationReport,
    facts: Sequence[OperationFacts],
) -> OperationRecord:
    return OperationRecord(
        order_number=order.number,
        order_status=order.status,
        operation=operation_position(order, operation, facts),
        report=report_view(report),
    )
