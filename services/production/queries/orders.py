"""Reading production orders: one with its materials, operations, history and substitutions,
or a page of summaries."""

from __future__ import annotations

import contextlib
import json
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from lotflow import paging
from lotflow.auth import Principal
from lotflow.refusals import not_found, quoted
from services.production.domain.roles import TABLE
from services.production.models import (
    Bom,
    OrderEvent,
    OrderMaterial,
    OrderOperation,
    ProductionOrder,
    Routing,
    Substitution,
)
from services.production.schemas.orders import (
    HistoryEntry,
    ListOrders,
    MaterialView,
    OperationView,
    OrderPage,
    OrderSummary,
    OrderView,
    SubstitutionView,
)


def _fields(row: object, view: type, *, skip: tuple[str, ...] = ()) -> dict:
    return {f: getattr(row, f) for f in view.model_fields if f not in skip}


def material_view(line: OrderMaterial) -> MaterialView:
    return MaterialView.model_validate(_fields(line, MaterialView))


def substitution_view(substitution: Substitution, order_number: str, uom: str) -> SubstitutionView:
    fields = _fields(substitution, SubstitutionView, skip=("order_number", "uom"))
    return SubstitutionView.model_validate({**fields, "order_number": order_number, "uom": uom})


def order_view(session: Session, order: ProductionOrder) -> OrderView:
    """The whole order as it is in this session (flushed changes included)."""
    session.flush()
    materials = session.scalars(
        select(OrderMaterial)
        .where(OrderMaterial.order_id == order.id)
        .order_by(OrderMaterial.line_no)
    ).all()
    operations = session.scalars(
        select(OrderOperation)
        .where(OrderOperation.order_id == order.id)
        .order_by(OrderOperation.seq)
    ).all()
    events = session.scalars(
        select(OrderEvent)
        .where(OrderEvent.order_id == order.id)
        .order_by(OrderEvent.at, OrderEvent.id)
    ).all()
    substitutions = session.scalars(
        select(Substitution)
        .where(Substitution.order_id == order.id)
        .order_by(Substitution.created_at, Substitution.id)
    ).all()
    units = {line.item_code: line.uom for line in materials}
    bom_version = (
        session.scalar(select(Bom.version).where(Bom.id == order.bom_id)) if order.bom_id else None
    )
    routing_version = (
        session.scalar(select(Routing.version).where(Routing.id == order.routing_id))
        if order.routing_id
        else None
    )
    skip = ("materials", "operations", "history", "substitutions", "bom_version", "routing_version")
    return OrderView.model_validate(
        {
            **_fields(order, OrderView, skip=skip),
            "bom_version": bom_version,
            "routing_version": routing_version,
            "materials": [material_view(line) for line in materials],
            "operations": [
                OperationView.model_validate(_fields(o, OperationView)) for o in operations
            ],
            "history": [
                HistoryEntry(
                    at=e.at,
                    kind=e.kind,
                    detail_json=json.dumps(e.detail, sort_keys=True),
                    actor=e.actor,
                )
                for e in events
            ],
            "substitutions": [
                substitution_view(s, order.number, units.get(s.substitute_item_code, ""))
                for s in substitutions
            ],
        }
    )


def find_order(session: Session, ref: str) -> ProductionOrder:
    condition = ProductionOrder.number == ref
    with contextlib.suppress(ValueError):  # not an id: look up the number alone
        condition = condition | (ProductionOrder.id == uuid.UUID(ref))
    order = session.scalar(select(ProductionOrder).where(condition))
    if order is None:
        raise not_found("order_not_found", f"no production order with number or id {quoted(ref)}")
    return order


def get_order(session: Session, ref: str, *, actor: Principal) -> OrderView:
    """An order by number or id, with materials, operations, history and substitutions."""
    TABLE.require(actor, "get_order")
    return order_view(session, find_order(session, ref))


def list_orders(session: Session, query: ListOrders, *, actor: Principal) -> OrderPage:
    """Orders by number, filtered by status, site and item, one keyset page at a time."""
    TABLE.require(actor, "list_orders")
    statement = select(ProductionOrder).order_by(ProductionOrder.number).limit(query.page_size + 1)
    if query.status:
        statement = statement.where(ProductionOrder.status == query.status.value)
    if query.site_code:
        statement = statement.where(ProductionOrder.site_code == query.site_code)
    if query.item_code:
        statement = statement.where(ProductionOrder.item_code == query.item_code)
    if after := paging.parse(query.page_token, 1):
        statement = statement.where(ProductionOrder.number > after[0])
    rows = session.scalars(statement).all()
    views = [OrderSummary.model_validate(_fields(o, OrderSummary)) for o in rows[: query.page_size]]
    more = len(rows) > query.page_size
    return OrderPage(orders=views, next_page_token=paging.token(views[-1].number) if more else "")
