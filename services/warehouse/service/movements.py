"""Transfer, put away, issue, return, scrap or return to supplier, adjust (receipts.py receives).

Each builds one ledger Draft from the command and the domain rules and posts it through the
ledger (service/ledger), in one statement when nothing stands in the way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, retry_transaction
from lotflow.errors import Invalid, InvalidState, LotflowError
from lotflow.idempotency import ATTEMPTS, check_request_id, perform
from lotflow.refusals import RuleBroken
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.domain.expiry import is_expired_at
from services.warehouse.domain.stock import (
    MovementType,
    StockStatus,
    check_expiry,
    check_reason,
    check_source,
)
from services.warehouse.domain.units import to_base
from services.warehouse.queries.putaway import suggest_putaway
from services.warehouse.schemas.common import Command
from services.warehouse.schemas.movements import (
    AdjustStock,
    ConfirmPutaway,
    DisposeStock,
    IssueStock,
    MovementView,
    PutAwayByRule,
    ReturnStock,
    TransferStock,
)
from services.warehouse.service.ledger.append import (
    NeedsTransaction,
    append,
    append_once,
    autocommit_connection,
)
from services.warehouse.service.ledger.drafts import Draft, Posting
from services.warehouse.service.staging import reserved_transfer
from services.warehouse.service.transaction import utc_now

Build = Callable[[Session, datetime], Draft]


def post(
    uow: UnitOfWork,
    request_id: str,
    operation: str,
    command: Command,
    actor: Principal,
    build: Build,
) -> MovementView:
    """Post the movement `build` drafts, once per request id: in one round trip when nothing
    stands in the way, else on the transactional path."""

    def fast(session: Session) -> MovementView | None:
        now = utc_now()
        try:
            # Reads only (and none at all once the master data is cached).
            draft = build(session, now)
        except (RuleBroken, LotflowError):
            # Refused, unless this request id was served before (say, before the lot expired):
            # the transactional path looks the id up first, then builds again.
            return None
        try:
            with autocommit_connection(uow) as connection:
                return append_once(
                    connection,
                    draft,
                    operation=operation,
                    command=command,
                    request_id=request_id,
                    actor=actor.user,
                    at=now,
                )
        except NeedsTransaction:
            return None

    def attempt_fast() -> MovementView | None:
        check_request_id(request_id)
        with uow:
            return fast(uow.session)

    done = retry_transaction(attempt_fast, attempts=ATTEMPTS)
    if done is not None:
        return done

    def execute(session: Session) -> MovementView:
        now = utc_now()
        [movement] = append(
            session, [build(session, now)], actor=actor.user, request_id=request_id, at=now
        )
        return movement

    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation=operation,
        request=command,
        result_type=MovementView,
        execute=execute,
    )


def _base(lot: resolve.LotRecord, quantity: Decimal, uom: str) -> Decimal:
    return to_base(quantity, uom, lot.item.base_uom, lot.item.factors)


def _internal_move(
    session: Session,
    movement: MovementType,
    command: TransferStock | ConfirmPutaway | PutAwayByRule,
    to_code: str,
) -> Draft:
    lot = resolve.lot(session, command.lot_code, command.item_code)
    source = resolve.stock_location(session, command.from_location_code)
    target = resolve.stock_location(session, to_code)
    if source.id == target.id:
        raise Invalid("the stock is at that location already", code="same_location")
    if source.site_id != target.site_id:
        raise Invalid(
            f"{source.code} and {target.code} are in different sites; dispatch a transfer",
            code="transfer_between_sites",
        )
    check_source(movement, command.status)
    base = _base(lot, command.quantity, command.uom)
    status = command.status
    return Draft(
        movement,
        lot,
        command.quantity,
        command.uom,
        base,
        [Posting(source, status, -base), Posting(target, status, base)],
        from_location=source,
        from_status=status,
        to_location=target,
        to_status=status,
        follows_holds=status is StockStatus.AVAILABLE,
    )


def transfer_stock(
    uow: UnitOfWork, *, request_id: str, command: TransferStock, actor: Principal
) -> MovementView:
    roles.TABLE.require(actor, "transfer_stock")

    def build(session: Session, _now: datetime) -> Draft:
        draft = _internal_move(session, MovementType.TRANSFER, command, command.to_location_code)
        if command.reservation_id is not None:
            draft = reserved_transfer(session, draft, command.reservation_id)
        draft.reference_type = command.reference_type
        draft.reference_number = command.reference_number
        draft.note = command.note
        return draft

    return post(uow, request_id, "warehouse.transfer_stock", command, actor, build)


def confirm_putaway(
    uow: UnitOfWork, *, request_id: str, command: ConfirmPutaway, actor: Principal
) -> MovementView:
    roles.TABLE.require(actor, "confirm_putaway")

    def build(session: Session, _now: datetime) -> Draft:
        overridden = command.scanned_location_code != command.suggested_location_code
        if overridden and not command.override_reason:
            raise Invalid(
                "the scanned bin is not the suggested one; give an override reason",
                code="putaway_override_reason_required",
            )
        draft = _internal_move(
            session, MovementType.PUTAWAY, command, command.scanned_location_code
        )
        if overridden:
            draft.reason_code = "PUTAWAY_OVERRIDE"
            draft.note = command.override_reason
        draft.event_extra = {"suggested_location_code": command.suggested_location_code}
        return draft

    return post(uow, request_id, "warehouse.confirm_putaway", command, actor, build)


def put_away_by_rule(
    uow: UnitOfWork, *, request_id: str, command: PutAwayByRule, actor: Principal
) -> MovementView:
    """Move the stock to the bin SuggestPutaway would name, in one call; the movement's note
    says which rule chose it. InvalidState no_putaway_bin when no matching zone has room."""
    roles.TABLE.require(actor, "put_away_by_rule")

    def build(session: Session, _now: datetime) -> Draft:
        suggestion = suggest_putaway(
            session,
            lot_code=command.lot_code,
            item_code=command.item_code,
            from_location_code=command.from_location_code,
            status=command.status,
        )
        if suggestion.location_code is None:
            raise InvalidState(f"no bin to put away to: {suggestion.why}", code="no_putaway_bin")
        draft = _internal_move(session, MovementType.PUTAWAY, command, suggestion.location_code)
        draft.note = suggestion.why
        draft.event_extra = {"suggested_location_code": suggestion.location_code}
        return draft

    return post(uow, request_id, "warehouse.put_away_by_rule", command, actor, build)


def issue_stock(
    uow: UnitOfWork, *, request_id: str, command: IssueStock, actor: Principal
) -> MovementView:
    roles.TABLE.require(actor, "issue_stock")

    def build(session: Session, now: datetime) -> Draft:
        lot = resolve.lot(session, command.lot_code, command.item_code)
        place = resolve.stock_location(session, command.location_code)
        base = _base(lot, command.quantity, command.uom)
        check_expiry(MovementType.ISSUE, is_expired_at(lot.expiry_date, now, place.time_zone), None)
        reserved = -base if command.reservation_id is not None else Decimal(0)
        return Draft(
            MovementType.ISSUE,
            lot,
            command.quantity,
            command.uom,
            base,
            [Posting(place, StockStatus.AVAILABLE, -base, reserved)],
            from_location=place,
            from_status=StockStatus.AVAILABLE,
            reference_type=command.reference_type,
            reference_number=command.reference_number,
            reservation_id=command.reservation_id,
            consumes_allocation=command.reservation_id is not None,
        )

    return post(uow, request_id, "warehouse.issue_stock", command, actor, build)


def return_stock(
    uow: UnitOfWork, *, request_id: str, command: ReturnStock, actor: Principal
) -> MovementView:
    roles.TABLE.require(actor, "return_stock")

    def build(session: Session, _now: datetime) -> Draft:
        lot = resolve.lot(session, command.lot_code, command.item_code)
        place = resolve.stock_location(session, command.location_code)
        base = _base(lot, command.quantity, command.uom)
        status = StockStatus.AVAILABLE
        return Draft(
            MovementType.RETURN,
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
            follows_holds=True,
        )

    return post(uow, request_id, "warehouse.return_stock", command, actor, build)


def dispose_stock(
    uow: UnitOfWork,
    *,
    request_id: str,
    command: DisposeStock,
    actor: Principal,
    movement: MovementType = MovementType.SCRAP,
) -> MovementView:
    """Scrap, or return to the supplier (`movement`); both need a reason code."""
    if movement not in (MovementType.SCRAP, MovementType.RETURN_TO_SUPPLIER):
        raise ValueError(f"{movement} is not a disposal")
    roles.TABLE.require(actor, "dispose_stock")

    def build(session: Session, now: datetime) -> Draft:
        check_reason(movement, command.reason_code)
        lot = resolve.lot(session, command.lot_code, command.item_code)
        place = resolve.stock_location(session, command.location_code)
        check_source(movement, command.status)
        base = _base(lot, command.quantity, command.uom)
        expired = is_expired_at(lot.expiry_date, now, place.time_zone)
        override = check_expiry(movement, expired, command.expiry_override_reason)
        return Draft(
            movement,
            lot,
            command.quantity,
            command.uom,
            base,
            [Posting(place, command.status, -base)],
            from_location=place,
            from_status=command.status,
            reason_code=command.reason_code,
            reference_type=command.reference_type,
            reference_number=command.reference_number,
            note=command.note,
            expiry_override_reason=override,
        )

    return post(uow, request_id, f"warehouse.{movement.value}", command, actor, build)


def adjust_stock(
    uow: UnitOfWork, *, request_id: str, command: AdjustStock, actor: Principal
) -> MovementView:
    roles.TABLE.require(actor, "adjust_stock")

    def build(session: Session, _now: datetime) -> Draft:
        check_reason(MovementType.ADJUST, command.reason_code)
        lot = resolve.lot(session, command.lot_code, command.item_code)
        place = resolve.stock_location(session, command.location_code)
        change = command.quantity_change
        base = _base(lot, abs(change), command.uom)
        status = command.status
        delta = base if change > 0 else -base
        return Draft(
            MovementType.ADJUST,
            lot,
            change,
            command.uom,
            delta,
            [Posting(place, status, delta)],
            from_location=place if change < 0 else None,
            from_status=status if change < 0 else None,
            to_location=place if change > 0 else None,
            to_status=status if change > 0 else None,
            reason_code=command.reason_code,
            reference_type=command.reference_type,
            reference_number=command.reference_number,
            note=command.note,
            follows_holds=change > 0 and status is StockStatus.AVAILABLE,
        )

    return post(uow, request_id, "warehouse.adjust_stock", command, actor, build)
