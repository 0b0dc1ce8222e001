"""Items, locations and putaway rules."""

from __future__ import annotations

from fastapi import APIRouter

from lotflow.rest import Caller, Db, PageSize, RequestId
from services.warehouse.domain.master_data import LocationKind, LocationLevel
from services.warehouse.queries import master_data as queries
from services.warehouse.schemas.master_data import (
    ItemView,
    LocationPage,
    LocationView,
    PutawayRuleView,
    RegisterItem,
    RegisterLocation,
    RegisterPutawayRule,
)
from services.warehouse.service import master_data as service

router = APIRouter(prefix="/v1", tags=["warehouse master data"])


@router.post("/items", status_code=201)
def register_item(command: RegisterItem, request_id: RequestId, actor: Caller, db: Db) -> ItemView:
    return service.register_item(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/items/{ref}")
def get_item(ref: str, _actor: Caller, db: Db) -> ItemView:
    with db.read_session() as session:
        return queries.get_item(session, ref)


@router.post("/locations", status_code=201)
def register_location(
    command: RegisterLocation, request_id: RequestId, actor: Caller, db: Db
) -> LocationView:
    return service.register_location(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/locations")
def list_locations(
    _actor: Caller,
    db: Db,
    parent_code: str | None = None,
    level: LocationLevel | None = None,
    kind: LocationKind | None = None,
    page_size: PageSize = 100,
    page_token: str = "",
) -> LocationPage:
    with db.read_session() as session:
        return queries.list_locations(
            session,
            parent_code=parent_code,
            level=level,
            kind=kind,
            page_size=page_size,
            page_token=page_token,
        )


@router.post("/putaway-rules", status_code=201)
def register_putaway_rule(
    command: RegisterPutawayRule, request_id: RequestId, actor: Caller, db: Db
) -> PutawayRuleView:
    return service.register_putaway_rule(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )
