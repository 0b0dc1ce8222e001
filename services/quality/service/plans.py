"""Defining (versioning) an item's inspection plan."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lotflow.auth import Principal
from lotflow.db import UnitOfWork
from lotflow.idempotency import perform
from lotflow.outbox import emit
from lotflow.refusals import invalid, refuse_if
from services.quality.domain import roles
from services.quality.domain.plans import characteristic_refusal, next_plan_version
from services.quality.domain.rules import duplicates
from services.quality.models import InspectionCharacteristic, InspectionPlan
from services.quality.queries.plans import latest_plan, plan_view
from services.quality.schemas.plans import DefineInspectionPlan, InspectionPlanView


def define_inspection_plan(
    uow: UnitOfWork, *, request_id: str, command: DefineInspectionPlan, actor: Principal
) -> InspectionPlanView:
    roles.TABLE.require(actor, "define_inspection_plan")
    return perform(
        uow,
        lock=lambda _: f"plan:{command.item_code}:{command.supplier_code or ''}",
        actor=actor,
        request_id=request_id,
        operation="quality.define_inspection_plan",
        request=command,
        result_type=InspectionPlanView,
        execute=lambda session: _define_inspection_plan(session, command, actor),
    )


def _define_inspection_plan(
    session: Session, command: DefineInspectionPlan, actor: Principal
) -> InspectionPlanView:
    repeated = duplicates(c.name.casefold() for c in command.characteristics)
    if repeated:
        raise invalid(
            "duplicate_characteristic",
            f"characteristic names must be unique in a plan; repeated: {', '.join(repeated)}",
        )
    for c in command.characteristics:
        refuse_if(
            characteristic_refusal(c.name, c.kind, c.lower_limit, c.upper_limit, c.unit),
            characteristic=c.name,
        )
    latest = latest_plan(session, command.item_code, command.supplier_code)
    plan = InspectionPlan(
        item_code=command.item_code,
        supplier_code=command.supplier_code,
        version=next_plan_version(latest.version if latest else None),
        sample_size=command.sample_size,
        skip_lot_after=command.skip_lot_after,
        skip_lot_inspect_one_in=command.skip_lot_inspect_one_in,
        created_by=actor.user,
        characteristics=[
            InspectionCharacteristic(
                position=position,
                name=c.name,
                kind=c.kind.value,
                lower_limit=c.lower_limit,
                upper_limit=c.upper_limit,
                unit=c.unit,
            )
            for position, c in enumerate(command.characteristics, start=1)
        ],
    )
    session.add(plan)
    session.flush()
    view = plan_view(plan)
    emit(session, "quality.inspection_plan_defined", plan.item_code, view.model_dump(mode="json"))
    return view
