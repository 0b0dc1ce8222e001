"""Inspection routes: whether a lot needs one, opening, results, completion, the lot decision."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.quality.api.path_commands import with_path
from services.quality.queries import inspections as queries
from services.quality.queries.requirement import get_inspection_requirement
from services.quality.schemas.decisions import DecideLot, LotDecisionBody
from services.quality.schemas.inspections import (
    CompleteInspection,
    CompletionNote,
    InspectionPage,
    InspectionQuery,
    InspectionResults,
    InspectionView,
    OpenInspection,
    RecordInspectionResults,
)
from services.quality.schemas.requirement import (
    InspectionRequirementLookup,
    InspectionRequirementView,
)
from services.quality.service import decisions, inspection_steps, inspections

router = APIRouter(prefix="/v1", tags=["inspections"])


@router.get("/items/{item_code}/inspection-requirement")
def inspection_requirement(
    item_code: str,
    actor: Caller,
    db: Db,
    supplier_code: str | None = None,
    lot_code: str | None = None,
) -> InspectionRequirementView:
    """Whether a lot of the item from the supplier needs inspection, or is skipped."""
    return db.read(
        get_inspection_requirement,
        InspectionRequirementLookup(
            item_code=item_code, supplier_code=supplier_code, lot_code=lot_code
        ),
        actor=actor,
    )


@router.post("/inspections", status_code=201)
def open_inspection(
    command: OpenInspection, request_id: RequestId, actor: Caller, db: Db
) -> InspectionView:
    return inspections.open_inspection(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.get("/inspections")
def list_inspections(
    query: Annotated[InspectionQuery, Query()], actor: Caller, db: Db
) -> InspectionPage:
    return db.read(queries.list_inspections, query, actor=actor)


@router.get("/inspections/{inspection_id}")
def get_inspection(inspection_id: str, actor: Caller, db: Db) -> InspectionView:
    return db.read(queries.get_inspection, inspection_id, actor=actor)


@router.post("/inspections/{inspection_id}/results")
def record_inspection_results(
    inspection_id: str, body: InspectionResults, request_id: RequestId, actor: Caller, db: Db
) -> InspectionView:
    return inspection_steps.record_inspection_results(
        db.unit_of_work(),
        request_id=request_id,
        command=with_path(RecordInspectionResults, body, inspection_id=inspection_id),
        actor=actor,
    )


@router.post("/inspections/{inspection_id}/complete")
def complete_inspection(
    inspection_id: str,
    request_id: RequestId,
    actor: Caller,
    db: Db,
    body: CompletionNote | None = None,
) -> InspectionView:
    return inspection_steps.complete_inspection(
        db.unit_of_work(),
        request_id=request_id,
        command=with_path(CompleteInspection, body, inspection_id=inspection_id),
        actor=actor,
    )


@router.post("/inspections/{inspection_id}/decision")
def decide_lot(
    inspection_id: str, body: LotDecisionBody, request_id: RequestId, actor: Caller, db: Db
) -> InspectionView:
    """Release, reject or partial; the approver may not be one of the inspectors."""
    return decisions.decide_lot(
        db.unit_of_work(),
        request_id=request_id,
        command=with_path(DecideLot, body, inspection_id=inspection_id),
        actor=actor,
    )
