"""BOM and routing routes: each one line calling one use case or one query."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.production.queries import boms as queries
from services.production.schemas.boms import (
    BomPage,
    BomQuery,
    BomView,
    DefineBom,
    DefineRouting,
    ListBoms,
    RoutingQuery,
    RoutingView,
    VersionAt,
)
from services.production.service import boms as service
from services.production.service import routings

router = APIRouter(prefix="/v1", tags=["production"])


@router.post("/boms", status_code=201)
def define_bom(command: DefineBom, request_id: RequestId, actor: Caller, db: Db) -> BomView:
    return service.define_bom(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/boms")
def list_boms(query: Annotated[ListBoms, Query()], actor: Caller, db: Db) -> BomPage:
    return db.read(queries.list_boms, query, actor=actor)


@router.get("/boms/{item_code}")
def get_bom(item_code: str, at: Annotated[VersionAt, Query()], actor: Caller, db: Db) -> BomView:
    return db.read(queries.get_bom, BomQuery(item_code=item_code, **dict(at)), actor=actor)


@router.post("/routings", status_code=201)
def define_routing(
    command: DefineRouting, request_id: RequestId, actor: Caller, db: Db
) -> RoutingView:
    return routings.define_routing(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/routings/{item_code}")
def get_routing(
    item_code: str, at: Annotated[VersionAt, Query()], actor: Caller, db: Db
) -> RoutingView:
    return db.read(queries.get_routing, RoutingQuery(item_code=item_code, **dict(at)), actor=actor)
