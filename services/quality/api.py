"""Quality REST routes: each calls one service or query function."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.quality import queries, service
from services.quality.schemas import (
    DefineInspectionPlan,
    HoldPage,
    HoldQuery,
    HoldView,
    InspectionPlanLookup,
    InspectionPlanView,
    LotLookup,
    LotQualityStatusView,
    PlaceHold,
    ReleaseHold,
    ReleaseReason,
)

router = APIRouter(prefix="/v1", tags=["quality"])


@router.post("/inspection-plans", status_code=201)
def define_inspection_plan(
    command: DefineInspectionPlan, request_id: RequestId, actor: Caller, db: Db
) -> InspectionPlanView:
    return service.define_inspection_plan(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/items/{item_code}/inspection-plan")
def get_inspection_plan(
    item_code: str, _actor: Caller, db: Db, supplier_code: str | None = None
) -> InspectionPlanView:
    """The supplier's own plan, else the item's general plan (latest version)."""
    lookup = InspectionPlanLookup(item_code=item_code, supplier_code=supplier_code or None)
    with db.session_factory() as session:
        return queries.get_inspection_plan(session, lookup)


@router.post("/holds", status_code=201)
def place_hold(command: PlaceHold, request_id: RequestId, actor: Caller, db: Db) -> HoldView:
    return service.place_hold(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/holds")
def list_holds(query: Annotated[HoldQuery, Query()], _actor: Caller, db: Db) -> HoldPage:
    with db.session_factory() as session:
        return queries.list_holds(session, query)


@router.get("/holds/{hold_id}")
def get_hold(hold_id: str, _actor: Caller, db: Db) -> HoldView:
    with db.session_factory() as session:
        return queries.get_hold(session, hold_id)


@router.post("/holds/{hold_id}/release")
def release_hold(
    hold_id: str, body: ReleaseReason, request_id: RequestId, actor: Caller, db: Db
) -> HoldView:
    command = ReleaseHold.model_validate({"hold_id": hold_id, "reason": body.reason})
    return service.release_hold(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


# `path` because GS1 lot codes may contain "/".
@router.get("/lots/{lot_code:path}/quality-status")
def get_lot_quality_status(lot_code: str, _actor: Caller, db: Db) -> LotQualityStatusView:
    lookup = LotLookup(lot_code=lot_code)
    with db.session_factory() as session:
        return queries.lot_quality_status(session, lookup.lot_code)
