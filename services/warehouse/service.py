"""Warehouse use cases: one function each, owning its transaction."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.errors import Conflict, Invalid, NotFound
from lotflow.idempotency import run_once
from lotflow.outbox import emit
from services.warehouse import queries
from services.warehouse.domain import MASTER_DATA_ROLE, LocationKind, LocationLevel, parent_problem
from services.warehouse.models import Item, Location
from services.warehouse.schemas import ItemView, LocationView, RegisterItem, RegisterLocation


def register_item(
    uow: UnitOfWork, *, request_id: str, command: RegisterItem, actor: Principal
) -> ItemView:
    actor.require(MASTER_DATA_ROLE)
    with uow:
        return run_once(
            uow,
            request_id=request_id,
            operation="warehouse.register_item",
            request=command,
            result_type=ItemView,
            execute=lambda: _register_item(uow.session, command, actor),
        )


def _register_item(session: Session, command: RegisterItem, actor: Principal) -> ItemView:
    same_key = Item.code == command.code
    if command.gtin is not None:
        same_key = or_(same_key, Item.gtin == command.gtin)
    clash = session.scalar(select(Item).where(same_key))
    if clash is not None:
        field = "code" if clash.code == command.code else "GTIN"
        raise Conflict(
            f"item {clash.code} already has this {field}", code="item_exists", item_id=str(clash.id)
        )
    item = Item(**command.model_dump(), created_by=actor.user)
    session.add(item)
    session.flush()
    view = queries.item_view(item)
    emit(session, "warehouse.item_registered", item.code, view.model_dump(mode="json"))
    return view


def register_location(
    uow: UnitOfWork, *, request_id: str, command: RegisterLocation, actor: Principal
) -> LocationView:
    actor.require(MASTER_DATA_ROLE)
    with uow:
        return run_once(
            uow,
            request_id=request_id,
            operation="warehouse.register_location",
            request=command,
            result_type=LocationView,
            execute=lambda: _register_location(uow.session, command, actor),
        )


def _register_location(
    session: Session, command: RegisterLocation, actor: Principal
) -> LocationView:
    if session.scalar(select(Location.id).where(Location.code == command.code)):
        raise Conflict(f"location {command.code} exists already", code="location_exists")
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
    location = Location(
        code=command.code,
        name=command.name,
        level=command.level.value,
        kind=_kind(command, parent),
        parent_id=parent.id if parent else None,
        legal_entity=command.legal_entity or (parent.legal_entity if parent else None),
        capacity=command.capacity,
        created_by=actor.user,
    )
    session.add(location)
    session.flush()
    view = queries.location_view(location, parent.code if parent else None)
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
