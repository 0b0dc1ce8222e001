"""Receiving REST routes: each calls one service or query function."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.receiving import queries, service
from services.receiving.schemas import (
    ApprovedItemView,
    ApproveSupplierItem,
    CancellationReason,
    CancelPurchaseOrder,
    CreatePurchaseOrder,
    CreateSupplier,
    ItemApproval,
    PurchaseOrderPage,
    PurchaseOrderQuery,
    PurchaseOrderView,
    SupplierPage,
    SupplierQuery,
    SupplierView,
)

router = APIRouter(prefix="/v1", tags=["receiving"])


@router.post("/suppliers", status_code=201)
def create_supplier(
    command: CreateSupplier, request_id: RequestId, actor: Caller, db: Db
) -> SupplierView:
    return service.create_supplier(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/suppliers")
def list_suppliers(
    query: Annotated[SupplierQuery, Query()], _actor: Caller, db: Db
) -> SupplierPage:
    with db.session_factory() as session:
        return queries.list_suppliers(session, query)


@router.get("/suppliers/{code}")
def get_supplier(code: str, _actor: Caller, db: Db) -> SupplierView:
    with db.session_factory() as session:
        return queries.get_supplier(session, code)


@router.post("/suppliers/{code}/approved-items", status_code=201)
def approve_supplier_item(
    code: str, body: ItemApproval, request_id: RequestId, actor: Caller, db: Db
) -> ApprovedItemView:
    command = ApproveSupplierItem(supplier_code=code, **body.model_dump())
    return service.approve_supplier_item(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/purchase-orders", status_code=201)
def create_purchase_order(
    command: CreatePurchaseOrder, request_id: RequestId, actor: Caller, db: Db
) -> PurchaseOrderView:
    return service.create_purchase_order(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/purchase-orders")
def list_purchase_orders(
    query: Annotated[PurchaseOrderQuery, Query()], _actor: Caller, db: Db
) -> PurchaseOrderPage:
    with db.session_factory() as session:
        return queries.list_purchase_orders(session, query)


@router.get("/purchase-orders/{number}")
def get_purchase_order(number: str, _actor: Caller, db: Db) -> PurchaseOrderView:
    with db.session_factory() as session:
        return queries.get_purchase_order(session, number)


@router.post("/purchase-orders/{number}/cancel")
def cancel_purchase_order(
    number: str, body: CancellationReason, request_id: RequestId, actor: Caller, db: Db
) -> PurchaseOrderView:
    command = CancelPurchaseOrder(number=number, reason=body.reason)
    return service.cancel_purchase_order(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )
