"""Blocking, unblocking, cancelling and closing production orders.

Cancelling is allowed only before any consumption; it gives back what staging took: each
line's reservation is released and its staged stock moved back from line-side to where it came
from, each step recorded in the order's history (`compensated`), under request ids derived from
the order so a retried cancel never moves twice.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import refuse_if, refused
from services.production import warehouse
from services.production.domain import orders as rules
from services.production.domain.orders import SHORTAGE, MaterialStatus, OrderStatus
from services.production.domain.roles import TABLE
from services.production.models import OrderEvent, OrderMaterial, ProductionOrder
from services.production.queries.orders import order_view
from services.production.schemas.orders import (
    BlockOrder,
    CancelOrder,
    CloseOrder,
    OrderView,
    UnblockOrder,
)
from services.production.service.order_history import locked_order, record

_OPEN = (OrderStatus.PLANNED, OrderStatus.RELEASED, OrderStatus.IN_PROGRESS)


def _run(uow, use_case: str, request_id: str, command, actor: Principal, change) -> OrderView:
    TABLE.require(actor, use_case)
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation=f"production.{use_case}",
        request=command,
        result_type=OrderView,
        execute=lambda session: change(session, command, actor),
    )


def block_order(
    uow: UnitOfWork, *, request_id: str, command: BlockOrder, actor: Principal
) -> OrderView:
    return _run(uow, "block_order", request_id, command, actor, _block)


def unblock_order(
    uow: UnitOfWork, *, request_id: str, command: UnblockOrder, actor: Principal
) -> OrderView:
    return _run(uow, "unblock_order", request_id, command, actor, _unblock)


def cancel_order(
    uow: UnitOfWork, *, request_id: str, command: CancelOrder, actor: Principal
) -> OrderView:
    return _run(uow, "cancel_order", request_id, command, actor, _cancel)


def close_order(
    uow: UnitOfWork, *, request_id: str, command: CloseOrder, actor: Principal
) -> OrderView:
    return _run(uow, "close_order", request_id, command, actor, _close)


def _block(session: Session, command: BlockOrder, actor: Principal) -> OrderView:
    order = locked_order(session, command.order_number)
    refuse_if(rules.status_refusal(order.number, order.status, _OPEN, "blocking"))
    refuse_if(rules.block_refusal(order.number, order.blocked, want_blocked=True))
    order.blocked, order.blocked_reason = True, command.reason
    order.version += 1
    record(session, order, "blocked", actor.user, reason=command.reason)
    emit(
        session,
        "production.order_blocked",
        order.number,
        {"order_number": order.number, "reason": command.reason, "by": actor.user},
    )
    return order_view(session, order)


def _unblock(session: Session, command: UnblockOrder, actor: Principal) -> OrderView:
    order = locked_order(session, command.order_number)
    refuse_if(rules.block_refusal(order.number, order.blocked, want_blocked=False))
    short = _short_lines(session, order)
    if order.blocked_reason == SHORTAGE and short:
        raise refused(
            "order_short",
            f"order {order.number} is still short on lines {short}: stage or substitute them first",
            lines=short,
        )
    order.blocked, order.blocked_reason = False, None
    order.version += 1
    record(session, order, "unblocked", actor.user, reason=command.reason)
    emit(
        session,
        "production.order_unblocked",
        order.number,
        {"order_number": order.number, "reason": command.reason, "by": actor.user},
    )
    return order_view(session, order)


def _close(session: Session, command: CloseOrder, actor: Principal) -> OrderView:
    order = locked_order(session, command.order_number)
    refuse_if(rules.status_refusal(order.number, order.status, (OrderStatus.COMPLETED,), "closing"))
    order.status = OrderStatus.CLOSED
    order.closed_at = session.scalar(select(func.now()))
    order.version += 1
    record(session, order, "closed", actor.user)
    emit(session, "production.order_closed", order.number, {"order_number": order.number})
    return order_view(session, order)


def _cancel(session: Session, command: CancelOrder, actor: Principal) -> OrderView:
    order = locked_order(session, command.order_number)
    refuse_if(rules.status_refusal(order.number, order.status, _OPEN, "cancelling"))
    lines = session.scalars(
        select(OrderMaterial)
        .where(OrderMaterial.order_id == order.id)
        .order_by(OrderMaterial.line_no)
    ).all()
    if consumed := [line.line_no for line in lines if line.consumed_quantity > 0]:
        raise refused(
            "order_has_consumption",
            f"order {order.number} has consumed material on lines {consumed}; it can only be "
            "completed",
            lines=consumed,
        )
    compensations = [give_back(session, order, line, actor) for line in lines]
    compensations = [c for c in compensations if c]
    order.status = OrderStatus.CANCELLED
    order.version += 1
    record(session, order, "cancelled", actor.user, reason=command.reason)
    emit(
        session,
        "production.order_cancelled",
        order.number,
        {"order_number": order.number, "reason": command.reason, "compensations": compensations},
    )
    return order_view(session, order)


def give_back(
    session: Session, order: ProductionOrder, line: OrderMaterial, actor: Principal
) -> dict | None:
    """Release the line's reservation and move its staged stock back where it came from."""
    if line.reservation_id is None:
        return None
    key = f"production:{order.number}:line:{line.line_no}"
    warehouse.release_reservation(
        f"{key}:release", line.reservation_id, f"order {order.number} cancelled", actor
    )
    returned = []
    for index, move in enumerate(_staged_moves(session, order, line.line_no)):
        if move["from_location_code"] == move["to_location_code"]:
            continue
        warehouse.move_back(
            f"{key}:return:{index}",
            item_code=line.item_code,
            lot_code=move["lot_code"],
            from_location_code=move["to_location_code"],
            to_location_code=move["from_location_code"],
            quantity=Decimal(move["quantity"]),
            uom=line.uom,
            order_ref=order.number,
            person=actor,
        )
        returned.append(move)
    detail = {
        "line_no": line.line_no,
        "item_code": line.item_code,
        "released_reservation_id": line.reservation_id,
        "returned": returned,
    }
    record(session, order, "compensated", actor.user, **detail)
    line.staged_quantity = Decimal(0)
    return detail


def _staged_moves(session: Session, order: ProductionOrder, line_no: int) -> list[dict]:
    entries = session.scalars(
        select(OrderEvent.detail)
        .where(OrderEvent.order_id == order.id, OrderEvent.kind == "staged")
        .order_by(OrderEvent.at, OrderEvent.id)
    ).all()
    return [move for entry in entries if entry.get("line_no") == line_no for move in entry["moves"]]


def _short_lines(session: Session, order: ProductionOrder) -> list[int]:
    return list(
        session.scalars(
            select(OrderMaterial.line_no)
            .where(OrderMaterial.order_id == order.id, OrderMaterial.status == MaterialStatus.SHORT)
            .order_by(OrderMaterial.line_no)
        )
    )
