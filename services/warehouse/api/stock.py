"""Lots, their history, on-hand stock, stock by site, putaway suggestions, the ledger check."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from lotflow.rest import Caller, Db, RequestId
from services.warehouse.queries import ledger_check, lots, putaway, stock
from services.warehouse.schemas.lots import LotMovementsQuery, LotRef, LotView, RegisterLot
from services.warehouse.schemas.movements import MovementPage
from services.warehouse.schemas.stock import (
    LedgerCheck,
    OnHandPage,
    OnHandQuery,
    PutawayQuery,
    PutawaySuggestion,
    SiteStockPage,
    SiteStockQuery,
)
from services.warehouse.service import lots as lot_service

router = APIRouter(prefix="/v1", tags=["warehouse stock"])


@router.post("/lots", status_code=201)
def register_lot(command: RegisterLot, request_id: RequestId, actor: Caller, db: Db) -> LotView:
    return lot_service.register_lot(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/lots/{lot_code}")
def get_lot(query: Annotated[LotRef, Depends()], actor: Caller, db: Db) -> LotView:
    return db.read(lots.get_lot, actor=actor, **dict(query))


@router.get("/lots/{lot_code}/movements")
def lot_movements(
    query: Annotated[LotMovementsQuery, Depends()], actor: Caller, db: Db
) -> MovementPage:
    return db.read(lots.lot_movements, actor=actor, **dict(query))


@router.get("/stock")
def on_hand(query: Annotated[OnHandQuery, Depends()], actor: Caller, db: Db) -> OnHandPage:
    return db.read(stock.on_hand, actor=actor, **dict(query))


@router.get("/stock/by-site")
def stock_by_site(
    query: Annotated[SiteStockQuery, Depends()], actor: Caller, db: Db
) -> SiteStockPage:
    return db.read(stock.stock_by_site, actor=actor, **dict(query))


@router.get("/putaway/suggestion")
def suggest_putaway(
    query: Annotated[PutawayQuery, Depends()], actor: Caller, db: Db
) -> PutawaySuggestion:
    return db.read(putaway.putaway_suggestion, actor=actor, **dict(query))


@router.get("/ledger/check")
def check_ledger(actor: Caller, db: Db) -> LedgerCheck:
    return db.read(ledger_check.check_ledger, actor)
