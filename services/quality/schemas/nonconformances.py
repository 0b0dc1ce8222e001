"""Nonconformance report commands and views."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.vocabulary import Code, Command, LotCode, Reason
from services.quality.domain.nonconformances import Disposition, NonconformanceState, Severity
from services.quality.schemas.audit import AuditEntryView
from services.quality.schemas.common import Amount, Description, LotQuantity, QuantityUnit


class OpenNonconformance(Command):
    lot_code: LotCode
    item_code: Code
    supplier_code: Code | None = None
    description: Description
    quantity: LotQuantity
    unit: QuantityUnit
    severity: Severity
    # The inspection that found it; the NCR is then about that inspection's lot and stock.
    source_inspection_id: uuid.UUID | None = None


class DispositionLine(Command):
    disposition: Disposition
    quantity: Amount


class DispositionDecision(Command):
    """REST body of a disposition; the nonconformance comes from the path."""

    dispositions: list[DispositionLine] = Field(min_length=1, max_length=len(Disposition))
    reason: Reason


class DispositionNonconformance(DispositionDecision):
    nonconformance_id: uuid.UUID


class ClosingNote(Command):
    """REST body of a close; the nonconformance comes from the path."""

    reason: Reason


class CloseNonconformance(ClosingNote):
    nonconformance_id: uuid.UUID


class NonconformanceQuery(Command):
    lot_code: LotCode | None = None
    state: NonconformanceState | None = None
    source_inspection_id: uuid.UUID | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class DispositionLineView(BaseModel):
    disposition: Disposition
    quantity: str


class NonconformanceView(BaseModel):
    id: uuid.UUID
    # For people: NCR-000042.
    number: str
    lot_code: str
    item_code: str
    supplier_code: str | None = None
    description: str
    quantity: str
    unit: str
    severity: Severity
    state: NonconformanceState
    source_inspection_id: uuid.UUID | None = None
    opened_by: str
    opened_at: datetime
    dispositions: list[DispositionLineView]
    disposition_reason: str | None = None
    dispositioned_by: str | None = None
    dispositioned_at: datetime | None = None
    close_reason: str | None = None
    closed_by: str | None = None
    closed_at: datetime | None = None
    history: list[AuditEntryView]


class NonconformancePage(BaseModel):
    nonconformances: list[NonconformanceView]
    next_page_token: str = ""
