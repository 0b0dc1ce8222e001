"""Production order routes: each one line calling one use case or one query."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.production.queries import orders as queries
from services.production.schemas.orders import (
    BlockOrder,
    CancelOrder,
    CloseOrder,
    CreateOrder,
    GivenReason,
    ListOrders,
    OrderPage,
    OrderView,
    ReleaseOrder,
    StateChange,
    UnblockOrder,
)
from services.production.service import order_states
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


@router.post("/orders/{order_number}/block")
def block_order(
    order_number: str, body: GivenReason, request_id: RequestId, actor: Caller, db: Db
) -> OrderView:
    command = BlockOrder(order_number=order_number, reason=body.reason)
    return order_states.block_order(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/orders/{order_number}/unblock")
def unblock_order(
    order_number: str, body: StateChange, request_id: RequestId, actor: Caller, db: Db
) -> OrderView:
    command = UnblockOrder(order_number=order_number, reason=body.reason)
    return order_states.unblock_order(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/orders/{order_number}/cancel")
def cancel_order(
    order_number: str, body: GivenReason, request_id: RequestId, actor: Caller, db: Db
) -> OrderView:
    command = CancelOrder(order_number=order_number, reason=body.reason)
    return order_states.cancel_order(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/orders/{order_number}/close")
def close_order(order_number: str, request_id: RequestId, actor: Caller, db: Db) -> OrderView:
    command = CloseOrder(order_number=order_number)
    return order_states.close_order(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )
