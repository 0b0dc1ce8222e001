"""WIP reads: where each operation of the orders on the floor stands, how long since anything
happened there, and yields with scrap by reason."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow import paging
from lotflow.auth import Principal
from lotflow.errors import Invalid
from services.production.domain.roles import TABLE
from services.production.domain.wip import ratio
from services.production.schemas.wip import (
    GetWip,
    GetYield,
    ItemYield,
    ListWipAging,
    OperationYield,
    ScrapByReason,
    WipAge,
    WipAgingPage,
    WipPage,
    WipPosition,
    YieldReport,
)

ACTIVE = ("released", "in_progress")

# What reached each operation: the previous one's good (the order quantity for the first) plus
# rework sent back to it.
_POSITIONS = text("""
WITH ops AS (
    SELECT o.number AS order_number, o.item_code, o.released_at, op.*,
           COALESCE(LAG(op.good_quantity) OVER (PARTITION BY op.order_id ORDER BY op.seq),
                    o.quantity) + op.rework_in_quantity AS received
      FROM order_operations op JOIN production_orders o ON o.id = op.order_id
     WHERE (CAST(:order AS text) IS NULL AND o.status IN ('released', 'in_progress')
            OR o.number = :order)
)
SELECT *, received - good_quantity - scrap_quantity - rework_out_quantity AS available,
       now() AS at
  FROM ops
 WHERE (CAST(:work_center AS text) IS NULL OR work_center_code = :work_center)
   AND (order_number, seq) > (:after_order, :after_seq)
 ORDER BY order_number, seq
 LIMIT :limit
""")

_AGING = text("""
WITH ops AS (
    SELECT o.number AS order_number, op.seq, op.work_center_code, op.status,
           COALESCE(op.last_event_at, o.released_at, o.created_at) AS last_event_at,
           COALESCE(LAG(op.good_quantity) OVER (PARTITION BY op.order_id ORDER BY op.seq),
                    o.quantity) + op.rework_in_quantity
           - op.good_quantity - op.scrap_quantity - op.rework_out_quantity AS quantity
      FROM order_operations op JOIN production_orders o ON o.id = op.order_id
     WHERE o.status IN ('released', 'in_progress')
)
SELECT *, now() AS at FROM ops
 WHERE status <> 'completed'
   AND (CAST(:work_center AS text) IS NULL OR work_center_code = :work_center)
   AND (last_event_at, order_number, seq) > (CAST(:after_at AS timestamptz), :after_order,
                                             :after_seq)
 ORDER BY last_event_at, order_number, seq
 LIMIT :limit
""")

_FILTER = """
   AND (CAST(:item AS text) IS NULL OR o.item_code = :item)
   AND (CAST(:work_center AS text) IS NULL OR op.work_center_code = :work_center)
   AND (CAST(:from AS date) IS NULL OR r.reported_at >= CAST(:from AS date))
   AND (CAST(:to AS date) IS NULL OR r.reported_at < CAST(:to AS date) + 1)
"""
_OPERATION_YIELDS = text(f"""
SELECT o.item_code, op.work_center_code, sum(r.good), sum(r.scrap), sum(r.rework)
  FROM operation_reports r
  JOIN order_operations op ON op.id = r.order_operation_id
  JOIN production_orders o ON o.id = op.order_id
 WHERE r.kind = 'report' {_FILTER}
 GROUP BY o.item_code, op.work_center_code
 ORDER BY o.item_code, op.work_center_code
""")
_SCRAP_BY_REASON = text(f"""
SELECT o.item_code, op.work_center_code, r.scrap_reason_code, sum(r.scrap)
  FROM operation_reports r
  JOIN order_operations op ON op.id = r.order_operation_id
  JOIN production_orders o ON o.id = op.order_id
 WHERE r.kind = 'report' AND r.scrap > 0 {_FILTER}
 GROUP BY o.item_code, op.work_center_code, r.scrap_reason_code
 ORDER BY r.scrap_reason_code
""")
_ITEM_YIELDS = text("""
SELECT o.item_code, count(*), sum(o.quantity),
       sum((SELECT COALESCE(sum(x.quantity), 0) FROM order_outputs x
             WHERE x.order_id = o.id AND x.kind = 'primary'))
  FROM production_orders o
 WHERE o.status IN ('completed', 'closed')
   AND (CAST(:item AS text) IS NULL OR o.item_code = :item)
   AND (CAST(:from AS date) IS NULL OR o.completed_at >= CAST(:from AS date))
   AND (CAST(:to AS date) IS NULL OR o.completed_at < CAST(:to AS date) + 1)
 GROUP BY o.item_code
 ORDER BY o.item_code
""")


def _seconds(start: datetime | None, end: datetime | None) -> int:
    if start is None or end is None:
        return 0
    return max(int((end - start).total_seconds()), 0)


def get_wip(session: Session, query: GetWip, *, actor: Principal) -> WipPage:
    """Each operation of the orders on the floor (or of the named order), by order and seq."""
    TABLE.require(actor, "get_wip")
    after = paging.parse(query.page_token, 2) or ["", "-1"]
    rows = session.execute(
        _POSITIONS,
        {
            "order": query.order_number,
            "work_center": query.work_center_code,
            "after_order": after[0],
            "after_seq": _int(after[1]),
            "limit": query.page_size + 1,
        },
    ).all()
    positions = []
    for row in rows[: query.page_size]:
        waiting = row.available
        started = row.status != "queued"
        end = row.completed_at or row.at
        positions.append(
            WipPosition(
                order_number=row.order_number,
                item_code=row.item_code,
                seq=row.seq,
                code=row.code,
                work_center_code=row.work_center_code,
                status=row.status,
                queued=Decimal(0) if started else waiting,
                in_process=waiting if started else Decimal(0),
                good=row.good_quantity,
                scrap=row.scrap_quantity,
                rework_out=row.rework_out_quantity,
                rework_in=row.rework_in_quantity,
                elapsed_seconds=_seconds(row.started_at, end),
                queue_seconds=_seconds(row.released_at, row.started_at or row.at),
            )
        )
    more = len(rows) > query.page_size
    last = positions[-1] if positions else None
    token = paging.token(last.order_number, last.seq) if more and last else ""
    return WipPage(positions=positions, next_page_token=token)


def list_wip_aging(session: Session, query: ListWipAging, *, actor: Principal) -> WipAgingPage:
    """Open operations of the orders on the floor, the longest untouched first."""
    TABLE.require(actor, "list_wip_aging")
    after = paging.parse(query.page_token, 3) or ["1970-01-01T00:00:00+00:00", "", "-1"]
    rows = session.execute(
        _AGING,
        {
            "work_center": query.work_center_code,
            "after_at": _when(after[0]),
            "after_order": after[1],
            "after_seq": _int(after[2]),
            "limit": query.page_size + 1,
        },
    ).all()
    ages = [
        WipAge(
            order_number=row.order_number,
            seq=row.seq,
            work_center_code=row.work_center_code,
            status=row.status,
            quantity=row.quantity,
            last_event_at=row.last_event_at,
            age_seconds=_seconds(row.last_event_at, row.at),
        )
        for row in rows[: query.page_size]
    ]
    more = len(rows) > query.page_size
    last = ages[-1] if ages else None
    token = (
        paging.token(last.last_event_at.isoformat(), last.order_number, last.seq)
        if more and last
        else ""
    )
    return WipAgingPage(ages=ages, next_page_token=token)


def get_yield(session: Session, query: GetYield, *, actor: Principal) -> YieldReport:
    """Yield and scrap by reason per product and work center; order yield per product."""
    TABLE.require(actor, "get_yield")
    keys = {
        "item": query.item_code,
        "work_center": query.work_center_code,
        "from": query.from_,
        "to": query.to,
    }
    reasons: dict[tuple[str, str], list[ScrapByReason]] = {}
    for item, work_center, reason, quantity in session.execute(_SCRAP_BY_REASON, keys):
        reasons.setdefault((item, work_center), []).append(
            ScrapByReason(reason_code=reason or "", quantity=quantity)
        )
    operations = [
        OperationYield(
            item_code=item,
            work_center_code=work_center,
            good=good,
            scrap=scrap,
            rework=rework,
            yield_ratio=ratio(good, good + scrap + rework),
            scrap_by_reason=reasons.get((item, work_center), []),
        )
        for item, work_center, good, scrap, rework in session.execute(_OPERATION_YIELDS, keys)
    ]
    items = [
        ItemYield(
            item_code=item,
            orders=orders,
            planned=planned,
            produced=made,
            yield_ratio=ratio(made, planned),
        )
        for item, orders, planned, made in session.execute(_ITEM_YIELDS, keys)
    ]
    return YieldReport(operations=operations, items=items)


def _not_a_token() -> Invalid:
    return Invalid("the page token is not one this query issued", code="invalid_page_token")


def _int(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise _not_a_token() from None


def _when(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _not_a_token() from None
