"""Proof that the books balance: every balance equals the sum of its ledger postings.

For each lot x location x status, `qty` must equal the sum of `qty_delta` and `reserved` the sum
of `reserved_delta`; `reserved` must also equal what the open allocations hold there. Keys that
have postings but no balance row (or the other way round) are compared against zero.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from services.warehouse.domain import roles
from services.warehouse.schemas.stock import LedgerCheck, LedgerDiscrepancy

_CHECK = text(
    """
    WITH ledger AS (
        SELECT lot_id, location_id, status, sum(qty_delta) AS qty, sum(reserved_delta) AS reserved
          FROM postings GROUP BY lot_id, location_id, status
    ), allocated AS (
        SELECT lot_id, location_id, 'AVAILABLE'::varchar AS status, sum(quantity) AS quantity
          FROM allocations GROUP BY lot_id, location_id
    ), keys AS (
        SELECT lot_id, location_id, status FROM stock_balances
        UNION SELECT lot_id, location_id, status FROM ledger
        UNION SELECT lot_id, location_id, status FROM allocated
    )
    SELECT k.lot_id, k.location_id, k.status,
           coalesce(b.qty, 0), coalesce(l.qty, 0), coalesce(b.reserved, 0),
           coalesce(l.reserved, 0), coalesce(a.quantity, 0)
      FROM keys k
      LEFT JOIN stock_balances b USING (lot_id, location_id, status)
      LEFT JOIN ledger l USING (lot_id, location_id, status)
      LEFT JOIN allocated a USING (lot_id, location_id, status)
    """
)


def check_ledger(session: Session, actor: Principal) -> LedgerCheck:
    """Every balance against its ledger sum; a check for inventory control and master data."""
    roles.TABLE.require(actor, "check_ledger")
    rows = session.execute(_CHECK).all()
    wrong = [
        LedgerDiscrepancy(
            lot_id=str(r[0]),
            location_id=str(r[1]),
            status=r[2],
            balance_qty=r[3],
            ledger_qty=r[4],
            balance_reserved=r[5],
            ledger_reserved=r[6],
            allocated=r[7],
        )
        for r in rows
        if not (r[3] == r[4] and r[5] == r[6] == r[7] and r[3] >= 0 and r[5] >= 0)
    ]
    return LedgerCheck(balances_checked=len(rows), discrepancies=wrong)
