"""Reservations, inter-site transfers and shipments."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from lotflow.rest import Caller, Db, RequestId
from services.warehouse.queries import reservations as reservation_queries
from services.warehouse.schemas.orders import (
    DispatchTransfer,
    ReceiveTransfer,
    ReleaseReservation,
    ReservationView,
    ReserveStock,
    ShipmentView,
    ShipStock,
    TransferView,
)
from services.warehouse.service import reservations, shipments, transfers

router = APIRouter(prefix="/v1", tags=["warehouse orders"])


@router.post("/reservations", status_code=201)
def reserve(command: ReserveStock, request_id: RequestId, actor: Caller, db: Db) -> ReservationView:
    return reservations.reserve_stock(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/reservations/{reservation_id}")
def get_reservation(reservation_id: uuid.UUID, actor: Caller, db: Db) -> ReservationView:
    return db.read(reservation_queries.get_reservation, reservation_id, actor=actor)


@router.post("/reservation-releases")
def release(
    command: ReleaseReservation, request_id: RequestId, actor: Caller, db: Db
) -> ReservationView:
    return reservations.release_reservation(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/site-transfers", status_code=201)
def dispatch(
    command: DispatchTransfer, request_id: RequestId, actor: Caller, db: Db
) -> TransferView:
    return transfers.dispatch_transfer(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/site-transfer-receipts")
def receive_transfer(
    command: ReceiveTransfer, request_id: RequestId, actor: Caller, db: Db
) -> TransferView:
    return transfers.receive_transfer(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/shipments", status_code=201)
def ship(command: ShipStock, request_id: RequestId, actor: Caller, db: Db) -> ShipmentView:
    return shipments.ship_stock(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )
