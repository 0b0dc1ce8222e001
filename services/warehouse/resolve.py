"""Find the items, lots and locations a command or a query names, as small immutable records.

Shared by the use cases (service/) and the read side (queries/), and importing neither.

Items, lots and locations are never deleted and their identifying attributes never change once
registered, so found records are cached per database: the hot path of a movement then
needs no lookup round trips. Misses are never cached (the row may be registered a moment later).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from weakref import WeakKeyDictionary

from sqlalchemy import Pool, select
from sqlalchemy.orm import Session, aliased

from lotflow.errors import Invalid, NotFound
from lotflow.refusals import quoted
from services.warehouse.models import Item, ItemUnit, Location, Lot
from services.warehouse.schemas.lots import LotView


@dataclass(frozen=True)
class ItemRecord:
    id: uuid.UUID
    code: str
    gtin: str | None
    description: str
    base_uom: str
    item_class: str | None
    storage_condition: str | None
    shelf_life_days: int | None = None
    factors: dict[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class LotRecord:
    id: uuid.UUID
    code: str
    item: ItemRecord
    expiry_date: date | None
    tlc_source: str | None


@dataclass(frozen=True)
class LocationRecord:
    id: uuid.UUID
    code: str
    level: str
    kind: str | None
    site_id: uuid.UUID
    site_code: str
    time_zone: str | None
    capacity: int | None


@dataclass
class _Cache:
    items: dict[str, ItemRecord] = field(default_factory=dict)
    lots: dict[tuple[str, str | None], LotRecord] = field(default_factory=dict)
    locations: dict[str, LocationRecord] = field(default_factory=dict)


# By connection pool: a database's reading and writing engines share one.
_CACHES: WeakKeyDictionary[Pool, _Cache] = WeakKeyDictionary()
_MAX_ENTRIES = 50_000


def _cache(session: Session) -> _Cache:
    pool = session.get_bind().pool
    cache = _CACHES.get(pool)
    if cache is None:
        cache = _CACHES[pool] = _Cache()
    return cache


def _remember(store: dict, key: object, record: object) -> None:
    if len(store) >= _MAX_ENTRIES:
        store.clear()
    store[key] = record


def _item_record(session: Session, item: Item) -> ItemRecord:
    rows = session.execute(
        select(ItemUnit.uom, ItemUnit.factor).where(ItemUnit.item_id == item.id)
    ).all()
    factors = {uom: factor for uom, factor in rows}
    return ItemRecord(
        item.id,
        item.code,
        item.gtin,
        item.description,
        item.base_uom,
        item.item_class,
        item.storage_condition,
        item.shelf_life_days,
        factors,
    )


def item(session: Session, code: str) -> ItemRecord:
    cache = _cache(session)
    found = cache.items.get(code)
    if found is None:
        row = session.scalar(select(Item).where(Item.code == code))
        if row is None:
            raise NotFound(f"no item with code {quoted(code)}", code="item_not_found")
        found = _item_record(session, row)
        _remember(cache.items, code, found)
    return found


def lot(session: Session, lot_code: str, item_code: str | None) -> LotRecord:
    """A lot by its code, and by its item's code when several items use the same lot code."""
    cache = _cache(session)
    found = cache.lots.get((lot_code, item_code))
    if found is not None:
        return found
    query = select(Lot, Item.code).join(Item, Item.id == Lot.item_id).where(Lot.code == lot_code)
    if item_code is not None:
        query = query.where(Item.code == item_code)
    rows = session.execute(query.limit(2)).all()
    if not rows:
        of_item = f" of item {quoted(item_code)}" if item_code else ""
        raise NotFound(f"no lot {quoted(lot_code)}{of_item}", code="lot_not_found")
    if len(rows) > 1:
        raise Invalid(
            f"several items have a lot {quoted(lot_code)}; name the item too", code="lot_ambiguous"
        )
    row, found_item_code = rows[0]
    found = LotRecord(
        row.id, row.code, item(session, found_item_code), row.expiry_date, row.tlc_source
    )
    _remember(cache.lots, (lot_code, item_code), found)
    return found


def registered_lot(session: Session, registered: LotView) -> LotRecord:
    """The record of a lot this transaction has just registered. Not cached, as the
    transaction may still roll back: `remember_lot` once it has committed."""
    return LotRecord(
        registered.id,
        registered.lot_code,
        item(session, registered.item_code),
        registered.expiry_date,
        registered.tlc_source,
    )


def is_known_lot(session: Session, lot_code: str, item_code: str | None) -> bool:
    """Whether the lot is in the cache: a lot known registered, found without a query."""
    return (lot_code, item_code) in _cache(session).lots


def remember_lot(session: Session, found: LotRecord, item_code: str | None) -> None:
    """Cache a lot whose registration has committed, as `lot` finds it by these codes."""
    _remember(_cache(session).lots, (found.code, item_code), found)


def location(session: Session, code: str) -> LocationRecord:
    cache = _cache(session)
    found = cache.locations.get(code)
    if found is not None:
        return found
    site = aliased(Location)
    row = session.execute(
        select(Location, site.code, site.time_zone)
        .join(site, site.id == Location.site_id)
        .where(Location.code == code)
    ).first()
    if row is None:
        raise NotFound(f"no location {quoted(code)}", code="location_not_found")
    place, site_code, time_zone = row
    found = LocationRecord(
        place.id,
        place.code,
        place.level,
        place.kind,
        place.site_id,
        site_code,
        time_zone,
        place.capacity,
    )
    _remember(cache.locations, code, found)
    return found


def stock_location(session: Session, code: str) -> LocationRecord:
    """A location that can hold stock: a bin (zones, warehouses and sites hold none)."""
    found = location(session, code)
    if found.level != "bin":
        raise Invalid(
            f"{code} is a {found.level}; stock is kept in bins", code="location_not_a_bin"
        )
    return found
