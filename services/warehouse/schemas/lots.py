"""Lots and the lot-wide status decisions of quality and recall."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field, model_validator

from services.warehouse.domain.lot_status import LotDecision
from services.warehouse.domain.stock import StockStatus
from services.warehouse.schemas.common import (
    Code,
    LotCommand,
    Quantity,
    ReasonCode,
    ReferenceNumber,
    ReferenceType,
    Text,
    UnitCode,
)
from services.warehouse.schemas.lot_attributes import LotAttributes, LotOrigin
from services.warehouse.schemas.movements import MovementView


class RegisterLot(LotAttributes):
    lot_code: Code
    item_code: Code


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
    reason: Text | None = None
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
    # The caller's id for this hold (quality hold id, recall id); lifting names it again.
    hold_ref: str = Field(min_length=1, max_length=100)
    reason: Text


class LiftHold(LotCommand):
    hold_ref: str = Field(min_length=1, max_length=100)
    reason: Text


class ChangeStockStatus(LotCommand):
    """A partial decision: change the status of a quantity at one location."""

    location_code: Code
    from_status: StockStatus
    to_status: StockStatus
    quantity: Quantity
    uom: UnitCode
    reason_code: ReasonCode
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
