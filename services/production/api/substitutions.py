"""Substitution routes: each one line calling one use case or one query."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from lotflow.rest import Caller, Db, RequestId
from services.production.schemas.orders import SubstitutionView
from services.production.schemas.substitutions import (
    CheckSubstitute,
    DecideSubstitution,
    OpenSubstitution,
    RecordSubstitution,
    SubstituteCheckView,
)
from services.production.service import substitutions as service

router = APIRouter(prefix="/v1", tags=["production"])


@router.get("/substitute-checks")
def check_substitute(
    query: Annotated[CheckSubstitute, Query()], actor: Caller, db: Db
) -> SubstituteCheckView:
    return db.read(service.check_substitute, query, actor=actor)


@router.post("/substitutions", status_code=201)
def open_substitution(
    command: OpenSubstitution, request_id: RequestId, actor: Caller, db: Db
) -> SubstitutionView:
    return service.open_substitution(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/substitutions/decisions")
def decide_substitution(
    command: DecideSubstitution, request_id: RequestId, actor: Caller, db: Db
) -> SubstitutionView:
    return service.decide_substitution(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )


@router.post("/substitutions/{substitution_id}/record")
def record_substitution(
    substitution_id: uuid.UUID, request_id: RequestId, actor: Caller, db: Db
) -> SubstitutionView:
    command = RecordSubstitution(substitution_id=substitution_id)
    return service.record_substitution(
        db.unit_of_work(), request_id=request_id, command=command, actor=actor
    )
