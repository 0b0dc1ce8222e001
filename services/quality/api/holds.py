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
def list_holds(query: Annotated[HoldQuery, Query()], _actor: Caller, db: Db) -> HoldPage:
    with db.read_session() as session:
        return queries.list_holds(session, query)


@router.get("/holds/{hold_id}")
def get_hold(hold_id: str, _actor: Caller, db: Db) -> HoldView:
    with db.read_session() as session:
        return queries.get_hold(session, hold_id)


@router.post("/holds/{hold_id}/release")
def release_hold(
    hold_id: str, body: ReleaseReason, request_id: RequestId, actor: Caller, db: Db
) -> HoldView:
    command = with_path(ReleaseHold, body, hold_id=hold_id)
    return service.release_hold(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


# `path` because GS1 lot codes may contain "/".
@router.get("/lots/{lot_code:path}/quality-status")
def get_lot_quality_status(lot_code: str, _actor: Caller, db: Db) -> LotQualityStatusView:
    lookup = LotLookup(lot_code=lot_code)
    with db.read_session() as session:
        return queries.lot_quality_status(session, lookup.lot_code)
