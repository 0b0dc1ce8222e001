"""On-hand stock with totals, and stock by site (in transit included)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow import paging
from lotflow.auth import Principal
from services.warehouse.domain import roles
from services.warehouse.domain.stock import StockStatus, available_to_promise
from services.warehouse.schemas.stock import (
    BalanceView,
    OnHandPage,
    SiteStockPage,
    SiteStockView,
    StatusTotal,
)

# Balances under a location of any level: a bin itself, or everything below a zone or
# warehouse, or everything of a site.
_FILTERS = """
  FROM stock_balances b
  JOIN lots lot ON lot.id = b.lot_id
  JOIN items item ON item.id = b.item_id
  JOIN locations loc ON loc.id = b.location_id
  JOIN locations site ON site.id = b.site_id
 WHERE b.qty > 0
   AND (CAST(:item AS text) IS NULL OR item.code = :item)
   AND (CAST(:lot AS text) IS NULL OR lot.code = :lot)
   AND (CAST(:status AS text) IS NULL OR b.status = :status)
   AND (CAST(:location AS text) IS NULL OR b.location_id IN (
        WITH RECURSIVE under(id) AS (
            SELECT id FROM locations WHERE code = :location
            UNION ALL SELECT child.id FROM locations child JOIN under ON child.parent_id = under.id
        ) SELECT id FROM under))
"""
_PAGE = text(
    "SELECT lot.code, item.code, loc.code, site.code, b.status, b.qty, b.reserved,"
    " item.base_uom, lot.expiry_date" + _FILTERS + " AND (CAST(:after_item AS text) IS NULL OR"
    " (item.code, lot.code, loc.code, b.status) > (:after_item, :after_lot, :after_loc,"
    " :after_status)) ORDER BY item.code, lot.code, loc.code, b.status LIMIT :limit"
)
_TOTALS = text(
    "SELECT b.status, sum(b.qty), sum(b.reserved)" + _FILTERS + " GROUP BY b.status ORDER BY 1"
)


def on_hand(
    session: Session,
    *,
    item_code: str | None = None,
    lot_code: str | None = None,
    location_code: str | None = None,
    status: str | None = None,
    page_size: int = 100,
    page_token: str = "",
    actor: Principal,
) -> OnHandPage:
    roles.TABLE.require(actor, "on_hand")
    after = paging.parse(page_token, 4) or [None] * 4
    filters = {"item": item_code, "lot": lot_code, "location": location_code, "status": status}
    rows = session.execute(
        _PAGE,
        filters
        | dict(zip(("after_item", "after_lot", "after_loc", "after_status"), after, strict=True))
        | {"limit": page_size + 1},
    ).all()
    balances = [
        BalanceView(
            lot_code=r[0],
            item_code=r[1],
            location_code=r[2],
            site_code=r[3],
            status=r[4],
            quantity=r[5],
            reserved=r[6],
            available_to_promise=available_to_promise(StockStatus(r[4]), r[5], r[6]),
            base_uom=r[7],
            expiry_date=r[8],
        )
        for r in rows[:page_size]
    ]
    totals = []
    if item_code or lot_code:
        totals = [
            StatusTotal(status=s, quantity=q, reserved=r)
            for s, q, r in session.execute(_TOTALS, filters)
        ]
    last = balances[-1] if len(rows) > page_size else None
    next_token = (
        paging.token(last.item_code, last.lot_code, last.location_code, last.status.value)
        if last
        else ""
    )
    return OnHandPage(balances=balances, totals=totals, next_page_token=next_token)


_BY_SITE = text(
    """
    WITH held AS (
        SELECT site_id, item_id, status, sum(qty) AS qty, sum(reserved) AS reserved
          FROM stock_balances WHERE qty > 0 GROUP BY site_id, item_id, status
    ), moving AS (
        SELECT to_site_id AS site_id, item_id, stock_status AS status, sum(quantity) AS qty
          FROM transfers WHERE state = 'in_transit' GROUP BY to_site_id, item_id, stock_status
    ), merged AS (
        SELECT coalesce(h.site_id, m.site_id) AS site_id, coalesce(h.item_id, m.item_id) AS item_id,
               coalesce(h.status, m.status) AS status, coalesce(h.qty, 0) AS qty,
               coalesce(h.reserved, 0) AS reserved, coalesce(m.qty, 0) AS in_transit
          FROM held h FULL JOIN moving m
            ON m.site_id = h.site_id AND m.item_id = h.item_id AND m.status = h.status
    )
    SELECT site.code, item.code, merged.status, merged.qty, merged.reserved, merged.in_transit,
           item.base_uom
      FROM merged JOIN locations site ON site.id = merged.site_id
      JOIN items item ON item.id = merged.item_id
     WHERE (CAST(:site AS text) IS NULL OR site.code = :site)
       AND (CAST(:item AS text) IS NULL OR item.code = :item)
       AND (CAST(:after_site AS text) IS NULL
            OR (site.code, item.code, merged.status) > (:after_site, :after_item, :after_status))
     ORDER BY site.code, item.code, merged.status LIMIT :limit
    """
)


def stock_by_site(
    session: Session,
    *,
    site_code: str | None = None,
    item_code: str | None = None,
    page_size: int = 100,
    page_token: str = "",
    actor: Principal,
) -> SiteStockPage:
    roles.TABLE.require(actor, "stock_by_site")
    after = paging.parse(page_token, 3) or [None] * 3
    rows = session.execute(
        _BY_SITE,
        {"site": site_code, "item": item_code, "limit": page_size + 1}
        | dict(zip(("after_site", "after_item", "after_status"), after, strict=True)),
    ).all()
    views = [
        SiteStockView(
            site_code=r[0],
            item_code=r[1],
            status=r[2],
            quantity=r[3],
            reserved=r[4],
            in_transit_to_site=r[5],
            base_uom=r[6],
        )
        for r in rows[:page_size]
    ]
    last = views[-1] if len(rows) > page_size else None
    next_token = paging.token(last.site_code, last.item_code, last.status.value) if last else ""
    return SiteStockPage(rows=views, next_page_token=next_token)
