"""Inspection plan routes."""

from __future__ import annotations

from fastapi import APIRouter

from lotflow.rest import Caller, Db, RequestId
from services.quality.queries import plans as queries
from services.quality.schemas.plans import (
    DefineInspectionPlan,
    InspectionPlanLookup,
    InspectionPlanView,
)
from services.quality.service import plans as service

router = APIRouter(prefix="/v1", tags=["inspection plans"])


@router.post("/inspection-plans", status_code=201)
def define_inspection_plan(
    command: DefineInspectionPlan, request_id: RequestId, actor: Caller, db: Db
) -> InspectionPlanView:
    return service.define_inspection_plan(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/items/{item_code}/inspection-plan")
def get_inspection_plan(
    item_code: str, actor: Caller, db: Db, supplier_code: str | None = None
) -> InspectionPlanView:
    """The supplier's own plan, else the item's general plan (latest version)."""
    return db.read(
        queries.get_inspection_plan,
        InspectionPlanLookup(item_code=item_code, supplier_code=supplier_code),
        actor=actor,
    )
