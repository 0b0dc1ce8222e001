"""Receiving use cases: one function each, owning its transaction."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import Conflict, Invalid, InvalidState, NotFound
from lotflow.idempotency import run_once
from lotflow.outbox import emit
from services.receiving import queries
from services.receiving.domain import (
    BUYER_ROLE,
    MASTER_DATA_ROLE,
    PurchaseOrderStatus,
    cancellation_refusal,
    duplicates,
)
from services.receiving.models import PurchaseOrder, PurchaseOrderLine, Supplier, SupplierItem
from services.receiving.schemas import (
    ApprovedItemView,
    ApproveSupplierItem,
    CancelPurchaseOrder,
    CreatePurchaseOrder,
    CreateSupplier,
    PurchaseOrderView,
    SupplierView,
)


def create_supplier(
    uow: UnitOfWork, *, request_id: str, command: CreateSupplier, actor: Principal
) -> SupplierView:
    actor.require(MASTER_DATA_ROLE)
    with uow:
        return run_once(
            uow,
            request_id=request_id,
            operation="receiving.create_supplier",
            request=command,
            result_type=SupplierView,
            execute=lambda: _create_supplier(uow.session, command, actor),
        )


def _create_supplier(session: Session, command: CreateSupplier, actor: Principal) -> SupplierView:
    if session.scalar(select(Supplier.id).where(Supplier.code == command.code)):
        raise Conflict(f"supplier {command.code} exists already", code="supplier_exists")
    if command.gln is not None:
        holder = session.scalar(select(Supplier.code).where(Supplier.gln == command.gln))
        if holder is not None:
            raise Conflict(f"supplier {holder} already has GLN {command.gln}", code="gln_in_use")
    contact = command.contact
    supplier = Supplier(
        code=command.code,
        name=command.name,
        country=command.country,
        gln=command.gln,
        contact_name=contact.name if contact else None,
        contact_email=contact.email if contact else None,
        contact_phone=contact.phone if contact else None,
        created_by=actor.user,
    )
    session.add(supplier)
    session.flush()
    view = queries.supplier_view(supplier)
    emit(session, "receiving.supplier_created", supplier.code, view.model_dump(mode="json"))
    return view


def approve_supplier_item(
    uow: UnitOfWork, *, request_id: str, command: ApproveSupplierItem, actor: Principal
) -> ApprovedItemView:
    actor.require(MASTER_DATA_ROLE)
    with uow:
        return run_once(
            uow,
            request_id=request_id,
            operation="receiving.approve_supplier_item",
            request=command,
            result_type=ApprovedItemView,
            execute=lambda: _approve_supplier_item(uow.session, command, actor),
        )


def _approve_supplier_item(
    session: Session, command: ApproveSupplierItem, actor: Principal
) -> ApprovedItemView:
    supplier = queries.find_supplier(session, command.supplier_code)
    for approval in supplier.approved_items:
        if approval.item_code == command.item_code:
            raise Conflict(
                f"supplier {supplier.code} is already approved for item {command.item_code}",
                code="supplier_item_already_approved",
            )
        if command.gtin is not None and approval.gtin == command.gtin:
            raise Conflict(
                f"GTIN {command.gtin} is already approved for item {approval.item_code} "
                f"of supplier {supplier.code}",
                code="gtin_in_use",
            )
    approval = SupplierItem(
        supplier=supplier, item_code=command.item_code, gtin=command.gtin, approved_by=actor.user
    )
    session.add(approval)
    session.flush()
    view = queries.approved_item_view(approval, supplier.code)
    emit(session, "receiving.supplier_item_approved", supplier.code, view.model_dump(mode="json"))
    return view


def create_purchase_order(
    uow: UnitOfWork, *, request_id: str, command: CreatePurchaseOrder, actor: Principal
) -> PurchaseOrderView:
    actor.require(BUYER_ROLE)
    with uow:
        return run_once(
            uow,
            request_id=request_id,
            operation="receiving.create_purchase_order",
            request=command,
            result_type=PurchaseOrderView,
            execute=lambda: _create_purchase_order(uow.session, command, actor),
        )


def _create_purchase_order(
    session: Session, command: CreatePurchaseOrder, actor: Principal
) -> PurchaseOrderView:
    repeated = duplicates(line.line_number for line in command.lines)
    if repeated:
        raise Invalid(
            f"line numbers must be unique; repeated: {', '.join(map(str, repeated))}",
            code="duplicate_line_number",
            line_numbers=repeated,
        )
    if session.scalar(select(PurchaseOrder.id).where(PurchaseOrder.number == command.number)):
        raise Conflict(
            f"purchase order {command.number} exists already", code="purchase_order_exists"
        )
    supplier = queries.find_supplier(session, command.supplier_code)
    approved = {approval.item_code for approval in supplier.approved_items}
    unapproved = sorted({line.item_code for line in command.lines} - approved)
    if unapproved:
        raise InvalidState(
            f"supplier {supplier.code} is not approved to deliver {', '.join(unapproved)}",
            code="item_not_approved_for_supplier",
            item_codes=unapproved,
        )
    order = PurchaseOrder(
        number=command.number,
        supplier=supplier,
        status=PurchaseOrderStatus.OPEN.value,
        created_by=actor.user,
        lines=[PurchaseOrderLine(**line.model_dump()) for line in command.lines],
    )
    session.add(order)
    session.flush()
    view = queries.purchase_order_view(order)
    emit(session, "receiving.purchase_order_created", order.number, view.model_dump(mode="json"))
    return view


def cancel_purchase_order(
    uow: UnitOfWork, *, request_id: str, command: CancelPurchaseOrder, actor: Principal
) -> PurchaseOrderView:
    actor.require(BUYER_ROLE)
    with uow:
        return run_once(
            uow,
            request_id=request_id,
            operation="receiving.cancel_purchase_order",
            request=command,
            result_type=PurchaseOrderView,
            execute=lambda: _cancel_purchase_order(uow.session, command, actor),
        )


def _cancel_purchase_order(
    session: Session, command: CancelPurchaseOrder, actor: Principal
) -> PurchaseOrderView:
    # The row lock makes a receipt posted at the same moment wait, so "nothing received" holds.
    order = session.scalar(
        select(PurchaseOrder)
        .where(PurchaseOrder.number == command.number)
        .options(*queries.ORDER_WITH_LINES)
        .with_for_update()
    )
    if order is None:
        raise NotFound(f"no purchase order {command.number!r}", code="purchase_order_not_found")
    refusal = cancellation_refusal(
        PurchaseOrderStatus(order.status), (line.received_quantity for line in order.lines)
    )
    if refusal:
        raise InvalidState(refusal.message, code=refusal.code)
    order.status = PurchaseOrderStatus.CANCELLED.value
    order.cancelled_by = actor.user
    order.cancelled_at = func.now()
    order.cancel_reason = command.reason
    session.flush()
    view = queries.purchase_order_view(order)
    emit(session, "receiving.purchase_order_cancelled", order.number, view.model_dump(mode="json"))
    return view
