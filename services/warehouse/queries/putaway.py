"""Where to put a lot away: the first matching rule's zone, then the best bin in it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.domain.putaway import BinSpace, PutawayRule, choose_bin, rules_in_order
from services.warehouse.domain.stock import StockStatus
from services.warehouse.schemas.stock import PutawaySuggestion

_RULES = text(
    "SELECT r.id, r.priority, r.zone_id, r.item_id, r.item_class, r.storage_condition,"
    " r.stock_status FROM putaway_rules r JOIN locations z ON z.id = r.zone_id"
    " WHERE z.site_id = :site"
)
# Capacity counts lots (pallet positions) with stock in the bin, whatever their status.
_BINS = text(
    "SELECT loc.id, loc.code, loc.capacity, count(DISTINCT b.lot_id),"
    " coalesce(bool_or(b.lot_id = :lot), false)"
    " FROM locations loc LEFT JOIN stock_balances b ON b.location_id = loc.id AND b.qty > 0"
    " WHERE loc.parent_id = :zone AND loc.level = 'bin'"
    " GROUP BY loc.id, loc.code, loc.capacity"
)


def suggest_putaway(
    session: Session,
    *,
    lot_code: str,
    item_code: str | None,
    from_location_code: str,
    status: StockStatus,
) -> PutawaySuggestion:
    lot = resolve.lot(session, lot_code, item_code)
    origin = resolve.location(session, from_location_code)
    rules = [
        PutawayRule(
            rule_id=r[0],
            priority=r[1],
            zone_id=r[2],
            item_id=r[3],
            item_class=r[4],
            storage_condition=r[5],
            stock_status=r[6],
        )
        for r in session.execute(_RULES, {"site": origin.site_id})
    ]
    item = lot.item
    matching = rules_in_order(rules, item.id, item.item_class, item.storage_condition, status.value)
    for rule in matching:
        bins = [
            BinSpace(
                location_id=b[0], code=b[1], capacity=b[2], lots_held=b[3], holds_this_lot=b[4]
            )
            for b in session.execute(_BINS, {"zone": rule.zone_id, "lot": lot.id})
            if b[0] != origin.id
        ]
        chosen = choose_bin(bins)
        if chosen is not None:
            return PutawaySuggestion(
                lot_code=lot.code,
                item_code=item.code,
                status=status,
                location_code=chosen.code,
                rule_id=str(rule.rule_id),
                why=f"rule {rule.rule_id} (priority {rule.priority}) sends it to this zone",
            )
    why = "no putaway rule matches" if not matching else "every matching zone is full"
    return PutawaySuggestion(
        lot_code=lot.code,
        item_code=item.code,
        status=status,
        location_code=None,
        rule_id=None,
        why=why,
    )


def putaway_suggestion(session: Session, *, actor: Principal, **query: Any) -> PutawaySuggestion:
    """The suggestion asked for over the API (a put-away by rule asks `suggest_putaway` itself)."""
    roles.TABLE.require(actor, "suggest_putaway")
    return suggest_putaway(session, **query)
