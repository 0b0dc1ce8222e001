"""Quality and recall decisions that move every balance of a lot, in every site, at once.

A decision locks the lot row FOR UPDATE: movements that deposit AVAILABLE stock hold it FOR KEY
SHARE, so the decision waits for them and they for it; nothing slips in between. Stock leaving
AVAILABLE takes its reservations with it (a hold overrides reservations), each release recorded
as an `unreserve` movement. Every call is idempotent by request id, and placing a hold that is
already active, or lifting one already lifted, changes nothing.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import NotFound
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import refuse_if
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.domain.lot_status import (
    LotDecision,
    decision_reference_refusal,
    lot_wide_moves,
)
from services.warehouse.domain.stock import MovementType, StockStatus
from services.warehouse.schemas.lots import DecideLot, HoldLot, LiftHold, LotStatusResult
from services.warehouse.service.ledger.append import append
from services.warehouse.service.ledger.drafts import Draft, Posting
from services.warehouse.service.transaction import utc_now

_LOCK_LOT = text("SELECT id FROM lots WHERE id = :lot FOR UPDATE")
_ACTIVE_HOLDS = text(
    "SELECT hold_ref FROM lot_holds WHERE lot_id = :lot AND lifted_at IS NULL ORDER BY hold_ref"
)
_PLACE_HOLD = text(
    "INSERT INTO lot_holds (id, lot_id, hold_ref, reason, placed_by, placed_at) "
    "VALUES (:id, :lot, :ref, :reason, :actor, :at) ON CONFLICT (lot_id, hold_ref) DO UPDATE "
    "SET reason = EXCLUDED.reason, placed_by = EXCLUDED.placed_by, placed_at = EXCLUDED.placed_at,"
    " lifted_by = NULL, lifted_at = NULL WHERE lot_holds.lifted_at IS NOT NULL"
)
_LIFT_HOLD = text(
    "UPDATE lot_holds SET lifted_by = :actor, lifted_at = :at "
    "WHERE lot_id = :lot AND hold_ref = :ref AND lifted_at IS NULL RETURNING id"
)
_HOLD_EXISTS = text("SELECT 1 FROM lot_holds WHERE lot_id = :lot AND hold_ref = :ref")
_OPEN_ALLOCATIONS = text(
    "SELECT a.id, a.reservation_id, l.code, a.quantity FROM allocations a "
    "JOIN locations l ON l.id = a.location_id WHERE a.lot_id = :lot AND a.quantity > 0 "
    "ORDER BY a.id FOR UPDATE OF a"
)
_CLOSE_ALLOCATION = text("UPDATE allocations SET quantity = 0 WHERE id = :id")
_BALANCES = text(
    "SELECT l.code, b.status, b.qty FROM stock_balances b JOIN locations l ON l.id = b.location_id"
    " WHERE b.lot_id = :lot AND b.status = ANY(:statuses) AND b.qty > 0"
    " ORDER BY b.location_id, b.status FOR UPDATE OF b"
)
_IN_TRANSIT = text(
    "UPDATE transfers SET stock_status = :to WHERE lot_id = :lot AND state = 'in_transit' "
    "AND stock_status = :from"
)


def decide_lot(
    uow: UnitOfWork, *, request_id: str, command: DecideLot, actor: Principal
) -> LotStatusResult:
    roles.TABLE.require(actor, "decide_lot")
    refuse_if(decision_reference_refusal(command.reference_type, command.reference_number))
    return _decision(uow, request_id, "warehouse.decide_lot", command, actor, command.decision)


def hold_lot(
    uow: UnitOfWork, *, request_id: str, command: HoldLot, actor: Principal
) -> LotStatusResult:
    roles.TABLE.require(actor, "hold_lot")
    return _decision(uow, request_id, "warehouse.hold_lot", command, actor, LotDecision.HOLD)


def lift_hold(
    uow: UnitOfWork, *, request_id: str, command: LiftHold, actor: Principal
) -> LotStatusResult:
    roles.TABLE.require(actor, "lift_hold")
    return _decision(uow, request_id, "warehouse.lift_hold", command, actor, LotDecision.LIFT_HOLD)


def _decision(uow, request_id, operation, command, actor: Principal, decision: LotDecision):
    def execute(session: Session) -> LotStatusResult:
        now = utc_now()
        lot = resolve.lot(session, command.lot_code, command.item_code)
        session.execute(_LOCK_LOT, {"lot": lot.id})
        ref = getattr(command, "hold_ref", None)
        if decision is LotDecision.HOLD:
            session.execute(
                _PLACE_HOLD,
                {
                    "id": uuid.uuid4(),
                    "lot": lot.id,
                    "ref": ref,
                    "reason": command.reason,
                    "actor": actor.user,
                    "at": now,
                },
            )
        elif decision is LotDecision.LIFT_HOLD:
            _lift(session, lot, ref, actor.user, now)
        holds = list(session.execute(_ACTIVE_HOLDS, {"lot": lot.id}).scalars())
        moves = lot_wide_moves(decision, on_hold=bool(holds))
        drafts: list[Draft] = []
        cancelled = (
            _cancel_reservations(session, lot, drafts) if StockStatus.AVAILABLE in moves else []
        )
        for location_code, status, qty in session.execute(
            _BALANCES, {"lot": lot.id, "statuses": [s.value for s in moves]}
        ).all():
            drafts.append(
                _status_change(session, lot, location_code, StockStatus(status), moves, qty)
            )
        for draft in drafts:
            _explain(draft, command, request_id)
        # One append for the whole decision: every posting in the global lock order, each
        # reservation released before the stock it held leaves AVAILABLE (drafts keep order).
        movements = append(session, drafts, actor=actor.user, request_id=request_id, at=now)
        for source, target in moves.items():
            session.execute(_IN_TRANSIT, {"lot": lot.id, "from": source.value, "to": target.value})
        result = LotStatusResult(
            lot_code=lot.code,
            item_code=lot.item.code,
            on_hold=bool(holds),
            active_holds=holds,
            movements=movements,
            cancelled_reservations=cancelled,
        )
        payload = result.model_dump(mode="json") | {
            "decision": decision.value,
            "hold_ref": ref,
            "reason": getattr(command, "reason", None),
            "gtin": lot.item.gtin,
        }
        emit(session, "warehouse.lot_status_changed", lot.code, payload)
        return result

    return perform(
        uow,
        request_id=request_id,
        operation=operation,
        request=command,
        result_type=LotStatusResult,
        execute=execute,
    )


def _explain(draft: Draft, command, request_id: str) -> None:
    """What every movement of a decision refers to: the caller's document, or the decision."""
    draft.reference_type = getattr(command, "reference_type", None) or "LOT_DECISION"
    draft.reference_number = (
        getattr(command, "reference_number", None)
        or getattr(command, "hold_ref", None)
        or request_id[:64]
    )
    draft.note = getattr(command, "reason", None)


def _lift(session: Session, lot, ref: str, actor: str, now: datetime) -> None:
    lifted = session.execute(_LIFT_HOLD, {"lot": lot.id, "ref": ref, "actor": actor, "at": now})
    if (
        lifted.first() is None
        and session.execute(_HOLD_EXISTS, {"lot": lot.id, "ref": ref}).first() is None
    ):
        raise NotFound(f"lot {lot.code} has no hold {ref!r}", code="hold_not_found")


def _cancel_reservations(session: Session, lot, drafts: list[Draft]) -> list[uuid.UUID]:
    """Close the lot's open allocations, each release drafted as an `unreserve` movement."""
    cancelled: list[uuid.UUID] = []
    for allocation_id, reservation_id, location_code, quantity in session.execute(
        _OPEN_ALLOCATIONS, {"lot": lot.id}
    ).all():
        place = resolve.location(session, location_code)
        session.execute(_CLOSE_ALLOCATION, {"id": allocation_id})
        drafts.append(
            Draft(
                MovementType.UNRESERVE,
                lot,
                quantity,
                lot.item.base_uom,
                quantity,
                [Posting(place, StockStatus.AVAILABLE, quantity * 0, -quantity)],
                from_location=place,
                from_status=StockStatus.AVAILABLE,
                reservation_id=reservation_id,
            )
        )
        if reservation_id not in cancelled:
            cancelled.append(reservation_id)
    return cancelled


def _status_change(session: Session, lot, location_code, status, moves, qty) -> Draft:
    place = resolve.location(session, location_code)
    target = moves[status]
    return Draft(
        MovementType.STATUS_CHANGE,
        lot,
        qty,
        lot.item.base_uom,
        qty,
        [Posting(place, status, -qty), Posting(place, target, qty)],
        from_location=place,
        from_status=status,
        to_location=place,
        to_status=target,
    )
