"""Creating and releasing production orders.

Release freezes the BOM and routing valid on the due date, computes each material's exact
requirement in the item's base unit (through the warehouse's conversions), creates the
operations from the routing, assigns the output lot code by the lot rule, then stages the
materials line-side (service/staging.py), all in one transaction of production's.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, add_unique
from lotflow.errors import Conflict
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import invalid, refuse_if, refused
from services.production import warehouse
from services.production.domain import boms as bom_rules
from services.production.domain import orders as rules
from services.production.domain.orders import MaterialStatus, OrderStatus
from services.production.domain.roles import TABLE
from services.production.models import OrderMaterial, OrderOperation, ProductionOrder
from services.production.queries.boms import valid_bom, valid_routing
from services.production.queries.orders import order_view
from services.production.schemas.orders import CreateOrder, OrderView, ReleaseOrder
from services.production.service.items import known_items
from services.production.service.order_history import locked_order, record
from services.production.service.staging import stage_order
from services.production.settings import production_settings


def create_order(
    uow: UnitOfWork, *, request_id: str, command: CreateOrder, actor: Principal
) -> OrderView:
    TABLE.require(actor, "create_order")
    item = known_items([command.item_code])[command.item_code]
    refuse_if(bom_rules.unit_refusal(item, command.uom))
    site = warehouse.place(command.site_code)
    if site is None or site.level != "site":
        raise invalid("site_not_found", f"{command.site_code} is not a site of the warehouse")
    output = warehouse.place(command.output_location_code)
    if output is None or output.site_code != site.code:
        raise invalid(
            "location_not_found",
            f"{command.output_location_code} is not a location at site {site.code}",
        )
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.create_order",
        request=command,
        result_type=OrderView,
        execute=lambda session: _create_order(session, command, actor),
    )


def _create_order(session: Session, command: CreateOrder, actor: Principal) -> OrderView:
    if valid_bom(session, command.item_code, command.due_date) is None:
        raise refused(
            "no_valid_bom", f"no BOM of {command.item_code} is valid on {command.due_date}"
        )
    if valid_routing(session, command.item_code, command.due_date) is None:
        raise refused(
            "no_valid_routing", f"no routing of {command.item_code} is valid on {command.due_date}"
        )
    number = command.number or rules.order_number(
        session.scalar(text("SELECT nextval('production_order_number_seq')"))
    )
    order = ProductionOrder(
        number=number,
        status=OrderStatus.PLANNED,
        blocked=False,
        created_by=actor.user,
        version=1,
        **command.model_dump(exclude={"number"}),
    )
    add_unique(session, order, Conflict(f"order {number} exists already", code="order_exists"))
    record(session, order, "created", actor.user)
    view = order_view(session, order)
    emit(session, "production.order_created", number, view.model_dump(mode="json"))
    return view


def release_order(
    uow: UnitOfWork, *, request_id: str, command: ReleaseOrder, actor: Principal
) -> OrderView:
    TABLE.require(actor, "release_order")
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.release_order",
        request=command,
        result_type=OrderView,
        execute=lambda session: _release_order(session, command, actor),
    )


def _release_order(session: Session, command: ReleaseOrder, actor: Principal) -> OrderView:
    order = locked_order(session, command.order_number)
    refuse_if(rules.status_refusal(order.number, order.status, (OrderStatus.PLANNED,), "release"))
    bom = valid_bom(session, order.item_code, order.due_date)
    routing = valid_routing(session, order.item_code, order.due_date)
    if bom is None or routing is None:
        what = "BOM" if bom is None else "routing"
        raise refused(
            f"no_valid_{what.lower()}",
            f"no {what} of {order.item_code} is valid on {order.due_date}",
        )
    work_centers = {op.seq: op.work_center_code for op in routing.operations}
    if stray := sorted({c.operation_seq for c in bom.components} - set(work_centers)):
        raise refused(
            "bom_routing_mismatch",
            f"BOM {bom.version} of {order.item_code} consumes at operations {stray} that "
            f"routing {routing.version} does not have",
        )
    items = known_items([order.item_code, *(c.item_code for c in bom.components)])
    produced = items[order.item_code]
    order_base = bom_rules.to_base(produced, order.quantity, order.uom)
    output_base = bom_rules.to_base(produced, bom.output_quantity, bom.output_uom)
    line_sides = _line_sides(order.site_code, set(work_centers.values()))
    for component in bom.components:
        item = items[component.item_code]
        need = bom_rules.requirement(
            order_base,
            output_base,
            bom_rules.to_base(item, component.quantity_per, component.uom),
            component.scrap_factor,
        )
        session.add(
            OrderMaterial(
                order_id=order.id,
                line_no=component.line_no,
                bom_component_id=component.id,
                item_code=item.code,
                uom=item.base_uom,
                required_quantity=need,
                operation_seq=component.operation_seq,
                issue_policy=component.issue_policy,
                line_side_location_code=line_sides[work_centers[component.operation_seq]],
                staged_quantity=Decimal(0),
                consumed_quantity=Decimal(0),
                status=MaterialStatus.OPEN,
            )
        )
    for index, operation in enumerate(routing.operations):
        session.add(
            OrderOperation(
                order_id=order.id,
                seq=operation.seq,
                code=operation.code,
                work_center_code=operation.work_center_code,
                status="queued",
                # The first operation's input is the order's quantity; later ones get the
                # previous one's good output.
                received_quantity=order.quantity if index == 0 else Decimal(0),
            )
        )
    now = session.scalar(select(func.now()))
    order.output_lot_code = _output_lot_code(session, order.item_code, now)
    order.bom_id, order.routing_id = bom.id, routing.id
    order.status = OrderStatus.RELEASED
    order.released_at = now
    order.version += 1
    record(
        session,
        order,
        "released",
        actor.user,
        bom_version=bom.version,
        routing_version=routing.version,
        output_lot_code=order.output_lot_code,
    )
    session.flush()
    released = order_view(session, order)
    emit(session, "production.order_released", order.number, _released_payload(released))
    stage_order(session, order, actor)
    return order_view(session, order)


def _line_sides(site_code: str, work_center_codes: set[str]) -> dict[str, str]:
    """Each work center's line-side location, checked at the door: a line-side location of the
    order's site, or the release is refused before anything is reserved."""
    found = {}
    for code in sorted(work_center_codes):
        location = rules.line_side_location(code)
        place = warehouse.place(location)
        if place is None or place.site_code != site_code or place.kind != "line_side":
            raise refused(
                "line_side_location_not_found",
                f"work center {code} has no line-side location {location} at site {site_code}",
                work_center_code=code,
                location_code=location,
            )
        found[code] = location
    return found


def _output_lot_code(session: Session, item_code: str, now: datetime) -> str:
    seq = session.scalar(text("SELECT nextval('production_lot_seq')"))
    day = now.astimezone(UTC).date()
    return rules.output_lot_code(production_settings().lot_rule, item_code, day, seq)


def _released_payload(order: OrderView) -> dict:
    body = order.model_dump(mode="json")
    keep = (
        "number",
        "item_code",
        "quantity",
        "uom",
        "due_date",
        "site_code",
        "output_lot_code",
        "output_location_code",
        "bom_version",
        "routing_version",
        "materials",
        "operations",
    )
    return {key: body[key] for key in keep}
