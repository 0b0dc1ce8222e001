"""Items (with pack conversions), locations and putaway rules."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, add_unique
from lotflow.errors import Conflict, Invalid, NotFound
from lotflow.idempotency import perform
from lotflow.outbox import emit
from services.warehouse import resolve
from services.warehouse.domain import roles
from services.warehouse.domain.master_data import LocationKind, LocationLevel, parent_problem
from services.warehouse.domain.units import check_pack_conversion
from services.warehouse.models import Item, ItemUnit, Location, PutawayRule
from services.warehouse.queries import master_data as views
from services.warehouse.schemas.master_data import (
    ItemView,
    LocationView,
    PutawayRuleView,
    RegisterItem,
    RegisterLocation,
    RegisterPutawayRule,
)


def register_item(
    uow: UnitOfWork, *, request_id: str, command: RegisterItem, actor: Principal
) -> ItemView:
    roles.TABLE.require(actor, "register_item")
    return perform(
        uow,
        request_id=request_id,
        operation="warehouse.register_item",
        request=command,
        result_type=ItemView,
        execute=lambda session: _register_item(session, command, actor),
    )


def _item_clash(session: Session, command: RegisterItem) -> Conflict | None:
    """The conflict with an item that has this code or GTIN already, if there is one."""
    same_key = Item.code == command.code
    if command.gtin is not None:  # items without a GTIN never clash on it
        same_key = or_(same_key, Item.gtin == command.gtin)
    clash = session.scalar(select(Item).where(same_key))
    if clash is None:
        return None
    field = "code" if clash.code == command.code else "GTIN"
    return Conflict(
        f"item {clash.code} already has this {field}", code="item_exists", item_id=str(clash.id)
    )


def _register_item(session: Session, command: RegisterItem, actor: Principal) -> ItemView:
    clash = _item_clash(session, command)
    if clash is not None:
        raise clash
    seen: set[str] = set()
    for conversion in command.conversions:
        if conversion.uom in seen:
            raise Invalid(f"{conversion.uom} is converted twice", code="duplicate_conversion")
        seen.add(conversion.uom)
        check_pack_conversion(conversion.uom, command.base_uom, conversion.factor)
    item = Item(**command.model_dump(exclude={"conversions"}), created_by=actor.user)
    add_unique(session, item, lambda: _item_clash(session, command))
    session.add_all(
        ItemUnit(item_id=item.id, uom=c.uom, factor=c.factor) for c in command.conversions
    )
    session.flush()
    view = views.item_view(item, command.conversions)
    emit(session, "warehouse.item_registered", item.code, view.model_dump(mode="json"))
    return view


def register_location(
    uow: UnitOfWork, *, request_id: str, command: RegisterLocation, actor: Principal
) -> LocationView:
    roles.TABLE.require(actor, "register_location")
    return perform(
        uow,
        request_id=request_id,
        operation="warehouse.register_location",
        request=command,
        result_type=LocationView,
        execute=lambda session: _register_location(session, command, actor),
    )


def _register_location(
    session: Session, command: RegisterLocation, actor: Principal
) -> LocationView:
    clash = Conflict(f"location {command.code} exists already", code="location_exists")
    if session.scalar(select(Location.id).where(Location.code == command.code)):
        raise clash
    parent = None
    if command.parent_code is not None:
        parent = session.scalar(select(Location).where(Location.code == command.parent_code))
        if parent is None:
            raise NotFound(
                f"no parent location {command.parent_code}", code="parent_location_not_found"
            )
    problem = parent_problem(command.level, LocationLevel(parent.level) if parent else None)
    if problem:
        raise Invalid(problem, code="invalid_location_parent")
    if command.time_zone is not None and command.level is not LocationLevel.SITE:
        raise Invalid("only a site has a time zone", code="time_zone_on_non_site")
    location = Location(
        code=command.code,
        name=command.name,
        level=command.level.value,
        kind=_kind(command, parent),
        parent_id=parent.id if parent else None,
        time_zone=command.time_zone,
        legal_entity=command.legal_entity or (parent.legal_entity if parent else None),
        capacity=command.capacity,
        created_by=actor.user,
    )
    add_unique(session, location, clash)
    location.site_id = parent.site_id if parent else location.id
    session.flush()
    view = views.location_view(session, location)
    emit(session, "warehouse.location_registered", location.code, view.model_dump(mode="json"))
    return view


def _kind(command: RegisterLocation, parent: Location | None) -> str | None:
    """Zones and bins have a kind (a bin inherits its zone's); sites and warehouses have none."""
    if command.level in (LocationLevel.SITE, LocationLevel.WAREHOUSE):
        if command.kind is not None:
            raise Invalid(
                f"a {command.level.value} has no kind; kinds belong to zones and bins",
                code="invalid_location_kind",
            )
        return None
    if command.kind is not None:
        return command.kind.value
    if parent is not None and parent.kind is not None:
        return parent.kind
    return LocationKind.STORAGE.value


def register_putaway_rule(
    uow: UnitOfWork, *, request_id: str, command: RegisterPutawayRule, actor: Principal
) -> PutawayRuleView:
    roles.TABLE.require(actor, "register_putaway_rule")
    return perform(
        uow,
        request_id=request_id,
        operation="warehouse.register_putaway_rule",
        request=command,
        result_type=PutawayRuleView,
        execute=lambda session: _register_rule(session, command, actor),
    )


def _register_rule(
    session: Session, command: RegisterPutawayRule, actor: Principal
) -> PutawayRuleView:
    zone = resolve.location(session, command.zone_code)
    if zone.level != LocationLevel.ZONE.value:
        raise Invalid(f"{zone.code} is a {zone.level}, not a zone", code="putaway_zone_not_zone")
    item = resolve.item(session, command.item_code) if command.item_code else None
    rule = PutawayRule(
        priority=command.priority,
        zone_id=zone.id,
        item_id=item.id if item else None,
        item_class=command.item_class,
        storage_condition=command.storage_condition,
        stock_status=command.stock_status.value if command.stock_status else None,
        created_by=actor.user,
    )
    session.add(rule)
    session.flush()
    view = PutawayRuleView(
        id=rule.id,
        zone_code=zone.code,
        priority=rule.priority,
        item_code=item.code if item else None,
        item_class=rule.item_class,
        storage_condition=rule.storage_condition,
        stock_status=command.stock_status,
        created_by=actor.user,
    )
    emit(session, "warehouse.putaway_rule_registered", zone.code, view.model_dump(mode="json"))
    return view
