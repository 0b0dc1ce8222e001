"""Receipts, their outcomes, returns to the supplier and the FSMA 204 receiving KDEs."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.receiving.queries import receipts as queries
from services.receiving.schemas.receipts import (
    KdePage,
    KdeQuery,
    MarkReceiptFailed,
    ReceiptFailure,
    ReceiptOutcome,
    ReceiptPage,
    ReceiptQuery,
    ReceiptView,
    RecordReceipt,
    RecordReceiptOutcome,
    ReopenReceipt,
    ReturnToSupplier,
    SupplierReturnBody,
    SupplierReturnView,
)
from services.receiving.service import receipt_failures, receipt_outcomes
from services.receiving.service import receipts as service

router = APIRouter(prefix="/v1", tags=["receipts"])


@router.post("/receipts", status_code=201)
def record_receipt(
    command: RecordReceipt, request_id: RequestId, actor: Caller, db: Db
) -> ReceiptView:
    return service.record_receipt(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/receipts")
def list_receipts(query: Annotated[ReceiptQuery, Query()], actor: Caller, db: Db) -> ReceiptPage:
    return db.read(queries.list_receipts, query, actor=actor)


@router.get("/receipts/{receipt_id}")
def get_receipt(receipt_id: uuid.UUID, actor: Caller, db: Db) -> ReceiptView:
    return db.read(queries.get_receipt, receipt_id, actor=actor)


@router.post("/receipts/{receipt_id}/outcome")
def record_receipt_outcome(
    receipt_id: uuid.UUID, body: ReceiptOutcome, request_id: RequestId, actor: Caller, db: Db
) -> ReceiptView:
    return receipt_outcomes.record_receipt_outcome(
        db.unit_of_work(),
        request_id=request_id,
        command=RecordReceiptOutcome(receipt_id=receipt_id, **body.model_dump()),
        actor=actor,
    )


@router.post("/receipts/{receipt_id}/failure")
def mark_receipt_failed(
    receipt_id: uuid.UUID, body: ReceiptFailure, request_id: RequestId, actor: Caller, db: Db
) -> ReceiptView:
    return receipt_failures.mark_receipt_failed(
        db.unit_of_work(),
        request_id=request_id,
        command=MarkReceiptFailed(receipt_id=receipt_id, **body.model_dump()),
        actor=actor,
    )


@router.post("/receipts/{receipt_id}/reopen")
def reopen_receipt(
    receipt_id: uuid.UUID, request_id: RequestId, actor: Caller, db: Db
) -> ReceiptView:
    return receipt_failures.reopen_receipt(
        db.unit_of_work(),
        request_id=request_id,
        command=ReopenReceipt(receipt_id=receipt_id),
        actor=actor,
    )


@router.post("/receipts/{receipt_id}/returns", status_code=201)
def return_to_supplier(
    receipt_id: uuid.UUID, body: SupplierReturnBody, request_id: RequestId, actor: Caller, db: Db
) -> SupplierReturnView:
    return receipt_outcomes.return_to_supplier(
        db.unit_of_work(),
        request_id=request_id,
        command=ReturnToSupplier(receipt_id=receipt_id, **body.model_dump()),
        actor=actor,
    )


@router.get("/receiving-kdes")
def list_receiving_kdes(query: Annotated[KdeQuery, Query()], actor: Caller, db: Db) -> KdePage:
    return db.read(queries.list_kdes, query, actor=actor)
