"""Receiving stock, and registering the lot on its first receipt in the same transaction.

A receipt naming `new_lot` whose lot is unknown registers the lot and posts the movement through
the ledger function (ledger_fast.py) inside one transaction: both commit, or neither. When that
cannot finish it (a concurrent first receipt registered the lot first), the receipt is posted
like any other movement, finding the lot registered.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, retry_transaction
from lotflow.errors import Conflict, Invalid, NotFound
from lotflow.idempotency import ATTEMPTS
from services.warehouse.domain import roles
from services.warehouse.domain.stock import MovementType, StockStatus
from services.warehouse.domain.units import to_base
from services.warehouse.schemas.lots import RegisterLot
from services.warehouse.schemas.movements import MovementView, ReceiveStock
from services.warehouse.service import resolve
from services.warehouse.service.drafts import Draft, Posting
from services.warehouse.service.ledger_fast import append_fast, check_request_id
from services.warehouse.service.lots import register_lot_in
from services.warehouse.service.movements import post
from services.warehouse.service.transaction import rules_as_errors, utc_now

OPERATION = "warehouse.receive_stock"


class _FirstReceipt(Exception):
    """The receipt names `new_lot` and its lot is not registered yet."""


def receive_stock(
    uow: UnitOfWork, *, request_id: str, command: ReceiveStock, actor: Principal
) -> MovementView:
    actor.require(roles.CLERK, roles.RECEIVER, roles.PRODUCTION)

    def build(session: Session, _now: datetime) -> Draft:
        try:
            lot = resolve.lot(session, command.lot_code, command.item_code)
        except NotFound as unknown:
            if command.new_lot is None or unknown.code != "lot_not_found":
                raise
            raise _FirstReceipt from None
        return _draft(session, command, lot)

    def register_or_build(session: Session, now: datetime) -> Draft:
        try:
            return build(session, now)
        except _FirstReceipt:
            return _draft(session, command, _register(session, command, actor))

    try:
        return post(uow, request_id, OPERATION, command, actor, build, register_or_build)
    except _FirstReceipt:
        pass
    first = retry_transaction(
        lambda: _register_and_post(uow, request_id, command, actor), attempts=ATTEMPTS
    )
    if first is not None:
        return first
    return post(uow, request_id, OPERATION, command, actor, build, register_or_build)


def _draft(session: Session, command: ReceiveStock, lot: resolve.LotRecord) -> Draft:
    if command.status not in (StockStatus.QUARANTINE, StockStatus.AVAILABLE):
        raise Invalid("stock is received into QUARANTINE or AVAILABLE", code="invalid_status")
    place = resolve.stock_location(session, command.location_code)
    base = to_base(command.quantity, command.uom, lot.item.base_uom, lot.item.factors)
    status = command.status
    return Draft(
        MovementType.RECEIVE, lot, command.quantity, command.uom, base,
        [Posting(place, status, base)], to_location=place, to_status=status,
        reference_type=command.reference_type, reference_number=command.reference_number,
        note=command.note, follows_holds=status is StockStatus.AVAILABLE,
    )  # fmt: skip


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
    """Register the lot and post the receipt in one transaction; None when the lot turned out
    registered by a concurrent first receipt."""

    def register_and_append(session: Session) -> tuple[MovementView, resolve.LotRecord] | None:
        try:
            lot = _register(session, command, actor)
        except Conflict as clash:
            if clash.code != "lot_exists":
                raise
            return None
        draft = _draft(session, command, lot)
        # The ledger function inside this transaction, after the lot row it refers to. A lot
        # this new has no holds, and a receipt only adds: it cannot need more.
        received = append_fast(
            session.connection().connection.driver_connection, draft, operation=OPERATION,
            command=command, request_id=request_id, actor=actor.user, at=utc_now(),
        )  # fmt: skip
        return received, lot

    check_request_id(request_id)
    with uow:
        posted = rules_as_errors(register_and_append)(uow.session)
        if posted is None:
            return None
        uow.commit()
        received, lot = posted
        # Committed now: the lot's next movement (its release) finds it without a lookup.
        resolve.remember_lot(uow.session, lot, command.item_code)
        return received
