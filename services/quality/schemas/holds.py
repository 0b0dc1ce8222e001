"""Hold commands and views."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel

from lotflow.paging import DEFAULT_PAGE_SIZE, PageSize, PageToken
from lotflow.vocabulary import Command, LotCode, Reason
from services.quality.domain.holds import HoldSource, HoldStatus
from services.quality.schemas.common import Reference


class PlaceHold(Command):
    lot_code: LotCode
    reason: Reason
    source: HoldSource
    source_reference: Reference | None = None


class ReleaseReason(Command):
    """REST body of a release; the hold comes from the path."""

    reason: Reason


class ReleaseHold(ReleaseReason):
    hold_id: uuid.UUID


class HoldView(BaseModel):
    id: uuid.UUID
    lot_code: str
    status: HoldStatus
    source: HoldSource
    source_reference: str | None
    reason: str
    placed_by: str
    placed_at: datetime
    authority: str
    released_by: str | None = None
    released_at: datetime | None = None
    release_reason: str | None = None


class HoldQuery(Command):
    lot_code: LotCode | None = None
    status: HoldStatus | None = None
    source: HoldSource | None = None
    source_reference: Reference | None = None
    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class HoldPage(BaseModel):
    holds: list[HoldView]
    next_page_token: str = ""


class LotLookup(Command):
    lot_code: LotCode


class LotQualityStatusView(BaseModel):
    lot_code: str
    blocked: bool
    active_holds: list[HoldView]
