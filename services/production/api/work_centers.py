"""Production REST routes: each one line calling one use case or one query."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.production.queries import work_centers as queries
from services.production.schemas.work_centers import (
    DeactivateScrapReason,
    DefineScrapReason,
    ListWorkCenters,
    RegisterWorkCenter,
    ScrapReasonDefinition,
    ScrapReasonView,
    WorkCenterPage,
    WorkCenterView,
)
from services.production.service import work_centers as service

router = APIRouter(prefix="/v1", tags=["production"])


@router.post("/work-centers", status_code=201)
def register_work_center(
    command: RegisterWorkCenter, request_id: RequestId, actor: Caller, db: Db
) -> WorkCenterView:
    return service.register_work_center(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/work-centers/{ref}")
def get_work_center(ref: str, actor: Caller, db: Db) -> WorkCenterView:
    return db.read(queries.get_work_center, ref, actor=actor)


@router.get("/work-centers")
def list_work_centers(
    query: Annotated[ListWorkCenters, Query()], actor: Caller, db: Db
) -> WorkCenterPage:
    return db.read(queries.list_work_centers, query, actor=actor)


@router.post("/work-centers/{work_center_code}/scrap-reasons", status_code=201)
def define_scrap_reason(
    work_center_code: str,
    body: ScrapReasonDefinition,
    request_id: RequestId,
    actor: Caller,
    db: Db,
) -> ScrapReasonView:
    return service.define_scrap_reason(
        db.unit_of_work(),
        request_id=request_id,
        command=DefineScrapReason(work_center_code=work_center_code, **body.model_dump()),
        actor=actor,
    )


@router.post("/work-centers/{work_center_code}/scrap-reasons/{reason_code}/deactivate")
def deactivate_scrap_reason(
    work_center_code: str, reason_code: str, request_id: RequestId, actor: Caller, db: Db
) -> ScrapReasonView:
    return service.deactivate_scrap_reason(
        db.unit_of_work(),
        request_id=request_id,
        command=DeactivateScrapReason(work_center_code=work_center_code, reason_code=reason_code),
        actor=actor,
    )
