"""Lot-code rules."""

from __future__ import annotations

from fastapi import APIRouter

from lotflow.rest import Caller, Db, RequestId
from services.receiving.queries import lot_codes as queries
from services.receiving.schemas.lot_codes import (
    DefineLotCodeRule,
    LotCodeRuleBody,
    LotCodeRuleList,
    LotCodeRuleView,
)
from services.receiving.service import lot_code_rules as service

router = APIRouter(prefix="/v1", tags=["lot-code rules"])


@router.put("/lot-code-rules/{name}")
def define_lot_code_rule(
    name: str, body: LotCodeRuleBody, request_id: RequestId, actor: Caller, db: Db
) -> LotCodeRuleView:
    return service.define_lot_code_rule(
        db.unit_of_work(),
        request_id=request_id,
        command=DefineLotCodeRule(name=name, **body.model_dump()),
        actor=actor,
    )


@router.get("/lot-code-rules")
def list_lot_code_rules(actor: Caller, db: Db) -> LotCodeRuleList:
    return db.read(queries.list_rules, actor=actor)
