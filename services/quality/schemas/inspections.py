"""Inspection commands and views."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field, StrictBool, model_validator

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.vocabulary import Code, Command, LotCode, Name, Reason
from services.quality.domain.inspections import InspectionResult, InspectionState
from services.quality.domain.plans import CharacteristicKind
from services.quality.schemas.audit import AuditEntryView
from services.quality.schemas.common import Limit, LotQuantity, QuantityUnit, Reference
from services.quality.schemas.decisions import LotDecisionView


class OpenInspection(Command):
    lot_code: LotCode
    item_code: Code
    # None for a lot that comes from no supplier (own production): skip-lot never applies.
    supplier_code: Code | None = None
    # The receipt's business key in receiving.
    receipt_reference: Reference
    quantity: LotQuantity
    unit: QuantityUnit


class ResultEntry(Command):
    """The result of one characteristic: a measured value for a numeric one, pass/fail for an
    attribute."""

    characteristic: Name
    value: Limit | None = None
    passed: StrictBool | None = None

    @model_validator(mode="after")
    def _one_kind_of_result(self) -> ResultEntry:
        if (self.value is None) == (self.passed is None):
            raise ValueError("give either value (numeric) or passed (attribute), not both")
        return self


class InspectionResults(Command):
    """REST body of a recording; the inspection comes from the path."""

    results: list[ResultEntry] = Field(min_length=1, max_length=100)


class RecordInspectionResults(InspectionResults):
    inspection_id: uuid.UUID


class CompletionNote(Command):
    """REST body of a completion (optional); the inspection comes from the path."""

    comment: Reason | None = None


class CompleteInspection(CompletionNote):
    inspection_id: uuid.UUID


class InspectionQuery(Command):
    lot_code: LotCode | None = None
    state: InspectionState | None = None
    # Anyone who recorded results or completed the inspection.
    inspector: Name | None = None
    receipt_reference: Reference | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class CheckView(BaseModel):
    name: str
    kind: CharacteristicKind
    lower_limit: str | None
    upper_limit: str | None
    unit: str | None
    value: str | None = None
    passed: bool | None = None
    result: InspectionResult | None = None
    recorded_by: str | None = None
    recorded_at: datetime | None = None


class InspectionView(BaseModel):
    id: uuid.UUID
    lot_code: str
    item_code: str
    supplier_code: str | None
    receipt_reference: str
    quantity: str
    unit: str
    state: InspectionState
    plan_id: uuid.UUID
    plan_version: int
    # None: the item's general plan applied.
    plan_supplier_code: str | None
    sample_size: int
    checks: list[CheckView]
    # Set on completion: pass only if every characteristic passed.
    result: InspectionResult | None = None
    inspectors: list[str]
    opened_by: str
    opened_at: datetime
    completed_by: str | None = None
    completed_at: datetime | None = None
    decision: LotDecisionView | None = None
    history: list[AuditEntryView]


class InspectionPage(BaseModel):
    inspections: list[InspectionView]
    next_page_token: str = ""
