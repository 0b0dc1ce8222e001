"""Inspections with their results, decision and history."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from lotflow import paging
from lotflow.auth import Principal
from lotflow.paging import position_after
from lotflow.refusals import not_found
from services.quality.domain import roles
from services.quality.domain.decisions import LotDecisionKind
from services.quality.domain.inspections import InspectionResult, InspectionState
from services.quality.domain.numbers import format_decimal
from services.quality.domain.plans import CharacteristicKind
from services.quality.models import Inspection, InspectionCheck, LotDecision
from services.quality.queries.audit import audit_entry_view
from services.quality.queries.keys import parse_id
from services.quality.queries.plans import format_limit
from services.quality.schemas.decisions import LotDecisionView
from services.quality.schemas.inspections import (
    CheckView,
    InspectionPage,
    InspectionQuery,
    InspectionView,
)

# Everything a view shows, loaded in one query per relationship.
FULL_INSPECTION = (
    selectinload(Inspection.checks),
    selectinload(Inspection.decision),
    selectinload(Inspection.history),
)


def _result(value: str | None) -> InspectionResult | None:
    return None if value is None else InspectionResult(value)


def check_view(check: InspectionCheck) -> CheckView:
    return CheckView(
        name=check.name,
        kind=CharacteristicKind(check.kind),
        lower_limit=format_limit(check.lower_limit),
        upper_limit=format_limit(check.upper_limit),
        unit=check.unit,
        value=format_limit(check.measured_value),
        passed=check.passed,
        result=_result(check.result),
        recorded_by=check.recorded_by,
        recorded_at=check.recorded_at,
    )


def decision_view(decision: LotDecision) -> LotDecisionView:
    return LotDecisionView(
        decision=LotDecisionKind(decision.decision),
        accepted_quantity=format_decimal(decision.accepted_quantity),
        rejected_quantity=format_decimal(decision.rejected_quantity),
        unit=decision.unit,
        override_failed_result=decision.override_failed_result,
        reason=decision.reason,
        decided_by=decision.decided_by,
        decided_at=decision.decided_at,
        nonconformance_id=decision.nonconformance_id,
    )


def inspection_view(inspection: Inspection) -> InspectionView:
    return InspectionView(
        id=inspection.id,
        lot_code=inspection.lot_code,
        item_code=inspection.item_code,
        supplier_code=inspection.supplier_code,
        receipt_reference=inspection.receipt_reference,
        quantity=format_decimal(inspection.quantity),
        unit=inspection.unit,
        state=InspectionState(inspection.state),
        plan_id=inspection.plan_id,
        plan_version=inspection.plan_version,
        plan_supplier_code=inspection.plan_supplier_code,
        sample_size=inspection.sample_size,
        checks=[check_view(c) for c in inspection.checks],
        result=_result(inspection.result),
        inspectors=list(inspection.inspectors),
        opened_by=inspection.opened_by,
        opened_at=inspection.opened_at,
        completed_by=inspection.completed_by,
        completed_at=inspection.completed_at,
        decision=decision_view(inspection.decision) if inspection.decision else None,
        history=[audit_entry_view(e) for e in inspection.history],
    )


def load_inspection(
    session: Session, inspection_id: uuid.UUID, *, refresh: bool = False
) -> Inspection:
    """`refresh`: after a write, so server-set columns and every collection are read back."""
    inspection = session.scalar(
        select(Inspection)
        .where(Inspection.id == inspection_id)
        .options(*FULL_INSPECTION)
        .execution_options(populate_existing=refresh)
    )
    if inspection is None:
        raise not_found("inspection_not_found", f"no inspection with id {inspection_id}")
    return inspection


def get_inspection(session: Session, inspection_id: str, *, actor: Principal) -> InspectionView:
    roles.TABLE.require(actor, "get_inspection")
    return inspection_view(load_inspection(session, parse_id(inspection_id, "inspection")))


def list_inspections(
    session: Session, query: InspectionQuery, *, actor: Principal
) -> InspectionPage:
    """Inspections oldest first, filtered, one keyset page at a time."""
    roles.TABLE.require(actor, "list_inspections")
    statement = (
        select(Inspection)
        .options(*FULL_INSPECTION)
        .order_by(Inspection.position)
        .limit(query.page_size + 1)
    )
    after = position_after(query.page_token)
    if after is not None:
        statement = statement.where(Inspection.position > after)
    for column, value in (
        (Inspection.lot_code, query.lot_code),
        (Inspection.state, query.state),
        (Inspection.receipt_reference, query.receipt_reference),
    ):
        if value is not None:
            statement = statement.where(column == value)
    if query.inspector is not None:
        statement = statement.where(Inspection.inspectors.contains([query.inspector]))
    inspections = session.scalars(statement).all()
    more = len(inspections) > query.page_size
    return InspectionPage(
        inspections=[inspection_view(i) for i in inspections[: query.page_size]],
        next_page_token=paging.token(inspections[query.page_size - 1].position) if more else "",
    )
