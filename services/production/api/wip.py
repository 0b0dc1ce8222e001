"""Production REST routes of the floor: operations, consumption, output, completion, WIP and
genealogy; each one line calling one use case or one query."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.production.queries import genealogy as genealogy_queries
from services.production.queries import wip as wip_queries
from services.production.schemas.consumption import (
    Backflush,
    BackflushResult,
    CompleteOrder,
    ConsumptionView,
    IssueMaterial,
)
from services.production.schemas.genealogy import (
    GetLotGenealogy,
    GetOrderGenealogy,
    LotGenealogy,
    OrderGenealogy,
)
from services.production.schemas.operations import (
    OperationRecord,
    RecordOperationCompletion,
    RecordOperationReport,
    RecordOperationStart,
)
from services.production.schemas.outputs import OrderCompletion, ProduceOutput, ProduceOutputResult
from services.production.schemas.wip import (
    GetWip,
    GetYield,
    ListWipAging,
    WipAgingPage,
    WipPage,
    YieldReport,
)
from services.production.service import consumption, operations, outputs, wip

router = APIRouter(prefix="/v1", tags=["production"])


@router.post("/operation-starts", status_code=201)
def record_operation_start(
    command: RecordOperationStart, request_id: RequestId, actor: Caller, db: Db
) -> OperationRecord:
    return operations.record_operation_start(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/operation-reports", status_code=201)
def record_operation_report(
    command: RecordOperationReport, request_id: RequestId, actor: Caller, db: Db
) -> OperationRecord:
    return operations.record_operation_report(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/operation-completions", status_code=201)
def record_operation_completion(
    command: RecordOperationCompletion, request_id: RequestId, actor: Caller, db: Db
) -> OperationRecord:
    return operations.record_operation_completion(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/material-issues", status_code=201)
def issue_material(
    command: IssueMaterial, request_id: RequestId, actor: Caller, db: Db
) -> ConsumptionView:
    return consumption.issue_material(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/backflushes", status_code=201)
def backflush(command: Backflush, request_id: RequestId, actor: Caller, db: Db) -> BackflushResult:
    return consumption.backflush(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/outputs", status_code=201)
def produce_output(
    command: ProduceOutput, request_id: RequestId, actor: Caller, db: Db
) -> ProduceOutputResult:
    return outputs.produce_output(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/order-completions", status_code=201)
def complete_order(
    command: CompleteOrder, request_id: RequestId, actor: Caller, db: Db
) -> OrderCompletion:
    return wip.complete_order(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/wip")
def get_wip(query: Annotated[GetWip, Query()], actor: Caller, db: Db) -> WipPage:
    return db.read(wip_queries.get_wip, query, actor=actor)


@router.get("/wip/aging")
def list_wip_aging(query: Annotated[ListWipAging, Query()], actor: Caller, db: Db) -> WipAgingPage:
    return db.read(wip_queries.list_wip_aging, query, actor=actor)


@router.get("/yield")
def get_yield(query: Annotated[GetYield, Query()], actor: Caller, db: Db) -> YieldReport:
    return db.read(wip_queries.get_yield, query, actor=actor)


@router.get("/genealogy/lots")
def get_lot_genealogy(
    query: Annotated[GetLotGenealogy, Query()], actor: Caller, db: Db
) -> LotGenealogy:
    return db.read(genealogy_queries.get_lot_genealogy, query, actor=actor)


@router.get("/genealogy/orders/{order_number}")
def get_order_genealogy(order_number: str, actor: Caller, db: Db) -> OrderGenealogy:
    query = GetOrderGenealogy(order_number=order_number)
    return db.read(genealogy_queries.get_order_genealogy, query, actor=actor)
