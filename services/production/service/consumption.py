"""Consumption: a named lot issued from the line side (IssueMaterial) or backflush lines by
policy (Backflush), each through the warehouse's IssueStock first and then, in one production
transaction, the consumption row, the genealogy link to the order's output lot and the events.

The warehouse issue carries a request id derived from the floor's, so a retry after a crash
between the two replays the warehouse's answer and writes production's rows once; a refusal of
the warehouse (a held, quarantined or expired lot) leaves production untouched.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import Invalid
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import RuleBroken, invalid, not_found, refuse_if
from lotflow.units import convert_physically, physically_convertible
from services.production import floor_peers
from services.production.domain.consumption import (
    ConsumptionMethod,
    IssuePolicy,
    MaterialLine,
    backflush_quantity,
    issue_variance,
    line_for_issue,
    pick_fefo,
)
from services.production.domain.operations import ReworkLoop, first_pass_good, order_refusal
from services.production.domain.roles import TABLE
from services.production.domain.wip import shown
from services.production.models import (
    Consumption,
    GenealogyLink,
    OperationReport,
    OrderMaterial,
    OrderOperation,
    OrderOutput,
    ProductionOrder,
)
from services.production.queries.consumption import consumption_view
from services.production.schemas.consumption import (
    Backflush,
    BackflushResult,
    ConsumptionView,
    IssueMaterial,
)
from services.production.service.operations import locked_order, operation_of, record_history


def material_line(row: OrderMaterial) -> MaterialLine:
    return MaterialLine(
        line_no=row.line_no,
        item_code=row.item_code,
        operation_seq=row.operation_seq,
        issue_policy=IssuePolicy(row.issue_policy),
        required=row.required_quantity,
        consumed=row.consumed_quantity,
        status=row.status,
        substitutes_line_no=row.substitutes_line_no,
        ratio=row.ratio,
    )


def issue_material(
    uow: UnitOfWork, *, request_id: str, command: IssueMaterial, actor: Principal
) -> ConsumptionView:
    TABLE.require(actor, "issue_material")

    def execute(session: Session) -> ConsumptionView:
        order = locked_order(session, command.order_number)
        refuse_if(order_refusal(order.status, order.blocked, order.number))
        operation_of(order, command.operation_seq)
        lines = [material_line(row) for row in order.materials]
        item_code = _lot_item(command.lot_code, lines, command.operation_seq)
        line = line_for_issue(lines, item_code, command.operation_seq, command.line_no)
        row = _row(order, line.line_no)
        base = _in_base(command.quantity, command.uom, row)
        split = issue_variance(line, base, command.variance_reason)
        reservation = _reservation_for(row, command.lot_code, base)
        issued = floor_peers.issue(
            actor,
            f"{request_id}:issue",
            lot_code=command.lot_code,
            item_code=item_code,
            location_code=row.line_side_location_code,
            quantity=base,
            uom=row.uom,
            order_number=order.number,
            reservation_id=reservation,
        )
        consumption = consume(
            session,
            order,
            row,
            lot_code=command.lot_code,
            quantity=issued.base_quantity,
            method=ConsumptionMethod.MANUAL,
            standard=split.standard,
            variance=split.variance,
            variance_reason=command.variance_reason,
            movement_id=issued.movement_id,
            actor=actor,
        )
        return consumption_view(consumption, order)

    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.issue_material",
        request=command,
        result_type=ConsumptionView,
        execute=execute,
    )


def backflush(
    uow: UnitOfWork, *, request_id: str, command: Backflush, actor: Principal
) -> BackflushResult:
    TABLE.require(actor, "backflush")

    def execute(session: Session) -> BackflushResult:
        order = locked_order(session, command.order_number)
        refuse_if(order_refusal(order.status, order.blocked, order.number))
        views = backflush_lines(session, order, command, request_id, actor)
        return BackflushResult(order_number=order.number, consumptions=views)

    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.backflush",
        request=command,
        result_type=BackflushResult,
        execute=execute,
    )


def backflush_lines(
    session: Session, order: ProductionOrder, command: Backflush, request_id: str, actor: Principal
) -> list[ConsumptionView]:
    """Backflush every line of the policy (of the operation, for backflush_operation): all
    lots are chosen first, so a short line side refuses before anything is issued."""
    if command.policy is IssuePolicy.MANUAL:
        raise invalid("policy_not_backflush", "backflush takes backflush_operation or _order")
    if command.policy is IssuePolicy.BACKFLUSH_OPERATION:
        operation_of(order, command.operation_seq)
    loops = rework_loops(session, order)
    good = {operation.seq: operation.good_quantity for operation in order.operations}
    lines = {row.line_no: material_line(row) for row in order.materials}
    plans = []
    for row in order.materials:
        line = lines[row.line_no]
        if line.issue_policy is not command.policy or (
            command.policy is IssuePolicy.BACKFLUSH_OPERATION
            and line.operation_seq != command.operation_seq
        ):
            continue
        made = first_pass_good(good.get(line.operation_seq, Decimal(0)), line.operation_seq, loops)
        primary = lines.get(line.substitutes_line_no) if line.substitutes_line_no else None
        quantity = backflush_quantity(line, made, order.quantity, primary)
        if quantity <= 0:
            continue
        plans.append((row, *_line_side_shares(row, quantity)))
    views = []
    for row, reservation, shares in plans:
        for lot_code, quantity in shares:
            issued = floor_peers.issue(
                actor,
                f"{request_id}:backflush:{row.line_no}:{lot_code}",
                lot_code=lot_code,
                item_code=row.item_code,
                location_code=row.line_side_location_code,
                quantity=quantity,
                uom=row.uom,
                order_number=order.number,
                reservation_id=reservation,
            )
            consumption = consume(
                session,
                order,
                row,
                lot_code=lot_code,
                quantity=issued.base_quantity,
                method=ConsumptionMethod.BACKFLUSH,
                standard=issued.base_quantity,
                variance=Decimal(0),
                variance_reason=None,
                movement_id=issued.movement_id,
                actor=actor,
            )
            views.append(consumption_view(consumption, order))
    return views


def _line_side_shares(row: OrderMaterial, quantity: Decimal) -> tuple[str | None, list]:
    """FEFO shares of the line's staged stock (its reservation at the line side) or, when that
    is not enough (released, or consumed by manual issues), of free stock there."""
    if row.reservation_id:
        staged = floor_peers.reserved_at(row.reservation_id, row.line_side_location_code)
        try:
            return row.reservation_id, pick_fefo(staged, quantity, row.item_code)
        except RuleBroken:
            pass
    free = floor_peers.free_at(row.item_code, row.line_side_location_code)
    return None, pick_fefo(free, quantity, row.item_code)


def consume(
    session: Session,
    order: ProductionOrder,
    row: OrderMaterial,
    *,
    lot_code: str,
    quantity: Decimal,
    method: ConsumptionMethod,
    standard: Decimal,
    variance: Decimal,
    variance_reason: str | None,
    movement_id: str,
    actor: Principal,
) -> Consumption:
    """The one path every consumption takes: its row, the material line's total, the genealogy
    link to the order's output lot and the events, in the caller's transaction."""
    now: datetime = session.scalar(select(func.now()))
    consumption = Consumption(
        order_id=order.id,
        operation_seq=row.operation_seq,
        order_material_line_no=row.line_no,
        lot_code=lot_code,
        item_code=row.item_code,
        quantity=quantity,
        uom=row.uom,
        method=method.value,
        standard_quantity=standard,
        variance_quantity=variance,
        variance_reason=variance_reason,
        warehouse_movement_id=movement_id,
        consumed_by=actor.user,
        consumed_at=now,
    )
    session.add(consumption)
    session.flush()
    row.consumed_quantity += quantity
    session.add(
        GenealogyLink(
            input_lot_code=lot_code,
            input_item_code=row.item_code,
            output_lot_code=order.output_lot_code,
            output_item_code=order.item_code,
            quantity=quantity,
            uom=row.uom,
            order_id=order.id,
            order_number=order.number,
            operation_seq=row.operation_seq,
            consumption_id=consumption.id,
            linked_at=now,
        )
    )
    # By- and co-product lots made already take their share of every later input too.
    extra_lots = session.execute(
        select(OrderOutput.lot_code, OrderOutput.item_code)
        .where(OrderOutput.order_id == order.id, OrderOutput.kind != "primary")
        .distinct()
    )
    for extra_lot, extra_item in extra_lots:
        session.add(
            GenealogyLink(
                input_lot_code=lot_code,
                input_item_code=row.item_code,
                output_lot_code=extra_lot,
                output_item_code=extra_item,
                quantity=quantity,
                uom=row.uom,
                order_id=order.id,
                order_number=order.number,
                operation_seq=row.operation_seq,
                consumption_id=consumption.id,
                linked_at=now,
            )
        )
    operation = session.scalar(
        select(OrderOperation).where(
            OrderOperation.order_id == order.id, OrderOperation.seq == row.operation_seq
        )
    )
    if operation is not None:
        operation.last_event_at = now
    payload = {
        "order_number": order.number,
        "operation_seq": row.operation_seq,
        "line_no": row.line_no,
        "input_lot_code": lot_code,
        "input_item_code": row.item_code,
        "quantity": shown(quantity),
        "uom": row.uom,
        "output_lot_code": order.output_lot_code,
        "output_item_code": order.item_code,
        "site_code": order.site_code,
        "location_code": row.line_side_location_code,
        "consumed_at": now.isoformat(),
        "method": method.value,
        "variance": shown(variance),
        "consumption_id": str(consumption.id),
        "warehouse_movement_id": movement_id,
    }
    emit(session, "production.consumed", order.number, payload)
    if variance:
        emit(
            session,
            "production.variance",
            order.number,
            {**payload, "standard": shown(standard), "reason": variance_reason},
        )
    record_history(session, order, "consumed", payload, actor)
    return consumption


def _row(order: ProductionOrder, line_no: int) -> OrderMaterial:
    return next(row for row in order.materials if row.line_no == line_no)


def _lot_item(lot_code: str, lines: list[MaterialLine], operation_seq: int) -> str:
    """The item of the named lot, asked of the warehouse (by the order's items when several
    items share the lot code)."""
    try:
        return floor_peers.lot_item(lot_code, None)
    except Invalid as error:
        if error.code != "lot_ambiguous":
            raise
    for item_code in dict.fromkeys(line.item_code for line in lines):
        found = floor_peers.lot_item(lot_code, item_code)
        if found is not None:
            return found
    raise not_found("lot_not_found", f"the warehouse knows no lot {lot_code} of this order")


def _in_base(quantity: Decimal, uom: str, row: OrderMaterial) -> Decimal:
    if uom == row.uom:
        return quantity
    facts = floor_peers.item(row.item_code)
    if uom in facts.factors:
        return quantity * facts.factors[uom]
    if physically_convertible(uom, row.uom):
        converted = convert_physically(quantity, uom, row.uom)
        if converted is not None:
            return converted
    raise invalid(
        "unit_not_convertible",
        f"{uom} cannot be converted to {row.item_code}'s base unit {row.uom}",
        uom=uom,
        base_uom=row.uom,
    )


def _reservation_for(row: OrderMaterial, lot_code: str, quantity: Decimal) -> str | None:
    """The line's reservation when it holds enough of the lot at the line side (staged stock),
    else None: the issue then takes free stock."""
    if not row.reservation_id:
        return None
    for lot in floor_peers.reserved_at(row.reservation_id, row.line_side_location_code):
        if lot.lot_code == lot_code and lot.quantity >= quantity:
            return row.reservation_id
    return None


def rework_loops(session: Session, order: ProductionOrder) -> list[ReworkLoop]:
    rows = session.execute(
        select(OrderOperation.seq, OperationReport.rework_to_seq, OperationReport.rework)
        .join(OperationReport, OperationReport.order_operation_id == OrderOperation.id)
        .where(OrderOperation.order_id == order.id, OperationReport.rework > 0)
    )
    return [ReworkLoop(seq, to_seq, quantity) for seq, to_seq, quantity in rows]
