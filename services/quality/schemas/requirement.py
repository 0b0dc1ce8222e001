"""Does a received lot need inspection: the question and the answer."""

from __future__ import annotations

import uuid

from pydantic import BaseModel

from lotflow.vocabulary import Code, Command, LotCode
from services.quality.domain.skip_lot import RequirementOutcome
from services.quality.schemas.common import optional_in_query


class InspectionRequirementLookup(Command):
    item_code: Code
    supplier_code: optional_in_query(Code) = None
    # The received lot: its own decisions do not count towards skipping it.
    lot_code: optional_in_query(LotCode) = None


class InspectionRequirementView(BaseModel):
    item_code: str
    supplier_code: str | None = None
    lot_code: str | None = None
    outcome: RequirementOutcome
    inspection_required: bool
    reason: str
    # The plan version that applies (also when skipped).
    plan_id: uuid.UUID | None = None
    plan_version: int | None = None
    plan_supplier_code: str | None = None
    skip_lot_after: int | None = None
    skip_lot_inspect_one_in: int | None = None
    consecutive_accepted_lots: int
    # An inspection of the lot still waiting for its decision, if any.
    undecided_inspection_id: uuid.UUID | None = None
