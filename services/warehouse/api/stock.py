"""Lots, their history, on-hand stock, stock by site, putaway suggestions, the ledger check."""

from __future__ import annotations

from fastapi import APIRouter

from lotflow.rest import Caller, Db, PageSize, RequestId
from services.warehouse.domain import roles
from services.warehouse.domain.stock import StockStatus
from services.warehouse.queries import ledger_check, lots, putaway, stock
from services.warehouse.schemas.lots import LotView, RegisterLot
from services.warehouse.schemas.movements import MovementPage
from services.warehouse.schemas.stock import (
    LedgerCheck,
    OnHandPage,
    PutawaySuggestion,
    SiteStockPage,
)
from services.warehouse.service import lots as lot_service

router = APIRouter(prefix="/v1", tags=["warehouse stock"])


@router.post("/lots", status_code=201)
def register_lot(command: RegisterLot, request_id: RequestId, actor: Caller, db: Db) -> LotView:
    return lot_service.register_lot(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/lots/{lot_code}")
def get_lot(lot_code: str, _actor: Caller, db: Db, item_code: str | None = None) -> LotView:
    with db.read_session() as session:
        return lots.get_lot(session, lot_code, item_code)


@router.get("/lots/{lot_code}/movements")
def lot_movements(
    lot_code: str,
    _actor: Caller,
    db: Db,
    item_code: str | None = None,
    page_size: PageSize = 100,
    page_token: str = "",
) -> MovementPage:
    with db.read_session() as session:
        return lots.lot_movements(
            session, lot_code, item_code, page_size=page_size, page_token=page_token
        )


@router.get("/stock")
def on_hand(
    _actor: Caller,
    db: Db,
    item_code: str | None = None,
    lot_code: str | None = None,
    location_code: str | None = None,
    status: StockStatus | None = None,
    page_size: PageSize = 100,
    page_token: str = "",
) -> OnHandPage:
    with db.read_session() as session:
        return stock.on_hand(
            session, item_code=item_code, lot_code=lot_code, location_code=location_code,
            status=status.value if status else None, page_size=page_size, page_token=page_token,
        )  # fmt: skip


@router.get("/stock/by-site")
def stock_by_site(
    _actor: Caller,
    db: Db,
    site_code: str | None = None,
    item_code: str | None = None,
    page_size: PageSize = 100,
    page_token: str = "",
) -> SiteStockPage:
    with db.read_session() as session:
        return stock.stock_by_site(
            session, site_code=site_code, item_code=item_code, page_size=page_size,
            page_token=page_token,
        )  # fmt: skip


@router.get("/putaway/suggestion")
def suggest_putaway(
    lot_code: str,
    from_location_code: str,
    _actor: Caller,
    db: Db,
    item_code: str | None = None,
    status: StockStatus = StockStatus.QUARANTINE,
) -> PutawaySuggestion:
    with db.read_session() as session:
        return putaway.suggest_putaway(
            session, lot_code=lot_code, item_code=item_code,
            from_location_code=from_location_code, status=status,
        )  # fmt: skip


@router.get("/ledger/check")
def check_ledger(actor: Caller, db: Db) -> LedgerCheck:
    actor.require(roles.MASTER_DATA, roles.INVENTORY_CONTROLLER)
    with db.read_session() as session:
        return ledger_check.check_ledger(session)
