"""Production order routes: each one line calling one use case or one query."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.production.queries import orders as queries
from services.production.schemas.orders import (
    CreateOrder,
    ListOrders,
    OrderPage,
    OrderView,
    ReleaseOrder,
)
from services.production.service import orders as service

router = APIRouter(prefix="/v1", tags=["production"])


@router.post("/orders", status_code=201)
def create_order(command: CreateOrder, request_id: RequestId, actor: Caller, db: Db) -> OrderView:
    return service.create_order(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/orders")
def list_orders(query: Annotated[ListOrders, Query()], actor: Caller, db: Db) -> OrderPage:
    return db.read(queries.list_orders, query, actor=actor)


@router.get("/orders/{ref}")
def get_order(ref: str, actor: Caller, db: Db) -> OrderView:
    return db.read(queries.get_order, ref, actor=actor)


@router.post("/orders/{order_number}/release")
def release_order(order_number: str, request_id: RequestId, actor: Caller, db: Db) -> OrderView:
    command = ReleaseOrder(order_number=order_number)
    return service.release_order(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )
