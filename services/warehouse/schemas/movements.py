"""Stock movements: what a user posts, and the ledger entry it becomes."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, model_validator

from lotflow.vocabulary import (
    QUANTITY_DIGITS,
    Code,
    Quantity,
    Reason,
    Text,
    UnitCode,
    decimal_text,
)
from services.warehouse.domain.stock import MovementType, StockStatus
from services.warehouse.schemas.common import (
    LotCommand,
    Note,
    ReferenceNumber,
    ReferenceType,
)
from services.warehouse.schemas.lot_attributes import LotAttributes


def _not_zero(change: Decimal) -> Decimal:
    if change == 0:
        raise ValueError("an adjustment changes the quantity; zero changes nothing")
    return change


# A count correction: found (+) or missing (-), never zero.
QuantityCorrection = decimal_text(QUANTITY_DIGITS, signed=True, check=_not_zero, example="-2")


class ReceiveStock(LotCommand):
    location_code: Code
    quantity: Quantity
    uom: UnitCode
    # Received stock waits in QUARANTINE for inspection unless the plan says otherwise.
    status: StockStatus = StockStatus.QUARANTINE
    reference_type: ReferenceType = "PO"
    reference_number: ReferenceNumber
    note: Note | None = None
    # The lot's attributes, registering it on its first receipt in the same transaction. A lot
    # registered before keeps its own attributes: these are then not compared.
    new_lot: LotAttributes | None = None

    @model_validator(mode="after")
    def _new_lot_names_its_item(self) -> ReceiveStock:
        if self.new_lot is not None and self.item_code is None:
            raise ValueError("item_code is required to register a new lot")
        return self


class TransferStock(LotCommand):
    from_location_code: Code
    to_location_code: Code
    quantity: Quantity
    uom: UnitCode
    status: StockStatus = StockStatus.AVAILABLE
    reference_type: ReferenceType | None = None
    reference_number: ReferenceNumber | None = None
    note: Note | None = None
    # Move stock reserved for this reservation (staging to line-side): the lot must be one of
    # its allocations at the source, and the allocation moves with the stock, still reserved.
    reservation_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _reserved_stock_is_available(self) -> TransferStock:
        if self.reservation_id is not None and self.status is not StockStatus.AVAILABLE:
            raise ValueError("only AVAILABLE stock is reserved; a reserved transfer moves it")
        return self


class ConfirmPutaway(LotCommand):
    """The clerk scanned `scanned_location_code`; differing from the suggestion needs a reason."""

    from_location_code: Code
    suggested_location_code: Code
    scanned_location_code: Code
    quantity: Quantity
    uom: UnitCode
    status: StockStatus = StockStatus.QUARANTINE
    override_reason: Reason | None = None


class PutAwayByRule(LotCommand):
    """System-directed putaway: the stock goes to the bin the putaway rules choose."""

    from_location_code: Code
    quantity: Quantity
    uom: UnitCode
    status: StockStatus = StockStatus.QUARANTINE


class IssueStock(LotCommand):
    location_code: Code
    quantity: Quantity
    uom: UnitCode
    reference_type: ReferenceType = "ORDER"
    reference_number: ReferenceNumber
    # Draw on this reservation's allocation at the lot and location instead of free stock.
    reservation_id: uuid.UUID | None = None


class ReturnStock(LotCommand):
    location_code: Code
    quantity: Quantity
    uom: UnitCode
    reference_type: ReferenceType = "ORDER"
    reference_number: ReferenceNumber
    note: Note | None = None


class DisposeStock(LotCommand):
    """Scrap, or return to the supplier; expired stock needs `expiry_override_reason`."""

    location_code: Code
    status: StockStatus
    quantity: Quantity
    uom: UnitCode
    reason_code: Code
    expiry_override_reason: Text | None = None
    reference_type: ReferenceType | None = None
    reference_number: ReferenceNumber | None = None
    note: Note | None = None


class AdjustStock(LotCommand):
    """A count correction: `quantity_change` is signed (found +, missing -)."""

    location_code: Code
    status: StockStatus
    quantity_change: QuantityCorrection
    uom: UnitCode
    reason_code: Code
    reference_type: ReferenceType = "COUNT"
    reference_number: ReferenceNumber
    note: Note | None = None


class MovementView(BaseModel):
    id: uuid.UUID
    seq: int | None = None
    type: MovementType
    lot_code: str
    item_code: str
    quantity: Decimal
    uom: str
    base_quantity: Decimal
    base_uom: str
    from_location_code: str | None = None
    from_status: StockStatus | None = None
    to_location_code: str | None = None
    to_status: StockStatus | None = None
    reason_code: str | None = None
    reference_type: str | None = None
    reference_number: str | None = None
    note: str | None = None
    expiry_override_reason: str | None = None
    reservation_id: uuid.UUID | None = None
    transfer_id: uuid.UUID | None = None
    shipment_id: uuid.UUID | None = None
    actor: str
    occurred_at: datetime


class MovementPage(BaseModel):
    movements: list[MovementView]
    next_page_token: str = ""
