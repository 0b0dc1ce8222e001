"""One endpoint per stock verb, each one movement in one transaction."""

from __future__ import annotations

from fastapi import APIRouter

from lotflow.rest import Caller, Db, RequestId
from services.warehouse.domain.stock import MovementType
from services.warehouse.schemas.batch import MovementResults, PostMovements
from services.warehouse.schemas.lots import (
    ChangeStockStatus,
    DecideLot,
    HoldLot,
    LiftHold,
    LotStatusResult,
)
from services.warehouse.schemas.movements import (
    AdjustStock,
    ConfirmPutaway,
    DisposeStock,
    IssueStock,
    MovementView,
    PutAwayByRule,
    ReceiveStock,
    ReturnStock,
    TransferStock,
)
from services.warehouse.service import batch, lot_status, receipts, stock_status
from services.warehouse.service import movements as service

router = APIRouter(prefix="/v1/stock", tags=["warehouse movements"])


@router.post("/receipts", status_code=201)
def receive(command: ReceiveStock, request_id: RequestId, actor: Caller, db: Db) -> MovementView:
    return receipts.receive_stock(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/transfers", status_code=201)
def transfer(command: TransferStock, request_id: RequestId, actor: Caller, db: Db) -> MovementView:
    return service.transfer_stock(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/putaways", status_code=201)
def putaway(command: ConfirmPutaway, request_id: RequestId, actor: Caller, db: Db) -> MovementView:
    return service.confirm_putaway(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/putaways/by-rule", status_code=201)
def putaway_by_rule(
    command: PutAwayByRule, request_id: RequestId, actor: Caller, db: Db
) -> MovementView:
    return service.put_away_by_rule(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/issues", status_code=201)
def issue(command: IssueStock, request_id: RequestId, actor: Caller, db: Db) -> MovementView:
    return service.issue_stock(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/returns", status_code=201)
def return_(command: ReturnStock, request_id: RequestId, actor: Caller, db: Db) -> MovementView:
    return service.return_stock(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/scraps", status_code=201)
def scrap(command: DisposeStock, request_id: RequestId, actor: Caller, db: Db) -> MovementView:
    return service.dispose_stock(
        db.unit_of_work(),
        request_id=request_id,
        command=command,
        actor=actor,
        movement=MovementType.SCRAP,
    )


@router.post("/supplier-returns", status_code=201)
def return_to_supplier(
    command: DisposeStock, request_id: RequestId, actor: Caller, db: Db
) -> MovementView:
    return service.dispose_stock(
        db.unit_of_work(),
        request_id=request_id,
        command=command,
        actor=actor,
        movement=MovementType.RETURN_TO_SUPPLIER,
    )


@router.post("/adjustments", status_code=201)
def adjust(command: AdjustStock, request_id: RequestId, actor: Caller, db: Db) -> MovementView:
    return service.adjust_stock(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/status-changes", status_code=201)
def change_status(
    command: ChangeStockStatus, request_id: RequestId, actor: Caller, db: Db
) -> MovementView:
    return stock_status.change_stock_status(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/movement-batches")
def post_movements(command: PostMovements, actor: Caller, db: Db) -> MovementResults:
    """Many independent movements, each with its own request id (no Idempotency-Key here)."""
    return batch.post_movements(db.unit_of_work, command=command, actor=actor)


@router.post("/lot-decisions")
def decide_lot(command: DecideLot, request_id: RequestId, actor: Caller, db: Db) -> LotStatusResult:
    return lot_status.decide_lot(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/holds")
def hold_lot(command: HoldLot, request_id: RequestId, actor: Caller, db: Db) -> LotStatusResult:
    return lot_status.hold_lot(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/hold-lifts")
def lift_hold(command: LiftHold, request_id: RequestId, actor: Caller, db: Db) -> LotStatusResult:
    return lot_status.lift_hold(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )
