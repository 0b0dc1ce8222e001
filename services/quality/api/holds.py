"""Hold routes and a lot's quality status."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.quality.api.path_commands import with_path
from services.quality.queries import holds as queries
from services.quality.schemas.holds import (
    HoldPage,
    HoldQuery,
    HoldView,
    LotLookup,
    LotQualityStatusView,
    PlaceHold,
    ReleaseHold,
    ReleaseReason,
)
from services.quality.service import holds as service

router = APIRouter(prefix="/v1", tags=["holds"])


@router.post("/holds", status_code=201)
def place_hold(command: PlaceHold, request_id: RequestId, actor: Caller, db: Db) -> HoldView:
    return service.place_hold(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/holds")
def list_holds(query: Annotated[HoldQuery, Query()], actor: Caller, db: Db) -> HoldPage:
    return db.read(queries.list_holds, query, actor=actor)


@router.get("/holds/{hold_id}")
def get_hold(hold_id: str, actor: Caller, db: Db) -> HoldView:
    return db.read(queries.get_hold, hold_id, actor=actor)


@router.post("/holds/{hold_id}/release")
def release_hold(
    hold_id: str, body: ReleaseReason, request_id: RequestId, actor: Caller, db: Db
) -> HoldView:
    return service.release_hold(
        db.unit_of_work(),
        request_id=request_id,
        command=with_path(ReleaseHold, body, hold_id=hold_id),
        actor=actor,
    )


# `path` because GS1 lot codes may contain "/".
@router.get("/lots/{lot_code:path}/quality-status")
def get_lot_quality_status(lot_code: str, actor: Caller, db: Db) -> LotQualityStatusView:
    return db.read(queries.lot_quality_status, LotLookup(lot_code=lot_code), actor=actor)
