"""Purchase orders."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.receiving.queries import purchase_orders as queries
from services.receiving.schemas.purchase_orders import (
    CancellationReason,
    CancelPurchaseOrder,
    CreatePurchaseOrder,
    PurchaseOrderPage,
    PurchaseOrderQuery,
    PurchaseOrderView,
)
from services.receiving.service import purchase_orders as service

router = APIRouter(prefix="/v1", tags=["purchase orders"])


@router.post("/purchase-orders", status_code=201)
def create_purchase_order(
    command: CreatePurchaseOrder, request_id: RequestId, actor: Caller, db: Db
) -> PurchaseOrderView:
    return service.create_purchase_order(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/purchase-orders")
def list_purchase_orders(
    query: Annotated[PurchaseOrderQuery, Query()], actor: Caller, db: Db
) -> PurchaseOrderPage:
    return db.read(queries.list_purchase_orders, query, actor=actor)


@router.get("/purchase-orders/{number}")
def get_purchase_order(number: str, actor: Caller, db: Db) -> PurchaseOrderView:
    return db.read(queries.get_purchase_order, number, actor=actor)


@router.post("/purchase-orders/{number}/cancel")
def cancel_purchase_order(
    number: str, body: CancellationReason, request_id: RequestId, actor: Caller, db: Db
) -> PurchaseOrderView:
    return service.cancel_purchase_order(
        db.unit_of_work(),
        request_id=request_id,
        command=CancelPurchaseOrder(number=number, **body.model_dump()),
        actor=actor,
    )
