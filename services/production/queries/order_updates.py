"""What production checks itself before it asks an order's workflow: that the order exists and
is released or in progress (an order that is not has no workflow taking reports)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lotflow.refusals import refused
from services.production.queries.orders import find_order

IN_WORK = ("released", "in_progress")


def order_in_work(session: Session, number: str) -> None:
    order = find_order(session, number)
    if order.status not in IN_WORK:
        raise refused(
            "order_not_released",
            f"order {order.number} is {order.status}: its workflow takes no reports or requests",
        )
