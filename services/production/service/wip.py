"""Completing an order: its last operation completed, backflush_order lines consumed, variances
of manual lines against the standard for what was made, unused staged stock given back to the
warehouse (the reservation's remainder released and each lot taken back to where staging took
it from), the order completed with its yield."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import refuse_if, refused
from services.production import floor_peers
from services.production.domain.consumption import IssuePolicy, standard_for
from services.production.domain.operations import OperationStatus, first_pass_good, order_refusal
from services.production.domain.roles import TABLE
from services.production.domain.wip import ratio
from services.production.models import OrderMaterial, ProductionOrder
from services.production.schemas.consumption import Backflush, CompleteOrder
from services.production.schemas.outputs import MaterialVariance, OrderCompletion, StagedReturn
from services.production.service.consumption import backflush_lines, material_line, rework_loops
from services.production.service.operations import locked_order, record_history
from services.production.service.outputs import produced


def complete_order(
    uow: UnitOfWork, *, request_id: str, command: CompleteOrder, actor: Principal
) -> OrderCompletion:
    TABLE.require(actor, "complete_order")

    def execute(session: Session) -> OrderCompletion:
        order = locked_order(session, command.order_number)
        refuse_if(order_refusal(order.status, order.blocked, order.number))
        if not order.operations or order.operations[-1].status != OperationStatus.COMPLETED:
            raise refused(
                "operations_open",
                f"order {order.number} completes after its last operation is completed",
            )
        flush = Backflush(
            order_number=order.number, operation_seq=0, policy=IssuePolicy.BACKFLUSH_ORDER
        )
        backflushed = backflush_lines(session, order, flush, request_id, actor)
        variances = _variances(session, order)
        returned = [
            given_back
            for row in order.materials
            if row.reservation_id
            for given_back in _give_back(order, row, request_id, actor)
        ]
        output = produced(session, order)
        order.status = "completed"
        order.completed_at = session.scalar(select(func.now()))
        order.version += 1
        result = OrderCompletion(
            order_number=order.number,
            status=order.status,
            order_quantity=order.quantity,
            output_quantity=output,
            yield_ratio=ratio(output, order.quantity),
            backflushed=backflushed,
            returned=returned,
            variances=variances,
            completed_at=order.completed_at,
        )
        payload = {
            **result.model_dump(mode="json", exclude={"backflushed"}),
            "item_code": order.item_code,
            "output_lot_code": order.output_lot_code,
            "uom": order.uom,
        }
        for variance in variances:
            emit(
                session,
                "production.variance",
                order.number,
                {
                    "order_number": order.number,
                    **variance.model_dump(mode="json"),
                    "reason": "under_standard" if variance.variance < 0 else "over_standard",
                },
            )
        emit(session, "production.order_completed", order.number, payload)
        record_history(session, order, "completed", payload, actor)
        return result

    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.complete_order",
        request=command,
        result_type=OrderCompletion,
        execute=execute,
    )


def _variances(session: Session, order: ProductionOrder) -> list[MaterialVariance]:
    """Every line whose consumption differs from the standard for what its operation made."""
    loops = rework_loops(session, order)
    good = {operation.seq: operation.good_quantity for operation in order.operations}
    lines = {row.line_no: material_line(row) for row in order.materials}
    variances = []
    for row in order.materials:
        line = lines[row.line_no]
        made = first_pass_good(good.get(line.operation_seq, Decimal(0)), line.operation_seq, loops)
        primary = lines.get(line.substitutes_line_no) if line.substitutes_line_no else None
        standard = standard_for(line, made, order.quantity, primary)
        if line.status == "substituted":
            standard = line.consumed
        if line.consumed != standard:
            variances.append(
                MaterialVariance(
                    line_no=line.line_no,
                    item_code=line.item_code,
                    standard=standard,
                    consumed=line.consumed,
                    variance=line.consumed - standard,
                    uom=row.uom,
                )
            )
    return variances


def _give_back(
    order: ProductionOrder, row: OrderMaterial, request_id: str, actor: Principal
) -> list[StagedReturn]:
    """Release what the line's reservation still holds and take each lot left at the line side
    back to where staging took it from (it stays at the line side, free, if that is unknown)."""
    if not floor_peers.reservation_open(row.reservation_id):
        return []  # given back already (the line was substituted)
    left = floor_peers.reserved_at(row.reservation_id, row.line_side_location_code)
    floor_peers.release_reservation(
        actor,
        f"{request_id}:release:{row.line_no}",
        row.reservation_id,
        f"order {order.number} completed: unused staged stock returned",
    )
    returns = []
    for lot in left:
        origin = floor_peers.staged_from(
            lot.lot_code, row.item_code, row.line_side_location_code, order.number
        )
        if origin and origin != row.line_side_location_code:
            floor_peers.transfer(
                actor,
                f"{request_id}:return:{row.line_no}:{lot.lot_code}",
                lot_code=lot.lot_code,
                item_code=row.item_code,
                from_location=row.line_side_location_code,
                to_location=origin,
                quantity=lot.quantity,
                uom=row.uom,
                order_number=order.number,
            )
        returns.append(
            StagedReturn(
                line_no=row.line_no,
                lot_code=lot.lot_code,
                item_code=row.item_code,
                quantity=lot.quantity,
                uom=row.uom,
                location_code=origin or row.line_side_location_code,
            )
        )
    return returns
