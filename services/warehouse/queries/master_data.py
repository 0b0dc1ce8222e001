"""Items and locations."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from lotflow import paging
from lotflow.auth import Principal
from lotflow.errors import NotFound
from lotflow.refusals import quoted
from services.warehouse.domain import roles
from services.warehouse.models import Item, ItemUnit, Location
from services.warehouse.schemas.master_data import (
    ItemView,
    LocationPage,
    LocationView,
    UnitConversion,
)


def item_view(item: Item, conversions: Iterable[UnitConversion]) -> ItemView:
    fields = {name: getattr(item, name) for name in ItemView.model_fields if name != "conversions"}
    return ItemView.model_validate({**fields, "conversions": list(conversions)})


def get_item(session: Session, ref: str, *, actor: Principal) -> ItemView:
    """An item by id, code or GTIN."""
    roles.TABLE.require(actor, "get_item")
    condition = Item.code == ref
    if ref.isdigit():
        condition = condition | (Item.gtin == ref.zfill(14))
    with contextlib.suppress(ValueError):
        condition = condition | (Item.id == uuid.UUID(ref))
    item = session.scalar(select(Item).where(condition))
    if item is None:
        raise NotFound(f"no item with id, code or GTIN {quoted(ref)}", code="item_not_found")
    units = session.execute(
        select(ItemUnit.uom, ItemUnit.factor).where(ItemUnit.item_id == item.id).order_by("uom")
    ).all()
    return item_view(item, (UnitConversion(uom=uom, factor=factor) for uom, factor in units))


_parent = aliased(Location)
_site = aliased(Location)


def _view(location: Location, parent_code: str | None, site_code: str | None) -> LocationView:
    fields = {
        name: getattr(location, name)
        for name in LocationView.model_fields
        if name not in ("parent_code", "site_code")
    }
    return LocationView.model_validate(
        {**fields, "parent_code": parent_code, "site_code": site_code}
    )


def _with_codes():
    return (
        select(Location, _parent.code, _site.code)
        .outerjoin(_parent, Location.parent_id == _parent.id)
        .outerjoin(_site, Location.site_id == _site.id)
    )


def location_view(session: Session, location: Location) -> LocationView:
    row = session.execute(_with_codes().where(Location.id == location.id)).one()
    return _view(*row)


def get_location(session: Session, code: str, *, actor: Principal) -> LocationView:
    """A location by code, with its parent's and its site's codes."""
    roles.TABLE.require(actor, "get_location")
    row = session.execute(_with_codes().where(Location.code == code)).first()
    if row is None:
        raise NotFound(f"no location {code!r}", code="location_not_found")
    return _view(*row)


def list_locations(
    session: Session,
    *,
    parent_code: str | None = None,
    level: str | None = None,
    kind: str | None = None,
    page_size: int = 100,
    page_token: str = "",
    actor: Principal,
) -> LocationPage:
    """Locations ordered by code, filtered, one keyset page at a time."""
    roles.TABLE.require(actor, "list_locations")
    query = _with_codes().order_by(Location.code).limit(page_size + 1)
    if parent_code:
        query = query.where(_parent.code == parent_code)
    if level:
        query = query.where(Location.level == level)
    if kind:
        query = query.where(Location.kind == kind)
    if after := paging.parse(page_token, 1):
        query = query.where(Location.code > after[0])
    rows = session.execute(query).all()
    views = [_view(*row) for row in rows[:page_size]]
    more = len(rows) > page_size
    return LocationPage(
        locations=views, next_page_token=paging.token(views[-1].code) if more else ""
    )
