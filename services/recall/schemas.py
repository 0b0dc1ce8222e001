"""Recall commands and views, shared by REST and gRPC, built from the shared vocabulary."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.vocabulary import Code, Command, LotCode, text
from services.recall.domain import RecallClassification, RecallState

# Why a recall was opened or cancelled, how it was closed.
Statement = text(4000)

MAX_SCOPE_LOTS = 5000


class ScopeLotEntry(Command):
    lot_code: LotCode
    item_code: Code | None = None


class OpenRecall(Command):
    recall_number: Code
    reason: Statement
    classification: RecallClassification
    scope: list[ScopeLotEntry] = Field(min_length=1, max_length=MAX_SCOPE_LOTS)


class RecallCancellation(Command):
    """The REST body; the recall comes from the path."""

    reason: Statement


class CancelRecall(RecallCancellation):
    recall_number: Code


class RecallClosing(Command):
    """The REST body; the recall comes from the path."""

    summary: Statement


class CloseRecall(RecallClosing):
    recall_number: Code


class ListRecalls(Command):
    state: RecallState | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class ScopeLotView(BaseModel):
    lot_code: str
    item_code: str | None


class RecallView(BaseModel):
    id: uuid.UUID
    recall_number: str
    reason: str
    classification: RecallClassification
    state: RecallState
    coordinator: str
    scope: list[ScopeLotView]
    opened_at: datetime
    cancel_reason: str | None
    cancelled_by: str | None
    cancelled_at: datetime | None
    closing_summary: str | None
    closed_by: str | None
    closed_at: datetime | None


class RecallSummary(BaseModel):
    id: uuid.UUID
    recall_number: str
    reason: str
    classification: RecallClassification
    state: RecallState
    coordinator: str
    scope_lot_count: int
    opened_at: datetime


class RecallPage(BaseModel):
    recalls: list[RecallSummary]
    next_page_token: str = ""
