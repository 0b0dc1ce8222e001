"""Receiving read side: views of suppliers and purchase orders, keyset-paged lists."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lotflow.errors import NotFound
from services.receiving.domain import PurchaseOrderStatus, format_decimal
from services.receiving.models import PurchaseOrder, PurchaseOrderLine, Supplier, SupplierItem
from services.receiving.schemas import (
    ApprovedItemView,
    ContactView,
    PurchaseOrderLineView,
    PurchaseOrderPage,
    PurchaseOrderQuery,
    PurchaseOrderView,
    SupplierPage,
    SupplierQuery,
    SupplierView,
)


def approved_item_view(approval: SupplierItem, supplier_code: str) -> ApprovedItemView:
    return ApprovedItemView(
        supplier_code=supplier_code,
        item_code=approval.item_code,
        gtin=approval.gtin,
        approved_by=approval.approved_by,
        approved_at=approval.approved_at,
    )


def supplier_view(supplier: Supplier) -> SupplierView:
    has_contact = supplier.contact_name or supplier.contact_email or supplier.contact_phone
    return SupplierView(
        id=supplier.id,
        code=supplier.code,
        name=supplier.name,
        country=supplier.country,
        gln=supplier.gln,
        contact=ContactView(
            name=supplier.contact_name, email=supplier.contact_email, phone=supplier.contact_phone
        )
        if has_contact
        else None,
        approved_items=[approved_item_view(a, supplier.code) for a in supplier.approved_items],
        created_by=supplier.created_by,
        created_at=supplier.created_at,
    )


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
        status=PurchaseOrderStatus(order.status),
        lines=[line_view(line) for line in order.lines],
        created_by=order.created_by,
        created_at=order.created_at,
        cancelled_by=order.cancelled_by,
        cancelled_at=order.cancelled_at,
        cancel_reason=order.cancel_reason,
    )


def find_supplier(session: Session, code: str) -> Supplier:
    supplier = session.scalar(
        select(Supplier).where(Supplier.code == code).options(selectinload(Supplier.approved_items))
    )
    if supplier is None:
        raise NotFound(f"no supplier with code {code!r}", code="supplier_not_found")
    return supplier


def get_supplier(session: Session, code: str) -> SupplierView:
    return supplier_view(find_supplier(session, code))


def list_suppliers(session: Session, query: SupplierQuery) -> SupplierPage:
    """Suppliers ordered by code, one keyset page at a time."""
    statement = (
        select(Supplier)
        .options(selectinload(Supplier.approved_items))
        .order_by(Supplier.code)
        .limit(query.page_size + 1)
    )
    if query.country:
        statement = statement.where(Supplier.country == query.country)
    if query.page_token:
        statement = statement.where(Supplier.code > query.page_token)
    suppliers = session.scalars(statement).all()
    views = [supplier_view(s) for s in suppliers[: query.page_size]]
    more = len(suppliers) > query.page_size
    return SupplierPage(suppliers=views, next_page_token=views[-1].code if more else "")


# What a purchase order view needs, loaded up front.
ORDER_WITH_LINES = (selectinload(PurchaseOrder.lines), selectinload(PurchaseOrder.supplier))


def get_purchase_order(session: Session, number: str) -> PurchaseOrderView:
    order = session.scalar(
        select(PurchaseOrder).where(PurchaseOrder.number == number).options(*ORDER_WITH_LINES)
    )
    if order is None:
        raise NotFound(f"no purchase order {number!r}", code="purchase_order_not_found")
    return purchase_order_view(order)


def list_purchase_orders(session: Session, query: PurchaseOrderQuery) -> PurchaseOrderPage:
    """Purchase orders ordered by number, filtered by supplier and status, keyset-paged."""
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
    if query.page_token:
        statement = statement.where(PurchaseOrder.number > query.page_token)
    orders = session.scalars(statement).all()
    views = [purchase_order_view(o) for o in orders[: query.page_size]]
    more = len(orders) > query.page_size
    return PurchaseOrderPage(
        purchase_orders=views, next_page_token=views[-1].number if more else ""
    )
