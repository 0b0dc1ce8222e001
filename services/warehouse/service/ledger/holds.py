"""Holds and deposits of AVAILABLE stock wait on each other through the lot row.

A hold takes the lot FOR UPDATE; a movement depositing AVAILABLE stock takes it FOR KEY SHARE
(`warehouse_lock_lot`, migration 0005) before looking for holds, so no AVAILABLE stock slips
past a hold: stock arriving for a held lot lands in HOLD (domain `deposit_status`).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from services.warehouse.domain.stock import StockStatus, deposit_status
from services.warehouse.resolve import LotRecord
from services.warehouse.service.ledger.drafts import Draft, Posting

_LOCK_LOT = text("SELECT warehouse_lock_lot(:lot)")


def lot_on_hold_locked(session: Session, lot: LotRecord) -> bool:
    return bool(session.execute(_LOCK_LOT, {"lot": lot.id}).scalar_one())


def arriving_status(session: Session, lot: LotRecord, status: StockStatus) -> StockStatus:
    """The status arriving stock lands in; AVAILABLE waits on the lot lock (holds race it)."""
    if status is not StockStatus.AVAILABLE:
        return status
    return deposit_status(status, lot_on_hold_locked(session, lot))


def land_in_hold(draft: Draft) -> None:
    """The lot is held: what would arrive AVAILABLE arrives in HOLD."""
    draft.postings = [
        Posting(p.location, deposit_status(p.status, True), p.qty_delta, p.reserved_delta)
        if p.qty_delta > 0
        else p
        for p in draft.postings
    ]
    if draft.to_status is not None:
        draft.to_status = deposit_status(draft.to_status, True)
