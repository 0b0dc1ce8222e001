"""Reading BOMs and routings: by item and version, or the one valid on a day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import literal, or_, select, tuple_
from sqlalchemy.orm import Session, selectinload

from lotflow import paging
from lotflow.auth import Principal
from lotflow.refusals import not_found
from services.production.domain.roles import TABLE
from services.production.models import Bom, BomComponent, Routing
from services.production.schemas.boms import (
    AlternateView,
    BomPage,
    BomQuery,
    BomView,
    ComponentView,
    ListBoms,
    OutputView,
    RoutingOperationView,
    RoutingQuery,
    RoutingView,
)

_BOM_LOAD = (
    selectinload(Bom.components).selectinload(BomComponent.alternates),
    selectinload(Bom.outputs),
)


def _fields(row: object, view: type, *, skip: tuple[str, ...] = ()) -> dict:
    return {f: getattr(row, f) for f in view.model_fields if f not in skip}


def bom_view(bom: Bom) -> BomView:
    components = [
        ComponentView.model_validate(
            {
                **_fields(c, ComponentView, skip=("alternates",)),
                "alternates": [
                    AlternateView.model_validate(_fields(a, AlternateView)) for a in c.alternates
                ],
            }
        )
        for c in bom.components
    ]
    outputs = [OutputView.model_validate(_fields(o, OutputView)) for o in bom.outputs]
    return BomView.model_validate(
        {
            **_fields(bom, BomView, skip=("components", "outputs")),
            "components": components,
            "outputs": outputs,
        }
    )


def routing_view(routing: Routing) -> RoutingView:
    operations = [
        RoutingOperationView.model_validate(_fields(o, RoutingOperationView))
        for o in routing.operations
    ]
    return RoutingView.model_validate(
        {**_fields(routing, RoutingView, skip=("operations",)), "operations": operations}
    )


def valid_bom(session: Session, item_code: str, day: date) -> Bom | None:
    """The newest version of the item's BOM valid on `day`."""
    return session.scalar(
        select(Bom)
        .where(Bom.item_code == item_code, Bom.valid_from <= day)
        .where(or_(Bom.valid_to.is_(None), Bom.valid_to >= day))
        .options(*_BOM_LOAD)
        .order_by(Bom.version.desc())
        .limit(1)
    )


def valid_routing(session: Session, item_code: str, day: date) -> Routing | None:
    return session.scalar(
        select(Routing)
        .where(Routing.item_code == item_code, Routing.valid_from <= day)
        .where(or_(Routing.valid_to.is_(None), Routing.valid_to >= day))
        .options(selectinload(Routing.operations))
        .order_by(Routing.version.desc())
        .limit(1)
    )


def get_bom(session: Session, query: BomQuery, *, actor: Principal) -> BomView:
    """A BOM by item and version, or the newest valid on `on_date` (default today)."""
    TABLE.require(actor, "get_bom")
    if query.version:
        bom = session.scalar(
            select(Bom)
            .where(Bom.item_code == query.item_code, Bom.version == query.version)
            .options(*_BOM_LOAD)
        )
    else:
        bom = valid_bom(session, query.item_code, query.on_date or date.today())
    if bom is None:
        raise not_found("bom_not_found", f"no such BOM of {query.item_code}")
    return bom_view(bom)


def list_boms(session: Session, query: ListBoms, *, actor: Principal) -> BomPage:
    """BOMs by item and version, one keyset page at a time."""
    TABLE.require(actor, "list_boms")
    statement = (
        select(Bom)
        .options(*_BOM_LOAD)
        .order_by(Bom.item_code, Bom.version)
        .limit(query.page_size + 1)
    )
    if query.item_code:
        statement = statement.where(Bom.item_code == query.item_code)
    if after := paging.parse(query.page_token, 2):
        version = int(after[1]) if after[1].isdigit() else 0
        statement = statement.where(
            tuple_(Bom.item_code, Bom.version) > tuple_(literal(after[0]), literal(version))
        )
    rows = session.scalars(statement).all()
    views = [bom_view(bom) for bom in rows[: query.page_size]]
    more = len(rows) > query.page_size
    last = views[-1] if views else None
    return BomPage(
        boms=views, next_page_token=paging.token(last.item_code, last.version) if more else ""
    )


def get_routing(session: Session, query: RoutingQuery, *, actor: Principal) -> RoutingView:
    TABLE.require(actor, "get_routing")
    if query.version:
        routing = session.scalar(
            select(Routing)
            .where(Routing.item_code == query.item_code, Routing.version == query.version)
            .options(selectinload(Routing.operations))
        )
    else:
        routing = valid_routing(session, query.item_code, query.on_date or date.today())
    if routing is None:
        raise not_found("routing_not_found", f"no such routing of {query.item_code}")
    return routing_view(routing)
