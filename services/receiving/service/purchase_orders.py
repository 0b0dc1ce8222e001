"""Purchase orders: creation and cancellation (receipts close them, see receipts.py)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, add_unique
from lotflow.errors import Conflict, Invalid, InvalidState
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import refuse_if
from services.receiving import warehouse
from services.receiving.domain import roles
from services.receiving.domain.identifiers import duplicates
from services.receiving.domain.purchase_orders import PurchaseOrderStatus, cancellation_refusal
from services.receiving.domain.warehouse_facts import ship_to_site_refusal
from services.receiving.models import PurchaseOrder, PurchaseOrderLine
from services.receiving.queries import purchase_orders as queries
from services.receiving.queries.suppliers import find_supplier
from services.receiving.schemas.purchase_orders import (
    CancelPurchaseOrder,
    CreatePurchaseOrder,
    PurchaseOrderView,
)


def create_purchase_order(
    uow: UnitOfWork, *, request_id: str, command: CreatePurchaseOrder, actor: Principal
) -> PurchaseOrderView:
    roles.TABLE.require(actor, "create_purchase_order")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.create_purchase_order",
        request=command,
        result_type=PurchaseOrderView,
        execute=lambda session: _create_purchase_order(session, command, actor),
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
    clash = Conflict(
        f"purchase order {command.number} exists already", code="purchase_order_exists"
    )
    if session.scalar(select(PurchaseOrder.id).where(PurchaseOrder.number == command.number)):
        raise clash
    if command.ship_to_site is not None:
        site = command.ship_to_site
        refuse_if(ship_to_site_refusal(site, warehouse.place(site)))
    supplier = find_supplier(session, command.supplier_code)
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
        ship_to_site=command.ship_to_site,
        status=PurchaseOrderStatus.OPEN.value,
        created_by=actor.user,
        lines=[PurchaseOrderLine(**line.model_dump()) for line in command.lines],
    )
    add_unique(session, order, clash)
    view = queries.purchase_order_view(order)
    emit(session, "receiving.purchase_order_created", order.number, view.model_dump(mode="json"))
    return view


def cancel_purchase_order(
    uow: UnitOfWork, *, request_id: str, command: CancelPurchaseOrder, actor: Principal
) -> PurchaseOrderView:
    roles.TABLE.require(actor, "cancel_purchase_order")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="receiving.cancel_purchase_order",
        request=command,
        result_type=PurchaseOrderView,
        execute=lambda session: _cancel_purchase_order(session, command, actor),
    )


def _cancel_purchase_order(
    session: Session, command: CancelPurchaseOrder, actor: Principal
) -> PurchaseOrderView:
    # The row lock makes a receipt posted at the same moment wait, so "nothing received" holds.
    order = queries.find_purchase_order(session, command.number, for_update=True)
    refuse_if(
        cancellation_refusal(
            PurchaseOrderStatus(order.status), (line.received_quantity for line in order.lines)
        )
    )
    order.status = PurchaseOrderStatus.CANCELLED.value
    order.cancelled_by = actor.user
    order.cancelled_at = func.now()
    order.cancel_reason = command.reason
    session.flush()
    view = queries.purchase_order_view(order)
    emit(session, "receiving.purchase_order_cancelled", order.number, view.model_dump(mode="json"))
    return view
