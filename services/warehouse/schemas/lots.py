"""Lots and the lot-wide status decisions of quality and recall."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field, model_validator

from lotflow.paging import DEFAULT_PAGE_SIZE, PageToken
from lotflow.vocabulary import Code, LotCode, Quantity, Reason, Text, UnitCode, text
from services.warehouse.domain.lot_status import LotDecision
from services.warehouse.domain.stock import StockStatus
from services.warehouse.schemas.common import (
    LotCommand,
    PageSize,
    ReferenceNumber,
    ReferenceType,
)
from services.warehouse.schemas.lot_attributes import LotAttributes, LotOrigin
from services.warehouse.schemas.movements import MovementView

# The caller's id for a hold (quality hold id, recall id); lifting names it again.
HoldRef = text(100)


class RegisterLot(LotAttributes):
    lot_code: LotCode
    item_code: Code


class LotRef(BaseModel):
    """A lot by its code, plus the item when two items share the code."""

    lot_code: LotCode
    item_code: Code | None = None


class LotMovementsQuery(LotRef):
    """A lot's movements, oldest first, a page at a time."""

    page_size: PageSize = DEFAULT_PAGE_SIZE
    page_token: PageToken = ""


class LotView(BaseModel):
    id: uuid.UUID
    lot_code: str
    item_code: str
    origin: LotOrigin
    supplier: str | None
    supplier_lot: str | None
    production_date: date | None
    expiry_date: date | None
    tlc_source: str | None
    attributes: dict[str, str]
    on_hold: bool = False
    active_holds: list[str] = Field(default_factory=list)
    created_by: str
    created_at: datetime


class DecideLot(LotCommand):
    """Release (quarantine -> available) or reject every balance of the lot, in every site."""

    decision: LotDecision
    reason: Reason | None = None
    reference_type: ReferenceType | None = None
    reference_number: ReferenceNumber | None = None

    @model_validator(mode="after")
    def _release_or_reject(self) -> DecideLot:
        if self.decision not in (LotDecision.RELEASE, LotDecision.REJECT):
            raise ValueError("decision is release or reject; holds have their own calls")
        if self.decision is LotDecision.REJECT and not self.reason:
            raise ValueError("a rejection needs a reason")
        return self


class HoldLot(LotCommand):
    hold_ref: HoldRef
    reason: Text


class LiftHold(LotCommand):
    hold_ref: HoldRef
    reason: Text


class ChangeStockStatus(LotCommand):
    """A partial decision: change the status of a quantity at one location."""

    location_code: Code
    from_status: StockStatus
    to_status: StockStatus
    quantity: Quantity
    uom: UnitCode
    reason_code: Code
    reference_type: ReferenceType | None = None
    reference_number: ReferenceNumber | None = None


class LotStatusResult(BaseModel):
    lot_code: str
    item_code: str
    on_hold: bool
    active_holds: list[str]
    movements: list[MovementView]
    # Reservations cut short because held or rejected stock can no longer serve them.
    cancelled_reservations: list[uuid.UUID] = Field(default_factory=list)
