"""Recall API models, shared by REST and gRPC."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from services.recall.domain import RecallClassification, RecallState

# Recall numbers travel in URL paths, so they have no slash.
RecallNumber = Annotated[
    str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
]
# Item codes as the warehouse keeps them.
ItemCode = Annotated[
    str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
]
# GS1 lot numbers and most traceability lot codes are printable ASCII; no edge spaces.
LotCode = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[!-~](?:[ -~]*[!-~])?$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]

MAX_SCOPE_LOTS = 5000


class Command(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScopeLotEntry(Command):
    lot_code: LotCode
    item_code: ItemCode | None = None


class OpenRecall(Command):
    recall_number: RecallNumber
    reason: Text
    classification: RecallClassification
    scope: list[ScopeLotEntry] = Field(min_length=1, max_length=MAX_SCOPE_LOTS)


class RecallCancellation(Command):
    """The REST body; the recall comes from the path."""

    reason: Text


class CancelRecall(RecallCancellation):
    recall_number: RecallNumber


class RecallClosing(Command):
    """The REST body; the recall comes from the path."""

    summary: Text


class CloseRecall(RecallClosing):
    recall_number: RecallNumber


class ListRecalls(Command):
    state: RecallState | None = None
    page_size: int = Field(default=100, ge=1, le=500)
    page_token: str = Field(default="", max_length=64)


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
