"""Recall REST routes: each one line calling one use case or one query."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.recall import queries, service
from services.recall.schemas import (
    CancelRecall,
    CloseRecall,
    ListRecalls,
    OpenRecall,
    RecallCancellation,
    RecallClosing,
    RecallPage,
    RecallView,
)

router = APIRouter(prefix="/v1", tags=["recall"])


@router.post("/recalls", status_code=201)
def open_recall(command: OpenRecall, request_id: RequestId, actor: Caller, db: Db) -> RecallView:
    return service.open_recall(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/recalls/{ref}")
def get_recall(ref: str, actor: Caller, db: Db) -> RecallView:
    return db.read(queries.get_recall, ref, actor=actor)


@router.get("/recalls")
def list_recalls(query: Annotated[ListRecalls, Query()], actor: Caller, db: Db) -> RecallPage:
    return db.read(queries.list_recalls, query, actor=actor)


@router.post("/recalls/{recall_number}/cancel")
def cancel_recall(
    recall_number: str, body: RecallCancellation, request_id: RequestId, actor: Caller, db: Db
) -> RecallView:
    return service.cancel_recall(
        db.unit_of_work(),
        request_id=request_id,
        command=CancelRecall(recall_number=recall_number, **body.model_dump()),
        actor=actor,
    )


@router.post("/recalls/{recall_number}/close")
def close_recall(
    recall_number: str, body: RecallClosing, request_id: RequestId, actor: Caller, db: Db
) -> RecallView:
    return service.close_recall(
        db.unit_of_work(),
        request_id=request_id,
        command=CloseRecall(recall_number=recall_number, **body.model_dump()),
        actor=actor,
    )
