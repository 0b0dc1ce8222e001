"""The one way stock changes: guarded balance updates plus ledger rows, in one transaction.

Every movement is a set of postings (lot x location x status: qty delta, reserved delta).
Postings are applied in one global order (lot, location, status) so concurrent movements never
wait on each other in a cycle; a decrease is a single guarded UPDATE that only matches when the
stock is there (`qty + dq >= reserved + dr`), so two clients can never both take the last unit,
and a short balance is refused, never driven negative. The CHECK constraints on the table stay
as the last line of defence.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from services.warehouse.domain.rules import refused
from services.warehouse.domain.stock import (
    BLOCKED_CODES,
    StockStatus,
    deposit_status,
)
from services.warehouse.service.drafts import ZERO, Draft, Posting
from services.warehouse.service.ledger_rows import record
from services.warehouse.service.resolve import LotRecord

_TAKE = text(
    "UPDATE stock_balances SET qty = qty + :dq, reserved = reserved + :dr "
    "WHERE lot_id = :lot AND location_id = :location AND status = :status "
    "AND qty + :dq >= reserved + :dr AND reserved + :dr >= 0 RETURNING qty"
)
_PUT = text(
    "INSERT INTO stock_balances (lot_id, location_id, status, item_id, site_id, qty, reserved) "
    "VALUES (:lot, :location, :status, :item, :site, :dq, 0) "
    "ON CONFLICT (lot_id, location_id, status) "
    "DO UPDATE SET qty = stock_balances.qty + EXCLUDED.qty"
)
_FREE = text(
    "SELECT qty - reserved, reserved FROM stock_balances "
    "WHERE lot_id = :lot AND location_id = :location AND status = :status"
)
_ACTIVE_HOLD = text("SELECT 1 FROM lot_holds WHERE lot_id = :lot AND lifted_at IS NULL LIMIT 1")
_OTHER_STATUSES = text(
    "SELECT status FROM stock_balances WHERE lot_id = :lot AND location_id = :location AND qty > 0"
)
# Taken before depositing stock whose status depends on holds: a hold takes the lot FOR UPDATE,
# so it waits for these movements and they wait for it, and no AVAILABLE stock slips past it.
_LOCK_LOT = text(
    "SELECT EXISTS (SELECT 1 FROM lot_holds h WHERE h.lot_id = lots.id AND h.lifted_at IS NULL) "
    "FROM lots WHERE id = :lot FOR KEY SHARE OF lots"
)


_CONSUME_ALLOCATION = text(
    "UPDATE allocations SET quantity = quantity - :q WHERE reservation_id = :reservation "
    "AND lot_id = :lot AND location_id = :location AND quantity >= :q RETURNING id"
)


def lot_on_hold_locked(session: Session, lot: LotRecord) -> bool:
    return bool(session.execute(_LOCK_LOT, {"lot": lot.id}).scalar_one())


def arriving_status(session: Session, lot: LotRecord, status: StockStatus) -> StockStatus:
    """The status arriving stock lands in; AVAILABLE waits on the lot lock (holds race it)."""
    if status is not StockStatus.AVAILABLE:
        return status
    return deposit_status(status, lot_on_hold_locked(session, lot))


def apply(session: Session, postings: Iterable[tuple[LotRecord, Posting]]) -> None:
    """Apply postings to balances in the global lock order; refuse any that would go short."""
    for lot, posting in sorted(postings, key=lock_order):
        if posting.qty_delta > 0 and posting.reserved_delta == 0:
            session.execute(_PUT, _params(lot, posting) | {"item": lot.item.id})
            continue
        if session.execute(_TAKE, _params(lot, posting)).first() is None:
            raise _short(session, lot, posting)


def append(session: Session, draft: Draft, *, actor: str, request_id: str, at: datetime):
    """Apply a movement's postings and record it, in the session's transaction."""
    if draft.follows_holds and lot_on_hold_locked(session, draft.lot):
        land_in_hold(draft)
    if draft.consumes_allocation:
        consume_allocation(session, draft)
    apply(session, ((draft.lot, p) for p in draft.postings))
    return record(session, draft, actor=actor, request_id=request_id, at=at)


def land_in_hold(draft: Draft) -> None:
    """The lot is held: what would arrive AVAILABLE arrives in HOLD (domain.deposit_status)."""
    draft.postings = [
        Posting(p.location, deposit_status(p.status, True), p.qty_delta, p.reserved_delta)
        if p.qty_delta > 0
        else p
        for p in draft.postings
    ]
    if draft.to_status is not None:
        draft.to_status = deposit_status(draft.to_status, True)


def consume_allocation(session: Session, draft: Draft) -> None:
    """Allocation row before balance rows: the lock order every use case keeps."""
    source = draft.from_location
    consumed = session.execute(
        _CONSUME_ALLOCATION,
        {"q": draft.base_quantity, "reservation": draft.reservation_id, "lot": draft.lot.id,
         "location": source.id},
    ).first()  # fmt: skip
    if consumed is None:
        raise refused(
            f"reservation {draft.reservation_id} holds less than {draft.base_quantity} "
            f"{draft.lot.item.base_uom} of lot {draft.lot.code} at {source.code}",
            "reservation_exceeded",
        )


def lock_order(entry: tuple[LotRecord, Posting]) -> tuple[str, str, str]:
    lot, posting = entry
    return (str(lot.id), str(posting.location.id), posting.status.value)


def _params(lot: LotRecord, posting: Posting) -> dict:
    return {
        "lot": lot.id,
        "location": posting.location.id,
        "site": posting.location.site_id,
        "status": posting.status.value,
        "dq": posting.qty_delta,
        "dr": posting.reserved_delta,
    }


def _short(session: Session, lot: LotRecord, posting: Posting):
    row = session.execute(_FREE, _params(lot, posting)).first()
    free = row[0] if row else ZERO
    where = f"{posting.status.value} stock of lot {lot.code} at {posting.location.code}"
    if posting.reserved_delta < 0 and posting.qty_delta == 0:
        return refused(f"not that much reserved {where}", "reservation_exceeded")
    if posting.status is StockStatus.AVAILABLE and free <= 0:
        blocked = _blocked_status(session, lot, posting)
        if blocked is not None:
            return refused(
                f"lot {lot.code} at {posting.location.code} is {blocked.value}, not AVAILABLE",
                BLOCKED_CODES[blocked],
                status=blocked.value,
            )
    return refused(
        f"only {free} {lot.item.base_uom} free {where}",
        "insufficient_stock",
        available=str(free),
        requested=str(-posting.qty_delta or posting.reserved_delta),
    )


def _blocked_status(session: Session, lot: LotRecord, posting: Posting) -> StockStatus | None:
    """Why there is no AVAILABLE stock here: a hold, or stock waiting in another status."""
    if session.execute(_ACTIVE_HOLD, {"lot": lot.id}).first() is not None:
        return StockStatus.HOLD
    statuses = set(
        session.execute(_OTHER_STATUSES, {"lot": lot.id, "location": posting.location.id}).scalars()
    )
    for status in (StockStatus.HOLD, StockStatus.QUARANTINE, StockStatus.REJECTED):
        if status.value in statuses:
            return status
    return None
