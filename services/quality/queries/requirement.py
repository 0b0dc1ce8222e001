"""Does a received lot need inspection: the plan that applies and the supplier's record."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from lotflow.auth import Principal
from services.quality.domain import roles
from services.quality.domain.decisions import LotDecisionKind, counts_as_accepted
from services.quality.domain.inspections import UNDECIDED_STATES
from services.quality.domain.skip_lot import inspection_requirement
from services.quality.models import Inspection, LotDecision
from services.quality.queries.plans import applicable_plan
from services.quality.schemas.requirement import (
    InspectionRequirementLookup,
    InspectionRequirementView,
)

# The lot's oldest inspection not yet decided; built once.
_UNDECIDED_INSPECTION = (
    select(Inspection.id)
    .where(
        Inspection.lot_code == bindparam("lot_code"),
        Inspection.state.in_([s.value for s in UNDECIDED_STATES]),
    )
    .order_by(Inspection.position)
    .limit(1)
)


def accepted_newest_first(
    session: Session,
    item_code: str,
    supplier_code: str,
    *,
    lots: int,
    excluding_lot: str | None = None,
) -> list[bool]:
    """Whether each of the supplier's last `lots` decided lots of the item was accepted; a lot
    decided more than once counts by its latest decision."""
    if lots <= 0:
        return []
    latest_per_lot = (
        select(LotDecision.position, LotDecision.decision, LotDecision.override_failed_result)
        .where(LotDecision.item_code == item_code, LotDecision.supplier_code == supplier_code)
        .distinct(LotDecision.lot_code)
        .order_by(LotDecision.lot_code, LotDecision.position.desc())
    )
    if excluding_lot is not None:
        latest_per_lot = latest_per_lot.where(LotDecision.lot_code != excluding_lot)
    latest = latest_per_lot.subquery()
    rows = session.execute(
        select(latest.c.decision, latest.c.override_failed_result)
        .order_by(latest.c.position.desc())
        .limit(lots)
    )
    return [counts_as_accepted(LotDecisionKind(d), override) for d, override in rows]


def get_inspection_requirement(
    session: Session,
    lookup: InspectionRequirementLookup,
    *,
    actor: Principal,
) -> InspectionRequirementView:
    roles.TABLE.require(actor, "get_inspection_requirement")
    plan = applicable_plan(session, lookup.item_code, lookup.supplier_code)
    history = (
        accepted_newest_first(
            session,
            lookup.item_code,
            lookup.supplier_code,
            lots=plan.skip_lot_after,
            excluding_lot=lookup.lot_code,
        )
        if plan is not None and lookup.supplier_code is not None
        else []
    )
    requirement = inspection_requirement(
        has_plan=plan is not None,
        skip_lot_after=plan.skip_lot_after if plan else 0,
        supplier_code=lookup.supplier_code,
        accepted_newest_first=history,
        lot_code=lookup.lot_code,
        plan_key=str(plan.id) if plan else "",
        inspect_one_in=plan.skip_lot_inspect_one_in if plan else 0,
    )
    undecided = (
        session.scalar(_UNDECIDED_INSPECTION, {"lot_code": lookup.lot_code})
        if lookup.lot_code is not None
        else None
    )
    return InspectionRequirementView(
        item_code=lookup.item_code,
        supplier_code=lookup.supplier_code,
        lot_code=lookup.lot_code,
        outcome=requirement.outcome,
        inspection_required=requirement.inspection_required,
        reason=requirement.reason,
        plan_id=plan.id if plan else None,
        plan_version=plan.version if plan else None,
        plan_supplier_code=plan.supplier_code if plan else None,
        skip_lot_after=plan.skip_lot_after if plan else None,
        skip_lot_inspect_one_in=plan.skip_lot_inspect_one_in if plan else None,
        consecutive_accepted_lots=requirement.consecutive_accepted,
        undecided_inspection_id=undecided,
    )
