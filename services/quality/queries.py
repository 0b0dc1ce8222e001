"""Quality read side: the plan that applies, holds and a lot's quality status."""

from __future__ import annotations

import re
import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lotflow.errors import Invalid, NotFound
from services.quality.domain import (
    CharacteristicKind,
    HoldSource,
    HoldStatus,
    format_decimal,
    is_blocked,
    plan_lookup_order,
)
from services.quality.models import Hold, InspectionCharacteristic, InspectionPlan
from services.quality.schemas import (
    CharacteristicView,
    HoldPage,
    HoldQuery,
    HoldView,
    InspectionPlanLookup,
    InspectionPlanView,
    LotQualityStatusView,
)


def _limit_text(value: Decimal | None) -> str | None:
    return None if value is None else format_decimal(value)


def characteristic_view(characteristic: InspectionCharacteristic) -> CharacteristicView:
    return CharacteristicView(
        name=characteristic.name,
        kind=CharacteristicKind(characteristic.kind),
        lower_limit=_limit_text(characteristic.lower_limit),
        upper_limit=_limit_text(characteristic.upper_limit),
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


def get_inspection_plan(session: Session, lookup: InspectionPlanLookup) -> InspectionPlanView:
    """The supplier's own plan, else the item's general plan; always the latest version."""
    for supplier_code in plan_lookup_order(lookup.supplier_code):
        plan = latest_plan(session, lookup.item_code, supplier_code)
        if plan is not None:
            return plan_view(plan)
    source = f" from supplier {lookup.supplier_code}" if lookup.supplier_code else ""
    raise NotFound(
        f"no inspection plan applies to item {lookup.item_code}{source}",
        code="inspection_plan_not_found",
    )


def hold_view(hold: Hold) -> HoldView:
    return HoldView(
        id=hold.id,
        lot_code=hold.lot_code,
        status=HoldStatus(hold.status),
        source=HoldSource(hold.source),
        source_reference=hold.source_reference,
        reason=hold.reason,
        placed_by=hold.placed_by,
        placed_at=hold.placed_at,
        released_by=hold.released_by,
        released_at=hold.released_at,
        release_reason=hold.release_reason,
    )


def parse_hold_id(hold_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(hold_id)
    except ValueError:
        raise Invalid(f"{hold_id!r} is not a hold id (a UUID)", code="invalid_hold_id") from None


def get_hold(session: Session, hold_id: str) -> HoldView:
    hold = session.get(Hold, parse_hold_id(hold_id))
    if hold is None:
        raise NotFound(f"no hold with id {hold_id}", code="hold_not_found")
    return hold_view(hold)


def list_holds(session: Session, query: HoldQuery) -> HoldPage:
    """Holds oldest first, filtered, one keyset page at a time."""
    statement = select(Hold).order_by(Hold.position).limit(query.page_size + 1)
    if query.page_token:
        if not re.fullmatch(r"[0-9]{1,18}", query.page_token):
            raise Invalid("page_token is not one this service issued", code="invalid_page_token")
        statement = statement.where(Hold.position > int(query.page_token))
    for column, value in (
        (Hold.lot_code, query.lot_code),
        (Hold.status, query.status),
        (Hold.source, query.source),
        (Hold.source_reference, query.source_reference),
    ):
        if value is not None:
            statement = statement.where(column == value)
    holds = session.scalars(statement).all()
    page = holds[: query.page_size]
    more = len(holds) > query.page_size
    return HoldPage(
        holds=[hold_view(h) for h in page], next_page_token=str(page[-1].position) if more else ""
    )


def active_holds(session: Session, lot_code: str) -> list[Hold]:
    return list(
        session.scalars(
            select(Hold)
            .where(Hold.lot_code == lot_code, Hold.status == HoldStatus.ACTIVE.value)
            .order_by(Hold.position)
        )
    )


def lot_quality_status(session: Session, lot_code: str) -> LotQualityStatusView:
    holds = active_holds(session, lot_code)
    return LotQualityStatusView(
        lot_code=lot_code,
        blocked=is_blocked(HoldStatus(h.status) for h in holds),
        active_holds=[hold_view(h) for h in holds],
    )
