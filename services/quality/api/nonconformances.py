"""Nonconformance report routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.quality.api.path_commands import with_path
from services.quality.queries import nonconformances as queries
from services.quality.schemas.nonconformances import (
    CloseNonconformance,
    ClosingNote,
    DispositionDecision,
    DispositionNonconformance,
    NonconformancePage,
    NonconformanceQuery,
    NonconformanceView,
    OpenNonconformance,
)
from services.quality.service import nonconformance_steps, nonconformances

router = APIRouter(prefix="/v1", tags=["nonconformances"])


@router.post("/nonconformances", status_code=201)
def open_nonconformance(
    command: OpenNonconformance, request_id: RequestId, actor: Caller, db: Db
) -> NonconformanceView:
    return nonconformances.open_nonconformance(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/nonconformances")
def list_nonconformances(
    query: Annotated[NonconformanceQuery, Query()], actor: Caller, db: Db
) -> NonconformancePage:
    return db.read(queries.list_nonconformances, query, actor=actor)


@router.get("/nonconformances/{nonconformance_id}")
def get_nonconformance(nonconformance_id: str, actor: Caller, db: Db) -> NonconformanceView:
    return db.read(queries.get_nonconformance, nonconformance_id, actor=actor)


@router.post("/nonconformances/{nonconformance_id}/disposition")
def disposition_nonconformance(
    nonconformance_id: str,
    body: DispositionDecision,
    request_id: RequestId,
    actor: Caller,
    db: Db,
) -> NonconformanceView:
    """Quantities by disposition; the approver may not be who opened the report."""
    return nonconformance_steps.disposition_nonconformance(
        db.unit_of_work(),
        request_id=request_id,
        command=with_path(DispositionNonconformance, body, nonconformance_id=nonconformance_id),
        actor=actor,
    )


@router.post("/nonconformances/{nonconformance_id}/close")
def close_nonconformance(
    nonconformance_id: str, body: ClosingNote, request_id: RequestId, actor: Caller, db: Db
) -> NonconformanceView:
    return nonconformance_steps.close_nonconformance(
        db.unit_of_work(),
        request_id=request_id,
        command=with_path(CloseNonconformance, body, nonconformance_id=nonconformance_id),
        actor=actor,
    )
