"""The plan that applies to an item from a supplier, and plan views."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ColumnElement, Select, bindparam, or_, select
from sqlalchemy.orm import Session, selectinload

from lotflow.auth import Principal
from lotflow.refusals import not_found
from services.quality.domain import roles
from services.quality.domain.numbers import format_decimal
from services.quality.domain.plans import CharacteristicKind, plan_lookup_order
from services.quality.models import InspectionCharacteristic, InspectionPlan
from services.quality.schemas.plans import (
    CharacteristicView,
    InspectionPlanLookup,
    InspectionPlanView,
)


def format_limit(value: Decimal | None) -> str | None:
    """A limit or a measured value as views show it; a missing one stays missing."""
    return None if value is None else format_decimal(value)


def characteristic_view(characteristic: InspectionCharacteristic) -> CharacteristicView:
    return CharacteristicView(
        name=characteristic.name,
        kind=CharacteristicKind(characteristic.kind),
        lower_limit=format_limit(characteristic.lower_limit),
        upper_limit=format_limit(characteristic.upper_limit),
        unit=characteristic.unit,
    )


def plan_view(plan: InspectionPlan) -> InspectionPlanView:
    return InspectionPlanView(
        id=plan.id,
        item_code=plan.item_code,
        supplier_code=plan.supplier_code,
        version=plan.version,
        sample_size=plan.sample_size,
        characteristics=[characteristic_view(c) for c in plan.characteristics],
        skip_lot_after=plan.skip_lot_after,
        skip_lot_inspect_one_in=plan.skip_lot_inspect_one_in,
        created_by=plan.created_by,
        created_at=plan.created_at,
    )


def latest_plan(
    session: Session, item_code: str, supplier_code: str | None
) -> InspectionPlan | None:
    """The latest version of exactly this plan (supplier_code None: the general one)."""
    supplier = (
        InspectionPlan.supplier_code.is_(None)
        if supplier_code is None
        else InspectionPlan.supplier_code == supplier_code
    )
    return session.scalar(
        select(InspectionPlan)
        .where(InspectionPlan.item_code == item_code, supplier)
        .options(selectinload(InspectionPlan.characteristics))
        .order_by(InspectionPlan.version.desc())
        .limit(1)
    )


def _latest_plan_of(*whose: ColumnElement[bool]) -> Select:
    """The latest version among the item's plans matching `whose`: own plans (supplier_code
    set) sort before the general one, then the newest version first."""
    return (
        select(InspectionPlan)
        .where(InspectionPlan.item_code == bindparam("item_code"), or_(*whose))
        .options(selectinload(InspectionPlan.characteristics))
        .order_by(InspectionPlan.supplier_code.is_(None), InspectionPlan.version.desc())
        .limit(1)
    )


# Built once: the loader option makes a statement costly to build and key for the cache.
_GENERAL_PLAN = _latest_plan_of(InspectionPlan.supplier_code.is_(None))
_OWN_OR_GENERAL_PLAN = _latest_plan_of(
    InspectionPlan.supplier_code == bindparam("supplier_code"),
    InspectionPlan.supplier_code.is_(None),
)


def applicable_plan(
    session: Session, item_code: str, supplier_code: str | None
) -> InspectionPlan | None:
    """The supplier's own plan, else the item's general plan (plan_lookup_order); always the
    latest version. One query over both candidates."""
    own = plan_lookup_order(supplier_code)[0]  # None: only the general plan applies
    if own is None:
        return session.scalar(_GENERAL_PLAN, {"item_code": item_code})
    return session.scalar(_OWN_OR_GENERAL_PLAN, {"item_code": item_code, "supplier_code": own})


def get_inspection_plan(
    session: Session, lookup: InspectionPlanLookup, *, actor: Principal
) -> InspectionPlanView:
    roles.TABLE.require(actor, "get_inspection_plan")
    plan = applicable_plan(session, lookup.item_code, lookup.supplier_code)
    if plan is None:
        source = f" from supplier {lookup.supplier_code}" if lookup.supplier_code else ""
        raise not_found(
            "inspection_plan_not_found",
            f"no inspection plan applies to item {lookup.item_code}{source}",
        )
    return plan_view(plan)
