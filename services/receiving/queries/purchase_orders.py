"""Views of purchase orders, keyset-paged by number."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lotflow import paging
from lotflow.auth import Principal
from lotflow.errors import NotFound
from lotflow.refusals import quoted
from services.receiving.domain import roles
from services.receiving.domain.purchase_orders import PurchaseOrderStatus
from services.receiving.domain.quantities import format_decimal
from services.receiving.models import PurchaseOrder, PurchaseOrderLine, Supplier
from services.receiving.schemas.purchase_orders import (
    PurchaseOrderLineView,
    PurchaseOrderPage,
    PurchaseOrderQuery,
    PurchaseOrderView,
)

# What a purchase order view needs, loaded up front.
ORDER_WITH_LINES = (selectinload(PurchaseOrder.lines), selectinload(PurchaseOrder.supplier))


def line_view(line: PurchaseOrderLine) -> PurchaseOrderLineView:
    return PurchaseOrderLineView(
        line_number=line.line_number,
        item_code=line.item_code,
        quantity=format_decimal(line.quantity),
        unit=line.unit,
        over_tolerance_percent=format_decimal(line.over_tolerance_percent),
        under_tolerance_percent=format_decimal(line.under_tolerance_percent),
        due_date=line.due_date,
        received_quantity=format_decimal(line.received_quantity),
    )


def purchase_order_view(order: PurchaseOrder) -> PurchaseOrderView:
    return PurchaseOrderView(
        id=order.id,
        number=order.number,
        supplier_code=order.supplier.code,
        ship_to_site=order.ship_to_site,
        status=PurchaseOrderStatus(order.status),
        lines=[line_view(line) for line in order.lines],
        created_by=order.created_by,
        created_at=order.created_at,
        cancelled_by=order.cancelled_by,
        cancelled_at=order.cancelled_at,
        cancel_reason=order.cancel_reason,
        closed_at=order.closed_at,
    )


def find_purchase_order(
    session: Session, number: str, *, for_update: bool = False
) -> PurchaseOrder:
    statement = (
        select(PurchaseOrder).where(PurchaseOrder.number == number).options(*ORDER_WITH_LINES)
    )
    order = session.scalar(statement.with_for_update() if for_update else statement)
    if order is None:
        raise NotFound(f"no purchase order {quoted(number)}", code="purchase_order_not_found")
    return order


def get_purchase_order(session: Session, number: str, *, actor: Principal) -> PurchaseOrderView:
    roles.TABLE.require(actor, "get_purchase_order")
    return purchase_order_view(find_purchase_order(session, number))


def list_purchase_orders(
    session: Session, query: PurchaseOrderQuery, *, actor: Principal
) -> PurchaseOrderPage:
    """Purchase orders ordered by number, filtered by supplier and status, keyset-paged."""
    roles.TABLE.require(actor, "list_purchase_orders")
    statement = (
        select(PurchaseOrder)
        .options(*ORDER_WITH_LINES)
        .order_by(PurchaseOrder.number)
        .limit(query.page_size + 1)
    )
    if query.supplier_code:
        statement = statement.join(PurchaseOrder.supplier).where(
            Supplier.code == query.supplier_code
        )
    if query.status:
        statement = statement.where(PurchaseOrder.status == query.status.value)
    after = paging.parse(query.page_token, 1)
    if after:
        statement = statement.where(PurchaseOrder.number > after[0])
    orders = session.scalars(statement).all()
    views = [purchase_order_view(o) for o in orders[: query.page_size]]
    more = len(orders) > query.page_size
    return PurchaseOrderPage(
        purchase_orders=views, next_page_token=paging.token(views[-1].number) if more else ""
    )
