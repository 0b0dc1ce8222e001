"""Warehouse read side."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from lotflow.errors import NotFound
from services.warehouse.models import Item, Location
from services.warehouse.schemas import ItemView, LocationPage, LocationView


def item_view(item: Item) -> ItemView:
    return ItemView.model_validate(item, from_attributes=True)


def location_view(location: Location, parent_code: str | None) -> LocationView:
    return LocationView.model_validate(
        {**{c: getattr(location, c) for c in LocationView.model_fields if c != "parent_code"},
         "parent_code": parent_code}
    )


def get_item(session: Session, ref: str) -> ItemView:
    """An item by id, code or GTIN."""
    condition = Item.code == ref
    if ref.isdigit():
        condition = condition | (Item.gtin == ref.zfill(14))
    try:
        condition = condition | (Item.id == uuid.UUID(ref))
    except ValueError:
        pass
    item = session.scalar(select(Item).where(condition))
    if item is None:
        raise NotFound(f"no item with id, code or GTIN {ref!r}", code="item_not_found")
    return item_view(item)


def list_locations(
    session: Session,
    *,
    parent_code: str | None = None,
    level: str | None = None,
    kind: str | None = None,
    page_size: int = 100,
    page_token: str = "",
) -> LocationPage:
    """Locations ordered by code, filtered, one keyset page at a time."""
    parent = aliased(Location)
    query = (
        select(Location, parent.code)
        .outerjoin(parent, Location.parent_id == parent.id)
        .order_by(Location.code)
        .limit(page_size + 1)
    )
    if parent_code:
        query = query.where(parent.code == parent_code)
    if level:
        query = query.where(Location.level == level)
    if kind:
        query = query.where(Location.kind == kind)
    if page_token:
        query = query.where(Location.code > page_token)
    rows = session.execute(query).all()
    views = [location_view(location, code) for location, code in rows[:page_size]]
    more = len(rows) > page_size
    return LocationPage(locations=views, next_page_token=views[-1].code if more else "")
