"""Staging an order's materials: reserve FEFO at the order's site for its due date, then move
the reserved stock, still reserved, to the consuming work center's line-side location.

A line that cannot be fully reserved keeps what could be reserved and is `short`: the order
stays released, blocked with reason `shortage`, a `production.shortage` event per line and an
entry in its history; never a silent partial. Warehouse request ids are derived from the order,
line and step, so a release replayed (or retried after a crash) never stages twice.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.errors import LotflowError
from lotflow.outbox import emit
from services.production import warehouse
from services.production.domain.orders import SHORTAGE, MaterialStatus
from services.production.models import OrderMaterial, ProductionOrder
from services.production.service.order_history import record


def stage_order(session: Session, order: ProductionOrder, actor: Principal) -> None:
    lines = session.scalars(
        select(OrderMaterial)
        .where(OrderMaterial.order_id == order.id, OrderMaterial.status == MaterialStatus.OPEN)
        .order_by(OrderMaterial.line_no)
    ).all()
    short = [line for line in lines if not stage_line(session, order, line, actor)]
    if short:
        block_for_shortage(session, order, actor, [line.line_no for line in short])
    emit(
        session,
        "production.order_staged",
        order.number,
        {
            "order_number": order.number,
            "site_code": order.site_code,
            "lines": [_line_payload(line) for line in lines],
            "short_lines": [line.line_no for line in short],
        },
    )


def stage_line(
    session: Session, order: ProductionOrder, line: OrderMaterial, actor: Principal
) -> bool:
    """Reserve and move one line's remaining requirement; True when it is fully staged."""
    key = f"production:{order.number}:line:{line.line_no}"
    need = line.required_quantity - line.staged_quantity - line.consumed_quantity
    reserved = _reserve(order, line, need, actor, key)
    moves = []
    if reserved is not None:
        line.reservation_id = reserved.reservation_id
        for index, allocation in enumerate(reserved.allocations):
            if allocation.location_code != line.line_side_location_code:
                warehouse.move_reserved(
                    f"{key}:move:{index}",
                    reservation_id=reserved.reservation_id,
                    item_code=line.item_code,
                    allocation=allocation,
                    to_location_code=line.line_side_location_code,
                    uom=line.uom,
                    order_ref=order.number,
                    person=actor,
                )
            line.staged_quantity += allocation.quantity
            moves.append(
                {
                    "lot_code": allocation.lot_code,
                    "from_location_code": allocation.location_code,
                    "to_location_code": line.line_side_location_code,
                    "quantity": _text(allocation.quantity),
                }
            )
    staged = sum((Decimal(m["quantity"]) for m in moves), Decimal(0))
    full = staged >= need
    line.status = MaterialStatus.STAGED if full else MaterialStatus.SHORT
    if moves:
        record(
            session,
            order,
            "staged",
            actor.user,
            line_no=line.line_no,
            item_code=line.item_code,
            reservation_id=line.reservation_id,
            quantity=_text(staged),
            uom=line.uom,
            moves=moves,
        )
    if not full:
        detail = {
            "order_number": order.number,
            "line_no": line.line_no,
            "item_code": line.item_code,
            "required": _text(need),
            "reserved": _text(staged),
            "uom": line.uom,
        }
        record(session, order, SHORTAGE, actor.user, **detail)
        emit(session, "production.shortage", order.number, detail)
    return full


def _reserve(
    order: ProductionOrder, line: OrderMaterial, need: Decimal, actor: Principal, key: str
) -> warehouse.Reserved | None:
    """All of `need` reserved, or what is usable when that is less, or None when nothing is."""

    def reserve(quantity: Decimal, suffix: str) -> warehouse.Reserved:
        return warehouse.reserve(
            f"{key}:{suffix}",
            order_ref=order.number,
            item_code=line.item_code,
            site_code=order.site_code,
            quantity=quantity,
            uom=line.uom,
            need_date=order.due_date,
            person=actor,
        )

    if need <= 0:
        return None
    try:
        return reserve(need, f"reserve:{_text(need)}")
    except LotflowError as error:
        if error.code != "insufficient_stock":
            raise
    usable = warehouse.usable_at_site(line.item_code, order.site_code, order.due_date)
    if usable <= 0:
        return None
    try:
        return reserve(min(usable, need), f"reserve-part:{_text(min(usable, need))}")
    except LotflowError as error:
        if error.code != "insufficient_stock":  # taken meanwhile: short by all of it
            raise
        return None


def block_for_shortage(
    session: Session, order: ProductionOrder, actor: Principal, line_nos: list[int]
) -> None:
    if order.blocked:
        return
    order.blocked, order.blocked_reason = True, SHORTAGE
    order.version += 1
    record(session, order, "blocked", actor.user, reason=SHORTAGE, lines=line_nos)
    emit(
        session,
        "production.order_blocked",
        order.number,
        {"order_number": order.number, "reason": SHORTAGE, "lines": line_nos},
    )


def _line_payload(line: OrderMaterial) -> dict:
    return {
        "line_no": line.line_no,
        "item_code": line.item_code,
        "required_quantity": _text(line.required_quantity),
        "staged_quantity": _text(line.staged_quantity),
        "uom": line.uom,
        "line_side_location_code": line.line_side_location_code,
        "reservation_id": line.reservation_id,
        "status": line.status,
    }


def _text(quantity: Decimal) -> str:
    return format(quantity.normalize(), "f")
