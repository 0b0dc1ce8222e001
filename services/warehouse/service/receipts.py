"""Receiving stock, and registering the lot on its first receipt in the same transaction.

A receipt naming `new_lot` registers the lot and posts the movement through the ledger's
one-statement path (`append_once`) inside one transaction: both commit, or neither. A lot
registered already (before, or by a concurrent first receipt, whose attributes then stand) is
received into like any other: `post` finds it. A replay of a first receipt is such a receipt,
and `post` returns the stored result.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, retry_transaction
from lotflow.errors import Conflict, Invalid
from lotflow.idempotency import ATTEMPTS, check_request_id
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.domain.stock import MovementType, StockStatus
from services.warehouse.domain.units import to_base
from services.warehouse.schemas.lots import RegisterLot
from services.warehouse.schemas.movements import MovementView, ReceiveStock
from services.warehouse.service.ledger.append import append_once
from services.warehouse.service.ledger.drafts import Draft, Posting
from services.warehouse.service.lots import register_lot_in
from services.warehouse.service.movements import post
from services.warehouse.service.transaction import utc_now

OPERATION = "warehouse.receive_stock"
RECEIVABLE = frozenset({StockStatus.QUARANTINE, StockStatus.AVAILABLE, StockStatus.REJECTED})


def receive_stock(
    uow: UnitOfWork, *, request_id: str, command: ReceiveStock, actor: Principal
) -> MovementView:
    roles.TABLE.require(actor, "receive_stock")
    if command.new_lot is not None:
        first = retry_transaction(
            lambda: _register_and_post(uow, request_id, command, actor), attempts=ATTEMPTS
        )
        if first is not None:
            return first

    def build(session: Session, _now: datetime) -> Draft:
        return _draft(session, command, resolve.lot(session, command.lot_code, command.item_code))

    return post(uow, request_id, OPERATION, command, actor, build)


def _draft(session: Session, command: ReceiveStock, lot: resolve.LotRecord) -> Draft:
    # REJECTED: goods taken in only to go back to the supplier (expired, too short-dated).
    if command.status not in RECEIVABLE:
        raise Invalid(
            "stock is received into QUARANTINE, AVAILABLE or REJECTED", code="invalid_status"
        )
    place = resolve.stock_location(session, command.location_code)
    base = to_base(command.quantity, command.uom, lot.item.base_uom, lot.item.factors)
    status = command.status
    return Draft(
        MovementType.RECEIVE,
        lot,
        command.quantity,
        command.uom,
        base,
        [Posting(place, status, base)],
        to_location=place,
        to_status=status,
        reference_type=command.reference_type,
        reference_number=command.reference_number,
        note=command.note,
        follows_holds=status is StockStatus.AVAILABLE,
    )


def _register(session: Session, command: ReceiveStock, actor: Principal) -> resolve.LotRecord:
    """Register the receipt's new lot in the session's transaction (Conflict lot_exists when
    a concurrent first receipt registered it first)."""
    assert command.new_lot is not None and command.item_code is not None  # see ReceiveStock
    registration = RegisterLot(
        lot_code=command.lot_code, item_code=command.item_code, **dict(command.new_lot)
    )
    return resolve.registered_lot(session, register_lot_in(session, registration, actor))


def _register_and_post(
    uow: UnitOfWork, request_id: str, command: ReceiveStock, actor: Principal
) -> MovementView | None:
    """Register the lot and post the receipt in one transaction; None when the lot is
    registered already (known here, or found by the insert), to be posted like any receipt."""

    def register_and_append(session: Session) -> tuple[MovementView, resolve.LotRecord] | None:
        if resolve.is_known_lot(session, command.lot_code, command.item_code):
            return None
        try:
            lot = _register(session, command, actor)
        except Conflict as clash:
            if clash.code != "lot_exists":
                raise
            return None
        draft = _draft(session, command, lot)
        # The ledger's one statement inside this transaction, after the lot row it refers to. A
        # lot this new has no holds, and a receipt only adds: it cannot need more.
        received = append_once(
            session.connection().connection.driver_connection,
            draft,
            operation=OPERATION,
            command=command,
            request_id=request_id,
            actor=actor.user,
            at=utc_now(),
        )
        return received, lot

    check_request_id(request_id)
    with uow:
        posted = register_and_append(uow.session)
        if posted is None:
            return None
        uow.commit()
        received, lot = posted
        # Committed now: the lot's next movement (its release) finds it without a lookup.
        resolve.remember_lot(uow.session, lot, command.item_code)
        return received
