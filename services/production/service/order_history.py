"""An order's history (order_events), written beside every change of the order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.refusals import not_found
from services.production.models import OrderEvent, ProductionOrder


def record(session: Session, order: ProductionOrder, kind: str, actor: str, **detail: Any) -> None:
    """One entry of the order's history; `detail` must be JSON (strings for decimals)."""
    # The clock, not the transaction's start: entries of one transaction keep their order.
    session.add(
        OrderEvent(
            order_id=order.id, at=func.clock_timestamp(), kind=kind, detail=detail, actor=actor
        )
    )


def locked_order(session: Session, number: str) -> ProductionOrder:
    """The order by number, locked for this transaction (one change of an order at a time)."""
    order = session.scalar(
        select(ProductionOrder).where(ProductionOrder.number == number).with_for_update()
    )
    if order is None:
        raise not_found("order_not_found", f"no production order {number}")
    return order
