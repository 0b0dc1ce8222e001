"""Items, locations and putaway rules."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from lotflow.rest import Caller, Db, RequestId
from services.warehouse.queries import master_data as queries
from services.warehouse.schemas.master_data import (
    ItemView,
    LocationPage,
    LocationQuery,
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
def get_item(ref: str, actor: Caller, db: Db) -> ItemView:
    return db.read(queries.get_item, ref, actor=actor)


@router.post("/locations", status_code=201)
def register_location(
    command: RegisterLocation, request_id: RequestId, actor: Caller, db: Db
) -> LocationView:
    return service.register_location(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/locations")
def list_locations(
    query: Annotated[LocationQuery, Depends()], actor: Caller, db: Db
) -> LocationPage:
    return db.read(queries.list_locations, actor=actor, **dict(query))


@router.get("/locations/{code}")
def get_location(code: str, actor: Caller, db: Db) -> LocationView:
    return db.read(queries.get_location, code, actor=actor)


@router.post("/putaway-rules", status_code=201)
def register_putaway_rule(
    command: RegisterPutawayRule, request_id: RequestId, actor: Caller, db: Db
) -> PutawayRuleView:
    return service.register_putaway_rule(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )
