"""Reservations, inter-site transfers and customer shipments."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, Field

from lotflow.vocabulary import Code, Command, LotCode, Quantity, Reason, Text, UnitCode, text
from services.warehouse.domain.stock import StockStatus
from services.warehouse.schemas.common import LotCommand, ReferenceNumber
from services.warehouse.schemas.movements import MovementView

# The immediate subsequent recipient's location (address or GLN), an FSMA 204 KDE.
ShipTo = text(300)


class ReserveStock(Command):
    """Reserve by FEFO at a site for an order, optionally from one lot only."""

    order_ref: ReferenceNumber
    item_code: Code
    site_code: Code
    quantity: Quantity
    uom: UnitCode
    # Lots expiring before this day (in the site's calendar) are not reserved.
    need_date: date
    lot_code: LotCode | None = None


class AllocationView(BaseModel):
    id: uuid.UUID
    lot_code: str
    location_code: str
    expiry_date: date | None
    allocated: Decimal
    remaining: Decimal


class ReservationView(BaseModel):
    id: uuid.UUID
    order_ref: str
    item_code: str
    site_code: str
    need_date: date
    quantity: Decimal
    base_uom: str
    allocations: list[AllocationView]
    created_by: str
    created_at: datetime
    # Set once released: what was still reserved went back to free stock.
    released_by: str | None = None
    released_at: datetime | None = None


class ReleaseReservation(Command):
    reservation_id: uuid.UUID
    reason: Reason | None = None


class ReservationRef(BaseModel):
    reservation_id: uuid.UUID


class DispatchTransfer(LotCommand):
    """Send stock to another site; it is in transit until received there."""

    from_location_code: Code
    to_site_code: Code
    quantity: Quantity
    uom: UnitCode
    status: StockStatus = StockStatus.AVAILABLE
    reference_number: ReferenceNumber | None = None


class ReceiveTransfer(Command):
    transfer_id: uuid.UUID
    to_location_code: Code


class TransferView(BaseModel):
    id: uuid.UUID
    lot_code: str
    item_code: str
    from_location_code: str
    to_site_code: str
    quantity: Decimal
    base_uom: str
    stock_status: StockStatus
    state: str
    received_location_code: str | None = None
    movements: list[MovementView] = Field(default_factory=list)


class ShipmentLineInput(Command):
    lot_code: LotCode
    item_code: Code | None = None
    location_code: Code
    quantity: Quantity
    uom: UnitCode
    reservation_id: uuid.UUID | None = None


class ShipStock(Command):
    shipment_number: ReferenceNumber
    customer: Text
    ship_to: ShipTo
    order_ref: ReferenceNumber | None = None
    lines: list[ShipmentLineInput] = Field(min_length=1, max_length=200)


class ShippingKdes(BaseModel):
    """FSMA 204 shipping key data elements for one lot line."""

    traceability_lot_code: str
    quantity: Decimal
    unit: str
    product_description: str
    ship_to_location: str
    ship_from_location: str
    date_shipped: date
    tlc_source: str | None
    reference_document_type: str
    reference_document_number: str


class ShipmentView(BaseModel):
    id: uuid.UUID
    shipment_number: str
    customer: str
    ship_to: str
    ship_from_site_code: str
    order_ref: str | None
    shipped_by: str
    shipped_at: datetime
    movements: list[MovementView]
    kdes: list[ShippingKdes]
