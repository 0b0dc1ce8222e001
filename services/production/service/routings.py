"""Defining routings: operations in ascending sequence at registered work centers."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork, add_unique
from lotflow.errors import Conflict
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import invalid, refuse_if
from services.production.domain import boms as rules
from services.production.domain.roles import TABLE
from services.production.models import Routing, RoutingOperation, WorkCenter
from services.production.queries.boms import routing_view
from services.production.schemas.boms import DefineRouting, RoutingView
from services.production.service.items import known_items


def define_routing(
    uow: UnitOfWork, *, request_id: str, command: DefineRouting, actor: Principal
) -> RoutingView:
    TABLE.require(actor, "define_routing")
    refuse_if(rules.validity_refusal(command.valid_from, command.valid_to, "the routing's"))
    operations = command.operations
    refuse_if(
        rules.routing_refusal(
            [o.seq for o in operations], [(o.seq, o.rework_to_seq) for o in operations]
        )
    )
    known_items([command.item_code])
    return perform(
        uow,
        actor=actor,
        request_id=request_id,
        operation="production.define_routing",
        request=command,
        result_type=RoutingView,
        execute=lambda session: _define_routing(session, command, actor),
    )


def _define_routing(session: Session, command: DefineRouting, actor: Principal) -> RoutingView:
    wanted = {o.work_center_code for o in command.operations}
    known = set(session.scalars(select(WorkCenter.code).where(WorkCenter.code.in_(wanted))))
    if missing := sorted(wanted - known):
        raise invalid(
            "work_center_not_found",
            f"no work center {', '.join(missing)}",
            work_center_codes=missing,
        )
    latest = session.scalar(
        select(func.max(Routing.version)).where(Routing.item_code == command.item_code)
    )
    version = command.version or (latest or 0) + 1
    routing = Routing(
        item_code=command.item_code,
        version=version,
        valid_from=command.valid_from,
        valid_to=command.valid_to,
        created_by=actor.user,
        operations=[RoutingOperation(**o.model_dump()) for o in command.operations],
    )
    clash = Conflict(
        f"routing version {version} of {command.item_code} exists already",
        code="routing_version_exists",
    )
    add_unique(session, routing, clash)
    session.flush()
    view = routing_view(routing)
    emit(session, "production.routing_defined", routing.item_code, view.model_dump(mode="json"))
    return view
