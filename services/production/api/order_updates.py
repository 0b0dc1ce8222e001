"""Operator reports and substitution requests over REST: each route one line calling one use
case, which goes through the order's or the substitution's workflow."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from lotflow.rest import Caller, Db, RequestId
from services.production.schemas.order_updates import (
    CompleteOperation,
    OperationReport,
    OperatorReportView,
    ReportOperation,
    RequestSubstitution,
    StartOperation,
    SubstitutionRequest,
    SubstitutionRequestedView,
)
from services.production.service import order_updates as service
from services.production.workflow_gateway import OrderGateway, installed

router = APIRouter(prefix="/v1", tags=["production"])
Gateway = Annotated[OrderGateway, Depends(installed)]
OPERATION = "/orders/{order_number}/operations/{operation_seq}"


@router.post(f"{OPERATION}/start")
def start_operation(
    order_number: str,
    operation_seq: int,
    request_id: RequestId,
    actor: Caller,
    db: Db,
    gateway: Gateway,
) -> OperatorReportView:
    command = StartOperation(order_number=order_number, operation_seq=operation_seq)
    return service.start_operation(db, gateway, request_id=request_id, command=command, actor=actor)


@router.post(f"{OPERATION}/reports")
def report_operation(
    order_number: str,
    operation_seq: int,
    body: OperationReport,
    request_id: RequestId,
    actor: Caller,
    db: Db,
    gateway: Gateway,
) -> OperatorReportView:
    command = ReportOperation(
        order_number=order_number, operation_seq=operation_seq, **body.model_dump()
    )
    return service.report_operation(
        db, gateway, request_id=request_id, command=command, actor=actor
    )


@router.post(f"{OPERATION}/complete")
def complete_operation(
    order_number: str,
    operation_seq: int,
    request_id: RequestId,
    actor: Caller,
    db: Db,
    gateway: Gateway,
) -> OperatorReportView:
    command = CompleteOperation(order_number=order_number, operation_seq=operation_seq)
    return service.complete_operation(
        db, gateway, request_id=request_id, command=command, actor=actor
    )


@router.post("/orders/{order_number}/substitution-requests", status_code=202)
def request_substitution(
    order_number: str,
    body: SubstitutionRequest,
    request_id: RequestId,
    actor: Caller,
    db: Db,
    gateway: Gateway,
) -> SubstitutionRequestedView:
    command = RequestSubstitution(order_number=order_number, **body.model_dump())
    return service.request_substitution(
        db, gateway, request_id=request_id, command=command, actor=actor
    )
